//! URL and CSS checks of the HTML allow-list: which attribute values can run script.
//!
//! Browsers strip ASCII tab and newline anywhere in a URL and C0 controls and spaces at its
//! ends before they read the scheme (WHATWG URL Standard, "basic URL parser"), and the HTML
//! tokenizer decodes character references in attribute values first, so
//! `jav&#x09;ascript:` and ` JAVASCRIPT:` both run script. [`unsafe_url`] undoes both
//! (and percent-encoding, which browsers do not decode in a scheme but which no honest
//! link needs there) before it reads the scheme.

use std::borrow::Cow;

/// `data:` media types that cannot hold script, allowed in any URL attribute.
/// SVG is not among them: an SVG document runs its own scripts when opened.
const SAFE_DATA_TYPES: &[&str] = &[
    "image/png",
    "image/jpeg",
    "image/jpg",
    "image/gif",
    "image/webp",
    "image/avif",
    "image/bmp",
    "image/x-icon",
    "image/vnd.microsoft.icon",
];

/// Decodes the HTML character references that matter for reading a scheme: numeric ones
/// (`&#58;`, `&#x3A;`, with or without `;`, any number of leading zeros) and the named
/// `&colon;`, `&Tab;`, `&NewLine;`, `&tab;`, `&newline;`, `&lpar;`, `&rpar;`, `&bsol;` and
/// `&amp;`. Other named references are kept as written (none of them spells an ASCII
/// letter, digit or colon, so none can build a scheme).
pub(crate) fn decode_entities(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        if let Some((c, used)) = numeric_reference(after).or_else(|| named_reference(after)) {
            out.push(c);
            rest = &after[used..];
        } else {
            out.push('&');
            rest = after;
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// `#NN;` / `#xHH;` after the `&`: the char and the bytes used.
fn numeric_reference(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    if b.first() != Some(&b'#') {
        return None;
    }
    let (radix, start) = match b.get(1) {
        Some(b'x' | b'X') => (16, 2),
        _ => (10, 1),
    };
    let digits = b[start..].iter().take_while(|c| if radix == 16 { c.is_ascii_hexdigit() } else { c.is_ascii_digit() });
    let len = digits.count();
    if len == 0 {
        return None;
    }
    let text = &s[start..start + len];
    let value = text.trim_start_matches('0');
    // Out-of-range values become U+FFFD in browsers; keep them from overflowing here.
    let code = if value.len() > 8 {
        0xFFFD
    } else {
        u32::from_str_radix(if value.is_empty() { "0" } else { value }, radix).unwrap_or(0xFFFD)
    };
    let c = char::from_u32(code).filter(|&c| c != '\0').unwrap_or('\u{FFFD}');
    let mut used = start + len;
    if b.get(used) == Some(&b';') {
        used += 1;
    }
    Some((c, used))
}

fn named_reference(s: &str) -> Option<(char, usize)> {
    const NAMED: &[(&str, char)] = &[
        ("colon;", ':'),
        ("Tab;", '\t'),
        ("tab;", '\t'),
        ("NewLine;", '\n'),
        ("newline;", '\n'),
        ("lpar;", '('),
        ("rpar;", ')'),
        ("bsol;", '\\'),
        ("amp;", '&'),
        ("amp", '&'),
    ];
    NAMED.iter().find(|(name, _)| s.starts_with(name)).map(|(name, c)| (*c, name.len()))
}

/// Whether `c` is removed by browsers before a URL's scheme is read: ASCII tab, line feed
/// and carriage return anywhere; other C0 controls and space around it. docloc removes
/// all of them anywhere, which can only make it stricter.
fn ignorable(c: char) -> bool {
    c <= ' ' || c == '\u{7f}'
}

/// The scheme of `url` after entity decoding, percent decoding and removal of ignorable
/// characters, lower-cased; `None` when it has none (a relative URL).
fn scheme_and_rest(url: &str) -> Option<(String, String)> {
    let decoded = decode_entities(url);
    let percent = percent_encoding::percent_decode_str(&decoded).decode_utf8_lossy();
    let cleaned: String = percent.chars().filter(|&c| !ignorable(c)).collect();
    let colon = cleaned.find(':')?;
    let scheme = &cleaned[..colon];
    let valid = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| (scheme.to_ascii_lowercase(), cleaned[colon + 1..].to_string()))
}

/// Why `url` (an attribute value as written in HTML, character references not yet
/// decoded) can run script, or `None` when it cannot.
///
/// Reasons: `"javascript: URL"`, `"vbscript: URL"`, `"livescript: URL"`, `"data: URL"` (any
/// `data:` URL whose media type is not a raster image: `data:image/png;base64,…` is
/// allowed, `data:text/html,…` and `data:image/svg+xml,…` are not). Case, ASCII
/// whitespace and control characters anywhere (WHATWG URL Standard strips them),
/// character references (`jav&#x09;ascript:`, `javascript&colon;`) and percent-encoding
/// of the scheme are all seen through.
pub fn unsafe_url(url: &str) -> Option<&'static str> {
    // Fast path: no colon and no reference or percent sign, so no scheme at all.
    if !url.contains([':', '&', '%']) {
        return None;
    }
    let (scheme, rest) = scheme_and_rest(url)?;
    match scheme.as_str() {
        "javascript" => Some("javascript: URL"),
        "vbscript" => Some("vbscript: URL"),
        "livescript" | "mocha" => Some("livescript: URL"),
        "data" => {
            let media = rest.split([';', ',']).next().unwrap_or("").to_ascii_lowercase();
            (!SAFE_DATA_TYPES.contains(&media.as_str())).then_some("data: URL")
        }
        _ => None,
    }
}

