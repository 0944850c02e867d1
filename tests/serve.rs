//! `docloc serve` against a copy of part of the real corpus (three locales, a few dozen
//! pages, their TOCs, breadcrumbs and redirects, an overlay template and Fluent file):
//! after every edit of a scripted sequence, every served file equals what a fresh
//! `docloc build` of the same content writes (HTML apart from the live-reload script),
//! no other file is served, the diagnostics equal the fresh build's, and the rebuild
//! made exactly the page files the edit affects. The build cache on disk is held to the
//! same contract: a cached `docloc build` after the edits writes the cold build's site.
//! A browser test (tests/browser/serve.mjs, headless Chromium) shows a live reload that
//! keeps the scroll position and the error overlay.

use docloc::diagnostic::Diagnostic;
use docloc::project::{Project, ProjectOptions};
use docloc::serve::{self, Running, ServeOptions};
use docloc::site::build::{build, BuildOptions};
use docloc::site::sink::MemorySink;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::Duration;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
const REPO: &str = env!("CARGO_MANIFEST_DIR");
const LOCALES: [&str; 3] = ["zh-cn", "zh-tw", "pl-pl"];

/// One server at a time: rebuild counts are per server, and the machine is small.
static SERIAL: Mutex<()> = Mutex::new(());

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2021, 9, 1).expect("date")
}

/// Writes `text` to `path` as editors do: a temporary file renamed over it.
fn save(path: &Path, text: &str) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("folder");
    }
    let tmp = path.with_extension("docloc-test-tmp");
    std::fs::write(&tmp, text).expect("write");
    std::fs::rename(&tmp, path).expect("rename");
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).expect("read")
}

/// A project in a temporary folder: `content/` with three locales of part of the
/// corpus, `docloc.toml`, `templates/article.html` and `locales/pl-pl/ui.ftl`.
struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new(pages: usize) -> Fixture {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        let corpus = Path::new(CORPUS);
        let mut names: Vec<String> = std::fs::read_dir(corpus.join("zh-cn/partner-center"))
            .expect("corpus")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".md") && n != "TOC.md")
            .filter(|n| LOCALES.iter().all(|l| corpus.join(l).join("partner-center").join(n).is_file()))
            .collect();
        names.sort();
        names.truncate(pages);
        for l in LOCALES {
            let mut files = vec![
                ".openpublishing.redirection.json".to_string(),
                "partner-center/TOC.yml".into(),
                "partner-center/index.yml".into(),
                "partner-center/breadcrumb/toc.yml".into(),
            ];
            files.extend(names.iter().map(|n| format!("partner-center/{n}")));
            for f in files {
                let from = corpus.join(l).join(&f);
                if from.is_file() {
                    save(&root.join("content").join(l).join(&f), &read(&from));
                }
            }
        }
        std::fs::write(
            root.join("docloc.toml"),
            "title = \"Partner Center\"\ndefault_locale = \"zh-cn\"\ntemplates_dir = \"templates\"\n\
             ui_locales_dir = \"locales\"\nout_of_scope_base_url = \"https://learn.microsoft.com/{locale}\"\n\n\
             [[locales]]\ncode = \"zh-cn\"\nfallback = [\"zh-tw\"]\n\n[[locales]]\ncode = \"zh-tw\"\nfallback = [\"zh-cn\"]\n\n\
             [[locales]]\ncode = \"pl-pl\"\n\n[check]\nexternal_docsets = [\"/partner-center/develop/\", \"/partner-center/marketplace/\"]\n",
        )
        .expect("config");
        save(&root.join("templates/article.html"), &read(&Path::new(REPO).join("templates/article.html")));
        save(&root.join("locales/pl-pl/ui.ftl"), &read(&Path::new(REPO).join("locales/pl-pl/ui.ftl")));
        let f = Fixture { dir };
        // A heading other pages link to, a link to it, an include, and a page in every
        // locale that nothing links to.
        let a = f.page("zh-cn", &names[1]);
        save(&a, &format!("{}\n\n## Docloc test section\n\nText.\n", read(&a)));
        let b = f.page("zh-cn", &names[2]);
        save(&b, &format!("{}\n\nSee [the section]({}#docloc-test-section).\n", read(&b), names[1]));
        let c = f.page("zh-cn", &names[3]);
        save(&c, &format!("{}\n\n[!INCLUDE [note](includes/docloc-note.md)]\n", read(&c)));
        save(&f.page("zh-cn", "includes/docloc-note.md"), "An included note.\n");
        for l in LOCALES {
            save(&f.page(l, "docloc-shared.md"), &format!("---\ntitle: Shared {l}\n---\n# Shared {l}\n\nBody.\n"));
        }
        f
    }

    fn content(&self) -> PathBuf {
        self.dir.path().join("content")
    }

    fn page(&self, locale: &str, name: &str) -> PathBuf {
        self.content().join(locale).join("partner-center").join(name)
    }

    fn options(&self) -> ProjectOptions {
        ProjectOptions { content: Some(self.content()), ..ProjectOptions::default() }
    }

    /// A page present in every locale, by its position among the copied ones.
    fn common(&self, n: usize) -> String {
        let mut names: Vec<String> = std::fs::read_dir(self.content().join("zh-cn/partner-center"))
            .expect("content")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".md") && !n.starts_with("docloc-"))
            .collect();
        names.sort();
        names[n].clone()
    }
}

