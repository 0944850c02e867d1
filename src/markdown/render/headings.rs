//! Headings: their ids (`<a name>` at the start, `{#id}`, else a slug of the text), plain
//! text, and whether a heading is a tab (`#### [Label](#tab/id)`, see [`super::tabs`]).

use super::super::docfx;
use super::super::slug::slugify;
use super::super::Heading;
use super::{split_tokens, Ctx, State};
use crate::hash::{HashMap, HashMapExt};
use pulldown_cmark::{CowStr, Event, Tag, TagEnd};
use std::ops::Range;

/// What rendering needs to know about one heading, found before the HTML pass.
pub(super) struct HeadInfo {
    /// Index of its `End(Heading)` event.
    pub(super) end: usize,
    /// Its id (empty for a tab heading without an anchor).
    pub(super) id: String,
    /// Plain text.
    pub(super) text: String,
    /// Events the heading consumed (its `<a name>` anchor and the closing `</a>`).
    pub(super) skip: Vec<usize>,
    /// `(tab id, label)` when the heading is a tab.
    pub(super) tab: Option<(String, String)>,
    /// 1–6.
    pub(super) level: u8,
    /// Its range in the prepared text.
    pub(super) range: Range<usize>,
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

fn is_blank_text(e: &Event<'_>) -> bool {
    matches!(e, Event::Text(t) if t.trim().is_empty())
}

/// `(end index, explicit anchor, text, events to skip, tab (id, label))` of a heading.
type HeadingScan = (usize, Option<String>, String, Vec<usize>, Option<(String, String)>);

/// `source` marks the events that are the English source of a bilingual file's sentence
/// (see [`super::sxs`]): they are no part of the heading's text.
fn analyze_heading(events: &[(Event<'_>, Range<usize>)], i: usize, source: Option<&[bool]>) -> HeadingScan {
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
        if source.is_some_and(|s| s.get(k).copied().unwrap_or(false)) {
            k += 1;
            continue;
        }
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

/// Whether the heading opened at event `i` is a tab heading (its only content a
/// `[Label](#tab/id)` link), read as [`scan`] reads it in a file that is not bilingual.
pub(super) fn is_tab(events: &[(Event<'_>, Range<usize>)], i: usize) -> bool {
    analyze_heading(events, i, None).4.is_some()
}

/// Every heading of `events`, by the index of its `Start` event, with ids claimed in
/// document order (so ids stay unique across the page and its includes).
pub(super) fn scan(
    events: &[(Event<'_>, Range<usize>)],
    source: Option<&[bool]>,
    state: &mut State,
) -> HashMap<usize, HeadInfo> {
    let mut heads = HashMap::new();
    for (i, (e, r)) in events.iter().enumerate() {
        if let Event::Start(Tag::Heading { level, id, .. }) = e {
            let (end, anchor, text, skip, tab) = analyze_heading(events, i, source);
            // A written id repeated on the page (announcement pages repeat
            // `<a name="categories">`) is made unique as generated ids are: ids are unique
            // in a document (HTML Living Standard §3.2.6.1); the first keeps it.
            let id = match (anchor, id) {
                (Some(a), _) => state.ids.unique(&a),
                (None, Some(explicit)) => state.ids.unique(explicit),
                (None, None) if tab.is_some() => String::new(),
                (None, None) => state.ids.unique(&slugify(&text)),
            };
            heads.insert(i, HeadInfo { end, id, text, skip, tab, level: *level as u8, range: r.clone() });
        }
    }
    heads
}

impl Ctx<'_, '_> {
    /// Records heading `h` (its fact, anchor and the page title) and returns the event
    /// that opens it in the HTML, with its id; marks its anchor events in `skip`.
    pub(super) fn heading<'e>(
        &self,
        h: &HeadInfo,
        start: &Event<'e>,
        out: &mut super::super::Rendered,
        skip: &mut [bool],
    ) -> Event<'e> {
        out.anchors.push(h.id.clone());
        if h.level == 1 && out.title.is_none() {
            out.title = Some(h.text.clone());
        }
        out.headings.push(Heading {
            level: h.level,
            id: h.id.clone(),
            text: h.text.clone(),
            span: self.span(&h.range),
        });
        for &k in &h.skip {
            if let Some(flag) = skip.get_mut(k) {
                *flag = true;
            }
        }
        match start {
            Event::Start(Tag::Heading { level, classes, attrs, .. }) => Event::Start(Tag::Heading {
                level: *level,
                id: Some(CowStr::from(h.id.clone())),
                classes: classes.clone(),
                attrs: attrs.clone(),
            }),
            other => other.clone(),
        }
    }
}
