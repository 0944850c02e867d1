//! The event-stream transform behind [`super::render`]: pulldown-cmark events in, DocFX
//! HTML and facts out. One file per construct: [`headings`] (ids, anchors, text),
//! [`tabs`] (tab groups), [`alerts`] (alert, `[!div]` and video block quotes),
//! [`images`] (`:::image`, `[!VIDEO]`), [`includes`] (`[!INCLUDE]`), [`links`] (link
//! facts resolved once) and [`blocks`] (the block sequence). This file walks the events
//! and hands each to its construct.

mod alerts;
mod blocks;
mod headings;
mod images;
mod includes;
mod links;
mod raw_html;
mod sxs;
mod tabs;

pub(crate) use headings::html_ids;
pub(crate) use raw_html::shorten;

use super::docfx::{self, Construct, Prepared, TOKEN_CLOSE, TOKEN_OPEN};
use super::slug::IdSet;
use super::{escape, BlockKind, Input, LinkKind, RenderOptions, Rendered, Resolver, UiText};
use crate::diagnostic::{Diagnostic, Span};
use blocks::Blocks;
use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};
use raw_html::RawHtml;
use std::ops::Range;

/// Per-page state shared with nested includes (ids stay unique across them).
#[derive(Debug, Default)]
pub(crate) struct State {
    ids: IdSet,
    tab_groups: usize,
    complex_images: usize,
}

/// The CommonMark extensions DocFX content uses: GFM tables, strikethrough, task lists,
/// footnotes, and `{#id}` heading attributes.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
}

/// Byte offset of the first [`TOKEN_OPEN`] in `t`. A SIMD search for its UTF-8 bytes:
/// `str::find(char)` scans for the char's last byte, a continuation byte that CJK and
/// Cyrillic text is full of.
fn find_token(t: &str) -> Option<usize> {
    const OPEN: [u8; 3] = [0xEE, 0x80, 0x80];
    debug_assert_eq!(TOKEN_OPEN.to_string().as_bytes(), OPEN);
    let b = t.as_bytes();
    memchr::memchr_iter(OPEN[0], b).find(|&i| b[i..].starts_with(&OPEN))
}

/// Splits text on placeholder tokens: `Ok(text)` pieces and `Err(index)` tokens.
fn split_tokens(t: &str) -> Vec<Result<&str, usize>> {
    let mut out = Vec::new();
    let mut rest = t;
    while let Some(a) = find_token(rest) {
        let after = &rest[a + TOKEN_OPEN.len_utf8()..];
        let Some(b) = after.find(TOKEN_CLOSE) else { break };
        let Ok(n) = after[..b].parse::<usize>() else { break };
        if a > 0 {
            out.push(Ok(&rest[..a]));
        }
        out.push(Err(n));
        rest = &after[b + TOKEN_CLOSE.len_utf8()..];
    }
    if !rest.is_empty() {
        out.push(Ok(rest));
    }
    out
}

/// The construct of `t` when `t` is nothing but one placeholder token.
fn single_token(t: &str) -> Option<usize> {
    find_token(t)?;
    match split_tokens(t.trim()).as_slice() {
        [Err(n)] => Some(*n),
        _ => None,
    }
}

/// What the construct files share while one file is rendered.
struct Ctx<'s, 'r> {
    input: Input<'s>,
    prepared: &'s Prepared,
    resolver: &'r dyn Resolver,
    ui: &'r UiText,
    limits: RenderOptions,
}

impl Ctx<'_, '_> {
    /// The span in the file of range `r` of the prepared text.
    fn span(&self, r: &Range<usize>) -> Span {
        let a = self.prepared.map.to_source(r.start);
        let b = self.prepared.map.to_source(r.end).max(a);
        self.input.span(a, b)
    }

    /// The span of a byte range of the file itself.
    fn file_span(&self, r: (usize, usize)) -> Span {
        self.input.span(r.0, r.1)
    }

    /// 1-based line in the file where range `r` of the prepared text starts.
    fn line(&self, r: &Range<usize>) -> u32 {
        self.span(&(r.start..r.start)).line
    }

