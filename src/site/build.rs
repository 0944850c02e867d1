//! `docloc build`: every page of every locale, fallback copies, redirect pages, locale
//! homes, the root page, the TOC scripts and the theme's assets, through a [`Sink`].
//!
//! Runs the one analysis step ([`Analysis`]) and writes what it produced: each source
//! page is filled into its template and written the moment it is rendered (its HTML is
//! then dropped, only the facts stay for the checks); then the fallback copies for
//! locales that lack a page, the redirect pages and the root. Every output file is a
//! function of the input alone, so the site is byte-identical whatever the thread count.

use super::out_dir::{check_out_dir, OutGuard};
use super::pages::{locale_home, toc_script, toc_script_path, Shared};
use super::sink::{Sink, Staging};
use super::Error;
use crate::analysis::{Analysis, Memo};
use crate::content::Page;
use crate::diagnostic::{sort_and_dedup, Diagnostic};
use crate::link::page_slug;
use crate::markdown::Produce;
use crate::model::Model;
use crate::project::Project;
use crate::render::{render_page, RenderedPage};
use crate::theme::Theme;
use chrono::NaiveDate;
use rayon::prelude::*;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Build settings.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Show a progress bar (on a terminal).
    pub progress: bool,
    /// Today's date for date checks.
    pub today: NaiveDate,
    /// `--force`: [`build_to_folder`] may replace a non-empty output folder that holds no
    /// site docloc built (no [`STAMP_FILE`](super::out_dir::STAMP_FILE)). Never lets it
    /// replace the content root or a folder above it ([`check_out_dir`]).
    pub force: bool,
}

/// Pages of one locale in the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleCount {
    /// Locale.
    pub locale: String,
    /// Pages with this locale's own content.
    pub pages: usize,
    /// Pages shown with content from a fallback locale.
    pub fallbacks: usize,
}

/// What a build wrote.
#[derive(Debug, Clone)]
pub struct BuildSummary {
    /// Per locale, in locale order.
    pub locales: Vec<LocaleCount>,
    /// Redirect pages written.
    pub redirects: usize,
    /// Asset files copied.
    pub assets: usize,
    /// Files written in all.
    pub files: usize,
    /// Time from the start of [`build`] to the last file written.
    pub elapsed: Duration,
    /// Sitemap files written (`sitemap.xml`, and its parts on a large site); 0 when the
    /// config has no `base_url` with a host.
    pub sitemaps: usize,
    /// Each locale's search index, in locale order (empty with `search = false`).
    pub search: Vec<super::search::LocaleSearchIndex>,
    /// Time spent building the search indexes once every page was written.
    pub search_time: Duration,
}

