//! Human output: what `docloc check` prints to a terminal by default.
//!
//! Each diagnostic is rendered the way rustc renders its errors (annotate-snippets):
//! `severity[rule-id]: message`, the `--> path:line:col` origin, the source line
//! with carets under the span and the hint as a `= help:` footer. Diagnostics
//! come grouped by file in the order given (the checks sort them by span); each
//! file is read once. A diagnostic without a span, or whose file cannot be read as
//! UTF-8, is still printed, without a snippet. Then a summary by rule and a total
//! line such as `3 errors, 5 warnings, 1 info in 1,611 files`.

use super::{group_thousands, locate, summary, EmitOptions, Emitter, Report};
use crate::diagnostic::{Diagnostic, Rule, Severity, Span};
use annotate_snippets::renderer::{Style, DEFAULT_ERROR_STYLE, DEFAULT_INFO_STYLE, DEFAULT_WARNING_STYLE};
use annotate_snippets::{AnnotationKind, Element, Level, Origin, Renderer, Snippet};
use std::io;
use std::path::Path;

/// Most source lines shown for one span (a span running over more lines is cut there).
const MAX_SNIPPET_LINES: usize = 6;

/// Writes terminal text with source snippets; colour only when [`EmitOptions::color`].
#[derive(Debug, Clone, Copy, Default)]
pub struct HumanEmitter;

impl Emitter for HumanEmitter {
    fn emit(&self, out: &mut dyn io::Write, report: &Report, opts: &EmitOptions) -> io::Result<()> {
        let renderer = if opts.color { Renderer::styled() } else { Renderer::plain() };
        for group in report.diagnostics.chunk_by(|a, b| file_of(a) == file_of(b)) {
            let source = group.first().and_then(file_of).and_then(|path| Source::read(&opts.content_root.join(path)));
            for diag in group {
                let text = render(&renderer, diag, source.as_ref(), &opts.content_root);
                writeln!(out, "{text}\n")?;
            }
        }
        if opts.omit_totals {
            return Ok(());
        }
        write_rule_summary(out, &report.diagnostics, opts.color)?;
        write_total(out, report, opts.color)
    }
}

/// The file a diagnostic's span names, if it has one.
fn file_of(d: &Diagnostic) -> Option<&str> {
    d.span.as_ref().map(|s| s.path.as_str())
}

/// Renders one diagnostic, with a snippet when `source` holds its span's line.
fn render(renderer: &Renderer, diag: &Diagnostic, source: Option<&Source>, root: &Path) -> String {
    let level = match diag.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    };
    let mut elements: Vec<Element<'_>> = Vec::new();
    if let Some(span) = &diag.span {
        let shown = locate(root, &span.path).display();
        match source.and_then(|s| s.excerpt(span)) {
            Some((text, range)) => elements.push(
                Snippet::source(text)
                    .line_start(span.line as usize)
                    .path(shown)
                    .annotation(AnnotationKind::Primary.span(range))
                    .into(),
            ),
            None => {
                elements.push(Origin::path(shown).line(span.line as usize).char_column(span.column as usize).into())
            }
        }
    }
    if let Some(hint) = &diag.hint {
        elements.push(Level::HELP.message(hint.as_str()).into());
    }
    let group = level.primary_title(diag.message.as_str()).id(diag.rule.id()).elements(elements);
    renderer.render(&[group])
}

/// One source file's text and the byte offset where each line starts.
struct Source {
    text: String,
    starts: Vec<usize>,
}

impl Source {
    /// Reads a UTF-8 file (dropping a leading BOM); `None` if it cannot be read.
    fn read(path: &Path) -> Option<Source> {
        let mut text = std::fs::read_to_string(path).ok()?;
        if text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        let mut starts = vec![0];
        starts.extend(text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i + 1));
        Some(Source { text, starts })
    }

    /// The lines `span` covers (at most [`MAX_SNIPPET_LINES`], without the final
    /// line ending) and the span's byte range within them; a length running past
    /// the end of the file is clamped. `None` if the line does not exist or the
    /// column lies beyond the end of the line (the origin then shows the span as given).
    fn excerpt(&self, span: &Span) -> Option<(&str, std::ops::Range<usize>)> {
        let index = (span.line as usize).checked_sub(1)?;
        let first = *self.starts.get(index)?;
        let line_end = self.starts.get(index + 1).map_or(self.text.len(), |&next| next - 1);
        let line = self.text.get(first..line_end)?.trim_end_matches('\r');
        let column = (span.column as usize).checked_sub(1)?;
        let start = match line.char_indices().nth(column) {
            Some((i, _)) => first + i,
            None if column == line.chars().count() => first + line.len(),
            None => return None,
        };
        let rest = self.text.get(start..)?;
        let end = start + rest.char_indices().nth(span.len as usize).map_or(rest.len(), |(i, _)| i);
        let last_start = self.starts.get(index + MAX_SNIPPET_LINES).map_or(self.text.len(), |&s| s);
        let end = end.min(last_start);
        let block_end = self.text.get(end..last_start)?.find('\n').map_or(last_start, |i| end + i);
        let block = self.text.get(first..block_end)?.trim_end_matches(['\n', '\r']);
        let end = (end - first).min(block.len());
        Some((block, start - first..end))
    }
}

