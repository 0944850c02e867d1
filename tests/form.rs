//! The CPOR claim form as readers get it: `form::render_html` in every shipped
//! locale (every field present, every control labelled, every message formatted),
//! the Fluent files complete for every locale, and — when Node.js, playwright-core
//! and Chromium are installed — the preview pages in a real browser
//! (`tests/browser/form.mjs`).

use docloc::form::{render_html, render_preview_page, FieldKind, FormSchema, Forms};
use docloc::i18n::I18n;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Locales that ship `locales/<locale>/forms.ftl`: every locale folder of the repository
/// (all 46 Microsoft Learn locales; `src/i18n/tests.rs` pins the list itself).
fn shipped() -> Vec<String> {
    let mut codes: Vec<String> = std::fs::read_dir(repo().join("locales"))
        .expect("locales/")
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    codes.sort();
    assert_eq!(codes.len(), 46, "every Learn locale has a folder: {codes:?}");
    codes
}

/// Locales whose preview pages the browser run opens: en-us, the five whose corpus
/// articles the checklist check reads, and the two right-to-left ones (every page
/// costs seconds of axe-core).
const BROWSER: [&str; 8] = ["en-us", "zh-cn", "zh-tw", "ru-ru", "pl-pl", "sv-se", "ar-sa", "he-il"];

/// A lower-case locale code in BCP 47's conventional case: `sr-latn-rs` → `sr-Latn-RS`.
fn bcp47(locale: &str) -> String {
    let parts: Vec<String> = locale
        .split('-')
        .enumerate()
        .map(|(i, p)| match (i, p.len()) {
            (0, _) => p.to_string(),
            (_, 4) => p[..1].to_uppercase() + &p[1..],
            _ => p.to_uppercase(),
        })
        .collect();
    parts.join("-")
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn setup() -> (I18n, FormSchema) {
    let (i18n, diags) = I18n::load(None);
    assert!(diags.is_empty(), "{diags:?}");
    let (forms, diags) = Forms::load(None);
    assert!(diags.is_empty(), "{diags:?}");
    (i18n, forms.get("cpor-claim").expect("cpor-claim").clone())
}

/// Start tags of `html` with their attributes (values unescaped for `&quot;`/`&amp;`).
fn tags(html: &str) -> Vec<(String, BTreeMap<String, String>)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let Some(end) = rest.find('>') else { break };
        let inner = &rest[..end];
        rest = &rest[end + 1..];
        if inner.starts_with('/') || inner.starts_with('!') {
            continue;
        }
        let name_end = inner.find(|c: char| c.is_whitespace()).unwrap_or(inner.len());
        let name = inner[..name_end].to_ascii_lowercase();
        let mut attrs = BTreeMap::new();
        let mut a = &inner[name_end..];
        loop {
            a = a.trim_start();
            let Some(eq) = a.find(['=', ' ']) else {
                if !a.is_empty() {
                    attrs.insert(a.to_string(), String::new());
                }
                break;
            };
            let key = a[..eq].to_string();
            if a[eq..].starts_with("=\"") {
                let v = &a[eq + 2..];
                let close = v.find('"').expect("closing quote");
                attrs.insert(key, v[..close].replace("&quot;", "\"").replace("&amp;", "&"));
                a = &v[close + 1..];
            } else {
                attrs.insert(key, String::new());
                a = &a[eq..];
            }
        }
        out.push((name, attrs));
    }
    out
}

/// The HTML with every attribute that holds ids (id, for, aria-*, href="#…")
/// blanked, so that what is left is text and data.
fn without_id_attributes(html: &str) -> String {
    let mut out = html.to_string();
    for attr in ["id", "for", "aria-describedby", "aria-labelledby", "data-aria-controls", "class", "name"] {
        let needle = format!(" {attr}=\"");
        let mut result = String::with_capacity(out.len());
        let mut rest = out.as_str();
        while let Some(i) = rest.find(&needle) {
            result.push_str(&rest[..i + needle.len()]);
            rest = &rest[i + needle.len()..];
            let close = rest.find('"').unwrap_or(rest.len());
            rest = &rest[close..];
        }
        result.push_str(rest);
        out = result;
    }
    out
}

