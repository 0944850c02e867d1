//! Report: the output stage of `docloc check`.
//!
//! The checks hand over a [`Report`] (sorted [`Diagnostic`]s, the external URLs
//! they found, the number of files checked); an [`Emitter`] writes it in one
//! [`Format`]. There is one emitter per format, each in its own file, in the
//! manner of ruff's `message/` module:
//!
//! * [`human`]: terminal text with source snippets and carets (annotate-snippets),
//!   a summary by rule and a total line;
//! * [`json`]: a stable, versioned JSON document (schema in `schemas/report.schema.json`);
//! * [`sarif`]: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers;
//! * [`github`]: GitHub Actions workflow commands (`::error file=…::…`) that
//!   become annotations on a pull request.
//!
//! This module depends only on [`crate::diagnostic`].

pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

pub use github::GithubEmitter;
pub use human::HumanEmitter;
pub use json::JsonEmitter;
pub use sarif::SarifEmitter;

pub use crate::diagnostic::ExternalLink;
use crate::diagnostic::{display_path, Diagnostic, Severity};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::str::FromStr;

/// Output format for `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Format {
    /// Terminal text with source snippets ([`HumanEmitter`]); the default.
    #[default]
    Human,
    /// The versioned JSON document of `schemas/report.schema.json` ([`JsonEmitter`]).
    Json,
    /// SARIF 2.1.0 ([`SarifEmitter`]).
    Sarif,
    /// GitHub Actions workflow commands ([`GithubEmitter`]).
    Github,
}

impl Format {
    /// Every format, in the order `--help` lists them.
    pub const ALL: &'static [Format] = &[Format::Human, Format::Json, Format::Sarif, Format::Github];

    /// The `--format` value naming this format: `human`, `json`, `sarif` or `github`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Human => "human",
            Format::Json => "json",
            Format::Sarif => "sarif",
            Format::Github => "github",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of [`Format::from_str`]: the value names no format. Holds the value given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownFormat(pub String);

impl fmt::Display for UnknownFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown output format `{}`; expected one of: ", self.0)?;
        for (i, format) in Format::ALL.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(format.as_str())?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownFormat {}

impl FromStr for Format {
    type Err = UnknownFormat;

    /// Parses a `--format` value; exactly one of the lower-case names of [`Format::as_str`].
    fn from_str(s: &str) -> Result<Format, UnknownFormat> {
        Format::ALL.iter().copied().find(|f| f.as_str() == s).ok_or_else(|| UnknownFormat(s.to_string()))
    }
}

/// Everything one `docloc check` run found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Findings, already sorted with [`crate::diagnostic::sort_and_dedup`]; emitters keep this order.
    pub diagnostics: Vec<Diagnostic>,
    /// External URLs found in content, in source order.
    pub external_links: Vec<ExternalLink>,
    /// How many files were loaded and checked.
    pub files_checked: usize,
}

/// Options the emitters share.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmitOptions {
    /// The content root as given on the command line; spans' paths are relative to it.
    /// The human emitter reads source lines from here; see [`locate`] for how the
    /// shown paths are formed from it.
    pub content_root: PathBuf,
    /// Use ANSI colours (human output only; the caller decides from `--color` and the terminal).
    pub color: bool,
    /// Leave out the per-rule summary and the total line (human output only): `build`
    /// lists only some diagnostics and prints its own closing line, counted from all of
    /// them, so the two never disagree.
    pub omit_totals: bool,
}

/// Writes a [`Report`] in one output format.
pub trait Emitter {
    /// Writes the whole of `report` to `out`. Fails only when writing to `out` fails.
    fn emit(&self, out: &mut dyn io::Write, report: &Report, opts: &EmitOptions) -> io::Result<()>;
}

/// The emitter for `format`.
pub fn emitter(format: Format) -> Box<dyn Emitter> {
    match format {
        Format::Human => Box::new(HumanEmitter),
        Format::Json => Box::new(JsonEmitter),
        Format::Sarif => Box::new(SarifEmitter),
        Format::Github => Box::new(GithubEmitter),
    }
}

/// Counts of diagnostics per severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Summary {
    /// Diagnostics of severity [`Severity::Error`].
    pub errors: usize,
    /// Diagnostics of severity [`Severity::Warning`].
    pub warnings: usize,
    /// Diagnostics of severity [`Severity::Info`].
    pub infos: usize,
}

impl Summary {
    /// The count for one severity.
    pub fn count(&self, severity: Severity) -> usize {
        match severity {
            Severity::Error => self.errors,
            Severity::Warning => self.warnings,
            Severity::Info => self.infos,
        }
    }

    /// All diagnostics counted.
    pub fn total(&self) -> usize {
        self.errors + self.warnings + self.infos
    }
}

/// Counts per severity (errors, warnings, infos).
pub fn summary(diags: &[Diagnostic]) -> Summary {
    let mut s = Summary::default();
    for d in diags {
        match d.severity {
            Severity::Error => s.errors += 1,
            Severity::Warning => s.warnings += 1,
            Severity::Info => s.infos += 1,
        }
    }
    s
}

