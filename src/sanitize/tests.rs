//! Tests of the HTML allow-list: fixtures, pieces across events, and the real corpora.

use super::*;

fn clean(html: &str) -> Cleaned<'_> {
    clean_fragment(html, &HtmlPolicy::default())
}

fn whats<'a>(c: &'a Cleaned<'_>) -> Vec<&'a str> {
    c.removed.iter().map(|r| r.what.as_str()).collect()
}

#[test]
fn safe_docfx_html_is_borrowed_byte_for_byte() {
    for html in [
        "<a name=\"top\"></a>",
        "<span data-ttu-id=\"3\">",
        "</span>",
        "<span class=\"sxs-lookup\"><span data-stu-id=\"3\">",
        "<br>",
        "</br>",
        "<br/>",
        "<table><tr><td colspan=2>x</td></tr></table>",
        "<kbd>Ctrl</kbd><sup>1</sup><sub>2</sub><code>x</code>",
        "<pre>\n  a < b &amp; c\n</pre>",
        "<details><summary>More</summary>text</details>",
        "<img src=\"media/a.png\" alt=\"A\">",
        "<img src=\"data:image/png;base64,iVBORw0KGgo=\">",
        "<a href=\"https://learn.microsoft.com/x\" target=\"_blank\">x</a>",
        "<font color=\"red\">",
        "<token>",
        "<!-- a comment -->",
        "<p style=\"color: red\">x</p>",
        "a < b",
        "<iframe src=\"https://www.youtube-nocookie.com/embed/x\" allowfullscreen></iframe>",
        "<video src=\"media/a.mp4\" controls></video>",
    ] {
        let c = clean(html);
        assert!(c.removed.is_empty(), "{html}: {:?}", c.removed);
        assert!(matches!(c.html, Cow::Borrowed(h) if h == html), "{html} → {}", c.html);
    }
}

#[test]
fn script_handlers_and_urls_are_removed_with_offsets() {
    let c = clean("<p>a<script>alert(1)</script>b</p>");
    assert_eq!(c.html, "<p>ab</p>");
    assert_eq!(c.removed, [Removal { what: "script element".into(), offset: 4 }]);

    let c = clean("<img src=x onerror=\"alert(1)\">");
    assert_eq!(c.html, "<img src=x>");
    assert_eq!(c.removed, [Removal { what: "onerror attribute".into(), offset: 11 }]);

    let c = clean("<a HREF='jav&#x09;ascript:alert(1)' OnClick=1>t</a>");
    assert_eq!(c.html, "<a>t</a>");
    assert_eq!(whats(&c), ["javascript: URL", "onclick attribute"]);

    let c = clean("<a href=\"data:text/html,<script>x</script>\">t</a><a href=\"vbscript:x\">u</a>");
    assert_eq!(c.html, "<a>t</a><a>u</a>");
    assert_eq!(whats(&c), ["data: URL", "vbscript: URL"]);

    let c = clean("<img srcset=\"a.png 1x, javascript:alert(1) 2x\" src=a.png>");
    assert_eq!(c.html, "<img src=a.png>");
    let c = clean("<div style=\"width: expression(alert(1))\">x</div>");
    assert_eq!(c.html, "<div>x</div>");
    assert_eq!(whats(&c), ["expression() in style attribute"]);
    let c = clean("<form action=\"javascript:x\"><button formaction=\"javascript:y\">b</button></form>");
    assert_eq!(c.html, "b");
    let c = clean("<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>after");
    assert_eq!(c.html, "after");
}

#[test]
fn embeds_keep_only_allowed_video_hosts() {
    let c = clean("<iframe src=\"https://evil.example/x\"></iframe>ok");
    assert_eq!(c.html, "ok");
    assert_eq!(whats(&c), ["iframe element"]);
    let c = clean("<iframe src=\"https://www.youtube.com/embed/x\" srcdoc=\"<script>x</script>\"></iframe>");
    assert_eq!(c.html, "<iframe src=\"https://www.youtube.com/embed/x\"></iframe>");
    assert_eq!(clean("<object data=\"x.swf\"><param name=a></object>z").html, "z");
    assert_eq!(clean("<embed src=\"x.swf\">z").html, "z");
    assert_eq!(clean("<video src=\"https://evil.example/a.mp4\"></video>z").html, "z");
    let policy = HtmlPolicy { trusted: false, video_hosts: vec!["evil.example".into()] };
    assert!(clean_fragment("<iframe src=\"https://evil.example/x\"></iframe>", &policy).removed.is_empty());
}

