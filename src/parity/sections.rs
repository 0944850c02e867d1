//! Section-level staleness: which sections of a stale translation the newest version
//! added, removed, moved or changed in structure.
//!
//! Sections align across languages by their heading anchors: the localization pipeline
//! writes `<a name="id"></a>` with the English id at the start of every heading, so a
//! section is identified by the same id in every locale. A section starts at a heading
//! with such an explicit id (written on the heading's line as `<a name>`, `<a id>` or
//! `{#id}`; or at a level-1 heading) and runs to the next one; headings whose id is only a
//! slug of their (translated) text do not start sections, since their ids differ between
//! languages. Content before the first such heading is the section
//! with id `""`. Two versions of a section are compared by their structure only (the
//! text is in different languages): the block sequence, link targets and image sources
//! as multisets, and code blocks byte for byte.

use super::facts::FactsPage;
use super::structure::normalize_dest;
use crate::hash::HashMap;
use crate::markdown::{BlockKind, LinkKind};
use serde::Serialize;
use std::collections::BTreeMap;

/// How a section differs between a stale translation and the newest version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SectionChangeKind {
    /// Only the newest version has it.
    Added,
    /// Only the translation has it: the newest version dropped it.
    Removed,
    /// Both have it, in another order relative to the other sections.
    Moved,
    /// Both have it, with different blocks, links, images or code.
    Changed,
}

/// One outdated section of a stale translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionChange {
    /// The section's heading anchor (`""` for the content before the first heading).
    pub id: String,
    /// Its heading text in the newest version (in the translation for a removed section).
    pub title: String,
    /// What happened to it.
    pub change: SectionChangeKind,
    /// What differs, e.g. `blocks 7 → 9`, `links +1 −0`, `code`.
    pub details: Vec<String>,
    /// Line of its heading in the newest version's file.
    pub newest_line: Option<u32>,
    /// Line of its heading in the translation's file.
    pub line: Option<u32>,
}

/// The structural skeleton of one page, computed once and shared by the section diff
/// and the structural checks.
#[derive(Debug, Clone, Default)]
pub(crate) struct Shape {
    /// Block tokens with their lines (`h2#id`, `h3`, `p`, `li`, `tr`, `code`, `img`,
    /// `alert:note`, `include`, `video`, `quote`, `hr`, `html`).
    pub blocks: Vec<(String, u32)>,
    /// Heading ids that are explicit anchors, with level and line.
    pub anchors: Vec<(String, u8, u32)>,
    /// Link targets (normalized, see [`normalize_dest`]) with lines, own file only.
    pub links: Vec<(String, u32)>,
    /// Image sources with lines, own file only.
    pub images: Vec<(String, u32)>,
    /// Code blocks (info and text) with lines.
    pub code: Vec<(String, u32)>,
    /// Sections in document order.
    pub sections: Vec<Section>,
}

/// One section of a [`Shape`].
#[derive(Debug, Clone, Default)]
pub(crate) struct Section {
    pub id: String,
    pub title: String,
    pub line: Option<u32>,
    pub blocks: Vec<String>,
    pub links: Vec<String>,
    pub images: Vec<String>,
    pub code: Vec<String>,
}

