//! Word counts: the weight of an article in coverage by words (a 20-word stub and a
//! 3,000-word guide are not the same work).
//!
//! **The rule.** Words are the word segments of Unicode's default word boundaries
//! (UAX #29, via the `unicode-segmentation` crate) that hold a letter or a digit. UAX #29
//! joins no two ideographs, so in Chinese and Japanese every Han character (and every
//! Hiragana) counts as one word; Latin, Cyrillic, Hangul and Katakana words are runs
//! between spaces and punctuation. This is the convention of Microsoft Word and the
//! common CAT tools for East Asian text. Counted is the prose a translator translates:
//! fenced code, HTML tags, link destinations, `:::` directive attributes and
//! front matter are left out. For a bilingual (sxs) file the English source segments
//! (`data-stu-id`) are counted, which makes counts comparable across locales.

use super::segments;
use crate::content::{Page, PageKind};
use crate::yaml::Value;
use unicode_segmentation::UnicodeSegmentation;

/// Number of words in `text` (see the module docs), markup included as written.
pub fn count(text: &str) -> usize {
    text.unicode_words().count()
}

/// `text` with inline Markdown and HTML markup that is not prose removed: HTML tags,
/// link and image destinations `](…)`, inline code, `[!NOTE]`-style markers.
pub fn prose(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(['<', ']', '`', '[']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let skip = if tail.starts_with('<') {
            tail.find('>').map(|e| e + 1)
        } else if tail.starts_with("](") {
            tail.find(')').map(|e| e + 1)
        } else if let Some(code) = tail.strip_prefix('`') {
            code.find('`').map(|e| e + 2)
        } else if tail.starts_with("[!") {
            tail.find(']').map(|e| e + 1)
        } else {
            None
        };
        match skip {
            Some(n) => {
                out.push(' ');
                rest = &tail[n..];
            }
            None => {
                out.push_str(&tail[..1]);
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Words of a Markdown body: fenced code blocks and `:::` directive lines dropped, then
/// [`prose`] per line.
pub fn markdown_words(body: &str) -> usize {
    let mut fence: Option<&str> = None;
    let mut n = 0;
    for line in body.lines() {
        let t = line.trim_start();
        if let Some(f) = fence {
            if t.starts_with(f) {
                fence = None;
            }
            continue;
        }
        if t.starts_with("```") || t.starts_with("~~~") {
            fence = Some(&t[..3]);
            continue;
        }
        if t.starts_with(":::") {
            continue;
        }
        n += count(&prose(line));
    }
    n
}

fn yaml_words(v: &Value) -> usize {
    match v {
        Value::String(s) => markdown_words(s),
        Value::Sequence(items) => items.iter().map(yaml_words).sum(),
        Value::Mapping(m) => m
            .iter()
            .filter(|(k, _)| {
                let k = k.as_str().unwrap_or("").to_ascii_lowercase();
                !(k == "metadata" || k.ends_with("url") || k.ends_with("href") || k.ends_with("src") || k == "uid")
            })
            .map(|(_, v)| yaml_words(v))
            .sum(),
        Value::Tagged(t) => yaml_words(&t.value),
        _ => 0,
    }
}

/// Words of a page's text (see the module docs): the English segments of an sxs file,
/// the Markdown body of an article, the string values of a YAML page (without its
/// `metadata` and URL fields).
pub fn page_words(page: &Page) -> usize {
    let text = page.source.text();
    let body = text.get(page.body..).unwrap_or("");
    if body.contains(segments::SOURCE_MARK) {
        return segments::parse(body).iter().map(|s| count(&prose(s.source))).sum();
    }
    match (page.kind, &page.yaml) {
        (PageKind::Article, _) | (_, None) => markdown_words(body),
        (_, Some(v)) => yaml_words(v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_characters_count_one_word_each() {
        assert_eq!(count("合作伙伴中心"), 6);
        assert_eq!(count("Partner Center is 2 words, then 3."), 7);
        assert_eq!(count("使用 Partner Center 管理"), 6);
        assert_eq!(count("Центр партнеров"), 2);
    }

    #[test]
    fn markup_is_not_prose() {
        assert_eq!(count(&prose("See [the guide](https://x.org/a-b-c) and `code here` <br/> > [!NOTE]")), 4);
        let md = "# Title\n\n```powershell\nGet-Thing -All\n```\n\n:::image type=\"content\" source=\"a.png\" alt-text=\"x\":::\n\nTwo words.\n";
        assert_eq!(markdown_words(md), 3);
    }
}