    /// HTML for construct `n`; `block` when it stands alone in its paragraph.
    fn construct_html(
        &self,
        n: usize,
        block: bool,
        state: &mut State,
        out: &mut Rendered,
        stack: &mut Vec<String>,
    ) -> String {
        let Some(c) = self.prepared.constructs.get(n) else { return String::new() };
        match c {
            Construct::NoLoc(text) => escape(text),
            Construct::Form(name) => {
                let at = self.prepared.ranges.get(n).map_or((0, 0), |r| *r);
                out.forms.push((name.clone(), self.file_span(at)));
                super::form_placeholder(name)
            }
            Construct::Image { .. } => self.image_html(c, block, state, out, stack),
            Construct::Include { path, path_range, .. } => {
                self.include_html(path, self.file_span(*path_range), block, state, out, stack)
            }
            Construct::Video(url, r) => self.video_html(url, *r, out),
            Construct::Alert(_) | Construct::Div(_) => {
                escape(self.prepared.ranges.get(n).map_or("", |r| self.input.text.get(r.0..r.1).unwrap_or("")))
            }
        }
    }
}

/// What a block quote became.
#[derive(Clone, Copy)]
enum Quote {
    /// A `<blockquote>`.
    Plain,
    /// An alert or `[!div]`: a `<div>` to close.
    Div,
    /// A video, written whole: nothing to close.
    Closed,
}

/// The events that become HTML; with HTML off ([`RenderOptions::html`]) it keeps nothing.
struct Sink<'e> {
    events: Vec<Event<'e>>,
    on: bool,
}

impl<'e> Sink<'e> {
    fn push(&mut self, e: Event<'e>) {
        if self.on {
            self.events.push(e);
        }
    }

    /// As [`Sink::push`], cloning `e` only when it is kept.
    fn push_clone(&mut self, e: &Event<'e>) {
        if self.on {
            self.events.push(e.clone());
        }
    }
}

