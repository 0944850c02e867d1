//! Navigation checks: TOC entries, orphaned articles and redirects.
//!
//! Part of the check stage. Every `href` of a `TOC.yml`, `TOC.md` and the `topicHref` of
//! `breadcrumb/toc.yml` entries is resolved with the same rules as links in pages
//! ([`Model::resolve`]): `invalid-toc-href` when it points nowhere, `link-redirected`,
//! `link-fallback` and `link-case-mismatch` as for links, `toc-duplicate-entry` when one
//! TOC file lists a target twice. `toc-orphan` lists articles no TOC of their locale
//! reaches. Redirects of `.openpublishing.redirection.json` are checked for sources that
//! still exist, chains, loops and site-root targets that do not exist.

use super::CheckInput;
use crate::content::{NavKind, PageKind};
use crate::diagnostic::{Diagnostic, Rule, Span};
use crate::hash::{HashMap, HashMapExt, HashSet, HashSetExt};
use crate::link::{dir_of, fragment, is_external, normalize, page_slug, Resolved, Via, Want};
use crate::model::Model;
use crate::nav::{is_toc_href, Toc, TocNode};
use percent_encoding::percent_decode_str;
use rayon::prelude::*;
use std::collections::BTreeSet;

/// Runs the TOC, orphan and redirect checks, appending findings to `out` in a fixed
/// order: TOC files in input order (entries in document order), then orphans in page
/// order, then redirects in file order.
pub fn check(input: &CheckInput<'_>, out: &mut Vec<Diagnostic>) {
    let model = input.model;
    let tocs_by_key: HashMap<(&str, String), &Toc> = input
        .tocs
        .iter()
        .filter(|t| t.kind != NavKind::Breadcrumb)
        .map(|t| ((t.locale.as_str(), t.key.to_ascii_lowercase()), t))
        .collect();
    let results: Vec<(Vec<Diagnostic>, HashSet<String>)> =
        input.tocs.par_iter().map(|toc| check_toc(model, toc, &tocs_by_key)).collect();
    let mut reached: HashMap<&str, HashSet<String>> = HashMap::new();
    for (toc, (mut diags, keys)) in input.tocs.iter().zip(results) {
        out.append(&mut diags);
        reached.entry(toc.locale.as_str()).or_default().extend(keys);
    }
    orphans(input, &reached, out);
    redirects(model, out);
}

/// What a TOC entry leads to, for duplicate detection.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Target {
    /// A page or asset `(locale, key, fragment)`.
    File(String, String, Option<String>),
    /// A redirect source (index into `Model::redirects`) and fragment.
    Redirect(usize, Option<String>),
    /// A nested TOC file (its key).
    Toc(String),
}

/// One TOC file being walked.
struct TocWalk<'a, 'm> {
    model: &'a Model<'m>,
    toc: &'a Toc,
    tocs: &'a HashMap<(&'a str, String), &'a Toc>,
    /// Folder hrefs are relative to; empty for breadcrumb `topicHref`s (locale root).
    from_key: &'a str,
    /// First entry of each target: its line.
    seen: HashMap<Target, u32>,
    /// Keys of pages of the TOC's own locale the TOC leads to.
    reached: HashSet<String>,
    diags: Vec<Diagnostic>,
}

fn check_toc(model: &Model<'_>, toc: &Toc, tocs: &HashMap<(&str, String), &Toc>) -> (Vec<Diagnostic>, HashSet<String>) {
    let from_key = if toc.kind == NavKind::Breadcrumb { "" } else { toc.key.as_str() };
    let mut walk =
        TocWalk { model, toc, tocs, from_key, seen: HashMap::new(), reached: HashSet::new(), diags: Vec::new() };
    walk.nodes(&toc.nodes);
    let reached = if toc.kind == NavKind::Breadcrumb {
        // A breadcrumb only reaches landing pages (`topicHref: /partner-center/index`).
        walk.reached.into_iter().filter(|k| is_index(k)).collect()
    } else {
        walk.reached
    };
    (walk.diags, reached)
}

/// Whether `key` names a folder's landing page (`index.md`, `index.yml`).
fn is_index(key: &str) -> bool {
    let name = key.rsplit('/').next().unwrap_or(key).to_ascii_lowercase();
    matches!(name.as_str(), "index.md" | "index.yml" | "index.yaml")
}

