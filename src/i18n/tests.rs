use super::*;
use crate::diagnostic::Severity;
use fluent_bundle::FluentResource;

/// Every Microsoft Learn locale; the embedded set has a `ui.ftl` for each.
const SHIPPED: &[&str] = &[
    "ar-sa",
    "bg-bg",
    "ca-es",
    "cs-cz",
    "da-dk",
    "de-de",
    "el-gr",
    "en-us",
    "es-es",
    "es-mx",
    "et-ee",
    "eu-es",
    "fi-fi",
    "fr-ca",
    "fr-fr",
    "gl-es",
    "he-il",
    "hi-in",
    "hr-hr",
    "hu-hu",
    "id-id",
    "is-is",
    "it-it",
    "ja-jp",
    "kk-kz",
    "ko-kr",
    "lt-lt",
    "lv-lv",
    "ms-my",
    "nb-no",
    "nl-nl",
    "pl-pl",
    "pt-br",
    "pt-pt",
    "ro-ro",
    "ru-ru",
    "sk-sk",
    "sl-si",
    "sr-latn-rs",
    "sv-se",
    "th-th",
    "tr-tr",
    "uk-ua",
    "vi-vn",
    "zh-cn",
    "zh-tw",
];

fn embedded() -> I18n {
    let (i18n, diags) = I18n::load(None);
    assert!(diags.is_empty(), "embedded locales have problems: {diags:?}");
    i18n
}

/// The messages the theme and site builder rely on.
const REQUIRED: &[&str] = &[
    "skip-to-content",
    "menu",
    "table-of-contents",
    "in-this-article",
    "language-switcher",
    "breadcrumb",
    "article-date",
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
    ("locale", "Svenska (Sverige)"),
    ("fallback", "Polski (Polska)"),
    ("url", "/en-us/partner-center/x"),
    ("query", "CPOR claim"),
    ("done", "3"),
    ("total", "12"),
    ("sections", "Sect-A, Sect-B"),
    ("language", "Lang-X"),
];

/// Messages that are names, written the same in every language (forms.ftl).
const NAMES: &[&str] = &[
    "cpor-claim-solution-area-microsoft-365",
    "cpor-claim-solution-area-business-applications",
    "cpor-claim-solution-area-business-applications-hint",
    "cpor-claim-item-1",
    "cpor-claim-mpn-id-label",
    "cpor-claim-term-mpn-id",
];

#[test]
fn i18n_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<I18n>();
}

#[test]
fn embedded_locales_are_every_learn_locale() {
    assert_eq!(embedded().locales(), SHIPPED);
}

#[test]
fn every_locale_has_every_en_us_message_translated_with_its_variables() {
    let i18n = embedded();
    let en = &i18n.locales["en-us"];
    for id in REQUIRED {
        assert!(en.ids.contains(*id), "en-us lacks {id}");
    }
    let mut args = FluentArgs::new();
    for (k, v) in ARGS {
        args.set(*k, FluentValue::from(*v));
    }
    for code in SHIPPED {
        let locale = &i18n.locales[*code];
        let missing: Vec<_> = en.ids.difference(&locale.ids).collect();
        assert!(missing.is_empty(), "{code} lacks {missing:?}");
        let extra: Vec<_> = locale.ids.difference(&en.ids).collect();
        assert!(extra.iter().all(|id| *id == "language-name"), "{code} has messages en-us lacks: {extra:?}");
        let mut same_as_english = Vec::new();
        for id in &en.ids {
            let Some(pattern) = locale.bundle.get_message(id).and_then(|m| m.value()) else {
                panic!("{code}: {id} has no value");
            };
            let mut errors = Vec::new();
            let out = locale.bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{code}: {id}: {errors:?}");
            assert!(!out.trim().is_empty(), "{code}: {id} is empty");
            assert!(!out.contains('\u{2068}'), "{code}: {id} has bidi isolation marks");
            assert!(!out.contains("{$"), "{code}: {id} shows a placeholder: {out}");
            for (name, value) in ARGS {
                if en.bundle.get_message(id).and_then(|m| m.value()).is_some_and(|p| {
                    let mut e = Vec::new();
                    en.bundle.format_pattern(p, Some(&args), &mut e).contains(value)
                }) {
                    assert!(out.contains(value), "{code}: {id} drops ${name}: {out}");
                }
            }
            if *code != "en-us" && !NAMES.contains(&id.as_str()) && out == i18n.format(&["en-us"], id, ARGS) {
                same_as_english.push(out.into_owned());
            }
        }
        // Cognates ("Menu", "Important", "Tip") may equal English; whole phrases may not.
        assert!(same_as_english.len() <= 3, "{code} is not translated: {same_as_english:?}");
        // `form-error-prefix` ends with a space of its own ("Error: "): trim before looking for one.
        assert!(
            same_as_english.iter().all(|s| !s.trim().contains(' ')),
            "{code} copies English phrases: {same_as_english:?}"
        );
    }
}