/// The JSON config block of a rendered form.
fn config(html: &str) -> serde_json::Value {
    let start =
        html.find("class=\"docloc-form__config\">").expect("config block") + "class=\"docloc-form__config\">".len();
    let end = start + html[start..].find("</script>").expect("end of config");
    serde_json::from_str(&html[start..end]).expect("config is JSON")
}

#[test]
fn every_locale_renders_every_field_with_a_label_and_formatted_messages() {
    let (i18n, schema) = setup();
    let message_ids = schema.message_ids();
    // fy-nl ships no forms.ftl: it falls back to en-us strings (and says so in `lang`).
    for locale in shipped().iter().map(String::as_str).chain(["fy-nl"]) {
        let html = render_html(&schema, &i18n, &[locale], "/_docloc/");
        let tags = tags(&html);
        let lang = if locale == "fy-nl" { "en-US".to_string() } else { bcp47(locale) };
        assert!(
            html.starts_with(&format!(
                "<section class=\"docloc-form\" id=\"cpor-claim\" data-docloc-form=\"cpor-claim\" lang=\"{lang}\""
            )),
            "{locale}"
        );
        assert!(html.contains("<link rel=\"stylesheet\" href=\"/_docloc/form.css\">"));
        assert!(html.contains("<script src=\"/_docloc/form.js\" defer></script>"));

        let ids: Vec<&str> = tags.iter().filter_map(|(_, a)| a.get("id").map(String::as_str)).collect();
        let unique: BTreeSet<&str> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "{locale}: HTML ids are unique");
        let controls: Vec<&BTreeMap<String, String>> = tags
            .iter()
            .filter(|(n, a)| matches!(n.as_str(), "input" | "textarea" | "select") && a.contains_key("name"))
            .map(|(_, a)| a)
            .collect();
        let labels: Vec<&str> =
            tags.iter().filter(|(n, _)| n == "label").filter_map(|(_, a)| a.get("for").map(String::as_str)).collect();
        // Every field is there, radios once per option.
        for f in &schema.fields {
            let n = controls.iter().filter(|a| a.get("name") == Some(&f.id)).count();
            let expected = if f.kind == FieldKind::Radios { f.options.len() } else { 1 };
            assert_eq!(n, expected, "{locale}: controls named {}", f.id);
        }
        // Every control has exactly one label, and every label names a control.
        for c in &controls {
            let id = c.get("id").expect("control id");
            assert_eq!(labels.iter().filter(|l| *l == id).count(), 1, "{locale}: label for {id}");
        }
        for l in &labels {
            assert!(controls.iter().any(|c| c.get("id").map(String::as_str) == Some(*l)), "{locale}: label for {l}");
        }
        // Radio groups sit in a fieldset with a legend; described-by ids exist.
        assert_eq!(html.matches("<legend").count(), html.matches("<fieldset").count());
        for (_, a) in &tags {
            for attr in ["aria-describedby", "aria-labelledby", "data-aria-controls"] {
                for id in a.get(attr).map(|v| v.split(' ').collect::<Vec<_>>()).unwrap_or_default() {
                    assert!(unique.contains(id), "{locale}: {attr} names missing id {id}");
                }
            }
        }
        // No message id is left unformatted, in text or in the config block.
        let text = without_id_attributes(&html);
        for id in &message_ids {
            let hit = text.match_indices(id.as_str()).any(|(i, _)| {
                let next = text[i + id.len()..].chars().next();
                !next.is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            });
            assert!(!hit, "{locale}: message `{id}` is not formatted");
            assert_ne!(i18n.format(&[locale], id, &[]), *id, "{locale}: `{id}` formats");
        }
        // The config names the reader's locale, the draft key and a message per rule.
        let c = config(&html);
        assert_eq!(c["locale"], locale);
        assert_eq!(c["storageKey"], format!("docloc:cpor-claim:v1:{locale}"));
        assert_eq!(c["fields"].as_array().map(Vec::len), Some(schema.fields.len()));
        for f in c["fields"].as_array().expect("fields") {
            let required = f["required"].as_bool() == Some(true) || !f["requiredWhen"].is_null();
            assert_eq!(f["messages"]["required"].is_string(), required, "{locale}: {}", f["id"]);
            assert_eq!(f["messages"]["format"].is_string(), !f["format"].is_null(), "{locale}: {}", f["id"]);
        }
        assert!(c["strings"]["progress"].as_str().is_some_and(|p| p.contains("{done}") && p.contains("{total}")));
    }
}

