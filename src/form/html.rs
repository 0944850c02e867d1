//! The form's HTML, in the reader's language.
//!
//! Part of the theme stage: the site builder places [`render_html`]'s output into the
//! article that documents the form. The markup follows the GOV.UK Design System's
//! patterns (form group, label, hint, error message, error summary, fieldset, radios
//! with conditional reveal), so the form is accessible before and after `form.js`
//! runs:
//!
//! * every control has a real `<label>` (radios: a `<fieldset>` with a `<legend>`);
//!   hints are tied to their control with `aria-describedby`, and so is an error
//!   message while it is shown;
//! * without JavaScript every field, hint and conditional section is visible and
//!   says when it applies, the checklist reads as a plain list, and the buttons that
//!   need scripts stay hidden (the form cannot be submitted, so nothing is sent);
//! * `form.js` reads its rules and every message it shows from the JSON block
//!   `<script type="application/json" class="docloc-form__config">`, rendered here
//!   from Fluent: the script holds no text of its own.
//!
//! HTML ids: the section is `<form>` (`cpor-claim`); a field's control is
//! `<form>-<field id>` (`cpor-claim-tenant_id`; a radio group's later options add
//! `-2`, `-3` …), its hint `…-hint`, its error message `…-error`, its wrapper
//! `…-group`; a fieldset group is `<form>-fieldset-<group>`, checklist item n is
//! `<form>-checklist-<n>`, the heading `<form>-heading` and the error summary
//! `<form>-error-summary`.

use super::schema::{condition_key, Field, FieldKind, FormSchema};
use crate::i18n::I18n;
use serde::Serialize;
use std::fmt::Write as _;

/// Fluent ids of the strings every form shares (buttons, error summary, checklist
/// statuses, draft banner), in `locales/<locale>/forms.ftl`.
pub(crate) const SHARED_MESSAGES: &[&str] = &[
    "form-locale",
    "form-error-prefix",
    "form-error-summary-title",
    "form-optional",
    "form-select-choose",
    "form-check",
    "form-download",
    "form-print",
    "form-clear",
    "form-checklist-title",
    "form-checklist-progress",
    "form-status-complete",
    "form-status-incomplete",
    "form-status-not-needed",
    "form-draft-offer",
    "form-draft-offer-hint",
    "form-draft-restore",
    "form-draft-discard",
    "form-draft-restored",
    "form-draft-discarded",
    "form-saved-locally",
    "form-no-script",
    "form-cleared",
    "form-valid",
    "form-print-title",
];

/// Escapes text for HTML content and double- or single-quoted attribute values.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
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

/// A lower-case locale code (`zh-tw`) in BCP 47's conventional case (`zh-TW`):
/// language lower, script title (`Hant`), region upper.
pub(crate) fn bcp47_case(code: &str) -> String {
    code.trim()
        .replace('_', "-")
        .split('-')
        .enumerate()
        .map(|(i, part)| match (i, part.len()) {
            (0, _) => part.to_ascii_lowercase(),
            (_, 4) => {
                let lower = part.to_ascii_lowercase();
                let mut c = lower.chars();
                c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
            }
            (_, 2) => part.to_ascii_uppercase(),
            _ => part.to_ascii_lowercase(),
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// Formats Fluent messages through one chain.
struct Strings<'a> {
    i18n: &'a I18n,
    chain: &'a [&'a str],
    prefix: &'a str,
}

impl Strings<'_> {
    /// A shared `form-*` message.
    fn shared(&self, id: &str) -> String {
        self.i18n.format(self.chain, id, &[])
    }
    /// A message of this form, `<form>-<rest>`.
    fn own(&self, rest: &str) -> String {
        self.i18n.format(self.chain, &format!("{}-{rest}", self.prefix), &[])
    }
}

/// The rules and messages `form.js` reads (the JSON config block).
#[derive(Serialize)]
struct Config<'a> {
    form: &'a str,
    version: u32,
    locale: String,
    #[serde(rename = "storageKey")]
    storage_key: String,
    fields: Vec<ConfigField<'a>>,
    items: Vec<u32>,
    strings: ConfigStrings,
}

#[derive(Serialize)]
struct ConfigField<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    kind: FieldKind,
    format: Option<super::schema::Format>,
    required: bool,
    #[serde(rename = "requiredWhen")]
    required_when: Option<&'a super::schema::Condition>,
    #[serde(rename = "shownWhen")]
    shown_when: Option<&'a super::schema::Condition>,
    checklist: u32,
    messages: ConfigMessages,
    options: Vec<ConfigOption<'a>>,
}

