//! `sitemap.xml`: every page of every locale with its translations, in the sitemaps.org
//! 0.9 protocol (<https://www.sitemaps.org/protocol.html>) with Google's `xhtml:link`
//! alternates for localized versions
//! (<https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap>).
//!
//! Part of the site stage. Each locale's own pages are listed once, with `<lastmod>`
//! from `ms.date` and the alternates of its translation set, `x-default` included — the
//! very list the pages' `<link rel="alternate">` tags carry
//! ([`crate::checks::hreflang::alternates`]), so the two never disagree. Fallback copies,
//! redirect pages, the root page and the 404 pages are left out: a fallback copy's
//! canonical URL is the real page, which is listed.
//!
//! The protocol requires absolute URLs, so a sitemap is written only when the config's
//! `base_url` names a scheme and host (`https://docs.example.com/help/`); without one the
//! build writes no sitemap (and the pages' alternates stay root-relative). A site of more
//! than 50,000 URLs or 50 MB (the protocol's limits per file) is split into
//! `sitemap-1.xml`, `sitemap-2.xml`, … with `sitemap.xml` as their sitemap index.

use crate::checks::hreflang::{alternates, HreflangLink};
use crate::model::Model;
use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};

/// The sitemaps.org namespace.
pub const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
/// The XHTML namespace of the `xhtml:link` alternates.
pub const XHTML_NS: &str = "http://www.w3.org/1999/xhtml";

/// The protocol's limits per sitemap file: URLs, and bytes uncompressed.
pub const MAX_URLS: usize = 50_000;
/// See [`MAX_URLS`].
pub const MAX_BYTES: usize = 50 * 1024 * 1024;

/// Characters escaped in sitemap URLs beyond controls and non-ASCII (RFC 3986: what may
/// not appear in a URI as written; `%` is kept, page paths are not pre-encoded).
const URL_ESCAPE: &AsciiSet =
    &CONTROLS.add(b' ').add(b'"').add(b'<').add(b'>').add(b'`').add(b'{').add(b'}').add(b'|').add(b'\\').add(b'^');

/// The sitemap files of the site of `model` whose pages live under `origin` (scheme and
/// host of `base_url`, `https://docs.example.com`): `(path, XML)`, `sitemap.xml` first.
/// Empty when `origin` is empty (no absolute URLs to give).
pub fn sitemap_files(model: &Model<'_>, origin: &str) -> Vec<(String, String)> {
    sitemap_files_with_limits(model, origin, MAX_URLS, MAX_BYTES)
}

/// [`sitemap_files`] with other per-file limits (for tests of the split).
pub(crate) fn sitemap_files_with_limits(
    model: &Model<'_>,
    origin: &str,
    max_urls: usize,
    max_bytes: usize,
) -> Vec<(String, String)> {
    if origin.is_empty() {
        return Vec::new();
    }
    let head = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"{SITEMAP_NS}\" xmlns:xhtml=\"{XHTML_NS}\">\n"
    );
    let tail = "</urlset>\n";
    let mut files: Vec<String> = Vec::new();
    let mut current = head.clone();
    let mut count = 0;
    for slug in &model.urls {
        for (li, l) in model.locales.locales.iter().enumerate() {
            let Some(&idx) = model.index[li].by_url.get(slug) else { continue };
            let page = &model.content.pages[idx];
            let entry = url_entry(
                origin,
                &model.page_url(&l.code, &page.key),
                page.meta.date.map(|d| d.format("%Y-%m-%d").to_string()),
                &alternates(model, &page.key),
            );
            if count > 0 && (count >= max_urls || current.len() + entry.len() + tail.len() > max_bytes) {
                current.push_str(tail);
                files.push(std::mem::replace(&mut current, head.clone()));
                count = 0;
            }
            current.push_str(&entry);
            count += 1;
        }
    }
    current.push_str(tail);
    files.push(current);
    if files.len() == 1 {
        return vec![("sitemap.xml".into(), files.remove(0))];
    }
    let mut index = format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"{SITEMAP_NS}\">\n");
    let mut out = Vec::new();
    for (i, xml) in files.into_iter().enumerate() {
        let name = format!("sitemap-{}.xml", i + 1);
        index.push_str(&format!(
            "  <sitemap><loc>{}</loc></sitemap>\n",
            xml_url(origin, &format!("{}{name}", model.base_path))
        ));
        out.push((name, xml));
    }
    index.push_str("</sitemapindex>\n");
    out.insert(0, ("sitemap.xml".into(), index));
    out
}