/// What a fresh full build writes, its diagnostics and per-locale page counts.
struct Fresh {
    files: BTreeMap<String, Vec<u8>>,
    diagnostics: Vec<Diagnostic>,
}

fn fresh(opts: &ProjectOptions) -> Fresh {
    let project = Project::load(opts).expect("project loads");
    let sink = MemorySink::new();
    let (analysis, _) =
        build(&project, &sink, &BuildOptions { progress: false, today: today(), force: false }).expect("build");
    let diagnostics = analysis.diagnostics.clone();
    drop(analysis);
    Fresh { files: sink.into_files(), diagnostics }
}

fn get(running: &Running, path: &str) -> (u16, String, Vec<u8>) {
    let url = format!("http://{}/{path}", running.addr());
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let mut r = agent.get(&url).call().expect("request");
    let status = r.status().as_u16();
    let ty = r.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let body = r.body_mut().with_config().limit(64 << 20).read_to_vec().expect("body");
    (status, ty, body)
}

/// `html` without the one live-reload script the server adds before `</body>`.
fn without_script(html: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(html);
    let Some(start) = text.find("<script data-docloc-live=") else { return html.to_vec() };
    let end = text[start..].find("</script>").map(|e| start + e + "</script>".len()).expect("script ends");
    assert!(text[end..].trim_start().starts_with("</body>"), "the script stands right before </body>");
    assert_eq!(text.matches("<script data-docloc-live=").count(), 1, "one live script");
    format!("{}{}", &text[..start], &text[end..]).into_bytes()
}

/// Every served file equals the fresh build's, no other file is served, and the
/// diagnostics are the fresh build's.
fn assert_matches_fresh(running: &Running, opts: &ProjectOptions, step: &str) -> Fresh {
    let want = fresh(opts);
    let served = running.paths();
    let expected: Vec<&String> = want.files.keys().collect();
    assert_eq!(served.iter().collect::<Vec<_>>(), expected, "{step}: the served site has the fresh build's files");
    for (path, bytes) in &want.files {
        let (status, ty, body) = get(running, path);
        assert_eq!(status, 200, "{step}: {path}");
        let body = if ty.starts_with("text/html") { without_script(&body) } else { body };
        assert!(body == *bytes, "{step}: {path} differs from a fresh build");
    }
    let got = running.diagnostics();
    if got != want.diagnostics {
        let only_served: Vec<&Diagnostic> = got.iter().filter(|d| !want.diagnostics.contains(d)).collect();
        let only_fresh: Vec<&Diagnostic> = want.diagnostics.iter().filter(|d| !got.contains(d)).collect();
        panic!(
            "{step}: diagnostics differ from a fresh build's ({} vs {}):\nonly served: {only_served:#?}\nonly fresh: {only_fresh:#?}",
            got.len(),
            want.diagnostics.len()
        );
    }
    want
}

/// Waits for the rebuilds an edit causes (until the server is quiet) and sums what they
/// made: (page files filled, renderings made).
fn rebuilt(running: &Running, step: &str) -> (usize, usize) {
    let first = running.next_rebuild(Duration::from_secs(30)).unwrap_or_else(|| panic!("{step}: no rebuild"));
    let mut all = vec![first];
    while let Some(r) = running.next_rebuild(Duration::from_millis(600)) {
        all.push(r);
    }
    let mut filled = 0;
    let mut rendered = 0;
    for r in &all {
        let o = r.outcome.as_ref().unwrap_or_else(|e| panic!("{step}: rebuild failed: {e}"));
        filled += o.stats.filled;
        rendered += o.stats.rendered;
    }
    (filled, rendered)
}

fn start(f: &Fixture) -> Running {
    let opts = ServeOptions {
        project: f.options(),
        bind: "127.0.0.1".parse().expect("ip"),
        port: 0,
        verbose: false,
        today: today(),
    };
    serve::start(&opts).expect("serve starts")
}

