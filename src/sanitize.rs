//! Raw HTML through an allow-list: what the render stage does with the HTML a page writes.
//!
//! DocFX Markdown carries raw HTML — DocFX's `<a name>` anchors, the bilingual sxs
//! `<span data-ttu-id>` spans, `<br>`, tables — and reaches the renderer as pulldown-cmark
//! `Event::Html` / `Event::InlineHtml` pieces, often unbalanced (`<span data-ttu-id="3">` in
//! one event, text, `</span>` in another). Content comes from many writers and translation
//! vendors and is published, so script must not pass: `<script>`, `<iframe>`s other than
//! video embeds, `<object>`, `<embed>`, `on*` event handler attributes, `style` with
//! `expression(…)`, and `javascript:` / `vbscript:` / non-image `data:` URLs are removed and
//! reported (rule `unsafe-html`), everything else comes out **byte for byte** as written.
//!
//! Parsing is [lol_html]'s (Cloudflare's streaming HTML rewriter, the engine of Workers'
//! `HTMLRewriter` and of GitHub's `selma` sanitizer): it tokenizes like a browser (raw-text
//! elements, attribute quoting, character references left for us to decode) and, unlike
//! ammonia (html5ever tree building + re-serialization), leaves every byte it is not told
//! to change untouched and works on unbalanced fragments. ammonia would re-serialize
//! (`<br>` for `</br>`, quotes, entity spelling), close open `<span>`s and drop lone
//! `</span>`s, changing every sxs page.
//!
//! A fragment is safe on its own only if it leaves the tokenizer where it found it (in
//! text): a fragment ending inside a tag or comment would turn the next, separately
//! cleaned, fragment into attribute text. [`clean_fragment`] escapes such an unterminated
//! tail; a [`Cleaner`] fed the pieces of one page in order holds it back until the next
//! piece completes it, so the per-line `Event::Html`s of an HTML block come out as written.
//!
//! Cost: fragments made only of allowed tags whose attributes hold no `:`, `&`, `on*`,
//! `style` or `srcdoc` (nearly all of a docs set: `<a name="x">`, `<br>`, sxs spans) are
//! recognized by a byte scan and returned borrowed; lol_html parses the rest. On the
//! Partner Center corpora that is 1.4 µs a page (corpus) and 21 µs a page (corpus-sxs, 606
//! raw HTML pieces a page), against 24 and 77 µs for pulldown-cmark's own parse of the same
//! pages (`cargo bench --bench sanitize`); not one of their 799,232 pieces changes.

mod policy;
mod scan;
mod url;

pub use url::unsafe_url;

use policy::{element_rule, ElementRule, RAW_TEXT, URL_ATTRIBUTES};
use scan::{fast_path_safe, find_end_tag, find_end_tag_range, unterminated_start};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub use crate::config::DEFAULT_VIDEO_HOSTS;

/// What raw HTML may contain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlPolicy {
    /// Pass raw HTML through unchecked, as DocFX does (config `trusted_html`): for docs
    /// sets whose every writer may publish script.
    pub trusted: bool,
    /// Hosts whose raw `<iframe>`/`<video>`/`<audio>` embeds are kept (config
    /// `video_hosts`); see [`DEFAULT_VIDEO_HOSTS`] for the entry syntax. `<video>` and
    /// `<audio>` with a relative `src` (a media file of the docs set) are kept too.
    pub video_hosts: Vec<String>,
}

impl Default for HtmlPolicy {
    fn default() -> Self {
        HtmlPolicy { trusted: false, video_hosts: DEFAULT_VIDEO_HOSTS.iter().map(|s| s.to_string()).collect() }
    }
}

impl HtmlPolicy {
    /// The policy of a site's config (`trusted_html`, `video_hosts`).
    pub fn from_config(config: &crate::config::Config) -> HtmlPolicy {
        HtmlPolicy { trusted: config.trusted_html, video_hosts: config.video_hosts.clone() }
    }
}

/// One thing removed from a fragment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removal {
    /// What: `"script element"`, `"onclick attribute"`, `"javascript: URL"` (an attribute
    /// removed for its value), `"unterminated tag"` (a tail escaped), … — the phrase an
    /// `unsafe-html` diagnostic shows.
    pub what: String,
    /// Byte offset in the input where the removed tag or attribute starts. For a
    /// [`Cleaner`], in the concatenation of every piece it was given.
    pub offset: usize,
}