#[test]
fn labels_are_in_the_readers_language() {
    let (i18n, schema) = setup();
    let zh = render_html(&schema, &i18n, &["zh-tw"], "/");
    assert!(zh.contains(">客戶的目錄（租用戶）識別碼</label>"), "zh-tw tenant label");
    assert!(zh.contains("請以正確格式輸入目錄（租用戶）識別碼"), "zh-tw tenant format error");
    let ru = render_html(&schema, &i18n, &["ru-ru"], "/");
    assert!(ru.contains(">Область решения</legend>"));
    // A reader locale without forms.ftl whose chain reaches zh-tw gets zh-tw strings.
    let hk = render_html(&schema, &i18n, &["zh-hk", "zh-tw"], "/");
    assert!(hk.contains("lang=\"zh-TW\"") && hk.contains("\"locale\":\"zh-hk\""));
}

#[test]
fn every_shipped_forms_ftl_defines_every_message() {
    let (_, schema) = setup();
    let wanted: BTreeSet<String> = schema.message_ids().into_iter().collect();
    for locale in &shipped() {
        let path = repo().join("locales").join(locale).join("forms.ftl");
        let text = std::fs::read_to_string(&path).expect("forms.ftl");
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, e)| panic!("{locale}: {e:?}"));
        let defined: BTreeSet<String> = resource
            .body
            .iter()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        let missing: Vec<&String> = wanted.difference(&defined).collect();
        let extra: Vec<&String> = defined.difference(&wanted).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{locale}: missing {missing:?}, unused {extra:?}");
        assert!(
            text.contains(&format!("form-locale = {locale}\n"))
                && text.contains(&format!("cpor-claim-terms-locale = {locale}\n"))
        );
    }
}

// ---------------------------------------------------------------------------
// Browser

fn browser_binary() -> PathBuf {
    std::env::var_os("DOCLOC_CHROMIUM").map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from)
}

/// What keeps the browser run from happening here, if anything.
fn missing_prerequisite() -> Option<String> {
    for module in ["playwright-core", "axe-core"] {
        let p = repo().join("tests/browser/node_modules").join(module).join("package.json");
        if !p.is_file() {
            return Some(format!("{} is missing: run `npm ci` in tests/browser", p.display()));
        }
    }
    if !browser_binary().is_file() {
        return Some(format!("no browser at {}", browser_binary().display()));
    }
    match Command::new("node").arg("--version").output() {
        Ok(o) if o.status.success() => None,
        _ => Some("`node` is not on PATH".into()),
    }
}

/// Writes the preview site `form.mjs --dir` expects: `<locale>/index.html` and
/// `_docloc/` with the theme's assets.
fn write_previews(dir: &Path, i18n: &I18n, schema: &FormSchema, locales: &[&str]) {
    let theme = docloc::theme::Theme::load(None).expect("theme");
    let assets = dir.join("_docloc");
    std::fs::create_dir_all(&assets).expect("mkdir");
    for (path, bytes) in theme.static_files() {
        let target = assets.join(path);
        std::fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
        std::fs::write(target, bytes).expect("write asset");
    }
    for locale in locales {
        std::fs::create_dir_all(dir.join(locale)).expect("mkdir");
        let page = render_preview_page(schema, i18n, &[locale], "../_docloc/");
        std::fs::write(dir.join(locale).join("index.html"), page).expect("write page");
    }
}

#[test]
fn the_form_works_in_a_real_browser() {
    if let Some(why) = missing_prerequisite() {
        assert!(std::env::var("CI").map_or(true, |v| v != "true"), "{why} (CI=true: the browser test must run)");
        eprintln!("skipping the_form_works_in_a_real_browser: {why}");
        return;
    }
    let (i18n, schema) = setup();
    let dir = tempfile::tempdir().expect("tempdir");
    write_previews(dir.path(), &i18n, &schema, &BROWSER);
    let o = Command::new("node")
        .current_dir(repo())
        .arg("tests/browser/form.mjs")
        .arg("--dir")
        .arg(dir.path())
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "form.mjs failed:\n{stdout}\n{}", String::from_utf8_lossy(&o.stderr));
    assert!(stdout.contains("ok - zh-tw: draft, download, print, clear"), "{stdout}");
    for locale in ["zh-tw", "ru-ru"] {
        let shot = repo().join("target/browser-screenshots").join(format!("form-{locale}.png"));
        assert!(shot.is_file(), "{} was not written", shot.display());
    }
}

