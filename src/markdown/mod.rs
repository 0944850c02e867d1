//! Markdown rendering: DocFX-flavoured Markdown to HTML **and facts**.
//!
//! The render stage. [`render`] runs the DocFX pre-pass ([`docfx::prepare`]), parses with
//! pulldown-cmark (tables, strikethrough, heading attributes, task lists, footnotes) and
//! transforms the event stream: alerts, `[!div]`, `[!VIDEO]`, `:::image`, `:::no-loc`,
//! includes, tab groups, `<a name>` heading ids. It returns [`Rendered`]: the HTML plus
//! the facts later stages reuse without re-parsing HTML (headings, anchors, links and
//! images with their spans, includes), as Zola's `Rendered` does.
//!
//! Link rewriting and include reading go through the [`Resolver`] trait, implemented by
//! the site model, so this module knows nothing about locales.

pub mod docfx;
mod render;
pub(crate) use render::shorten;
pub mod slug;

use crate::content::SourceText;
use crate::diagnostic::{Diagnostic, Rule, Span};
use crate::link::{Resolution, Want};
use crate::sanitize::HtmlPolicy;
use serde::Serialize;
use std::ops::Range;

/// A heading of the rendered page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Heading {
    /// 1–6.
    pub level: u8,
    /// Its id: from `<a name>` at its start, `{#id}`, or a slug of its text.
    pub id: String,
    /// Plain text.
    pub text: String,
    /// Where it is written.
    pub span: Span,
}

/// What a [`LinkFact`] points from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LinkKind {
    /// `[text](dest)` or an autolink.
    Link,
    /// `![alt](src)`, `:::image source`, `lightbox`.
    Image,
    /// `[!INCLUDE [t](path)]`.
    Include,
    /// `[!VIDEO url]`.
    Media,
}

/// A link found while rendering, with where it is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinkFact {
    /// What kind.
    pub kind: LinkKind,
    /// Destination as written (not decoded, not rewritten).
    pub dest: String,
    /// Key (path relative to the locale root) of the file the link is written in; for a
    /// link inside an include, the include file. Relative links resolve from here.
    pub from_key: String,
    /// Where the destination is written.
    pub span: Span,
    /// What the destination resolved to, in the locale the page was rendered for
    /// (`None` for includes, which [`Resolver::include`] resolves, and `mailto:` links).
    /// Resolved once while rendering; the checks read it.
    #[serde(skip)]
    pub resolution: Option<Resolution>,
}

/// What a [`Block`] is: the block sequence parity compares across translations (heading
/// levels, list items, table rows, code blocks, images, alerts…).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum BlockKind {
    /// A heading of level 1–6, with its id (the `<a name>` anchor when written, which is
    /// English in every locale of a Microsoft Learn docs set).
    Heading {
        /// 1–6.
        level: u8,
        /// Its id.
        id: String,
    },
    /// A paragraph (one that holds only a block image, include or video is that instead).
    Paragraph,
    /// A list item (`-`, `*`, `1.`).
    ListItem,
    /// A table row, the header row included.
    TableRow,
    /// A fenced or indented code block.
    CodeBlock {
        /// The info string (`powershell`), empty when none.
        info: String,
        /// The code, byte for byte.
        text: String,
    },
    /// A block image (`:::image` or `![alt](src)` alone in its paragraph).
    Image,
    /// A DocFX alert (`> [!NOTE]`…), by its lower-case type (`note`).
    Alert {
        /// `note`, `tip`, `important`, `caution` or `warning`.
        alert: String,
    },
    /// `[!INCLUDE]` standing alone in its paragraph.
    Include,
    /// `> [!VIDEO url]`.
    Video,
    /// A form placed with `:::form name="…":::`.
    Form,
    /// A block quote that is not an alert, `[!div]` or video.
    BlockQuote,
    /// A thematic break (`---`), which also ends a tab group.
    ThematicBreak,
    /// A raw HTML block.
    Html,
}

