//! On-disk cache of external link results, so repeated `docloc check --external`
//! runs do not fetch the same URLs again.
//!
//! The file is a JSON object mapping each fetched URL (fragment removed) to
//! `{ "status": <HTTP status code>, "checked_at": <Unix seconds> }`, keys in sorted
//! order. Only definitive server answers are stored (see [`is_cacheable`]); timeouts,
//! connection and TLS failures are always checked again. The file is replaced
//! atomically (temporary file in the same folder, then rename), so a crash or a
//! concurrent run never leaves half a file behind. A missing file is an empty cache;
//! an unreadable or corrupt one is reported as a [`CacheError`] and then ignored.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Why the link cache could not be used or kept. Never fatal: the run goes on
/// without the cache and the caller decides whether to tell the user.
#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    /// The cache file exists but could not be read.
    #[error("cannot read link cache {}: {source}", path.display())]
    Read {
        /// The cache file.
        path: PathBuf,
        /// The I/O error.
        source: io::Error,
    },
    /// The cache file is not the expected JSON object; it was ignored and will be
    /// replaced at the end of the run.
    #[error("ignoring corrupt link cache {}: {source}", path.display())]
    Corrupt {
        /// The cache file.
        path: PathBuf,
        /// The JSON error (with line and column).
        source: serde_json::Error,
    },
    /// The updated cache could not be written (folder not creatable, disk full,
    /// rename refused).
    #[error("cannot write link cache {}: {source}", path.display())]
    Write {
        /// The cache file.
        path: PathBuf,
        /// The I/O error.
        source: io::Error,
    },
}

/// One cached answer: the final HTTP status and when it was received.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct CacheEntry {
    /// Final HTTP status code after redirects and the HEAD→GET fallback.
    status: u16,
    /// When the answer was received, in seconds since the Unix epoch.
    checked_at: u64,
}

/// The in-memory form of the cache file.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct LinkCache {
    entries: BTreeMap<String, CacheEntry>,
}

/// Whether a final HTTP status is stable enough to reuse without asking again:
/// every status except 408 Request Timeout, 429 Too Many Requests and 5xx server
/// errors, which describe the moment rather than the resource (RFC 9110 §15).
pub(super) fn is_cacheable(status: u16) -> bool {
    !(status == 408 || status == 429 || status >= 500)
}

/// The current time in seconds since the Unix epoch (0 if the clock is before it).
pub(super) fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

