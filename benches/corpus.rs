//! Benchmark: build and check the real five-locale corpus (and scaled copies of it),
//! printing pages/second, wall time and peak memory. Not a test: it asserts nothing.
//!
//! `cargo bench --bench corpus` (set `DOCLOC_BENCH_SCALES=1,3` for scaled copies,
//! `DOCLOC_BENCH_RUNS=5` for more runs, `DOCLOC_BENCH_OUT=/dev/shm` to write the built site
//! to another file system than the system temp folder). When `lychee` is on the PATH, it is
//! timed with `--offline --include-fragments --root-dir SITE` over the built site's HTML in
//! the same run (median of the same number of runs), next to `check`. It also prints each
//! locale's search index (pages, index bytes, whole bundle bytes) and the build time search
//! adds: the same builds with `search = false`, medians compared.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use docloc::analysis::{analyze, AnalyzeOptions};
use docloc::project::{Project, ProjectOptions};
use docloc::site::build::{build_to_folder, BuildOptions};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn peak_rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb: f64 = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0);
    kb / 1024.0
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// A copy of the corpus with every locale repeated `scale` times under other docset
/// names (`partner-center`, `partner-center-2`, …), so links and TOCs stay valid.
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
            if let Some(p) = dest.parent() {
                let _ = std::fs::create_dir_all(p);
            }
            let _ = std::fs::copy(entry.path(), &dest);
        }
    }
    root
}

fn main() {
    let corpus = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"));
    if !corpus.is_dir() {
        eprintln!("corpus not found at {}", corpus.display());
        return;
    }
    let runs: usize = std::env::var("DOCLOC_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(5);
    let scales: Vec<usize> = std::env::var("DOCLOC_BENCH_SCALES")
        .unwrap_or_else(|_| "1".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let tmp = match std::env::var_os("DOCLOC_BENCH_OUT") {
        Some(dir) => tempfile::tempdir_in(dir).expect("temp dir in DOCLOC_BENCH_OUT"),
        None => tempfile::tempdir().expect("temp dir"),
    };
    println!("output under {}", tmp.path().display());
    println!("threads: {}", rayon::current_num_threads());
    for scale in scales {
        let content = if scale == 1 { corpus.clone() } else { scaled(&corpus, scale, tmp.path()) };
        let out = tmp.path().join(format!("site-x{scale}"));
        let opts = ProjectOptions { content: Some(content.clone()), ..ProjectOptions::default() };
        let today = chrono::NaiveDate::from_ymd_opt(2021, 9, 1).expect("date");
        let mut build_times = Vec::new();
        let mut check_times = Vec::new();
        let mut unsearched_times = Vec::new();
        let mut pages = 0;
        let mut search = Vec::new();
        let mut search_times = Vec::new();
        // Checks first, then builds: the disk writing back a just-built site would
        // otherwise slow the check that follows it.
        for _ in 0..runs {
            let t = Instant::now();
            let project = Project::load(&opts).expect("load");
            let findings = analyze(&project, &AnalyzeOptions { produce: docloc::markdown::Produce::FACTS, today });
            check_times.push(t.elapsed());
            std::hint::black_box(findings.diagnostics.len());
        }
        for _ in 0..runs {
            let t = Instant::now();
            let project = Project::load(&opts).expect("load");
            let (_, summary) =
                build_to_folder(&project, &out, &BuildOptions { progress: false, today, force: false }).expect("build");
            build_times.push(t.elapsed());
            pages = summary.locales.iter().map(|l| l.pages + l.fallbacks).sum::<usize>();
            search_times.push(summary.search_time);
            search = summary.search;
        }
        for _ in 0..runs {
            let t = Instant::now();
            let mut project = Project::load(&opts).expect("load");
            project.config.search = false;
            build_to_folder(&project, &out, &BuildOptions { progress: false, today, force: false }).expect("build");
            unsearched_times.push(t.elapsed());
        }
        let (b_min, c_min) = (build_times.iter().min().copied(), check_times.iter().min().copied());
        let b = median(build_times);
        let c = median(check_times);
        println!(
            "corpus x{scale}: build {pages} pages in {:.3} s (median of {runs}, fastest {:.3} s) = {:.0} pages/s; check {:.3} s (fastest {:.3} s); peak RSS {:.0} MiB",
            b.as_secs_f64(),
            b_min.unwrap_or_default().as_secs_f64(),
            pages as f64 / b.as_secs_f64(),
            c.as_secs_f64(),
            c_min.unwrap_or_default().as_secs_f64(),
            peak_rss_mib()
        );
        let without = median(unsearched_times);
        println!(
            "corpus x{scale}: search adds {:.3} s to the build ({:.3} s without it, median of {runs}); indexing after the last page {:.3} s",
            b.as_secs_f64() - without.as_secs_f64(),
            without.as_secs_f64(),
            median(search_times).as_secs_f64()
        );
        for s in &search {
            println!(
                "  search index {}: {} pages, index {:.1} KiB, bundle {:.1} KiB in {} files",
                s.locale,
                s.pages,
                s.index_bytes as f64 / 1024.0,
                s.bundle_bytes as f64 / 1024.0,
                s.files
            );
        }
        if scale == 1 && std::process::Command::new("lychee").arg("--version").output().is_ok() {
            let mut times = Vec::new();
            let mut status = None;
            for _ in 0..runs {
                let t = Instant::now();
                status = std::process::Command::new("lychee")
                    .args(["--offline", "--include-fragments", "--no-progress", "--root-dir"])
                    .arg(&out)
                    .arg(out.join("**/*.html"))
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::null())
                    .status()
                    .ok();
                times.push(t.elapsed());
            }
            let l = median(times);
            println!(
                "lychee --offline --include-fragments over the built HTML: {:.3} s (median of {runs}, exit {:?}); check is {:.1}x faster",
                l.as_secs_f64(),
                status.and_then(|s| s.code()),
                l.as_secs_f64() / c.as_secs_f64()
            );
        }
    }
}
