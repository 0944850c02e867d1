//! YAML front matter: splitting it off an article and reading the Microsoft Learn keys.
//!
//! Part of the load stage. Accepts a UTF-8 BOM (stripped before this point) and CRLF
//! line endings. Problems become [`Diagnostic`]s and the page keeps loading with
//! whatever metadata could be read.

use crate::diagnostic::{Diagnostic, LineIndex, Rule, Span};
use crate::yaml::{self, Mapping, Value};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// Microsoft Learn metadata of a page (front matter of an article, `metadata:` of a
/// YAML page). Known keys are typed; every key, known or not, is kept in [`Metadata::all`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    /// `title`.
    pub title: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `ms.date` as written.
    pub date_raw: Option<String>,
    /// `ms.date` parsed (`MM/DD/YYYY`, also `M/D/YYYY`); `None` when absent or invalid.
    pub date: Option<NaiveDate>,
    /// `ms.topic`.
    pub topic: Option<String>,
    /// `ms.contentlocale`, e.g. `zh-CN`.
    pub content_locale: Option<String>,
    /// `ms.locfileid`, the per-locale file id.
    pub locfileid: Option<String>,
    /// `ms.openlocfilehash`: 40-hex hash of the source version that was translated.
    pub openlocfilehash: Option<String>,
    /// `ms.sourcegitcommit`.
    pub sourcegitcommit: Option<String>,
    /// `ms.translationtype`: `MT` or `HT`.
    pub translation_type: Option<String>,
    /// `ms.lasthandoff` parsed.
    pub lasthandoff: Option<NaiveDate>,
    /// Every top-level key with its value rendered as text (sequences joined by `, `).
    pub all: BTreeMap<String, String>,
    /// Where each top-level key is written: `(line, column)`, 1-based, in the file.
    pub positions: BTreeMap<String, (u32, u32)>,
    /// Keys written more than once, with the position of each repeat.
    pub duplicates: Vec<(String, u32, u32)>,
    /// Whether the block was a YAML mapping (false → `yaml-not-mapping` was reported).
    pub is_mapping: bool,
}

impl Metadata {
    /// A span pointing at `key` in `path`, or at line `fallback_line` when the key is absent.
    pub fn key_span(&self, path: &str, key: &str, fallback_line: u32) -> Span {
        let (line, column) = self.positions.get(key).copied().unwrap_or((fallback_line, 1));
        Span { path: path.to_string(), line, column, len: key.chars().count() as u32 }
    }
}

/// Top-level key positions `(line, column)` and the repeats `(key, line, column)`.
pub type KeyPositions = (BTreeMap<String, (u32, u32)>, Vec<(String, u32, u32)>);

/// Parses an `ms.date`-style date: `MM/DD/YYYY`, tolerating a missing zero pad
/// (`3/2/2021`, found 9 times in the Partner Center corpus).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let mut it = s.trim().split('/');
    let (m, d, y) = (it.next()?, it.next()?, it.next()?);
    if it.next().is_some() || y.len() != 4 || m.is_empty() || m.len() > 2 || d.is_empty() || d.len() > 2 {
        return None;
    }
    let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if !(all_digits(m) && all_digits(d) && all_digits(y)) {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// Where the front matter sits in a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split {
    /// Byte range of the YAML between the `---` fences (empty when none).
    pub yaml: (usize, usize),
    /// Byte offset where the Markdown body starts.
    pub body: usize,
}

/// Finds the front matter block: a first line `---`, closed by a line `---` (or `...`).
/// With no opening fence the whole text is body. With no closing fence the result is
/// `Err(Diagnostic)` (`front-matter-unclosed`) and the caller treats the text as body.
pub fn split(text: &str, path: &str) -> Result<Split, Diagnostic> {
    let first_end = text.find('\n').map_or(text.len(), |i| i + 1);
    if text[..first_end].trim_end() != "---" {
        return Ok(Split { yaml: (0, 0), body: 0 });
    }
    let mut pos = first_end;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        let line = text[pos..end].trim_end();
        if line == "---" || line == "..." {
            return Ok(Split { yaml: (first_end, pos), body: end });
        }
        pos = end;
    }
    Err(Diagnostic::new(
        Rule::FrontMatterUnclosed,
        Some(Span { path: path.to_string(), line: 1, column: 1, len: 3 }),
        "front matter opened with `---` is never closed; the file is rendered as Markdown without metadata",
    ))
}

fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::Sequence(items) => Some(items.iter().filter_map(scalar_text).collect::<Vec<_>>().join(", ")),
        Value::Tagged(t) => scalar_text(&t.value),
        Value::Null | Value::Mapping(_) => None,
    }
}

/// Scans the top-level keys of a YAML mapping block (lines at the block's base
/// indentation of the form `key:`), giving each key's first position and repeats.
/// `indent` is the indentation of keys (0 for front matter, 2 for `metadata:`).
fn scan_keys(text: &str, range: (usize, usize), indent: usize, index: &LineIndex) -> KeyPositions {
    let mut first = BTreeMap::new();
    let mut dups = Vec::new();
    let mut pos = range.0;
    while pos < range.1 {
        let end = text[pos..range.1].find('\n').map_or(range.1, |i| pos + i + 1);
        let line = &text[pos..end];
        let stripped = line.trim_start_matches(' ');
        if line.len() - stripped.len() == indent && !stripped.starts_with('#') && !stripped.starts_with('-') {
            if let Some(colon) = stripped.find(':') {
                let key = stripped[..colon].trim().trim_matches(['"', '\'']);
                let after = &stripped[colon + 1..];
                if !key.is_empty()
                    && !key.contains(' ')
                    && (after.is_empty() || after.starts_with([' ', '\r', '\n', '\t']))
                {
                    let (l, c) = index.position(text, pos + indent);
                    if first.contains_key(key) {
                        dups.push((key.to_string(), l, c));
                    } else {
                        first.insert(key.to_string(), (l, c));
                    }
                }
            }
        }
        pos = end;
    }
    (first, dups)
}

/// Reads metadata from a parsed YAML mapping. `positions`/`duplicates` come from [`scan_keys`].
pub fn metadata_from_mapping(map: &Mapping) -> Metadata {
    let mut all = BTreeMap::new();
    for (k, v) in map {
        let Some(key) = scalar_text(k) else { continue };
        if let Some(text) = scalar_text(v) {
            all.insert(key, text);
        }
    }
    metadata_from_all(all)
}

/// [`Metadata`] of a mapping given as every top-level key with its value as text
/// ([`Metadata::all`]); positions empty.
pub fn metadata_from_all(all: BTreeMap<String, String>) -> Metadata {
    let mut meta = Metadata { is_mapping: true, all, ..Metadata::default() };
    let get = |k: &str| meta.all.get(k).cloned();
    meta.title = get("title");
    meta.description = get("description");
    meta.date_raw = get("ms.date");
    meta.date = meta.date_raw.as_deref().and_then(parse_date);
    meta.topic = get("ms.topic");
    meta.content_locale = get("ms.contentlocale");
    meta.locfileid = get("ms.locfileid");
    meta.openlocfilehash = get("ms.openlocfilehash");
    meta.sourcegitcommit = get("ms.sourcegitcommit");
    meta.translation_type = get("ms.translationtype");
    meta.lasthandoff = get("ms.lasthandoff").as_deref().and_then(parse_date);
    meta
}

/// Maps a YAML parse error ([`yaml::Error`]) to a `yaml-invalid` diagnostic positioned in the file, given
/// the byte offset where the parsed YAML starts.
pub fn yaml_error(err: &yaml::Error, text: &str, yaml_start: usize, index: &LineIndex, path: &str) -> Diagnostic {
    let (line, column) = match err.location() {
        Some(loc) => index.position(text, yaml_start + loc.index()),
        None => index.position(text, yaml_start),
    };
    let msg = err.to_string();
    let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
    Diagnostic::new(
        Rule::YamlInvalid,
        Some(Span { path: path.to_string(), line, column, len: 1 }),
        format!("invalid YAML: {msg}"),
    )
}

