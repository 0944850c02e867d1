//! Bilingual side-by-side (sxs) files, as Microsoft's localization pipeline writes them:
//! every sentence as `<span data-ttu-id="X">translation</span><span class="sxs-lookup">
//! <span data-stu-id="X">English</span></span>`.
//!
//! The translation is the page; the English source is kept beside each sentence as a
//! tooltip (`span.sxs-source`, `role="tooltip"`, `lang="en"`) the sentence is described
//! by and that shows on hover, keyboard focus and touch (the sentence is focusable), or
//! for the whole page with the theme's "show English" toggle. The English is never part
//! of a heading's text or id, the title, the "In this article" list, or the search index
//! (`data-pagefind-ignore`). Pages without such spans render exactly as before.

use pulldown_cmark::Event;
use std::ops::Range;

/// Which events of one file are the English source of a sentence.
pub(super) struct Sxs {
    /// Per event: inside a `span.sxs-lookup` (its tags included).
    pub(super) source: Vec<bool>,
}

/// The value of attribute `name` in the opening tag `tag`, when `tag` is a `<span …>`.
fn span_attr<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let t = tag.trim();
    let rest = t.strip_prefix("<span")?;
    let needle = format!("{name}=\"");
    let i = rest.find(&needle)? + needle.len();
    let v = &rest[i..];
    v.find('"').map(|e| &v[..e])
}

/// Whether `tag` opens the English lookup of a sentence.
fn is_lookup(tag: &str) -> bool {
    span_attr(tag, "class").is_some_and(|c| c.split_whitespace().any(|c| c == "sxs-lookup"))
}

