use super::*;
use fluent_bundle::FluentResource;

const SHIPPED: &[&str] = &["en-us", "pl-pl", "ru-ru", "sv-se", "zh-cn", "zh-tw"];

fn embedded() -> I18n {
    let (i18n, diags) = I18n::load(None);
    assert!(diags.is_empty(), "embedded locales have problems: {diags:?}");
    i18n
}

/// The messages the theme and site builder rely on.
const REQUIRED: &[&str] = &[
    "language-name",
    "skip-to-content",
    "menu",
    "table-of-contents",
    "in-this-article",
    "language-switcher",
    "breadcrumb",
    "article-date",
    "date-format",
    "fallback-notice",
    "fallback-badge",
    "alert-note",
    "alert-tip",
    "alert-important",
    "alert-caution",
    "alert-warning",
    "image-enlarge",
    "image-description",
    "video-link",
    "redirect-title",
    "redirect-notice",
    "redirect-link",
    "root-choose-language",
    "landing-more",
    "hub-highlights",
    "footer-text",
    "tab-list-label",
];

/// Sample arguments for every message that takes some.
const ARGS: &[(&str, &str)] = &[
    ("date", "2021-05-20"),
    ("locale", "Svenska"),
    ("fallback", "Polski"),
    ("url", "/en-us/partner-center/x"),
    ("done", "3"),
    ("total", "12"),
];

/// Messages that are names, written the same in every language (forms.ftl).
const NAMES: &[&str] = &[
    "cpor-claim-solution-area-microsoft-365",
    "cpor-claim-solution-area-business-applications",
    "cpor-claim-solution-area-business-applications-hint",
    "cpor-claim-item-1",
    "cpor-claim-mpn-id-label",
];

#[test]
fn i18n_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<I18n>();
}

#[test]
fn embedded_locales_are_listed() {
    assert_eq!(embedded().locales(), SHIPPED);
}

#[test]
fn every_locale_has_every_en_us_message_and_formats_cleanly() {
    let i18n = embedded();
    let en = &i18n.locales["en-us"];
    for id in REQUIRED {
        assert!(en.ids.contains(*id), "en-us lacks {id}");
    }
    for code in SHIPPED {
        let locale = &i18n.locales[*code];
        let missing: Vec<_> = en.ids.difference(&locale.ids).collect();
        assert!(missing.is_empty(), "{code} lacks {missing:?}");
        let extra: Vec<_> = locale.ids.difference(&en.ids).collect();
        assert!(extra.is_empty(), "{code} has messages en-us lacks: {extra:?}");
        let mut args = FluentArgs::new();
        for (k, v) in ARGS {
            args.set(*k, FluentValue::from(*v));
        }
        for (k, v) in [("year", 2021), ("month", 5), ("day", 20)] {
            args.set(k, FluentValue::from(v));
        }
        args.set("month2", "05");
        args.set("day2", "20");
        for id in &locale.ids {
            let Some(pattern) = locale.bundle.get_message(id).and_then(|m| m.value()) else {
                panic!("{code}: {id} has no value");
            };
            let mut errors = Vec::new();
            let out = locale.bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{code}: {id}: {errors:?}");
            assert!(!out.trim().is_empty(), "{code}: {id} is empty");
            assert!(!out.contains('\u{2068}'), "{code}: {id} has bidi isolation marks");
            if *code != "en-us" && id != "menu" && !NAMES.contains(&id.as_str()) {
                let en_out = i18n.format(&["en-us"], id, ARGS);
                assert_ne!(out, en_out, "{code}: {id} is not translated");
            }
        }
    }
}

#[test]
fn language_names_are_endonyms() {
    let i18n = embedded();
    let names: Vec<_> = SHIPPED.iter().map(|c| i18n.language_name(c).unwrap_or_default()).collect();
    assert_eq!(names, ["English (United States)", "Polski", "Русский", "Svenska", "中文(简体)", "中文(繁體)"]);
    assert_eq!(i18n.language_name("ZH_cn").as_deref(), Some("中文(简体)"));
    assert_eq!(i18n.language_name("de-de"), None);
}

