//! The analysis step: model → navigation → render → checks, run once on a loaded
//! [`Project`] and shared by `build`, `check`, `parity`, `serve`, the test harness and the
//! benchmarks (see "Pipeline" in DESIGN.md).
//!
//! [`analyze`] does it all in one call. The build uses the three parts on their own so
//! that it can write each page the moment it is rendered ([`Analysis::render`] hands each
//! page to a callback that may take its HTML away), and so the site is never held in
//! memory: [`Analysis::prepare`] (model, TOCs, navigation), [`Analysis::render`] (every
//! page in its own locale, links resolved once), [`Analysis::finish`] (checks, config
//! severities, one sorted list of diagnostics).
//!
//! A [`Memo`] (the build cache and `docloc serve`, in `src/cache`) may stand in for the
//! two costly pure steps, parsing TOC files and rendering a page, with results it kept
//! from an earlier run; [`Analysis::prepare_with`], [`Analysis::render_with`] and
//! [`analyze_with`] take one. Without one ([`NoMemo`]) every step runs.

use crate::checks::{self, CheckInput};
use crate::content::NavFile;
use crate::diagnostic::{sort_and_dedup, Diagnostic, ExternalLink};
use crate::markdown::{Produce, UiText};
use crate::model::Model;
use crate::nav::{self, NavTree, Toc};
use crate::project::Project;
use crate::render::{render_page, RenderedPage};
use chrono::NaiveDate;
use rayon::prelude::*;

/// Results of earlier runs that analysis may reuse. Each method must return exactly what
/// its default computes from the same arguments (the build cache checks what each kept
/// result was computed from before it hands it out); the default computes.
pub trait Memo: Sync {
    /// Every TOC and breadcrumb file parsed, as [`nav::parse_all`].
    fn parse_nav(&self, files: &[NavFile]) -> (Vec<Toc>, Vec<Diagnostic>) {
        nav::parse_all(files)
    }

    /// Page `idx` rendered for readers of `locale`, as [`render_page`]. A memo may
    /// produce more than `produce` asks for (the build cache always records blocks), never
    /// less.
    fn render(&self, model: &Model<'_>, idx: usize, locale: &str, ui: &UiText, produce: Produce) -> RenderedPage {
        render_page(model, idx, locale, ui, produce)
    }
}

/// No memo: every step computes.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoMemo;

impl Memo for NoMemo {}

/// How to analyze.
#[derive(Debug, Clone, Copy)]
pub struct AnalyzeOptions {
    /// What rendering produces besides the facts: [`Produce::FACTS`] for `docloc check`.
    pub produce: Produce,
    /// "Today", for `date-out-of-range` (injected so tests are stable).
    pub today: NaiveDate,
}

/// Everything docloc knows about a project after analysis.
pub struct Analysis<'p> {
    /// The loaded project.
    pub project: &'p Project,
    /// The model: pages by locale and key, translation sets, URLs, redirects.
    pub model: Model<'p>,
    /// Every TOC and breadcrumb file, parsed, in content order.
    pub tocs: Vec<Toc>,
    /// The navigation of each locale (index = locale index).
    pub navs: Vec<NavTree>,
    /// The renderer's UI strings of each locale (index = locale index).
    pub ui: Vec<UiText>,
    /// Every page rendered in its own locale; `rendered[i].page == i` (the order of
    /// `Content::pages`). Empty until [`Analysis::finish`].
    pub rendered: Vec<RenderedPage>,
    /// Every diagnostic: loading, the model, TOCs, rendering and (after
    /// [`Analysis::finish`]) the checks, with the config's `[check.rules]` severities
    /// applied, sorted and de-duplicated. The one list `build` and `check` both count.
    pub diagnostics: Vec<Diagnostic>,
    /// External `http(s)` URLs with where they are written (listed, not fetched), sorted.
    pub external_links: Vec<ExternalLink>,
}