/// Marks the English source regions of `events`; `None` when the file has none (then
/// nothing changes).
pub(super) fn scan(events: &[(Event<'_>, Range<usize>)]) -> Option<Sxs> {
    let mut source = vec![false; events.len()];
    let mut depth = 0usize;
    let mut any = false;
    for (i, (e, _)) in events.iter().enumerate() {
        if depth > 0 {
            source[i] = true;
            if let Event::InlineHtml(h) = e {
                let t = h.trim();
                if t.starts_with("<span") {
                    depth += 1;
                } else if t.eq_ignore_ascii_case("</span>") {
                    depth -= 1;
                }
            }
            continue;
        }
        if let Event::InlineHtml(h) = e {
            if is_lookup(h) {
                source[i] = true;
                depth = 1;
                any = true;
            }
        }
    }
    any.then_some(Sxs { source })
}

/// The first `data-stu-id` written in `events[i..]` (within a few events: the lookup's
/// inner span, which pulldown-cmark may hand over in the same event as the lookup).
fn next_source_id<'e>(events: &'e [(Event<'_>, Range<usize>)], i: usize, from: usize) -> Option<&'e str> {
    let (first, rest) = events[i..].split_first()?;
    let in_first = match &first.0 {
        Event::InlineHtml(h) => h.get(from..).and_then(|t| find_attr_in_tags(t, "data-stu-id")),
        _ => None,
    };
    in_first.or_else(|| {
        rest.iter().take(3).find_map(|(e, _)| match e {
            Event::InlineHtml(h) => find_attr_in_tags(h, "data-stu-id"),
            _ => None,
        })
    })
}

/// The value of `name` on the first `<span>` tag of `html` that has it.
fn find_attr_in_tags<'t>(html: &'t str, name: &str) -> Option<&'t str> {
    let mut rest = html;
    while let Some(i) = rest.find("<span") {
        let tag_end = rest[i..].find('>').map_or(rest.len(), |e| i + e + 1);
        if let Some(v) = span_attr(&rest[i..tag_end], name) {
            return Some(v);
        }
        rest = &rest[tag_end..];
    }
    None
}

/// The HTML the raw inline HTML of event `i` becomes in a bilingual file: each sentence
/// span made focusable and described by its source tooltip, each lookup made the tooltip
/// (`claim` reserves a tooltip id on the page; a taken one is not linked). `pending` is
/// the tooltip id of the last sentence, carried to its lookup. `None` keeps the event.
pub(super) fn rewrite(
    events: &[(Event<'_>, Range<usize>)],
    i: usize,
    pending: &mut Option<String>,
    claim: &mut dyn FnMut(&str) -> bool,
) -> Option<String> {
    let Event::InlineHtml(h) = &events[i].0 else { return None };
    let mut out = String::with_capacity(h.len() + 64);
    let mut changed = false;
    let mut pos = 0;
    while let Some(found) = h[pos..].find("<span") {
        let at = pos + found;
        let end = h[at..].find('>').map_or(h.len(), |e| at + e + 1);
        let tag = &h[at..end];
        out.push_str(&h[pos..at]);
        if is_lookup(tag) {
            let source = next_source_id(events, i, end);
            let id = match (pending.take(), source) {
                (Some(p), Some(s)) if p == format!("sxs-{s}") => format!(" id=\"{p}\""),
                _ => String::new(),
            };
            out.push_str(&format!("<span class=\"sxs-source\"{id} role=\"tooltip\" lang=\"en\" data-pagefind-ignore>"));
            changed = true;
        } else if let Some(ttu) = span_attr(tag, "data-ttu-id") {
            let tooltip = format!("sxs-{ttu}");
            *pending = claim(&tooltip).then_some(tooltip);
            let describe = pending.as_ref().map(|d| format!(" aria-describedby=\"{d}\"")).unwrap_or_default();
            out.push_str(&format!("<span class=\"sxs\" data-ttu-id=\"{ttu}\" tabindex=\"0\"{describe}>"));
            changed = true;
        } else {
            out.push_str(tag);
        }
        pos = end;
    }
    out.push_str(&h[pos..]);
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{Parser, Tag, TagEnd};

    fn events(md: &str) -> Vec<(Event<'_>, Range<usize>)> {
        Parser::new(md).into_offset_iter().collect()
    }

    #[test]
    fn marks_exactly_the_english_source() {
        let md = "<span data-ttu-id=\"a-1\">后续步骤</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">Next **steps**</span></span> tail\n";
        let ev = events(md);
        let sxs = scan(&ev).expect("bilingual");
        let texts: Vec<(String, bool)> = ev
            .iter()
            .zip(&sxs.source)
            .filter_map(|((e, _), s)| match e {
                Event::Text(t) => Some((t.to_string(), *s)),
                _ => None,
            })
            .collect();
        assert_eq!(
            texts,
            [("后续步骤".into(), false), ("Next ".into(), true), ("steps".into(), true), (" tail".into(), false)]
        );
        assert!(ev.iter().zip(&sxs.source).any(|((e, _), s)| matches!(e, Event::Start(Tag::Strong)) && *s));
        assert!(ev.iter().zip(&sxs.source).any(|((e, _), s)| matches!(e, Event::End(TagEnd::Strong)) && *s));
        assert!(scan(&events("<span class=\"x\">plain</span>\n")).is_none());
    }

    #[test]
    fn rewrites_the_sentence_and_its_lookup_in_whatever_events_they_come() {
        let md = "<span data-ttu-id=\"a-1\">后续步骤</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">Next steps</span></span>\n";
        let ev = events(md);
        let mut pending = None;
        let mut taken = crate::hash::HashSet::default();
        let mut claim = |id: &str| taken.insert(id.to_string());
        let html: Vec<String> = (0..ev.len())
            .filter_map(|i| match &ev[i].0 {
                Event::InlineHtml(h) => {
                    Some(rewrite(&ev, i, &mut pending, &mut claim).unwrap_or_else(|| h.to_string()))
                }
                _ => None,
            })
            .collect();
        let joined = html.concat();
        assert!(
            joined.starts_with("<span class=\"sxs\" data-ttu-id=\"a-1\" tabindex=\"0\" aria-describedby=\"sxs-a-1\">"),
            "{joined}"
        );
        assert!(
            joined.contains("<span class=\"sxs-source\" id=\"sxs-a-1\" role=\"tooltip\" lang=\"en\" data-pagefind-ignore><span data-stu-id=\"a-1\">"),
            "{joined}"
        );
        assert_eq!(joined.matches("<span").count(), joined.matches("</span>").count(), "{joined}");
    }
}
