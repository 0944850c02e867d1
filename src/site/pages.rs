//! The pages of a site: what every page shares ([`Shared`]: the analysis, the theme, the
//! per-site and per-locale parts of the contexts, built once), the typed context of each
//! kind of page, and writing a page through the sink. [`super::build`] decides which
//! pages to write; this file knows how one page is made.

use super::build::SiteMemo;
use super::context::*;
use super::prev_next::ReadingOrder;
use super::search::{SearchIndexer, SEARCH_DIR};
use super::sink::Sink;
use super::Error;
use crate::analysis::Analysis;
use crate::checks::hreflang;
use crate::content::yaml_page::YamlLink;
use crate::content::Page;
use crate::diagnostic::{Diagnostic, Rule, Span};
use crate::fingerprint::Fingerprint;
use crate::hash::{HashMap, HashMapExt};
use crate::link::page_slug;
use crate::model::Model;
use crate::project::Project;
use crate::render::RenderedPage;
use crate::theme::Theme;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

/// What [`Shared::write_site_files`] wrote.
pub(super) struct SiteFiles {
    /// Sitemap files (0 without a `base_url` host).
    pub(super) sitemaps: usize,
    /// Each locale's search index.
    pub(super) search: Vec<super::search::LocaleSearchIndex>,
    /// Time spent building the search indexes.
    pub(super) search_time: std::time::Duration,
}

/// What every page of one build shares: the analysis, the theme and the per-site and
/// per-locale parts of the template contexts, built once.
pub(super) struct Shared<'a> {
    pub(super) analysis: &'a Analysis<'a>,
    pub(super) theme: &'a Theme,
    pub(super) site: SiteContext,
    pub(super) langs: Vec<LangContext>,
    pub(super) strings: Vec<BTreeMap<String, String>>,
    /// Per locale: `site`, `lang` and `t` as a Tera context ([`PageTemplate::shared_context`]).
    shared_contexts: Vec<tera::Result<tera::Context>>,
    /// `ms.date` as each locale shows it, and its "Last updated" line, by locale index and date.
    dates: Mutex<HashMap<(usize, chrono::NaiveDate), (String, String)>>,
    pub(super) origin: String,
    pub(super) sink: &'a dyn Sink,
    pub(super) written: AtomicUsize,
    pub(super) diagnostics: Mutex<Vec<Diagnostic>>,
    /// Each locale's pages in TOC order (index = locale index).
    pub(super) orders: Vec<ReadingOrder>,
    /// The search indexer each own page is handed to as it is written; `None` when the
    /// config turns search off.
    pub(super) search: Option<SearchIndexer>,
    /// Fingerprints of the shared parts, computed on first use (only a memo asks).
    keys: OnceLock<SiteKeys>,
    /// Stale translations, known before rendering ([`super::stale::prepass`]).
    pub(super) stale: super::stale::StaleSet,
    /// The sections that changed since each stale translation, set once every page is
    /// rendered (stale pages are written after that).
    pub(super) changed: OnceLock<BTreeMap<(String, String), Vec<crate::parity::SectionChange>>>,
}

/// Fingerprints of the parts of the page contexts every page of a locale shares, for
/// [`Shared::page_key`].
struct SiteKeys {
    /// Per locale: `site`, every `lang` (the switcher names every locale), the locale's
    /// UI strings and Fluent chain (notices and dates are formatted through it), the
    /// default locale, the URL prefix and origin.
    locales: Vec<u128>,
    /// Per locale, per root TOC: the folder and the resolved tree.
    roots: Vec<Vec<u128>>,
    /// Per locale: the breadcrumb entries and the folders of the root TOCs (which root a
    /// page belongs to).
    breadcrumbs: Vec<u128>,
}

impl SiteKeys {
    fn new(shared: &Shared<'_>) -> SiteKeys {
        let model = shared.model();
        let project = shared.project();
        let locales = (0..model.locales.locales.len())
            .map(|li| {
                let mut f = Fingerprint::new();
                f.debug(&shared.site).debug(&shared.langs).debug(&shared.strings[li]);
                f.debug(&project.ui_chain(model.locale_code(li))).str(&model.locales.default);
                f.str(&model.base_path).str(&shared.origin);
                f.finish()
            })
            .collect();
        let navs = &shared.analysis.navs;
        let roots =
            navs.iter().map(|n| n.roots.iter().map(|r| Fingerprint::new().debug(r).finish()).collect()).collect();
        let breadcrumbs = navs
            .iter()
            .map(|n| {
                let mut f = Fingerprint::new();
                f.debug(&n.breadcrumb);
                for (dir, _) in &n.roots {
                    f.str(dir);
                }
                f.finish()
            })
            .collect();
        SiteKeys { locales, roots, breadcrumbs }
    }
}

