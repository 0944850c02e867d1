//! `sitemap.xml` of the real corpus (`../shared/corpus`, built with a `base_url`): valid
//! against the sitemaps.org 0.9 schema with the `xhtml:link` extension
//! (`tests/fixtures/sitemap/`, validated by `xmllint --schema` from Debian's
//! `libxml2-utils`, which `.ci/run` installs), every hreflang cluster reciprocal with one
//! `x-default`, the same alternates as the pages' `<link rel="alternate">` tags, fallback
//! copies left out; and no sitemap without a `base_url`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
const ORIGIN: &str = "https://docs.example.com";
const BASE: &str = "https://docs.example.com/help/";

fn build(content: &Path, config: Option<&Path>, out: &Path) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_docloc"));
    cmd.arg("build").arg("--content").arg(content).arg("--out").arg(out);
    if let Some(c) = config {
        cmd.arg("--config").arg(c);
    }
    let o = cmd.output().expect("docloc runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// The value of attribute `name` in the tag text `tag`.
fn attr<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// `loc → [(hreflang, href)]` of every `<url>` of a sitemap.
fn entries(xml: &str) -> BTreeMap<String, Vec<(String, String)>> {
    let mut out = BTreeMap::new();
    for chunk in xml.split("<url>").skip(1) {
        let body = chunk.split("</url>").next().unwrap_or("");
        let loc = body.split("<loc>").nth(1).and_then(|s| s.split("</loc>").next()).expect("a <loc>");
        let links: Vec<(String, String)> = body
            .split("<xhtml:link ")
            .skip(1)
            .map(|t| (attr(t, "hreflang").expect("hreflang").into(), attr(t, "href").expect("href").into()))
            .collect();
        assert!(out.insert(loc.replace("&amp;", "&"), links).is_none(), "{loc} is listed twice");
    }
    out
}

/// `(hreflang, href)` of the `<link rel="alternate">` tags in a page's `<head>`.
fn page_alternates(html: &str) -> Vec<(String, String)> {
    let head = html.split("</head>").next().unwrap_or("");
    head.split("<link rel=\"alternate\" ")
        .skip(1)
        .map(|t| {
            (
                attr(&format!(" {t}"), "hreflang").unwrap_or("").into(),
                attr(&format!(" {t}"), "href").unwrap_or("").into(),
            )
        })
        .collect()
}

fn xmllint_missing() -> bool {
    if Command::new("xmllint").arg("--version").output().is_ok_and(|o| o.status.success()) {
        return false;
    }
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    assert!(!ci, "xmllint is missing (apt-get install libxml2-utils): CI=true needs the schema check");
    eprintln!("skipping the schema check: xmllint is missing (apt-get install libxml2-utils)");
    true
}

#[test]
fn the_corpus_sitemap_is_valid_and_every_cluster_is_reciprocal() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let config = tmp.path().join("docloc.toml");
    std::fs::write(&config, format!("base_url = \"{BASE}\"\n")).expect("config");
    let site = tmp.path().join("site");
    build(Path::new(CORPUS), Some(&config), &site);
    let sitemap = site.join("sitemap.xml");
    let xml = std::fs::read_to_string(&sitemap).expect("sitemap.xml is written");

    if !xmllint_missing() {
        let schema =
            PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sitemap/sitemap-with-xhtml.xsd"));
        let o = Command::new("xmllint")
            .arg("--noout")
            .arg("--schema")
            .arg(&schema)
            .arg(&sitemap)
            .output()
            .expect("xmllint");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        // The schema is no rubber stamp: a relative URL and a malformed tag fail it.
        let bad = tmp.path().join("bad.xml");
        for (from, to) in [
            (format!("<loc>{BASE}"), "<loc>/help/".to_string()),
            ("hreflang=\"pl-PL\"".into(), "hreflang=\"pl_PL\"".into()),
        ] {
            std::fs::write(&bad, xml.replacen(&from, &to, 1)).expect("write");
            let o = Command::new("xmllint")
                .arg("--noout")
                .arg("--schema")
                .arg(&schema)
                .arg(&bad)
                .output()
                .expect("xmllint");
            assert!(!o.status.success(), "{from} -> {to} should fail the schema");
        }
    }

    let urls = entries(&xml);
    // Each locale's own pages: 388 URLs, the 294 fallback copies left out.
    let per_locale: BTreeMap<&str, usize> = urls.keys().fold(BTreeMap::new(), |mut m, u| {
        let locale = u.trim_start_matches(BASE).split('/').next().unwrap_or("");
        *m.entry(locale).or_default() += 1;
        m
    });
    assert_eq!(per_locale.values().sum::<usize>(), 388 * 5 - 294, "{per_locale:?}");
    assert!(!urls.contains_key(&format!("{BASE}zh-tw/partner-center/advisors-no-csp/")), "a fallback copy");
    assert!(urls.contains_key(&format!("{BASE}zh-cn/partner-center/advisors-no-csp/")));
    for (loc, links) in &urls {
        assert!(loc.starts_with(BASE), "{loc} is absolute under base_url");
        assert_eq!(links.iter().filter(|(h, _)| h == "x-default").count(), 1, "{loc}: one x-default");
        let me = loc.trim_start_matches(BASE).split('/').next().unwrap_or("");
        assert!(
            links.iter().any(|(h, u)| u == loc && h.eq_ignore_ascii_case(me)),
            "{loc}: the page itself, labelled with its locale: {links:?}"
        );
        let labels: BTreeSet<&String> = links.iter().map(|(h, _)| h).collect();
        assert_eq!(labels.len(), links.len(), "{loc}: each label once");
        for (h, u) in links {
            let back = urls.get(u).unwrap_or_else(|| panic!("{loc} names {u} ({h}), which the sitemap does not list"));
            assert_eq!(back, links, "{u} names another cluster than {loc}");
        }
    }
    // What the sitemap says is what the pages say.
    let mut compared = 0;
    for (loc, links) in urls.iter().step_by(25) {
        let rel = loc.trim_start_matches(BASE);
        let html = std::fs::read_to_string(site.join(rel).join("index.html")).expect("the page is written");
        let want: Vec<(String, String)> = links.clone();
        assert_eq!(page_alternates(&html), want, "{loc}");
        compared += 1;
    }
    assert!(compared > 50);
    // The fallback copy's page carries no alternates, only its canonical.
    let copy = std::fs::read_to_string(site.join("zh-tw/partner-center/advisors-no-csp/index.html")).expect("copy");
    assert_eq!(page_alternates(&copy), []);
    assert!(copy
        .contains(&format!("<link rel=\"canonical\" href=\"{ORIGIN}/help/zh-cn/partner-center/advisors-no-csp/\">")));
}

#[test]
fn without_a_base_url_there_is_no_sitemap() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let site = tmp.path().join("site");
    build(&PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/content")), None, &site);
    assert!(site.join("index.html").is_file());
    assert!(!site.join("sitemap.xml").exists(), "a sitemap needs absolute URLs");
}
