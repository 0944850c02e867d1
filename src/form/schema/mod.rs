//! Form schemas: the TOML files of `templates/forms/`, parsed and checked.
//!
//! One file describes one form: the article that documents it, where the form goes
//! in that article, a version, the article's checklist (item by item, with the bold
//! field names, called *terms*) and the fields. Parsing never panics: TOML syntax
//! errors, unknown keys and inconsistent references (a condition naming a field that
//! does not exist, a field pointing at checklist item 13 of 12, two generated Fluent
//! ids that collide…) become [`Rule::FormInvalid`](crate::diagnostic::Rule::FormInvalid) diagnostics at `file:line:col`.
//!
//! # File format
//!
//! ```toml
//! article = "partner-center/submit-osa-claim.md"  # translation key of the article
//! insert_before = "create-a-customer-association"  # heading anchor the form precedes
//! version = 1                                      # raised when a field changes meaning
//!
//! [[checklist]]                                    # one per item, in the article's order
//! item = 3                                         # 1, 2, 3 … with no gaps
//! terms = [{ id = "directory-id", field = "tenant_id" }, { id = "tenant-id", field = "tenant_id" }]
//!                                                  # bold = false for a term the source does not bold
//! [[groups]]                                       # consecutive fields in one fieldset
//! id = "customer-contact"
//! hint = false
//!
//! [[fields]]
//! id = "tenant_id"                                 # [a-z][a-z0-9_]*, unique; a contract
//! type = "text"                                    # text | email | textarea | radios | select
//! format = "guid"                                  # digits | guid | domain | email (text only)
//! required = true                                  # or required_when = { field, equals }
//! shown_when = { field = "claim_type", equals = "revenue-association" }  # radios only
//! checklist = 3                                    # the item the field belongs to
//! group = "customer-contact"
//! hint = true                                      # a `-hint` message exists
//! options = [{ value = "usage", hint = false, only_when = { field, equals } }]
//! autocomplete = "off"                             # HTML autofill token
//! inputmode = "numeric"
//! spellcheck = false
//! width = 10                                       # input width in characters
//! rows = 4                                         # textarea height
//! ```
//!
//! A condition's `field` must be a radios or select field declared earlier, and
//! `equals` one of its option values; conditional fields cannot themselves control a
//! condition (no chains). A `shown_when` field is revealed in place under the
//! controlling radio option (the GOV.UK Design System's conditional reveal) and,
//! when `required`, is required only while shown.

mod parse;

pub use parse::parse;

use serde::Deserialize;
use std::collections::BTreeSet;

/// A parsed, checked form schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormSchema {
    /// The form's name: the file stem (`cpor-claim`). Prefixes its Fluent message ids
    /// (`cpor-claim-…`), its HTML ids and its JSON export's `"form"`.
    pub name: String,
    /// Where the schema was read, for diagnostics (`templates/forms/cpor-claim.toml`).
    pub source: String,
    /// Translation key of the article that documents the form
    /// (`partner-center/submit-osa-claim.md`).
    pub article: String,
    /// Heading anchor (`<a name>` id or heading id) before which the form is placed.
    pub insert_before: String,
    /// Schema version, ≥ 1: part of the draft's storage key and of the JSON export.
    pub version: u32,
    /// The article's checklist items, in order (item `n` at index `n - 1`).
    pub checklist: Vec<ChecklistItem>,
    /// Fieldset groups.
    pub groups: Vec<Group>,
    /// The fields, in the order they are shown.
    pub fields: Vec<Field>,
}

/// One item of the article's checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistItem {
    /// 1-based position in the article's list.
    pub number: u32,
    /// The field names the item writes in bold, in order.
    pub terms: Vec<Term>,
}

/// A field name as the article's checklist writes it. Its wording in each locale is
/// the Fluent message `<form>-term-<id>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// Kebab-case id (`tenant-id`).
    pub id: String,
    /// The field it names (`tenant_id`).
    pub field: String,
    /// Whether the source article writes it in bold (default true).
    pub bold: bool,
}

/// Consecutive fields shown in one `<fieldset>` with a `<legend>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Kebab-case id; its legend is `<form>-group-<id>`.
    pub id: String,
    /// Whether a `<form>-group-<id>-hint` message exists.
    pub hint: bool,
}

/// The control a field is shown as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FieldKind {
    /// `<input type="text">`.
    Text,
    /// `<input type="email">`, validated as an e-mail address.
    Email,
    /// `<textarea>`.
    Textarea,
    /// A group of radio buttons in a fieldset (one value).
    Radios,
    /// A `<select>` (one value).
    Select,
}

impl FieldKind {
    /// Whether the field chooses among options.
    pub fn has_options(self) -> bool {
        matches!(self, FieldKind::Radios | FieldKind::Select)
    }
}

/// A syntax the value must have. The browser checks it (`form.js`); the rules are
/// those named here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// ASCII digits only (`1234567`), as MPN IDs are.
    Digits,
    /// A GUID in its 8-4-4-4-12 hexadecimal form (RFC 9562 §4), any case, no braces.
    Guid,
    /// A host name of at least two labels (RFC 1123 §2.1): letters, digits and inner
    /// hyphens, labels of 1–63 chars, 253 at most, a final label that is not all
    /// digits (`contoso.onmicrosoft.com`).
    Domain,
    /// A valid e-mail address as the HTML Standard defines it for `<input type=email>`.
    Email,
}