impl<'a> Shared<'a> {
    /// The per-site and per-locale parts of every context of `analysis`'s site.
    pub(super) fn new(analysis: &'a Analysis<'a>, theme: &'a Theme, sink: &'a dyn Sink) -> Shared<'a> {
        let project = analysis.project;
        let model = &analysis.model;
        let base = model.base_path.clone();
        let origin = match project.config.base_url.split_once("://") {
            Some((scheme, rest)) => format!("{scheme}://{}", rest.split('/').next().unwrap_or("")),
            None => String::new(),
        };
        let assets = format!("{base}_docloc/");
        let search = project.config.search;
        let langs: Vec<LangContext> = model
            .locales
            .locales
            .iter()
            .enumerate()
            .map(|(i, l)| LangContext {
                code: l.code.clone(),
                bcp47: l.bcp47.clone(),
                name: project.locale_name(&l.code),
                dir: l.dir.to_string(),
                home_url: locale_home(model, &l.code).0,
                site_title: site_title(analysis, i),
                search_url: search.then(|| format!("{assets}{SEARCH_DIR}/{}/pagefind.js", l.code)),
                search_no_results: project.i18n.format(
                    &project.ui_chain(&l.code),
                    "search-no-results",
                    &[("query", "\u{E000}")],
                ),
                not_found_url: format!("{base}{}/404.html", l.code),
            })
            .collect();
        let site = SiteContext {
            title: site_title(analysis, model.locale_index(&model.locales.default).unwrap_or(0)),
            base_path: base.clone(),
            assets,
        };
        let strings: Vec<BTreeMap<String, String>> = {
            use rayon::prelude::*;
            model.locales.locales.par_iter().map(|l| project.i18n.strings(&project.ui_chain(&l.code))).collect()
        };
        let shared_contexts =
            langs.iter().zip(&strings).map(|(lang, t)| PageTemplate::shared_context(&site, lang, t)).collect();
        Shared {
            analysis,
            theme,
            site,
            langs,
            strings,
            shared_contexts,
            dates: Mutex::new(HashMap::new()),
            origin,
            sink,
            written: AtomicUsize::new(0),
            diagnostics: Mutex::new(Vec::new()),
            orders: analysis.navs.iter().map(ReadingOrder::new).collect(),
            search: search.then(|| {
                SearchIndexer::new(&model.locales.locales.iter().map(|l| l.bcp47.clone()).collect::<Vec<_>>())
            }),
            keys: OnceLock::new(),
            stale: super::stale::StaleSet::new(),
            changed: OnceLock::new(),
        }
    }

    /// The context of the root page: every locale's home, in the default locale.
    pub(super) fn root_context(&self) -> RootTemplate<'_> {
        let model = self.model();
        let locales = model
            .locales
            .locales
            .iter()
            .enumerate()
            .map(|(li, l)| RootLocale {
                code: l.code.clone(),
                bcp47: l.bcp47.clone(),
                name: self.langs[li].name.clone(),
                dir: self.langs[li].dir.clone(),
                url: self.langs[li].home_url.clone(),
            })
            .collect();
        let di = model.locale_index(&model.locales.default).unwrap_or(0);
        RootTemplate {
            site: &self.site,
            lang: &self.langs[di],
            t: &self.strings[di],
            locales,
            default_url: self.langs[di].home_url.clone(),
        }
    }

    pub(super) fn model(&self) -> &Model<'_> {
        &self.analysis.model
    }

    pub(super) fn project(&self) -> &Project {
        self.analysis.project
    }

    pub(super) fn absolute(&self, url: &str) -> String {
        format!("{}{url}", self.origin)
    }

    pub(super) fn put(&self, path: &str, bytes: &[u8]) -> Result<(), Error> {
        self.sink.write(path, bytes)?;
        self.written.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    /// Renders `template` with `ctx`; a failure is a `template-error` diagnostic at `path`.
    pub(super) fn render<T: Serialize>(&self, template: &str, ctx: &T, path: &str) -> Option<Vec<u8>> {
        self.render_context(template, tera::Context::from_serialize(ctx), path)
    }

    /// Renders `template` with the Tera context `ctx`, as [`Shared::render`].
    fn render_context(&self, template: &str, ctx: tera::Result<tera::Context>, path: &str) -> Option<Vec<u8>> {
        let result = ctx
            .map_err(|e| e.to_string())
            .and_then(|c| self.theme.render_bytes(template, &c).map_err(|e| e.to_string()));
        match result {
            Ok(html) => Some(html),
            Err(e) => {
                let mut d = self.diagnostics.lock().unwrap_or_else(|p| p.into_inner());
                d.push(Diagnostic::new(Rule::TemplateError, Some(Span::file(path.to_string())), e));
                None
            }
        }
    }

    /// The context of page `rp` published for readers of locale index `li`.
    pub(super) fn page_context<'r>(&'r self, li: usize, rp: &'r RenderedPage) -> PageTemplate<'r> {
        let model = self.model();
        let project = self.project();
        let locale = &model.locales.locales[li];
        let page: &Page = &model.content.pages[rp.page];
        let key = &page.key;
        let slug = page_slug(key);
        let chain = project.ui_chain(&locale.code);
        let is_fallback = page.locale != locale.code;
        let translations = model
            .locales
            .locales
            .iter()
            .enumerate()
            .map(|(mi, m)| TranslationLink {
                code: m.code.clone(),
                bcp47: m.bcp47.clone(),
                name: self.langs[mi].name.clone(),
                dir: self.langs[mi].dir.clone(),
                url: model.page_url(&m.code, key),
                current: mi == li,
                fallback: model.page_at(&m.code, &slug).is_none(),
                stale: model
                    .page_at(&m.code, &slug)
                    .is_some_and(|p| self.stale.contains_key(&(m.code.clone(), p.key.clone()))),
            })
            .collect();
        // A fallback copy is no member of the translation set: its canonical is the real page.
        let alternates: Vec<Alternate> = if is_fallback {
            Vec::new()
        } else {
            hreflang::alternates(model, key)
                .into_iter()
                .map(|a| Alternate { hreflang: a.hreflang, url: self.absolute(&a.url) })
                .collect()
        };
        let fallback = is_fallback.then(|| {
            let fi = model.locale_index(&page.locale).unwrap_or(0);
            FallbackNotice {
                notice: project.i18n.format(
                    &chain,
                    "fallback-notice",
                    &[
                        ("locale", &self.langs[li].name),
                        ("fallback", &isolate(&self.langs[fi].name, &self.langs[fi].dir, &self.langs[li].dir)),
                    ],
                ),
                locale_name: self.langs[fi].name.clone(),
                source_url: model.page_url(&page.locale, key),
                bcp47: model.locales.locales[fi].bcp47.clone(),
                dir: self.langs[fi].dir.clone(),
            }
        });
        let stale = (!is_fallback).then(|| self.stale_notice(li, rp)).flatten();
        let (date_display, date_line) = match page.meta.date {
            Some(d) => {
                // Formatted once per locale and date (CLDR formatting is a measurable share
                // of a page's context otherwise; a docs set has a few hundred dates).
                let mut dates = self.dates.lock().unwrap_or_else(|p| p.into_inner());
                let (shown, line) = dates
                    .entry((li, d))
                    .or_insert_with(|| {
                        use chrono::Datelike;
                        let shown = project.i18n.format_date(&chain, d.year(), d.month(), d.day());
                        let line = project.i18n.format(&chain, "article-date", &[("date", &shown)]);
                        (shown, line)
                    })
                    .clone();
                (Some(shown), Some(line))
            }
            None => (None, None),
        };
        let mut title = page.meta.title.clone().or_else(|| rp.rendered.title.clone()).unwrap_or_else(|| key.clone());
        let headings = rp
            .rendered
            .headings
            .iter()
            .filter(|h| h.level == 2)
            .map(|h| HeadingLink { level: h.level, id: h.id.clone(), text: h.text.clone() })
            .collect();
        let (mut summary_html, mut sections, mut highlights, mut faq) = ("", Vec::new(), Vec::new(), Vec::new());
        if let Some(y) = &rp.yaml {
            let mut urls = y.urls.iter();
            let mut next = |l: &YamlLink| CardLink {
                text: l.text.clone(),
                url: urls.next().cloned().unwrap_or_else(|| l.url.clone()),
            };
            sections = y
                .view
                .sections
                .iter()
                .map(|s| Card {
                    title: s.title.clone(),
                    links: s.links.iter().map(&mut next).collect(),
                    footer: s.footer.as_ref().map(&mut next),
                })
                .collect();
            highlights = y
                .view
                .highlights
                .iter()
                .map(|(l, t)| {
                    let link = next(l);
                    Highlight { title: l.text.clone(), url: link.url, item_type: t.clone() }
                })
                .collect();
            faq = y
                .view
                .faq
                .iter()
                .zip(&y.answers_html)
                .zip(&y.question_ids)
                .map(|((s, answers), ids)| FaqGroup {
                    name: s.name.clone(),
                    questions: s
                        .questions
                        .iter()
                        .zip(answers)
                        .zip(ids)
                        .map(|((q, a), id)| FaqEntry {
                            question: q.question.clone(),
                            id: id.clone(),
                            answer_html: a.clone(),
                        })
                        .collect(),
                })
                .collect();
            if !y.view.title.is_empty() {
                title = y.view.title.clone();
            }
            summary_html = &y.summary_html;
        }
        let site_path = format!("/{}", slug.trim_end_matches('/'));
        let nav = &self.analysis.navs[li];
        let breadcrumb =
            nav.breadcrumb_for(&site_path, key).into_iter().map(|(name, url)| Crumb { name, url: Some(url) }).collect();
        let root = nav.root_for(key);
        let toc_script =
            root.map(|i| format!("{}{}", self.site.assets, toc_script_path(&locale.code, &nav.roots[i].0)));
        let (prev, next, toc_name) = self.orders.get(li).map_or((None, None, None), |o| o.around(root, key));
        let html = self.fill_forms(li, &rp.rendered.html, &rp.rendered.forms);
        let (title_html, body_html) = split_title_cow(&html);
        // What the page shows as its <h1>: a YAML page's title; an article's leading `#`.
        let shown = if rp.yaml.is_some() {
            Some(title.as_str())
        } else {
            rp.rendered.title.as_deref().filter(|_| !title_html.is_empty())
        };
        let search_names = search_names(shown, [page.meta.title.as_deref(), toc_name.as_deref()]);
        let edit_url =
            project.config.edit_url.as_deref().filter(|u| !u.is_empty()).map(|u| edit_link(u, &page.source.path));
        let machine_translation = page
            .meta
            .all
            .get("ms.translationtype")
            .filter(|t| t.trim().eq_ignore_ascii_case("MT"))
            .map(|_| self.machine_translation(li, &chain, page));
        PageTemplate {
            site: &self.site,
            lang: &self.langs[li],
            t: &self.strings[li],
            translations,
            alternates,
            breadcrumb,
            toc_html: nav.sidebar_html(key),
            toc_script,
            page: PageContext {
                kind: page.kind.as_str(),
                title,
                description: page.meta.description.as_deref(),
                url: model.page_url(&locale.code, key),
                canonical: self.absolute(&model.page_url(&page.locale, key)),
                date_display,
                date_line,
                meta: &page.meta.all,
                fallback,
                stale,
                html,
                title_html,
                body_html,
                bilingual: rp.rendered.bilingual,
                toc_name,
                search_names,
                prev,
                next,
                edit_url,
                machine_translation,
                headings,
                summary_html,
                sections,
                highlights,
                faq,
            },
        }
    }

    /// The notice of page `rp` (published in its own locale, index `li`) when it is a
    /// stale translation: the changed sections (known once every page is rendered) with
    /// the page's own heading text where it has the section, and a link to the newest
    /// version.
    fn stale_notice(&self, li: usize, rp: &RenderedPage) -> Option<StaleNotice> {
        let model = self.model();
        let project = self.project();
        let page = &model.content.pages[rp.page];
        let code = &model.locales.locales[li].code;
        let (newest_locale, _lag) = self.stale.get(&(code.clone(), page.key.clone()))?;
        let chain = project.ui_chain(code);
        let own: BTreeMap<&str, &str> = rp.rendered.headings.iter().map(|h| (h.id.as_str(), h.text.as_str())).collect();
        let sections: Vec<StaleSection> = self
            .changed
            .get()
            .and_then(|c| c.get(&(code.clone(), page.key.clone())))
            .map(|changes| {
                changes
                    .iter()
                    .filter(|c| !c.id.is_empty())
                    .map(|c| StaleSection {
                        id: c.id.clone(),
                        title: own.get(c.id.as_str()).map_or_else(|| c.title.clone(), |t| t.to_string()),
                        on_page: own.contains_key(c.id.as_str()),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let sections_line = (!sections.is_empty()).then(|| {
            let titles: Vec<&str> = sections.iter().map(|s| s.title.as_str()).collect();
            project.i18n.format(&chain, "stale-notice-sections", &[("sections", &titles.join(", "))])
        });
        let newest = newest_locale.as_ref().and_then(|nl| {
            let ni = model.locale_index(nl)?;
            let newest_page = model.page(nl, &page.key)?;
            Some(NewestVersion {
                url: model.page_url(nl, &newest_page.key),
                text: project.i18n.format(&chain, "stale-newest-link", &[("language", &self.langs[ni].name)]),
                bcp47: model.locales.locales[ni].bcp47.clone(),
            })
        });
        Some(StaleNotice { notice: project.i18n.format(&chain, "stale-notice", &[]), sections_line, sections, newest })
    }

    /// The machine-translation notice of `page` for readers of locale index `li`, with
    /// a link to the page in the source locale when the site has it there.
    fn machine_translation(&self, li: usize, chain: &[&str], page: &Page) -> MachineTranslationNotice {
        let reader_dir = &self.langs[li].dir;
        let model = self.model();
        let project = self.project();
        let source = &model.locales.source;
        let link = (page.locale != *source)
            .then(|| model.page(source, &page.key))
            .flatten()
            .and_then(|p| model.locale_index(&p.locale))
            .map(|si| SourceLink {
                text: project.i18n.format(
                    chain,
                    "mt-notice-source",
                    &[("locale", &isolate(&self.langs[si].name, &self.langs[si].dir, reader_dir))],
                ),
                url: model.page_url(source, &page.key),
                bcp47: self.langs[si].bcp47.clone(),
            });
        MachineTranslationNotice { notice: project.i18n.format(chain, "mt-notice", &[]), source: link }
    }

    /// `html` with each form placeholder ([`crate::markdown::form_placeholder`]) replaced
    /// by the form's HTML in the language of readers of locale index `li` (their Fluent
    /// chain, so a fallback copy shows the form in the reader's language). A form placed
    /// twice is shown once, at its first place (its HTML ids are unique on the page); a
    /// name without a schema shows nothing (`check` reports `form-not-found`).
    pub(super) fn fill_forms<'h>(&self, li: usize, html: &'h str, forms: &[(String, Span)]) -> Cow<'h, str> {
        if forms.is_empty() {
            return Cow::Borrowed(html);
        }
        let mut out = html.to_string();
        let mut done = std::collections::BTreeSet::new();
        for (name, _) in forms {
            if !done.insert(name.as_str()) {
                continue;
            }
            let placeholder = crate::markdown::form_placeholder(name);
            out = out.replacen(&placeholder, &self.form_html(li, name), 1).replace(&placeholder, "");
        }
        Cow::Owned(out)
    }

    /// Form `name`'s HTML for readers of locale index `li`; empty without a schema.
    fn form_html(&self, li: usize, name: &str) -> String {
        let project = self.project();
        let chain = project.ui_chain(&self.langs[li].code);
        project
            .forms
            .get(name)
            .map(|schema| crate::form::render_html(schema, &project.i18n, &chain, &self.site.assets))
            .unwrap_or_default()
    }

    /// Fills and writes page `rp` for readers of locale index `li`; `false` when its
    /// template failed (a diagnostic is recorded and the page is skipped). A locale's own
    /// page is handed to the search index as it is written; a fallback copy is not.
    pub(super) fn write_page(&self, li: usize, rp: &RenderedPage) -> Result<bool, Error> {
        let Some(html) = self.fill_page(li, rp) else { return Ok(false) };
        self.put(&self.page_path(li, rp), &html)?;
        self.index_page(li, rp, &html);
        Ok(true)
    }

    /// As [`Shared::write_page`], and leaves `rp` without its HTML (the article's and a
    /// YAML page's), dropped as soon as the template's context holds its copy: a page's
    /// HTML is then held twice while the file is made (the context's `page.html` and
    /// `page.body_html`), not three times.
    pub(super) fn write_page_releasing(&self, li: usize, rp: &mut RenderedPage) -> Result<bool, Error> {
        let path = self.page_path(li, rp);
        let Some(html) = self.fill_page_releasing(li, rp) else { return Ok(false) };
        self.put(&path, &html)?;
        self.index_page(li, rp, &html);
        Ok(true)
    }

    /// As [`Shared::write_page`], writing the file `memo` kept when it was made from the
    /// same [`Shared::page_key`], and keeping the file it makes otherwise.
    pub(super) fn write_page_memo(&self, li: usize, rp: &RenderedPage, memo: &dyn SiteMemo) -> Result<bool, Error> {
        let path = self.page_path(li, rp);
        let key = self.page_key(li, rp, memo);
        // A kept file is written as it was; the search index still needs its HTML.
        let kept = if self.indexed(li, rp) {
            let tee = Tee { inner: self.sink, bytes: Mutex::new(None) };
            memo.write_kept(&tee, &path, key)?.then(|| tee.bytes.into_inner().unwrap_or_else(|p| p.into_inner()))
        } else {
            memo.write_kept(self.sink, &path, key)?.then_some(None)
        };
        if let Some(html) = kept {
            self.written.fetch_add(1, Ordering::Relaxed);
            if let Some(html) = html {
                self.index_page(li, rp, &html);
            }
            return Ok(true);
        }
        let full = memo.with_html(self.model(), rp);
        let Some(html) = self.fill_page(li, full.as_ref().unwrap_or(rp)) else { return Ok(false) };
        self.put(&path, &html)?;
        self.index_page(li, rp, &html);
        memo.keep_file(&path, key, &html);
        Ok(true)
    }

    /// Hands page file `html`, made from `rp` for readers of locale index `li`, to the
    /// search index when the page is that locale's own (a fallback copy is not indexed)
    /// and the site has search.
    fn index_page(&self, li: usize, rp: &RenderedPage, html: &[u8]) {
        let model = self.model();
        if let (Some(search), true) = (&self.search, self.indexed(li, rp)) {
            let url = model.page_url(model.locale_code(li), &model.content.pages[rp.page].key);
            search.add(li, &url, std::str::from_utf8(html).unwrap_or(""));
        }
    }

    /// Whether page `rp`, published for readers of locale index `li`, goes into the
    /// search index: the site has search and the page is the locale's own.
    fn indexed(&self, li: usize, rp: &RenderedPage) -> bool {
        let model = self.model();
        self.search.is_some() && model.content.pages[rp.page].locale == model.locale_code(li)
    }

    /// Where page `rp` is published for readers of locale index `li`.
    fn page_path(&self, li: usize, rp: &RenderedPage) -> String {
        let model = self.model();
        format!("{}/{}index.html", model.locale_code(li), page_slug(&model.content.pages[rp.page].key))
    }

    /// Page `rp` filled into its template for readers of locale index `li`; `None` when
    /// the template failed (a `template-error` diagnostic is recorded).
    /// As [`Shared::fill_page`], dropping `rp`'s HTML once the context is made.
    fn fill_page_releasing(&self, li: usize, rp: &mut RenderedPage) -> Option<Vec<u8>> {
        let Some(shared) = self.shared_contexts.get(li).and_then(|c| c.as_ref().ok()) else {
            let html = self.fill_page(li, rp);
            release_html(rp);
            return html;
        };
        let page = &self.model().content.pages[rp.page];
        let template = format!("{}.html", page.kind.as_str());
        let ctx = self.page_context(li, rp).tera_context(shared);
        release_html(rp);
        self.render_context(&template, ctx, &page.source.path)
    }

    fn fill_page(&self, li: usize, rp: &RenderedPage) -> Option<Vec<u8>> {
        let page = &self.model().content.pages[rp.page];
        let ctx = self.page_context(li, rp);
        let template = format!("{}.html", page.kind.as_str());
        match self.shared_contexts.get(li).and_then(|c| c.as_ref().ok()) {
            Some(shared) => self.render_context(&template, ctx.tera_context(shared), &page.source.path),
            None => self.render(&template, &ctx, &page.source.path),
        }
    }

    /// A fingerprint of everything [`Shared::page_context`] and [`Shared::fill_page`] read
    /// for page `rp` published for readers of locale index `li`, so that a file made from
    /// an equal key is the file they would make: the template and what it is made of; the
    /// per-site and per-locale parts of the context ([`SiteKeys`]); the page's file; its
    /// rendering; which locales publish a page at its URL (switcher, `hreflang`,
    /// fallback); the root TOC its sidebar and breadcrumb come from. Keep it in step with
    /// `page_context`: the `serve` tests compare every page with a fresh build.
    pub(super) fn page_key(&self, li: usize, rp: &RenderedPage, memo: &dyn SiteMemo) -> u128 {
        let model = self.model();
        let keys = self.keys.get_or_init(|| SiteKeys::new(self));
        let page = &model.content.pages[rp.page];
        let slug = page_slug(&page.key);
        let mut f = Fingerprint::new();
        f.u128(memo.template_fingerprint(&format!("{}.html", page.kind.as_str())));
        f.u128(keys.locales.get(li).copied().unwrap_or_default()).u128(li as u128);
        f.u128(memo.source_fingerprint(page)).str(&page.locale).str(&page.key).str(&page.source.path);
        f.str(self.project().config.edit_url.as_deref().unwrap_or(""));
        f.u128(memo.rendered_fingerprint(model, rp));
        // The switcher's stale marks and the page's own notice.
        for l in &model.locales.locales {
            f.u128(u128::from(
                model
                    .page_at(&l.code, &slug)
                    .is_some_and(|p| self.stale.contains_key(&(l.code.clone(), p.key.clone()))),
            ));
        }
        if let Some(n) = self.stale_notice(li, rp) {
            f.str(&format!("{n:?}"));
        }
        if !rp.rendered.forms.is_empty() {
            // The forms' HTML comes from the schemas and the reader's strings.
            for (name, _) in &rp.rendered.forms {
                f.str(name).str(&self.form_html(li, name));
            }
        }
        for l in &model.locales.locales {
            f.u128(u128::from(model.page_at(&l.code, &slug).is_some()));
        }
        let nav = &self.analysis.navs[li];
        match nav.root_for(&page.key) {
            Some(i) => f.u128(1 + i as u128).u128(keys.roots[li].get(i).copied().unwrap_or_default()),
            None => f.u128(0),
        };
        f.u128(keys.breadcrumbs[li]);
        f.finish()
    }

    /// As [`Shared::redirect_context`]'s fingerprint: what a redirect page of locale index
    /// `li` is made of besides the per-locale parts.
    pub(super) fn redirect_key(&self, li: usize, ctx: &RedirectTemplate<'_>, memo: &dyn SiteMemo) -> u128 {
        let keys = self.keys.get_or_init(|| SiteKeys::new(self));
        let mut f = Fingerprint::new();
        f.u128(memo.template_fingerprint("redirect.html"));
        f.u128(keys.locales.get(li).copied().unwrap_or_default()).u128(li as u128);
        f.str(&ctx.target_url).str(&ctx.notice);
        f.finish()
    }

    /// Writes the files that follow from the whole site, after every page: the 404
    /// pages, `sitemap.xml` (when `base_url` has a host) and each locale's search bundle.
    ///
    /// Errors: a sink write fails; the search index cannot be built.
    pub(super) fn write_site_files(&mut self) -> Result<SiteFiles, Error> {
        super::not_found::write(self)?;
        let sitemaps = super::sitemap::sitemap_files(self.model(), &self.origin);
        for (path, xml) in &sitemaps {
            self.put(path, xml.as_bytes())?;
        }
        let started = std::time::Instant::now();
        let search = match self.search.take() {
            Some(indexer) => {
                let codes: Vec<String> = self.langs.iter().map(|l| l.code.clone()).collect();
                let written = &self.written;
                indexer.finish(&codes, &format!("_docloc/{SEARCH_DIR}/"), self.sink, &|n| {
                    written.fetch_add(n, Ordering::Relaxed);
                })?
            }
            None => Vec::new(),
        };
        Ok(SiteFiles { sitemaps: sitemaps.len(), search, search_time: started.elapsed() })
    }

    /// The context of a redirect page of locale index `li` leading to `target`.
    pub(super) fn redirect_context(&self, li: usize, target: String) -> RedirectTemplate<'_> {
        let chain = self.project().ui_chain(&self.langs[li].code);
        let notice = self.project().i18n.format(&chain, "redirect-notice", &[("url", &target)]);
        RedirectTemplate { site: &self.site, lang: &self.langs[li], t: &self.strings[li], target_url: target, notice }
    }
}

/// `html` split after its leading `<h1>…</h1>` (the renderer writes an article's
/// title first); `("", html)` when it does not start with one.
pub(super) fn split_title(html: &str) -> (&str, &str) {
    let lead = html.len() - html.trim_start().len();
    if html[lead..].starts_with("<h1") {
        if let Some(end) = html.find("</h1>") {
            let at = end + "</h1>".len();
            return (&html[..at], &html[at..]);
        }
    }
    ("", html)
}

/// The names of `names` (front matter title, TOC name) worth indexing beside the
/// page's visible title `shown`: non-empty, each once, none equal to `shown` (compared
/// trimmed and case-insensitively, as search matches).
pub(super) fn search_names<const N: usize>(shown: Option<&str>, names: [Option<&str>; N]) -> Vec<String> {
    let key = |s: &str| s.trim().to_lowercase();
    let mut seen: Vec<String> = shown.map(key).into_iter().collect();
    let mut out = Vec::new();
    for name in names.into_iter().flatten() {
        let k = key(name);
        if !k.is_empty() && !seen.contains(&k) {
            seen.push(k);
            out.push(name.trim().to_string());
        }
    }
    out
}

/// [`split_title`] of a page's HTML that may have been rewritten (forms filled in):
/// borrowed parts of borrowed HTML, copies of an owned one.
fn split_title_cow<'h>(html: &Cow<'h, str>) -> (Cow<'h, str>, Cow<'h, str>) {
    match html {
        Cow::Borrowed(s) => {
            let (title, body) = split_title(s);
            (Cow::Borrowed(title), Cow::Borrowed(body))
        }
        Cow::Owned(s) => {
            let (title, body) = split_title(s);
            (Cow::Owned(title.to_string()), Cow::Owned(body.to_string()))
        }
    }
}

