//! Positions of findings in YAML pages (`### YamlMime:FAQ|Landing|Hub`) on the real
//! corpus (`../shared/corpus`): every finding points at its target's own text, inside
//! folded, literal, plain and quoted scalars alike.

use docloc::analysis::{analyze, AnalyzeOptions};
use docloc::content::{PageKind, Text};
use docloc::diagnostic::{Diagnostic, LineIndex, Rule};
use docloc::project::{Project, ProjectOptions};
use std::collections::HashMap;
use std::path::PathBuf;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");

/// The text between the first pair of backticks of a message: for link, image and
/// metadata findings, the destination or key as written.
fn quoted(message: &str) -> Option<&str> {
    let (_, rest) = message.split_once('`')?;
    rest.split_once('`').map(|(q, _)| q)
}

/// Why `d`, a finding in the YAML page `text`, is not placed on what it names, or
/// `None` when it is. A finding names its target between its first backticks; its
/// line:col must hold that text and its length be that text's. A required metadata key
/// that is missing (`missing-attribute`) has no text of its own: it points at the
/// `metadata:` key of the block it is missing from, or at the key when it is written
/// with an empty value.
fn misplaced(d: &Diagnostic, text: &str, index: &LineIndex) -> Option<String> {
    let span = d.span.as_ref()?;
    let target = quoted(&d.message)?;
    let line = index.line_text(text, span.line);
    let at: String = line.chars().skip(span.column as usize - 1).collect();
    let ok = if d.rule == Rule::MissingAttribute {
        at.starts_with(target) || at.starts_with("metadata:")
    } else {
        at.starts_with(target) && span.len as usize == target.chars().count()
    };
    (!ok).then(|| format!("{span} {} `{target}` (len {}) points at {:?}", d.rule, span.len, at))
}

#[test]
fn every_yaml_page_finding_points_at_its_target() {
    let project = Project::load(&ProjectOptions { content: Some(PathBuf::from(CORPUS)), ..ProjectOptions::default() })
        .expect("the corpus loads");
    let yaml_pages: HashMap<&str, (Text, &LineIndex)> = project
        .content
        .pages
        .iter()
        .filter(|p| p.kind != PageKind::Article)
        .map(|p| (p.source.path.as_str(), (p.source.text(), &p.source.index)))
        .collect();
    assert!(yaml_pages.len() >= 30, "{} YAML pages", yaml_pages.len());
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
    let analysis = analyze(&project, &AnalyzeOptions { produce: docloc::markdown::Produce::FACTS, today });
    let (mut checked, mut inside_answers, mut wrong) = (0, 0, Vec::new());
    for d in &analysis.diagnostics {
        let Some(span) = &d.span else { continue };
        let Some((text, index)) = yaml_pages.get(span.path.as_str()) else { continue };
        if quoted(&d.message).is_none() {
            continue;
        }
        checked += 1;
        if d.rule != Rule::MissingAttribute && !index.line_text(text, span.line).contains("url:") {
            // Not a metadata key nor on a `url:` line: inside an answer or a summary.
            inside_answers += 1;
        }
        wrong.extend(misplaced(d, text, index));
    }
    eprintln!("{checked} YAML page findings checked, {inside_answers} inside answers and summaries");
    assert!(wrong.is_empty(), "{} of {checked} YAML page findings misplaced:\n{}", wrong.len(), wrong.join("\n"));
    assert!(checked > 100, "only {checked} YAML page findings checked");
    assert!(inside_answers > 100, "only {inside_answers} findings inside FAQ answers and summaries");
}
