//! Where a built site goes: a [`Sink`] takes every output file by its path relative to
//! the output folder. Two implementations:
//!
//! * [`Staging`]: a temporary folder beside the output folder that replaces it with two
//!   renames on [`Staging::commit`], so readers and servers never see half a site and a
//!   failed build leaves the previous site untouched. Pages are written as soon as they
//!   are rendered, from every thread, so the site is never held in memory as a whole.
//! * [`MemorySink`]: a map from path to bytes, for `serve` and tests (Zola's
//!   `BuildMode::Memory`).
//!
//! Both refuse any path that would leave the output folder ([`confine`]): the check sits
//! in the writer itself, so no caller can get it wrong.

use super::Error;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// A destination for the files of a site. Paths are relative to the output folder,
/// `/`-separated (`zh-cn/partner-center/x/index.html`). Files may be put from many threads
/// at once.
pub trait Sink: Sync {
    /// Writes `bytes` at `path`.
    ///
    /// Errors: [`Error::OutsideOutput`] for a path [`confine`] refuses; [`Error::Io`].
    fn write(&self, path: &str, bytes: &[u8]) -> Result<(), Error>;

    /// Copies the file `from` (an asset of the content tree) to `path`.
    ///
    /// Errors: as [`Sink::write`], and when `from` cannot be read.
    fn copy(&self, path: &str, from: &Path) -> Result<(), Error>;

    /// Writes a file an earlier build made and a cache kept ([`Kept`]), byte for byte what
    /// the build would write. A sink may keep it without copying: `serve` shares the
    /// bytes, [`Staging`] hard-links the previous site's file. By default it is written
    /// or copied.
    ///
    /// Errors: as [`Sink::write`] and [`Sink::copy`].
    fn write_kept(&self, path: &str, kept: Kept<'_>) -> Result<(), Error> {
        match kept {
            Kept::Bytes(bytes) => self.write(path, bytes),
            Kept::File(file) => self.copy(path, file),
        }
    }
}

/// A file kept from an earlier build (see [`Sink::write_kept`]).
#[derive(Debug, Clone, Copy)]
pub enum Kept<'a> {
    /// Its bytes, held in memory (`serve`).
    Bytes(&'a std::sync::Arc<[u8]>),
    /// A file on disk holding exactly its bytes (the previous site, checked by the build
    /// cache against the size, modification time and inode it recorded).
    File(&'a Path),
}

/// `path` when it names a file inside the output folder: relative, `/`-separated, no
/// empty, `.` or `..` segment, no backslash, NUL or drive prefix (`C:`).
///
/// Errors: [`Error::OutsideOutput`] naming the path.
pub fn confine(path: &str) -> Result<&str, Error> {
    let bad = path.is_empty()
        || path.starts_with('/')
        || path.contains('\\')
        || path.contains('\0')
        || path.split('/').any(|seg| seg.is_empty() || seg == "." || seg == ".." || seg.contains(':'));
    if bad {
        Err(Error::OutsideOutput(path.to_string()))
    } else {
        Ok(path)
    }
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io { path: path.to_path_buf(), source }
}

/// Prefix of the staging folder of a build in progress (its name ends with the pid).
pub const STAGING_PREFIX: &str = ".docloc-build-";
/// Prefix of the previous site while it is being replaced (its name ends with the pid).
pub const OLD_PREFIX: &str = ".docloc-old-";

/// A site being written: a temporary folder beside the output folder that becomes the
/// output folder on [`Staging::commit`]. Dropped without a commit, it is removed and the
/// previous site stays as it was.
#[derive(Debug)]
pub struct Staging {
    tmp: tempfile::TempDir,
    out: PathBuf,
    parent: PathBuf,
}

impl Staging {
    /// Starts writing a new site that will replace `out`.
    ///
    /// Errors: `out` exists and is not a folder; its parent cannot be created or written.
    pub fn new(out: &Path) -> Result<Staging, Error> {
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent).map_err(io(&parent))?;
        if out.exists() && !out.is_dir() {
            return Err(Error::Io {
                path: out.to_path_buf(),
                source: std::io::Error::other("output path exists and is not a folder"),
            });
        }
        let tmp = tempfile::Builder::new()
            .prefix(&format!("{STAGING_PREFIX}{}-", std::process::id()))
            .tempdir_in(&parent)
            .map_err(io(&parent))?;
        Ok(Staging { tmp, out: out.to_path_buf(), parent })
    }

    /// The folder being written.
    pub fn path(&self) -> &Path {
        self.tmp.path()
    }

    /// Makes the staged site the output folder: two renames (old site aside, new site in
    /// place), then the old site is removed, in parallel.
    ///
    /// Errors: a rename fails; the previous site is then put back.
    pub fn commit(self) -> Result<(), Error> {
        let staged = self.tmp.keep();
        let out = &self.out;
        let old = self.parent.join(format!("{OLD_PREFIX}{}", std::process::id()));
        let had_old = out.exists();
        if had_old {
            let _ = remove_tree(&old);
            std::fs::rename(out, &old).map_err(io(out))?;
        }
        if let Err(e) = std::fs::rename(&staged, out) {
            if had_old {
                let _ = std::fs::rename(&old, out);
            }
            let _ = remove_tree(&staged);
            return Err(Error::Io { path: out.to_path_buf(), source: e });
        }
        if had_old {
            let _ = remove_tree(&old);
        }
        Ok(())
    }
}

