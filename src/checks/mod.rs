//! Checks: every validation `docloc check` runs (and `docloc build` reports).
//!
//! The check stage, after rendering and navigation; [`crate::analysis`] runs it. Checks read the model and the facts rendering returned — never HTML —
//! and collect every diagnostic instead of stopping at the first. Each concern is a
//! module with one `check(&CheckInput, &mut Vec<Diagnostic>)` function.

pub mod fallback;
pub mod forms;
pub mod front_matter;
pub mod hreflang;
pub mod links;
pub mod nav;
#[cfg(test)]
pub(crate) mod test_support;

use crate::config::RuleLevel;
use crate::diagnostic::{sort_and_dedup, Diagnostic, ExternalLink, Rule};
use crate::form::Forms;
use crate::i18n::I18n;
use crate::model::Model;
use crate::nav::Toc;
use crate::render::RenderedPage;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// What the checks look at.
pub struct CheckInput<'a> {
    /// The site model (pages, assets, redirects, locales, config).
    pub model: &'a Model<'a>,
    /// Every page rendered in its own locale; `rendered[i].page == i` (same order as
    /// `model.content.pages`).
    pub rendered: &'a [RenderedPage],
    /// Parsed TOC and breadcrumb files of every locale.
    pub tocs: &'a [Toc],
    /// "Today", for `date-out-of-range` (injected so tests are stable).
    pub today: NaiveDate,
    /// The theme's form schemas (`form-not-found`, `claim-checklist-*`).
    pub forms: &'a Forms,
    /// UI strings: the checklist terms of each locale (`forms.ftl`).
    pub i18n: &'a I18n,
}

/// Everything the checks found.
#[derive(Debug, Default)]
pub struct Findings {
    /// Diagnostics, sorted, severities overridden, `allow`ed rules removed.
    pub diagnostics: Vec<Diagnostic>,
    /// External URLs with where they are linked (listed, not fetched), sorted.
    pub external_links: Vec<ExternalLink>,
}

/// A check that appends its findings.
type Check = for<'a, 'b, 'c> fn(&'a CheckInput<'b>, &'c mut Vec<Diagnostic>);

/// Runs every check.
pub fn run(input: &CheckInput<'_>) -> Findings {
    use rayon::prelude::*;
    let mut diags = Vec::new();
    let mut external = Vec::new();
    // The checks read the same input and run side by side; their findings are sorted
    // together below, so the order they finish in does not matter.
    let others: [Check; 5] = [front_matter::check, fallback::check, nav::check, hreflang::check, forms::check];
    let ((), found) = rayon::join(
        || links::check(input, &mut diags, &mut external),
        || {
            others
                .par_iter()
                .map(|check| {
                    let mut found = Vec::new();
                    check(input, &mut found);
                    found
                })
                .collect::<Vec<_>>()
        },
    );
    diags.extend(found.into_iter().flatten());
    sort_and_dedup(&mut diags);
    external.sort_by(|a: &ExternalLink, b: &ExternalLink| (&a.span, &a.url).cmp(&(&b.span, &b.url)));
    external.dedup();
    Findings { diagnostics: diags, external_links: external }
}

/// Applies severity overrides (`[check.rules]` then `--rule ID=LEVEL`, later wins):
/// `allow` drops the diagnostic, others change its severity.
pub fn apply_levels(diags: &mut Vec<Diagnostic>, levels: &BTreeMap<Rule, RuleLevel>) {
    diags.retain_mut(|d| match levels.get(&d.rule) {
        Some(level) => match level.severity() {
            Some(s) => {
                d.severity = s;
                true
            }
            None => false,
        },
        None => true,
    });
}

/// The `[check.rules]` overrides of a config as a rule → level map.
pub fn levels_from_config(config: &crate::config::Config) -> BTreeMap<Rule, RuleLevel> {
    config.check.rules.iter().filter_map(|(id, level)| Rule::from_id(id).map(|r| (r, *level))).collect()
}
