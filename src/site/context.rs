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
    /// Body HTML (articles), forms filled in (see `Shared::fill_forms`).
    pub html: Cow<'a, str>,
    /// Whether the page is bilingual (sxs): every sentence carries its English source.
    pub bilingual: bool,
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
