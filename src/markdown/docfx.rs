//! DocFX syntax that CommonMark does not know, found before pulldown-cmark runs.
//!
//! Part of the render stage. [`prepare`] scans the Markdown body line by line (skipping
//! fenced code) for `:::image`, `:::no-loc`, `[!INCLUDE]`, and, at the start of a block
//! quote, the alert markers `[!NOTE]`…, `[!div]` and `[!VIDEO]`. Each construct is replaced
//! by a placeholder token (private-use characters, which pulldown-cmark treats as plain
//! text) and recorded in [`Prepared::constructs`]; the renderer swaps tokens for HTML.
//! A [`SourceMap`] maps offsets in the prepared text back to the original file, so
//! every fact and diagnostic keeps its `line:col`.

use crate::diagnostic::Rule;

/// The five DocFX alert types (DocFX "Alerts (Note, Tip, Important, Caution, Warning)").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlertKind {
    /// `[!NOTE]`
    Note,
    /// `[!TIP]`
    Tip,
    /// `[!IMPORTANT]`
    Important,
    /// `[!CAUTION]`
    Caution,
    /// `[!WARNING]`
    Warning,
}

impl AlertKind {
    /// Parses the marker name, case-insensitively (`Note`, `NOTE`).
    pub fn parse(s: &str) -> Option<AlertKind> {
        match s.to_ascii_lowercase().as_str() {
            "note" => Some(AlertKind::Note),
            "tip" => Some(AlertKind::Tip),
            "important" => Some(AlertKind::Important),
            "caution" => Some(AlertKind::Caution),
            "warning" => Some(AlertKind::Warning),
            _ => None,
        }
    }

    /// Lower-case name, used as CSS class suffix and Fluent id suffix (`alert-note`).
    pub fn as_str(self) -> &'static str {
        match self {
            AlertKind::Note => "note",
            AlertKind::Tip => "tip",
            AlertKind::Important => "important",
            AlertKind::Caution => "caution",
            AlertKind::Warning => "warning",
        }
    }
}

/// A DocFX construct found in the source. Byte ranges are offsets in the original file.
#[derive(Debug, Clone, PartialEq)]
pub enum Construct {
    /// `:::image type="content|icon|complex" source="…" alt-text="…" border="…" lightbox="…" link="…":::`
    Image {
        /// `type` (default `content`).
        kind: String,
        /// `source`.
        source: String,
        /// Range of the `source` value.
        source_range: (usize, usize),
        /// `alt-text`.
        alt: String,
        /// `border="true"`.
        border: bool,
        /// `lightbox` image path.
        lightbox: Option<(String, (usize, usize))>,
        /// `link` target.
        link: Option<(String, (usize, usize))>,
        /// Long description of a `type="complex"` image (Markdown up to `:::image-end:::`).
        description: String,
        /// Byte range of `description` in the file (rendered in place, so its links are
        /// facts with their own spans).
        description_range: (usize, usize),
        /// Whether the image stands alone in its paragraph (decided by the renderer).
        range: (usize, usize),
    },
    /// `:::no-loc text="…":::` — text that must not be translated; rendered as the text.
    NoLoc(String),
    /// `:::form name="…":::` — an interactive form of the theme placed here (docloc's
    /// extension; the site fills it in the reader's locale).
    Form(String),
    /// `[!INCLUDE [title](path)]`.
    Include {
        /// Link text.
        title: String,
        /// Path as written.
        path: String,
        /// Range of the path.
        path_range: (usize, usize),
    },
    /// `> [!NOTE]` etc. at the start of a block quote.
    Alert(AlertKind),
    /// `> [!div class="…"]`: the block quote becomes a `<div>` with these attributes.
    Div(String),
    /// `> [!VIDEO url]`.
    Video(String, (usize, usize)),
}

/// Start and end characters of a placeholder token: `\u{E000}N\u{E001}`.
pub const TOKEN_OPEN: char = '\u{E000}';
/// See [`TOKEN_OPEN`].
pub const TOKEN_CLOSE: char = '\u{E001}';

