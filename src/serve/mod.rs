//! `docloc serve`: the site built into memory and served over HTTP, rebuilt when its
//! files change, with live reload in every open browser.
//!
//! The top of the pipeline. [`start`] loads the project, builds it ([`site`], through
//! the build cache in memory), serves it ([`http`], axum on tokio, loopback by default)
//! and watches the content root, the template and UI string folders and the config file
//! ([`watch`], notify with a short debounce). Each batch of changes is one rebuild: the
//! changed files are loaded again, the whole build runs through the cache, which renders
//! and fills only the pages whose inputs changed, and the new site is published before
//! the checks finish; then the browsers reload and the terminal prints one line. Every
//! page served is what `docloc build` writes for the same content, apart from the
//! live-reload script; the diagnostics are `docloc build`'s.

pub mod http;
pub mod site;
mod watch;

use crate::diagnostic::{Diagnostic, Severity};
use crate::hash::HashSet;
use crate::project::ProjectOptions;
use chrono::NaiveDate;
use http::{AppState, LiveState};
use site::{Engine, Outcome, Reload};
use std::collections::BTreeSet;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::mpsc;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

/// What to serve and where.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The project (content root, config, `--locale`).
    pub project: ProjectOptions,
    /// Address to bind (default loopback, `127.0.0.1`).
    pub bind: IpAddr,
    /// Port; 0 picks a free one (see [`Running::addr`]).
    pub port: u16,
    /// Print one line per rebuild and the new diagnostics to stderr.
    pub verbose: bool,
    /// Today's date for date checks.
    pub today: NaiveDate,
}