/// Pulls the next window of `parser`'s events into `events` (cleared first) and returns
/// whether the parser is exhausted. With `window` 0, everything left. Otherwise at least
/// `window` events, ending after a top-level block whose HTML ends a line (a paragraph,
/// heading, list, block quote, code block, table or thematic break) and outside any tab
/// group ([`tabs::Tracker`]), so that each window renders as it would within the whole.
fn next_window<'t>(
    parser: &mut impl Iterator<Item = (Event<'t>, Range<usize>)>,
    events: &mut Vec<(Event<'t>, Range<usize>)>,
    window: usize,
) -> bool {
    events.clear();
    if window == 0 {
        events.extend(parser);
        return true;
    }
    let mut depth = 0usize;
    let mut heading_start = 0;
    let mut tabs = tabs::Tracker::default();
    for (e, r) in parser.by_ref() {
        match &e {
            Event::Start(tag) => {
                if matches!(tag, Tag::Heading { .. }) {
                    heading_start = events.len();
                }
                depth += 1;
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        let boundary = depth == 0 && ends_block_line(&e);
        // Every heading and break counts for tab groups, as in `tabs::plan`, at any depth.
        let ends_heading = matches!(e, Event::End(TagEnd::Heading(_)));
        let rule = matches!(e, Event::Rule);
        events.push((e, r));
        if ends_heading {
            if let Some((Event::Start(Tag::Heading { level, .. }), _)) = events.get(heading_start) {
                let level = *level as u8;
                tabs.heading(level, headings::is_tab(events, heading_start));
            }
        } else if rule {
            tabs.rule();
        }
        if boundary && events.len() >= window && !tabs.open() {
            return false;
        }
    }
    true
}

/// Whether HTML written from `events` leaves the writer at the start of a line, as a new
/// writer starts: what one `push_html` call writes, two calls write the same.
fn ends_line(events: &[Event<'_>]) -> bool {
    match events.last() {
        None => true,
        Some(Event::Html(h)) => h.ends_with('\n'),
        Some(e) => ends_block_line(e),
    }
}

/// Whether `e` ends a block whose HTML ends a line (`</p>\n`, `</h2>\n`, `<hr />\n`, …).
fn ends_block_line(e: &Event<'_>) -> bool {
    matches!(
        e,
        Event::End(
            TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::List(_)
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::Table
        ) | Event::Rule
    )
}

/// Renders `input` (a page or an include) into HTML, appending facts to `out`.
pub(crate) fn render_into(
    input: Input<'_>,
    resolver: &dyn Resolver,
    ui: &UiText,
    limits: RenderOptions,
    state: &mut State,
    out: &mut Rendered,
    stack: &mut Vec<String>,
) -> String {
    let src = &input.text[..input.end.min(input.text.len())];
    let prepared = docfx::prepare(src, input.body.min(src.len()));
    let cx = Ctx { input, prepared: &prepared, resolver, ui, limits };
    for (rule, r, msg) in &prepared.problems {
        out.diagnostics.push(Diagnostic::new(*rule, Some(cx.file_span(*r)), msg.clone()));
    }
    // A page of more than `window` × 16 bytes is rendered window by window (see
    // [`RenderOptions::window`]): its events are never all held at once.
    let windowed = limits.window > 0
        && prepared.text.len() > limits.window.saturating_mul(16)
        && !prepared.text.contains("sxs-lookup")
        && !prepared.text.contains("[^");
    let window = if windowed { limits.window } else { 0 };
    let mut parser = Parser::new_ext(&prepared.text, options()).into_offset_iter();
    // The corpus averages one event per 21 bytes of Markdown; reserving one per 16 bytes
    // spares most pages the regrowing (the Vec still grows when a page needs more).
    let reserve = if windowed { window.saturating_mul(2) } else { prepared.text.len() / 16 + 16 };
    let mut events: Vec<(Event<'_>, Range<usize>)> = Vec::with_capacity(reserve);

    let want_html = limits.html;
    let mut html_events = Sink { events: Vec::new(), on: want_html };
    let mut html = String::new();
    let flush = |html_events: &mut Sink<'_>, html: &mut String| {
        if !html_events.events.is_empty() {
            pulldown_cmark::html::push_html(html, html_events.events.drain(..));
        }
    };
    // What each open block quote became, so its end closes the same.
    let mut quote_stack: Vec<Quote> = Vec::new();
    let mut strip_token = false;
    let mut blocks = Blocks::new(stack.is_empty() && limits.blocks);
    // The tooltip id the last bilingual sentence span is described by.
    let mut sxs_pending: Option<String> = None;
    // The file's raw HTML, cleaned piece by piece in document order.
    let mut raw = RawHtml::new(resolver.html_policy());
    loop {
        let done = next_window(&mut parser, &mut events, window);
        let bilingual = sxs::scan(&events);
        out.bilingual |= bilingual.is_some();
        let heads = headings::scan(&events, bilingual.as_ref().map(|b| b.source.as_slice()), state);
        let tab_plan = tabs::plan(&events, &heads, state);
        if want_html {
            html_events.events.reserve(events.len());
        }
        // Events a heading consumed (its `<a name>` anchor): one flag per event.
        let mut skip = vec![false; events.len()];
        let mut i = 0;
        while i <= events.len() {
            if let Some(consumes) = if tab_plan.close.is_empty() { None } else { tab_plan.close.get(&i) } {
                html_events.push(Event::Html(tabs::CLOSE.into()));
                if *consumes {
                    i += 1;
                    continue;
                }
            }
            if i == events.len() {
                break;
            }
            if skip[i] {
                i += 1;
                continue;
            }
            let (event, range) = &events[i];
            blocks.observe(event, || cx.line(range), out);
            if !matches!(event, Event::Html(_) | Event::InlineHtml(_)) {
                if let Some(h) = raw.flush(&cx, out) {
                    html_events.push(Event::Html(h.into()));
                }
                // The text of a removed `<script>` (or other raw-text element) goes with it.
                if raw.skipping()
                    && matches!(event, Event::Text(_) | Event::Code(_) | Event::SoftBreak | Event::HardBreak)
                {
                    i += 1;
                    continue;
                }
            }
            match event {
                Event::Start(Tag::Heading { .. }) => {
                    let Some(h) = heads.get(&i) else {
                        html_events.push_clone(event);
                        i += 1;
                        continue;
                    };
                    if stack.is_empty() {
                        if let Some(name) = resolver.form_before(cx.input.key, &h.id) {
                            flush(&mut html_events, &mut html);
                            out.forms.push((name.clone(), cx.span(&(range.start..range.start))));
                            if want_html {
                                html.push_str(&super::form_placeholder(&name));
                                html.push('\n');
                            }
                        }
                    }
                    blocks.push(out, || BlockKind::Heading { level: h.level, id: h.id.clone() }, || cx.line(range));
                    if h.tab.is_some() {
                        let s =
                            tabs::heading_html(i, h, &heads, &tab_plan, &ui.tab_list_label, state, &mut out.anchors);
                        html_events.push(Event::Html(s.into()));
                        i = h.end + 1;
                        continue;
                    }
                    let start = cx.heading(h, event, out, &mut skip);
                    html_events.push(start);
                }
                Event::Start(Tag::BlockQuote(_)) => {
                    let marker = cx.quote_marker(&events, i);
                    let kind = || match marker.and_then(|n| prepared.constructs.get(n)) {
                        None | Some(Construct::Div(_)) => BlockKind::BlockQuote,
                        c => blocks::construct_block(c),
                    };
                    blocks.push(out, kind, || cx.line(range));
                    match marker.and_then(|n| prepared.constructs.get(n).map(|c| (n, c))) {
                        Some((n, c)) => {
                            match cx.quote_open(c) {
                                Some(open) => {
                                    html_events.push(Event::Html(open.into()));
                                    quote_stack.push(Quote::Div);
                                }
                                None => {
                                    // A video is whole: nothing stays open.
                                    let video = cx.construct_html(n, true, state, out, stack);
                                    html_events.push(Event::Html(video.into()));
                                    quote_stack.push(Quote::Closed);
                                }
                            }
                            // Drop the marker: the whole paragraph when it held only the marker.
                            let only = matches!(&events[i + 2].0, Event::Text(t) if single_token(t).is_some());
                            if only && matches!(events.get(i + 3), Some((Event::End(TagEnd::Paragraph), _))) {
                                i += 4;
                                continue;
                            }
                            // The marker shares its paragraph with the alert's first text.
                            blocks.push(out, || BlockKind::Paragraph, || cx.line(&events[i + 1].1));
                            html_events.push(Event::Start(Tag::Paragraph));
                            strip_token = true;
                            i += 2;
                            continue;
                        }
                        None => {
                            quote_stack.push(Quote::Plain);
                            html_events.push_clone(event);
                        }
                    }
                }
                Event::End(TagEnd::BlockQuote(_)) => match quote_stack.pop() {
                    Some(Quote::Div) => html_events.push(Event::Html("</div>\n".into())),
                    Some(Quote::Closed) => {}
                    Some(Quote::Plain) | None => html_events.push_clone(event),
                },
                Event::Start(Tag::Paragraph) => {
                    let block = match (events.get(i + 1), events.get(i + 2)) {
                        (Some((Event::Text(t), _)), Some((Event::End(TagEnd::Paragraph), _))) => single_token(t)
                            .filter(|n| {
                                matches!(
                                    prepared.constructs.get(*n),
                                    Some(
                                        Construct::Image { .. }
                                            | Construct::Include { .. }
                                            | Construct::Video(..)
                                            | Construct::Form(_)
                                    )
                                )
                            }),
                        _ => None,
                    };
                    let kind = || match block {
                        Some(n) => blocks::construct_block(prepared.constructs.get(n)),
                        None if blocks::image_alone(&events, i) => BlockKind::Image,
                        None => BlockKind::Paragraph,
                    };
                    blocks.push(out, kind, || cx.line(range));
                    if let Some(n) = block {
                        flush(&mut html_events, &mut html);
                        let h = cx.construct_html(n, true, state, out, stack);
                        if want_html {
                            html.push_str(&h);
                            html.push('\n');
                        }
                        i += 3;
                        continue;
                    }
                    html_events.push_clone(event);
                }
                // Most text holds no construct token: pass it through as it is.
                Event::Text(t) if !strip_token && find_token(t).is_none() => html_events.push_clone(event),
                Event::Text(t) => {
                    let mut pieces = split_tokens(t);
                    if strip_token {
                        strip_token = false;
                        if matches!(pieces.first(), Some(Err(_))) {
                            let _ = pieces.remove(0);
                        }
                        if let Some(Ok(first)) = pieces.first_mut() {
                            *first = first.trim_start();
                        }
                        if pieces.iter().all(|p| matches!(p, Ok(s) if s.is_empty()))
                            && matches!(events.get(i + 1), Some((Event::SoftBreak | Event::HardBreak, _)))
                        {
                            i += 2;
                            continue;
                        }
                    }
                    for piece in pieces {
                        match piece {
                            Ok(s) if !s.is_empty() && want_html => {
                                html_events.push(Event::Text(CowStr::from(s.to_string())))
                            }
                            Ok(_) => {}
                            Err(n) => {
                                let h = cx.construct_html(n, false, state, out, stack);
                                html_events.push(Event::InlineHtml(h.into()));
                            }
                        }
                    }
                }
                Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                    let url = match link_type {
                        LinkType::Email => None,
                        _ => Some(cx.link(out, LinkKind::Link, dest_url, cx.dest_span(range, dest_url))),
                    };
                    html_events.push(Event::Start(Tag::Link {
                        link_type: *link_type,
                        dest_url: url.filter(|_| want_html).map_or_else(|| dest_url.clone(), CowStr::from),
                        title: title.clone(),
                        id: id.clone(),
                    }));
                }
                Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                    let (url, found) = cx.link_found(out, LinkKind::Image, dest_url, cx.dest_span(range, dest_url));
                    if !found {
                        // Not in the site: its alt text in a placeholder, up to the image's end.
                        let end = events[i..]
                            .iter()
                            .position(|(e, _)| matches!(e, Event::End(TagEnd::Image)))
                            .map_or(events.len(), |e| i + e);
                        let mut alt = String::new();
                        for (e, _) in &events[i + 1..end] {
                            if let Event::Text(t) | Event::Code(t) = e {
                                alt.push_str(t);
                            }
                        }
                        html_events.push(Event::InlineHtml(cx.missing_inline_image(&alt).into()));
                        i = end + 1;
                        continue;
                    }
                    html_events.push(Event::Start(Tag::Image {
                        link_type: *link_type,
                        dest_url: CowStr::from(url),
                        title: title.clone(),
                        id: id.clone(),
                    }));
                }
                Event::Html(h) | Event::InlineHtml(h) => {
                    if let Some(clean) = raw.clean(&cx, h, range, out) {
                        out.anchors.extend(html_ids(&clean));
                        match event {
                            Event::Html(_) => html_events.push(Event::Html(clean.into())),
                            _ => html_events.push(Event::InlineHtml(clean.into())),
                        }
                    } else if bilingual.is_some() && want_html && matches!(event, Event::InlineHtml(_)) {
                        out.anchors.extend(html_ids(h));
                        let ids = &mut state.ids;
                        match sxs::rewrite(&events, i, &mut sxs_pending, &mut |id| ids.claim(id)) {
                            Some(tag) => html_events.push(Event::InlineHtml(tag.into())),
                            None => html_events.push_clone(event),
                        }
                    } else {
                        out.anchors.extend(html_ids(h));
                        html_events.push_clone(event);
                    }
                }
                _ => html_events.push_clone(event),
            }
            i += 1;
        }
        if done {
            break;
        }
        // The HTML so far is written out with the window, unless what it ends with leaves
        // the HTML writer mid-line (a new writer starts at the start of a line).
        if ends_line(&html_events.events) {
            flush(&mut html_events, &mut html);
        }
    }
    if let Some(h) = raw.flush(&cx, out) {
        html_events.push(Event::Html(h.into()));
    }
    flush(&mut html_events, &mut html);
    html
}