/// HTML files of a locale in a built site, its home (a redirect the build always makes)
/// and its 404 page (made after the pages on every build, never kept) left out: the
/// locale's own pages, fallback copies and redirect pages.
fn locale_pages(files: &BTreeMap<String, Vec<u8>>, locale: &str) -> usize {
    let not_found = format!("{locale}/404.html");
    files.keys().filter(|p| p.starts_with(&format!("{locale}/")) && p.ends_with(".html") && **p != not_found).count()
        - 1
}

#[test]
fn every_served_page_equals_a_fresh_build_after_each_edit() {
    let _serial = SERIAL.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new(24);
    let opts = f.options();
    let running = start(&f);
    let initial = assert_matches_fresh(&running, &opts, "start");
    assert!(initial.files.len() > 100, "a few dozen pages of three locales: {}", initial.files.len());

    // 1. A paragraph of a page every locale has: that page alone.
    let p = f.page("zh-cn", &f.common(0));
    save(&p, &format!("{}\n\nA new paragraph.\n", read(&p)));
    assert_eq!(rebuilt(&running, "body"), (1, 1), "body edit: the page itself");
    assert_matches_fresh(&running, &opts, "body");

    // 2. A heading another page links to: the page is rebuilt; the link's page is not
    // (its HTML does not change), but its bookmark is now reported.
    let a = f.page("zh-cn", &f.common(1));
    save(&a, &read(&a).replace("## Docloc test section", "## Docloc renamed section"));
    assert_eq!(rebuilt(&running, "anchor"), (1, 1), "heading edit: the page itself");
    let now = assert_matches_fresh(&running, &opts, "anchor");
    assert!(
        now.diagnostics
            .iter()
            .any(|d| d.rule.id() == "bookmark-not-found" && d.message.contains("docloc-test-section")),
        "the link into the renamed section is reported"
    );

    // 3. An include: the page that includes it.
    save(&f.page("zh-cn", "includes/docloc-note.md"), "An included note, edited.\n");
    assert_eq!(rebuilt(&running, "include"), (1, 1), "include edit: the page that includes it");
    assert_matches_fresh(&running, &opts, "include");

    // 4. A TOC entry: every page of that locale whose sidebar shows the TOC, nothing
    // rendered again.
    let toc = f.page("zh-cn", "TOC.yml");
    let text = read(&toc);
    let first_name = text.lines().find_map(|l| l.trim().strip_prefix("- name: ")).expect("an entry").to_string();
    save(&toc, &text.replacen(&format!("- name: {first_name}"), "- name: Docloc TOC entry", 1));
    let zh_pages = initial.files.keys().filter(|p| p.starts_with("zh-cn/partner-center/")).count();
    let redirects_zh = initial
        .files
        .iter()
        .filter(|(p, b)| {
            p.starts_with("zh-cn/partner-center/") && String::from_utf8_lossy(b).contains("http-equiv=\"refresh\"")
        })
        .count();
    assert_eq!(rebuilt(&running, "toc"), (zh_pages - redirects_zh, 0), "TOC edit: the locale's pages");
    assert_matches_fresh(&running, &opts, "toc");

    // 5. A Fluent string of pl-pl: that locale's pages and redirect pages.
    let ftl = f.dir.path().join("locales/pl-pl/ui.ftl");
    save(&ftl, &read(&ftl).replace("in-this-article = W tym artykule", "in-this-article = W tym artykule (test)"));
    let expected = locale_pages(&initial.files, "pl-pl");
    assert_eq!(rebuilt(&running, "fluent"), (expected, 0), "Fluent edit: pl-pl pages");
    assert_matches_fresh(&running, &opts, "fluent");

    // 6. The article template: every article page of every locale.
    let tpl = f.dir.path().join("templates/article.html");
    save(&tpl, &read(&tpl).replacen("{% block content %}", "{% block content %}<!-- docloc-test-marker -->", 1));
    let (filled, rendered) = rebuilt(&running, "template");
    let now = assert_matches_fresh(&running, &opts, "template");
    let articles = now.files.values().filter(|b| String::from_utf8_lossy(b).contains("docloc-test-marker")).count();
    assert!(articles > 50, "the marker is on the article pages: {articles}");
    assert_eq!((filled, rendered), (articles, 0), "template edit: the article pages");

    // 7. A new page: its own page and a fallback copy in each other locale.
    let new = f.page("zh-cn", "docloc-new.md");
    save(&new, "---\ntitle: New\n---\n# New page\n\nFresh.\n");
    assert_eq!(rebuilt(&running, "add"), (3, 3), "added page: itself and two fallback copies");
    assert_matches_fresh(&running, &opts, "add");

    // 8. A deleted translation: the locale shows a fallback copy; the other locales'
    // switchers change.
    std::fs::remove_file(f.page("zh-tw", "docloc-shared.md")).expect("remove");
    assert_eq!(rebuilt(&running, "delete"), (3, 1), "deleted page: the fallback copy and two switchers");
    assert_matches_fresh(&running, &opts, "delete");

    // 9. A renamed page: the old URL goes, the new one comes with its fallback copies.
    std::fs::rename(&new, f.page("zh-cn", "docloc-renamed.md")).expect("rename");
    assert_eq!(rebuilt(&running, "rename"), (3, 3), "renamed page: itself and two fallback copies");
    let now = assert_matches_fresh(&running, &opts, "rename");
    assert!(!now.files.keys().any(|p| p.contains("docloc-new/")), "the old URL is gone");

    // 10. Broken front matter, then fixed: the page, and the diagnostic comes and goes.
    let p = f.page("zh-cn", &f.common(4));
    let good = read(&p);
    save(&p, &good.replacen("title:", "title: [unclosed", 1));
    // Its version is unknown now, so the other locales' switchers lose or gain their
    // stale marks: they are refilled too, not rendered.
    assert_eq!(rebuilt(&running, "break"), (3, 1), "broken front matter: the page itself and two switchers");
    let broken = assert_matches_fresh(&running, &opts, "break");
    let errors = |d: &[Diagnostic]| d.iter().filter(|d| d.severity == docloc::diagnostic::Severity::Error).count();
    assert!(errors(&broken.diagnostics) > errors(&initial.diagnostics), "the bad front matter is an error");
    save(&p, &good);
    assert_eq!(rebuilt(&running, "fix"), (3, 1), "fixed front matter: the page itself and two switchers");
    let fixed = assert_matches_fresh(&running, &opts, "fix");
    assert_eq!(errors(&fixed.diagnostics), errors(&initial.diagnostics), "fixing it clears the error");

    // The server answers only inside the site.
    for bad in ["/../docloc.toml", "/%2e%2e/docloc.toml", "/zh-cn/..%5c..%5cdocloc.toml", "//etc/passwd"] {
        let (status, _, _) = get(&running, bad.trim_start_matches('/'));
        assert!(status == 400 || status == 404, "{bad}: {status}");
    }
    let (status, ty, _) = get(&running, "_docloc/docloc.css");
    assert_eq!((status, ty.as_str()), (200, "text/css; charset=utf-8"));
    running.stop();
}