/// The keys and values ([`Metadata::all`]) of a front matter block written only as one-line `key: value` pairs whose
/// values are unmistakably strings (plain, or quoted without escapes), as nearly every
/// Microsoft Learn front matter is; `None` for anything else (comments, lists, nested or
/// multi-line values, values YAML would read as a number, bool or null, anything YAML
/// might reject), which [`yaml::from_str`] then parses. For the blocks it accepts it yields
/// exactly what [`yaml::from_str`] yields (a test holds the two equal on the whole corpus);
/// it exists because YAML parsing of front matter was 18% of `docloc check`'s instructions.
pub fn simple_mapping(yaml: &str) -> Option<BTreeMap<String, String>> {
    let mut map = BTreeMap::new();
    for line in yaml.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.is_empty() {
            continue;
        }
        let (key, value) = line.split_once(": ")?;
        let key_ok = !key.is_empty()
            && key.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
            && !key.starts_with(['-', '.']);
        if !key_ok {
            return None;
        }
        let value = simple_string(value.trim_matches(' '))?;
        if map.insert(key.to_string(), value).is_some() {
            return None;
        }
    }
    (!map.is_empty()).then_some(map)
}

/// A one-line YAML value that can only be the string it spells: double- or single-quoted
/// without escapes, or a plain scalar that starts with no indicator, holds no `: ` or
/// ` #`, and does not look like a number, bool or null.
fn simple_string(v: &str) -> Option<String> {
    if v.is_empty() || v.chars().any(|c| c.is_control() || c == '\u{feff}' || c == '\u{fffe}' || c == '\u{ffff}') {
        return None;
    }
    for q in ['"', '\''] {
        if let Some(inner) = v.strip_prefix(q) {
            let inner = inner.strip_suffix(q)?;
            return (!inner.contains(q) && !inner.contains('\\')).then(|| inner.to_string());
        }
    }
    let first = v.chars().next()?;
    if "-?:,[]{}#&*!|>'\"%@`~".contains(first) || v.ends_with(':') || v.contains(": ") || v.contains(" #") {
        return None;
    }
    let lower = v.to_ascii_lowercase();
    let keyword = matches!(lower.as_str(), "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n");
    (!keyword && !may_be_number(&lower)).then(|| v.to_string())
}

/// Whether YAML (or Rust's float parser, which the YAML reader uses) might read the lower-case
/// plain scalar `v` as a number: signed decimal digits with `.`, `_` and exponents,
/// `0x`/`0o`/`0b` prefixes, `.inf`/`.nan`, `inf`/`nan`. Errs on the side of "might".
fn may_be_number(v: &str) -> bool {
    let t = v.trim_start_matches(['+', '-']);
    t.starts_with("0x")
        || t.starts_with("0o")
        || t.starts_with("0b")
        || t.starts_with(".inf")
        || t.starts_with(".nan")
        || t.starts_with("inf")
        || t.starts_with("nan")
        || t.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'e' | b'+' | b'-'))
}

