//! `hreflang` alternates: what the site writes (one function, [`alternates`], used by
//! the page templates, the sitemap and these checks alike) and the `hreflang-*` rules
//! that hold every cluster to Google's requirements for localized versions
//! (<https://developers.google.com/search/docs/specialty/international/localized-versions>)
//! and RFC 5646:
//!
//! * `hreflang-not-reciprocal`: page A names B as an alternate, B does not name A (or
//!   B is no page with alternates of its own);
//! * `hreflang-missing-self`: a page's alternates do not include the page itself;
//! * `hreflang-invalid-tag`: a label is not a well-formed BCP 47 language tag;
//! * `hreflang-locale-mismatch`: a label names another locale than the locale prefix of
//!   its URL (`/zh-cn/…` labelled `zh-TW`, or a folder `pt_br` labelled `pt-BR`);
//! * `hreflang-x-default`: a cluster has no `x-default`, or more than one.
//!
//! Part of the check stage; computed from the model, never from HTML. A translation set
//! is the pages of every locale published at one URL ([`Model::translations`]); its
//! cluster lists each with the locale's BCP 47 tag and an `x-default` (the default
//! locale's page, else the first translation's). Fallback copies carry no alternates:
//! their canonical URL is the real page, and a non-canonical page in a cluster is an
//! error to search engines.

use super::CheckInput;
use crate::diagnostic::{Diagnostic, Rule, Span};
use crate::model::Model;

/// The `hreflang` value of the cluster's default entry.
pub const X_DEFAULT: &str = "x-default";

/// One `<link rel="alternate" hreflang>` (or sitemap `xhtml:link`) of a page.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct HreflangLink {
    /// BCP 47 tag of the locale (`zh-CN`), or `x-default`.
    pub hreflang: String,
    /// Root-relative URL of the page in that locale (`/zh-cn/partner-center/x/`; the
    /// site prefixes the origin of `base_url` when it has one).
    pub url: String,
}

/// The alternates written on every page of the translation set of `key`, in locale
/// order, `x-default` last: one entry per locale that has its own page at that URL,
/// then `x-default` for the default locale's page (else the first translation's).
/// Empty when no locale has the page.
pub fn alternates(model: &Model<'_>, key: &str) -> Vec<HreflangLink> {
    let real = model.translations(key);
    let mut out: Vec<HreflangLink> = real
        .iter()
        .filter_map(|p| model.locales.get(&p.locale))
        .map(|m| HreflangLink { hreflang: m.bcp47.clone(), url: model.page_url(&m.code, key) })
        .collect();
    if let Some(d) = real.iter().find(|p| p.locale == model.locales.default).or(real.first()) {
        out.push(HreflangLink { hreflang: X_DEFAULT.into(), url: model.page_url(&d.locale, key) });
    }
    out
}

/// A page as the build writes it, with its alternates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenPage {
    /// Its source file, relative to the content root (where findings are reported).
    pub path: String,
    /// Its root-relative URL.
    pub url: String,
    /// Its alternates ([`alternates`]).
    pub alternates: Vec<HreflangLink>,
}

/// Every page the build writes with alternates: each locale's own pages (fallback copies
/// have none), in locale and URL order.
pub fn written_pages(model: &Model<'_>) -> Vec<WrittenPage> {
    let mut out = Vec::new();
    for (li, l) in model.locales.locales.iter().enumerate() {
        let mut slugs: Vec<(&String, &usize)> = model.index[li].by_url.iter().collect();
        slugs.sort();
        for (_, &idx) in slugs {
            let page = &model.content.pages[idx];
            out.push(WrittenPage {
                path: page.source.path.clone(),
                url: model.page_url(&l.code, &page.key),
                alternates: alternates(model, &page.key),
            });
        }
    }
    out
}

/// Appends the `hreflang-*` findings of the site's pages.
pub fn check(input: &CheckInput<'_>, out: &mut Vec<Diagnostic>) {
    check_pages(&written_pages(input.model), &input.model.base_path, out);
}

