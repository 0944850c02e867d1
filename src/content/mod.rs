//! Loading: walk the content root, read every file, classify it and parse front matter.
//!
//! The load stage, first after config. For each locale folder it finds articles (`*.md`),
//! YAML pages (`*.yml` starting `### YamlMime:Landing|Hub|FAQ`), navigation (`TOC.yml`,
//! `TOC.md`, `breadcrumb/toc.yml`), redirect files (`.openpublishing.redirection.json`)
//! and assets (images, media). Files are read in parallel (rayon) and returned sorted, so
//! later stages are deterministic. Unreadable or malformed files become diagnostics.
//!
//! Only regular files inside the content root are read (DESIGN.md, "Safety model"): the
//! walk does not follow a symlink whose target lies outside the root
//! (`symlink-outside-root`, unless [`LoadOptions::follow_external_symlinks`]), reports
//! symlink loops (`symlink-loop`), never opens a FIFO, socket or device (files are opened
//! with `O_NONBLOCK` and checked with `fstat`, so a file swapped after the walk cannot
//! block either) and refuses files over [`LoadOptions::max_file_size`] (`file-too-large`).
//! [`read_confined`] is the same confinement for paths written in content (includes).

pub mod confined;
pub mod front_matter;
pub mod yaml_page;

pub use confined::{open_regular, read_confined, read_file, ConfinedError};

use crate::diagnostic::{display_path, Diagnostic, LineIndex, Rule, Span};
use crate::locale::LocaleSet;
use front_matter::Metadata;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// What kind of page a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PageKind {
    /// A Markdown article.
    Article,
    /// `### YamlMime:Landing`.
    Landing,
    /// `### YamlMime:Hub`.
    Hub,
    /// `### YamlMime:FAQ`.
    Faq,
}

impl PageKind {
    /// Lower-case name (`article`, `landing`, `hub`, `faq`), also the template name.
    pub fn as_str(self) -> &'static str {
        match self {
            PageKind::Article => "article",
            PageKind::Landing => "landing",
            PageKind::Hub => "hub",
            PageKind::Faq => "faq",
        }
    }
}

/// The text of a [`SourceText`]: shared, cheap to clone (a reference count), read as a
/// `&str` through `Deref`.
#[derive(Debug, Clone, Default)]
pub struct Text(Arc<String>);

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.0.as_str()
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text(Arc::new(s))
    }
}

/// Where a releasable text was read from, to read it again: the file the walk found
/// (read again as the load read it, [`read_file`]), the largest size accepted and the
/// fingerprint ([`crate::fingerprint::of_bytes`]) of the text as first read.
#[derive(Debug, Clone)]
struct Origin {
    file: PathBuf,
    limit: u64,
    fingerprint: u128,
}

/// A text file read from the content tree.
///
/// A page's text may be *released* once the page is rendered ([`SourceText::release`]):
/// the facts rendering produced are what the checks read, and a docs set's texts are
/// the largest part of the memory a run holds. Reading a released text
/// ([`SourceText::text`]) reads the file the walk found again (the same checks as the
/// first read: a regular file within the size limit), and hands it out only if its
/// fingerprint is the one first read; a file changed or removed since reads as empty (a
/// run sees one version of each file; `docloc serve` holds its texts and rebuilds on the
/// change). Texts made with [`SourceText::new`] (includes, navigation, redirect files,
/// tests) are never released.
#[derive(Debug)]
pub struct SourceText {
    /// Path relative to the content root, `/`-separated (`zh-cn/partner-center/a.md`):
    /// what diagnostics show.
    pub path: String,
    /// Line table of the text.
    pub index: LineIndex,
    /// The text, UTF-8 BOM removed, line endings as in the file; `None` once released.
    text: Mutex<Option<Text>>,
    /// Set when the text can be released and read again.
    origin: Option<Origin>,
}

impl Clone for SourceText {
    fn clone(&self) -> SourceText {
        SourceText {
            path: self.path.clone(),
            index: self.index.clone(),
            text: Mutex::new(self.held()),
            origin: self.origin.clone(),
        }
    }
}

