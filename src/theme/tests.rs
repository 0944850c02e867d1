use super::*;
use crate::i18n::I18n;
use serde_json::{json, Value};

const FIXTURE: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/theme/context.json"));

fn fixture() -> Value {
    serde_json::from_str(FIXTURE).expect("fixture is JSON")
}

fn theme() -> Theme {
    Theme::load(None).expect("embedded theme loads")
}

/// UI strings of `locale` as templates see them.
fn strings(locale: &str) -> Value {
    let (i18n, _) = I18n::load(None);
    json!(i18n.strings(&[locale]))
}

/// The fixture's common context plus `t` and `page` for page `kind`.
fn page_context(kind: &str) -> Value {
    let fx = fixture();
    let mut ctx = fx["common"].clone();
    ctx["t"] = strings("zh-tw");
    ctx["page"] = fx["pages"][kind].clone();
    ctx
}

fn render(template: &str, ctx: &Value) -> String {
    let ctx = tera::Context::from_value(ctx.clone()).expect("context is an object");
    theme().render(template, &ctx).unwrap_or_else(|e| panic!("{template}: {e}"))
}

/// Asserts `html` contains every needle.
fn assert_has(html: &str, needles: &[&str]) {
    for n in needles {
        assert!(html.contains(n), "missing {n:?} in:\n{html}");
    }
}

#[test]
fn theme_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Theme>();
}

#[test]
fn embedded_theme_has_every_page_template_and_assets() {
    let theme = theme();
    for name in [
        "base.html",
        "article.html",
        "landing.html",
        "hub.html",
        "faq.html",
        "redirect.html",
        "root.html",
        "partials/switcher.html",
        "partials/fallback.html",
        "partials/breadcrumb.html",
        "partials/cards.html",
    ] {
        assert!(theme.has_template(name), "{name}");
    }
    let names: Vec<_> = theme.static_files().iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        names,
        ["bilingual.css", "bilingual.js", "docloc.css", "docloc.js", "favicon.svg", "form.css", "form.js"]
    );
    assert!(!theme.has_template("static/docloc.css"));
}

