//! A loaded project: config, locales, content and UI strings — the input every command
//! starts from, before the model stage.

use crate::config::{Config, ConfigError};
use crate::content::{self, Content};
use crate::diagnostic::{Diagnostic, Rule, Span};
use crate::form::Forms;
use crate::i18n::I18n;
use crate::locale::LocaleSet;
use crate::markdown::UiText;
use std::path::{Path, PathBuf};

/// Fatal errors: the command cannot run at all (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// `docloc.toml` is unreadable or invalid.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// The content root does not exist.
    #[error("content folder {0} does not exist")]
    ContentMissing(PathBuf),
    /// The content root exists but is not a folder.
    #[error("content root {0} is not a folder")]
    ContentNotFolder(PathBuf),
    /// The content root holds no locale folders.
    #[error("no locale folders (such as zh-cn/ or en-us/) found in {0}")]
    NoLocales(PathBuf),
    /// `--locale` named locales the site does not have.
    #[error("unknown locale(s): {0}")]
    UnknownLocale(String),
}

/// What to load.
#[derive(Debug, Clone, Default)]
pub struct ProjectOptions {
    /// Content root; default: the config's `content_dir` (`content/`).
    pub content: Option<PathBuf>,
    /// Config file; default: `docloc.toml` in the content root, else beside it.
    pub config: Option<PathBuf>,
    /// Restrict to these locales (`--locale`, repeatable).
    pub locales: Vec<String>,
    /// Hold every page's text to the end of the run ([`content::LoadOptions::keep_texts`]):
    /// for runs whose files may change under them (`docloc serve`) or that read every
    /// text again (`docloc parity`). Default `false`: a page's text is released once it
    /// is rendered ([`crate::content::SourceText::release`]).
    pub keep_texts: bool,
}

/// Everything loaded.
pub struct Project {
    /// The config.
    pub config: Config,
    /// Folder the config's relative paths start from.
    pub root_dir: PathBuf,
    /// The config file read, if any.
    pub config_file: Option<PathBuf>,
    /// The content root.
    pub content_dir: PathBuf,
    /// The locales.
    pub locales: LocaleSet,
    /// The content.
    pub content: Content,
    /// UI strings.
    pub i18n: I18n,
    /// The theme's form schemas (embedded `templates/forms/`, overlaid by the
    /// `templates_dir`'s `forms/`).
    pub forms: Forms,
    /// Diagnostics from loading (content and UI strings).
    pub diagnostics: Vec<Diagnostic>,
}

/// Fluent parity ([`I18n::parity`]) for the site's locales only (a shipped locale the
/// site does not publish is nobody's concern), and one [`Rule::FluentMissingFile`] for a
/// site locale that has no UI strings at all: its pages use the next locale of its
/// fallback chain, then en-us.
fn fluent_parity(i18n: &I18n, locales: &LocaleSet) -> Vec<Diagnostic> {
    let site: Vec<&str> = locales.locales.iter().map(|l| l.code.as_str()).collect();
    let has_strings = i18n.locales();
    let mut diags: Vec<Diagnostic> = i18n
        .parity()
        .into_iter()
        .filter(|d| {
            d.span
                .as_ref()
                .and_then(|s| s.path.split('/').nth(1))
                .is_some_and(|l| site.contains(&l.to_ascii_lowercase().as_str()))
        })
        .collect();
    for l in &locales.locales {
        if !has_strings.iter().any(|h| h == &l.code) {
            diags.push(
                Diagnostic::new(
                    Rule::FluentMissingFile,
                    Some(Span::file(format!("locales/{}/ui.ftl", l.code))),
                    format!(
                        "locale `{}` has no UI strings; its pages use those of {}",
                        l.code,
                        l.fallback.iter().map(String::as_str).chain(["en-us"]).collect::<Vec<_>>().join(", then ")
                    ),
                )
                .with_hint("Add `locales/<locale>/ui.ftl` and `forms.ftl` to the `ui_locales_dir`."),
            );
        }
    }
    diags
}

fn find_config(opts: &ProjectOptions) -> Option<PathBuf> {
    if let Some(c) = &opts.config {
        return Some(c.clone());
    }
    let content = opts.content.clone().unwrap_or_else(|| PathBuf::from("content"));
    let inside = content.join("docloc.toml");
    if inside.is_file() {
        return Some(inside);
    }
    let parent = content.parent().map(|p| if p.as_os_str().is_empty() { Path::new(".") } else { p });
    parent.map(|p| p.join("docloc.toml")).filter(|p| p.is_file())
}