/// A cleaned fragment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned<'a> {
    /// The HTML to publish: the input itself (borrowed) when nothing was removed.
    pub html: Cow<'a, str>,
    /// What was removed, in input order; empty when the input was safe.
    pub removed: Vec<Removal>,
}

/// Cleans one self-contained HTML fragment: unsafe elements, attributes and URLs are
/// removed, everything else is returned byte for byte (borrowed). A tag or comment left
/// open at the end is escaped (`&lt;`) so it cannot swallow what follows. Never fails:
/// HTML the tokenizer finds ambiguous (`<select><xmp>…`) is escaped as a whole.
pub fn clean_fragment<'a>(html: &'a str, policy: &HtmlPolicy) -> Cleaned<'a> {
    let mut cleaner = Cleaner::new(policy);
    let first = cleaner.clean(html);
    let tail = cleaner.flush();
    if tail.html.is_empty() && tail.removed.is_empty() {
        return first;
    }
    let mut removed = first.removed;
    removed.extend(tail.removed);
    Cleaned { html: Cow::Owned(format!("{}{}", first.html, tail.html)), removed }
}

/// Pieces held back waiting for the rest of an unterminated tag are flushed (escaped) past
/// this size or this many pieces, so a tag that never closes cannot make cleaning
/// quadratic. A real tag spans a few lines of an HTML block.
const MAX_CARRY: usize = 8 * 1024;
/// See [`MAX_CARRY`].
const MAX_CARRY_PIECES: usize = 32;

/// Cleans the raw HTML pieces of one page, in document order, keeping what spans pieces:
/// a removed `<script>` opened in one piece removes the pieces up to its `</script>`
/// ([`Cleaner::skipping`] tells the renderer to drop the text events between too); the end
/// tag of a removed element is removed in whichever later piece it comes; a piece ending
/// inside a tag (an HTML block arrives one line per event) is held back and cleaned with the
/// next. Call [`Cleaner::flush`] at the end of each HTML block and before any other event,
/// so a tag that never closes is escaped rather than joined with unrelated HTML.
#[derive(Debug)]
pub struct Cleaner<'p> {
    policy: &'p HtmlPolicy,
    /// Inside a removed raw-text element (`script`…): its end tag name.
    skip: Option<String>,
    /// Removed elements whose end tag is still to come, innermost last.
    pending_close: Vec<String>,
    /// Held-back unterminated tail and its offset in the stream.
    carry: String,
    carry_at: usize,
    /// Pieces the held-back tail has been joined with.
    carry_pieces: usize,
    /// A kept `<iframe>` ended the last piece: its end tag must come next.
    expect_close: Option<String>,
    /// Bytes of input seen so far.
    seen: usize,
}

