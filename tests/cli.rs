//! The `docloc` command line as users and CI run it: the real binary on small fixture
//! trees written to temporary folders, on the embedded default site (`content/`) and on
//! the five-locale Partner Center corpus (`../shared/corpus`).
//!
//! Pinned here: exit codes (0 clean, 1 findings, 2 usage or config error), `--deny`,
//! `--rule ID=LEVEL`, `--locale`, the essential shape of every `--format`, the messages
//! for a content root that cannot be used, clap's own usage errors, `build --strict` and
//! `--quiet`, and the build's summary line counting what `check --format json` counts.

use serde_json::Value;
use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The corpus folder as a command-line argument.
fn corpus() -> String {
    repo().join("../shared/corpus").to_str().expect("a UTF-8 path").to_string()
}

/// `docloc check --content CORPUS EXTRA…`, run in the repository.
fn check_corpus(extra: &[&str]) -> Run {
    let corpus = corpus();
    docloc(&repo(), ["check", "--content", corpus.as_str()].iter().chain(extra))
}

/// What one run of the binary gave.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "exit {:?}\n--- stdout\n{}\n--- stderr\n{}", self.code, self.stdout, self.stderr)
    }
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {self:?}"))
    }
}

/// Runs `docloc ARGS` in `cwd`, without a terminal (so no colour and no progress bar).
fn docloc<S: AsRef<OsStr>>(cwd: &Path, args: impl IntoIterator<Item = S>) -> Run {
    let o = Command::new(env!("CARGO_BIN_EXE_docloc"))
        .current_dir(cwd)
        .args(args)
        .env_remove("CI")
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs");
    Run {
        code: o.status.code(),
        stdout: String::from_utf8(o.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(o.stderr).expect("stderr is UTF-8"),
    }
}

/// An article with every front matter key the default `check.required_attributes` asks for.
fn article(title: &str, body: &str) -> String {
    format!(
        "---\ntitle: {title} page of the test docs\ndescription: A description long enough for the length check.\n\
         ms.date: 05/20/2021\nms.topic: conceptual\nauthor: someone\nms.author: someone\n---\n{body}"
    )
}

/// A two-locale content tree (`content/zh-cn/docs`, `content/ru-ru/docs`) with no
/// findings at all: an index and a page, linked both ways, both in the TOC.
fn clean_files() -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    for locale in ["zh-cn", "ru-ru"] {
        let d = format!("{locale}/docs");
        files.insert(
            format!("{d}/index.md"),
            article("Index", "# Index\n\nSee [Alpha](a.md) and [its details](a.md#details).\n"),
        );
        files
            .insert(format!("{d}/a.md"), article("Alpha", "# Alpha\n\n## Details\n\nBack to [the index](index.md).\n"));
        files.insert(format!("{d}/TOC.yml"), "- name: Docs\n  href: index.md\n- name: Alpha\n  href: a.md\n".into());
    }
    files
}

/// Line 13 of `zh-cn/docs/index.md` (after the 8 lines of front matter and the body's
/// first 4): `[gone](gone.md)`, a `file-not-found` error at column 10.
const BROKEN_LINK: &str = "# Index\n\nSee [Alpha](a.md).\n\nA [gone](gone.md) page.\n";
/// A fragment no heading of `a.md` has: a `bookmark-not-found` warning.
const BROKEN_BOOKMARK: &str = "# Index\n\nSee [Alpha](a.md#nowhere).\n";

/// The clean tree with `zh-cn/docs/index.md` replaced by `body`.
fn with_index(body: &str) -> BTreeMap<String, String> {
    let mut files = clean_files();
    files.insert("zh-cn/docs/index.md".into(), article("Index", body));
    files
}

/// The clean tree plus an article no TOC reaches: a `toc-orphan` info.
fn with_orphan() -> BTreeMap<String, String> {
    let mut files = clean_files();
    files.insert("zh-cn/docs/orphan.md".into(), article("Orphan", "# Orphan\n\nBack to [the index](index.md).\n"));
    files
}

