//! The event-stream transform behind [`super::render`]: pulldown-cmark events in, DocFX
//! HTML and facts out.

use super::docfx::{self, Construct, Prepared, TOKEN_CLOSE, TOKEN_OPEN};
use super::slug::{slugify, IdSet};
use super::{escape, Block, BlockKind, Heading, Input, LinkFact, LinkKind, RenderOptions, Rendered, Resolver, UiText};
use crate::content::front_matter;
use crate::diagnostic::{Diagnostic, Rule, Span};
use crate::link::Want;
use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};
use std::collections::HashMap;
use std::ops::Range;

/// Per-page state shared with nested includes (ids stay unique across them).
#[derive(Debug, Default)]
pub(crate) struct State {
    ids: IdSet,
    tab_groups: usize,
    complex_images: usize,
}

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

fn single_token(t: &str) -> Option<usize> {
    find_token(t)?;
    match split_tokens(t.trim()).as_slice() {
        [Err(n)] => Some(*n),
        _ => None,
    }
}

/// Ids and anchor names in raw HTML: `id="…"` on any tag, `name="…"` on `<a>`.
pub(crate) fn html_ids(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    if !html.contains('=') {
        // No attribute with a value, so no id or name.
        return out;
    }
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        let tag = &rest[lt + 1..];
        let end = tag.find('>').unwrap_or(tag.len());
        let inner = &tag[..end];
        let name_len = inner.find(|c: char| c.is_whitespace()).unwrap_or(inner.len());
        let is_a = inner[..name_len].eq_ignore_ascii_case("a");
        for (k, v, _) in docfx::attributes(&inner[name_len..]) {
            if !v.is_empty() && (k == "id" || (is_a && k == "name")) {
                out.push(v);
            }
        }
        rest = &tag[end..];
    }
    out
}

struct HeadInfo {
    end: usize,
    id: String,
    text: String,
    skip: Vec<usize>,
    tab: Option<(String, String)>,
    level: u8,
    range: Range<usize>,
}

struct Ctx<'s, 'r> {
    input: Input<'s>,
    prepared: &'s Prepared,
    resolver: &'r dyn Resolver,
    ui: &'r UiText,
    limits: RenderOptions,
}

impl Ctx<'_, '_> {
    fn span(&self, r: &Range<usize>) -> Span {
        let a = self.prepared.map.to_source(r.start);
        let b = self.prepared.map.to_source(r.end).max(a);
        self.input.source.span(a, b)
    }

    fn file_span(&self, r: (usize, usize)) -> Span {
        self.input.source.span(r.0, r.1)
    }

    fn dest_span(&self, r: &Range<usize>, dest: &str) -> Span {
        let text = &self.prepared.text[r.clone()];
        // The last `](dest`, else the first `dest` (a reference or autolink).
        let inline = || {
            memchr::memrchr_iter(b']', text.as_bytes())
                .map(|i| i + 2)
                .find(|&i| text.as_bytes().get(i - 1) == Some(&b'(') && text[i..].starts_with(dest))
        };
        match (!dest.is_empty()).then(inline).flatten().or_else(|| text.find(dest)) {
            Some(i) => self.span(&(r.start + i..r.start + i + dest.len())),
            None => self.span(&(r.start..r.start)),
        }
    }

    /// Records a fact for a link, image or media `dest` written at `span`, resolving it
    /// once; returns the URL to publish (`dest` as written when the resolver keeps it,
    /// empty when HTML is off).
    fn link(&self, out: &mut Rendered, kind: LinkKind, dest: &str, span: Span) -> String {
        let want = match kind {
            LinkKind::Link => Want::Page,
            LinkKind::Image | LinkKind::Media => Want::Asset,
            LinkKind::Include => Want::Include,
        };
        let r = self.resolver.resolve(self.input.key, dest, want);
        let url = if self.limits.html {
            self.resolver.url(dest, want, &r).unwrap_or_else(|| dest.to_string())
        } else {
            String::new()
        };
        out.links.push(LinkFact {
            kind,
            dest: dest.to_string(),
            from_key: self.input.key.to_string(),
            span,
            resolution: Some(r),
        });
        url
    }

