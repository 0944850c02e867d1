//! Reading files confined to the content root: regular files only, never blocking, never
//! larger than a limit, never through a path that leaves the root.
//!
//! Part of the load stage; the include reader of the render stage calls [`read_confined`]
//! with the path an `[!INCLUDE]` names.

use crate::diagnostic::{Diagnostic, Rule, Span};
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Why a confined read failed.
#[derive(Debug, thiserror::Error)]
pub enum ConfinedError {
    /// The path as written is not acceptable: absolute, a drive prefix, a NUL byte, empty.
    #[error("{0}")]
    Invalid(&'static str),
    /// The path leaves the content root, through `..` or through a symlink.
    #[error("{0}")]
    OutsideRoot(&'static str),
    /// No such file (it may have disappeared since the walk).
    #[error("no such file")]
    NotFound,
    /// A folder, FIFO, socket or device, not a regular file.
    #[error("not a regular file (a folder, FIFO, socket or device)")]
    NotRegular,
    /// Larger than the limit.
    #[error("file is {size} bytes, over the limit of {limit} bytes (max_file_size)")]
    TooLarge {
        /// The file's size in bytes (at least `limit + 1` when it grew while read).
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// Any other I/O error (permissions…).
    #[error("{0}")]
    Io(std::io::Error),
}

impl ConfinedError {
    /// The rule to report: `include-outside-root` for a path that leaves the root (or is
    /// absolute), `not-regular-file`, `file-too-large`, else `read-error`. Include readers
    /// report [`ConfinedError::NotFound`] as `include-not-found` instead.
    pub fn rule(&self) -> Rule {
        match self {
            ConfinedError::Invalid(_) | ConfinedError::OutsideRoot(_) => Rule::IncludeOutsideRoot,
            ConfinedError::NotRegular => Rule::NotRegularFile,
            ConfinedError::TooLarge { .. } => Rule::FileTooLarge,
            ConfinedError::NotFound | ConfinedError::Io(_) => Rule::ReadError,
        }
    }

    /// A diagnostic on file `path` (relative to the content root, as spans show it).
    pub fn diagnostic(&self, path: &str) -> Diagnostic {
        let message = match self {
            ConfinedError::NotFound => "file disappeared while the content was loaded".to_string(),
            e => format!("cannot read file: {e}"),
        };
        Diagnostic::new(self.rule(), Some(Span::file(path)), message)
    }
}

fn io(e: std::io::Error) -> ConfinedError {
    match e.kind() {
        std::io::ErrorKind::NotFound => ConfinedError::NotFound,
        _ if e.raw_os_error() == Some(ELOOP) => ConfinedError::OutsideRoot("the path is a symlink"),
        _ => ConfinedError::Io(e),
    }
}

#[cfg(unix)]
const ELOOP: i32 = libc::ELOOP;
#[cfg(not(unix))]
const ELOOP: i32 = -1;

fn open(path: &Path, no_follow: bool) -> Result<File, ConfinedError> {
    let mut o = std::fs::OpenOptions::new();
    o.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting.
        let mut flags = libc::O_NONBLOCK | libc::O_NOCTTY;
        if no_follow {
            flags |= libc::O_NOFOLLOW;
        }
        o.custom_flags(flags);
    }
    #[cfg(not(unix))]
    {
        let _ = no_follow;
        // No FIFOs to block on; check the type before opening.
        if !std::fs::metadata(path).map_err(io)?.is_file() {
            return Err(ConfinedError::NotRegular);
        }
    }
    o.open(path).map_err(io)
}

/// Opens `path` for reading if it is a regular file of at most `limit` bytes.
///
/// Never blocks: the file is opened with `O_NONBLOCK` and its type taken from the open
/// descriptor (`fstat`), so a file replaced by a FIFO between a check and the open is
/// still refused. Symlinks are followed (confine the path first: [`read_confined`]).
///
/// Errors: [`ConfinedError::NotFound`], [`ConfinedError::NotRegular`],
/// [`ConfinedError::TooLarge`], [`ConfinedError::Io`].
pub fn open_regular(path: &Path, limit: u64) -> Result<File, ConfinedError> {
    open_checked(path, limit, false).map(|(file, _)| file)
}

/// As [`open_regular`], with the file's length from the same `fstat`.
fn open_checked(path: &Path, limit: u64, no_follow: bool) -> Result<(File, u64), ConfinedError> {
    let file = open(path, no_follow)?;
    let meta = file.metadata().map_err(io)?;
    if !meta.is_file() {
        return Err(ConfinedError::NotRegular);
    }
    if meta.len() > limit {
        return Err(ConfinedError::TooLarge { size: meta.len(), limit });
    }
    Ok((file, meta.len()))
}

/// Reads `file` whole, refusing more than `limit` bytes. The buffer is sized from the
/// file's length `size` (its `fstat` at open), one byte over so that the end is seen without a second
/// allocation; a file that changed size meanwhile is read all the same and the buffer
/// trimmed to what was read. (Reading through `Take` alone has no size hint: the buffer
/// grows by doubling and keeps up to twice the text's size for as long as the page is
/// held.)
fn read_limited((file, size): (File, u64), limit: u64) -> Result<Vec<u8>, ConfinedError> {
    let mut bytes = Vec::with_capacity(usize::try_from(size.min(limit)).unwrap_or(0).saturating_add(1));
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(ConfinedError::TooLarge { size: bytes.len() as u64, limit });
    }
    if bytes.capacity() > bytes.len().saturating_add(bytes.len() / 8).saturating_add(64) {
        bytes.shrink_to_fit();
    }
    Ok(bytes)
}

/// Reads the regular file `path` (at most `limit` bytes); see [`open_regular`].
///
/// Errors: as [`open_regular`]; a file that grows past `limit` while read is
/// [`ConfinedError::TooLarge`].
pub fn read_file(path: &Path, limit: u64) -> Result<Vec<u8>, ConfinedError> {
    read_limited(open_checked(path, limit, false)?, limit)
}

/// The path `rel` names under `root`, `/`- or `\`-separated, with `.` and `..` resolved.
///
/// Errors: [`ConfinedError::Invalid`] for an empty or absolute path (`/x`, `\x`, `C:x`,
/// `//host/x`) or one holding NUL; [`ConfinedError::OutsideRoot`] when `..` climbs
/// above `root`.
pub fn confine_rel(root: &Path, rel: &str) -> Result<PathBuf, ConfinedError> {
    if rel.contains('\0') {
        return Err(ConfinedError::Invalid("the path contains a NUL byte"));
    }
    let b = rel.as_bytes();
    if rel.starts_with(['/', '\\']) || (b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':') {
        return Err(ConfinedError::Invalid("the path is absolute; use a path relative to the file"));
    }
    let mut parts: Vec<&str> = Vec::new();
    for seg in rel.split(['/', '\\']) {
        match seg {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Err(ConfinedError::OutsideRoot("the path leaves the content root"));
                }
            }
            s => parts.push(s),
        }
    }
    if parts.is_empty() {
        return Err(ConfinedError::Invalid("the path is empty"));
    }
    let mut path = root.to_path_buf();
    path.extend(parts);
    Ok(path)
}

