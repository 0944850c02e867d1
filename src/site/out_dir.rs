//! Where the site may be written: the guard run before a build touches the disk.
//!
//! The write stage replaces the output folder as a whole, so a wrong `--out` deletes what
//! is there. [`check_out_dir`] refuses, before anything is written, an output folder that
//! is or holds the content root, lies inside it, holds the config file, overlaps the
//! theme or UI string folders, is `/` or the home folder (or above it), or is a non-empty
//! folder docloc did not build (a built site carries the [`STAMP_FILE`]). [`confine`]
//! refuses output paths that could leave the output folder, and [`remove_stale_temp`]
//! removes the staging folders of builds that were killed.

use std::path::{Component, Path, PathBuf};

/// Name of the stamp file at the root of every site docloc builds: a folder holding it
/// may be replaced by the next build. Content: [`stamp_bytes`].
pub const STAMP_FILE: &str = ".docloc-site";

/// First line of [`STAMP_FILE`]; what [`check_out_dir`] looks for.
const STAMP_MAGIC: &str = "docloc-site";

/// Prefix of the staging folder a build writes into, beside the output folder; the full
/// name is made by [`temp_dir_name`].
pub const BUILD_PREFIX: &str = ".docloc-build-";

/// Prefix of the folder the previous site is moved to while the new one takes its place.
pub const OLD_PREFIX: &str = ".docloc-old-";

/// The bytes of [`STAMP_FILE`]: `docloc-site 1` and the docloc version, one per line.
pub fn stamp_bytes() -> Vec<u8> {
    format!("{STAMP_MAGIC} 1\ndocloc {}\n", env!("CARGO_PKG_VERSION")).into_bytes()
}

/// Folders the output folder must keep away from.
#[derive(Debug, Clone, Default)]
pub struct OutGuard {
    /// The content root.
    pub content_root: PathBuf,
    /// The config file in use, if any.
    pub config_file: Option<PathBuf>,
    /// The theme folder (`templates_dir`), if any.
    pub templates_dir: Option<PathBuf>,
    /// The UI strings folder (`ui_locales_dir`), if any.
    pub locales_dir: Option<PathBuf>,
    /// `--force`: allow a non-empty folder without a [`STAMP_FILE`]. Never allows the
    /// other refusals.
    pub force: bool,
}

/// Why an output folder is refused. Every message says what to do; the CLI exits 2.
#[derive(Debug, thiserror::Error)]
pub enum OutDirError {
    /// `/` (or a drive root).
    #[error("refusing to write the site to {0}: it is the file system root; pass --out with a folder of its own, such as ./public")]
    Root(PathBuf),
    /// The home folder, or a folder above it.
    #[error("refusing to write the site to {0}: it is (or holds) your home folder; pass --out with a folder of its own, such as ./public")]
    Home(PathBuf),
    /// The content root itself.
    #[error("refusing to write the site to {0}: it is the content root, and the build replaces the output folder as a whole; pass --out with a folder beside the content, such as ./public")]
    ContentRoot(PathBuf),
    /// A folder that holds the content root.
    #[error("refusing to write the site to {out}: it holds the content root {content}, which the build would delete; pass --out with a folder beside the content, such as ./public")]
    ContainsContent {
        /// The output folder.
        out: PathBuf,
        /// The content root.
        content: PathBuf,
    },
    /// A folder inside the content root.
    #[error("refusing to write the site to {out}: it lies inside the content root {content}, where it would replace content and be read as content by the next build; pass --out with a folder outside the content")]
    InsideContent {
        /// The output folder.
        out: PathBuf,
        /// The content root.
        content: PathBuf,
    },
    /// A folder that holds, is or lies in another input (config file, theme, UI strings).
    #[error(
        "refusing to write the site to {out}: it overlaps the {what} {input}; pass --out with a folder of its own"
    )]
    Overlaps {
        /// The output folder.
        out: PathBuf,
        /// `config file`, `templates folder` or `UI strings folder`.
        what: &'static str,
        /// That input.
        input: PathBuf,
    },
    /// Exists but is not a folder.
    #[error("refusing to write the site to {0}: it exists and is not a folder")]
    NotAFolder(PathBuf),
    /// A non-empty folder without a stamp file.
    #[error("refusing to write the site to {0}: the folder is not empty and holds no site built by docloc (no {STAMP_FILE} file), and the build replaces it as a whole; empty it, pick another folder, or pass --force")]
    NotEmpty(PathBuf),
    /// The folder (or the content root) could not be inspected.
    #[error("cannot check output folder {path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
}

