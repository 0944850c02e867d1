//! JSON output: a stable, versioned document for scripts and dashboards.
//!
//! The shape is described by the JSON Schema (draft 2020-12) in
//! `schemas/report.schema.json`; [`JsonReport`] is its Rust form and can be
//! deserialized back. Example (abridged):
//!
//! ```json
//! {
//!   "version": 1,
//!   "content_root": "content",
//!   "files_checked": 1611,
//!   "summary": { "errors": 1, "warnings": 0, "infos": 0 },
//!   "diagnostics": [
//!     { "rule": "file-not-found", "severity": "error", "message": "…",
//!       "path": "zh-cn/partner-center/a.md", "line": 6, "column": 4,
//!       "end_column": 30, "hint": null }
//!   ],
//!   "external_links": [
//!     { "url": "https://learn.microsoft.com/", "path": "zh-cn/partner-center/a.md", "line": 6, "column": 4 }
//!   ]
//! }
//! ```
//!
//! Every key is always present; absent values are `null`. Paths are relative to
//! `content_root` and `/`-separated; lines and columns are 1-based, columns counted
//! in Unicode scalar values (chars). `version` changes only when a key is removed
//! or its meaning changes.

use super::{summary, EmitOptions, Emitter, Report, Summary};
use crate::diagnostic::{display_path, Diagnostic, Rule, Severity, Span};
use serde::{Deserialize, Serialize};
use std::io;

/// The `version` this emitter writes.
pub const SCHEMA_VERSION: u32 = 1;

/// Writes one pretty-printed [`JsonReport`] followed by a newline.
#[derive(Debug, Clone, Copy, Default)]
pub struct JsonEmitter;

impl Emitter for JsonEmitter {
    fn emit(&self, out: &mut dyn io::Write, report: &Report, opts: &EmitOptions) -> io::Result<()> {
        let doc = JsonReport::new(report, opts);
        serde_json::to_writer_pretty(&mut *out, &doc)?;
        writeln!(out)
    }
}

/// The top-level JSON document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JsonReport {
    /// Schema version, [`SCHEMA_VERSION`].
    pub version: u32,
    /// The content root as given (`/`-separated); every `path` is relative to it.
    pub content_root: String,
    /// How many files were loaded and checked.
    pub files_checked: usize,
    /// Diagnostics counted per severity.
    pub summary: Summary,
    /// Every diagnostic, sorted by path, line, column, rule.
    pub diagnostics: Vec<JsonDiagnostic>,
    /// External URLs found in content (not fetched), in source order.
    pub external_links: Vec<JsonExternalLink>,
}

/// One diagnostic, flattened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JsonDiagnostic {
    /// Kebab-case rule id, e.g. `file-not-found` ([`Rule::id`]).
    pub rule: String,
    /// `error`, `warning` or `info` ([`Severity::as_str`]).
    pub severity: String,
    /// What is wrong.
    pub message: String,
    /// File relative to the content root; `null` for a site-wide finding.
    pub path: Option<String>,
    /// 1-based line; `null` exactly when `path` is.
    pub line: Option<u32>,
    /// 1-based column in chars; `null` exactly when `path` is.
    pub column: Option<u32>,
    /// Column just past the span (exclusive, = column + length in chars); `null`
    /// for a point span or no span. Spans are taken to lie on one line.
    pub end_column: Option<u32>,
    /// What to do about it; `null` when there is no hint.
    pub hint: Option<String>,
}

/// One external URL and where it is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JsonExternalLink {
    /// The URL as written.
    pub url: String,
    /// File relative to the content root.
    pub path: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column in chars.
    pub column: u32,
}

impl JsonReport {
    /// The JSON form of `report`, with `content_root` taken from `opts`.
    pub fn new(report: &Report, opts: &EmitOptions) -> JsonReport {
        JsonReport {
            version: SCHEMA_VERSION,
            content_root: display_path(&opts.content_root),
            files_checked: report.files_checked,
            summary: summary(&report.diagnostics),
            diagnostics: report.diagnostics.iter().map(JsonDiagnostic::from).collect(),
            external_links: report
                .external_links
                .iter()
                .map(|l| JsonExternalLink {
                    url: l.url.clone(),
                    path: l.span.path.clone(),
                    line: l.span.line,
                    column: l.span.column,
                })
                .collect(),
        }
    }
}

impl From<&Diagnostic> for JsonDiagnostic {
    fn from(d: &Diagnostic) -> JsonDiagnostic {
        let span = d.span.as_ref();
        JsonDiagnostic {
            rule: d.rule.id().to_string(),
            severity: d.severity.as_str().to_string(),
            message: d.message.clone(),
            path: span.map(|s| s.path.clone()),
            line: span.map(|s| s.line),
            column: span.map(|s| s.column),
            end_column: span.filter(|s| s.len > 0).map(|s| s.column.saturating_add(s.len)),
            hint: d.hint.clone(),
        }
    }
}

