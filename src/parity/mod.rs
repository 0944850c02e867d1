//! Translation parity: where every translation of every article stands, down to the
//! section, for translators and CI (`docloc parity`).
//!
//! A consumer of the analysis step: it takes the loaded project and the facts rendering
//! returns ([`facts()`] is the one place that obtains them) and never re-parses HTML. It
//! reads the Microsoft Learn localization keys of the front matter (`ms.openlocfilehash`,
//! `ms.lasthandoff`, `ms.translationtype`) and, for bilingual side-by-side (sxs) files,
//! the raw `data-ttu-id` / `data-stu-id` spans. No git history is needed.
//!
//! * [`status`]: statuses, version cohorts, ranks and lag per (article, locale);
//! * [`sections`]: which sections of a stale translation the newest version changed;
//! * [`structure`]: structural parity of translations of one source version;
//! * [`segments`]: sentence-by-sentence checks of sxs files;
//! * [`words`]: the CJK-aware word count behind coverage in words;
//! * [`output`]: the terminal table, JSON (`schemas/parity.schema.json`), CSV and the
//!   HTML dashboard ([`dashboard_files`]).
//!
//! The site build can use [`Report::staleness`] to put a notice on stale pages.

mod analyze;
mod facts;
pub mod output;
pub mod sections;
pub mod segments;
pub mod status;
pub mod structure;
pub mod words;

pub use analyze::{analyze, ParityOptions};
pub use facts::{facts, Facts, FactsPage};
pub use output::dashboard_files;
pub use sections::{SectionChange, SectionChangeKind};
pub use segments::{SegmentCheck, SegmentFinding};
pub use status::{git_blob_id, Cohort, Status};
pub use structure::{Location, StructuralCheck, StructuralFinding};

use crate::analysis::Analysis;
use crate::project::Project;
use serde::Serialize;

/// Errors that stop `docloc parity` (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum ParityError {
    /// `--locale` named a locale the content does not have.
    #[error("unknown locale(s): {0}")]
    UnknownLocale(String),
    /// `--source` named a locale folder that does not exist.
    #[error("source locale {0} has no folder in the content root")]
    SourceMissing(String),
    /// `--article` is not a valid glob.
    #[error("invalid --article glob {glob:?}: {message}")]
    Glob {
        /// The pattern as given.
        glob: String,
        /// Why it does not parse.
        message: String,
    },
}

/// The whole parity report: what every output format shows.
///
/// JSON shape: `schemas/parity.schema.json` (the serialization of this struct).
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The source locale used as the reference (`en-us`), or `None` when the content has
    /// no folder for it (the Partner Center corpus): versions are then ranked across
    /// translations by cohort.
    pub source_locale: Option<String>,
    /// The locales reported on, in the site's locale order (the source locale excluded).
    pub locales: Vec<String>,
    /// Whether sxs segment checks ran (`--segments`).
    pub segments_checked: bool,
    /// One entry per article, in TOC order (articles in no TOC follow, sorted by id).
    pub articles: Vec<Article>,
    /// Coverage and freshness per locale, in `locales` order.
    pub summary: Vec<LocaleSummary>,
    /// Coverage per TOC folder and locale, folders sorted.
    pub folders: Vec<FolderSummary>,
}

/// One article: the pages of every locale published at one URL.
#[derive(Debug, Clone, Serialize)]
pub struct Article {
    /// The article id: its translation key without extension
    /// (`partner-center/agreements`), the same in every locale.
    pub id: String,
    /// Its title in the newest version (front matter `title`, else its first heading).
    pub title: String,
    /// The TOC folder it belongs to: the deepest folder above it holding a `TOC.yml` or
    /// `TOC.md` in some locale (`partner-center/announcements`), else its own folder.
    pub folder: String,
    /// Position in TOC order (0-based); articles in no TOC get positions after all others.
    pub toc_order: usize,
    /// Words of the newest version ([`words`]): its weight in coverage by words.
    pub words: usize,
    /// The locale whose file is the newest version (the source locale when present).
    pub newest_locale: Option<String>,
    /// Version cohorts, oldest first: `cohorts[i].rank == i + 1`.
    pub cohorts: Vec<Cohort>,
    /// One cell per reported locale, in `Report::locales` order.
    pub cells: Vec<Cell>,
}

/// Where one locale stands on one article.
#[derive(Debug, Clone, Serialize)]
pub struct Cell {
    /// The locale.
    pub locale: String,
    /// Its status.
    pub status: Status,
    /// The translation key of its file (`partner-center/agreements.md`); `None` when missing.
    pub file: Option<String>,
    /// Its file relative to the content root (`zh-cn/partner-center/agreements.md`).
    pub path: Option<String>,
    /// Site URL of the page (`/zh-cn/partner-center/agreements/`), as `Model::page_url`.
    pub url: Option<String>,
    /// `ms.translationtype` (`MT` machine, `HT` human) as written, upper-cased.
    pub translation_type: Option<String>,
    /// `ms.openlocfilehash`, lower-cased.
    pub hash: Option<String>,
    /// `ms.lasthandoff` as `YYYY-MM-DD`.
    pub lasthandoff: Option<String>,
    /// Rank of its cohort (1 = oldest version; `cohorts` = newest), `None` when untracked or missing.
    pub cohort_rank: Option<usize>,
    /// Number of cohorts of the article.
    pub cohorts: usize,
    /// Days its version's first handoff lies behind the newest version's (0 when current).
    pub lag_days: Option<i64>,
    /// For a stale translation: the sections the newest version added, removed, moved or changed.
    pub outdated_sections: Vec<SectionChange>,
    /// Structural differences from a translation of the same source version.
    pub structural: Vec<StructuralFinding>,
    /// Segment findings of its sxs file (with `--segments`).
    pub segments: Vec<SegmentFinding>,
}