    /// Records an include's fact (includes are resolved by [`Resolver::include`]).
    fn include_fact(&self, out: &mut Rendered, dest: &str, span: Span) {
        out.links.push(LinkFact {
            kind: LinkKind::Include,
            dest: dest.to_string(),
            from_key: self.input.key.to_string(),
            span,
            resolution: None,
        });
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
        let original = self.prepared.ranges.get(n).map_or("", |r| &self.input.source.text[r.0..r.1]);
        match c {
            Construct::NoLoc(text) => escape(text),
            Construct::Image { kind, source, source_range, alt, border, lightbox, link, description, .. } => {
                let src_url = if source.is_empty() {
                    String::new()
                } else {
                    self.link(out, LinkKind::Image, source, self.file_span(*source_range))
                };
                let class = match (kind.as_str(), *border) {
                    ("icon", _) => " class=\"inline icon\"",
                    (_, true) if !block => " class=\"inline border\"",
                    (_, false) if !block => " class=\"inline\"",
                    (_, true) => " class=\"border\"",
                    _ => "",
                };
                let mut described = String::new();
                let mut details = String::new();
                if kind == "complex" && !description.is_empty() {
                    state.complex_images += 1;
                    let id = state.ids.unique(&format!("image-description-{}", state.complex_images));
                    described = format!(" aria-describedby=\"{id}\"");
                    let mut html = String::new();
                    pulldown_cmark::html::push_html(&mut html, Parser::new_ext(description, options()));
                    details = format!(
                        "<details id=\"{id}\"><summary>{}</summary>{html}</details>",
                        escape(&self.ui.image_description)
                    );
                }
                let mut img = format!(
                    "<img src=\"{}\" alt=\"{}\"{class}{described} loading=\"lazy\">",
                    escape(&src_url),
                    escape(alt)
                );
                if let Some((lb, r)) = lightbox {
                    let lb_url = self.link(out, LinkKind::Image, lb, self.file_span(*r));
                    img = format!(
                        "<a class=\"lightbox\" href=\"{}\" title=\"{}\">{img}</a>",
                        escape(&lb_url),
                        escape(&self.ui.image_enlarge)
                    );
                } else if let Some((l, r)) = link {
                    let url = self.link(out, LinkKind::Link, l, self.file_span(*r));
                    img = format!("<a href=\"{}\">{img}</a>", escape(&url));
                }
                if block || kind == "complex" {
                    let cls = if kind == "complex" { "image complex" } else { "image" };
                    format!("<figure class=\"{cls}\">{img}{details}</figure>")
                } else {
                    img
                }
            }
            Construct::Include { path, path_range, .. } => {
                let span = self.file_span(*path_range);
                self.include_fact(out, path, span.clone());
                let html = self.include(path, span, state, out, stack);
                if block {
                    html
                } else {
                    let t = html.trim();
                    let inner = t.strip_prefix("<p>").and_then(|x| x.strip_suffix("</p>"));
                    inner.filter(|i| !i.contains("<p>")).unwrap_or(t).to_string()
                }
            }
            Construct::Video(url, r) => {
                let media_url = self.link(out, LinkKind::Media, url, self.file_span(*r));
                format!(
                    "<div class=\"video\"><a href=\"{}\">{}</a></div>",
                    escape(&media_url),
                    escape(&self.ui.video_link)
                )
            }
            Construct::Alert(_) | Construct::Div(_) => escape(original),
        }
    }

