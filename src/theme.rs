//! Theme: the Tera half of the theme stage.
//!
//! Pages leave the render stage as HTML fragments plus facts; the site builder puts
//! them, the navigation and the UI strings of [`crate::i18n`] into a Tera context
//! and renders one of the theme's page templates (`article.html`, `landing.html`,
//! `hub.html`, `faq.html`, `redirect.html`, `root.html`). The context each template
//! expects is documented at the top of `templates/base.html`.
//!
//! The default theme is embedded in the binary; a site's own `templates/` folder
//! overlays it file by file, as a Zola site's templates overlay its theme: a
//! template with the same name replaces the embedded one, and `static/**` files
//! replace or add assets. Templates are `*.html` files (autoescaped, Tera's default
//! for `.html`); files under `static/` are assets copied verbatim to
//! `<out>/_docloc/`.

use include_dir::{include_dir, Dir};
use std::collections::BTreeMap;
use std::error::Error as _;
use std::path::{Path, PathBuf};
use tera::Tera;

/// The `templates/` folder shipped inside the binary.
static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/templates");

/// Folder of assets inside a theme.
const STATIC_DIR: &str = "static";

/// A fatal theme problem. Unlike content problems these stop a build: without its
/// templates no page can be written.
#[derive(Debug, thiserror::Error)]
pub enum ThemeError {
    /// A file of the theme folder on disk could not be read (or the folder listed).
    #[error("cannot read theme file {}: {source}", path.display())]
    Read {
        /// The file or folder that failed.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A template file is not valid UTF-8.
    #[error("theme template {file} is not valid UTF-8")]
    Encoding {
        /// The template, e.g. `templates/article.html`.
        file: String,
    },
    /// A template does not parse. `message` is Tera's error chain, which names the
    /// line and column (`--> 3:5`) and the token expected.
    #[error("syntax error in theme template {file}: {message}")]
    Syntax {
        /// The template, e.g. `templates/partials/toc.html`.
        file: String,
        /// Tera's message chain, outermost first, joined with `: `.
        message: String,
    },
    /// Every template parses, but they do not fit together: an `{% extends %}` names
    /// a missing parent, extends form a cycle, or an `{% import %}` names a missing
    /// macro file.
    #[error("theme templates do not fit together: {message}")]
    Structure {
        /// Tera's message chain, outermost first, joined with `: `.
        message: String,
    },
    /// Rendering a page failed: an unknown template name, a variable the context
    /// lacks, a filter applied to the wrong type, and so on.
    #[error("cannot render template {template}: {message}")]
    Render {
        /// The template that was rendered, e.g. `article.html`.
        template: String,
        /// Tera's message chain, outermost first, joined with `: ` (the real cause,
        /// such as `Variable `page.title` not found`, is at the end).
        message: String,
    },
}

/// The loaded theme: compiled templates plus static assets. `Send + Sync`, so rayon
/// workers can render pages from one shared instance.
pub struct Theme {
    tera: Tera,
    static_files: Vec<(String, Vec<u8>)>,
}

impl std::fmt::Debug for Theme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Theme")
            .field("templates", &self.tera.get_template_names().collect::<Vec<_>>())
            .field("static_files", &self.static_files.len())
            .finish()
    }
}

/// One theme file: where it was found (for messages) and its bytes.
struct ThemeFile {
    display: String,
    bytes: Vec<u8>,
}

impl Theme {
    /// Loads the embedded theme, overlaid by the `*.html` templates and `static/**`
    /// assets of `dir` when given and present (a missing `dir` is not an error).
    /// Other files are ignored. Template names are paths relative to the theme
    /// folder with `/` (`partials/toc.html`).
    ///
    /// # Errors
    /// [`ThemeError::Read`] when a file of `dir` cannot be read,
    /// [`ThemeError::Encoding`] for a non-UTF-8 template, [`ThemeError::Syntax`]
    /// naming the first template (in name order) that does not parse, and
    /// [`ThemeError::Structure`] when extends/imports do not resolve.
    pub fn load(dir: Option<&Path>) -> Result<Theme, ThemeError> {
        let mut files: BTreeMap<String, ThemeFile> = BTreeMap::new();
        collect_embedded(&EMBEDDED, &mut files);
        if let Some(dir) = dir.filter(|d| d.is_dir()) {
            let root_name =
                dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "templates".to_string());
            collect_disk(dir, dir, &root_name, &mut files)?;
        }