impl<'p> Cleaner<'p> {
    /// A cleaner for one page under `policy`.
    pub fn new(policy: &'p HtmlPolicy) -> Cleaner<'p> {
        Cleaner {
            policy,
            skip: None,
            pending_close: Vec::new(),
            carry: String::new(),
            carry_at: 0,
            carry_pieces: 0,
            expect_close: None,
            seen: 0,
        }
    }

    /// Whether the cleaner is inside a removed raw-text element: text events between raw
    /// HTML pieces belong to it and should be dropped too.
    pub fn skipping(&self) -> bool {
        self.skip.is_some()
    }

    /// Cleans the next piece. The output may be shorter than the piece (held back) or
    /// longer (a held-back tail completed); concatenated, the outputs are the cleaned page.
    pub fn clean<'a>(&mut self, piece: &'a str) -> Cleaned<'a> {
        let Some(name) = self.expect_close.take() else { return self.clean_piece(piece) };
        if find_end_tag_range(piece, &name).is_some_and(|(a, _)| a == 0) {
            // `<iframe …>` then `</iframe>`: an embed written as two inline HTML events.
            return self.clean_piece(piece);
        }
        let at = self.seen;
        let inner = self.clean_piece(piece);
        self.pending_close.push(name.clone());
        let mut removed = vec![Removal { what: format!("unclosed {name} element"), offset: at }];
        removed.extend(inner.removed);
        Cleaned { html: Cow::Owned(format!("</{name}>{}", inner.html)), removed }
    }

    fn clean_piece<'a>(&mut self, piece: &'a str) -> Cleaned<'a> {
        let start = self.seen;
        self.seen += piece.len();
        if self.policy.trusted {
            return Cleaned { html: Cow::Borrowed(piece), removed: Vec::new() };
        }
        if self.carry.is_empty() && self.skip.is_none() && self.pending_close.is_empty() && fast_path_safe(piece) {
            return Cleaned { html: Cow::Borrowed(piece), removed: Vec::new() };
        }
        let (input, base) = if self.carry.is_empty() {
            (Cow::Borrowed(piece), start)
        } else {
            let mut joined = std::mem::take(&mut self.carry);
            joined.push_str(piece);
            (Cow::Owned(joined), self.carry_at)
        };
        let mut removed = Vec::new();
        let mut text: Cow<'_, str> = input.clone();
        let mut shift = 0usize;
        // A removed raw-text element still open: drop up to its end tag.
        if let Some(name) = self.skip.clone() {
            match find_end_tag(&text, &name) {
                Some(end) => {
                    self.skip = None;
                    shift = end;
                    text = Cow::Owned(text[end..].to_string());
                }
                None => return Cleaned { html: Cow::Borrowed(""), removed },
            }
        }
        // End tags of removed elements opened in earlier pieces.
        while let Some(name) = self.pending_close.last().cloned() {
            let Some((a, b)) = find_end_tag_range(&text, &name) else { break };
            self.pending_close.pop();
            let mut s = text[..a].to_string();
            s.push_str(&text[b..]);
            text = Cow::Owned(s);
        }
        let pass = rewrite_safe(&text, self.policy);
        let mut out = pass.out;
        removed.extend(pass.removed.into_iter().map(|r| Removal { offset: r.offset + base + shift, ..r }));
        if let Some(mut tail) = pass.tail {
            // Clean what precedes the unterminated tag; hold the tag back (with the `<`s of
            // text just before it, which the held-back tag may turn into a tag start).
            while tail > 0 && text.as_bytes()[tail - 1] == b'<' {
                tail -= 1;
            }
            let mut head = rewrite_safe(&text[..tail], self.policy);
            while let Some(t) = head.tail.filter(|&t| t < tail) {
                tail = t;
                head = rewrite_safe(&text[..tail], self.policy);
            }
            out = head.out;
            removed.clear();
            removed.extend(head.removed.into_iter().map(|r| Removal { offset: r.offset + base + shift, ..r }));
            self.apply_unclosed(head.unclosed);
            let joined = base != start;
            self.carry_pieces = if joined && tail == 0 { self.carry_pieces + 1 } else { 1 };
            self.carry = text[tail..].to_string();
            self.carry_at = base + shift + tail;
            if self.carry.len() > MAX_CARRY || self.carry_pieces > MAX_CARRY_PIECES {
                let flushed = self.flush();
                out.push_str(&flushed.html);
                removed.extend(flushed.removed);
            }
        } else {
            self.apply_unclosed(pass.unclosed);
        }
        if removed.is_empty() && out == *piece {
            return Cleaned { html: Cow::Borrowed(piece), removed };
        }
        Cleaned { html: Cow::Owned(out), removed }
    }

    fn apply_unclosed(&mut self, unclosed: Vec<(String, Unclosed, usize)>) {
        for (name, how, _) in unclosed {
            match how {
                Unclosed::Skip => self.skip = Some(name),
                Unclosed::Pending => self.pending_close.push(name),
                // `rewrite_safe` removes a kept raw-text element left open; never here.
                Unclosed::Kept => {}
                Unclosed::CloseHere => self.expect_close = Some(name),
            }
        }
    }

    /// Escapes a held-back unterminated tag (`<` → `&lt;`), reported as `"unterminated
    /// tag"`. Returns nothing when nothing is held back.
    pub fn flush(&mut self) -> Cleaned<'static> {
        let mut html = String::new();
        let mut removed = Vec::new();
        if let Some(name) = self.expect_close.take() {
            html = format!("</{name}>");
            removed.push(Removal { what: format!("unclosed {name} element"), offset: self.seen });
            self.pending_close.push(name);
        }
        if !self.carry.is_empty() {
            let tail = std::mem::take(&mut self.carry);
            self.carry_pieces = 0;
            let what = if tail.starts_with("<!") { "unterminated comment" } else { "unterminated tag" };
            html.push_str(&tail.replace('<', "&lt;"));
            removed.push(Removal { what: what.into(), offset: self.carry_at });
        }
        Cleaned { html: if html.is_empty() { Cow::Borrowed("") } else { Cow::Owned(html) }, removed }
    }
}