/// Maps offsets in the prepared text to offsets in the original file.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    /// `(out_start, src_start, verbatim)`: from `out_start` on, text is copied from
    /// `src_start` when `verbatim`, else it is a token standing for the construct at `src_start`.
    segments: Vec<(usize, usize, bool)>,
}

impl SourceMap {
    /// Original file offset of prepared-text offset `out`.
    pub fn to_source(&self, out: usize) -> usize {
        let i = self.segments.partition_point(|s| s.0 <= out);
        if i == 0 {
            return out;
        }
        let (o, s, verbatim) = self.segments[i - 1];
        if verbatim {
            s + (out - o)
        } else {
            s
        }
    }
}

/// A problem found while scanning (rule, file byte range, message).
pub type ScanProblem = (Rule, (usize, usize), String);

/// The output of [`prepare`].
#[derive(Debug, Default)]
pub struct Prepared {
    /// Markdown with constructs replaced by tokens.
    pub text: String,
    /// Constructs, indexed by the number in their token.
    pub constructs: Vec<Construct>,
    /// Byte range in the file of each construct (same index as `constructs`).
    pub ranges: Vec<(usize, usize)>,
    /// Offset mapping back to the file.
    pub map: SourceMap,
    /// Problems (unknown `:::` extensions, malformed images).
    pub problems: Vec<ScanProblem>,
}

struct Builder<'a> {
    src: &'a str,
    out: Prepared,
    copied_to: usize,
}

impl Builder<'_> {
    fn replace(&mut self, start: usize, end: usize, c: Construct) {
        if start > self.copied_to {
            self.out.map.segments.push((self.out.text.len(), self.copied_to, true));
            self.out.text.push_str(&self.src[self.copied_to..start]);
        }
        self.out.map.segments.push((self.out.text.len(), start, false));
        let n = self.out.constructs.len();
        self.out.constructs.push(c);
        self.out.ranges.push((start, end));
        self.out.text.push(TOKEN_OPEN);
        self.out.text.push_str(&n.to_string());
        self.out.text.push(TOKEN_CLOSE);
        self.copied_to = end;
    }

    fn finish(mut self) -> Prepared {
        if self.copied_to < self.src.len() {
            self.out.map.segments.push((self.out.text.len(), self.copied_to, true));
            self.out.text.push_str(&self.src[self.copied_to..]);
        }
        self.out
    }
}

/// Parses `key="value"` attributes; returns `(key, value, value_range)` with ranges
/// relative to `s`.
pub fn attributes(s: &str) -> Vec<(String, String, (usize, usize))> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let k0 = i;
        while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-' || b[i] == b'_') {
            i += 1;
        }
        let key = &s[k0..i];
        if key.is_empty() {
            // Skip one character (not one byte: `s` may hold any text, e.g. `\"można`).
            i += s[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        if i < b.len() && b[i] == b'=' {
            i += 1;
            let quote = b.get(i).copied();
            if quote == Some(b'"') || quote == Some(b'\'') {
                let v0 = i + 1;
                let v1 = s[v0..].find(quote.map_or('"', char::from)).map_or(s.len(), |e| v0 + e);
                out.push((key.to_ascii_lowercase(), s[v0..v1].to_string(), (v0, v1)));
                i = v1 + 1;
            } else {
                let v0 = i;
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                out.push((key.to_ascii_lowercase(), s[v0..i].to_string(), (v0, i)));
            }
        } else {
            out.push((key.to_ascii_lowercase(), String::new(), (i, i)));
        }
    }
    out
}

fn fence_marker(line: &str) -> Option<(char, usize)> {
    let t = line.trim_start_matches([' ', '\t', '>']).trim_start();
    let c = t.chars().next()?;
    if c != '`' && c != '~' {
        return None;
    }
    let n = t.chars().take_while(|&x| x == c).count();
    (n >= 3).then_some((c, n))
}