/// A block-level element of the page's own file (not of its includes), in document order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    /// What it is.
    #[serde(flatten)]
    pub kind: BlockKind,
    /// 1-based line where it starts, in the page's file.
    pub line: u32,
}

/// The result of rendering one page.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// Body HTML.
    pub html: String,
    /// Text of the first level-1 heading.
    pub title: Option<String>,
    /// All headings, in order.
    pub headings: Vec<Heading>,
    /// Every id a `#fragment` may name: heading ids, `<a name>`/`id` anchors, tab ids.
    pub anchors: Vec<String>,
    /// Links, images, includes and media, in document order.
    pub links: Vec<LinkFact>,
    /// Paths (relative to the content root) of included files.
    pub includes: Vec<String>,
    /// Block structure of the page's own file (includes count as one [`BlockKind::Include`]);
    /// empty unless [`RenderOptions::blocks`] asked for it.
    pub blocks: Vec<Block>,
    /// Forms placed on the page (`:::form name="…":::`, or before a heading the form's
    /// schema names, see [`Resolver::form_before`]), in document order: their names and
    /// where they stand. The HTML holds [`form_placeholder`] for each; the site fills it.
    pub forms: Vec<(String, Span)>,
    /// Whether the page is a bilingual side-by-side (sxs) file: its sentences carry their
    /// English source (see `render::sxs`), which the theme shows on request.
    pub bilingual: bool,
    /// Problems found while rendering.
    pub diagnostics: Vec<Diagnostic>,
}

impl Rendered {
    /// Gives back the spare capacity of the fact lists. The facts of every page are held
    /// until the checks have run, so a list grown by doubling would keep up to twice its
    /// size for the whole build; the HTML is written and dropped, and left as it is.
    pub fn shrink_facts(&mut self) {
        self.headings.shrink_to_fit();
        self.anchors.shrink_to_fit();
        self.links.shrink_to_fit();
        self.includes.shrink_to_fit();
        self.blocks.shrink_to_fit();
        self.forms.shrink_to_fit();
        self.diagnostics.shrink_to_fit();
    }
}

/// Resolves link destinations, turns them into site URLs and reads includes.
/// Implemented by the model stage (`render::PageResolver`), so this module knows nothing
/// about locales or files.
pub trait Resolver: Sync {
    /// Resolves `dest`, written in the file with key `from_key`, as a `want` (a page for
    /// links, an asset for images and media).
    fn resolve(&self, from_key: &str, dest: &str, want: Want) -> Resolution;
    /// The URL to publish for `dest` resolved as `r`; `None` keeps `dest` as written.
    fn url(&self, dest: &str, want: Want, r: &Resolution) -> Option<String>;
    /// Reads include `target` written in `from_key`. Returns the include's key and text,
    /// or the rule and message to report (`include-not-found`, `include-outside-root`).
    fn include(&self, from_key: &str, target: &str) -> Result<(String, SourceText), (Rule, String)>;

    /// The name of a form to place before the heading with id `heading_id` of the page
    /// whose key is `key` (`partner-center/submit-osa-claim.md`): a form schema names the
    /// article and heading it belongs before, so it appears in every locale's copy without
    /// editing the translations. Asked for top-level headings only (not in includes).
    /// Default: none.
    fn form_before(&self, key: &str, heading_id: &str) -> Option<String> {
        let _ = (key, heading_id);
        None
    }

    /// What raw HTML and link destinations may contain ([`HtmlPolicy`]): the site's
    /// config (`trusted_html`, `video_hosts`). Default: [`HtmlPolicy::default`], the
    /// allow-list on, so a resolver that does not say is never trusted.
    fn html_policy(&self) -> &HtmlPolicy {
        static DEFAULT: std::sync::OnceLock<HtmlPolicy> = std::sync::OnceLock::new();
        DEFAULT.get_or_init(HtmlPolicy::default)
    }
}

