//! The model stage: pages indexed by locale and translation key, translation sets paired
//! by URL, assets, redirects ([`redirects`]) and link resolution ([`resolve`]).
//!
//! Built once from [`Content`] after loading; rendering, navigation, the checks and the
//! site all query it. Lookups are hash maps, so resolving one link is O(fallback chain
//! length).

pub mod redirects;
pub mod resolve;
pub mod suggest;

use crate::config::Config;
use crate::content::{Content, Page};
use crate::diagnostic::{Diagnostic, Rule, Span};
use crate::hash::{HashMap, HashSet};
pub use crate::link::page_slug;
use crate::locale::LocaleSet;
use crate::sanitize::HtmlPolicy;
pub use redirects::Redirect;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;
use suggest::SuggestIndex;

/// Per-locale lookup tables.
#[derive(Debug, Default)]
pub struct LocaleIndex {
    /// Page key → index into `Content::pages`.
    pub pages: HashMap<String, usize>,
    /// URL slug ([`page_slug`]) → index into `Content::pages`: the page this locale
    /// publishes at that URL. Pages pair into translations by this slug, not by file
    /// name, so `x.md` in one locale and `x.yml` in another (an article converted to a
    /// YAML FAQ whose translation is not updated yet) are translations of one page.
    pub by_url: HashMap<String, usize>,
    /// Asset keys.
    pub assets: HashSet<String>,
    /// Include/fragment keys (Markdown under `includes/`).
    pub fragments: HashSet<String>,
    /// Lower-cased key → real key, for pages, assets and fragments.
    pub lower: HashMap<String, String>,
    /// Redirect source key → index into `Model::redirects`.
    pub redirects: HashMap<String, usize>,
}

/// Everything link resolution and the build need to know about the site.
#[derive(Debug)]
pub struct Model<'c> {
    /// The config.
    pub config: &'c Config,
    /// The locales.
    pub locales: &'c LocaleSet,
    /// The loaded content.
    pub content: &'c Content,
    /// One index per locale, in `locales.locales` order.
    pub index: Vec<LocaleIndex>,
    /// All redirects.
    pub redirects: Vec<Redirect>,
    /// Every translation key of a page in any locale, sorted.
    pub keys: BTreeSet<String>,
    /// First path segments of page keys (`partner-center`): the docsets.
    pub docsets: BTreeSet<String>,
    /// Every folder (relative to a locale root) that holds a file in any locale.
    pub dirs: BTreeSet<String>,
    /// URL prefix (`/` or `/help/`).
    pub base_path: String,
    /// Every published page URL slug ([`page_slug`]) of any locale, sorted: one
    /// translation set each.
    pub urls: BTreeSet<String>,
    /// Where site-root links out of scope go: the config's `out_of_scope_base_url`, or
    /// its default for Microsoft Learn content (see [`Config::out_of_scope_base_url`]);
    /// `{locale}` stands for the reader's locale. Empty → links stay as written.
    pub out_of_scope_base: String,
    /// Where the theme's forms stand: article key → (heading id → form name), from each
    /// schema's `article` and `insert_before` ([`Model::with_forms`]); empty without forms.
    pub form_placements: BTreeMap<String, BTreeMap<String, String>>,
    /// Diagnostics from parsing redirect files and output path conflicts.
    pub diagnostics: Vec<Diagnostic>,
    /// What raw HTML and URLs of content may contain: the config's `trusted_html` and
    /// `video_hosts` ([`HtmlPolicy::from_config`]), read by the renderer, the TOC and
    /// the redirect pages.
    pub html_policy: HtmlPolicy,
    /// The "did you mean" index of each locale (in `locales.locales` order) and kind of
    /// target (page, asset, include: [`crate::link::Want`] order), each built on its first query.
    pub(crate) suggestions: Vec<[OnceLock<SuggestIndex>; 3]>,
}

/// The Microsoft Learn site, where other Learn docsets live.
pub const LEARN_BASE_URL: &str = "https://learn.microsoft.com/{locale}";

/// Whether any page carries Microsoft Learn metadata.
fn has_learn_metadata(content: &Content) -> bool {
    content
        .pages
        .iter()
        .any(|p| ["ms.contentlocale", "ms.service", "ms.topic"].iter().any(|k| p.meta.all.contains_key(*k)))
}

