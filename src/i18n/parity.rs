//! Fluent parity: does every locale's UI-string set match the `en-us` one?
//!
//! The check half of the theme's Fluent stage. For each `.ftl` file name `en-us` has
//! (`ui.ftl`, later `forms.ftl`, …), every other locale with UI strings must have a file
//! of that name ([`Rule::FluentMissingFile`]), define each message `en-us` defines there
//! ([`Rule::FluentMissingMessage`]) and use the same set of variables (`$name`, in the
//! value, selectors, call arguments and attributes) in it
//! ([`Rule::FluentVariableMismatch`]). A message missing in a locale still shows, from
//! the next locale of the fallback chain, so the first two are warnings; a variable
//! mismatch drops information or shows a raw `{$name}` placeholder, so it is an error.
//!
//! A locale's file is the union of the embedded file and the site's overlay file of the
//! same name, with the definition that wins at lookup (the overlay's) giving the span.

use super::{FtlSource, DEFAULT_LOCALE};
use crate::diagnostic::{sort_and_dedup, Diagnostic, LineIndex, Rule, Span};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// One parsed `.ftl` file, as parity needs it.
pub(super) struct FtlFile {
    /// Lower-case locale folder name, e.g. `de-de`.
    locale: String,
    /// File name inside the locale folder, e.g. `ui.ftl`.
    name: String,
    /// Path shown in diagnostics, e.g. `locales/de-de/ui.ftl`.
    display: String,
    /// The file's messages (with a value or attributes), in file order.
    messages: Vec<FtlMessage>,
}

/// One message definition of a file.
struct FtlMessage {
    /// Message id, e.g. `article-date`.
    id: String,
    /// The id at the start of the definition's line.
    span: Span,
    /// Names of the variables the message uses, without `$`.
    variables: BTreeSet<String>,
}

impl FtlFile {
    /// Records the messages of `src` as parsed into `entries` (junk is left out: a
    /// broken message counts as missing, and `ftl-invalid` says why).
    pub(super) fn new<'a>(
        src: &FtlSource,
        index: &LineIndex,
        entries: impl Iterator<Item = &'a ast::Entry<&'a str>>,
    ) -> FtlFile {
        let starts = entry_starts(&src.text);
        let messages = entries
            .filter_map(|e| match e {
                ast::Entry::Message(m) => Some(m),
                _ => None,
            })
            .map(|m| {
                let id = m.id.name;
                let span = match starts.get(id) {
                    Some(&start) => index.span(&src.display, &src.text, start, start + id.len()),
                    None => Span::file(src.display.clone()),
                };
                let mut variables = BTreeSet::new();
                if let Some(value) = &m.value {
                    pattern_variables(value, &mut variables);
                }
                for attribute in &m.attributes {
                    pattern_variables(&attribute.value, &mut variables);
                }
                FtlMessage { id: id.to_string(), span, variables }
            })
            .collect();
        let name = src.display.rsplit_once('/').map_or(src.display.as_str(), |(_, n)| n).to_string();
        FtlFile { locale: src.locale.clone(), name, display: src.display.clone(), messages }
    }

    /// The folder the file sits in, as shown in diagnostics (`locales/de-de`).
    fn folder(&self) -> &str {
        self.display.rsplit_once('/').map_or("", |(d, _)| d)
    }
}

/// Byte offset of the first line that starts message `id` (`id =` at column 1, the id
/// a letter then letters, digits, `-` and `_`), per id. Fluent continuation lines are
/// indented and terms start with `-`, so only message starts match.
fn entry_starts(text: &str) -> BTreeMap<&str, usize> {
    let mut out = BTreeMap::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let starts_id = line.bytes().next().is_some_and(|b| b.is_ascii_alphabetic());
        let id_len = line.bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_').count();
        if starts_id && line.get(id_len..).is_some_and(|rest| rest.trim_start_matches([' ', '\t']).starts_with('=')) {
            if let Some(id) = line.get(..id_len) {
                out.entry(id).or_insert(offset);
            }
        }
        offset += line.len();
    }
    out
}