#[test]
fn trusted_policy_passes_everything() {
    let policy = HtmlPolicy { trusted: true, ..HtmlPolicy::default() };
    let c = clean_fragment("<script>x</script>", &policy);
    assert!(c.removed.is_empty() && c.html == "<script>x</script>");
}

#[test]
fn unterminated_tails_are_escaped_so_nothing_follows_into_them() {
    let c = clean("ok <a title=\"x");
    assert_eq!(c.html, "ok &lt;a title=\"x");
    assert_eq!(c.removed, [Removal { what: "unterminated tag".into(), offset: 3 }]);
    let c = clean("</span><a title=\"<img src=x onerror=alert(1)>");
    assert_eq!(c.html, "</span>&lt;a title=\"&lt;img src=x onerror=alert(1)>");
    let c = clean("<!-- open");
    assert_eq!(c.html, "&lt;!-- open");
    assert_eq!(whats(&c), ["unterminated comment"]);
    assert_eq!(clean("<a ").html, "&lt;a ");
}

#[test]
fn ambiguous_markup_is_escaped() {
    let c = clean("<select><xmp><script>alert(1)</script></xmp></select>");
    assert!(!c.html.contains("<script"), "{}", c.html);
    assert!(!c.removed.is_empty());
}

/// Feeds pieces through one cleaner, flushing at the end, and returns the joined output.
fn stream(pieces: &[&str]) -> (String, Vec<Removal>) {
    let policy = HtmlPolicy::default();
    let mut cl = Cleaner::new(&policy);
    let mut out = String::new();
    let mut removed = Vec::new();
    for p in pieces {
        let c = cl.clean(p);
        out.push_str(&c.html);
        removed.extend(c.removed);
    }
    let f = cl.flush();
    out.push_str(&f.html);
    removed.extend(f.removed);
    (out, removed)
}

#[test]
fn pieces_of_one_page_are_cleaned_as_a_stream() {
    // An HTML block arrives one line per event; a tag spans two of them.
    let lines = ["<div title=\"a\n", "b\">\n", "<img\n", "src=\"a.png\" alt=\"x\">\n", "</div>\n"];
    let (out, removed) = stream(&lines);
    assert_eq!(out, lines.concat());
    assert!(removed.is_empty());
    // A script block: every line up to `</script>` goes, the rest stays.
    let (out, removed) = stream(&["<script>\n", "alert(1)\n", "</script>\n", "<p>after</p>\n"]);
    assert_eq!(out, "\n<p>after</p>\n");
    assert_eq!(removed, [Removal { what: "script element".into(), offset: 0 }]);
    // A removed element's end tag in a later piece goes too: the page stays balanced.
    let (out, _) = stream(&["<form action=x>", "text", "</form>", "</span>"]);
    assert_eq!(out, "text</span>");
    // An embed as two inline events stays as written.
    let embed = ["<iframe src=\"https://player.vimeo.com/video/1\">", "</iframe>"];
    assert_eq!(stream(&embed), (embed.concat(), vec![]));
    // Followed by anything else, it is closed there; its end tag later goes.
    let (out, removed) = stream(&[embed[0], "x", "</iframe>", "y"]);
    assert_eq!(out, format!("{}</iframe>xy", embed[0]));
    assert_eq!(removed, [Removal { what: "unclosed iframe element".into(), offset: embed[0].len() }]);
    // With content in its own piece, it is removed up to its end tag.
    let (out, removed) = stream(&[&format!("{}\n", embed[0]), "x", "</iframe>", "y"]);
    assert_eq!(out, "y");
    assert_eq!(removed, [Removal { what: "iframe element".into(), offset: 0 }]);
    // A multi-line tag with a handler on its second line.
    let (out, removed) = stream(&["<img src=a.png\n", "onerror=\"alert(1)\">\n"]);
    assert_eq!(out, "<img src=a.png>\n");
    assert_eq!(removed, [Removal { what: "onerror attribute".into(), offset: 15 }]);
}

