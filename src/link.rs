//! The link vocabulary every stage shares: what a destination must name ([`Want`]), what
//! it resolved to ([`Resolution`]), and the pure path functions resolution is built on.
//!
//! At the bottom of the crate beside [`crate::diagnostic`] (lychee keeps its `Uri` and
//! `InputSource` in such a `types` module): rendering stores each link's [`Resolution`]
//! in its facts, the model computes it, the checks and the site read it, so the type
//! must be importable by all of them. Nothing here knows about locales or files.

use crate::diagnostic::Rule;
use percent_encoding::percent_decode_str;
use std::borrow::Cow;

/// What kind of file a destination must name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Want {
    /// A page (`.md`, `.yml`, or an extension-less site path).
    Page,
    /// An image or other asset.
    Asset,
    /// An include file (any Markdown file, pages and `includes/` fragments).
    Include,
}

/// How a found target was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Via {
    /// In the link's own locale.
    Direct,
    /// Only in another locale of the fallback chain (the one in [`Resolved::Found`]).
    Fallback,
    /// Only when ignoring case; the path as written differs from the real key.
    CaseMismatch,
}

/// The outcome of resolving one destination (see "Link resolution" in DESIGN.md).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    /// `http:`, `https:`, `mailto:`, `//host`… — not in the site.
    External,
    /// Only a fragment (`#x`): the same page.
    SamePage,
    /// A file of the content tree.
    Found {
        /// Index of the locale the file is in (into `LocaleSet::locales`).
        locale: usize,
        /// Its key (path relative to that locale's root).
        key: String,
        /// How it was reached.
        via: Via,
    },
    /// A redirect's `source_path` (index into `Model::redirects`).
    Redirect(usize),
    /// A site-root path outside every docset of the content tree.
    OutOfScope,
    /// Nothing matches.
    NotFound {
        /// The key that was looked for (after normalization; the first candidate).
        wanted: String,
        /// Why, when it is not simply absent (e.g. the path leaves the locale root).
        reason: Option<String>,
    },
}

/// A resolved destination: its target and the author errors in the path itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    /// The target.
    pub target: Resolved,
    /// Author errors in the path (`link-backslash`, `link-space`), with messages.
    pub problems: Vec<(Rule, String)>,
}

impl Resolution {
    /// A resolution with no path problems.
    pub fn new(target: Resolved) -> Resolution {
        Resolution { target, problems: Vec::new() }
    }
}

/// The fragment of `dest` as written, without `#` (`None` when there is no `#`).
pub fn raw_fragment(dest: &str) -> Option<&str> {
    dest.split_once('#').map(|(_, f)| f)
}

/// The fragment of `dest`, percent-decoded (RFC 3986 §3.5), without `#`.
pub fn fragment(dest: &str) -> Option<Cow<'_, str>> {
    raw_fragment(dest).map(|f| percent_decode_str(f).decode_utf8_lossy())
}

/// Whether `dest` has a URL scheme (RFC 3986 §3.1: a letter, then letters, digits, `+`,
/// `-`, `.`; at least two characters so `C:` drive letters do not count) or is
/// protocol-relative (`//host`).
pub fn is_external(dest: &str) -> bool {
    if dest.starts_with("//") {
        return true;
    }
    match dest.find(':') {
        Some(i) => {
            let scheme = &dest[..i];
            scheme.len() > 1
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        }
        None => false,
    }
}

/// Joins `rel` onto folder `dir` (both `/`-separated, relative to a locale root) and
/// removes `.` and `..` segments (RFC 3986 §5.2.4); a `rel` starting with `/` starts at
/// the root. `None` when `..` would leave the root.
pub fn normalize(dir: &str, rel: &str) -> Option<String> {
    let mut parts: Vec<&str> =
        if rel.starts_with('/') { Vec::new() } else { dir.split('/').filter(|s| !s.is_empty()).collect() };
    for seg in rel.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

/// The folder of a key (`partner-center/a.md` → `partner-center`; `a.md` → ``).
pub fn dir_of(key: &str) -> &str {
    key.rsplit_once('/').map_or("", |(d, _)| d)
}

/// The URL folder of the page with key `key`, with a trailing `/` (empty for a root
/// index): `.md`, `.yml` and `.yaml` are dropped and `index` maps to its folder, so
/// `x.md`, `x.yml` and `x/index.md` all publish `x/` (DocFX's output naming).
pub fn page_slug(key: &str) -> String {
    let stem = key
        .strip_suffix(".md")
        .or_else(|| key.strip_suffix(".yml"))
        .or_else(|| key.strip_suffix(".yaml"))
        .unwrap_or(key);
    let stem = if stem == "index" { "" } else { stem.strip_suffix("/index").unwrap_or(stem) };
    if stem.is_empty() {
        String::new()
    } else {
        format!("{stem}/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn externals() {
        for d in ["https://x.org", "mailto:a@b.c", "//cdn.x/y", "tel:+1", "ms-settings:x"] {
            assert!(is_external(d), "{d}");
        }
        for d in ["a.md", "/partner-center/x", "../a.md#b:c", "C:/x.md", ":x", "a:b/c.md"] {
            assert!(!is_external(d), "{d}");
        }
    }

    #[test]
    fn normalization() {
        assert_eq!(normalize("pc/announcements", "../a.md").as_deref(), Some("pc/a.md"));
        assert_eq!(normalize("pc", "./b/./c.md").as_deref(), Some("pc/b/c.md"));
        assert_eq!(normalize("pc", "../../x.md"), None);
        assert_eq!(normalize("pc", "/pc/x").as_deref(), Some("pc/x"));
    }

    #[test]
    fn slugs_and_fragments() {
        assert_eq!(page_slug("partner-center/a.md"), "partner-center/a/");
        assert_eq!(page_slug("partner-center/index.yml"), "partner-center/");
        assert_eq!(page_slug("index.md"), "");
        assert_eq!(fragment("a.md#caf%C3%A9").as_deref(), Some("café"));
        assert_eq!(raw_fragment("a.md#caf%C3%A9"), Some("caf%C3%A9"));
        assert_eq!(fragment("a.md"), None);
    }
}
