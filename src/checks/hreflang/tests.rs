use super::*;
use crate::checks::test_support::{date, found, tree, with_input};
use crate::config::Config;
use crate::diagnostic::Rule;

const ARTICLE: &str = "---\ntitle: A title long enough\n---\n# A\n\ntext\n";

const RULES: [Rule; 5] = [
    Rule::HreflangNotReciprocal,
    Rule::HreflangMissingSelf,
    Rule::HreflangInvalidTag,
    Rule::HreflangLocaleMismatch,
    Rule::HreflangXDefault,
];

/// The `hreflang-*` findings of the content tree `files` with `config`.
fn findings(files: &[(&str, &str)], config: &Config) -> Vec<Diagnostic> {
    let dir = tree(files);
    with_input(dir.path(), config, date(2024, 1, 1), |input, _| {
        let mut out = Vec::new();
        check(input, &mut out);
        out
    })
}

fn link(hreflang: &str, url: &str) -> HreflangLink {
    HreflangLink { hreflang: hreflang.into(), url: url.into() }
}

fn page(path: &str, url: &str, alternates: Vec<HreflangLink>) -> WrittenPage {
    WrittenPage { path: path.into(), url: url.into(), alternates }
}

fn rules_of(diags: &[Diagnostic]) -> Vec<Rule> {
    let mut r: Vec<Rule> = diags.iter().map(|d| d.rule).collect();
    r.sort();
    r.dedup();
    r
}

#[test]
fn a_translation_set_is_one_reciprocal_cluster_with_one_x_default() {
    let dir = tree(&[
        ("zh-cn/d/a.md", ARTICLE),
        ("pl-pl/d/a.md", ARTICLE),
        ("pl-pl/d/only-pl.md", ARTICLE),
        ("sv-se/d/a.md", ARTICLE),
    ]);
    let config = Config { default_locale: Some("pl-pl".into()), ..Config::default() };
    with_input(dir.path(), &config, date(2024, 1, 1), |input, _| {
        let alts = alternates(input.model, "d/a.md");
        assert_eq!(
            alts,
            [
                link("pl-PL", "/pl-pl/d/a/"),
                link("sv-SE", "/sv-se/d/a/"),
                link("zh-CN", "/zh-cn/d/a/"),
                link("x-default", "/pl-pl/d/a/"),
            ]
        );
        // A page one locale has: itself and x-default; its fallback copies have none.
        assert_eq!(
            alternates(input.model, "d/only-pl.md"),
            [link("pl-PL", "/pl-pl/d/only-pl/"), link("x-default", "/pl-pl/d/only-pl/")]
        );
        let written = written_pages(input.model);
        assert_eq!(written.len(), 4, "the locales' own pages only: {written:?}");
        assert!(written.iter().all(|w| !w.url.starts_with("/zh-cn/d/only-pl")));
        let mut out = Vec::new();
        check(input, &mut out);
        assert_eq!(out, [], "a model's clusters are clean");
    });
}

#[test]
fn a_folder_that_is_not_spelled_as_its_tag_is_a_locale_mismatch() {
    // `pt_br` parses as the tag pt-BR, so the label is pt-BR under the prefix /pt_br/.
    let diags = findings(&[("pt_br/d/a.md", ARTICLE), ("de-de/d/a.md", ARTICLE)], &Config::default());
    assert_eq!(rules_of(&diags), [Rule::HreflangLocaleMismatch], "{diags:#?}");
    assert_eq!(found(&diags, Rule::HreflangLocaleMismatch).len(), 2, "reported on both pages of the cluster");
    assert!(diags[0].message.contains("`pt-BR` labels /pt_br/d/a/"), "{}", diags[0].message);
    assert!(diags.iter().any(|d| d.span.as_ref().is_some_and(|s| s.path == "de-de/d/a.md")));
}

#[test]
fn a_configured_locale_that_is_no_language_tag_is_an_invalid_tag() {
    let toml = "[[locales]]\ncode = 'zh-cn-hans'\n[[locales]]\ncode = 'ru-ru'\n";
    let config = Config::parse(toml, std::path::Path::new("docloc.toml")).expect("config");
    let diags = findings(&[("zh-cn-hans/d/a.md", ARTICLE), ("ru-ru/d/a.md", ARTICLE)], &config);
    assert_eq!(rules_of(&diags), [Rule::HreflangInvalidTag], "{diags:#?}");
    assert_eq!(
        found(&diags, Rule::HreflangInvalidTag),
        [("zh-cn-hans/d/a.md".to_string(), 1), ("ru-ru/d/a.md".to_string(), 1)]
    );
}