/// A sink passing every write to `inner` that keeps the bytes of the file it is handed
/// (one page file): a page file a cache keeps is written without being made again, and
/// the search index still needs its HTML.
struct Tee<'s> {
    inner: &'s dyn Sink,
    bytes: Mutex<Option<Vec<u8>>>,
}

impl Sink for Tee<'_> {
    fn write(&self, path: &str, bytes: &[u8]) -> Result<(), Error> {
        self.inner.write(path, bytes)?;
        *self.bytes.lock().unwrap_or_else(|p| p.into_inner()) = Some(bytes.to_vec());
        Ok(())
    }

    fn copy(&self, path: &str, from: &std::path::Path) -> Result<(), Error> {
        self.inner.copy(path, from)?;
        *self.bytes.lock().unwrap_or_else(|p| p.into_inner()) = std::fs::read(from).ok();
        Ok(())
    }

    fn write_kept(&self, path: &str, kept: super::sink::Kept<'_>) -> Result<(), Error> {
        self.inner.write_kept(path, kept)?;
        let bytes = match kept {
            super::sink::Kept::Bytes(b) => Some(b.to_vec()),
            super::sink::Kept::File(f) => std::fs::read(f).ok(),
        };
        *self.bytes.lock().unwrap_or_else(|p| p.into_inner()) = bytes;
        Ok(())
    }
}