impl SourceText {
    /// Wraps `text` read from `path`; never released.
    pub fn new(path: String, text: String) -> SourceText {
        let index = LineIndex::new(&text);
        SourceText { path, index, text: Mutex::new(Some(text.into())), origin: None }
    }

    /// Wraps `text`, read from the file `file` (shown as `path`) with at most `limit`
    /// bytes: releasable, read again from `file` when asked for after
    /// [`SourceText::release`].
    pub fn from_file(path: String, text: String, file: PathBuf, limit: u64) -> SourceText {
        let fingerprint = crate::fingerprint::of_bytes(text.as_bytes());
        let mut source = SourceText::new(path, text);
        source.origin = Some(Origin { file, limit, fingerprint });
        source
    }

    fn held(&self) -> Option<Text> {
        self.text.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// The text. Held texts are shared (no copy); a released one is read again from
    /// the file (see the type's docs), and is not kept.
    pub fn text(&self) -> Text {
        if let Some(t) = self.held() {
            return t;
        }
        let Some(o) = &self.origin else { return Text::default() };
        read_text(&o.file, &self.path, o.limit)
            .ok()
            .filter(|t| crate::fingerprint::of_bytes(t.as_bytes()) == o.fingerprint)
            .map(Text::from)
            .unwrap_or_default()
    }

    /// Drops the held text of a releasable source (one made by
    /// [`SourceText::from_file`]); returns whether it was released. The line table, the
    /// path and the fingerprint stay.
    pub fn release(&self) -> bool {
        if self.origin.is_none() {
            return false;
        }
        self.text.lock().unwrap_or_else(|p| p.into_inner()).take().is_some()
    }

    /// Whether the text is held (not released).
    pub fn is_held(&self) -> bool {
        self.text.lock().unwrap_or_else(|p| p.into_inner()).is_some()
    }

    /// The fingerprint ([`crate::fingerprint::of_bytes`]) of the text: the one taken
    /// when it was read for a releasable source, computed otherwise.
    pub fn fingerprint(&self) -> u128 {
        match &self.origin {
            Some(o) => o.fingerprint,
            None => crate::fingerprint::of_bytes(self.text().as_bytes()),
        }
    }

    /// Span of the byte range `start..end`. It takes [`SourceText::text`], a read of the
    /// file once the text is released: for many spans of a page, take the text once and
    /// call [`LineIndex::span`].
    pub fn span(&self, start: usize, end: usize) -> Span {
        self.index.span(&self.path, &self.text(), start, end)
    }
}

/// One page of one locale.
#[derive(Debug, Clone)]
pub struct Page {
    /// Locale folder (`zh-cn`).
    pub locale: String,
    /// Translation key: path relative to the locale root (`partner-center/a.md`).
    /// Pages with the same key in different locales are translations of each other.
    pub key: String,
    /// The file.
    pub source: SourceText,
    /// Article, landing, hub or FAQ.
    pub kind: PageKind,
    /// Front matter (articles) or `metadata:` (YAML pages).
    pub meta: Metadata,
    /// Byte offset where the Markdown body starts (after front matter); 0 for YAML pages.
    pub body: usize,
    /// The parsed YAML document of a YAML page.
    pub yaml: Option<crate::yaml::Value>,
}

/// Which navigation file a [`NavFile`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NavKind {
    /// `TOC.yml` (DocFX YAML TOC).
    TocYaml,
    /// `TOC.md` (DocFX Markdown TOC: headings with links).
    TocMarkdown,
    /// `breadcrumb/toc.yml`.
    Breadcrumb,
}

/// A TOC or breadcrumb file.
#[derive(Debug, Clone)]
pub struct NavFile {
    /// Locale folder.
    pub locale: String,
    /// Path relative to the locale root (`partner-center/TOC.yml`).
    pub key: String,
    /// Which kind.
    pub kind: NavKind,
    /// The file.
    pub source: SourceText,
}

/// A redirect file of one locale (`<locale>/.openpublishing.redirection.json`).
#[derive(Debug, Clone)]
pub struct RedirectFile {
    /// Locale folder.
    pub locale: String,
    /// The file.
    pub source: SourceText,
}

/// A non-text file published as is (image, media, download).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asset {
    /// Locale folder.
    pub locale: String,
    /// Path relative to the locale root.
    pub key: String,
    /// Absolute path on disk.
    pub file: PathBuf,
}

