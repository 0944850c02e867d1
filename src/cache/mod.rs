//! The build cache: what each page read and made, kept across runs, so a run after a
//! change redoes only what the change affects. `docloc build --cache`, `docloc check
//! --cache` (on disk, [`disk`]) and `docloc serve` (in memory) share it.
//!
//! Sits above the site stage and plugs into it through [`Memo`] and [`SiteMemo`]; the
//! cheap global parts (the model, navigation, the checks) are always recomputed, only
//! the per-page work is skipped:
//!
//! * **Renderings** are kept with the [`trace::Trace`] of what rendering asked (links
//!   resolved, URLs, includes read) and fingerprints of the page's file, the renderer's
//!   UI strings and the include depth. A kept rendering is handed out only when those
//!   are unchanged and, when the model's inputs changed, every question gets the same
//!   answer again.
//! * **Page files** are kept under the fingerprint of everything their template context
//!   reads ([`crate::site`]'s page key): a page whose rendering, translations, TOC,
//!   UI strings and template are unchanged is written from the kept bytes (`serve`) or
//!   hard-linked from the previous site (`build --cache`).
//! * **TOC files** are kept parsed, by the fingerprint of their text.
//!
//! Whatever is kept, the output and the diagnostics are those of a run without a cache:
//! nothing is handed out that was not checked against what it was made from.

pub mod disk;
pub(crate) mod trace;

use crate::analysis::Memo;
use crate::content::{NavFile, Page};
use crate::diagnostic::Diagnostic;
use crate::fingerprint::{of_bytes, Fingerprint};
use crate::hash::{HashMap, HashMapExt};
use crate::markdown::{Produce, UiText};
use crate::model::Model;
use crate::nav::{self, Toc};
use crate::project::Project;
use crate::render::{render_page_with, RenderedPage};
use crate::site::build::SiteMemo;
use crate::site::sink::{Kept, Sink};
use crate::site::Error;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock, RwLock};
use trace::{Recorder, Trace};

/// Which rendering: `(locale of the page's file, page key, locale it is rendered for,
/// with HTML)`.
pub(crate) type RenderKey = (String, String, String, bool);

/// A kept rendering.
#[derive(Debug)]
pub(crate) struct Slot {
    /// What rendering asked and was answered.
    pub(crate) trace: Trace,
    /// Fingerprint of the page file's text.
    pub(crate) source: u128,
    /// Fingerprint of the UI strings and include depth it was rendered with.
    pub(crate) setup: u128,
    /// Fingerprint of the model's inputs the trace's answers were last checked against.
    pub(crate) model: u128,
    /// Fingerprint of the rendering (HTML and facts).
    pub(crate) fingerprint: u128,
    /// The rendering (`None` while a build holds it).
    pub(crate) rendered: Option<RenderedPage>,
    /// The HTML of a page in its own locale while the build holds its facts.
    pub(crate) html: Option<HtmlParts>,
    /// Whether `rendered` holds the HTML it was rendered with (false for renderings read
    /// from disk, which keep facts only).
    pub(crate) has_html: bool,
    /// The run that last used it.
    pub(crate) generation: u64,
}

/// The HTML of a rendering: the body, and a YAML page's summary and answers.
#[derive(Debug, Default)]
pub(crate) struct HtmlParts {
    body: String,
    yaml: Option<(String, Vec<Vec<String>>)>,
}

impl HtmlParts {
    fn take(rp: &mut RenderedPage) -> HtmlParts {
        HtmlParts {
            body: std::mem::take(&mut rp.rendered.html),
            yaml: rp.yaml.as_mut().map(|y| (std::mem::take(&mut y.summary_html), std::mem::take(&mut y.answers_html))),
        }
    }

    fn put(self, rp: &mut RenderedPage) {
        rp.rendered.html = self.body;
        if let (Some((summary, answers)), Some(y)) = (self.yaml, rp.yaml.as_mut()) {
            y.summary_html = summary;
            y.answers_html = answers;
        }
    }
}

/// A kept output file.
#[derive(Debug, Clone)]
pub(crate) enum KeptFile {
    /// Its bytes (`serve`).
    Bytes(u128, Arc<[u8]>),
    /// Written into the output folder with this size, modification time (ns since the
    /// epoch) and inode (`build --cache`); `stat` none until recorded after the commit.
    OnDisk(u128, Option<FileStamp>),
}

/// What `stat` said of a file the build wrote: an unchanged stamp means unchanged bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FileStamp {
    /// Size in bytes.
    pub len: u64,
    /// Modification time, ns since the Unix epoch.
    pub mtime_ns: u128,
    /// Inode number (0 where the platform has none).
    pub ino: u64,
}

