//! Real-browser end-to-end tests of the built site. `docloc build` writes the real
//! five-locale corpus (`../shared/corpus`) and the default site (`content/`) into
//! temporary folders; `tests/browser/site.mjs` (Node.js with playwright-core driving
//! Debian's Chromium) serves each folder over HTTP on 127.0.0.1 and checks the theme as
//! a reader meets it: the full TOC swapped in for the page's own sidebar branch, the
//! static sidebar without scripts, the language switcher, fallback notices, tabs, the
//! root's language redirect, and no console errors or failed requests on any page; and
//! the reader's site (`tests/browser/reader.mjs`): search in the page's locale (CJK
//! included), the 404 pages, previous/next, the code copy button, the layout fixes and
//! axe-core. A third site lays the seed articles out as `ja-jp` and `ar-sa`, locales the
//! corpus lacks, to check their chrome, notices, dates and the right-to-left layout.
//! Screenshots are saved under `target/browser-screenshots/`.
//!
//! Prerequisites, installed by `.ci/run`: `node` on PATH, `npm ci` run in
//! `tests/browser`, and Chromium at `/usr/bin/chromium` (or at `DOCLOC_CHROMIUM`).
//! Without them the tests fail when `CI=true` and otherwise pass after printing why
//! they were skipped to stderr.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

/// One browser at a time: each suite keeps a Chromium busy for tens of seconds.
static BROWSER: Mutex<()> = Mutex::new(());

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn browser_binary() -> PathBuf {
    std::env::var_os("DOCLOC_CHROMIUM").map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from)
}

/// What keeps the browser suite from running here, if anything.
fn missing_prerequisite() -> Option<String> {
    let modules = repo().join("tests/browser/node_modules/playwright-core/package.json");
    if !modules.is_file() {
        return Some(format!("{} is missing: run `npm ci` in tests/browser", modules.display()));
    }
    let browser = browser_binary();
    if !browser.is_file() {
        return Some(format!("no browser at {}: run `apt-get install -y chromium`", browser.display()));
    }
    match Command::new("node").arg("--version").output() {
        Ok(o) if o.status.success() => None,
        _ => Some("`node` is not on PATH: install Node.js 20".into()),
    }
}

/// True when the suite can run. Otherwise fails under CI (`CI=true`), where a skipped
/// browser test would hide a regression, and elsewhere says why on stderr.
fn ready(test: &str) -> bool {
    let Some(why) = missing_prerequisite() else {
        return true;
    };
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    assert!(!ci, "{test}: {why} (CI=true: the browser tests must run)");
    // Straight to the stderr stream, which the test harness does not capture.
    let _ = writeln!(std::io::stderr(), "skipping {test}: {why}");
    false
}

/// Runs `docloc build` into `out` (from `content`, or from the repository's docloc.toml).
fn build_site(content: Option<&Path>, out: &Path) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_docloc"));
    cmd.current_dir(repo()).arg("build").arg("--out").arg(out);
    if let Some(c) = content {
        cmd.arg("--content").arg(c);
    }
    let o = cmd.output().expect("run docloc");
    assert!(o.status.success(), "docloc build failed:\n{}", String::from_utf8_lossy(&o.stderr));
}

/// Runs the browser suite `suite` of tests/browser/site.mjs on the site in `site`.
fn run_suite(site: &Path, suite: &str) {
    let o = Command::new("node")
        .current_dir(repo())
        .arg("tests/browser/site.mjs")
        .arg(site)
        .arg("--suite")
        .arg(suite)
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
        .output()
        .expect("run node");
    let report = format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    assert!(o.status.success(), "browser suite `{suite}` failed ({}):\n{report}", o.status);
    eprintln!("{report}");
}

#[test]
fn corpus_site_works_in_a_browser() {
    if !ready("corpus_site_works_in_a_browser") {
        return;
    }
    let _one = BROWSER.lock().unwrap_or_else(|e| e.into_inner());
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    build_site(Some(Path::new(CORPUS)), &site);
    run_suite(&site, "corpus");
}

#[test]
fn default_site_works_in_a_browser() {
    if !ready("default_site_works_in_a_browser") {
        return;
    }
    let _one = BROWSER.lock().unwrap_or_else(|e| e.into_inner());
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    build_site(None, &site);
    run_suite(&site, "default");
}

/// The seed articles (`../shared/seeds`) laid out as two locales the corpus does not
/// have: `ja-jp` has every article, `ar-sa` one, so its other pages are fallback copies
/// from `ja-jp`.
fn seeds_as_ja_and_ar(root: &Path) {
    let seeds = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds"));
    let mut articles: Vec<PathBuf> = walkdir::WalkDir::new(&seeds)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.path().to_path_buf())
        .collect();
    articles.sort();
    let mut seen = std::collections::BTreeSet::new();
    for a in &articles {
        let Some(name) = a.file_name().and_then(|n| n.to_str()).map(str::to_string) else { continue };
        if !seen.insert(name.clone()) {
            continue;
        }
        let text = std::fs::read_to_string(a).expect("seed readable");
        let mut targets = vec!["ja-jp"];
        if name == "incentives-customer-associations-intro.md" {
            targets.push("ar-sa");
        }
        for l in targets {
            let dir = root.join(l).join("partner-center");
            std::fs::create_dir_all(&dir).expect("mkdir");
            std::fs::write(dir.join(&name), &text).expect("write");
        }
    }
    assert!(root.join("ja-jp/partner-center/submit-osa-claim.md").is_file(), "the seeds hold submit-osa-claim.md");
}

#[test]
fn locales_outside_the_corpus_work_in_a_browser() {
    if !ready("locales_outside_the_corpus_work_in_a_browser") {
        return;
    }
    let _one = BROWSER.lock().unwrap_or_else(|e| e.into_inner());
    let out = tempfile::tempdir().unwrap();
    let content = out.path().join("content");
    seeds_as_ja_and_ar(&content);
    let site = out.path().join("site");
    build_site(Some(&content), &site);
    run_suite(&site, "locales");
}