impl LinkCache {
    /// Reads the cache at `path`. A missing file gives an empty cache and no error;
    /// an unreadable or corrupt file gives an empty cache and the error.
    pub(super) fn load(path: &Path) -> (LinkCache, Option<CacheError>) {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return (LinkCache::default(), None),
            Err(source) => {
                let err = CacheError::Read { path: path.to_path_buf(), source };
                return (LinkCache::default(), Some(err));
            }
        };
        match serde_json::from_slice::<BTreeMap<String, CacheEntry>>(&bytes) {
            Ok(entries) => (LinkCache { entries }, None),
            Err(source) => {
                let err = CacheError::Corrupt { path: path.to_path_buf(), source };
                (LinkCache::default(), Some(err))
            }
        }
    }

    /// The cached status of `url` if it was checked at most `max_age` before `now`
    /// (Unix seconds). Entries stamped in the future (clock changes) count as stale.
    pub(super) fn fresh(&self, url: &str, now: u64, max_age: Duration) -> Option<u16> {
        let entry = self.entries.get(url)?;
        let age = now.checked_sub(entry.checked_at)?;
        (age <= max_age.as_secs() && is_cacheable(entry.status)).then_some(entry.status)
    }

    /// Records `status` for `url` at `now` (Unix seconds) if it is cacheable;
    /// otherwise drops any older entry so a stale answer is not reused.
    pub(super) fn record(&mut self, url: &str, status: u16, now: u64) {
        if is_cacheable(status) {
            let entry = CacheEntry { status, checked_at: now };
            self.entries.insert(url.to_string(), entry);
        } else {
            self.entries.remove(url);
        }
    }

    /// Drops entries older than `max_age` (or stamped in the future) relative to `now`.
    pub(super) fn prune(&mut self, now: u64, max_age: Duration) {
        let max = max_age.as_secs();
        self.entries
            .retain(|_, e| now.checked_sub(e.checked_at).is_some_and(|age| age <= max && is_cacheable(e.status)));
    }

    /// Number of entries.
    pub(super) fn len(&self) -> usize {
        self.entries.len()
    }

    /// Writes the cache to `path` atomically: pretty JSON into a temporary file in
    /// the same folder (created if missing), flushed to disk, then renamed over `path`.
    pub(super) fn save(&self, path: &Path) -> Result<(), CacheError> {
        let wrap = |source: io::Error| CacheError::Write { path: path.to_path_buf(), source };
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        std::fs::create_dir_all(dir).map_err(wrap)?;
        let json = serde_json::to_vec_pretty(&self.entries).map_err(|e| wrap(e.into()))?;
        let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(wrap)?;
        tmp.write_all(&json).map_err(wrap)?;
        tmp.write_all(b"\n").map_err(wrap)?;
        tmp.as_file().sync_all().map_err(wrap)?;
        tmp.persist(path).map_err(|e| wrap(e.error))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: Duration = Duration::from_secs(24 * 60 * 60);

    #[test]
    fn cacheable_statuses_are_definitive_answers() {
        for s in [200, 204, 301, 401, 403, 404, 410] {
            assert!(is_cacheable(s), "{s}");
        }
        for s in [408, 429, 500, 502, 503, 504] {
            assert!(!is_cacheable(s), "{s}");
        }
    }

    #[test]
    fn freshness_depends_on_age_and_clock() {
        let mut c = LinkCache::default();
        c.record("https://a/", 200, 1_000);
        c.record("https://b/", 404, 1_000);
        c.record("https://c/", 503, 1_000);
        assert_eq!(c.len(), 2);
        assert_eq!(c.fresh("https://a/", 1_000 + 3600, DAY), Some(200));
        assert_eq!(c.fresh("https://b/", 1_000, DAY), Some(404));
        assert_eq!(c.fresh("https://a/", 1_000 + DAY.as_secs() + 1, DAY), None);
        assert_eq!(c.fresh("https://a/", 999, DAY), None, "future stamp is stale");
        assert_eq!(c.fresh("https://c/", 1_000, DAY), None);
        c.record("https://a/", 503, 2_000);
        assert_eq!(c.fresh("https://a/", 2_000, DAY), None, "transient answer evicts");
    }

    #[test]
    fn prune_drops_expired_entries() {
        let mut c = LinkCache::default();
        c.record("https://old/", 200, 10);
        c.record("https://new/", 200, 10 + DAY.as_secs());
        c.prune(20 + DAY.as_secs(), DAY);
        assert_eq!(c.fresh("https://old/", 20 + DAY.as_secs(), DAY * 2), None);
        assert_eq!(c.fresh("https://new/", 20 + DAY.as_secs(), DAY), Some(200));
    }

    #[test]
    fn save_and_load_round_trip_in_a_new_folder() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("nested/cache.json");
        let mut c = LinkCache::default();
        c.record("https://a/x?y=1", 200, 5);
        c.record("https://b/", 410, 6);
        c.save(&path).expect("save");
        let text = std::fs::read_to_string(&path).expect("read back");
        assert!(text.contains("\"checked_at\": 5"), "{text}");
        let (back, err) = LinkCache::load(&path);
        assert!(err.is_none());
        assert_eq!(back, c);
        let leftovers = std::fs::read_dir(path.parent().expect("parent")).expect("list").count();
        assert_eq!(leftovers, 1, "temporary file must be renamed away");
    }

    #[test]
    fn missing_corrupt_and_wrongly_shaped_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        let missing = dir.path().join("none.json");
        let (c, err) = LinkCache::load(&missing);
        assert_eq!(c.len(), 0);
        assert!(err.is_none());

        let bad = dir.path().join("bad.json");
        for text in ["{not json", "[1,2]", r#"{"https://a/": {"status": "x"}}"#] {
            std::fs::write(&bad, text).expect("write");
            let (c, err) = LinkCache::load(&bad);
            assert_eq!(c.len(), 0);
            assert!(matches!(err, Some(CacheError::Corrupt { .. })), "{text}");
        }

        // A folder where the file should be cannot be read.
        let (c, err) = LinkCache::load(dir.path());
        assert_eq!(c.len(), 0);
        assert!(matches!(err, Some(CacheError::Read { .. })));
    }
}
