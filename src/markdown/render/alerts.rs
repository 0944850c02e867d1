//! Block-quote markers: DocFX alerts (`> [!NOTE]`…, any case, with or without the space
//! after `>`), `> [!div class="…"]` and `> [!VIDEO url]`. The marker is a placeholder token
//! at the start of the quote's first paragraph ([`super::super::docfx`] put it there); the
//! quote becomes a `<div>` instead of a `<blockquote>`.

use super::super::docfx::{self, AlertKind, Construct};
use super::super::escape;
use super::{split_tokens, Ctx};
use pulldown_cmark::{Event, Tag};
use std::ops::Range;

impl Ctx<'_, '_> {
    /// The construct of the marker that opens the block quote starting at event `i`, if
    /// its first paragraph starts with one.
    pub(super) fn quote_marker(&self, events: &[(Event<'_>, Range<usize>)], i: usize) -> Option<usize> {
        match (events.get(i + 1), events.get(i + 2)) {
            (Some((Event::Start(Tag::Paragraph), _)), Some((Event::Text(t), _))) => {
                split_tokens(t).first().and_then(|p| p.err()).filter(|n| {
                    matches!(
                        self.prepared.constructs.get(*n),
                        Some(Construct::Alert(_) | Construct::Div(_) | Construct::Video(..))
                    )
                })
            }
            _ => None,
        }
    }

    /// The opening HTML of an alert or `[!div]` quote (a video is rendered whole by
    /// [`Ctx::construct_html`]).
    pub(super) fn quote_open(&self, c: &Construct) -> Option<String> {
        match c {
            Construct::Alert(kind) => {
                let idx =
                    [AlertKind::Note, AlertKind::Tip, AlertKind::Important, AlertKind::Caution, AlertKind::Warning]
                        .iter()
                        .position(|k| k == kind)
                        .unwrap_or(0);
                Some(format!(
                    "<div class=\"alert alert-{}\" role=\"note\">\n<p class=\"alert-title\">{}</p>\n",
                    kind.as_str(),
                    escape(&self.ui.alert_titles[idx])
                ))
            }
            Construct::Div(attrs) => {
                let mut s = String::from("<div");
                for (k, v, _) in docfx::attributes(attrs) {
                    if k == "class" || k == "id" {
                        s.push_str(&format!(" {k}=\"{}\"", escape(&v)));
                    }
                }
                s.push_str(">\n");
                Some(s)
            }
            _ => None,
        }
    }
}
