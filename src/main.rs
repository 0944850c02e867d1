//! The `docloc` command line: parses arguments, calls the library, maps the outcome to
//! an exit code (0 ok, 1 findings, 2 usage or config error).

/// mimalloc: measurably faster than the system allocator for rendering's many small strings.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Args, Parser, Subcommand, ValueEnum};
use docloc::analysis::{analyze, AnalyzeOptions};
use docloc::checks;
use docloc::config::RuleLevel;
use docloc::diagnostic::{Diagnostic, Rule, Severity};
use docloc::external::{check_external, ExternalOptions, ExternalTarget};
use docloc::project::{Project, ProjectOptions};
use docloc::report::{self, EmitOptions, Format, Report};
use docloc::site::build::{build_to_folder, BuildOptions};
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
}

fn project_options(a: &SiteArgs) -> ProjectOptions {
    ProjectOptions { content: a.content.clone(), config: a.config.clone(), locales: a.locales.clone() }
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
    let (analysis, summary) = match build_to_folder(&project, &out, &BuildOptions { progress, today: today() }) {
        Ok(r) => r,
        Err(e) => return usage_error(e),
    };
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
    let mut findings = analyze(&project, &AnalyzeOptions { html: false, today: today() });
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

fn main() -> ExitCode {
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
    }
}