#[test]
fn dates_follow_each_locale() {
    let i18n = embedded();
    let cases = [
        ("en-us", "May 20, 2021"),
        ("zh-cn", "2021年5月20日"),
        ("zh-tw", "2021/05/20"),
        ("ru-ru", "20.05.2021"),
        ("pl-pl", "20.05.2021"),
        ("sv-se", "2021-05-20"),
    ];
    for (code, want) in cases {
        assert_eq!(i18n.format_date(&[code], 2021, 5, 20), want, "{code}");
    }
    assert_eq!(i18n.format_date(&["en-us"], 2020, 9, 3), "September 3, 2020");
    assert_eq!(i18n.format_date(&["en-us"], 2020, 12, 31), "December 31, 2020");
    assert_eq!(i18n.format_date(&["pl-pl"], 2020, 3, 2), "02.03.2020");
    assert_eq!(i18n.format_date(&["sv-SE"], 2020, 3, 2), "2020-03-02");
    // A locale without its own format uses the next in the chain.
    assert_eq!(i18n.format_date(&["de-de", "ru-ru"], 2020, 3, 2), "02.03.2020");
    assert_eq!(i18n.format_date(&["de-de"], 2020, 3, 2), "March 2, 2020");
    // Impossible parts are not named.
    assert_eq!(i18n.format_date(&["en-us"], 2020, 13, 2), "2020-13-02");
    assert_eq!(i18n.format_date(&["zh-cn"], 2020, 1, 0), "2020-01-00");
}

#[test]
fn article_date_and_notices_format_with_arguments() {
    let i18n = embedded();
    let date = i18n.format_date(&["zh-cn"], 2021, 5, 20);
    assert_eq!(i18n.format(&["zh-cn"], "article-date", &[("date", &date)]), "上次更新时间：2021年5月20日");
    assert_eq!(
        i18n.format(&["en-us"], "fallback-notice", &[("locale", "Svenska"), ("fallback", "English (United States)")]),
        "This page is not available in Svenska yet. You are reading the English (United States) version."
    );
    assert_eq!(
        i18n.format(&["sv-se"], "redirect-notice", &[("url", "/sv-se/a/b")]),
        "Den här sidan har flyttats till /sv-se/a/b."
    );
}

#[test]
fn chain_is_case_insensitive_and_ends_with_en_us() {
    let i18n = embedded();
    assert_eq!(i18n.format(&["ZH-TW"], "alert-caution", &[]), "謹慎");
    assert_eq!(i18n.format(&["zh_TW"], "alert-caution", &[]), "謹慎");
    assert_eq!(i18n.format(&["de-de"], "alert-caution", &[]), "Caution");
    assert_eq!(i18n.format(&[], "alert-tip", &[]), "Tip");
    assert_eq!(i18n.format(&["zh-tw"], "no-such-message", &[]), "no-such-message");
}

/// Writes `files` (path relative to the locales folder → text) into a temp dir.
fn disk_locales(files: &[(&str, &str)]) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("temp dir");
    for (rel, text) in files {
        let path = tmp.path().join("locales").join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    tmp
}

#[test]
fn message_missing_in_one_locale_comes_from_the_next_in_the_chain() {
    let tmp =
        disk_locales(&[("zh-tw/ui.ftl", "only-here = 只在這裡\n"), ("zh-hk/ui.ftl", "hk-only = 香港\nmenu = 選單\n")]);
    let (i18n, diags) = I18n::load(Some(&tmp.path().join("locales")));
    assert!(diags.is_empty(), "{diags:?}");
    // zh-hk is new and has only two messages; the rest comes from zh-tw, then en-us.
    let chain = ["zh-hk", "zh-tw"];
    assert_eq!(i18n.format(&chain, "menu", &[]), "選單");
    assert_eq!(i18n.format(&chain, "only-here", &[]), "只在這裡");
    assert_eq!(i18n.format(&chain, "in-this-article", &[]), "本文內容");
    assert_eq!(i18n.format(&["zh-hk"], "in-this-article", &[]), "In this article");
    assert_eq!(i18n.language_name("zh-hk"), None);
    assert!(i18n.locales().contains(&"zh-hk".to_string()));
    let strings = i18n.strings(&chain);
    assert_eq!(strings["hk_only"], "香港");
    assert_eq!(strings["only_here"], "只在這裡");
}