/// One error, one warning and one info.
fn mixed_files() -> BTreeMap<String, String> {
    let mut files = with_orphan();
    files.insert("zh-cn/docs/index.md".into(), article("Index", BROKEN_LINK));
    files.insert("ru-ru/docs/index.md".into(), article("Index", BROKEN_BOOKMARK));
    files
}

/// A fixture tree in a temporary folder: `ROOT/content/<files>`; commands run in ROOT
/// with `--content content`, so reported paths read `content/zh-cn/…`.
struct Site {
    dir: tempfile::TempDir,
}

impl Site {
    fn new(files: &BTreeMap<String, String>) -> Site {
        let dir = tempfile::tempdir().expect("tempdir");
        for (path, text) in files {
            let file = dir.path().join("content").join(path);
            std::fs::create_dir_all(file.parent().expect("a parent folder")).expect("mkdir");
            std::fs::write(file, text).expect("write");
        }
        Site { dir }
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    fn check(&self, extra: &[&str]) -> Run {
        docloc(self.root(), ["check", "--content", "content"].iter().chain(extra))
    }

    fn build(&self, extra: &[&str]) -> Run {
        docloc(self.root(), ["build", "--content", "content", "--out", "site"].iter().chain(extra))
    }
}

fn rules_of(doc: &Value) -> Vec<(String, String)> {
    doc["diagnostics"]
        .as_array()
        .expect("diagnostics is an array")
        .iter()
        .map(|d| (d["rule"].as_str().unwrap_or("").to_string(), d["severity"].as_str().unwrap_or("").to_string()))
        .collect()
}

fn report_schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(repo().join("schemas/report.schema.json")).expect("the schema file");
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::draft202012::options().should_validate_formats(true).build(&schema).expect("the schema compiles")
}

fn sarif_schema() -> jsonschema::Validator {
    let text =
        std::fs::read_to_string(repo().join("tests/fixtures/sarif-schema-2.1.0.json")).expect("the SARIF schema");
    let schema: Value = serde_json::from_str(&text).expect("the SARIF schema is JSON");
    jsonschema::draft7::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles without fetching anything")
}

fn schema_errors(v: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    v.iter_errors(doc).take(10).map(|e| format!("{e} at {}", e.instance_path)).collect()
}

/// `(errors, warnings, infos)` from a JSON report's `summary`.
fn json_counts(doc: &Value) -> (u64, u64, u64) {
    let s = &doc["summary"];
    let n = |k: &str| s[k].as_u64().unwrap_or_else(|| panic!("summary.{k} is a count: {s}"));
    (n("errors"), n("warnings"), n("infos"))
}

/// `(errors, warnings, infos)` from the build's closing line `… — 1,234 errors, 5
/// warnings, 0 infos …`.
fn build_counts(stderr: &str) -> (u64, u64, u64) {
    let line = stderr.lines().rfind(|l| l.starts_with("Built ")).unwrap_or_else(|| panic!("no summary: {stderr}"));
    let tail = line.rsplit_once(" — ").map(|t| t.1).unwrap_or_else(|| panic!("no counts in {line:?}"));
    let mut words = tail.split(' ');
    let mut count = |unit: &str| -> u64 {
        let n = words.next().unwrap_or_default().replace(',', "");
        let w = words.next().unwrap_or_default().trim_end_matches(',');
        assert!(w.starts_with(unit), "expected `{unit}` in {line:?}");
        n.parse().unwrap_or_else(|_| panic!("a count before `{unit}` in {line:?}"))
    };
    (count("error"), count("warning"), count("info"))
}

// ---------------------------------------------------------------------------
// check: exit codes, --deny, --rule

