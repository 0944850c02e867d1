//! Test harness shared by the check modules' tests: writes a content tree to a temporary
//! folder and runs the analysis step up to the checks ([`Analysis::prepare`] and
//! facts-only [`Analysis::render`]), handing the [`CheckInput`] to the test.

use super::CheckInput;
use crate::analysis::Analysis;
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Rule};
use crate::project::{Project, ProjectOptions};
use chrono::NaiveDate;
use std::path::Path;

/// Writes `files` (`(path relative to the folder, text)`) into a fresh temporary folder.
pub(crate) fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for (rel, text) in files {
        let file = dir.path().join(rel);
        std::fs::create_dir_all(file.parent().expect("has parent")).expect("mkdir");
        std::fs::write(file, text).expect("write");
    }
    dir
}

/// Loads the content root `root` with `config`, prepares and renders it (facts only)
/// and calls `f` with the check input ("today" is `today`) and the diagnostics of the
/// preparation (loading, model, TOC parsing).
pub(crate) fn with_input<R>(
    root: &Path,
    config: &Config,
    today: NaiveDate,
    f: impl FnOnce(&CheckInput<'_>, Vec<Diagnostic>) -> R,
) -> R {
    let opts = ProjectOptions { content: Some(root.to_path_buf()), ..ProjectOptions::default() };
    let project = Project::load_with(config.clone(), &opts).expect("the fixture loads");
    let analysis = Analysis::prepare(&project);
    let rendered = analysis.render(crate::markdown::Produce::FACTS, &|_| {});
    let input = CheckInput {
        model: &analysis.model,
        rendered: &rendered,
        tocs: &analysis.tocs,
        today,
        forms: &project.forms,
        i18n: &project.i18n,
    };
    f(&input, analysis.diagnostics.clone())
}

/// A date, for [`with_input`]'s "today".
pub(crate) fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// `(path, line)` of every finding of `rule`, in order (`("", 0)` for one without a span).
pub(crate) fn found(diags: &[Diagnostic], rule: Rule) -> Vec<(String, u32)> {
    diags
        .iter()
        .filter(|d| d.rule == rule)
        .map(|d| d.span.as_ref().map_or((String::new(), 0), |s| (s.path.clone(), s.line)))
        .collect()
}

/// `(path, line)`, to compare with [`found`].
pub(crate) fn at(path: &str, line: u32) -> (String, u32) {
    (path.to_string(), line)
}