/// Scans `src[start..]` (the Markdown body of a file; offsets stay file offsets).
pub fn prepare(src: &str, start: usize) -> Prepared {
    // The text is copied nearly whole (a token is shorter than what it stands for):
    // reserved once, a large page is not copied again at each doubling.
    let body = src.len().saturating_sub(start);
    let text = String::with_capacity(body + body / 64 + 64);
    let mut b = Builder { src, out: Prepared { text, ..Prepared::default() }, copied_to: start };
    b.out.map.segments.push((0, start, true));
    let mut fence: Option<(char, usize)> = None;
    let mut pos = start;
    while pos < src.len() {
        let line_end = memchr::memchr(b'\n', &src.as_bytes()[pos..]).map_or(src.len(), |i| pos + i + 1);
        let line = &src[pos..line_end];
        if let Some((c, n)) = fence_marker(line) {
            match fence {
                None => fence = Some((c, n)),
                Some((fc, fnn)) if fc == c && n >= fnn => fence = None,
                _ => {}
            }
            pos = line_end;
            continue;
        }
        if fence.is_some() || pos < b.copied_to {
            pos = line_end.max(pos + 1);
            continue;
        }
        let next = scan_line(&mut b, pos, line_end);
        pos = next.max(line_end);
    }
    let mut out = b.finish();
    // The first segment was pushed before anything was copied; drop duplicates at 0.
    out.map.segments.dedup_by(|a, b| a.0 == b.0 && a.2 == b.2 && a.1 == b.1);
    out
}

/// Handles one line; returns the offset scanning should continue from (past a
/// multi-line construct when one was consumed).
fn scan_line(b: &mut Builder<'_>, pos: usize, line_end: usize) -> usize {
    let src = b.src;
    let mut resume = line_end;
    // Block-quote markers: `>`, `> >`, with optional spaces before.
    let line = &src[pos..line_end];
    let after_indent = line.len() - line.trim_start_matches([' ', '\t']).len();
    if line[after_indent..].starts_with('>') {
        let mut i = after_indent;
        while i < line.len()
            && (line.as_bytes()[i] == b'>' || line.as_bytes()[i] == b' ' || line.as_bytes()[i] == b'\t')
        {
            i += 1;
        }
        let rest = &line[i..];
        if rest.starts_with("[!") {
            if let Some(close) = rest.find(']') {
                let inner = &rest[2..close];
                let (name, arg) = inner.split_once(char::is_whitespace).unwrap_or((inner, ""));
                let abs = pos + i;
                let end = abs + close + 1;
                let construct = if let Some(kind) = AlertKind::parse(name) {
                    (arg.trim().is_empty()).then_some(Construct::Alert(kind))
                } else if name.eq_ignore_ascii_case("div") {
                    Some(Construct::Div(arg.trim().to_string()))
                } else if name.eq_ignore_ascii_case("video") {
                    let url = arg.trim();
                    let off = abs + 2 + name.len() + inner[name.len()..].find(url).unwrap_or(0);
                    Some(Construct::Video(url.to_string(), (off, off + url.len())))
                } else {
                    None
                };
                if let Some(c) = construct {
                    b.replace(abs, end, c);
                }
            }
        }
    }
    // Inline constructs anywhere on the line.
    let mut i = pos.max(b.copied_to);
    while i < line_end {
        let Some(found) = memchr::memchr2(b':', b'[', &src.as_bytes()[i..line_end]) else { break };
        let at = i + found;
        let r = &src[at..];
        if r.starts_with(":::") {
            let name: String =
                r.trim_start_matches(':').chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
            let head_end = at + 3 + name.len();
            match name.as_str() {
                "image" => {
                    if let Some(e) = image(b, at, head_end) {
                        i = e;
                        resume = resume.max(e);
                        continue;
                    }
                    i = head_end;
                }
                "no-loc" => {
                    if let Some(close) = src[head_end..line_end].find(":::") {
                        let attrs = attributes(&src[head_end..head_end + close]);
                        let text = attrs
                            .into_iter()
                            .find(|a| a.0 == "text")
                            .map(|a| html_escape::decode_html_entities(&a.1).into_owned())
                            .unwrap_or_default();
                        b.replace(at, head_end + close + 3, Construct::NoLoc(text));
                        i = head_end + close + 3;
                        continue;
                    }
                    i = head_end;
                }
                "form" => {
                    if let Some(close) = src[head_end..line_end].find(":::") {
                        let attrs = attributes(&src[head_end..head_end + close]);
                        let name = attrs.into_iter().find(|a| a.0 == "name").map(|a| a.1).unwrap_or_default();
                        b.replace(at, head_end + close + 3, Construct::Form(name));
                        i = head_end + close + 3;
                        continue;
                    }
                    i = head_end;
                }
                "" => i = at + 3,
                other => {
                    if other != "image-end" {
                        b.out.problems.push((
                            Rule::UnknownExtension,
                            (at, head_end),
                            format!("unknown DocFX extension `:::{other}`; it is rendered as text"),
                        ));
                    }
                    i = head_end;
                }
            }
        } else if r.len() >= 10 && r.as_bytes()[..10].eq_ignore_ascii_case(b"[!include[")
            || r.len() >= 11 && r.as_bytes()[..11].eq_ignore_ascii_case(b"[!include [")
        {
            if let Some((construct, end)) = include(src, at, line_end) {
                b.replace(at, end, construct);
                i = end;
                continue;
            }
            i = at + 2;
        } else {
            i = at + 1;
        }
    }
    resume
}

