//! YAML pages: Microsoft Learn's `### YamlMime:Landing`, `Hub` and `FAQ` documents.
//!
//! Loaded in the load stage ([`load`]); [`view`] normalizes the three schemas into one
//! shape (sections of links, hub highlights, FAQ questions) that the theme renders and
//! the link checks walk. Only the fields Microsoft Learn documents for these schemas are
//! read; anything else is ignored.
//!
//! Every value the view keeps carries where it is written, from the spans of the page's
//! scalars ([`crate::yaml::scalar_spans`]): a link's URL its own span, a FAQ answer and
//! the summary a [`SourceMap`] from each byte of their Markdown to the file, so that a
//! link inside a folded answer is reported at its own line and column. A page the span
//! parser cannot read (the value reader read it) falls back to searching for each key.

use super::front_matter::{self, Metadata};
use super::{Page, PageKind, SourceText, Text};
use crate::diagnostic::{Diagnostic, Rule, Span};
use crate::hash::HashMap;
use crate::yaml::{self, ScalarSpan, SourceMap, Value};
use std::ops::Range;

/// Reads a YAML page. Returns `None` (with a diagnostic where useful) for files that are
/// not YAML pages or do not parse.
pub fn load(source: SourceText, locale: &str, key: &str, diags: &mut Vec<Diagnostic>) -> Option<Page> {
    let text = source.text();
    let first = text.lines().next().unwrap_or("").trim();
    let kind = match first.strip_prefix("### YamlMime:").map(str::trim) {
        Some("Landing") => PageKind::Landing,
        Some("Hub") => PageKind::Hub,
        Some("FAQ") => PageKind::Faq,
        Some(other) => {
            diags.push(Diagnostic::new(
                Rule::YamlMimeUnknown,
                Some(Span { path: source.path.clone(), line: 1, column: 15, len: other.chars().count() as u32 }),
                format!("YamlMime `{other}` is not supported (Landing, Hub, FAQ are); the file is not published"),
            ));
            return None;
        }
        None => {
            if key.rsplit('/').next().is_some_and(|n| n.eq_ignore_ascii_case("docfx.yml")) {
                return None;
            }
            diags.push(Diagnostic::new(
                Rule::YamlMimeUnknown,
                Some(Span::file(source.path.clone())),
                "YAML file without a `### YamlMime:` header is neither a page nor a TOC; it is not published",
            ));
            return None;
        }
    };
    let yaml = match yaml::from_str::<Value>(&text) {
        Ok(v) => v,
        Err(e) => {
            diags.push(front_matter::yaml_error(&e, &text, 0, &source.index, &source.path));
            return None;
        }
    };
    let mut meta = match yaml.get("metadata") {
        Some(Value::Mapping(m)) => front_matter::metadata_from_mapping(m),
        Some(_) => {
            diags.push(Diagnostic::new(
                Rule::YamlNotMapping,
                Some(Span::file(source.path.clone())),
                "`metadata:` is not a mapping",
            ));
            Metadata::default()
        }
        None => Metadata { is_mapping: true, ..Metadata::default() },
    };
    let (positions, duplicates) = front_matter::metadata_block_positions(&text, &source.index);
    meta.positions = positions;
    meta.duplicates = duplicates;
    if meta.title.is_none() {
        meta.title = yaml.get("title").and_then(Value::as_str).map(str::to_string);
    }
    Some(Page { locale: locale.into(), key: key.into(), source, kind, meta, body: 0, yaml: Some(yaml) })
}

/// A link of a YAML page, with where it is written.
#[derive(Debug, Clone, PartialEq)]
pub struct YamlLink {
    /// Link text.
    pub text: String,
    /// The URL as written (relative `.md`, site-root or absolute).
    pub url: String,
    /// Where the URL is written: its first character, and its length in the file (the
    /// quotes of a quoted value are not part of it).
    pub span: Span,
}

/// A card or list of links (landing `landingContent`, hub `conceptualContent`,
/// `additionalContent`).
#[derive(Debug, Clone, PartialEq)]
pub struct YamlSection {
    /// Section title.
    pub title: String,
    /// Its links.
    pub links: Vec<YamlLink>,
    /// Hub `footerLink`.
    pub footer: Option<YamlLink>,
}

