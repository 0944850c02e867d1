//! Watching the project's files for `docloc serve`: notify (inotify, FSEvents,
//! ReadDirectoryChangesW) with notify-debouncer-full, which merges the events of one save
//! (an editor's write, rename and chmod) and tracks renames.

use notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult, Debouncer, RecommendedCache};
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::mpsc::Sender;
use std::time::Duration;

/// How long the debouncer waits for more events of one save. Short, since it adds to
/// every rebuild's latency; a save's events come within a millisecond or two.
const DEBOUNCE: Duration = Duration::from_millis(10);

/// A running watcher; dropping it stops watching.
pub(super) struct Watcher {
    _debouncer: Debouncer<notify::RecommendedWatcher, RecommendedCache>,
}

impl Watcher {
    /// Watches each `(path, recursive)` that exists and sends each batch of changed
    /// paths to `changes`.
    ///
    /// Errors: the platform's watcher cannot start or a path cannot be watched.
    pub(super) fn start(paths: &[(PathBuf, bool)], changes: Sender<BTreeSet<PathBuf>>) -> std::io::Result<Watcher> {
        let mut debouncer = new_debouncer(DEBOUNCE, None, move |result: DebounceEventResult| {
            let Ok(events) = result else { return };
            let paths: BTreeSet<PathBuf> = events
                .into_iter()
                .filter(|e| !matches!(e.event.kind, EventKind::Access(_)))
                .flat_map(|e| e.event.paths)
                .collect();
            if !paths.is_empty() {
                let _ = changes.send(paths);
            }
        })
        .map_err(std::io::Error::other)?;
        for (path, recursive) in paths {
            if path.exists() {
                let mode = if *recursive { RecursiveMode::Recursive } else { RecursiveMode::NonRecursive };
                debouncer.watch(path, mode).map_err(std::io::Error::other)?;
            }
        }
        Ok(Watcher { _debouncer: debouncer })
    }
}