#[derive(Serialize)]
struct ConfigMessages {
    required: Option<String>,
    format: Option<String>,
}

#[derive(Serialize)]
struct ConfigOption<'a> {
    value: &'a str,
    #[serde(rename = "onlyWhen")]
    only_when: Option<&'a super::schema::Condition>,
    error: Option<String>,
}

#[derive(Serialize)]
struct ConfigStrings {
    #[serde(rename = "errorPrefix")]
    error_prefix: String,
    complete: String,
    incomplete: String,
    #[serde(rename = "notNeeded")]
    not_needed: String,
    progress: String,
    restored: String,
    discarded: String,
    cleared: String,
    valid: String,
}

/// The locale code the JSON export and the draft key name: the chain's first entry,
/// lower-case (`zh-tw`); `en-us` for an empty chain.
pub(crate) fn reader_locale(chain: &[&str]) -> String {
    chain
        .first()
        .map_or_else(|| crate::i18n::DEFAULT_LOCALE.to_string(), |c| c.trim().replace('_', "-").to_ascii_lowercase())
}

/// The `localStorage` key of the reader's draft: `docloc:<form>:v<version>:<locale>`
/// (`docloc:cpor-claim:v1:zh-tw`).
pub fn storage_key(schema: &FormSchema, locale: &str) -> String {
    format!("docloc:{}:v{}:{}", schema.name, schema.version, locale)
}

/// The complete HTML of `schema`'s form for a reader whose Fluent lookup chain is
/// `chain` (reader's locale first; [`I18n::format`] ends every chain with en-us).
///
/// The fragment is a `<section class="docloc-form">` that loads its own behaviour and
/// styles: `<link rel="stylesheet" href="{assets_url}form.css">` and
/// `<script src="{assets_url}form.js" defer>`, so `assets_url` ends with `/` (the
/// site's `_docloc/` folder, where the theme copies `templates/static/`). Labels,
/// hints, option names, error messages, button texts and checklist items are the
/// Fluent messages listed by [`FormSchema::message_ids`]. The section's `lang` is the
/// locale the form's strings come from (`form-locale`), which may be a fallback of
/// the reader's; its `dir` that locale's direction (the form may sit in a fallback copy
/// of the other direction), and `data-pagefind-ignore` keeps its labels out of the
/// site's search index.
pub fn render_html(schema: &FormSchema, i18n: &I18n, chain: &[&str], assets_url: &str) -> String {
    let s = Strings { i18n, chain, prefix: &schema.name };
    let name = esc(&schema.name);
    let locale = reader_locale(chain);
    let lang = bcp47_case(&s.shared("form-locale"));
    let mut h = String::with_capacity(24 * 1024);
    let _ = writeln!(
        h,
        "<section class=\"docloc-form\" id=\"{name}\" data-docloc-form=\"{name}\" lang=\"{}\" dir=\"{}\" data-pagefind-ignore aria-labelledby=\"{name}-heading\">",
        esc(&lang),
        if crate::i18n::cldr::is_right_to_left(&lang) { "rtl" } else { "ltr" }
    );
    let _ = writeln!(h, "<link rel=\"stylesheet\" href=\"{}form.css\">", esc(assets_url));
    let _ = writeln!(h, "<script src=\"{}form.js\" defer></script>", esc(assets_url));
    let _ = writeln!(
        h,
        "<script type=\"application/json\" class=\"docloc-form__config\">{}</script>",
        config_json(schema, &s, &locale)
    );
    let _ = writeln!(h, "<h2 class=\"docloc-form__title\" id=\"{name}-heading\">{}</h2>", esc(&s.own("title")));
    let _ = writeln!(h, "<p class=\"docloc-form__intro\">{}</p>", esc(&s.own("intro")));
    let _ = writeln!(h, "<p class=\"docloc-form__note\">{}</p>", esc(&s.shared("form-saved-locally")));
    let _ = writeln!(h, "<noscript><p class=\"docloc-form__note\">{}</p></noscript>", esc(&s.shared("form-no-script")));
    draft_banner(&mut h, &name, &s);
    let _ = write!(
        h,
        "<div class=\"docloc-form__error-summary\" id=\"{name}-error-summary\" tabindex=\"-1\" hidden>\n\
         <div role=\"alert\">\n<h3 class=\"docloc-form__error-summary-title\">{}</h3>\n\
         <ul class=\"docloc-form__error-list\"></ul>\n</div>\n</div>\n",
        esc(&s.shared("form-error-summary-title"))
    );
    let _ = writeln!(h, "<div class=\"docloc-form__success\" id=\"{name}-success\" role=\"status\"></div>");
    checklist(&mut h, schema, &name, &s);
    let _ = writeln!(h, "<form class=\"docloc-form__form\" id=\"{name}-form\" novalidate>");
    let mut i = 0;
    while i < schema.fields.len() {
        let Some(field) = schema.fields.get(i) else { break };
        if field.shown_when.is_some() {
            // Rendered under its controlling option.
            i += 1;
            continue;
        }
        match &field.group {
            Some(group) => {
                let members: Vec<&Field> =
                    schema.fields[i..].iter().take_while(|f| f.group.as_deref() == Some(group.as_str())).collect();
                i += members.len();
                fieldset(&mut h, schema, group, &members, &s);
            }
            None => {
                i += 1;
                field_html(&mut h, schema, field, &s, true);
            }
        }
    }
    let _ = write!(
        h,
        "<div class=\"docloc-form__actions\" hidden>\n\
         <button type=\"submit\" class=\"docloc-form__button\" disabled>{}</button>\n\
         <button type=\"button\" class=\"docloc-form__button docloc-form__button--secondary\" data-action=\"download\">{}</button>\n\
         <button type=\"button\" class=\"docloc-form__button docloc-form__button--secondary\" data-action=\"print\">{}</button>\n\
         <button type=\"button\" class=\"docloc-form__button docloc-form__button--warning\" data-action=\"clear\">{}</button>\n\
         </div>\n</form>\n",
        esc(&s.shared("form-check")),
        esc(&s.shared("form-download")),
        esc(&s.shared("form-print")),
        esc(&s.shared("form-clear"))
    );
    let _ = write!(
        h,
        "<div class=\"docloc-form__print\" id=\"{name}-print\" hidden>\n<h3 class=\"docloc-form__print-title\">{}</h3>\n</div>\n",
        esc(&s.shared("form-print-title"))
    );
    let _ =
        write!(h, "<div class=\"docloc-visually-hidden\" id=\"{name}-status\" role=\"status\"></div>\n</section>\n");
    h
}

