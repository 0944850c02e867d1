//! UI strings: the Fluent half of the theme stage.
//!
//! The site chrome (skip link, navigation labels, alert titles, the fallback notice,
//! the date line) is translated with [Project Fluent](https://projectfluent.org/)
//! messages, one folder per locale: `locales/<locale>/*.ftl`, the folder named by a
//! lower-case BCP 47 tag (`zh-cn`). docloc embeds a set for every Microsoft Learn
//! locale (`ar-sa` … `zh-tw`, see [`I18n::locales`]); a site's own `locales/` folder
//! overlays it, message by message, the way a Hugo site's `i18n/` overlays its theme's.
//!
//! Lookups walk a locale chain (the reader's locale, its configured fallbacks, then
//! [`DEFAULT_LOCALE`]), so a message missing or broken in one locale still shows in
//! the next. Syntax errors never stop a build: they become
//! [`Rule::FluentInvalid`] diagnostics and the valid messages of the file are kept.
//! [`I18n::parity`] reports locales whose messages drift from `en-us`.
//!
//! What CLDR already knows is not translated here: dates ([`I18n::format_date`]),
//! locale names ([`I18n::language_name`]) and text direction come from CLDR through
//! ICU4X's compiled data (the `cldr` submodule).

use crate::diagnostic::{Diagnostic, LineIndex, Rule, Span};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use fluent_syntax::ast;
use include_dir::{include_dir, Dir};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use unic_langid::LanguageIdentifier;

pub(crate) mod cldr;
mod parity;

/// The `locales/` folder shipped inside the binary.
static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The locale every chain ends with; the embedded set defines every message in it.
pub const DEFAULT_LOCALE: &str = "en-us";

/// One locale's messages.
struct LocaleBundle {
    /// The Fluent bundle (thread-safe memoizer, bidi isolation off, `NUMBER` builtin).
    bundle: FluentBundle<FluentResource>,
    /// Ids of the messages that have a value (attribute-only messages are left out).
    ids: BTreeSet<String>,
}

/// One `.ftl` file waiting to be parsed.
struct FtlSource {
    /// Lower-case locale folder name, e.g. `zh-cn`.
    locale: String,
    /// Path shown in diagnostics, e.g. `locales/zh-cn/ui.ftl`.
    display: String,
    /// File text without a byte order mark.
    text: String,
}

/// The UI strings of every locale, ready to format. `Send + Sync`, so rayon workers
/// can share one instance.
pub struct I18n {
    locales: BTreeMap<String, LocaleBundle>,
    /// Every parsed file in load order (overlay files, then embedded ones), for parity.
    files: Vec<parity::FtlFile>,
    /// Every message id with a value in any locale ([`I18n::strings`]' keys).
    ids: BTreeSet<String>,
}

impl I18n {
    /// Loads `<dir>/<locale>/*.ftl` over the embedded `locales/` set.
    ///
    /// Locale folder names are BCP 47 tags (matched case-insensitively, stored
    /// lower-case, e.g. `zh-cn`); files directly inside `dir` are ignored. A message
    /// defined on disk replaces the embedded message with the same id; locales that
    /// exist only on disk are added. `None` or a `dir` that does not exist loads the
    /// embedded set alone.
    ///
    /// Never fails: syntax errors become [`Rule::FluentInvalid`] diagnostics spanning
    /// `locales/<locale>/<file>.ftl:line:col` (the folder shown by its own name) and
    /// the file's valid messages are still used; a message defined twice on disk is
    /// reported the same way (the first definition wins); unreadable files give
    /// [`Rule::ReadError`] or [`Rule::InvalidEncoding`].
    pub fn load(dir: Option<&Path>) -> (I18n, Vec<Diagnostic>) {
        I18n::load_some(dir, None)
    }

    /// As [`I18n::load`], with only the embedded files of the locales in `wanted`
    /// (BCP 47 codes matched as [`I18n::load`] matches folder names: a site's locales and
    /// their fallbacks) and of
    /// [`DEFAULT_LOCALE`]; files on disk are all loaded. Parsing the 46 embedded locales
    /// was 5% of `docloc check` on a five-locale site, and a locale the site does not
    /// publish is never looked up.
    pub fn load_for(dir: Option<&Path>, wanted: &[&str]) -> (I18n, Vec<Diagnostic>) {
        I18n::load_some(dir, Some(wanted))
    }

