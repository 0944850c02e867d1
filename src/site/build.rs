//! `docloc build`: every page of every locale, fallbacks, redirects, root page, assets.
//!
//! Renders sources in parallel (rayon), runs the checks on the facts, renders fallback
//! copies for locales that lack a page, fills the theme's templates and writes the site
//! atomically. Jobs and output files are kept in (locale, key) order, so the output is
//! byte-identical whatever the thread count.

use super::model::{page_slug, Model};
use super::project::{Error, Project};
use super::render::{render_page, render_sources, RenderedPage};
use super::write::Staging;
use crate::checks::{self, CheckInput};
use crate::diagnostic::{sort_and_dedup, Diagnostic, Rule, Span};
use crate::nav::{self, NavTree};
use crate::theme::Theme;
use rayon::prelude::*;
use serde_json::{json, Value};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Build settings.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Output folder (replaced as a whole).
    pub out: PathBuf,
    /// Show a progress bar (on a terminal).
    pub progress: bool,
    /// Today's date for date checks.
    pub today: chrono::NaiveDate,
    /// When the command started (so the summary's time includes loading); `None` = now.
    pub started: Option<Instant>,
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

/// What a build did.
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
    /// Every diagnostic (load, render, checks), sorted.
    pub diagnostics: Vec<Diagnostic>,
    /// Wall time.
    pub elapsed: Duration,
}

/// What one parallel page job returns: its outcome and diagnostics, or the I/O error
/// that stops the build.
type JobResult<T> = Result<(T, Vec<Diagnostic>), Error>;

struct Shared<'a> {
    project: &'a Project,
    model: &'a Model<'a>,
    theme: &'a Theme,
    navs: Vec<NavTree>,
    langs: Vec<Value>,
    strings: Vec<Value>,
    names: Vec<String>,
    site: Value,
    origin: String,
}