impl<'p> Analysis<'p> {
    /// The model, the TOCs and each locale's navigation: everything before rendering.
    /// Diagnostics of loading, the model and the TOCs are collected.
    pub fn prepare(project: &'p Project) -> Analysis<'p> {
        Analysis::prepare_with(project, &NoMemo)
    }

    /// As [`Analysis::prepare`], TOC files parsed through `memo`.
    pub fn prepare_with(project: &'p Project, memo: &dyn Memo) -> Analysis<'p> {
        let model = Model::new(&project.config, &project.locales, &project.content).with_forms(&project.forms);
        let mut diagnostics = project.diagnostics.clone();
        diagnostics.extend(model.diagnostics.iter().cloned());
        let (tocs, toc_diags) = memo.parse_nav(&project.content.nav);
        diagnostics.extend(toc_diags);
        let navs = project.locales.locales.par_iter().map(|l| NavTree::build(&model, &l.code, &tocs)).collect();
        Analysis {
            project,
            model,
            tocs,
            navs,
            ui: project.ui_texts(),
            rendered: Vec::new(),
            diagnostics,
            external_links: Vec::new(),
        }
    }

    /// Renders every page in its own locale, in parallel; results in `Content::pages`
    /// order, each producing what `produce` asks for. `each` is called on each page as soon
    /// as it is rendered (from any thread), with its HTML when [`Produce::html`] is set; it
    /// may take the HTML away (the build writes the
    /// page and keeps only the facts). Each page's text is released once it is rendered
    /// ([`crate::content::SourceText::release`]; a no-op where the project holds its
    /// texts, [`crate::project::ProjectOptions::keep_texts`]).
    pub fn render(&self, produce: Produce, each: &(dyn Fn(&mut RenderedPage) + Sync)) -> Vec<RenderedPage> {
        self.render_with(produce, &NoMemo, each)
    }

    /// As [`Analysis::render`], each page rendered through `memo`.
    pub fn render_with(
        &self,
        produce: Produce,
        memo: &dyn Memo,
        each: &(dyn Fn(&mut RenderedPage) + Sync),
    ) -> Vec<RenderedPage> {
        // The articles that document a form keep their texts: the claim-field checklist
        // reads each of them many times.
        let form_articles: Vec<&str> = self.project.forms.iter().map(|s| s.article.as_str()).collect();
        (0..self.model.content.pages.len())
            .into_par_iter()
            .map(|i| {
                let page = &self.model.content.pages[i];
                let li = self.model.locale_index(&page.locale).unwrap_or(0);
                let ui = &self.ui[li.min(self.ui.len().saturating_sub(1))];
                let mut rp = memo.render(&self.model, i, &page.locale, ui, produce);
                // What the checks and `each` read is in `rp`; what reads the text later
                // (fallback copies, parity) reads it again from the file. Released before
                // `each`, so a page's text and its written HTML are not held together.
                if !form_articles.contains(&page.key.as_str()) {
                    page.source.release();
                }
                each(&mut rp);
                rp
            })
            .collect()
    }

    /// Runs every check on `rendered` (the output of [`Analysis::render`]), keeps it, and
    /// completes [`Analysis::diagnostics`] and [`Analysis::external_links`].
    pub fn finish(&mut self, rendered: Vec<RenderedPage>, today: NaiveDate) {
        for rp in &rendered {
            self.diagnostics.extend(rp.rendered.diagnostics.iter().cloned());
        }
        let findings = checks::run(&CheckInput {
            model: &self.model,
            rendered: &rendered,
            tocs: &self.tocs,
            today,
            forms: &self.project.forms,
            i18n: &self.project.i18n,
        });
        self.diagnostics.extend(findings.diagnostics);
        self.external_links = findings.external_links;
        checks::apply_levels(&mut self.diagnostics, &checks::levels_from_config(&self.project.config));
        sort_and_dedup(&mut self.diagnostics);
        self.rendered = rendered;
    }
}

/// Analyzes `project` in one step: [`Analysis::prepare`], [`Analysis::render`] and
/// [`Analysis::finish`]. Never fails: content problems are diagnostics.
pub fn analyze<'p>(project: &'p Project, opts: &AnalyzeOptions) -> Analysis<'p> {
    analyze_with(project, opts, &NoMemo)
}

/// As [`analyze`], TOC parsing and rendering through `memo` (`docloc check --cache`).
pub fn analyze_with<'p>(project: &'p Project, opts: &AnalyzeOptions, memo: &dyn Memo) -> Analysis<'p> {
    let mut analysis = Analysis::prepare_with(project, memo);
    let rendered = analysis.render_with(opts.produce, memo, &|_| {});
    analysis.finish(rendered, opts.today);
    analysis
}