/// `field` has the value `equals`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Condition {
    /// The controlling field's id (a radios or select field).
    pub field: String,
    /// One of its option values.
    pub equals: String,
}

/// One choice of a radios or select field. Its label is `<form>-<field>-<value>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldOption {
    /// Kebab-case value, exported as is (`business-applications`).
    pub value: String,
    /// Whether a `<form>-<field>-<value>-hint` message exists.
    pub hint: bool,
    /// The option is valid only when this holds (else `<form>-<field>-<value>-error`).
    pub only_when: Option<Condition>,
}

/// One field of the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Snake-case id, the key of the JSON export (`tenant_id`).
    pub id: String,
    /// The control.
    pub kind: FieldKind,
    /// Required syntax (`email` fields always have [`Format::Email`]).
    pub format: Option<Format>,
    /// Always required (while shown).
    pub required: bool,
    /// Required only while this holds.
    pub required_when: Option<Condition>,
    /// Shown (revealed in place) only while this holds; otherwise not validated and
    /// left out of the export.
    pub shown_when: Option<Condition>,
    /// The checklist item (1-based) the field belongs to.
    pub checklist: u32,
    /// The fieldset group, if any.
    pub group: Option<String>,
    /// Whether a `<form>-<field>-hint` message exists.
    pub hint: bool,
    /// Options of a radios or select field.
    pub options: Vec<FieldOption>,
    /// HTML `autocomplete` token.
    pub autocomplete: Option<String>,
    /// HTML `inputmode`.
    pub inputmode: Option<String>,
    /// HTML `spellcheck`.
    pub spellcheck: Option<bool>,
    /// Input width in characters.
    pub width: Option<u32>,
    /// Textarea rows.
    pub rows: Option<u32>,
}

impl Field {
    /// The field's id as used in Fluent message ids: `_` spelled `-` (`tenant-id`).
    pub fn message_key(&self) -> String {
        self.id.replace('_', "-")
    }

    /// The syntax the value must have: [`Field::format`], or e-mail for email fields.
    pub fn effective_format(&self) -> Option<Format> {
        match self.kind {
            FieldKind::Email => Some(Format::Email),
            _ => self.format,
        }
    }
}

impl FormSchema {
    /// The field with id `id`.
    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.id == id)
    }

    /// Fluent id `<form>-<rest>`.
    pub fn message_id(&self, rest: &str) -> String {
        format!("{}-{rest}", self.name)
    }

    /// Every Fluent message id this form's HTML and checklist check use, sorted: the
    /// shared `form-*` strings and the form's own `<form>-*` strings. Every shipped
    /// locale defines all of them (a test holds this).
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids: BTreeSet<String> = super::html::SHARED_MESSAGES.iter().map(|s| s.to_string()).collect();
        for (_, rest) in self.form_message_ids() {
            ids.insert(self.message_id(&rest));
        }
        ids.into_iter().collect()
    }

    /// The form's own message ids without the `<form>-` prefix, each with a label of
    /// what produces it (for collision messages).
    fn form_message_ids(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = ["title", "intro", "checklist-lead", "terms-locale"]
            .iter()
            .map(|s| ("the form".to_string(), s.to_string()))
            .collect();
        for item in &self.checklist {
            out.push((format!("checklist item {}", item.number), format!("item-{}", item.number)));
            for t in &item.terms {
                out.push((format!("term `{}`", t.id), format!("term-{}", t.id)));
            }
        }
        for g in &self.groups {
            out.push((format!("group `{}`", g.id), format!("group-{}", g.id)));
            if g.hint {
                out.push((format!("group `{}`", g.id), format!("group-{}-hint", g.id)));
            }
        }
        let mut conditions = BTreeSet::new();
        for f in &self.fields {
            let who = format!("field `{}`", f.id);
            let key = f.message_key();
            out.push((who.clone(), format!("{key}-label")));
            if f.hint {
                out.push((who.clone(), format!("{key}-hint")));
            }
            if f.required || f.required_when.is_some() {
                out.push((who.clone(), format!("{key}-error-required")));
            }
            if f.effective_format().is_some() {
                out.push((who.clone(), format!("{key}-error-format")));
            }
            for o in &f.options {
                out.push((who.clone(), format!("{key}-{}", o.value)));
                if o.hint {
                    out.push((who.clone(), format!("{key}-{}-hint", o.value)));
                }
                if o.only_when.is_some() {
                    out.push((who.clone(), format!("{key}-{}-error", o.value)));
                }
            }
            if let Some(c) = &f.required_when {
                conditions.insert(format!("required-when-{}", condition_key(c)));
            }
            if let Some(c) = &f.shown_when {
                conditions.insert(format!("shown-when-{}", condition_key(c)));
            }
        }
        out.extend(conditions.into_iter().map(|c| ("a condition".to_string(), c)));
        out
    }
}

/// `<field with ->-<value>`, the part of a condition's message id.
pub(crate) fn condition_key(c: &Condition) -> String {
    format!("{}-{}", c.field.replace('_', "-"), c.equals)
}

#[cfg(test)]
mod tests;