impl FileStamp {
    /// The stamp of `path`, `None` when it is not a readable regular file.
    pub fn of(path: &Path) -> Option<FileStamp> {
        let meta = std::fs::symlink_metadata(path).ok().filter(|m| m.is_file())?;
        let mtime_ns = meta.modified().ok()?.duration_since(std::time::UNIX_EPOCH).ok()?.as_nanos();
        #[cfg(unix)]
        let ino = std::os::unix::fs::MetadataExt::ino(&meta);
        #[cfg(not(unix))]
        let ino = 0;
        Some(FileStamp { len: meta.len(), mtime_ns, ino })
    }
}

/// What one run did with the cache.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Page renderings made (own pages and fallback copies).
    pub rendered: usize,
    /// Page renderings handed out from the cache.
    pub reused: usize,
    /// Page and redirect files filled into their templates.
    pub filled: usize,
    /// Page and redirect files written from what the cache kept.
    pub kept: usize,
    /// Renderings whose links were asked again because the model's inputs changed.
    pub replayed: usize,
}

/// Per-run fingerprints, from [`Cache::begin`].
#[derive(Debug, Default)]
struct Run {
    generation: u64,
    /// UI strings and include depth, per locale code.
    setup: HashMap<String, u128>,
    /// UI strings per locale code, for renderings made again to get their HTML.
    ui: HashMap<String, UiText>,
    /// Per template name.
    templates: HashMap<String, u128>,
    /// Of the template folder's other files (partials, `base.html`).
    templates_rest: u128,
    /// Where kept files of `build --cache` are (the previous site).
    out: Option<PathBuf>,
}

/// The cache: kept renderings, page files and parsed TOCs. `Sync`; one run at a time.
#[derive(Debug, Default)]
pub struct Cache {
    renders: Mutex<HashMap<RenderKey, Slot>>,
    files: Mutex<HashMap<String, KeptFile>>,
    tocs: Mutex<HashMap<u128, (Toc, Vec<Diagnostic>)>>,
    sources: Mutex<HashMap<String, u128>>,
    run: RwLock<Run>,
    model: OnceLock<u128>,
    /// Page files written this run (for pruning).
    touched: Mutex<Vec<String>>,
    /// Renderings handed out with facts only where HTML was asked for.
    html_less: Mutex<crate::hash::HashSet<RenderKey>>,
    counters: [AtomicUsize; 5],
    /// Keep page bytes in memory (`serve`) rather than as files of the output folder.
    in_memory: bool,
}

const RENDERED: usize = 0;
const REUSED: usize = 1;
const FILLED: usize = 2;
const KEPT: usize = 3;
const REPLAYED: usize = 4;

impl Cache {
    /// An empty cache that keeps page files in memory (`docloc serve`).
    pub fn in_memory() -> Cache {
        Cache { in_memory: true, ..Cache::default() }
    }

    /// An empty cache whose page files are those of the output folder (`build --cache`).
    pub fn on_disk() -> Cache {
        Cache::default()
    }

    /// Starts a run on `project`: fingerprints of the UI strings, include depth, HTML
    /// policy (`trusted_html`, `video_hosts`) and templates; `out` is the output folder whose files `build --cache` may keep.
    pub fn begin(&mut self, project: &Project, out: Option<&Path>) {
        let mut run =
            Run { generation: self.run_mut().generation + 1, out: out.map(Path::to_path_buf), ..Run::default() };
        for (l, ui) in project.locales.locales.iter().zip(project.ui_texts()) {
            // The HTML policy changes what a rendering publishes and reports, not what it asks.
            let policy = crate::sanitize::HtmlPolicy::from_config(&project.config);
            let setup =
                Fingerprint::new().debug(&ui).u128(project.config.include_depth as u128).debug(&policy).finish();
            run.setup.insert(l.code.clone(), setup);
            run.ui.insert(l.code.clone(), ui);
        }
        let (templates, rest) = template_fingerprints(project);
        run.templates = templates;
        run.templates_rest = rest;
        *self.run.get_mut().unwrap_or_else(|p| p.into_inner()) = run;
        self.model = OnceLock::new();
        self.touched.get_mut().unwrap_or_else(|p| p.into_inner()).clear();
        self.html_less.get_mut().unwrap_or_else(|p| p.into_inner()).clear();
        for c in &self.counters {
            c.store(0, Ordering::Relaxed);
        }
    }

    fn run_mut(&mut self) -> &mut Run {
        self.run.get_mut().unwrap_or_else(|p| p.into_inner())
    }

