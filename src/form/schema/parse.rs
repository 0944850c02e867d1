//! Parsing a schema file: the raw TOML shapes (with spans) and the checks that
//! turn them into a [`FormSchema`] or [`Rule::FormInvalid`] diagnostics.

use super::{ChecklistItem, Condition, Field, FieldKind, FieldOption, FormSchema, Format, Group, Term};
use crate::diagnostic::{Diagnostic, LineIndex, Rule, Span};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSchema {
    article: Spanned<String>,
    insert_before: Spanned<String>,
    version: Spanned<i64>,
    #[serde(default)]
    checklist: Vec<RawItem>,
    #[serde(default)]
    groups: Vec<RawGroup>,
    #[serde(default)]
    fields: Vec<RawField>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    item: Spanned<i64>,
    #[serde(default)]
    terms: Vec<RawTerm>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerm {
    id: Spanned<String>,
    field: Spanned<String>,
    #[serde(default = "yes")]
    bold: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    id: Spanned<String>,
    #[serde(default)]
    hint: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCondition {
    field: Spanned<String>,
    equals: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOption {
    value: Spanned<String>,
    #[serde(default)]
    hint: bool,
    only_when: Option<RawCondition>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawField {
    id: Spanned<String>,
    #[serde(rename = "type")]
    kind: Spanned<FieldKind>,
    format: Option<Spanned<Format>>,
    #[serde(default)]
    required: bool,
    required_when: Option<RawCondition>,
    shown_when: Option<RawCondition>,
    checklist: Spanned<i64>,
    group: Option<Spanned<String>>,
    #[serde(default)]
    hint: bool,
    #[serde(default)]
    options: Vec<RawOption>,
    autocomplete: Option<Spanned<String>>,
    inputmode: Option<Spanned<String>>,
    spellcheck: Option<bool>,
    width: Option<Spanned<i64>>,
    rows: Option<Spanned<i64>>,
}

fn yes() -> bool {
    true
}

/// Collects diagnostics for one file.
struct Problems<'a> {
    display: &'a str,
    text: &'a str,
    index: LineIndex,
    diags: Vec<Diagnostic>,
}

impl Problems<'_> {
    fn at(&mut self, range: Range<usize>, message: String) {
        let span = self.index.span(self.display, self.text, range.start, range.end);
        self.diags.push(Diagnostic::new(Rule::FormInvalid, Some(span), message));
    }
}

/// Whether `s` is `[a-z][a-z0-9-]*` with no `--` and no trailing `-`.
pub(crate) fn is_kebab(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.contains("--")
        && !s.ends_with('-')
}

/// Whether `s` is `[a-z][a-z0-9_]*`.
fn is_snake(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Whether an option value is `[a-z0-9][a-z0-9-]*` (values may start with a digit,
/// as `microsoft-365` ends with one).
fn is_value(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.ends_with('-')
}

/// Parses and checks the schema `text` of form `name`, read from `display`.
///
/// # Errors
/// Every problem found, as [`Rule::FormInvalid`] diagnostics spanning `display`: a
/// schema with any problem is not used (a half-valid form would mislead partners).
pub fn parse(name: &str, display: &str, text: &str) -> Result<FormSchema, Vec<Diagnostic>> {
    let mut p = Problems { display, text, index: LineIndex::new(text), diags: Vec::new() };
    if !is_kebab(name) {
        p.diags.push(Diagnostic::new(
            Rule::FormInvalid,
            Some(Span::file(display)),
            format!("form name `{name}` (the file name) must be kebab-case: lower-case letters, digits and `-`"),
        ));
    }
    let raw: RawSchema = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let range = e.span().unwrap_or(0..0);
            p.at(range, format!("form schema does not parse: {}", e.message()));
            return Err(p.diags);
        }
    };
    let schema = build(name, display, raw, &mut p);
    if p.diags.is_empty() {
        Ok(schema)
    } else {
        Err(p.diags)
    }
}

fn condition(raw: Option<RawCondition>) -> Option<(Condition, Range<usize>, Range<usize>)> {
    raw.map(|c| {
        let (fs, es) = (c.field.span(), c.equals.span());
        (Condition { field: c.field.into_inner(), equals: c.equals.into_inner() }, fs, es)
    })
}

/// Converts the raw shapes, reporting every inconsistency.
fn build(name: &str, display: &str, raw: RawSchema, p: &mut Problems<'_>) -> FormSchema {
    let article = raw.article.get_ref().clone();
    let article_ok = article.ends_with(".md")
        && !article.starts_with('/')
        && !article.contains('\\')
        && !article.split('/').any(|s| s.is_empty() || s == "." || s == "..");
    if !article_ok {
        p.at(
            raw.article.span(),
            format!("`article` must be a translation key such as `docset/page.md`, not `{article}`"),
        );
    }
    let insert_before = raw.insert_before.get_ref().clone();
    if insert_before.is_empty() || insert_before.contains(['#', ' ', '/']) {
        p.at(raw.insert_before.span(), "`insert_before` must be a heading anchor such as `next-steps`".into());
    }
    let version = match u32::try_from(*raw.version.get_ref()) {
        Ok(v) if v >= 1 => v,
        _ => {
            p.at(raw.version.span(), "`version` must be a whole number from 1".into());
            1
        }
    };

    // Checklist items: 1, 2, 3 … in order; term ids unique.
    let mut checklist = Vec::new();
    let mut term_spans: Vec<(String, String, u32, Range<usize>)> = Vec::new();
    let mut term_ids = BTreeSet::new();
    for (i, item) in raw.checklist.into_iter().enumerate() {
        let expected = i as i64 + 1;
        if *item.item.get_ref() != expected {
            p.at(item.item.span(), format!("checklist item numbers must run 1, 2, 3 … in order: expected {expected}"));
        }
        let number = expected as u32;
        if item.terms.is_empty() {
            p.at(item.item.span(), format!("checklist item {number} has no terms: name the bold field names it holds"));
        }
        let mut terms = Vec::new();
        for t in item.terms {
            let id = t.id.get_ref().clone();
            if !is_kebab(&id) {
                p.at(t.id.span(), format!("term id `{id}` must be kebab-case"));
            }
            if !term_ids.insert(id.clone()) {
                p.at(t.id.span(), format!("term id `{id}` is used twice"));
            }
            term_spans.push((id.clone(), t.field.get_ref().clone(), number, t.field.span()));
            terms.push(Term { id, field: t.field.into_inner(), bold: t.bold });
        }
        checklist.push(ChecklistItem { number, terms });
    }
    if checklist.is_empty() {
        p.diags.push(Diagnostic::new(
            Rule::FormInvalid,
            Some(Span::file(display)),
            "the schema has no `[[checklist]]` items: list the article's checklist",
        ));
    }

    let mut groups = Vec::new();
    let mut group_spans = BTreeMap::new();
    for g in raw.groups {
        let id = g.id.get_ref().clone();
        if !is_kebab(&id) {
            p.at(g.id.span(), format!("group id `{id}` must be kebab-case"));
        }
        if group_spans.insert(id.clone(), g.id.span()).is_some() {
            p.at(g.id.span(), format!("group `{id}` is declared twice"));
        }
        groups.push(Group { id, hint: g.hint });
    }

    let fields = build_fields(raw.fields, checklist.len() as u32, &group_spans, p);
    if fields.is_empty() {
        p.diags.push(Diagnostic::new(Rule::FormInvalid, Some(Span::file(display)), "the schema has no `[[fields]]`"));
    }

    // Terms name fields of their own item.
    for (id, field, number, span) in term_spans {
        match fields.iter().find(|f| f.id == field) {
            None => p.at(span, format!("term `{id}` names field `{field}`, which the schema does not declare")),
            Some(f) if f.checklist != number => p.at(
                span,
                format!(
                    "term `{id}` of checklist item {number} names field `{field}`, which belongs to item {}",
                    f.checklist
                ),
            ),
            Some(_) => {}
        }
    }
    // Every item has a field.
    for item in &checklist {
        if !fields.iter().any(|f| f.checklist == item.number) {
            p.diags.push(Diagnostic::new(
                Rule::FormInvalid,
                Some(Span::file(display)),
                format!("checklist item {} has no field: give one field `checklist = {}`", item.number, item.number),
            ));
        }
    }

    let schema = FormSchema {
        name: name.to_string(),
        source: display.to_string(),
        article,
        insert_before,
        version,
        checklist,
        groups,
        fields,
    };
    // Generated Fluent ids must not collide (`a_b` + option `c` vs field `a_b_c`).
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for (who, id) in schema.form_message_ids() {
        if let Some(first) = seen.get(&id) {
            if *first != who {
                p.diags.push(Diagnostic::new(
                    Rule::FormInvalid,
                    Some(Span::file(display)),
                    format!("{who} and {first} both need the Fluent message `{name}-{id}`: rename one"),
                ));
            }
        } else {
            seen.insert(id, who);
        }
    }
    schema
}

fn build_fields(
    raw: Vec<RawField>,
    items: u32,
    group_spans: &BTreeMap<String, Range<usize>>,
    p: &mut Problems<'_>,
) -> Vec<Field> {
    let mut fields: Vec<Field> = Vec::new();
    let mut closed_groups: BTreeSet<String> = BTreeSet::new();
    for f in raw {
        let id = f.id.get_ref().clone();
        let id_span = f.id.span();
        if !is_snake(&id) {
            p.at(id_span.clone(), format!("field id `{id}` must be snake-case: `[a-z][a-z0-9_]*`"));
        }
        if fields.iter().any(|g| g.id == id) {
            p.at(id_span.clone(), format!("field `{id}` is declared twice"));
        }
        let kind = *f.kind.get_ref();
        let format = f.format.as_ref().map(|s| *s.get_ref());
        if let Some(fmt) = &f.format {
            if kind != FieldKind::Text {
                p.at(fmt.span(), format!("field `{id}`: `format` applies to text fields only"));
            }
        }
        let number = *f.checklist.get_ref();
        if number < 1 || number > i64::from(items) {
            p.at(f.checklist.span(), format!("field `{id}`: `checklist = {number}` names no item (1–{items})"));
        }
        // Options.
        let mut options = Vec::new();
        if kind.has_options() {
            if f.options.len() < 2 {
                p.at(f.kind.span(), format!("field `{id}`: a {kind:?} field needs at least two options"));
            }
        } else if let Some(o) = f.options.first() {
            p.at(o.value.span(), format!("field `{id}`: only radios and select fields have options"));
        }
        for o in f.options {
            let value = o.value.get_ref().clone();
            if !is_value(&value) {
                p.at(o.value.span(), format!("option value `{value}` must be lower-case letters, digits and `-`"));
            }
            if options.iter().any(|x: &FieldOption| x.value == value) {
                p.at(o.value.span(), format!("field `{id}`: option `{value}` is listed twice"));
            }
            let only_when = condition(o.only_when).map(|(c, fs, es)| {
                check_condition(&fields, &c, fs, es, p);
                c
            });
            options.push(FieldOption { value, hint: o.hint, only_when });
        }
        if f.required && f.required_when.is_some() {
            p.at(id_span.clone(), format!("field `{id}`: give `required` or `required_when`, not both"));
        }
        let required_when = condition(f.required_when).map(|(c, fs, es)| {
            check_condition(&fields, &c, fs, es, p);
            c
        });
        let shown_when = condition(f.shown_when).map(|(c, fs, es)| {
            if fields.iter().find(|g| g.id == c.field).is_some_and(|g| g.kind != FieldKind::Radios) {
                p.at(
                    fs.clone(),
                    format!("field `{id}`: `shown_when` needs a radios field, to reveal under its option"),
                );
            }
            check_condition(&fields, &c, fs, es, p);
            c
        });
        // Groups: declared, consecutive, not conditional.
        let group = f.group.map(|g| {
            let gid = g.get_ref().clone();
            if !group_spans.contains_key(&gid) {
                p.at(g.span(), format!("field `{id}`: group `{gid}` is not declared in `[[groups]]`"));
            }
            let previous = fields.last().and_then(|x| x.group.clone());
            if previous.as_deref() != Some(gid.as_str()) {
                if let Some(prev) = previous {
                    closed_groups.insert(prev);
                }
                if closed_groups.contains(&gid) {
                    p.at(g.span(), format!("field `{id}`: the fields of group `{gid}` must be consecutive"));
                }
            }
            if shown_when.is_some() {
                p.at(g.span(), format!("field `{id}`: a `shown_when` field cannot be in a group"));
            }
            gid
        });
        let positive = |v: &Option<Spanned<i64>>, what: &str, max: i64, p: &mut Problems<'_>| {
            v.as_ref().and_then(|s| match *s.get_ref() {
                n if (1..=max).contains(&n) => Some(n as u32),
                n => {
                    p.at(s.span(), format!("field `{id}`: `{what} = {n}` must lie in 1–{max}"));
                    None
                }
            })
        };
        let width = positive(&f.width, "width", 80, p);
        let rows = positive(&f.rows, "rows", 30, p);
        if rows.is_some() && kind != FieldKind::Textarea {
            p.at(id_span.clone(), format!("field `{id}`: `rows` applies to textarea fields only"));
        }
        let token = |v: Option<Spanned<String>>, what: &str, p: &mut Problems<'_>| {
            v.and_then(|s| {
                let t = s.get_ref();
                if t.is_empty() || !t.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ' ') {
                    p.at(s.span(), format!("field `{id}`: `{what}` must be an HTML token such as `off`"));
                    None
                } else {
                    Some(s.into_inner())
                }
            })
        };
        let autocomplete = token(f.autocomplete, "autocomplete", p);
        let inputmode = token(f.inputmode, "inputmode", p);
        fields.push(Field {
            id,
            kind,
            format,
            required: f.required,
            required_when,
            shown_when,
            checklist: number.clamp(0, i64::from(u32::MAX)) as u32,
            group,
            hint: f.hint,
            options,
            autocomplete,
            inputmode,
            spellcheck: f.spellcheck,
            width,
            rows,
        });
    }
    // A field that controls a condition must not itself be conditional.
    let controllers: BTreeSet<&str> = fields
        .iter()
        .flat_map(|f| {
            f.required_when
                .iter()
                .chain(f.shown_when.iter())
                .chain(f.options.iter().filter_map(|o| o.only_when.as_ref()))
                .map(|c| c.field.as_str())
        })
        .collect();
    for f in &fields {
        if controllers.contains(f.id.as_str()) && f.shown_when.is_some() {
            p.diags.push(Diagnostic::new(
                Rule::FormInvalid,
                Some(Span::file(p.display)),
                format!(
                    "field `{}` is shown conditionally and also controls a condition: conditions cannot chain",
                    f.id
                ),
            ));
        }
    }
    fields
}

/// A condition names an earlier radios/select field and one of its values.
fn check_condition(
    earlier: &[Field],
    c: &Condition,
    field_span: Range<usize>,
    value_span: Range<usize>,
    p: &mut Problems<'_>,
) {
    match earlier.iter().find(|f| f.id == c.field) {
        None => p.at(field_span, format!("condition names field `{}`, which is not declared before it", c.field)),
        Some(f) if !f.kind.has_options() => {
            p.at(field_span, format!("condition names field `{}`, which is not a radios or select field", c.field))
        }
        Some(f) if !f.options.iter().any(|o| o.value == c.equals) => p.at(
            value_span,
            format!(
                "field `{}` has no option `{}` (it has {})",
                c.field,
                c.equals,
                f.options.iter().map(|o| format!("`{}`", o.value)).collect::<Vec<_>>().join(", ")
            ),
        ),
        Some(_) => {}
    }
}
