//! Structural parity of translations of one source version.
//!
//! Translations with the same `ms.openlocfilehash` were made from the same source file,
//! so their structure must match: a difference is a translation defect (a dropped list
//! item, a link pointing elsewhere, an edited code sample). Each check compares a
//! translation with its cohort's reference (the source file when it is this version, else
//! the cohort's first locale in site order) and reports the first divergence with the
//! line on both sides. Check ids (JSON `check`): `anchor-sequence`, `block-sequence`,
//! `link-targets`, `image-sources`, `code-blocks`, `front-matter`.

use super::sections::Shape;
use crate::content::Page;
use serde::Serialize;
use std::collections::BTreeMap;

/// Which structural check found a difference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StructuralCheck {
    /// The sequence of explicit heading anchors (`<a name>` ids) differs.
    AnchorSequence,
    /// The block sequence (heading levels, paragraphs, list items, table rows, code,
    /// images, alerts, includes…) differs.
    BlockSequence,
    /// Link targets differ as multisets (locale path segments such as `/en-us/` ignored).
    LinkTargets,
    /// Image sources differ as multisets.
    ImageSources,
    /// A code block is not byte-identical.
    CodeBlocks,
    /// A front matter key that must not be translated differs (`[parity] invariant_keys`).
    FrontMatter,
}

impl StructuralCheck {
    /// The kebab-case id.
    pub fn as_str(self) -> &'static str {
        match self {
            StructuralCheck::AnchorSequence => "anchor-sequence",
            StructuralCheck::BlockSequence => "block-sequence",
            StructuralCheck::LinkTargets => "link-targets",
            StructuralCheck::ImageSources => "image-sources",
            StructuralCheck::CodeBlocks => "code-blocks",
            StructuralCheck::FrontMatter => "front-matter",
        }
    }
}

/// A place in one locale's file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    /// The locale.
    pub locale: String,
    /// File relative to the content root.
    pub path: String,
    /// 1-based line, when the difference has one.
    pub line: Option<u32>,
}

/// The first divergence found by one check between a translation and its reference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StructuralFinding {
    /// The check.
    pub check: StructuralCheck,
    /// What differs, in one sentence.
    pub message: String,
    /// The reference's side.
    pub reference: Location,
    /// The translation's side.
    pub translation: Location,
}

/// A link target with locale path segments (`/en-us/`, `/zh-CN/`) replaced by
/// `{locale}`, since translations legitimately point at their own locale's copy.
pub fn normalize_dest(dest: &str) -> String {
    let (path, rest) = match dest.find(['?', '#']) {
        Some(i) => dest.split_at(i),
        None => (dest, ""),
    };
    if !path.contains('/') {
        return dest.to_string();
    }
    let mut out = String::with_capacity(dest.len());
    for (i, seg) in path.split('/').enumerate() {
        if i > 0 {
            out.push('/');
        }
        if is_locale_segment(seg) {
            out.push_str("{locale}");
        } else {
            out.push_str(seg);
        }
    }
    out.push_str(rest);
    out
}

fn is_locale_segment(seg: &str) -> bool {
    let Some((lang, region)) = seg.split_once('-') else { return false };
    let alpha = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_alphabetic());
    alpha(lang, 2) && (alpha(region, 2) || ["hans", "hant"].contains(&region.to_ascii_lowercase().as_str()))
}

fn loc(page: &Page, line: Option<u32>) -> Location {
    Location { locale: page.locale.clone(), path: page.source.path.clone(), line }
}

/// First index where two sequences differ (`None` when equal).
fn first_divergence<T: PartialEq>(a: &[T], b: &[T]) -> Option<usize> {
    if a.len() == b.len() && a == b {
        return None;
    }
    Some(a.iter().zip(b).position(|(x, y)| x != y).unwrap_or(a.len().min(b.len())))
}

fn only_in<'a>(a: &'a [(String, u32)], b: &[(String, u32)]) -> Option<&'a (String, u32)> {
    let mut counts: BTreeMap<&str, i64> = BTreeMap::new();
    for (d, _) in b {
        *counts.entry(d).or_insert(0) += 1;
    }
    a.iter().find(|(d, _)| {
        let n = counts.entry(d).or_insert(0);
        *n -= 1;
        *n < 0
    })
}

