//! Segment checks of bilingual side-by-side (sxs) files.
//!
//! Microsoft's localization pipeline can publish a translation with its English source
//! beside every sentence:
//! `<span data-ttu-id="id">translation</span><span class="sxs-lookup"><span data-stu-id="id">English</span></span>`.
//! Each translation is paired with its English source and checked (check ids, JSON
//! `check` and CSV `check` column):
//!
//! * `emphasis`: the number of `**` differs (the count, not the set: emphasis may move
//!   within the sentence). Per-locale stand-ins, such as the Chinese quotation marks
//!   `“…”` zh-cn translations use for bold UI names, count as one emphasis each when
//!   configured in `[parity.emphasis_equivalents]`;
//! * `links`: the link targets `](…)` differ as multisets (locale path segments ignored);
//! * `inline-code`: the inline code spans differ (they must be byte-equal);
//! * `numbers`: the digit sequences differ as multisets (thousands and decimal
//!   separators ignored, so `1,000` equals `1 000`);
//! * `unchanged`: the translation is the English text, and the English has at least
//!   `[parity] unchanged_min_words` words.

use super::structure::normalize_dest;
use super::words;
use crate::config::ParityConfig;
use crate::content::Page;
use serde::Serialize;
use std::collections::BTreeMap;

/// What marks the English half of a segment; a file containing it is bilingual.
pub const SOURCE_MARK: &str = "data-stu-id=\"";
const OPEN: &str = "<span data-ttu-id=\"";
const MIDDLE: &str = "</span><span class=\"sxs-lookup\"><span data-stu-id=\"";
const CLOSE: &str = "</span></span>";

/// One sxs segment as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawSegment<'a> {
    /// `data-ttu-id`.
    pub id: &'a str,
    /// The translation, markup as written.
    pub translation: &'a str,
    /// The English source, markup as written.
    pub source: &'a str,
    /// Byte offset of the segment in the text.
    pub offset: usize,
}

/// The segments of `text`, in order. A malformed segment (no English half before the
/// next segment) is skipped.
pub(crate) fn parse(text: &str) -> Vec<RawSegment<'_>> {
    use memchr::memmem::Finder;
    use std::sync::LazyLock;
    static FIND_OPEN: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(OPEN));
    static FIND_MIDDLE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(MIDDLE));
    static FIND_CLOSE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(CLOSE));
    let bytes = text.as_bytes();
    let find = |f: &Finder<'_>, from: usize, to: usize| bytes.get(from..to).and_then(|b| f.find(b)).map(|i| from + i);
    let quote_end = |from: usize, to: usize| find_str(text, from, to, "\">");
    let mut out = Vec::new();
    let mut next_open = find(&FIND_OPEN, 0, bytes.len());
    while let Some(start) = next_open {
        let id_start = start + OPEN.len();
        next_open = find(&FIND_OPEN, id_start, bytes.len());
        let limit = next_open.unwrap_or(bytes.len());
        let Some(id_end) = quote_end(id_start, limit) else { continue };
        let t_start = id_end + 2;
        let Some(m) = find(&FIND_MIDDLE, t_start, limit) else { continue };
        let s_id_start = m + MIDDLE.len();
        let Some(s_id_end) = quote_end(s_id_start, limit) else { continue };
        let s_start = s_id_end + 2;
        let Some(c) = find(&FIND_CLOSE, s_start, bytes.len()) else { continue };
        let (Some(id), Some(translation), Some(source)) =
            (text.get(id_start..id_end), text.get(t_start..m), text.get(s_start..c))
        else {
            continue;
        };
        out.push(RawSegment { id, translation, source, offset: start });
        if next_open.is_some_and(|n| n < c + CLOSE.len()) {
            next_open = find(&FIND_OPEN, c + CLOSE.len(), bytes.len());
        }
    }
    out
}

/// Byte offset of `pat` in `text[from..to]`, as an offset into `text`.
fn find_str(text: &str, from: usize, to: usize, pat: &str) -> Option<usize> {
    text.as_bytes().get(from..to).and_then(|b| memchr::memmem::find(b, pat.as_bytes())).map(|i| from + i)
}

