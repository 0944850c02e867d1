//! Site configuration: the optional `docloc.toml` at the site root.
//!
//! First stage of the pipeline. Every field has a default, so a content tree with no
//! config builds: locales are then detected from the content root's folder names
//! (see [`crate::locale`]). Parsing (`Config::parse`) is separate from reading
//! (`Config::from_file`), as in Zola and mdBook.

use crate::diagnostic::Severity;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Errors reading or parsing `docloc.toml`. Fatal: the CLI exits with code 2.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file exists but could not be read.
    #[error("cannot read config {path}: {source}")]
    Read {
        /// The config file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The TOML is malformed or has unknown keys / wrong types.
    #[error("invalid config {path}: {source}")]
    Parse {
        /// The config file (`<string>` when parsed from memory).
        path: PathBuf,
        /// The TOML error, with line and column.
        source: toml::de::Error,
    },
    /// A value parsed but makes no sense (e.g. an unknown rule id).
    #[error("invalid config {path}: {message}")]
    Invalid {
        /// The config file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
}

/// One locale entry of `[[locales]]`.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct LocaleConfig {
    /// Folder name under the content root, a lower-case BCP 47 tag (`zh-cn`).
    pub code: String,
    /// The locale's own name for the language switcher (`中文(简体)`); default from
    /// the Fluent `language-name` message or a built-in table.
    #[serde(default)]
    pub name: Option<String>,
    /// Text direction, `ltr` or `rtl`; default from the language (ar, he, fa, ur → rtl).
    #[serde(default)]
    pub dir: Option<String>,
    /// Locales to take a page from when this locale lacks it, in order. docloc always
    /// appends the source locale and then every other locale, so a page is never lost.
    #[serde(default)]
    pub fallback: Vec<String>,
}

/// Severity override for one rule: `allow` silences it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleLevel {
    /// Drop the diagnostic.
    Allow,
    /// Report as info.
    Info,
    /// Report as a warning.
    Warn,
    /// Report as an error.
    Deny,
}

impl RuleLevel {
    /// The severity this level maps to; `None` for `allow`.
    pub fn severity(self) -> Option<Severity> {
        match self {
            RuleLevel::Allow => None,
            RuleLevel::Info => Some(Severity::Info),
            RuleLevel::Warn => Some(Severity::Warning),
            RuleLevel::Deny => Some(Severity::Error),
        }
    }

    /// Parses `allow|info|warn|warning|deny|error`.
    pub fn parse(s: &str) -> Option<RuleLevel> {
        match s {
            "allow" | "off" => Some(RuleLevel::Allow),
            "info" => Some(RuleLevel::Info),
            "warn" | "warning" => Some(RuleLevel::Warn),
            "deny" | "error" => Some(RuleLevel::Deny),
            _ => None,
        }
    }
}

/// `[check]`: what `docloc check` (and the build's warnings) enforce.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct CheckConfig {
    /// Front matter keys every article must have (Microsoft Learn's required set).
    pub required_attributes: Vec<String>,
    /// Site-root path prefixes of other docs sets: links there are `link-out-of-scope`
    /// (info) rather than `file-not-found`. Links to any site-root path outside the
    /// content tree's docsets are out of scope anyway; this list documents known ones.
    pub external_docsets: Vec<String>,
    /// `date-out-of-range` when `ms.date` is older than this many months (0 = no limit).
    pub max_age_months: u32,
    /// Title length bounds in chars for alphabetic scripts `[min, max]`.
    pub title_length: [usize; 2],
    /// Title length bounds for CJK scripts (zh, ja, ko), whose text is shorter.
    pub title_length_cjk: [usize; 2],
    /// Description length bounds for alphabetic scripts.
    pub description_length: [usize; 2],
    /// Description length bounds for CJK scripts.
    pub description_length_cjk: [usize; 2],
    /// Per-rule severity overrides, e.g. `"toc-orphan" = "allow"`.
    pub rules: BTreeMap<String, RuleLevel>,
}

impl Default for CheckConfig {
    fn default() -> Self {
        CheckConfig {
            required_attributes: ["title", "description", "ms.date", "ms.topic", "author", "ms.author"]
                .map(String::from)
                .to_vec(),
            external_docsets: Vec::new(),
            max_age_months: 0,
            title_length: [10, 120],
            title_length_cjk: [4, 60],
            description_length: [20, 300],
            description_length_cjk: [8, 160],
            rules: BTreeMap::new(),
        }
    }
}

