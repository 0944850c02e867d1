//! Whole-site build tests on the embedded default site (`content/`) and the real
//! five-locale Partner Center corpus (`../shared/corpus`).

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn corpus() -> PathBuf {
    repo().join("../shared/corpus")
}

/// Runs `docloc build` with the given thread count; returns (output folder, stderr).
fn build(content: Option<&Path>, threads: &str) -> (tempfile::TempDir, String) {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_docloc"));
    cmd.current_dir(repo()).arg("build").arg("--out").arg(&site).env("RAYON_NUM_THREADS", threads);
    if let Some(c) = content {
        cmd.arg("--content").arg(c);
    }
    let o = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(o.status.success(), "build failed: {stderr}");
    (out, stderr)
}

fn read(out: &tempfile::TempDir, rel: &str) -> String {
    std::fs::read_to_string(out.path().join("site").join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<_> = walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap()))
        .collect();
    v.sort();
    v
}

#[test]
fn default_site_has_every_seed_in_every_locale_with_switcher_and_fallbacks() {
    let (out, stderr) = build(None, "2");
    assert!(stderr.contains("Built 10 pages"), "{stderr}");
    for l in ["zh-cn", "zh-tw", "ru-ru", "pl-pl", "sv-se"] {
        for p in ["incentives-customer-associations-intro", "submit-osa-claim"] {
            let html = read(&out, &format!("{l}/partner-center/{p}/index.html"));
            let real = (p == "submit-osa-claim") == (l == "zh-tw");
            assert_eq!(html.contains("class=\"fallback-notice\""), !real, "{l}/{p}");
        }
    }
    // The intro exists in four locales: each page's switcher lists them by their own names.
    let html = read(&out, "ru-ru/partner-center/incentives-customer-associations-intro/index.html");
    for (code, name) in [("zh-cn", "中文(简体)"), ("ru-ru", "Русский"), ("pl-pl", "Polski"), ("sv-se", "Svenska")]
    {
        assert!(
            html.contains(&format!("href=\"/{code}/partner-center/incentives-customer-associations-intro/\"")),
            "{code}"
        );
        assert!(html.contains(name), "{name}");
    }
    for hreflang in ["zh-CN", "ru-RU", "pl-PL", "sv-SE", "x-default"] {
        assert!(html.contains(&format!("<link rel=\"alternate\" hreflang=\"{hreflang}\"")), "{hreflang}");
    }
    assert!(!html.contains("hreflang=\"zh-TW\" href"), "zh-tw has no translation of the intro");
    assert!(html.contains("<html lang=\"ru-RU\" dir=\"ltr\">"));
    // zh-tw readers get the zh-cn intro with a notice in Traditional Chinese, canonical to the real page.
    let fb = read(&out, "zh-tw/partner-center/incentives-customer-associations-intro/index.html");
    assert!(fb.contains("<html lang=\"zh-TW\""));
    assert!(fb.contains("中文(简体)"));
    assert!(fb.contains("rel=\"canonical\" href=\"/zh-cn/partner-center/incentives-customer-associations-intro/\""));
    // The intro's link to submit-osa-claim.md, which only zh-tw has, stays in the reader's
    // locale: zh-cn publishes a fallback copy at its own URL.
    let zh = read(&out, "zh-cn/partner-center/incentives-customer-associations-intro/index.html");
    assert!(zh.contains("href=\"/zh-cn/partner-center/submit-osa-claim/\""));
    assert!(!zh.contains("href=\"/zh-tw/partner-center/submit-osa-claim/\""), "no link into another locale");
    assert!(zh.contains("2021年5月20日"), "ms.date in the locale's format");
    assert!(read(&out, "index.html").contains("navigator.languages"));
}