/// Errors that stop `serve` from starting.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The project does not load.
    #[error(transparent)]
    Project(#[from] crate::project::Error),
    /// The first build failed (theme, writing).
    #[error(transparent)]
    Site(#[from] crate::site::Error),
    /// The address cannot be bound, or the watcher or runtime cannot start.
    #[error("cannot serve: {0}")]
    Io(#[from] std::io::Error),
}

/// What one rebuild did, as the terminal line says it.
#[derive(Debug, Clone)]
pub struct Rebuild {
    /// Paths (relative to the content root where they are under it) that changed.
    pub changed: Vec<String>,
    /// The outcome, or why the rebuild failed (the previous site is still served).
    pub outcome: Result<Outcome, String>,
}

impl Rebuild {
    /// Page and redirect files made again (filled into their templates).
    pub fn pages_rebuilt(&self) -> usize {
        self.outcome.as_ref().map_or(0, |o| o.stats.filled)
    }
}

/// A running server.
pub struct Running {
    addr: SocketAddr,
    rebuilds: mpsc::Receiver<Rebuild>,
    diagnostics: Arc<Mutex<Vec<Diagnostic>>>,
    state: Arc<AppState>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    server: Option<std::thread::JoinHandle<()>>,
    _watcher: watch::Watcher,
}

impl Running {
    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The next rebuild, waiting at most `timeout`.
    pub fn next_rebuild(&self, timeout: Duration) -> Option<Rebuild> {
        self.rebuilds.recv_timeout(timeout).ok()
    }

    /// The diagnostics of the last successful rebuild.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        self.diagnostics.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Every path of the served site.
    pub fn paths(&self) -> Vec<String> {
        self.state.site.read().unwrap_or_else(|p| p.into_inner()).keys().cloned().collect()
    }

    /// Stops the server (what Ctrl-C does) and waits for it.
    pub fn stop(mut self) {
        self.shutdown();
    }

    /// Waits until Ctrl-C, then stops.
    pub fn wait_for_ctrl_c(mut self) {
        if let Some(server) = self.server.take() {
            let _ = server.join();
        }
    }

    fn shutdown(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(server) = self.server.take() {
            let _ = server.join();
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// The errors to show in the browsers: errors now present that the first build did not
/// have (what the edits broke), and a failed rebuild's reason, as JSON.
fn overlay_json(diags: &[Diagnostic], baseline: &HashSet<String>, failure: Option<&str>) -> Arc<str> {
    let mut list: Vec<serde_json::Value> = Vec::new();
    if let Some(f) = failure {
        list.push(serde_json::json!({"location": "", "rule": "build-failed", "message": f, "hint": null}));
    }
    for d in diags.iter().filter(|d| d.severity == Severity::Error && !baseline.contains(&identity(d))) {
        let location = d.span.as_ref().map(|s| format!("{}:{}:{}", s.path, s.line, s.column)).unwrap_or_default();
        list.push(serde_json::json!({"location": location, "rule": d.rule.id(), "message": d.message, "hint": d.hint}));
    }
    Arc::from(serde_json::Value::Array(list).to_string())
}

fn identity(d: &Diagnostic) -> String {
    format!("{}|{:?}|{}", d.rule.id(), d.span, d.message)
}

/// Builds the project, starts serving it on `opts.bind:opts.port` and watches its files.
///
/// Errors: the project does not load, the first build fails, the address cannot be
/// bound or the watcher cannot start.
pub fn start(opts: &ServeOptions) -> Result<Running, Error> {
    let mut engine = Engine::open(&opts.project, opts.today)?;
    let (live_tx, live_rx) = tokio::sync::watch::channel(LiveState::default());
    let state = Arc::new(AppState {
        site: RwLock::new(Arc::new(Default::default())),
        live: live_rx,
        base_path: engine.project.config.base_path(),
    });
    let first = {
        let state = Arc::clone(&state);
        engine.build(&mut |files| *state.site.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(files))?
    };
    let baseline: HashSet<String> =
        first.diagnostics.iter().filter(|d| d.severity == Severity::Error).map(identity).collect();
    live_tx.send_replace(LiveState { generation: 1, errors_json: overlay_json(&first.diagnostics, &baseline, None) });
    let diagnostics = Arc::new(Mutex::new(first.diagnostics.clone()));

    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    let listener = runtime.block_on(tokio::net::TcpListener::bind((opts.bind, opts.port)))?;
    let addr = listener.local_addr()?;
    if opts.verbose {
        eprintln!(
            "Serving {} files of {} locales at http://{addr}{} (built in {} ms; Ctrl-C stops)",
            first.files,
            engine.project.locales.locales.len(),
            engine.project.config.base_path(),
            first.total.as_millis()
        );
        print_new(&[], &first.diagnostics, &engine.project.content_dir);
    }

    let (changes_tx, changes_rx) = mpsc::channel::<BTreeSet<PathBuf>>();
    let watcher = watch::Watcher::start(&engine.watched(), changes_tx)?;
    let (rebuilds_tx, rebuilds) = mpsc::channel();
    {
        let state = Arc::clone(&state);
        let diagnostics = Arc::clone(&diagnostics);
        let verbose = opts.verbose;
        std::thread::Builder::new().name("docloc-rebuild".into()).spawn(move || {
            let mut previous = first.diagnostics;
            let mut generation = 1;
            while let Ok(mut paths) = changes_rx.recv() {
                // Whatever else arrived meanwhile is part of the same rebuild.
                while let Ok(more) = changes_rx.try_recv() {
                    paths.extend(more);
                }
                let change = engine.classify(&paths);
                let root = engine.project.content_dir.clone();
                let changed: Vec<String> =
                    paths.iter().map(|p| crate::diagnostic::display_path(p.strip_prefix(&root).unwrap_or(p))).collect();
                let outcome = engine.reload(&change).map_err(|e| e.to_string()).and_then(|()| {
                    engine
                        .build(&mut |files| {
                            *state.site.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(files);
                            generation += 1;
                            live_tx.send_modify(|s| s.generation = generation);
                        })
                        .map_err(|e| e.to_string())
                });
                match &outcome {
                    Ok(o) => {
                        live_tx.send_modify(|s| s.errors_json = overlay_json(&o.diagnostics, &baseline, None));
                        if verbose {
                            print_line(&changed, &change, o);
                            print_new(&previous, &o.diagnostics, &root);
                        }
                        previous = o.diagnostics.clone();
                        *diagnostics.lock().unwrap_or_else(|p| p.into_inner()) = o.diagnostics.clone();
                    }
                    Err(e) => {
                        live_tx.send_modify(|s| s.errors_json = overlay_json(&previous, &baseline, Some(e)));
                        if verbose {
                            eprintln!("{}: rebuild failed, still serving the previous site: {e}", changed.join(", "));
                        }
                    }
                }
                // Nobody may listen for rebuilds (the command line does not).
                let _ = rebuilds_tx.send(Rebuild { changed, outcome });
            }
        })?;
    }

    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let app = http::router(Arc::clone(&state));
    let server = std::thread::Builder::new().name("docloc-http".into()).spawn(move || {
        runtime.block_on(async move {
            let stopped = async move {
                tokio::select! {
                    _ = stop_rx => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            };
            let _ = axum::serve(listener, app).with_graceful_shutdown(stopped).await;
        });
        // Open event streams never end by themselves: do not wait for them.
        runtime.shutdown_timeout(Duration::from_millis(200));
    })?;
    Ok(Running { addr, rebuilds, diagnostics, state, stop: Some(stop_tx), server: Some(server), _watcher: watcher })
}

/// The terminal line of one rebuild: what changed, pages rebuilt, time.
fn print_line(changed: &[String], change: &Reload, o: &Outcome) {
    let what = match changed {
        [] => "nothing".to_string(),
        [one] => one.clone(),
        [first, rest @ ..] => format!("{first} and {} more", rest.len()),
    };
    let how = match change {
        Reload::Project => " (project reloaded)",
        Reload::Walk(_) => " (files added or removed)",
        _ => "",
    };
    let counts = crate::report::summary(&o.diagnostics);
    eprintln!(
        "{what} changed{how}: {} pages rebuilt ({} rendered), {} kept; served in {} ms, checked in {} ms — {} errors, {} warnings",
        o.stats.filled,
        o.stats.rendered,
        o.stats.kept,
        o.to_publish.as_millis(),
        o.total.as_millis(),
        counts.errors,
        counts.warnings
    );
}

/// Lists the errors and warnings of `now` that `before` did not have.
fn print_new(before: &[Diagnostic], now: &[Diagnostic], root: &std::path::Path) {
    let old: HashSet<String> = before.iter().map(identity).collect();
    let new: Vec<Diagnostic> =
        now.iter().filter(|d| d.severity > Severity::Info && !old.contains(&identity(d))).cloned().collect();
    if new.is_empty() || new.len() > 50 && before.is_empty() {
        return;
    }
    use std::io::IsTerminal;
    let report = crate::report::Report { diagnostics: new, external_links: Vec::new(), files_checked: 0 };
    let opts = crate::report::EmitOptions {
        content_root: root.to_path_buf(),
        color: std::io::stderr().is_terminal(),
        omit_totals: true,
    };
    let _ = crate::report::emitter(crate::report::Format::Human).emit(&mut std::io::stderr(), &report, &opts);
}

/// `docloc serve`: starts, optionally opens the browser, and serves until Ctrl-C.
///
/// Errors: as [`start`].
pub fn run(opts: &ServeOptions, open: bool) -> Result<(), Error> {
    let running = start(opts)?;
    if open {
        let url = format!("http://{}/", running.addr());
        let opener = if cfg!(target_os = "macos") {
            std::process::Command::new("open").arg(&url).spawn()
        } else if cfg!(windows) {
            std::process::Command::new("cmd").args(["/C", "start", "", &url]).spawn()
        } else {
            std::process::Command::new("xdg-open").arg(&url).spawn()
        };
        if let Err(e) = opener {
            eprintln!("cannot open a browser ({e}); open {url}");
        }
    }
    running.wait_for_ctrl_c();
    eprintln!("stopped");
    Ok(())
}