    /// Forgets the fingerprint of the file at display path `path` (`zh-cn/pc/a.md`): the
    /// file changed and is read again. `serve` calls it for every file it reloads.
    pub fn forget_source(&self, path: &str) {
        self.sources.lock().unwrap_or_else(|p| p.into_inner()).remove(path);
    }

    /// Forgets every file fingerprint (the whole content was loaded again).
    pub fn forget_sources(&self) {
        self.sources.lock().unwrap_or_else(|p| p.into_inner()).clear();
    }

    /// What this run did so far.
    pub fn stats(&self) -> Stats {
        let c = |i: usize| self.counters[i].load(Ordering::Relaxed);
        Stats { rendered: c(RENDERED), reused: c(REUSED), filled: c(FILLED), kept: c(KEPT), replayed: c(REPLAYED) }
    }

    /// Ends a run: takes back the facts of every page rendered in its own locale (the
    /// analysis's [`crate::analysis::Analysis::rendered`]), and forgets renderings and
    /// files this run did not use.
    pub fn absorb(&mut self, model: &Model<'_>, rendered: Vec<RenderedPage>, html: bool) {
        let generation = self.run_mut().generation;
        let renders = self.renders.get_mut().unwrap_or_else(|p| p.into_inner());
        for rp in rendered {
            let Some(page) = model.content.pages.get(rp.page) else { continue };
            let key = (page.locale.clone(), page.key.clone(), rp.locale.clone(), html);
            if let Some(slot) = renders.get_mut(&key) {
                let mut rp = rp;
                // The HTML came back through `keep_rendered`: join it to the facts.
                match slot.html.take() {
                    Some(parts) => parts.put(&mut rp),
                    None => slot.has_html = false,
                }
                slot.rendered = Some(rp);
            }
        }
        renders.retain(|_, s| s.generation == generation && s.rendered.is_some());
        let touched: crate::hash::HashSet<String> =
            std::mem::take(self.touched.get_mut().unwrap_or_else(|p| p.into_inner())).into_iter().collect();
        self.files.get_mut().unwrap_or_else(|p| p.into_inner()).retain(|path, _| touched.contains(path));
    }

    /// Records, after `build --cache` committed the site into `out`, the stamp of every
    /// page file kept under a key, so the next run can tell the file is unchanged.
    pub fn stamp_outputs(&mut self, out: &Path) {
        for (path, kept) in self.files.get_mut().unwrap_or_else(|p| p.into_inner()).iter_mut() {
            if let KeptFile::OnDisk(_, stamp) = kept {
                *stamp = FileStamp::of(&out.join(path));
            }
        }
    }

    fn count(&self, i: usize) {
        self.counters[i].fetch_add(1, Ordering::Relaxed);
    }

    /// Fingerprint of the model's inputs: what [`Model::new`] reads (the keys of pages,
    /// assets, fragments and navigation files, the redirect files, whether pages carry
    /// Microsoft Learn metadata — seen in [`Model::out_of_scope_base`] — the config and
    /// the locales). Equal fingerprints, equal models, so every link gets the same answer.
    fn model_fingerprint(&self, model: &Model<'_>) -> u128 {
        *self.model.get_or_init(|| {
            let c = model.content;
            let mut f = Fingerprint::new();
            f.debug(model.config).debug(model.locales).str(&model.base_path).str(&model.out_of_scope_base);
            f.u128(c.pages.len() as u128);
            for p in &c.pages {
                f.str(&p.locale).str(&p.key);
            }
            f.u128(c.assets.len() as u128);
            for a in &c.assets {
                f.str(&a.locale).str(&a.key);
            }
            f.u128(c.fragments.len() as u128);
            for (l, k) in &c.fragments {
                f.str(l).str(k);
            }
            f.u128(c.nav.len() as u128);
            for n in &c.nav {
                f.str(&n.locale).str(&n.key);
            }
            for r in &c.redirect_files {
                f.str(&r.locale).str(&r.source.path).str(&r.source.text());
            }
            f.finish()
        })
    }

    fn source(&self, page: &Page) -> u128 {
        if let Some(&s) = self.sources.lock().unwrap_or_else(|p| p.into_inner()).get(&page.source.path) {
            return s;
        }
        let s = page.source.fingerprint();
        self.sources.lock().unwrap_or_else(|p| p.into_inner()).insert(page.source.path.clone(), s);
        s
    }

