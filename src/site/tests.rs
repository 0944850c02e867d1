//! The typed contexts, taken from the real code path on real pages, against the theme:
//! every template renders from them, and the theme's test fixture
//! (`tests/fixtures/theme/context.json`) has the shape they really have.

use super::pages::{sample_contexts, tera_contexts_both_ways};
use crate::project::{Project, ProjectOptions};
use crate::theme::Theme;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::PathBuf;

fn corpus() -> Project {
    let content = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"));
    Project::load(&ProjectOptions { content: Some(content), ..ProjectOptions::default() }).expect("corpus loads")
}

/// Every key path of `v` (`page.fallback.notice`, `translations[].url`), objects and
/// array elements walked.
fn paths(v: &Value, prefix: &str, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let p = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                out.insert(p.clone());
                paths(x, &p, out);
            }
        }
        Value::Array(a) => {
            for x in a {
                paths(x, &format!("{prefix}[]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_template_renders_from_the_contexts_the_build_passes() {
    let project = corpus();
    let samples = sample_contexts(&project);
    let theme = Theme::load(None).expect("theme");
    let names: BTreeSet<&str> = samples.iter().map(|(t, _)| t.as_str()).collect();
    for t in ["article.html", "landing.html", "hub.html", "faq.html", "redirect.html", "root.html", "404.html"] {
        assert!(names.contains(t), "no sample for {t}: {names:?}");
    }
    for (template, ctx) in &samples {
        let c = tera::Context::from_value(ctx.clone()).expect("an object");
        let html = theme.render(template, &c).unwrap_or_else(|e| panic!("{template}: {e}"));
        if let Some(title) = ctx["page"]["title"].as_str() {
            let escaped = title.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
            assert!(html.contains(&escaped), "{template} shows its title {title:?}");
        }
        assert!(html.contains(ctx["lang"]["bcp47"].as_str().unwrap_or("?")), "{template} has its lang");
    }
    let fallback = samples.iter().find(|(t, c)| t == "article.html" && c["page"]["fallback"].is_object());
    assert!(fallback.is_some(), "a fallback copy is among the samples");
    let faq = samples.iter().find(|(t, _)| t == "faq.html").map(|(_, c)| c).expect("faq");
    let q = &faq["page"]["faq"][0]["questions"][0];
    assert!(q["id"].as_str().is_some_and(|id| !id.is_empty()), "FAQ questions carry ids: {q}");
}

#[test]
fn the_per_locale_shared_context_gives_every_page_its_whole_context() {
    let project = corpus();
    let pairs = tera_contexts_both_ways(&project);
    assert!(pairs.len() > 3000, "every page twice: {}", pairs.len());
    for (built, whole) in &pairs {
        assert!(whole["t"].as_object().is_some_and(|t| t.len() > 100), "the UI strings are there");
        assert_eq!(built, whole, "{}", whole["page"]["url"]);
    }
}

#[test]
fn the_theme_fixture_has_the_shape_of_the_real_contexts() {
    let project = corpus();
    let fixture: Value =
        serde_json::from_str(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/theme/context.json")))
            .expect("fixture is JSON");
    let mut real: std::collections::BTreeMap<&str, BTreeSet<String>> = Default::default();
    let samples = sample_contexts(&project);
    for (template, ctx) in &samples {
        let group = match template.as_str() {
            "redirect.html" => "redirect",
            "root.html" => "root",
            "404.html" => "not_found",
            _ => "page",
        };
        paths(ctx, "", real.entry(group).or_default());
    }
    let mut fixture_page = BTreeSet::new();
    for page in fixture["pages"].as_object().expect("pages").values() {
        let mut ctx = fixture["common"].clone();
        ctx["page"] = page.clone();
        ctx["t"] = Value::Object(Default::default());
        paths(&ctx, "", &mut fixture_page);
    }
    let mut fixture_redirect = BTreeSet::new();
    let mut r = fixture["redirect"].clone();
    r["t"] = Value::Object(Default::default());
    paths(&r, "", &mut fixture_redirect);
    let mut fixture_root = BTreeSet::new();
    let mut r = fixture["root"].clone();
    r["t"] = Value::Object(Default::default());
    paths(&r, "", &mut fixture_root);
    let mut fixture_not_found = BTreeSet::new();
    let mut r = fixture["not_found"].clone();
    r["t"] = Value::Object(Default::default());
    paths(&r, "", &mut fixture_not_found);
    for (group, fixture_paths) in [
        ("page", &fixture_page),
        ("redirect", &fixture_redirect),
        ("root", &fixture_root),
        ("not_found", &fixture_not_found),
    ] {
        let real_paths: BTreeSet<&String> = real[group].iter().filter(|p| !p.starts_with("t.")).collect();
        let invented: Vec<&String> = fixture_paths.iter().filter(|p| !real[group].contains(*p)).collect();
        assert!(invented.is_empty(), "{group}: the fixture has keys the build never passes: {invented:?}");
        let top: Vec<&&String> =
            real_paths.iter().filter(|p| p.matches('.').count() <= 1 && !p.contains('[')).collect();
        let missing: Vec<&&&String> = top.iter().filter(|p| !fixture_paths.contains(***p)).collect();
        assert!(missing.is_empty(), "{group}: the fixture lacks keys the build passes: {missing:?}");
    }
}

/// Builds the content tree `files` with `config` into memory.
fn build_in_memory(
    files: &[(&str, &str)],
    config: crate::config::Config,
) -> std::collections::BTreeMap<String, Vec<u8>> {
    let dir = tempfile::tempdir().expect("tempdir");
    for (rel, text) in files {
        let file = dir.path().join(rel);
        std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
        std::fs::write(file, text).expect("write");
    }
    let opts = ProjectOptions { content: Some(dir.path().to_path_buf()), ..ProjectOptions::default() };
    let project = Project::load_with(config, &opts).expect("loads");
    let sink = super::sink::MemorySink::new();
    let today = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).expect("date");
    super::build::build(&project, &sink, &super::build::BuildOptions { progress: false, today, force: false })
        .expect("builds");
    sink.into_files()
}

fn text(files: &std::collections::BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8(files.get(path).unwrap_or_else(|| panic!("{path} not written")).clone()).expect("UTF-8")
}

#[test]
fn articles_carry_edit_link_machine_translation_notice_and_reading_order() {
    let article = |title: &str, mt: bool| {
        format!(
            "---\ntitle: {title}\nms.date: 05/20/2021\n{}---\n# {title}\n\nBody of {title}.\n",
            if mt { "ms.translationtype: MT\n" } else { "" }
        )
    };
    let (a_de, b_de, a_en) = (article("Kunden A", true), article("Kunden B", false), article("Customers A", false));
    let files = build_in_memory(
        &[
            ("en-us/d/a.md", &a_en),
            ("de-de/d/a.md", &a_de),
            ("de-de/d/b.md", &b_de),
            ("de-de/d/TOC.yml", "- name: Erste Seite\n  href: a.md\n- name: Zweite Seite\n  href: b.md\n"),
        ],
        crate::config::Config {
            edit_url: Some("https://github.com/o/r/edit/main/{path}".into()),
            ..Default::default()
        },
    );
    let a = text(&files, "de-de/d/a/index.html");
    assert!(a.contains(r#"<a class="edit-link" href="https://github.com/o/r/edit/main/de-de/d/a.md">"#), "{a}");
    assert!(a.contains("<p>Dieser Artikel wurde maschinell übersetzt."), "{a}");
    assert!(
        a.contains(r#"<a href="/en-us/d/a/" hreflang="en-US">Originalversion: English (United States)</a>"#),
        "{a}"
    );
    assert!(a.contains(r#"<a class="next" rel="next" href="/de-de/d/b/">"#) && a.contains("Zweite Seite"), "{a}");
    assert!(!a.contains(r#"rel="prev""#), "the first page has no previous page");
    let b = text(&files, "de-de/d/b/index.html");
    assert!(b.contains(r#"<a class="prev" rel="prev" href="/de-de/d/a/">"#) && !b.contains("mt-notice"), "{b}");
    // The English page: its own edit link, no notice (it is human-written).
    let en = text(&files, "en-us/d/a/index.html");
    assert!(en.contains("edit/main/en-us/d/a.md") && !en.contains("mt-notice"));
    // 404 pages, favicon, no sitemap without a base_url.
    for p in ["404.html", "de-de/404.html", "en-us/404.html", "_docloc/favicon.svg"] {
        assert!(files.contains_key(p), "{p}");
    }
    assert!(text(&files, "de-de/404.html").contains("<h1>Seite nicht gefunden</h1>"));
    assert!(!files.contains_key("sitemap.xml"));
    // Each locale's index holds its own pages only: en-us's copy of b is not indexed.
    let count = |code: &str| {
        let entry: Value =
            serde_json::from_slice(&files[&format!("_docloc/search/{code}/pagefind-entry.json")]).expect("entry JSON");
        entry["languages"][code]["page_count"].as_u64()
    };
    assert_eq!((count("de-de"), count("en-us")), (Some(2), Some(1)));
    assert!(text(&files, "en-us/d/b/index.html").contains("fallback-notice"));
}

#[test]
fn search_can_be_turned_off() {
    let files =
        build_in_memory(&[("pl-pl/d/a.md", "# A\n")], crate::config::Config { search: false, ..Default::default() });
    assert!(!files.keys().any(|k| k.starts_with("_docloc/search/")));
    assert!(!text(&files, "pl-pl/d/a/index.html").contains("site-search"));
}

#[test]
fn a_left_to_right_copy_keeps_its_direction_in_a_right_to_left_locale() {
    let files = build_in_memory(
        &[
            ("de-de/d/a.md", "---\ntitle: Kunden\nms.date: 05/20/2021\n---\n# Kunden\n\n## Erste Schritte\n\nText.\n"),
            ("ar-sa/d/b.md", "# ب\n"),
        ],
        crate::config::Config::default(),
    );
    let copy = text(&files, "ar-sa/d/a/index.html");
    assert!(copy.contains(r#"<html lang="ar-SA" dir="rtl">"#), "{copy}");
    // The German text keeps its own direction; the layout and the reader's chrome inside
    // the article keep the reader's.
    assert!(copy.contains(r#"<article class="article" data-pagefind-body lang="de-DE">"#), "{copy}");
    assert!(copy.contains(r#"<header class="article-header" dir="ltr">"#), "{copy}");
    assert!(copy.contains(r#"<div class="content" dir="ltr">"#), "{copy}");
    assert!(copy.contains(r#"<div class="article-meta" data-pagefind-ignore lang="ar-SA" dir="rtl">"#), "{copy}");
    assert!(copy.contains(r#"<li class="level-2" lang="de-DE" dir="ltr">"#), "{copy}");
    // The German name inside the Arabic sentence is isolated; the link to it has its direction.
    assert!(copy.contains("\u{2068}Deutsch (Deutschland)\u{2069}"), "{copy}");
    assert!(copy.contains(r#"hreflang="de-DE" lang="de-DE" dir="ltr">Deutsch (Deutschland)</a>"#), "{copy}");
    assert!(copy.contains(r#"hreflang="ar-SA" lang="ar-SA" dir="rtl" aria-current="page">"#), "{copy}");
    // And the other way round: the Arabic copy in the German site.
    let other = text(&files, "de-de/d/b/index.html");
    assert!(other.contains(r#"<div class="content" dir="rtl">"#), "{other}");
    assert!(other.contains("\u{2068}العربية (المملكة العربية السعودية)\u{2069}"), "{other}");
    // Names of the sentence's own direction get no marks.
    let own = text(&files, "de-de/d/a/index.html");
    assert!(!own.contains('\u{2068}') && !own.contains("fallback-notice"), "{own}");
}

#[test]
fn names_the_title_does_not_show_are_indexed_hidden() {
    let files = build_in_memory(
        &[
            ("sv-se/d/a.md", "---\ntitle: Skapa en kundassociation\n---\n# Kundassociationer via CPOR\n\nText.\n"),
            ("sv-se/d/b.md", "---\ntitle: Samma namn\n---\n# Samma namn\n"),
            ("sv-se/d/TOC.yml", "- name: Skapa en association\n  href: a.md\n- name: samma namn \n  href: b.md\n"),
        ],
        crate::config::Config::default(),
    );
    let a = text(&files, "sv-se/d/a/index.html");
    let names: Vec<&str> = a
        .split(r#"<p class="search-name" hidden data-pagefind-weight="7">"#)
        .skip(1)
        .filter_map(|s| s.split("</p>").next())
        .collect();
    assert_eq!(names, ["Skapa en kundassociation", "Skapa en association"], "{a}");
    // Inside the indexed part, after the visible title.
    let body = a.find("data-pagefind-body").expect("indexed part");
    let h1 = a.find("<h1").expect("title");
    assert!(body < h1 && h1 < a.find("search-name").expect("names"));
    // Names equal to the visible title (in another case, spaced) are not repeated.
    assert!(!text(&files, "sv-se/d/b/index.html").contains("search-name"));
    assert_eq!(
        super::pages::search_names(None, [Some(" T "), Some("t"), Some(""), None]),
        ["T"],
        "without a visible title the front matter title is kept, once"
    );
}

/// Releasing each page's text once it is rendered (the default) changes nothing: on the
/// real corpus, the same diagnostics, external links and site, byte for byte, as when
/// every text is held to the end of the run.
#[test]
fn releasing_rendered_texts_leaves_the_corpus_check_and_site_unchanged() {
    let content = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"));
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
    let run = |keep_texts: bool| {
        let opts = ProjectOptions { content: Some(content.clone()), keep_texts, ..ProjectOptions::default() };
        let project = Project::load(&opts).expect("corpus loads");
        let analysis = crate::analysis::analyze(
            &project,
            &crate::analysis::AnalyzeOptions { produce: crate::markdown::Produce::FACTS, today },
        );
        let forms: Vec<&str> = project.forms.iter().map(|s| s.article.as_str()).collect();
        let held = project.content.pages.iter().filter(|p| p.source.is_held()).count();
        let form_copies_held = project
            .content
            .pages
            .iter()
            .filter(|p| forms.contains(&p.key.as_str()))
            .map(|p| p.source.is_held())
            .collect::<Vec<bool>>();
        assert!(!form_copies_held.is_empty() && form_copies_held.iter().all(|h| *h), "form articles keep their texts");
        let check = (analysis.diagnostics.clone(), analysis.external_links.clone());
        drop(analysis);
        let sink = super::sink::MemorySink::new();
        super::build::build(&project, &sink, &super::build::BuildOptions { progress: false, today, force: false })
            .expect("builds");
        (held - form_copies_held.len(), project.content.pages.len() - form_copies_held.len(), check, sink.into_files())
    };
    let (held_kept, pages, check_kept, site_kept) = run(true);
    let (held_released, _, check_released, site_released) = run(false);
    assert!(pages >= 1611, "{pages} pages");
    assert_eq!(held_kept, pages, "every text held with keep_texts");
    assert_eq!(held_released, 0, "every other page's text released once rendered");
    assert!(check_kept.0.len() > 1000 && !check_kept.1.is_empty(), "{} diagnostics", check_kept.0.len());
    assert!(check_kept == check_released, "the check's findings differ when texts are released");
    assert_eq!(site_kept.len(), site_released.len());
    let differ: Vec<&String> =
        site_kept.iter().filter(|(path, bytes)| site_released.get(*path) != Some(bytes)).map(|(p, _)| p).collect();
    assert!(differ.is_empty(), "{} files differ, first {:?}", differ.len(), differ.first());
    // The pages alone (no search, no parity report: the build drops block structure too).
    let plain = |keep_texts: bool| {
        let mut config = crate::config::Config { search: false, ..crate::config::Config::default() };
        config.parity.dashboard = false;
        config.parity.stale_notices = false;
        let opts = ProjectOptions { content: Some(content.clone()), keep_texts, ..ProjectOptions::default() };
        let project = Project::load_with(config, &opts).expect("corpus loads");
        let sink = super::sink::MemorySink::new();
        super::build::build(&project, &sink, &super::build::BuildOptions { progress: false, today, force: false })
            .expect("builds");
        sink.into_files()
    };
    let (kept, released) = (plain(true), plain(false));
    assert!(kept.len() > 1611 && kept.keys().any(|p| p.ends_with(".html")), "{} files", kept.len());
    assert!(kept == released, "the plain build differs when texts are released");
}

/// `docloc check` renders the facts alone and a build without a parity report skips the
/// block structure: on the corpus, every fact is the same whatever is produced.
#[test]
fn what_a_rendering_produces_leaves_the_corpus_facts_unchanged() {
    use crate::markdown::Produce;
    let content = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"));
    let project =
        Project::load(&ProjectOptions { content: Some(content), ..ProjectOptions::default() }).expect("loads");
    let analysis = crate::analysis::Analysis::prepare(&project);
    let all = analysis.render(Produce::ALL, &|_| {});
    // Articles have HTML of their own (a YAML page's is in `yaml`).
    let with_html = all.iter().filter(|rp| !rp.rendered.html.is_empty()).count();
    assert!(with_html > 1500, "{with_html} of {} pages", all.len());
    assert!(all.iter().filter(|rp| !rp.rendered.blocks.is_empty()).count() > 1500);
    for produce in [Produce::FACTS, Produce::STRUCTURE, Produce::HTML] {
        let other = analysis.render(produce, &|_| {});
        assert_eq!(other.len(), all.len());
        for (a, o) in all.iter().zip(&other) {
            let (a, o, page) = (&a.rendered, &o.rendered, &project.content.pages[o.page].key);
            let facts = |r: &crate::markdown::Rendered| {
                format!("{:?}", (&r.title, &r.headings, &r.anchors, &r.links, &r.includes, &r.forms, &r.diagnostics))
            };
            assert_eq!(facts(a), facts(o), "{page} {produce:?}");
            assert_eq!(o.blocks.is_empty(), !produce.blocks || a.blocks.is_empty(), "{page} {produce:?}");
            if produce.blocks {
                assert_eq!(a.blocks, o.blocks, "{page}");
            }
            if produce.html {
                assert_eq!(a.html, o.html, "{page}");
            } else {
                assert!(o.html.is_empty(), "{page}");
            }
        }
    }
}

/// Every corpus article rendered window by window (as a file of many megabytes is) is
/// rendered as it is whole: HTML and every fact.
#[test]
fn the_corpus_renders_the_same_window_by_window() {
    use crate::markdown::{Input, RenderOptions, WINDOW};
    let content = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"));
    let opts = ProjectOptions { content: Some(content), keep_texts: true, ..ProjectOptions::default() };
    let project = Project::load(&opts).expect("loads");
    let analysis = crate::analysis::Analysis::prepare(&project);
    let model = &analysis.model;
    let mut articles = 0;
    for page in model.content.pages.iter().filter(|p| p.kind == crate::content::PageKind::Article) {
        let resolver = crate::render::PageResolver { model, output_locale: &page.locale, content_locale: &page.locale };
        let ui = &analysis.ui[model.locale_index(&page.locale).unwrap_or(0)];
        let text = page.source.text();
        let render = |window: usize| {
            let opts = RenderOptions { window, ..RenderOptions::new(8, crate::markdown::Produce::ALL) };
            let r = crate::markdown::render(Input::new(&page.source, &text, page.body, &page.key), &resolver, ui, opts);
            format!("{r:?}")
        };
        let whole = render(0);
        assert_eq!(render(1), whole, "{}", page.source.path);
        assert_eq!(render(WINDOW), whole, "{}", page.source.path);
        articles += 1;
    }
    assert!(articles > 1500, "{articles} articles");
}
