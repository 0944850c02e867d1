//! Navigation: `TOC.yml`, `TOC.md` and `breadcrumb/toc.yml`.
//!
//! The navigation stage, after the model. [`parse`] reads a TOC file into [`TocNode`]s with
//! the span of every `href` (for `invalid-toc-href` and friends); [`NavTree::build`]
//! resolves one locale's TOCs into a sidebar tree, expanding nested TOC references
//! (`href: announcements/TOC.md`) in place, as DocFX does. The sidebar HTML for a page is
//! rendered here because it is the same tree with a different current page on every page:
//! a string walk is far cheaper than a template per page. Each page carries only its own
//! branch ([`NavTree::sidebar_html`]); the whole tree ([`NavTree::full_html`]) is published
//! once per locale and root TOC and swapped in by the theme's script, as Microsoft Learn
//! and mdBook load their TOC, so the site does not grow with pages × TOC entries.

use crate::content::{NavFile, NavKind};
use crate::diagnostic::{Diagnostic, Rule, Span};
use crate::link::{dir_of, normalize, Resolved, Want};
use crate::markdown::escape;
use crate::model::Model;
use crate::sanitize::unsafe_url;
use crate::yaml::{self, Value};

/// One TOC entry as written.
#[derive(Debug, Clone, PartialEq)]
pub struct TocNode {
    /// `name`.
    pub name: String,
    /// `href` (or `topicHref` in a breadcrumb), as written.
    pub href: Option<String>,
    /// `tocHref` (breadcrumb files).
    pub toc_href: Option<String>,
    /// `expanded: true`.
    pub expanded: bool,
    /// Where `href` (or the entry's `name`) is written.
    pub span: Span,
    /// `items`.
    pub children: Vec<TocNode>,
}

/// A parsed TOC or breadcrumb file.
#[derive(Debug, Clone)]
pub struct Toc {
    /// Locale.
    pub locale: String,
    /// Key of the file (`partner-center/TOC.yml`).
    pub key: String,
    /// Which kind of file.
    pub kind: NavKind,
    /// Top-level entries.
    pub nodes: Vec<TocNode>,
}

struct Cursor<'a> {
    file: &'a NavFile,
    pos: usize,
}

impl Cursor<'_> {
    /// Finds the next `key: value` line at or after the cursor and returns the span of the value.
    fn locate(&mut self, key: &str, value: &str) -> Span {
        let text = self.file.source.text();
        let mut at = self.pos;
        while let Some(i) = text[at..].find(key).map(|i| at + i) {
            let line_end = text[i..].find('\n').map_or(text.len(), |e| i + e);
            let before_ok = i == 0 || matches!(text.as_bytes()[i - 1], b' ' | b'-' | b'\n' | b'\t');
            if before_ok && text[i + key.len()..line_end].trim_start().starts_with(':') {
                self.pos = i + key.len();
                let v = value.trim();
                let start = if v.is_empty() { None } else { text[i..line_end].find(v).map(|o| i + o) };
                return match start {
                    Some(s) => self.file.source.span(s, s + v.len()),
                    None => self.file.source.span(i, i + key.len()),
                };
            }
            at = i + key.len();
        }
        self.file.source.span(self.pos.min(text.len()), self.pos.min(text.len()))
    }
}

fn str_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn yaml_nodes(items: &[Value], cur: &mut Cursor<'_>, kind: NavKind, diags: &mut Vec<Diagnostic>) -> Vec<TocNode> {
    let mut out = Vec::new();
    for item in items {
        let Value::Mapping(_) = item else {
            let span = cur.locate("name", "");
            diags.push(Diagnostic::new(
                Rule::TocInvalid,
                Some(span),
                "TOC entry is not a mapping with `name` and `href`",
            ));
            continue;
        };
        let name = str_of(item.get("name")).or_else(|| str_of(item.get("displayName"))).unwrap_or_default();
        let name_span = cur.locate("name", &name);
        let (href, toc_href) = if kind == NavKind::Breadcrumb {
            (str_of(item.get("topicHref")), str_of(item.get("tocHref")))
        } else {
            (str_of(item.get("href")).or_else(|| str_of(item.get("topicHref"))), str_of(item.get("tocHref")))
        };
        let href_key = if kind == NavKind::Breadcrumb || item.get("href").is_none() { "topicHref" } else { "href" };
        let span = match &href {
            Some(h) => cur.locate(href_key, h),
            None => name_span,
        };
        let expanded = matches!(item.get("expanded"), Some(Value::Bool(true)));
        let children = match item.get("items") {
            Some(Value::Sequence(s)) => yaml_nodes(s, cur, kind, diags),
            _ => Vec::new(),
        };
        out.push(TocNode { name, href, toc_href, expanded, span, children });
    }
    out
}