    fn run(&self) -> std::sync::RwLockReadGuard<'_, Run> {
        self.run.read().unwrap_or_else(|p| p.into_inner())
    }

    fn render_fresh(
        &self,
        model: &Model<'_>,
        idx: usize,
        locale: &str,
        ui: &UiText,
        html: bool,
    ) -> (RenderedPage, Trace) {
        let page = &model.content.pages[idx];
        let recorder = Recorder::new(model, locale, &page.locale);
        // Kept renderings always hold their blocks: the next run may want them (parity).
        let rp = render_page_with(model, idx, locale, ui, Produce { html, blocks: true }, &recorder);
        (rp, recorder.into_trace())
    }
}

/// The fingerprint of a rendering: its HTML and facts.
fn rendering_fingerprint(rp: &RenderedPage) -> u128 {
    let mut f = Fingerprint::new();
    f.str(&rp.rendered.html);
    let r = &rp.rendered;
    f.debug(&(&r.title, &r.headings, &r.anchors, &r.links, &r.includes, &r.blocks, &r.diagnostics));
    f.debug(&rp.yaml);
    f.finish()
}

/// Fingerprints of the page templates and of the rest of the theme: the embedded theme is
/// docloc's own (its version), the folder's files are read. A page template's
/// fingerprint covers its own file and every file that is not another page template
/// (`base.html`, `partials/`), which it may extend, include or import.
fn template_fingerprints(project: &Project) -> (HashMap<String, u128>, u128) {
    const PAGES: [&str; 6] = ["article.html", "landing.html", "hub.html", "faq.html", "redirect.html", "root.html"];
    let mut own: HashMap<String, u128> = HashMap::new();
    let mut rest = Fingerprint::new();
    rest.str(env!("CARGO_PKG_VERSION"));
    if let Some(dir) = project.config.templates_dir.as_ref().map(|d| project.root_dir.join(d)) {
        let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(&dir)
            .sort_by_file_name()
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let rel = crate::diagnostic::display_path(e.path().strip_prefix(&dir).unwrap_or(e.path()));
                (rel, std::fs::read(e.path()).unwrap_or_default())
            })
            .collect();
        files.sort();
        for (name, bytes) in files {
            if PAGES.contains(&name.as_str()) {
                own.insert(name, of_bytes(&bytes));
            } else {
                rest.str(&name).bytes(&bytes);
            }
        }
    }
    let rest = rest.finish();
    let templates = PAGES
        .iter()
        .map(|t| (t.to_string(), Fingerprint::new().u128(rest).u128(own.get(*t).copied().unwrap_or_default()).finish()))
        .collect();
    (templates, rest)
}

impl Memo for Cache {
    fn parse_nav(&self, files: &[NavFile]) -> (Vec<Toc>, Vec<Diagnostic>) {
        use rayon::prelude::*;
        let parsed: Vec<(Toc, Vec<Diagnostic>)> = files
            .par_iter()
            .map(|file| {
                let key = Fingerprint::new()
                    .str(&file.locale)
                    .str(&file.key)
                    .debug(&file.kind)
                    .str(&file.source.path)
                    .str(&file.source.text())
                    .finish();
                if let Some(hit) = self.tocs.lock().unwrap_or_else(|p| p.into_inner()).get(&key) {
                    return hit.clone();
                }
                let mut diags = Vec::new();
                let toc = nav::parse(file, &mut diags);
                self.tocs.lock().unwrap_or_else(|p| p.into_inner()).insert(key, (toc.clone(), diags.clone()));
                (toc, diags)
            })
            .collect();
        let mut diags = Vec::new();
        let tocs = parsed
            .into_iter()
            .map(|(t, d)| {
                diags.extend(d);
                t
            })
            .collect();
        (tocs, diags)
    }

    fn render(&self, model: &Model<'_>, idx: usize, locale: &str, ui: &UiText, produce: Produce) -> RenderedPage {
        let html = produce.html;
        let page = &model.content.pages[idx];
        let key: RenderKey = (page.locale.clone(), page.key.clone(), locale.to_string(), html);
        let source = self.source(page);
        let (setup, generation) = {
            let run = self.run();
            (run.setup.get(locale).copied().unwrap_or_default(), run.generation)
        };
        let model_fp = self.model_fingerprint(model);
        let kept = self.renders.lock().unwrap_or_else(|p| p.into_inner()).remove(&key);
        if let Some(mut slot) = kept.filter(|s| s.source == source && s.setup == setup && s.rendered.is_some()) {
            let same_model = slot.model == model_fp;
            if !same_model {
                self.count(REPLAYED);
            }
            if slot.trace.still_holds(model, locale, &page.locale, !same_model) {
                if let Some(mut rp) = slot.rendered.take() {
                    rp.page = idx;
                    rp.locale = locale.to_string();
                    if html && !slot.has_html {
                        self.html_less.lock().unwrap_or_else(|p| p.into_inner()).insert(key.clone());
                    }
                    slot.model = model_fp;
                    slot.generation = generation;
                    self.renders.lock().unwrap_or_else(|p| p.into_inner()).insert(key, slot);
                    self.count(REUSED);
                    return rp;
                }
            }
        }
        let (rp, trace) = self.render_fresh(model, idx, locale, ui, html);
        self.count(RENDERED);
        let slot = Slot {
            trace,
            source,
            setup,
            model: model_fp,
            fingerprint: rendering_fingerprint(&rp),
            rendered: None,
            html: None,
            has_html: html,
            generation,
        };
        self.renders.lock().unwrap_or_else(|p| p.into_inner()).insert(key, slot);
        rp
    }
}

