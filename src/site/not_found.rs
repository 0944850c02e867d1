//! "Page not found" pages: `404.html` in every locale's folder, in that locale's
//! language, and one at the site root in the default locale's, which static hosts
//! (GitHub Pages, Netlify, Azure Static Web Apps, `nginx` with `error_page 404`) serve
//! for any missing URL. Each has the search box, a link home and the language switcher
//! (leading to the other locales' 404 pages); the root one also lists every locale's
//! home, since the reader's language is not known there.
//!
//! Part of the site stage. All URLs are root-relative (`/…`), so the page works at
//! whatever missing address it is served.

use super::context::{NotFoundPage, NotFoundTemplate, RootLocale, TranslationLink};
use super::pages::Shared;
use super::Error;

/// The template of the pages.
pub(super) const TEMPLATE: &str = "404.html";

/// Writes `{locale}/404.html` for every locale and `404.html` at the root.
///
/// Errors: a sink write fails. A template failure is a `template-error` diagnostic.
pub(super) fn write(shared: &Shared<'_>) -> Result<(), Error> {
    let model = shared.model();
    let di = model.locale_index(&model.locales.default).unwrap_or(0);
    for li in 0..shared.langs.len() {
        let ctx = context(shared, li, false);
        if let Some(b) = shared.render(TEMPLATE, &ctx, &format!("{}/404.html", shared.langs[li].code)) {
            shared.put(&format!("{}/404.html", shared.langs[li].code), &b)?;
        }
    }
    if !shared.langs.is_empty() {
        if let Some(b) = shared.render(TEMPLATE, &context(shared, di, true), "404.html") {
            shared.put("404.html", &b)?;
        }
    }
    Ok(())
}

/// The context of the 404 page of locale index `li` (`root`: the site root's).
pub(super) fn context<'s>(shared: &'s Shared<'_>, li: usize, root: bool) -> NotFoundTemplate<'s> {
    let translations = shared
        .langs
        .iter()
        .enumerate()
        .map(|(mi, l)| TranslationLink {
            code: l.code.clone(),
            bcp47: l.bcp47.clone(),
            name: l.name.clone(),
            dir: l.dir.clone(),
            url: l.not_found_url.clone(),
            current: mi == li && !root,
            fallback: false,
            stale: false,
        })
        .collect();
    let locales = if root {
        shared
            .langs
            .iter()
            .map(|l| RootLocale {
                code: l.code.clone(),
                bcp47: l.bcp47.clone(),
                name: l.name.clone(),
                dir: l.dir.clone(),
                url: l.home_url.clone(),
            })
            .collect()
    } else {
        Vec::new()
    };
    NotFoundTemplate {
        site: &shared.site,
        lang: &shared.langs[li],
        t: &shared.strings[li],
        translations,
        alternates: Vec::new(),
        breadcrumb: Vec::new(),
        toc_html: String::new(),
        toc_script: None,
        page: NotFoundPage {
            kind: "not-found",
            title: shared.strings[li].get("not_found_title").cloned().unwrap_or_default(),
        },
        locales,
    }
}
