//! Benchmark of `docloc serve` and the build cache on the real five-locale corpus and a
//! scaled copy of it. Not a test: it asserts nothing, it prints.
//!
//! `cargo bench --bench serve` (`DOCLOC_BENCH_SCALES=1,10` by default, `DOCLOC_BENCH_EDITS=50`).
//! For each scale: the latency from saving a one-paragraph edit of an article to the
//! server answering with the rebuilt page (p50 and p95 over the edits, polled over HTTP
//! every millisecond), the same for a TOC entry (median), and the time the rebuild took
//! to finish its checks; then `docloc build` cold and with the cache after a one-file
//! change. The scaled copy repeats every locale's docset under new names
//! (`partner-center-2`, …) as hard links; edits replace files (write, then rename), so
//! the corpus itself is never written.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use docloc::project::ProjectOptions;
use docloc::serve::{self, ServeOptions};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

fn scaled(corpus: &Path, scale: usize, into: &Path) -> PathBuf {
    let root = into.join(format!("corpus-x{scale}"));
    for entry in walkdir::WalkDir::new(corpus).into_iter().flatten().filter(|e| e.file_type().is_file()) {
        let rel = entry.path().strip_prefix(corpus).unwrap_or(entry.path()).to_string_lossy().into_owned();
        for i in 1..=scale {
            let target = if i == 1 {
                rel.clone()
            } else {
                rel.replacen("/partner-center/", &format!("/partner-center-{i}/"), 1)
            };
            let dest = root.join(&target);
            if dest.exists() {
                continue;
            }
            if let Some(p) = dest.parent() {
                let _ = std::fs::create_dir_all(p);
            }
            if std::fs::hard_link(entry.path(), &dest).is_err() {
                let _ = std::fs::copy(entry.path(), &dest);
            }
        }
    }
    root
}

/// Replaces `path` with `text` (a new file renamed over it: a hard link is not written).
fn save(path: &Path, text: &str) {
    let tmp = path.with_extension("bench-tmp");
    std::fs::write(&tmp, text).expect("write");
    std::fs::rename(&tmp, path).expect("rename");
}

fn get(agent: &ureq::Agent, url: &str) -> String {
    match agent.get(url).call() {
        Ok(mut r) => r.body_mut().with_config().limit(64 << 20).read_to_string().unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// Time from now until `url` holds `marker`.
fn until_served(agent: &ureq::Agent, url: &str, marker: &str, started: Instant) -> Duration {
    loop {
        if get(agent, url).contains(marker) {
            return started.elapsed();
        }
        if started.elapsed() > Duration::from_secs(60) {
            return started.elapsed();
        }
        std::thread::sleep(Duration::from_millis(1));
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let corpus = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"));
    if !corpus.is_dir() {
        eprintln!("corpus not found at {}", corpus.display());
        return;
    }
    let edits: usize = std::env::var("DOCLOC_BENCH_EDITS").ok().and_then(|v| v.parse().ok()).unwrap_or(50);
    let scales: Vec<usize> = std::env::var("DOCLOC_BENCH_SCALES")
        .unwrap_or_else(|_| "1,10".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let tmp = match std::env::var_os("DOCLOC_BENCH_OUT") {
        Some(dir) => tempfile::tempdir_in(dir).expect("temp dir in DOCLOC_BENCH_OUT"),
        None => tempfile::tempdir().expect("temp dir"),
    };
    println!("threads: {}", rayon::current_num_threads());
    let today = chrono::NaiveDate::from_ymd_opt(2021, 9, 1).expect("date");
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    for scale in scales {
        let content = scaled(&corpus, scale, tmp.path());
        let article = content.join("zh-cn/partner-center/agreements.md");
        let original = std::fs::read_to_string(&article).expect("article");
        let toc = content.join("zh-cn/partner-center/TOC.yml");
        let toc_text = std::fs::read_to_string(&toc).expect("toc");

        let t = Instant::now();
        let running = serve::start(&ServeOptions {
            project: ProjectOptions { content: Some(content.clone()), ..ProjectOptions::default() },
            bind: "127.0.0.1".parse().expect("ip"),
            port: 0,
            verbose: false,
            today,
        })
        .expect("serve starts");
        let startup = t.elapsed();
        let base = format!("http://{}", running.addr());
        let page = format!("{base}/zh-cn/partner-center/agreements/");
        let mut latencies = Vec::new();
        let mut checked = Vec::new();
        for i in 0..edits {
            let marker = format!("Docloc bench paragraph {i}.");
            let started = Instant::now();
            save(&article, &format!("{original}\n\n{marker}\n"));
            latencies.push(until_served(&agent, &page, &marker, started));
            if let Some(r) = running.next_rebuild(Duration::from_secs(60)) {
                if let Ok(o) = r.outcome {
                    checked.push(o.total);
                }
            }
            while running.next_rebuild(Duration::from_millis(50)).is_some() {}
        }
        latencies.sort();
        checked.sort();
        let first = toc_text.lines().find_map(|l| l.trim().strip_prefix("- name: ")).unwrap_or("").to_string();
        let other = format!("{base}/zh-cn/partner-center/account-structure/");
        let mut toc_times = Vec::new();
        for i in 0..5 {
            let name = format!("Docloc TOC {i}");
            let started = Instant::now();
            save(&toc, &toc_text.replacen(&format!("- name: {first}"), &format!("- name: {name}"), 1));
            toc_times.push(until_served(&agent, &other, &name, started));
            while running.next_rebuild(Duration::from_millis(300)).is_some() {}
        }
        toc_times.sort();
        save(&toc, &toc_text);
        save(&article, &original);
        while running.next_rebuild(Duration::from_millis(500)).is_some() {}
        running.stop();
        println!(
            "serve x{scale}: started in {:.1} s; paragraph edit → page served: p50 {:.1} ms, p95 {:.1} ms over {edits} edits \
             (rebuild with checks p50 {:.0} ms); TOC edit → page served: median {:.1} ms",
            startup.as_secs_f64(),
            ms(percentile(&latencies, 0.5)),
            ms(percentile(&latencies, 0.95)),
            ms(percentile(&checked, 0.5)),
            ms(percentile(&toc_times, 0.5)),
        );

        // docloc build: cold, then cached after a one-file change.
        let out = tmp.path().join(format!("site-x{scale}"));
        let docloc = env!("CARGO_BIN_EXE_docloc");
        let run = |extra: &[&str]| {
            let t = Instant::now();
            let status = Command::new(docloc)
                .args(["build", "-q", "--content"])
                .arg(&content)
                .arg("--out")
                .arg(&out)
                .args(extra)
                .stderr(std::process::Stdio::null())
                .status()
                .expect("docloc runs");
            assert!(status.success(), "docloc build failed");
            t.elapsed()
        };
        let cold = run(&[]);
        run(&["--cache"]);
        save(&article, &format!("{original}\n\nOne more paragraph.\n"));
        let cached = run(&["--cache"]);
        save(&article, &original);
        println!(
            "build x{scale}: cold {:.2} s; cached after a one-file change {:.2} s",
            cold.as_secs_f64(),
            cached.as_secs_f64()
        );
    }
}
