//! The render stage: every page of the model through the Markdown renderer, with links
//! resolved against the model.
//!
//! [`render_sources`] renders each page once in its own locale and returns its facts
//! (headings, anchors, blocks, links with spans and their resolution); `check` needs only
//! these, `build` the HTML too. The build also renders fallback copies ([`render_page`]
//! with another output locale) so a link on a fallback page prefers the reader's locale.
//! [`PageResolver`] is the bridge that lets the locale-agnostic [`crate::markdown`]
//! renderer ask the model what a destination is.

use crate::content::yaml_page::{self, YamlView};
use crate::content::{decode, read_confined, ConfinedError, Page, PageKind, SourceText};
use crate::diagnostic::{display_path, Diagnostic, Rule};
use crate::link::{dir_of, is_external, normalize, Resolution, Resolved, Want};
use crate::markdown::slug::{slugify, IdSet};
use crate::markdown::{self, Input, Produce, RenderOptions, Rendered, Resolver, UiText};
use crate::model::Model;
use crate::sanitize::unsafe_url;

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
    /// Links resolve in the reader's locale; images and media in the content's, as the
    /// files they name live with the content.
    fn resolve(&self, from_key: &str, dest: &str, want: Want) -> Resolution {
        let locale = if want == Want::Page { self.output_locale } else { self.content_locale };
        self.model.resolve(locale, from_key, dest, want)
    }

    fn form_before(&self, key: &str, heading_id: &str) -> Option<String> {
        self.model.form_before(key, heading_id).map(str::to_string)
    }

    fn url(&self, dest: &str, want: Want, r: &Resolution) -> Option<String> {
        match want {
            Want::Page => self.model.url_for(self.output_locale, dest, r),
            _ => self.model.asset_url_for(self.content_locale, r),
        }
    }

    fn html_policy(&self) -> &crate::sanitize::HtmlPolicy {
        &self.model.html_policy
    }

    fn include(&self, from_key: &str, target: &str) -> Result<(String, SourceText), (Rule, String)> {
        let target = target.replace('\\', "/");
        if target.starts_with('/') || is_external(&target) {
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
            Resolved::Found { locale, key, .. } => (self.model.locale_code(locale).to_string(), key),
            _ => (self.content_locale.to_string(), key),
        };
        // Read through the confined reader: a regular file inside the content root (even
        // through symlinks), opened without blocking (a FIFO is refused, not waited on),
        // at most `max_file_size` bytes.
        let rel = format!("{locale}/{key}");
        let path = display_path(std::path::Path::new(&locale).join(&key).as_path());
        match read_confined(&self.model.content.root, &rel, self.model.config.max_file_size) {
            Ok(bytes) => decode(bytes, &path).map(|t| (key, SourceText::new(path, t))).map_err(|d| (d.rule, d.message)),
            Err(ConfinedError::NotFound) => {
                Err((Rule::IncludeNotFound, format!("include `{target}` not found ({path})")))
            }
            Err(ConfinedError::OutsideRoot(why)) => {
                Err((Rule::IncludeOutsideRoot, format!("include `{target}` resolves outside the content root: {why}")))
            }
            Err(e) => Err((e.rule(), format!("include `{target}` cannot be read ({path}): {e}"))),
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
    /// FAQ question ids, by section then question: the slug of the question text by the
    /// heading rule ([`slugify`], as Microsoft Learn gives FAQ questions ids), unique on
    /// the page. They are anchors of the page ([`Rendered::anchors`]).
    pub question_ids: Vec<Vec<String>>,
    /// Rewritten URL for every link in `view` (sections, footers, highlights), in order.
    pub urls: Vec<String>,
}

/// Renders `page` for readers of `locale`, producing what `produce` asks for besides the
/// facts. Without HTML ([`RenderOptions::html`]) YAML pages get no HTML and no rewritten
/// URLs either; without blocks ([`RenderOptions::blocks`]) [`Rendered::blocks`] is empty.
pub fn render_page(model: &Model<'_>, idx: usize, locale: &str, ui: &UiText, produce: Produce) -> RenderedPage {
    let page: &Page = &model.content.pages[idx];
    let resolver = PageResolver { model, output_locale: locale, content_locale: &page.locale };
    render_page_with(model, idx, locale, ui, produce, &resolver)
}

/// As [`render_page`], asking `resolver` for every link, image and include: a
/// [`PageResolver`] for readers of `locale`, or a wrapper of one that records what the
/// page asked and was answered (the build cache keys each rendering by that record).
pub fn render_page_with(
    model: &Model<'_>,
    idx: usize,
    locale: &str,
    ui: &UiText,
    produce: Produce,
    resolver: &dyn Resolver,
) -> RenderedPage {
    let page: &Page = &model.content.pages[idx];
    let opts = RenderOptions::new(model.config.include_depth, produce);
    let html = produce.html;
    if page.kind == PageKind::Article {
        let text = page.source.text();
        let rendered = markdown::render(Input::new(&page.source, &text, page.body, &page.key), resolver, ui, opts);
        return RenderedPage { page: idx, locale: locale.into(), rendered, yaml: None };
    }
    let view = yaml_page::view(page);
    let mut rendered = Rendered { title: Some(view.title.clone()), ..Rendered::default() };
    let summary_html = if view.summary.is_empty() {
        String::new()
    } else {
        markdown::render_fragment(
            &view.summary,
            &page.source,
            &page.key,
            &|r| view.summary_map.range(r),
            resolver,
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
                        &|r| q.map.range(r),
                        resolver,
                        ui,
                        opts,
                        &mut rendered,
                    )
                })
                .collect()
        })
        .collect();
    let mut ids = IdSet::default();
    let question_ids: Vec<Vec<String>> =
        view.faq.iter().map(|s| s.questions.iter().map(|q| ids.unique(&slugify(&q.question))).collect()).collect();
    rendered.anchors.extend(question_ids.iter().flatten().cloned());
    let mut urls = Vec::new();
    let policy = resolver.html_policy();
    let mut push = |l: &yaml_page::YamlLink, rendered: &mut Rendered| {
        if let Some(what) = unsafe_url(&l.url).filter(|_| !policy.trusted) {
            // A `javascript:` (…) URL of a landing, hub or FAQ page: `#` stands in its place.
            rendered.diagnostics.push(Diagnostic::new(
                Rule::UnsafeHtml,
                Some(l.span.clone()),
                format!("{what} `{}` not published; it could run script", markdown::shorten(&l.url)),
            ));
            if html {
                urls.push("#".to_string());
            }
            return;
        }
        let r = resolver.resolve(&page.key, &l.url, Want::Page);
        if html {
            urls.push(resolver.url(&l.url, Want::Page, &r).unwrap_or_else(|| l.url.clone()));
        }
        rendered.links.push(markdown::LinkFact {
            kind: markdown::LinkKind::Link,
            dest: l.url.clone(),
            from_key: page.key.clone(),
            span: l.span.clone(),
            resolution: Some(r),
        });
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
    rendered.shrink_facts();
    RenderedPage {
        page: idx,
        locale: locale.into(),
        rendered,
        yaml: Some(RenderedYaml { view, summary_html, answers_html, question_ids, urls }),
    }
}