impl Project {
    /// Loads config, locales, content and UI strings.
    ///
    /// Errors: invalid config, missing content root, no locales, unknown `--locale`.
    pub fn load(opts: &ProjectOptions) -> Result<Project, Error> {
        let config_path = find_config(opts);
        let (config, root_dir) = match &config_path {
            Some(p) => {
                let dir = p.parent().map(Path::to_path_buf).unwrap_or_default();
                (Config::from_file(p)?, dir)
            }
            None => (Config::default(), PathBuf::from(".")),
        };
        Project::load_from(config, root_dir, config_path, opts)
    }

    /// Loads locales, content and UI strings with `config` given rather than read from a
    /// file (tests, embedding); relative config paths start from the current folder.
    ///
    /// Errors: as [`Project::load`], except config errors.
    pub fn load_with(config: Config, opts: &ProjectOptions) -> Result<Project, Error> {
        Project::load_from(config, PathBuf::from("."), None, opts)
    }

    fn load_from(
        config: Config,
        root_dir: PathBuf,
        config_file: Option<PathBuf>,
        opts: &ProjectOptions,
    ) -> Result<Project, Error> {
        let content_dir = opts.content.clone().unwrap_or_else(|| root_dir.join(&config.content_dir));
        if !content_dir.exists() {
            return Err(Error::ContentMissing(content_dir));
        }
        if !content_dir.is_dir() {
            return Err(Error::ContentNotFolder(content_dir));
        }
        let (locales, unknown) = LocaleSet::new(&config, &content_dir, &opts.locales);
        if !unknown.is_empty() {
            return Err(Error::UnknownLocale(unknown.join(", ")));
        }
        if locales.locales.is_empty() {
            return Err(Error::NoLocales(content_dir));
        }
        let ui_dir = config.ui_locales_dir.as_ref().map(|d| root_dir.join(d));
        let templates_dir = config.templates_dir.as_ref().map(|d| root_dir.join(d));
        // The UI strings and form schemas load beside the content (each is a function of
        // its own files; the diagnostics keep this order: UI strings, forms, content).
        let ((i18n, mut diagnostics, forms, form_diags), content) = rayon::join(
            || {
                // The embedded UI strings of the site's locales and their fallbacks only.
                let wanted: Vec<&str> = locales
                    .locales
                    .iter()
                    .flat_map(|l| std::iter::once(l.code.as_str()).chain(l.fallback.iter().map(String::as_str)))
                    .collect();
                let (i18n, mut diagnostics) = I18n::load_for(ui_dir.as_deref(), &wanted);
                diagnostics.extend(fluent_parity(&i18n, &locales));
                let (forms, form_diags) = Forms::load(templates_dir.as_deref());
                (i18n, diagnostics, forms, form_diags)
            },
            || {
                let load =
                    content::LoadOptions { keep_texts: opts.keep_texts, ..content::LoadOptions::from_config(&config) };
                content::load_with(&content_dir, &locales, &load)
            },
        );
        diagnostics.extend(form_diags);
        diagnostics.extend(content.diagnostics.iter().cloned());
        Ok(Project { config, root_dir, config_file, content_dir, locales, content, i18n, forms, diagnostics })
    }

    /// Replaces the content with `content` (`docloc serve` reloads only the files that
    /// changed), keeping [`Project::diagnostics`] as [`Project::load`] makes it: the UI
    /// strings' diagnostics, then the content's.
    pub fn replace_content(&mut self, content: Content) {
        let ui = self.diagnostics.len().saturating_sub(self.content.diagnostics.len());
        self.diagnostics.truncate(ui);
        self.diagnostics.extend(content.diagnostics.iter().cloned());
        self.content = content;
    }

    /// The Fluent lookup chain of a locale: itself, its fallbacks, then en-us.
    pub fn ui_chain<'a>(&'a self, locale: &'a str) -> Vec<&'a str> {
        let mut chain = vec![locale];
        if let Some(l) = self.locales.get(locale) {
            chain.extend(l.fallback.iter().map(String::as_str));
        }
        chain
    }

    /// The locale's own display name: config, then its Fluent `language-name`, then the code.
    pub fn locale_name(&self, locale: &str) -> String {
        self.locales
            .get(locale)
            .and_then(|l| l.configured_name.clone())
            .or_else(|| self.i18n.language_name(locale))
            .unwrap_or_else(|| locale.to_string())
    }

    /// Strings the Markdown renderer needs, per locale (in `locales.locales` order).
    pub fn ui_texts(&self) -> Vec<UiText> {
        self.locales
            .locales
            .iter()
            .map(|l| {
                let chain = self.ui_chain(&l.code);
                let f = |id: &str| self.i18n.format(&chain, id, &[]);
                UiText {
                    alert_titles: ["alert-note", "alert-tip", "alert-important", "alert-caution", "alert-warning"]
                        .map(f),
                    image_enlarge: f("image-enlarge"),
                    image_description: f("image-description"),
                    video_link: f("video-link"),
                    tab_list_label: f("tab-list-label"),
                }
            })
            .collect()
    }
}