/// What to do about an element left open at the end of a piece.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unclosed {
    /// A removed raw-text element: skip to its end tag.
    Skip,
    /// A removed element: remove its end tag when it comes.
    Pending,
    /// A kept raw-text element (a video `<iframe>`): left open, it would turn the
    /// following pieces into its text, so [`rewrite_safe`] removes it instead.
    Kept,
    /// A kept `<iframe>` whose start tag ends the piece: its end tag must start the next
    /// piece, else the [`Cleaner`] closes it there.
    CloseHere,
}

/// The outcome of one lol_html pass.
struct Pass {
    out: String,
    removed: Vec<Removal>,
    unclosed: Vec<(String, Unclosed, usize)>,
    /// Offset of an unterminated tag or comment at the end, if any.
    tail: Option<usize>,
}

/// Name of the element appended to each piece to learn whether the piece ends in text.
const SENTINEL: &str = "docloc-end-of-fragment";

struct Open {
    name: String,
    how: Unclosed,
    at: usize,
    closed: Rc<Cell<bool>>,
}

#[derive(Default)]
struct Seen {
    removed: Vec<Removal>,
    open: Vec<Open>,
    sentinel: bool,
    /// End of the last token lol_html reported.
    last_end: usize,
    /// Start of a tag or comment that runs past the end of the piece.
    construct_open_at: Option<usize>,
}

/// [`rewrite`], and when it removed anything, again with every `<` of text escaped: a
/// removal joins what stood on either side of it, and a `<` that was text before a removed
/// element (`<<script></script>img onerror=…>`) would start a tag after it.
///
/// A kept `<iframe>` left open at the end of the piece is removed too (second pass): its
/// raw text would swallow the following pieces, and its content may even hold an
/// unterminated end tag.
fn rewrite_safe(input: &str, policy: &HtmlPolicy) -> Pass {
    let pass = rewrite(input, policy, false, &[]);
    let open: Vec<usize> =
        pass.unclosed.iter().filter(|(_, how, _)| *how == Unclosed::Kept).map(|(_, _, at)| *at).collect();
    if open.is_empty() && (pass.removed.is_empty() || !input.contains('<')) {
        return pass;
    }
    rewrite(input, policy, true, &open)
}

