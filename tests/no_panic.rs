//! Property tests: no input makes docloc panic.
//!
//! Inputs are random sequences of the pieces real DocFX content is made of (front matter
//! fences and keys, `:::image` attributes, includes, alerts, tabs, `<a name>` anchors, links
//! with fragments, fenced code, YAML page keys) mixed with the characters that break naive
//! byte arithmetic: multi-byte letters, combining marks, emoji, escaped quotes, CRLF, BOM,
//! and the private-use characters the DocFX pre-pass itself uses as tokens. Each input goes
//! through the Markdown renderer directly (many cases) and through the whole pipeline —
//! load, check, build — as the files of a small two-locale site (fewer cases).

use docloc::analysis::{analyze, AnalyzeOptions};
use docloc::content::SourceText;
use docloc::diagnostic::Rule;
use docloc::link::{Resolution, Resolved, Want};
use docloc::markdown::{self, Input, Produce, RenderOptions, Resolver, UiText};
use docloc::project::{Project, ProjectOptions};
use docloc::site::build::{build_to_folder, BuildOptions};
use proptest::prelude::*;

/// Pieces of DocFX Markdown and YAML, and troublesome characters.
const PIECES: &[&str] = &[
    "---\n",
    "title: ",
    "ms.date: 3/2/2021\n",
    "ms.date: 13/45/20x\n",
    "ms.contentlocale: zh-cn\n",
    "ms.locfileid: \"1\"\n",
    "description: \"",
    "### YamlMime:FAQ\n",
    "### YamlMime:Landing\n",
    "metadata:\n",
    "sections:\n- name: ",
    "  questions:\n  - question: ",
    "    answer: ",
    "landingContent:\n- title: ",
    "  linkLists:\n  - linkListType: overview\n    links:\n    - text: ",
    "      url: ",
    "# ",
    "## ",
    "#### [Tab](#tab/",
    "<a name=\"",
    "\"></a>",
    "<a id='x'>",
    ":::image type=\"",
    "content",
    "complex",
    "icon",
    "\" source=\"",
    "images/a.png",
    "\" alt-text=\"",
    "\" lightbox=\"",
    "\" border=\"false\"",
    "\" link=\"",
    ":::",
    ":::image-end:::",
    ":::no-loc text=\"",
    ":::zone pivot=\"x\":::",
    "[!INCLUDE [t](",
    "includes/i.md",
    "a.md",
    ")]",
    "> [!NOTE]\n> ",
    ">[!Important]\n",
    "> [!div class=\"x\"]\n",
    "> [!VIDEO https://example.com/v]\n",
    "[link](",
    "a.md#",
    "../",
    "/partner-center/",
    "https://example.com/#x",
    "\\",
    "%20",
    "#",
    ")",
    "](",
    "[",
    "]",
    "![i](",
    "```\n",
    "~~~\n",
    "    code\n",
    "| a | b |\n|---|---|\n",
    "* ",
    "1. ",
    "\n",
    "\r\n",
    "\n\n",
    " ",
    "\t",
    "\"",
    "\\\"",
    "'",
    "можна",
    "można",
    "合作伙伴中心",
    "é",
    "e\u{301}",
    "👩‍👩‍👧",
    "\u{feff}",
    "\u{E000}",
    "\u{E001}",
    "\u{E000}3\u{E001}",
    "\u{E000}99999999999999999999\u{E001}",
    "{#id}",
    "- name: ",
    "  href: ",
    "  items:\n",
];

fn text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..max).prop_map(|v| v.concat())
}

/// Resolves nothing and serves one fixed include, so include handling runs too.
struct Fixed(String);