    fn include(
        &self,
        path: &str,
        span: Span,
        state: &mut State,
        out: &mut Rendered,
        stack: &mut Vec<String>,
    ) -> String {
        match self.resolver.include(self.input.key, path) {
            Err((rule, msg)) => {
                out.diagnostics.push(Diagnostic::new(rule, Some(span), msg));
                String::new()
            }
            Ok((key, source)) => {
                if stack.contains(&source.path) || source.path == self.input.source.path {
                    let chain =
                        stack.iter().chain(std::iter::once(&source.path)).cloned().collect::<Vec<_>>().join(" → ");
                    out.diagnostics.push(Diagnostic::new(
                        Rule::CircularReference,
                        Some(span),
                        format!("include cycle: {chain}"),
                    ));
                    return String::new();
                }
                if stack.len() >= self.limits.include_depth {
                    out.diagnostics.push(Diagnostic::new(
                        Rule::IncludeTooDeep,
                        Some(span),
                        format!("includes nest deeper than {} levels", self.limits.include_depth),
                    ));
                    return String::new();
                }
                out.includes.push(source.path.clone());
                let body = front_matter::split(&source.text, &source.path).map_or(0, |s| s.body);
                if stack.is_empty() {
                    stack.push(self.input.source.path.clone());
                }
                stack.push(source.path.clone());
                let html = render_into(
                    Input::new(&source, body, &key),
                    self.resolver,
                    self.ui,
                    self.limits,
                    state,
                    out,
                    stack,
                );
                stack.pop();
                if stack.len() == 1 {
                    stack.pop();
                }
                html
            }
        }
    }
}

fn is_blank_text(e: &Event<'_>) -> bool {
    matches!(e, Event::Text(t) if t.trim().is_empty())
}

/// `(end index, explicit anchor, text, events to skip, tab (id, label))` of a heading.
type HeadingScan = (usize, Option<String>, String, Vec<usize>, Option<(String, String)>);

