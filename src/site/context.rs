//! Typed template contexts: what each theme template sees, as `Serialize` structs.
//!
//! Part of the site stage. Every page template (`article.html`, `landing.html`,
//! `hub.html`, `faq.html`) gets a [`PageTemplate`]; `redirect.html` a
//! [`RedirectTemplate`]; `root.html` a [`RootTemplate`]. The field names are the
//! template interface documented at the top of `templates/base.html`; renaming one here
//! breaks the theme tests instead of silently emptying a page (Zola's `content/ser.rs`
//! does the same with `SerializingPage`). Per-site and per-locale parts are built once
//! and borrowed by every page.

use serde::Serialize;
use std::borrow::Cow;
use std::collections::BTreeMap;

/// `site`: the same on every page.
#[derive(Debug, Clone, Serialize)]
pub struct SiteContext {
    /// Site title for the header and `<title>`, in the reader's locale (see
    /// [`LangContext::site_title`], which templates prefer when set).
    pub title: String,
    /// URL prefix of every page (`/` or `/help/`).
    pub base_path: String,
    /// URL of the theme's asset folder (`{base_path}_docloc/`).
    pub assets: String,
}

/// `lang`: the reader's locale.
#[derive(Debug, Clone, Serialize)]
pub struct LangContext {
    /// Folder code (`zh-cn`).
    pub code: String,
    /// BCP 47 spelling (`zh-CN`) for `lang` attributes.
    pub bcp47: String,
    /// The locale's name in its own language.
    pub name: String,
    /// `ltr` or `rtl`.
    pub dir: String,
    /// URL of the locale's home page.
    pub home_url: String,
    /// The site title in this locale (from the config, else the content's own landing
    /// page or TOC root in this locale).
    pub site_title: String,
    /// URL of this locale's search script (`{assets}search/{code}/pagefind.js`, see
    /// `site::search`); `None` when the site has no search (`search = false`).
    pub search_url: Option<String>,
    /// The localized "no results" sentence with U+E000 where the reader's query goes
    /// (the script puts the query there, as text).
    pub search_no_results: String,
    /// URL of this locale's "page not found" page (`{base}{code}/404.html`).
    pub not_found_url: String,
}

/// One entry of the language switcher (`translations`).
#[derive(Debug, Clone, Serialize)]
pub struct TranslationLink {
    /// Folder code.
    pub code: String,
    /// BCP 47 spelling.
    pub bcp47: String,
    /// The locale's name in its own language.
    pub name: String,
    /// That locale's text direction, `ltr` or `rtl` (for `dir` beside `lang`, so the
    /// name reads right inside a page of the other direction).
    pub dir: String,
    /// URL of this page in that locale.
    pub url: String,
    /// Whether it is the reader's locale.
    pub current: bool,
    /// Whether that locale shows this page from a fallback (it has no translation).
    pub fallback: bool,
    /// Whether that locale's translation is of an older version of the source (see
    /// [`crate::parity`]); the switcher marks it (`t.switcher_stale`).
    pub stale: bool,
}

/// One `<link rel="alternate" hreflang>` (`alternates`), `x-default` included.
#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    /// BCP 47 tag or `x-default`.
    pub hreflang: String,
    /// Absolute URL when the config has a `base_url` with a host, else root-relative.
    pub url: String,
}

/// One breadcrumb entry.
#[derive(Debug, Clone, Serialize)]
pub struct Crumb {
    /// Display name.
    pub name: String,
    /// Target, if any.
    pub url: Option<String>,
}

/// `page.fallback`: the page is shown in another locale.
#[derive(Debug, Clone, Serialize)]
pub struct FallbackNotice {
    /// The notice sentence, in the reader's language.
    pub notice: String,
    /// Name of the locale the content comes from.
    pub locale_name: String,
    /// URL of the page in that locale.
    pub source_url: String,
    /// BCP 47 tag of that locale (for `lang` on the content).
    pub bcp47: String,
    /// That locale's text direction, `ltr` or `rtl` (for `dir` on the content: a
    /// left-to-right copy inside a right-to-left locale's page keeps its own layout).
    pub dir: String,
}