/// `text` (written in direction `dir`) ready to sit inside a sentence of direction
/// `sentence_dir`: wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (U+2068,
/// U+2069; Unicode Bidirectional Algorithm, UAX #9 §2.7) when the two differ, so a
/// locale name such as `日本語 (日本)` keeps its parentheses in an Arabic notice; as it
/// is otherwise. Fluent's own isolation is off for the site's strings (they also end
/// up in attributes and scripts), so the places that mix directions do it here.
pub(super) fn isolate(text: &str, dir: &str, sentence_dir: &str) -> String {
    if dir == sentence_dir {
        text.to_string()
    } else {
        format!("\u{2068}{text}\u{2069}")
    }
}

/// The config's `edit_url` with `{path}` replaced by `path` (the source file relative to
/// the content root), percent-encoded where a URL needs it.
pub(super) fn edit_link(template: &str, path: &str) -> String {
    use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
    const PATH: &AsciiSet = &CONTROLS.add(b' ').add(b'"').add(b'#').add(b'%').add(b'<').add(b'>').add(b'?').add(b'`');
    template.replace("{path}", &utf8_percent_encode(path, PATH).to_string())
}

/// Where the full TOC tree of `locale`'s root TOC in folder `dir` is published, relative
/// to the theme's asset folder: `toc/<locale>/<dir>/toc.js` (`toc/<locale>/toc.js` for a
/// TOC at the content root).
pub(super) fn toc_script_path(locale: &str, dir: &str) -> String {
    if dir.is_empty() {
        format!("toc/{locale}/toc.js")
    } else {
        format!("toc/{locale}/{dir}/toc.js")
    }
}