/// One rewriting pass over `input` (followed by the sentinel); `escape_text` escapes `<`
/// in text.
fn rewrite(input: &str, policy: &HtmlPolicy, escape_text: bool, remove_open: &[usize]) -> Pass {
    let len = input.len();
    let seen = RefCell::new(Seen::default());
    let mut out: Vec<u8> = Vec::with_capacity(len + 16);
    let result = {
        let settings = lol_html::Settings::new()
            .append_element_content_handler(lol_html::element!("*", |el| {
                element(el, policy, input, remove_open, &seen);
                Ok(())
            }))
            .append_document_content_handler(lol_html::doc_text!(|t| {
                let r = t.source_location().bytes();
                {
                    let mut s = seen.borrow_mut();
                    s.last_end = s.last_end.max(r.end.min(len));
                }
                if escape_text && r.end <= len && t.as_str().contains('<') {
                    let escaped = t.as_str().replace('<', "&lt;");
                    t.replace(&escaped, lol_html::html_content::ContentType::Html);
                }
                Ok(())
            }))
            .append_document_content_handler(lol_html::doc_comments!(|c| {
                let r = c.source_location().bytes();
                let mut s = seen.borrow_mut();
                if r.end > len {
                    // The comment runs into the sentinel: it is not closed in this piece.
                    s.construct_open_at = Some(s.construct_open_at.map_or(r.start, |o| o.min(r.start)));
                    c.remove();
                } else {
                    s.last_end = s.last_end.max(r.end);
                }
                Ok(())
            }))
            .append_document_content_handler(lol_html::doctype!(|d| {
                let r = d.source_location().bytes();
                let mut s = seen.borrow_mut();
                s.last_end = s.last_end.max(r.end.min(len));
                Ok(())
            }));
        let mut rw = lol_html::HtmlRewriter::new(settings, |c: &[u8]| out.extend_from_slice(c));
        rw.write(input.as_bytes()).and_then(|()| rw.write(format!("<{SENTINEL}>").as_bytes())).and_then(|()| rw.end())
    };
    let seen = seen.into_inner();
    if result.is_err() {
        // Ambiguous markup (lol_html's strict mode, e.g. `<select><xmp>`): publish it as text.
        return Pass {
            out: input.replace('<', "&lt;"),
            removed: vec![Removal { what: "ambiguous HTML".into(), offset: 0 }],
            unclosed: Vec::new(),
            tail: None,
        };
    }
    // The sentinel is not in `out` when seen (removed), swallowed by a removed element (gone
    // with it), in an unterminated tag (`tail` is set, `out` unused) or in a kept `<iframe>`
    // left open inside the piece (`rewrite_safe` removes it). After a kept `<iframe>` that
    // ends the piece, it is the iframe's raw text, at the very end.
    let mut out = String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    let sentinel_tag = format!("<{SENTINEL}>");
    if !seen.sentinel && seen.open.iter().any(|o| o.how == Unclosed::CloseHere && !o.closed.get()) {
        if let Some(stripped) = out.strip_suffix(&sentinel_tag) {
            out.truncate(stripped.len());
        }
    }
    let unclosed: Vec<(String, Unclosed, usize)> =
        seen.open.iter().filter(|o| !o.closed.get()).map(|o| (o.name.clone(), o.how, o.at)).collect();
    let swallowed = unclosed.iter().any(|(_, how, _)| *how != Unclosed::Pending);
    let mut tail = None;
    if !seen.sentinel && !swallowed {
        // The piece ends inside a tag or comment: find where it starts.
        let start = seen.construct_open_at.unwrap_or_else(|| unterminated_start(input, seen.last_end));
        tail = Some(start);
    } else if !swallowed && input.ends_with('<') {
        // A final `<` is text only before the sentinel's own `<`; before the next piece it
        // may open a tag (`<` + `img onerror=…>`).
        tail = Some(len - 1);
    }
    let mut removed = seen.removed;
    removed.sort_by_key(|r| r.offset);
    Pass { out, removed, unclosed, tail }
}