/// The notice on a stale translation (`page.stale`): its text in the reader's language,
/// the sections that changed since, and the newest version to read.
#[derive(Debug, Clone, Serialize)]
pub struct StaleNotice {
    /// "This translation is older than the latest version of this page."
    pub notice: String,
    /// "Changed since: …" with the changed sections' titles, when known.
    pub sections_line: Option<String>,
    /// The changed sections, newest version's order: `{ id, title, on_page }`.
    pub sections: Vec<StaleSection>,
    /// The newest version: its page URL, link text, and BCP 47 tag; `None` when the
    /// newest version is unknown.
    pub newest: Option<NewestVersion>,
}

/// One changed section of a stale translation.
#[derive(Debug, Clone, Serialize)]
pub struct StaleSection {
    /// Heading anchor (the same in every locale).
    pub id: String,
    /// Heading text: the page's own when it has the section, else the newest version's.
    pub title: String,
    /// Whether the page has a heading with that anchor (`#id` then links to it).
    pub on_page: bool,
}

/// The newest version of a stale translation's page.
#[derive(Debug, Clone, Serialize)]
pub struct NewestVersion {
    /// Its URL.
    pub url: String,
    /// "Read the latest version (English)".
    pub text: String,
    /// BCP 47 tag of its locale (`hreflang`).
    pub bcp47: String,
}

/// An "In this article" entry (`page.headings`).
#[derive(Debug, Clone, Serialize)]
pub struct HeadingLink {
    /// 2 (only level-2 headings are listed).
    pub level: u8,
    /// Id to link to.
    pub id: String,
    /// Plain text.
    pub text: String,
}

/// A link of a YAML page's card or highlight.
#[derive(Debug, Clone, Serialize)]
pub struct CardLink {
    /// Link text.
    pub text: String,
    /// Rewritten URL.
    pub url: String,
}

/// A card of links (`page.sections`).
#[derive(Debug, Clone, Serialize)]
pub struct Card {
    /// Card title.
    pub title: String,
    /// Its links.
    pub links: Vec<CardLink>,
    /// Hub `footerLink`.
    pub footer: Option<CardLink>,
}

/// A hub highlight (`page.highlights`).
#[derive(Debug, Clone, Serialize)]
pub struct Highlight {
    /// Title.
    pub title: String,
    /// Rewritten URL.
    pub url: String,
    /// `itemType` (`overview`, `tool`…).
    pub item_type: String,
}

/// A FAQ question with its answer (`page.faq[].questions`).
#[derive(Debug, Clone, Serialize)]
pub struct FaqEntry {
    /// The question text.
    pub question: String,
    /// Its id: the slug of the question, as Microsoft Learn gives it.
    pub id: String,
    /// The answer as HTML.
    pub answer_html: String,
}

/// A FAQ section (`page.faq`).
#[derive(Debug, Clone, Serialize)]
pub struct FaqGroup {
    /// Section name.
    pub name: String,
    /// Its questions.
    pub questions: Vec<FaqEntry>,
}

/// A link to another page of the site: previous/next in TOC order.
#[derive(Debug, Clone, Serialize)]
pub struct NavLink {
    /// The page's name in the TOC.
    pub name: String,
    /// Its URL in the reader's locale.
    pub url: String,
}

/// `page.machine_translation`: the page's front matter has `ms.translationtype: MT`.
#[derive(Debug, Clone, Serialize)]
pub struct MachineTranslationNotice {
    /// The localized notice sentence.
    pub notice: String,
    /// The page in the locale its content was translated from (the source locale),
    /// when the site has it.
    pub source: Option<SourceLink>,
}

/// The page in the locale its content comes from.
#[derive(Debug, Clone, Serialize)]
pub struct SourceLink {
    /// The localized link text ("Original version: English (United States)").
    pub text: String,
    /// URL of the page in that locale.
    pub url: String,
    /// BCP 47 tag of that locale (for `hreflang`).
    pub bcp47: String,
}

