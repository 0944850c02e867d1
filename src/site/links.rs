//! Link resolution: what a link destination written in a file of one locale points to.
//!
//! The heart of `docloc check` and of link rewriting in the build (see "Link resolution"
//! in DESIGN.md). A relative link from `<L>/<docset>/a.md` to `b.md#frag` resolves, in
//! order: the page in L; a redirect of L whose `source_path` matches; the page in L's
//! fallback chain (`link-fallback`); a case-insensitive match (`link-case-mismatch`);
//! otherwise not found, with a "did you mean" suggestion. Site-root links
//! (`/partner-center/x`) resolve the same way from the locale root; those outside every
//! docset of the content tree are out of scope.

use super::model::{page_slug, Model};
use crate::diagnostic::Rule;
use percent_encoding::percent_decode_str;

/// What kind of file a destination must name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Want {
    /// A page (`.md`, `.yml`, or an extension-less site path).
    Page,
    /// An image or other asset.
    Asset,
    /// An include file (any Markdown file, pages and `includes/` fragments).
    Include,
}

/// How a found target was reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Via {
    /// In the link's own locale.
    Direct,
    /// Only in this other locale of the fallback chain.
    Fallback(String),
    /// Only when ignoring case; the path as written differs from the real key.
    CaseMismatch,
}

/// The outcome of resolving one destination.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    /// `http:`, `https:`, `mailto:`, `//host`… — not in the site.
    External,
    /// Only a fragment (`#x`): the same page.
    SamePage,
    /// A file of the content tree.
    Found {
        /// Locale the file is in.
        locale: String,
        /// Its key.
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
        /// The key that was looked for (after normalization).
        wanted: String,
        /// A close existing key, for "did you mean".
        suggestion: Option<String>,
        /// Why, when it is not simply absent (e.g. the path leaves the locale root).
        reason: Option<String>,
    },
}

/// A resolved link: target, fragment and author-error findings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    /// The target.
    pub target: Resolved,
    /// The percent-decoded fragment without `#`, if any.
    pub fragment: Option<String>,
    /// The fragment as written (for rewriting URLs).
    pub raw_fragment: Option<String>,
    /// Author errors in the path itself (`link-backslash`, `link-space`).
    pub problems: Vec<(Rule, String)>,
}

/// Whether `dest` has a URL scheme or is protocol-relative.
pub fn is_external(dest: &str) -> bool {
    if dest.starts_with("//") {
        return true;
    }
    match dest.find(':') {
        Some(i) => {
            let scheme = &dest[..i];
            !scheme.is_empty()
                && scheme.len() > 1
                && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                && !dest[..i].contains('/')
        }
        None => false,
    }
}

/// Joins `rel` onto folder `dir` and removes `.` and `..`; `None` when `..` leaves the root.
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

/// The folder of a key (`partner-center/a.md` → `partner-center`).
pub fn dir_of(key: &str) -> &str {
    key.rsplit_once('/').map_or("", |(d, _)| d)
}

fn candidates(path: &str, want: Want) -> Vec<String> {
    if want != Want::Page {
        return vec![path.to_string()];
    }
    let lower = path.to_ascii_lowercase();
    if lower.ends_with(".md") || lower.ends_with(".yml") || lower.ends_with(".yaml") {
        return vec![path.to_string()];
    }
    if path.is_empty() || path.ends_with('/') {
        return vec![format!("{path}index.md"), format!("{path}index.yml")];
    }
    vec![
        format!("{path}.md"),
        format!("{path}.yml"),
        format!("{path}/index.md"),
        format!("{path}/index.yml"),
        path.to_string(),
    ]
}