/// The script that publishes one full TOC tree: it sets `window.doclocToc` to the tree's
/// HTML (a JSON string literal, which is valid JavaScript), for the theme's script to
/// swap in. A script rather than a fetched HTML file so that it also works from `file:`.
pub(super) fn toc_script(html: &str) -> Vec<u8> {
    let literal = serde_json::to_string(html).unwrap_or_else(|_| "\"\"".into());
    format!("window.doclocToc = {literal};\n").into_bytes()
}

/// Where a locale's home is: its root `index` page, else the first docset's index, else
/// its first page; and whether it is a root `index` page (then no redirect is needed).
pub(super) fn locale_home(model: &Model<'_>, locale: &str) -> (String, bool) {
    let has = |k: &str| model.page_or_fallback(locale, k).is_some();
    if has("index.md") || has("index.yml") {
        return (model.page_url(locale, "index.md"), true);
    }
    for d in &model.docsets {
        for k in [format!("{d}/index.yml"), format!("{d}/index.md")] {
            if has(&k) {
                return (model.page_url(locale, &k), false);
            }
        }
    }
    let first = model.keys.iter().next().cloned().unwrap_or_default();
    (model.page_url(locale, &first), false)
}

/// The site title for readers of locale index `li`: the config's `title`, else the title
/// of the locale's home page (its own or a fallback's), else the name of the first entry
/// of its root TOC, else the first docset's folder name.
pub(super) fn site_title(analysis: &Analysis<'_>, li: usize) -> String {
    let project = analysis.project;
    if !project.config.title.is_empty() {
        return project.config.title.clone();
    }
    let model = &analysis.model;
    let code = model.locale_code(li);
    let mut homes: Vec<String> = vec!["index.yml".into(), "index.md".into()];
    for d in &model.docsets {
        homes.push(format!("{d}/index.yml"));
        homes.push(format!("{d}/index.md"));
    }
    for k in &homes {
        if let Some(p) = model.page_or_fallback(code, k) {
            let yaml_title = p.yaml.as_ref().and_then(|y| y.get("title")).and_then(|t| t.as_str());
            if let Some(t) = p.meta.title.as_deref().or(yaml_title).map(str::trim).filter(|t| !t.is_empty()) {
                return t.to_string();
            }
        }
    }
    let nav = &analysis.navs[li];
    if let Some(name) = nav.roots.last().and_then(|(_, e)| e.first()).map(|e| e.name.trim()).filter(|n| !n.is_empty()) {
        return name.to_string();
    }
    model.docsets.iter().next().cloned().unwrap_or_default()
}