/// Parses the YAML in `text[range]` (front matter, keys at indentation 0) into
/// [`Metadata`], reporting `yaml-invalid`, `yaml-not-mapping` and `duplicate-key`.
/// With duplicate keys the last value wins, as in DocFX.
pub fn parse_block(
    text: &str,
    range: (usize, usize),
    index: &LineIndex,
    path: &str,
    diags: &mut Vec<Diagnostic>,
) -> Metadata {
    let (positions, duplicates) = scan_keys(text, range, 0, index);
    let yaml = &text[range.0..range.1];
    if yaml.trim().is_empty() {
        return Metadata { positions, is_mapping: true, ..Metadata::default() };
    }
    if duplicates.is_empty() {
        if let Some(all) = simple_mapping(yaml) {
            let mut meta = metadata_from_all(all);
            meta.positions = positions;
            return meta;
        }
    }
    let parsed = match yaml::from_str::<Value>(yaml) {
        Ok(v) => Ok(v),
        Err(e) if !duplicates.is_empty() => {
            // The YAML reader rejects duplicate keys; blank every earlier occurrence and retry.
            let mut lines: Vec<&str> = yaml.split_inclusive('\n').collect();
            for (key, _, _) in &duplicates {
                let occurrences: Vec<usize> = lines
                    .iter()
                    .enumerate()
                    .filter(|(_, l)| l.strip_prefix(key.as_str()).is_some_and(|r| r.starts_with(':')))
                    .map(|(i, _)| i)
                    .collect();
                for &i in occurrences.iter().rev().skip(1) {
                    lines[i] = "\n";
                }
            }
            yaml::from_str::<Value>(&lines.concat()).map_err(|_| e)
        }
        Err(e) => Err(e),
    };
    for (key, line, column) in &duplicates {
        diags.push(Diagnostic::new(
            Rule::DuplicateKey,
            Some(Span { path: path.to_string(), line: *line, column: *column, len: key.chars().count() as u32 }),
            format!("front matter key `{key}` is repeated; the last value is used"),
        ));
    }
    match parsed {
        Ok(Value::Mapping(map)) => {
            let mut meta = metadata_from_mapping(&map);
            meta.positions = positions;
            meta.duplicates = duplicates;
            meta
        }
        Ok(_) => {
            let (line, column) = index.position(text, range.0);
            diags.push(Diagnostic::new(
                Rule::YamlNotMapping,
                Some(Span { path: path.to_string(), line, column, len: 0 }),
                "front matter is not a YAML mapping of `key: value` pairs",
            ));
            Metadata::default()
        }
        Err(e) => {
            diags.push(yaml_error(&e, text, range.0, index, path));
            Metadata { positions, duplicates, ..Metadata::default() }
        }
    }
}