#[test]
fn check_exits_0_when_clean_1_on_an_error_and_0_on_a_warning_unless_warnings_are_denied() {
    let clean = Site::new(&clean_files()).check(&[]);
    assert_eq!(clean.code, Some(0), "{clean:?}");
    assert!(clean.stdout.contains("0 errors, 0 warnings, 0 infos in 6 files"), "{clean:?}");
    assert_eq!(clean.stderr, "", "{clean:?}");

    let error = Site::new(&with_index(BROKEN_LINK)).check(&[]);
    assert_eq!(error.code, Some(1), "{error:?}");
    assert!(error.stdout.contains("error[file-not-found]: link `gone.md` not found"), "{error:?}");
    assert!(error.stdout.contains("--> content/zh-cn/docs/index.md:13:10"), "{error:?}");
    assert!(error.stdout.contains("1 error, 0 warnings, 0 infos in 6 files"), "{error:?}");

    let warning = Site::new(&with_index(BROKEN_BOOKMARK));
    let run = warning.check(&[]);
    assert_eq!(run.code, Some(0), "a warning alone passes: {run:?}");
    assert!(run.stdout.contains("warning[bookmark-not-found]"), "{run:?}");
    let denied = warning.check(&["--deny", "warnings"]);
    assert_eq!(denied.code, Some(1), "{denied:?}");
    assert!(denied.stdout.contains("warning[bookmark-not-found]"), "{denied:?}");

    // An info never fails, even with warnings denied.
    let info = Site::new(&with_orphan()).check(&["--deny", "warnings"]);
    assert_eq!(info.code, Some(0), "{info:?}");
    assert!(info.stdout.contains("info[toc-orphan]"), "{info:?}");
}

#[test]
fn deny_takes_only_warnings() {
    let site = Site::new(&clean_files());
    for bad in ["nonsense", "errors", "Warnings", ""] {
        let run = site.check(&["--deny", bad]);
        assert_eq!(run.code, Some(2), "--deny {bad:?}: {run:?}");
        assert!(run.stderr.contains(&format!("--deny takes `warnings`, not `{bad}`")), "{run:?}");
        assert_eq!(run.stdout, "", "a usage error writes no report: {run:?}");
    }
}

#[test]
fn rule_overrides_change_the_severity_the_output_and_the_exit_code() {
    let orphan = Site::new(&with_orphan());
    let allowed = orphan.check(&["--rule", "toc-orphan=allow"]);
    assert_eq!(allowed.code, Some(0), "{allowed:?}");
    assert!(!allowed.stdout.contains("toc-orphan"), "an allowed rule is not reported: {allowed:?}");
    assert!(allowed.stdout.contains("0 errors, 0 warnings, 0 infos"), "{allowed:?}");
    let denied = orphan.check(&["--rule", "toc-orphan=deny"]);
    assert_eq!(denied.code, Some(1), "{denied:?}");
    assert!(denied.stdout.contains("error[toc-orphan]"), "{denied:?}");
    let warned = orphan.check(&["--rule", "toc-orphan=warn"]);
    assert_eq!(warned.code, Some(0), "{warned:?}");
    assert!(warned.stdout.contains("warning[toc-orphan]"), "{warned:?}");
    assert_eq!(orphan.check(&["--rule", "toc-orphan=warn", "--deny", "warnings"]).code, Some(1));

    let broken = Site::new(&with_index(BROKEN_LINK));
    let warn = broken.check(&["--rule", "file-not-found=warn", "--format", "json"]);
    assert_eq!(warn.code, Some(0), "an error lowered to a warning passes: {warn:?}");
    assert_eq!(rules_of(&warn.json()), [("file-not-found".to_string(), "warning".to_string())]);
    assert_eq!(json_counts(&warn.json()), (0, 1, 0));
    let human = broken.check(&["--rule", "file-not-found=warn"]);
    assert!(human.stdout.contains("warning[file-not-found]") && !human.stdout.contains("error["), "{human:?}");
    assert_eq!(broken.check(&["--rule", "file-not-found=warn", "--deny", "warnings"]).code, Some(1));
    let info = broken.check(&["--rule", "file-not-found=info", "--deny", "warnings"]);
    assert_eq!(info.code, Some(0), "{info:?}");
    assert!(info.stdout.contains("info[file-not-found]"), "{info:?}");
    // Repeated: the last override of a rule wins; overrides of several rules combine.
    let both = broken.check(&["--rule", "file-not-found=warn", "--rule", "file-not-found=allow"]);
    assert_eq!(both.code, Some(0), "{both:?}");
    assert!(!both.stdout.contains("file-not-found"), "{both:?}");
}