// ---------------------------------------------------------------------------
// The form in built sites and in `docloc check`

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
const CORPUS_LOCALES: [(&str, &str); 5] =
    [("zh-cn", "zh-CN"), ("ru-ru", "ru-RU"), ("zh-tw", "zh-TW"), ("pl-pl", "pl-PL"), ("sv-se", "sv-SE")];

fn docloc(args: &[&str]) -> (Option<i32>, String, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_docloc")).current_dir(repo()).args(args).output().expect("docloc runs");
    (o.status.code(), String::from_utf8_lossy(&o.stdout).into_owned(), String::from_utf8_lossy(&o.stderr).into_owned())
}

/// Every locale's copy of the article (its own, or a fallback copy in the default site)
/// holds the form once, in the reader's language, before the heading its schema names,
/// with no placeholder left anywhere in the site.
fn assert_form_in_every_locale(site: &Path) {
    for (code, bcp47) in CORPUS_LOCALES {
        let file = site.join(code).join("partner-center/submit-osa-claim/index.html");
        let html = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert_eq!(html.matches("<section class=\"docloc-form\"").count(), 1, "{code}: one form");
        let form_at = html.find("<section class=\"docloc-form\"").expect("form");
        assert!(html[form_at..].starts_with(&format!(
            "<section class=\"docloc-form\" id=\"cpor-claim\" data-docloc-form=\"cpor-claim\" lang=\"{bcp47}\""
        )));
        let heading_at = html.find("id=\"create-a-customer-association\"").expect("the heading");
        assert!(form_at < heading_at, "{code}: the form stands before `create-a-customer-association`");
        assert!(html.contains("form.js\" defer></script>") && html.contains("form.css\">"), "{code}: assets");
    }
    for entry in
        walkdir::WalkDir::new(site).into_iter().flatten().filter(|e| e.path().extension().is_some_and(|x| x == "html"))
    {
        let html = std::fs::read_to_string(entry.path()).expect("read");
        assert!(!html.contains("<!--docloc-form:"), "placeholder left in {}", entry.path().display());
    }
}

#[test]
fn the_built_corpus_and_default_site_show_the_form_in_every_locale() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = dir.path().join("corpus");
    let (code, _, err) = docloc(&["build", "-q", "--content", CORPUS, "--out", corpus.to_str().expect("utf-8")]);
    assert_eq!(code, Some(0), "{err}");
    assert_form_in_every_locale(&corpus);
    // The embedded default site has the article in zh-tw only: the other locales show
    // a fallback copy, and its form speaks the reader's language.
    let default = dir.path().join("default");
    let (code, _, err) = docloc(&["build", "-q", "--out", default.to_str().expect("utf-8")]);
    assert_eq!(code, Some(0), "{err}");
    assert_form_in_every_locale(&default);
    let ru = std::fs::read_to_string(default.join("ru-ru/partner-center/submit-osa-claim/index.html")).expect("read");
    assert!(ru.contains("Подготовка заявки на связь с клиентом"), "the ru-ru form title on the zh-tw fallback copy");
}

