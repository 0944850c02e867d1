//! Reading an article's checklist: the top-level blocks before the form's heading,
//! the chosen list's items as text with bold marks, and term matching.
//!
//! The Markdown is parsed with pulldown-cmark's `into_offset_iter`, so every char of
//! an item keeps its byte offset in the file (for `path:line:col`). Only blocks at
//! the top level count: a list inside a note (`> [!NOTE]`) or inside another list is
//! not a checklist.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// One char of an item's plain text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ItemChar {
    /// The char as written (entities decoded).
    pub c: char,
    /// Inside `**…**` / `__…__` (Markdown strong emphasis).
    pub bold: bool,
    /// Byte offset of the char in the file (for decoded text: of its source token).
    pub offset: usize,
}

/// One top-level item of a list.
#[derive(Debug, Clone, Default)]
pub(crate) struct Item {
    /// Byte offset where the item starts (its marker).
    pub start: usize,
    /// Plain text with bold marks.
    pub chars: Vec<ItemChar>,
}

impl Item {
    /// Whether any char of the item is bold.
    pub(crate) fn has_bold(&self) -> bool {
        self.chars.iter().any(|c| c.bold && !c.c.is_whitespace())
    }
}

/// A top-level block before the form's heading.
#[derive(Debug, Clone)]
pub(crate) enum Block {
    /// A paragraph's plain text.
    Paragraph(String),
    /// A list (ordered or not), with where it starts.
    List { start: usize, items: Vec<Item> },
    /// Anything else (heading, note, table, code…).
    Other,
}

/// The blocks of `text[body..]` up to the heading whose id is `anchor`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Scanned {
    /// Top-level blocks, in order.
    pub blocks: Vec<Block>,
    /// Whether the heading `anchor` was found (the blocks stop there).
    pub anchor_found: bool,
}

/// The `name` (or `id`) of an `<a name="x">` tag in inline HTML.
fn anchor_name(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    if !lower.trim_start().starts_with("<a ") {
        return None;
    }
    for attr in ["name=", "id="] {
        let Some(i) = lower.find(attr) else { continue };
        let rest = html.get(i + attr.len()..)?;
        let quote = rest.chars().next()?;
        if quote == '"' || quote == '\'' {
            let inner = &rest[1..];
            return inner.find(quote).map(|end| inner[..end].to_string());
        }
    }
    None
}