/// The JSON config block, safe inside `<script>`: `<` is written `\u003c`, so no
/// `</script>` or `<!--` can appear.
fn config_json(schema: &FormSchema, s: &Strings<'_>, locale: &str) -> String {
    let fields = schema
        .fields
        .iter()
        .map(|f| {
            let key = f.message_key();
            ConfigField {
                id: &f.id,
                kind: f.kind,
                format: f.effective_format(),
                required: f.required,
                required_when: f.required_when.as_ref(),
                shown_when: f.shown_when.as_ref(),
                checklist: f.checklist,
                messages: ConfigMessages {
                    required: (f.required || f.required_when.is_some())
                        .then(|| s.own(&format!("{key}-error-required"))),
                    format: f.effective_format().map(|_| s.own(&format!("{key}-error-format"))),
                },
                options: f
                    .options
                    .iter()
                    .map(|o| ConfigOption {
                        value: &o.value,
                        only_when: o.only_when.as_ref(),
                        error: o.only_when.as_ref().map(|_| s.own(&format!("{key}-{}-error", o.value))),
                    })
                    .collect(),
            }
        })
        .collect();
    let config = Config {
        form: &schema.name,
        version: schema.version,
        locale: locale.to_string(),
        storage_key: storage_key(schema, locale),
        fields,
        items: schema.checklist.iter().map(|i| i.number).collect(),
        strings: ConfigStrings {
            error_prefix: s.shared("form-error-prefix"),
            complete: s.shared("form-status-complete"),
            incomplete: s.shared("form-status-incomplete"),
            not_needed: s.shared("form-status-not-needed"),
            progress: s.i18n.format(s.chain, "form-checklist-progress", &[("done", "{done}"), ("total", "{total}")]),
            restored: s.shared("form-draft-restored"),
            discarded: s.shared("form-draft-discarded"),
            cleared: s.shared("form-cleared"),
            valid: s.shared("form-valid"),
        },
    };
    serde_json::to_string(&config).unwrap_or_else(|_| "{}".to_string()).replace('<', "\\u003c")
}