/// The contexts `build` passes to the templates, taken from the real code path on
/// `project`: one page of each kind in its own locale, an article as a fallback copy, a
/// redirect page and the root page, as `(template, context as JSON)`.
/// Drops the HTML of `rp` (its facts stay).
pub(super) fn release_html(rp: &mut RenderedPage) {
    rp.rendered.html = String::new();
    if let Some(y) = rp.yaml.as_mut() {
        y.summary_html = String::new();
        y.answers_html = Vec::new();
    }
}

#[cfg(test)]
pub(crate) fn sample_contexts(project: &Project) -> Vec<(String, serde_json::Value)> {
    let analysis = Analysis::prepare(project);
    let theme = Theme::load(None).expect("embedded theme");
    let sink = super::sink::MemorySink::new();
    let shared = Shared::new(&analysis, &theme, &sink);
    let model = &analysis.model;
    let json = |v: &dyn erased::Json| v.json();
    let mut out = Vec::new();
    let mut seen = crate::hash::HashSet::default();
    for (idx, page) in model.content.pages.iter().enumerate() {
        if !seen.insert(page.kind) {
            continue;
        }
        let li = model.locale_index(&page.locale).unwrap_or(0);
        let rp = crate::render::render_page(model, idx, &page.locale, &analysis.ui[li], crate::markdown::Produce::ALL);
        out.push((format!("{}.html", page.kind.as_str()), json(&shared.page_context(li, &rp))));
        if page.kind == crate::content::PageKind::Article {
            let other = (li + 1) % model.locales.locales.len();
            let rp = crate::render::render_page(
                model,
                idx,
                model.locale_code(other),
                &analysis.ui[other],
                crate::markdown::Produce::ALL,
            );
            out.push(("article.html".into(), json(&shared.page_context(other, &rp))));
        }
    }
    out.push(("redirect.html".into(), json(&shared.redirect_context(0, "/zh-cn/x/".into()))));
    out.push(("root.html".into(), json(&shared.root_context())));
    out.push((super::not_found::TEMPLATE.into(), json(&super::not_found::context(&shared, 0, true))));
    out
}

