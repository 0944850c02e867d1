//! Stale translations in the built site: the notice on a page translated from an older
//! version of its source, the switcher's mark on such translations, and the parity
//! dashboard published at `/_parity/`.
//!
//! Part of the site stage, fed by [`crate::parity`]. Which translations are stale
//! depends on front matter only (`ms.openlocfilehash` cohorts ranked by
//! `ms.lasthandoff`, or the source file's hash), so [`prepass`] knows it before any page
//! is rendered: every page's switcher is filled as it is written. Which *sections*
//! changed needs the rendered facts of every version, so stale pages are written after
//! rendering, once [`full_report`] is known (they are a minority; the others stream).

use crate::analysis::Analysis;
use crate::markdown::Rendered;
use crate::parity::{self, ParityOptions, Report, SectionChange, Status};
use crate::render::RenderedPage;
use std::collections::{BTreeMap, BTreeSet};

/// Where the dashboard is published, under the site's URL prefix.
pub const DASHBOARD_DIR: &str = "_parity";

/// `(locale, translation key)` of every stale translation, with the locale of the
/// newest version and the lag in days when known.
pub(super) type StaleSet = BTreeMap<(String, String), (Option<String>, Option<i64>)>;

/// The stale translations of the site, from front matter alone (every page's facts left
/// empty; statuses do not depend on them).
pub(super) fn prepass(analysis: &Analysis<'_>) -> StaleSet {
    let model = &analysis.model;
    let empty: Vec<RenderedPage> = model
        .content
        .pages
        .iter()
        .enumerate()
        .map(|(i, p)| RenderedPage { page: i, locale: p.locale.clone(), rendered: Rendered::default(), yaml: None })
        .collect();
    let facts = parity::facts(model, &empty, &analysis.tocs);
    match parity::analyze(analysis.project, &facts, &ParityOptions::default()) {
        Ok(report) => stale_set(&report),
        Err(_) => StaleSet::new(),
    }
}

/// The full parity report of the built site, sections and structure included.
pub(super) fn full_report(analysis: &Analysis<'_>, rendered: &[RenderedPage]) -> Option<Report> {
    let facts = parity::facts(&analysis.model, rendered, &analysis.tocs);
    parity::analyze(analysis.project, &facts, &ParityOptions::default()).ok()
}

/// The stale cells of `report`.
pub(super) fn stale_set(report: &Report) -> StaleSet {
    let mut set = StaleSet::new();
    for a in &report.articles {
        for c in &a.cells {
            if let (Status::Stale, Some(file)) = (c.status, &c.file) {
                set.insert((c.locale.clone(), file.clone()), (a.newest_locale.clone(), c.lag_days));
            }
        }
    }
    set
}

/// The sections that changed since each stale translation, by `(locale, key)`.
pub(super) fn changed_sections(report: &Report) -> BTreeMap<(String, String), Vec<SectionChange>> {
    let mut map = BTreeMap::new();
    for a in &report.articles {
        for c in &a.cells {
            if let (Status::Stale, Some(file)) = (c.status, &c.file) {
                map.insert((c.locale.clone(), file.clone()), c.outdated_sections.clone());
            }
        }
    }
    map
}

/// The dashboard's files, paths relative to the site root (`_parity/index.html`, …).
pub(super) fn dashboard(report: &Report) -> Vec<(String, Vec<u8>)> {
    parity::dashboard_files(report).into_iter().map(|(rel, bytes)| (format!("{DASHBOARD_DIR}/{rel}"), bytes)).collect()
}

/// The pages of `set` that are published in their own locale, as indexes into the
/// content's pages.
pub(super) fn deferred(analysis: &Analysis<'_>, set: &StaleSet) -> BTreeSet<usize> {
    let model = &analysis.model;
    set.keys()
        .filter_map(|(locale, key)| {
            let li = model.locale_index(locale)?;
            model.index[li].pages.get(key).copied()
        })
        .collect()
}
