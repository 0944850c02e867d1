//! The built site's links go somewhere.
//!
//! Builds the real five-locale corpus (`../shared/corpus`) and the embedded default site
//! (`content/`) with the binary, into temporary folders, parses every HTML page (and the
//! TOC scripts' HTML) with an HTML5 parser, and holds every `href`, `src` and
//! `<meta http-equiv="refresh">` URL to one invariant. Each one either
//!
//! * is an absolute external URL (a scheme such as `https:` or `mailto:`, or `//host`);
//! * resolves to a file of the built site (`/x/` → `x/index.html`, relative URLs from
//!   the page's own URL), and its `#fragment`, if any, names an `id` or `<a name>` of
//!   that page; or
//! * is the target of a diagnostic that `docloc check --format json` reports where it is
//!   written: a diagnostic of the page's source file (or of a file it includes, or, for
//!   a redirect page, of the locale's redirection file) whose message holds the URL as
//!   written, its `#fragment`, or its path within the locale.
//!
//! A failure lists the violations by kind with the first examples of each.

use scraper::{ElementRef, Html, Selector};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// How many examples of each kind of violation a failure prints.
const EXAMPLES: usize = 20;

/// A site built into a temporary folder, with `check`'s report on the same content.
struct Built {
    _dir: tempfile::TempDir,
    site: PathBuf,
    content: PathBuf,
    /// `check --format json`'s diagnostics, by `path`.
    diagnostics: HashMap<String, Vec<String>>,
}

/// Builds `content` (the default site when `None`) and checks it, both in the repository.
fn build_and_check(content: Option<&Path>) -> Built {
    let dir = tempfile::tempdir().expect("tempdir");
    let site = dir.path().join("site");
    let with_content = |cmd: &mut Command| {
        cmd.current_dir(repo()).env_remove("CI");
        if let Some(c) = content {
            cmd.arg("--content").arg(c);
        }
    };
    let mut build = Command::new(env!("CARGO_BIN_EXE_docloc"));
    build.args(["build", "--quiet", "--out"]).arg(&site);
    with_content(&mut build);
    let o = build.output().expect("docloc build runs");
    assert!(o.status.success(), "build failed: {}", String::from_utf8_lossy(&o.stderr));
    let mut check = Command::new(env!("CARGO_BIN_EXE_docloc"));
    check.args(["check", "--format", "json"]);
    with_content(&mut check);
    let o = check.output().expect("docloc check runs");
    let report: Value = serde_json::from_slice(&o.stdout).expect("check writes JSON");
    let mut diagnostics: HashMap<String, Vec<String>> = HashMap::new();
    for d in report["diagnostics"].as_array().expect("diagnostics") {
        if let (Some(path), Some(message)) = (d["path"].as_str(), d["message"].as_str()) {
            diagnostics.entry(path.to_string()).or_default().push(message.to_string());
        }
    }
    let content = content.map_or_else(|| repo().join("content"), Path::to_path_buf);
    Built { _dir: dir, site, content, diagnostics }
}

/// One URL found in the built HTML.
#[derive(Debug, Clone)]
struct Found {
    /// The attribute's value, as written.
    url: String,
    /// `a[href]`, `img[src]`, `meta[refresh]`…
    attr: String,
    /// The nearest landmark around it (`article`, `nav.sidebar`, `head`…): which part of
    /// the theme or content wrote it.
    context: String,
}

/// What a page offers and links to.
#[derive(Debug, Default)]
struct Page {
    /// Every `id` and `<a name>`.
    ids: HashSet<String>,
    /// Every URL.
    links: Vec<Found>,
    /// `<link rel="canonical">`'s href.
    canonical: Option<String>,
    /// `<body class>`.
    body_class: String,
}

fn selector(s: &str) -> Selector {
    Selector::parse(s).unwrap_or_else(|e| panic!("selector {s}: {e:?}"))
}

/// The landmark an element sits in: the nearest `article`, `nav`, `header`, `footer`,
/// `aside`, `head`, `details` or element with a class among its ancestors.
fn context(e: &ElementRef<'_>) -> String {
    for a in e.ancestors().filter_map(ElementRef::wrap) {
        let v = a.value();
        let name = v.name();
        if matches!(name, "article" | "nav" | "header" | "footer" | "aside" | "head" | "details" | "figure" | "table")
            || (name == "div" && v.attr("class").is_some())
        {
            return match v.attr("class") {
                Some(c) => format!("{name}.{}", c.split_whitespace().next().unwrap_or("")),
                None => name.to_string(),
            };
        }
    }
    "body".to_string()
}