/// Every page of `project` in its own locale and as the next locale's fallback copy:
/// its Tera context as the build makes it (the locale's shared part plus the page's,
/// [`PageTemplate::tera_context`]) and as `tera::Context::from_serialize` makes it.
#[cfg(test)]
pub(crate) fn tera_contexts_both_ways(project: &Project) -> Vec<(serde_json::Value, serde_json::Value)> {
    let analysis = Analysis::prepare(project);
    let theme = Theme::load(None).expect("embedded theme");
    let sink = super::sink::MemorySink::new();
    let shared = Shared::new(&analysis, &theme, &sink);
    let model = &analysis.model;
    let mut out = Vec::new();
    for (idx, page) in model.content.pages.iter().enumerate() {
        let own = model.locale_index(&page.locale).unwrap_or(0);
        for li in [own, (own + 1) % model.locales.locales.len()] {
            let rp = crate::render::render_page(
                model,
                idx,
                model.locale_code(li),
                &analysis.ui[li],
                crate::markdown::Produce::ALL,
            );
            let ctx = shared.page_context(li, &rp);
            let base = shared.shared_contexts[li].as_ref().expect("shared context");
            let built = ctx.tera_context(base).expect("page context").into_json();
            let whole = tera::Context::from_serialize(&ctx).expect("page context").into_json();
            out.push((built, whole));
        }
    }
    out
}

#[cfg(test)]
mod erased {
    /// A context as JSON, for comparing its shape with the theme's fixture.
    pub(super) trait Json {
        fn json(&self) -> serde_json::Value;
    }
    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> serde_json::Value {
            serde_json::to_value(self).expect("contexts serialize")
        }
    }
}