    fn load_some(dir: Option<&Path>, wanted: Option<&[&str]>) -> (I18n, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let disk = match dir {
            Some(dir) if dir.is_dir() => read_disk(dir, &mut diags),
            _ => Vec::new(),
        };
        let mut i18n = I18n { locales: BTreeMap::new(), files: Vec::new(), ids: BTreeSet::new() };
        // Disk files first: `add_resource` keeps the first definition of an id, so
        // disk messages win over the embedded ones added afterwards. The files are
        // parsed in parallel and added in this order, so the result is the same.
        let sources: Vec<(FtlSource, bool)> = disk
            .into_iter()
            .map(|s| (s, true))
            .chain(embedded_sources(wanted).into_iter().map(|s| (s, false)))
            .collect();
        let parsed: Vec<Option<Parsed>> = sources.par_iter().map(|(src, _)| parse_source(src)).collect();
        for ((src, on_disk), parsed) in sources.iter().zip(parsed) {
            add_source(&mut i18n, src, parsed, *on_disk, &mut diags);
        }
        i18n.ids = i18n.locales.values().flat_map(|l| l.ids.iter().cloned()).collect();
        (i18n, diags)
    }

    /// Fluent parity against [`DEFAULT_LOCALE`], per `.ftl` file name `en-us` has
    /// (`ui.ftl`, …), for every other locale in [`I18n::locales`]:
    ///
    /// * [`Rule::FluentMissingFile`] (warning), once per locale and file name, spanning
    ///   `locales/<locale>/<file>` (the file that should exist);
    /// * [`Rule::FluentMissingMessage`] (warning) per message id of the `en-us` file
    ///   the locale's file lacks, spanning that file;
    /// * [`Rule::FluentVariableMismatch`] (error) per message whose set of variables
    ///   (`$name` in the value, selectors, call arguments and attributes) differs from
    ///   the `en-us` message's, spanning the message id in the locale's file.
    ///
    /// A locale's file is its embedded file and the overlay file of that name together;
    /// the definition lookups use (the overlay's) is the one compared. Messages only a
    /// translation has are not reported. Sorted by span, then rule.
    pub fn parity(&self) -> Vec<Diagnostic> {
        parity::check(&self.files, self.locales.keys().map(String::as_str))
    }

    /// Locales that have at least one `.ftl` file: lower-case codes, sorted.
    pub fn locales(&self) -> Vec<String> {
        self.locales.keys().cloned().collect()
    }

    /// Formats message `id` for the first locale in `chain` that defines it, then
    /// [`DEFAULT_LOCALE`]; a message defined nowhere formats as `id` itself.
    ///
    /// Locale codes match case-insensitively and `_` counts as `-` (`zh_CN` =
    /// `zh-cn`). `args` are Fluent string arguments (`$name`). Output carries no
    /// Unicode bidi isolation marks.
    pub fn format(&self, chain: &[&str], id: &str, args: &[(&str, &str)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            fargs.set(*name, FluentValue::from(*value));
        }
        self.format_with(chain, id, Some(&fargs)).unwrap_or_else(|| id.to_string())
    }

    /// Every message id known in any locale (every locale falls back to `en-us`, so
    /// this is at least the `en-us` set), formatted without arguments through
    /// `chain`, keyed by the id with `-` replaced by `_` so Tera can reach it as
    /// `t.in_this_article`. Messages that expect arguments show Fluent's
    /// placeholder (`{$date}`); format those with [`I18n::format`] instead.
    pub fn strings(&self, chain: &[&str]) -> BTreeMap<String, String> {
        self.ids
            .iter()
            .filter_map(|id| {
                let text = self.format_with(chain, id, None)?;
                Some((id.replace('-', "_"), text))
            })
            .collect()
    }

    /// The locale's name in its own language, as the language switcher shows it.
    ///
    /// A `language-name` message of that locale itself (embedded or overlay) wins; the
    /// embedded set has one only where Microsoft Learn's switcher differs from CLDR
    /// (`中文(简体)` for `zh-cn`, `中文(繁體)` for `zh-tw`). Otherwise the name is
    /// CLDR's display name of the locale in its own language with CLDR's menu
    /// capitalization: `Deutsch (Deutschland)`, `Français (Canada)`, `日本語 (日本)`,
    /// `English (United States)`. Works for every locale CLDR knows, with or without
    /// an `.ftl` file; codes match case-insensitively and `_` counts as `-`.
    ///
    /// `None` when the code is not a language tag or CLDR does not know its language
    /// (`xx-yy`); callers then show the code.
    pub fn language_name(&self, locale: &str) -> Option<String> {
        let code = normalize(locale);
        if self.defines(&code, "language-name") {
            if let Some(name) = self.format_with(&[code.as_str()], "language-name", None) {
                return Some(name);
            }
        }
        cldr::autonym(&code)
    }

