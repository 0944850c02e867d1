//! Site search: one static, offline search index per locale, built with Pagefind
//! (<https://pagefind.app>, the `pagefind` crate's indexing API, `extended` feature so
//! Chinese and Japanese text is segmented into words with ICU4X and every pair of
//! characters inside a word is indexed as well, so a substring of a CJK word is found).
//!
//! Part of the site stage. [`SearchIndexer::add`] is the hook [`super::pages`] calls
//! with the HTML of each page the moment it is written: the searchable part of the page
//! (between the theme's `data-pagefind-body` element and the `docloc:search-end`
//! marker: title, headings, body, the page's TOC name) is kept in the page's locale,
//! ordered by URL, and the full page is dropped. [`SearchIndexer::finish`] feeds each
//! locale's pages to its own Pagefind index in URL order (so the index is the same
//! whatever the thread count), and writes the bundle through the sink under
//! `_docloc/search/<locale>/`: Pagefind's `pagefind.js`, its web worker and WebAssembly
//! search core, `pagefind-entry.json` and the index, fragment and metadata chunks. The
//! theme's own script (`docloc.js`) loads that `pagefind.js` and shows the results with
//! the locale's Fluent strings; Pagefind's bundled UI (`pagefind-ui.*`, its modular and
//! component UIs) is not written. Nothing is loaded from outside the site.
//!
//! Only a locale's own pages are indexed: a fallback copy is another locale's content
//! and is not that locale's to find. One index per locale keeps a Polish query among
//! Polish pages and lets each index use its language's stemmer. A page's searchable
//! part is indexed up to [`MAX_SEARCHABLE_BYTES`], so one huge page cannot stall a build.

use super::sink::Sink;
use super::Error;
use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::sync::Mutex;

/// Folder of the search bundles, relative to the theme's asset folder (`_docloc/`).
pub const SEARCH_DIR: &str = "search";

/// The attribute on the element whose content is indexed (Pagefind's own).
const BODY_ATTR: &str = "data-pagefind-body";
/// The comment the theme writes after the indexed element.
const END_MARK: &str = "<!--docloc:search-end-->";

/// The most of a page's searchable part that is indexed, in bytes of HTML: 1 MiB, eight
/// times the largest page of the Partner Center corpus (123 KB). Pagefind's indexing
/// time grows faster than a page's length (measured: 0.3 s for a 1 MB page, 2.6 s for
/// 4 MB, minutes for 50 MB), so a page past the limit is indexed up to it: its first
/// mebibyte is found, the rest is not.
pub const MAX_SEARCHABLE_BYTES: usize = 1024 * 1024;

/// The search index of one locale, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleSearchIndex {
    /// Locale code (`zh-cn`).
    pub locale: String,
    /// Pages indexed (the locale's own pages that have a searchable part).
    pub pages: usize,
    /// Files of the bundle written.
    pub files: usize,
    /// Bytes of the index itself (entry, meta, index, fragment and filter files), the
    /// part that grows with the content.
    pub index_bytes: u64,
    /// Bytes of the bundle in all, the search script and WebAssembly included.
    pub bundle_bytes: u64,
}

/// Collects the searchable part of every page as it is written, per locale, and
/// builds the indexes at the end. Shared by the build's threads.
pub(crate) struct SearchIndexer {
    /// Per locale index: `(lower-case BCP 47 tag, URL → searchable document)`.
    locales: Vec<(String, Mutex<BTreeMap<String, String>>)>,
}

impl SearchIndexer {
    /// An indexer for the locales `langs` (their BCP 47 tags, in locale order).
    pub(crate) fn new(langs: &[String]) -> SearchIndexer {
        SearchIndexer { locales: langs.iter().map(|l| (l.to_ascii_lowercase(), Mutex::new(BTreeMap::new()))).collect() }
    }

    /// Hands page `html`, published at `url` for readers of locale index `li`, to the
    /// index. A page without the theme's searchable element (a theme of one's own that
    /// has none) is skipped.
    pub(crate) fn add(&self, li: usize, url: &str, html: &str) {
        let Some((lang, pages)) = self.locales.get(li) else { return };
        let Some(doc) = searchable_document(lang, html) else { return };
        pages.lock().unwrap_or_else(|p| p.into_inner()).insert(url.to_string(), doc);
    }