/// Writes `Summary by rule:` with one line per (rule, severity): count, rule id,
/// severity; errors first, then by falling count, then by id. Nothing without diagnostics.
fn write_rule_summary(out: &mut dyn io::Write, diags: &[Diagnostic], color: bool) -> io::Result<()> {
    let mut rows: Vec<(Rule, Severity, usize)> = Vec::new();
    for d in diags {
        match rows.iter_mut().find(|(r, s, _)| *r == d.rule && *s == d.severity) {
            Some(row) => row.2 += 1,
            None => rows.push((d.rule, d.severity, 1)),
        }
    }
    if rows.is_empty() {
        return Ok(());
    }
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.cmp(&a.2)).then(a.0.id().cmp(b.0.id())));
    let count_width = rows.iter().map(|r| group_thousands(r.2).len()).max().unwrap_or(1);
    let id_width = rows.iter().map(|r| r.0.id().len()).max().unwrap_or(0);
    writeln!(out, "Summary by rule:")?;
    for (rule, severity, count) in rows {
        let style = severity_style(severity, color);
        writeln!(
            out,
            "  {:>count_width$}  {:<id_width$}  {style}{}{style:#}",
            group_thousands(count),
            rule.id(),
            severity
        )?;
    }
    writeln!(out)
}

/// Writes the total line, e.g. `3 errors, 5 warnings, 1 info in 1,611 files`, and,
/// when there are any, how many external links were listed without being fetched.
fn write_total(out: &mut dyn io::Write, report: &Report, color: bool) -> io::Result<()> {
    let s = summary(&report.diagnostics);
    let parts = [
        (Severity::Error, s.errors, "error", "errors"),
        (Severity::Warning, s.warnings, "warning", "warnings"),
        (Severity::Info, s.infos, "info", "infos"),
    ];
    for (i, (severity, n, one, many)) in parts.into_iter().enumerate() {
        let style = if n > 0 { severity_style(severity, color) } else { Style::new() };
        let sep = if i > 0 { ", " } else { "" };
        write!(out, "{sep}{style}{} {}{style:#}", group_thousands(n), plural(n, one, many))?;
    }
    let files = report.files_checked;
    writeln!(out, " in {} {}", group_thousands(files), plural(files, "file", "files"))?;
    let links = report.external_links.len();
    if links > 0 {
        let what = plural(links, "external link", "external links");
        writeln!(out, "{} {what} listed, not fetched", group_thousands(links))?;
    }
    Ok(())
}

/// `one` for 1, otherwise `many`.
fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// The style of a severity's name: annotate-snippets' colours when `color`, else none.
fn severity_style(severity: Severity, color: bool) -> Style {
    if !color {
        return Style::new();
    }
    match severity {
        Severity::Error => DEFAULT_ERROR_STYLE,
        Severity::Warning => DEFAULT_WARNING_STYLE,
        Severity::Info => DEFAULT_INFO_STYLE,
    }
}

#[cfg(test)]
mod tests {
    use super::super::sample;
    use super::*;
    use crate::report::Format;

    fn human(report: &Report, root: &Path, color: bool) -> String {
        let opts = EmitOptions { content_root: root.to_path_buf(), color, omit_totals: false };
        sample::emit(Format::Human, report, &opts)
    }

    #[test]
    fn snapshot() {
        let dir = sample::tree();
        let out = human(&sample::report(), dir.path(), false);
        let root = dir.path().display().to_string();
        insta::assert_snapshot!("human", sample::redact_version(&out).replace(&root, "[ROOT]"));
    }