/// `[parity]`: what `docloc parity` compares (see the README's "`docloc parity`").
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct ParityConfig {
    /// Front matter keys a translation must not change: compared across translations of
    /// one source version (same `ms.openlocfilehash`), a difference is a
    /// `front-matter` finding. Default: `ms.topic`, `ms.service`, `author`, `ms.date`.
    pub invariant_keys: Vec<String>,
    /// Per-locale stand-ins for `**…**` emphasis in bilingual (sxs) segments, by locale
    /// code: each pattern is an opening and a closing mark around `…`, e.g.
    /// `"zh-cn" = ["“…”"]` counts a pair of Chinese quotation marks (how zh-cn
    /// translations often render a bold UI name) as one emphasis, i.e. two `**`.
    pub emphasis_equivalents: BTreeMap<String, Vec<String>>,
    /// A segment left identical to its English source is an `unchanged` finding only
    /// when the English has at least this many words (product names such as
    /// `Azure` stay English on purpose). Default 2.
    pub unchanged_min_words: usize,
    /// `docloc build` publishes the parity dashboard at `/_parity/`. Default true.
    pub dashboard: bool,
    /// `docloc build` puts a notice on each stale translation (with the sections changed
    /// since and a link to the newest version) and marks stale translations in the
    /// language switcher. Default true.
    pub stale_notices: bool,
}

impl Default for ParityConfig {
    fn default() -> Self {
        ParityConfig {
            invariant_keys: ["ms.topic", "ms.service", "author", "ms.date"].map(String::from).to_vec(),
            emphasis_equivalents: BTreeMap::new(),
            unchanged_min_words: 2,
            dashboard: true,
            stale_notices: true,
        }
    }
}

/// The whole `docloc.toml`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Site title shown in the header and `<title>`. Empty (the default) → taken from
    /// the content, per locale: the title of the locale's home page (the docset's
    /// landing page), else the first entry of its root TOC.
    pub title: String,
    /// Absolute base URL (`https://docs.example.com/help/`); its path becomes the
    /// prefix of every site URL. Empty → URLs start at `/`.
    pub base_url: String,
    /// Base URL for site-root links outside the content tree's docsets (`/azure/…`):
    /// `https://learn.microsoft.com/{locale}` rewrites them to that site (`{locale}` is
    /// replaced by the page's locale). Empty → such links stay as written. Unset (the
    /// default) → `https://learn.microsoft.com/{locale}` when the content carries
    /// Microsoft Learn metadata (`ms.contentlocale`, `ms.service` or `ms.topic` in any
    /// page), since those links name other Learn docsets; else empty.
    pub out_of_scope_base_url: Option<String>,
    /// Content root, relative to the config file's folder.
    pub content_dir: PathBuf,
    /// Output folder, relative to the config file's folder.
    pub output_dir: PathBuf,
    /// The locale translations are made from (default `en-us`); may be absent from
    /// the content, as in the Partner Center corpus.
    pub source_locale: String,
    /// The locale of the root page's default and of `x-default`; default: the source
    /// locale when present, else the first locale.
    pub default_locale: Option<String>,
    /// Explicit locale list; empty → detected from the content root.
    pub locales: Vec<LocaleConfig>,
    /// Theme folder overriding the embedded templates (`templates/`).
    pub templates_dir: Option<PathBuf>,
    /// Fluent folder overriding the embedded UI strings (`locales/`).
    pub ui_locales_dir: Option<PathBuf>,
    /// Maximum include nesting depth (DocFX allows nested includes).
    pub include_depth: usize,
    /// Link every page to its source file in the repository: a URL with `{path}`
    /// standing for the file's path relative to the content root
    /// (`https://github.com/org/repo/edit/main/docs/{path}` →
    /// `…/docs/zh-cn/partner-center/x.md`). Unset (the default) → no "Edit" link.
    pub edit_url: Option<String>,
    /// Write a search index per locale and show a search box on every page (Pagefind;
    /// see `site::search`). Default `true`.
    pub search: bool,
    /// Publish raw HTML unchecked, as DocFX does (default `false`: raw HTML goes through
    /// the allow-list of [`crate::sanitize`], script is removed and reported as
    /// `unsafe-html`). Only for docs sets whose every writer may publish script.
    pub trusted_html: bool,
    /// Hosts whose raw `<iframe>`/`<video>` embeds are kept: a host (its sub-domains
    /// included) or a host and path prefix (`www.youtube.com/embed`). Default:
    /// [`DEFAULT_VIDEO_HOSTS`]. `[!VIDEO]` embeds are made by docloc
    /// itself and need no entry.
    pub video_hosts: Vec<String>,
    /// Follow symlinks in the content root whose target lies outside it (default
    /// `false`: they are skipped with a `symlink-outside-root` warning).
    pub follow_external_symlinks: bool,
    /// Largest file docloc reads from the content root, in bytes (default 128 MiB, far
    /// above the largest real article); a larger file is a `file-too-large` error.
    pub max_file_size: u64,
    /// Check settings.
    pub check: CheckConfig,
    /// Parity report settings.
    pub parity: ParityConfig,
}