#[test]
fn check_reports_the_corpus_checklists_by_locale() {
    let (_, json, err) = docloc(&["check", "--content", CORPUS, "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {err}"));
    let mut found: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut summaries: BTreeMap<String, String> = BTreeMap::new();
    for d in report["diagnostics"].as_array().expect("diagnostics") {
        let rule = d["rule"].as_str().unwrap_or_default();
        let message = d["message"].as_str().unwrap_or_default();
        if rule == "claim-checklist-summary" {
            let path = d["path"].as_str().unwrap_or_default();
            assert_eq!(d["severity"], "info");
            assert!(path.ends_with("/partner-center/submit-osa-claim.md"), "{d}");
            summaries.insert(path.split('/').next().unwrap_or_default().to_string(), message.to_string());
        } else if rule.starts_with("claim-checklist") || rule.starts_with("form-") {
            let file = d["path"].as_str().unwrap_or_default();
            let locale = file.split('/').next().unwrap_or_default().to_string();
            *found.entry((locale, rule.to_string())).or_default() += 1;
        }
    }
    // zh-cn and zh-tw keep every term in bold; pl-pl and sv-se leave some unbolded;
    // ru-ru words the technical contact differently from its forms.ftl term.
    let expected: BTreeMap<(String, String), usize> = [
        (("pl-pl", "claim-checklist-unbolded"), 11),
        (("ru-ru", "claim-checklist-missing-term"), 1),
        (("sv-se", "claim-checklist-unbolded"), 7),
    ]
    .into_iter()
    .map(|((l, r), n)| ((l.to_string(), r.to_string()), n))
    .collect();
    assert_eq!(found, expected, "{json}");
    // One summary per locale: every copy keeps the 12 items.
    assert_eq!(summaries.keys().map(String::as_str).collect::<Vec<_>>(), ["pl-pl", "ru-ru", "sv-se", "zh-cn", "zh-tw"]);
    for (locale, message) in &summaries {
        assert!(
            message.starts_with(&format!("checklist of form `cpor-claim`: {locale}  12/12 items  missing: ")),
            "{message}"
        );
    }
    assert!(summaries["zh-tw"].ends_with("missing: —  unbolded: —"), "{}", summaries["zh-tw"]);
    assert!(summaries["ru-ru"].contains("missing: technical-contact (43:1)"), "{}", summaries["ru-ru"]);
}

#[test]
fn a_form_the_theme_does_not_have_is_reported_and_not_shown() {
    let dir = tempfile::tempdir().expect("tempdir");
    let content = dir.path().join("content");
    std::fs::create_dir_all(content.join("zh-cn/docs")).expect("mkdir");
    std::fs::write(
        content.join("zh-cn/docs/a.md"),
        "---\ntitle: A\n---\n# A\n\n:::form name=\"cpor-claim\":::\n\n:::form name=\"survey\":::\n",
    )
    .expect("write");
    let content_s = content.to_str().expect("utf-8");
    let (code, out, _) = docloc(&["check", "--content", content_s]);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("error[form-not-found]: form `survey` is not a form of the theme"), "{out}");
    assert!(out.contains("a.md:8:1"), "at the construct: {out}");
    let site = dir.path().join("site");
    let (code, _, err) = docloc(&["build", "-q", "--content", content_s, "--out", site.to_str().expect("utf-8")]);
    assert_eq!(code, Some(0), "{err}");
    let html = std::fs::read_to_string(site.join("zh-cn/docs/a/index.html")).expect("page");
    assert_eq!(html.matches("<section class=\"docloc-form\"").count(), 1, "the known form, once");
    assert!(!html.contains("survey") && !html.contains("<!--docloc-form:"), "nothing of the unknown form");
}

#[test]
fn the_form_works_in_the_built_corpus_in_a_real_browser() {
    if let Some(why) = missing_prerequisite() {
        assert!(std::env::var("CI").map_or(true, |v| v != "true"), "{why} (CI=true: the browser test must run)");
        eprintln!("skipping the_form_works_in_the_built_corpus_in_a_real_browser: {why}");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, _, err) = docloc(&["build", "-q", "--content", CORPUS, "--out", dir.path().to_str().expect("utf-8")]);
    assert_eq!(code, Some(0), "{err}");
    let o = Command::new("node")
        .current_dir(repo())
        .args(["tests/browser/form.mjs", "--page", "partner-center/submit-osa-claim/", "--dir"])
        .arg(dir.path())
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "form.mjs failed:\n{stdout}\n{}", String::from_utf8_lossy(&o.stderr));
    for (code, _) in CORPUS_LOCALES {
        assert!(stdout.contains(&format!("ok - {code}: own messages, axe-core clean")), "{code}: {stdout}");
    }
    assert!(stdout.contains("ok - zh-tw: draft, download, print, clear"), "{stdout}");
}
