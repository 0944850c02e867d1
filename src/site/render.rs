//! Rendering every page: the step `build` and `check` share.
//!
//! [`render_sources`] renders each page once in its own locale and returns its facts
//! (headings, anchors, links with spans); `check` needs only these. The build also
//! renders fallback copies ([`render_page`] with another output locale) so a link on a
//! fallback page still prefers the reader's locale.

use super::links::{dir_of, normalize, Resolved, Want};
use super::model::Model;
use crate::content::yaml_page::{self, YamlView};
use crate::content::{decode, Page, PageKind, SourceText};
use crate::diagnostic::{display_path, Rule, Span};
use crate::markdown::{self, Input, RenderOptions, Rendered, Resolver, UiText};
use rayon::prelude::*;

/// Resolves links for a page whose content comes from `content_locale` and is published
/// in `output_locale`.
pub struct PageResolver<'m, 'c> {
    /// The model.
    pub model: &'m Model<'c>,
    /// Locale whose URLs links should prefer (the reader's).
    pub output_locale: &'m str,
    /// Locale the Markdown file (and its includes) comes from.
    pub content_locale: &'m str,
}

impl Resolver for PageResolver<'_, '_> {
    fn link_url(&self, from_key: &str, dest: &str) -> Option<String> {
        self.model.link_url(self.output_locale, from_key, dest)
    }

    fn image_url(&self, from_key: &str, src: &str) -> Option<String> {
        self.model.image_url(self.content_locale, from_key, src)
    }

    fn include(&self, from_key: &str, target: &str) -> Result<(String, SourceText), (Rule, String)> {
        let target = target.replace('\\', "/");
        if target.starts_with('/') || crate::site::links::is_external(&target) {
            return Err((
                Rule::IncludeOutsideRoot,
                format!("include `{target}` must be a relative path inside the content root"),
            ));
        }
        let Some(key) = normalize(dir_of(from_key), &target) else {
            return Err((Rule::IncludeOutsideRoot, format!("include `{target}` leaves the content root")));
        };
        let r = self.model.resolve(self.content_locale, from_key, &target, Want::Include);
        let (locale, key) = match r.target {
            Resolved::Found { locale, key, .. } => (locale, key),
            _ => (self.content_locale.to_string(), key),
        };
        let root = &self.model.content.root;
        let file = root.join(&locale).join(&key);
        // Confine to the content root even through symlinks.
        if let (Ok(real), Ok(real_root)) = (file.canonicalize(), root.canonicalize()) {
            if !real.starts_with(&real_root) {
                return Err((
                    Rule::IncludeOutsideRoot,
                    format!("include `{target}` resolves outside the content root"),
                ));
            }
        }
        let path = display_path(std::path::Path::new(&locale).join(&key).as_path());
        match std::fs::read(&file) {
            Ok(bytes) => decode(bytes, &path).map(|t| (key, SourceText::new(path, t))).map_err(|d| (d.rule, d.message)),
            Err(_) => Err((Rule::IncludeNotFound, format!("include `{target}` not found ({path})"))),
        }
    }
}

/// Facts and HTML of one page rendered for one locale.
#[derive(Debug, Clone)]
pub struct RenderedPage {
    /// Index into `Content::pages` of the source page.
    pub page: usize,
    /// Locale it is published in (differs from the page's for a fallback).
    pub locale: String,
    /// Markdown output (body HTML for articles; facts of summaries and answers for YAML pages).
    pub rendered: Rendered,
    /// Normalized YAML page content with Markdown already rendered, for YAML pages.
    pub yaml: Option<RenderedYaml>,
}

/// A YAML page with its Markdown fields rendered and URLs rewritten.
#[derive(Debug, Clone)]
pub struct RenderedYaml {
    /// The normalized view (URLs as written).
    pub view: YamlView,
    /// `summary` as HTML.
    pub summary_html: String,
    /// FAQ answers as HTML, by section then question.
    pub answers_html: Vec<Vec<String>>,
    /// Rewritten URL for every link in `view` (sections, footers, highlights), in order.
    pub urls: Vec<String>,
}

/// Renders `page` for readers of `locale`; with `html` off, the facts only (see
/// [`RenderOptions::html`]): YAML pages then get no HTML and no rewritten URLs either.
pub fn render_page(model: &Model<'_>, idx: usize, locale: &str, ui: &UiText, html: bool) -> RenderedPage {
    let page: &Page = &model.content.pages[idx];
    let resolver = PageResolver { model, output_locale: locale, content_locale: &page.locale };
    let opts = RenderOptions { include_depth: model.config.include_depth, html };
    if page.kind == PageKind::Article {
        let rendered = markdown::render(Input::new(&page.source, page.body, &page.key), &resolver, ui, opts);
        return RenderedPage { page: idx, locale: locale.into(), rendered, yaml: None };
    }
    let view = yaml_page::view(page);
    let mut rendered = Rendered { title: Some(view.title.clone()), ..Rendered::default() };
    let summary_span = Span::file(page.source.path.clone());
    let summary_html = if view.summary.is_empty() {
        String::new()
    } else {
        markdown::render_fragment(
            &view.summary,
            &page.source,
            &page.key,
            &summary_span,
            &resolver,
            ui,
            opts,
            &mut rendered,
        )
    };
    let answers_html = view
        .faq
        .iter()
        .map(|s| {
            s.questions
                .iter()
                .map(|q| {
                    markdown::render_fragment(
                        &q.answer,
                        &page.source,
                        &page.key,
                        &q.span,
                        &resolver,
                        ui,
                        opts,
                        &mut rendered,
                    )
                })
                .collect()
        })
        .collect();
    let mut urls = Vec::new();
    let mut push = |l: &yaml_page::YamlLink, rendered: &mut Rendered| {
        rendered.links.push(markdown::LinkFact {
            kind: markdown::LinkKind::Link,
            dest: l.url.clone(),
            from_key: page.key.clone(),
            span: l.span.clone(),
        });
        if html {
            urls.push(model.link_url(locale, &page.key, &l.url).unwrap_or_else(|| l.url.clone()));
        }
    };
    for s in &view.sections {
        for l in &s.links {
            push(l, &mut rendered);
        }
        if let Some(f) = &s.footer {
            push(f, &mut rendered);
        }
    }
    for (l, _) in &view.highlights {
        push(l, &mut rendered);
    }
    RenderedPage {
        page: idx,
        locale: locale.into(),
        rendered,
        yaml: Some(RenderedYaml { view, summary_html, answers_html, urls }),
    }
}

/// Renders every page in its own locale, in parallel; results in `Content::pages` order.
/// `ui` gives the UI strings per locale index; `html` as in [`render_page`]; `tick` is
/// called once per page (progress).
pub fn render_sources(model: &Model<'_>, ui: &[UiText], html: bool, tick: &(dyn Fn() + Sync)) -> Vec<RenderedPage> {
    (0..model.content.pages.len())
        .into_par_iter()
        .map(|i| {
            let page = &model.content.pages[i];
            let li = model.locale_index(&page.locale).unwrap_or(0);
            let r = render_page(model, i, &page.locale, &ui[li.min(ui.len().saturating_sub(1))], html);
            tick();
            r
        })
        .collect()
}
