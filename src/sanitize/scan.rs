//! Byte scans beside lol_html: the fast path for obviously safe fragments, the start of
//! an unterminated tail, and end tags of elements removed in an earlier piece.

use super::policy;

/// Where the unterminated construct at the end of `input` starts, given the end of the
/// last token lol_html reported: after it come only lone end tags (which lol_html does not
/// report) and then the construct.
pub(super) fn unterminated_start(input: &str, last_end: usize) -> usize {
    let b = input.as_bytes();
    let mut i = last_end.min(b.len());
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        match scan_tag(b, i) {
            Some(t) if t.end_tag => i = t.end,
            _ => return i,
        }
    }
    // Every byte accounted for, yet no sentinel: be safe and escape from the last `<`.
    input.rfind('<').unwrap_or(0)
}

/// A tag found by [`scan_tag`].
struct ScannedTag {
    /// Byte after its `>`.
    end: usize,
    /// `</…>`.
    end_tag: bool,
    /// Whether every attribute passes the fast path (no `:`, `&`, `on*`, `style`,
    /// `srcdoc` in it) and its name is an allowed element.
    plain: bool,
}

/// Scans the tag starting with `<` at `i` as the HTML tokenizer would (tag name, then
/// attributes with quoted or unquoted values, up to `>`); `None` when it is not a tag
/// (`<` not followed by a letter or `/` and a letter) or does not end in `b`.
fn scan_tag(b: &[u8], i: usize) -> Option<ScannedTag> {
    let mut j = i + 1;
    let end_tag = b.get(j) == Some(&b'/');
    if end_tag {
        j += 1;
    }
    if !b.get(j)?.is_ascii_alphabetic() {
        return None;
    }
    let name_start = j;
    while j < b.len() && !matches!(b[j], b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>') {
        j += 1;
    }
    let mut plain = policy::fast_path_element(&b[name_start..j]);
    loop {
        while j < b.len() && matches!(b[j], b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/') {
            j += 1;
        }
        match b.get(j)? {
            b'>' => return Some(ScannedTag { end: j + 1, end_tag, plain }),
            _ => {
                // Attribute name: up to whitespace, `/`, `>` or `=` (the first char may be `=`).
                let a = j;
                j += 1;
                while j < b.len() && !matches!(b[j], b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>' | b'=') {
                    j += 1;
                }
                let attr = &b[a..j];
                if attr.len() >= 2 && attr[..2].eq_ignore_ascii_case(b"on")
                    || attr.eq_ignore_ascii_case(b"style")
                    || attr.eq_ignore_ascii_case(b"srcdoc")
                    || attr.iter().any(|&c| matches!(c, b':' | b'&' | b'<' | b'"' | b'\'' | b'`' | 0))
                {
                    plain = false;
                }
                while j < b.len() && matches!(b[j], b'\t' | b'\n' | b'\x0c' | b'\r' | b' ') {
                    j += 1;
                }
                if b.get(j) == Some(&b'=') {
                    j += 1;
                    while j < b.len() && matches!(b[j], b'\t' | b'\n' | b'\x0c' | b'\r' | b' ') {
                        j += 1;
                    }
                    let v = j;
                    match b.get(j)? {
                        q @ (b'"' | b'\'') => {
                            let close = memchr::memchr(*q, &b[j + 1..])?;
                            j = j + 1 + close + 1;
                        }
                        _ => {
                            while j < b.len() && !matches!(b[j], b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'>') {
                                j += 1;
                            }
                        }
                    }
                    if b[v..j].iter().any(|&c| matches!(c, b':' | b'&' | 0)) {
                        plain = false;
                    }
                }
            }
        }
    }
}

/// Whether `piece` is obviously safe: every `<` starts a complete tag of an allowed
/// element whose attributes are all plain (see [`ScannedTag::plain`]). Such a piece has
/// no URL scheme, no character reference, no event handler and no style, and it ends in
/// text, so lol_html would leave it as it is (a test holds the two equal).
pub(super) fn fast_path_safe(piece: &str) -> bool {
    let b = piece.as_bytes();
    let mut i = 0;
    while let Some(k) = memchr::memchr(b'<', &b[i..]) {
        match scan_tag(b, i + k) {
            Some(t) if t.plain => i = t.end,
            _ => return false,
        }
    }
    true
}

/// Byte offset just past the end tag `</name …>` (ASCII case-insensitive) in `text`.
pub(super) fn find_end_tag(text: &str, name: &str) -> Option<usize> {
    find_end_tag_range(text, name).map(|(_, b)| b)
}

/// Byte range of the first end tag `</name …>` in `text`, as the raw-text tokenizer ends
/// an element: `</`, the name, then whitespace, `/` or `>`.
pub(super) fn find_end_tag_range(text: &str, name: &str) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let n = name.len();
    let mut from = 0;
    while let Some(k) = memchr::memmem::find(&b[from..], b"</") {
        let a = from + k;
        let after = a + 2;
        if b.len() >= after + n
            && b[after..after + n].eq_ignore_ascii_case(name.as_bytes())
            && matches!(b.get(after + n), Some(b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>') | None)
        {
            let end = memchr::memchr(b'>', &b[after + n..]).map_or(b.len(), |g| after + n + g + 1);
            return Some((a, end));
        }
        from = after;
    }
    None
}