impl Shape {
    /// The shape of a rendered page.
    pub(crate) fn of(p: &FactsPage<'_>) -> Shape {
        let r = &p.rendered;
        let texts: HashMap<u32, &str> = r.headings.iter().map(|h| (h.span.line, h.text.as_str())).collect();
        let mut shape = Shape::default();
        let mut current = Section::default();
        let own = |from: &str| from == p.page.key;
        // Taken once: a released text is read again from its file at each `text()`.
        let whole = p.page.source.text();
        for b in &r.blocks {
            let token = match &b.kind {
                BlockKind::Heading { level, id } => {
                    let text = texts.get(&b.line).copied().unwrap_or("");
                    let explicit = *level == 1 || has_explicit_anchor(p, &whole, b.line);
                    if explicit {
                        shape.anchors.push((id.clone(), *level, b.line));
                        let done = std::mem::replace(
                            &mut current,
                            Section {
                                id: id.clone(),
                                title: text.to_string(),
                                line: Some(b.line),
                                ..Section::default()
                            },
                        );
                        if done.line.is_some() || !done.blocks.is_empty() {
                            shape.sections.push(done);
                        }
                        format!("h{level}#{id}")
                    } else {
                        format!("h{level}")
                    }
                }
                BlockKind::Paragraph => "p".into(),
                BlockKind::ListItem => "li".into(),
                BlockKind::TableRow => "tr".into(),
                BlockKind::CodeBlock { info, text } => {
                    let code = format!("{info}\n{text}");
                    shape.code.push((code.clone(), b.line));
                    current.code.push(code);
                    "code".into()
                }
                BlockKind::Image => "img".into(),
                BlockKind::Alert { alert } => format!("alert:{alert}"),
                BlockKind::Include => "include".into(),
                BlockKind::Video => "video".into(),
                BlockKind::Form => "form".into(),
                BlockKind::BlockQuote => "quote".into(),
                BlockKind::ThematicBreak => "hr".into(),
                BlockKind::Html => "html".into(),
            };
            shape.blocks.push((token.clone(), b.line));
            current.blocks.push(token);
        }
        shape.sections.push(current);
        // Links belong to the section whose heading line precedes them.
        let starts: Vec<u32> = shape.sections.iter().map(|s| s.line.unwrap_or(0)).collect();
        let section_of = |line: u32| starts.iter().rposition(|&s| s <= line).unwrap_or(0);
        for l in r.links.iter().filter(|l| own(&l.from_key)) {
            let i = section_of(l.span.line);
            match l.kind {
                LinkKind::Link | LinkKind::Media => {
                    let d = normalize_dest(&l.dest);
                    shape.links.push((d.clone(), l.span.line));
                    if let Some(s) = shape.sections.get_mut(i) {
                        s.links.push(d);
                    }
                }
                LinkKind::Image => {
                    shape.images.push((l.dest.clone(), l.span.line));
                    if let Some(s) = shape.sections.get_mut(i) {
                        s.images.push(l.dest.clone());
                    }
                }
                LinkKind::Include => {}
            }
        }
        shape
    }
}

/// Whether the heading written on `line` carries its id itself (`<a name="…">`,
/// `<a id="…">` or `{#…}`) rather than getting a slug of its text; `whole` is the
/// page's text.
fn has_explicit_anchor(p: &FactsPage<'_>, whole: &str, line: u32) -> bool {
    let text = p.page.source.index.line_text(whole, line);
    text.contains("<a name=") || text.contains("<a id=") || text.contains("{#")
}

fn multiset(items: &[String]) -> BTreeMap<&str, i64> {
    let mut m = BTreeMap::new();
    for i in items {
        *m.entry(i.as_str()).or_insert(0) += 1;
    }
    m
}

/// `(added, removed)` counts between two multisets.
fn multiset_delta(new: &[String], old: &[String]) -> (i64, i64) {
    let (a, b) = (multiset(new), multiset(old));
    let mut added = 0;
    let mut removed = 0;
    for (k, n) in &a {
        added += (n - b.get(k).copied().unwrap_or(0)).max(0);
    }
    for (k, n) in &b {
        removed += (n - a.get(k).copied().unwrap_or(0)).max(0);
    }
    (added, removed)
}

