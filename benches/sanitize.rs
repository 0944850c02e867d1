//! Benchmark: the cost of the raw-HTML allow-list on the real corpora, per page. Not a
//! test: it asserts nothing.
//!
//! `cargo bench --bench sanitize`. For every Markdown page of `../shared/corpus` and
//! `../shared/corpus-sxs` it collects the raw HTML pieces (pulldown-cmark `Html` and
//! `InlineHtml` events of the DocFX-prepared text, as the renderer meets them), then times
//! cleaning them all with [`docloc::sanitize::Cleaner`] (fastest of `DOCLOC_BENCH_RUNS`,
//! default 5) next to pulldown-cmark's own parse of the same pages, and prints µs per page.

use docloc::sanitize::{Cleaner, HtmlPolicy};
use pulldown_cmark::{Event, Options, Parser, Tag};
use std::path::Path;
use std::time::{Duration, Instant};

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
}

/// Prepared Markdown of every page, and its runs of raw HTML pieces.
fn pages(root: &Path) -> Vec<(String, Vec<Vec<String>>)> {
    let mut files: Vec<_> = walkdir::WalkDir::new(root)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.into_path())
        .collect();
    files.sort();
    files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .map(|text| {
            let body = docloc::content::front_matter::split(&text, "x").map_or(0, |s| s.body);
            let prepared = docloc::markdown::docfx::prepare(&text, body).text;
            let mut runs = Vec::new();
            let mut run = Vec::new();
            for e in Parser::new_ext(&prepared, options()) {
                match e {
                    Event::Html(h) | Event::InlineHtml(h) => run.push(h.to_string()),
                    Event::Start(Tag::HtmlBlock) => {}
                    _ if !run.is_empty() => runs.push(std::mem::take(&mut run)),
                    _ => {}
                }
            }
            if !run.is_empty() {
                runs.push(run);
            }
            (prepared, runs)
        })
        .collect()
}

fn fastest(runs: usize, mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut out = 0;
    for _ in 0..runs {
        let t = Instant::now();
        out = std::hint::black_box(f());
        best = best.min(t.elapsed());
    }
    (best, out)
}

fn main() {
    let runs: usize = std::env::var("DOCLOC_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(5);
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let policy = HtmlPolicy::default();
    for name in ["corpus", "corpus-sxs"] {
        let pages = pages(&shared.join(name));
        let pieces: usize = pages.iter().flat_map(|(_, r)| r).map(Vec::len).sum();
        let (clean, removed) = fastest(runs, || {
            let mut removed = 0;
            for (_, page) in &pages {
                let mut cleaner = Cleaner::new(&policy);
                for run in page {
                    for piece in run {
                        removed += cleaner.clean(piece).removed.len();
                    }
                    removed += cleaner.flush().removed.len();
                }
            }
            removed
        });
        let (parse, events) = fastest(runs, || pages.iter().map(|(t, _)| Parser::new_ext(t, options()).count()).sum());
        let per_page = |d: Duration| d.as_secs_f64() * 1e6 / pages.len().max(1) as f64;
        println!(
            "{name}: {} pages, {pieces} raw HTML pieces, {removed} removals; clean {:.2} µs/page ({:.1} ms), \
             pulldown-cmark parse {:.2} µs/page ({events} events)",
            pages.len(),
            per_page(clean),
            clean.as_secs_f64() * 1e3,
            per_page(parse),
        );
    }
}