fn parent_dirs(key: &str, dirs: &mut BTreeSet<String>) {
    let mut k = key;
    while let Some((d, _)) = k.rsplit_once('/') {
        if !dirs.insert(d.to_string()) {
            break;
        }
        k = d;
    }
}

impl<'c> Model<'c> {
    /// Indexes `content`. Redirect files are parsed here; problems become diagnostics.
    pub fn new(config: &'c Config, locales: &'c LocaleSet, content: &'c Content) -> Model<'c> {
        let mut index: Vec<LocaleIndex> = locales.locales.iter().map(|_| LocaleIndex::default()).collect();
        let mut keys = BTreeSet::new();
        let mut dirs = BTreeSet::new();
        let mut docsets = BTreeSet::new();
        for (i, p) in content.pages.iter().enumerate() {
            let Some(li) = locales.index(&p.locale) else { continue };
            index[li].pages.insert(p.key.clone(), i);
            index[li].lower.insert(p.key.to_lowercase(), p.key.clone());
            keys.insert(p.key.clone());
            parent_dirs(&p.key, &mut dirs);
            if let Some((d, _)) = p.key.split_once('/') {
                docsets.insert(d.to_string());
            }
        }
        for a in &content.assets {
            if let Some(li) = locales.index(&a.locale) {
                index[li].assets.insert(a.key.clone());
                index[li].lower.entry(a.key.to_lowercase()).or_insert_with(|| a.key.clone());
                parent_dirs(&a.key, &mut dirs);
            }
        }
        for (l, k) in &content.fragments {
            if let Some(li) = locales.index(l) {
                index[li].fragments.insert(k.clone());
                index[li].lower.entry(k.to_lowercase()).or_insert_with(|| k.clone());
                parent_dirs(k, &mut dirs);
            }
        }
        for n in &content.nav {
            parent_dirs(&n.key, &mut dirs);
        }
        let mut redirect_list: Vec<Redirect> = Vec::new();
        let mut diagnostics = Vec::new();
        // Pages pair by URL. Two files of one locale with the same URL (`x.md` and
        // `x/index.md`, `x.md` and `x.yml`): the one whose key sorts first is published.
        let mut urls = BTreeSet::new();
        for (li, idx) in index.iter_mut().enumerate() {
            let mut mine: Vec<(&String, usize)> = idx.pages.iter().map(|(k, &i)| (k, i)).collect();
            mine.sort();
            for (key, i) in mine {
                let slug = page_slug(key);
                if let Some(&first) = idx.by_url.get(&slug) {
                    let p = &content.pages[i];
                    diagnostics.push(Diagnostic::new(
                        Rule::OutputPathConflict,
                        Some(Span::file(p.source.path.clone())),
                        format!(
                            "{key} and {} both publish /{}/{slug} in {}; {key} is not built",
                            content.pages[first].key, locales.locales[li].code, locales.locales[li].code
                        ),
                    ));
                } else {
                    idx.by_url.insert(slug.clone(), i);
                    urls.insert(slug);
                }
            }
        }
        for file in &content.redirect_files {
            let Some(li) = locales.index(&file.locale) else { continue };
            for r in redirects::parse(file, &mut diagnostics) {
                if let Some(what) = crate::sanitize::unsafe_url(&r.url).filter(|_| !config.trusted_html) {
                    // A redirect page would send readers to it (meta refresh and link).
                    let url = crate::markdown::shorten(&r.url);
                    diagnostics.push(Diagnostic::new(
                        Rule::UnsafeHtml,
                        Some(r.span.clone()),
                        format!("redirect target is a {what} `{url}`; the redirect is not published"),
                    ));
                    continue;
                }
                index[li].redirects.insert(r.source.clone(), redirect_list.len());
                redirect_list.push(r);
            }
        }
        Model {
            config,
            locales,
            content,
            index,
            redirects: redirect_list,
            keys,
            docsets,
            dirs,
            base_path: config.base_path(),
            urls,
            out_of_scope_base: match &config.out_of_scope_base_url {
                Some(b) => b.clone(),
                None if has_learn_metadata(content) => LEARN_BASE_URL.to_string(),
                None => String::new(),
            },
            form_placements: BTreeMap::new(),
            diagnostics,
            html_policy: HtmlPolicy::from_config(config),
            suggestions: locales.locales.iter().map(|_| Default::default()).collect(),
        }
    }

    /// The model with the placements of `forms`: each schema's form goes before the
    /// heading `insert_before` of its `article`, in every locale's copy (see
    /// [`crate::form::FormSchema`]). Schemas with an empty `insert_before` are placed only where
    /// a page writes `:::form name="…":::`.
    pub fn with_forms(mut self, forms: &crate::form::Forms) -> Model<'c> {
        for schema in forms.iter() {
            if !schema.insert_before.is_empty() {
                self.form_placements
                    .entry(schema.article.clone())
                    .or_default()
                    .insert(schema.insert_before.clone(), schema.name.clone());
            }
        }
        self
    }