fn markdown_nodes(file: &NavFile) -> Vec<TocNode> {
    let text = file.source.text();
    let mut stack: Vec<(usize, TocNode)> = Vec::new();
    let mut roots = Vec::new();
    let mut pos = 0;
    let attach = |stack: &mut Vec<(usize, TocNode)>, roots: &mut Vec<TocNode>, level: usize| {
        while stack.last().is_some_and(|(l, _)| *l >= level) {
            let (_, node) = stack.pop().expect("checked");
            match stack.last_mut() {
                Some((_, parent)) => parent.children.push(node),
                None => roots.push(node),
            }
        }
    };
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        let line = text[pos..end].trim_end();
        let level = line.chars().take_while(|&c| c == '#').count();
        if level > 0 && line[level..].starts_with(' ') {
            let rest = line[level..].trim();
            let (name, href, span) = match (rest.strip_prefix('['), rest.rfind("](")) {
                (Some(_), Some(mid)) if rest.ends_with(')') => {
                    let href = rest[mid + 2..rest.len() - 1].trim().to_string();
                    let off = pos + line.find(&href).unwrap_or(0);
                    (rest[1..mid].to_string(), Some(href.clone()), file.source.span(off, off + href.len()))
                }
                _ => (rest.to_string(), None, file.source.span(pos, end)),
            };
            attach(&mut stack, &mut roots, level);
            stack.push((level, TocNode { name, href, toc_href: None, expanded: false, span, children: Vec::new() }));
        }
        pos = end;
    }
    attach(&mut stack, &mut roots, 1);
    roots
}

/// Parses a TOC or breadcrumb file. A YAML TOC may be a list or a mapping with `items:`.
pub fn parse(file: &NavFile, diags: &mut Vec<Diagnostic>) -> Toc {
    let nodes = match file.kind {
        NavKind::TocMarkdown => markdown_nodes(file),
        NavKind::TocYaml | NavKind::Breadcrumb => match yaml::from_str::<Value>(&file.source.text()) {
            Ok(Value::Sequence(items)) => yaml_nodes(&items, &mut Cursor { file, pos: 0 }, file.kind, diags),
            Ok(Value::Mapping(m)) => match m.get("items") {
                Some(Value::Sequence(items)) => yaml_nodes(items, &mut Cursor { file, pos: 0 }, file.kind, diags),
                _ => Vec::new(),
            },
            Ok(Value::Null) => Vec::new(),
            Ok(_) => {
                diags.push(Diagnostic::new(
                    Rule::TocInvalid,
                    Some(Span::file(file.source.path.clone())),
                    "TOC is not a YAML list of entries",
                ));
                Vec::new()
            }
            Err(e) => {
                let mut d = crate::content::front_matter::yaml_error(
                    &e,
                    &file.source.text(),
                    0,
                    &file.source.index,
                    &file.source.path,
                );
                d.rule = Rule::TocInvalid;
                d.severity = Rule::TocInvalid.default_severity();
                diags.push(d);
                Vec::new()
            }
        },
    };
    Toc { locale: file.locale.clone(), key: file.key.clone(), kind: file.kind, nodes }
}