/// The build cache on disk, after a sequence of edits, writes the cold build's site and
/// reports the cold build's diagnostics; a damaged cache is ignored.
#[test]
fn a_cached_build_after_edits_equals_a_cold_build() {
    let _serial = SERIAL.lock().unwrap_or_else(|p| p.into_inner());
    let f = Fixture::new(16);
    let out = f.dir.path().join("public");
    let cold = f.dir.path().join("cold");
    let docloc = |args: &[&str]| {
        let o = Command::new(env!("CARGO_BIN_EXE_docloc")).args(args).output().expect("docloc runs");
        (o.status.code(), String::from_utf8_lossy(&o.stderr).into_owned(), o.stdout)
    };
    let content = f.content();
    let content = content.to_str().expect("utf-8 path");
    let out_s = out.to_str().expect("utf-8 path");
    let cold_s = cold.to_str().expect("utf-8 path");
    let tree = |dir: &Path| -> BTreeMap<String, Vec<u8>> {
        walkdir::WalkDir::new(dir)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let rel = e.path().strip_prefix(dir).expect("inside").to_string_lossy().into_owned();
                (rel, std::fs::read(e.path()).expect("read"))
            })
            .collect()
    };
    let summary = |stderr: &str| stderr.lines().last().unwrap_or("").split(" in ").next().unwrap_or("").to_string();
    let edits: Vec<Box<dyn Fn()>> = vec![
        Box::new(|| {}),
        Box::new(|| {
            let p = f.page("zh-cn", &f.common(0));
            save(&p, &format!("{}\n\nA new paragraph.\n", read(&p)));
        }),
        Box::new(|| save(&f.page("zh-cn", "includes/docloc-note.md"), "Edited include.\n")),
        Box::new(|| {
            let toc = f.page("zh-tw", "TOC.yml");
            let text = read(&toc);
            let name = text.lines().find_map(|l| l.trim().strip_prefix("- name: ")).expect("entry").to_string();
            save(&toc, &text.replacen(&format!("- name: {name}"), "- name: Docloc entry", 1));
        }),
        Box::new(|| save(&f.page("pl-pl", "docloc-added.md"), "# Added\n\nText.\n")),
        Box::new(|| std::fs::remove_file(f.page("zh-tw", "docloc-shared.md")).expect("remove")),
        Box::new(|| {
            let p = f.page("zh-cn", &f.common(2));
            save(&p, &read(&p).replacen("title:", "title: [unclosed", 1));
        }),
    ];
    for (i, edit) in edits.iter().enumerate() {
        edit();
        let (code, warm, _) = docloc(&["build", "--content", content, "--out", out_s, "--cache"]);
        assert_eq!(code, Some(0), "step {i}: {warm}");
        let (code, cold_err, _) = docloc(&["build", "--content", content, "--out", cold_s]);
        assert_eq!(code, Some(0), "step {i}: {cold_err}");
        {
            let (a, b) = (tree(&out), tree(&cold));
            let diff: Vec<&String> = a.keys().chain(b.keys()).filter(|k| a.get(*k) != b.get(*k)).collect();
            assert!(
                diff.is_empty(),
                "step {i}: the cached build writes the cold build's site; differing files: {diff:?}"
            );
        }
        assert_eq!(
            summary(&warm).replace(out_s, "OUT"),
            summary(&cold_err).replace(cold_s, "OUT"),
            "step {i}: same counts"
        );
        let (c1, e1, cached_check) = docloc(&["check", "--content", content, "--format", "json", "--cache"]);
        let (c2, _, plain_check) = docloc(&["check", "--content", content, "--format", "json"]);
        assert_eq!((c1, e1.as_str()), (c2, ""), "step {i}: check --cache exits as check does, silently");
        assert!(cached_check == plain_check, "step {i}: check --cache reports what check does");
    }
    let check_json = |cache: bool| {
        let mut args = vec!["check", "--content", content, "--format", "json"];
        if cache {
            args.push("--cache");
        }
        Command::new(env!("CARGO_BIN_EXE_docloc")).args(&args).output().expect("runs").stdout
    };
    assert_eq!(check_json(true), check_json(false), "cached check output equals a cold check's");
    // A damaged cache is reported and ignored.
    let cache_file = f.dir.path().join(".docloc-cache/build.bin");
    let bytes = std::fs::read(&cache_file).expect("the build wrote its cache");
    std::fs::write(&cache_file, &bytes[..bytes.len() / 2]).expect("truncate");
    let (code, err, _) = docloc(&["build", "--content", content, "--out", out_s, "--cache"]);
    assert_eq!(code, Some(0));
    assert!(err.contains("ignored"), "the truncated cache is reported: {err}");
    assert!(tree(&out) == tree(&cold), "and the site is still the cold build's");
    assert!(f.dir.path().join(".docloc-cache/.gitignore").is_file());
}

