//! The `docloc` command line: parses arguments, calls the library, maps the outcome to
//! an exit code (0 ok, 1 findings, 2 usage or config error).

/// mimalloc: measurably faster than the system allocator for rendering's many small strings.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (`mimalloc.h`, `enum mi_option_e`: the option after
/// `mi_option_deprecated_eager_commit_delay` = 14 and before `mi_option_use_numa_nodes`,
/// which libmimalloc-sys names, = 16).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// How long mimalloc keeps memory freed whole before it goes back to the OS, in
/// milliseconds (mimalloc's default is 10). A page's text, events and HTML are freed once
/// it is written: a plain build of the corpus x50 peaked 7–8% lower (1,825,048 → 1,681,748
/// KB of RSS, `/usr/bin/time`), and x1 and x10 took the same time in alternating runs.
const PURGE_DELAY_MS: std::os::raw::c_long = 3;

/// Sets mimalloc's options, before anything large is allocated.
fn tune_allocator() {
    // SAFETY: `mi_option_set` only stores an option's value; mimalloc reads it on its
    // next purge. No pointer is passed.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) }
}

use clap::{Args, Parser, Subcommand, ValueEnum};
use docloc::analysis::{analyze, analyze_with, AnalyzeOptions};
use docloc::cache::disk;
use docloc::checks;
use docloc::config::RuleLevel;
use docloc::diagnostic::{Diagnostic, Rule, Severity};
use docloc::external::{check_external, ExternalOptions, ExternalTarget};
use docloc::markdown::Produce;
use docloc::project::{Project, ProjectOptions};
use docloc::report::{self, EmitOptions, Format, Report};
use docloc::site::build::{build_to_folder_with, BuildOptions, SiteMemo};
use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Build, check and report on localized DocFX documentation.
#[derive(Parser)]
#[command(name = "docloc", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the localized site (default: content/ → public/).
    Build(BuildArgs),
    /// Validate links, bookmarks, images, includes, TOCs, redirects and front matter; writes nothing.
    Check(CheckArgs),
    /// Report where every translation stands: missing, stale (down to the section), structurally broken.
    Parity(ParityArgs),
    /// Build into memory, serve over HTTP and rebuild what each saved change affects, with live reload.
    Serve(ServeArgs),
}

#[derive(Args)]
struct ServeArgs {
    #[command(flatten)]
    site: SiteArgs,
    /// Port to listen on (0: any free port).
    #[arg(long, default_value_t = 1111)]
    port: u16,
    /// Address to bind; the default serves this machine only.
    #[arg(long, default_value = "127.0.0.1")]
    bind: std::net::IpAddr,
    /// Open the site in the default browser.
    #[arg(long)]
    open: bool,
}

#[derive(Args, Clone)]
struct SiteArgs {
    /// Content root holding one folder per locale (default: `content_dir` of docloc.toml, `content/`).
    #[arg(long, value_name = "DIR")]
    content: Option<PathBuf>,
    /// Only these locales (repeatable).
    #[arg(long = "locale", value_name = "L")]
    locales: Vec<String>,
    /// Config file (default: docloc.toml in or beside the content root).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
}

#[derive(Args)]
struct BuildArgs {
    #[command(flatten)]
    site: SiteArgs,
    /// Output folder, replaced as a whole (default: `output_dir` of docloc.toml, `public/`).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Exit 1 when any error-level diagnostic is found (the site is still written).
    #[arg(long)]
    strict: bool,
    /// Do not list diagnostics, only the summary.
    #[arg(long, short)]
    quiet: bool,
    /// Replace `--out` even when it is a non-empty folder docloc did not build (no
    /// `.docloc-site` stamp). Never allows the content root or a folder holding it.
    #[arg(long)]
    force: bool,
    /// Keep a build cache, so the next build redoes only what changed (`--cache` alone:
    /// `.docloc-cache` beside the output folder). Without it the build writes nothing
    /// outside `--out`.
    #[arg(long, value_name = "DIR", num_args = 0..=1)]
    cache: Option<Option<PathBuf>>,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Human,
    Json,
    Sarif,
    Github,
}

