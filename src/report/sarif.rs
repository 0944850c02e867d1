//! SARIF output: OASIS SARIF 2.1.0, as uploaded to GitHub code scanning.
//!
//! One run; `tool.driver.rules[]` lists every [`Rule`] (in [`Rule::ALL`] order, so
//! `ruleIndex` is the rule's position there) with its help text and default level.
//! Each diagnostic with a span becomes a `result` with one physical location;
//! `columnKind` is `unicodeCodePoints`, matching [`Span`]'s char columns.
//!
//! GitHub code scanning rejects a whole upload if any result lacks a location
//! ("locationFromSarifResult: expected at least one location"), so diagnostics
//! without a span become `toolExecutionNotifications` of the run's invocation instead.
//! GitHub also ignores `originalUriBaseIds` and resolves relative URIs against the
//! repository root, so artifact URIs are made relative to the working directory
//! (see [`locate`]), with `uriBaseId` `%SRCROOT%` naming that directory; a content
//! root outside it gives absolute `file://` URIs (GitHub makes those relative
//! to the checkout).

use super::{locate, message_with_hint, EmitOptions, Emitter, Located, Report};
use crate::diagnostic::{Diagnostic, Rule, Severity, Span};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::Serialize;
use std::io;

/// `$schema` of the log: SchemaStore's copy of the OASIS SARIF 2.1.0 schema, the
/// URI GitHub's code scanning documentation uses.
pub const SARIF_SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The `uriBaseId` of every relative artifact URI: the directory docloc ran in
/// (the repository root in CI).
pub const SRCROOT: &str = "%SRCROOT%";

/// Characters kept as they are in a URI path (RFC 3986 `pchar` plus `/`); all
/// others, including every non-ASCII byte of the UTF-8 form, are percent-encoded.
const PATH: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'!')
    .remove(b'$')
    .remove(b'&')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'*')
    .remove(b'+')
    .remove(b',')
    .remove(b';')
    .remove(b'=')
    .remove(b':')
    .remove(b'@')
    .remove(b'/');

/// Writes one pretty-printed SARIF 2.1.0 log followed by a newline.
#[derive(Debug, Clone, Copy, Default)]
pub struct SarifEmitter;

impl Emitter for SarifEmitter {
    fn emit(&self, out: &mut dyn io::Write, report: &Report, opts: &EmitOptions) -> io::Result<()> {
        let log = Log::new(report, opts);
        serde_json::to_writer_pretty(&mut *out, &log)?;
        writeln!(out)
    }
}

/// The SARIF level of a severity: `error`, `warning` or `note`.
pub fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// `artifactLocation` of a span's file: a percent-encoded relative URI with
/// `uriBaseId` [`SRCROOT`], or an absolute `file://` URI without one.
fn artifact_location(opts: &EmitOptions, span_path: &str) -> ArtifactLocation {
    match locate(&opts.content_root, span_path) {
        Located::Relative(path) => {
            ArtifactLocation { uri: utf8_percent_encode(&path, PATH).to_string(), uri_base_id: Some(SRCROOT) }
        }
        Located::Absolute(path) => {
            let text = path.to_string_lossy().replace('\\', "/");
            let slash = if text.starts_with('/') { "" } else { "/" };
            ArtifactLocation { uri: format!("file://{slash}{}", utf8_percent_encode(&text, PATH)), uri_base_id: None }
        }
    }
}

/// `sarifLog` (§3.13).
#[derive(Serialize)]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run; 1],
}

/// `run` (§3.14).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    invocations: [Invocation; 1],
    results: Vec<SarifResult>,
    column_kind: &'static str,
}

/// `tool` (§3.18).
#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

/// `toolComponent` (§3.19) for docloc itself.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    information_uri: Option<&'static str>,
    version: &'static str,
    rules: Vec<ReportingDescriptor>,
}

/// `reportingDescriptor` (§3.49) of one rule.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReportingDescriptor {
    id: &'static str,
    name: String,
    short_description: Text,
    full_description: Text,
    help: Text,
    default_configuration: Configuration,
}

/// `reportingConfiguration` (§3.50).
#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

/// `message` / `multiformatMessageString` with plain text only.
#[derive(Serialize)]
struct Text {
    text: String,
}

/// `invocation` (§3.20).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tool_execution_notifications: Vec<Notification>,
}