    /// Formats a Gregorian calendar date (`month` 1–12, `day` 1–31) in CLDR's long
    /// date style of the first locale in `chain` whose language CLDR knows (then
    /// [`DEFAULT_LOCALE`]): `May 20, 2021` (en-US), `20. Mai 2021` (de-DE),
    /// `2021年5月20日` (zh-CN, ja-JP), `٢٠ مايو ٢٠٢١` (ar-SA).
    ///
    /// The calendar is Gregorian for every locale, as on Microsoft Learn (CLDR's
    /// default for ar-SA is Islamic, for th-TH Buddhist); digits are the locale's CLDR
    /// default numbering system (Arabic-Indic for ar-SA). A date that does not exist
    /// (month 13, day 0, 30 February) is shown as ISO 8601 `YYYY-MM-DD`.
    pub fn format_date(&self, chain: &[&str], year: i32, month: u32, day: u32) -> String {
        let iso = || format!("{year:04}-{month:02}-{day:02}");
        let codes = chain_codes(chain);
        let Some(code) = codes.iter().find(|c| cldr::knows(c)) else {
            return iso();
        };
        cldr::long_date(code, year, month, day).unwrap_or_else(iso)
    }

    /// Whether `locale` (normalized) itself defines message `id` with a value.
    fn defines(&self, locale: &str, id: &str) -> bool {
        self.locales.get(locale).is_some_and(|l| l.ids.contains(id))
    }

    /// Formats `id` in the first locale of the normalized chain that defines it.
    fn format_with(&self, chain: &[&str], id: &str, args: Option<&FluentArgs>) -> Option<String> {
        chain_codes(chain).iter().find_map(|code| {
            let bundle = &self.locales.get(code)?.bundle;
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
        })
    }
}

/// Lower-cases a locale code and spells `_` as `-`.
fn normalize(code: &str) -> String {
    code.trim().replace('_', "-").to_ascii_lowercase()
}

/// The normalized chain, without repeats, ending with [`DEFAULT_LOCALE`].
fn chain_codes(chain: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(chain.len() + 1);
    for code in chain.iter().map(|c| normalize(c)).chain(std::iter::once(DEFAULT_LOCALE.to_string())) {
        if !out.contains(&code) {
            out.push(code);
        }
    }
    out
}

/// The embedded `.ftl` files of the `wanted` locales and [`DEFAULT_LOCALE`] (every
/// locale's when `None`), sorted by path.
fn embedded_sources(wanted: Option<&[&str]>) -> Vec<FtlSource> {
    let mut out = Vec::new();
    for locale_dir in EMBEDDED.dirs() {
        let Some(locale) = locale_dir.path().file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let code = normalize(locale);
        if wanted.is_some_and(|w| code != DEFAULT_LOCALE && !w.iter().any(|x| normalize(x) == code)) {
            continue;
        }
        for file in locale_dir.files() {
            if file.path().extension().and_then(|e| e.to_str()) != Some("ftl") {
                continue;
            }
            let Some(text) = file.contents_utf8() else {
                continue;
            };
            out.push(FtlSource {
                locale: code.clone(),
                display: format!("locales/{}", slash_path(file.path())),
                text: strip_bom(text).to_string(),
            });
        }
    }
    out.sort_by(|a, b| a.display.cmp(&b.display));
    out
}

/// Reads `<dir>/<locale>/*.ftl`, sorted by locale then file name.
fn read_disk(dir: &Path, diags: &mut Vec<Diagnostic>) -> Vec<FtlSource> {
    let root_name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "locales".to_string());
    let mut out = Vec::new();
    for locale_dir in sorted_entries(dir, &root_name, diags) {
        if !locale_dir.is_dir() {
            continue;
        }
        let Some(name) = locale_dir.file_name().map(|n| n.to_string_lossy().into_owned()) else {
            continue;
        };
        let folder_display = format!("{root_name}/{name}");
        for path in sorted_entries(&locale_dir, &folder_display, diags) {
            if !path.is_file() || path.extension().and_then(|e| e.to_str()) != Some("ftl") {
                continue;
            }
            let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let display = format!("{folder_display}/{file_name}");
            match std::fs::read(&path) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(text) => {
                        out.push(FtlSource { locale: normalize(&name), display, text: strip_bom(&text).to_string() })
                    }
                    Err(_) => diags.push(Diagnostic::new(
                        Rule::InvalidEncoding,
                        Some(Span::file(display)),
                        "Fluent file is not valid UTF-8",
                    )),
                },
                Err(e) => diags.push(Diagnostic::new(
                    Rule::ReadError,
                    Some(Span::file(display)),
                    format!("cannot read Fluent file: {e}"),
                )),
            }
        }
    }
    out
}

/// The entries of `dir`, sorted; a read error becomes a diagnostic on `display`.
fn sorted_entries(dir: &Path, display: &str, diags: &mut Vec<Diagnostic>) -> Vec<std::path::PathBuf> {
    match std::fs::read_dir(dir) {
        Ok(entries) => {
            let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            paths.sort();
            paths
        }
        Err(e) => {
            diags.push(Diagnostic::new(Rule::ReadError, Some(Span::file(display)), format!("cannot list folder: {e}")));
            Vec::new()
        }
    }
}

