//! Reading order: the pages of each locale's navigation in TOC order (depth first, a
//! group's own page before its children), for the previous/next links at the end of an
//! article and the TOC name a page is indexed under for search.
//!
//! Part of the site stage; built once per build from [`NavTree`] (the locale's resolved
//! TOCs, `src/nav/`), then looked up per page in constant time.

use super::context::NavLink;
use crate::hash::{HashMap, HashMapExt};
use crate::nav::{NavEntry, NavTree};

/// One locale's reading order, per root TOC.
#[derive(Debug, Default)]
pub(super) struct ReadingOrder {
    /// Per root TOC (index of [`NavTree::roots`]): the pages in order, `(key, name, url)`.
    roots: Vec<Vec<(String, String, String)>>,
    /// Per root TOC: key → position in `roots`.
    positions: Vec<HashMap<String, usize>>,
}

impl ReadingOrder {
    /// The reading order of `nav`: each root TOC's entries that link to a page of the
    /// site, depth first; a page listed twice keeps its first place.
    pub(super) fn new(nav: &NavTree) -> ReadingOrder {
        let mut order = ReadingOrder::default();
        for (_, entries) in &nav.roots {
            let mut pages = Vec::new();
            let mut positions = HashMap::new();
            flatten(entries, &mut pages, &mut positions);
            order.roots.push(pages);
            order.positions.push(positions);
        }
        order
    }

    /// The pages before and after page `key` in the root TOC `root` (as
    /// [`NavTree::root_for`] gives it), and the page's own TOC name.
    pub(super) fn around(&self, root: Option<usize>, key: &str) -> (Option<NavLink>, Option<NavLink>, Option<String>) {
        let Some(r) = root else { return (None, None, None) };
        let (Some(pages), Some(positions)) = (self.roots.get(r), self.positions.get(r)) else {
            return (None, None, None);
        };
        let Some(&i) = positions.get(key) else { return (None, None, None) };
        let link = |j: usize| pages.get(j).map(|(_, name, url)| NavLink { name: name.clone(), url: url.clone() });
        let name = pages.get(i).map(|(_, n, _)| n.clone());
        (i.checked_sub(1).and_then(link), link(i + 1), name)
    }
}

fn flatten(entries: &[NavEntry], pages: &mut Vec<(String, String, String)>, positions: &mut HashMap<String, usize>) {
    for e in entries {
        if let (Some(key), Some(url)) = (&e.key, &e.url) {
            if !positions.contains_key(key) && !e.name.trim().is_empty() {
                positions.insert(key.clone(), pages.len());
                pages.push((key.clone(), e.name.trim().to_string(), url.clone()));
            }
        }
        flatten(&e.children, pages, positions);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, key: Option<&str>, children: Vec<NavEntry>) -> NavEntry {
        NavEntry {
            name: name.into(),
            url: key.map(|k| format!("/zh-cn/{k}/")),
            key: key.map(str::to_string),
            expanded: false,
            children,
        }
    }

    #[test]
    fn pages_follow_the_toc_depth_first_and_repeats_keep_their_first_place() {
        let nav = NavTree {
            roots: vec![(
                "d".into(),
                vec![
                    entry("Overview", Some("a"), vec![]),
                    entry("Group", None, vec![entry("B", Some("b"), vec![entry("C", Some("c"), vec![])])]),
                    entry("A again", Some("a"), vec![]),
                    entry("D", Some("d"), vec![]),
                ],
            )],
            breadcrumb: Vec::new(),
        };
        let order = ReadingOrder::new(&nav);
        let names = |(p, n, own): (Option<NavLink>, Option<NavLink>, Option<String>)| {
            (p.map(|l| l.name), n.map(|l| l.url), own)
        };
        assert_eq!(names(order.around(Some(0), "a")), (None, Some("/zh-cn/b/".into()), Some("Overview".into())));
        assert_eq!(names(order.around(Some(0), "c")), (Some("B".into()), Some("/zh-cn/d/".into()), Some("C".into())));
        assert_eq!(names(order.around(Some(0), "d")), (Some("C".into()), None, Some("D".into())));
        assert_eq!(names(order.around(Some(0), "zzz")), (None, None, None));
        assert_eq!(names(order.around(None, "a")), (None, None, None));
        assert_eq!(names(order.around(Some(7), "a")), (None, None, None));
    }
}
