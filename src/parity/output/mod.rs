//! Report formats of `docloc parity`: a terminal table, JSON (schema
//! `schemas/parity.schema.json`), CSV and the HTML dashboard ([`html`]).

pub mod html;

pub use html::dashboard_files;

use super::{Report, Status};
use serde::Serialize;
use std::fmt::Write as _;

/// Version of the JSON report's shape (`format_version`); bumped on breaking changes.
pub const JSON_FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
struct JsonReport<'a> {
    format_version: u32,
    #[serde(flatten)]
    report: &'a Report,
}

/// The report as pretty-printed JSON: `{ "format_version": 1, …Report }`, described by
/// `schemas/parity.schema.json`.
pub fn json(report: &Report) -> String {
    let mut s = serde_json::to_string_pretty(&JsonReport { format_version: JSON_FORMAT_VERSION, report })
        .unwrap_or_else(|e| format!("{{\"error\": {:?}}}", e.to_string()));
    s.push('\n');
    s
}

/// One CSV field, quoted as RFC 4180 requires (comma, quote, CR or LF inside).
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// CSV, one row per article and locale, header first. Columns, in this order:
/// `article,locale,status,cohort_rank,cohorts,lag_days,translation_type,words,file,hash,lasthandoff,outdated_sections,structural_findings`
/// (`words`: of the article's newest version; `outdated_sections`: section ids joined by
/// spaces; empty fields where a value does not apply).
pub fn csv(report: &Report) -> String {
    let mut out = String::from(
        "article,locale,status,cohort_rank,cohorts,lag_days,translation_type,words,file,hash,lasthandoff,outdated_sections,structural_findings\n",
    );
    for a in &report.articles {
        for c in &a.cells {
            let sections: Vec<&str> = c.outdated_sections.iter().map(|s| s.id.as_str()).collect();
            let row = [
                field(&a.id),
                field(&c.locale),
                c.status.as_str().to_string(),
                opt(c.cohort_rank),
                c.cohorts.to_string(),
                opt(c.lag_days),
                field(c.translation_type.as_deref().unwrap_or("")),
                a.words.to_string(),
                field(c.file.as_deref().unwrap_or("")),
                field(c.hash.as_deref().unwrap_or("")),
                field(c.lasthandoff.as_deref().unwrap_or("")),
                field(&sections.join(" ")),
                c.structural.len().to_string(),
            ];
            out.push_str(&row.join(","));
            out.push('\n');
        }
    }
    out
}

/// CSV of segment findings (`--segments`), one row per finding, header first. Columns:
/// `article,locale,segment_id,check,translation,source,line,message`.
pub fn segments_csv(report: &Report) -> String {
    let mut out = String::from("article,locale,segment_id,check,translation,source,line,message\n");
    for a in &report.articles {
        for c in &a.cells {
            for f in &c.segments {
                let row = [
                    field(&a.id),
                    field(&c.locale),
                    field(&f.segment_id),
                    f.check.as_str().to_string(),
                    field(&f.translation),
                    field(&f.source),
                    f.line.to_string(),
                    field(&f.message),
                ];
                out.push_str(&row.join(","));
                out.push('\n');
            }
        }
    }
    out
}

/// The text of one table cell: status glyph, `m`/`h` for MT/HT, and `v2/3` for a stale
/// translation (its version rank of the article's versions).
pub fn cell_text(c: &super::Cell) -> String {
    let t = match c.translation_type.as_deref() {
        Some("MT") => "m",
        Some("HT") => "h",
        _ => " ",
    };
    match (c.status, c.cohort_rank) {
        (Status::Missing, _) => Status::Missing.glyph().to_string(),
        (Status::Stale, Some(r)) => format!("{}{t} v{r}/{}", c.status.glyph(), c.cohorts),
        (s, _) => format!("{}{t}", s.glyph()),
    }
}