/// `page`: one page as its template sees it.
#[derive(Debug, Clone, Serialize)]
pub struct PageContext<'a> {
    /// `article`, `landing`, `hub` or `faq` (also the template name).
    pub kind: &'static str,
    /// Title: front matter `title`, else the YAML page's or the first `#` heading.
    pub title: String,
    /// Front matter `description`.
    pub description: Option<&'a str>,
    /// Root-relative URL of this page in the reader's locale.
    pub url: String,
    /// Canonical URL: the page in the locale its content comes from.
    pub canonical: String,
    /// `ms.date` formatted for the reader's locale.
    pub date_display: Option<String>,
    /// The localized "Last updated …" line.
    pub date_line: Option<String>,
    /// Every front matter key (values as text).
    pub meta: &'a BTreeMap<String, String>,
    /// Set when the page is shown from a fallback locale.
    pub fallback: Option<FallbackNotice>,
    /// Set when the page is a stale translation (an older version of its source).
    pub stale: Option<StaleNotice>,
    /// Body HTML (articles), its own `<h1>` included, forms filled in (see
    /// `Shared::fill_forms`).
    pub html: Cow<'a, str>,
    /// The article's leading `<h1>` (empty when the body does not start with one): the
    /// theme puts the date, notices and "In this article" under it, on every screen.
    pub title_html: Cow<'a, str>,
    /// The body after `title_html`.
    pub body_html: Cow<'a, str>,
    /// Whether the page is bilingual (sxs): every sentence carries its English source.
    pub bilingual: bool,
    /// The page's name in its locale's TOC, if it is listed.
    pub toc_name: Option<String>,
    /// Names the page goes by that its visible `<h1>` does not show, for search: the
    /// front matter `title` (the browser tab's and search engines' title, which
    /// Microsoft Learn lets differ from the `#` heading) and `toc_name`, each when it
    /// differs from the `<h1>` and from the other. The theme indexes them, hidden,
    /// with a title's weight.
    pub search_names: Vec<String>,
    /// The page before this one in TOC order.
    pub prev: Option<NavLink>,
    /// The page after this one in TOC order.
    pub next: Option<NavLink>,
    /// Link to the page's source file in the repository (config `edit_url`).
    pub edit_url: Option<String>,
    /// Set when the content shown is machine translated.
    pub machine_translation: Option<MachineTranslationNotice>,
    /// "In this article" entries.
    pub headings: Vec<HeadingLink>,
    /// YAML page `summary` as HTML.
    pub summary_html: &'a str,
    /// Landing/hub cards.
    pub sections: Vec<Card>,
    /// Hub highlights.
    pub highlights: Vec<Highlight>,
    /// FAQ sections.
    pub faq: Vec<FaqGroup>,
}

/// What `article.html`, `landing.html`, `hub.html` and `faq.html` see.
#[derive(Debug, Clone, Serialize)]
pub struct PageTemplate<'a> {
    /// The site.
    pub site: &'a SiteContext,
    /// The reader's locale.
    pub lang: &'a LangContext,
    /// UI strings of the reader's locale, ids with `_` (`t.in_this_article`).
    pub t: &'a BTreeMap<String, String>,
    /// The language switcher: this page in every locale.
    pub translations: Vec<TranslationLink>,
    /// `hreflang` alternates of the real translations, and `x-default`.
    pub alternates: Vec<Alternate>,
    /// Breadcrumb entries, outermost first.
    pub breadcrumb: Vec<Crumb>,
    /// The page's own branch of the sidebar TOC, as HTML.
    pub toc_html: String,
    /// URL of the script holding the whole TOC tree, when the page has a TOC.
    pub toc_script: Option<String>,
    /// The page.
    pub page: PageContext<'a>,
}