/// The `hreflang-*` findings of `pages` (URLs under `base_path`, `/` or `/help/`).
pub fn check_pages(pages: &[WrittenPage], base_path: &str, out: &mut Vec<Diagnostic>) {
    let by_url: crate::hash::HashMap<&str, &WrittenPage> = pages.iter().map(|p| (p.url.as_str(), p)).collect();
    for page in pages {
        let at = || Some(Span::file(page.path.clone()));
        if page.alternates.is_empty() {
            continue;
        }
        let defaults = page.alternates.iter().filter(|a| a.hreflang == X_DEFAULT).count();
        if defaults != 1 {
            out.push(
                Diagnostic::new(
                    Rule::HreflangXDefault,
                    at(),
                    format!("the alternates of {} have {defaults} `x-default` entries", page.url),
                )
                .with_hint("give every cluster exactly one `x-default` (the default locale's page)"),
            );
        }
        if !page.alternates.iter().any(|a| a.url == page.url && a.hreflang != X_DEFAULT) {
            out.push(
                Diagnostic::new(
                    Rule::HreflangMissingSelf,
                    at(),
                    format!("the alternates of {} do not include the page itself", page.url),
                )
                .with_hint("list the page among its own alternates, with its locale's tag"),
            );
        }
        for alt in &page.alternates {
            if alt.hreflang != X_DEFAULT {
                if !is_bcp47(&alt.hreflang) {
                    out.push(
                        Diagnostic::new(
                            Rule::HreflangInvalidTag,
                            at(),
                            format!(
                                "hreflang `{}` (for {}) is not a well-formed BCP 47 language tag",
                                alt.hreflang, alt.url
                            ),
                        )
                        .with_hint("name the locale folder with a BCP 47 tag such as `zh-cn` or `sr-latn-rs`"),
                    );
                }
                let prefix = locale_prefix(&alt.url, base_path);
                if !prefix.eq_ignore_ascii_case(&alt.hreflang) {
                    out.push(
                        Diagnostic::new(
                            Rule::HreflangLocaleMismatch,
                            at(),
                            format!(
                                "hreflang `{}` labels {}, whose locale prefix is `{prefix}`",
                                alt.hreflang, alt.url
                            ),
                        )
                        .with_hint("spell the locale folder as its BCP 47 tag in lower case, with `-` between subtags"),
                    );
                }
            }
            if alt.url == page.url {
                continue;
            }
            let back = by_url.get(alt.url.as_str());
            if !back.is_some_and(|b| b.alternates.iter().any(|a| a.url == page.url)) {
                let why = if back.is_some() { "does not name it back" } else { "is no page with alternates" };
                out.push(
                    Diagnostic::new(
                        Rule::HreflangNotReciprocal,
                        at(),
                        format!("{} names {} (`{}`) as an alternate, which {why}", page.url, alt.url, alt.hreflang),
                    )
                    .with_hint("every page of a cluster must list every other page of it"),
                );
            }
        }
    }
}

/// The first path segment of `url` after `base_path` (`/help/zh-cn/x/` → `zh-cn`).
fn locale_prefix<'u>(url: &'u str, base_path: &str) -> &'u str {
    let rest = url.strip_prefix(base_path).unwrap_or(url.trim_start_matches('/'));
    rest.split('/').next().unwrap_or("")
}

/// Whether `tag` is a well-formed BCP 47 language tag (RFC 5646 §2.1: language with
/// optional extended language subtags, script, region, variants, extensions and private
/// use, in that order, `-` between subtags; the grandfathered tags are not accepted).
pub fn is_bcp47(tag: &str) -> bool {
    let alpha = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic())
    };
    let alnum = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric())
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = tag.split('-').collect();
    let at = |i: usize| parts.get(i).copied().unwrap_or("");
    // language = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA; extlang = 3ALPHA *2("-" 3ALPHA)
    let mut i;
    if alpha(at(0), 2..=3) {
        i = 1;
        let mut ext = 0;
        while ext < 3 && alpha(at(i), 3..=3) {
            i += 1;
            ext += 1;
        }
    } else if alpha(at(0), 4..=8) {
        i = 1;
    } else {
        return false;
    }
    if alpha(at(i), 4..=4) {
        i += 1; // script
    }
    if alpha(at(i), 2..=2) || digits(at(i), 3) {
        i += 1; // region
    }
    // variant = 5*8alphanum / (DIGIT 3alphanum)
    while i < parts.len()
        && (alnum(at(i), 5..=8) || (at(i).len() == 4 && at(i).as_bytes()[0].is_ascii_digit() && alnum(at(i), 4..=4)))
    {
        i += 1;
    }
    // extension = singleton 1*("-" (2*8alphanum)); privateuse = "x" 1*("-" (1*8alphanum))
    while i < parts.len() {
        let single = at(i);
        if single.len() != 1 || !alnum(single, 1..=1) {
            return false;
        }
        let private = single.eq_ignore_ascii_case("x");
        let min = if private { 1 } else { 2 };
        let start = i + 1;
        i = start;
        while i < parts.len() && alnum(at(i), min..=8) && (private || at(i).len() > 1) {
            i += 1;
        }
        if i == start {
            return false;
        }
        if private && i < parts.len() {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests;