fn pad(s: &str, width: usize) -> String {
    let n = s.chars().count();
    if n >= width {
        let cut: String = s.chars().take(width.saturating_sub(1)).collect();
        format!("{cut}…")
    } else {
        format!("{s}{}", " ".repeat(width - n))
    }
}

/// The terminal table: one row per article (TOC order), one column per locale, then
/// coverage and freshness per locale.
pub fn table(report: &Report) -> String {
    let mut out = String::new();
    let reference = match &report.source_locale {
        Some(s) => format!("source locale {s}"),
        None => "no source locale: versions ranked by ms.openlocfilehash cohort and ms.lasthandoff".into(),
    };
    let _ = writeln!(
        out,
        "docloc parity — {} articles, {} locales, {reference}",
        report.articles.len(),
        report.locales.len()
    );
    let _ = writeln!(
        out,
        "{} current  {} stale (vN/M: version N of M, 1 = oldest)  {} untracked  {} orphan  {} missing;  m = MT, h = HT\n",
        Status::Current.glyph(),
        Status::Stale.glyph(),
        Status::Untracked.glyph(),
        Status::Orphan.glyph(),
        Status::Missing.glyph()
    );
    let width = report.articles.iter().map(|a| a.id.chars().count()).max().unwrap_or(7).clamp(22, 64) + 2;
    let col = 10;
    let mut header = pad("article", width);
    for l in &report.locales {
        header.push_str(&pad(l, col));
    }
    let _ = writeln!(out, "{}", header.trim_end());
    for a in &report.articles {
        let mut row = pad(&a.id, width);
        for c in &a.cells {
            row.push_str(&pad(&cell_text(c), col));
        }
        let _ = writeln!(out, "{}", row.trim_end());
    }
    let _ = writeln!(out);
    type Line = (&'static str, fn(&super::LocaleSummary) -> String);
    let lines: [Line; 8] = [
        ("present", |s| format!("{}/{}", s.present, s.articles)),
        ("current", |s| s.current.to_string()),
        ("stale", |s| s.stale.to_string()),
        ("untracked / orphan", |s| format!("{}/{}", s.untracked, s.orphan)),
        ("coverage (files)", |s| format!("{:.1}%", s.coverage_files_pct)),
        ("coverage (words)", |s| format!("{:.1}%", s.coverage_words_pct)),
        ("fresh (files)", |s| format!("{:.1}%", s.fresh_files_pct)),
        ("stale (words)", |s| format!("{:.1}%", s.stale_words_pct)),
    ];
    for (name, f) in lines {
        let mut row = pad(name, width);
        for s in &report.summary {
            row.push_str(&pad(&f(s), col));
        }
        let _ = writeln!(out, "{}", row.trim_end());
    }
    let mut row = pad("mean lag (days)", width);
    for s in &report.summary {
        row.push_str(&pad(&s.mean_lag_days.map_or("-".to_string(), |d| format!("{d:.0}")), col));
    }
    let _ = writeln!(out, "{}", row.trim_end());
    if report.segments_checked {
        let checks = ["emphasis", "links", "inline-code", "numbers", "unchanged"];
        for check in checks {
            let mut row = pad(&format!("segments: {check}"), width);
            for s in &report.summary {
                row.push_str(&pad(&s.segment_findings.get(check).copied().unwrap_or(0).to_string(), col));
            }
            let _ = writeln!(out, "{}", row.trim_end());
        }
    }
    let mut row = pad("structural findings", width);
    for s in &report.summary {
        row.push_str(&pad(&s.structural_findings.to_string(), col));
    }
    let _ = writeln!(out, "{}", row.trim_end());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_when_needed() {
        assert_eq!(field("a"), "a");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\"\n"), "\"say \"\"hi\"\"\n\"");
    }

    #[test]
    fn long_names_are_cut_with_an_ellipsis() {
        assert_eq!(pad("abcdef", 4), "abc…");
        assert_eq!(pad("ab", 4), "ab  ");
    }
}