#[test]
fn embedded_set_has_full_parity_with_en_us() {
    let diags = embedded().parity();
    assert!(diags.is_empty(), "{diags:#?}");
}

#[test]
fn chrome_is_in_the_locale_language() {
    let i18n = embedded();
    let cases: &[(&str, [&str; 5])] = &[
        ("de-de", ["In diesem Artikel", "Zum Hauptinhalt wechseln", "Hinweis", "Tipp", "Achtung"]),
        ("ja-jp", ["この記事の内容", "メイン コンテンツにスキップ", "注意", "ヒント", "注意事項"]),
        ("ar-sa", ["في هذه المقالة", "التخطي إلى المحتوى الرئيسي", "ملاحظة", "تلميح", "تنبيه"]),
        ("ko-kr", ["이 문서의 내용", "주 콘텐츠로 건너뛰기", "참고", "팁", "주의"]),
        ("he-il", ["במאמר זה", "דלג לתוכן הראשי", "הערה", "עצה", "זהירות"]),
        ("fr-fr", ["Dans cet article", "Passer au contenu principal", "Remarque", "Conseil", "Attention"]),
    ];
    for (code, want) in cases {
        let got = ["in-this-article", "skip-to-content", "alert-note", "alert-tip", "alert-caution"]
            .map(|id| i18n.format(&[code], id, &[]));
        assert_eq!(&got, want, "{code}");
    }
    assert_eq!(i18n.format(&["de-de"], "alert-warning", &[]), "Warnung");
    assert_eq!(i18n.format(&["de-de"], "alert-important", &[]), "Wichtig");
}

#[test]
fn language_names_are_cldr_autonyms_with_learn_overrides() {
    let i18n = embedded();
    let cases = [
        ("en-us", "English (United States)"),
        ("de-de", "Deutsch (Deutschland)"),
        ("fr-ca", "Français (Canada)"),
        ("ja-jp", "日本語 (日本)"),
        ("ko-kr", "한국어(대한민국)"),
        ("ar-sa", "العربية (المملكة العربية السعودية)"),
        ("he-il", "עברית (ישראל)"),
        ("ru-ru", "Русский (Россия)"),
        ("pl-pl", "Polski (Polska)"),
        ("sv-se", "Svenska (Sverige)"),
        ("sr-latn-rs", "Srpski (latinica, Srbija)"),
        ("zh-cn", "中文(简体)"),
        ("zh-tw", "中文(繁體)"),
        ("ZH_cn", "中文(简体)"),
        // No `.ftl` file: CLDR alone.
        ("fy-nl", "Frysk (Nederlân)"),
        ("zh-hk", "中文（中國香港特別行政區）"),
    ];
    for (code, want) in cases {
        assert_eq!(i18n.language_name(code).as_deref(), Some(want), "{code}");
    }
    let names: BTreeSet<String> = SHIPPED.iter().filter_map(|c| i18n.language_name(c)).collect();
    assert_eq!(names.len(), SHIPPED.len(), "every Learn locale has its own name: {names:?}");
    assert_eq!(i18n.language_name("xx-yy"), None);
    assert_eq!(i18n.language_name("not a tag"), None);
}