/// The HTML comment standing for form `name` in a page's HTML until the site replaces it
/// with the form in the reader's language: `<!--docloc-form:cpor-claim-->`.
pub fn form_placeholder(name: &str) -> String {
    format!("<!--docloc-form:{}-->", name.replace("--", "-"))
}

/// Localized strings the renderer puts into HTML.
#[derive(Debug, Clone, Default)]
pub struct UiText {
    /// Alert titles in [`docfx::AlertKind`] order: note, tip, important, caution, warning.
    pub alert_titles: [String; 5],
    /// Title of lightbox links.
    pub image_enlarge: String,
    /// Summary of a complex image's long description.
    pub image_description: String,
    /// Text of a video link.
    pub video_link: String,
    /// `aria-label` of a tab list.
    pub tab_list_label: String,
}

/// What to render.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// The file (its path and line table).
    pub source: &'a SourceText,
    /// Its text ([`SourceText::text`], taken once by the caller).
    pub text: &'a str,
    /// Byte offset where the Markdown starts (after front matter).
    pub body: usize,
    /// Byte offset where it ends (`text.len()` for a whole file).
    pub end: usize,
    /// The file's key (path relative to its locale root).
    pub key: &'a str,
}

impl<'a> Input<'a> {
    /// The Markdown of `text` (the text of `source`) from `body` to the end.
    pub fn new(source: &'a SourceText, text: &'a str, body: usize, key: &'a str) -> Input<'a> {
        Input { source, text, body, end: text.len(), key }
    }

    /// The span of the byte range `start..end` of the text.
    pub fn span(&self, start: usize, end: usize) -> Span {
        self.source.index.span(&self.source.path, self.text, start, end)
    }
}

/// How to render.
#[derive(Debug, Clone, Copy)]
pub struct RenderOptions {
    /// Maximum include nesting (DocFX's default is 8 levels; `include-depth` beyond it).
    pub include_depth: usize,
    /// Produce HTML. `false` computes the facts only (headings, anchors, links with their
    /// spans, includes, diagnostics) and leaves [`Rendered::html`] empty and link
    /// destinations unrewritten: what `docloc check` needs, at a fraction of the cost.
    pub html: bool,
    /// Record the block structure of the page's own file ([`Rendered::blocks`]), which
    /// parity alone reads. `false` leaves it empty: `docloc check`, and a build that
    /// writes no parity report.
    pub blocks: bool,
    /// Events per window, at least, of a file longer than 16 bytes per window event
    /// ([`WINDOW`] by default; 0 renders every file whole). Such a file is rendered window
    /// by window, each window's events dropped once rendered, so a 50 MB article does not
    /// hold its whole event list (nearly 100 bytes per event, one per 16–21 bytes of
    /// Markdown). Windows end between top-level blocks and outside tab groups; bilingual
    /// files and files with footnotes are rendered whole. The output is the same whatever
    /// the window (a test renders the corpus both ways).
    pub window: usize,
}

/// Events per window of a large file ([`RenderOptions::window`]): about 6 MB of events,
/// so files of over 1 MiB are rendered in windows.
pub const WINDOW: usize = 1 << 16;

impl RenderOptions {
    /// DocFX's include depth (8) with what `produce` asks for.
    pub fn new(include_depth: usize, produce: Produce) -> RenderOptions {
        RenderOptions { include_depth, html: produce.html, blocks: produce.blocks, window: WINDOW }
    }
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions::new(8, Produce::ALL)
    }
}

/// What a rendering produces besides the facts every caller reads (title, headings,
/// anchors, links with their spans, includes, forms, diagnostics).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Produce {
    /// The HTML ([`RenderOptions::html`]).
    pub html: bool,
    /// The block structure ([`RenderOptions::blocks`]).
    pub blocks: bool,
}

impl Produce {
    /// HTML and blocks: a build that writes parity's report, `docloc serve`.
    pub const ALL: Produce = Produce { html: true, blocks: true };
    /// The facts alone: `docloc check`.
    pub const FACTS: Produce = Produce { html: false, blocks: false };
    /// Facts and blocks, no HTML: `docloc parity`.
    pub const STRUCTURE: Produce = Produce { html: false, blocks: true };
    /// HTML without blocks: a build that writes no parity report.
    pub const HTML: Produce = Produce { html: true, blocks: false };
}

