//! YAML: the one module that knows which YAML libraries docloc reads YAML with.
//!
//! The lowest layer, beside [`crate::diagnostic`], and it uses nothing of the crate.
//! Values — front matter, `metadata:`, YAML pages, TOCs — come from `yaml_serde`, the
//! YAML organization's maintained continuation of `serde_yaml`, re-exported here as
//! [`Value`], [`Mapping`], [`from_str`] and [`Error`]; every other module names them
//! through `crate::yaml`. Where each scalar is *written* comes from `saphyr-parser`,
//! whose events carry spans: [`scalar_spans`] lists every value scalar of a document
//! with its key path, style and byte range, and [`SourceMap`] (built by
//! [`ScalarSpan::map_value`]) maps a byte offset inside the scalar's value to the byte
//! offset in the file where that text is written, style by style (YAML 1.2.2, chapters
//! 7 and 8: escapes, quotes, indentation, line folding). The load stage parses a YAML
//! page with both; the render stage uses the maps so that a link inside a folded FAQ
//! answer is reported at its own line and column.

mod source_map;

pub use source_map::SourceMap;
pub use yaml_serde::{from_str, Error, Location, Mapping, Value};

use saphyr_parser::{Event, Parser};

/// How a scalar is written (YAML 1.2.2, 7.3 and 8.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScalarStyle {
    /// Unquoted, possibly over several lines (folded into spaces).
    Plain,
    /// `'…'`: `''` stands for `'`; line breaks fold.
    SingleQuoted,
    /// `"…"`: backslash escapes (`\"`, `\\`, `\n`, `\uXXXX`…); line breaks fold, and an
    /// escaped line break joins lines.
    DoubleQuoted,
    /// `|`: lines kept as written, less their indentation.
    Literal,
    /// `>`: lines less their indentation, single line breaks between lines of the same
    /// indentation folded into spaces.
    Folded,
}

/// A value scalar of a YAML document and where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScalarSpan {
    /// Where the scalar sits in the document: the mapping keys and sequence indices from
    /// the root, joined by `/`, keys escaped as in a JSON Pointer (RFC 6901: `~` as `~0`,
    /// `/` as `~1`): `sections/0/questions/2/answer`. Empty for a scalar that is the
    /// whole document. A key that is not a scalar reads `?`, an alias key `*`.
    pub path: String,
    /// The scalar's value as the parser reads it (quotes, escapes and folding resolved).
    pub value: String,
    /// How it is written.
    pub style: ScalarStyle,
    /// Byte offset in the text where the scalar starts: its opening quote when quoted,
    /// the first character of its first content line (indentation counted from the
    /// block's indentation) for a block scalar, its first character when plain.
    pub start: usize,
    /// Byte offset just past its end: past the closing quote when quoted, past the last
    /// line break of its content for a block scalar, past its last character when plain.
    pub end: usize,
}

impl ScalarSpan {
    /// The map from byte offsets of `value` — this scalar's value as some reader read it
    /// (normally [`ScalarSpan::value`], or what `yaml_serde` made of the same scalar) —
    /// to byte offsets of `text`, the text the span was taken from. Never fails: text the
    /// alignment cannot place maps to the nearest place it could.
    pub fn map_value(&self, text: &str, value: &str) -> SourceMap {
        SourceMap::align(text, self, value)
    }
}

/// Why [`scalar_spans`] gave up: the parser's message and the byte offset it stopped at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpanError {
    /// What the parser reported.
    pub message: String,
    /// Byte offset of the text where it stopped.
    pub offset: usize,
}

/// Byte offsets of the char indices the parser reports, for indices met in increasing
/// order (it restarts from the beginning when asked for an earlier one).
struct CharOffsets<'t> {
    text: &'t str,
    chars: usize,
    bytes: usize,
}

impl CharOffsets<'_> {
    fn byte(&mut self, char_index: usize) -> usize {
        if char_index < self.chars {
            self.chars = 0;
            self.bytes = 0;
        }
        let rest = self.text.get(self.bytes..).unwrap_or("");
        for c in rest.chars() {
            if self.chars >= char_index {
                break;
            }
            self.chars += 1;
            self.bytes += c.len_utf8();
        }
        self.bytes
    }
}