#[test]
fn language_name_message_overrides_cldr() {
    let tmp = disk_locales(&[("de-de/ui.ftl", "language-name = Deutsch\n")]);
    let (i18n, diags) = I18n::load(Some(&tmp.path().join("locales")));
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(i18n.language_name("de-de").as_deref(), Some("Deutsch"));
    assert_eq!(i18n.language_name("de-at").as_deref(), Some("Deutsch (Österreich)"));
}

#[test]
fn dates_are_cldr_long_dates_in_the_gregorian_calendar() {
    let i18n = embedded();
    let cases = [
        ("en-us", "May 20, 2021"),
        ("de-de", "20. Mai 2021"),
        ("fr-fr", "20 mai 2021"),
        ("zh-cn", "2021年5月20日"),
        ("zh-tw", "2021年5月20日"),
        ("ja-jp", "2021年5月20日"),
        ("ko-kr", "2021년 5월 20일"),
        ("ru-ru", "20 мая 2021\u{202f}г."),
        ("pl-pl", "20 maja 2021"),
        ("sv-se", "20 maj 2021"),
        ("hu-hu", "2021. május 20."),
        ("he-il", "20 במאי 2021"),
        // Gregorian with CLDR's Arabic-Indic digits, not the Umm al-Qura calendar.
        ("ar-sa", "٢٠ مايو ٢٠٢١"),
        // Gregorian with its era, not the Buddhist calendar (2564).
        ("th-th", "20 พฤษภาคม ค.ศ. 2021"),
    ];
    for (code, want) in cases {
        assert_eq!(i18n.format_date(&[code], 2021, 5, 20), want, "{code}");
    }
    assert_eq!(i18n.format_date(&["en-us"], 2020, 9, 3), "September 3, 2020");
    assert_eq!(i18n.format_date(&["DE_de"], 2024, 2, 29), "29. Februar 2024");
    // A locale CLDR does not know uses the next in the chain, then en-us.
    assert_eq!(i18n.format_date(&["xx-yy", "de-de"], 2020, 3, 2), "2. März 2020");
    assert_eq!(i18n.format_date(&["xx-yy"], 2020, 3, 2), "March 2, 2020");
    assert_eq!(i18n.format_date(&[], 2020, 3, 2), "March 2, 2020");
    // A locale without an `.ftl` file still has CLDR's date.
    assert_eq!(i18n.format_date(&["de-at"], 2020, 1, 2), "2. Jänner 2020");
    // Impossible dates are not named.
    assert_eq!(i18n.format_date(&["en-us"], 2020, 13, 2), "2020-13-02");
    assert_eq!(i18n.format_date(&["zh-cn"], 2020, 1, 0), "2020-01-00");
    assert_eq!(i18n.format_date(&["de-de"], 2021, 2, 30), "2021-02-30");
}

/// `ms.date` values (MM/DD/YYYY) from the real corpus.
fn corpus_dates() -> Vec<(i32, u32, u32)> {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"));
    let mut dates = BTreeSet::new();
    for entry in walkdir::WalkDir::new(root).sort_by_file_name().into_iter().flatten() {
        if entry.path().extension().and_then(|e| e.to_str()) != Some("md") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(entry.path()) else { continue };
        for line in text.lines().take(40) {
            let Some(value) = line.trim().strip_prefix("ms.date:") else { continue };
            let parts: Vec<&str> = value.trim().trim_matches(['"', '\'']).split('/').collect();
            if let [m, d, y] = parts[..] {
                if let (Ok(m), Ok(d), Ok(y)) = (m.parse(), d.parse(), y.parse()) {
                    dates.insert((y, m, d));
                }
            }
        }
    }
    dates.into_iter().collect()
}