impl SiteMemo for Cache {
    fn rendered_fingerprint(&self, model: &Model<'_>, rp: &RenderedPage) -> u128 {
        let Some(page) = model.content.pages.get(rp.page) else { return rendering_fingerprint(rp) };
        let key = (page.locale.clone(), page.key.clone(), rp.locale.clone(), true);
        let kept = self.renders.lock().unwrap_or_else(|p| p.into_inner()).get(&key).map(|s| s.fingerprint);
        kept.unwrap_or_else(|| rendering_fingerprint(rp))
    }

    fn template_fingerprint(&self, name: &str) -> u128 {
        let run = self.run();
        run.templates.get(name).copied().unwrap_or(run.templates_rest)
    }

    fn source_fingerprint(&self, page: &Page) -> u128 {
        self.source(page)
    }

    fn write_kept(&self, sink: &dyn Sink, path: &str, key: u128) -> Result<bool, Error> {
        let kept = self.files.lock().unwrap_or_else(|p| p.into_inner()).get(path).cloned();
        let written = match kept {
            Some(KeptFile::Bytes(k, bytes)) if k == key => {
                sink.write_kept(path, Kept::Bytes(&bytes))?;
                true
            }
            Some(KeptFile::OnDisk(k, Some(stamp))) if k == key => {
                let Some(out) = self.run().out.clone() else { return Ok(false) };
                let file = out.join(path);
                if FileStamp::of(&file) != Some(stamp) {
                    return Ok(false);
                }
                sink.write_kept(path, Kept::File(&file))?;
                true
            }
            _ => false,
        };
        if written {
            self.touched.lock().unwrap_or_else(|p| p.into_inner()).push(path.to_string());
            self.count(KEPT);
        }
        Ok(written)
    }

    fn keep_file(&self, path: &str, key: u128, bytes: &[u8]) {
        let kept = if self.in_memory { KeptFile::Bytes(key, Arc::from(bytes)) } else { KeptFile::OnDisk(key, None) };
        self.files.lock().unwrap_or_else(|p| p.into_inner()).insert(path.to_string(), kept);
        self.touched.lock().unwrap_or_else(|p| p.into_inner()).push(path.to_string());
        self.count(FILLED);
    }

    fn keep_rendered(&self, model: &Model<'_>, rp: &mut RenderedPage, own: bool) {
        let Some(page) = model.content.pages.get(rp.page) else { return };
        let key = (page.locale.clone(), page.key.clone(), rp.locale.clone(), true);
        let html_less = self.html_less.lock().unwrap_or_else(|p| p.into_inner()).remove(&key);
        let mut renders = self.renders.lock().unwrap_or_else(|p| p.into_inner());
        let Some(slot) = renders.get_mut(&key) else { return };
        if own {
            // The facts stay with the build (the checks read them) and come back through
            // `absorb`; the HTML, which the build drops, is kept now.
            if !html_less {
                slot.html = Some(HtmlParts::take(rp));
            }
        } else {
            let empty =
                RenderedPage { page: rp.page, locale: rp.locale.clone(), rendered: Default::default(), yaml: None };
            slot.rendered = Some(std::mem::replace(rp, empty));
            slot.has_html = !html_less;
        }
    }

    fn with_html(&self, model: &Model<'_>, rp: &RenderedPage) -> Option<RenderedPage> {
        let page = model.content.pages.get(rp.page)?;
        let key = (page.locale.clone(), page.key.clone(), rp.locale.clone(), true);
        if !self.html_less.lock().unwrap_or_else(|p| p.into_inner()).contains(&key) {
            return None;
        }
        let ui = self.run().ui.get(&rp.locale).cloned().unwrap_or_default();
        self.count(RENDERED);
        Some(self.render_fresh(model, rp.page, &rp.locale, &ui, true).0)
    }
}