/// Which segment check found a difference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SegmentCheck {
    /// The number of `**` differs.
    Emphasis,
    /// Link targets differ.
    Links,
    /// Inline code differs.
    InlineCode,
    /// Numbers differ.
    Numbers,
    /// The translation is the English text.
    Unchanged,
}

impl SegmentCheck {
    /// The kebab-case id.
    pub fn as_str(self) -> &'static str {
        match self {
            SegmentCheck::Emphasis => "emphasis",
            SegmentCheck::Links => "links",
            SegmentCheck::InlineCode => "inline-code",
            SegmentCheck::Numbers => "numbers",
            SegmentCheck::Unchanged => "unchanged",
        }
    }
}

/// One finding on one segment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SegmentFinding {
    /// The segment id (`d0b78-104`).
    pub segment_id: String,
    /// The check.
    pub check: SegmentCheck,
    /// What differs (e.g. `2 ** in the English, 0 here`).
    pub message: String,
    /// 1-based line of the segment in the file.
    pub line: u32,
    /// The translation as written.
    pub translation: String,
    /// The English source as written.
    pub source: String,
}

fn pairs(text: &str, open: &str, close: &str) -> usize {
    let mut n = 0;
    let mut rest = text;
    while let Some(i) = rest.find(open) {
        let after = &rest[i + open.len()..];
        let Some(j) = after.find(close) else { break };
        n += 1;
        rest = &after[j + close.len()..];
    }
    n
}

fn bag<'a>(items: impl Iterator<Item = String> + 'a) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for i in items {
        *m.entry(i).or_insert(0) += 1;
    }
    m
}

fn link_targets(s: &str) -> BTreeMap<String, usize> {
    bag(s.match_indices("](").filter_map(|(i, _)| {
        let rest = &s[i + 2..];
        rest.find(')').map(|e| normalize_dest(rest[..e].trim()))
    }))
}

fn inline_code(s: &str) -> BTreeMap<String, usize> {
    let parts: Vec<&str> = s.split('`').collect();
    bag(parts.iter().enumerate().filter(|(i, _)| i % 2 == 1 && *i + 1 < parts.len()).map(|(_, p)| p.to_string()))
}

fn numbers(s: &str) -> BTreeMap<String, usize> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            cur.push(c);
        } else if !cur.is_empty()
            && matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}')
            && chars.peek().is_some_and(|n| n.is_ascii_digit())
        {
            continue;
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    bag(out.into_iter())
}

/// Runs every segment check on `page` (a bilingual file), with the locale's emphasis
/// stand-ins from `cfg`. Findings in file order, then by check.
pub(crate) fn check(page: &Page, cfg: &ParityConfig) -> Vec<SegmentFinding> {
    let text = page.source.text();
    let text: &str = &text;
    if !text.contains(SOURCE_MARK) {
        return Vec::new();
    }
    let equivalents: Vec<(&str, &str)> = cfg
        .emphasis_equivalents
        .get(&page.locale)
        .map(|v| v.iter().filter_map(|p| p.split_once('…')).collect())
        .unwrap_or_default();
    let mut out = Vec::new();
    for seg in parse(text) {
        let (t, s) = (seg.translation, seg.source);
        let line = page.source.index.position(text, seg.offset).0;
        let mut push = |check, message: String| {
            out.push(SegmentFinding {
                segment_id: seg.id.to_string(),
                check,
                message,
                line,
                translation: t.to_string(),
                source: s.to_string(),
            });
        };
        let want = s.matches("**").count();
        let have = t.matches("**").count() + 2 * equivalents.iter().map(|(o, c)| pairs(t, o, c)).sum::<usize>();
        if want != have {
            push(SegmentCheck::Emphasis, format!("{want} `**` in the English, {have} here"));
        }
        // Each bag is built only when one side has something to put in it.
        let (sl, tl) =
            if s.contains("](") || t.contains("](") { (link_targets(s), link_targets(t)) } else { Default::default() };
        if sl != tl {
            let missing: Vec<&String> = sl.keys().filter(|k| sl.get(*k) != tl.get(*k)).collect();
            push(SegmentCheck::Links, format!("link targets differ (English: {})", join(&missing)));
        }
        let (sc, tc) =
            if s.contains('`') || t.contains('`') { (inline_code(s), inline_code(t)) } else { Default::default() };
        if sc != tc {
            let missing: Vec<&String> = sc.keys().filter(|k| sc.get(*k) != tc.get(*k)).collect();
            push(SegmentCheck::InlineCode, format!("inline code differs (English: {})", join(&missing)));
        }
        let digits = |x: &str| x.bytes().any(|b| b.is_ascii_digit());
        let (sn, tn) = if digits(s) || digits(t) { (numbers(s), numbers(t)) } else { Default::default() };
        if sn != tn {
            let missing: Vec<&String> = sn.keys().filter(|k| sn.get(*k) != tn.get(*k)).collect();
            let extra: Vec<&String> = tn.keys().filter(|k| sn.get(*k) != tn.get(*k)).collect();
            push(
                SegmentCheck::Numbers,
                format!("numbers differ (English: {}; here: {})", join(&missing), join(&extra)),
            );
        }
        if t.trim() == s.trim() && words::count(&words::prose(s)) >= cfg.unchanged_min_words {
            push(SegmentCheck::Unchanged, "left identical to the English".into());
        }
    }
    out
}