#[test]
fn corpus_dates_format_in_every_learn_locale() {
    let i18n = embedded();
    let dates = corpus_dates();
    assert!(dates.len() > 100, "{} distinct ms.date values", dates.len());
    for code in SHIPPED {
        for &(y, m, d) in &dates {
            let shown = i18n.format_date(&[code], y, m, d);
            let iso = format!("{y:04}-{m:02}-{d:02}");
            let arabic: String =
                y.to_string().chars().filter_map(|c| c.to_digit(10).and_then(|n| char::from_u32(0x0660 + n))).collect();
            assert!(shown != iso || !chrono_valid(y, m, d), "{code}: {iso} not formatted");
            assert!(shown.contains(&y.to_string()) || shown.contains(&arabic), "{code}: {iso} → {shown}");
        }
    }
    let line = i18n.format(&["de-de"], "article-date", &[("date", &i18n.format_date(&["de-de"], 2021, 5, 20))]);
    assert_eq!(line, "Zuletzt aktualisiert am 20. Mai 2021");
}

/// Whether the Gregorian date exists (the corpus may hold typos such as 02/30).
fn chrono_valid(y: i32, m: u32, d: u32) -> bool {
    chrono::NaiveDate::from_ymd_opt(y, m, d).is_some()
}

#[test]
fn article_date_and_notices_format_with_arguments() {
    let i18n = embedded();
    let date = i18n.format_date(&["zh-cn"], 2021, 5, 20);
    assert_eq!(i18n.format(&["zh-cn"], "article-date", &[("date", &date)]), "上次更新时间：2021年5月20日");
    let date = i18n.format_date(&["ja-jp"], 2021, 5, 20);
    assert_eq!(i18n.format(&["ja-jp"], "article-date", &[("date", &date)]), "最終更新日: 2021年5月20日");
    assert_eq!(
        i18n.format(&["en-us"], "fallback-notice", &[("locale", "Svenska"), ("fallback", "English (United States)")]),
        "This page is not available in Svenska yet. You are reading the English (United States) version."
    );
    assert_eq!(
        i18n.format(&["de-de"], "fallback-notice", &[("locale", "Svenska (Sverige)"), ("fallback", "Polski (Polska)")]),
        "Diese Seite ist noch nicht auf Svenska (Sverige) verfügbar. Sie lesen die Version auf Polski (Polska)."
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
    assert_eq!(i18n.format(&["fy-nl"], "alert-caution", &[]), "Caution");
    assert_eq!(i18n.format(&["fy-nl", "nl-nl"], "alert-caution", &[]), "Let op");
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
    let tmp = disk_locales(&[
        ("zh-tw/ui.ftl", "only-here = 只在這裡\n"),
        ("zh-hk/ui.ftl", "hk-only = 香港\nmenu = 選單\n"),
        ("de-de/extra.ftl", "shared = Nur hier\n"),
        ("en-us/extra.ftl", "shared = Only here\nen-only = English only\n"),
    ]);
    let (i18n, diags) = I18n::load(Some(&tmp.path().join("locales")));
    assert!(diags.is_empty(), "{diags:?}");
    // zh-hk is new and has only two messages; the rest comes from zh-tw, then en-us.
    let chain = ["zh-hk", "zh-tw"];
    assert_eq!(i18n.format(&chain, "menu", &[]), "選單");
    assert_eq!(i18n.format(&chain, "only-here", &[]), "只在這裡");
    assert_eq!(i18n.format(&chain, "in-this-article", &[]), "本文內容");
    assert_eq!(i18n.format(&["zh-hk"], "in-this-article", &[]), "In this article");
    assert!(i18n.locales().contains(&"zh-hk".to_string()));
    let strings = i18n.strings(&chain);
    assert_eq!(strings["hk_only"], "香港");
    assert_eq!(strings["only_here"], "只在這裡");
    // A message ja-jp lacks comes from de-de, one de-de lacks from en-us.
    assert_eq!(i18n.format(&["ja-jp", "de-de"], "shared", &[]), "Nur hier");
    assert_eq!(i18n.format(&["ja-jp", "de-de"], "en-only", &[]), "English only");
    assert_eq!(i18n.format(&["ja-jp", "de-de"], "in-this-article", &[]), "この記事の内容");
}

#[test]
fn parity_reports_a_missing_message_once_per_message_with_the_file() {
    let text = "# Partial\nmenu = 選單\nin-this-article = 本文內容\n";
    let tmp = disk_locales(&[("zh-HK/ui.ftl", text)]);
    let (i18n, _) = I18n::load(Some(&tmp.path().join("locales")));
    let all = i18n.parity();
    // The other en-us files (forms, bilingual pages) are missing whole: one diagnostic each.
    let (files, diags): (Vec<_>, Vec<_>) = all.into_iter().partition(|d| d.rule == Rule::FluentMissingFile);
    let en_files = EMBEDDED.get_dir("en-us").map_or(0, |d| d.files().count());
    assert_eq!(files.len(), en_files - 1, "{files:#?}");
    let ui_ids = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en-us/ui.ftl"))
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()) && l.contains(" ="))
        .count();
    assert_eq!(diags.len(), ui_ids - 2, "{diags:#?}");
    for d in &diags {
        assert_eq!(d.rule, Rule::FluentMissingMessage);
        assert_eq!(d.severity, Severity::Warning);
        assert_eq!(d.span.as_ref().map(ToString::to_string).as_deref(), Some("locales/zh-HK/ui.ftl:1:1"));
    }
    let skip = diags.iter().find(|d| d.message.contains("`skip-to-content`")).expect("skip-to-content reported");
    assert!(skip.message.contains("`locales/en-us/ui.ftl:"), "{skip:?}");
    assert!(!diags.iter().any(|d| d.message.contains("`menu`")));
}