#[derive(Args)]
struct CheckArgs {
    #[command(flatten)]
    site: SiteArgs,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: FormatArg,
    /// `--deny warnings` makes warnings fail the check.
    #[arg(long, value_name = "warnings")]
    deny: Option<String>,
    /// Rule severity override, e.g. `--rule toc-orphan=allow` (allow|info|warn|deny); repeatable.
    #[arg(long = "rule", value_name = "ID=LEVEL")]
    rules: Vec<String>,
    /// Fetch external http(s) links (bounded concurrency, cached in `.docloc-cache/external.json`).
    #[arg(long)]
    external: bool,
    /// Per-request timeout for `--external`, in seconds.
    #[arg(long, default_value_t = 10)]
    timeout: u64,
    /// Simultaneous requests for `--external`.
    #[arg(long, default_value_t = 8)]
    max_concurrency: usize,
    /// Keep a cache of each page's facts, so the next check redoes only what changed
    /// (`--cache` alone: `.docloc-cache` beside the content root).
    #[arg(long, value_name = "DIR", num_args = 0..=1)]
    cache: Option<Option<PathBuf>>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ParityFormat {
    Table,
    Json,
    Csv,
    Html,
}

#[derive(Args)]
struct ParityArgs {
    #[command(flatten)]
    site: SiteArgs,
    /// Source locale to compare against (default: `source_locale` of docloc.toml, used when its folder exists).
    #[arg(long, value_name = "LOCALE")]
    source: Option<String>,
    /// Output format (`html` writes a dashboard folder and needs `--out DIR`).
    #[arg(long, value_enum, default_value = "table")]
    format: ParityFormat,
    /// Write the report to FILE (table, json, csv) or the dashboard into DIR (html).
    #[arg(long, value_name = "FILE|DIR")]
    out: Option<PathBuf>,
    /// Exit 1 when a reported locale covers less than PCT percent of the words of the newest versions.
    #[arg(long, value_name = "PCT")]
    min_coverage: Option<f64>,
    /// Exit 1 when more than PCT percent of a reported locale's tracked words are stale.
    #[arg(long, value_name = "PCT")]
    max_stale: Option<f64>,
    /// Only articles whose id (`partner-center/agreements`) or file matches this glob.
    #[arg(long, value_name = "GLOB")]
    article: Option<String>,
    /// Check bilingual (sxs) segments; with `--format csv`, one row per segment finding.
    #[arg(long)]
    segments: bool,
}

fn project_options(a: &SiteArgs) -> ProjectOptions {
    ProjectOptions {
        content: a.content.clone(),
        config: a.config.clone(),
        locales: a.locales.clone(),
        keep_texts: false,
    }
}

fn usage_error(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("error: {msg}");
    ExitCode::from(2)
}

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn run_build(args: BuildArgs) -> ExitCode {
    let started = std::time::Instant::now();
    let project = match Project::load(&project_options(&args.site)) {
        Ok(p) => p,
        Err(e) => return usage_error(e),
    };
    let out = args.out.unwrap_or_else(|| project.root_dir.join(&project.config.output_dir));
    let progress = std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
    let cache_file =
        args.cache.as_ref().map(|dir| dir.clone().unwrap_or_else(|| disk::default_dir(&out)).join("build.bin"));
    let mut cache = cache_file.as_ref().map(|f| {
        let (mut cache, why) = disk::load(f);
        if let Some(why) = why {
            eprintln!("note: {why}; building without it");
        }
        cache.begin(&project, Some(&out));
        cache
    });
    let memo = cache.as_ref().map(|c| c as &dyn SiteMemo);
    let (mut analysis, summary) =
        match build_to_folder_with(&project, &out, &BuildOptions { progress, today: today(), force: args.force }, memo)
        {
            Ok(r) => r,
            Err(e) => return usage_error(e),
        };
    if let (Some(cache), Some(file)) = (cache.as_mut(), cache_file.as_ref()) {
        cache.absorb(&analysis.model, std::mem::take(&mut analysis.rendered), true);
        cache.stamp_outputs(&out);
        if let Err(e) = disk::save(cache, file) {
            eprintln!("warning: cannot write the build cache {}: {e}", file.display());
        }
    }
    let counts = report::summary(&analysis.diagnostics);
    if !args.quiet {
        // Errors and warnings are listed with their severity; infos only counted (`docloc
        // check` lists them). The closing line counts the same list.
        let shown: Vec<Diagnostic> =
            analysis.diagnostics.iter().filter(|d| d.severity > Severity::Info).cloned().collect();
        if !shown.is_empty() {
            let report = Report { diagnostics: shown, external_links: Vec::new(), files_checked: 0 };
            let opts = EmitOptions {
                content_root: project.content_dir.clone(),
                color: std::io::stderr().is_terminal(),
                omit_totals: true,
            };
            let _ = report::emitter(Format::Human).emit(&mut std::io::stderr(), &report, &opts);
        }
    }
    let pages: usize = summary.locales.iter().map(|l| l.pages + l.fallbacks).sum();
    let fallbacks: usize = summary.locales.iter().map(|l| l.fallbacks).sum();
    let per_locale: Vec<String> =
        summary.locales.iter().map(|l| format!("{} {}", l.locale, thousands(l.pages + l.fallbacks))).collect();
    let infos = if counts.infos > 0 && !args.quiet { " (infos not listed: see `docloc check`)" } else { "" };
    eprintln!(
        "Built {} pages ({}; {} fallbacks), {} redirects, {} assets into {} — {} errors, {} warnings, {} infos{infos} in {:.2}s",
        thousands(pages),
        per_locale.join(", "),
        thousands(fallbacks),
        thousands(summary.redirects),
        thousands(summary.assets),
        out.display(),
        thousands(counts.errors),
        thousands(counts.warnings),
        thousands(counts.infos),
        started.elapsed().as_secs_f64()
    );
    // The process ends here: let the OS reclaim the corpus instead of freeing it piece by piece.
    std::mem::forget(analysis);
    std::mem::forget(project);
    if args.strict && counts.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn run_check(args: CheckArgs) -> ExitCode {
    let deny_warnings = match args.deny.as_deref() {
        None => false,
        Some("warnings") => true,
        Some(other) => return usage_error(format!("--deny takes `warnings`, not `{other}`")),
    };
    let mut levels: BTreeMap<Rule, RuleLevel> = BTreeMap::new();
    for r in &args.rules {
        let Some((id, level)) = r.split_once('=') else {
            return usage_error(format!("--rule takes ID=LEVEL, got `{r}`"));
        };
        let Some(rule) = Rule::from_id(id) else { return usage_error(format!("unknown rule id `{id}`")) };
        let Some(level) = RuleLevel::parse(level) else {
            return usage_error(format!("unknown level `{level}` (allow|info|warn|deny)"));
        };
        levels.insert(rule, level);
    }
    let project = match Project::load(&project_options(&args.site)) {
        Ok(p) => p,
        Err(e) => return usage_error(e),
    };
    let analyze_opts = AnalyzeOptions { produce: Produce::FACTS, today: today() };
    let mut findings = match &args.cache {
        None => analyze(&project, &analyze_opts),
        Some(dir) => {
            let dir = dir.clone().unwrap_or_else(|| disk::default_dir(&project.content_dir));
            let file = dir.join("check.bin");
            let (mut cache, why) = disk::load(&file);
            if let Some(why) = why {
                eprintln!("note: {why}; checking without it");
            }
            cache.begin(&project, None);
            let mut findings = analyze_with(&project, &analyze_opts, &cache);
            cache.absorb(&findings.model, std::mem::take(&mut findings.rendered), false);
            if let Err(e) = disk::save(&cache, &file) {
                eprintln!("warning: cannot write the check cache {}: {e}", file.display());
            }
            findings
        }
    };
    if args.external {
        let mut targets: BTreeMap<String, ExternalTarget> = BTreeMap::new();
        for l in &findings.external_links {
            targets
                .entry(l.url.clone())
                .or_insert_with(|| ExternalTarget { url: l.url.clone(), spans: Vec::new() })
                .spans
                .push(l.span.clone());
        }
        let targets: Vec<ExternalTarget> = targets.into_values().collect();
        let opts = ExternalOptions {
            concurrency: args.max_concurrency.max(1),
            timeout: std::time::Duration::from_secs(args.timeout.max(1)),
            cache_path: Some(project.root_dir.join(".docloc-cache/external.json")),
            ..ExternalOptions::default()
        };
        let outcome = check_external(&targets, &opts);
        findings.diagnostics.extend(outcome.diagnostics);
        docloc::diagnostic::sort_and_dedup(&mut findings.diagnostics);
    }
    checks::apply_levels(&mut findings.diagnostics, &levels);
    let report = Report {
        diagnostics: std::mem::take(&mut findings.diagnostics),
        external_links: std::mem::take(&mut findings.external_links),
        files_checked: project.content.files_seen,
    };
    // Freeing every page's facts takes a while and nothing waits for it.
    std::mem::forget(findings);
    let format = match args.format {
        FormatArg::Human => Format::Human,
        FormatArg::Json => Format::Json,
        FormatArg::Sarif => Format::Sarif,
        FormatArg::Github => Format::Github,
    };
    let opts = EmitOptions {
        content_root: project.content_dir.clone(),
        color: std::io::stdout().is_terminal(),
        omit_totals: false,
    };
    // Buffered: stdout alone is line-buffered, one write per line of a large report.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    if let Err(e) = report::emitter(format).emit(&mut out, &report, &opts).and_then(|()| out.flush()) {
        return usage_error(format!("cannot write the report: {e}"));
    }
    let counts = report::summary(&report.diagnostics);
    // The process ends here: let the OS reclaim the corpus instead of freeing it piece by piece.
    std::mem::forget((project, report));
    if counts.errors > 0 || (deny_warnings && counts.warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn run_parity(args: ParityArgs) -> ExitCode {
    use docloc::parity::{self, output, ParityOptions};
    // Every locale is loaded so cohorts rank over all of them; `--locale` picks the columns.
    // It reads every page's text again (word counts, segments), so it holds them.
    let load = ProjectOptions { locales: Vec::new(), keep_texts: true, ..project_options(&args.site) };
    let project = match Project::load(&load) {
        Ok(p) => p,
        Err(e) => return usage_error(e),
    };
    let opts = ParityOptions {
        source: args.source.clone(),
        locales: args.site.locales.clone(),
        article: args.article.clone(),
        segments: args.segments,
    };
    let report = match parity::Report::build(&project, &opts) {
        Ok(r) => r,
        Err(e) => return usage_error(e),
    };
    let written = match args.format {
        ParityFormat::Html => {
            let Some(dir) = &args.out else { return usage_error("--format html needs --out DIR") };
            parity::dashboard_files(&report).into_iter().try_for_each(|(rel, bytes)| {
                let path = dir.join(rel);
                path.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| std::fs::write(&path, bytes))
            })
        }
        format => {
            let text = match format {
                ParityFormat::Json => output::json(&report),
                ParityFormat::Csv if args.segments => output::segments_csv(&report),
                ParityFormat::Csv => output::csv(&report),
                _ => output::table(&report),
            };
            match &args.out {
                Some(file) => std::fs::write(file, text),
                None => std::io::stdout().lock().write_all(text.as_bytes()),
            }
        }
    };
    // A closed pipe (`docloc parity | head`) is the reader's choice, not an error.
    if let Err(e) = written.or_else(|e| if e.kind() == std::io::ErrorKind::BrokenPipe { Ok(()) } else { Err(e) }) {
        return usage_error(format!("cannot write the report: {e}"));
    }
    let mut failed = false;
    for s in &report.summary {
        if let Some(min) = args.min_coverage.filter(|&min| s.coverage_words_pct < min) {
            eprintln!("{}: coverage {:.1}% of words is below --min-coverage {min}", s.locale, s.coverage_words_pct);
            failed = true;
        }
        if let Some(max) = args.max_stale.filter(|&max| s.stale_words_pct > max) {
            eprintln!("{}: {:.1}% of words stale is above --max-stale {max}", s.locale, s.stale_words_pct);
            failed = true;
        }
    }
    std::mem::forget((report, project));
    ExitCode::from(u8::from(failed))
}

fn run_serve(args: ServeArgs) -> ExitCode {
    let opts = docloc::serve::ServeOptions {
        project: project_options(&args.site),
        bind: args.bind,
        port: args.port,
        verbose: true,
        today: today(),
    };
    match docloc::serve::run(&opts, args.open) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => usage_error(e),
    }
}

fn main() -> ExitCode {
    tune_allocator();
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Build(a) => run_build(a),
        Command::Check(a) => run_check(a),
        Command::Parity(a) => run_parity(a),
        Command::Serve(a) => run_serve(a),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_purge_delay_is_set_on_the_option_mimalloc_reads() {
        assert_eq!(MI_OPTION_PURGE_DELAY + 1, libmimalloc_sys::mi_option_use_numa_nodes);
        tune_allocator();
        // SAFETY: reads one option's value.
        assert_eq!(unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) }, PURGE_DELAY_MS);
    }
}