/// Where a file named by a span is, as users and CI see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Located {
    /// A `/`-separated path relative to the working directory (normally the
    /// repository root in CI), e.g. `content/zh-cn/partner-center/a.md`.
    Relative(String),
    /// An absolute path: the content root is absolute and outside the working directory.
    Absolute(PathBuf),
}

impl Located {
    /// The path as text: `/`-separated when relative, the platform's form when absolute.
    pub fn display(&self) -> String {
        match self {
            Located::Relative(s) => s.clone(),
            Located::Absolute(p) => p.display().to_string(),
        }
    }
}

/// Locates the file `span_path` (relative to `content_root`, `/`-separated) for output.
///
/// A relative content root is joined in front (`.` components dropped), so paths are
/// relative to the working directory — with `docloc check content` run at the
/// repository root, as in CI, they are repository-relative, which is what GitHub
/// annotations and code scanning match files by. An absolute content root inside the
/// working directory is made relative to it the same way; one outside stays absolute.
pub fn locate(content_root: &Path, span_path: &str) -> Located {
    let root = if content_root.is_absolute() {
        let inside =
            std::env::current_dir().ok().and_then(|cwd| content_root.strip_prefix(cwd).ok().map(Path::to_path_buf));
        match inside {
            Some(rel) => rel,
            None => return Located::Absolute(content_root.join(span_path)),
        }
    } else {
        content_root.to_path_buf()
    };
    let kept: PathBuf = root.components().filter(|c| !matches!(c, Component::CurDir)).collect();
    let prefix = display_path(&kept);
    if prefix.is_empty() {
        Located::Relative(span_path.to_string())
    } else {
        Located::Relative(format!("{prefix}/{span_path}"))
    }
}

/// `n` with a comma between groups of three digits, e.g. `1,611`.
pub(crate) fn group_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// A diagnostic's message with its hint appended on a new line as `help: …`,
/// for formats that have a single text field (SARIF, GitHub).
pub(crate) fn message_with_hint(d: &Diagnostic) -> String {
    match &d.hint {
        Some(hint) => format!("{}\nhelp: {hint}", d.message),
        None => d.message.clone(),
    }
}

/// The one shared set of sample diagnostics every emitter's snapshot test renders.
#[cfg(test)]
pub(crate) mod sample {
    use super::*;
    use crate::diagnostic::{sort_and_dedup, Rule, Span};

    /// Chinese article (path and content), with front matter.
    pub(crate) const ZH_PATH: &str = "zh-cn/partner-center/提交声明.md";
    const ZH_TEXT: &str = "---\ntitle: 提交 OSA 声明\n---\n# 提交声明\n\n请参阅[合作伙伴协议](agreements.md#概述)了解详细信息。\n:::image type=\"content\" source=\"images/claim.png\":::\n";
    /// Russian article, with a tab in a line.
    pub(crate) const RU_PATH: &str = "ru-ru/partner-center/заявка.md";
    const RU_TEXT: &str = "# Заявка\n\n\tСм. [обзор](overview.md#обзор) и [соглашения](../agreements.md).\n";
    /// Polish article with CRLF line ends.
    const PL_PATH: &str = "pl-pl/partner-center/claims.md";
    const PL_TEXT: &str = "---\r\ntitle: Zgłoszenia\r\n---\r\nZobacz [umowy](Agreements.md).\r\n";
    /// A path whose file does not exist (unreadable: no snippet).
    const SV_PATH: &str = "sv-se/partner-center/saknas.md";

    fn span(path: &str, line: u32, column: u32, len: u32) -> Option<Span> {
        Some(Span { path: path.to_string(), line, column, len })
    }

