//! The live site: the project held in memory, reloaded file by file as files change,
//! and rebuilt through the build cache into a [`LiveSink`].
//!
//! Every rebuild is a whole `build` ([`build_with`]): the same model, navigation, pages,
//! fallbacks, redirects and checks as `docloc build`, so the served site is the built
//! site; the [`Cache`] is what makes it fast (a page whose inputs did not change is not
//! rendered or filled again). Content is reloaded only for the files that changed
//! ([`content::load_files`]) and reassembled in walk order, as [`content::load`] would
//! load it.

use crate::cache::{Cache, Stats};
use crate::content::{self, Asset, Content, NavFile, Page, RedirectFile};
use crate::diagnostic::{display_path, Diagnostic};
use crate::hash::{HashMap, HashMapExt, HashSet};
use crate::project::{Project, ProjectOptions};
use crate::site::build::{build_with, BuildOptions};
use crate::site::sink::{confine, Kept, Sink};
use crate::site::Error;
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// One file of the served site.
#[derive(Debug, Clone)]
pub enum Entry {
    /// Bytes made by the build.
    Bytes(Arc<[u8]>),
    /// An asset of the content tree, served from its file (as the build copies it).
    File(PathBuf),
}

/// The served site: output path (`zh-cn/pc/a/index.html`) → file.
pub type SiteFiles = BTreeMap<String, Entry>;

/// A [`Sink`] that keeps the site in memory, sharing the bytes of kept files (the
/// `MemorySink` of `serve`, which copies nothing it need not).
#[derive(Debug, Default)]
pub struct LiveSink {
    files: Mutex<SiteFiles>,
}

impl LiveSink {
    /// The files written so far, taken out.
    pub fn take(&self) -> SiteFiles {
        std::mem::take(&mut *self.files.lock().unwrap_or_else(|p| p.into_inner()))
    }

    fn put(&self, path: &str, entry: Entry) -> Result<(), Error> {
        let path = confine(path)?;
        self.files.lock().unwrap_or_else(|p| p.into_inner()).insert(path.to_string(), entry);
        Ok(())
    }
}

impl Sink for LiveSink {
    fn write(&self, path: &str, bytes: &[u8]) -> Result<(), Error> {
        self.put(path, Entry::Bytes(Arc::from(bytes)))
    }

    fn copy(&self, path: &str, from: &Path) -> Result<(), Error> {
        std::fs::metadata(from).map_err(|source| Error::Io { path: from.to_path_buf(), source })?;
        self.put(path, Entry::File(from.to_path_buf()))
    }

    fn write_kept(&self, path: &str, kept: Kept<'_>) -> Result<(), Error> {
        match kept {
            Kept::Bytes(bytes) => self.put(path, Entry::Bytes(Arc::clone(bytes))),
            Kept::File(file) => self.copy(path, file),
        }
    }
}

/// What one rebuild did.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// Every diagnostic, as `docloc build` reports them.
    pub diagnostics: Vec<Diagnostic>,
    /// What the cache did.
    pub stats: Stats,
    /// Files of the site.
    pub files: usize,
    /// From the start of the rebuild until the site was published.
    pub to_publish: Duration,
    /// From the start of the rebuild until the checks were done.
    pub total: Duration,
}

/// The project in memory and the cache, between rebuilds.
pub(crate) struct Engine {
    opts: ProjectOptions,
    pub(crate) project: Project,
    walk: Vec<(String, PathBuf)>,
    walk_diags: Vec<Diagnostic>,
    file_diags: HashMap<PathBuf, Vec<Diagnostic>>,
    cache: Cache,
    today: NaiveDate,
}

/// How the files that changed are taken in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reload {
    /// These files of the content tree changed in place.
    Files(BTreeSet<PathBuf>),
    /// Files were added, removed or renamed under the content tree (these paths, maybe
    /// folders): walk it again.
    Walk(BTreeSet<PathBuf>),
    /// The config or the UI strings changed: load the project again.
    Project,
    /// Nothing to load again: only templates (the build reads them every time) or files
    /// outside the project changed.
    Nothing,
}