/// Parses every TOC and breadcrumb file of a content tree, in parallel; TOCs in the order
/// of `files`, diagnostics in that order too.
pub fn parse_all(files: &[NavFile]) -> (Vec<Toc>, Vec<Diagnostic>) {
    use rayon::prelude::*;
    let parsed: Vec<(Toc, Vec<Diagnostic>)> = files
        .par_iter()
        .map(|f| {
            let mut d = Vec::new();
            (parse(f, &mut d), d)
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

/// Whether an href names another TOC file (a nested TOC).
pub fn is_toc_href(href: &str) -> bool {
    let name = href.split(['#', '?']).next().unwrap_or("").rsplit('/').next().unwrap_or("").to_ascii_lowercase();
    name == "toc.yml" || name == "toc.md" || name == "toc.yaml"
}

/// A resolved sidebar entry.
#[derive(Debug, Clone, PartialEq)]
pub struct NavEntry {
    /// Display name.
    pub name: String,
    /// Target URL, if the entry links somewhere.
    pub url: Option<String>,
    /// Translation key of the page it links to, if a page of this site.
    pub key: Option<String>,
    /// Open by default.
    pub expanded: bool,
    /// Children.
    pub children: Vec<NavEntry>,
}

/// One locale's navigation: root TOC trees (nested TOCs expanded) and breadcrumb chain.
#[derive(Debug, Clone, Default)]
pub struct NavTree {
    /// `(folder of the TOC file, entries)` for each root TOC, deepest folder first.
    pub roots: Vec<(String, Vec<NavEntry>)>,
    /// Breadcrumb entries: `(tocHref path prefix, name, url)`, longest prefix first.
    pub breadcrumb: Vec<(String, String, String)>,
}

impl NavTree {
    /// Resolves the TOCs of `locale` (already parsed, all locales in `tocs`).
    pub fn build(model: &Model<'_>, locale: &str, tocs: &[Toc]) -> NavTree {
        let mine: Vec<&Toc> = tocs.iter().filter(|t| t.locale == locale && t.kind != NavKind::Breadcrumb).collect();
        let referenced: Vec<String> = mine
            .iter()
            .flat_map(|t| {
                let mut out = Vec::new();
                collect_toc_refs(&t.nodes, dir_of(&t.key), &mut out);
                out
            })
            .collect();
        let mut roots: Vec<(String, Vec<NavEntry>)> = mine
            .iter()
            .filter(|t| !referenced.iter().any(|r| r.eq_ignore_ascii_case(&t.key)))
            .map(|t| (dir_of(&t.key).to_string(), resolve_nodes(model, locale, t, &t.nodes, &mine, 0)))
            .collect();
        roots.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        let mut breadcrumb = Vec::new();
        for t in tocs.iter().filter(|t| t.locale == locale && t.kind == NavKind::Breadcrumb) {
            flatten_breadcrumb(model, locale, &t.nodes, &mut breadcrumb);
        }
        breadcrumb.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        NavTree { roots, breadcrumb }
    }

    /// The tree for a page: the root TOC whose folder is the deepest ancestor of `key`.
    pub fn tree_for(&self, key: &str) -> &[NavEntry] {
        self.root_for(key).map_or(&[], |i| self.roots[i].1.as_slice())
    }

    /// The page's own sidebar HTML for page `key`: nested `<ul>`; the groups holding the
    /// page (and those the TOC marks `expanded`) as open `<details>`; every other group
    /// collapsed into one `li.toc-collapsed` link to its first page; the current page with
    /// `aria-current="page"`. A few KB where the full tree is tens of KB, so every page
    /// stays small and navigable without scripts (as Sphinx's collapsed navigation).
    pub fn sidebar_html(&self, key: &str) -> String {
        let mut out = String::new();
        entries_html(self.tree_for(key), Shape::Local(key), 0, &mut out);
        out
    }

    /// Index into [`NavTree::roots`] of the tree for page `key` (as [`NavTree::tree_for`]).
    pub fn root_for(&self, key: &str) -> Option<usize> {
        let dir = dir_of(key);
        self.roots.iter().position(|(d, _)| d.is_empty() || dir == d || dir.starts_with(&format!("{d}/")))
    }

    /// The whole tree of root `index` as HTML, every group present (open when the TOC
    /// says `expanded`), nothing marked current: published once per locale and root, and
    /// swapped in for the page's local sidebar by the theme's script.
    pub fn full_html(&self, index: usize) -> String {
        let mut out = String::new();
        if let Some((_, entries)) = self.roots.get(index) {
            entries_html(entries, Shape::Full, 0, &mut out);
        }
        out
    }

    /// Breadcrumb for a page at site path `path` (`/partner-center/x`, no locale):
    /// breadcrumb-file entries whose `tocHref` is a prefix, shortest first; without a
    /// breadcrumb file, the page's TOC ancestors.
    pub fn breadcrumb_for(&self, path: &str, key: &str) -> Vec<(String, String)> {
        if !self.breadcrumb.is_empty() {
            let mut chain: Vec<(String, String)> = self
                .breadcrumb
                .iter()
                .filter(|(prefix, _, _)| path.starts_with(prefix.as_str()))
                .map(|(_, n, u)| (n.clone(), u.clone()))
                .collect();
            chain.reverse();
            return chain;
        }
        let mut chain = Vec::new();
        ancestors(self.tree_for(key), key, &mut chain);
        chain
    }
}

fn collect_toc_refs(nodes: &[TocNode], dir: &str, out: &mut Vec<String>) {
    for n in nodes {
        if let Some(h) = &n.href {
            if is_toc_href(h) {
                if let Some(k) = normalize(dir, h) {
                    out.push(k);
                }
            }
        }
        collect_toc_refs(&n.children, dir, out);
    }
}

fn resolve_nodes(
    model: &Model<'_>,
    locale: &str,
    toc: &Toc,
    nodes: &[TocNode],
    all: &[&Toc],
    depth: usize,
) -> Vec<NavEntry> {
    nodes
        .iter()
        .map(|n| {
            let mut entry =
                NavEntry { name: n.name.clone(), url: None, key: None, expanded: n.expanded, children: Vec::new() };
            // An href that could run script (`javascript:`…) is no link: the entry is a
            // label (the checks report it as `unsafe-html`).
            let href = n.href.as_ref().filter(|h| model.html_policy.trusted || unsafe_url(h).is_none());
            if let Some(h) = href {
                if is_toc_href(h) {
                    let nested = normalize(dir_of(&toc.key), h)
                        .and_then(|k| all.iter().find(|t| t.key.eq_ignore_ascii_case(&k)));
                    if let (Some(t), true) = (nested, depth < 8) {
                        entry.children = resolve_nodes(model, locale, t, &t.nodes, all, depth + 1);
                    }
                } else {
                    let r = model.resolve(locale, &toc.key, h, Want::Page);
                    entry.url = model.url_for(locale, h, &r).or_else(|| Some(h.clone()));
                    if let Resolved::Found { key, .. } = r.target {
                        entry.key = Some(key);
                    }
                }
            }
            entry.children.extend(resolve_nodes(model, locale, toc, &n.children, all, depth));
            entry
        })
        .collect()
}

/// Flattens breadcrumb entries into `(tocHref prefix, name, url)`. An entry whose
/// `tocHref` an earlier entry already has is merged into it (the Partner Center
/// breadcrumb repeats its root entry to group more children under it): its children are
/// kept, the entry itself is not repeated.
fn flatten_breadcrumb(model: &Model<'_>, locale: &str, nodes: &[TocNode], out: &mut Vec<(String, String, String)>) {
    for n in nodes {
        let topic = n.href.as_ref().filter(|h| model.html_policy.trusted || unsafe_url(h).is_none());
        if let (Some(prefix), Some(topic)) = (&n.toc_href, topic) {
            if !out.iter().any(|(p, _, _)| p == prefix) {
                let url = model.link_url(locale, "", topic).unwrap_or_else(|| topic.clone());
                out.push((prefix.clone(), n.name.clone(), url));
            }
        }
        flatten_breadcrumb(model, locale, &n.children, out);
    }
}

fn contains(entries: &[NavEntry], key: &str) -> bool {
    entries.iter().any(|e| e.key.as_deref() == Some(key) || contains(&e.children, key))
}

fn ancestors(entries: &[NavEntry], key: &str, out: &mut Vec<(String, String)>) -> bool {
    for e in entries {
        if e.key.as_deref() == Some(key) {
            return true;
        }
        if contains(&e.children, key) {
            if let Some(u) = &e.url {
                out.push((e.name.clone(), u.clone()));
            }
            return ancestors(&e.children, key, out);
        }
    }
    false
}

/// How much of the tree [`entries_html`] writes.
#[derive(Clone, Copy)]
enum Shape<'k> {
    /// Every entry; nothing marked current (the published full tree).
    Full,
    /// The branch holding page `key` (and groups marked `expanded`) open, other groups
    /// collapsed into a link to their first page; `key` marked current.
    Local(&'k str),
}

/// The first URL in `e` or its descendants, depth first.
fn first_url(e: &NavEntry) -> Option<&str> {
    e.url.as_deref().or_else(|| e.children.iter().find_map(first_url))
}

fn entries_html(entries: &[NavEntry], shape: Shape<'_>, depth: usize, out: &mut String) {
    if entries.is_empty() {
        return;
    }
    let key = match shape {
        Shape::Full => None,
        Shape::Local(k) => Some(k),
    };
    out.push_str(if depth == 0 { "<ul class=\"toc toc-root\">" } else { "<ul class=\"toc\">" });
    for e in entries {
        let is_current = key.is_some() && e.key.as_deref() == key;
        let on_path = is_current || key.is_some_and(|k| contains(&e.children, k));
        let link = |out: &mut String| match &e.url {
            Some(u) => {
                out.push_str("<a href=\"");
                out.push_str(&escape(u));
                out.push_str(if is_current { "\" aria-current=\"page\">" } else { "\">" });
                out.push_str(&escape(&e.name));
                out.push_str("</a>");
            }
            None => {
                out.push_str("<span class=\"toc-label\">");
                out.push_str(&escape(&e.name));
                out.push_str("</span>");
            }
        };
        if e.children.is_empty() {
            out.push_str("<li class=\"toc-item\">");
            link(out);
        } else if key.is_some() && !on_path && !e.expanded {
            // Collapsed in the page's own sidebar: a link to the group's first page,
            // where this branch opens (the full tree replaces it when scripts run).
            out.push_str("<li class=\"toc-item toc-collapsed\">");
            match first_url(e) {
                Some(u) => {
                    out.push_str("<a href=\"");
                    out.push_str(&escape(u));
                    out.push_str("\">");
                    out.push_str(&escape(&e.name));
                    out.push_str("</a>");
                }
                None => link(out),
            }
        } else {
            out.push_str("<li class=\"toc-item\">");
            out.push_str(if e.expanded || on_path {
                "<details class=\"toc-group\" open><summary>"
            } else {
                "<details class=\"toc-group\"><summary>"
            });
            out.push_str(&escape(&e.name));
            out.push_str("</summary>");
            if e.url.is_some() {
                out.push_str("<ul class=\"toc\"><li class=\"toc-item\">");
                link(out);
                out.push_str("</li></ul>");
            }
            entries_html(&e.children, shape, depth + 1, out);
            out.push_str("</details>");
        }
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::SourceText;

    fn nav(kind: NavKind, text: &str) -> (Toc, Vec<Diagnostic>) {
        let file = NavFile {
            locale: "zh-cn".into(),
            key: "pc/TOC.yml".into(),
            kind,
            source: SourceText::new("zh-cn/pc/TOC.yml".into(), text.into()),
        };
        let mut d = Vec::new();
        (parse(&file, &mut d), d)
    }

    #[test]
    fn yaml_toc_with_spans() {
        let (t, d) = nav(NavKind::TocYaml, "- name: Home\n  href: index.yml\n- name: Group\n  expanded: true\n  items:\n    - name: A\n      href: a.md\n      displayName: x\n");
        assert!(d.is_empty());
        assert_eq!(t.nodes.len(), 2);
        assert_eq!(t.nodes[0].span.line, 2);
        assert_eq!(t.nodes[0].span.column, 9);
        assert!(t.nodes[1].expanded);
        assert_eq!(t.nodes[1].children[0].href.as_deref(), Some("a.md"));
        assert_eq!(t.nodes[1].children[0].span.line, 7);
    }

    #[test]
    fn markdown_toc_nests_by_level() {
        let (t, _) =
            nav(NavKind::TocMarkdown, "# [Home](index.md)\n# Group\n## [A](a.md)\n## [B](b.md)\n# [C](c.md)\n");
        assert_eq!(t.nodes.len(), 3);
        assert_eq!(t.nodes[1].children.len(), 2);
        assert_eq!(t.nodes[1].children[1].span.line, 4);
        assert_eq!(t.nodes[1].children[1].span.column, 8);
    }

    fn entry(name: &str, key: Option<&str>, children: Vec<NavEntry>) -> NavEntry {
        NavEntry {
            name: name.into(),
            url: key.map(|k| format!("/zh-tw/{k}")),
            key: key.map(str::to_string),
            expanded: false,
            children,
        }
    }

    #[test]
    fn sidebar_marks_current_and_opens_its_ancestors_only() {
        let tree = NavTree {
            roots: vec![(
                "pc".into(),
                vec![
                    entry("Home", Some("pc/index.yml"), vec![]),
                    entry(
                        "Incentives",
                        None,
                        vec![entry(
                            "Claims",
                            Some("pc/claims.md"),
                            vec![entry("Submit", Some("pc/submit.md"), vec![])],
                        )],
                    ),
                    entry("Account", None, vec![entry("Setup", Some("pc/setup.md"), vec![])]),
                    entry("Help", None, vec![]),
                ],
            )],
            breadcrumb: Vec::new(),
        };
        let html = tree.sidebar_html("pc/submit.md");
        assert!(html.starts_with("<ul class=\"toc toc-root\">"));
        assert_eq!(html.matches("aria-current=\"page\"").count(), 1);
        assert!(html.contains("<a href=\"/zh-tw/pc/submit.md\" aria-current=\"page\">Submit</a>"));
        assert!(html.contains("<details class=\"toc-group\" open><summary>Incentives</summary>"));
        assert!(html.contains("<details class=\"toc-group\" open><summary>Claims</summary><ul class=\"toc\"><li class=\"toc-item\"><a href=\"/zh-tw/pc/claims.md\">Claims</a>"));
        assert!(html.contains("<li class=\"toc-item toc-collapsed\"><a href=\"/zh-tw/pc/setup.md\">Account</a></li>"));
        assert!(!html.contains("Setup"), "collapsed branches are not in the page");
        assert!(html.contains("<span class=\"toc-label\">Help</span>"));
        let full = tree.full_html(0);
        assert!(!full.contains("aria-current"));
        assert!(!full.contains(" open>"), "nothing is expanded in this TOC");
        assert!(full.contains("<details class=\"toc-group\"><summary>Account</summary><ul class=\"toc\"><li class=\"toc-item\"><a href=\"/zh-tw/pc/setup.md\">Setup</a>"));
        assert!(full.contains("<details class=\"toc-group\"><summary>Claims</summary><ul class=\"toc\"><li class=\"toc-item\"><a href=\"/zh-tw/pc/claims.md\">Claims</a>"));
        assert_eq!(tree.full_html(1), "");
        assert_eq!(tree.root_for("pc/a/b.md"), Some(0));
        assert_eq!(tree.root_for("other/b.md"), None);
        assert_eq!(
            tree.breadcrumb_for("/pc/submit", "pc/submit.md"),
            [("Claims".to_string(), "/zh-tw/pc/claims.md".to_string())]
        );
        assert_eq!(tree.tree_for("other/x.md").len(), 0);
    }

    #[test]
    fn bad_toc_is_a_diagnostic() {
        let (_, d) = nav(NavKind::TocYaml, "- name: [x\n");
        assert_eq!(d[0].rule, Rule::TocInvalid);
        let (_, d) = nav(NavKind::TocYaml, "- just a string\n");
        assert_eq!(d[0].rule, Rule::TocInvalid);
        assert!(is_toc_href("announcements/TOC.md"));
        assert!(!is_toc_href("a.md"));
    }
}
