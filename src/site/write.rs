//! Writing the site atomically: everything goes into a temporary folder beside the
//! output folder, which then replaces it with two renames, so readers and servers never
//! see half a site and a failed build leaves the previous site untouched.

use super::project::Error;
use rayon::prelude::*;
use std::collections::BTreeSet;
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

/// Writes `files` as the whole content of `out`, replacing what was there.
///
/// Errors: any I/O failure (the previous `out` is then left as it was).
pub fn write_site(out: &Path, files: &[OutputFile]) -> Result<(), Error> {
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
    let dirs: BTreeSet<&str> = files.iter().filter_map(|f| f.path.rsplit_once('/').map(|(d, _)| d)).collect();
    for d in &dirs {
        let p = tmp.path().join(d);
        std::fs::create_dir_all(&p).map_err(io(&p))?;
    }
    files.par_iter().try_for_each(|f| {
        let p = tmp.path().join(&f.path);
        match &f.body {
            Body::Bytes(b) => std::fs::write(&p, b).map_err(io(&p)),
            Body::Copy(src) => std::fs::copy(src, &p).map(|_| ()).map_err(io(src)),
        }
    })?;
    let staged = tmp.keep();
    let old = parent.join(format!(".docloc-old-{}", std::process::id()));
    let had_old = out.exists();
    if had_old {
        let _ = std::fs::remove_dir_all(&old);
        std::fs::rename(out, &old).map_err(io(out))?;
    }
    if let Err(e) = std::fs::rename(&staged, out) {
        if had_old {
            let _ = std::fs::rename(&old, out);
        }
        let _ = std::fs::remove_dir_all(&staged);
        return Err(Error::Io { path: out.to_path_buf(), source: e });
    }
    if had_old {
        let _ = std::fs::remove_dir_all(&old);
    }
    Ok(())
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