/// Adds the variables `pattern` uses to `out`.
fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

/// Adds the variables `expression` uses (selector and every variant) to `out`.
fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

/// Adds the variables an inline expression uses, call arguments included, to `out`.
fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    let arguments = match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
            None
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => Some(arguments),
        ast::InlineExpression::TermReference { arguments, .. } => arguments.as_ref(),
        ast::InlineExpression::Placeable { expression } => {
            expression_variables(expression, out);
            None
        }
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. }
        | ast::InlineExpression::MessageReference { .. } => None,
    };
    if let Some(arguments) = arguments {
        for positional in &arguments.positional {
            inline_variables(positional, out);
        }
        for named in &arguments.named {
            inline_variables(&named.value, out);
        }
    }
}

/// `$a`, `$b` (or `no variables`), for messages.
fn list(variables: &BTreeSet<String>) -> String {
    if variables.is_empty() {
        return "no variables".to_string();
    }
    variables.iter().map(|v| format!("`${v}`")).collect::<Vec<_>>().join(", ")
}

/// The definition of each message id that lookups use: the first one in `files`
/// order, i.e. the overlay's before the embedded one.
fn merged<'f>(files: &[&'f FtlFile]) -> BTreeMap<&'f str, &'f FtlMessage> {
    let mut out = BTreeMap::new();
    for file in files {
        for m in &file.messages {
            out.entry(m.id.as_str()).or_insert(m);
        }
    }
    out
}