#[test]
fn theme_makes_no_external_requests() {
    let mut all = BTreeMap::new();
    collect_embedded(&EMBEDDED, &mut all);
    let files: Vec<(String, String)> =
        all.into_iter().map(|(name, file)| (name, String::from_utf8_lossy(&file.bytes).into_owned())).collect();
    assert!(files.len() >= 10);
    for (name, text) in &files {
        // An SVG names its XML namespace with a URI that is never fetched.
        let text = text.replace(r#"xmlns="http://www.w3.org/2000/svg""#, "");
        for bad in ["http://", "https://", "//fonts.", "@import", "url("] {
            assert!(!text.contains(bad), "{name} contains {bad:?}");
        }
    }
    // And nothing rendered from the sample refers outside the site (but the "Edit" link
    // the config asks for, which is no request).
    let mut ctx = page_context("article");
    ctx["page"]["edit_url"] = Value::Null;
    let html = render("article.html", &ctx);
    for attr in ["src=\"", "href=\""] {
        for part in html.split(attr).skip(1) {
            assert!(part.starts_with('/') || part.starts_with('#'), "{attr}{}", &part[..part.len().min(60)]);
        }
    }
}

#[test]
fn article_renders_chrome_fallback_and_navigation() {
    let html = render("article.html", &page_context("article"));
    assert_has(
        &html,
        &[
            "<!DOCTYPE html>",
            r#"<html lang="zh-TW" dir="ltr">"#,
            r#"<meta charset="utf-8">"#,
            r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#,
            "<title>建立客户关联 | Partner Center docs</title>",
            r#"<meta name="description" content="创建与申报 (CPOR) 模型的客户关联。">"#,
            r#"<link rel="canonical" href="/docs/zh-cn/partner-center/submit-osa-claim">"#,
            r#"<link rel="alternate" hreflang="pl-PL" href="/docs/pl-pl/partner-center/submit-osa-claim">"#,
            r#"<link rel="alternate" hreflang="x-default" href="/docs/zh-cn/partner-center/submit-osa-claim">"#,
            r#"<link rel="stylesheet" href="/docs/_docloc/docloc.css">"#,
            // The whole TOC tree, published once per locale, loads before the script that uses it.
            r#"<script src="/docs/_docloc/toc/zh-tw/partner-center/toc.js" defer></script>
<script src="/docs/_docloc/docloc.js" defer></script>"#,
            r##"<a class="skip-link" href="#main">跳到主要內容</a>"##,
            r#"<main id="main""#,
            // Language switcher: own names, lang/hreflang, current, fallback badge.
            r#"<a href="/docs/ru-ru/partner-center/submit-osa-claim" hreflang="ru-RU" lang="ru-RU" dir="ltr">Русский</a>"#,
            r#"hreflang="zh-TW" lang="zh-TW" dir="ltr" aria-current="page">中文(繁體)</a> <span class="badge">未翻譯</span>"#,
            r#"<nav aria-label="語言">"#,
            // TOC: the page's own branch from nav::NavTree, unescaped; data-current is the
            // URL docloc.js marks in the whole tree.
            r#"<nav class="sidebar" id="sidebar" aria-label="目錄" data-current="/docs/zh-tw/partner-center/submit-osa-claim">
    <ul class="toc toc-root"><li class="toc-item"><a href="/docs/zh-tw/partner-center/submit-osa-claim" aria-current="page">建立客戶關聯</a></li></ul>"#,
            // Breadcrumb.
            r#"<nav class="breadcrumb" aria-label="階層連結">"#,
            r#"<li><a href="/docs/zh-tw/partner-center/">合作夥伴中心</a></li>"#,
            "<li><span>獎勵</span></li>",
            // Fallback notice in the reader's language, linking the shown version.
            r#"<div class="fallback-notice" role="note">"#,
            "此頁面尚未提供中文(繁體)版本。您正在閱讀的是中文(简体)版本。",
            r#"<a href="/docs/zh-cn/partner-center/submit-osa-claim" hreflang="zh-CN" lang="zh-CN" dir="ltr">中文(简体)</a>"#,
            // The body is marked with the language it is written in.
            r#"<article class="article" data-pagefind-body lang="zh-CN">"#,
            r#"<p class="article-date">上次更新：2020/10/28</p>"#,
            r#"<p class="in-this-article-title" id="in-this-article-title">本文內容</p>"#,
            r##"<a href="#submit-a-claim">提交声明</a>"##,
            // Trusted body HTML is not escaped.
            r#"<div class="alert alert-important" role="note"><p class="alert-title">重要</p>"#,
            r#"<h1 id="customer-associations">"#,
            "<p>提供各種語言的內容，以 docloc 建置</p>",
        ],
    );
    assert_eq!(html.matches(r#"aria-current="page""#).count(), 2, "TOC + switcher");
    // The fallback notice comes before the article body.
    let notice = html.find("fallback-notice").unwrap_or(usize::MAX);
    let body = html.find("<h1").unwrap_or(0);
    assert!(notice < body);
    // Title first, then the date, the machine-translation notice and "In this article".
    let order = [
        r#"<h1 id="customer-associations""#,
        r#"class="article-date""#,
        r#"class="mt-notice""#,
        r#"class="in-this-article""#,
        r#"<div class="content" dir="ltr">"#,
    ];
    let at: Vec<usize> = order.iter().map(|n| html.find(n).unwrap_or_else(|| panic!("{n} missing"))).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{order:?} at {at:?}");
    assert_eq!(html.matches("<h1").count(), 1, "the title is written once");
    assert_has(
        &html,
        &[
            r#"<link rel="icon" href="/docs/_docloc/favicon.svg" type="image/svg+xml">"#,
            // The search box, wired to the locale's index, hidden until the script runs.
            "<div class=\"site-search\" hidden data-search-url=\"/docs/_docloc/search/zh-tw/pagefind.js\" data-no-results=\"找不到與「\u{e000}」相符的結果\"",
            r#"<label for="site-search-input" class="visually-hidden">搜尋</label>"#,
            r#"data-code-copy="複製" data-code-copied="已複製" data-code-language="程式碼語言""#,
            r#"<p class="search-name" hidden data-pagefind-weight="7">通过 CPOR 的客户关联</p>"#,
            r#"<a class="edit-link" href="https://github.com/example/docs/edit/main/zh-cn/partner-center/submit-osa-claim.md">"#,
            "編輯</a>",
            "<p>本文為機器翻譯。</p>",
            r#"<nav class="prev-next" aria-label="上一篇和下一篇文章" data-pagefind-ignore lang="zh-TW" dir="ltr">"#,
            r#"<a class="prev" rel="prev" href="/docs/zh-tw/partner-center/incentives-customer-associations-intro/">"#,
            r#"<span class="prev-next-name">管理客户关联</span>"#,
            "</article>\n<!--docloc:search-end-->",
        ],
    );
}

#[test]
fn not_found_page_is_localized_with_search_home_and_every_locale() {
    let mut ctx = fixture()["not_found"].clone();
    ctx["t"] = strings("zh-tw");
    let html = render("404.html", &ctx);
    assert_has(
        &html,
        &[
            r#"<html lang="zh-TW" dir="ltr">"#,
            "<title>找不到頁面 | Partner Center docs</title>",
            r#"<meta name="robots" content="noindex">"#,
            r#"<body class="page-not-found""#,
            "<h1>找不到頁面</h1>",
            "<p>您要尋找的頁面不存在或已移動。</p>",
            r#"<a class="button" href="/docs/zh-tw/partner-center/">移至首頁</a>"#,
            r#"id="site-search-input""#,
            r#"<a href="/docs/ru-ru/404.html" hreflang="ru-RU" lang="ru-RU" dir="ltr">Русский</a>"#,
            r#"<li><a href="/docs/pl-pl/partner-center/" hreflang="pl-PL" lang="pl-PL" dir="ltr">Polski</a></li>"#,
        ],
    );
    assert!(!html.contains(r#"rel="alternate""#), "a 404 page has no alternates");
}

#[test]
fn article_without_fallback_headings_or_date_omits_them() {
    let mut ctx = page_context("article");
    ctx["page"]["fallback"] = Value::Null;
    ctx["page"]["headings"] = json!([]);
    ctx["page"]["date_line"] = Value::Null;
    ctx["page"]["date_display"] = Value::Null;
    ctx["breadcrumb"] = json!([]);
    let html = render("article.html", &ctx);
    for absent in ["fallback-notice", "in-this-article", "article-date", "class=\"breadcrumb\""] {
        assert!(!html.contains(absent), "{absent} should be absent");
    }
    assert_has(&html, &[r#"<article class="article" data-pagefind-body>"#]);
    // date_display alone still shows.
    ctx["page"]["date_display"] = json!("2020/10/28");
    let html = render("article.html", &ctx);
    assert_has(&html, &[r#"<p class="article-date"><time>2020/10/28</time></p>"#]);
}

#[test]
fn text_from_the_context_is_escaped_and_urls_stay_readable() {
    let mut ctx = page_context("article");
    ctx["page"]["title"] = json!("<script>alert('x')</script> & \"q\"");
    ctx["page"]["canonical"] = json!("/docs/a?b=1&c=2");
    let html = render("article.html", &ctx);
    assert_has(
        &html,
        &[
            "<title>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; | Partner Center docs</title>",
            r#"<link rel="canonical" href="/docs/a?b=1&amp;c=2">"#,
        ],
    );
    assert!(!html.contains("&#x2F;"));
}

#[test]
fn landing_renders_cards_with_default_more_link() {
    let html = render("landing.html", &page_context("landing"));
    assert_has(
        &html,
        &[
            "<h1>獎勵</h1>",
            r#"<div class="summary"><p>了解合作夥伴獎勵計畫、資格與付款。</p></div>"#,
            r#"<section class="card">
    <h2>開始使用</h2>"#,
            r#"<li><a href="/docs/zh-tw/partner-center/enroll">註冊計畫</a></li>"#,
            r#"<p class="card-footer"><a href="/docs/zh-tw/partner-center/customer-associations">查看更多</a></p>"#,
            r#"<body class="page-landing""#,
        ],
    );
}

#[test]
fn hub_renders_highlights_and_cards() {
    let html = render("hub.html", &page_context("hub"));
    assert_has(
        &html,
        &[
            "<h1>合作夥伴中心</h1>",
            r#"<h2 id="highlights-title">精選內容</h2>"#,
            r#"<li class="highlight item-how-to-guide"><a href="/docs/zh-tw/partner-center/add-a-new-customer">新增客戶</a></li>"#,
            r#"<a href="/docs/zh-tw/partner-center/account">所有帳戶文章</a>"#,
        ],
    );
}

#[test]
fn faq_renders_sections_and_questions() {
    let html = render("faq.html", &page_context("faq"));
    assert_has(
        &html,
        &[
            "<h1>獎勵常見問題集</h1>",
            r#"<h2 id="section-1">付款</h2>"#,
            r#"<h3 id="如何變更付款方式">如何變更付款方式？</h3>"#,
            r#"<div class="content"><p>請前往<strong>付款設定</strong>。</p></div>"#,
            r#"<h3 id="誰有資格">誰有資格？</h3>"#,
            r#"<p class="article-date">上次更新：2021/05/20</p>"#,
        ],
    );
}

#[test]
fn redirect_page_refreshes_and_is_not_indexed() {
    let mut ctx = fixture()["redirect"].clone();
    ctx["t"] = strings("zh-tw");
    let html = render("redirect.html", &ctx);
    let target = "/docs/zh-tw/partner-center/customer-associations";
    assert_has(
        &html,
        &[
            r#"<html lang="zh-TW" dir="ltr">"#,
            &format!(r#"<meta http-equiv="refresh" content="0; url={target}">"#),
            &format!(r#"<link rel="canonical" href="{target}">"#),
            r#"<meta name="robots" content="noindex">"#,
            &format!(r#"<a class="button" href="{target}">前往新頁面</a>"#),
            "<p>此頁面已移至 /docs/zh-tw/partner-center/customer-associations。</p>",
            "<title>頁面已移動 | Partner Center docs</title>",
        ],
    );
    // Without a formatted notice the page still works.
    if let Some(o) = ctx.as_object_mut() {
        o.remove("notice");
    }
    let html = render("redirect.html", &ctx);
    assert!(html.contains("前往新頁面"));
}

#[test]
fn root_page_lists_locales_and_picks_by_script_not_refresh() {
    let mut ctx = fixture()["root"].clone();
    ctx["t"] = strings("en-us");
    let html = render("root.html", &ctx);
    assert_has(
        &html,
        &[
            r#"<html lang="en-US" dir="ltr">"#,
            "<h2 id=\"choose-language\">Choose your language</h2>",
            r#"<li><a href="/docs/sv-se/" hreflang="sv-SE" lang="sv-SE" dir="ltr">Svenska</a></li>"#,
            r#"<li><a href="/docs/zh-cn/" hreflang="zh-CN" lang="zh-CN" dir="ltr">中文(简体)</a></li>"#,
            r#"data-default-url="/docs/zh-cn/""#,
            "navigator.languages",
            "location.replace(target)",
            r#"<link rel="alternate" hreflang="x-default" href="/docs/">"#,
        ],
    );
    assert!(!html.contains("http-equiv=\"refresh\""));
    // `lang` is optional on the root page.
    if let Some(o) = ctx.as_object_mut() {
        o.remove("lang");
    }
    let html = render("root.html", &ctx);
    assert!(html.contains(r#"<html lang="en-US">"#));
}

#[test]
fn every_locale_renders_the_article() {
    let (i18n, _) = I18n::load(None);
    for code in i18n.locales() {
        let mut ctx = page_context("article");
        ctx["t"] = json!(i18n.strings(&[&code]));
        let html = render("article.html", &ctx);
        let skip = i18n.format(&[&code], "skip-to-content", &[]);
        assert!(html.contains(&skip), "{code}");
    }
}

#[test]
fn missing_context_is_a_render_error_with_the_cause() {
    let mut ctx = page_context("article");
    if let Some(o) = ctx.as_object_mut() {
        o.remove("site");
    }
    let ctx = tera::Context::from_value(ctx).expect("object");
    let err = theme().render("article.html", &ctx).expect_err("site is required");
    let ThemeError::Render { template, message } = &err else {
        panic!("{err:?}");
    };
    assert_eq!(template, "article.html");
    assert!(message.contains("Failed to render"), "{message}");
    assert!(message.contains("site.assets"), "{message}");
    let err = theme().render("nope.html", &tera::Context::new()).expect_err("unknown");
    assert!(err.to_string().contains("nope.html"), "{err}");
}

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

#[test]
fn syntax_error_names_the_file() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("templates");
    write(&dir, "partials/bad.html", "<p>\n{% if x %}\n<p>{{ x }</p>\n");
    let err = Theme::load(Some(&dir)).expect_err("bad template");
    let ThemeError::Syntax { file, message } = &err else {
        panic!("{err:?}");
    };
    assert_eq!(file, "templates/partials/bad.html");
    assert!(message.contains("3:"), "{message}");
    assert!(err.to_string().contains("templates/partials/bad.html"), "{err}");
}

#[test]
fn missing_parent_is_a_structure_error() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("templates");
    write(&dir, "extra.html", "{% extends \"nowhere.html\" %}");
    let err = Theme::load(Some(&dir)).expect_err("missing parent");
    assert!(matches!(err, ThemeError::Structure { .. }), "{err:?}");
    assert!(err.to_string().contains("nowhere.html"), "{err}");
}

#[test]
fn disk_templates_and_assets_overlay_the_embedded_ones() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("templates");
    write(&dir, "partials/breadcrumb.html", "<nav class=\"crumbs\">{{ breadcrumb | length }}</nav>");
    write(&dir, "static/docloc.css", "body{}");
    write(&dir, "static/img/logo.svg", "<svg></svg>");
    write(&dir, "notes.txt", "ignored");
    let theme = Theme::load(Some(&dir)).expect("loads");
    let assets: Vec<_> = theme.static_files().iter().map(|(p, b)| (p.as_str(), b.len())).collect();
    let named = |n: &str| assets.iter().find(|(p, _)| *p == n).map(|(_, len)| *len);
    assert_eq!(named("docloc.css"), Some(6), "the site's own file replaces the embedded one");
    assert!(named("docloc.js").is_some_and(|len| len > 6), "embedded files stay");
    assert_eq!(named("img/logo.svg"), Some(11), "the site's own files are added");
    assert!(named("form.css").is_some(), "embedded form assets stay");
    assert!(named("favicon.svg").is_some(), "the embedded icon stays");
    let ctx = tera::Context::from_value(page_context("article")).expect("object");
    let html = theme.render("article.html", &ctx).expect("renders");
    assert!(html.contains("<nav class=\"crumbs\">2</nav>"), "{html}");
    assert!(!theme.has_template("notes.txt"));
}

#[test]
fn missing_dir_loads_the_embedded_theme() {
    let theme = Theme::load(Some(Path::new("/nonexistent/docloc/templates"))).expect("loads");
    assert!(theme.has_template("article.html"));
}