/// Scans the body `text[body..]`.
pub(crate) fn scan(text: &str, body: usize, anchor: &str) -> Scanned {
    let body = body.min(text.len());
    let Some(src) = text.get(body..) else { return Scanned::default() };
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_HEADING_ATTRIBUTES);
    let mut out = Scanned::default();
    // Open container and inline tags; the first one opens a top-level block.
    let mut depth = 0usize;
    let mut bold = 0usize;
    let mut para = String::new();
    let mut heading: Option<(Option<String>, String, Option<String>)> = None; // (explicit id, text, <a name>)
    let mut list: Option<(usize, Vec<Item>)> = None;
    let mut top = Top::None;
    for (event, range) in Parser::new_ext(src, options).into_offset_iter() {
        let at = body + range.start;
        match event {
            Event::Start(tag) => {
                if depth == 0 {
                    top = match &tag {
                        Tag::Paragraph => {
                            para.clear();
                            Top::Paragraph
                        }
                        Tag::List(_) => {
                            list = Some((at, Vec::new()));
                            Top::List
                        }
                        Tag::Heading { id, .. } => {
                            heading = Some((id.as_ref().map(|i| i.to_string()), String::new(), None));
                            Top::Heading
                        }
                        _ => Top::Other,
                    };
                } else if depth == 1 && top == Top::List && matches!(tag, Tag::Item) {
                    if let Some((_, items)) = list.as_mut() {
                        items.push(Item { start: at, chars: Vec::new() });
                    }
                }
                if matches!(tag, Tag::Strong) {
                    bold += 1;
                }
                depth += 1;
            }
            Event::End(end) => {
                depth = depth.saturating_sub(1);
                if matches!(end, TagEnd::Strong) {
                    bold = bold.saturating_sub(1);
                }
                if depth == 0 {
                    match top {
                        Top::Paragraph => out.blocks.push(Block::Paragraph(std::mem::take(&mut para))),
                        Top::List => {
                            if let Some((start, items)) = list.take() {
                                out.blocks.push(Block::List { start, items });
                            }
                        }
                        Top::Heading => {
                            if let Some((explicit, text, named)) = heading.take() {
                                let id = named.or(explicit).unwrap_or_else(|| crate::markdown::slug::slugify(&text));
                                if id == anchor {
                                    out.anchor_found = true;
                                    return out;
                                }
                            }
                            out.blocks.push(Block::Other);
                        }
                        Top::Other | Top::None => out.blocks.push(Block::Other),
                    }
                    top = Top::None;
                }
            }
            Event::Text(ref t) | Event::Code(ref t) => {
                // Where the text's chars sit in the source: exactly for plain text,
                // inside the backticks for code, at the token start for decoded text.
                let lead = if t.len() == range.len() {
                    Some(0)
                } else if matches!(event, Event::Code(_)) && range.len() >= t.len() {
                    Some((range.len() - t.len()) / 2)
                } else {
                    None
                };
                match top {
                    Top::Paragraph => para.push_str(t),
                    Top::Heading => {
                        if let Some(h) = heading.as_mut() {
                            h.1.push_str(t);
                        }
                    }
                    Top::List => {
                        if let Some(item) = list.as_mut().and_then(|(_, items)| items.last_mut()) {
                            for (i, c) in t.char_indices() {
                                let offset = lead.map_or(at, |l| at + l + i);
                                item.chars.push(ItemChar { c, bold: bold > 0, offset });
                            }
                        }
                    }
                    _ => {}
                }
            }
            Event::SoftBreak | Event::HardBreak => match top {
                Top::Paragraph => para.push(' '),
                Top::List => {
                    if let Some(item) = list.as_mut().and_then(|(_, items)| items.last_mut()) {
                        item.chars.push(ItemChar { c: ' ', bold: false, offset: at });
                    }
                }
                _ => {}
            },
            Event::InlineHtml(html) | Event::Html(html) => {
                if let (Top::Heading, Some(h)) = (top, heading.as_mut()) {
                    if h.2.is_none() && h.1.trim().is_empty() {
                        h.2 = anchor_name(&html);
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Which kind of top-level block is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Top {
    None,
    Paragraph,
    List,
    Heading,
    Other,
}

/// Folds a char for matching: lower-case, full-width ASCII forms (U+FF01–FF5E) to
/// ASCII; whitespace, zero-width chars and the ideographic space vanish.
fn fold(c: char, out: &mut Vec<char>) {
    if c.is_whitespace() || matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}') {
        return;
    }
    let c = match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    };
    out.extend(c.to_lowercase());
}

/// `s` folded for matching.
pub(crate) fn normalize(s: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        fold(c, &mut out);
    }
    out
}

/// A lead sentence folded for comparison, without trailing `:` `.` `。` `…`.
pub(crate) fn normalize_lead(s: &str) -> Vec<char> {
    let mut n = normalize(s);
    while n.last().is_some_and(|c| matches!(c, ':' | '.' | '。' | '…' | ';')) {
        n.pop();
    }
    n
}

/// How a term occurrence is marked up.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Markup {
    /// No char of the term is bold.
    Plain,
    /// Some chars are bold: the bold part.
    Partial(String),
    /// Every char is bold.
    Bold,
}

/// One place a term occurs in an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Occurrence {
    /// Its markup.
    pub markup: Markup,
    /// Byte range in the file, first to last matched char.
    pub range: (usize, usize),
}

