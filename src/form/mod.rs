//! Interactive forms that articles document, and the check that keeps the articles'
//! checklists in step with them.
//!
//! Part of the theme stage (it sits beside [`crate::theme`] and [`crate::i18n`]). A
//! form is described by a TOML schema in the theme's `templates/forms/<name>.toml`
//! ([`schema`]); docloc ships `cpor-claim`, the Partner Center CPOR customer
//! association claim documented by `partner-center/submit-osa-claim.md`. Three
//! things use a schema:
//!
//! * [`render_html`] turns it into the form's HTML in the reader's language (labels
//!   and messages from Fluent, `locales/<locale>/forms.ftl`); the theme's
//!   `form.js` and `form.css` (`templates/static/`) validate it in the browser, keep
//!   a draft in `localStorage`, export JSON and print it. Nothing is sent anywhere.
//! * [`checklist`] checks each translation of the article: its checklist must keep
//!   one item per schema item and each field's name, in bold (`claim-checklist-*`).
//! * [`Forms::for_article`] tells the site builder which articles carry which form.
//!
//! # What the browser keeps and exports (a contract)
//!
//! * **Draft**: `localStorage["docloc:<form>:v<version>:<locale>"]` (for example
//!   `docloc:cpor-claim:v1:zh-tw`, see [`storage_key`]) holds
//!   `{"form","version","saved","fields"}` with everything typed, saved on every
//!   change and offered back (not restored unasked) on the next visit; *Clear*
//!   removes it. A draft of another `version` is ignored.
//! * **Download JSON**: a file `<form>-<locale>.json` holding exactly
//!   `{"form":"cpor-claim","version":1,"locale":"zh-tw","fields":{…}}`: keys in that
//!   order, `fields` keyed by field id in schema order, each value the string the
//!   reader entered with surrounding white space removed (a radio field gives its
//!   option value, `business-applications`); empty fields and fields whose
//!   `shown_when` does not hold are left out.

pub mod checklist;
mod html;
pub mod schema;

pub use html::{render_html, render_preview_page, storage_key};
pub use schema::{ChecklistItem, Condition, Field, FieldKind, FieldOption, FormSchema, Format, Group, Term};

use crate::diagnostic::{Diagnostic, Rule, Span};
use include_dir::{include_dir, Dir};
use std::collections::BTreeMap;
use std::path::Path;

/// The `templates/forms/` folder shipped inside the binary.
static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/templates/forms");

/// Folder of form schemas inside a theme folder.
const FORMS_DIR: &str = "forms";

/// Every form schema of the theme, by name.
#[derive(Debug, Clone, Default)]
pub struct Forms {
    forms: BTreeMap<String, FormSchema>,
}

impl Forms {
    /// Loads the embedded `templates/forms/*.toml`, overlaid by
    /// `<templates_dir>/forms/*.toml` when `templates_dir` is given and holds that
    /// folder (a site's own theme folder, as for [`crate::theme::Theme::load`]). A
    /// schema is named by its file stem (`cpor-claim.toml` → `cpor-claim`); a file on
    /// disk replaces the embedded schema of the same name.
    ///
    /// Never fails: a schema that does not parse or is inconsistent gives
    /// [`Rule::FormInvalid`] diagnostics at `templates/forms/<name>.toml:line:col` and
    /// is left out (a site's broken schema leaves the embedded one of that name in
    /// place); an unreadable file gives [`Rule::ReadError`], a non-UTF-8 one
    /// [`Rule::InvalidEncoding`].
    pub fn load(templates_dir: Option<&Path>) -> (Forms, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let mut forms = BTreeMap::new();
        let mut embedded: Vec<_> = EMBEDDED.files().collect();
        embedded.sort_by_key(|f| f.path());
        for file in embedded {
            let Some(name) = toml_stem(file.path()) else { continue };
            let display = format!("templates/{FORMS_DIR}/{name}.toml");
            match file.contents_utf8() {
                Some(text) => add(&mut forms, &name, &display, text, &mut diags),
                None => diags.push(Diagnostic::new(
                    Rule::InvalidEncoding,
                    Some(Span::file(display)),
                    "form schema is not valid UTF-8",
                )),
            }
        }
        if let Some(dir) = templates_dir.map(|d| d.join(FORMS_DIR)).filter(|d| d.is_dir()) {
            let root_name = templates_dir
                .and_then(|d| d.file_name())
                .map_or_else(|| "templates".to_string(), |n| n.to_string_lossy().into_owned());
            read_disk(&dir, &root_name, &mut forms, &mut diags);
        }
        (Forms { forms }, diags)
    }

    /// The schema called `name` (`cpor-claim`).
    pub fn get(&self, name: &str) -> Option<&FormSchema> {
        self.forms.get(name)
    }

    /// Every schema, sorted by name.
    pub fn iter(&self) -> impl Iterator<Item = &FormSchema> {
        self.forms.values()
    }

    /// The schemas whose `article` is the translation key `key`
    /// (`partner-center/submit-osa-claim.md`, compared exactly), sorted by name.
    pub fn for_article<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a FormSchema> + 'a {
        self.forms.values().filter(move |f| f.article == key)
    }

    /// Number of schemas.
    pub fn len(&self) -> usize {
        self.forms.len()
    }

    /// Whether there is no schema.
    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }
}

/// The file stem of a `*.toml` path that is not hidden.
fn toml_stem(path: &Path) -> Option<String> {
    if path.extension().and_then(|e| e.to_str()) != Some("toml") {
        return None;
    }
    let stem = path.file_stem()?.to_str()?;
    (!stem.starts_with('.')).then(|| stem.to_string())
}

/// Parses one schema and keeps it when valid.
fn add(forms: &mut BTreeMap<String, FormSchema>, name: &str, display: &str, text: &str, diags: &mut Vec<Diagnostic>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match schema::parse(name, display, text) {
        Ok(schema) => {
            forms.insert(name.to_string(), schema);
        }
        Err(mut problems) => {
            if forms.contains_key(name) {
                for d in &mut problems {
                    d.hint = Some(format!("The form `{name}` shipped with docloc is used instead."));
                }
            }
            diags.extend(problems);
        }
    }
}

/// Reads `<dir>/*.toml` in name order.
fn read_disk(dir: &Path, root_name: &str, forms: &mut BTreeMap<String, FormSchema>, diags: &mut Vec<Diagnostic>) {
    let folder = format!("{root_name}/{FORMS_DIR}");
    let mut paths: Vec<_> = match std::fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            diags.push(Diagnostic::new(Rule::ReadError, Some(Span::file(folder)), format!("cannot list folder: {e}")));
            return;
        }
    };
    paths.sort();
    for path in paths {
        let Some(name) = toml_stem(&path) else { continue };
        if !path.is_file() {
            continue;
        }
        let display = format!("{folder}/{name}.toml");
        match std::fs::read(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => add(forms, &name, &display, &text, diags),
                Err(_) => diags.push(Diagnostic::new(
                    Rule::InvalidEncoding,
                    Some(Span::file(display)),
                    "form schema is not valid UTF-8",
                )),
            },
            Err(e) => diags.push(Diagnostic::new(
                Rule::ReadError,
                Some(Span::file(display)),
                format!("cannot read form schema: {e}"),
            )),
        }
    }
}

#[cfg(test)]
mod tests;
