//! The built corpus as a reader meets it, and what `build` says about it: regression
//! tests for problems found when docloc was tried on the five real locales of the
//! Partner Center docs (`../shared/corpus`): one diagnostic count shared by `build` and
//! `check`, a breadcrumb without repeats, navigation that stays in the reader's locale,
//! FAQ questions with ids that fragments reach (and are checked against), and a site
//! title taken from the content in each locale's language, and a search index per locale
//! holding exactly its own pages.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

fn corpus() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"))
}

const LOCALES: [&str; 5] = ["zh-cn", "ru-ru", "zh-tw", "pl-pl", "sv-se"];

/// The corpus built once for every test here: (temp dir holding `site/`, build stderr).
fn built() -> &'static (tempfile::TempDir, String) {
    static SITE: OnceLock<(tempfile::TempDir, String)> = OnceLock::new();
    SITE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let o = Command::new(env!("CARGO_BIN_EXE_docloc"))
            .arg("build")
            .arg("--content")
            .arg(corpus())
            .arg("--out")
            .arg(dir.path().join("site"))
            .output()
            .expect("docloc runs");
        let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
        assert!(o.status.success(), "{stderr}");
        (dir, stderr)
    })
}

fn site() -> PathBuf {
    built().0.path().join("site")
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(site().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn html_files(dir: &Path) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
            (rel, std::fs::read_to_string(e.path()).unwrap())
        })
        .collect();
    out.sort();
    out
}

/// `check --format json` on the corpus.
fn check_json() -> serde_json::Value {
    let o = Command::new(env!("CARGO_BIN_EXE_docloc"))
        .args(["check", "--format", "json", "--content"])
        .arg(corpus())
        .output()
        .expect("docloc runs");
    serde_json::from_slice(&o.stdout).expect("the JSON report parses")
}

