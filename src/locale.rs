//! The locale model: which locales a site has, their names, direction and fallback chains.
//!
//! Built right after loading the config, before content is read. Locale codes are
//! lower-case BCP 47 tags as used for folder names (`zh-cn`); [`Locale::bcp47`] gives
//! the canonical spelling (`zh-CN`, RFC 5646 §2.1.1) used in `lang`, `hreflang` and
//! `ms.contentlocale`.

use crate::config::Config;
use std::path::Path;
use unic_langid::LanguageIdentifier;

/// One locale of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locale {
    /// Folder name, lower-case (`zh-cn`).
    pub code: String,
    /// Canonical BCP 47 spelling (`zh-CN`).
    pub bcp47: String,
    /// Primary language subtag (`zh`).
    pub language: String,
    /// Display name from the config, if given (else the theme's Fluent name is used).
    pub configured_name: Option<String>,
    /// `ltr` or `rtl`: the config's `dir`, else the CLDR direction of the locale's
    /// (likely) script (`rtl` for `ar-sa`, `he-il`, `fa-ir`, `az-arab`).
    pub dir: &'static str,
    /// Full fallback chain, without the locale itself: configured fallbacks, then
    /// locales of the same language, then the source locale, then all others in order.
    pub fallback: Vec<String>,
}

impl Locale {
    /// Whether the locale's script is CJK (Chinese, Japanese, Korean): such text needs
    /// fewer characters, which matters for length rules.
    pub fn is_cjk(&self) -> bool {
        matches!(self.language.as_str(), "zh" | "ja" | "ko")
    }
}

/// Parses a folder name as a locale tag: a valid BCP 47 tag whose primary language
/// subtag has 2 or 3 letters (so `partner-center` or `images` are not locales).
/// Returns the canonical tag.
pub fn parse_tag(name: &str) -> Option<LanguageIdentifier> {
    let first = name.split(['-', '_']).next()?;
    if !(2..=3).contains(&first.len()) || !first.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    name.parse::<LanguageIdentifier>().ok()
}

/// The site's locales, in a fixed order (config order, or sorted when detected).
#[derive(Debug, Clone)]
pub struct LocaleSet {
    /// All locales.
    pub locales: Vec<Locale>,
    /// The source locale code (may not be among `locales`).
    pub source: String,
    /// The locale of the root page's default and `x-default`.
    pub default: String,
}

impl LocaleSet {
    /// Builds the set from the config, or, with no `[[locales]]`, from the content root's
    /// top-level folders that parse as language tags (sorted by code).
    /// `only` restricts to the given codes (the `--locale` flag); unknown codes are returned
    /// as the second value so the CLI can report them.
    pub fn new(config: &Config, content_root: &Path, only: &[String]) -> (LocaleSet, Vec<String>) {
        type Entry = (String, Option<String>, Option<String>, Vec<String>);
        let mut entries: Vec<Entry> = if config.locales.is_empty() {
            let mut codes: Vec<String> = std::fs::read_dir(content_root)
                .into_iter()
                .flatten()
                .flatten()
                .filter(|e| e.file_type().map(|t| t.is_dir()).unwrap_or(false))
                .filter_map(|e| e.file_name().to_str().map(str::to_string))
                .filter(|n| parse_tag(n).is_some())
                .map(|n| n.to_ascii_lowercase())
                .collect();
            codes.sort();
            codes.dedup();
            codes.into_iter().map(|c| (c, None, None, Vec::new())).collect()
        } else {
            config.locales.iter().map(|l| (l.code.clone(), l.name.clone(), l.dir.clone(), l.fallback.clone())).collect()
        };
        let mut unknown = Vec::new();
        if !only.is_empty() {
            let wanted: Vec<String> = only.iter().map(|s| s.to_ascii_lowercase()).collect();
            unknown = wanted.iter().filter(|w| !entries.iter().any(|e| &e.0 == *w)).cloned().collect();
            entries.retain(|e| wanted.contains(&e.0));
        }
        let codes: Vec<String> = entries.iter().map(|e| e.0.clone()).collect();
        let source = config.source_locale.clone();
        let locales = entries
            .into_iter()
            .map(|(code, name, dir, configured)| {
                let tag = parse_tag(&code);
                let bcp47 = tag.as_ref().map_or_else(|| code.clone(), |t| t.to_string());
                let language = tag.as_ref().map_or_else(|| code.clone(), |t| t.language.as_str().to_string());
                let mut chain: Vec<String> = Vec::new();
                let mut push = |c: &str| {
                    if c != code && !chain.iter().any(|x| x == c) && codes.iter().any(|k| k == c) {
                        chain.push(c.to_string());
                    }
                };
                for c in &configured {
                    push(c);
                }
                for c in &codes {
                    if parse_tag(c).is_some_and(|t| t.language.as_str() == language) {
                        push(c);
                    }
                }
                push(&source);
                for c in &codes {
                    push(c);
                }
                let dir = match dir.as_deref() {
                    Some("rtl") => "rtl",
                    Some(_) => "ltr",
                    None if crate::i18n::cldr::is_right_to_left(&bcp47) => "rtl",
                    None => "ltr",
                };
                Locale { code, bcp47, language, configured_name: name, dir, fallback: chain }
            })
            .collect::<Vec<_>>();
        let default = config
            .default_locale
            .clone()
            .map(|d| d.to_ascii_lowercase())
            .filter(|d| codes.contains(d))
            .or_else(|| codes.iter().find(|c| **c == source).cloned())
            .or_else(|| codes.first().cloned())
            .unwrap_or_else(|| source.clone());
        (LocaleSet { locales, source, default }, unknown)
    }