/// Coverage and freshness of one locale.
#[derive(Debug, Clone, Serialize)]
pub struct LocaleSummary {
    /// The locale.
    pub locale: String,
    /// Articles considered (every article of the report; with a source locale, those of the source).
    pub articles: usize,
    /// Articles with a file in this locale (orphans included).
    pub present: usize,
    /// Counts by status.
    pub missing: usize,
    /// Orphans: no counterpart elsewhere.
    pub orphan: usize,
    /// Without `ms.openlocfilehash`.
    pub untracked: usize,
    /// Translations of the newest version.
    pub current: usize,
    /// Translations of an older version.
    pub stale: usize,
    /// Words of the newest versions of all considered articles.
    pub words_total: usize,
    /// Words of the considered articles present in this locale.
    pub words_present: usize,
    /// Words of the articles current in this locale.
    pub words_current: usize,
    /// Words of the articles stale in this locale.
    pub words_stale: usize,
    /// `present / articles`, percent.
    pub coverage_files_pct: f64,
    /// `words_present / words_total`, percent: what `--min-coverage` compares.
    pub coverage_words_pct: f64,
    /// `current / (current + stale)`, percent (100 when nothing is tracked).
    pub fresh_files_pct: f64,
    /// `words_stale / (words_current + words_stale)`, percent: what `--max-stale` compares.
    pub stale_words_pct: f64,
    /// Sum of the lag of its stale translations / their number, days.
    pub mean_lag_days: Option<f64>,
    /// Segment findings by check id (with `--segments`), sorted by id.
    pub segment_findings: std::collections::BTreeMap<String, usize>,
    /// Structural findings of its translations.
    pub structural_findings: usize,
}

/// Coverage of one TOC folder in one locale.
#[derive(Debug, Clone, Serialize)]
pub struct FolderSummary {
    /// The folder (`partner-center/announcements`).
    pub folder: String,
    /// The locale.
    pub locale: String,
    /// Articles of the folder.
    pub articles: usize,
    /// Present in the locale.
    pub present: usize,
    /// Current in the locale.
    pub current: usize,
    /// `present / articles`, percent.
    pub coverage_files_pct: f64,
    /// Words present / words of the folder, percent.
    pub coverage_words_pct: f64,
}

/// Whether a page is stale and what changed: what the site build shows readers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Staleness {
    /// True when the page's translation is of an older source version.
    pub stale: bool,
    /// The locale whose page is the newest version (to link to), when another one.
    pub newest_locale: Option<String>,
    /// Ids of the sections that changed in the newest version (heading anchors).
    pub changed_sections: Vec<String>,
    /// Days behind the newest version, when known.
    pub lag_days: Option<i64>,
}

impl Report {
    /// Builds the report for `project` (see [`analyze`]).
    ///
    /// Errors: unknown `--locale`, missing `--source` folder, invalid `--article` glob.
    pub fn build(project: &Project, opts: &ParityOptions) -> Result<Report, ParityError> {
        let analysis = Analysis::prepare(project);
        let rendered = analysis.render(crate::markdown::Produce::STRUCTURE, &|_| {});
        analyze(project, &facts(&analysis.model, &rendered, &analysis.tocs), opts)
    }

    /// Builds the report from a finished analysis (the build's, so nothing is rendered
    /// twice).
    ///
    /// Errors: as [`Report::build`].
    pub fn from_analysis(analysis: &Analysis<'_>, opts: &ParityOptions) -> Result<Report, ParityError> {
        analyze(analysis.project, &facts(&analysis.model, &analysis.rendered, &analysis.tocs), opts)
    }

    /// The staleness of the page of `locale` whose translation key is `key`
    /// (`partner-center/agreements.md`); `None` when the report has no such page.
    pub fn staleness(&self, locale: &str, key: &str) -> Option<Staleness> {
        self.articles.iter().find_map(|a| {
            let cell = a.cells.iter().find(|c| c.locale == locale && c.file.as_deref() == Some(key))?;
            Some(staleness_of(a, cell))
        })
    }

    /// Every page's staleness, keyed by `(locale, translation key)`: the lookup the site
    /// build uses for every page at once.
    pub fn staleness_map(&self) -> std::collections::BTreeMap<(String, String), Staleness> {
        let mut map = std::collections::BTreeMap::new();
        for a in &self.articles {
            for c in &a.cells {
                if let Some(file) = &c.file {
                    map.insert((c.locale.clone(), file.clone()), staleness_of(a, c));
                }
            }
        }
        map
    }

    /// The summary of `locale`.
    pub fn locale_summary(&self, locale: &str) -> Option<&LocaleSummary> {
        self.summary.iter().find(|s| s.locale == locale)
    }

    /// The article with id `id`.
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }
}

fn staleness_of(a: &Article, cell: &Cell) -> Staleness {
    let stale = cell.status == Status::Stale;
    Staleness {
        stale,
        newest_locale: if stale { a.newest_locale.clone() } else { None },
        changed_sections: cell.outdated_sections.iter().map(|s| s.id.clone()).collect(),
        lag_days: cell.lag_days,
    }
}

impl Article {
    /// The cell of `locale`.
    pub fn cell(&self, locale: &str) -> Option<&Cell> {
        self.cells.iter().find(|c| c.locale == locale)
    }
}