/// Everything loaded from a content root, sorted by (locale, key).
#[derive(Debug, Default)]
pub struct Content {
    /// The content root.
    pub root: PathBuf,
    /// Pages (articles and YAML pages).
    pub pages: Vec<Page>,
    /// TOC and breadcrumb files.
    pub nav: Vec<NavFile>,
    /// Redirect files.
    pub redirect_files: Vec<RedirectFile>,
    /// Assets.
    pub assets: Vec<Asset>,
    /// Files under `includes/` folders and other Markdown that is not a page: the keys
    /// of include targets, per locale (`(locale, key)`), sorted.
    pub fragments: Vec<(String, String)>,
    /// Number of files looked at.
    pub files_seen: usize,
    /// Problems found while loading.
    pub diagnostics: Vec<Diagnostic>,
}

pub use crate::config::DEFAULT_MAX_FILE_SIZE;

/// File extensions published as assets.
pub const ASSET_EXTENSIONS: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "bmp", "mp4", "webm", "mp3", "pdf", "zip", "docx", "xlsx",
    "pptx", "txt", "csv", "json",
];

enum Loaded {
    Page(Box<Page>),
    Nav(NavFile),
    Redirects(RedirectFile),
    Asset(Asset),
    Fragment(String, String),
    Skip,
}

/// Decodes file bytes as UTF-8 text, stripping a BOM; binary or invalid UTF-8 is a diagnostic.
pub fn decode(bytes: Vec<u8>, path: &str) -> Result<String, Diagnostic> {
    if memchr::memchr(0, &bytes).is_some() {
        return Err(Diagnostic::new(
            Rule::InvalidEncoding,
            Some(Span::file(path)),
            "file is binary (contains NUL bytes), not a text page",
        ));
    }
    let valid = simdutf8::basic::from_utf8(&bytes).is_ok();
    // SAFETY: `simdutf8` has just validated `bytes` as UTF-8 (`from_utf8` would check
    // it again at a third of the speed on CJK text).
    let text = if valid { Ok(unsafe { String::from_utf8_unchecked(bytes) }) } else { String::from_utf8(bytes) };
    match text {
        Ok(mut s) => {
            if s.starts_with('\u{feff}') {
                s.drain(..3);
            }
            Ok(s)
        }
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let prefix = String::from_utf8_lossy(&bytes[..valid]);
            let idx = LineIndex::new(&prefix);
            let (line, column) = idx.position(&prefix, prefix.len());
            Err(Diagnostic::new(
                Rule::InvalidEncoding,
                Some(Span { path: path.to_string(), line, column, len: 1 }),
                format!("invalid UTF-8 at byte {valid}"),
            ))
        }
    }
}

/// How the content root is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadOptions {
    /// Follow symlinks whose target lies outside the content root (config
    /// `follow_external_symlinks`, default `false`).
    pub follow_external_symlinks: bool,
    /// Largest file read, in bytes (config `max_file_size`, default
    /// [`DEFAULT_MAX_FILE_SIZE`]).
    pub max_file_size: u64,
    /// Hold every page's text to the end of the run: pages are read with
    /// [`SourceText::new`] rather than [`SourceText::from_file`], so
    /// [`SourceText::release`] keeps them. `docloc serve` sets it (its files change
    /// under it, and it keeps pages across rebuilds); default `false`.
    pub keep_texts: bool,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions { follow_external_symlinks: false, max_file_size: DEFAULT_MAX_FILE_SIZE, keep_texts: false }
    }
}

impl LoadOptions {
    /// The options a site's config asks for.
    pub fn from_config(config: &crate::config::Config) -> LoadOptions {
        LoadOptions {
            follow_external_symlinks: config.follow_external_symlinks,
            max_file_size: config.max_file_size,
            keep_texts: false,
        }
    }
}

fn read_text(file: &Path, path: &str, limit: u64) -> Result<String, Diagnostic> {
    let bytes = read_file(file, limit).map_err(|e| e.diagnostic(path))?;
    decode(bytes, path)
}