/// Renders Markdown to HTML and facts. Never fails: problems are in `diagnostics`.
pub fn render(input: Input<'_>, resolver: &dyn Resolver, ui: &UiText, opts: RenderOptions) -> Rendered {
    let mut out = Rendered::default();
    let mut state = render::State::default();
    out.html = render::render_into(input, resolver, ui, opts, &mut state, &mut out, &mut Vec::new());
    out.shrink_facts();
    out
}

/// Where a fragment's text is written in its file: maps a byte range of the fragment
/// (the Markdown that [`render_fragment`] renders) to the byte range of the file's text
/// where that text is written. For a YAML value, the value's [`crate::yaml::SourceMap`].
pub type FragmentPlace<'a> = &'a dyn Fn(Range<usize>) -> Range<usize>;

/// Renders a Markdown fragment that has no file of its own (a FAQ answer, a summary)
/// whose text is written in `source` where `place` says. Every fact and diagnostic of
/// the fragment itself gets the span of its own text in `source`; those of its includes
/// keep their files' spans. HTML is returned (empty when `opts.html` is off).
#[allow(clippy::too_many_arguments)]
pub fn render_fragment(
    markdown: &str,
    source: &SourceText,
    key: &str,
    place: FragmentPlace<'_>,
    resolver: &dyn Resolver,
    ui: &UiText,
    opts: RenderOptions,
    out: &mut Rendered,
) -> String {
    let inner = SourceText::new(source.path.clone(), markdown.to_string());
    let (inner_text, outer_text) = (inner.text(), source.text());
    let mut sub = Rendered::default();
    let mut state = render::State::default();
    let html = render::render_into(
        Input::new(&inner, &inner_text, 0, key),
        resolver,
        ui,
        opts,
        &mut state,
        &mut sub,
        &mut Vec::new(),
    );
    // A span of the fragment, as line, column and length in `inner`, back to a byte
    // range, then to where that text is written in `source`.
    let place_span = |s: &mut Span| {
        if s.path != inner.path {
            return;
        }
        let start = inner.index.offset(&inner_text, s.line, s.column);
        let end = inner_text[start..].char_indices().nth(s.len as usize).map_or(inner_text.len(), |(i, _)| start + i);
        let r = place(start..end);
        *s = source.index.span(&source.path, &outer_text, r.start, r.end);
    };
    for mut l in sub.links {
        place_span(&mut l.span);
        out.links.push(l);
    }
    for mut d in sub.diagnostics {
        if let Some(s) = d.span.as_mut() {
            place_span(s);
        }
        out.diagnostics.push(d);
    }
    out.anchors.extend(sub.anchors);
    out.includes.extend(sub.includes);
    html
}