fn draft_banner(h: &mut String, name: &str, s: &Strings<'_>) {
    let _ = write!(
        h,
        "<div class=\"docloc-form__banner\" id=\"{name}-draft\" role=\"region\" aria-labelledby=\"{name}-draft-title\" tabindex=\"-1\" hidden>\n\
         <p class=\"docloc-form__banner-title\" id=\"{name}-draft-title\">{}</p>\n<p>{}</p>\n\
         <button type=\"button\" class=\"docloc-form__button\" data-action=\"restore\">{}</button>\n\
         <button type=\"button\" class=\"docloc-form__button docloc-form__button--secondary\" data-action=\"discard\">{}</button>\n</div>\n",
        esc(&s.shared("form-draft-offer")),
        esc(&s.shared("form-draft-offer-hint")),
        esc(&s.shared("form-draft-restore")),
        esc(&s.shared("form-draft-discard"))
    );
}

/// The live checklist: one entry per item, its status filled in by `form.js`.
fn checklist(h: &mut String, schema: &FormSchema, name: &str, s: &Strings<'_>) {
    let _ = write!(
        h,
        "<div class=\"docloc-form__checklist\" id=\"{name}-checklist\">\n<h3 class=\"docloc-form__checklist-title\">{}</h3>\n\
         <p class=\"docloc-form__progress\" hidden></p>\n<ol class=\"docloc-form__items\">\n",
        esc(&s.shared("form-checklist-title"))
    );
    for item in &schema.checklist {
        let _ = writeln!(
            h,
            "<li class=\"docloc-form__item\" data-item=\"{n}\" id=\"{name}-checklist-{n}\"><span class=\"docloc-form__item-text\">{}</span> <strong class=\"docloc-form__tag\" hidden></strong></li>",
            esc(&s.own(&format!("item-{}", item.number))),
            n = item.number
        );
    }
    h.push_str("</ol>\n</div>\n");
}

/// A note saying when a condition makes a field required, if all `fields` share one.
fn shared_required_when<'f>(fields: &[&'f Field]) -> Option<&'f super::schema::Condition> {
    let first = fields.first()?.required_when.as_ref()?;
    fields.iter().all(|f| f.required_when.as_ref() == Some(first)).then_some(first)
}

fn fieldset(h: &mut String, schema: &FormSchema, group: &str, members: &[&Field], s: &Strings<'_>) {
    let name = esc(&schema.name);
    let gid = esc(group);
    let mut hints = Vec::new();
    if schema.groups.iter().any(|g| g.id == group && g.hint) {
        hints.push(s.own(&format!("group-{group}-hint")));
    }
    let shared = shared_required_when(members);
    if let Some(c) = shared {
        hints.push(s.own(&format!("required-when-{}", condition_key(c))));
    }
    let hint_id = format!("{name}-fieldset-{gid}-hint");
    let described = if hints.is_empty() { String::new() } else { format!(" aria-describedby=\"{hint_id}\"") };
    let _ = write!(
        h,
        "<fieldset class=\"docloc-form__fieldset docloc-form__group-set\" id=\"{name}-fieldset-{gid}\"{described}>\n\
         <legend class=\"docloc-form__legend\">{}</legend>\n",
        esc(&s.own(&format!("group-{group}")))
    );
    if !hints.is_empty() {
        let _ = writeln!(h, "<div class=\"docloc-form__hint\" id=\"{hint_id}\">{}</div>", esc(&hints.join(" ")));
    }
    for f in members {
        field_html(h, schema, f, s, shared.is_none());
    }
    h.push_str("</fieldset>\n");
}

