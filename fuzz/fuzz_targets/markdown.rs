//! The DocFX Markdown pipeline with includes: `docloc::markdown::render`, HTML on and off,
//! with a resolver that serves every include from the fuzz input.
//!
//! Input: the page, then include files, separated by NUL bytes. An include target picks
//! one of them by a hash of its path, so include chains and cycles happen.
#![no_main]

use docloc::content::SourceText;
use docloc::diagnostic::Rule;
use docloc::markdown::{render, Input, RenderOptions, Resolver, UiText};
use libfuzzer_sys::fuzz_target;

struct FromInput {
    includes: Vec<String>,
}

impl Resolver for FromInput {
    fn link_url(&self, _from: &str, dest: &str) -> Option<String> {
        (dest.len() % 2 == 0).then(|| format!("/zh-cn/{dest}"))
    }
    fn image_url(&self, _from: &str, src: &str) -> Option<String> {
        Some(format!("/zh-cn/{src}"))
    }
    fn include(&self, _from: &str, target: &str) -> Result<(String, SourceText), (Rule, String)> {
        if self.includes.is_empty() || target.contains("missing") {
            return Err((Rule::IncludeNotFound, format!("include `{target}` not found")));
        }
        let h = target.bytes().fold(0usize, |h, b| h.wrapping_mul(31).wrapping_add(b as usize));
        let n = h % self.includes.len();
        let key = format!("includes/i{n}.md");
        Ok((key.clone(), SourceText::new(format!("zh-cn/{key}"), self.includes[n].clone())))
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.split('\0');
    let page = parts.next().unwrap_or("").to_string();
    let resolver = FromInput { includes: parts.map(str::to_string).collect() };
    let source = SourceText::new("zh-cn/docs/a.md".into(), page);
    let body = docloc::content::front_matter::split(&source.text, &source.path).map_or(0, |s| s.body);
    let ui = UiText::default();
    let full =
        render(Input::new(&source, body, "docs/a.md"), &resolver, &ui, RenderOptions { include_depth: 8, html: true });
    let facts =
        render(Input::new(&source, body, "docs/a.md"), &resolver, &ui, RenderOptions { include_depth: 8, html: false });
    // The two code paths report the same facts (the property `check` relies on).
    assert_eq!(full.headings, facts.headings);
    assert_eq!(full.anchors, facts.anchors);
    assert_eq!(full.blocks, facts.blocks);
});