#[test]
fn broken_file_reports_line_and_keeps_valid_messages() {
    let text = "menu = Menü\n\nbroken = { $x\nskip-to-content = Zum Inhalt springen\n";
    let tmp = disk_locales(&[("de-DE/ui.ftl", text)]);
    let (i18n, diags) = I18n::load(Some(&tmp.path().join("locales")));
    assert_eq!(diags.len(), 1, "{diags:?}");
    let d = &diags[0];
    assert_eq!(d.rule, Rule::FluentInvalid);
    let span = d.span.as_ref().expect("span");
    assert_eq!(span.path, "locales/de-DE/ui.ftl");
    assert_eq!((span.line, span.column), (3, 1), "{d:?}");
    assert!(span.len >= "broken = { $x".len() as u32, "{d:?}");
    assert!(d.message.contains("at 4:1"), "{d:?}");
    assert_eq!(i18n.format(&["de-de"], "menu", &[]), "Menü");
    assert_eq!(i18n.format(&["de-de"], "skip-to-content", &[]), "Zum Inhalt springen");
    assert_eq!(i18n.format(&["de-de"], "broken", &[]), "broken");
    assert_eq!(i18n.format(&["de-de"], "alert-note", &[]), "Note");
}

#[test]
fn disk_messages_override_embedded_ones_and_broken_ones_fall_back() {
    let text = "menu = Navigation\nalert-note = { oops\n";
    let tmp = disk_locales(&[("en-us/site.ftl", text)]);
    let (i18n, diags) = I18n::load(Some(&tmp.path().join("locales")));
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert_eq!(i18n.format(&["en-us"], "menu", &[]), "Navigation");
    // The broken override is dropped, so the embedded message shows.
    assert_eq!(i18n.format(&["en-us"], "alert-note", &[]), "Note");
}

#[test]
fn duplicate_disk_messages_and_bad_folders_are_reported() {
    let tmp = disk_locales(&[
        ("sv-se/a.ftl", "menu = Meny A\n"),
        ("sv-se/b.ftl", "# b\nmenu = Meny B\n"),
        ("not a tag!/ui.ftl", "menu = x\n"),
    ]);
    let (i18n, diags) = I18n::load(Some(&tmp.path().join("locales")));
    assert_eq!(diags.len(), 2, "{diags:?}");
    assert!(diags.iter().all(|d| d.rule == Rule::FluentInvalid));
    let dup = diags.iter().find(|d| d.message.contains("more than once")).expect("duplicate reported");
    let span = dup.span.as_ref().expect("span");
    assert_eq!((span.path.as_str(), span.line), ("locales/sv-se/b.ftl", 2));
    assert_eq!(i18n.format(&["sv-se"], "menu", &[]), "Meny A");
    assert!(diags.iter().any(|d| d.message.contains("not a tag!")));
}

#[test]
fn missing_dir_loads_the_embedded_set() {
    let (i18n, diags) = I18n::load(Some(Path::new("/nonexistent/docloc/locales")));
    assert!(diags.is_empty());
    assert_eq!(i18n.locales(), SHIPPED);
}

#[test]
fn strings_use_underscore_keys_through_the_chain() {
    let i18n = embedded();
    let t = i18n.strings(&["ru-ru"]);
    assert_eq!(t["in_this_article"], "В этой статье");
    assert_eq!(t["skip_to_content"], "Перейти к основному содержимому");
    assert!(t.keys().all(|k| !k.contains('-')));
    assert_eq!(t.len(), i18n.locales["en-us"].ids.len());
}

#[test]
fn embedded_files_parse_without_errors() {
    for src in embedded_sources() {
        if let Err((_, errors)) = FluentResource::try_new(src.text.clone()) {
            panic!("{}: {errors:?}", src.display);
        }
    }
}