impl Resolver for Fixed {
    fn resolve(&self, _: &str, dest: &str, _: Want) -> Resolution {
        let found = Resolved::Found { locale: 0, key: dest.to_string(), via: docloc::link::Via::Direct };
        Resolution::new(if dest.ends_with(".md") { found } else { Resolved::External })
    }
    fn url(&self, dest: &str, want: Want, r: &Resolution) -> Option<String> {
        (want == Want::Page && matches!(r.target, Resolved::Found { .. })).then(|| format!("/x/{dest}"))
    }
    fn include(&self, _: &str, target: &str) -> Result<(String, SourceText), (Rule, String)> {
        if target.contains("includes") {
            Ok(("includes/i.md".into(), SourceText::new("includes/i.md".into(), self.0.clone())))
        } else {
            Err((Rule::IncludeNotFound, "no".into()))
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 768, ..ProptestConfig::default() })]

    #[test]
    fn markdown_never_panics_and_facts_do_not_depend_on_html(body in text(40), include in text(12)) {
        let source = SourceText::new("a.md".into(), body);
        let resolver = Fixed(include);
        let render = |produce| {
            let opts = RenderOptions::new(3, produce);
            markdown::render(Input::new(&source, &source.text(), 0, "a.md"), &resolver, &UiText::default(), opts)
        };
        let full = render(Produce::ALL);
        let facts = render(Produce::FACTS);
        // `docloc check` renders facts only; they must be the facts `docloc build` sees.
        prop_assert!(facts.html.is_empty());
        prop_assert!(facts.blocks.is_empty());
        // Blocks do not depend on HTML, nor the HTML on blocks.
        let structure = render(Produce::STRUCTURE);
        prop_assert_eq!(&full.blocks, &structure.blocks);
        prop_assert!(structure.html.is_empty());
        let html_only = render(Produce::HTML);
        prop_assert_eq!(&full.html, &html_only.html);
        prop_assert!(html_only.blocks.is_empty());
        prop_assert_eq!(&full.links, &html_only.links);
        prop_assert_eq!(&facts.diagnostics, &html_only.diagnostics);
        // A file rendered window by window renders as it does whole.
        let whole = |window| {
            let opts = RenderOptions { window, ..RenderOptions::new(3, Produce::ALL) };
            let r = markdown::render(Input::new(&source, &source.text(), 0, "a.md"), &resolver, &UiText::default(), opts);
            format!("{r:?}")
        };
        let full_whole = whole(0);
        for window in [1, 2, 5] {
            prop_assert_eq!(&whole(window), &full_whole, "window {}", window);
        }
        prop_assert_eq!(&full.headings, &facts.headings);
        prop_assert_eq!(&full.anchors, &facts.anchors);
        prop_assert_eq!(&full.links, &facts.links);
        prop_assert_eq!(&full.includes, &facts.includes);
        prop_assert_eq!(&full.diagnostics, &facts.diagnostics);
        // Every span of the page itself lies within it (lines are 1-based).
        let lines = source.text().split('\n').count() as u32;
        for l in full.links.iter().filter(|l| l.span.path == "a.md") {
            prop_assert!(l.span.line >= 1 && l.span.line <= lines, "{:?}", l.span);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    fn the_whole_pipeline_never_panics(
        article in text(40),
        other in text(30),
        yaml in text(30),
        toc in text(16),
        redirects in prop::sample::select(vec![
            "", "{", "{\"redirections\": [{\"source_path\": \"d/r.md\", \"redirect_url\": \"/d/a\"}]}",
            "{\"redirections\": [{\"source_path\": \"d/a.md\", \"redirect_url\": \"/d/a\", \"redirect_document_id\": \"TRUE\"}]}",
        ]),
    ) {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join("content");
        let files = [
            ("zh-cn/d/a.md", article.clone()),
            ("zh-cn/d/faq.yml", yaml),
            ("zh-cn/d/TOC.yml", toc),
            ("zh-cn/d/includes/i.md", other.clone()),
            ("zh-cn/.openpublishing.redirection.json", redirects.to_string()),
            ("ru-ru/d/a.md", other),
            ("ru-ru/d/b/index.md", article),
        ];
        for (path, text) in &files {
            let file = root.join(path);
            std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
            std::fs::write(file, text).expect("write");
        }
        let project = Project::load(&ProjectOptions { content: Some(root), ..ProjectOptions::default() })
            .expect("two locale folders load");
        let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
        let findings = analyze(&project, &AnalyzeOptions { produce: Produce::FACTS, today });
        prop_assert!(findings.diagnostics.iter().all(|d| d.span.as_ref().is_none_or(|s| s.line >= 1)));
        let out = dir.path().join("site");
        let (_, summary) = build_to_folder(&project, &out, &BuildOptions { progress: false, today, force: false })
            .expect("the site is written");
        prop_assert!(out.join("index.html").is_file());
        prop_assert_eq!(summary.locales.len(), 2);
    }
}

/// Pieces of front matter values: what a one-line YAML value may hold, and what makes
/// YAML read it as something other than that text.
const VALUE_PIECES: &[&str] = &[
    "a",
    "Z",
    "0",
    "1",
    "9",
    "e",
    "E",
    "x",
    "o",
    "b",
    ".",
    "_",
    "-",
    "+",
    ":",
    ": ",
    " ",
    "#",
    " #",
    "/",
    "\"",
    "'",
    "\\",
    "[",
    "]",
    "{",
    "}",
    ",",
    "&",
    "*",
    "!",
    "|",
    ">",
    "%",
    "@",
    "`",
    "~",
    "?",
    "inf",
    "nan",
    "true",
    "No",
    "null",
    "0x",
    "0o",
    "合作伙伴",
    "można",
    "é",
    "\t",
    "\u{feff}",
    "\u{85}",
    "http://x",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 4000, ..ProptestConfig::default() })]

    /// Where docloc reads a front matter without its YAML reader, it reads what the YAML
    /// reader (`docloc::yaml`, yaml_serde) reads.
    #[test]
    fn simple_front_matter_reads_as_the_yaml_reader_does(
        lines in prop::collection::vec(
            (prop::sample::select(vec!["title", "ms.date", "ms.locfileid", "a-b_c", "x1"]),
             prop::collection::vec(prop::sample::select(VALUE_PIECES), 1..6)),
            1..5,
        )
    ) {
        let yaml: String = lines.iter().map(|(k, v)| format!("{k}: {}\n", v.concat())).collect();
        if let Some(fast) = docloc::content::front_matter::simple_mapping(&yaml) {
            let slow = docloc::yaml::from_str::<docloc::yaml::Value>(&yaml);
            let Ok(docloc::yaml::Value::Mapping(slow)) = slow else {
                return Err(TestCaseError::fail(format!("the YAML reader rejects what was read as simple: {yaml:?}")));
            };
            let meta = docloc::content::front_matter::metadata_from_mapping;
            prop_assert_eq!(fast, meta(&slow).all, "{:?}", yaml);
        }
    }
}