#[test]
fn skipping_is_reported_while_inside_a_removed_script() {
    let policy = HtmlPolicy::default();
    let mut cl = Cleaner::new(&policy);
    assert_eq!(cl.clean("<script>").html, "");
    assert!(cl.skipping());
    assert_eq!(cl.clean("</script>").html, "");
    assert!(!cl.skipping());
}

#[test]
fn a_tag_that_never_closes_is_flushed_not_held_forever() {
    let policy = HtmlPolicy::default();
    let mut cl = Cleaner::new(&policy);
    let mut out = String::new();
    out.push_str(&cl.clean("<a title=\"").html);
    let line = "x".repeat(1000) + "\n";
    for _ in 0..100 {
        out.push_str(&cl.clean(&line).html);
    }
    out.push_str(&cl.flush().html);
    assert!(out.starts_with("&lt;a title=\""), "{}", &out[..20]);
    // Many short pieces: flushed after a bounded number, not joined forever.
    let mut cl = Cleaner::new(&policy);
    let mut early = String::new();
    early.push_str(&cl.clean("<a title=\"").html);
    for _ in 0..MAX_CARRY_PIECES + 1 {
        early.push_str(&cl.clean("x\n").html);
    }
    assert!(early.starts_with("&lt;a title=\"x\n"), "{early:?}");
    assert_eq!(out.len(), "&lt;a title=\"".len() + 100 * line.len());
}