fn load_one(root: &Path, locale: &str, file: &Path, opts: &LoadOptions, diags: &mut Vec<Diagnostic>) -> Loaded {
    let rel = file.strip_prefix(root).unwrap_or(file);
    let path = display_path(rel);
    let locale_root = root.join(locale);
    let key = display_path(file.strip_prefix(&locale_root).unwrap_or(rel));
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("").to_ascii_lowercase();
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e).to_string();
    let in_includes = key.split('/').any(|c| c.eq_ignore_ascii_case("includes"));
    // Pages' texts are releasable (see `SourceText`); navigation and redirect files are
    // small and read to the end of the run.
    let read = |diags: &mut Vec<Diagnostic>, releasable: bool| match read_text(file, &path, opts.max_file_size) {
        Ok(t) if releasable && !opts.keep_texts => {
            Some(SourceText::from_file(path.clone(), t, file.to_path_buf(), opts.max_file_size))
        }
        Ok(t) => Some(SourceText::new(path.clone(), t)),
        Err(d) => {
            diags.push(d);
            None
        }
    };
    let text = |diags: &mut Vec<Diagnostic>| read(diags, false);
    if name == ".openpublishing.redirection.json" {
        return text(diags)
            .map_or(Loaded::Skip, |source| Loaded::Redirects(RedirectFile { locale: locale.into(), source }));
    }
    match ext.as_str() {
        "md" if in_includes => Loaded::Fragment(locale.into(), key),
        "md" if name == "toc.md" => text(diags).map_or(Loaded::Skip, |source| {
            Loaded::Nav(NavFile { locale: locale.into(), key, kind: NavKind::TocMarkdown, source })
        }),
        "md" => {
            let Some(source) = read(diags, true) else { return Loaded::Skip };
            let text = source.text();
            let (meta, body) = match front_matter::split(&text, &path) {
                Ok(split) => {
                    let meta = front_matter::parse_block(&text, split.yaml, &source.index, &path, diags);
                    (meta, split.body)
                }
                Err(d) => {
                    diags.push(d);
                    (Metadata::default(), 0)
                }
            };
            Loaded::Page(Box::new(Page {
                locale: locale.into(),
                key,
                source,
                kind: PageKind::Article,
                meta,
                body,
                yaml: None,
            }))
        }
        "yml" | "yaml" if in_includes => Loaded::Skip,
        "yml" | "yaml" if name == "toc.yml" || name == "toc.yaml" => {
            let is_breadcrumb = key.split('/').rev().nth(1).is_some_and(|d| d.eq_ignore_ascii_case("breadcrumb"));
            let kind = if is_breadcrumb { NavKind::Breadcrumb } else { NavKind::TocYaml };
            text(diags).map_or(Loaded::Skip, |source| Loaded::Nav(NavFile { locale: locale.into(), key, kind, source }))
        }
        "yml" | "yaml" => {
            let Some(source) = read(diags, true) else { return Loaded::Skip };
            match yaml_page::load(source, locale, &key, diags) {
                Some(page) => Loaded::Page(Box::new(page)),
                None => Loaded::Skip,
            }
        }
        e if ASSET_EXTENSIONS.contains(&e) && name != "docfx.json" => {
            // Assets are copied later; refuse here what the copy must not meet.
            match open_regular(file, opts.max_file_size) {
                Ok(_) => Loaded::Asset(Asset { locale: locale.into(), key, file: file.to_path_buf() }),
                Err(e) => {
                    diags.push(e.diagnostic(&path));
                    Loaded::Skip
                }
            }
        }
        _ => Loaded::Skip,
    }
}

/// The files of one locale folder, `(locale, path)`, and the problems met walking it.
type Walked = (Vec<(String, PathBuf)>, Vec<Diagnostic>);