/// Video hosts whose `<iframe>`/`<video>` embeds raw HTML may keep by default: a host
/// (sub-domains included) or a host and path prefix. The default of `video_hosts`.
pub const DEFAULT_VIDEO_HOSTS: &[&str] =
    &["youtube-nocookie.com", "www.youtube.com/embed", "learn.microsoft.com", "player.vimeo.com"];

/// Default `max_file_size` in bytes: 128 MiB, about 550 times the largest article of the
/// Partner Center corpora (231 KB, `corpus-sxs/ru-ru/partner-center/insights-data-definitions.md`),
/// so a 50 MB generated article still builds.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 128 * 1024 * 1024;

impl Default for Config {
    fn default() -> Self {
        Config {
            title: String::new(),
            base_url: String::new(),
            out_of_scope_base_url: None,
            content_dir: PathBuf::from("content"),
            output_dir: PathBuf::from("public"),
            source_locale: "en-us".into(),
            default_locale: None,
            locales: Vec::new(),
            templates_dir: None,
            ui_locales_dir: None,
            include_depth: 8,
            edit_url: None,
            search: true,
            trusted_html: false,
            video_hosts: DEFAULT_VIDEO_HOSTS.iter().map(|s| s.to_string()).collect(),
            follow_external_symlinks: false,
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            check: CheckConfig::default(),
            parity: ParityConfig::default(),
        }
    }
}