fn element(
    el: &mut lol_html::html_content::Element<'_, '_>,
    policy: &HtmlPolicy,
    input: &str,
    remove_open: &[usize],
    seen: &RefCell<Seen>,
) {
    let len = input.len();
    let at = el.source_location().bytes();
    let name = el.tag_name();
    if name == SENTINEL && at.start == len {
        let mut s = seen.borrow_mut();
        s.sentinel = true;
        el.remove();
        return;
    }
    {
        let mut s = seen.borrow_mut();
        if at.end > len {
            // The tag runs into the sentinel: it is not closed in this piece.
            s.construct_open_at = Some(s.construct_open_at.map_or(at.start, |o| o.min(at.start)));
            return;
        }
        s.last_end = s.last_end.max(at.end);
    }
    let track = |el: &mut lol_html::html_content::Element<'_, '_>, how: Unclosed| {
        let closed = Rc::new(Cell::new(false));
        if let Some(handlers) = el.end_tag_handlers() {
            let c = closed.clone();
            handlers.push(Box::new(move |_end: &mut lol_html::html_content::EndTag<'_>| {
                c.set(true);
                Ok(())
            }));
            seen.borrow_mut().open.push(Open { name: el.tag_name(), how, at: at.start, closed });
        }
    };
    let remove = |el: &mut lol_html::html_content::Element<'_, '_>, with_content: bool| {
        let name = el.tag_name();
        seen.borrow_mut().removed.push(Removal { what: format!("{name} element"), offset: at.start });
        if with_content {
            let how = if RAW_TEXT.contains(&name.as_str()) { Unclosed::Skip } else { Unclosed::Pending };
            track(el, how);
            el.remove();
        } else {
            track(el, Unclosed::Pending);
            el.remove_and_keep_content();
        }
    };
    match element_rule(&name) {
        ElementRule::Allow => {
            if attributes(el, seen) == Attrs::Malformed {
                let how = if RAW_TEXT.contains(&name.as_str()) { Unclosed::Skip } else { Unclosed::Pending };
                track(el, how);
                el.remove_and_keep_content();
            }
        }
        ElementRule::Media => {
            let src = el.get_attribute("src");
            // An embed has no content: `<iframe …></iframe>`. Anything between the tags is raw
            // text whose end only a full parser can tell, so it is not kept.
            let empty_iframe = || {
                let rest = input.as_bytes().get(at.end..).unwrap_or(&[]);
                rest.len() > 8
                    && rest[..8].eq_ignore_ascii_case(b"</iframe")
                    && matches!(rest[8], b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/')
            };
            let ok = match (name.as_str(), src) {
                ("iframe", Some(src)) => {
                    url::host_allowed(&src, &policy.video_hosts) && (at.end == len || empty_iframe())
                }
                ("iframe", None) => false,
                (_, None) => true,
                (_, Some(src)) => {
                    url::host_allowed(&src, &policy.video_hosts)
                        || (!src.trim_start().starts_with("//")
                            && !src.contains(':')
                            && unsafe_url(&src).is_none()
                            && !src.contains('&'))
                }
            };
            if ok && attributes(el, seen) == Attrs::Malformed {
                track(el, if name == "iframe" { Unclosed::Skip } else { Unclosed::Pending });
                el.remove();
            } else if ok {
                if name == "iframe" {
                    if remove_open.contains(&at.start) {
                        seen.borrow_mut()
                            .removed
                            .push(Removal { what: "unclosed iframe element".into(), offset: at.start });
                        track(el, Unclosed::Skip);
                        el.remove();
                        return;
                    }
                    track(el, if at.end == len { Unclosed::CloseHere } else { Unclosed::Kept });
                }
            } else {
                remove(el, true);
            }
        }
        ElementRule::RemoveWithContent => remove(el, true),
        ElementRule::RemoveTag => remove(el, false),
    }
}

/// What [`attributes`] decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attrs {
    /// The element stays (unsafe attributes, if any, removed).
    Keep,
    /// The tag must go: it has attributes to remove and others whose names would not read
    /// back the same once lol_html writes the tag anew.
    Malformed,
}

/// Checks and removes the unsafe attributes of an element that is kept.
fn attributes(el: &mut lol_html::html_content::Element<'_, '_>, seen: &RefCell<Seen>) -> Attrs {
    let mut bad: Vec<(String, String, usize)> = Vec::new();
    let mut malformed = None;
    for a in el.attributes() {
        let name = a.name();
        let at = a.name_source_location().map_or(el.source_location().bytes().start, |l| l.bytes().start);
        if name.contains(['"', '\'', '<', '=', '`', '/']) || name.contains(char::is_control) {
            // Read as a name after a `/` (`x/="…`), but written back after a space it is a value.
            malformed.get_or_insert(at);
        }
        let reason: Option<String> = if name.starts_with("on") {
            Some(format!("{name} attribute"))
        } else if name == "srcdoc" {
            Some("srcdoc attribute".into())
        } else if URL_ATTRIBUTES.contains(&name.as_str()) {
            unsafe_url(&a.value()).map(String::from)
        } else if name == "srcset" || name == "imagesrcset" {
            url::unsafe_srcset(&a.value()).map(String::from)
        } else if name == "style" {
            url::unsafe_style(&a.value()).map(String::from)
        } else {
            None
        };
        if let Some(r) = reason {
            bad.push((name, r, at));
        }
    }
    if bad.is_empty() {
        // Nothing removed: the tag is published as written, read as lol_html read it.
        return Attrs::Keep;
    }
    if let Some(offset) = malformed {
        seen.borrow_mut().removed.push(Removal { what: "malformed attribute".into(), offset });
        return Attrs::Malformed;
    }
    for (name, what, offset) in bad {
        el.remove_attribute(&name);
        seen.borrow_mut().removed.push(Removal { what, offset });
    }
    Attrs::Keep
}

#[cfg(test)]
mod tests;