#[test]
fn corpus_builds_every_page_of_every_locale() {
    let (out, stderr) = build(Some(&corpus()), "2");
    let mut sources = 0;
    for l in ["zh-cn", "ru-ru", "zh-tw", "pl-pl", "sv-se"] {
        for e in walkdir::WalkDir::new(corpus().join(l)).into_iter().flatten() {
            let p = e.path();
            let name = p.file_name().unwrap().to_string_lossy().to_lowercase();
            let is_page = (name.ends_with(".md") && name != "toc.md")
                || (name.ends_with(".yml") && std::fs::read_to_string(p).is_ok_and(|t| t.starts_with("### YamlMime:")));
            if is_page {
                sources += 1;
                let rel = p.strip_prefix(corpus().join(l)).unwrap().to_string_lossy().replace('\\', "/");
                let stem = rel.trim_end_matches(".md").trim_end_matches(".yml");
                let slug = stem.strip_suffix("/index").unwrap_or(stem);
                assert!(out.path().join("site").join(l).join(slug).join("index.html").is_file(), "{l}/{rel}");
            }
        }
    }
    assert_eq!(sources, 1611 + 35, "1,611 articles and 35 YAML pages");
    // Pages pair into translations by URL: 388 URLs x 5 locales, 1,646 of them real pages.
    // (zh-tw still has 35 articles as `x.md` that the other locales have as YAML `x.yml`.)
    assert!(stderr.contains("Built 1,940 pages"), "{stderr}");
    assert!(stderr.contains("294 fallbacks"), "{stderr}");
    assert!(!stderr.contains("output-path-conflict"), "{stderr}");
    let own = read(&out, "zh-tw/partner-center/benefits-faq/index.html");
    assert!(!own.contains("class=\"fallback-notice\""), "zh-tw's own benefits-faq.md is published");
    let faq = read(&out, "zh-cn/partner-center/benefits-faq/index.html");
    assert!(faq.contains("class=\"faq"), "zh-cn's benefits-faq.yml is a FAQ page");
    assert!(faq.contains("<link rel=\"alternate\" hreflang=\"zh-TW\" href=\"/zh-tw/partner-center/benefits-faq/\">"));
    // The sidebar: the page's own branch in the page, the whole tree once per locale.
    let page = read(&out, "zh-cn/partner-center/submit-osa-claim/index.html");
    assert!(page.contains("<script src=\"/_docloc/toc/zh-cn/partner-center/toc.js\" defer></script>"));
    assert!(page.contains("<a href=\"/zh-cn/partner-center/submit-osa-claim/\" aria-current=\"page\">"));
    assert!(page.contains("class=\"toc-item toc-collapsed\""));
    let tree = read(&out, "_docloc/toc/zh-cn/partner-center/toc.js");
    assert!(tree.starts_with("window.doclocToc = \"<ul class=\\\"toc toc-root\\\">"));
    assert!(tree.contains("/zh-cn/partner-center/submit-osa-claim/") && !tree.contains("aria-current"));
    assert!(page.len() < tree.len(), "the page is smaller than the tree it leaves out");
    assert!(!stderr.contains("panicked"));

    // Alerts in both spellings (`>[!NOTE]`, `> [!IMPORTANT]`) with localized titles.
    let agreements = read(&out, "ru-ru/partner-center/agreements/index.html");
    assert!(
        agreements.contains("<div class=\"alert alert-important\" role=\"note\">\n<p class=\"alert-title\">Важно!</p>")
    );
    // `<a name>` at the start of a heading becomes its id.
    assert!(read(&out, "zh-cn/partner-center/agreements/index.html")
        .contains("<h1 id=\"microsoft-customer-agreements-by-region-and-language\">"));
    // :::image as a figure; the corpus ships without its images, so the figure holds the
    // alt text in a placeholder rather than a broken image.
    assert!(read(&out, "zh-cn/partner-center/overview/index.html").contains(
        "<figure class=\"image\"><span class=\"image-missing\" role=\"img\" aria-label=\"合作伙伴中心概述\">合作伙伴中心概述</span></figure>"
    ));
    // Tab groups (sv-se) become a tab list with panels.
    let tabs = read(&out, "sv-se/partner-center/report-problems-with-partner-center/index.html");
    assert!(tabs.contains("<div class=\"tabs\"><div role=\"tablist\""));
    assert!(tabs.contains("role=\"tabpanel\" id=\"panel-1-current-view\""));
    // No DocFX marker leaks into any page.
    for (path, bytes) in files(&out.path().join("site")) {
        if path.ends_with(".html") {
            let html = String::from_utf8(bytes).unwrap();
            assert!(!html.contains(">[!NOTE]") && !html.contains(":::image"), "{path}");
        }
    }
    // A page missing in zh-tw is published with a fallback notice.
    let fb = read(&out, "zh-tw/partner-center/advisors-no-csp/index.html");
    assert!(fb.contains("class=\"fallback-notice\""));
    // Redirect pages and the FAQ/landing/hub pages.
    assert!(read(&out, "zh-cn/partner-center/attest-acceptance-customer-agreement/index.html")
        .contains("/zh-cn/partner-center/confirm-customer-agreement/"));
    assert!(read(&out, "zh-cn/partner-center/incentives-faq/index.html").contains("是否需要是全局管理员才能注册激励？"));
    assert!(read(&out, "sv-se/partner-center/index.html").contains("href=\"/sv-se/partner-center/overview/\""));
}

#[test]
fn output_is_byte_identical_whatever_the_thread_count() {
    let (a, _) = build(Some(&corpus()), "1");
    let (b, _) = build(Some(&corpus()), "2");
    let fa = files(&a.path().join("site"));
    let fb = files(&b.path().join("site"));
    assert_eq!(fa.len(), fb.len());
    for (x, y) in fa.iter().zip(&fb) {
        assert_eq!(x.0, y.0);
        assert!(x.1 == y.1, "{} differs between 1 and 2 threads", x.0);
    }
}

#[test]
fn bad_input_is_reported_and_the_build_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("content/en-us/docs");
    std::fs::create_dir_all(&d).unwrap();
    std::fs::write(d.join("ok.md"), "---\ntitle: OK\n---\n# OK\n").unwrap();
    std::fs::write(d.join("yaml.md"), "---\ntitle: [broken\n---\n# Still built\n").unwrap();
    std::fs::write(d.join("open.md"), "---\ntitle: never closed\n# Body\n").unwrap();
    std::fs::write(d.join("bin.md"), b"\xff\xfe\x00binary").unwrap();
    std::fs::write(d.join("cycle.md"), "[!INCLUDE [me](cycle.md)]\n\n:::zone pivot=\"x\":::\n").unwrap();
    let out = dir.path().join("site");
    let o = Command::new(env!("CARGO_BIN_EXE_docloc"))
        .args(["build", "--content"])
        .arg(dir.path().join("content"))
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    for rule in ["yaml-invalid", "front-matter-unclosed", "invalid-encoding", "circular-reference", "unknown-extension"]
    {
        assert!(stderr.contains(rule), "{rule} missing in {stderr}");
    }
    assert!(stderr.contains("yaml.md:3:1"), "{stderr}");
    for p in ["ok", "yaml", "open", "cycle"] {
        assert!(out.join("en-us/docs").join(p).join("index.html").is_file(), "{p}");
    }
    // --strict turns errors into exit code 1, with the site still written.
    let o = Command::new(env!("CARGO_BIN_EXE_docloc"))
        .args(["build", "--strict", "--content"])
        .arg(dir.path().join("content"))
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
}