/// Every occurrence of the folded `term` in `item`.
pub(crate) fn occurrences(item: &Item, term: &[char]) -> Vec<Occurrence> {
    if term.is_empty() {
        return Vec::new();
    }
    // Folded chars with the index of the item char each came from.
    let mut folded = Vec::with_capacity(item.chars.len());
    let mut origin = Vec::with_capacity(item.chars.len());
    let mut buf = Vec::new();
    for (i, ic) in item.chars.iter().enumerate() {
        buf.clear();
        fold(ic.c, &mut buf);
        for &c in &buf {
            folded.push(c);
            origin.push(i);
        }
    }
    let mut out = Vec::new();
    if folded.len() < term.len() {
        return out;
    }
    for start in 0..=folded.len() - term.len() {
        if folded[start..start + term.len()] != *term {
            continue;
        }
        let mut sources: Vec<usize> = origin[start..start + term.len()].to_vec();
        sources.dedup();
        let chars: Vec<&ItemChar> = sources.iter().filter_map(|&i| item.chars.get(i)).collect();
        let bold = chars.iter().filter(|c| c.bold).count();
        let markup = if bold == chars.len() {
            Markup::Bold
        } else if bold == 0 {
            Markup::Plain
        } else {
            Markup::Partial(chars.iter().filter(|c| c.bold).map(|c| c.c).collect())
        };
        let first = chars.first().map_or(item.start, |c| c.offset);
        let last = chars.last().map_or(item.start, |c| c.offset + c.c.len_utf8());
        out.push(Occurrence { markup, range: (first, last.max(first)) });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item_text(item: &Item) -> String {
        item.chars.iter().map(|c| if c.bold { c.c.to_ascii_uppercase() } else { c.c }).collect()
    }

    #[test]
    fn lists_stop_at_the_anchor_and_keep_bold_and_offsets() {
        let text = "---\nx: 1\n---\nLead:\n\n- the **MPN ID** here\n- b &amp; **c**\n\n> - not top level\n\n\
                    ## <a name=\"stop\"></a>Stop\n\n- after\n";
        let s = scan(text, 12, "stop");
        assert!(s.anchor_found);
        assert_eq!(s.blocks.len(), 3, "{:?}", s.blocks);
        let Block::List { start, items } = &s.blocks[1] else { panic!("{:?}", s.blocks) };
        assert_eq!(&text[*start..*start + 2], "- ");
        assert_eq!(items.len(), 2);
        assert_eq!(item_text(&items[0]), "the MPN ID here");
        let m = items[0].chars.iter().find(|c| c.c == 'M').expect("M");
        assert_eq!(&text[m.offset..m.offset + 1], "M");
        assert_eq!(items[1].chars.iter().map(|c| c.c).collect::<String>(), "b & c");
        assert!(matches!(s.blocks[2], Block::Other));
    }

    #[test]
    fn heading_ids_come_from_anchors_attributes_or_slugs() {
        assert!(scan("## Create a customer association\n", 0, "create-a-customer-association").anchor_found);
        assert!(scan("## Title {#x-y}\n", 0, "x-y").anchor_found);
        assert!(scan("## <a name='z'></a>Other\n", 0, "z").anchor_found);
        assert!(!scan("## Other\n", 0, "z").anchor_found);
    }

    #[test]
    fn occurrences_fold_case_width_and_space() {
        let s = scan("- 執行證明（POE）與 **MPN 識別碼**\n- Identyfikator **MPN** x\n", 0, "none");
        let Block::List { items, .. } = &s.blocks[0] else { panic!() };
        let occ = occurrences(&items[0], &normalize("執行證明 (PoE)"));
        assert_eq!(occ.len(), 1);
        assert_eq!(occ[0].markup, Markup::Plain);
        let occ = occurrences(&items[0], &normalize("MPN識別碼"));
        assert_eq!(occ[0].markup, Markup::Bold);
        let occ = occurrences(&items[1], &normalize("Identyfikator MPN"));
        assert_eq!(occ[0].markup, Markup::Partial("MPN".into()));
        assert_eq!(normalize_lead("Du behöver följande information:"), normalize("du behöver följande information"));
    }
}