/// One FAQ question with its Markdown answer.
#[derive(Debug, Clone, PartialEq)]
pub struct FaqQuestion {
    /// The question (plain text).
    pub question: String,
    /// The answer (Markdown), as YAML reads it.
    pub answer: String,
    /// Where the answer is written: from its first character to the end of its text.
    pub span: Span,
    /// Where each byte of [`FaqQuestion::answer`] is written in the file, so that what
    /// the answer's Markdown holds is reported at its own line and column.
    pub map: SourceMap,
}

/// A FAQ section.
#[derive(Debug, Clone, PartialEq)]
pub struct FaqSection {
    /// Section name.
    pub name: String,
    /// Its questions.
    pub questions: Vec<FaqQuestion>,
}

/// The normalized content of a YAML page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct YamlView {
    /// Page title (top-level `title`).
    pub title: String,
    /// `summary` (Markdown).
    pub summary: String,
    /// Where each byte of [`YamlView::summary`] is written in the file.
    pub summary_map: SourceMap,
    /// Link sections.
    pub sections: Vec<YamlSection>,
    /// Hub `highlightedContent.items` as links (text = title), with their `itemType`.
    pub highlights: Vec<(YamlLink, String)>,
    /// FAQ sections.
    pub faq: Vec<FaqSection>,
}

/// Where the values of a YAML page are written: the spans of its scalars by key path
/// ([`yaml::scalar_spans`]). Without them (the text does not parse as the span parser
/// reads it) values are found by searching the text for their key, forward, so that
/// repeated values map to successive occurrences: the line of the key, the column of
/// the value's first line where it is written there.
struct Places<'a> {
    source: &'a SourceText,
    text: Text,
    spans: HashMap<String, ScalarSpan>,
    /// Where the text search goes on from.
    pos: usize,
}