/// Compares `page` (shape `shape`) with its cohort's `reference`; `keys` are the front
/// matter keys that must be equal. Returns at most one finding per check.
pub(crate) fn compare(reference: (&Page, &Shape), page: (&Page, &Shape), keys: &[String]) -> Vec<StructuralFinding> {
    let ((rp, rs), (tp, ts)) = (reference, page);
    let mut out = Vec::new();
    let mut push = |check, message: String, rl: Option<u32>, tl: Option<u32>| {
        out.push(StructuralFinding { check, message, reference: loc(rp, rl), translation: loc(tp, tl) });
    };
    let ids = |s: &Shape| s.anchors.iter().map(|(id, _, _)| id.clone()).collect::<Vec<_>>();
    let (ra, ta) = (ids(rs), ids(ts));
    if let Some(i) = first_divergence(&ra, &ta) {
        let r = rs.anchors.get(i);
        let t = ts.anchors.get(i);
        let name = |x: Option<&(String, u8, u32)>| x.map_or("(end)".to_string(), |(id, _, _)| format!("#{id}"));
        push(
            StructuralCheck::AnchorSequence,
            format!("heading anchor {} is {} in the reference, {} here", i + 1, name(r), name(t)),
            r.map(|x| x.2),
            t.map(|x| x.2),
        );
    }
    let plain =
        |s: &Shape| s.blocks.iter().map(|(b, _)| b.split('#').next().unwrap_or(b).to_string()).collect::<Vec<_>>();
    let (rb, tb) = (plain(rs), plain(ts));
    if let Some(i) = first_divergence(&rb, &tb) {
        let name = |v: &[String]| v.get(i).map_or("(end)".to_string(), |s| format!("`{s}`"));
        push(
            StructuralCheck::BlockSequence,
            format!(
                "block {} is {} in the reference, {} here ({} vs {} blocks)",
                i + 1,
                name(&rb),
                name(&tb),
                rb.len(),
                tb.len()
            ),
            rs.blocks.get(i).map(|b| b.1),
            ts.blocks.get(i).map(|b| b.1),
        );
    }
    for (check, what, r, t) in [
        (StructuralCheck::LinkTargets, "link target", &rs.links, &ts.links),
        (StructuralCheck::ImageSources, "image source", &rs.images, &ts.images),
    ] {
        if let Some((d, line)) = only_in(r, t) {
            let other = t.iter().find(|(x, _)| !r.iter().any(|(y, _)| y == x));
            push(
                check,
                match other {
                    Some((o, _)) => format!("{what} `{d}` of the reference is missing here; `{o}` is extra"),
                    None => format!("{what} `{d}` of the reference is missing here"),
                },
                Some(*line),
                other.map(|o| o.1),
            );
        } else if let Some((d, line)) = only_in(t, r) {
            push(check, format!("{what} `{d}` is not in the reference"), None, Some(*line));
        }
    }
    let code = |s: &Shape| s.code.iter().map(|c| c.0.clone()).collect::<Vec<_>>();
    if let Some(i) = first_divergence(&code(rs), &code(ts)) {
        push(
            StructuralCheck::CodeBlocks,
            format!(
                "code block {} differs from the reference ({} vs {} code blocks)",
                i + 1,
                rs.code.len(),
                ts.code.len()
            ),
            rs.code.get(i).map(|c| c.1),
            ts.code.get(i).map(|c| c.1),
        );
    }
    for key in keys {
        let (a, b) = (rp.meta.all.get(key), tp.meta.all.get(key));
        if a.map(|s| s.trim()) != b.map(|s| s.trim()) {
            let show = |v: Option<&String>| v.map_or("absent".to_string(), |s| format!("`{}`", s.trim()));
            push(
                StructuralCheck::FrontMatter,
                format!("`{key}` is {} in the reference, {} here", show(a), show(b)),
                rp.meta.positions.get(key).map(|p| p.0),
                tp.meta.positions.get(key).map(|p| p.0),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_segments_are_normalized() {
        assert_eq!(
            normalize_dest("https://www.microsoft.com/zh-cn/licensing/x?y=1#z"),
            "https://www.microsoft.com/{locale}/licensing/x?y=1#z"
        );
        assert_eq!(normalize_dest("/partner-center/en-US/a"), "/partner-center/{locale}/a");
        assert_eq!(normalize_dest("/partner-center/mpn-faq"), "/partner-center/mpn-faq");
        assert_eq!(normalize_dest("a.md#en-us"), "a.md#en-us");
        assert_eq!(normalize_dest("/get-help/zh-hant/x"), "/get-help/{locale}/x");
    }

    #[test]
    fn first_divergence_finds_the_index() {
        assert_eq!(first_divergence(&[1, 2, 3], &[1, 2, 3]), None);
        assert_eq!(first_divergence(&[1, 2, 3], &[1, 4, 3]), Some(1));
        assert_eq!(first_divergence(&[1, 2], &[1, 2, 3]), Some(2));
    }
}