/// Pieces of YAML scalars of every style, and what breaks offset arithmetic in them.
const YAML_PIECES: &[&str] = &[
    "a: ",
    "- ",
    "  ",
    "\n",
    "\r\n",
    "answer: >\n",
    "answer: >-\n",
    "answer: |\n",
    "answer: |2+\n",
    "summary: \"",
    "url: '",
    "\"",
    "'",
    "''",
    "\\\"",
    "\\\\",
    "\\n",
    "\\u4e2d",
    "\\x4",
    "\\U0001F600",
    "\\\n",
    "\\",
    "[l](l.md)",
    "![i](i.png)",
    "? ",
    ": ",
    "&a ",
    "*a",
    "!t ",
    "[",
    "]",
    "{",
    "}",
    ", ",
    "# c",
    "---\n",
    "...\n",
    "中文",
    "можна",
    "e\u{301}",
    "\u{feff}",
    "\t",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// Scalar spans and their maps stay inside the text, on char boundaries, whatever
    /// the YAML (or not YAML) they are read from.
    #[test]
    fn yaml_scalar_spans_and_maps_stay_in_the_text(
        pieces in prop::collection::vec(prop::sample::select(YAML_PIECES), 0..40),
    ) {
        let text = pieces.concat();
        if let Ok(spans) = docloc::yaml::scalar_spans(&text) {
            for s in spans {
                prop_assert!(s.start <= s.end && s.end <= text.len(), "{:?} in {:?}", s, text);
                prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                let map = s.map_value(&text, &s.value);
                let bounds: Vec<usize> =
                    s.value.char_indices().map(|(i, _)| i).chain(std::iter::once(s.value.len())).collect();
                for (i, &a) in bounds.iter().enumerate() {
                    let r = map.range(a..bounds.get(i + 1).copied().unwrap_or(a));
                    prop_assert!(r.start <= r.end && r.end <= text.len(), "{:?} at {} in {:?}", r, a, text);
                    prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end), "{:?} in {:?}", r, text);
                }
            }
        }
    }
}