/// Raw HTML of one Markdown file as the renderer meets it: runs of consecutive
/// `Event::Html` / `Event::InlineHtml` pieces (a run ends at any other event).
fn raw_html_runs(text: &str) -> Vec<Vec<String>> {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let body = crate::content::front_matter::split(text, "x").map_or(0, |s| s.body);
    let prepared = crate::markdown::docfx::prepare(text, body);
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES;
    let mut runs = Vec::new();
    let mut run: Vec<String> = Vec::new();
    for e in Parser::new_ext(&prepared.text, opts) {
        match e {
            Event::Html(h) | Event::InlineHtml(h) => run.push(h.to_string()),
            Event::Start(Tag::HtmlBlock) => {}
            _ if !run.is_empty() => runs.push(std::mem::take(&mut run)),
            _ => {}
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs
}

/// Every changed piece of the Markdown files under `root`: `(path, piece, output)`, and
/// the number of pieces.
fn corpus_changes(root: &std::path::Path) -> (Vec<(String, String, String)>, usize) {
    let policy = HtmlPolicy::default();
    let mut changed = Vec::new();
    let mut pieces = 0;
    let mut files: Vec<_> = walkdir::WalkDir::new(root)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.into_path())
        .collect();
    files.sort();
    for f in files {
        let Ok(text) = std::fs::read_to_string(&f) else { continue };
        let rel = f.strip_prefix(root).unwrap_or(&f).display().to_string();
        for run in raw_html_runs(&text) {
            let mut cl = Cleaner::new(&policy);
            let mut out = String::new();
            let mut removed = Vec::new();
            for p in &run {
                pieces += 1;
                let c = cl.clean(p);
                out.push_str(&c.html);
                removed.extend(c.removed);
            }
            let t = cl.flush();
            out.push_str(&t.html);
            removed.extend(t.removed);
            let joined = run.concat();
            if out != joined || !removed.is_empty() {
                changed.push((rel.clone(), joined, out));
            }
        }
    }
    (changed, pieces)
}

fn shared(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared").join(name)
}

#[test]
fn the_real_corpora_come_out_byte_for_byte() {
    for name in ["corpus", "corpus-sxs"] {
        let (changed, pieces) = corpus_changes(&shared(name));
        for (path, input, output) in &changed {
            eprintln!("{name}/{path}: {input:?} -> {output:?}");
        }
        eprintln!("{name}: {} changed runs of {pieces} raw HTML pieces", changed.len());
        assert!(pieces > 1000, "{name}: {pieces}");
        assert!(changed.is_empty());
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

    /// The fast path never passes what lol_html would change.
    #[test]
    fn fast_path_agrees_with_the_parser(parts in proptest::collection::vec(proptest::sample::select(vec![
        "<span", " data-ttu-id=\"", "\">", "</span>", "<a", " name=", " href=", "x", ":", "&", " on", "click=",
        "'", "\"", "<", ">", "/", "<!--", "-->", "<script>", "</script>", " style=", "<br>", "\n", "\t", "<token>",
        "<img", " src=", "javascript", "=", "<iframe", "<svg", "<textarea>", " srcdoc", "\u{0}", "中",
    ]), 0..24)) {
        let s: String = parts.concat();
        if fast_path_safe(&s) {
            let pass = rewrite(&s, &HtmlPolicy::default(), false, &[]);
            proptest::prop_assert!(pass.removed.is_empty(), "{:?}: {:?}", s, pass.removed);
            proptest::prop_assert!(pass.tail.is_none(), "{:?}", s);
            proptest::prop_assert!(pass.unclosed.is_empty(), "{:?}", s);
            proptest::prop_assert_eq!(&pass.out, &s);
        }
        // Whatever the input, cleaning is idempotent: the output holds nothing to remove.
        let c = clean(&s);
        let again = clean(&c.html);
        proptest::prop_assert!(again.removed.is_empty(), "{:?} -> {:?}: {:?}", s, c.html, again.removed);
        proptest::prop_assert_eq!(&again.html, &c.html);
    }
}

/// The oracles of the `sanitize` fuzz target (fuzz/fuzz_targets/sanitize.rs).
fn fuzz_oracles(html: &str) {
    let policy = HtmlPolicy::default();
    let once = clean_fragment(html, &policy);
    let twice = clean_fragment(&once.html, &policy);
    assert!(twice.removed.is_empty(), "not idempotent: {html:?} -> {:?} -> {:?}", once.html, twice.removed);
    let (streamed, removed) = stream(&html.split_inclusive('\n').collect::<Vec<_>>());
    if removed.is_empty() {
        assert_eq!(streamed, html, "safe input changed when streamed");
    }
    assert!(clean_fragment(&streamed, &policy).removed.is_empty(), "{html:?} -> {streamed:?}");
}

#[test]
fn inputs_the_fuzzer_found_stay_fixed() {
    // An `<iframe>` whose end tag is misspelt stays open: it is removed, and that is reported.
    fuzz_oracles("<iframe src=\"https://www.youtube.com/embed/x\"></ifra=me>\n");
    // A `<` of text next to a removed element must not open a tag once the element is gone.
    let c = clean("<<script></script>img src=x onerror=alert(1)>");
    assert_eq!(c.html, "&lt;img src=x onerror=alert(1)>");
    fuzz_oracles("<<script></script>javascript");
    // A piece that ends in `<` is held back: with the next piece it may be a tag.
    let (out, removed) = stream(&["a <", "img src=x onerror=alert(1)>"]);
    assert_eq!(out, "a <img src=x>");
    assert_eq!(removed.len(), 1);
    assert_eq!(clean("a <").html, "a &lt;");
    fuzz_oracles("<<iframe src-=\"x\na\">\n");
    // An attribute name holding `=` would read as a value once the tag is written back.
    fuzz_oracles("<img src=x onerror=1 data/=\"a b>c=\"d\">");
    let c = clean("<img src=x onerror=1 data/=\"a b>c=\"d\">");
    assert_eq!(whats(&c), ["malformed attribute"]);
    assert_eq!(c.html, "c=\"d\">");
    // Without anything to remove, the tag is left as written (and read as written).
    assert!(clean("<img data/=\"a b>\">").removed.is_empty());
    fuzz_oracles("<iframe<a/=>");
    // A kept embed has no content: between its tags only a full parser knows where it ends.
    let c = clean("<iframe src=\"https://www.youtube.com/embed/x\">text</iframe>after");
    assert_eq!((c.html.as_ref(), whats(&c)), ("after", vec!["iframe element"]));
    fuzz_oracles("<iframe src=\"https://www.youtube.com/embed/b<A=\nx\".\n<if$rame src=><me\n<iframe src=><s>");
    // Content that spells the sentinel is content.
    fuzz_oracles("<a x)<docloc-end-of-fragment><script>y");
    fuzz_oracles("<docloc-end-of-fragment>");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions/sanitize");
    let mut n = 0;
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let bytes = std::fs::read(e.path()).unwrap_or_default();
        fuzz_oracles(&String::from_utf8_lossy(&bytes));
        n += 1;
    }
    assert!(n >= 1);
}