/// `path` made absolute and real: its nearest existing ancestor canonicalized (symlinks
/// resolved), the rest appended with `.` and `..` resolved lexically.
fn resolve(path: &Path) -> std::io::Result<PathBuf> {
    let abs = if path.is_absolute() { path.to_path_buf() } else { std::env::current_dir()?.join(path) };
    let mut existing = abs.as_path();
    let mut rest: Vec<Component<'_>> = Vec::new();
    loop {
        match existing.canonicalize() {
            Ok(real) => {
                let mut out = real;
                for c in rest.iter().rev() {
                    match c {
                        Component::ParentDir => {
                            out.pop();
                        }
                        Component::CurDir => {}
                        c => out.push(c.as_os_str()),
                    }
                }
                return Ok(out);
            }
            Err(e) => {
                let Some(parent) = existing.parent() else { return Err(e) };
                if let Some(c) = existing.components().next_back() {
                    rest.push(c);
                }
                existing = parent;
            }
        }
    }
}

fn home() -> Option<PathBuf> {
    std::env::var_os("HOME").filter(|h| !h.is_empty()).and_then(|h| PathBuf::from(h).canonicalize().ok())
}

/// Whether `dir` holds a site docloc built: a regular [`STAMP_FILE`] starting with the
/// stamp's first word.
pub fn is_stamped(dir: &Path) -> bool {
    let p = dir.join(STAMP_FILE);
    match std::fs::symlink_metadata(&p) {
        Ok(m) if m.is_file() => {
            crate::content::read_file(&p, 4096).map(|b| b.starts_with(STAMP_MAGIC.as_bytes())).unwrap_or(false)
        }
        _ => false,
    }
}

/// Checks that the site may be written to (and the folder replaced at) `out`.
///
/// Paths are compared canonicalized (symlinks resolved; an `out` that does not exist yet
/// through its nearest existing ancestor).
///
/// Errors: `/` ([`OutDirError::Root`]); the home folder or above
/// ([`OutDirError::Home`]); the content root, a folder holding it or inside it
/// ([`OutDirError::ContentRoot`], [`OutDirError::ContainsContent`],
/// [`OutDirError::InsideContent`]); a folder overlapping the config file, the templates
/// or UI strings folder ([`OutDirError::Overlaps`]); a non-folder
/// ([`OutDirError::NotAFolder`]); a non-empty folder without [`STAMP_FILE`] unless
/// `guarded.force` ([`OutDirError::NotEmpty`]); I/O failures ([`OutDirError::Io`]).
pub fn check_out_dir(out: &Path, guarded: &OutGuard) -> Result<(), OutDirError> {
    let err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| OutDirError::Io { path, source }
    };
    let real = resolve(out).map_err(err(out))?;
    if real.parent().is_none() {
        return Err(OutDirError::Root(real));
    }
    if home().is_some_and(|h| h.starts_with(&real)) {
        return Err(OutDirError::Home(real));
    }
    let content = resolve(&guarded.content_root).map_err(err(&guarded.content_root))?;
    if real == content {
        return Err(OutDirError::ContentRoot(real));
    }
    if content.starts_with(&real) {
        return Err(OutDirError::ContainsContent { out: real, content });
    }
    if real.starts_with(&content) {
        return Err(OutDirError::InsideContent { out: real, content });
    }
    let inputs = [
        (&guarded.config_file, "config file"),
        (&guarded.templates_dir, "templates folder"),
        (&guarded.locales_dir, "UI strings folder"),
    ];
    for (input, what) in inputs {
        let Some(input) = input else { continue };
        let input = resolve(input).map_err(err(input))?;
        if input.starts_with(&real) || real.starts_with(&input) {
            return Err(OutDirError::Overlaps { out: real, what, input });
        }
    }
    match std::fs::symlink_metadata(&real) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(OutDirError::Io { path: real, source: e }),
        Ok(m) if !m.is_dir() => Err(OutDirError::NotAFolder(real)),
        Ok(_) => {
            let mut entries = std::fs::read_dir(&real).map_err(err(&real))?;
            if entries.next().is_none() || guarded.force || is_stamped(&real) {
                Ok(())
            } else {
                Err(OutDirError::NotEmpty(real))
            }
        }
    }
}