#[test]
fn parity_reports_a_wrong_variable_at_its_line() {
    let text = "# Overrides\n\narticle-date = Stand: { $datum }\nfallback-notice = { $locale } fehlt\nmenu = Menü\n";
    let tmp = disk_locales(&[("de-de/ui.ftl", text)]);
    let (i18n, diags) = I18n::load(Some(&tmp.path().join("locales")));
    assert!(diags.is_empty(), "{diags:?}");
    let diags = i18n.parity();
    let got: Vec<(Rule, String)> =
        diags.iter().map(|d| (d.rule, d.span.as_ref().map(ToString::to_string).unwrap_or_default())).collect();
    assert_eq!(
        got,
        [
            (Rule::FluentVariableMismatch, "locales/de-de/ui.ftl:3:1".to_string()),
            (Rule::FluentVariableMismatch, "locales/de-de/ui.ftl:4:1".to_string()),
        ]
    );
    assert_eq!(diags[0].severity, Severity::Error);
    assert!(diags[0].message.contains("uses `$datum` but the `en-us` message"), "{:?}", diags[0]);
    assert_eq!(diags[0].hint.as_deref(), Some("In the de-de translation, add `$date`; remove or respell `$datum`."));
    assert_eq!(diags[1].hint.as_deref(), Some("In the de-de translation, add `$fallback`."));
}