impl JsonDiagnostic {
    /// The [`Diagnostic`] this entry describes; `None` if the rule id or severity is
    /// unknown, or the location fields are inconsistent (some `null`, some not, or
    /// `end_column` not after `column`).
    pub fn to_diagnostic(&self) -> Option<Diagnostic> {
        let rule = Rule::from_id(&self.rule)?;
        let severity = match self.severity.as_str() {
            "error" => Severity::Error,
            "warning" => Severity::Warning,
            "info" => Severity::Info,
            _ => return None,
        };
        let span = match (&self.path, self.line, self.column, self.end_column) {
            (None, None, None, None) => None,
            (Some(path), Some(line), Some(column), end) => {
                let len = match end {
                    Some(end) => end.checked_sub(column).filter(|len| *len > 0)?,
                    None => 0,
                };
                Some(Span { path: path.clone(), line, column, len })
            }
            _ => return None,
        };
        Some(Diagnostic { rule, severity, message: self.message.clone(), span, hint: self.hint.clone() })
    }
}

#[cfg(test)]
mod tests {
    use super::super::sample;
    use super::*;
    use crate::report::{ExternalLink, Format};
    use serde_json::Value;

    const SCHEMA: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/schemas/report.schema.json"));

    fn schema() -> Value {
        serde_json::from_str(SCHEMA).expect("schema is JSON")
    }

    fn validator() -> jsonschema::Validator {
        jsonschema::draft202012::options().should_validate_formats(true).build(&schema()).expect("schema compiles")
    }

    fn errors(v: &jsonschema::Validator, doc: &Value) -> Vec<String> {
        v.iter_errors(doc).map(|e| format!("{} at {}", e, e.instance_path)).collect()
    }

    #[test]
    fn snapshot() {
        let out = sample::emit(Format::Json, &sample::report(), &sample::options());
        insta::assert_snapshot!("json", sample::redact_version(&out));
    }

    #[test]
    fn every_field_validates_and_round_trips() {
        let report = sample::report();
        let out = sample::emit(Format::Json, &report, &sample::options());
        let doc: Value = serde_json::from_str(&out).expect("valid JSON");
        assert_eq!(errors(&validator(), &doc), Vec::<String>::new());

        // Every optional field occurs both filled and null in the sample.
        let diags = doc["diagnostics"].as_array().expect("array");
        for key in ["path", "line", "column", "end_column", "hint"] {
            assert!(diags.iter().any(|d| d[key].is_null()), "{key} never null");
            assert!(diags.iter().any(|d| !d[key].is_null()), "{key} never set");
        }

        let back: JsonReport = serde_json::from_str(&out).expect("deserializes");
        assert_eq!(back, JsonReport::new(&report, &sample::options()));
        let diagnostics: Option<Vec<Diagnostic>> = back.diagnostics.iter().map(|d| d.to_diagnostic()).collect();
        assert_eq!(diagnostics, Some(report.diagnostics.clone()));
        let links: Vec<ExternalLink> = back
            .external_links
            .iter()
            .map(|l| ExternalLink {
                url: l.url.clone(),
                span: Span { path: l.path.clone(), line: l.line, column: l.column, len: 0 },
            })
            .collect();
        assert_eq!(links.len(), report.external_links.len());
        assert_eq!(links[0].url, report.external_links[0].url);
        assert_eq!(back.summary, summary(&report.diagnostics));
        assert_eq!(back.content_root, "content");
        assert_eq!(back.files_checked, 1611);
    }

    /// A change that makes a report document invalid.
    type Mutation = fn(&mut Value);

    #[test]
    fn schema_rejects_drift() {
        let v = validator();
        let out = sample::emit(Format::Json, &sample::report(), &sample::options());
        let good: Value = serde_json::from_str(&out).expect("valid JSON");
        let mutations: [(&str, Mutation); 5] = [
            ("missing rule", |d| {
                d["diagnostics"][0].as_object_mut().map(|o| o.remove("rule"));
            }),
            ("unknown rule", |d| d["diagnostics"][0]["rule"] = "no-such-rule".into()),
            ("bad severity", |d| d["diagnostics"][0]["severity"] = "fatal".into()),
            ("extra key", |d| d["summary"]["fatal"] = 1.into()),
            ("column 0", |d| d["external_links"][0]["column"] = 0.into()),
        ];
        for (what, mutate) in mutations {
            let mut doc = good.clone();
            mutate(&mut doc);
            assert!(!errors(&v, &doc).is_empty(), "schema accepted {what}");
        }
    }

    #[test]
    fn schema_lists_every_rule_and_matches_the_version() {
        let schema = schema();
        let ids: Vec<&str> = schema["$defs"]["diagnostic"]["properties"]["rule"]["enum"]
            .as_array()
            .expect("rule enum")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let expected: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
        assert_eq!(ids, expected);
        assert_eq!(schema["properties"]["version"]["const"], SCHEMA_VERSION);
        assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    }

    #[test]
    fn inconsistent_entries_do_not_convert() {
        let d = JsonDiagnostic::from(&sample::report().diagnostics[1]);
        assert!(d.to_diagnostic().is_some());
        assert!(JsonDiagnostic { rule: "nope".into(), ..d.clone() }.to_diagnostic().is_none());
        assert!(JsonDiagnostic { severity: "fatal".into(), ..d.clone() }.to_diagnostic().is_none());
        assert!(JsonDiagnostic { line: None, ..d.clone() }.to_diagnostic().is_none());
        assert!(JsonDiagnostic { end_column: d.column, ..d.clone() }.to_diagnostic().is_none());
    }
}