/// One `<url>` element.
fn url_entry(origin: &str, url: &str, lastmod: Option<String>, alts: &[HreflangLink]) -> String {
    let mut s = format!("  <url>\n    <loc>{}</loc>\n", xml_url(origin, url));
    if let Some(d) = lastmod {
        s.push_str(&format!("    <lastmod>{d}</lastmod>\n"));
    }
    for a in alts {
        s.push_str(&format!(
            "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
            xml_escape(&a.hreflang),
            xml_url(origin, &a.url)
        ));
    }
    s.push_str("  </url>\n");
    s
}

/// The absolute, URI-escaped and XML-escaped form of root-relative `url`.
fn xml_url(origin: &str, url: &str) -> String {
    xml_escape(&format!("{origin}{}", utf8_percent_encode(url, URL_ESCAPE)))
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Analysis;
    use crate::config::Config;
    use crate::project::{Project, ProjectOptions};

    const ARTICLE: &str = "---\ntitle: Title\nms.date: 05/20/2021\n---\n# T\n";

    fn with_model<R>(files: &[(&str, &str)], f: impl FnOnce(&Model<'_>) -> R) -> R {
        let dir = tempfile::tempdir().expect("tempdir");
        for (rel, text) in files {
            let file = dir.path().join(rel);
            std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
            std::fs::write(file, text).expect("write");
        }
        let opts = ProjectOptions { content: Some(dir.path().to_path_buf()), ..ProjectOptions::default() };
        let project = Project::load_with(Config::default(), &opts).expect("loads");
        let analysis = Analysis::prepare(&project);
        f(&analysis.model)
    }

    #[test]
    fn real_pages_are_listed_with_their_cluster_and_fallback_copies_are_not() {
        with_model(
            &[("zh-cn/d/a b.md", ARTICLE), ("pl-pl/d/a b.md", ARTICLE), ("pl-pl/d/x&y.md", "# only pl\n")],
            |model| {
                assert!(sitemap_files(model, "").is_empty(), "no base_url, no sitemap");
                let files = sitemap_files(model, "https://docs.example.com");
                assert_eq!(files.len(), 1);
                let (name, xml) = &files[0];
                assert_eq!(name, "sitemap.xml");
                assert_eq!(xml.matches("<url>").count(), 3, "{xml}");
                assert!(
                    xml.contains(
                        "<loc>https://docs.example.com/zh-cn/d/a%20b/</loc>\n    <lastmod>2021-05-20</lastmod>"
                    ),
                    "{xml}"
                );
                assert!(
                    xml.contains("hreflang=\"x-default\" href=\"https://docs.example.com/pl-pl/d/a%20b/\""),
                    "{xml}"
                );
                assert!(xml.contains("<loc>https://docs.example.com/pl-pl/d/x&amp;y/</loc>"), "{xml}");
                assert!(!xml.contains("/zh-cn/d/x"), "the zh-cn fallback copy is left out: {xml}");
            },
        );
    }

    #[test]
    fn a_large_site_is_split_under_a_sitemap_index() {
        let files: Vec<(String, String)> = (0..5).map(|i| (format!("sv-se/d/p{i}.md"), ARTICLE.to_string())).collect();
        let refs: Vec<(&str, &str)> = files.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        with_model(&refs, |model| {
            let out = sitemap_files_with_limits(model, "https://x.org", 2, MAX_BYTES);
            let names: Vec<&str> = out.iter().map(|(n, _)| n.as_str()).collect();
            assert_eq!(names, ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"]);
            assert!(out[0].1.contains("<sitemapindex") && out[0].1.contains("<loc>https://x.org/sitemap-3.xml</loc>"));
            let urls: usize = out[1..].iter().map(|(_, x)| x.matches("<url>").count()).sum();
            assert_eq!(urls, 5);
            let by_bytes = sitemap_files_with_limits(model, "https://x.org", MAX_URLS, 600);
            assert!(by_bytes.len() > 2 && by_bytes[1..].iter().all(|(_, x)| x.matches("<url>").count() >= 1));
        });
    }
}