    /// The locale with folder name `code`.
    pub fn get(&self, code: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.code == code)
    }

    /// Index of a locale in [`LocaleSet::locales`].
    pub fn index(&self, code: &str) -> Option<usize> {
        self.locales.iter().position(|l| l.code == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_names_that_are_not_locales() {
        assert!(parse_tag("zh-cn").is_some());
        assert_eq!(parse_tag("zh-cn").unwrap().to_string(), "zh-CN");
        assert!(parse_tag("partner-center").is_none());
        assert!(parse_tag("images").is_none());
        assert!(parse_tag("sv-se").is_some());
    }

    #[test]
    fn direction_comes_from_cldr_unless_configured() {
        let dir = tempfile::tempdir().unwrap();
        for l in ["ar-sa", "he-il", "de-de", "fa-ir", "sr-latn-rs"] {
            std::fs::create_dir(dir.path().join(l)).unwrap();
        }
        let (set, _) = LocaleSet::new(&Config::default(), dir.path(), &[]);
        let dirs: Vec<_> = set.locales.iter().map(|l| (l.code.as_str(), l.dir)).collect();
        assert_eq!(
            dirs,
            [("ar-sa", "rtl"), ("de-de", "ltr"), ("fa-ir", "rtl"), ("he-il", "rtl"), ("sr-latn-rs", "ltr")]
        );
    }

    #[test]
    fn fallback_prefers_same_language_then_source_then_rest() {
        let dir = tempfile::tempdir().unwrap();
        for l in ["zh-cn", "zh-tw", "ru-ru", "en-us", "partner-center"] {
            std::fs::create_dir(dir.path().join(l)).unwrap();
        }
        let (set, unknown) = LocaleSet::new(&Config::default(), dir.path(), &[]);
        assert!(unknown.is_empty());
        let codes: Vec<_> = set.locales.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes, ["en-us", "ru-ru", "zh-cn", "zh-tw"]);
        assert_eq!(set.get("zh-tw").unwrap().fallback, ["zh-cn", "en-us", "ru-ru"]);
        assert_eq!(set.get("ru-ru").unwrap().fallback, ["en-us", "zh-cn", "zh-tw"]);
        assert_eq!(set.default, "en-us");
        let (only, unknown) = LocaleSet::new(&Config::default(), dir.path(), &["ZH-TW".into(), "xx-yy".into()]);
        assert_eq!(only.locales.len(), 1);
        assert_eq!(unknown, ["xx-yy"]);
    }
}