fn image(b: &mut Builder<'_>, at: usize, head_end: usize) -> Option<usize> {
    let src = b.src;
    let close = src[head_end..].find(":::")? + head_end;
    let attr_text = &src[head_end..close];
    if attr_text.contains("\n\n") {
        return None;
    }
    let attrs = attributes(attr_text);
    let get = |k: &str| attrs.iter().find(|a| a.0 == k).map(|a| (a.1.clone(), (head_end + a.2 .0, head_end + a.2 .1)));
    let kind = get("type").map_or_else(|| "content".to_string(), |v| v.0);
    let mut end = close + 3;
    let mut description = String::new();
    let mut description_range = (0, 0);
    if kind == "complex" {
        if let Some(e) = src[end..].find(":::image-end:::") {
            let raw = &src[end..end + e];
            let lead = raw.len() - raw.trim_start().len();
            description = raw.trim().to_string();
            description_range = (end + lead, end + lead + description.len());
            end = end + e + ":::image-end:::".len();
        }
    }
    let (source, source_range) = get("source").unwrap_or_default();
    // Attribute values are HTML attribute values: `&quot;` is a quote (DocFX reads them
    // so); they are escaped again when written out.
    let alt = get("alt-text").map(|v| html_escape::decode_html_entities(&v.0).into_owned()).unwrap_or_default();
    if source.is_empty() || (alt.is_empty() && kind != "icon") {
        let missing = if source.is_empty() { "source" } else { "alt-text" };
        b.out.problems.push((Rule::ImageInvalid, (at, head_end), format!("`:::image` has no `{missing}`")));
    }
    let construct = Construct::Image {
        kind,
        source,
        source_range,
        alt,
        border: get("border").is_some_and(|v| v.0.eq_ignore_ascii_case("true")),
        lightbox: get("lightbox").filter(|v| !v.0.is_empty()),
        link: get("link").filter(|v| !v.0.is_empty()),
        description,
        description_range,
        range: (at, end),
    };
    b.replace(at, end, construct);
    Some(end)
}