/// Why a `srcset` / `imagesrcset` value can run script: [`unsafe_url`] of any of its
/// comma-separated candidates (`url [descriptor]`).
pub(crate) fn unsafe_srcset(value: &str) -> Option<&'static str> {
    let decoded = decode_entities(value);
    decoded
        .split(',')
        .find_map(|candidate| unsafe_url(candidate.trim().split(char::is_whitespace).next().unwrap_or("")))
}

/// Why a `style` attribute can run script or load a script-bearing resource: IE's
/// `expression(…)`, `behavior:` and `-moz-binding:`, `@import`, or a `url(…)` that
/// [`unsafe_url`] refuses. CSS escapes (`\65 xpression`) and comments are undone first.
pub(crate) fn unsafe_style(value: &str) -> Option<&'static str> {
    let decoded = decode_entities(value);
    let css = decode_css(&decoded).to_ascii_lowercase();
    let compact: String = css.chars().filter(|&c| !ignorable(c)).collect();
    if compact.contains("expression(") {
        return Some("expression() in style attribute");
    }
    if compact.contains("behavior:") || compact.contains("-moz-binding") || compact.contains("@import") {
        return Some("script binding in style attribute");
    }
    let mut rest = compact.as_str();
    while let Some(i) = rest.find("url(") {
        let inner = &rest[i + 4..];
        let end = inner.find(')').unwrap_or(inner.len());
        let target = inner[..end].trim_matches(['"', '\'']);
        if unsafe_url(target).is_some() {
            return Some("unsafe URL in style attribute");
        }
        rest = &inner[end..];
    }
    None
}