/// Escapes text for HTML element content and double-quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::Resolved;

    struct NoLinks;
    impl Resolver for NoLinks {
        fn resolve(&self, _: &str, _: &str, _: Want) -> Resolution {
            Resolution::new(Resolved::External)
        }
        fn url(&self, _: &str, _: Want, _: &Resolution) -> Option<String> {
            None
        }
        fn include(&self, _: &str, t: &str) -> Result<(String, SourceText), (Rule, String)> {
            Ok((t.to_string(), SourceText::new(t.to_string(), "- inner\n".into())))
        }
    }

    #[test]
    fn blocks_follow_the_document_order_of_the_file_itself() {
        let md = "# <a name=\"top\"></a>Titel\n\nText.\n\n- a\n- b\n\n> [!NOTE]\n> n\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n```ps\nGet-X\n```\n\n![alt](a.png)\n\n[!INCLUDE [t](inc.md)]\n\n---\n";
        let src = SourceText::new("zh-cn/a.md".into(), md.into());
        for html in [true, false] {
            let r = render(
                Input::new(&src, &src.text(), 0, "a.md"),
                &NoLinks,
                &UiText::default(),
                RenderOptions { include_depth: 8, html, blocks: true, window: WINDOW },
            );
            let kinds: Vec<(String, u32)> = r
                .blocks
                .iter()
                .map(|b| (serde_json::to_value(&b.kind).unwrap()["kind"].as_str().unwrap().to_string(), b.line))
                .collect();
            let want = [
                ("heading", 1),
                ("paragraph", 3),
                ("list-item", 5),
                ("list-item", 6),
                ("alert", 8),
                ("paragraph", 8),
                ("table-row", 11),
                ("table-row", 13),
                ("code-block", 15),
                ("image", 19),
                ("include", 21),
                ("thematic-break", 23),
            ];
            let want: Vec<(String, u32)> = want.iter().map(|(k, l)| (k.to_string(), *l)).collect();
            assert_eq!(kinds, want, "html={html}");
            assert_eq!(r.blocks[0].kind, BlockKind::Heading { level: 1, id: "top".into() });
            assert_eq!(r.blocks[8].kind, BlockKind::CodeBlock { info: "ps".into(), text: "Get-X\n".into() });
        }
    }

    #[test]
    fn a_file_renders_the_same_window_by_window() {
        let md = "# <a name=\"top\"></a>Titel\n\nText [a](a.md) and [b](b.md#x).\n\n- a\n- b\n\n> [!NOTE]\n> n\n\n\
            | x | y |\n|---|---|\n| 1 | 2 |\n\n```ps\nGet-X\n```\n\n![alt](a.png)\n\n[!INCLUDE [t](inc.md)]\n\n---\n\n\
            # [One](#tab/one)\n\nFirst.\n\n# [Two](#tab/two)\n\nSecond.\n\n---\n\n## Tabs\n\n\
            ### [A](#tab/a)\n\nA text.\n\n- in a list\n\n### [B](#tab/b)\n\nB text.\n\n## After\n\n\
            <div>\nraw\n</div>\n\n<script>x()</script>\n\nLast <b>bold</b> [ref][r].\n\n[r]: https://example.com/\n";
        let src = SourceText::new("zh-cn/a.md".into(), md.into());
        let render_with = |window: usize, html: bool| {
            let opts = RenderOptions { include_depth: 8, html, blocks: true, window };
            format!("{:?}", render(Input::new(&src, &src.text(), 0, "a.md"), &NoLinks, &UiText::default(), opts))
        };
        for html in [true, false] {
            let whole = render_with(0, html);
            assert!(whole.contains("tab/one") && whole.contains("tab/b"), "{whole}");
            for window in [1, 2, 3, 7, 64] {
                assert_eq!(render_with(window, html), whole, "window {window}, html {html}");
            }
        }
    }

    /// Resolves `.png` names to nothing (not in the site) and places a form before `b`.
    struct Forms;
    impl Resolver for Forms {
        fn resolve(&self, _: &str, dest: &str, _: Want) -> Resolution {
            if dest.ends_with(".png") {
                Resolution::new(Resolved::NotFound { wanted: dest.to_string(), reason: None })
            } else {
                Resolution::new(Resolved::External)
            }
        }
        fn url(&self, _: &str, _: Want, _: &Resolution) -> Option<String> {
            None
        }
        fn include(&self, _: &str, t: &str) -> Result<(String, SourceText), (Rule, String)> {
            Err((Rule::IncludeNotFound, t.to_string()))
        }
        fn form_before(&self, _: &str, heading_id: &str) -> Option<String> {
            (heading_id == "b").then(|| "cpor-claim".to_string())
        }
    }

    #[test]
    fn forms_are_placed_by_construct_and_before_a_heading() {
        let md = "# A\n\n:::form name=\"other\":::\n\n## <a name=\"b\"></a>B\n";
        let src = SourceText::new("zh-cn/a.md".into(), md.into());
        for html in [true, false] {
            let r = render(
                Input::new(&src, &src.text(), 0, "a.md"),
                &Forms,
                &UiText::default(),
                RenderOptions { include_depth: 8, html, blocks: true, window: WINDOW },
            );
            let forms: Vec<(&str, u32)> = r.forms.iter().map(|(n, s)| (n.as_str(), s.line)).collect();
            assert_eq!(forms, [("other", 3), ("cpor-claim", 5)], "html={html}");
            assert!(r.blocks.iter().any(|b| b.kind == BlockKind::Form));
            if html {
                let a = r.html.find("<!--docloc-form:other-->").expect("placed where written");
                let b = r.html.find("<!--docloc-form:cpor-claim-->").expect("placed before the heading");
                let h = r.html.find("<h2 id=\"b\">").expect("heading");
                assert!(a < b && b < h, "{}", r.html);
            }
        }
    }

    #[test]
    fn fragment_facts_point_at_their_own_text_in_the_file() {
        let text = "### YamlMime:FAQ\nanswer: >\n  Первая строка\n  вторая\n  третья [ссылка](ссылка.md)\n\n\n  ![картинка](картинка.png)\n\n  [!INCLUDE [нет](includes/нет.md)]\n";
        let source = SourceText::new("ru-ru/a.yml".into(), text.into());
        let spans = crate::yaml::scalar_spans(text).expect("parses");
        let answer = spans.iter().find(|s| s.path == "answer").expect("answer");
        let map = answer.map_value(text, &answer.value);
        for html in [true, false] {
            let mut out = Rendered::default();
            let opts = RenderOptions { include_depth: 8, html, blocks: true, window: WINDOW };
            render_fragment(
                &answer.value,
                &source,
                "a.yml",
                &|r| map.range(r),
                &Forms,
                &UiText::default(),
                opts,
                &mut out,
            );
            let links: Vec<(&str, u32, u32, u32)> =
                out.links.iter().map(|l| (l.dest.as_str(), l.span.line, l.span.column, l.span.len)).collect();
            assert_eq!(
                links,
                [("ссылка.md", 5, 19, 9), ("картинка.png", 8, 15, 12), ("includes/нет.md", 10, 19, 15)],
                "html={html}"
            );
            let include = out.diagnostics.iter().find(|d| d.rule == Rule::IncludeNotFound).expect("reported");
            let s = include.span.as_ref().expect("span");
            assert_eq!((s.path.as_str(), s.line, s.column, s.len), ("ru-ru/a.yml", 10, 19, 15), "html={html}");
        }
    }

    #[test]
    fn an_image_not_in_the_site_shows_its_alt_text() {
        let md = "![Overview of **Partner** Center](home.png)\n\n:::image type=\"content\" source=\"a.png\" alt-text=\"Die Übersicht\" lightbox=\"a.png\":::\n\n:::image type=\"icon\" source=\"i.png\":::\n";
        let src = SourceText::new("de-de/a.md".into(), md.into());
        let r = render(Input::new(&src, &src.text(), 0, "a.md"), &Forms, &UiText::default(), RenderOptions::default());
        assert!(!r.html.contains("<img"), "{}", r.html);
        assert!(!r.html.contains("lightbox"), "no link to an image that is not there: {}", r.html);
        assert!(r.html.contains("<span class=\"image-missing inline\" role=\"img\" aria-label=\"Overview of Partner Center\">Overview of Partner Center</span>"), "{}", r.html);
        assert!(r.html.contains("<figure class=\"image\"><span class=\"image-missing\" role=\"img\" aria-label=\"Die Übersicht\">Die Übersicht</span></figure>"), "{}", r.html);
        assert!(
            r.html.contains(
                "<figure class=\"image\"><span class=\"image-missing\" aria-hidden=\"true\"></span></figure>"
            ),
            "{}",
            r.html
        );
        assert_eq!(r.links.iter().filter(|l| l.kind == LinkKind::Image).count(), 4, "every source is still a fact");
    }
}
