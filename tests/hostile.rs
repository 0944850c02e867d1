//! Hostile input: the `docloc` binary on content trees made to break it.
//!
//! Every case runs the real binary (`build` and `check`) on a temporary tree with a time
//! limit, and asserts that it neither panics nor hangs, that it reads nothing outside the
//! content root, writes nothing outside the output folder, publishes no script and deletes
//! nothing it did not write (DESIGN.md, "Safety model"). Cases whose behaviour is wired in
//! the build and check pipeline (unsafe-html reported by `check`, the `--out` guard, redirect
//! and writer confinement, staging cleanup) are marked `#[ignore = "needs pipeline wiring:
//! …"]` until that wiring lands; run them with `cargo test --release --test hostile --
//! --ignored`.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What a run of the binary did.
#[derive(Debug)]
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs `docloc args…` in `cwd` and waits at most `limit`; a run that takes longer is
/// killed and fails the test, as does a panic or a death by signal.
fn docloc_in(cwd: &Path, args: &[&str], limit: Duration) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_docloc"))
        .args(args)
        .current_dir(cwd)
        .env("RAYON_NUM_THREADS", "2")
        .env_remove("CI")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn docloc");
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let o = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out.read_to_end(&mut s);
        s
    });
    let e = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("docloc {args:?} did not finish within {limit:?} (hang)");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let run = Run {
        code: status.code(),
        stdout: String::from_utf8_lossy(&o.join().unwrap_or_default()).into_owned(),
        stderr: String::from_utf8_lossy(&e.join().unwrap_or_default()).into_owned(),
    };
    assert!(run.code.is_some(), "docloc {args:?} died by a signal: {}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "docloc {args:?} panicked: {}", run.stderr);
    run
}

const LIMIT: Duration = Duration::from_secs(120);

/// A project folder `p/` with `p/content/<path>` files; returns the temp dir (p).
fn project(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for (path, bytes) in files {
        let f = dir.path().join("content").join(path);
        std::fs::create_dir_all(f.parent().expect("parent")).expect("mkdir");
        std::fs::write(&f, bytes).expect("write");
    }
    dir
}

const ARTICLE: &[u8] = b"---\ntitle: Article title here\ndescription: A description of the article for the test.\nms.date: 05/20/2021\nms.topic: conceptual\nauthor: a\nms.author: a\n---\n# Article\n\nText.\n";
const TOC: &[u8] = b"- name: A\n  href: a.md\n";

/// `build --content content --out <out>` in `p`.
fn build(p: &Path, out: &str) -> Run {
    docloc_in(p, &["build", "--content", "content", "--out", out, "--quiet"], LIMIT)
}

fn check(p: &Path) -> Run {
    docloc_in(p, &["check", "--content", "content", "--format", "json"], LIMIT)
}

/// Every file under `dir`, relative, sorted, with its bytes.
fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap_or(e.path()).to_string_lossy().into_owned();
            (rel, std::fs::read(e.path()).unwrap_or_default())
        })
        .collect();
    v.sort();
    v
}

/// Whether any file under `dir` contains `needle`.
fn any_file_contains(dir: &Path, needle: &[u8]) -> Option<String> {
    tree(dir).into_iter().find(|(_, b)| b.windows(needle.len()).any(|w| w == needle)).map(|(p, _)| p)
}

fn rule_ids(check_json: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(check_json).unwrap_or_default();
    v["diagnostics"]
        .as_array()
        .map(|a| a.iter().filter_map(|d| d["rule"].as_str().map(String::from)).collect())
        .unwrap_or_default()
}

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|r| {
            r.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with(".docloc-build-") || n.starts_with(".docloc-old-"))
                .collect()
        })
        .unwrap_or_default()
}

// --- the output folder -------------------------------------------------------------

