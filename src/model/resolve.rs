//! Link resolution: what a link destination written in a file of one locale points to.
//!
//! The heart of `docloc check` and of link rewriting in the build (see "Link resolution"
//! in DESIGN.md). A relative link from `<L>/<docset>/a.md` to `b.md#frag` resolves, in
//! order: the page in L; a redirect of L whose `source_path` matches; the page in L's
//! fallback chain (`link-fallback`); a case-insensitive match (`link-case-mismatch`);
//! otherwise not found. Site-root links (`/partner-center/x`) resolve the same way from
//! the locale root; those outside every docset of the content tree are out of scope.
//! Each link is resolved once, while rendering ([`crate::render`]); the [`Resolution`]
//! is kept in the link's facts, and both the HTML ([`Model::url_for`]) and the checks
//! read it.

use super::suggest::SuggestIndex;
use super::Model;
use crate::diagnostic::Rule;
use crate::link::{dir_of, is_external, normalize, page_slug, raw_fragment, Resolution, Resolved, Via, Want};
use percent_encoding::percent_decode_str;

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

    /// Resolves `dest`, written in file `from_key` of `locale`, to a target. Never fails:
    /// an unknown locale or a path leaving the root is [`Resolved::NotFound`] with a
    /// reason.
    pub fn resolve(&self, locale: &str, from_key: &str, dest: &str, want: Want) -> Resolution {
        let mut problems = Vec::new();
        let done = |target, problems| Resolution { target, problems };
        if is_external(dest) {
            return done(Resolved::External, problems);
        }
        let path_part = dest.split('#').next().unwrap_or("");
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
                Resolved::NotFound { wanted: path, reason: Some(format!("unknown locale {locale}")) },
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
                Resolved::NotFound { wanted: path, reason: Some("the path leaves the locale root".into()) },
                problems,
            );
        };
        let cands = candidates(&normalized, want);
        // 1. same locale
        if let Some(k) = cands.iter().find(|k| self.exists(li, k, want)) {
            return done(Resolved::Found { locale: li, key: k.clone(), via: Via::Direct }, problems);
        }
        // 1b. the same URL in the same locale, under another file name (`x.yml` where
        // this locale still has `x.md`): the reader stays in the locale.
        if want == Want::Page {
            if let Some(&i) = self.index[li].by_url.get(&page_slug(&normalized)) {
                let key = self.content.pages[i].key.clone();
                return done(Resolved::Found { locale: li, key, via: Via::Direct }, problems);
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
                return done(Resolved::Found { locale: fi, key: k.clone(), via: Via::Fallback }, problems);
            }
        }
        // 4. case-insensitive
        for &i in std::iter::once(&li).chain(chain.iter()) {
            for c in &cands {
                if let Some(real) = self.index[i].lower.get(&c.to_lowercase()) {
                    if self.exists(i, real, want) {
                        return done(
                            Resolved::Found { locale: i, key: real.clone(), via: Via::CaseMismatch },
                            problems,
                        );
                    }
                }
            }
        }
        // 5. not found
        let wanted = cands.into_iter().next().unwrap_or_default();
        done(Resolved::NotFound { wanted, reason: None }, problems)
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
    /// normalized Levenshtein similarity of the file names (≥ 0.6), ties to the key that
    /// sorts first. Answered by the locale's [`SuggestIndex`] for `want`, built on the
    /// first query.
    pub fn suggest(&self, li: usize, wanted: &str, want: Want) -> Option<String> {
        let idx = self.index.get(li)?;
        let slot = match want {
            Want::Page => 0,
            Want::Asset => 1,
            Want::Include => 2,
        };
        let index = self.suggestions.get(li)?[slot].get_or_init(|| match want {
            Want::Page => SuggestIndex::new(idx.pages.keys()),
            Want::Asset => SuggestIndex::new(idx.assets.iter()),
            Want::Include => SuggestIndex::new(idx.fragments.iter().chain(idx.pages.keys())),
        });
        index.best(wanted)
    }

    /// The URL a page published in `locale` uses for `dest` (written in `from_key`),
    /// given its resolution `r`; `None` keeps the link as written.
    ///
    /// A page found through the fallback chain is linked at the reader's own URL when the
    /// reader's locale publishes one there (the fallback copy), so navigation never sends
    /// a reader into another locale; redirects are followed to their final page; site-root
    /// links out of scope go to [`Model::out_of_scope_base`] when it is set.
    pub fn url_for(&self, locale: &str, dest: &str, r: &Resolution) -> Option<String> {
        let frag = raw_fragment(dest).map(|f| format!("#{f}")).unwrap_or_default();
        match &r.target {
            Resolved::Found { locale: l, key, via } => {
                let code = &self.locales.locales.get(*l)?.code;
                if self.index[*l].pages.contains_key(key) {
                    let reader = match via {
                        Via::Direct => code.as_str(),
                        _ if self.publishes(locale, &page_slug(key)) => locale,
                        _ => code.as_str(),
                    };
                    Some(format!("{}{frag}", self.page_url(reader, key)))
                } else {
                    Some(format!("{}{frag}", self.asset_url(code, key)))
                }
            }
            Resolved::Redirect(i) => Some(self.redirect_target_url(locale, *i, 0)),
            Resolved::OutOfScope if dest.starts_with('/') => self.out_of_scope_url(locale, dest),
            _ => None,
        }
    }

    /// Resolves `dest` and returns its URL for readers of `locale` ([`Model::url_for`]).
    pub fn link_url(&self, locale: &str, from_key: &str, dest: &str) -> Option<String> {
        let r = self.resolve(locale, from_key, dest, Want::Page);
        self.url_for(locale, dest, &r)
    }

    /// `dest` (a site-root path) on the site that [`Model::out_of_scope_base`] names, for
    /// readers of `locale`; `None` when no such site is configured.
    fn out_of_scope_url(&self, locale: &str, dest: &str) -> Option<String> {
        let base = &self.out_of_scope_base;
        if base.is_empty() {
            return None;
        }
        let base = base.replace("{locale}", locale);
        Some(format!("{}{dest}", base.trim_end_matches('/')))
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
        match r.target {
            Resolved::Redirect(j) if j != i => self.redirect_target_url(locale, j, depth + 1),
            Resolved::Redirect(_) => url.clone(),
            _ => self.url_for(locale, url, &r).unwrap_or_else(|| url.clone()),
        }
    }

    /// The URL for an image or media `src` published for `locale`, given its resolution:
    /// the asset in the locale or its fallback chain; when missing, the path the author
    /// meant under this locale.
    pub fn asset_url_for(&self, locale: &str, r: &Resolution) -> Option<String> {
        match &r.target {
            Resolved::Found { locale: l, key, .. } => Some(self.asset_url(&self.locales.locales.get(*l)?.code, key)),
            Resolved::NotFound { wanted, reason: None } => Some(self.asset_url(locale, wanted)),
            _ => None,
        }
    }
}