impl Shared<'_> {
    fn absolute(&self, url: &str) -> String {
        format!("{}{url}", self.origin)
    }

    fn context(&self, li: usize, extra: Value) -> tera::Context {
        let mut v = json!({ "site": self.site, "lang": self.langs[li], "t": self.strings[li] });
        if let (Value::Object(m), Value::Object(e)) = (&mut v, extra) {
            m.extend(e);
        }
        tera::Context::from_value(v).unwrap_or_default()
    }

    fn render(&self, template: &str, ctx: &tera::Context, path: &str, diags: &mut Vec<Diagnostic>) -> Option<Vec<u8>> {
        match self.theme.render(template, ctx) {
            Ok(html) => Some(html.into_bytes()),
            Err(e) => {
                diags.push(Diagnostic::new(Rule::TemplateError, Some(Span::file(path.to_string())), format!("{e}")));
                None
            }
        }
    }

    /// The HTML of one page published in locale index `li`.
    fn page_html(&self, li: usize, rp: &RenderedPage, diags: &mut Vec<Diagnostic>) -> Option<Vec<u8>> {
        let model = self.model;
        let locale = &model.locales.locales[li];
        let page = &model.content.pages[rp.page];
        let key = &page.key;
        let chain = self.project.ui_chain(&locale.code);
        let url = model.page_url(&locale.code, key);
        let is_fallback = page.locale != locale.code;
        let translations: Vec<Value> = model
            .locales
            .locales
            .iter()
            .enumerate()
            .map(|(mi, m)| {
                json!({
                    "code": m.code, "bcp47": m.bcp47, "name": self.names[mi],
                    "url": model.page_url(&m.code, key), "current": mi == li,
                    "fallback": model.page_at(&m.code, &page_slug(key)).is_none(),
                })
            })
            .collect();
        let real = model.translations(key);
        let mut alternates: Vec<Value> = real
            .iter()
            .filter_map(|p| model.locales.get(&p.locale))
            .map(|m| json!({ "hreflang": m.bcp47, "url": self.absolute(&model.page_url(&m.code, key)) }))
            .collect();
        let default = real.iter().find(|p| p.locale == model.locales.default).or(real.first());
        if let Some(d) = default {
            alternates.push(json!({ "hreflang": "x-default", "url": self.absolute(&model.page_url(&d.locale, key)) }));
        }
        let canonical = self.absolute(&model.page_url(&page.locale, key));
        let fallback = is_fallback.then(|| {
            let fi = model.locale_index(&page.locale).unwrap_or(0);
            let notice = self.project.i18n.format(
                &chain,
                "fallback-notice",
                &[("locale", &self.names[li]), ("fallback", &self.names[fi])],
            );
            json!({
                "notice": notice, "locale_name": self.names[fi],
                "source_url": model.page_url(&page.locale, key), "bcp47": model.locales.locales[fi].bcp47,
            })
        });
        let (date_display, date_line) = match page.meta.date {
            Some(d) => {
                use chrono::Datelike;
                let shown = self.project.i18n.format_date(&chain, d.year(), d.month(), d.day());
                let line = self.project.i18n.format(&chain, "article-date", &[("date", &shown)]);
                (Some(shown), Some(line))
            }
            None => (None, None),
        };
        let title = page.meta.title.clone().or_else(|| rp.rendered.title.clone()).unwrap_or_else(|| key.clone());
        let headings: Vec<Value> = rp
            .rendered
            .headings
            .iter()
            .filter(|h| h.level == 2)
            .map(|h| json!({ "level": h.level, "id": h.id, "text": h.text }))
            .collect();
        let mut page_v = json!({
            "kind": page.kind.as_str(), "title": title, "description": page.meta.description,
            "url": url, "canonical": canonical, "date_display": date_display, "date_line": date_line,
            "meta": page.meta.all, "fallback": fallback, "html": rp.rendered.html, "headings": headings,
        });
        if let Some(y) = &rp.yaml {
            let mut urls = y.urls.iter();
            let mut next = |l: &crate::content::yaml_page::YamlLink| json!({ "text": l.text, "url": urls.next().cloned().unwrap_or_else(|| l.url.clone()) });
            let sections: Vec<Value> = y
                .view
                .sections
                .iter()
                .map(|s| {
                    let links: Vec<Value> = s.links.iter().map(&mut next).collect();
                    let footer = s.footer.as_ref().map(&mut next);
                    json!({ "title": s.title, "links": links, "footer": footer })
                })
                .collect();
            let highlights: Vec<Value> = y
                .view
                .highlights
                .iter()
                .map(|(l, t)| {
                    let v = next(l);
                    json!({ "title": l.text, "url": v["url"], "item_type": t })
                })
                .collect();
            let faq: Vec<Value> = y
                .view
                .faq
                .iter()
                .zip(&y.answers_html)
                .map(|(s, answers)| {
                    let qs: Vec<Value> = s
                        .questions
                        .iter()
                        .zip(answers)
                        .map(|(q, a)| json!({ "question": q.question, "answer_html": a }))
                        .collect();
                    json!({ "name": s.name, "questions": qs })
                })
                .collect();
            if let Value::Object(m) = &mut page_v {
                if !y.view.title.is_empty() {
                    m.insert("title".into(), json!(y.view.title));
                }
                m.insert("summary_html".into(), json!(y.summary_html));
                m.insert("sections".into(), json!(sections));
                m.insert("highlights".into(), json!(highlights));
                m.insert("faq".into(), json!(faq));
            }
        }
        let site_path = format!("/{}", page_slug(key).trim_end_matches('/'));
        let breadcrumb: Vec<Value> = self.navs[li]
            .breadcrumb_for(&site_path, key)
            .into_iter()
            .map(|(n, u)| json!({ "name": n, "url": u }))
            .collect();
        let nav = &self.navs[li];
        let toc_script = nav.root_for(key).map(|i| {
            format!(
                "{}{}",
                self.site["assets"].as_str().unwrap_or("/_docloc/"),
                toc_script_path(&locale.code, &nav.roots[i].0)
            )
        });
        let ctx = self.context(
            li,
            json!({
                "translations": translations, "alternates": alternates, "breadcrumb": breadcrumb,
                "toc_html": nav.sidebar_html(key), "toc_script": toc_script, "page": page_v,
            }),
        );
        self.render(&format!("{}.html", page.kind.as_str()), &ctx, &page.source.path, diags)
    }
}

/// Where the full TOC tree of `locale`'s root TOC in folder `dir` is published, relative
/// to the theme's asset folder: `toc/<locale>/<dir>/toc.js` (`toc/<locale>/toc.js` for a
/// TOC at the content root).
fn toc_script_path(locale: &str, dir: &str) -> String {
    if dir.is_empty() {
        format!("toc/{locale}/toc.js")
    } else {
        format!("toc/{locale}/{dir}/toc.js")
    }
}