#[test]
fn parity_reports_a_missing_file_once_per_locale() {
    // A file name the embedded set does not have (every locale ships ui.ftl and forms.ftl).
    let tmp = disk_locales(&[
        ("en-us/survey.ftl", "submit = Submit\nfield-required = { $field } is required\n"),
        ("de-de/survey.ftl", "submit = Senden\nfield-required = { $field } ist erforderlich\n"),
    ]);
    let (i18n, _) = I18n::load(Some(&tmp.path().join("locales")));
    let diags = i18n.parity();
    assert_eq!(diags.len(), SHIPPED.len() - 2, "every locale but en-us and de-de: {diags:#?}");
    assert!(diags.iter().all(|d| d.rule == Rule::FluentMissingFile && d.severity == Severity::Warning));
    let ja = diags.iter().find(|d| d.message.contains("`ja-jp`")).expect("ja-jp reported");
    assert_eq!(ja.span.as_ref().map(ToString::to_string).as_deref(), Some("locales/ja-jp/survey.ftl:1:1"));
    assert!(ja.message.contains("its 2 messages"), "{ja:?}");
    assert!(!diags.iter().any(|d| d.message.contains("`de-de`")));
}

#[test]
fn parity_is_quiet_when_overrides_keep_the_variables() {
    let text = "article-date = Stand: { $date }\n\
                fallback-notice = { $locale ->\n    *[other] Nicht auf { $locale }, sondern auf { $fallback }.\n    }\n\
                image-enlarge = Vergrößern\n    .title = Zum Vergrößern auswählen\n";
    let tmp = disk_locales(&[("de-de/ui.ftl", text), ("en-us/ui.ftl", "menu = Navigation\n")]);
    let (i18n, diags) = I18n::load(Some(&tmp.path().join("locales")));
    assert!(diags.is_empty(), "{diags:?}");
    assert!(i18n.parity().is_empty(), "{:#?}", i18n.parity());
    assert_eq!(
        i18n.format(&["de-de"], "fallback-notice", &[("locale", "Svenska"), ("fallback", "Polski")]),
        "Nicht auf Svenska, sondern auf Polski."
    );
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
    // Messages the overlay does not define come from the embedded de-de file.
    assert_eq!(i18n.format(&["de-de"], "alert-note", &[]), "Hinweis");
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
    // `language-name` exists only in zh-cn and zh-tw, so ru-ru's chain has no value for it.
    assert_eq!(t.len(), i18n.locales["en-us"].ids.len());
    assert_eq!(i18n.strings(&["zh-cn"])["language_name"], "中文(简体)");
}

#[test]
fn embedded_files_parse_without_errors() {
    for src in embedded_sources(None) {
        if let Err((_, errors)) = FluentResource::try_new(src.text.clone()) {
            panic!("{}: {errors:?}", src.display);
        }
    }
}

#[test]
fn loading_for_some_locales_reads_their_embedded_files_and_en_us_only() {
    let all = embedded();
    // Codes match as folder names do: any case, `_` for `-`.
    let (some, diags) = I18n::load_for(None, &["zh-CN", "ru_ru", "xx-yy"]);
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(some.locales(), ["en-us", "ru-ru", "zh-cn"]);
    for chain in [&["zh-cn"][..], &["ru-ru"], &["en-us"], &["de-de", "zh-cn"]] {
        let want = if chain[0] == "de-de" { all.strings(&chain[1..]) } else { all.strings(chain) };
        assert_eq!(some.strings(chain), want, "{chain:?}");
    }
    assert_eq!(some.language_name("zh-cn"), all.language_name("zh-cn"));
    let mine =
        |d: &Diagnostic| d.span.as_ref().is_some_and(|s| s.path.contains("/ru-ru/") || s.path.contains("/zh-cn/"));
    assert_eq!(some.parity(), all.parity().into_iter().filter(mine).collect::<Vec<_>>());
    // Files on disk load whatever their locale.
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("locales/de-de");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("ui.ftl"), "menu = Menü\n").unwrap();
    let (disk, _) = I18n::load_for(Some(&tmp.path().join("locales")), &["zh-cn"]);
    assert_eq!(disk.locales(), ["de-de", "en-us", "zh-cn"]);
    assert_eq!(disk.strings(&["de-de"])["menu"], "Menü");
}
