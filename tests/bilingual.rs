//! Bilingual side-by-side (sxs) pages, on the real bilingual corpus
//! (`../shared/corpus-sxs`): each sentence keeps its English source as a tooltip marked
//! `lang="en"`, and the English never reaches a heading's text or id, the title or the
//! "In this article" list; pages without sxs spans have none of it. The browser half
//! (`tests/browser/bilingual.mjs`: hover, focus, tap, the toggle, axe-core) runs in
//! headless Chromium; it fails under `CI=true` when the browser is missing.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The bilingual corpus built once: the temp dir holding `site/`.
fn built() -> &'static tempfile::TempDir {
    static SITE: OnceLock<tempfile::TempDir> = OnceLock::new();
    SITE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let o = Command::new(env!("CARGO_BIN_EXE_docloc"))
            .arg("build")
            .arg("--content")
            .arg(repo().join("../shared/corpus-sxs"))
            .arg("--out")
            .arg(dir.path().join("site"))
            .output()
            .expect("docloc runs");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        dir
    })
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(built().path().join("site").join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// `html` without the English tooltips (what a reader sees as the page's text).
fn without_sources(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find("<span class=\"sxs-source\"") {
        out.push_str(&rest[..i]);
        // The tooltip holds one inner span: skip to the second closing tag.
        let after = &rest[i..];
        let end = after.match_indices("</span>").nth(1).map_or(after.len(), |(j, _)| j + "</span>".len());
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn the_english_source_is_a_tooltip_and_never_the_page_text() {
    let page = read("zh-cn/partner-center/submit-osa-claim/index.html");
    assert!(page.contains(
        "<h1 id=\"customer-associations-via-the-claimed-partner-of-record-cpor-model-for-microsoft-365-and-dynamics-365\"><span class=\"sxs\" data-ttu-id=\"f13b5-104\" tabindex=\"0\" aria-describedby=\"sxs-f13b5-104\">针对 Microsoft 365 和 Dynamics 365，通过声明的记录 (CPOR) 模型的客户关联</span><span class=\"sxs-source\" id=\"sxs-f13b5-104\" role=\"tooltip\" lang=\"en\" data-pagefind-ignore>"
    ));
    let title = page.split("<title>").nth(1).and_then(|t| t.split("</title>").next()).unwrap_or("");
    assert!(!title.contains("Create"), "{title}");
    let toc = page.split("class=\"in-this-article\"").nth(1).and_then(|t| t.split("</nav>").next()).unwrap_or("");
    assert!(toc.contains(">创建客户关联</a>") && toc.contains(">后续步骤</a>"), "{toc}");
    assert!(!toc.contains("Next steps") && !toc.contains("sxs"), "{toc}");
    // Every tooltip a sentence is described by exists, and none is left without its sentence.
    let described = page.matches("aria-describedby=\"sxs-").count();
    let tooltips = page.matches("<span class=\"sxs-source\" id=\"sxs-").count();
    assert!(described > 50 && described == tooltips, "{described} sentences, {tooltips} tooltips");
    assert!(page.contains("class=\"bilingual-bar\""));
    // With the tooltips taken out, the visible text of the body has no English sentence.
    let visible = without_sources(&page);
    assert!(!visible.contains("Customer associations via the Claimed Partner of Record"));
    assert!(!visible.contains("sxs-lookup"), "no lookup markup is left as it was written");
}

#[test]
fn pages_without_sxs_spans_are_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let o = Command::new(env!("CARGO_BIN_EXE_docloc"))
        .arg("build")
        .arg("--out")
        .arg(dir.path().join("site"))
        .current_dir(repo())
        .output()
        .expect("docloc runs");
    assert!(o.status.success());
    let page = std::fs::read_to_string(dir.path().join("site/zh-tw/partner-center/submit-osa-claim/index.html"))
        .expect("page");
    for needle in ["class=\"sxs", "bilingual", "tabindex=\"0\""] {
        assert!(!page.contains(needle), "{needle}");
    }
}

/// What keeps the browser half from running here, if anything.
fn missing_prerequisite() -> Option<String> {
    let modules = repo().join("tests/browser/node_modules/axe-core/axe.min.js");
    if !modules.is_file() {
        return Some(format!("{} is missing: run `npm ci` in tests/browser", modules.display()));
    }
    let browser = std::env::var_os("DOCLOC_CHROMIUM").map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    if !browser.is_file() {
        return Some(format!("no browser at {}: run `apt-get install -y chromium`", browser.display()));
    }
    match Command::new("node").arg("--version").output() {
        Ok(o) if o.status.success() => None,
        _ => Some("`node` is not on PATH".into()),
    }
}

#[test]
fn bilingual_pages_work_in_a_browser() {
    if let Some(why) = missing_prerequisite() {
        let ci = std::env::var("CI").is_ok_and(|v| v == "true");
        assert!(!ci, "bilingual_pages_work_in_a_browser: {why} (CI=true: the browser tests must run)");
        eprintln!("skipping bilingual_pages_work_in_a_browser: {why}");
        return;
    }
    let site: &Path = &built().path().join("site");
    let o = Command::new("node")
        .current_dir(repo())
        .arg("tests/browser/bilingual.mjs")
        .arg(site)
        .output()
        .expect("run node");
    let report = format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    assert!(o.status.success(), "bilingual browser checks failed:\n{report}");
    eprintln!("{report}");
}