fn read_page(html: &str) -> Page {
    let doc = Html::parse_document(html);
    let mut page = Page::default();
    for e in doc.select(&selector("[id], a[name]")) {
        for k in ["id", "name"] {
            if let Some(v) = e.value().attr(k) {
                page.ids.insert(v.to_string());
            }
        }
    }
    for e in doc.select(&selector("[href], [src]")) {
        for k in ["href", "src"] {
            if let Some(v) = e.value().attr(k) {
                page.links.push(Found {
                    url: v.to_string(),
                    attr: format!("{}[{k}]", e.value().name()),
                    context: context(&e),
                });
            }
        }
    }
    for e in doc.select(&selector("meta[http-equiv]")) {
        if e.value().attr("http-equiv").is_some_and(|h| h.eq_ignore_ascii_case("refresh")) {
            let content = e.value().attr("content").unwrap_or("");
            let url = content.split_once("url=").map_or("", |(_, u)| u.trim());
            page.links.push(Found { url: url.to_string(), attr: "meta[refresh]".into(), context: "head".into() });
        }
    }
    page.canonical =
        doc.select(&selector("link[rel=canonical]")).next().and_then(|e| e.value().attr("href")).map(String::from);
    page.body_class =
        doc.select(&selector("body")).next().and_then(|e| e.value().attr("class")).unwrap_or("").to_string();
    page
}

/// The HTML a `toc.js` swaps into the sidebar: `window.doclocToc = "<ul…>";`.
fn read_toc_script(js: &str) -> Option<Page> {
    let start = js.find('"')?;
    let end = js.rfind('"')?;
    let html: String = serde_json::from_str(js.get(start..=end)?).ok()?;
    Some(read_page(&format!("<!DOCTYPE html><html><body><nav class=\"toc-script\">{html}</nav></body></html>")))
}

/// Whether `url` has a scheme (RFC 3986 §3.1) or is protocol-relative.
fn is_absolute(url: &str) -> bool {
    if url.starts_with("//") {
        return true;
    }
    let Some((scheme, _)) = url.split_once(':') else { return false };
    scheme.len() > 1
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !scheme.contains('/')
}

fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned()
}

/// Why a URL does not resolve.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Broken {
    /// A relative path that climbs above the site root.
    AboveRoot,
    /// No file of the site at that path.
    NoFile,
    /// The page exists; the fragment names none of its ids.
    NoFragment,
}

/// Resolves `url` written on the page at site path `page` (`zh-cn/d/a/index.html`) as a
/// browser does (RFC 3986 §5: an empty URL is the page itself, `..` stops at the root
/// only in the browser, here it is an error), then as a static file server does (a folder
/// serves its `index.html`); `Ok` when a file is there and the fragment names one of its
/// ids (`#top` and an empty fragment name the top of any page, HTML §7.4.6.4).
fn resolve(site: &Path, pages: &HashMap<String, Page>, page: &str, url: &str) -> Result<(), Broken> {
    let (path, fragment) = url.split_once('#').map_or((url, None), |(p, f)| (p, Some(f)));
    let path = path.split('?').next().unwrap_or("");
    let target = if path.is_empty() {
        page.to_string()
    } else {
        let decoded = percent_decode(path);
        let mut parts: Vec<&str> = if decoded.starts_with('/') {
            Vec::new()
        } else {
            page.split('/').collect::<Vec<_>>().split_last().map_or(Vec::new(), |(_, dir)| dir.to_vec())
        };
        for seg in decoded.split('/') {
            match seg {
                "" | "." => {}
                ".." => {
                    if parts.pop().is_none() {
                        return Err(Broken::AboveRoot);
                    }
                }
                s => parts.push(s),
            }
        }
        let joined = parts.join("/");
        if decoded.ends_with('/') || joined.is_empty() {
            let index = if joined.is_empty() { "index.html".to_string() } else { format!("{joined}/index.html") };
            if !site.join(&index).is_file() {
                return Err(Broken::NoFile);
            }
            index
        } else if site.join(&joined).is_file() {
            joined
        } else if site.join(&joined).join("index.html").is_file() {
            format!("{joined}/index.html")
        } else {
            return Err(Broken::NoFile);
        }
    };
    match fragment.map(percent_decode) {
        Some(f) if !f.is_empty() && f != "top" && target.ends_with(".html") => match pages.get(&target) {
            Some(p) if p.ids.contains(&f) => Ok(()),
            _ => Err(Broken::NoFragment),
        },
        _ => Ok(()),
    }
}