impl<'a> Places<'a> {
    fn new(source: &'a SourceText) -> Places<'a> {
        let text = source.text();
        let spans = yaml::scalar_spans(&text).unwrap_or_default();
        Places { source, text, spans: spans.into_iter().map(|s| (s.path.clone(), s)).collect(), pos: 0 }
    }

    /// Where `value`, the value at `path` (whose last key is `key`), is written.
    fn map(&mut self, path: &str, key: &str, value: &str) -> SourceMap {
        self.span(path, key, value).1
    }

    /// The span of `value`, the value at `path` (whose last key is `key`), and its map.
    fn span(&mut self, path: &str, key: &str, value: &str) -> (Span, SourceMap) {
        match self.spans.get(path) {
            Some(span) => {
                self.pos = self.pos.max(span.end.min(self.text.len()));
                let map = span.map_value(&self.text, value);
                let r = map.range(0..value.len());
                (self.span_of(r.start, r.end), map)
            }
            None => {
                let r = self.find(key, value);
                (self.span_of(r.start, r.end), SourceMap::at(r.start))
            }
        }
    }

    /// The span of the byte range `start..end` of the page's text.
    fn span_of(&self, start: usize, end: usize) -> Span {
        self.source.index.span(&self.source.path, &self.text, start, end)
    }

    /// Text search: the byte range of the first line of `value` after the next `key:`
    /// (of the key itself when the value is not on that line).
    fn find(&mut self, key: &str, value: &str) -> Range<usize> {
        let text = self.text.clone();
        let needle = value.lines().next().unwrap_or("").trim();
        let mut search = self.pos.min(text.len());
        while let Some(i) = text.get(search..).and_then(|t| t.find(key)).map(|i| search + i) {
            let line_end = text[i..].find('\n').map_or(text.len(), |e| i + e);
            let rest = &text[i + key.len()..line_end];
            if rest.trim_start().starts_with(':') {
                let at = if needle.is_empty() { None } else { text[i..line_end].find(needle).map(|o| i + o) };
                self.pos = line_end;
                return match at {
                    Some(a) => a..a + needle.len(),
                    None => i..i + key.len(),
                };
            }
            search = i + key.len();
        }
        self.pos..self.pos
    }

    fn link(&mut self, v: &Value, path: &str, text_key: &str) -> Option<YamlLink> {
        let url = s(v.get("url"));
        if url.is_empty() {
            return None;
        }
        let (span, _) = self.span(&format!("{path}/url"), "url", &url);
        Some(YamlLink { text: s(v.get(text_key)), url, span })
    }

    fn links(&mut self, v: Option<&Value>, path: &str, text_key: &str) -> Vec<YamlLink> {
        seq(v).iter().enumerate().filter_map(|(i, l)| self.link(l, &format!("{path}/{i}"), text_key)).collect()
    }
}

fn s(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

fn seq(v: Option<&Value>) -> &[Value] {
    v.and_then(Value::as_sequence).map_or(&[], Vec::as_slice)
}

/// Normalizes a YAML page for rendering and checking. Parses the page's text once more
/// for the spans of its values ([`yaml::scalar_spans`]).
pub fn view(page: &Page) -> YamlView {
    let Some(yaml) = &page.yaml else { return YamlView::default() };
    let mut at = Places::new(&page.source);
    let summary = s(yaml.get("summary"));
    let summary_map = if summary.is_empty() { SourceMap::default() } else { at.map("summary", "summary", &summary) };
    let mut out = YamlView { title: s(yaml.get("title")), summary, summary_map, ..YamlView::default() };
    if out.title.is_empty() {
        out.title = page.meta.title.clone().unwrap_or_default();
    }
    match page.kind {
        PageKind::Landing => {
            for (b, block) in seq(yaml.get("landingContent")).iter().enumerate() {
                let mut links = Vec::new();
                for (l, list) in seq(block.get("linkLists")).iter().enumerate() {
                    links.extend(at.links(
                        list.get("links"),
                        &format!("landingContent/{b}/linkLists/{l}/links"),
                        "text",
                    ));
                }
                out.sections.push(YamlSection { title: s(block.get("title")), links, footer: None });
            }
        }
        PageKind::Hub => {
            let items = seq(yaml.get("highlightedContent").and_then(|h| h.get("items")));
            for (i, item) in items.iter().enumerate() {
                if let Some(l) = at.link(item, &format!("highlightedContent/items/{i}"), "title") {
                    out.highlights.push((l, s(item.get("itemType"))));
                }
            }
            for (i, item) in seq(yaml.get("conceptualContent").and_then(|h| h.get("items"))).iter().enumerate() {
                let path = format!("conceptualContent/items/{i}");
                let links = at.links(item.get("links"), &format!("{path}/links"), "text");
                let footer = item.get("footerLink").and_then(|f| at.link(f, &format!("{path}/footerLink"), "text"));
                out.sections.push(YamlSection { title: s(item.get("title")), links, footer });
            }
            for (i, item) in seq(yaml.get("tools").and_then(|h| h.get("items"))).iter().enumerate() {
                if let Some(l) = at.link(item, &format!("tools/items/{i}"), "title") {
                    out.highlights.push((l, "tool".into()));
                }
            }
        }
        PageKind::Faq => {
            for (i, section) in seq(yaml.get("sections")).iter().enumerate() {
                let mut questions = Vec::new();
                for (j, q) in seq(section.get("questions")).iter().enumerate() {
                    let answer = s(q.get("answer"));
                    let (span, map) = at.span(&format!("sections/{i}/questions/{j}/answer"), "answer", &answer);
                    questions.push(FaqQuestion {
                        question: s(q.get("question")).trim().to_string(),
                        answer,
                        span,
                        map,
                    });
                }
                out.faq.push(FaqSection { name: s(section.get("name")), questions });
            }
        }
        PageKind::Article => {}
    }
    for (i, section) in seq(yaml.get("additionalContent").and_then(|a| a.get("sections"))).iter().enumerate() {
        let links = at.links(section.get("items"), &format!("additionalContent/sections/{i}/items"), "title");
        out.sections.push(YamlSection { title: s(section.get("title")), links, footer: None });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(text: &str) -> (Option<Page>, Vec<Diagnostic>) {
        let mut d = Vec::new();
        let p = load(SourceText::new("zh-cn/pc/x.yml".into(), text.into()), "zh-cn", "pc/x.yml", &mut d);
        (p, d)
    }

    #[test]
    fn faq_page_with_metadata() {
        let (p, d) = page("### YamlMime:FAQ\nmetadata:\n  title: Meta\n  ms.date: 02/05/2021\ntitle: FAQ\nsummary: s\nsections:\n- name: A\n  questions:\n  - question: Q?\n    answer: See [x](y.md).\n");
        assert!(d.is_empty());
        let p = p.unwrap();
        assert_eq!(p.kind, PageKind::Faq);
        assert_eq!(p.meta.title.as_deref(), Some("Meta"));
        assert_eq!(p.meta.positions["ms.date"], (4, 3));
        let v = view(&p);
        assert_eq!(v.faq[0].questions[0].answer, "See [x](y.md).");
        let q = &v.faq[0].questions[0];
        assert_eq!((q.span.line, q.span.column, q.span.len), (11, 13, 14));
    }

    /// Line and column in the file of `needle`, found in `value` and mapped by `map`.
    fn written_at(p: &Page, map: &SourceMap, value: &str, needle: &str) -> (u32, u32, u32) {
        let at = value.find(needle).expect("in the value");
        let r = map.range(at..at + needle.len());
        let s = p.source.span(r.start, r.end);
        (s.line, s.column, s.len)
    }

    #[test]
    fn folded_answers_map_each_line_to_its_own_text() {
        let text = "### YamlMime:FAQ\ntitle: FAQ\nsummary: >\n  **Роли:** администратор\n\n\n  См. [обзор](обзор.md).\nsections:\n- name: A\n  questions:\n  - question: >\n      Как?\n    answer: >\n      Первая строка ответа\n      вторая строка,\n      третья: [ссылка](ссылка-faq.md) и ![картинка](images/картинка.png).\n\n\n      1. Пункт [два](https://example.com/два).\n";
        let (p, d) = page(text);
        assert!(d.is_empty(), "{d:?}");
        let p = p.unwrap();
        let v = view(&p);
        let q = &v.faq[0].questions[0];
        assert!(q.answer.starts_with("Первая строка ответа вторая строка, третья: [ссылка]"), "{:?}", q.answer);
        assert_eq!((q.span.line, q.span.column), (14, 7));
        assert_eq!(written_at(&p, &q.map, &q.answer, "ссылка-faq.md"), (16, 24, 13));
        assert_eq!(written_at(&p, &q.map, &q.answer, "images/картинка.png"), (16, 53, 19));
        assert_eq!(written_at(&p, &q.map, &q.answer, "https://example.com/два"), (19, 22, 23));
        assert_eq!(written_at(&p, &v.summary_map, &v.summary, "обзор.md"), (7, 15, 8));
    }

    #[test]
    fn double_quoted_multi_line_answers_map_through_escapes_and_folds() {
        let text = "### YamlMime:FAQ\ntitle: FAQ\nsections:\n- name: A\n  questions:\n  - question: Q?\n    answer: \"Zobacz \\\"to\\\".\\n\\n- [Szczegóły](szczegóły-podatków.md)\n      i dalej\\\n      \\u017aródło [źródło](\\u017aródło.md).\\n\\n> [!NOTE]\\n> ![obraz](images/obraz.png)\"\n";
        let (p, d) = page(text);
        assert!(d.is_empty(), "{d:?}");
        let p = p.unwrap();
        let v = view(&p);
        let q = &v.faq[0].questions[0];
        assert_eq!(
            q.answer,
            "Zobacz \"to\".\n\n- [Szczegóły](szczegóły-podatków.md) i dalejźródło [źródło](źródło.md).\n\n> [!NOTE]\n> ![obraz](images/obraz.png)"
        );
        assert_eq!(written_at(&p, &q.map, &q.answer, "szczegóły-podatków.md"), (7, 46, 21));
        assert_eq!(written_at(&p, &q.map, &q.answer, "dalej"), (8, 9, 5));
        // A destination written with an escape spans its escaped text.
        assert_eq!(written_at(&p, &q.map, &q.answer, "źródło.md"), (9, 28, 14));
        assert_eq!(written_at(&p, &q.map, &q.answer, "images/obraz.png"), (9, 70, 16));
    }

    #[test]
    fn landing_links_have_positions() {
        let (p, _) = page("### YamlMime:Landing\ntitle: L\nlandingContent:\n- title: A\n  linkLists:\n  - linkListType: concept\n    links:\n    - text: One\n      url: one.md\n    - text: Two\n      url: one.md\n");
        let v = view(&p.unwrap());
        let links = &v.sections[0].links;
        assert_eq!(links.len(), 2);
        assert_eq!((links[0].span.line, links[0].span.column), (9, 12));
        assert_eq!(links[1].span.line, 11);
    }

    #[test]
    fn unknown_mime_and_bad_yaml() {
        let (p, d) = page("### YamlMime:Tutorial\ntitle: x\n");
        assert!(p.is_none());
        assert_eq!(d[0].rule, Rule::YamlMimeUnknown);
        let (p, d) = page("### YamlMime:FAQ\ntitle: [x\n");
        assert!(p.is_none());
        assert_eq!(d[0].rule, Rule::YamlInvalid);
    }
}