/// `text` with the parts between `open` (inclusive) and the next `close` removed.
fn without(text: &str, open: &str, close: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find(open) {
        out.push_str(&rest[..i]);
        match rest[i..].find(close) {
            Some(j) => rest = &rest[i + j + close.len()..],
            None => {
                rest = "";
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn build_and_check_count_the_same_diagnostics() {
    let stderr = &built().1;
    let report = check_json();
    let diags = report["diagnostics"].as_array().expect("diagnostics");
    let count = |s: &str| diags.iter().filter(|d| d["severity"] == s).count();
    let group = |n: usize| {
        let s = n.to_string();
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        out
    };
    let line = stderr.lines().find(|l| l.starts_with("Built ")).expect("a summary line");
    let expected = format!(
        "{} errors, {} warnings, {} infos",
        group(count("error")),
        group(count("warning")),
        group(count("info"))
    );
    assert!(line.contains(&expected), "build says {line:?}, check reports {expected}");
    // What build lists carries the severity check gives it: no error is shown as a warning.
    let listed_errors = stderr.lines().filter(|l| l.starts_with("error[")).count();
    assert_eq!(listed_errors, count("error"), "{stderr}");
    let listed_warnings = stderr.lines().filter(|l| l.starts_with("warning[")).count();
    assert_eq!(listed_warnings, count("warning"));
}

#[test]
fn the_breadcrumb_lists_each_entry_once() {
    for (path, html) in html_files(&site()) {
        let Some(start) = html.find("<nav class=\"breadcrumb\"") else { continue };
        let nav = &html[start..start + html[start..].find("</nav>").unwrap_or(0)];
        let crumbs: Vec<&str> = nav.split("<li>").skip(1).collect();
        for pair in crumbs.windows(2) {
            assert_ne!(pair[0], pair[1], "{path}: a breadcrumb entry repeats");
        }
    }
    // pl-pl's breadcrumb file repeats its root entry; the page still shows it once.
    let page = read("pl-pl/partner-center/payout-statement/index.html");
    assert_eq!(page.matches("Dokumentacja Centrum partnerskiego</a></li>").count(), 1);
    let nested = read("pl-pl/partner-center/announcements/2020-april/index.html");
    assert!(nested.contains("Dokumentacja Centrum partnerskiego</a></li>"), "the whole path, from the root");
}

#[test]
fn navigation_and_links_stay_in_the_readers_locale() {
    let mut crossings = Vec::new();
    for (path, html) in html_files(&site()) {
        let Some(locale) = LOCALES.iter().find(|l| path.starts_with(&format!("{l}/"))) else { continue };
        if html.contains("http-equiv=\"refresh\"") {
            continue;
        }
        // The switcher, hreflang alternates, the canonical, the fallback notice and the
        // stale notice (its link to the newest version) name other locales on purpose;
        // nothing else may.
        let body = html.split_once("<body").map_or("", |(_, b)| b);
        let body = without(body, "<details class=\"lang-switcher\">", "</details>");
        let body = without(&body, "<div class=\"fallback-notice\"", "</div>");
        let body = without(&body, "<div class=\"stale-notice\"", "</div>");
        // Pages only: images and other assets live with the content's locale.
        for other in LOCALES.iter().filter(|l| *l != locale) {
            let needle = format!("href=\"/{other}/");
            for (i, _) in body.match_indices(&needle) {
                let url = body[i + 6..].split('"').next().unwrap_or("");
                let last = url.split(['#', '?']).next().unwrap_or("").rsplit('/').next().unwrap_or("");
                if !last.contains('.') {
                    crossings.push(format!("{path} → {url}"));
                }
            }
        }
    }
    assert!(
        crossings.is_empty(),
        "{} pages link into another locale, e.g. {:?}",
        crossings.len(),
        &crossings[..crossings.len().min(10)]
    );
    for locale in LOCALES {
        let tree = read(&format!("_docloc/toc/{locale}/partner-center/toc.js"));
        for other in LOCALES.iter().filter(|l| **l != locale) {
            assert!(!tree.contains(&format!("href=\\\"/{other}/")), "the {locale} TOC links into {other}");
        }
    }
}

#[test]
fn faq_questions_have_ids_and_fragments_into_faq_pages_are_checked() {
    let faq = read("zh-cn/partner-center/payout-faq/index.html");
    let questions = faq.matches("<h3 id=\"").count();
    assert!(questions > 10, "{questions}");
    assert!(!faq.contains("id=\"q-1-1\""), "ids come from the question text");
    // The id is the slug of the question, by the heading rule.
    assert!(faq.contains(
        "<h3 id=\"为什么需要提供或更新付款和或税务详细信息\">为什么需要提供或更新付款和/或税务详细信息？</h3>"
    ));
    // `payout-faq.yml#why-are-my-earnings-missing-` (pl-pl, ru-ru, sv-se) names an English
    // id the translated FAQ does not have: reported, where before it was never checked.
    let report = check_json();
    let missing: Vec<&serde_json::Value> = report["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["rule"] == "bookmark-not-found")
        .filter(|d| d["message"].as_str().is_some_and(|m| m.contains("why-are-my-earnings-missing-")))
        .collect();
    // Eight such links: `grep -r 'payout-faq.yml#why-are-my-earnings-missing-'` in the corpus.
    assert_eq!(missing.len(), 8, "{missing:#?}");
    for d in &missing {
        assert!(d["message"].as_str().unwrap().contains("payout-faq.yml"), "{d}");
    }
}

#[test]
fn the_site_title_comes_from_the_content_in_each_language() {
    for (locale, title) in [
        ("zh-cn", "合作伙伴中心文档"),
        ("zh-tw", "合作夥伴中心文件"),
        ("ru-ru", "Документация Центра партнеров"),
        ("pl-pl", "Dokumentacja Centrum partnerskiego"),
        ("sv-se", "Dokumentation för Partnercenter"),
    ] {
        let page = read(&format!("{locale}/partner-center/overview/index.html"));
        assert!(
            page.contains(&format!("class=\"site-title\" href=\"/{locale}/partner-center/\">{title}</a>")),
            "{locale}"
        );
        assert!(page.contains(&format!(" | {title}</title>")), "{locale}");
        assert!(!page.contains(">Documentation<"), "{locale}");
    }
}

#[test]
fn every_locale_has_a_search_index_of_its_own_pages_only() {
    let mut total = 0;
    for locale in LOCALES {
        // The locale's own pages: indexed part present, no fallback notice.
        let pages = html_files(&site().join(locale));
        let own = pages
            .iter()
            .filter(|(_, html)| html.contains("data-pagefind-body") && !html.contains("class=\"fallback-notice\""))
            .count();
        let copies = pages.iter().filter(|(_, html)| html.contains("class=\"fallback-notice\"")).count();
        let entry: serde_json::Value =
            serde_json::from_str(&read(&format!("_docloc/search/{locale}/pagefind-entry.json"))).expect("entry JSON");
        let languages = entry["languages"].as_object().expect("languages");
        assert_eq!(languages.keys().collect::<Vec<_>>(), [locale], "one language per index");
        assert_eq!(languages[locale]["page_count"].as_u64(), Some(own as u64), "{locale}: its {own} own pages");
        assert!(own > 100 && copies > 0, "{locale}: {own} own pages, {copies} copies");
        assert!(site().join(format!("_docloc/search/{locale}/pagefind.js")).is_file());
        let page = read(&format!("{locale}/partner-center/overview/index.html"));
        assert!(page.contains(&format!("data-search-url=\"/_docloc/search/{locale}/pagefind.js\"")), "{locale}");
        total += own;
    }
    // The same count the sitemap test finds: 388 URLs in five locales, less 294 copies.
    assert_eq!(total, 388 * 5 - 294);
}