impl TocWalk<'_, '_> {
    fn nodes(&mut self, nodes: &[TocNode]) {
        for node in nodes {
            if let Some(href) = node.href.as_deref().map(str::trim).filter(|h| !h.is_empty()) {
                self.entry(node, href);
            }
            self.nodes(&node.children);
        }
    }

    fn push(&mut self, rule: Rule, node: &TocNode, message: String, hint: Option<String>) {
        let mut d = Diagnostic::new(rule, Some(node.span.clone()), message);
        d.hint = hint;
        self.diags.push(d);
    }

    /// Records `target` and reports it when an earlier entry of this file has it.
    /// Breadcrumb files are exempt: they repeat a parent entry to group further children
    /// under the same `tocHref` (the Partner Center breadcrumb does), which readers never see
    /// as a list.
    fn note(&mut self, node: &TocNode, href: &str, target: Target) {
        if self.toc.kind == NavKind::Breadcrumb {
            return;
        }
        match self.seen.get(&target) {
            Some(&line) => self.push(
                Rule::TocDuplicateEntry,
                node,
                format!("TOC entry `{href}` repeats the target of the entry on line {line}"),
                Some(format!("remove this entry or the one on line {line}")),
            ),
            None => {
                self.seen.insert(target, node.span.line);
            }
        }
    }

    fn entry(&mut self, node: &TocNode, href: &str) {
        if let Some(what) = crate::sanitize::unsafe_url(href).filter(|_| !self.model.html_policy.trusted) {
            // The sidebar shows the entry as a label without a link (`nav::NavTree`).
            let href = crate::markdown::shorten(href);
            self.push(
                Rule::UnsafeHtml,
                node,
                format!("TOC entry {what} `{href}` not published; it could run script"),
                None,
            );
            return;
        }
        if is_external(href) {
            return;
        }
        if is_toc_href(href) {
            self.nested_toc(node, href);
            return;
        }
        let model = self.model;
        let locale = self.toc.locale.as_str();
        let r = model.resolve(locale, self.from_key, href, Want::Page);
        for (rule, message) in &r.problems {
            let what = message.strip_prefix("link ").unwrap_or(message);
            self.push(*rule, node, format!("TOC entry {what}"), None);
        }
        match r.target {
            Resolved::External | Resolved::SamePage | Resolved::OutOfScope => {}
            Resolved::Found { locale: found, key, via } => {
                let shown = self.spell(&key);
                let found = model.locale_code(found).to_string();
                match via {
                    Via::Direct => {}
                    Via::Fallback => self.push(
                        Rule::LinkFallback,
                        node,
                        format!("TOC entry `{href}` exists only in locale {found}, not in {locale}"),
                        Some(format!("translate `{key}` into {locale} or remove the entry")),
                    ),
                    Via::CaseMismatch => self.push(
                        Rule::LinkCaseMismatch,
                        node,
                        format!("TOC entry `{href}` matches `{key}` only when case is ignored"),
                        Some(format!("write `{shown}`")),
                    ),
                }
                if found == locale {
                    self.reached.insert(key.clone());
                }
                let frag = fragment(href).map(|f| f.into_owned());
                self.note(node, href, Target::File(found, key, frag));
            }
            Resolved::Redirect(i) => {
                let redirect = &model.redirects[i];
                let hint = match final_page(model, locale, i) {
                    Some((l, key)) if l == locale => {
                        self.reached.insert(key.clone());
                        format!("point the entry at `{}`", self.spell(&key))
                    }
                    _ => format!("point the entry at `{}`", redirect.url),
                };
                self.push(
                    Rule::LinkRedirected,
                    node,
                    format!("TOC entry `{href}` is redirected to `{}`", redirect.url),
                    Some(hint),
                );
                self.note(node, href, Target::Redirect(i, fragment(href).map(|f| f.into_owned())));
            }
            Resolved::NotFound { wanted, reason } => {
                let suggestion = match reason {
                    None => model.locale_index(locale).and_then(|li| model.suggest(li, &wanted, Want::Page)),
                    Some(_) => None,
                };
                let message = match reason {
                    Some(why) => format!("TOC entry `{href}` points nowhere: {why}"),
                    None => format!("TOC entry `{href}` points nowhere: {wanted} does not exist in {locale}"),
                };
                let hint = suggestion.map(|s| format!("did you mean `{}`?", self.spell(&s)));
                self.push(Rule::InvalidTocHref, node, message, hint);
            }
        }
    }

