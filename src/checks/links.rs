//! Link checks: every link, image and media reference of every rendered page.
//!
//! Part of the check stage. It reads the link facts rendering returned
//! ([`crate::markdown::LinkFact`]) with the resolution rendering stored in each (computed
//! once by [`Model::resolve`] in the locale of the page that holds it; see "Link
//! resolution" in DESIGN.md) and reports what the resolution found: `file-not-found`,
//! `link-case-mismatch`, `link-fallback`, `link-redirected`, `link-out-of-scope`,
//! `link-backslash`, `link-space`, `image-not-found`, and `bookmark-not-found` for a
//! `#fragment` that names no heading id or anchor of its target page. External
//! `http(s)` URLs are listed, not fetched. Includes are not checked here: rendering
//! already reports `include-not-found` and `circular-reference`.
//!
//! Pages are checked in parallel; results are merged in page order, so the output is
//! deterministic, and the same finding reached twice (a link in an include file used by
//! several pages) is reported once.

use super::CheckInput;
use crate::diagnostic::ExternalLink;
use crate::diagnostic::{Diagnostic, Rule, Span};
use crate::hash::{HashSet, HashSetExt};
use crate::link::{dir_of, fragment, Resolution, Resolved, Via, Want};
use crate::markdown::{LinkFact, LinkKind};
use crate::model::Model;
use crate::render::RenderedPage;
use rayon::prelude::*;
use std::sync::OnceLock;

#[cfg(test)]
mod tests;

/// Minimum normalized Levenshtein similarity (strsim, 0–1) for an anchor to be offered
/// as "did you mean"; the same bound [`Model::suggest`] uses for file names.
const SIMILAR: f64 = 0.6;

/// Runs the link checks on every page of `input.rendered`, appending diagnostics to `out`
/// and every external `http:`/`https:` URL (with where it is written) to `external`.
///
/// Each page is checked in the locale it is rendered for. Diagnostics come in page order,
/// then document order; an identical finding (same rule, span and message) is pushed once.
pub fn check(input: &CheckInput<'_>, out: &mut Vec<Diagnostic>, external: &mut Vec<ExternalLink>) {
    let cx = Checker::new(input.model, input.rendered);
    let per_page: Vec<PageFindings> = (0..input.rendered.len()).into_par_iter().map(|pos| cx.page(pos)).collect();

    let mut seen_diags: HashSet<(Rule, &Option<Span>, &str)> =
        HashSet::with_capacity(per_page.iter().map(|f| f.diagnostics.len()).sum());
    let mut seen_links: HashSet<(&str, &Span)> =
        HashSet::with_capacity(per_page.iter().map(|f| f.external.len()).sum());
    let mut keep_diags = Vec::new();
    let mut keep_links = Vec::new();
    for f in &per_page {
        keep_diags.extend(f.diagnostics.iter().map(|d| seen_diags.insert((d.rule, &d.span, d.message.as_str()))));
        keep_links.extend(f.external.iter().map(|l| seen_links.insert((l.url.as_str(), &l.span))));
    }
    drop(seen_diags);
    drop(seen_links);
    let mut keep_diags = keep_diags.into_iter();
    let mut keep_links = keep_links.into_iter();
    for f in per_page {
        out.extend(f.diagnostics.into_iter().filter(|_| keep_diags.next().unwrap_or(false)));
        external.extend(f.external.into_iter().filter(|_| keep_links.next().unwrap_or(false)));
    }
}

/// What one page's links produced.
#[derive(Default)]
struct PageFindings {
    diagnostics: Vec<Diagnostic>,
    external: Vec<ExternalLink>,
}

/// Lookups built once per run and shared by all pages.
struct Checker<'a> {
    model: &'a Model<'a>,
    rendered: &'a [RenderedPage],
    /// Index into `content.pages` → position in `rendered`.
    by_page: Vec<Option<usize>>,
    /// Per position in `rendered`: the page's anchors, for exact lookups; made on the first
    /// bookmark into the page (most pages are the target of none).
    anchors: Vec<OnceLock<HashSet<&'a str>>>,
}