impl Config {
    /// Parses TOML text. `path` is only used in error messages.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let mut config: Config =
            toml::from_str(text).map_err(|source| ConfigError::Parse { path: path.to_path_buf(), source })?;
        config.normalize(path)?;
        Ok(config)
    }

    /// Reads and parses a config file.
    pub fn from_file(path: &Path) -> Result<Config, ConfigError> {
        let text =
            std::fs::read_to_string(path).map_err(|source| ConfigError::Read { path: path.to_path_buf(), source })?;
        Config::parse(&text, path)
    }

    fn normalize(&mut self, path: &Path) -> Result<(), ConfigError> {
        self.source_locale = self.source_locale.to_ascii_lowercase();
        for l in &mut self.locales {
            l.code = l.code.to_ascii_lowercase();
            for f in &mut l.fallback {
                *f = f.to_ascii_lowercase();
            }
            if let Some(dir) = &l.dir {
                if dir != "ltr" && dir != "rtl" {
                    return Err(ConfigError::Invalid {
                        path: path.to_path_buf(),
                        message: format!("locale {}: dir must be \"ltr\" or \"rtl\", not {dir:?}", l.code),
                    });
                }
            }
        }
        let equivalents = std::mem::take(&mut self.parity.emphasis_equivalents);
        for (locale, patterns) in equivalents {
            if let Some(bad) =
                patterns.iter().find(|p| p.split_once('…').is_none_or(|(o, c)| o.is_empty() || c.is_empty()))
            {
                return Err(ConfigError::Invalid {
                    path: path.to_path_buf(),
                    message: format!(
                        "[parity.emphasis_equivalents] {locale}: {bad:?} must be an opening and a closing mark around `…`, such as \"“…”\""
                    ),
                });
            }
            self.parity.emphasis_equivalents.insert(locale.to_ascii_lowercase(), patterns);
        }
        if let Some(url) = &self.edit_url {
            if !url.contains("{path}") {
                return Err(ConfigError::Invalid {
                    path: path.to_path_buf(),
                    message: format!("edit_url {url:?} must contain `{{path}}`, where the file's path goes"),
                });
            }
        }
        for id in self.check.rules.keys() {
            if crate::diagnostic::Rule::from_id(id).is_none() {
                return Err(ConfigError::Invalid {
                    path: path.to_path_buf(),
                    message: format!("[check.rules]: unknown rule id {id:?}"),
                });
            }
        }
        Ok(())
    }

    /// The path prefix of every URL: `/` or `/help/` (from `base_url`).
    pub fn base_path(&self) -> String {
        let rest = self.base_url.split_once("://").map_or(self.base_url.as_str(), |(_, r)| r);
        let path = if self.base_url.contains("://") { rest.find('/').map_or("", |i| &rest[i..]) } else { rest };
        let trimmed = path.trim_matches('/');
        if trimmed.is_empty() {
            "/".into()
        } else {
            format!("/{trimmed}/")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_config_has_defaults() {
        let c = Config::parse("", Path::new("docloc.toml")).unwrap();
        assert_eq!(c, Config::default());
        assert_eq!(c.base_path(), "/");
    }

    #[test]
    fn base_path_from_url() {
        let mut c = Config { base_url: "https://x.org/help".into(), ..Config::default() };
        assert_eq!(c.base_path(), "/help/");
        c.base_url = "https://x.org".into();
        assert_eq!(c.base_path(), "/");
    }

    #[test]
    fn unknown_keys_and_rules_are_errors() {
        assert!(matches!(Config::parse("titel = 'x'", Path::new("a")), Err(ConfigError::Parse { .. })));
        let e = Config::parse("[check.rules]\nno-such-rule = 'allow'", Path::new("a"));
        assert!(matches!(e, Err(ConfigError::Invalid { .. })));
        let ok = Config::parse("[check.rules]\ntoc-orphan = 'allow'", Path::new("a")).unwrap();
        assert_eq!(ok.check.rules["toc-orphan"], RuleLevel::Allow);
    }

    #[test]
    fn parity_table_parses_and_validates() {
        let c = Config::parse(
            "[parity]\ninvariant_keys = ['ms.topic']\n[parity.emphasis_equivalents]\n'zh-CN' = ['“…”']",
            Path::new("a"),
        )
        .unwrap();
        assert_eq!(c.parity.invariant_keys, ["ms.topic"]);
        assert_eq!(c.parity.emphasis_equivalents["zh-cn"], ["“…”"]);
        assert_eq!(c.parity.unchanged_min_words, 2);
        let e = Config::parse("[parity.emphasis_equivalents]\nzh-cn = ['“”']", Path::new("a"));
        assert!(matches!(e, Err(ConfigError::Invalid { .. })));
        assert!(matches!(Config::parse("[parity]\nno_such = 1", Path::new("a")), Err(ConfigError::Parse { .. })));
    }

    #[test]
    fn edit_url_needs_a_path_placeholder_and_search_is_on_by_default() {
        let c = Config::parse("edit_url = 'https://github.com/o/r/edit/main/{path}'", Path::new("a")).unwrap();
        assert_eq!(c.edit_url.as_deref(), Some("https://github.com/o/r/edit/main/{path}"));
        assert!(c.search);
        assert!(matches!(
            Config::parse("edit_url = 'https://x.org/'", Path::new("a")),
            Err(ConfigError::Invalid { .. })
        ));
        assert!(!Config::parse("search = false", Path::new("a")).unwrap().search);
    }

    #[test]
    fn safety_settings_default_to_safe_and_parse() {
        let c = Config::default();
        assert!(!c.trusted_html && !c.follow_external_symlinks);
        assert_eq!(c.max_file_size, 128 * 1024 * 1024);
        assert!(c.video_hosts.iter().any(|h| h == "player.vimeo.com"));
        let c = Config::parse(
            "trusted_html = true\nvideo_hosts = ['videos.example.com']\nfollow_external_symlinks = true\nmax_file_size = 1024",
            Path::new("a"),
        )
        .unwrap();
        assert!(c.trusted_html && c.follow_external_symlinks);
        assert_eq!(c.video_hosts, ["videos.example.com"]);
        assert_eq!(c.max_file_size, 1024);
    }

    #[test]
    fn locales_are_lower_cased() {
        let c = Config::parse("[[locales]]\ncode = 'zh-CN'\nfallback = ['ZH-TW']", Path::new("a")).unwrap();
        assert_eq!(c.locales[0].code, "zh-cn");
        assert_eq!(c.locales[0].fallback, ["zh-tw"]);
    }
}