/// Reads the file `rel` (relative to the content root `root`) if it is a regular file of
/// at most `limit` bytes that lies inside `root`, symlinks resolved.
///
/// This is what the include reader calls: `rel` is normalized ([`confine_rel`]), its real
/// path must start with `root`'s real path, and the file is opened with `O_NOFOLLOW` and
/// `O_NONBLOCK` and checked with `fstat` ([`open_regular`]).
///
/// Errors: [`ConfinedError::Invalid`], [`ConfinedError::OutsideRoot`] (also for a symlink
/// resolving outside), [`ConfinedError::NotFound`], [`ConfinedError::NotRegular`],
/// [`ConfinedError::TooLarge`], [`ConfinedError::Io`].
pub fn read_confined(root: &Path, rel: &str, limit: u64) -> Result<Vec<u8>, ConfinedError> {
    let path = confine_rel(root, rel)?;
    let real_root = root.canonicalize().map_err(io)?;
    let real = path.canonicalize().map_err(|e| match io(e) {
        ConfinedError::OutsideRoot(_) => ConfinedError::OutsideRoot("the path is a symlink loop"),
        e => e,
    })?;
    if !real.starts_with(&real_root) {
        return Err(ConfinedError::OutsideRoot("the path resolves (through a symlink) outside the content root"));
    }
    read_limited(open_checked(&real, limit, true)?, limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_are_normalized_and_confined() {
        let root = Path::new("/r");
        assert_eq!(confine_rel(root, "a/./b/../c.md").unwrap(), Path::new("/r/a/c.md"));
        assert_eq!(confine_rel(root, "a\\c.md").unwrap(), Path::new("/r/a/c.md"));
        for bad in ["../x", "a/../../x", "..\\..\\etc\\passwd", "../../../../etc/passwd"] {
            assert!(matches!(confine_rel(root, bad), Err(ConfinedError::OutsideRoot(_))), "{bad}");
        }
        for bad in ["/etc/passwd", "\\\\host\\x", "C:\\x", "c:x", "a\0b", "", "./"] {
            assert!(matches!(confine_rel(root, bad), Err(ConfinedError::Invalid(_))), "{bad:?}");
        }
        // Percent-encoding is the caller's to decode: `%2e%2e` is a file name here.
        assert_eq!(confine_rel(root, "%2e%2e/x").unwrap(), Path::new("/r/%2e%2e/x"));
    }

    #[test]
    fn reads_the_real_corpus_and_nothing_beside_it() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
        let toc = read_confined(&root, "zh-cn/partner-center/TOC.yml", 1 << 20).unwrap();
        assert!(toc.starts_with(b"- name:") || toc.starts_with(b"\xef\xbb\xbf"), "{:?}", &toc[..10]);
        let up = read_confined(&root, "zh-cn/partner-center/../../../shared/corpus/LICENSE", 1 << 20);
        assert!(matches!(up, Err(ConfinedError::OutsideRoot(_))));
        assert!(read_confined(&root, "zh-cn/../LICENSE", 1 << 20).is_ok());
    }

    #[test]
    fn reads_only_regular_files_inside_the_root() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("content");
        std::fs::create_dir_all(root.join("zh-cn/includes")).unwrap();
        std::fs::write(root.join("zh-cn/includes/a.md"), "inc").unwrap();
        std::fs::write(dir.path().join("secret.txt"), "secret").unwrap();
        assert_eq!(read_confined(&root, "zh-cn/includes/a.md", 100).unwrap(), b"inc");
        assert!(matches!(read_confined(&root, "zh-cn/includes/a.md", 2), Err(ConfinedError::TooLarge { .. })));
        assert!(matches!(read_confined(&root, "zh-cn/none.md", 100), Err(ConfinedError::NotFound)));
        assert!(matches!(read_confined(&root, "zh-cn", 100), Err(ConfinedError::NotRegular)));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("secret.txt"), root.join("zh-cn/s.md")).unwrap();
            std::os::unix::fs::symlink("a.md", root.join("zh-cn/includes/inner.md")).unwrap();
            let e = read_confined(&root, "zh-cn/s.md", 100).unwrap_err();
            assert!(matches!(e, ConfinedError::OutsideRoot(_)), "{e:?}");
            assert_eq!(e.rule(), Rule::IncludeOutsideRoot);
            assert_eq!(read_confined(&root, "zh-cn/includes/inner.md", 100).unwrap(), b"inc");
            std::os::unix::fs::symlink("loop2.md", root.join("zh-cn/loop1.md")).unwrap();
            std::os::unix::fs::symlink("loop1.md", root.join("zh-cn/loop2.md")).unwrap();
            assert!(read_confined(&root, "zh-cn/loop1.md", 100).is_err());
            let fifo = root.join("zh-cn/fifo.md");
            let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
            // SAFETY: `c` is a valid NUL-terminated path.
            assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
            assert!(matches!(read_confined(&root, "zh-cn/fifo.md", 100), Err(ConfinedError::NotRegular)));
            assert!(matches!(read_file(&fifo, 100), Err(ConfinedError::NotRegular)));
            assert_eq!(read_file(&fifo, 100).unwrap_err().rule(), Rule::NotRegularFile);
        }
    }
}