#[test]
#[ignore = "needs pipeline wiring: site::out_dir::check_out_dir in build (exit 2)"]
fn out_at_the_content_root_or_above_is_refused_and_nothing_is_deleted() {
    let p = project(&[("zh-cn/docs/a.md", ARTICLE), ("zh-cn/docs/TOC.yml", TOC)]);
    std::fs::create_dir_all(p.path().join(".git")).expect("mkdir");
    std::fs::write(p.path().join(".git/HEAD"), "ref: refs/heads/main\n").expect("write");
    let before = tree(p.path());
    let abs = p.path().to_string_lossy().into_owned();
    for out in ["content", ".", &abs, "content/zh-cn", "content/zh-cn/docs/site"] {
        let r = build(p.path(), out);
        assert_eq!(r.code, Some(2), "--out {out}: {}", r.stderr);
        assert!(r.stderr.contains("refusing"), "--out {out}: {}", r.stderr);
        assert_eq!(tree(p.path()), before, "--out {out} changed files");
        assert!(leftovers(p.path()).is_empty() && leftovers(&p.path().join("content")).is_empty());
    }
}

#[test]
#[ignore = "needs pipeline wiring: site::out_dir::check_out_dir in build (exit 2)"]
fn a_non_empty_folder_docloc_did_not_build_is_refused() {
    let p = project(&[("zh-cn/docs/a.md", ARTICLE)]);
    std::fs::create_dir_all(p.path().join("notes")).expect("mkdir");
    std::fs::write(p.path().join("notes/mine.txt"), "keep me").expect("write");
    let r = build(p.path(), "notes");
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(p.path().join("notes/mine.txt")).unwrap_or_default(), "keep me");
    // A site docloc built is stamped and may be rebuilt.
    assert_eq!(build(p.path(), "public").code, Some(0));
    assert!(p.path().join("public").join(docloc::site::out_dir::STAMP_FILE).is_file());
    assert_eq!(build(p.path(), "public").code, Some(0));
}

#[test]
fn an_unwritable_output_folder_is_an_error_not_a_panic() {
    let p = project(&[("zh-cn/docs/a.md", ARTICLE)]);
    // Root ignores permissions; a path under a regular file cannot be created by anyone.
    std::fs::write(p.path().join("file"), "x").expect("write");
    let r = build(p.path(), "file/site");
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(p.path().join("file")).unwrap_or_default(), "x");
}