/// A name for a staging (`kind` = [`BUILD_PREFIX`]) or old-site ([`OLD_PREFIX`]) folder
/// of this process: `{kind}{pid}-{unique}`, so [`remove_stale_temp`] can tell whose it is.
pub fn temp_dir_name(kind: &str) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    format!("{kind}{}-{nanos:08x}{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed))
}

/// The pid in a [`temp_dir_name`] (`.docloc-build-1234-…`, `.docloc-old-1234`,
/// `.docloc-old-1234-…`). A staging folder needs the `-` after its pid: older docloc named
/// them with a random suffix, which may be all digits.
fn owner_pid(name: &str) -> Option<u32> {
    if let Some(rest) = name.strip_prefix(BUILD_PREFIX) {
        return rest.split_once('-')?.0.parse().ok();
    }
    name.strip_prefix(OLD_PREFIX)?.split('-').next()?.parse().ok()
}

/// Whether process `pid` is running (on this machine).
fn alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    #[cfg(unix)]
    {
        let Ok(p) = libc::pid_t::try_from(pid) else { return false };
        if p <= 0 {
            return false;
        }
        // SAFETY: signal 0 only checks that the process exists and may be signalled.
        let r = unsafe { libc::kill(p, 0) };
        r == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
    }
    #[cfg(not(unix))]
    {
        true
    }
}

/// Staging folders without a pid in their name (older docloc) count as stale after this.
const UNOWNED_STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(24 * 60 * 60);

/// Removes the [`BUILD_PREFIX`] and [`OLD_PREFIX`] folders in `parent` left by builds that
/// were killed: those whose owning process (the pid in the name, [`temp_dir_name`]) is no
/// longer running, so two builds running at once never remove each other's. Folders with
/// no pid in their name are removed when older than a day. Symlinks are never followed.
/// Returns the folders removed; failures are skipped (the next build tries again).
pub fn remove_stale_temp(parent: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(parent) else { return Vec::new() };
    let mut removed = Vec::new();
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(name) = name.to_str() else { continue };
        if !name.starts_with(BUILD_PREFIX) && !name.starts_with(OLD_PREFIX) {
            continue;
        }
        let Ok(meta) = e.path().symlink_metadata() else { continue };
        if !meta.is_dir() {
            continue;
        }
        let stale = match owner_pid(name) {
            Some(pid) => !alive(pid),
            None => meta.modified().ok().and_then(|m| m.elapsed().ok()).is_some_and(|age| age > UNOWNED_STALE_AFTER),
        };
        if stale && std::fs::remove_dir_all(e.path()).is_ok() {
            removed.push(e.path());
        }
    }
    removed.sort();
    removed
}

/// Why an output path was refused by [`confine`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum UnsafeOutputPath {
    /// Empty.
    #[error("the output path is empty")]
    Empty,
    /// Starts with `/`.
    #[error("the output path is absolute")]
    Absolute,
    /// Has a `..` segment.
    #[error("the output path has a `..` segment")]
    ParentSegment,
    /// Has a backslash (a separator on Windows).
    #[error("the output path has a backslash")]
    Backslash,
    /// Has a NUL byte.
    #[error("the output path has a NUL byte")]
    Nul,
    /// Starts with a drive prefix (`C:`).
    #[error("the output path starts with a drive prefix")]
    DrivePrefix,
}

