//! [`SourceMap`]: from byte offsets of a scalar's value to byte offsets of the file.
//!
//! Built by aligning the value with the scalar's text, character by character, knowing
//! what each style adds or removes (YAML 1.2.2, 7.3 and 8.1): quotes, `''`, backslash
//! escapes and escaped line breaks, the indentation of continuation and block lines,
//! and line folding (a line break read as a space, or dropped before an empty line).
//! Characters of the value the text does not hold (a folded scalar's leading empty
//! line) map to where the alignment stands; text the value does not hold is skipped. A
//! character that matches nothing resynchronizes on the next occurrence in the rest of
//! its line, so one surprise cannot shift the rest of the scalar.

use super::{ScalarSpan, ScalarStyle};
use std::ops::Range;

/// A run of the value written as one run of the text: `value_len` bytes of the value at
/// `value` are `source_len` bytes of the text at `source`. Where the lengths are equal
/// the bytes correspond one to one; otherwise (an escape) the run maps as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    value: usize,
    source: usize,
    value_len: usize,
    source_len: usize,
}

/// Where the text of one scalar's value is written in its file: maps byte offsets (and
/// byte ranges) of the value to byte offsets (and ranges) of the file text.
///
/// Offsets past the value's end map to the end of its last character in the file. A
/// map made by [`SourceMap::at`] (when no span is known) maps every offset to one place.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceMap {
    runs: Vec<Run>,
    /// Where offsets before the first run (or all offsets, with no runs) map.
    start: usize,
}

/// What a backslash escape of a double-quoted scalar stands for.
enum Escape {
    /// An escaped line break: nothing (the next line's leading blanks are dropped too).
    Break(usize),
    /// A character, written in this many bytes.
    Char(char, usize),
}

/// The escape at the start of `s` (which starts with `\`), per YAML 1.2.2, 5.7.
fn escape(s: &str) -> Option<Escape> {
    let mut chars = s.chars();
    chars.next()?;
    let c = chars.next()?;
    let simple = match c {
        '\n' => return Some(Escape::Break(2)),
        '\r' => return Some(Escape::Break(if s[2..].starts_with('\n') { 3 } else { 2 })),
        '0' => '\0',
        'a' => '\u{7}',
        'b' => '\u{8}',
        't' | '\t' => '\t',
        'n' => '\n',
        'v' => '\u{b}',
        'f' => '\u{c}',
        'r' => '\r',
        'e' => '\u{1b}',
        ' ' => ' ',
        '"' => '"',
        '/' => '/',
        '\\' => '\\',
        'N' => '\u{85}',
        '_' => '\u{a0}',
        'L' => '\u{2028}',
        'P' => '\u{2029}',
        'x' | 'u' | 'U' => {
            let digits = match c {
                'x' => 2,
                'u' => 4,
                _ => 8,
            };
            let hex = s.get(2..2 + digits).filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))?;
            let code = u32::from_str_radix(hex, 16).ok()?;
            return char::from_u32(code).map(|ch| Escape::Char(ch, 2 + digits));
        }
        _ => return None,
    };
    Some(Escape::Char(simple, 1 + c.len_utf8()))
}

fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t'
}

fn is_break(c: char) -> bool {
    c == '\n' || c == '\r'
}

/// Collects runs, merging a character into the previous run when both correspond one
/// to one and follow each other in value and text.
struct Builder {
    runs: Vec<Run>,
}

impl Builder {
    fn push(&mut self, value: usize, value_len: usize, source: usize, source_len: usize) {
        if let Some(last) = self.runs.last_mut() {
            if last.value_len == last.source_len
                && value_len == source_len
                && last.value + last.value_len == value
                && last.source + last.source_len == source
            {
                last.value_len += value_len;
                last.source_len += source_len;
                return;
            }
        }
        self.runs.push(Run { value, source, value_len, source_len });
    }
}

/// The byte range of `text` between a scalar's quotes (its whole span when unquoted).
fn content(text: &str, span: &ScalarSpan) -> Range<usize> {
    let end = span.end.min(text.len());
    let start = span.start.min(end);
    let quote = match span.style {
        ScalarStyle::SingleQuoted => b'\'',
        ScalarStyle::DoubleQuoted => b'"',
        _ => return start..end,
    };
    let bytes = text.as_bytes();
    let start = if bytes.get(start) == Some(&quote) { start + 1 } else { start };
    let end = if end > start && bytes.get(end - 1) == Some(&quote) { end - 1 } else { end };
    start..end
}

/// The column (in bytes of blanks) of a block scalar's content: the width of the line
/// before its first content character, which starts its span.
fn block_indent(text: &str, start: usize) -> usize {
    let line = text.get(..start).map_or(0, |t| t.rfind('\n').map_or(0, |i| i + 1));
    start - line
}

impl SourceMap {
    /// A map that sends every offset to `offset`: for a value whose span is unknown.
    pub fn at(offset: usize) -> SourceMap {
        SourceMap { runs: Vec::new(), start: offset }
    }