#[test]
fn malformed_rule_overrides_are_usage_errors() {
    let site = Site::new(&clean_files());
    for (arg, message) in [
        ("nope=warn", "unknown rule id `nope`"),
        ("x", "--rule takes ID=LEVEL, got `x`"),
        ("toc-orphan", "--rule takes ID=LEVEL, got `toc-orphan`"),
        ("toc-orphan=loud", "unknown level `loud` (allow|info|warn|deny)"),
        ("=warn", "unknown rule id ``"),
    ] {
        let run = site.check(&["--rule", arg]);
        assert_eq!(run.code, Some(2), "--rule {arg}: {run:?}");
        assert!(run.stderr.contains(message), "--rule {arg}: {run:?}");
        assert_eq!(run.stdout, "", "{run:?}");
    }
}

// ---------------------------------------------------------------------------
// check: every output format

#[test]
fn json_report_validates_against_its_schema_and_counts_its_diagnostics() {
    let schema = report_schema();
    let site = Site::new(&mixed_files());
    let run = site.check(&["--format", "json"]);
    assert_eq!(run.code, Some(1), "{run:?}");
    let doc = run.json();
    assert_eq!(schema_errors(&schema, &doc), Vec::<String>::new());
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["content_root"], "content");
    assert_eq!(doc["files_checked"], 7);
    assert_eq!(json_counts(&doc), (1, 1, 1));
    let mut rules = rules_of(&doc);
    rules.sort();
    let want = [("bookmark-not-found", "warning"), ("file-not-found", "error"), ("toc-orphan", "info")];
    assert_eq!(rules, want.map(|(r, s)| (r.to_string(), s.to_string())));
    let d = doc["diagnostics"]
        .as_array()
        .and_then(|a| a.iter().find(|d| d["rule"] == "file-not-found"))
        .expect("the broken link");
    assert_eq!(
        (&d["path"], &d["line"], &d["column"], &d["end_column"]),
        (&"zh-cn/docs/index.md".into(), &13.into(), &10.into(), &17.into())
    );

    // The corpus: thousands of findings, still valid; the summary counts the list.
    let run = check_corpus(&["--format", "json"]);
    assert_eq!(run.code, Some(0), "the corpus has warnings but no errors: {}", run.stderr);
    let doc = run.json();
    assert_eq!(schema_errors(&schema, &doc), Vec::<String>::new());
    let rules = rules_of(&doc);
    let count = |sev: &str| rules.iter().filter(|r| r.1 == sev).count() as u64;
    assert_eq!(json_counts(&doc), (count("error"), count("warning"), count("info")));
    assert!(rules.len() > 1000 && doc["external_links"].as_array().is_some_and(|a| a.len() > 1000));
    assert!(doc["files_checked"].as_u64().is_some_and(|n| n > 1611), "{}", doc["files_checked"]);
}