impl Engine {
    /// Loads the project of `opts` (content root made absolute).
    pub(crate) fn open(opts: &ProjectOptions, today: NaiveDate) -> Result<Engine, crate::project::Error> {
        let mut opts = opts.clone();
        if let Some(c) = opts.content.as_ref() {
            opts.content = Some(std::path::absolute(c).unwrap_or_else(|_| c.clone()));
        }
        let project = load_project(&opts)?;
        let mut engine = Engine {
            opts,
            project,
            walk: Vec::new(),
            walk_diags: Vec::new(),
            file_diags: HashMap::new(),
            cache: Cache::in_memory(),
            today,
        };
        engine.reassemble(&BTreeSet::new(), true, true);
        Ok(engine)
    }

    /// The folders and files to watch: the content root, the template and UI string
    /// folders the config names, and the config file's folder.
    pub(crate) fn watched(&self) -> Vec<(PathBuf, bool)> {
        let p = &self.project;
        let mut out = vec![(p.content_dir.clone(), true)];
        for d in [&p.config.templates_dir, &p.config.ui_locales_dir].into_iter().flatten() {
            out.push((p.root_dir.join(d), true));
        }
        let config_dir = p.config_file.as_ref().and_then(|f| f.parent().map(Path::to_path_buf));
        let beside = p.content_dir.parent().map(Path::to_path_buf);
        for d in [config_dir, beside].into_iter().flatten() {
            let d = if d.as_os_str().is_empty() { PathBuf::from(".") } else { d };
            if !out.iter().any(|(o, _)| *o == d) {
                out.push((d, false));
            }
        }
        out
    }

    /// What the changed `paths` call for.
    pub(crate) fn classify(&self, paths: &BTreeSet<PathBuf>) -> Reload {
        let p = &self.project;
        let abs = |x: &Path| std::path::absolute(x).unwrap_or_else(|_| x.to_path_buf());
        let content = abs(&p.content_dir);
        let ui = p.config.ui_locales_dir.as_ref().map(|d| abs(&p.root_dir.join(d)));
        let known: HashSet<&PathBuf> = self.walk.iter().map(|(_, f)| f).collect();
        let mut files = BTreeSet::new();
        let mut walk = false;
        for path in paths {
            let path = abs(path);
            let is_config = path.file_name().is_some_and(|n| n == "docloc.toml")
                || p.config_file.as_ref().is_some_and(|c| abs(c) == path);
            if is_config || ui.as_ref().is_some_and(|u| path.starts_with(u)) {
                return Reload::Project;
            }
            if let Some(rel) = path.strip_prefix(&content).ok().filter(|r| !r.as_os_str().is_empty()) {
                if rel.components().count() == 1 {
                    // A locale folder itself: the set of locales may change.
                    return Reload::Project;
                }
                if !(known.contains(&path) && path.is_file()) {
                    walk = true;
                }
                files.insert(path);
            }
        }
        match (files.is_empty(), walk) {
            (true, _) => Reload::Nothing,
            (false, true) => Reload::Walk(files),
            (false, false) => Reload::Files(files),
        }
    }

    /// Takes in a change. Errors: the project no longer loads (config, content root).
    pub(crate) fn reload(&mut self, change: &Reload) -> Result<(), crate::project::Error> {
        match change {
            Reload::Files(files) => self.reassemble(files, false, false),
            Reload::Walk(files) => self.reassemble(files, true, false),
            Reload::Project => {
                self.project = load_project(&self.opts)?;
                self.cache.forget_sources();
                self.reassemble(&BTreeSet::new(), true, true);
            }
            Reload::Nothing => {}
        }
        Ok(())
    }