impl Model<'_> {
    fn exists(&self, li: usize, key: &str, want: Want) -> bool {
        let idx = &self.index[li];
        match want {
            Want::Page => idx.pages.contains_key(key) || idx.assets.contains(key),
            Want::Asset => idx.assets.contains(key) || idx.pages.contains_key(key),
            Want::Include => idx.fragments.contains(key) || idx.pages.contains_key(key),
        }
    }

    /// Resolves `dest`, written in file `from_key` of `locale`, to a target.
    pub fn resolve(&self, locale: &str, from_key: &str, dest: &str, want: Want) -> Resolution {
        let mut problems = Vec::new();
        let (path_part, raw_fragment) = match dest.split_once('#') {
            Some((p, f)) => (p, Some(f.to_string())),
            None => (dest, None),
        };
        let fragment = raw_fragment.as_ref().map(|f| percent_decode_str(f).decode_utf8_lossy().into_owned());
        let done = |target, problems| Resolution {
            target,
            fragment: fragment.clone(),
            raw_fragment: raw_fragment.clone(),
            problems,
        };
        if is_external(dest) {
            return done(Resolved::External, problems);
        }
        let path_part = path_part.split('?').next().unwrap_or("");
        if path_part.is_empty() {
            return done(Resolved::SamePage, problems);
        }
        let mut path = percent_decode_str(path_part).decode_utf8_lossy().into_owned();
        if path.contains('\\') {
            problems.push((Rule::LinkBackslash, format!("link `{dest}` uses backslashes")));
            path = path.replace('\\', "/");
        }
        if path_part.contains(' ') {
            problems.push((Rule::LinkSpace, format!("link `{dest}` contains a space")));
        }
        let Some(li) = self.locale_index(locale) else {
            return done(
                Resolved::NotFound { wanted: path, suggestion: None, reason: Some(format!("unknown locale {locale}")) },
                problems,
            );
        };
        let normalized = if let Some(rooted) = path.strip_prefix('/') {
            let mut rooted = rooted.to_string();
            let base = self.base_path.trim_matches('/');
            if !base.is_empty() {
                if let Some(r) = rooted.strip_prefix(base).and_then(|r| r.strip_prefix('/')) {
                    rooted = r.to_string();
                }
            }
            // `/zh-cn/partner-center/x`: a locale prefix names the locale explicitly.
            if let Some((first, rest)) = rooted.split_once('/') {
                if self.locales.get(&first.to_ascii_lowercase()).is_some() {
                    rooted = rest.to_string();
                }
            }
            if self.out_of_scope(&rooted) {
                return done(Resolved::OutOfScope, problems);
            }
            normalize("", &rooted)
        } else {
            normalize(dir_of(from_key), &path)
        };
        let Some(normalized) = normalized else {
            return done(
                Resolved::NotFound {
                    wanted: path,
                    suggestion: None,
                    reason: Some("the path leaves the locale root".into()),
                },
                problems,
            );
        };
        let cands = candidates(&normalized, want);
        // 1. same locale
        if let Some(k) = cands.iter().find(|k| self.exists(li, k, want)) {
            return done(Resolved::Found { locale: locale.into(), key: k.clone(), via: Via::Direct }, problems);
        }
        // 1b. the same URL in the same locale, under another file name (`x.yml` where
        // this locale still has `x.md`): the reader stays in the locale.
        if want == Want::Page {
            if let Some(&i) = self.index[li].by_url.get(&page_slug(&normalized)) {
                let key = self.content.pages[i].key.clone();
                return done(Resolved::Found { locale: locale.into(), key, via: Via::Direct }, problems);
            }
        }
        // 2. redirect
        if want == Want::Page {
            let redirect_keys = cands.iter().flat_map(|k| [k.clone(), format!("{k}.md")]);
            for k in redirect_keys {
                if let Some(&r) = self.index[li].redirects.get(&k) {
                    return done(Resolved::Redirect(r), problems);
                }
            }
        }
        // 3. fallback chain
        let chain: Vec<usize> = self.locales.locales[li].fallback.iter().filter_map(|f| self.locale_index(f)).collect();
        for &fi in &chain {
            if let Some(k) = cands.iter().find(|k| self.exists(fi, k, want)) {
                let code = self.locales.locales[fi].code.clone();
                return done(
                    Resolved::Found { locale: code.clone(), key: k.clone(), via: Via::Fallback(code) },
                    problems,
                );
            }
        }
        // 4. case-insensitive
        for &i in std::iter::once(&li).chain(chain.iter()) {
            for c in &cands {
                if let Some(real) = self.index[i].lower.get(&c.to_lowercase()) {
                    if self.exists(i, real, want) {
                        let code = self.locales.locales[i].code.clone();
                        return done(
                            Resolved::Found { locale: code, key: real.clone(), via: Via::CaseMismatch },
                            problems,
                        );
                    }
                }
            }
        }
        // 5. not found
        let suggestion = self.suggest(li, &cands[0], want);
        done(Resolved::NotFound { wanted: cands[0].clone(), suggestion, reason: None }, problems)
    }

    /// Whether a site-root path (without leading `/`) lies outside the content tree's
    /// docsets: its first segment is no docset, it matches `check.external_docsets`, or
    /// one of its folders exists in no locale (`/partner-center/develop/…`).
    pub fn out_of_scope(&self, rooted: &str) -> bool {
        let with_slash = format!("/{rooted}");
        if self.config.check.external_docsets.iter().any(|p| with_slash.starts_with(p.as_str())) {
            return true;
        }
        let first = rooted.split('/').next().unwrap_or("");
        if !self.docsets.contains(first) {
            return true;
        }
        let trimmed = rooted.trim_end_matches('/');
        // A trailing `/` names a folder (`/partner-center/develop/`): that folder must exist.
        let dir = if rooted.ends_with('/') { trimmed } else { dir_of(trimmed) };
        !dir.is_empty() && !self.dirs.contains(dir) && !self.dirs.contains(trimmed)
    }

    /// A close existing key of locale `li` for "did you mean": same folder first, by
    /// normalized Levenshtein similarity of the file names (≥ 0.6).
    pub fn suggest(&self, li: usize, wanted: &str, want: Want) -> Option<String> {
        let idx = &self.index[li];
        let dir = dir_of(wanted);
        let name = wanted.rsplit('/').next().unwrap_or(wanted);
        let pool: Box<dyn Iterator<Item = &String>> = match want {
            Want::Page => Box::new(idx.pages.keys()),
            Want::Asset => Box::new(idx.assets.iter()),
            Want::Include => Box::new(idx.fragments.iter().chain(idx.pages.keys())),
        };
        let mut best: Option<(f64, &String)> = None;
        for k in pool {
            let kname = k.rsplit('/').next().unwrap_or(k);
            let mut score = strsim::normalized_levenshtein(name, kname);
            if dir_of(k) != dir {
                score -= 0.1;
            }
            if score >= 0.6 && best.is_none_or(|(s, b)| score > s || (score == s && k < b)) {
                best = Some((score, k));
            }
        }
        best.map(|(_, k)| k.clone())
    }

    /// The URL a page of `locale` should use for `dest` written in `from_key`, following
    /// redirects to their final page when possible; `None` keeps the link as written.
    pub fn link_url(&self, locale: &str, from_key: &str, dest: &str) -> Option<String> {
        let r = self.resolve(locale, from_key, dest, Want::Page);
        let frag = r.raw_fragment.as_ref().map(|f| format!("#{f}")).unwrap_or_default();
        match r.target {
            Resolved::Found { locale: l, key, .. } => {
                let li = self.locale_index(&l)?;
                if self.index[li].pages.contains_key(&key) {
                    Some(format!("{}{frag}", self.page_url(&l, &key)))
                } else {
                    Some(format!("{}{frag}", self.asset_url(&l, &key)))
                }
            }
            Resolved::Redirect(i) => Some(self.redirect_target_url(locale, i, 0)),
            Resolved::OutOfScope if !self.config.out_of_scope_base_url.is_empty() && dest.starts_with('/') => {
                let base = self.config.out_of_scope_base_url.replace("{locale}", locale);
                Some(format!("{}{dest}", base.trim_end_matches('/')))
            }
            _ => None,
        }
    }

    /// Where redirect `i` leads, as a URL for readers of `locale`: a site page's URL when
    /// `redirect_url` is a site-root path that resolves (following chains up to 8 hops),
    /// else `redirect_url` as written.
    pub fn redirect_target_url(&self, locale: &str, i: usize, depth: usize) -> String {
        let url = &self.redirects[i].url;
        if !url.starts_with('/') || depth > 8 {
            return url.clone();
        }
        let r = self.resolve(locale, "", url, Want::Page);
        let frag = r.raw_fragment.as_ref().map(|f| format!("#{f}")).unwrap_or_default();
        match r.target {
            Resolved::Found { locale: l, key, .. } => format!("{}{frag}", self.page_url(&l, &key)),
            Resolved::Redirect(j) if j != i => self.redirect_target_url(locale, j, depth + 1),
            Resolved::OutOfScope if !self.config.out_of_scope_base_url.is_empty() => {
                let base = self.config.out_of_scope_base_url.replace("{locale}", locale);
                format!("{}{url}", base.trim_end_matches('/'))
            }
            _ => url.clone(),
        }
    }

    /// The URL for an image or media `src` written in `from_key`, published for `locale`:
    /// the asset in the locale or its fallback chain; when missing, the path the author
    /// meant under this locale.
    pub fn image_url(&self, locale: &str, from_key: &str, src: &str) -> Option<String> {
        let r = self.resolve(locale, from_key, src, Want::Asset);
        match r.target {
            Resolved::Found { locale: l, key, .. } => Some(self.asset_url(&l, &key)),
            Resolved::NotFound { wanted, reason: None, .. } => Some(self.asset_url(locale, &wanted)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn externals() {
        for d in ["https://x.org", "mailto:a@b.c", "//cdn.x/y", "tel:+1"] {
            assert!(is_external(d), "{d}");
        }
        for d in ["a.md", "/partner-center/x", "../a.md#b:c", "a:b/c.md"] {
            assert!(!is_external(d) || d == "a:b/c.md", "{d}");
        }
    }

    #[test]
    fn normalization() {
        assert_eq!(normalize("pc/announcements", "../a.md").as_deref(), Some("pc/a.md"));
        assert_eq!(normalize("pc", "./b/./c.md").as_deref(), Some("pc/b/c.md"));
        assert_eq!(normalize("pc", "../../x.md"), None);
        assert_eq!(normalize("pc", "/pc/x").as_deref(), Some("pc/x"));
    }
}
