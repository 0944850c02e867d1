//! YAML pages: Microsoft Learn's `### YamlMime:Landing`, `Hub` and `FAQ` documents.
//!
//! Loaded in the load stage ([`load`]); [`view`] normalizes the three schemas into one
//! shape (sections of links, hub highlights, FAQ questions) that the theme renders and
//! the link checks walk. Only the fields Microsoft Learn documents for these schemas are
//! read; anything else is ignored.

use super::front_matter::{self, Metadata};
use super::{Page, PageKind, SourceText};
use crate::diagnostic::{Diagnostic, Rule, Span};
use serde_yaml::Value;

/// Reads a YAML page. Returns `None` (with a diagnostic where useful) for files that are
/// not YAML pages or do not parse.
pub fn load(source: SourceText, locale: &str, key: &str, diags: &mut Vec<Diagnostic>) -> Option<Page> {
    let first = source.text.lines().next().unwrap_or("").trim();
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
    let yaml = match serde_yaml::from_str::<Value>(&source.text) {
        Ok(v) => v,
        Err(e) => {
            diags.push(front_matter::yaml_error(&e, &source.text, 0, &source.index, &source.path));
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
    let (positions, duplicates) = front_matter::metadata_block_positions(&source.text, &source.index);
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
    /// Where the URL is written.
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
    /// The answer (Markdown).
    pub answer: String,
    /// Where the answer starts in the file (the line of `answer:`).
    pub span: Span,
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
    /// Link sections.
    pub sections: Vec<YamlSection>,
    /// Hub `highlightedContent.items` as links (text = title), with their `itemType`.
    pub highlights: Vec<(YamlLink, String)>,
    /// FAQ sections.
    pub faq: Vec<FaqSection>,
}

/// Finds where strings are written, scanning forward so repeated values map to
/// successive occurrences.
struct Locator<'a> {
    source: &'a SourceText,
    pos: usize,
}

impl Locator<'_> {
    fn find(&mut self, key: &str, value: &str) -> Span {
        let text = &self.source.text;
        let needle = value.lines().next().unwrap_or("").trim();
        let mut search = self.pos;
        while let Some(i) = text[search..].find(key).map(|i| search + i) {
            let line_end = text[i..].find('\n').map_or(text.len(), |e| i + e);
            let rest = &text[i + key.len()..line_end];
            if rest.trim_start().starts_with(':') {
                let at = if needle.is_empty() { None } else { text[i..line_end].find(needle).map(|o| i + o) };
                self.pos = line_end.min(text.len());
                return match at {
                    Some(a) => self.source.span(a, a + needle.len()),
                    None => self.source.span(i, i + key.len()),
                };
            }
            search = i + key.len();
        }
        self.source.span(self.pos, self.pos)
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

fn link(loc: &mut Locator<'_>, v: &Value, text_key: &str) -> Option<YamlLink> {
    let url = s(v.get("url"));
    if url.is_empty() {
        return None;
    }
    let span = loc.find("url", &url);
    Some(YamlLink { text: s(v.get(text_key)), url, span })
}

/// Normalizes a YAML page for rendering and checking.
pub fn view(page: &Page) -> YamlView {
    let Some(yaml) = &page.yaml else { return YamlView::default() };
    let mut loc = Locator { source: &page.source, pos: 0 };
    let mut out = YamlView { title: s(yaml.get("title")), summary: s(yaml.get("summary")), ..YamlView::default() };
    if out.title.is_empty() {
        out.title = page.meta.title.clone().unwrap_or_default();
    }
    match page.kind {
        PageKind::Landing => {
            for block in seq(yaml.get("landingContent")) {
                let mut links = Vec::new();
                for list in seq(block.get("linkLists")) {
                    links.extend(seq(list.get("links")).iter().filter_map(|l| link(&mut loc, l, "text")));
                }
                out.sections.push(YamlSection { title: s(block.get("title")), links, footer: None });
            }
        }
        PageKind::Hub => {
            for item in seq(yaml.get("highlightedContent").and_then(|h| h.get("items"))) {
                if let Some(l) = link(&mut loc, item, "title") {
                    out.highlights.push((l, s(item.get("itemType"))));
                }
            }
            for item in seq(yaml.get("conceptualContent").and_then(|h| h.get("items"))) {
                let links = seq(item.get("links")).iter().filter_map(|l| link(&mut loc, l, "text")).collect();
                let footer = item.get("footerLink").and_then(|f| link(&mut loc, f, "text"));
                out.sections.push(YamlSection { title: s(item.get("title")), links, footer });
            }
            for item in seq(yaml.get("tools").and_then(|h| h.get("items"))) {
                if let Some(l) = link(&mut loc, item, "title") {
                    out.highlights.push((l, "tool".into()));
                }
            }
        }
        PageKind::Faq => {
            for section in seq(yaml.get("sections")) {
                let mut questions = Vec::new();
                for q in seq(section.get("questions")) {
                    let answer = s(q.get("answer"));
                    let span = loc.find("answer", "");
                    questions.push(FaqQuestion { question: s(q.get("question")).trim().to_string(), answer, span });
                }
                out.faq.push(FaqSection { name: s(section.get("name")), questions });
            }
        }
        PageKind::Article => {}
    }
    for section in seq(yaml.get("additionalContent").and_then(|a| a.get("sections"))) {
        let links = seq(section.get("items")).iter().filter_map(|l| link(&mut loc, l, "title")).collect();
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
        assert_eq!(v.faq[0].questions[0].span.line, 11);
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
