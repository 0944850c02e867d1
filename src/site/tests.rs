//! The typed contexts, taken from the real code path on real pages, against the theme:
//! every template renders from them, and the theme's test fixture
//! (`tests/fixtures/theme/context.json`) has the shape they really have.

use super::pages::sample_contexts;
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