/// Every regular file under `root/locale`, sorted by name. Symlinks are followed while
/// their target stays inside the content root (`real_root`, canonical); others are
/// skipped with `symlink-outside-root` unless allowed. Loops are `symlink-loop`, FIFOs,
/// sockets and devices `not-regular-file`, other walk errors (a missing folder, a broken
/// symlink, an entry that disappeared) `read-error`.
fn walk_locale(root: &Path, real_root: &Path, locale: &str, opts: &LoadOptions) -> Walked {
    let mut files = Vec::new();
    let mut diags = Vec::new();
    let dir = root.join(locale);
    if !dir.is_dir() {
        diags.push(Diagnostic::new(
            Rule::ReadError,
            Some(Span::file(locale.to_string())),
            format!("locale folder {locale} does not exist under the content root"),
        ));
        return (files, diags);
    }
    let shown = |p: &Path| display_path(p.strip_prefix(root).unwrap_or(p));
    let outside = std::cell::RefCell::new(Vec::new());
    let walker = walkdir::WalkDir::new(&dir).follow_links(true).sort_by_file_name().into_iter().filter_entry(|e| {
        if !e.path_is_symlink() || opts.follow_external_symlinks {
            return true;
        }
        match e.path().canonicalize() {
            Ok(real) if real.starts_with(real_root) => true,
            Ok(real) => {
                outside.borrow_mut().push(
                    Diagnostic::new(
                        Rule::SymlinkOutsideRoot,
                        Some(Span::file(shown(e.path()))),
                        format!("symlink points outside the content root (to {}); not followed", real.display()),
                    )
                    .with_hint("Copy the file into the content root, or set `follow_external_symlinks = true`."),
                );
                false
            }
            // Broken or looping: let the walk report it.
            Err(_) => true,
        }
    });
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() => files.push((locale.to_string(), e.into_path())),
            Ok(e) if e.file_type().is_dir() => {}
            Ok(e) => diags.push(Diagnostic::new(
                Rule::NotRegularFile,
                Some(Span::file(shown(e.path()))),
                "not a regular file (a FIFO, socket or device); not read",
            )),
            Err(err) => {
                let p = err.path().map(shown).unwrap_or_default();
                let d = if let Some(ancestor) = err.loop_ancestor() {
                    Diagnostic::new(
                        Rule::SymlinkLoop,
                        Some(Span::file(p)),
                        format!("symlink loop: leads back to {}", shown(ancestor)),
                    )
                } else {
                    Diagnostic::new(Rule::ReadError, Some(Span::file(p)), format!("cannot walk: {err}"))
                };
                diags.push(d);
            }
        }
    }
    diags.extend(outside.into_inner());
    (files, diags)
}

/// Loads every locale folder of `root` named in `locales`.
///
/// Never fails: a missing root or unreadable files become diagnostics. Output vectors are
/// sorted by (locale, key) whatever the thread count.
pub fn load(root: &Path, locales: &LocaleSet) -> Content {
    load_with(root, locales, &LoadOptions::default())
}

/// [`load`] with explicit [`LoadOptions`] (symlink policy, size limit).
pub fn load_with(root: &Path, locales: &LocaleSet, opts: &LoadOptions) -> Content {
    let (files, walk_diags) = walk(root, locales, opts);
    let mut content = load_files(root, locales, &files, opts);
    content.diagnostics.splice(0..0, walk_diags);
    content
}

/// Every file [`load`] looks at: `(locale, absolute path)` in walk order (locale order,
/// then each locale folder depth first, names sorted), and the problems met walking
/// (symlinks out of the root, loops, non-regular files, as `opts` says).
pub fn walk(root: &Path, locales: &LocaleSet, opts: &LoadOptions) -> (Vec<(String, PathBuf)>, Vec<Diagnostic>) {
    let real_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    // One walk per locale folder, in parallel; files and problems kept in locale order.
    let walked: Vec<Walked> =
        locales.locales.par_iter().map(|locale| walk_locale(root, &real_root, &locale.code, opts)).collect();
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    let mut diags = Vec::new();
    for (f, d) in walked {
        files.extend(f);
        diags.extend(d);
    }
    (files, diags)
}