    /// A nested TOC reference (`href: announcements/TOC.md`) must name a TOC file of the
    /// locale. TOC file names are case-insensitive in DocFX; folders are not.
    fn nested_toc(&mut self, node: &TocNode, href: &str) {
        let locale = self.toc.locale.as_str();
        let Some(wanted) = toc_key(self.model, self.from_key, href) else {
            self.push(
                Rule::InvalidTocHref,
                node,
                format!("nested TOC `{href}` points nowhere: the path leaves the locale root"),
                None,
            );
            return;
        };
        match self.tocs.get(&(locale, wanted.to_ascii_lowercase())) {
            Some(nested) => {
                if dir_of(&nested.key) != dir_of(&wanted) {
                    self.push(
                        Rule::LinkCaseMismatch,
                        node,
                        format!("nested TOC `{href}` matches `{}` only when case is ignored", nested.key),
                        Some(format!("write `{}`", self.spell(&nested.key))),
                    );
                }
                self.note(node, href, Target::Toc(nested.key.clone()));
            }
            None => {
                let dir = dir_of(&wanted);
                let sibling = self
                    .tocs
                    .iter()
                    .filter(|((l, _), t)| *l == locale && dir_of(&t.key) == dir)
                    .map(|(_, t)| t.key.as_str())
                    .min();
                let hint = sibling.map(|k| format!("the TOC of that folder is `{}`", self.spell(k)));
                self.push(
                    Rule::InvalidTocHref,
                    node,
                    format!("nested TOC `{href}` points nowhere: {wanted} is not a TOC file of {locale}"),
                    hint,
                );
            }
        }
    }

    /// How an entry of this file should spell the way to `key`: relative to the TOC's
    /// folder, or a site-root path for breadcrumb `topicHref`s.
    fn spell(&self, key: &str) -> String {
        if self.toc.kind == NavKind::Breadcrumb {
            if is_toc_href(key) {
                format!("/{key}")
            } else {
                site_path(key)
            }
        } else {
            relative(dir_of(&self.toc.key), key)
        }
    }
}

/// The key of the TOC file `href` names, written in `from_key`: site-root paths (with an
/// optional locale prefix) from the locale root, others from `from_key`'s folder.
fn toc_key(model: &Model<'_>, from_key: &str, href: &str) -> Option<String> {
    let path = href.split(['#', '?']).next().unwrap_or("");
    let path = percent_decode_str(path).decode_utf8_lossy().replace('\\', "/");
    match path.strip_prefix('/') {
        Some(rooted) => {
            let base = model.base_path.trim_matches('/');
            let rooted = match rooted.strip_prefix(base).and_then(|r| r.strip_prefix('/')) {
                Some(r) if !base.is_empty() => r,
                _ => rooted,
            };
            let rooted = match rooted.split_once('/') {
                Some((first, rest)) if model.locales.get(&first.to_ascii_lowercase()).is_some() => rest,
                _ => rooted,
            };
            normalize("", rooted)
        }
        None => normalize(dir_of(from_key), &path),
    }
}

/// `key` written relative to folder `dir` (`a/b`, `a/c/x.md` → `../c/x.md`).
fn relative(dir: &str, key: &str) -> String {
    let from: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    let to: Vec<&str> = key.split('/').collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count().min(to.len().saturating_sub(1));
    let mut parts: Vec<&str> = vec![".."; from.len() - common];
    parts.extend(&to[common..]);
    parts.join("/")
}

/// The site-root path of a page key as redirects and breadcrumbs write it
/// (`partner-center/a.md` → `/partner-center/a`, `partner-center/index.yml` → `/partner-center/`).
fn site_path(key: &str) -> String {
    let slug = page_slug(key);
    if is_index(key) {
        format!("/{slug}")
    } else {
        format!("/{}", slug.trim_end_matches('/'))
    }
}

/// The page redirect `i` finally leads to for readers of `locale`, following site-root
/// chains (at most one hop per redirect, so loops end).
fn final_page(model: &Model<'_>, locale: &str, mut i: usize) -> Option<(String, String)> {
    let mut seen = HashSet::new();
    while seen.insert(i) {
        let r = &model.redirects[i];
        if is_external(&r.url) {
            return None;
        }
        match model.resolve(locale, &r.source, &r.url, Want::Page).target {
            Resolved::Found { locale, key, .. } => return Some((model.locale_code(locale).to_string(), key)),
            Resolved::Redirect(j) => i = j,
            _ => return None,
        }
    }
    None
}

