//! Tab groups (DocFX "Tabbed conceptual content"): consecutive headings of one level whose
//! only content is a `[Label](#tab/id)` link, ended by a thematic break or a heading of
//! the same or a higher level. Rendered as an ARIA tab list with one panel per tab; the
//! panels are plain sections, so the content reads in order without scripts.

use super::super::escape;
use super::headings::HeadInfo;
use super::State;
use crate::hash::HashMap;
use pulldown_cmark::{Event, Tag};
use std::ops::Range;

/// Where tab groups open and close, by event index.
#[derive(Default)]
pub(super) struct TabPlan {
    /// Index of a group's first tab heading → (group number, every tab heading of it).
    pub(super) open: HashMap<usize, (usize, Vec<usize>)>,
    /// Index where a group closes → whether that event (a thematic break) is consumed.
    /// `events.len()` when the group runs to the end.
    pub(super) close: HashMap<usize, bool>,
}

/// Whether a tab group is open, fed the headings and thematic breaks of a file in order:
/// the rule [`plan`] follows (a tab heading opens or continues a group of its level; a
/// heading of that level or higher, or a thematic break, ends it).
#[derive(Debug, Default)]
pub(super) struct Tracker {
    /// The level of the open group's headings.
    open: Option<u8>,
}

impl Tracker {
    /// A heading of `level` (1–6); `tab` when its only content is a `#tab/` link.
    pub(super) fn heading(&mut self, level: u8, tab: bool) {
        if tab {
            self.open = Some(level);
        } else if self.open.is_some_and(|l| level <= l) {
            self.open = None;
        }
    }

    /// A thematic break.
    pub(super) fn rule(&mut self) {
        self.open = None;
    }

    /// Whether a group is open.
    pub(super) fn open(&self) -> bool {
        self.open.is_some()
    }
}

/// Finds the tab groups of `events` (numbered on from `state.tab_groups`, so ids stay
/// unique across includes).
pub(super) fn plan(
    events: &[(Event<'_>, Range<usize>)],
    heads: &HashMap<usize, HeadInfo>,
    state: &mut State,
) -> TabPlan {
    let mut plan = TabPlan::default();
    let mut current: Option<(u8, usize)> = None;
    for (i, (e, _)) in events.iter().enumerate() {
        match e {
            Event::Start(Tag::Heading { .. }) => {
                let Some(h) = heads.get(&i) else { continue };
                match (h.tab.is_some(), current) {
                    (true, Some((lvl, first))) if lvl == h.level => {
                        if let Some(g) = plan.open.get_mut(&first) {
                            g.1.push(i);
                        }
                    }
                    (true, cur) => {
                        if cur.is_some() {
                            plan.close.insert(i, false);
                        }
                        state.tab_groups += 1;
                        plan.open.insert(i, (state.tab_groups, vec![i]));
                        current = Some((h.level, i));
                    }
                    (false, Some((lvl, _))) if h.level <= lvl => {
                        plan.close.insert(i, false);
                        current = None;
                    }
                    _ => {}
                }
            }
            Event::Rule if current.is_some() => {
                plan.close.insert(i, true);
                current = None;
            }
            _ => {}
        }
    }
    if current.is_some() {
        plan.close.insert(events.len(), false);
    }
    plan
}

/// HTML that closes an open tab group.
pub(super) const CLOSE: &str = "</section></div>\n";

/// The HTML a tab heading becomes: the tab list and first panel for a group's first tab,
/// else the end of the previous panel and this tab's panel. Records the tab's anchors
/// (`tab/<id>`, and the heading's own id when it has an `<a name>`).
pub(super) fn heading_html(
    i: usize,
    h: &HeadInfo,
    heads: &HashMap<usize, HeadInfo>,
    plan: &TabPlan,
    tab_list_label: &str,
    state: &mut State,
    anchors: &mut Vec<String>,
) -> String {
    let Some((tab_id, _)) = &h.tab else { return String::new() };
    let gid = plan.open.iter().find(|(_, g)| g.1.contains(&i)).map_or(0, |(_, g)| g.0);
    if !h.id.is_empty() {
        anchors.push(h.id.clone());
    }
    anchors.push(format!("tab/{tab_id}"));
    let panel = format!(
        "<section role=\"tabpanel\" id=\"panel-{gid}-{0}\" aria-labelledby=\"tab-{gid}-{0}\" data-tab=\"{0}\">",
        escape(tab_id)
    );
    let anchor = if !h.id.is_empty() && state.ids.claim(&format!("\u{0}{}", h.id)) {
        format!("<span id=\"{}\"></span>", escape(&h.id))
    } else {
        String::new()
    };
    match plan.open.get(&i) {
        Some((_, members)) => {
            let mut s = format!("<div class=\"tabs\"><div role=\"tablist\" aria-label=\"{}\">", escape(tab_list_label));
            for (n, m) in members.iter().enumerate() {
                if let Some((tid, label)) = heads.get(m).and_then(|h| h.tab.as_ref()) {
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
            s
        }
        None => format!("</section>{panel}{anchor}"),
    }
}