/// One field's form group. `condition_note`: whether to say in the field's own hint
/// when a `required_when` condition applies (false when its fieldset says it).
fn field_html(h: &mut String, schema: &FormSchema, f: &Field, s: &Strings<'_>, condition_note: bool) {
    let name = esc(&schema.name);
    let key = f.message_key();
    let id = format!("{name}-{}", esc(&f.id));
    let mut hint = Vec::new();
    if f.hint {
        hint.push(s.own(&format!("{key}-hint")));
    }
    if condition_note {
        if let Some(c) = &f.required_when {
            hint.push(s.own(&format!("required-when-{}", condition_key(c))));
        }
    }
    let hint = hint.join(" ");
    let hint_id = format!("{id}-hint");
    let described = if hint.is_empty() { String::new() } else { format!(" aria-describedby=\"{hint_id}\"") };
    let optional = if f.required {
        String::new()
    } else {
        format!("<span class=\"docloc-form__optional\"> {}</span>", esc(&s.shared("form-optional")))
    };
    let label = esc(&s.own(&format!("{key}-label")));
    let _ = writeln!(h, "<div class=\"docloc-form__group\" id=\"{id}-group\" data-field=\"{}\">", esc(&f.id));
    if f.kind == FieldKind::Radios {
        let _ = writeln!(h, "<fieldset class=\"docloc-form__fieldset\"{described}>\n<legend class=\"docloc-form__legend\">{label}{optional}</legend>");
        hint_and_error(h, &hint, &hint_id, &id);
        h.push_str("<div class=\"docloc-form__radios\">\n");
        for (n, o) in f.options.iter().enumerate() {
            let oid = if n == 0 { id.clone() } else { format!("{id}-{}", n + 1) };
            let okey = format!("{key}-{}", o.value);
            let conditional: Vec<&Field> = schema
                .fields
                .iter()
                .filter(|c| c.shown_when.as_ref().is_some_and(|w| w.field == f.id && w.equals == o.value))
                .collect();
            let cond_id = format!("{name}-{}-{}-conditional", esc(&f.id), esc(&o.value));
            let controls =
                if conditional.is_empty() { String::new() } else { format!(" data-aria-controls=\"{cond_id}\"") };
            let ohint_id = format!("{oid}-hint");
            let odescribed = if o.hint { format!(" aria-describedby=\"{ohint_id}\"") } else { String::new() };
            let _ = write!(
                h,
                "<div class=\"docloc-form__radio\">\n<input class=\"docloc-form__radio-input\" id=\"{oid}\" name=\"{}\" type=\"radio\" value=\"{}\"{controls}{odescribed}>\n\
                 <label class=\"docloc-form__radio-label\" for=\"{oid}\">{}</label>\n",
                esc(&f.id),
                esc(&o.value),
                esc(&s.own(&okey))
            );
            if o.hint {
                let _ = writeln!(
                    h,
                    "<div class=\"docloc-form__hint docloc-form__radio-hint\" id=\"{ohint_id}\">{}</div>",
                    esc(&s.own(&format!("{okey}-hint")))
                );
            }
            h.push_str("</div>\n");
            if !conditional.is_empty() {
                let when = s.own(&format!("shown-when-{}-{}", f.message_key(), o.value));
                let _ = writeln!(
                    h,
                    "<div class=\"docloc-form__conditional\" id=\"{cond_id}\">\n<p class=\"docloc-form__when\">{}</p>",
                    esc(&when)
                );
                for c in conditional {
                    field_html(h, schema, c, s, true);
                }
                h.push_str("</div>\n");
            }
        }
        h.push_str("</div>\n</fieldset>\n</div>\n");
        return;
    }
    let _ = writeln!(h, "<label class=\"docloc-form__label\" for=\"{id}\">{label}{optional}</label>");
    hint_and_error(h, &hint, &hint_id, &id);
    let mut attrs = format!(" id=\"{id}\" name=\"{}\"{described}", esc(&f.id));
    if let Some(a) = &f.autocomplete {
        let _ = write!(attrs, " autocomplete=\"{}\"", esc(a));
    }
    if let Some(a) = &f.inputmode {
        let _ = write!(attrs, " inputmode=\"{}\"", esc(a));
    }
    if let Some(sc) = f.spellcheck {
        let _ = write!(attrs, " spellcheck=\"{sc}\"");
    }
    if f.required {
        attrs.push_str(" aria-required=\"true\"");
    }
    match f.kind {
        FieldKind::Textarea => {
            let _ = writeln!(
                h,
                "<textarea class=\"docloc-form__textarea\"{attrs} rows=\"{}\"></textarea>",
                f.rows.unwrap_or(5)
            );
        }
        FieldKind::Select => {
            let _ = writeln!(h, "<select class=\"docloc-form__select\"{attrs}>");
            let _ = writeln!(h, "<option value=\"\">{}</option>", esc(&s.shared("form-select-choose")));
            for o in &f.options {
                let _ = writeln!(
                    h,
                    "<option value=\"{}\">{}</option>",
                    esc(&o.value),
                    esc(&s.own(&format!("{key}-{}", o.value)))
                );
            }
            h.push_str("</select>\n");
        }
        FieldKind::Text | FieldKind::Email | FieldKind::Radios => {
            let ty = if f.kind == FieldKind::Email { "email" } else { "text" };
            let size = f.width.map(|w| format!(" size=\"{w}\"")).unwrap_or_default();
            let sized = if f.width.is_some() { " docloc-form__input--sized" } else { "" };
            let _ = writeln!(h, "<input class=\"docloc-form__input{sized}\" type=\"{ty}\"{attrs}{size}>");
        }
    }
    h.push_str("</div>\n");
}