    /// Builds every locale's index and writes its bundle through `sink` at
    /// `{prefix}{locale code}/…` (prefix `_docloc/search/`); `codes` are the locale codes
    /// in locale order. Locales are indexed in parallel, each one's pages in URL order.
    ///
    /// Errors: Pagefind fails on a page or on the index ([`Error::Search`]); a sink
    /// write fails.
    pub(crate) fn finish(
        self,
        codes: &[String],
        prefix: &str,
        sink: &dyn Sink,
        written: &(dyn Fn(usize) + Sync),
    ) -> Result<Vec<LocaleSearchIndex>, Error> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("docloc-search")
            .enable_all()
            .build()
            .map_err(|e| Error::Search(format!("cannot start the indexing runtime: {e}")))?;
        let jobs: Vec<(usize, String, BTreeMap<String, String>)> = self
            .locales
            .into_iter()
            .enumerate()
            .map(|(li, (lang, pages))| (li, lang, pages.into_inner().unwrap_or_else(|p| p.into_inner())))
            .collect();
        jobs.into_par_iter()
            .map(|(li, lang, pages)| {
                let code = codes.get(li).cloned().unwrap_or_else(|| lang.clone());
                let count = pages.len();
                let files = runtime.block_on(index_locale(&lang, pages))?;
                let mut stats =
                    LocaleSearchIndex { locale: code.clone(), pages: count, files: 0, index_bytes: 0, bundle_bytes: 0 };
                for (name, bytes) in files {
                    sink.write(&format!("{prefix}{code}/{name}"), &bytes)?;
                    written(1);
                    stats.files += 1;
                    stats.bundle_bytes += bytes.len() as u64;
                    if is_index_file(&name) {
                        stats.index_bytes += bytes.len() as u64;
                    }
                }
                Ok(stats)
            })
            .collect()
    }
}

/// Indexes `pages` (URL → document, in URL order) as one Pagefind index of language
/// `lang`; returns the bundle's files `(path inside the bundle, bytes)`, sorted by
/// path, without Pagefind's bundled UIs.
async fn index_locale(lang: &str, pages: BTreeMap<String, String>) -> Result<Vec<(String, Vec<u8>)>, Error> {
    let config = PagefindServiceConfig::builder().force_language(lang.to_string()).build();
    let mut index = PagefindIndex::new(Some(config)).map_err(|e| Error::Search(format!("{lang}: {e}")))?;
    for (url, doc) in pages {
        index
            .add_html_file(None, Some(url.clone()), doc)
            .await
            .map_err(|e| Error::Search(format!("{lang}: cannot index {url}: {e}")))?;
    }
    let files = index.get_files().await.map_err(|e| Error::Search(format!("{lang}: {e}")))?;
    let mut out: Vec<(String, Vec<u8>)> = files
        .into_iter()
        .map(|f| (f.filename.to_string_lossy().replace('\\', "/"), f.contents))
        .filter(|(name, _)| is_served(name))
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}

/// Whether a bundle file is one the site serves: everything but Pagefind's own UIs
/// and its playground (the theme has its own search box and results).
fn is_served(name: &str) -> bool {
    let ui = ["pagefind-ui.", "pagefind-modular-ui.", "pagefind-component-ui.", "pagefind-highlight."];
    !name.starts_with("playground/") && !ui.iter().any(|p| name.starts_with(p))
}

/// Whether a bundle file is part of the index proper (grows with the content) rather
/// than the search code.
fn is_index_file(name: &str) -> bool {
    name.ends_with(".pf_meta")
        || name.ends_with(".pf_index")
        || name.ends_with(".pf_fragment")
        || name.ends_with(".pf_filter")
        || name == "pagefind-entry.json"
}

/// The part of page `html` Pagefind indexes, as a document of its own: the element
/// carrying `data-pagefind-body` up to the theme's end marker, inside an `<html>` with
/// the locale's `lang`. The theme writes that element before the page's content and the
/// marker after it, so the first element and the last marker are the theme's own, whatever
/// the content holds. `None` when the page has no such element.
fn searchable_document(lang: &str, html: &str) -> Option<String> {
    let attr = html.find(BODY_ATTR)?;
    let start = html[..attr].rfind('<')?;
    let end = html.rfind(END_MARK).filter(|&e| e > attr)?;
    let body = truncate_html(html.get(start..end)?, MAX_SEARCHABLE_BYTES);
    Some(format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"></head><body>{body}</body></html>"
    ))
}