fn analyze_heading(events: &[(Event<'_>, Range<usize>)], i: usize) -> HeadingScan {
    let mut j = i + 1;
    while j < events.len() && !matches!(events[j].0, Event::End(TagEnd::Heading(_))) {
        j += 1;
    }
    let mut anchor = None;
    let mut skip = Vec::new();
    let mut text = String::new();
    let mut seen_content = false;
    let mut link: Option<(String, usize, usize)> = None;
    let mut k = i + 1;
    while k < j {
        match &events[k].0 {
            Event::InlineHtml(h) if !seen_content && anchor.is_none() && h.trim_start().starts_with("<a") => {
                if let Some(id) = html_ids(h).into_iter().next() {
                    anchor = Some(id);
                    skip.push(k);
                    if let Some((Event::InlineHtml(c), _)) = events.get(k + 1) {
                        if c.trim().eq_ignore_ascii_case("</a>") {
                            skip.push(k + 1);
                            k += 1;
                        }
                    }
                }
            }
            Event::Text(t) => {
                for p in split_tokens(t).into_iter().flatten() {
                    text.push_str(p);
                }
                seen_content |= !t.trim().is_empty();
            }
            Event::Code(c) => {
                text.push_str(c);
                seen_content = true;
            }
            Event::Start(Tag::Link { dest_url, .. }) if link.is_none() => {
                let mut e = k + 1;
                while e < j && !matches!(events[e].0, Event::End(TagEnd::Link)) {
                    e += 1;
                }
                link = Some((dest_url.to_string(), k, e));
                seen_content = true;
            }
            _ => seen_content = true,
        }
        k += 1;
    }
    let tab = link.and_then(|(dest, s, e)| {
        let id = dest.strip_prefix("#tab/")?;
        let only = (i + 1..j).all(|x| (s..=e).contains(&x) || skip.contains(&x) || is_blank_text(&events[x].0));
        only.then(|| (id.split('/').next().unwrap_or(id).to_string(), text.trim().to_string()))
    });
    (j, anchor, text.trim().to_string(), skip, tab)
}

/// The block a construct standing alone in its paragraph is, for [`Rendered::blocks`].
fn construct_block(c: Option<&Construct>) -> BlockKind {
    match c {
        Some(Construct::Image { .. }) => BlockKind::Image,
        Some(Construct::Include { .. }) => BlockKind::Include,
        Some(Construct::Video(..)) => BlockKind::Video,
        Some(Construct::Alert(kind)) => BlockKind::Alert { alert: kind.as_str().to_string() },
        _ => BlockKind::Paragraph,
    }
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
    let src = &input.source.text[..input.end.min(input.source.text.len())];
    let prepared = docfx::prepare(src, input.body.min(src.len()));
    let cx = Ctx { input, prepared: &prepared, resolver, ui, limits };
    for (rule, r, msg) in &prepared.problems {
        out.diagnostics.push(Diagnostic::new(*rule, Some(cx.file_span(*r)), msg.clone()));
    }
    // The corpus averages one event per 21 bytes of Markdown; reserving one per 16 bytes
    // spares most pages the regrowing (the Vec still grows when a page needs more).
    let mut events: Vec<(Event<'_>, Range<usize>)> = Vec::with_capacity(prepared.text.len() / 16 + 16);
    events.extend(Parser::new_ext(&prepared.text, options()).into_offset_iter());

    // Headings: ids, text, tab headings.
    let mut heads: HashMap<usize, HeadInfo> = HashMap::new();
    for (i, (e, r)) in events.iter().enumerate() {
        if let Event::Start(Tag::Heading { level, id, .. }) = e {
            let (end, anchor, text, skip, tab) = analyze_heading(&events, i);
            let id = match (anchor, id) {
                (Some(a), _) => {
                    state.ids.claim(&a);
                    a
                }
                (None, Some(explicit)) => {
                    state.ids.claim(explicit);
                    explicit.to_string()
                }
                (None, None) if tab.is_some() => String::new(),
                (None, None) => state.ids.unique(&slugify(&text)),
            };
            heads.insert(i, HeadInfo { end, id, text, skip, tab, level: *level as u8, range: r.clone() });
        }
    }
    // Tab groups: consecutive tab headings of one level, ended by a thematic break or a
    // heading of the same or a higher level (DocFX "Tabbed conceptual content").
    let mut tab_open: HashMap<usize, (usize, Vec<usize>)> = HashMap::new();
    let mut tab_close: HashMap<usize, bool> = HashMap::new();
    {
        let mut current: Option<(u8, usize)> = None;
        for (i, (e, _)) in events.iter().enumerate() {
            match e {
                Event::Start(Tag::Heading { .. }) => {
                    let h = &heads[&i];
                    match (h.tab.is_some(), current) {
                        (true, Some((lvl, first))) if lvl == h.level => {
                            if let Some(g) = tab_open.get_mut(&first) {
                                g.1.push(i);
                            }
                        }
                        (true, cur) => {
                            if cur.is_some() {
                                tab_close.insert(i, false);
                            }
                            state.tab_groups += 1;
                            tab_open.insert(i, (state.tab_groups, vec![i]));
                            current = Some((h.level, i));
                        }
                        (false, Some((lvl, _))) if h.level <= lvl => {
                            tab_close.insert(i, false);
                            current = None;
                        }
                        _ => {}
                    }
                }
                Event::Rule if current.is_some() => {
                    tab_close.insert(i, true);
                    current = None;
                }
                _ => {}
            }
        }
        if current.is_some() {
            tab_close.insert(events.len(), false);
        }
    }

    let want_html = limits.html;
    let mut html_events = Sink { events: Vec::with_capacity(if want_html { events.len() } else { 0 }), on: want_html };
    let mut html = String::new();
    let flush = |html_events: &mut Sink<'_>, html: &mut String| {
        if !html_events.events.is_empty() {
            pulldown_cmark::html::push_html(html, html_events.events.drain(..));
        }
    };
    let mut quote_stack: Vec<bool> = Vec::new();
    let mut strip_token = false;
    // Blocks are facts of the page's own file; an include is one block of its includer.
    let top_level = stack.is_empty();
    let line_of = |r: &Range<usize>| cx.span(&(r.start..r.start)).line;
    let mut code: Option<(String, String, u32)> = None;
    // Events a heading consumed (its `<a name>` anchor): one flag per event.
    let mut skip = vec![false; events.len()];
    let mut i = 0;
    while i <= events.len() {
        if let Some(consumes) = if tab_close.is_empty() { None } else { tab_close.get(&i) } {
            html_events.push(Event::Html("</section></div>\n".into()));
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
        if top_level {
            let kind = match event {
                Event::Start(Tag::Item) => Some(BlockKind::ListItem),
                Event::Start(Tag::TableHead | Tag::TableRow) => Some(BlockKind::TableRow),
                Event::Start(Tag::HtmlBlock) => Some(BlockKind::Html),
                Event::Rule => Some(BlockKind::ThematicBreak),
                Event::Start(Tag::CodeBlock(kind)) => {
                    let info = match kind {
                        pulldown_cmark::CodeBlockKind::Fenced(info) => info.to_string(),
                        pulldown_cmark::CodeBlockKind::Indented => String::new(),
                    };
                    code = Some((info, String::new(), line_of(range)));
                    None
                }
                Event::Text(t) => {
                    if let Some((_, text, _)) = code.as_mut() {
                        text.push_str(t);
                    }
                    None
                }
                Event::End(TagEnd::CodeBlock) => {
                    if let Some((info, text, line)) = code.take() {
                        out.blocks.push(Block { kind: BlockKind::CodeBlock { info, text }, line });
                    }
                    None
                }
                _ => None,
            };
            if let Some(kind) = kind {
                out.blocks.push(Block { kind, line: line_of(range) });
            }
        }
        match event {
            Event::Start(Tag::Heading { level, classes, attrs, .. }) => {
                let h = &heads[&i];
                if top_level {
                    out.blocks.push(Block {
                        kind: BlockKind::Heading { level: h.level, id: h.id.clone() },
                        line: line_of(range),
                    });
                }
                let fact = Heading { level: h.level, id: h.id.clone(), text: h.text.clone(), span: cx.span(&h.range) };
                if let Some((tab_id, _)) = &h.tab {
                    let gid = tab_open.iter().find(|(_, g)| g.1.contains(&i)).map_or(0, |(_, g)| g.0);
                    if !h.id.is_empty() {
                        out.anchors.push(h.id.clone());
                    }
                    out.anchors.push(format!("tab/{tab_id}"));
                    let panel = format!("<section role=\"tabpanel\" id=\"panel-{gid}-{0}\" aria-labelledby=\"tab-{gid}-{0}\" data-tab=\"{0}\">", escape(tab_id));
                    let anchor = if !h.id.is_empty() && state.ids.claim(&format!("\u{0}{}", h.id)) {
                        format!("<span id=\"{}\"></span>", escape(&h.id))
                    } else {
                        String::new()
                    };
                    if let Some((_, members)) = tab_open.get(&i) {
                        let mut s = format!(
                            "<div class=\"tabs\"><div role=\"tablist\" aria-label=\"{}\">",
                            escape(&ui.tab_list_label)
                        );
                        for (n, m) in members.iter().enumerate() {
                            if let Some((tid, label)) = &heads[m].tab {
                                s.push_str(&format!(
                                    "<button type=\"button\" role=\"tab\" id=\"tab-{gid}-{0}\" aria-controls=\"panel-{gid}-{0}\" aria-selected=\"{1}\" data-tab=\"{0}\">{2}</button>",
                                    escape(tid),
                                    n == 0,
                                    escape(label)
                                ));
                            }
                        }
                        s.push_str("</div>");
                        s.push_str(&panel);
                        s.push_str(&anchor);
                        html_events.push(Event::Html(s.into()));
                    } else {
                        html_events.push(Event::Html(format!("</section>{panel}{anchor}").into()));
                    }
                    i = h.end + 1;
                    continue;
                }
                out.anchors.push(h.id.clone());
                if h.level == 1 && out.title.is_none() {
                    out.title = Some(h.text.clone());
                }
                out.headings.push(fact);
                for &k in &h.skip {
                    if let Some(flag) = skip.get_mut(k) {
                        *flag = true;
                    }
                }
                html_events.push(Event::Start(Tag::Heading {
                    level: *level,
                    id: Some(CowStr::from(h.id.clone())),
                    classes: classes.clone(),
                    attrs: attrs.clone(),
                }));
            }
            Event::Start(Tag::BlockQuote(_)) => {
                let marker = match (events.get(i + 1), events.get(i + 2)) {
                    (Some((Event::Start(Tag::Paragraph), _)), Some((Event::Text(t), _))) => {
                        split_tokens(t).first().and_then(|p| p.err()).filter(|n| {
                            matches!(
                                prepared.constructs.get(*n),
                                Some(Construct::Alert(_) | Construct::Div(_) | Construct::Video(..))
                            )
                        })
                    }
                    _ => None,
                };
                if top_level {
                    let kind = match marker.and_then(|n| prepared.constructs.get(n)) {
                        None => BlockKind::BlockQuote,
                        Some(Construct::Div(_)) => BlockKind::BlockQuote,
                        c => construct_block(c),
                    };
                    out.blocks.push(Block { kind, line: line_of(range) });
                }
                match marker.and_then(|n| prepared.constructs.get(n).map(|c| (n, c))) {
                    Some((n, c)) => {
                        let open = match c {
                            Construct::Alert(kind) => {
                                let idx = [
                                    docfx::AlertKind::Note,
                                    docfx::AlertKind::Tip,
                                    docfx::AlertKind::Important,
                                    docfx::AlertKind::Caution,
                                    docfx::AlertKind::Warning,
                                ]
                                .iter()
                                .position(|k| k == kind)
                                .unwrap_or(0);
                                format!(
                                    "<div class=\"alert alert-{}\" role=\"note\">\n<p class=\"alert-title\">{}</p>\n",
                                    kind.as_str(),
                                    escape(&ui.alert_titles[idx])
                                )
                            }
                            Construct::Div(attrs) => {
                                let mut s = String::from("<div");
                                for (k, v, _) in docfx::attributes(attrs) {
                                    if k == "class" || k == "id" {
                                        s.push_str(&format!(" {k}=\"{}\"", escape(&v)));
                                    }
                                }
                                s.push_str(">\n");
                                s
                            }
                            _ => cx.construct_html(n, true, state, out, stack),
                        };
                        html_events.push(Event::Html(open.into()));
                        quote_stack.push(true);
                        // Drop the marker: the whole paragraph when it held only the marker.
                        let only = matches!(&events[i + 2].0, Event::Text(t) if single_token(t).is_some());
                        if only && matches!(events.get(i + 3), Some((Event::End(TagEnd::Paragraph), _))) {
                            i += 4;
                            continue;
                        }
                        if top_level {
                            // The marker shares its paragraph with the alert's first text.
                            out.blocks.push(Block { kind: BlockKind::Paragraph, line: line_of(&events[i + 1].1) });
                        }
                        html_events.push(Event::Start(Tag::Paragraph));
                        strip_token = true;
                        i += 2;
                        continue;
                    }
                    None => {
                        quote_stack.push(false);
                        html_events.push_clone(event);
                    }
                }
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                if quote_stack.pop().unwrap_or(false) {
                    html_events.push(Event::Html("</div>\n".into()));
                } else {
                    html_events.push_clone(event);
                }
            }
            Event::Start(Tag::Paragraph) => {
                let block = match (events.get(i + 1), events.get(i + 2)) {
                    (Some((Event::Text(t), _)), Some((Event::End(TagEnd::Paragraph), _))) => {
                        single_token(t).filter(|n| {
                            matches!(
                                prepared.constructs.get(*n),
                                Some(Construct::Image { .. } | Construct::Include { .. } | Construct::Video(..))
                            )
                        })
                    }
                    _ => None,
                };
                if top_level {
                    let image_alone = matches!(events.get(i + 1), Some((Event::Start(Tag::Image { .. }), _)))
                        && events[i + 1..]
                            .iter()
                            .position(|(e, _)| matches!(e, Event::End(TagEnd::Image)))
                            .is_some_and(|e| matches!(events.get(i + 2 + e), Some((Event::End(TagEnd::Paragraph), _))));
                    let kind = match block {
                        Some(n) => construct_block(prepared.constructs.get(n)),
                        None if image_alone => BlockKind::Image,
                        None => BlockKind::Paragraph,
                    };
                    out.blocks.push(Block { kind, line: line_of(range) });
                }
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
                let url = cx.link(out, LinkKind::Image, dest_url, cx.dest_span(range, dest_url));
                html_events.push(Event::Start(Tag::Image {
                    link_type: *link_type,
                    dest_url: CowStr::from(url),
                    title: title.clone(),
                    id: id.clone(),
                }));
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                out.anchors.extend(html_ids(h));
                html_events.push_clone(event);
            }
            _ => html_events.push_clone(event),
        }
        i += 1;
    }
    flush(&mut html_events, &mut html);
    html
}