/// Longest common subsequence of two id sequences, as the set of ids in it.
fn lcs<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<&'a str> {
    let (n, m) = (a.len(), b.len());
    let mut t = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            t[i][j] = if a[i] == b[j] { t[i + 1][j + 1] + 1 } else { t[i + 1][j].max(t[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n && j < m {
        if a[i] == b[j] {
            out.push(a[i]);
            i += 1;
            j += 1;
        } else if t[i + 1][j] >= t[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// The sections of `old` (a stale translation) that `newest` added, removed, moved or
/// changed, in the newest version's order (removed sections last, in their own order).
pub(crate) fn diff(newest: &Shape, old: &Shape) -> Vec<SectionChange> {
    let old_by_id: HashMap<&str, &Section> = old.sections.iter().map(|s| (s.id.as_str(), s)).collect();
    let new_by_id: HashMap<&str, &Section> = newest.sections.iter().map(|s| (s.id.as_str(), s)).collect();
    let common_new: Vec<&str> =
        newest.sections.iter().map(|s| s.id.as_str()).filter(|id| old_by_id.contains_key(id)).collect();
    let common_old: Vec<&str> =
        old.sections.iter().map(|s| s.id.as_str()).filter(|id| new_by_id.contains_key(id)).collect();
    let in_order: crate::hash::HashSet<&str> = lcs(&common_new, &common_old).into_iter().collect();
    let mut out = Vec::new();
    for s in &newest.sections {
        let Some(o) = old_by_id.get(s.id.as_str()) else {
            out.push(SectionChange {
                id: s.id.clone(),
                title: s.title.clone(),
                change: SectionChangeKind::Added,
                details: vec![format!("{} blocks", s.blocks.len())],
                newest_line: s.line,
                line: None,
            });
            continue;
        };
        let mut details = Vec::new();
        if s.blocks != o.blocks {
            details.push(format!("blocks {} → {}", o.blocks.len(), s.blocks.len()));
        }
        for (what, new, old) in [("links", &s.links, &o.links), ("images", &s.images, &o.images)] {
            let (a, r) = multiset_delta(new, old);
            if a + r > 0 {
                details.push(format!("{what} +{a} −{r}"));
            }
        }
        if s.code != o.code {
            details.push("code".into());
        }
        let moved = !in_order.contains(s.id.as_str());
        if moved || !details.is_empty() {
            if moved {
                details.insert(0, "order".into());
            }
            out.push(SectionChange {
                id: s.id.clone(),
                title: s.title.clone(),
                change: if moved { SectionChangeKind::Moved } else { SectionChangeKind::Changed },
                details,
                newest_line: s.line,
                line: o.line,
            });
        }
    }
    for o in &old.sections {
        if !new_by_id.contains_key(o.id.as_str()) {
            out.push(SectionChange {
                id: o.id.clone(),
                title: o.title.clone(),
                change: SectionChangeKind::Removed,
                details: vec![format!("{} blocks", o.blocks.len())],
                newest_line: None,
                line: o.line,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(id: &str, blocks: &[&str], links: &[&str]) -> Section {
        Section {
            id: id.into(),
            title: id.to_uppercase(),
            line: Some(1),
            blocks: blocks.iter().map(|s| s.to_string()).collect(),
            links: links.iter().map(|s| s.to_string()).collect(),
            ..Section::default()
        }
    }

    #[test]
    fn added_removed_moved_and_changed_sections() {
        let newest = Shape {
            sections: vec![
                section("a", &["p"], &[]),
                section("c", &["p"], &[]),
                section("b", &["p", "li"], &["x.md"]),
                section("d", &["p"], &[]),
            ],
            ..Shape::default()
        };
        let old = Shape {
            sections: vec![
                section("a", &["p"], &[]),
                section("b", &["p"], &[]),
                section("c", &["p"], &[]),
                section("e", &["p"], &[]),
            ],
            ..Shape::default()
        };
        let d = diff(&newest, &old);
        let got: Vec<(&str, SectionChangeKind, Vec<String>)> =
            d.iter().map(|c| (c.id.as_str(), c.change, c.details.clone())).collect();
        assert_eq!(
            got,
            [
                ("c", SectionChangeKind::Moved, vec!["order".to_string()]),
                ("b", SectionChangeKind::Changed, vec!["blocks 1 → 2".to_string(), "links +1 −0".into()]),
                ("d", SectionChangeKind::Added, vec!["1 blocks".to_string()]),
                ("e", SectionChangeKind::Removed, vec!["1 blocks".to_string()]),
            ]
        );
        assert!(diff(&newest, &newest).is_empty());
    }
}