/// `html` cut to at most `max` bytes, after the last tag that ends within them (so no
/// tag or character is cut in two); whole when it fits. Unclosed elements are closed by
/// the HTML parser, as in any page.
fn truncate_html(html: &str, max: usize) -> &str {
    if html.len() <= max {
        return html;
    }
    let mut cut = max;
    while !html.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &html[..cut];
    head.rfind('>').map_or(head, |i| &head[..=i])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::sink::MemorySink;

    #[test]
    fn the_searchable_part_is_the_marked_element_up_to_the_last_marker() {
        let html = format!(
            "<html lang=\"zh-CN\"><body><nav>TOC</nav><main><article class=\"a\" {BODY_ATTR}><h1>标题</h1>\
             <p>{END_MARK} in content</p></article>{END_MARK}<footer>f</footer></main></body></html>"
        );
        let doc = searchable_document("zh-cn", &html).expect("has a body");
        assert!(doc.starts_with("<!DOCTYPE html><html lang=\"zh-cn\">"), "{doc}");
        assert!(doc.contains(&format!("<article class=\"a\" {BODY_ATTR}><h1>标题</h1>")), "{doc}");
        assert!(doc.contains("in content</p></article></body>"), "{doc}");
        assert!(!doc.contains("TOC") && !doc.contains("<footer>"), "{doc}");
        assert_eq!(searchable_document("zh-cn", "<html><body><p>x</p></body></html>"), None);
    }

    #[test]
    fn a_page_past_the_limit_is_indexed_up_to_it_in_whole_tags() {
        assert_eq!(truncate_html("<p>ab</p>", 100), "<p>ab</p>");
        assert_eq!(truncate_html("<p>ab</p><p>cd</p>", 16), "<p>ab</p><p>", "cut after the last whole tag");
        assert_eq!(truncate_html("<p>客户关联</p>", 8), "<p>", "never inside a character or a tag");
        let para = "<p>合作伙伴中心 Partner Center</p>\n";
        let huge = format!(
            "<article {BODY_ATTR}><h1>T</h1>{}</article>{END_MARK}",
            para.repeat(2 * MAX_SEARCHABLE_BYTES / para.len())
        );
        let doc = searchable_document("zh-cn", &huge).expect("has a body");
        assert!(doc.len() < MAX_SEARCHABLE_BYTES + 200, "{}", doc.len());
        let body = doc.strip_suffix("</body></html>").expect("closed");
        assert!(body.ends_with('>') && body.rfind('<') < body.rfind('>'), "ends after a whole tag");
        assert!(doc.contains("<h1>T</h1>"));
    }

    #[test]
    fn each_locale_gets_its_own_bundle_without_pagefinds_ui() {
        let indexer = SearchIndexer::new(&["pl-PL".to_string(), "zh-CN".to_string()]);
        let page = |title: &str, body: &str| {
            format!("<html><body><article {BODY_ATTR}><h1>{title}</h1><p>{body}</p></article>{END_MARK}</body></html>")
        };
        indexer.add(0, "/pl-pl/a/", &page("Skojarzenie klienta", "Przesyłanie oświadczenia"));
        indexer.add(1, "/zh-cn/a/", &page("客户关联", "提交客户关联声明"));
        indexer.add(1, "/zh-cn/b/", "<html><body>no searchable part</body></html>");
        let sink = MemorySink::new();
        let stats = indexer
            .finish(&["pl-pl".into(), "zh-cn".into()], "_docloc/search/", &sink, &|_| {})
            .expect("indexes build");
        assert_eq!(
            stats.iter().map(|s| (s.locale.as_str(), s.pages)).collect::<Vec<_>>(),
            [("pl-pl", 1), ("zh-cn", 1)]
        );
        let files = sink.into_files();
        for code in ["pl-pl", "zh-cn"] {
            let entry = files.get(&format!("_docloc/search/{code}/pagefind-entry.json")).expect("entry file");
            let entry: serde_json::Value = serde_json::from_slice(entry).expect("entry JSON");
            let langs: Vec<&String> = entry["languages"].as_object().expect("languages").keys().collect();
            assert_eq!(langs, [&code.to_string()], "one language per bundle");
            assert!(files.contains_key(&format!("_docloc/search/{code}/pagefind.js")));
            assert!(files.keys().any(|k| k.starts_with(&format!("_docloc/search/{code}/fragment/"))));
        }
        assert!(files.contains_key("_docloc/search/pl-pl/wasm.pl-pl.pagefind"), "Polish stemming");
        assert!(!files.keys().any(|k| k.contains("pagefind-ui") || k.contains("playground")));
        let s = &stats[0];
        assert!(s.index_bytes > 0 && s.bundle_bytes > s.index_bytes && s.files > 4, "{s:?}");
    }

    #[test]
    fn the_index_is_the_same_whatever_order_pages_arrive_in() {
        let build = |order: &[usize]| {
            let indexer = SearchIndexer::new(&["sv-SE".to_string()]);
            for &i in order {
                let html = format!(
                    "<html><body><article {BODY_ATTR}><h1>Sida {i}</h1><p>kund {i} anspråk</p></article>{END_MARK}</body></html>"
                );
                indexer.add(0, &format!("/sv-se/p{i}/"), &html);
            }
            let sink = MemorySink::new();
            indexer.finish(&["sv-se".into()], "s/", &sink, &|_| {}).expect("builds");
            sink.into_files()
        };
        assert_eq!(build(&[0, 1, 2, 3, 4]), build(&[3, 1, 4, 0, 2]));
    }
}