/// tests/browser/serve.mjs in headless Chromium: an edit reloads the open page in place
/// (scroll kept), broken front matter shows the overlay, the fix clears it.
#[test]
fn browser_reloads_and_shows_the_error_overlay() {
    let _serial = SERIAL.lock().unwrap_or_else(|p| p.into_inner());
    let modules = Path::new(REPO).join("tests/browser/node_modules/playwright-core/package.json");
    let chromium =
        std::env::var_os("DOCLOC_CHROMIUM").map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    let node = Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success());
    if !modules.is_file() || !chromium.is_file() || !node {
        let ci = std::env::var("CI").is_ok_and(|v| v == "true");
        assert!(!ci, "the browser test needs node, tests/browser/node_modules and Chromium (CI=true)");
        eprintln!("skipping the serve browser test: node, npm ci in tests/browser or Chromium is missing");
        return;
    }
    let f = Fixture::new(8);
    let running = start(&f);
    let page = f.page("zh-cn", &f.common(0));
    let url = format!("http://{}/zh-cn/partner-center/{}/", running.addr(), f.common(0).trim_end_matches(".md"));
    let o = Command::new("node")
        .current_dir(REPO)
        .arg("tests/browser/serve.mjs")
        .arg(&url)
        .arg(&page)
        .env("DOCLOC_CHROMIUM", &chromium)
        .output()
        .expect("node runs");
    let out = String::from_utf8_lossy(&o.stdout);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "serve.mjs failed:\n{out}\n{err}");
    for step in ["reloaded", "scroll kept", "overlay shown", "overlay cleared"] {
        assert!(out.contains(&format!("ok - {step}")), "{step}:\n{out}\n{err}");
    }
    running.stop();
}
