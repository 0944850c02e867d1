//! Benchmark: the full `docloc parity` report (load, facts-only rendering, statuses,
//! cohorts, section diffs, structural checks, coverage) on the real five-locale corpus,
//! plus the same with segment checks on the bilingual sxs corpus; prints the fastest and
//! the median wall time of each and of both together. Not a test: it asserts nothing.
//!
//! `cargo bench --bench parity` (`DOCLOC_BENCH_RUNS=9` for more runs).

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use docloc::parity::{output, ParityOptions, Report};
use docloc::project::{Project, ProjectOptions};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn run(content: &Path, segments: bool) -> (Duration, usize) {
    let started = Instant::now();
    let project = Project::load(&ProjectOptions { content: Some(content.to_path_buf()), ..ProjectOptions::default() })
        .expect("project loads");
    let report = Report::build(&project, &ParityOptions { segments, ..ParityOptions::default() }).expect("report");
    let json = output::json(&report);
    let elapsed = started.elapsed();
    // As the command line does: the process would end here.
    std::mem::forget((project, report));
    (elapsed, json.len())
}

fn main() {
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared"));
    let (corpus, sxs) = (root.join("corpus"), root.join("corpus-sxs"));
    if !corpus.is_dir() || !sxs.is_dir() {
        eprintln!("corpora not found under {}", root.display());
        return;
    }
    let runs: usize = std::env::var("DOCLOC_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(5).max(1);
    let threads = rayon::current_num_threads();
    let mut a = Vec::new();
    let mut b = Vec::new();
    let mut both = Vec::new();
    let mut bytes = (0, 0);
    for _ in 0..runs {
        let (ta, na) = run(&corpus, false);
        let (tb, nb) = run(&sxs, true);
        bytes = (na, nb);
        a.push(ta);
        b.push(tb);
        both.push(ta + tb);
    }
    let stats = |mut v: Vec<Duration>| {
        v.sort();
        (v[0].as_secs_f64(), v[v.len() / 2].as_secs_f64())
    };
    for (name, v, n) in [("corpus", a, bytes.0), ("corpus-sxs --segments", b, bytes.1)] {
        let (min, median) = stats(v);
        println!("parity {name:<22} fastest {min:.3} s, median {median:.3} s ({runs} runs, {threads} threads, JSON {n} bytes)");
    }
    let (min, median) = stats(both);
    println!("parity both                   fastest {min:.3} s, median {median:.3} s");
}