/// A collection being read, for the key path of what it holds.
enum Frame {
    /// A mapping at `path`; `key` is the key whose value comes next (`None` while a key
    /// is expected).
    Map { path: String, key: Option<String> },
    /// A sequence at `path`; `next` is the index of the next item.
    Seq { path: String, next: usize },
    /// A collection used as a mapping key, or inside one: its scalars are not listed.
    Key,
}

/// `/`-joins `path` and `step`, escaping `step` as a JSON Pointer token.
fn join(path: &str, step: &str) -> String {
    let step = step.replace('~', "~0").replace('/', "~1");
    if path.is_empty() {
        step
    } else {
        format!("{path}/{step}")
    }
}

/// After a node in value position ends: the parent expects its next key or item.
fn advance(stack: &mut [Frame]) {
    match stack.last_mut() {
        Some(Frame::Map { key, .. }) => *key = None,
        Some(Frame::Seq { next, .. }) => *next += 1,
        Some(Frame::Key) | None => {}
    }
}

/// Every value scalar of the first document of `text` (mapping keys are not listed),
/// in document order, with its key path, style and byte range (see [`ScalarSpan`]).
///
/// # Errors
/// [`SpanError`] when `text` is not well-formed YAML as `saphyr-parser` reads it; the
/// caller then places its findings as it can without spans. Never panics.
pub fn scalar_spans(text: &str) -> Result<Vec<ScalarSpan>, SpanError> {
    let mut offsets = CharOffsets { text, chars: 0, bytes: 0 };
    let mut out = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut parser = Parser::new_from_str(text);
    while let Some(event) = parser.next_event() {
        let (event, span) = match event {
            Ok(e) => e,
            Err(e) => {
                let offset = offsets.byte(e.marker().index());
                return Err(SpanError { message: e.info().to_string(), offset });
            }
        };
        match event {
            Event::Scalar(value, style, _, _) => {
                let path = match stack.last_mut() {
                    Some(Frame::Key) => continue,
                    Some(Frame::Map { key: key @ None, .. }) => {
                        *key = Some(value.into_owned());
                        continue;
                    }
                    Some(Frame::Map { path, key: Some(k) }) => join(path, k),
                    Some(Frame::Seq { path, next }) => join(path, &next.to_string()),
                    None => String::new(),
                };
                advance(&mut stack);
                let style = match style {
                    saphyr_parser::ScalarStyle::Plain => ScalarStyle::Plain,
                    saphyr_parser::ScalarStyle::SingleQuoted => ScalarStyle::SingleQuoted,
                    saphyr_parser::ScalarStyle::DoubleQuoted => ScalarStyle::DoubleQuoted,
                    saphyr_parser::ScalarStyle::Literal => ScalarStyle::Literal,
                    saphyr_parser::ScalarStyle::Folded => ScalarStyle::Folded,
                };
                let start = offsets.byte(span.start.index());
                let end = offsets.byte(span.end.index()).max(start);
                out.push(ScalarSpan { path, value: value.into_owned(), style, start, end });
            }
            Event::Alias(_) => match stack.last_mut() {
                Some(Frame::Map { key: key @ None, .. }) => *key = Some("*".into()),
                _ => advance(&mut stack),
            },
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let path = match stack.last() {
                    Some(Frame::Key | Frame::Map { key: None, .. }) => None,
                    Some(Frame::Map { path, key: Some(k) }) => Some(join(path, k)),
                    Some(Frame::Seq { path, next }) => Some(join(path, &next.to_string())),
                    None => Some(String::new()),
                };
                stack.push(match (path, matches!(event, Event::MappingStart(..))) {
                    (None, _) => Frame::Key,
                    (Some(path), true) => Frame::Map { path, key: None },
                    (Some(path), false) => Frame::Seq { path, next: 0 },
                });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                stack.pop();
                match stack.last_mut() {
                    // The collection just closed was a key.
                    Some(Frame::Map { key: key @ None, .. }) => *key = Some("?".into()),
                    _ => advance(&mut stack),
                }
            }
            Event::DocumentEnd | Event::StreamEnd => break,
            Event::Nothing | Event::StreamStart | Event::DocumentStart(_) => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<ScalarSpan> {
        scalar_spans(text).expect("parses")
    }

    fn span<'a>(all: &'a [ScalarSpan], path: &str) -> &'a ScalarSpan {
        all.iter().find(|s| s.path == path).unwrap_or_else(|| panic!("no scalar at {path}: {all:?}"))
    }

    #[test]
    fn paths_follow_keys_and_indices() {
        let text = "### YamlMime:FAQ\ntitle: 标题\nsections:\n- name: A\n  questions:\n  - question: Q?\n    answer: 答案\n  - {question: R, answer: 'S'}\nlist: [x, \"y\"]\n? [complex, key]\n: skipped\na/b~c: k\n";
        let all = spans(text);
        let paths: Vec<&str> = all.iter().map(|s| s.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "title",
                "sections/0/name",
                "sections/0/questions/0/question",
                "sections/0/questions/0/answer",
                "sections/0/questions/1/question",
                "sections/0/questions/1/answer",
                "list/0",
                "list/1",
                "?",
                "a~1b~0c"
            ]
        );
        let t = span(&all, "title");
        assert_eq!(&text[t.start..t.end], "标题");
        let a = span(&all, "sections/0/questions/1/answer");
        assert_eq!((&text[a.start..a.end], a.style), ("'S'", ScalarStyle::SingleQuoted));
        let y = span(&all, "list/1");
        assert_eq!((&text[y.start..y.end], y.value.as_str()), ("\"y\"", "y"));
    }

    #[test]
    fn malformed_yaml_is_an_error_with_an_offset() {
        let text = "a: 中文\nb: [x\n";
        let e = scalar_spans(text).unwrap_err();
        assert!(e.offset <= text.len() && text.is_char_boundary(e.offset), "{e:?}");
        assert!(scalar_spans("a: b: c\n").is_err());
        assert!(scalar_spans("").unwrap().is_empty());
    }

    /// Where offset `at` of the value of the scalar at `path` lands in `text`.
    fn lands(text: &str, path: &str, needle: &str) -> (usize, usize) {
        let all = spans(text);
        let s = span(&all, path);
        let map = s.map_value(text, &s.value);
        let at = s.value.find(needle).unwrap_or_else(|| panic!("{needle:?} not in {:?}", s.value));
        let r = map.range(at..at + needle.len());
        (r.start, r.end)
    }

    /// Checks that `needle`, found in the value at `path`, maps onto `written`, found in
    /// the text after `after`.
    fn check(text: &str, path: &str, needle: &str, written: &str, after: &str) {
        let from = text.find(after).expect("anchor") + after.len();
        let want = text[from..].find(written).expect("written") + from;
        assert_eq!(lands(text, path, needle), (want, want + written.len()), "{needle:?} in {text:?}");
    }

    #[test]
    fn plain_scalars_fold_lines() {
        let text = "a: первая строка\n  вторая [ссылка](ссылка.md) 中文\n\n  третья\nb: x\n";
        let all = spans(text);
        assert_eq!(span(&all, "a").value, "первая строка вторая [ссылка](ссылка.md) 中文\nтретья");
        check(text, "a", "ссылка.md", "ссылка.md", "");
        check(text, "a", "третья", "третья", "");
        check(text, "a", "первая", "первая", "");
    }

    #[test]
    fn single_quoted_scalars_undouble_quotes() {
        let text = "a: 'it''s [länk](bild.md)\n   nästa ''rad'' [två](två.md)'\n";
        let all = spans(text);
        assert_eq!(span(&all, "a").value, "it's [länk](bild.md) nästa 'rad' [två](två.md)");
        check(text, "a", "bild.md", "bild.md", "");
        check(text, "a", "två.md", "två.md", "(");
        check(text, "a", "'rad'", "''rad''", "");
    }

    #[test]
    fn double_quoted_scalars_unescape_and_fold() {
        let text = "q: x\na: \"Zobacz \\\"tu\\\" \\u4e2d\\n\\n- [Szczegóły](szczegóły.md)\\\n   dalej\n   [źródło](\\u017ar\\xF3d\\u0142o.md) \\\\ [k](k.md)\"\n";
        let all = spans(text);
        let a = span(&all, "a");
        assert_eq!(a.style, ScalarStyle::DoubleQuoted);
        assert_eq!(a.value, "Zobacz \"tu\" 中\n\n- [Szczegóły](szczegóły.md)dalej [źródło](źródło.md) \\ [k](k.md)");
        check(text, "a", "szczegóły.md", "szczegóły.md", "");
        check(text, "a", "dalej", "dalej", "");
        check(text, "a", "\"tu\"", "\\\"tu\\\"", "");
        check(text, "a", "中", "\\u4e2d", "");
        // Escapes inside the destination: its source text is the escaped form.
        check(text, "a", "źródło.md", "\\u017ar\\xF3d\\u0142o.md", "");
        check(text, "a", "k.md", "k.md", "");
    }

    #[test]
    fn literal_scalars_strip_indentation() {
        let text = "a: |\n  第一行\n    缩进 [链接](链接.md)\n\n  最后 [b](b.md)\nb: x\n";
        let all = spans(text);
        let a = span(&all, "a");
        assert_eq!(
            (a.style, a.value.as_str()),
            (ScalarStyle::Literal, "第一行\n  缩进 [链接](链接.md)\n\n最后 [b](b.md)\n")
        );
        check(text, "a", "链接.md", "链接.md", "");
        check(text, "a", "  缩进", "  缩进", "第一行\n  ");
        check(text, "a", "b.md", "b.md", "");
    }

    #[test]
    fn folded_scalars_fold_and_keep_more_indented_lines() {
        let text = "answer: >\n\n  Войдите в\n  [панель](https://partner.microsoft.com/dashboard/).\n\n\n  1. Третья [строка](строка.md)\n     ещё\n    более\nnext: x\n";
        let all = spans(text);
        let a = span(&all, "answer");
        assert_eq!(a.style, ScalarStyle::Folded);
        assert_eq!(
            a.value,
            "\nВойдите в [панель](https://partner.microsoft.com/dashboard/).\n\n1. Третья [строка](строка.md)\n   ещё\n  более\n"
        );
        check(text, "answer", "https://partner", "https://partner", "");
        check(text, "answer", "строка.md", "строка.md", "");
        check(text, "answer", "  более", "  более", "ещё\n  ");
    }

    /// The value at `path` (as [`ScalarSpan::path`] writes it) of a parsed document.
    fn at_path<'v>(v: &'v Value, path: &str) -> Option<&'v Value> {
        if path.is_empty() {
            return Some(v);
        }
        path.split('/').try_fold(v, |v, step| {
            let step = step.replace("~1", "/").replace("~0", "~");
            match v {
                Value::Sequence(items) => items.get(step.parse::<usize>().ok()?),
                Value::Mapping(m) => m.get(step.as_str()),
                _ => None,
            }
        })
    }

    /// On every YAML file of the corpus (pages and TOCs): both readers read every string
    /// scalar alike, and every word of every value maps onto its own text in the file.
    #[test]
    fn every_word_of_the_corpus_yaml_maps_onto_itself() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
        let (mut files, mut words) = (0, 0);
        for e in walkdir::WalkDir::new(root).into_iter().flatten() {
            if e.path().extension().is_none_or(|x| x != "yml") {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(e.path()) else { continue };
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            let name = e.path().display();
            let parsed: Value = from_str(text).unwrap_or_else(|err| panic!("{name}: {err}"));
            files += 1;
            for span in scalar_spans(text).unwrap_or_else(|err| panic!("{name}: {err:?}")) {
                if let Some(Value::String(v)) = at_path(&parsed, &span.path) {
                    assert_eq!(v, &span.value, "{name}: {}", span.path);
                }
                let map = span.map_value(text, &span.value);
                let mut at = 0;
                for word in span.value.split([' ', '\n', '\t']) {
                    let r = map.range(at..at + word.len());
                    at += word.len() + 1;
                    let written = &text[r.clone()];
                    let escaped = match span.style {
                        ScalarStyle::DoubleQuoted => written.contains('\\'),
                        ScalarStyle::SingleQuoted => word.contains('\''),
                        _ => false,
                    };
                    if word.is_empty() || escaped {
                        continue;
                    }
                    words += 1;
                    assert_eq!(written, word, "{name}: {} at {r:?}", span.path);
                }
            }
        }
        assert!(files >= 40 && words > 50_000, "{files} files, {words} words");
    }

    #[test]
    fn crlf_line_breaks_fold_too() {
        let text = "a: >\r\n  один\r\n  два [x](x.md)\r\nb: \"c\r\n  [d](d.md)\"\r\n";
        check(text, "a", "x.md", "x.md", "");
        check(text, "b", "d.md", "d.md", "");
    }
}