#[test]
fn tags_are_checked_as_rfc_5646_writes_them() {
    for ok in ["zh-CN", "sr-Latn-RS", "pl", "es-419", "de-CH-1996", "zh-yue-HK", "en-US-u-ca-gregory", "de-x-formal"] {
        assert!(is_bcp47(ok), "{ok}");
    }
    for bad in [
        "",
        "pt_BR",
        "zh-cn-hans",
        "-en",
        "en-",
        "en--us",
        "english language",
        "x-default",
        "e",
        "en-US-u",
        "en-x-toolongsubtag",
        "1a",
    ] {
        assert!(!is_bcp47(bad), "{bad}");
    }
}

#[test]
fn one_way_alternates_are_not_reciprocal() {
    let pages = [
        page(
            "zh-cn/a.md",
            "/zh-cn/a/",
            vec![link("zh-CN", "/zh-cn/a/"), link("ru-RU", "/ru-ru/a/"), link("x-default", "/zh-cn/a/")],
        ),
        page("ru-ru/a.md", "/ru-ru/a/", vec![link("ru-RU", "/ru-ru/a/"), link("x-default", "/ru-ru/a/")]),
        // A cluster naming a URL that is no page with alternates (a fallback copy).
        page(
            "pl-pl/b.md",
            "/pl-pl/b/",
            vec![link("pl-PL", "/pl-pl/b/"), link("sv-SE", "/sv-se/b/"), link("x-default", "/pl-pl/b/")],
        ),
    ];
    let mut out = Vec::new();
    check_pages(&pages, "/", &mut out);
    assert_eq!(rules_of(&out), [Rule::HreflangNotReciprocal], "{out:#?}");
    assert_eq!(
        found(&out, Rule::HreflangNotReciprocal),
        [("zh-cn/a.md".to_string(), 1), ("pl-pl/b.md".to_string(), 1)]
    );
    assert!(out.iter().any(|d| d.message.contains("is no page with alternates")));
    assert!(out.iter().any(|d| d.message.contains("does not name it back")));
}

#[test]
fn a_cluster_without_the_page_itself_misses_its_self_reference() {
    let pages = [page("zh-cn/a.md", "/zh-cn/a/", vec![link("x-default", "/zh-cn/a/")])];
    let mut out = Vec::new();
    check_pages(&pages, "/", &mut out);
    assert_eq!(rules_of(&out), [Rule::HreflangMissingSelf], "x-default alone is no self reference: {out:#?}");
}

#[test]
fn a_cluster_needs_exactly_one_x_default() {
    let none = [page("zh-cn/a.md", "/zh-cn/a/", vec![link("zh-CN", "/zh-cn/a/")])];
    let two = [page(
        "zh-cn/a.md",
        "/zh-cn/a/",
        vec![link("zh-CN", "/zh-cn/a/"), link("x-default", "/zh-cn/a/"), link("x-default", "/zh-cn/a/")],
    )];
    for pages in [&none[..], &two[..]] {
        let mut out = Vec::new();
        check_pages(pages, "/", &mut out);
        assert_eq!(rules_of(&out), [Rule::HreflangXDefault], "{out:#?}");
    }
}

#[test]
fn labels_are_compared_with_the_prefix_after_the_base_path() {
    let pages = [page(
        "zh-cn/a.md",
        "/help/zh-cn/a/",
        vec![link("zh-CN", "/help/zh-cn/a/"), link("x-default", "/help/zh-cn/a/")],
    )];
    let mut out = Vec::new();
    check_pages(&pages, "/help/", &mut out);
    assert_eq!(out, []);
    let wrong = [page(
        "zh-cn/a.md",
        "/help/zh-cn/a/",
        vec![link("zh-TW", "/help/zh-cn/a/"), link("x-default", "/help/zh-cn/a/")],
    )];
    check_pages(&wrong, "/help/", &mut out);
    assert_eq!(rules_of(&out), [Rule::HreflangLocaleMismatch]);
}

#[test]
fn every_rule_is_registered_and_the_corpus_is_clean() {
    for r in RULES {
        assert_eq!(Rule::from_id(r.id()), Some(r));
        assert!(r.id().starts_with("hreflang-"));
    }
    let corpus = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"));
    with_input(corpus, &Config::default(), date(2024, 1, 1), |input, _| {
        let written = written_pages(input.model);
        assert!(written.len() > 1500, "{} pages", written.len());
        let mut out = Vec::new();
        check_pages(&written, &input.model.base_path, &mut out);
        assert_eq!(out.len(), 0, "{:#?}", &out[..out.len().min(5)]);
        // Every cluster of the corpus is reciprocal: the same set on every member.
        let by_url: crate::hash::HashMap<&str, &WrittenPage> = written.iter().map(|w| (w.url.as_str(), w)).collect();
        for w in &written {
            for a in w.alternates.iter().filter(|a| a.hreflang != X_DEFAULT) {
                assert_eq!(by_url[a.url.as_str()].alternates, w.alternates, "{}", w.url);
            }
        }
    });
}