/// `notification` (§3.58): a diagnostic with no span.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Notification {
    associated_rule: RuleReference,
    level: &'static str,
    message: Text,
}

/// `reportingDescriptorReference` (§3.52).
#[derive(Serialize)]
struct RuleReference {
    id: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    index: Option<usize>,
}

/// `result` (§3.27).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    level: &'static str,
    message: Text,
    locations: [Location; 1],
}

/// `location` (§3.28).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
}

/// `physicalLocation` (§3.29).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

/// `artifactLocation` (§3.4).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

/// `region` (§3.30), text-related properties; `endColumn` is exclusive.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: u32,
    start_column: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_column: Option<u32>,
}

impl Log {
    fn new(report: &Report, opts: &EmitOptions) -> Log {
        let mut results = Vec::new();
        let mut notifications = Vec::new();
        for d in &report.diagnostics {
            match &d.span {
                Some(span) => results.push(result(d, span, opts)),
                None => notifications.push(Notification {
                    associated_rule: RuleReference { id: d.rule.id(), index: rule_index(d.rule) },
                    level: level(d.severity),
                    message: Text { text: message_with_hint(d) },
                }),
            }
        }
        Log {
            schema: SARIF_SCHEMA_URI,
            version: "2.1.0",
            runs: [Run {
                tool: Tool {
                    driver: Driver {
                        name: "docloc",
                        information_uri: information_uri(),
                        version: env!("CARGO_PKG_VERSION"),
                        rules: Rule::ALL.iter().map(|r| descriptor(*r)).collect(),
                    },
                },
                invocations: [Invocation { execution_successful: true, tool_execution_notifications: notifications }],
                results,
                column_kind: "unicodeCodePoints",
            }],
        }
    }
}

/// The package's homepage, else its repository, if Cargo.toml names one.
fn information_uri() -> Option<&'static str> {
    [env!("CARGO_PKG_HOMEPAGE"), env!("CARGO_PKG_REPOSITORY")].into_iter().find(|s| !s.is_empty())
}

/// Position of `rule` in [`Rule::ALL`], i.e. in `tool.driver.rules`.
fn rule_index(rule: Rule) -> Option<usize> {
    Rule::ALL.iter().position(|r| *r == rule)
}

/// The reporting descriptor of `rule`: `name` is the rule id in PascalCase
/// (`file-not-found` → `FileNotFound`); the descriptions and help are its help text,
/// the short description being its first sentence.
fn descriptor(rule: Rule) -> ReportingDescriptor {
    let name = rule
        .id()
        .split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect();
    let help = rule.help();
    let short = help.find(". ").map_or(help, |i| &help[..=i]);
    ReportingDescriptor {
        id: rule.id(),
        name,
        short_description: Text { text: short.to_string() },
        full_description: Text { text: help.to_string() },
        help: Text { text: help.to_string() },
        default_configuration: Configuration { level: level(rule.default_severity()) },
    }
}