    /// Loads `changed` files again (all of them with `all`; walking the tree first with
    /// `walk`) and puts the content back together in walk order, as [`content::load`]
    /// returns it.
    fn reassemble(&mut self, changed: &BTreeSet<PathBuf>, walk: bool, all: bool) {
        let root = self.project.content_dir.clone();
        let locales = &self.project.locales;
        let opts = content::LoadOptions { keep_texts: true, ..content::LoadOptions::from_config(&self.project.config) };
        let mut changed = changed.clone();
        if walk {
            let (files, diags) = content::walk(&root, locales, &opts);
            let old: HashSet<PathBuf> = self.walk.iter().map(|(_, f)| f.clone()).collect();
            let new: HashSet<PathBuf> = files.iter().map(|(_, f)| f.clone()).collect();
            changed.extend(old.symmetric_difference(&new).cloned());
            self.walk = files;
            self.walk_diags = diags;
        }
        if all {
            changed.extend(self.walk.iter().map(|(_, f)| f.clone()));
            self.file_diags.clear();
        }
        // Entries are moved out of the project's content (its diagnostics stay until
        // `replace_content`, which needs their count).
        let old = &mut self.project.content;
        let display = |f: &Path| display_path(f.strip_prefix(&root).unwrap_or(f));
        let mut pages: HashMap<String, Page> = old.pages.drain(..).map(|p| (p.source.path.clone(), p)).collect();
        let mut nav: HashMap<String, NavFile> = old.nav.drain(..).map(|n| (n.source.path.clone(), n)).collect();
        let mut redirects: HashMap<String, RedirectFile> =
            old.redirect_files.drain(..).map(|r| (r.source.path.clone(), r)).collect();
        let mut assets: HashMap<PathBuf, Asset> = old.assets.drain(..).map(|a| (a.file.clone(), a)).collect();
        let mut fragments: HashMap<String, (String, String)> =
            old.fragments.drain(..).map(|(l, k)| (format!("{l}/{k}"), (l, k))).collect();
        let locale_of: HashMap<&PathBuf, &String> = self.walk.iter().map(|(l, f)| (f, l)).collect();
        let reload: Vec<(String, PathBuf)> = changed
            .iter()
            .filter_map(|f| {
                let d = display(f);
                pages.remove(&d);
                nav.remove(&d);
                redirects.remove(&d);
                fragments.remove(&d);
                assets.remove(f);
                self.file_diags.remove(f);
                self.cache.forget_source(&d);
                locale_of.get(f).map(|l| ((*l).clone(), f.clone()))
            })
            .collect();
        use rayon::prelude::*;
        let loaded: Vec<(PathBuf, Content)> = reload
            .par_iter()
            .map(|(l, f)| (f.clone(), content::load_files(&root, locales, &[(l.clone(), f.clone())], &opts)))
            .collect();
        for (f, mut c) in loaded {
            for p in c.pages.drain(..) {
                pages.insert(p.source.path.clone(), p);
            }
            for n in c.nav.drain(..) {
                nav.insert(n.source.path.clone(), n);
            }
            for r in c.redirect_files.drain(..) {
                redirects.insert(r.source.path.clone(), r);
            }
            for a in c.assets.drain(..) {
                assets.insert(a.file.clone(), a);
            }
            for (l, k) in c.fragments.drain(..) {
                fragments.insert(format!("{l}/{k}"), (l, k));
            }
            self.file_diags.insert(f, c.diagnostics);
        }
        let mut content = Content { root: root.clone(), files_seen: self.walk.len(), ..Content::default() };
        content.diagnostics = self.walk_diags.clone();
        for (_, f) in &self.walk {
            let d = display(f);
            content.pages.extend(pages.remove(&d));
            content.nav.extend(nav.remove(&d));
            content.redirect_files.extend(redirects.remove(&d));
            content.assets.extend(assets.remove(f));
            content.fragments.extend(fragments.remove(&d));
            if let Some(diags) = self.file_diags.get(f) {
                content.diagnostics.extend(diags.iter().cloned());
            }
        }
        content::sort(&mut content, locales);
        self.project.replace_content(content);
    }

    /// Rebuilds the site; `publish` gets the files as soon as they are written, before
    /// the checks run. Errors: the theme does not load, a write fails.
    pub(crate) fn build(&mut self, publish: &mut dyn FnMut(SiteFiles)) -> Result<Outcome, Error> {
        let started = Instant::now();
        self.cache.begin(&self.project, None);
        let sink = LiveSink::default();
        let opts = BuildOptions { progress: false, today: self.today, force: false };
        let mut to_publish = Duration::ZERO;
        let mut files = 0;
        let (mut analysis, _) = build_with(&self.project, &sink, &opts, Some(&self.cache), &mut |_| {
            let site = sink.take();
            files = site.len();
            publish(site);
            to_publish = started.elapsed();
        })?;
        let rendered = std::mem::take(&mut analysis.rendered);
        let diagnostics = std::mem::take(&mut analysis.diagnostics);
        self.cache.absorb(&analysis.model, rendered, true);
        Ok(Outcome { diagnostics, stats: self.cache.stats(), files, to_publish, total: started.elapsed() })
    }
}

/// Loads the project, every page's text held ([`ProjectOptions::keep_texts`]): the
/// files change under a preview, and its pages are kept across rebuilds.
fn load_project(opts: &ProjectOptions) -> Result<Project, crate::project::Error> {
    Project::load(&ProjectOptions { keep_texts: true, ..opts.clone() })
}