/// The script that publishes one full TOC tree: it sets `window.doclocToc` to the tree's
/// HTML (a JSON string literal, which is valid JavaScript), for the theme's script to
/// swap in. A script rather than a fetched HTML file so that it also works from `file:`.
fn toc_script(html: &str) -> Vec<u8> {
    let literal = serde_json::to_string(html).unwrap_or_else(|_| "\"\"".into());
    format!("window.doclocToc = {literal};\n").into_bytes()
}

/// Where a locale's home is: its root `index` page, else the first docset's index, else
/// its first page.
fn locale_home(model: &Model<'_>, locale: &str) -> (String, bool) {
    let has = |k: &str| model.page_or_fallback(locale, k).is_some();
    if has("index.md") || has("index.yml") {
        return (model.page_url(locale, "index.md"), true);
    }
    for d in &model.docsets {
        for k in [format!("{d}/index.yml"), format!("{d}/index.md")] {
            if has(&k) {
                return (model.page_url(locale, &k), false);
            }
        }
    }
    let first = model.keys.iter().next().cloned().unwrap_or_default();
    (model.page_url(locale, &first), false)
}

/// Builds the site of `project` into `opts.out`.
///
/// Errors: theme load failure, I/O errors while writing. Content problems are returned
/// as diagnostics in the summary; the affected pages are still built when possible.
pub fn build(project: &Project, opts: &BuildOptions) -> Result<BuildSummary, Error> {
    let started = opts.started.unwrap_or_else(Instant::now);
    let theme = Theme::load(project.config.templates_dir.as_ref().map(|d| project.root_dir.join(d)).as_deref())?;
    let model = Model::new(&project.config, &project.locales, &project.content);
    let mut diags = project.diagnostics.clone();
    diags.extend(model.diagnostics.iter().cloned());
    let (tocs, toc_diags) = nav::parse_all(&project.content.nav);
    diags.extend(toc_diags);
    let ui = project.ui_texts();
    let nlocales = project.locales.locales.len();
    let total = (model.urls.len() * nlocales) as u64;
    let bar = if opts.progress { indicatif::ProgressBar::new(total) } else { indicatif::ProgressBar::hidden() };
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {msg} [{bar:30}] {pos}/{len} pages")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar.set_message("rendering");
    let sources = render_sources(&model, &ui, true, &|| bar.inc(1));
    for rp in &sources {
        diags.extend(rp.rendered.diagnostics.iter().cloned());
    }
    let findings = checks::run(&CheckInput { model: &model, rendered: &sources, tocs: &tocs, today: opts.today });
    diags.extend(findings.diagnostics);

    let names: Vec<String> = project.locales.locales.iter().map(|l| project.locale_name(&l.code)).collect();
    let base = model.base_path.clone();
    let origin = {
        let b = &project.config.base_url;
        match b.split_once("://") {
            Some((scheme, rest)) => format!("{scheme}://{}", rest.split('/').next().unwrap_or("")),
            None => String::new(),
        }
    };
    let shared = Shared {
        project,
        model: &model,
        theme: &theme,
        navs: project.locales.locales.iter().map(|l| NavTree::build(&model, &l.code, &tocs)).collect(),
        langs: project
            .locales
            .locales
            .iter()
            .enumerate()
            .map(|(i, l)| json!({ "code": l.code, "bcp47": l.bcp47, "name": names[i], "dir": l.dir, "home_url": locale_home(&model, &l.code).0 }))
            .collect(),
        strings: project.locales.locales.iter().map(|l| json!(project.i18n.strings(&project.ui_chain(&l.code)))).collect(),
        names,
        site: json!({ "title": project.config.title, "base_path": base, "assets": format!("{base}_docloc/") }),
        origin,
    };

    // Every page is written as soon as it is rendered, into the staging folder that
    // replaces `opts.out` at the end; nothing is published if anything fails.
    let staging = Staging::new(&opts.out)?;
    let written = std::sync::atomic::AtomicUsize::new(0);
    let put = |path: &str, bytes: &[u8]| -> Result<(), Error> {
        staging.write(path, bytes)?;
        written.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Ok(())
    };

    // One job per (locale, URL): the locale's own page or a fallback copy.
    let jobs: Vec<(usize, &String)> = (0..nlocales).flat_map(|li| model.urls.iter().map(move |u| (li, u))).collect();
    let results: Vec<JobResult<Option<bool>>> = jobs
        .par_iter()
        .map(|&(li, slug)| {
            let code = &model.locales.locales[li].code;
            let mut d = Vec::new();
            let (rp, fallback) = match model.index[li].by_url.get(slug) {
                Some(&idx) => (std::borrow::Cow::Borrowed(&sources[idx]), false),
                None => match model.page_or_fallback_at(code, slug) {
                    Some(p) => {
                        let idx = model.index[model.locale_index(&p.locale).unwrap_or(0)].pages[&p.key];
                        (std::borrow::Cow::Owned(render_page(&model, idx, code, &ui[li], true)), true)
                    }
                    None => return Ok((None, d)),
                },
            };
            if fallback {
                bar.inc(1);
            }
            let Some(html) = shared.page_html(li, &rp, &mut d) else { return Ok((None, d)) };
            put(&format!("{code}/{slug}index.html"), &html)?;
            Ok((Some(fallback), d))
        })
        .collect();
    bar.finish_and_clear();

    let mut counts: Vec<LocaleCount> = project
        .locales
        .locales
        .iter()
        .map(|l| LocaleCount { locale: l.code.clone(), pages: 0, fallbacks: 0 })
        .collect();
    let mut taken: std::collections::HashSet<String> = std::collections::HashSet::new();
    for (&(li, slug), result) in jobs.iter().zip(results) {
        let (fallback, d) = result?;
        diags.extend(d);
        match fallback {
            Some(true) => counts[li].fallbacks += 1,
            Some(false) => counts[li].pages += 1,
            None => continue,
        }
        taken.insert(format!("{}/{slug}index.html", model.locales.locales[li].code));
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
    let redirect_results: Vec<JobResult<bool>> = redirect_jobs
        .par_iter()
        .map(|(i, li, path)| {
            let r = &model.redirects[*i];
            let mut d = Vec::new();
            let target = model.redirect_target_url(&r.locale, *i, 0);
            let chain = project.ui_chain(&r.locale);
            let notice = project.i18n.format(&chain, "redirect-notice", &[("url", &target)]);
            let ctx = shared.context(*li, json!({ "target_url": target, "notice": notice }));
            let Some(b) = shared.render("redirect.html", &ctx, &r.span.path, &mut d) else { return Ok((false, d)) };
            put(path, &b)?;
            Ok((true, d))
        })
        .collect();
    let mut redirects = 0;
    for result in redirect_results {
        let (ok, d) = result?;
        diags.extend(d);
        redirects += usize::from(ok);
    }
    // Locale homes and the root page that picks the reader's locale.
    let mut locales_v = Vec::new();
    for (li, l) in project.locales.locales.iter().enumerate() {
        let (home, is_index) = locale_home(&model, &l.code);
        let path = format!("{}/index.html", l.code);
        if !is_index && !taken.contains(&path) {
            let notice = project.i18n.format(&project.ui_chain(&l.code), "redirect-notice", &[("url", &home)]);
            let ctx = shared.context(li, json!({ "target_url": home, "notice": notice }));
            if let Some(b) = shared.render("redirect.html", &ctx, &l.code, &mut diags) {
                put(&path, &b)?;
            }
        }
        locales_v.push(json!({ "code": l.code, "bcp47": l.bcp47, "name": shared.names[li], "url": home }));
    }
    let di = model.locale_index(&model.locales.default).unwrap_or(0);
    let ctx = shared.context(
        di,
        json!({ "locales": locales_v, "default_url": locale_home(&model, &model.locales.locales[di].code).0 }),
    );
    if let Some(b) = shared.render("root.html", &ctx, "index.html", &mut diags) {
        put("index.html", &b)?;
    }
    for (li, l) in project.locales.locales.iter().enumerate() {
        for (i, (dir, _)) in shared.navs[li].roots.iter().enumerate() {
            put(&format!("_docloc/{}", toc_script_path(&l.code, dir)), &toc_script(&shared.navs[li].full_html(i)))?;
        }
    }
    for (p, bytes) in theme.static_files() {
        put(&format!("_docloc/{p}"), bytes)?;
    }
    let assets = project.content.assets.len();
    project.content.assets.par_iter().try_for_each(|a| {
        staging.copy(&format!("{}/{}", a.locale, a.key), &a.file)?;
        written.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Ok::<(), Error>(())
    })?;
    staging.commit()?;
    let levels = crate::checks::levels_from_config(&project.config);
    crate::checks::apply_levels(&mut diags, &levels);
    sort_and_dedup(&mut diags);
    Ok(BuildSummary {
        locales: counts,
        redirects,
        assets,
        files: written.into_inner(),
        diagnostics: diags,
        elapsed: started.elapsed(),
    })
}