/// Loads `files` (as [`walk`] lists them) as [`load`] does, without walking: `docloc
/// serve` reloads only the files that changed. Never fails; problems are diagnostics.
pub fn load_files(root: &Path, locales: &LocaleSet, files: &[(String, PathBuf)], opts: &LoadOptions) -> Content {
    let mut content = Content { root: root.to_path_buf(), ..Content::default() };
    content.files_seen = files.len();
    let loaded: Vec<(Loaded, Vec<Diagnostic>)> = files
        .par_iter()
        .map(|(locale, file)| {
            let mut diags = Vec::new();
            let l = load_one(root, locale, file, opts, &mut diags);
            (l, diags)
        })
        .collect();
    for (l, diags) in loaded {
        content.diagnostics.extend(diags);
        match l {
            Loaded::Page(p) => content.pages.push(*p),
            Loaded::Nav(n) => content.nav.push(n),
            Loaded::Redirects(r) => content.redirect_files.push(r),
            Loaded::Asset(a) => content.assets.push(a),
            Loaded::Fragment(l, k) => content.fragments.push((l, k)),
            Loaded::Skip => {}
        }
    }
    sort(&mut content, locales);
    content
}

/// Puts the entries of `content`, gathered in walk order, in the order [`load`] returns
/// them: pages, navigation and assets by (locale order, key), fragments sorted; redirect
/// files stay in walk order.
pub fn sort(content: &mut Content, locales: &LocaleSet) {
    let order = |l: &str| locales.index(l).unwrap_or(usize::MAX);
    content.pages.sort_by(|a, b| (order(&a.locale), &a.key).cmp(&(order(&b.locale), &b.key)));
    content.nav.sort_by(|a, b| (order(&a.locale), &a.key).cmp(&(order(&b.locale), &b.key)));
    content.assets.sort_by(|a, b| (order(&a.locale), &a.key).cmp(&(order(&b.locale), &b.key)));
    content.fragments.sort();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_dir(root: &Path, opts: &LoadOptions) -> Content {
        let config = crate::config::Config::default();
        let (locales, _) = LocaleSet::new(&config, root, &[]);
        load_with(root, &locales, opts)
    }

    fn rules(c: &Content) -> Vec<(Rule, String)> {
        c.diagnostics.iter().map(|d| (d.rule, d.span.as_ref().map(|s| s.path.clone()).unwrap_or_default())).collect()
    }

    #[cfg(unix)]
    #[test]
    fn the_walk_stays_inside_the_root_and_reads_only_regular_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("content");
        let zh = root.join("zh-cn");
        std::fs::create_dir_all(zh.join("docs/sub")).unwrap();
        std::fs::write(zh.join("docs/a.md"), "# A\n").unwrap();
        std::fs::write(dir.path().join("secret.md"), "# secret\n").unwrap();
        std::os::unix::fs::symlink(dir.path().join("secret.md"), zh.join("docs/p.md")).unwrap();
        std::os::unix::fs::symlink("/etc", zh.join("docs/etc")).unwrap();
        std::os::unix::fs::symlink("a.md", zh.join("docs/inside.md")).unwrap();
        std::os::unix::fs::symlink("..", zh.join("docs/sub/up")).unwrap();
        let fifo = std::ffi::CString::new(zh.join("docs/fifo.md").as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: `fifo` is a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
        std::fs::write(zh.join("docs/big.md"), "x".repeat(100)).unwrap();
        let opts = LoadOptions { max_file_size: 50, ..LoadOptions::default() };
        let c = load_dir(&root, &opts);
        let keys: Vec<&str> = c.pages.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, ["docs/a.md", "docs/inside.md"]);
        let mut found = rules(&c);
        found.sort();
        assert_eq!(
            found,
            [
                (Rule::SymlinkOutsideRoot, "zh-cn/docs/etc".to_string()),
                (Rule::SymlinkOutsideRoot, "zh-cn/docs/p.md".to_string()),
                (Rule::SymlinkLoop, "zh-cn/docs/sub/up".to_string()),
                (Rule::FileTooLarge, "zh-cn/docs/big.md".to_string()),
                (Rule::NotRegularFile, "zh-cn/docs/fifo.md".to_string()),
            ]
        );
        // Allowed by config, the external file is read.
        let c = load_dir(&root, &LoadOptions { follow_external_symlinks: true, max_file_size: 50, keep_texts: false });
        assert!(c.pages.iter().any(|p| p.key == "docs/p.md"));
    }

    #[test]
    fn a_file_that_disappears_after_the_walk_is_a_diagnostic() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("zh-cn")).unwrap();
        std::fs::write(root.join("zh-cn/a.md"), "# A\n").unwrap();
        std::fs::write(root.join("zh-cn/b.png"), "png").unwrap();
        let opts = LoadOptions::default();
        let real = root.canonicalize().unwrap();
        let (files, diags) = walk_locale(root, &real, "zh-cn", &opts);
        assert!(diags.is_empty() && files.len() == 2);
        let mut d = Vec::new();
        for (locale, f) in &files {
            std::fs::remove_file(f).unwrap();
            assert!(matches!(load_one(root, locale, f, &opts, &mut d), Loaded::Skip));
        }
        let r: Vec<(Rule, &str)> = d.iter().map(|d| (d.rule, d.message.as_str())).collect();
        assert_eq!(
            r,
            [
                (Rule::ReadError, "file disappeared while the content was loaded"),
                (Rule::ReadError, "file disappeared while the content was loaded")
            ]
        );
    }

    #[test]
    fn a_released_text_is_read_again_from_its_file_and_only_if_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("zh-cn")).unwrap();
        let original = "\u{feff}---\ntitle: A\n---\n# A\r\n\nText.\n";
        std::fs::write(root.join("zh-cn/a.md"), original).unwrap();
        std::fs::write(root.join("zh-cn/TOC.yml"), "- name: A\n  href: a.md\n").unwrap();
        let c = load_dir(root, &LoadOptions::default());
        let (page, toc) = (&c.pages[0].source, &c.nav[0].source);
        let text = page.text().to_string();
        assert_eq!(text, &original[3..], "BOM removed, line endings kept");
        let fingerprint = page.fingerprint();
        assert!(page.is_held() && page.release() && !page.is_held());
        assert!(!page.release(), "released once");
        assert_eq!(&*page.text(), text, "read again, equal");
        assert!(!page.is_held(), "a text read again is not kept");
        assert_eq!(page.fingerprint(), fingerprint);
        assert_eq!(page.span(4, 9), page.clone().span(4, 9));
        // Navigation files are held to the end of the run.
        assert!(!toc.release() && toc.is_held());
        // A file changed or removed since it was read reads as empty, never as the new text.
        std::fs::write(root.join("zh-cn/a.md"), "# Changed\n").unwrap();
        assert_eq!(&*page.text(), "");
        std::fs::remove_file(root.join("zh-cn/a.md")).unwrap();
        assert_eq!(&*page.text(), "");
        // With `keep_texts`, nothing is released; `SourceText::new` never is.
        std::fs::write(root.join("zh-cn/a.md"), original).unwrap();
        let kept = load_dir(root, &LoadOptions { keep_texts: true, ..LoadOptions::default() });
        assert!(!kept.pages[0].source.release() && kept.pages[0].source.is_held());
        let made = SourceText::new("x.md".into(), "x".into());
        assert!(!made.release() && &*made.text() == "x");
    }

    #[test]
    fn the_corpus_loads_without_safety_findings() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
        let c = load_dir(&root, &LoadOptions::default());
        assert!(c.pages.len() >= 1611, "{}", c.pages.len());
        let safety = [Rule::SymlinkOutsideRoot, Rule::SymlinkLoop, Rule::FileTooLarge, Rule::NotRegularFile];
        assert!(c.diagnostics.iter().all(|d| !safety.contains(&d.rule)));
        // The largest article of both corpora is far below the default limit.
        let largest = ["corpus", "corpus-sxs"]
            .iter()
            .flat_map(|n| walkdir::WalkDir::new(root.join("..").join(n)).into_iter().flatten())
            .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
            .filter_map(|e| e.metadata().ok().map(|m| m.len()))
            .max()
            .unwrap_or(0);
        assert!(largest > 100_000 && largest * 500 < DEFAULT_MAX_FILE_SIZE, "{largest}");
    }

    #[test]
    fn decode_bom_binary_and_invalid() {
        assert_eq!(decode(b"\xef\xbb\xbfhi".to_vec(), "a.md").unwrap(), "hi");
        assert_eq!(decode(b"a\0b".to_vec(), "a.md").unwrap_err().rule, Rule::InvalidEncoding);
        let d = decode(b"ok\nbad \xff here".to_vec(), "a.md").unwrap_err();
        assert_eq!(d.rule, Rule::InvalidEncoding);
        assert_eq!(d.span.unwrap().line, 2);
    }
}