/// The parity diagnostics of `files` (in load order: overlay files, then embedded
/// ones) for every locale in `locales` other than [`DEFAULT_LOCALE`], sorted.
pub(super) fn check<'a>(files: &[FtlFile], locales: impl IntoIterator<Item = &'a str>) -> Vec<Diagnostic> {
    let mut by_key: BTreeMap<(&str, &str), Vec<&FtlFile>> = BTreeMap::new();
    for f in files {
        by_key.entry((f.locale.as_str(), f.name.as_str())).or_default().push(f);
    }
    let en_names: BTreeSet<&str> =
        files.iter().filter(|f| f.locale == DEFAULT_LOCALE).map(|f| f.name.as_str()).collect();
    let mut diags = Vec::new();
    for locale in locales.into_iter().filter(|l| *l != DEFAULT_LOCALE) {
        // The folder shown for a file the locale lacks: the overlay's when it has one.
        let folder = files.iter().find(|f| f.locale == locale).map(FtlFile::folder);
        for name in &en_names {
            let en_files = by_key.get(&(DEFAULT_LOCALE, *name)).map(Vec::as_slice).unwrap_or_default();
            let en = merged(en_files);
            let en_display = en_files.first().map_or("", |f| f.display.as_str());
            let Some(own_files) = by_key.get(&(locale, *name)) else {
                let path = match folder {
                    Some(folder) => format!("{folder}/{name}"),
                    None => format!("locales/{locale}/{name}"),
                };
                diags.push(
                    Diagnostic::new(
                        Rule::FluentMissingFile,
                        Some(Span::file(path.clone())),
                        format!(
                            "locale `{locale}` has no `{name}`; its {} messages show from the next locale of the fallback chain",
                            en.len()
                        ),
                    )
                    .with_hint(format!("Copy `{en_display}` to `{path}` and translate every message.")),
                );
                continue;
            };
            let own = merged(own_files);
            let own_display = own_files.first().map_or("", |f| f.display.as_str());
            for (id, en_message) in &en {
                match own.get(id) {
                    None => diags.push(
                        Diagnostic::new(
                            Rule::FluentMissingMessage,
                            Some(Span::file(own_display)),
                            format!(
                                "message `{id}` of `{}` is missing in locale `{locale}`; readers see it from the next locale of the fallback chain",
                                en_message.span
                            ),
                        )
                        .with_hint(format!("Add `{id} = …` with the {locale} translation.")),
                    ),
                    Some(message) if message.variables != en_message.variables => {
                        let missing: BTreeSet<String> =
                            en_message.variables.difference(&message.variables).cloned().collect();
                        let unknown: BTreeSet<String> =
                            message.variables.difference(&en_message.variables).cloned().collect();
                        let mut hint = Vec::new();
                        if !missing.is_empty() {
                            hint.push(format!("add {}", list(&missing)));
                        }
                        if !unknown.is_empty() {
                            hint.push(format!("remove or respell {}", list(&unknown)));
                        }
                        diags.push(
                            Diagnostic::new(
                                Rule::FluentVariableMismatch,
                                Some(message.span.clone()),
                                format!(
                                    "message `{id}` uses {} but the `{DEFAULT_LOCALE}` message (`{}`) uses {}",
                                    list(&message.variables),
                                    en_message.span,
                                    list(&en_message.variables)
                                ),
                            )
                            .with_hint(format!("In the {locale} translation, {}.", hint.join("; "))),
                        );
                    }
                    Some(_) => {}
                }
            }
        }
    }
    sort_and_dedup(&mut diags);
    diags
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(locale: &str, text: &str) -> FtlFile {
        let src =
            FtlSource { locale: locale.into(), display: format!("locales/{locale}/ui.ftl"), text: text.to_string() };
        let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(res, _)| res);
        FtlFile::new(&src, &LineIndex::new(text), resource.body.iter())
    }

    #[test]
    fn variables_are_found_in_selectors_arguments_and_attributes() {
        let f = file(
            "en-us",
            "# c\nplain = Hi\nsel = { $count ->\n    [one] { $name } one\n   *[other] { NUMBER($n, minimumFractionDigits: 2) } { $digits }\n  }\nattr =\n    .title = { -term($case) } { { $nested } }\n",
        );
        let vars: Vec<(&str, Vec<&str>, u32)> = f
            .messages
            .iter()
            .map(|m| (m.id.as_str(), m.variables.iter().map(String::as_str).collect(), m.span.line))
            .collect();
        assert_eq!(
            vars,
            [
                ("plain", vec![], 2),
                ("sel", vec!["count", "digits", "n", "name"], 3),
                ("attr", vec!["case", "nested"], 7)
            ]
        );
    }

    #[test]
    fn entry_starts_skip_indented_lines_and_terms() {
        let text = "a = 1\n  b = 2\n-c = 3\nd=4\n# e = 5\na = again\n";
        let starts = entry_starts(text);
        assert_eq!(starts.keys().copied().collect::<Vec<_>>(), ["a", "d"]);
        assert_eq!(starts["a"], 0);
    }

    #[test]
    fn each_rule_fires_once_where_it_should() {
        let en = file("en-us", "a = A\nb = B { $x }\nc = C\n");
        let good = file("de-de", "a = A\nb = B { $x }\nc = C\nextra = E\n");
        let bad = file("fr-fr", "\nb = B { $y }\na = A\n");
        let diags = check(&[en, good, bad], ["de-de", "en-us", "fr-fr", "ja-jp"]);
        let got: Vec<(Rule, String)> =
            diags.iter().map(|d| (d.rule, d.span.as_ref().map(ToString::to_string).unwrap_or_default())).collect();
        assert_eq!(
            got,
            [
                (Rule::FluentMissingMessage, "locales/fr-fr/ui.ftl:1:1".to_string()),
                (Rule::FluentVariableMismatch, "locales/fr-fr/ui.ftl:2:1".to_string()),
                (Rule::FluentMissingFile, "locales/ja-jp/ui.ftl:1:1".to_string()),
            ]
        );
        assert!(diags[0].message.contains("`c` of `locales/en-us/ui.ftl:3:1`"), "{:?}", diags[0]);
        assert_eq!(diags[1].hint.as_deref(), Some("In the fr-fr translation, add `$x`; remove or respell `$y`."));
        assert!(diags[2].message.contains("its 3 messages"), "{:?}", diags[2]);
    }
}