    /// The form placed before heading `heading_id` of the article `key`, if any.
    pub fn form_before(&self, key: &str, heading_id: &str) -> Option<&str> {
        self.form_placements.get(key)?.get(heading_id).map(String::as_str)
    }

    /// The page with `key` in `locale`.
    pub fn page(&self, locale: &str, key: &str) -> Option<&'c Page> {
        let li = self.locales.index(locale)?;
        self.index[li].pages.get(key).map(|&i| &self.content.pages[i])
    }

    /// Index into `locales.locales` (and `index`).
    pub fn locale_index(&self, locale: &str) -> Option<usize> {
        self.locales.index(locale)
    }

    /// The page `locale` publishes at URL slug `slug` ([`page_slug`]).
    pub fn page_at(&self, locale: &str, slug: &str) -> Option<&'c Page> {
        let li = self.locales.index(locale)?;
        self.index[li].by_url.get(slug).map(|&i| &self.content.pages[i])
    }

    /// The translations of page `key`: each locale's page published at the same URL, in
    /// locale order.
    pub fn translations(&self, key: &str) -> Vec<&'c Page> {
        let slug = page_slug(key);
        self.locales.locales.iter().filter_map(|l| self.page_at(&l.code, &slug)).collect()
    }

    /// The page a reader of `locale` sees at the URL of `key`: the locale's own, else
    /// that of the first locale of its fallback chain that has one.
    pub fn page_or_fallback(&self, locale: &str, key: &str) -> Option<&'c Page> {
        self.page_or_fallback_at(locale, &page_slug(key))
    }

    /// As [`Model::page_or_fallback`], by URL slug.
    pub fn page_or_fallback_at(&self, locale: &str, slug: &str) -> Option<&'c Page> {
        self.page_at(locale, slug).or_else(|| {
            let l = self.locales.get(locale)?;
            l.fallback.iter().find_map(|f| self.page_at(f, slug))
        })
    }

    /// Whether the site publishes a page at URL slug `slug` for readers of `locale`: the
    /// locale's own page or a fallback copy of one from its chain.
    pub fn publishes(&self, locale: &str, slug: &str) -> bool {
        self.page_or_fallback_at(locale, slug).is_some()
    }

    /// The code (`zh-cn`) of the locale at index `li`; empty for an index out of range.
    pub fn locale_code(&self, li: usize) -> &str {
        self.locales.locales.get(li).map_or("", |l| l.code.as_str())
    }

    /// URL path of a page: `{base}{locale}/{key without .md/.yml}/`; `index` pages map to
    /// their folder (`{base}zh-cn/partner-center/`).
    pub fn page_url(&self, locale: &str, key: &str) -> String {
        format!("{}{}/{}", self.base_path, locale, page_slug(key))
    }

    /// URL path of an asset: `{base}{locale}/{key}`.
    pub fn asset_url(&self, locale: &str, key: &str) -> String {
        format!("{}{}/{}", self.base_path, locale, key)
    }

    /// Translation keys grouped into sorted per-locale maps (for reports).
    pub fn keys_by_locale(&self) -> BTreeMap<String, BTreeSet<String>> {
        self.locales
            .locales
            .iter()
            .enumerate()
            .map(|(i, l)| (l.code.clone(), self.index[i].pages.keys().cloned().collect()))
            .collect()
    }
}