impl Sink for Staging {
    fn write(&self, path: &str, bytes: &[u8]) -> Result<(), Error> {
        let p = self.tmp.path().join(confine(path)?);
        match std::fs::write(&p, bytes) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if let Some(dir) = p.parent() {
                    std::fs::create_dir_all(dir).map_err(io(dir))?;
                }
                std::fs::write(&p, bytes).map_err(io(&p))
            }
            r => r.map_err(io(&p)),
        }
    }

    fn copy(&self, path: &str, from: &Path) -> Result<(), Error> {
        let p = self.tmp.path().join(confine(path)?);
        if let Some(dir) = p.parent() {
            std::fs::create_dir_all(dir).map_err(io(dir))?;
        }
        std::fs::copy(from, &p).map(|_| ()).map_err(io(from))
    }

    /// A kept file of the previous site is hard-linked (it survives the old site's
    /// removal on [`Staging::commit`]); copied where links are not possible.
    fn write_kept(&self, path: &str, kept: Kept<'_>) -> Result<(), Error> {
        let from = match kept {
            Kept::Bytes(bytes) => return self.write(path, bytes),
            Kept::File(from) => from,
        };
        let p = self.tmp.path().join(confine(path)?);
        let linked = match std::fs::hard_link(from, &p) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if let Some(dir) = p.parent() {
                    std::fs::create_dir_all(dir).map_err(io(dir))?;
                }
                std::fs::hard_link(from, &p)
            }
            r => r,
        };
        match linked {
            Ok(()) => Ok(()),
            Err(_) => std::fs::copy(from, &p).map(|_| ()).map_err(io(from)),
        }
    }
}

/// Removes folder `dir` and everything in it, sub-folders in parallel (a site is
/// thousands of one-file folders, and a serial walk spends its time waiting on the disk).
/// Symlinks are removed, never followed.
///
/// Errors: the first I/O failure.
pub(crate) fn remove_tree(dir: &Path) -> std::io::Result<()> {
    let entries: Vec<std::fs::DirEntry> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.par_iter().try_for_each(|e| {
        if e.file_type()?.is_dir() {
            remove_tree(&e.path())
        } else {
            std::fs::remove_file(e.path())
        }
    })?;
    std::fs::remove_dir(dir)
}

/// A site held in memory: path → bytes, sorted by path.
#[derive(Debug, Default)]
pub struct MemorySink {
    files: Mutex<BTreeMap<String, Vec<u8>>>,
}

impl MemorySink {
    /// An empty site.
    pub fn new() -> MemorySink {
        MemorySink::default()
    }

    /// Every file written, by path.
    pub fn into_files(self) -> BTreeMap<String, Vec<u8>> {
        self.files.into_inner().unwrap_or_else(|e| e.into_inner())
    }

    fn put(&self, path: &str, bytes: Vec<u8>) {
        let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        files.insert(path.to_string(), bytes);
    }
}

impl Sink for MemorySink {
    fn write(&self, path: &str, bytes: &[u8]) -> Result<(), Error> {
        self.put(confine(path)?, bytes.to_vec());
        Ok(())
    }

    fn copy(&self, path: &str, from: &Path) -> Result<(), Error> {
        let path = confine(path)?;
        let bytes = std::fs::read(from).map_err(io(from))?;
        self.put(path, bytes);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_whole_folder() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        std::fs::create_dir_all(out.join("stale")).unwrap();
        std::fs::write(out.join("stale/old.html"), "x").unwrap();
        let staging = Staging::new(&out).unwrap();
        staging.write("zh-cn/a/index.html", b"<p>a</p>").unwrap();
        staging.commit().unwrap();
        assert_eq!(std::fs::read_to_string(out.join("zh-cn/a/index.html")).unwrap(), "<p>a</p>");
        assert!(!out.join("stale").exists());
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(leftovers, ["public"]);
    }

    #[test]
    fn failure_keeps_the_previous_site() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("keep.html"), "k").unwrap();
        let staging = Staging::new(&out).unwrap();
        assert!(staging.copy("x/asset.png", &dir.path().join("missing.png")).is_err());
        drop(staging);
        assert_eq!(std::fs::read_to_string(out.join("keep.html")).unwrap(), "k");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(leftovers, ["public"], "the staging folder is removed");
    }

    #[test]
    fn no_sink_writes_outside_the_output_folder() {
        let dir = tempfile::tempdir().unwrap();
        let staging = Staging::new(&dir.path().join("public")).unwrap();
        let memory = MemorySink::new();
        for bad in ["../x", "/etc/x", "a/../../x", "a\\..\\x", "C:/x", "a//b", "", "a/./b", "a\0b", "."] {
            for sink in [&staging as &dyn Sink, &memory] {
                assert!(matches!(sink.write(bad, b"x"), Err(Error::OutsideOutput(_))), "{bad:?}");
                assert!(matches!(sink.copy(bad, Path::new("/etc/hostname")), Err(Error::OutsideOutput(_))), "{bad:?}");
            }
        }
        assert!(!dir.path().join("x").exists());
        memory.write("zh-cn/index.html", b"ok").unwrap();
        assert_eq!(
            memory.into_files().into_iter().collect::<Vec<_>>(),
            [("zh-cn/index.html".to_string(), b"ok".to_vec())]
        );
    }
}