    /// Aligns `value` with the text of scalar `span` in `text` (see the module docs).
    pub(super) fn align(text: &str, span: &ScalarSpan, value: &str) -> SourceMap {
        let range = content(text, span);
        let Some(src) = text.get(range.clone()) else { return SourceMap::at(span.start.min(text.len())) };
        let base = range.start;
        let block = matches!(span.style, ScalarStyle::Literal | ScalarStyle::Folded);
        let indent = if block { block_indent(text, span.start.min(text.len())) } else { 0 };
        let mut out = Builder { runs: Vec::with_capacity(8) };
        let (mut vi, mut si) = (0, 0);
        // Blanks of a block line's indentation still to skip (after each line break).
        let mut skip_indent = 0;
        while let Some(c) = value[vi..].chars().next() {
            let cl = c.len_utf8();
            let rest = &src[si..];
            let Some(s) = rest.chars().next() else {
                out.push(vi, cl, base + si, 0);
                vi += cl;
                continue;
            };
            let sl = s.len_utf8();
            if skip_indent > 0 {
                if s == ' ' {
                    si += 1;
                    skip_indent -= 1;
                    continue;
                }
                skip_indent = 0;
            }
            if span.style == ScalarStyle::DoubleQuoted && s == '\\' {
                match escape(rest) {
                    Some(Escape::Break(n)) => {
                        si += n;
                        si += src[si..].len() - src[si..].trim_start_matches(is_blank).len();
                        continue;
                    }
                    Some(Escape::Char(d, n)) if d == c => {
                        out.push(vi, cl, base + si, n);
                        vi += cl;
                        si += n;
                        continue;
                    }
                    _ => {}
                }
            }
            if span.style == ScalarStyle::SingleQuoted && c == '\'' && rest.starts_with("''") {
                out.push(vi, cl, base + si, 2);
                vi += cl;
                si += 2;
                continue;
            }
            let value_white = is_blank(c) || is_break(c);
            if s == c && !(c == '\r' && rest.starts_with("\r\n")) {
                out.push(vi, cl, base + si, sl);
                vi += cl;
                si += sl;
                if c == '\n' && block {
                    skip_indent = indent;
                }
                continue;
            }
            if value_white && is_break(s) {
                // A line break read as the value's space or line break.
                let n = if rest.starts_with("\r\n") { 2 } else { 1 };
                out.push(vi, cl, base + si, n);
                vi += cl;
                si += n;
                if block {
                    skip_indent = indent;
                }
                continue;
            }
            if is_blank(s) || is_break(s) {
                // Indentation, blanks trimmed before a fold, a line break folded away.
                si += sl;
                if is_break(s) && block && !(s == '\r' && rest.starts_with("\r\n")) {
                    skip_indent = indent;
                }
                continue;
            }
            if value_white {
                // Only in the value (a folded scalar's leading empty line).
                out.push(vi, cl, base + si, 0);
                vi += cl;
                continue;
            }
            // Differing characters: skip to `c` if the rest of this line holds it soon.
            let line = &rest[..rest.find(['\n', '\r']).unwrap_or(rest.len())];
            match line.char_indices().take(32).find(|&(_, x)| x == c) {
                Some((k, _)) => si += k,
                None => {
                    out.push(vi, cl, base + si, 0);
                    vi += cl;
                }
            }
        }
        SourceMap { runs: out.runs, start: base }
    }

    /// The run holding value offset `offset` (the last that starts at or before it).
    fn run(&self, offset: usize) -> Option<&Run> {
        let i = self.runs.partition_point(|r| r.value <= offset);
        i.checked_sub(1).and_then(|i| self.runs.get(i))
    }

    /// Byte offset in the file of byte `offset` of the value.
    pub fn to_source(&self, offset: usize) -> usize {
        match self.run(offset) {
            None => self.start,
            Some(r) if r.value_len == r.source_len => r.source + (offset - r.value).min(r.source_len),
            Some(r) if offset >= r.value + r.value_len => r.source + r.source_len,
            Some(r) => r.source,
        }
    }

    /// Byte range in the file of the byte range `range` of the value: from where its
    /// first byte is written to just past where its last is. An empty range maps to an
    /// empty range.
    pub fn range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.to_source(range.start);
        if range.end <= range.start {
            return start..start;
        }
        let end = match self.run(range.end - 1) {
            None => self.start,
            Some(r) if r.value_len == r.source_len => r.source + (range.end - r.value).min(r.source_len),
            Some(r) => r.source + r.source_len,
        };
        start..end.max(start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scalar(style: ScalarStyle, start: usize, end: usize) -> ScalarSpan {
        ScalarSpan { path: String::new(), value: String::new(), style, start, end }
    }

    #[test]
    fn escapes_map_as_a_whole() {
        let text = "\"a\\u4e2db\"";
        let map = SourceMap::align(text, &scalar(ScalarStyle::DoubleQuoted, 0, text.len()), "a中b");
        assert_eq!(map.to_source(0), 1);
        assert_eq!(map.range(1..4), 2..8);
        assert_eq!(map.to_source(4), 8);
        assert_eq!(map.range(4..5), 8..9);
        assert_eq!(map.to_source(99), 9);
    }

    #[test]
    fn a_value_the_text_does_not_hold_stays_in_place() {
        let text = "plain text";
        let map = SourceMap::align(text, &scalar(ScalarStyle::Plain, 0, text.len()), "other words");
        for i in 0.."other words".len() {
            assert!(map.to_source(i) <= text.len());
        }
        assert_eq!(SourceMap::at(7).range(0..3), 7..7);
        let map = SourceMap::align(text, &scalar(ScalarStyle::Plain, 5, 99), "text");
        assert_eq!(map.range(0..4), 6..10);
    }

    #[test]
    fn a_surprise_resynchronizes_on_its_line() {
        // A value read differently from the text: the rest still maps exactly.
        let text = "\"a\\qb [x](x.md)\"";
        let map = SourceMap::align(text, &scalar(ScalarStyle::DoubleQuoted, 0, text.len()), "a?b [x](x.md)");
        let at = "a?b [x](".len();
        assert_eq!(&text[map.range(at..at + 4)], "x.md");
    }
}