/// The hint (when any) and the empty error message `form.js` fills in.
fn hint_and_error(h: &mut String, hint: &str, hint_id: &str, id: &str) {
    if !hint.is_empty() {
        let _ = writeln!(h, "<div class=\"docloc-form__hint\" id=\"{hint_id}\">{}</div>", esc(hint));
    }
    let _ = writeln!(h, "<p class=\"docloc-form__error-message\" id=\"{id}-error\" hidden></p>");
}

/// A standalone HTML page holding only the form, for previews and browser tests: a
/// complete document in the form's language, its title the form's title, the
/// checklist's lead sentence, then the form as [`render_html`] renders it for
/// `chain`. It loads the theme's `docloc.css` (so the form looks as it does in a
/// page of the site) and the form's `form.css` and `form.js`, all from `assets_url`.
pub fn render_preview_page(schema: &FormSchema, i18n: &I18n, chain: &[&str], assets_url: &str) -> String {
    let title = i18n.format(chain, &schema.message_id("title"), &[]);
    let lang = bcp47_case(&i18n.format(chain, "form-locale", &[]));
    let lead = i18n.format(chain, &schema.message_id("checklist-lead"), &[]);
    format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n\
         <link rel=\"stylesheet\" href=\"{}docloc.css\">\n</head>\n<body>\n<main class=\"docloc-preview\">\n<h1>{}</h1>\n<p>{}</p>\n{}</main>\n</body>\n</html>\n",
        esc(&lang),
        esc(&title),
        esc(assets_url),
        esc(&title),
        esc(&lead),
        render_html(schema, i18n, chain, assets_url)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_codes_get_bcp47_case() {
        assert_eq!(bcp47_case("zh-tw"), "zh-TW");
        assert_eq!(bcp47_case("sr-latn-rs"), "sr-Latn-RS");
        assert_eq!(bcp47_case("EN_us"), "en-US");
    }

    #[test]
    fn selects_groups_and_notes_render_with_labels() {
        let text = r#"
article = "docs/a.md"
insert_before = "next"
version = 3

[[checklist]]
item = 1
terms = [{ id = "kind", field = "kind" }]

[[groups]]
id = "who"
hint = true

[[fields]]
id = "kind"
type = "select"
required = true
checklist = 1
options = [{ value = "a" }, { value = "b" }]

[[fields]]
id = "name"
type = "text"
checklist = 1
group = "who"
required_when = { field = "kind", equals = "b" }

[[fields]]
id = "mail"
type = "email"
checklist = 1
group = "who"
required_when = { field = "kind", equals = "b" }
"#;
        let schema = crate::form::schema::parse("demo", "demo.toml", text).expect("valid");
        let (i18n, _) = I18n::load(None);
        let html = render_html(&schema, &i18n, &["sv-se"], "a/");
        assert!(
            html.contains("<label class=\"docloc-form__label\" for=\"demo-kind\">demo-kind-label</label>"),
            "{html}"
        );
        assert!(html
            .contains("<select class=\"docloc-form__select\" id=\"demo-kind\" name=\"kind\" aria-required=\"true\">"));
        assert!(html.contains("<option value=\"\">Välj ett alternativ</option>"));
        // One fieldset, its hint and the shared condition note tied to it.
        assert!(html.contains("id=\"demo-fieldset-who\" aria-describedby=\"demo-fieldset-who-hint\""));
        assert!(html.contains(">demo-group-who-hint demo-required-when-kind-b</div>"));
        assert_eq!(html.matches("(valfritt)").count(), 2);
        assert!(html.contains("type=\"email\" id=\"demo-mail\" name=\"mail\""));
        assert!(html.contains("\"storageKey\":\"docloc:demo:v3:sv-se\""));
    }

    #[test]
    fn config_json_cannot_close_its_script() {
        let (i18n, _) = I18n::load(None);
        let (forms, _) = crate::form::Forms::load(None);
        let schema = forms.get("cpor-claim").expect("cpor-claim");
        let html = render_html(schema, &i18n, &["</script><b>"], "/");
        assert_eq!(html.matches("</script>").count(), 2, "only the two real script ends");
        assert!(html.contains("\\u003c/script>\\u003cb>"));
    }

    #[test]
    fn escaping_covers_attribute_quotes() {
        assert_eq!(esc("a<b>&\"'"), "a&lt;b&gt;&amp;&quot;&#39;");
    }
}
