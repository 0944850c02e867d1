//! Fallback copies: a page a locale lacks is published at that locale's URL with another
//! locale's content, and its links lead to the reader's own translations (see
//! [`Model::url_for`]). A link whose `#fragment` its own locale's target has but the
//! reader's translation of the target lacks (an older version of it) lands on a page
//! without that section: `fallback-bookmark-not-found`, reported at the link in the
//! source file, naming the reader's locale and its translation.
//!
//! Part of the check stage; reads the facts of the pages the copies show.

use super::CheckInput;
use crate::diagnostic::{Diagnostic, Rule};
use crate::link::{fragment, page_slug, Resolved, Via, Want};
use crate::markdown::LinkKind;
use crate::model::Model;
use rayon::prelude::*;

/// Appends the findings of every fallback copy, in (locale, URL) order.
pub fn check(input: &CheckInput<'_>, out: &mut Vec<Diagnostic>) {
    let model = input.model;
    let jobs: Vec<(usize, &String)> = (0..model.locales.locales.len())
        .flat_map(|li| model.urls.iter().map(move |u| (li, u)))
        .filter(|(li, u)| !model.index[*li].by_url.contains_key(*u))
        .collect();
    let found: Vec<Vec<Diagnostic>> = jobs.par_iter().map(|&(li, slug)| copy(input, li, slug)).collect();
    out.extend(found.into_iter().flatten());
}

/// The page index a reader of locale index `li` lands on for URL slug `slug`.
fn landing(model: &Model<'_>, li: usize, slug: &str) -> Option<usize> {
    let p = model.page_or_fallback_at(model.locale_code(li), slug)?;
    let pi = model.locale_index(&p.locale)?;
    model.index[pi].by_url.get(slug).copied()
}

/// Whether page index `idx` has anchor `frag`.
fn has_anchor(input: &CheckInput<'_>, idx: usize, frag: &str) -> bool {
    input.rendered.get(idx).is_some_and(|rp| rp.rendered.anchors.iter().any(|a| a == frag))
}

/// The findings of the fallback copy of URL `slug` for readers of locale index `li`.
fn copy(input: &CheckInput<'_>, li: usize, slug: &str) -> Vec<Diagnostic> {
    let model = input.model;
    let mut out = Vec::new();
    let Some(shown) = landing(model, li, slug) else { return out };
    let Some(rp) = input.rendered.get(shown) else { return out };
    let reader = model.locale_code(li);
    for fact in rp.rendered.links.iter().filter(|f| f.kind == LinkKind::Link) {
        let Some(frag) = fragment(&fact.dest) else { continue };
        if frag.is_empty() || frag.starts_with("tab/") {
            continue;
        }
        // Where the link leads in its own locale; a fragment missing there is the
        // ordinary `bookmark-not-found`.
        let Some(Resolved::Found { locale: own_l, key: own_key, .. }) = fact.resolution.as_ref().map(|r| &r.target)
        else {
            continue;
        };
        let own = model.index.get(*own_l).and_then(|i| i.pages.get(own_key)).copied();
        if !own.is_some_and(|o| has_anchor(input, o, &frag)) {
            continue;
        }
        let r = model.resolve(reader, &fact.from_key, &fact.dest, Want::Page);
        let Resolved::Found { locale: l, key, via } = r.target else { continue };
        let target_slug = page_slug(&key);
        let lands = match via {
            Via::Direct => model.index[l].by_url.get(&target_slug).copied(),
            _ if model.publishes(reader, &target_slug) => landing(model, li, &target_slug),
            _ => model.index[l].by_url.get(&target_slug).copied(),
        };
        let Some(lands) = lands else { continue };
        if Some(lands) == own || has_anchor(input, lands, &frag) {
            continue;
        }
        let file = &model.content.pages[lands].source.path;
        out.push(
            Diagnostic::new(
                Rule::FallbackBookmarkNotFound,
                Some(fact.span.clone()),
                format!(
                    "on the {reader} fallback copy of this page, `{}` leads to `{file}`, which has no `#{frag}`",
                    fact.dest
                ),
            )
            .with_hint(format!("update the {reader} translation `{file}`, or link without the fragment")),
        );
    }
    out
}
