//! Writing the site atomically: everything goes into a temporary folder beside the
//! output folder ([`Staging`]), which then replaces it with two renames, so readers and
//! servers never see half a site and a failed build leaves the previous site untouched.
//! Pages are written as soon as they are rendered, from every thread, so the site is
//! never held in memory as a whole.

use super::project::Error;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// One output file.
#[derive(Debug, Clone)]
pub enum Body {
    /// Bytes to write.
    Bytes(Vec<u8>),
    /// A file to copy (an asset).
    Copy(PathBuf),
}

/// A file of the site: path relative to the output folder (`/`-separated) and content.
#[derive(Debug, Clone)]
pub struct OutputFile {
    /// Relative path, e.g. `zh-cn/partner-center/x/index.html`.
    pub path: String,
    /// Content.
    pub body: Body,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io { path: path.to_path_buf(), source }
}

/// A site being written: a temporary folder beside the output folder that becomes the
/// output folder on [`Staging::commit`]. Dropped without a commit, it is removed and the
/// previous site stays as it was. Files may be written from many threads at once.
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
        let tmp = tempfile::Builder::new().prefix(".docloc-build-").tempdir_in(&parent).map_err(io(&parent))?;
        Ok(Staging { tmp, out: out.to_path_buf(), parent })
    }

    /// Writes `bytes` at `path` (relative, `/`-separated), creating its folders.
    ///
    /// Errors: any I/O failure.
    pub fn write(&self, path: &str, bytes: &[u8]) -> Result<(), Error> {
        let p = self.tmp.path().join(path);
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

    /// Copies file `from` to `path` (relative, `/`-separated), creating its folders.
    ///
    /// Errors: `from` cannot be read, or `path` cannot be written.
    pub fn copy(&self, path: &str, from: &Path) -> Result<(), Error> {
        let p = self.tmp.path().join(path);
        if let Some(dir) = p.parent() {
            std::fs::create_dir_all(dir).map_err(io(dir))?;
        }
        std::fs::copy(from, &p).map(|_| ()).map_err(io(from))
    }

    /// Writes one [`OutputFile`].
    ///
    /// Errors: as [`Staging::write`] and [`Staging::copy`].
    pub fn put(&self, f: &OutputFile) -> Result<(), Error> {
        match &f.body {
            Body::Bytes(b) => self.write(&f.path, b),
            Body::Copy(src) => self.copy(&f.path, src),
        }
    }

    /// Makes the staged site the output folder: two renames (old site aside, new site in
    /// place), then the old site is removed, in parallel.
    ///
    /// Errors: a rename fails; the previous site is then put back.
    pub fn commit(self) -> Result<(), Error> {
        let staged = self.tmp.keep();
        let out = &self.out;
        let old = self.parent.join(format!(".docloc-old-{}", std::process::id()));
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

/// Removes folder `dir` and everything in it, sub-folders in parallel (a site is
/// thousands of one-file folders, and a serial walk spends its time waiting on the disk).
/// Symlinks are removed, never followed.
///
/// Errors: the first I/O failure.
fn remove_tree(dir: &Path) -> std::io::Result<()> {
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

/// Writes `files` as the whole content of `out`, replacing what was there.
///
/// Errors: any I/O failure (the previous `out` is then left as it was).
pub fn write_site(out: &Path, files: &[OutputFile]) -> Result<(), Error> {
    let staging = Staging::new(out)?;
    files.par_iter().try_for_each(|f| staging.put(f))?;
    staging.commit()
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
        let files = vec![OutputFile { path: "zh-cn/a/index.html".into(), body: Body::Bytes(b"<p>a</p>".to_vec()) }];
        write_site(&out, &files).unwrap();
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
        let files = vec![OutputFile { path: "x/asset.png".into(), body: Body::Copy(dir.path().join("missing.png")) }];
        assert!(write_site(&out, &files).is_err());
        assert_eq!(std::fs::read_to_string(out.join("keep.html")).unwrap(), "k");
    }
}