/// The content files whose diagnostics may excuse a URL on the site page `page`: its
/// source file (in the locale of its canonical URL, for a fallback copy), the files that
/// source includes, and for a redirect page the locale's redirection file.
fn sources(built: &Built, page_path: &str, page: &Page) -> Vec<String> {
    let mut locale = page_path.split('/').next().unwrap_or("").to_string();
    let slug = page_path.split_once('/').map_or("", |(_, rest)| rest).trim_end_matches("index.html");
    let slug = slug.trim_end_matches('/');
    if page.body_class.contains("page-redirect") {
        return vec![format!("{locale}/.openpublishing.redirection.json")];
    }
    if let Some(c) = &page.canonical {
        if let Some(l) = c.trim_start_matches('/').split('/').next() {
            if built.content.join(l).is_dir() {
                locale = l.to_string();
            }
        }
    }
    let stems =
        if slug.is_empty() { vec!["index".to_string()] } else { vec![slug.to_string(), format!("{slug}/index")] };
    let mut out = Vec::new();
    for stem in stems {
        for ext in ["md", "yml"] {
            let key = format!("{stem}.{ext}");
            if built.content.join(&locale).join(&key).is_file() {
                includes(&built.content, &locale, &key, &mut out, 0);
            }
        }
    }
    out
}

/// Adds `locale/key` and, recursively, the files its `[!INCLUDE [t](path)]`s name.
fn includes(content: &Path, locale: &str, key: &str, out: &mut Vec<String>, depth: usize) {
    let path = format!("{locale}/{key}");
    if out.contains(&path) || depth > 8 {
        return;
    }
    out.push(path);
    let Ok(text) = std::fs::read_to_string(content.join(locale).join(key)) else { return };
    let lower = text.to_ascii_lowercase();
    let dir: Vec<&str> = key.split('/').collect::<Vec<_>>().split_last().map_or(Vec::new(), |(_, d)| d.to_vec());
    let mut from = 0;
    while let Some(i) = lower[from..].find("[!include") {
        let at = from + i;
        from = at + 1;
        let Some(open) = text[at..].find("](").map(|o| at + o + 2) else { continue };
        let Some(close) = text[open..].find(')').map(|c| open + c) else { continue };
        let target = text[open..close].trim().replace('\\', "/");
        let mut parts = dir.clone();
        for seg in target.split('/') {
            match seg {
                "" | "." => {}
                ".." => {
                    parts.pop();
                }
                s => parts.push(s),
            }
        }
        includes(content, locale, &parts.join("/"), out, depth + 1);
    }
}

/// Whether a diagnostic of one of `files` names `url`: holds it as written, its
/// `#fragment`, or its path within the locale (`/zh-cn/d/images/a.png` → `d/images/a.png`).
fn excused(built: &Built, files: &[String], url: &str) -> bool {
    let decoded = percent_decode(url);
    let fragment = url.split_once('#').map(|(_, f)| format!("`#{f}`"));
    let within_locale = decoded
        .split('#')
        .next()
        .and_then(|p| p.strip_prefix('/'))
        .and_then(|p| p.split_once('/'))
        .map(|(_, rest)| format!("`{}`", rest.trim_end_matches('/')));
    let as_written = [format!("`{url}`"), format!("`{decoded}`")];
    files.iter().filter_map(|f| built.diagnostics.get(f)).flatten().any(|m| {
        as_written.iter().any(|w| m.contains(w.as_str()))
            || fragment.as_ref().is_some_and(|f| m.contains(f.as_str()))
            || within_locale.as_ref().is_some_and(|p| m.contains(p.as_str()))
    })
}

/// One URL that breaks the invariant.
#[derive(Debug)]
struct Violation {
    page: String,
    found: Found,
}

/// Which pages to hold to the invariant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pages {
    /// Every page and TOC script.
    All,
    /// All but fallback copies (pages whose canonical URL is in another locale).
    OwnLocale,
}

/// Whether the page at site path `path` is a fallback copy: published in one locale with
/// the content of another, its canonical URL naming that other locale.
fn is_fallback_copy(path: &str, page: &Page) -> bool {
    let locale = path.split('/').next().unwrap_or("");
    page.canonical
        .as_deref()
        .is_some_and(|c| !c.starts_with(&format!("/{locale}/")) && !page.body_class.contains("page-redirect"))
}

/// What [`violations`] counted.
#[derive(Debug, Default)]
struct Tally {
    /// URLs looked at.
    checked: usize,
    /// Absolute external URLs among them.
    external: usize,
    /// URLs that go nowhere but are reported, by why they go nowhere.
    reported: BTreeMap<String, usize>,
}