/// `toc-orphan`: articles of a locale with at least one TOC that no TOC of that locale
/// reaches. Only articles inside the folder of one of the locale's TOCs are considered
/// (a TOC governs its folder and below, as in DocFX); a landing `index.md` in a TOC's
/// folder counts when a breadcrumb or TOC references it.
fn orphans(input: &CheckInput<'_>, reached: &HashMap<&str, HashSet<String>>, out: &mut Vec<Diagnostic>) {
    let mut toc_dirs: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for t in input.tocs.iter().filter(|t| t.kind != NavKind::Breadcrumb) {
        toc_dirs.entry(t.locale.as_str()).or_default().insert(dir_of(&t.key));
    }
    let none = HashSet::new();
    for page in input.model.content.pages.iter().filter(|p| p.kind == PageKind::Article) {
        let Some(dirs) = toc_dirs.get(page.locale.as_str()) else { continue };
        let governing =
            dirs.iter().filter(|d| d.is_empty() || page.key.starts_with(&format!("{d}/"))).max_by_key(|d| d.len());
        let Some(dir) = governing else { continue };
        if reached.get(page.locale.as_str()).unwrap_or(&none).contains(&page.key) {
            continue;
        }
        let toc = input
            .tocs
            .iter()
            .filter(|t| t.locale == page.locale && t.kind != NavKind::Breadcrumb && dir_of(&t.key) == *dir)
            .map(|t| t.key.as_str())
            .min()
            .unwrap_or("TOC.yml");
        out.push(
            Diagnostic::new(
                Rule::TocOrphan,
                Some(Span::file(page.source.path.clone())),
                format!("article is not reached from any TOC of {}", page.locale),
            )
            .with_hint(format!("add an entry with `href: {}` to {toc}", relative(dir, &page.key))),
        );
    }
}

/// How following a redirect's site-root target ended.
enum Hops {
    /// The target is no redirect.
    Direct,
    /// Through these further redirects (indices), ending off the redirect graph.
    Chain(Vec<usize>),
    /// Back to a redirect already passed: the path from the start, and where the cycle begins.
    Loop(Vec<usize>, usize),
}

fn follow(model: &Model<'_>, start: usize) -> Hops {
    let mut path = vec![start];
    let mut cur = start;
    loop {
        let r = &model.redirects[cur];
        if is_external(&r.url) {
            break;
        }
        match model.resolve(&r.locale, &r.source, &r.url, Want::Page).target {
            Resolved::Redirect(next) => {
                if let Some(at) = path.iter().position(|&p| p == next) {
                    return Hops::Loop(path, at);
                }
                path.push(next);
                cur = next;
            }
            _ => break,
        }
    }
    if path.len() == 1 {
        Hops::Direct
    } else {
        Hops::Chain(path.split_off(1))
    }
}

/// `redirect-source-exists`, `redirect-loop`, `redirect-chain` and
/// `redirect-target-not-found` for every redirect, in file order.
fn redirects(model: &Model<'_>, out: &mut Vec<Diagnostic>) {
    let found: Vec<Vec<Diagnostic>> = (0..model.redirects.len()).into_par_iter().map(|i| redirect(model, i)).collect();
    out.extend(found.into_iter().flatten());
}

