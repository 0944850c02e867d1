//! Block facts ([`Rendered::blocks`]): the block sequence of the page's own file —
//! heading levels and ids, paragraphs, list items, table rows, code, images, alerts,
//! includes — that parity compares across translations. An include is one block of its
//! includer; the included file's blocks are not recorded.

use super::super::docfx::Construct;
use super::super::{Block, BlockKind, Rendered};
use pulldown_cmark::{CodeBlockKind, Event, Tag, TagEnd};
use std::ops::Range;

/// Records blocks while the renderer walks the events of one file.
pub(super) struct Blocks {
    /// Off inside includes.
    on: bool,
    /// The code block being read: info string, text so far, line.
    code: Option<(String, String, u32)>,
}

impl Blocks {
    /// A recorder; `on` for the page's own file when blocks are asked for
    /// ([`super::super::RenderOptions::blocks`]). Off, it records nothing and computes
    /// nothing.
    pub(super) fn new(on: bool) -> Blocks {
        Blocks { on, code: None }
    }

    /// Records a block of `kind` starting at `line`; both are computed only when on.
    pub(super) fn push(&self, out: &mut Rendered, kind: impl FnOnce() -> BlockKind, line: impl FnOnce() -> u32) {
        if self.on {
            out.blocks.push(Block { kind: kind(), line: line() });
        }
    }

    /// Records the blocks that one event opens on its own (list items, table rows, raw
    /// HTML blocks, thematic breaks, code blocks with their text); headings, quotes and
    /// paragraphs are recorded by the renderer, which knows what they hold.
    pub(super) fn observe(&mut self, event: &Event<'_>, line: impl Fn() -> u32, out: &mut Rendered) {
        if !self.on {
            return;
        }
        let kind = match event {
            Event::Start(Tag::Item) => BlockKind::ListItem,
            Event::Start(Tag::TableHead | Tag::TableRow) => BlockKind::TableRow,
            Event::Start(Tag::HtmlBlock) => BlockKind::Html,
            Event::Rule => BlockKind::ThematicBreak,
            Event::Start(Tag::CodeBlock(kind)) => {
                let info = match kind {
                    CodeBlockKind::Fenced(info) => info.to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                self.code = Some((info, String::new(), line()));
                return;
            }
            Event::Text(t) => {
                if let Some((_, text, _)) = self.code.as_mut() {
                    text.push_str(t);
                }
                return;
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some((info, text, line)) = self.code.take() {
                    out.blocks.push(Block { kind: BlockKind::CodeBlock { info, text }, line });
                }
                return;
            }
            _ => return,
        };
        out.blocks.push(Block { kind, line: line() });
    }
}

/// The block a construct standing alone in its paragraph or quote is.
pub(super) fn construct_block(c: Option<&Construct>) -> BlockKind {
    match c {
        Some(Construct::Image { .. }) => BlockKind::Image,
        Some(Construct::Include { .. }) => BlockKind::Include,
        Some(Construct::Video(..)) => BlockKind::Video,
        Some(Construct::Form(_)) => BlockKind::Form,
        Some(Construct::Alert(kind)) => BlockKind::Alert { alert: kind.as_str().to_string() },
        _ => BlockKind::Paragraph,
    }
}

/// Whether the paragraph opened at event `i` holds a Markdown image and nothing else.
pub(super) fn image_alone(events: &[(Event<'_>, Range<usize>)], i: usize) -> bool {
    matches!(events.get(i + 1), Some((Event::Start(Tag::Image { .. }), _)))
        && events[i + 1..]
            .iter()
            .position(|(e, _)| matches!(e, Event::End(TagEnd::Image)))
            .is_some_and(|e| matches!(events.get(i + 2 + e), Some((Event::End(TagEnd::Paragraph), _))))
}