/// Checks the pages of `built`; returns the violations by kind and what was counted.
fn violations(built: &Built, which: Pages) -> (BTreeMap<String, Vec<Violation>>, Tally) {
    let mut pages: HashMap<String, Page> = HashMap::new();
    let mut scripts: Vec<(String, Page)> = Vec::new();
    for e in walkdir::WalkDir::new(&built.site).into_iter().flatten() {
        if !e.file_type().is_file() {
            continue;
        }
        let rel = e.path().strip_prefix(&built.site).expect("inside the site").to_string_lossy().replace('\\', "/");
        if rel.ends_with(".html") {
            let html = std::fs::read_to_string(e.path()).expect("HTML is UTF-8");
            pages.insert(rel, read_page(&html));
        } else if rel.ends_with("toc.js") {
            let js = std::fs::read_to_string(e.path()).expect("JS is UTF-8");
            let page = read_toc_script(&js).unwrap_or_else(|| panic!("{rel} holds no TOC HTML"));
            scripts.push((rel, page));
        }
    }
    assert!(!pages.is_empty(), "the build wrote pages");
    let mut out: BTreeMap<String, Vec<Violation>> = BTreeMap::new();
    let mut tally = Tally::default();
    let mut check = |path: &str, page: &Page, base: &str, is_script: bool| {
        let mut files: Option<Vec<String>> = None;
        for found in &page.links {
            tally.checked += 1;
            if is_absolute(&found.url) {
                tally.external += 1;
                continue;
            }
            let kind = if is_script && !found.url.starts_with('/') && !found.url.starts_with('#') {
                // The TOC script's links go into every page of the folder: a relative one
                // would mean something else on each.
                Some("relative URL in a TOC script".to_string())
            } else {
                match resolve(&built.site, &pages, base, &found.url) {
                    Ok(()) => None,
                    Err(why) => {
                        let files = files.get_or_insert_with(|| sources(built, path, page));
                        if excused(built, files, &found.url) {
                            *tally.reported.entry(format!("{why:?}")).or_default() += 1;
                            None
                        } else {
                            Some(format!("{why:?}"))
                        }
                    }
                }
            };
            if let Some(kind) = kind {
                out.entry(format!("{kind} ({} in {})", found.attr, found.context))
                    .or_default()
                    .push(Violation { page: path.to_string(), found: found.clone() });
            }
        }
    };
    for (path, page) in &pages {
        if which == Pages::All || !is_fallback_copy(path, page) {
            check(path, page, path, false);
        }
    }
    for (path, page) in &scripts {
        // Fragments of a TOC script's links resolve against their own target pages.
        check(path, page, "index.html", true);
    }
    for list in out.values_mut() {
        list.sort_by(|a, b| (&a.page, &a.found.url).cmp(&(&b.page, &b.found.url)));
    }
    (out, tally)
}

fn assert_links_go_somewhere(built: &Built, which: Pages, what: &str) {
    let (bad, tally) = violations(built, which);
    let total: usize = bad.values().map(Vec::len).sum();
    let summary = format!(
        "{what}: {} URLs checked, {} external, going nowhere but reported: {:?}",
        tally.checked, tally.external, tally.reported
    );
    assert!(tally.checked > tally.external, "{summary}");
    if total == 0 {
        eprintln!("{summary}; all others go somewhere");
        return;
    }
    let mut report = format!("{summary}\n{total} URLs go nowhere and no diagnostic reports them\n");
    for (kind, list) in &bad {
        let distinct: HashSet<&str> = list.iter().map(|v| v.found.url.as_str()).collect();
        report.push_str(&format!("\n{kind}: {} ({} distinct URLs)\n", list.len(), distinct.len()));
        for v in list.iter().take(EXAMPLES) {
            report.push_str(&format!("  {}  {}\n", v.page, v.found.url));
        }
    }
    panic!("{report}");
}

#[test]
fn every_link_of_the_built_corpus_goes_somewhere_or_is_reported() {
    let built = build_and_check(Some(&repo().join("../shared/corpus")));
    assert_links_go_somewhere(&built, Pages::All, "corpus");
}

/// The invariant on every page but the fallback copies (the ignored test above holds
/// those too): a regression guard for the rest while the fallback case is open.
#[test]
fn every_link_of_the_corpus_own_pages_goes_somewhere_or_is_reported() {
    let built = build_and_check(Some(&repo().join("../shared/corpus")));
    assert_links_go_somewhere(&built, Pages::OwnLocale, "corpus without fallback copies");
}

#[test]
fn every_link_of_the_built_default_site_goes_somewhere_or_is_reported() {
    let built = build_and_check(None);
    assert_links_go_somewhere(&built, Pages::All, "content/");
}