    #[test]
    fn snippet_and_carets_count_chars() {
        let dir = sample::tree();
        let out = human(&sample::report(), dir.path(), false);
        assert!(out.contains("error[file-not-found]: 链接目标 `agreements.md` 不存在"), "{out}");
        assert!(out.contains(&format!("{}:6:4", sample::ZH_PATH)), "{out}");
        assert!(out.contains("请参阅[合作伙伴协议](agreements.md#概述)了解详细信息。"), "{out}");
        // 3 CJK chars before the span are 6 columns wide; the span is 26 chars (34 columns: 8 of them are wide).
        assert!(out.contains(&format!("|       {}\n", "^".repeat(34))), "{out}");
        assert!(out.contains("= help: 您是指 `agreement.md` 吗？"), "{out}");
        assert!(out.contains("3 errors, 5 warnings, 1 info in 1,611 files\n"), "{out}");
        assert!(out.contains("2 external links listed, not fetched\n"), "{out}");
        assert!(!out.contains('\u{1b}'), "no colour unless asked: {out}");
    }

    #[test]
    fn unreadable_file_and_missing_span_still_print() {
        let dir = sample::tree();
        let out = human(&sample::report(), dir.path(), false);
        assert!(out.contains("saknas.md:3:10"), "{out}");
        // A column past the end of its line keeps the reported position, without a snippet.
        assert!(out.contains("pl-pl/partner-center/claims.md:2:200\n"), "{out}");
        assert!(out.contains("warning[date-format-invalid]: `ms.date` value `3/2/2021` is not MM/DD/YYYY"), "{out}");
        assert!(out.starts_with("error[template-error]: template `article.html` failed"), "{out}");
    }

    #[test]
    fn colour_only_when_asked() {
        let dir = sample::tree();
        let out = human(&sample::report(), dir.path(), true);
        assert!(out.contains("\u{1b}["), "{out}");
        assert!(out.contains("链接目标"), "{out}");
    }

    #[test]
    fn empty_report_prints_only_the_total() {
        let report = Report { files_checked: 1, ..Report::default() };
        let out = human(&report, Path::new("content"), false);
        assert_eq!(out, "0 errors, 0 warnings, 0 infos in 1 file\n");
    }

    #[test]
    fn real_corpus_line_gets_its_snippet() {
        // `shared/` sits beside the repository checkout.
        let candidates = [concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus")];
        let path = "zh-cn/partner-center/submit-osa-claim.md";
        let Some(root) = candidates.iter().map(Path::new).find(|root| root.join(path).is_file()) else {
            panic!("corpus file {path} missing under {}", candidates[0]);
        };
        let text = std::fs::read_to_string(root.join(path)).expect("corpus file is UTF-8");
        let target = "(find-ids-and-domain-names.md)";
        let start = text.find(target).expect("the article links to find-ids-and-domain-names.md");
        let index = crate::diagnostic::LineIndex::new(&text);
        let span = index.span(path, &text, start, start + target.len());
        let diag = Diagnostic::new(Rule::FileNotFound, Some(span.clone()), "链接目标不存在");
        let report = Report { diagnostics: vec![diag], external_links: vec![], files_checked: 1 };
        let out = human(&report, root, false);
        let line = index.line_text(&text, span.line).trim_start();
        let shown = format!("{}:{}:{}", path, span.line, span.column);
        assert!(out.contains(&shown), "{out}");
        assert!(out.contains(line.trim_end()), "{out}");
        assert!(out.contains(&format!(" {}\n", "^".repeat(target.len()))), "{out}");
    }

    #[test]
    fn excerpt_clamps_and_spans_lines() {
        let text = "\u{feff}ab\r\n中文x\r\nlast";
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.md");
        std::fs::write(&path, text).expect("write");
        let source = Source::read(&path).expect("readable");
        let span = |line, column, len| Span { path: "a.md".into(), line, column, len };
        assert_eq!(source.excerpt(&span(1, 2, 1)), Some(("ab", 1..2)));
        assert_eq!(source.excerpt(&span(2, 3, 1)), Some(("中文x", 6..7)));
        // A point just past the last char is the line end; further is no snippet.
        assert_eq!(source.excerpt(&span(2, 4, 0)), Some(("中文x", 7..7)));
        assert_eq!(source.excerpt(&span(2, 5, 0)), None);
        assert_eq!(source.excerpt(&span(2, 0, 0)), None);
        // A span running into the next line shows both lines.
        assert_eq!(source.excerpt(&span(1, 1, 6)), Some(("ab\r\n中文x", 0..10)));
        // A length past the end of the file is clamped.
        assert_eq!(source.excerpt(&span(3, 1, 99)), Some(("last", 0..4)));
        assert_eq!(source.excerpt(&span(4, 1, 0)), None);
        assert_eq!(source.excerpt(&span(0, 1, 0)), None);
    }
}