/// The SARIF result of a diagnostic with a span.
fn result(d: &Diagnostic, span: &Span, opts: &EmitOptions) -> SarifResult {
    SarifResult {
        rule_id: d.rule.id(),
        rule_index: rule_index(d.rule),
        level: level(d.severity),
        message: Text { text: message_with_hint(d) },
        locations: [Location {
            physical_location: PhysicalLocation {
                artifact_location: artifact_location(opts, &span.path),
                region: Region {
                    start_line: span.line.max(1),
                    start_column: span.column.max(1),
                    end_column: (span.len > 0).then(|| span.column.max(1).saturating_add(span.len)),
                },
            },
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::super::sample;
    use super::*;
    use crate::report::{EmitOptions, Format};
    use serde_json::Value;

    const SARIF_SCHEMA: &str =
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sarif-schema-2.1.0.json"));

    fn emit(opts: &EmitOptions) -> Value {
        let out = sample::emit(Format::Sarif, &sample::report(), opts);
        serde_json::from_str(&out).expect("SARIF is JSON")
    }

    fn schema_errors(doc: &Value) -> Vec<String> {
        let schema: Value = serde_json::from_str(SARIF_SCHEMA).expect("schema is JSON");
        assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
        let validator = jsonschema::draft7::options()
            .should_validate_formats(true)
            .build(&schema)
            .expect("SARIF schema compiles without fetching anything");
        validator.iter_errors(doc).map(|e| format!("{} at {}", e, e.instance_path)).collect()
    }

    #[test]
    fn snapshot() {
        let out = sample::emit(Format::Sarif, &sample::report(), &sample::options());
        insta::assert_snapshot!("sarif", sample::redact_version(&out));
    }

    #[test]
    fn validates_against_the_sarif_2_1_0_schema() {
        let doc = emit(&sample::options());
        assert_eq!(schema_errors(&doc), Vec::<String>::new());
        let dir = sample::tree();
        let absolute = EmitOptions { content_root: dir.path().to_path_buf(), color: false, omit_totals: false };
        assert_eq!(schema_errors(&emit(&absolute)), Vec::<String>::new());
        let mut broken = doc.clone();
        broken["runs"][0]["results"][0]["level"] = "fatal".into();
        assert!(!schema_errors(&broken).is_empty(), "the schema must reject a bad level");
    }

    #[test]
    fn every_rule_is_described_and_indexed() {
        let doc = emit(&sample::options());
        let run = &doc["runs"][0];
        let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
        assert_eq!(rules.len(), Rule::ALL.len());
        for (rule, desc) in Rule::ALL.iter().zip(rules) {
            assert_eq!(desc["id"], rule.id());
            assert_eq!(desc["fullDescription"]["text"], rule.help());
            assert_eq!(desc["defaultConfiguration"]["level"], level(rule.default_severity()));
            assert!(!desc["shortDescription"]["text"].as_str().unwrap_or("").is_empty());
        }
        let file_not_found = rule_index(Rule::FileNotFound).expect("listed");
        assert_eq!(rules[file_not_found]["name"], "FileNotFound");
        assert_eq!(run["tool"]["driver"]["version"], env!("CARGO_PKG_VERSION"));
        assert_eq!(run["columnKind"], "unicodeCodePoints");
        for r in run["results"].as_array().expect("results") {
            let index = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
            assert_eq!(rules[index]["id"], r["ruleId"]);
            assert_eq!(r["locations"].as_array().map(Vec::len), Some(1), "GitHub needs one location");
        }
    }

    #[test]
    fn results_carry_encoded_paths_and_char_columns() {
        let doc = emit(&sample::options());
        let results = doc["runs"][0]["results"].as_array().expect("results");
        let zh = results.iter().find(|r| r["ruleId"] == "file-not-found").expect("file-not-found result");
        let loc = &zh["locations"][0]["physicalLocation"];
        let encoded = utf8_percent_encode(sample::ZH_PATH, PATH).to_string();
        assert_eq!(loc["artifactLocation"]["uri"], format!("content/{encoded}"));
        assert!(encoded.starts_with("zh-cn/partner-center/%E6%8F%90"), "{encoded}");
        assert_eq!(loc["artifactLocation"]["uriBaseId"], SRCROOT);
        assert_eq!(loc["region"]["startLine"], 6);
        assert_eq!(loc["region"]["startColumn"], 4);
        assert_eq!(loc["region"]["endColumn"], 30);
        assert_eq!(zh["level"], "error");
        assert_eq!(zh["message"]["text"], "链接目标 `agreements.md` 不存在\nhelp: 您是指 `agreement.md` 吗？");
        let point = results.iter().find(|r| r["ruleId"] == "missing-attribute").expect("point span");
        assert!(point["locations"][0]["physicalLocation"]["region"].get("endColumn").is_none());
        // The span-less diagnostic is a notification, not a location-less result.
        assert!(results.iter().all(|r| r["ruleId"] != "template-error"));
        let notes = &doc["runs"][0]["invocations"][0]["toolExecutionNotifications"];
        assert_eq!(notes[0]["associatedRule"]["id"], "template-error");
        assert_eq!(notes[0]["level"], "error");
    }

    #[test]
    fn absolute_roots_outside_the_working_directory_give_file_uris() {
        let dir = sample::tree();
        let cwd = std::env::current_dir().expect("cwd");
        if dir.path().strip_prefix(&cwd).is_ok() {
            return;
        }
        let opts = EmitOptions { content_root: dir.path().to_path_buf(), color: false, omit_totals: false };
        let loc = artifact_location(&opts, "ru-ru/a b#1.md");
        assert!(loc.uri.starts_with("file:///"), "{}", loc.uri);
        assert!(loc.uri.ends_with("/ru-ru/a%20b%231.md"), "{}", loc.uri);
        assert_eq!(loc.uri_base_id, None);
    }
}