fn join(items: &[&String]) -> String {
    if items.is_empty() {
        "none".into()
    } else {
        items.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::SourceText;

    fn page(locale: &str, text: &str) -> Page {
        Page {
            locale: locale.into(),
            key: "a.md".into(),
            source: SourceText::new(format!("{locale}/a.md"), text.into()),
            kind: crate::content::PageKind::Article,
            meta: Default::default(),
            body: 0,
            yaml: None,
        }
    }

    fn seg(id: &str, t: &str, s: &str) -> String {
        format!("<span data-ttu-id=\"{id}\">{t}</span><span class=\"sxs-lookup\"><span data-stu-id=\"{id}\">{s}</span></span>")
    }

    #[test]
    fn segments_pair_translation_and_english() {
        let text = format!("# x\n\n{} {}\n", seg("a-1", "Hallo **Welt**", "Hello\n**world**"), seg("a-2", "x", "y"));
        let segs = parse(&text);
        assert_eq!(segs.len(), 2);
        assert_eq!((segs[0].id, segs[0].translation, segs[0].source), ("a-1", "Hallo **Welt**", "Hello\n**world**"));
        assert_eq!(segs[1].id, "a-2");
    }

    #[test]
    fn each_check_fires_on_its_difference_only() {
        let text = [
            seg("s-1", "选择“设置”。", "Select **Settings**."),
            seg("s-2", "参见 [指南](https://x.org/zh-cn/a)。", "See [the guide](https://x.org/en-us/a)."),
            seg("s-3", "运行 `Get-X`。", "Run `Get-Y`."),
            seg("s-4", "1.000 个", "1,000 items in 2021"),
            seg("s-5", "Partner Center overview", "Partner Center overview"),
            seg("s-6", "Azure", "Azure"),
        ]
        .join("\n\n");
        let p = page("zh-cn", &text);
        let got: Vec<(String, SegmentCheck)> =
            check(&p, &ParityConfig::default()).into_iter().map(|f| (f.segment_id, f.check)).collect();
        assert_eq!(
            got,
            [
                ("s-1".to_string(), SegmentCheck::Emphasis),
                ("s-3".to_string(), SegmentCheck::InlineCode),
                ("s-4".to_string(), SegmentCheck::Numbers),
                ("s-5".to_string(), SegmentCheck::Unchanged),
            ]
        );
        let mut cfg = ParityConfig::default();
        cfg.emphasis_equivalents.insert("zh-cn".into(), vec!["“…”".into()]);
        assert!(check(&p, &cfg).iter().all(|f| f.check != SegmentCheck::Emphasis));
    }
}