/// Checks an output file path relative to the output folder (`zh-cn/a/index.html`) before
/// the writer joins it to the folder: it must be `/`-separated and stay inside.
///
/// Errors: [`UnsafeOutputPath`] for an empty or absolute path, a `..` segment, a
/// backslash, a NUL byte or a drive prefix (`C:x`).
pub fn confine(out_rel: &str) -> Result<&str, UnsafeOutputPath> {
    if out_rel.is_empty() {
        return Err(UnsafeOutputPath::Empty);
    }
    if out_rel.contains('\0') {
        return Err(UnsafeOutputPath::Nul);
    }
    if out_rel.contains('\\') {
        return Err(UnsafeOutputPath::Backslash);
    }
    if out_rel.starts_with('/') {
        return Err(UnsafeOutputPath::Absolute);
    }
    let b = out_rel.as_bytes();
    if b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':' {
        return Err(UnsafeOutputPath::DrivePrefix);
    }
    if out_rel.split('/').any(|s| s == "..") {
        return Err(UnsafeOutputPath::ParentSegment);
    }
    Ok(out_rel)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `p/content/zh-cn/a.md`, `p/docloc.toml`, `p/templates/`, `p/locales/`.
    fn project() -> (tempfile::TempDir, OutGuard) {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path();
        std::fs::create_dir_all(p.join("content/zh-cn")).unwrap();
        std::fs::write(p.join("content/zh-cn/a.md"), "# A").unwrap();
        std::fs::write(p.join("docloc.toml"), "").unwrap();
        std::fs::create_dir_all(p.join("templates")).unwrap();
        std::fs::create_dir_all(p.join("locales")).unwrap();
        let guard = OutGuard {
            content_root: p.join("content"),
            config_file: Some(p.join("docloc.toml")),
            templates_dir: Some(p.join("templates")),
            locales_dir: Some(p.join("locales")),
            force: false,
        };
        (dir, guard)
    }

    #[test]
    fn the_content_and_what_holds_it_are_refused_even_with_force() {
        let (dir, mut guard) = project();
        let p = dir.path();
        for force in [false, true] {
            guard.force = force;
            let e = |out: &Path| check_out_dir(out, &guard).unwrap_err();
            assert!(matches!(e(&p.join("content")), OutDirError::ContentRoot(_)));
            assert!(matches!(e(&p.join("content/./zh-cn/..")), OutDirError::ContentRoot(_)));
            assert!(matches!(e(p), OutDirError::ContainsContent { .. }));
            assert!(matches!(e(&p.join("content/zh-cn/site")), OutDirError::InsideContent { .. }));
            assert!(matches!(e(&p.join("content/new/deeper")), OutDirError::InsideContent { .. }));
            assert!(matches!(e(&p.join("templates")), OutDirError::Overlaps { what: "templates folder", .. }));
            assert!(matches!(e(&p.join("locales/x")), OutDirError::Overlaps { what: "UI strings folder", .. }));
            assert!(matches!(e(Path::new("/")), OutDirError::Root(_)));
            if let Some(h) = home() {
                assert!(matches!(e(&h), OutDirError::Home(_)));
            }
            // Through a symlink to the content root.
            #[cfg(unix)]
            {
                let link = p.join(format!("link-{force}"));
                std::os::unix::fs::symlink(p.join("content"), &link).unwrap();
                assert!(matches!(e(&link), OutDirError::ContentRoot(_)));
            }
        }
        // A folder beside the content is fine, existing or not.
        guard.force = false;
        assert!(check_out_dir(&p.join("public"), &guard).is_ok());
        assert!(check_out_dir(&p.join("out/site"), &guard).is_ok());
        // The messages say what to do.
        let msg = check_out_dir(p, &guard).unwrap_err().to_string();
        assert!(msg.contains("holds the content root") && msg.contains("--out"), "{msg}");
    }

    #[test]
    fn only_empty_or_stamped_folders_are_replaced_unless_forced() {
        let (dir, mut guard) = project();
        let out = dir.path().join("public");
        std::fs::create_dir_all(&out).unwrap();
        assert!(check_out_dir(&out, &guard).is_ok(), "empty");
        std::fs::write(out.join("notes.txt"), "mine").unwrap();
        assert!(matches!(check_out_dir(&out, &guard), Err(OutDirError::NotEmpty(_))));
        guard.force = true;
        assert!(check_out_dir(&out, &guard).is_ok());
        guard.force = false;
        std::fs::write(out.join(STAMP_FILE), stamp_bytes()).unwrap();
        assert!(is_stamped(&out));
        assert!(check_out_dir(&out, &guard).is_ok());
        std::fs::write(out.join(STAMP_FILE), "something else").unwrap();
        assert!(matches!(check_out_dir(&out, &guard), Err(OutDirError::NotEmpty(_))));
        let file = dir.path().join("file");
        std::fs::write(&file, "x").unwrap();
        assert!(matches!(check_out_dir(&file, &guard), Err(OutDirError::NotAFolder(_))));
        assert!(String::from_utf8(stamp_bytes()).unwrap().starts_with("docloc-site 1\ndocloc "));
    }

    #[test]
    fn stale_temp_folders_of_dead_processes_go_live_ones_stay() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path();
        // A pid that is not running: a child that has exited and been reaped.
        let dead = std::process::Command::new("true").spawn().and_then(|mut c| c.wait().map(|_| c.id())).unwrap();
        let mine = temp_dir_name(BUILD_PREFIX);
        assert!(mine.starts_with(&format!("{BUILD_PREFIX}{}-", std::process::id())));
        assert_ne!(mine, temp_dir_name(BUILD_PREFIX));
        for name in [
            mine.clone(),
            format!("{BUILD_PREFIX}{dead}-abc"),
            format!("{OLD_PREFIX}{dead}"),
            format!("{OLD_PREFIX}1"),
            format!("{BUILD_PREFIX}legacy"),
            format!("{BUILD_PREFIX}{dead}"),
            "public".into(),
        ] {
            std::fs::create_dir_all(p.join(&name).join("x")).unwrap();
        }
        std::fs::write(p.join(format!("{OLD_PREFIX}{dead}-file")), "not a folder").unwrap();
        let removed: Vec<String> =
            remove_stale_temp(p).iter().map(|r| r.file_name().unwrap().to_string_lossy().into_owned()).collect();
        let mut want = vec![format!("{BUILD_PREFIX}{dead}-abc"), format!("{OLD_PREFIX}{dead}")];
        want.sort();
        assert_eq!(removed, want);
        // This process's folder, pid 1's (running), recent unowned ones (a random suffix
        // that happens to be all digits included) and others stay.
        let digits = format!("{BUILD_PREFIX}{dead}");
        for name in [mine, format!("{OLD_PREFIX}1"), format!("{BUILD_PREFIX}legacy"), digits, "public".into()] {
            assert!(p.join(&name).exists(), "{name}");
        }
    }

    #[test]
    fn the_real_corpus_is_guarded() {
        let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
        let guard = OutGuard { content_root: shared.join("corpus"), ..OutGuard::default() };
        assert!(matches!(check_out_dir(&shared, &guard), Err(OutDirError::ContainsContent { .. })));
        assert!(matches!(check_out_dir(&shared.join("corpus"), &guard), Err(OutDirError::ContentRoot(_))));
        assert!(matches!(
            check_out_dir(&shared.join("corpus/zh-cn/partner-center"), &guard),
            Err(OutDirError::InsideContent { .. })
        ));
        // A sibling that is not a built site.
        assert!(matches!(check_out_dir(&shared.join("corpus-sxs"), &guard), Err(OutDirError::NotEmpty(_))));
        let tmp = tempfile::tempdir().unwrap();
        assert!(check_out_dir(&tmp.path().join("site"), &guard).is_ok());
    }

    #[test]
    fn output_paths_stay_inside() {
        assert_eq!(confine("zh-cn/a/index.html"), Ok("zh-cn/a/index.html"));
        assert_eq!(confine("a..b/c.html"), Ok("a..b/c.html"));
        assert_eq!(confine(""), Err(UnsafeOutputPath::Empty));
        assert_eq!(confine("/tmp/x/index.html"), Err(UnsafeOutputPath::Absolute));
        assert_eq!(confine("../../../../tmp/x/index.html"), Err(UnsafeOutputPath::ParentSegment));
        assert_eq!(confine("a/../../x"), Err(UnsafeOutputPath::ParentSegment));
        assert_eq!(confine("a\\..\\x"), Err(UnsafeOutputPath::Backslash));
        assert_eq!(confine("a\0b"), Err(UnsafeOutputPath::Nul));
        assert_eq!(confine("C:/x"), Err(UnsafeOutputPath::DrivePrefix));
    }
}