impl<'a> Checker<'a> {
    fn new(model: &'a Model<'a>, rendered: &'a [RenderedPage]) -> Checker<'a> {
        let mut by_page = vec![None; model.content.pages.len()];
        for (pos, rp) in rendered.iter().enumerate() {
            if let Some(slot) = by_page.get_mut(rp.page) {
                // `render_sources` renders each page once; keep the first if not.
                slot.get_or_insert(pos);
            }
        }
        let anchors = rendered.iter().map(|_| OnceLock::new()).collect();
        Checker { model, rendered, by_page, anchors }
    }

    /// Position in `rendered` of page `key` of locale index `li`, when it is a page (not an asset).
    fn position(&self, li: usize, key: &str) -> Option<usize> {
        let idx = *self.model.index.get(li)?.pages.get(key)?;
        self.by_page.get(idx).copied().flatten()
    }

    /// "Did you mean" for a target that is simply absent (not one whose path is invalid).
    fn suggestion(&self, locale: &str, wanted: &str, reason: &Option<String>, want: Want) -> Option<String> {
        if reason.is_some() {
            return None;
        }
        self.model.suggest(self.model.locale_index(locale)?, wanted, want)
    }

    fn page(&self, pos: usize) -> PageFindings {
        let mut found = PageFindings::default();
        let rp = &self.rendered[pos];
        let Some(page) = self.model.content.pages.get(rp.page) else { return found };
        for fact in &rp.rendered.links {
            match fact.kind {
                LinkKind::Link => self.link(pos, &rp.locale, fact, &mut found),
                LinkKind::Image | LinkKind::Media => self.asset(&page.locale, fact, &mut found),
                LinkKind::Include => {}
            }
        }
        found
    }

    /// A `[text](dest)` link (or a YAML page's link) on the page at `pos`, read in `locale`.
    fn link(&self, pos: usize, locale: &str, fact: &LinkFact, found: &mut PageFindings) {
        let resolved;
        let r = match &fact.resolution {
            Some(r) => r,
            None => {
                resolved = self.model.resolve(locale, &fact.from_key, &fact.dest, Want::Page);
                &resolved
            }
        };
        problems(r, fact, found);
        let dest = fact.dest.as_str();
        let mut diags = Vec::new();
        let mut diag = |rule: Rule, message: String, hint: Option<String>| diags.push((rule, message, hint));
        match &r.target {
            Resolved::External => {
                if is_http(dest) {
                    found.external.push(ExternalLink { url: fact.dest.clone(), span: fact.span.clone() });
                }
            }
            Resolved::SamePage => {
                found.diagnostics.extend(self.bookmark(pos, fact));
            }
            Resolved::Found { locale: target, key, via } => {
                let target_locale = self.model.locale_code(*target);
                match via {
                    Via::Direct => {}
                    Via::Fallback => diag(
                        Rule::LinkFallback,
                        format!("link `{dest}` resolves only in fallback locale {target_locale} (`{target_locale}/{key}`); the reader leaves {locale}"),
                        None,
                    ),
                    Via::CaseMismatch => diag(
                        Rule::LinkCaseMismatch,
                        format!("link `{dest}` matches `{target_locale}/{key}` only when case is ignored"),
                        Some(format!("write `{}`", written_form(dest, &fact.from_key, key, Want::Page))),
                    ),
                }
                found.diagnostics.extend(self.position(*target, key).and_then(|t| self.bookmark(t, fact)));
            }
            Resolved::Redirect(i) => {
                let to = self.model.redirects.get(*i).map_or("", |x| x.url.as_str());
                diag(
                    Rule::LinkRedirected,
                    format!("link `{dest}` points at a redirected page; it now leads to `{to}`"),
                    None,
                );
            }
            Resolved::OutOfScope => diag(
                Rule::LinkOutOfScope,
                format!("link `{dest}` points outside the docsets of the content tree; not checked"),
                None,
            ),
            Resolved::NotFound { wanted, reason } => {
                let suggestion = self.suggestion(locale, wanted, reason, Want::Page);
                let (message, hint) = not_found(
                    "link",
                    dest,
                    locale,
                    &fact.from_key,
                    wanted,
                    suggestion.as_deref(),
                    reason.as_deref(),
                    Want::Page,
                );
                diag(Rule::FileNotFound, message, hint);
            }
        }
        push(found, fact, diags);
    }

    /// An image or media source, resolved in `locale` (the locale the page's file is in,
    /// as the renderer does: images live with the content).
    fn asset(&self, locale: &str, fact: &LinkFact, found: &mut PageFindings) {
        let resolved;
        let r = match &fact.resolution {
            Some(r) => r,
            None => {
                resolved = self.model.resolve(locale, &fact.from_key, &fact.dest, Want::Asset);
                &resolved
            }
        };
        problems(r, fact, found);
        let dest = fact.dest.as_str();
        let what = if fact.kind == LinkKind::Media { "media" } else { "image" };
        let mut diags = Vec::new();
        let mut diag = |rule: Rule, message: String, hint: Option<String>| diags.push((rule, message, hint));
        match &r.target {
            Resolved::External => {
                if is_http(dest) {
                    found.external.push(ExternalLink { url: fact.dest.clone(), span: fact.span.clone() });
                }
            }
            // Images of a localized page usually live with the source locale only: a
            // fallback hit is the normal case, not a finding.
            Resolved::Found { via: Via::Direct | Via::Fallback, .. } | Resolved::SamePage | Resolved::Redirect(_) => {}
            Resolved::Found { locale: l, key, via: Via::CaseMismatch } => diag(
                Rule::LinkCaseMismatch,
                format!("{what} `{dest}` matches `{}/{key}` only when case is ignored", self.model.locale_code(*l)),
                Some(format!("write `{}`", written_form(dest, &fact.from_key, key, Want::Asset))),
            ),
            Resolved::OutOfScope => diag(
                Rule::LinkOutOfScope,
                format!("{what} `{dest}` points outside the docsets of the content tree; not checked"),
                None,
            ),
            Resolved::NotFound { wanted, reason } => {
                let suggestion = self.suggestion(locale, wanted, reason, Want::Asset);
                let (message, hint) = not_found(
                    what,
                    dest,
                    locale,
                    &fact.from_key,
                    wanted,
                    suggestion.as_deref(),
                    reason.as_deref(),
                    Want::Asset,
                );
                diag(Rule::ImageNotFound, message, hint);
            }
        }
        push(found, fact, diags);
    }

    /// `bookmark-not-found` when the fragment of the link names no anchor of the page at
    /// position `target` (heading ids and `<a name>` anchors of articles, question ids of
    /// FAQ pages). Tab selectors (`#tab/…`) and empty fragments are not checked.
    fn bookmark(&self, target: usize, fact: &LinkFact) -> Option<Diagnostic> {
        let frag = fragment(&fact.dest)?;
        let frag = frag.as_ref();
        if frag.is_empty() || frag.starts_with("tab/") {
            return None;
        }
        let rp = self.rendered.get(target)?;
        let page = self.model.content.pages.get(rp.page)?;
        let anchors =
            self.anchors.get(target)?.get_or_init(|| rp.rendered.anchors.iter().map(String::as_str).collect());
        if anchors.contains(frag) {
            return None;
        }
        let lower = frag.to_lowercase();
        let hint = match rp.rendered.anchors.iter().find(|a| a.to_lowercase() == lower) {
            Some(a) => Some(format!("write `#{a}`: ids are case-sensitive")),
            None => closest(frag, &rp.rendered.anchors).map(|a| format!("did you mean `#{a}`?")),
        };
        let mut d = Diagnostic::new(
            Rule::BookmarkNotFound,
            Some(fact.span.clone()),
            format!("`#{frag}` names no heading or anchor of `{}`", page.source.path),
        );
        d.hint = hint;
        Some(d)
    }
}

/// Adds `(rule, message, hint)` findings at the span of `fact`.
fn push(found: &mut PageFindings, fact: &LinkFact, diags: Vec<(Rule, String, Option<String>)>) {
    for (rule, message, hint) in diags {
        let mut d = Diagnostic::new(rule, Some(fact.span.clone()), message);
        d.hint = hint;
        found.diagnostics.push(d);
    }
}

/// The path-level author errors resolution found (`link-backslash`, `link-space`).
fn problems(r: &Resolution, fact: &LinkFact, found: &mut PageFindings) {
    for (rule, message) in &r.problems {
        found.diagnostics.push(Diagnostic::new(*rule, Some(fact.span.clone()), message.clone()));
    }
}

/// Message and hint for a target that does not exist.
#[allow(clippy::too_many_arguments)]
fn not_found(
    what: &str,
    dest: &str,
    locale: &str,
    from_key: &str,
    wanted: &str,
    suggestion: Option<&str>,
    reason: Option<&str>,
    want: Want,
) -> (String, Option<String>) {
    let message = match reason {
        Some(why) => format!("{what} `{dest}` cannot resolve: {why}"),
        None => format!("{what} `{dest}` not found: no `{wanted}` in {locale} or its fallback locales"),
    };
    (message, suggestion.map(|s| format!("did you mean `{}`?", written_form(dest, from_key, s, want))))
}

/// Whether `dest` is an `http:` or `https:` URL (the only external links listed).
fn is_http(dest: &str) -> bool {
    let scheme = dest.split_once(':').map_or("", |(s, _)| s);
    scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")
}

/// The most similar anchor (normalized Levenshtein ≥ [`SIMILAR`]); ties go to the
/// earliest on the page.
fn closest<'s>(frag: &str, anchors: &'s [String]) -> Option<&'s str> {
    let mut best: Option<(f64, &str)> = None;
    for a in anchors.iter().filter(|a| !a.starts_with("tab/")) {
        let score = strsim::normalized_levenshtein(frag, a);
        if score >= SIMILAR && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, a));
        }
    }
    best.map(|(_, a)| a)
}