/// Removes CSS comments and decodes CSS escapes (`\6a`, `\J`), as a CSS tokenizer would.
fn decode_css(s: &str) -> Cow<'_, str> {
    if !s.contains(['\\', '/']) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '/' if s[i..].starts_with("/*") => {
                let end = s[i + 2..].find("*/").map_or(s.len(), |e| i + 2 + e + 2);
                while chars.peek().is_some_and(|&(j, _)| j < end) {
                    chars.next();
                }
            }
            '\\' => {
                let mut hex = String::new();
                while hex.len() < 6 {
                    match chars.peek() {
                        Some(&(_, h)) if h.is_ascii_hexdigit() => {
                            hex.push(h);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                if hex.is_empty() {
                    if let Some((_, n)) = chars.next() {
                        out.push(n);
                    }
                } else {
                    if chars.peek().is_some_and(|&(_, w)| w.is_ascii_whitespace()) {
                        chars.next();
                    }
                    let code = u32::from_str_radix(&hex, 16).unwrap_or(0xFFFD);
                    out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                }
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Whether `src` (as written) names an `https:` (or protocol-relative) URL on one of
/// `hosts`. An entry is a host (`youtube-nocookie.com`, which also admits its
/// sub-domains) or a host and path prefix (`www.youtube.com/embed`, matched on whole
/// path segments). URLs with user info (`https://a@b/`) never match.
pub(crate) fn host_allowed(src: &str, hosts: &[String]) -> bool {
    let decoded = decode_entities(src);
    let cleaned: String = decoded.chars().filter(|&c| !ignorable(c)).collect();
    let lower = cleaned.to_ascii_lowercase();
    let Some(rest) = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("//")) else {
        return false;
    };
    let end = rest.find(['/', '\\', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    if authority.contains('@') || authority.is_empty() {
        return false;
    }
    let host = authority.split(':').next().unwrap_or("");
    let path = &rest[end..];
    hosts.iter().any(|entry| {
        let entry = entry.trim().trim_start_matches("https://").to_ascii_lowercase();
        let (h, prefix) = match entry.split_once('/') {
            Some((h, p)) => (h.to_string(), format!("/{}", p.trim_matches('/'))),
            None => (entry.clone(), String::new()),
        };
        let host_ok = if prefix.is_empty() { host == h || host.ends_with(&format!(".{h}")) } else { host == h };
        let path_ok = prefix.is_empty()
            || path == prefix
            || path.strip_prefix(&prefix).is_some_and(|r| r.starts_with(['/', '?', '#']));
        host_ok && path_ok
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_schemes_are_found_through_obfuscation() {
        for url in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " \u{1}javascript:alert(1)",
            "jav\tascript:alert(1)",
            "jav&#x09;ascript:alert(1)",
            "jav&#9;ascript:alert(1)",
            "&#106;avascript:alert(1)",
            "&#x6A&#x61vascript:alert(1)",
            "&#0000106avascript:alert(1)",
            "javascript&colon;alert(1)",
            "java&Tab;script:alert(1)",
            "java&NewLine;script:alert(1)",
            "javascript%3Aalert(1)",
            "%6Aavascript:alert(1)",
        ] {
            assert_eq!(unsafe_url(url), Some("javascript: URL"), "{url:?}");
        }
        assert_eq!(unsafe_url("VBScript:msgbox"), Some("vbscript: URL"));
        assert_eq!(unsafe_url("data:text/html,<script>alert(1)</script>"), Some("data: URL"));
        assert_eq!(unsafe_url("data:image/svg+xml;base64,PHN2Zz4="), Some("data: URL"));
        assert_eq!(unsafe_url("DATA:TEXT/HTML;base64,PHNjcmlwdD4="), Some("data: URL"));
        assert_eq!(unsafe_url("data:,alert(1)"), Some("data: URL"));
    }

    #[test]
    fn ordinary_urls_are_safe() {
        for url in [
            "https://learn.microsoft.com/x",
            "http://x.org/a:b",
            "mailto:a@b.c",
            "a.md#x",
            "/partner-center/a",
            "./images/x.png",
            "data:image/png;base64,iVBORw0KGgo=",
            "DATA:IMAGE/JPEG;base64,/9j/",
            "tel:+1",
            "x?javascript:1",
            "#javascript:1",
            "../a/javascript:b",
            "",
            "&amp;",
            "100%",
        ] {
            assert_eq!(unsafe_url(url), None, "{url:?}");
        }
    }

    #[test]
    fn srcset_and_style() {
        assert_eq!(unsafe_srcset("a.png 1x, javascript:alert(1) 2x"), Some("javascript: URL"));
        assert_eq!(unsafe_srcset("a.png 1x, b.png 2x"), None);
        assert!(unsafe_style("width: expression(alert(1))").is_some());
        assert!(unsafe_style("width: e\\78 pression(alert(1))").is_some());
        assert!(unsafe_style("w: ex/**/pression(alert(1))").is_some());
        assert!(unsafe_style("background: url( 'javascript:alert(1)' )").is_some());
        assert!(unsafe_style("background:url(&#106;avascript:x)").is_some());
        assert!(unsafe_style("behavior: url(x.htc)").is_some());
        assert_eq!(unsafe_style("color: red; background: url(a.png)"), None);
    }

    #[test]
    fn hosts_match_whole_labels_and_segments() {
        let hosts: Vec<String> =
            ["youtube-nocookie.com", "www.youtube.com/embed", "player.vimeo.com"].map(String::from).to_vec();
        assert!(host_allowed("https://www.youtube-nocookie.com/embed/x", &hosts));
        assert!(host_allowed("//player.vimeo.com/video/1", &hosts));
        assert!(host_allowed("https://www.youtube.com/embed/abc?x=1", &hosts));
        assert!(!host_allowed("https://www.youtube.com/watch?v=1", &hosts));
        assert!(!host_allowed("https://www.youtube.com/embedded", &hosts));
        assert!(!host_allowed("http://player.vimeo.com/video/1", &hosts));
        assert!(!host_allowed("https://evilyoutube-nocookie.com/", &hosts));
        assert!(!host_allowed("https://player.vimeo.com@evil.com/", &hosts));
        assert!(!host_allowed("https://player.vimeo.com.evil.com/", &hosts));
        assert!(!host_allowed("javascript:alert(1)", &hosts));
        assert!(!host_allowed("video.mp4", &hosts));
    }
}