/// Positions of the keys of a YAML page's `metadata:` block (keys indented by the
/// first key's indentation under `metadata:`), for diagnostics.
pub fn metadata_block_positions(text: &str, index: &LineIndex) -> KeyPositions {
    let Some(start) = text.find("\nmetadata:").map(|i| i + 1).or_else(|| text.starts_with("metadata:").then_some(0))
    else {
        return (BTreeMap::new(), Vec::new());
    };
    let body = text[start..].find('\n').map_or(text.len(), |i| start + i + 1);
    let mut end = body;
    let mut indent = None;
    while end < text.len() {
        let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i + 1);
        let line = &text[end..line_end];
        let trimmed = line.trim_start_matches(' ');
        if !trimmed.trim().is_empty() {
            let ind = line.len() - trimmed.len();
            if ind == 0 {
                break;
            }
            indent.get_or_insert(ind);
        }
        end = line_end;
    }
    scan_keys(text, (body, end), indent.unwrap_or(2), index)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the full YAML reader makes of `yaml`, as the text of each key.
    fn by_reader(yaml: &str) -> Option<BTreeMap<String, String>> {
        match yaml::from_str::<Value>(yaml) {
            Ok(Value::Mapping(m)) => Some(metadata_from_mapping(&m).all.into_iter().collect()),
            _ => None,
        }
    }

    #[test]
    fn simple_mapping_takes_only_plain_one_line_strings() {
        let ok = "title: 两个级别的 MPN 合作伙伴帐户\r\nms.date: 06/17/2020\nms.locfileid: \"112276529\"\n\nms.custom: SEOMAY.20\nurl: https://x.example/a#b\nd: C# and [brackets], 'quotes'\nhash: 1bb98dd71c9e\n";
        let m = simple_mapping(ok).expect("simple");
        assert_eq!(Some(m), by_reader(ok));
        for not_simple in [
            "a: 1\n",
            "a: 0x1F\n",
            "a: 1e5\n",
            "a: -3\n",
            "a: .5\n",
            "a: true\n",
            "a: No\n",
            "a: null\n",
            "a: ~\n",
            "a: inf\n",
            "a:\n",
            "a: b: c\n",
            "a: b # comment\n",
            "# comment\na: b\n",
            "a: [x, y]\n",
            "a: - x\n",
            "a: >\n  folded\n",
            "a: b\n  continued\n",
            "a: \"esc\\n\"\n",
            "a: 'it''s'\n",
            "a: b\na: c\n",
            "a b: c\n",
            "a: \tb\n",
            "a: &anchor b\n",
            "a: !tag b\n",
            "a: |\n  x\n",
        ] {
            assert!(simple_mapping(not_simple).is_none(), "{not_simple:?}");
        }
    }

    /// On every front matter of the corpus the simple reading, where it applies, is
    /// the full YAML reader's (`yaml_serde`); and it applies to most of them.
    #[test]
    fn simple_mapping_equals_the_yaml_reader_on_the_corpus() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
        let (mut simple, mut all) = (0, 0);
        for e in walkdir::WalkDir::new(root).into_iter().flatten() {
            if e.path().extension().is_none_or(|x| x != "md") {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(e.path()) else { continue };
            let Ok(sp) = split(&text, "x") else { continue };
            let yaml = &text[sp.yaml.0..sp.yaml.1];
            if yaml.trim().is_empty() {
                continue;
            }
            all += 1;
            if let Some(m) = simple_mapping(yaml) {
                simple += 1;
                assert_eq!(Some(m), by_reader(yaml), "{}", e.path().display());
            }
        }
        assert!(all > 1500, "corpus not found at {root}");
        eprintln!("{simple} of {all} front matters read without the YAML reader");
        assert!(simple * 10 > all * 9, "{simple} of {all} front matters are simple");
    }

    fn parse(text: &str) -> (Metadata, Vec<Diagnostic>, Split) {
        let idx = LineIndex::new(text);
        let mut diags = Vec::new();
        let split = split(text, "a.md").unwrap();
        let meta = parse_block(text, split.yaml, &idx, "a.md", &mut diags);
        (meta, diags, split)
    }

    #[test]
    fn dates() {
        assert_eq!(parse_date("05/20/2021"), NaiveDate::from_ymd_opt(2021, 5, 20));
        assert_eq!(parse_date("3/2/2021"), NaiveDate::from_ymd_opt(2021, 3, 2));
        assert_eq!(parse_date("2021-05-20"), None);
        assert_eq!(parse_date("13/01/2021"), None);
        assert_eq!(parse_date("02/30/2021"), None);
        assert_eq!(parse_date("1/2/21"), None);
    }

    #[test]
    fn crlf_front_matter_with_quoted_ids() {
        let text = "---\r\ntitle: T\r\nms.locfileid: \"110236077\"\r\nms.date: 05/20/2021\r\nms.custom: [a, b]\r\n---\r\n# Hi\r\n";
        let (m, d, s) = parse(text);
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(m.title.as_deref(), Some("T"));
        assert_eq!(m.locfileid.as_deref(), Some("110236077"));
        assert_eq!(m.all["ms.custom"], "a, b");
        assert_eq!(m.positions["ms.date"], (4, 1));
        assert_eq!(&text[s.body..], "# Hi\r\n");
    }

    #[test]
    fn unclosed_and_invalid() {
        assert_eq!(split("---\ntitle: x\n", "a.md").unwrap_err().rule, Rule::FrontMatterUnclosed);
        let (_, d, _) = parse("---\ntitle: [oops\n---\nbody");
        assert_eq!(d[0].rule, Rule::YamlInvalid);
        assert_eq!(d[0].span.as_ref().unwrap().line, 3);
        let (_, d, _) = parse("---\n- a\n- b\n---\n");
        assert_eq!(d[0].rule, Rule::YamlNotMapping);
    }

    #[test]
    fn duplicate_keys_last_wins() {
        let (m, d, _) = parse("---\ntitle: one\nms.date: 01/01/2021\ntitle: two\n---\n");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].rule, Rule::DuplicateKey);
        assert_eq!(d[0].span.as_ref().unwrap().line, 4);
        assert_eq!(m.title.as_deref(), Some("two"));
    }

    #[test]
    fn metadata_block_of_yaml_page() {
        let text = "### YamlMime:FAQ\nmetadata:\n  title: T\n  ms.date: 02/05/2021\ntitle: X\n";
        let (pos, dups) = metadata_block_positions(text, &LineIndex::new(text));
        assert_eq!(pos["ms.date"], (4, 3));
        assert!(dups.is_empty());
        assert!(!pos.contains_key("title") || pos["title"] == (3, 3));
    }
}