/// Files and renderings kept from earlier builds, which a build may write instead of
/// making them again: the build cache and `docloc serve` (`src/cache`). Beside the
/// [`Memo`] steps it is asked for fingerprints of what each page file is made of
/// ([`Shared::page_key`](super::pages)) and for the files it kept under them.
pub trait SiteMemo: Memo {
    /// Fingerprint of the rendering `rp` (HTML and facts) that [`Memo::render`] handed
    /// out for this build.
    fn rendered_fingerprint(&self, model: &Model<'_>, rp: &RenderedPage) -> u128;
    /// Fingerprint of template `name` (`article.html`) and of every template it may
    /// extend, include or import.
    fn template_fingerprint(&self, name: &str) -> u128;
    /// Fingerprint of the text of the file `page` was loaded from.
    fn source_fingerprint(&self, page: &Page) -> u128;
    /// Writes to `sink` the file kept at `path` when it was made from `key`
    /// ([`Sink::write_kept`]); `Ok(false)` when none is kept (then the build makes it).
    ///
    /// Errors: the sink's.
    fn write_kept(&self, sink: &dyn Sink, path: &str, key: u128) -> Result<bool, Error>;
    /// Keeps the file `bytes` the build just made at `path` from `key`.
    fn keep_file(&self, path: &str, key: u128, bytes: &[u8]);
    /// Takes page rendering `rp` back once its file is written: the HTML of a page in its
    /// own locale (the build then drops it and keeps the facts), all of a fallback copy.
    fn keep_rendered(&self, model: &Model<'_>, rp: &mut RenderedPage, own: bool);
    /// A rendering of `rp`'s page with its HTML when [`Memo::render`] handed out its
    /// facts only (a cache read from disk keeps no HTML) and its file must be made.
    fn with_html(&self, model: &Model<'_>, rp: &RenderedPage) -> Option<RenderedPage>;
}

/// Builds the site of `project` into `sink`: analysis, then every file of the site.
/// Returns the analysis (its diagnostics include template errors) and what was written.
///
/// Errors: the theme does not load; a sink write fails (the build stops; with a
/// [`Staging`] sink nothing is published). Content problems are diagnostics; the
/// affected pages are still built when possible.
pub fn build<'p>(
    project: &'p Project,
    sink: &dyn Sink,
    opts: &BuildOptions,
) -> Result<(Analysis<'p>, BuildSummary), Error> {
    build_with(project, sink, opts, None, &mut |_| {})
}

/// As [`build`], writing what `memo` kept where it was made from the same inputs (the
/// output is the same file for file), and calling `written` once every file is written,
/// before the checks run (`docloc serve` publishes the site there).
///
/// Errors: as [`build`].
pub fn build_with<'p>(
    project: &'p Project,
    sink: &dyn Sink,
    opts: &BuildOptions,
    memo: Option<&dyn SiteMemo>,
    written: &mut dyn FnMut(&BuildSummary),
) -> Result<(Analysis<'p>, BuildSummary), Error> {
    let started = Instant::now();
    // The theme (its templates parsed) loads beside the analysis: neither reads the other.
    let (theme, mut analysis) = rayon::join(
        || Theme::load(project.config.templates_dir.as_ref().map(|d| project.root_dir.join(d)).as_deref()),
        || match memo {
            Some(m) => Analysis::prepare_with(project, m),
            None => Analysis::prepare(project),
        },
    );
    let theme = theme?;
    let (rendered, summary, template_diags) = write_site(&analysis, &theme, sink, opts, started, memo)?;
    written(&summary);
    analysis.finish(rendered, opts.today);
    if !template_diags.is_empty() {
        analysis.diagnostics.extend(template_diags);
        crate::checks::apply_levels(&mut analysis.diagnostics, &crate::checks::levels_from_config(&project.config));
        sort_and_dedup(&mut analysis.diagnostics);
    }
    Ok((analysis, summary))
}

/// Builds into folder `out`, replacing it atomically: the previous site stays as it was
/// unless the whole build succeeds.
///
/// Before anything is written, `out` is checked with [`check_out_dir`] against the
/// project's content root, config file, theme and UI string folders (`opts.force`
/// allows a non-empty unstamped folder), and the staging folders of killed builds beside
/// it are removed ([`Staging::new`]). The published site carries the
/// [`STAMP_FILE`](super::out_dir::STAMP_FILE).
///
/// Errors: [`Error::OutDir`] when `out` is refused (nothing is written or deleted); as
/// [`build`]; [`Error::Io`] when the staging folder cannot be created or renamed into
/// place.
pub fn build_to_folder<'p>(
    project: &'p Project,
    out: &Path,
    opts: &BuildOptions,
) -> Result<(Analysis<'p>, BuildSummary), Error> {
    build_to_folder_with(project, out, opts, None)
}

/// As [`build_to_folder`], through `memo` ([`build_with`]): `docloc build --cache`.
///
/// Errors: as [`build_to_folder`].
pub fn build_to_folder_with<'p>(
    project: &'p Project,
    out: &Path,
    opts: &BuildOptions,
    memo: Option<&dyn SiteMemo>,
) -> Result<(Analysis<'p>, BuildSummary), Error> {
    let guard = OutGuard {
        content_root: project.content_dir.clone(),
        config_file: project.config_file.clone(),
        templates_dir: project.config.templates_dir.as_ref().map(|d| project.root_dir.join(d)),
        locales_dir: project.config.ui_locales_dir.as_ref().map(|d| project.root_dir.join(d)),
        force: opts.force,
    };
    check_out_dir(out, &guard)?;
    let staging = Staging::new(out)?;
    let result = build_with(project, &staging, opts, memo, &mut |_| {})?;
    staging.commit()?;
    Ok(result)
}

