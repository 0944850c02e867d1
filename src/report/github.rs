//! GitHub Actions output: one workflow command per diagnostic.
//!
//! `::error file=PATH,line=L,col=C,endLine=L,endColumn=E,title=RULE::MESSAGE`
//! (`::warning` for warnings, `::notice` for infos). GitHub turns these lines into
//! annotations on the run and on the pull request's diff. `endColumn` is exclusive
//! (column + length in chars), as ruff writes it, and present only for spans with a
//! length; a diagnostic without a span gets no `file`. The hint follows the message
//! on a new line. Escaping follows the Actions runner's `ActionCommand`: in the
//! message `%`, `\r`, `\n` become `%25`, `%0D`, `%0A`; property values additionally
//! escape `:` and `,` as `%3A` and `%2C`.

use super::{locate, message_with_hint, EmitOptions, Emitter, Report};
use crate::diagnostic::{Diagnostic, Severity};
use std::io;

/// Writes GitHub Actions workflow commands, one line per diagnostic.
#[derive(Debug, Clone, Copy, Default)]
pub struct GithubEmitter;

impl Emitter for GithubEmitter {
    fn emit(&self, out: &mut dyn io::Write, report: &Report, opts: &EmitOptions) -> io::Result<()> {
        for d in &report.diagnostics {
            writeln!(out, "{}", command(d, opts))?;
        }
        Ok(())
    }
}

/// The workflow command name of a severity: `error`, `warning` or `notice`.
pub fn command_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// One diagnostic as a workflow command line (without the line ending).
pub fn command(d: &Diagnostic, opts: &EmitOptions) -> String {
    let mut props: Vec<(&str, String)> = Vec::new();
    if let Some(span) = &d.span {
        props.push(("file", locate(&opts.content_root, &span.path).display()));
        props.push(("line", span.line.to_string()));
        props.push(("col", span.column.to_string()));
        if span.len > 0 {
            props.push(("endLine", span.line.to_string()));
            props.push(("endColumn", span.column.saturating_add(span.len).to_string()));
        }
    }
    props.push(("title", d.rule.id().to_string()));
    let props: Vec<String> = props.iter().map(|(k, v)| format!("{k}={}", escape_property(v))).collect();
    format!("::{} {}::{}", command_name(d.severity), props.join(","), escape_data(&message_with_hint(d)))
}

/// Escapes a command's message: `%` → `%25`, `\r` → `%0D`, `\n` → `%0A`.
pub fn escape_data(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            _ => out.push(ch),
        }
    }
    out
}

/// Escapes a property value: as [`escape_data`], and `:` → `%3A`, `,` → `%2C`.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::super::sample;
    use super::*;
    use crate::diagnostic::{Rule, Span};
    use crate::report::Format;

    #[test]
    fn snapshot() {
        let out = sample::emit(Format::Github, &sample::report(), &sample::options());
        insta::assert_snapshot!("github", sample::redact_version(&out));
    }

    #[test]
    fn escapes_data_and_properties() {
        assert_eq!(escape_data("100%\r\nа:б,в"), "100%25%0D%0Aа:б,в");
        assert_eq!(escape_property("100%\r\nа:б,в"), "100%25%0D%0Aа%3Aб%2Cв");
        // `%` is escaped first, so an escape sequence in the input stays literal.
        assert_eq!(escape_property("%3A"), "%253A");
    }

    #[test]
    fn one_line_per_diagnostic_with_char_columns() {
        let report = sample::report();
        let out = sample::emit(Format::Github, &report, &sample::options());
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), report.diagnostics.len());
        assert_eq!(
            lines[0],
            "::error title=template-error::template `article.html` failed: variable `page.title` not found\
             %0Ahelp: define `title` in the front matter or guard the variable"
        );
        let zh = format!(
            "::error file=content/{},line=6,col=4,endLine=6,endColumn=30,title=file-not-found::",
            sample::ZH_PATH
        );
        assert!(lines.iter().any(|l| l.starts_with(&zh)), "{out}");
        assert!(lines.iter().any(|l| l.starts_with("::notice ")), "{out}");
        assert!(out.contains("не найден: 100%25 ссылок, проверьте%0Aзаголовки%0Ahelp: "), "{out}");
    }

    #[test]
    fn paths_with_separators_are_escaped() {
        let d = Diagnostic::new(
            Rule::LinkSpace,
            Some(Span { path: "a,b:c.md".into(), line: 2, column: 3, len: 0 }),
            "space",
        );
        let opts = sample::options();
        assert_eq!(command(&d, &opts), "::warning file=content/a%2Cb%3Ac.md,line=2,col=3,title=link-space::space");
    }
}