    /// Writes the sample source files under a new temporary content root.
    pub(crate) fn tree() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("create temp dir");
        for (path, text) in [(ZH_PATH, ZH_TEXT), (RU_PATH, RU_TEXT), (PL_PATH, PL_TEXT)] {
            let full = dir.path().join(path);
            std::fs::create_dir_all(full.parent().expect("has parent")).expect("create dirs");
            std::fs::write(full, text).expect("write sample");
        }
        dir
    }

    /// The sample report: every severity, with and without span, hint and length,
    /// non-ASCII paths and messages, characters GitHub must escape, an unreadable
    /// file and a column past the end of its line.
    pub(crate) fn report() -> Report {
        let mut diagnostics = vec![
            Diagnostic::new(
                Rule::TemplateError,
                None,
                "template `article.html` failed: variable `page.title` not found",
            )
            .with_hint("define `title` in the front matter or guard the variable"),
            Diagnostic::new(Rule::FileNotFound, span(ZH_PATH, 6, 4, 26), "链接目标 `agreements.md` 不存在")
                .with_hint("您是指 `agreement.md` 吗？"),
            Diagnostic::new(Rule::ImageInvalid, span(ZH_PATH, 7, 1, 52), ":::image 缺少 `alt-text`"),
            Diagnostic::new(Rule::TitleLength, span(ZH_PATH, 2, 8, 9), "标题只有 9 个字符（至少 20 个）"),
            Diagnostic::new(
                Rule::BookmarkNotFound,
                span(RU_PATH, 3, 13, 19),
                "якорь `#обзор` не найден: 100% ссылок, проверьте\nзаголовки",
            )
            .with_hint("Используйте один из идентификаторов: `заявка`"),
            Diagnostic {
                severity: Severity::Error,
                ..Diagnostic::new(
                    Rule::LinkFallback,
                    span(RU_PATH, 3, 47, 18),
                    "ссылка ведёт в другую локаль: en-us/partner-center/agreements.md",
                )
            },
            Diagnostic::new(
                Rule::LinkCaseMismatch,
                span(PL_PATH, 4, 15, 15),
                "link target `Agreements.md` matches `agreements.md` only when case is ignored",
            )
            .with_hint("write `agreements.md`"),
            Diagnostic::new(Rule::MissingAttribute, span(PL_PATH, 2, 200, 0), "front matter lacks `ms.date`"),
            Diagnostic::new(
                Rule::DateFormatInvalid,
                span(SV_PATH, 3, 10, 8),
                "`ms.date` value `3/2/2021` is not MM/DD/YYYY",
            )
            .with_hint("write `03/02/2021`"),
        ];
        sort_and_dedup(&mut diagnostics);
        Report {
            diagnostics,
            external_links: vec![
                ExternalLink {
                    url: "https://learn.microsoft.com/zh-cn/partner-center/".to_string(),
                    span: Span { path: ZH_PATH.to_string(), line: 6, column: 4, len: 10 },
                },
                ExternalLink {
                    url: "mailto:partner@example.com".to_string(),
                    span: Span { path: RU_PATH.to_string(), line: 1, column: 3, len: 6 },
                },
            ],
            files_checked: 1611,
        }
    }

    /// Options for the formats that read no source: a relative content root `content`.
    pub(crate) fn options() -> EmitOptions {
        EmitOptions { content_root: PathBuf::from("content"), color: false, omit_totals: false }
    }

    /// Emits `report` in `format` to a string.
    pub(crate) fn emit(format: Format, report: &Report, opts: &EmitOptions) -> String {
        let mut out = Vec::new();
        emitter(format).emit(&mut out, report, opts).expect("writing to a Vec cannot fail");
        String::from_utf8(out).expect("emitters write UTF-8")
    }

    /// `text` with this crate's version replaced by `[VERSION]`, for snapshots.
    pub(crate) fn redact_version(text: &str) -> String {
        text.replace(env!("CARGO_PKG_VERSION"), "[VERSION]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Rule;

    #[test]
    fn format_names_round_trip() {
        for f in Format::ALL {
            assert_eq!(f.as_str().parse::<Format>(), Ok(*f));
            assert_eq!(f.to_string(), f.as_str());
        }
        let err = "xml".parse::<Format>().unwrap_err();
        assert_eq!(err, UnknownFormat("xml".to_string()));
        assert_eq!(err.to_string(), "unknown output format `xml`; expected one of: human, json, sarif, github");
        assert!("JSON".parse::<Format>().is_err());
    }

    #[test]
    fn summary_counts_effective_severity() {
        let report = sample::report();
        let s = summary(&report.diagnostics);
        assert_eq!(s, Summary { errors: 3, warnings: 5, infos: 1 });
        assert_eq!(s.total(), report.diagnostics.len());
        assert_eq!(s.count(Severity::Warning), 5);
        let overridden = Diagnostic { severity: Severity::Info, ..Diagnostic::new(Rule::FileNotFound, None, "x") };
        assert_eq!(summary(&[overridden]), Summary { errors: 0, warnings: 0, infos: 1 });
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(1611), "1,611");
        assert_eq!(group_thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn paths_are_located_relative_to_the_working_directory() {
        let p = "zh-cn/a b.md";
        assert_eq!(locate(Path::new("content"), p), Located::Relative("content/zh-cn/a b.md".into()));
        assert_eq!(locate(Path::new("./docs/./content"), p), Located::Relative("docs/content/zh-cn/a b.md".into()));
        assert_eq!(locate(Path::new(""), p), Located::Relative(p.into()));
        assert_eq!(locate(Path::new("."), p), Located::Relative(p.into()));
        assert_eq!(locate(Path::new("../x"), p), Located::Relative("../x/zh-cn/a b.md".into()));
        let cwd = std::env::current_dir().expect("cwd");
        assert_eq!(locate(&cwd.join("content"), p), Located::Relative("content/zh-cn/a b.md".into()));
        let outside = tempfile::tempdir().expect("temp dir");
        if outside.path().strip_prefix(&cwd).is_err() {
            let got = locate(outside.path(), p);
            assert_eq!(got, Located::Absolute(outside.path().join(p)));
            assert!(got.display().ends_with("a b.md"));
        }
    }

    #[test]
    fn hint_is_appended_on_its_own_line() {
        let d = Diagnostic::new(Rule::LinkSpace, None, "space in link");
        assert_eq!(message_with_hint(&d), "space in link");
        assert_eq!(message_with_hint(&d.with_hint("use %20")), "space in link\nhelp: use %20");
    }
}
