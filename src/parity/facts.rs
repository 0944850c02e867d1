//! The one place parity obtains its input: the loaded pages with the facts rendering
//! returned for each (headings, anchors, links, blocks), paired by URL, and the TOCs —
//! all borrowed from the shared analysis step ([`crate::analysis`]).

use crate::content::Page;
use crate::hash::HashSet;
use crate::link::page_slug;
use crate::markdown::Rendered;
use crate::model::Model;
use crate::nav::Toc;
use crate::render::RenderedPage;
use std::collections::BTreeMap;

/// One published page of one locale with its facts.
#[derive(Debug)]
pub struct FactsPage<'p> {
    /// The page (front matter in `page.meta`, raw text in `page.source`).
    pub page: &'p Page,
    /// Its site URL (`/zh-cn/partner-center/agreements/`, as `Model::page_url`).
    pub url: String,
    /// Facts of its own file, rendered in its own locale.
    pub rendered: &'p Rendered,
}

/// Everything parity reads.
#[derive(Debug)]
pub struct Facts<'p> {
    /// Locale codes in the site's order (the source locale included when present).
    pub locales: Vec<String>,
    /// Published pages by URL slug (`partner-center/agreements/`), then by locale index
    /// into `locales`: one translation set per entry. Two files of one locale at one URL
    /// (`output-path-conflict`) contribute the one the site publishes.
    pub by_url: BTreeMap<String, BTreeMap<usize, FactsPage<'p>>>,
    /// Parsed TOC files of every locale, in content order.
    pub tocs: &'p [Toc],
}

/// Pairs the pages of `model` by URL with their facts (`rendered`, in `Content::pages`
/// order, as [`crate::analysis::Analysis::render`] returns them).
pub fn facts<'p>(model: &Model<'p>, rendered: &'p [RenderedPage], tocs: &'p [Toc]) -> Facts<'p> {
    let locales: Vec<String> = model.locales.locales.iter().map(|l| l.code.clone()).collect();
    let published: HashSet<usize> = model.index.iter().flat_map(|idx| idx.by_url.values().copied()).collect();
    let mut by_url: BTreeMap<String, BTreeMap<usize, FactsPage<'p>>> = BTreeMap::new();
    for rp in rendered {
        if !published.contains(&rp.page) {
            continue;
        }
        let content: &'p crate::content::Content = model.content;
        let Some(page) = content.pages.get(rp.page) else { continue };
        let Some(li) = model.locale_index(&page.locale) else { continue };
        let url = model.page_url(&page.locale, &page.key);
        by_url.entry(page_slug(&page.key)).or_default().insert(li, FactsPage { page, url, rendered: &rp.rendered });
    }
    Facts { locales, by_url, tocs }
}