/// How the author of `dest` (written in file `from_key`) would write a link to `key`:
/// site-root (`/docset/x`) when `dest` is site-root, else relative to the linking file's
/// folder (`agreements.md`, `../x.md`). A page extension is kept only when `dest` had
/// one.
fn written_form(dest: &str, from_key: &str, key: &str, want: Want) -> String {
    let path = dest.split(['#', '?']).next().unwrap_or("").replace('\\', "/");
    let last = path.trim_end_matches('/').rsplit('/').next().unwrap_or("").to_ascii_lowercase();
    let has_ext = [".md", ".yml", ".yaml"].iter().any(|e| last.ends_with(e));
    let target = if want == Want::Page && !has_ext {
        let stem = key
            .strip_suffix(".md")
            .or_else(|| key.strip_suffix(".yml"))
            .or_else(|| key.strip_suffix(".yaml"))
            .unwrap_or(key);
        match stem.strip_suffix("index") {
            Some(folder) if folder.is_empty() || folder.ends_with('/') => folder,
            _ => stem,
        }
    } else {
        key
    };
    if path.starts_with('/') {
        format!("/{target}")
    } else {
        relative(dir_of(from_key), target)
    }
}

/// `key` relative to folder `from_dir` (both relative to the locale root).
fn relative(from_dir: &str, key: &str) -> String {
    let from: Vec<&str> = from_dir.split('/').filter(|s| !s.is_empty()).collect();
    let to: Vec<&str> = key.split('/').collect();
    let folders = to.len().saturating_sub(1);
    let common = from.iter().zip(&to[..folders]).take_while(|(a, b)| a == b).count();
    let mut out = "../".repeat(from.len() - common);
    out.push_str(&to[common..].join("/"));
    if out.is_empty() {
        "./".into()
    } else {
        out
    }
}