#[test]
fn a_killed_build_leaves_the_previous_site_intact() {
    let p = project(&[("zh-cn/docs/a.md", ARTICLE), ("zh-cn/docs/TOC.yml", TOC)]);
    assert_eq!(build(p.path(), "site").code, Some(0));
    let before = tree(&p.path().join("site"));
    assert!(!before.is_empty());
    // A big enough tree that the build is still writing when killed.
    let filler = "Lorem ipsum dolor sit amet. ".repeat(200);
    for i in 0..3000 {
        let f = p.path().join(format!("content/zh-cn/docs/gen-{i}.md"));
        std::fs::write(f, format!("# Page {i}\n\n{filler}\n")).expect("write");
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_docloc"))
        .args(["build", "--content", "content", "--out", "site", "--quiet"])
        .current_dir(p.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    // Kill it once it writes (its staging folder appears), or after at most 60 s.
    let start = Instant::now();
    while leftovers(p.path()).is_empty() && start.elapsed() < Duration::from_secs(60) {
        if child.try_wait().ok().flatten().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let _ = child.kill();
    let _ = child.wait();
    let after = tree(&p.path().join("site"));
    // Either the kill came in time and the old site is untouched, or the build finished.
    let finished = after.iter().any(|(f, _)| f.contains("gen-1"));
    assert!(finished || after == before, "the previous site was damaged by a killed build");
}

#[test]
#[ignore = "needs pipeline wiring: build calls site::out_dir::remove_stale_temp and names staging folders with temp_dir_name"]
fn the_next_build_removes_what_a_killed_build_left() {
    let p = project(&[("zh-cn/docs/a.md", ARTICLE), ("zh-cn/docs/TOC.yml", TOC)]);
    // What a killed build leaves: a staging folder and an old site of a process that is gone.
    let dead = Command::new("true").spawn().and_then(|mut c| c.wait().map(|_| c.id())).expect("true");
    for name in [format!(".docloc-build-{dead}-0"), format!(".docloc-old-{dead}")] {
        std::fs::create_dir_all(p.path().join(&name).join("zh-cn")).expect("mkdir");
    }
    assert_eq!(build(p.path(), "site").code, Some(0));
    assert!(leftovers(p.path()).is_empty(), "{:?}", leftovers(p.path()));
}

// --- reading: symlinks, FIFOs, traversal ------------------------------------------------

#[cfg(unix)]
#[test]
fn symlinks_out_of_the_root_are_not_published() {
    let p = project(&[("zh-cn/docs/a.md", ARTICLE), ("zh-cn/docs/TOC.yml", TOC)]);
    let docs = p.path().join("content/zh-cn/docs");
    std::fs::write(p.path().join("secret.txt"), "TOP-SECRET-HOST-FILE").expect("write");
    std::os::unix::fs::symlink(p.path().join("secret.txt"), docs.join("p.txt")).expect("symlink");
    std::os::unix::fs::symlink("/etc/passwd", docs.join("passwd.txt")).expect("symlink");
    std::os::unix::fs::symlink("/etc", docs.join("etc")).expect("symlink");
    let r = build(p.path(), "site");
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let site = p.path().join("site");
    assert_eq!(any_file_contains(&site, b"TOP-SECRET-HOST-FILE"), None);
    assert_eq!(any_file_contains(&site, b"root:x:0:0"), None);
    assert!(tree(&site).iter().all(|(f, _)| !f.contains("passwd") && !f.contains("etc/")), "{:?}", tree(&site));
    let c = check(p.path());
    assert_eq!(rule_ids(&c.stdout).iter().filter(|r| *r == "symlink-outside-root").count(), 3, "{}", c.stdout);
}

#[cfg(unix)]
#[test]
fn symlink_loops_end() {
    let p = project(&[("zh-cn/docs/a.md", ARTICLE)]);
    let docs = p.path().join("content/zh-cn/docs");
    std::os::unix::fs::symlink("..", docs.join("up")).expect("symlink");
    std::os::unix::fs::symlink("loop-b.md", docs.join("loop-a.md")).expect("symlink");
    std::os::unix::fs::symlink("loop-a.md", docs.join("loop-b.md")).expect("symlink");
    assert_eq!(build(p.path(), "site").code, Some(0));
    let c = check(p.path());
    let ids = rule_ids(&c.stdout);
    assert!(ids.iter().any(|r| r == "symlink-loop"), "{}", c.stdout);
    assert_eq!(c.code, Some(1), "{}", c.stdout);
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(status.success());
}

#[cfg(unix)]
#[test]
fn a_fifo_among_the_pages_does_not_block() {
    let p = project(&[("zh-cn/docs/a.md", ARTICLE)]);
    mkfifo(&p.path().join("content/zh-cn/docs/fifo.md"));
    mkfifo(&p.path().join("content/zh-cn/docs/fifo.png"));
    assert_eq!(build(p.path(), "site").code, Some(0));
    let c = check(p.path());
    assert_eq!(rule_ids(&c.stdout).iter().filter(|r| *r == "not-regular-file").count(), 2, "{}", c.stdout);
}

#[cfg(unix)]
#[test]
#[ignore = "needs pipeline wiring: the include reader (site::render) reads through content::read_confined"]
fn a_fifo_as_include_target_does_not_block() {
    let mut md = ARTICLE.to_vec();
    md.extend_from_slice(b"\n[!INCLUDE [x](includes/fifo.md)]\n");
    let p = project(&[("zh-cn/docs/a.md", &md)]);
    std::fs::create_dir_all(p.path().join("content/zh-cn/docs/includes")).expect("mkdir");
    mkfifo(&p.path().join("content/zh-cn/docs/includes/fifo.md"));
    assert_eq!(build(p.path(), "site").code, Some(0));
    let c = check(p.path());
    assert!(rule_ids(&c.stdout).iter().any(|r| r == "not-regular-file"), "{}", c.stdout);
}

#[test]
fn traversal_in_includes_images_and_links_reads_nothing_outside() {
    std::fs::write(std::env::temp_dir().join("docloc-hostile-outside.md"), "OUTSIDE-THE-ROOT").ok();
    let mut md = ARTICLE.to_vec();
    for dest in [
        "../../../../etc/passwd",
        "/etc/passwd",
        "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "..\\..\\..\\..\\etc\\passwd",
        "../../../../../../../../../../tmp/docloc-hostile-outside.md",
    ] {
        md.extend_from_slice(format!("\n[!INCLUDE [x]({dest})]\n\n![i]({dest})\n\n[l]({dest})\n").as_bytes());
    }
    let p = project(&[("zh-cn/docs/a.md", &md), ("zh-cn/docs/TOC.yml", TOC)]);
    let r = build(p.path(), "site");
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let site = p.path().join("site");
    assert_eq!(any_file_contains(&site, b"root:x:0:0"), None);
    assert_eq!(any_file_contains(&site, b"OUTSIDE-THE-ROOT"), None);
    let c = check(p.path());
    assert_eq!(c.code, Some(1), "{}", c.stdout);
    let ids = rule_ids(&c.stdout);
    assert!(ids.iter().filter(|r| *r == "include-outside-root").count() >= 3, "{ids:?}");
    assert!(!c.stdout.contains("root:x:0:0"));
}

#[test]
#[ignore = "needs pipeline wiring: redirect source_path confinement in the model and site::out_dir::confine in the writer"]
fn a_traversal_redirect_writes_nothing_outside_and_fails_check() {
    let redirects = br#"{"redirections":[
        {"source_path":"../../../escaped/x.md","redirect_url":"/docs/a"},
        {"source_path":"/abs/y.md","redirect_url":"/docs/a"},
        {"source_path":"docs\\..\\..\\..\\..\\escaped2\\z.md","redirect_url":"/docs/a"}]}"#;
    let p = project(&[
        ("zh-cn/docs/a.md", ARTICLE),
        ("zh-cn/docs/TOC.yml", TOC),
        ("zh-cn/.openpublishing.redirection.json", redirects),
    ]);
    let r = docloc_in(p.path(), &["build", "--content", "content", "--out", "out/site", "--quiet"], LIMIT);
    assert!(r.code.is_some());
    for outside in ["escaped", "out/escaped", "escaped2", "abs"] {
        assert!(!p.path().join(outside).exists(), "{outside} was written");
    }
    assert!(!Path::new("/abs").exists());
    let c = check(p.path());
    assert_eq!(c.code, Some(1), "{}", c.stdout);
}

// --- script in content ----------------------------------------------------------------

/// Markdown, YAML page, TOC and redirect carrying script in every way the allow-list knows.
fn script_site() -> tempfile::TempDir {
    let mut md = ARTICLE.to_vec();
    md.extend_from_slice(
        br#"
<script>alert('md-script')</script>

Inline <img src="x.png" onerror="alert('md-onerror')"> and <a href="javascript:alert('md-js')">link</a>.

<iframe src="https://evil.example/frame"></iframe>

<div style="width: expression(alert('md-css'))">x</div>

[md link](javascript:alert('md-mdlink'))

<a href="jav&#x09;ascript:alert('md-entity')">e</a> <a href="data:text/html,<script>alert('md-data')</script>">d</a>
"#,
    );
    let faq = b"### YamlMime:FAQ\nmetadata:\n  title: FAQ page title\n  description: A description of the FAQ page for the test.\n  ms.date: 05/20/2021\ntitle: FAQ\nsummary: <script>alert('yml-script')</script>\nsections:\n- name: S\n  questions:\n  - question: Q\n    answer: <img src=x onerror=alert('yml-onerror')>\n";
    let toc = b"- name: A\n  href: a.md\n- name: Evil\n  href: javascript:alert('toc-js')\n";
    let redirects =
        br#"{"redirections":[{"source_path":"docs/old.md","redirect_url":"javascript:alert('redirect-js')"}]}"#;
    project(&[
        ("zh-cn/docs/a.md", &md),
        ("zh-cn/docs/faq.yml", faq),
        ("zh-cn/docs/TOC.yml", toc),
        ("zh-cn/.openpublishing.redirection.json", redirects),
    ])
}

const MARKERS: &[&str] = &[
    "md-script",
    "md-onerror",
    "md-js",
    "md-css",
    "md-mdlink",
    "md-entity",
    "md-data",
    "yml-script",
    "yml-onerror",
    "toc-js",
    "redirect-js",
    "evil.example",
];

#[test]
#[ignore = "needs pipeline wiring: sanitize::Cleaner in the renderer; unsafe_url on Markdown links, TOC hrefs and redirect targets"]
fn script_in_markdown_yaml_toc_and_redirects_is_not_published() {
    let p = script_site();
    let r = build(p.path(), "site");
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let site = p.path().join("site");
    for m in MARKERS {
        assert_eq!(any_file_contains(&site, m.as_bytes()), None, "{m} was published");
    }
}

#[test]
#[ignore = "needs pipeline wiring: checks report sanitize removals as unsafe-html"]
fn check_fails_on_unsafe_html() {
    let p = script_site();
    let c = check(p.path());
    assert_eq!(c.code, Some(1), "{}", c.stdout);
    let n = rule_ids(&c.stdout).iter().filter(|r| *r == "unsafe-html").count();
    assert!(n >= 10, "{n} unsafe-html findings: {}", c.stdout);
}

// --- size, depth, encoding, YAML ---------------------------------------------------------

#[test]
fn a_50_mb_article_builds() {
    let mut md = ARTICLE.to_vec();
    let para = "Partner Center 合作伙伴中心 *emphasis* and [a link](a.md#article) with `code`.\n\n";
    while md.len() < 50 * 1024 * 1024 {
        md.extend_from_slice(para.as_bytes());
    }
    let p = project(&[("zh-cn/docs/a.md", &md), ("zh-cn/docs/TOC.yml", TOC)]);
    let r =
        docloc_in(p.path(), &["build", "--content", "content", "--out", "site", "--quiet"], Duration::from_secs(600));
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let html = std::fs::metadata(p.path().join("site/zh-cn/docs/a/index.html")).map(|m| m.len()).unwrap_or(0);
    assert!(html > 50 * 1024 * 1024, "{html}");
}

#[test]
fn ten_thousand_deep_nesting_neither_overflows_nor_hangs() {
    let depth = 10_000;
    let mut lists = String::new();
    for i in 0..depth {
        lists.push_str(&"  ".repeat(i.min(400)));
        lists.push_str("- x\n");
    }
    let quotes = format!("{}deep\n", "> ".repeat(depth));
    let emphasis = format!("{}x{}\n", "*".repeat(depth), "*".repeat(depth));
    let links = format!("{}x{}\n", "[".repeat(depth), "](a.md)".repeat(depth));
    let html = format!("{}x{}\n", "<span>".repeat(depth), "</span>".repeat(depth));
    let mut toc = String::new();
    for i in 0..depth {
        toc.push_str(&format!("{}- name: n{i}\n{}  items:\n", "  ".repeat(i), "  ".repeat(i)));
    }
    let mut files: Vec<(String, Vec<u8>)> = vec![("zh-cn/docs/TOC.yml".into(), TOC.to_vec())];
    for (name, body) in [("lists", lists), ("quotes", quotes), ("emphasis", emphasis), ("links", links), ("html", html)]
    {
        let mut md = ARTICLE.to_vec();
        md.extend_from_slice(body.as_bytes());
        files.push((format!("zh-cn/docs/{name}.md"), md));
    }
    files.push(("zh-cn/deep/TOC.yml".into(), toc.into_bytes()));
    let refs: Vec<(&str, &[u8])> = files.iter().map(|(a, b)| (a.as_str(), b.as_slice())).collect();
    let p = project(&refs);
    assert_eq!(build(p.path(), "site").code, Some(0));
    let c = check(p.path());
    assert!(matches!(c.code, Some(0 | 1)), "{}", c.stderr);
}

#[test]
fn invalid_utf8_and_nul_bytes_are_diagnostics() {
    let p = project(&[
        ("zh-cn/docs/a.md", ARTICLE),
        ("zh-cn/docs/bad.md", b"# Bad \xff\xfe here\n"),
        ("zh-cn/docs/nul.md", b"# Nul \0 here\n"),
        ("zh-cn/docs/TOC.yml", b"- name: \xff\n  href: a.md\n"),
        ("zh-cn/docs/faq.yml", b"### YamlMime:FAQ\ntitle: \0\n"),
        ("zh-cn/.openpublishing.redirection.json", b"{\"redirections\": [\xff]}"),
    ]);
    assert_eq!(build(p.path(), "site").code, Some(0));
    let c = check(p.path());
    assert_eq!(c.code, Some(1));
    assert!(rule_ids(&c.stdout).iter().filter(|r| *r == "invalid-encoding").count() >= 4, "{}", c.stdout);
}

#[test]
fn yaml_bombs_and_duplicate_keys_end_quickly() {
    let bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n\
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n\
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n\
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n\
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n";
    let front = format!("---\ntitle: Bomb\n{bomb}---\n# Bomb\n");
    let toc =
        format!("- name: A\n  href: a.md\n  x:\n{}", bomb.lines().map(|l| format!("    {l}\n")).collect::<String>());
    let faq = format!(
        "### YamlMime:FAQ\nmetadata:\n  title: t\n{}\ntitle: FAQ\n",
        bomb.lines().map(|l| format!("  {l}\n")).collect::<String>()
    );
    let dup = b"---\ntitle: One title here\ntitle: Two title here\ndescription: d\ndescription: e\n---\n# Dup\n";
    let p = project(&[
        ("zh-cn/docs/a.md", ARTICLE),
        ("zh-cn/docs/bomb.md", front.as_bytes()),
        ("zh-cn/docs/faq.yml", faq.as_bytes()),
        ("zh-cn/docs/dup.md", dup),
        ("zh-cn/docs/TOC.yml", toc.as_bytes()),
    ]);
    let limit = Duration::from_secs(60);
    let r = docloc_in(p.path(), &["build", "--content", "content", "--out", "site", "--quiet"], limit);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let c = docloc_in(p.path(), &["check", "--content", "content", "--format", "json"], limit);
    assert!(rule_ids(&c.stdout).iter().any(|r| r == "duplicate-key"), "{}", c.stdout);
}

#[cfg(unix)]
#[test]
fn a_file_that_disappears_is_a_diagnostic() {
    // What the walk meets when a file is deleted under it: an entry whose target is gone.
    let p = project(&[("zh-cn/docs/a.md", ARTICLE)]);
    let gone = p.path().join("content/zh-cn/docs/gone.md");
    std::fs::write(&gone, "# gone").expect("write");
    std::os::unix::fs::symlink(&gone, p.path().join("content/zh-cn/docs/link.md")).expect("symlink");
    std::fs::remove_file(&gone).expect("rm");
    assert_eq!(build(p.path(), "site").code, Some(0));
    let c = check(p.path());
    assert!(rule_ids(&c.stdout).iter().any(|r| r == "read-error"), "{}", c.stdout);
}
