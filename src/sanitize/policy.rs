//! The allow-list: what each element and attribute name is allowed to be.

/// What the sanitizer does with an element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ElementRule {
    /// Kept; its attributes are checked.
    Allow,
    /// Kept only when its `src` is on an allowed video host (`<iframe>`), or relative or on
    /// an allowed host (`<video>`, `<audio>`); otherwise removed with its content.
    Media,
    /// Removed with everything inside it (script, embedded documents, foreign content).
    RemoveWithContent,
    /// The tag is removed, its content kept (forms, document structure, obsolete tags).
    RemoveTag,
}

/// Elements kept as they are (their attributes still checked): the HTML a docs page
/// writes by hand — DocFX's `<a name>`, the sxs `<span>`s, `<br>`, tables, `<kbd>`,
/// `<sup>`, `<sub>`, `<code>`, `<pre>`, `<details>`/`<summary>`, `<img>` — and the rest of
/// HTML's text-level and grouping elements, which cannot run script.
const ALLOWED: &[&str] = &[
    "a",
    "abbr",
    "acronym",
    "address",
    "area",
    "article",
    "aside",
    "b",
    "bdi",
    "bdo",
    "big",
    "blockquote",
    "br",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "colgroup",
    "data",
    "dd",
    "del",
    "details",
    "dfn",
    "dir",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "font",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "listing",
    "main",
    "map",
    "mark",
    "menu",
    "nav",
    "nobr",
    "ol",
    "p",
    "picture",
    "pre",
    "q",
    "rb",
    "rp",
    "rt",
    "rtc",
    "ruby",
    "s",
    "samp",
    "search",
    "section",
    "small",
    "source",
    "span",
    "strike",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "track",
    "tt",
    "u",
    "ul",
    "var",
    "wbr",
];

/// Elements that run script, embed other documents or switch the HTML tokenizer into a
/// mode where later markup means something else (raw text, foreign content).
const REMOVE_WITH_CONTENT: &[&str] = &[
    "applet",
    "embed",
    "frame",
    "frameset",
    "head",
    "math",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "plaintext",
    "script",
    "select",
    "style",
    "svg",
    "template",
    "textarea",
    "title",
    "xmp",
    "fencedframe",
    "portal",
    "datalist",
];

/// Other elements of HTML (WHATWG element index and its obsolete features): their tags
/// are removed and their content kept. Names in neither list are not HTML elements
/// (`<token>`, `<subscription>` — text a writer meant literally); browsers make them
/// inert `HTMLUnknownElement`s, so they are kept, with their attributes checked.
const REMOVE_TAG: &[&str] = &[
    "base",
    "basefont",
    "bgsound",
    "blink",
    "body",
    "button",
    "canvas",
    "dialog",
    "fieldset",
    "form",
    "html",
    "image",
    "input",
    "isindex",
    "keygen",
    "label",
    "legend",
    "link",
    "marquee",
    "menuitem",
    "meta",
    "meter",
    "multicol",
    "nextid",
    "optgroup",
    "option",
    "output",
    "param",
    "progress",
    "selectedcontent",
    "slot",
    "spacer",
];

/// Raw-text elements: everything up to their end tag is text to the tokenizer, so a
/// removed one that is not closed in its fragment swallows the following fragments too.
pub(crate) const RAW_TEXT: &[&str] =
    &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"];

/// The rule for element `name` (lower-case).
pub(crate) fn element_rule(name: &str) -> ElementRule {
    if ALLOWED.contains(&name) {
        ElementRule::Allow
    } else if matches!(name, "iframe" | "video" | "audio") {
        ElementRule::Media
    } else if REMOVE_WITH_CONTENT.contains(&name) {
        ElementRule::RemoveWithContent
    } else if REMOVE_TAG.contains(&name) {
        ElementRule::RemoveTag
    } else {
        ElementRule::Allow
    }
}

/// Whether `name` may start a tag on the fast path: an allowed element whose attributes
/// the fast path's own check covers.
pub(crate) fn fast_path_element(name: &[u8]) -> bool {
    // The commonest first; no allocation.
    matches!(name, b"span" | b"a" | b"br")
        || ALLOWED.iter().any(|a| a.len() == name.len() && a.as_bytes().eq_ignore_ascii_case(name))
}

/// Attributes whose value is a URL (or, for `srcset`, a list of them).
pub(crate) const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "background",
    "poster",
    "cite",
    "longdesc",
    "usemap",
    "data",
    "codebase",
    "classid",
    "archive",
    "lowsrc",
    "dynsrc",
    "ping",
    "manifest",
    "icon",
    "profile",
    "itemtype",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_do_not_overlap() {
        for n in ALLOWED {
            assert!(!REMOVE_WITH_CONTENT.contains(n) && !REMOVE_TAG.contains(n), "{n}");
        }
        for n in REMOVE_WITH_CONTENT {
            assert!(!REMOVE_TAG.contains(n), "{n}");
        }
        for n in RAW_TEXT {
            assert!(!ALLOWED.contains(n), "{n}");
        }
        assert_eq!(element_rule("token"), ElementRule::Allow);
        assert_eq!(element_rule("iframe"), ElementRule::Media);
        assert_eq!(element_rule("script"), ElementRule::RemoveWithContent);
        assert_eq!(element_rule("form"), ElementRule::RemoveTag);
    }
}