/// Writes every file of the site; returns the source pages' facts (HTML dropped), the
/// summary and the template diagnostics.
fn write_site(
    analysis: &Analysis<'_>,
    theme: &Theme,
    sink: &dyn Sink,
    opts: &BuildOptions,
    started: Instant,
    memo: Option<&dyn SiteMemo>,
) -> Result<(Vec<RenderedPage>, BuildSummary, Vec<Diagnostic>), Error> {
    let project = analysis.project;
    let model = &analysis.model;
    let nlocales = model.locales.locales.len();
    let mut shared = Shared::new(analysis, theme, sink);
    let parity_cfg = &project.config.parity;
    if parity_cfg.stale_notices {
        shared.stale = super::stale::prepass(analysis);
    }
    // Stale translations are written once the changed sections are known (below).
    let deferred = super::stale::deferred(analysis, &shared.stale);
    let total = (model.urls.len() * nlocales) as u64;
    let bar = if opts.progress { indicatif::ProgressBar::new(total) } else { indicatif::ProgressBar::hidden() };
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {msg} [{bar:30}] {pos}/{len} pages")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar.set_message("building");

    // Each source page is written in its own locale as soon as it is rendered; its HTML
    // is then dropped. The first write error stops the build.
    let failure: Mutex<Option<Error>> = Mutex::new(None);
    let own: Vec<AtomicUsize> = (0..nlocales).map(|_| AtomicUsize::new(0)).collect();
    let held: Mutex<Vec<(usize, RenderedPage)>> = Mutex::new(Vec::new());
    // The block structure feeds parity alone: without a parity report (nor a memo, which
    // keeps whole facts) it is not recorded.
    let keep_blocks = parity_cfg.stale_notices || parity_cfg.dashboard || memo.is_some();
    let produce = Produce { html: true, blocks: keep_blocks };
    let each = |rp: &mut RenderedPage| {
        let li = model.locale_index(&model.content.pages[rp.page].locale).unwrap_or(0);
        let published = model.index[li].by_url.get(&page_slug(&model.content.pages[rp.page].key)) == Some(&rp.page);
        if published && deferred.contains(&rp.page) {
            // A stale translation: written once the changed sections are known, from the
            // HTML kept here (stale pages only; the others stream).
            held.lock().unwrap_or_else(|p| p.into_inner()).push((li, rp.clone()));
        } else if published {
            let wrote = match memo {
                Some(m) => shared.write_page_memo(li, rp, m),
                None => shared.write_page_releasing(li, rp),
            };
            match wrote {
                Ok(true) => {
                    own[li].fetch_add(1, Ordering::Relaxed);
                }
                Ok(false) => {}
                Err(e) => {
                    failure.lock().unwrap_or_else(|p| p.into_inner()).get_or_insert(e);
                }
            }
        }
        // A held page is given back to the memo once it is written (below): until then
        // the memo must still know whether it handed the rendering out without HTML.
        if let (Some(m), false) = (memo, published && deferred.contains(&rp.page)) {
            m.keep_rendered(model, rp, true);
        }
        super::pages::release_html(rp);
        bar.inc(1);
    };
    let rendered = match memo {
        Some(m) => analysis.render_with(produce, m, &each),
        None => analysis.render(produce, &each),
    };
    if let Some(e) = failure.into_inner().unwrap_or_else(|p| p.into_inner()) {
        return Err(e);
    }

    // The parity report of what was rendered: the sections each stale translation lacks,
    // then the stale pages themselves, and the dashboard at `/_parity/`.
    if parity_cfg.stale_notices || parity_cfg.dashboard {
        if let Some(report) = super::stale::full_report(analysis, &rendered) {
            let _ = shared.changed.set(super::stale::changed_sections(&report));
            if parity_cfg.dashboard {
                for (path, bytes) in super::stale::dashboard(&report) {
                    shared.put(&path, &bytes)?;
                }
            }
        }
    }
    let mut held = held.into_inner().unwrap_or_else(|p| p.into_inner());
    held.sort_by_key(|(li, rp)| (*li, rp.page));
    let stale_written: Vec<Result<Option<usize>, Error>> = held
        .par_iter_mut()
        .map(|(li, rp)| {
            let wrote = match memo {
                Some(m) => {
                    let wrote = shared.write_page_memo(*li, rp, m)?;
                    m.keep_rendered(model, rp, true);
                    wrote
                }
                None => shared.write_page(*li, rp)?,
            };
            Ok(wrote.then_some(*li))
        })
        .collect();
    drop(held);
    for r in stale_written {
        if let Some(li) = r? {
            own[li].fetch_add(1, Ordering::Relaxed);
        }
    }

    // Fallback copies: every URL a locale lacks, rendered for its readers from the first
    // locale of its chain that has the page.
    let jobs: Vec<(usize, &String)> = (0..nlocales)
        .flat_map(|li| model.urls.iter().map(move |u| (li, u)))
        .filter(|(li, u)| !model.index[*li].by_url.contains_key(*u))
        .collect();
    let fallbacks: Vec<Result<Option<usize>, Error>> = jobs
        .par_iter()
        .map(|&(li, slug)| {
            let code = &model.locales.locales[li].code;
            let Some(p) = model.page_or_fallback_at(code, slug) else { return Ok(None) };
            let idx = model.index[model.locale_index(&p.locale).unwrap_or(0)].pages[&p.key];
            bar.inc(1);
            let Some(m) = memo else {
                let mut rp = render_page(model, idx, code, &analysis.ui[li], Produce::HTML);
                return Ok(shared.write_page_releasing(li, &mut rp)?.then_some(li));
            };
            let mut rp = m.render(model, idx, code, &analysis.ui[li], Produce::HTML);
            let wrote = shared.write_page_memo(li, &rp, m)?;
            m.keep_rendered(model, &mut rp, false);
            Ok(wrote.then_some(li))
        })
        .collect();
    bar.finish_and_clear();
    let mut counts: Vec<LocaleCount> = model
        .locales
        .locales
        .iter()
        .enumerate()
        .map(|(li, l)| LocaleCount { locale: l.code.clone(), pages: own[li].load(Ordering::Relaxed), fallbacks: 0 })
        .collect();
    let mut taken: crate::hash::HashSet<String> = crate::hash::HashSet::default();
    for li in 0..nlocales {
        for slug in model.index[li].by_url.keys() {
            taken.insert(format!("{}/{slug}index.html", model.locales.locales[li].code));
        }
    }
    for (&(li, slug), result) in jobs.iter().zip(fallbacks) {
        if result?.is_some() {
            counts[li].fallbacks += 1;
            taken.insert(format!("{}/{slug}index.html", model.locales.locales[li].code));
        }
    }

    // Redirect pages, where no page has the same URL (the first redirect for a URL wins).
    let redirect_jobs: Vec<(usize, usize, String)> = model
        .redirects
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let li = model.locale_index(&r.locale)?;
            let path = format!("{}/{}index.html", r.locale, page_slug(&r.source));
            taken.insert(path.clone()).then_some((i, li, path))
        })
        .collect();
    let redirects: Vec<Result<bool, Error>> = redirect_jobs
        .par_iter()
        .map(|(i, li, path)| {
            let r = &model.redirects[*i];
            let ctx = shared.redirect_context(*li, model.redirect_target_url(&r.locale, *i, 0));
            let key = memo.map(|m| (m, shared.redirect_key(*li, &ctx, m)));
            if let Some((m, key)) = key {
                if m.write_kept(sink, path, key)? {
                    shared.written.fetch_add(1, Ordering::Relaxed);
                    return Ok(true);
                }
            }
            let Some(b) = shared.render("redirect.html", &ctx, &r.span.path) else { return Ok(false) };
            shared.put(path, &b)?;
            if let Some((m, key)) = key {
                m.keep_file(path, key, &b);
            }
            Ok(true)
        })
        .collect();
    let mut redirect_count = 0;
    for r in redirects {
        redirect_count += usize::from(r?);
    }

    // Locale homes and the root page that picks the reader's locale.
    for (li, l) in model.locales.locales.iter().enumerate() {
        let (home, is_index) = locale_home(model, &l.code);
        let path = format!("{}/index.html", l.code);
        if !is_index && !taken.contains(&path) {
            let ctx = shared.redirect_context(li, home);
            if let Some(b) = shared.render("redirect.html", &ctx, &l.code) {
                shared.put(&path, &b)?;
            }
        }
    }
    if let Some(b) = shared.render("root.html", &shared.root_context(), "index.html") {
        shared.put("index.html", &b)?;
    }
    for (li, l) in model.locales.locales.iter().enumerate() {
        let nav = &analysis.navs[li];
        for (i, (dir, _)) in nav.roots.iter().enumerate() {
            shared.put(&format!("_docloc/{}", toc_script_path(&l.code, dir)), &toc_script(&nav.full_html(i)))?;
        }
    }
    for (p, bytes) in theme.static_files() {
        shared.put(&format!("_docloc/{p}"), bytes)?;
    }
    let reader = shared.write_site_files()?;
    let assets = project.content.assets.len();
    project.content.assets.par_iter().try_for_each(|a| {
        sink.copy(&format!("{}/{}", a.locale, a.key), &a.file)?;
        shared.written.fetch_add(1, Ordering::Relaxed);
        Ok::<(), Error>(())
    })?;
    let summary = BuildSummary {
        locales: counts,
        redirects: redirect_count,
        assets,
        files: shared.written.load(Ordering::Relaxed),
        elapsed: started.elapsed(),
        sitemaps: reader.sitemaps,
        search: reader.search,
        search_time: reader.search_time,
    };
    let diags = shared.diagnostics.into_inner().unwrap_or_else(|p| p.into_inner());
    Ok((rendered, summary, diags))
}