fn redirect(model: &Model<'_>, i: usize) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let r = &model.redirects[i];
    let span = Some(r.span.clone());
    if model.page(&r.locale, &r.source).is_some() {
        out.push(
            Diagnostic::new(
                Rule::RedirectSourceExists,
                span.clone(),
                format!("redirect source {} still exists as a page of {}", r.source, r.locale),
            )
            .with_hint(format!(
                "delete {}/{} or remove this redirect; readers see the page, not `{}`",
                r.locale, r.source, r.url
            )),
        );
    }
    if is_external(&r.url) {
        return out;
    }
    let sources =
        |ids: &[usize]| ids.iter().map(|&j| model.redirects[j].source.as_str()).collect::<Vec<_>>().join(" → ");
    match follow(model, i) {
        Hops::Direct => {}
        Hops::Loop(path, at) => {
            let message = if at == 0 {
                format!("redirect loop: {} → {}", sources(&path), r.source)
            } else {
                format!("redirect leads into a loop: {} → {}", sources(&path), model.redirects[path[at]].source)
            };
            out.push(
                Diagnostic::new(Rule::RedirectLoop, span.clone(), message)
                    .with_hint("point one redirect of the loop at an existing page"),
            );
        }
        Hops::Chain(rest) => {
            let last = rest.last().map_or(i, |&j| j);
            let mut d = Diagnostic::new(
                Rule::RedirectChain,
                span.clone(),
                format!("redirect target `{}` is itself redirected: {} → {}", r.url, r.source, sources(&rest)),
            );
            d.hint = Some(match final_page(model, &r.locale, i) {
                Some((_, key)) => format!("redirect straight to `{}`", site_path(&key)),
                None => format!("redirect straight to `{}`", model.redirects[last].url),
            });
            out.push(d);
        }
    }
    if let Resolved::NotFound { wanted, reason } = model.resolve(&r.locale, &r.source, &r.url, Want::Page).target {
        let suggestion = match reason {
            None => model.locale_index(&r.locale).and_then(|li| model.suggest(li, &wanted, Want::Page)),
            Some(_) => None,
        };
        let why = reason.map(|w| format!(" ({w})")).unwrap_or_default();
        let mut d = Diagnostic::new(
            Rule::RedirectTargetNotFound,
            span,
            format!("redirect target `{}` does not exist in {}{why}", r.url, r.locale),
        );
        d.hint = suggestion.map(|s| format!("did you mean `{}`?", site_path(&s)));
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::test_support::{at, date, found, tree, with_input};
    use crate::config::Config;
    use std::path::Path;

    /// Loads, models and renders `root`, then runs this module's check.
    fn run(root: &Path) -> Vec<Diagnostic> {
        with_input(root, &Config::default(), date(2021, 9, 1), |input, toc_diags| {
            assert!(toc_diags.is_empty(), "{toc_diags:?}");
            let mut out = Vec::new();
            check(input, &mut out);
            out
        })
    }

    const PAGE: &str = "# Page\n";
    const REDIRECTS: &str = r#"{"redirections":[
        {"source_path":"docset/old.md","redirect_url":"/docset/new","redirect_document_id":"FALSE"}
    ]}"#;

    #[test]
    fn clean_site_is_quiet() {
        let toc = r"- name: Home
  href: index.md
- name: Group
  items:
    - name: New
      href: new.md
    - name: Section
      href: new.md#part
    - name: Elsewhere
      href: https://example.com/x
    - name: Other docs
      href: /azure/overview
- name: More
  href: more/TOC.md
";
        let dir = tree(&[
            ("pl-pl/docset/TOC.yml", toc),
            ("pl-pl/docset/index.md", PAGE),
            ("pl-pl/docset/new.md", PAGE),
            ("pl-pl/docset/more/TOC.md", "# [Deep](deep.md)\n"),
            ("pl-pl/docset/more/deep.md", PAGE),
            ("pl-pl/docset/breadcrumb/toc.yml", "- name: Docs\n  tocHref: /docset/\n  topicHref: /docset/index\n"),
            ("pl-pl/.openpublishing.redirection.json", REDIRECTS),
            // No TOC in this locale: its articles are not orphans.
            ("sv-se/docset/lonely.md", PAGE),
        ]);
        let d = run(dir.path());
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn invalid_toc_href_with_suggestion_and_nested_toc() {
        let toc = r"- name: A
  href: articel.md
- name: Nested
  href: more/TOC.yml
- name: Up
  href: ../../outside.md
";
        let dir = tree(&[
            ("pl-pl/docset/TOC.yml", toc),
            ("pl-pl/docset/article.md", PAGE),
            ("pl-pl/docset/more/TOC.md", "# [Article](../article.md)\n"),
        ]);
        let d = run(dir.path());
        assert_eq!(
            found(&d, Rule::InvalidTocHref),
            [at("pl-pl/docset/TOC.yml", 2), at("pl-pl/docset/TOC.yml", 4), at("pl-pl/docset/TOC.yml", 6)],
            "{d:?}"
        );
        let hints: Vec<_> = d.iter().filter(|d| d.rule == Rule::InvalidTocHref).map(|d| d.hint.clone()).collect();
        assert_eq!(hints[0].as_deref(), Some("did you mean `article.md`?"));
        assert_eq!(hints[1].as_deref(), Some("the TOC of that folder is `more/TOC.md`"));
        assert_eq!(d[0].severity, crate::diagnostic::Severity::Error);
    }

    #[test]
    fn redirected_fallback_and_case_mismatch_entries() {
        let toc = r"- name: Old
  href: old.md
- name: Only in Swedish
  href: swedish.md
- name: Case
  href: Article.md
- name: Backslash
  href: sub\page.md
";
        let dir = tree(&[
            ("pl-pl/docset/TOC.yml", toc),
            ("pl-pl/docset/new.md", PAGE),
            ("pl-pl/docset/article.md", PAGE),
            ("pl-pl/docset/sub/page.md", PAGE),
            ("pl-pl/.openpublishing.redirection.json", REDIRECTS),
            ("sv-se/docset/swedish.md", PAGE),
        ]);
        let d = run(dir.path());
        assert_eq!(found(&d, Rule::LinkRedirected), [at("pl-pl/docset/TOC.yml", 2)], "{d:?}");
        assert_eq!(found(&d, Rule::LinkFallback), [at("pl-pl/docset/TOC.yml", 4)]);
        assert_eq!(found(&d, Rule::LinkCaseMismatch), [at("pl-pl/docset/TOC.yml", 6)]);
        let redirected = d.iter().find(|d| d.rule == Rule::LinkRedirected).unwrap();
        assert_eq!(redirected.hint.as_deref(), Some("point the entry at `new.md`"));
        let case = d.iter().find(|d| d.rule == Rule::LinkCaseMismatch).unwrap();
        assert_eq!(case.hint.as_deref(), Some("write `article.md`"));
        let backslash: Vec<_> = d.iter().filter(|d| d.rule == Rule::LinkBackslash).collect();
        assert_eq!(backslash.len(), 1, "{d:?}");
        assert_eq!(backslash[0].message, "TOC entry `sub\\page.md` uses backslashes");
        assert_eq!(backslash[0].span.as_ref().unwrap().line, 8);
        // Through the redirect, the case-insensitive match and the backslash path all pages are reached.
        assert!(found(&d, Rule::TocOrphan).is_empty(), "{d:?}");
    }

    #[test]
    fn duplicate_entries_within_one_toc() {
        let toc = r"- name: A
  href: a.md
- name: Group
  items:
    - name: A again
      href: ./a.md
    - name: A section
      href: a.md#part
";
        let dir = tree(&[
            ("pl-pl/docset/TOC.yml", toc),
            ("pl-pl/docset/a.md", PAGE),
            ("pl-pl/docset/more/TOC.md", "# [A](../a.md)\n"),
        ]);
        let d = run(dir.path());
        // The entry in more/TOC.md is another file: not a duplicate.
        assert_eq!(found(&d, Rule::TocDuplicateEntry), [at("pl-pl/docset/TOC.yml", 6)], "{d:?}");
        let dup = d.iter().find(|d| d.rule == Rule::TocDuplicateEntry).unwrap();
        assert!(dup.message.contains("line 2"), "{}", dup.message);
    }

    #[test]
    fn orphans_are_articles_no_toc_reaches() {
        let dir = tree(&[
            ("pl-pl/docset/TOC.yml", "- name: A\n  href: a.md\n- name: News\n  href: news/TOC.md\n"),
            ("pl-pl/docset/a.md", PAGE),
            ("pl-pl/docset/b.md", PAGE),
            ("pl-pl/docset/index.md", PAGE),
            ("pl-pl/docset/news/TOC.md", "# [May](may.md)\n"),
            ("pl-pl/docset/news/may.md", PAGE),
            ("pl-pl/docset/news/june.md", PAGE),
            ("pl-pl/docset/faq.yml", "### YamlMime:FAQ\ntitle: FAQ\nsections: []\n"),
            ("pl-pl/docset/breadcrumb/toc.yml", "- name: Docs\n  tocHref: /docset/\n  topicHref: /docset/index\n"),
            ("pl-pl/other/x.md", PAGE),
        ]);
        let d = run(dir.path());
        // index.md is the breadcrumb's landing; faq.yml is no article; other/ has no TOC.
        assert_eq!(
            found(&d, Rule::TocOrphan),
            [at("pl-pl/docset/b.md", 1), at("pl-pl/docset/news/june.md", 1)],
            "{d:?}"
        );
        let june =
            d.iter().find(|d| d.message.contains("TOC") && d.span.as_ref().unwrap().path.ends_with("june.md")).unwrap();
        assert_eq!(june.hint.as_deref(), Some("add an entry with `href: june.md` to docset/news/TOC.md"));
    }

    #[test]
    fn breadcrumb_topic_hrefs_resolve_from_the_locale_root() {
        let crumbs = r"- name: Docs
  tocHref: /docset/
  topicHref: /docset/index
  items:
    - name: News
      tocHref: /docset/news/
      topicHref: /docset/news/TOC.yml
    - name: Gone
      tocHref: /docset/gone/
      topicHref: /docset/gone/start
- name: Docs
  tocHref: /docset/
  topicHref: /docset/index
  items:
    - name: Marketplace
      tocHref: /azure/marketplace/
      topicHref: /azure/marketplace/
";
        let dir = tree(&[
            ("pl-pl/docset/breadcrumb/toc.yml", crumbs),
            ("pl-pl/docset/index.md", PAGE),
            ("pl-pl/docset/news/TOC.md", "# [May](may.md)\n"),
            ("pl-pl/docset/news/may.md", PAGE),
            ("pl-pl/docset/gone/stale.md", PAGE),
        ]);
        let d = run(dir.path());
        let path = "pl-pl/docset/breadcrumb/toc.yml";
        assert_eq!(found(&d, Rule::InvalidTocHref), [at(path, 7), at(path, 10)], "{d:?}");
        assert_eq!(d.len(), 2, "{d:?}");
        assert_eq!(d[0].hint.as_deref(), Some("the TOC of that folder is `/docset/news/TOC.md`"));
        assert_eq!(d[1].hint.as_deref(), Some("did you mean `/docset/gone/stale`?"));
        // The repeated root entry is no `toc-duplicate-entry`; news/TOC.md reaches may.md;
        // index.md and gone/stale.md lie outside news/, the only TOC folder.
        assert!(found(&d, Rule::TocOrphan).is_empty(), "{d:?}");
    }

    #[test]
    fn redirect_source_exists_and_target_not_found() {
        let redirects = r#"{"redirections":[
            {"source_path":"docset/old.md","redirect_url":"/docset/new","redirect_document_id":"FALSE"},
            {"source_path":"docset/kept.md","redirect_url":"/docset/new","redirect_document_id":"FALSE"},
            {"source_path":"docset/typo.md","redirect_url":"/docset/nwe","redirect_document_id":"FALSE"},
            {"source_path":"docset/away.md","redirect_url":"/azure/overview","redirect_document_id":"FALSE"},
            {"source_path":"docset/web.md","redirect_url":"https://example.com/docset/nothing","redirect_document_id":"FALSE"}
        ]}"#;
        let dir = tree(&[
            ("pl-pl/.openpublishing.redirection.json", redirects),
            ("pl-pl/docset/new.md", PAGE),
            ("pl-pl/docset/kept.md", PAGE),
        ]);
        let d = run(dir.path());
        let file = "pl-pl/.openpublishing.redirection.json";
        assert_eq!(found(&d, Rule::RedirectSourceExists), [at(file, 3)], "{d:?}");
        assert_eq!(found(&d, Rule::RedirectTargetNotFound), [at(file, 4)]);
        let nf = d.iter().find(|d| d.rule == Rule::RedirectTargetNotFound).unwrap();
        assert_eq!(nf.hint.as_deref(), Some("did you mean `/docset/new`?"));
        assert_eq!(d.len(), 2, "{d:?}");
    }

    #[test]
    fn redirect_chains_and_loops() {
        let redirects = r#"{"redirections":[
            {"source_path":"docset/a.md","redirect_url":"/docset/b","redirect_document_id":"FALSE"},
            {"source_path":"docset/b.md","redirect_url":"/docset/final","redirect_document_id":"FALSE"},
            {"source_path":"docset/x.md","redirect_url":"/docset/y","redirect_document_id":"FALSE"},
            {"source_path":"docset/y.md","redirect_url":"/docset/x","redirect_document_id":"FALSE"},
            {"source_path":"docset/into.md","redirect_url":"/docset/x","redirect_document_id":"FALSE"},
            {"source_path":"docset/self.md","redirect_url":"/docset/self","redirect_document_id":"FALSE"}
        ]}"#;
        let dir = tree(&[("pl-pl/.openpublishing.redirection.json", redirects), ("pl-pl/docset/final.md", PAGE)]);
        let d = run(dir.path());
        let file = "pl-pl/.openpublishing.redirection.json";
        assert_eq!(found(&d, Rule::RedirectChain), [at(file, 2)], "{d:?}");
        let chain = d.iter().find(|d| d.rule == Rule::RedirectChain).unwrap();
        assert_eq!(chain.hint.as_deref(), Some("redirect straight to `/docset/final`"));
        assert_eq!(found(&d, Rule::RedirectLoop), [at(file, 4), at(file, 5), at(file, 6), at(file, 7)]);
        let loops: Vec<_> = d.iter().filter(|d| d.rule == Rule::RedirectLoop).map(|d| d.message.as_str()).collect();
        assert_eq!(loops[0], "redirect loop: docset/x.md → docset/y.md → docset/x.md");
        assert_eq!(loops[2], "redirect leads into a loop: docset/into.md → docset/x.md → docset/y.md → docset/x.md");
        assert_eq!(loops[3], "redirect loop: docset/self.md → docset/self.md");
        assert!(found(&d, Rule::RedirectTargetNotFound).is_empty());
    }

    const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");

    #[test]
    fn real_corpus_findings() {
        let root = Path::new(CORPUS);
        assert!(root.is_dir(), "the Partner Center corpus is expected at {CORPUS}");
        with_input(root, &Config::default(), date(2021, 9, 1), |input, _| corpus_findings(input));
    }

    fn corpus_findings(input: &CheckInput<'_>) {
        let model = input.model;
        assert_eq!(input.tocs.len(), 15);
        let mut d = Vec::new();
        crate::checks::front_matter::check(input, &mut d);
        let front_matter = d.len();
        check(input, &mut d);
        let d = d.split_off(front_matter);
        assert!(!model.redirects.is_empty());
        // The same article twice in the ru-ru, zh-cn and zh-tw TOCs ("become a control panel vendor").
        let dups = found(&d, Rule::TocDuplicateEntry);
        assert_eq!(
            dups,
            [
                at("ru-ru/partner-center/TOC.yml", 218),
                at("zh-cn/partner-center/TOC.yml", 218),
                at("zh-tw/partner-center/TOC.yml", 244)
            ]
        );
        let first = d.iter().find(|x| x.rule == Rule::TocDuplicateEntry).unwrap();
        assert_eq!(first.message, "TOC entry `enroll-as-cpv.md` repeats the target of the entry on line 199");
        // `Get-special-pricing-for-offers.md`: only a case-insensitive match.
        let case = found(&d, Rule::LinkCaseMismatch);
        assert!(case.contains(&at("zh-cn/partner-center/TOC.yml", 603)), "{case:?}");
        assert_eq!(case.len(), 3);
        // Announcements dropped from announcements/TOC.md, and a zh-tw FAQ kept as Markdown
        // while its TOC entry went away.
        let orphans = found(&d, Rule::TocOrphan);
        for hit in [
            at("zh-cn/partner-center/announcements/2021-june.md", 1),
            at("pl-pl/partner-center/announcements/2020-april.md", 1),
            at("zh-tw/partner-center/benefits-faq-new.md", 1),
            at("ru-ru/partner-center/usage-based-recon-files.md", 1),
        ] {
            assert!(orphans.contains(&hit), "{hit:?} not in {orphans:?}");
        }
        assert_eq!(orphans.len(), 28);
        // Every TOC entry resolves, redirects are clean (sources deleted, no chains), and
        // the pl-pl/sv-se breadcrumb's repeated root entry is not a duplicate.
        for rule in [
            Rule::InvalidTocHref,
            Rule::LinkFallback,
            Rule::LinkRedirected,
            Rule::RedirectSourceExists,
            Rule::RedirectChain,
            Rule::RedirectLoop,
            Rule::RedirectTargetNotFound,
        ] {
            assert!(found(&d, rule).is_empty(), "{rule}: {:?}", found(&d, rule));
        }
        assert_eq!(d.len(), 3 + 3 + 28, "{d:?}");
    }

    #[test]
    fn path_helpers() {
        assert_eq!(relative("pc/news", "pc/a.md"), "../a.md");
        assert_eq!(relative("pc", "pc/news/a.md"), "news/a.md");
        assert_eq!(relative("", "pc/a.md"), "pc/a.md");
        assert_eq!(relative("pc", "pc"), "../pc");
        assert_eq!(site_path("pc/a.md"), "/pc/a");
        assert_eq!(site_path("pc/index.yml"), "/pc/");
    }
}