#[test]
fn sarif_report_validates_and_locates_every_result() {
    let schema = sarif_schema();
    let site = Site::new(&mixed_files());
    let run = site.check(&["--format", "sarif"]);
    assert_eq!(run.code, Some(1), "the format does not change the exit code: {run:?}");
    let doc = run.json();
    assert_eq!(schema_errors(&schema, &doc), Vec::<String>::new());
    assert_eq!(doc["version"], "2.1.0");
    let results = doc["runs"][0]["results"].as_array().expect("runs[0].results");
    let mut found: Vec<(String, String)> = results
        .iter()
        .map(|r| (r["ruleId"].as_str().unwrap_or("").to_string(), r["level"].as_str().unwrap_or("").to_string()))
        .collect();
    found.sort();
    let want = [("bookmark-not-found", "warning"), ("file-not-found", "error"), ("toc-orphan", "note")];
    assert_eq!(found, want.map(|(r, s)| (r.to_string(), s.to_string())));
    let broken = results.iter().find(|r| r["ruleId"] == "file-not-found").expect("the broken link");
    let location = &broken["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "content/zh-cn/docs/index.md");
    assert_eq!(location["region"]["startLine"], 13);
    assert_eq!(location["region"]["startColumn"], 10);
    assert_eq!(location["region"]["endColumn"], 17);

    let run = check_corpus(&["--format", "sarif"]);
    let doc = run.json();
    assert_eq!(schema_errors(&schema, &doc), Vec::<String>::new());
    let results = doc["runs"][0]["results"].as_array().expect("runs[0].results");
    assert!(results.len() > 1000);
    for r in results {
        assert!(r["ruleId"].as_str().is_some_and(|id| !id.is_empty()), "{r}");
        let region = &r["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().is_some_and(|l| l >= 1), "every corpus finding has a region: {r}");
    }
}

#[test]
fn github_lines_are_workflow_commands_with_a_file() {
    let run = Site::new(&mixed_files()).check(&["--format", "github"]);
    assert_eq!(run.code, Some(1), "{run:?}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "one line per diagnostic, no totals: {run:?}");
    assert!(lines.contains(
        &"::error file=content/zh-cn/docs/index.md,line=13,col=10,endLine=13,endColumn=17,title=file-not-found::link `gone.md` not found: no `docs/gone.md` in zh-cn or its fallback locales"
    ), "{run:?}");
    assert!(lines.iter().any(|l| l.starts_with("::warning file=content/ru-ru/docs/index.md,line=11,")), "{run:?}");
    assert!(lines.iter().any(|l| l.starts_with("::notice file=content/zh-cn/docs/orphan.md,")), "{run:?}");

    let run = check_corpus(&["--format", "github"]);
    assert_eq!(run.code, Some(0));
    let mut warnings = 0;
    for line in run.stdout.lines() {
        warnings += usize::from(line.starts_with("::warning file="));
        assert!(
            ["::error file=", "::warning file=", "::notice file="].iter().any(|p| line.starts_with(p)),
            "not a workflow command with a file: {line}"
        );
        assert!(line.contains(",line=") && line.contains(",col=") && line.contains(",title="), "{line}");
    }
    assert!(warnings > 1000, "{warnings}");
}

#[test]
fn human_output_shows_rule_origin_snippet_help_and_totals() {
    let run = Site::new(&mixed_files()).check(&[]);
    assert_eq!(run.code, Some(1), "{run:?}");
    let out = &run.stdout;
    let error = out.find("error[file-not-found]: link `gone.md` not found").expect("the error heading");
    let block = &out[error..];
    assert!(block.contains("--> content/zh-cn/docs/index.md:13:10"), "{out}");
    assert!(block.contains("13 | A [gone](gone.md) page."), "the source line: {out}");
    assert!(block.contains("   |          ^^^^^^^"), "carets under `gone.md`: {out}");
    assert!(out.contains("warning[bookmark-not-found]"), "{out}");
    assert!(out.contains("info[toc-orphan]"), "{out}");
    assert!(out.contains("= help:"), "{out}");
    assert!(out.ends_with("1 error, 1 warning, 1 info in 7 files\n"), "{out}");
}

// ---------------------------------------------------------------------------
// check: --locale

#[test]
fn locale_restricts_findings_to_that_locale() {
    let all = check_corpus(&["--format", "json"]).json();
    let zh = check_corpus(&["--format", "json", "--locale", "zh-cn"]).json();
    let paths = |doc: &Value| -> Vec<String> {
        doc["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .filter_map(|d| d["path"].as_str().map(String::from))
            .collect()
    };
    let zh_paths = paths(&zh);
    assert!(!zh_paths.is_empty());
    assert!(
        zh_paths.iter().all(|p| p.starts_with("zh-cn/")),
        "{:?}",
        zh_paths.iter().find(|p| !p.starts_with("zh-cn/"))
    );
    assert!(paths(&all).len() > 3 * zh_paths.len(), "five locales report more than one");
    // The corpus configures no fallbacks, so zh-cn's findings do not depend on the other
    // locales being loaded: exactly the zh-cn findings of the whole run, apart from those
    // about the other locales' fallback copies of zh-cn pages, which exist only when those
    // locales are built.
    let of_zh: Vec<&Value> = all["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["path"].as_str().is_some_and(|p| p.starts_with("zh-cn/")))
        .filter(|d| d["rule"] != "fallback-bookmark-not-found")
        .collect();
    let zh_all: Vec<&Value> = zh["diagnostics"].as_array().expect("diagnostics").iter().collect();
    assert_eq!(zh_all, of_zh);
    assert!(zh["files_checked"].as_u64() < all["files_checked"].as_u64());
    let external = zh["external_links"].as_array().expect("external_links");
    assert!(!external.is_empty());
    assert!(external.iter().all(|l| l["path"].as_str().is_some_and(|p| p.starts_with("zh-cn/"))));

    // Repeatable: two locales give the findings of both.
    let two = check_corpus(&["--format", "json", "--locale", "zh-cn", "--locale", "ru-ru"]).json();
    let two_paths = paths(&two);
    assert!(two_paths.iter().all(|p| p.starts_with("zh-cn/") || p.starts_with("ru-ru/")));
    assert!(two_paths.iter().any(|p| p.starts_with("ru-ru/")) && two_paths.len() > zh_paths.len());

    let unknown = check_corpus(&["--format", "json", "--locale", "xx-yy"]);
    assert_eq!(unknown.code, Some(2), "{unknown:?}");
    assert!(unknown.stderr.contains("unknown locale(s): xx-yy"), "{unknown:?}");
    assert_eq!(unknown.stdout, "");
}

#[test]
fn locale_on_a_fixture_keeps_the_other_locales_findings_out() {
    let site = Site::new(&mixed_files());
    let ru = site.check(&["--locale", "ru-ru", "--format", "json"]);
    assert_eq!(ru.code, Some(0), "only ru-ru's warning remains: {ru:?}");
    assert_eq!(rules_of(&ru.json()), [("bookmark-not-found".to_string(), "warning".to_string())]);
    let zh = site.check(&["--locale", "zh-cn", "--format", "json"]);
    assert_eq!(zh.code, Some(1), "{zh:?}");
    let mut rules = rules_of(&zh.json());
    rules.sort();
    assert_eq!(
        rules,
        [("file-not-found".to_string(), "error".to_string()), ("toc-orphan".to_string(), "info".to_string())]
    );
}

// ---------------------------------------------------------------------------
// content roots that cannot be used, and clap's usage errors

#[test]
fn unusable_content_roots_exit_2_with_a_clear_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    std::fs::create_dir_all(root.join("empty")).expect("mkdir");
    std::fs::write(root.join("file.md"), "# Not a folder\n").expect("write");
    std::fs::create_dir_all(root.join("flat/docs")).expect("mkdir");
    std::fs::write(root.join("flat/docs/a.md"), "# A page outside any locale folder\n").expect("write");
    std::fs::write(root.join("flat/README.md"), "# Read me\n").expect("write");
    let cases: [(&[&str], &str); 5] = [
        (&["--content", "missing"], "error: content folder missing does not exist"),
        (&[], "error: content folder ./content does not exist"),
        (&["--content", "empty"], "error: no locale folders (such as zh-cn/ or en-us/) found in empty"),
        (&["--content", "file.md"], "error: content root file.md is not a folder"),
        (&["--content", "flat"], "error: no locale folders (such as zh-cn/ or en-us/) found in flat"),
    ];
    for command in ["check", "build"] {
        for (args, message) in &cases {
            let mut all = vec![command];
            all.extend_from_slice(args);
            if command == "build" {
                all.extend(["--out", "site"]);
            }
            let run = docloc(root, &all);
            assert_eq!(run.code, Some(2), "{all:?}: {run:?}");
            assert_eq!(run.stderr.trim_end(), *message, "{all:?}: {run:?}");
            assert_eq!(run.stdout, "", "{all:?}: {run:?}");
        }
    }
    assert!(!root.join("site").exists(), "nothing is written when the content cannot be loaded");
}

#[test]
fn usage_errors_exit_2_and_help_and_version_exit_0() {
    let dir = tempfile::tempdir().expect("tempdir");
    let here = dir.path();
    let flag = docloc(here, ["check", "--bogus"]);
    assert_eq!(flag.code, Some(2), "{flag:?}");
    assert!(flag.stderr.contains("unexpected argument '--bogus'"), "{flag:?}");
    let sub = docloc(here, ["frobnicate"]);
    assert_eq!(sub.code, Some(2), "{sub:?}");
    assert!(sub.stderr.contains("unrecognized subcommand 'frobnicate'"), "{sub:?}");
    let none = docloc(here, Vec::<&str>::new());
    assert_eq!(none.code, Some(2), "a subcommand is required: {none:?}");
    let format = docloc(here, ["check", "--format", "xml"]);
    assert_eq!(format.code, Some(2), "{format:?}");
    assert!(format.stderr.contains("invalid value 'xml'"), "{format:?}");
    assert!(format.stderr.contains("human") && format.stderr.contains("sarif"), "the values are listed: {format:?}");

    let help = docloc(here, ["--help"]);
    assert_eq!(help.code, Some(0), "{help:?}");
    assert!(help.stdout.contains("Usage: docloc <COMMAND>"), "{help:?}");
    assert!(help.stdout.contains("build") && help.stdout.contains("check"), "{help:?}");
    assert_eq!(help.stderr, "");
    let check_help = docloc(here, ["check", "--help"]);
    assert_eq!(check_help.code, Some(0), "{check_help:?}");
    for option in ["--content", "--locale", "--format", "--deny", "--rule", "--external"] {
        assert!(check_help.stdout.contains(option), "{option}: {check_help:?}");
    }
    let build_help = docloc(here, ["build", "--help"]);
    assert_eq!(build_help.code, Some(0), "{build_help:?}");
    for option in ["--out", "--strict", "--quiet"] {
        assert!(build_help.stdout.contains(option), "{option}: {build_help:?}");
    }
    let version = docloc(here, ["--version"]);
    assert_eq!(version.code, Some(0), "{version:?}");
    assert_eq!(version.stdout, format!("docloc {}\n", env!("CARGO_PKG_VERSION")));
}

// ---------------------------------------------------------------------------
// build: --strict, --quiet, and the summary line

#[test]
fn build_strict_fails_on_errors_only_and_still_writes_the_site() {
    let broken = Site::new(&with_index(BROKEN_LINK));
    let strict = broken.build(&["--strict"]);
    assert_eq!(strict.code, Some(1), "{strict:?}");
    assert!(broken.root().join("site/zh-cn/docs/index.html").is_file(), "the site is written all the same");
    let lax = broken.build(&[]);
    assert_eq!(lax.code, Some(0), "without --strict errors do not fail the build: {lax:?}");

    let warned = Site::new(&with_index(BROKEN_BOOKMARK)).build(&["--strict"]);
    assert_eq!(warned.code, Some(0), "warnings do not fail a strict build: {warned:?}");
    let clean = Site::new(&clean_files()).build(&["--strict"]);
    assert_eq!(clean.code, Some(0), "{clean:?}");
    assert!(clean.stderr.contains("— 0 errors, 0 warnings, 0 infos in "), "{clean:?}");
}

#[test]
fn build_quiet_prints_only_the_summary_line() {
    let site = Site::new(&mixed_files());
    let loud = site.build(&[]);
    assert_eq!(loud.code, Some(0), "{loud:?}");
    assert!(
        loud.stderr.contains("error[file-not-found]") && loud.stderr.contains("warning[bookmark-not-found]"),
        "{loud:?}"
    );
    assert!(!loud.stderr.contains("info[toc-orphan]"), "infos are counted, not listed: {loud:?}");
    assert!(loud.stderr.contains("(infos not listed: see `docloc check`)"), "{loud:?}");
    let quiet = site.build(&["--quiet"]);
    assert_eq!(quiet.code, Some(0), "{quiet:?}");
    assert_eq!(quiet.stdout, "");
    let lines: Vec<&str> = quiet.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{quiet:?}");
    assert!(lines[0].starts_with("Built 6 pages (ru-ru 3, zh-cn 3; 1 fallbacks)"), "{quiet:?}");
    assert_eq!(build_counts(lines[0]), (1, 1, 1), "{quiet:?}");
    assert!(!lines[0].contains("infos not listed"), "{quiet:?}");
    let short = site.build(&["-q", "--strict"]);
    assert_eq!(short.code, Some(1), "{short:?}");
    assert_eq!(short.stderr.lines().count(), 1, "{short:?}");
}

/// Runs `check --format json` and `build` on the same content; the build's closing line
/// must count what the check reports, and list each error and warning with its severity.
fn assert_build_counts_what_check_reports(cwd: &Path, content: &[&str]) {
    let report = docloc(cwd, ["check", "--format", "json"].iter().chain(content)).json();
    let out = tempfile::tempdir().expect("tempdir");
    let site = out.path().join("site");
    let site = site.to_str().expect("a UTF-8 path");
    let run = docloc(cwd, ["build", "--out", site].iter().chain(content));
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let (errors, warnings, infos) = json_counts(&report);
    assert_eq!(build_counts(&run.stderr), (errors, warnings, infos), "build vs check on {content:?}");
    // Listed with their real severity: one `error[…]` / `warning[…]` heading each.
    let listed = |prefix: &str| run.stderr.lines().filter(|l| l.starts_with(prefix)).count() as u64;
    assert_eq!((listed("error["), listed("warning["), listed("info[")), (errors, warnings, 0), "{content:?}");
}

#[test]
fn build_summary_counts_what_check_reports_on_a_fixture() {
    let site = Site::new(&mixed_files());
    assert_build_counts_what_check_reports(site.root(), &["--content", "content"]);
}

#[test]
fn build_summary_counts_what_check_reports_on_the_default_site() {
    // `content/` with the repository's docloc.toml: 16 errors and 9 warnings at the time of writing.
    assert_build_counts_what_check_reports(&repo(), &[]);
}

#[test]
fn build_summary_counts_what_check_reports_on_the_corpus() {
    assert_build_counts_what_check_reports(&repo(), &["--content", &corpus()]);
}

/// Fluent parity reaches `check`: a site's overlay that drops a variable is an error at
/// the message, a message missing from a site locale's overlay is not (the embedded file
/// still has it), and shipped locales the site does not publish stay quiet.
#[test]
fn check_reports_fluent_parity_for_the_site_locales() {
    let site = Site::new(&clean_files());
    std::fs::write(site.root().join("docloc.toml"), "ui_locales_dir = \"locales\"\n").expect("config");
    let ftl = site.root().join("locales/zh-cn/ui.ftl");
    std::fs::create_dir_all(ftl.parent().expect("parent")).expect("mkdir");
    std::fs::write(&ftl, "# overlay\nmenu = 菜单\narticle-date = 更新于 { $day }\n").expect("ftl");
    let run = site.check(&["--format", "json"]);
    let doc = run.json();
    let ftl_rules: Vec<(String, String)> =
        rules_of(&doc).into_iter().filter(|(rule, _)| rule.starts_with("ftl-")).collect();
    assert_eq!(ftl_rules.len(), 1, "{run:?}");
    assert_eq!(ftl_rules[0].0, "ftl-variable-mismatch", "{run:?}");
    let d = &doc["diagnostics"]
        .as_array()
        .expect("list")
        .iter()
        .find(|d| d["rule"] == "ftl-variable-mismatch")
        .expect("found");
    assert_eq!((d["path"].as_str(), d["line"].as_u64()), (Some("locales/zh-cn/ui.ftl"), Some(3)), "{d}");
    assert_eq!(run.code, Some(1), "a variable mismatch is an error: {run:?}");
}