        let mut templates = Vec::new();
        let mut static_files = Vec::new();
        for (name, file) in files {
            if let Some(asset) = name.strip_prefix(&format!("{STATIC_DIR}/")) {
                static_files.push((asset.to_string(), file.bytes));
            } else if name.ends_with(".html") {
                let text =
                    String::from_utf8(file.bytes).map_err(|_| ThemeError::Encoding { file: file.display.clone() })?;
                let text = text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text);
                // Parse each file on its own first so a syntax error names its file.
                tera::Template::new(&name, None, &text)
                    .map_err(|e| ThemeError::Syntax { file: file.display.clone(), message: error_chain(&e) })?;
                templates.push((name, text));
            }
        }
        let mut tera = Tera::default();
        tera.set_escape_fn(escape_html);
        tera.add_raw_templates(templates).map_err(|e| ThemeError::Structure { message: error_chain(&e) })?;
        Ok(Theme { tera, static_files })
    }

    /// Renders template `template` (e.g. `article.html`) with `ctx`.
    ///
    /// # Errors
    /// [`ThemeError::Render`] with Tera's whole error chain.
    pub fn render(&self, template: &str, ctx: &tera::Context) -> Result<String, ThemeError> {
        self.tera.render(template, ctx).map_err(|e| render_error(template, &e))
    }

    /// As [`Theme::render`], into bytes: the page as it is written, without checking
    /// again that Tera's output is UTF-8 (it is made of `&str`s) and copying it into a
    /// `String`.
    ///
    /// # Errors
    /// [`ThemeError::Render`] with Tera's whole error chain.
    pub fn render_bytes(&self, template: &str, ctx: &tera::Context) -> Result<Vec<u8>, ThemeError> {
        let mut out = Vec::with_capacity(16 * 1024);
        self.tera.render_to(template, ctx, &mut out).map_err(|e| render_error(template, &e))?;
        Ok(out)
    }

    /// Whether the theme has a template called `name`.
    pub fn has_template(&self, name: &str) -> bool {
        self.tera.get_template_names().any(|n| n == name)
    }

    /// Static assets: (path relative to `static/`, `/`-separated; bytes), sorted by
    /// path. The site builder writes them to `<out>/_docloc/<path>`, which templates
    /// reach as `{{ site.assets }}<path>`.
    pub fn static_files(&self) -> &[(String, Vec<u8>)] {
        &self.static_files
    }
}

/// [`ThemeError::Render`] for a failure of `template`, with Tera's whole error chain.
fn render_error(template: &str, e: &tera::Error) -> ThemeError {
    ThemeError::Render { template: template.to_string(), message: error_chain(e) }
}

/// Escapes text for HTML element content and quoted attribute values: `&`, `<`,
/// `>`, `"` and `'` (the HTML Standard's serialization set plus `'`). Tera's own
/// escaper also turns `/` into `&#x2F;`, which is valid but makes every URL
/// unreadable in the output.
fn escape_html(input: &str) -> String {
    let mut out = String::with_capacity(input.len() + input.len() / 8);
    for c in input.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Tera's error and every `source()` below it, joined with `: `. Tera wraps the
/// real cause ("Failed to render 'a.html'" → "Variable `x` not found …").
fn error_chain(err: &tera::Error) -> String {
    let mut parts = vec![err.to_string()];
    let mut source = err.source();
    while let Some(e) = source {
        let text = e.to_string();
        if parts.last() != Some(&text) {
            parts.push(text);
        }
        source = e.source();
    }
    parts.join(": ")
}

/// Adds every embedded file, keyed by its `/`-separated path inside the theme.
fn collect_embedded(dir: &'static Dir<'static>, files: &mut BTreeMap<String, ThemeFile>) {
    for file in dir.files() {
        let name = crate::diagnostic::display_path(file.path());
        files.insert(name.clone(), ThemeFile { display: format!("templates/{name}"), bytes: file.contents().to_vec() });
    }
    for sub in dir.dirs() {
        collect_embedded(sub, files);
    }
}

/// Adds every file below `dir` (recursively), replacing embedded files of the same
/// name. Hidden files and folders (`.name`) are skipped.
fn collect_disk(
    root: &Path,
    dir: &Path,
    root_name: &str,
    files: &mut BTreeMap<String, ThemeFile>,
) -> Result<(), ThemeError> {
    let read_err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ThemeError::Read { path, source }
    };
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(read_err(dir))? {
        entries.push(entry.map_err(read_err(dir))?.path());
    }
    entries.sort();
    for path in entries {
        let hidden = path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            collect_disk(root, &path, root_name, files)?;
            continue;
        }
        let Ok(rel) = path.strip_prefix(root) else {
            continue;
        };
        let name = crate::diagnostic::display_path(rel);
        let wanted = name.starts_with(&format!("{STATIC_DIR}/")) || name.ends_with(".html");
        if !wanted {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(read_err(&path))?;
        files.insert(name.clone(), ThemeFile { display: format!("{root_name}/{name}"), bytes });
    }
    Ok(())
}

#[cfg(test)]
mod tests;