fn include(src: &str, at: usize, line_end: usize) -> Option<(Construct, usize)> {
    let bracket = src[at + 2..line_end].find('[')? + at + 2;
    let mid = src[bracket..line_end].find("](")? + bracket;
    let close_paren = src[mid + 2..line_end].find(')')? + mid + 2;
    let after = src[close_paren + 1..line_end].trim_start();
    if !after.starts_with(']') {
        return None;
    }
    let end = close_paren + 1 + (src[close_paren + 1..line_end].len() - after.len()) + 1;
    let raw = &src[mid + 2..close_paren];
    let path = raw.trim();
    let lead = raw.len() - raw.trim_start().len();
    let p0 = mid + 2 + lead;
    Some((
        Construct::Include {
            title: src[bracket + 1..mid].to_string(),
            path: path.to_string(),
            path_range: (p0, p0 + path.len()),
        },
        end,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(p: &Prepared) -> Vec<String> {
        p.constructs.iter().map(|c| format!("{c:?}").split([' ', '(']).next().unwrap().to_string()).collect()
    }

    #[test]
    fn alerts_in_every_spelling() {
        for s in [">[!Note]\n>text\n", "> [!NOTE]\n> text\n", "   >[!important]\n", "> > [!TIP]\n"] {
            let p = prepare(s, 0);
            assert!(matches!(p.constructs[0], Construct::Alert(_)), "{s}");
        }
        let p = prepare("text [!NOTE] here\n", 0);
        assert!(p.constructs.is_empty());
    }

    #[test]
    fn image_block_inline_and_complex() {
        let src = "Intro\n:::image type=\"content\" source=\"images/a.png\" alt-text=\"Alt \u{4e2d}\" border=\"true\" lightbox=\"images/big.png\":::\n| x :::image type=\"icon\" source=\"i.svg\"::: |\n:::image type=\"complex\" source=\"c.png\" alt-text=\"c\":::\nLong **desc**\n:::image-end:::\nafter";
        let p = prepare(src, 0);
        assert_eq!(kinds(&p), ["Image", "Image", "Image"]);
        let Construct::Image { source, source_range, border, lightbox, .. } = &p.constructs[0] else { panic!() };
        assert_eq!(source, "images/a.png");
        assert_eq!(&src[source_range.0..source_range.1], "images/a.png");
        assert!(*border);
        assert_eq!(lightbox.as_ref().unwrap().0, "images/big.png");
        let Construct::Image { description, .. } = &p.constructs[2] else { panic!() };
        assert_eq!(description, "Long **desc**");
        assert!(p.text.ends_with("\nafter"));
        assert!(p.problems.is_empty(), "{:?}", p.problems);
    }

    #[test]
    fn include_no_loc_unknown_and_fences() {
        let src = "[!INCLUDE [t](../includes/x.md)]\n:::no-loc text=\"INN\":::\n:::zone pivot=\"a\":::\n```\n:::image source=\"x\":::\n```\n";
        let p = prepare(src, 0);
        assert_eq!(kinds(&p), ["Include", "NoLoc"]);
        assert_eq!(p.problems.len(), 1);
        assert_eq!(p.problems[0].0, Rule::UnknownExtension);
        assert!(p.text.contains(":::image source=\"x\":::"));
    }

    #[test]
    fn source_map_round_trips() {
        let src = "---\nt: x\n---\nA :::no-loc text=\"Q\"::: [l](b.md)\n";
        let body = src.find("A ").unwrap();
        let p = prepare(src, body);
        let link_out = p.text.find("[l]").unwrap();
        assert_eq!(p.map.to_source(link_out), src.find("[l]").unwrap());
        assert_eq!(p.map.to_source(p.text.find(TOKEN_OPEN).unwrap()), src.find(":::").unwrap());
    }

    #[test]
    fn attributes_skip_whole_characters() {
        // From a pl-pl FAQ answer: escaped quotes put non-ASCII text where a key is expected.
        let a = attributes(r#" source=\"a.png\" alt-text=\"Gdzie można zobaczyć\""#);
        assert_eq!(a[0].0, "source");
        let p = prepare(":::image type=\"content\" alt-text=\\\"Gdzie można\\\" source=\"a.png\":::\n", 0);
        assert_eq!(kinds(&p), ["Image"]);
    }

    #[test]
    fn div_and_video() {
        let p = prepare("> [!div class=\"nextstepaction\"]\n> [Go](x.md)\n\n> [!VIDEO https://example.com/v]\n", 0);
        assert_eq!(p.constructs[0], Construct::Div("class=\"nextstepaction\"".into()));
        assert!(matches!(&p.constructs[1], Construct::Video(u, _) if u == "https://example.com/v"));
    }
}