impl PageTemplate<'_> {
    /// The parts every page of one locale shares (`site`, `lang`, `t`) as a Tera context,
    /// serialized once per locale: [`PageTemplate::tera_context`] adds a page's own parts
    /// to a copy of it.
    ///
    /// Errors: Tera's, when a value does not serialize (never for these types).
    pub fn shared_context(
        site: &SiteContext,
        lang: &LangContext,
        t: &BTreeMap<String, String>,
    ) -> tera::Result<tera::Context> {
        let mut c = tera::Context::new();
        c.try_insert("site", site)?;
        c.try_insert("lang", lang)?;
        c.try_insert("t", t)?;
        Ok(c)
    }

    /// This page's Tera context: `shared` (the [`PageTemplate::shared_context`] of its
    /// `site`, `lang` and `t`) with the page's own parts inserted. The same context as
    /// `tera::Context::from_serialize(self)`, without serializing the locale's UI strings
    /// again for every page (serializing the whole context was 11% of a build's time at
    /// x10, half of it map inserts).
    ///
    /// Errors: Tera's, when a value does not serialize (never for these types).
    pub fn tera_context(&self, shared: &tera::Context) -> tera::Result<tera::Context> {
        // Destructured so that a new field is a compile error here, not a missing key.
        let PageTemplate { site: _, lang: _, t: _, translations, alternates, breadcrumb, toc_html, toc_script, page } =
            self;
        let mut c = shared.clone();
        c.try_insert("translations", translations)?;
        c.try_insert("alternates", alternates)?;
        c.try_insert("breadcrumb", breadcrumb)?;
        c.try_insert("toc_html", toc_html)?;
        c.try_insert("toc_script", toc_script)?;
        c.try_insert("page", page)?;
        Ok(c)
    }
}

/// What `redirect.html` sees.
#[derive(Debug, Clone, Serialize)]
pub struct RedirectTemplate<'a> {
    /// The site.
    pub site: &'a SiteContext,
    /// The locale of the redirect.
    pub lang: &'a LangContext,
    /// UI strings of that locale.
    pub t: &'a BTreeMap<String, String>,
    /// Where the page moved (root-relative or absolute).
    pub target_url: String,
    /// The localized "This page has moved to …" sentence.
    pub notice: String,
}

/// A locale on the root page.
#[derive(Debug, Clone, Serialize)]
pub struct RootLocale {
    /// Folder code.
    pub code: String,
    /// BCP 47 spelling.
    pub bcp47: String,
    /// Its name in its own language.
    pub name: String,
    /// Its text direction, `ltr` or `rtl` (for `dir` beside `lang`).
    pub dir: String,
    /// Its home page.
    pub url: String,
}

/// What `root.html` sees.
#[derive(Debug, Clone, Serialize)]
pub struct RootTemplate<'a> {
    /// The site.
    pub site: &'a SiteContext,
    /// The default locale (its strings and `lang`).
    pub lang: &'a LangContext,
    /// UI strings of the default locale.
    pub t: &'a BTreeMap<String, String>,
    /// Every locale.
    pub locales: Vec<RootLocale>,
    /// Home of the default locale, where readers without a matching language go.
    pub default_url: String,
}

/// `page` on a "page not found" page.
#[derive(Debug, Clone, Serialize)]
pub struct NotFoundPage {
    /// `not-found` (the body class).
    pub kind: &'static str,
    /// The localized "Page not found" title.
    pub title: String,
}

/// What `404.html` sees: the shell of every page (search box, language switcher,
/// header and footer) and a message in the reader's language.
#[derive(Debug, Clone, Serialize)]
pub struct NotFoundTemplate<'a> {
    /// The site.
    pub site: &'a SiteContext,
    /// The locale of this 404 page.
    pub lang: &'a LangContext,
    /// UI strings of that locale.
    pub t: &'a BTreeMap<String, String>,
    /// The language switcher: every locale's 404 page.
    pub translations: Vec<TranslationLink>,
    /// Always empty (a 404 page has no translations to search engines).
    pub alternates: Vec<Alternate>,
    /// Always empty.
    pub breadcrumb: Vec<Crumb>,
    /// Always empty: no sidebar.
    pub toc_html: String,
    /// Always `None`.
    pub toc_script: Option<String>,
    /// The page.
    pub page: NotFoundPage,
    /// Every locale's home, for the root 404 page (served for any missing URL).
    pub locales: Vec<RootLocale>,
}