/// One `.ftl` file parsed: its language tag, line table, Fluent resource, parity facts
/// and syntax errors. `None` when the folder is not a language tag.
struct Parsed {
    langid: LanguageIdentifier,
    index: LineIndex,
    resource: FluentResource,
    file: parity::FtlFile,
    syntax: Vec<Diagnostic>,
}

fn parse_source(src: &FtlSource) -> Option<Parsed> {
    let langid = src.locale.parse::<LanguageIdentifier>().ok()?;
    let index = LineIndex::new(&src.text);
    let mut syntax = Vec::new();
    let resource = match FluentResource::try_new(src.text.clone()) {
        Ok(res) => res,
        Err((res, errors)) => {
            for err in errors {
                syntax.push(syntax_diagnostic(src, &index, &err));
            }
            res
        }
    };
    let file = parity::FtlFile::new(src, &index, resource.entries());
    Some(Parsed { langid, index, resource, file, syntax })
}

/// Adds the messages of one parsed file ([`parse_source`]) to its locale's bundle and
/// records the file for parity.
///
/// `report_duplicates` is true for disk files: a message already defined by an
/// earlier disk file is a diagnostic. For embedded files a clash only means the
/// site overrides that message, which is intended.
fn add_source(
    i18n: &mut I18n,
    src: &FtlSource,
    parsed: Option<Parsed>,
    report_duplicates: bool,
    diags: &mut Vec<Diagnostic>,
) {
    let Some(Parsed { langid, index, resource, file, syntax }) = parsed else {
        let folder = src.display.rsplit_once('/').map_or("", |(d, _)| d);
        diags.push(
            Diagnostic::new(
                Rule::FluentInvalid,
                Some(Span::file(src.display.clone())),
                format!("locale folder `{folder}` is not a BCP 47 language tag; its messages are ignored"),
            )
            .with_hint("Name locale folders by language tag, e.g. `locales/zh-cn/`."),
        );
        return;
    };
    diags.extend(syntax);
    i18n.files.push(file);
    let entry = i18n.locales.entry(src.locale.clone()).or_insert_with(|| {
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        // `add_builtins` only fails when a function name is taken; the bundle is new.
        let _ = bundle.add_builtins();
        LocaleBundle { bundle, ids: BTreeSet::new() }
    });
    for e in resource.entries() {
        if let ast::Entry::Message(m) = e {
            if m.value.is_some() {
                entry.ids.insert(m.id.name.to_string());
            }
        }
    }
    if let Err(errors) = entry.bundle.add_resource(resource) {
        if !report_duplicates {
            return;
        }
        for err in errors {
            if let FluentError::Overriding { id, .. } = &err {
                let span = definition_span(&src.text, &index, &src.display, id);
                diags.push(Diagnostic::new(
                    Rule::FluentInvalid,
                    Some(span),
                    format!(
                        "message `{id}` is defined more than once for locale `{}`; the first definition is used",
                        src.locale
                    ),
                ));
            }
        }
    }
}

/// A diagnostic for one parser error. The span starts at the broken entry (the
/// first non-blank char of the parser's junk slice), which is where a reader looks
/// for the message; the message also gives the exact line:column of the error.
fn syntax_diagnostic(src: &FtlSource, index: &LineIndex, err: &fluent_syntax::parser::ParserError) -> Diagnostic {
    let (line, col) = index.position(&src.text, err.pos.start);
    let start = err.slice.as_ref().map_or(err.pos.start, |slice| {
        let junk = src.text.get(slice.clone()).unwrap_or("");
        slice.start + (junk.len() - junk.trim_start().len())
    });
    let start = start.min(err.pos.start);
    let end = err.slice.as_ref().map_or(err.pos.end, |slice| {
        let junk = src.text.get(start..slice.end).unwrap_or("");
        start + junk.trim_end().len()
    });
    let span = index.span(&src.display, &src.text, start, end);
    Diagnostic::new(
        Rule::FluentInvalid,
        Some(span),
        format!("Fluent syntax error at {line}:{col}: {err}; the entry is skipped"),
    )
    .with_hint("Other locales in the chain supply the skipped message.")
}

/// The span of the last line in `text` that defines entry `id` (`id =` at the
/// start of a line), or the whole file when none does.
fn definition_span(text: &str, index: &LineIndex, display: &str, id: &str) -> Span {
    let mut found = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id) {
            if rest.trim_start().starts_with('=') {
                found = Some(offset);
            }
        }
        offset += line.len();
    }
    match found {
        Some(start) => index.span(display, text, start, start + id.len()),
        None => Span::file(display),
    }
}

/// `/`-separated form of a relative path.
fn slash_path(path: &Path) -> String {
    crate::diagnostic::display_path(path)
}

/// `text` without a leading UTF-8 byte order mark.
fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

#[cfg(test)]
mod tests;
