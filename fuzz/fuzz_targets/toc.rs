//! TOC parsing: `docloc::nav::parse` on YAML and Markdown TOCs and breadcrumbs.
//!
//! Input: first byte picks the kind, the rest is the file.
#![no_main]

use docloc::content::{NavFile, NavKind, SourceText};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&kind, rest)) = data.split_first() else { return };
    let kind = match kind % 3 {
        0 => NavKind::TocYaml,
        1 => NavKind::TocMarkdown,
        _ => NavKind::Breadcrumb,
    };
    let text = String::from_utf8_lossy(rest).into_owned();
    let file = NavFile {
        locale: "zh-cn".into(),
        key: "docs/TOC.yml".into(),
        kind,
        source: SourceText::new("zh-cn/docs/TOC.yml".into(), text),
    };
    let mut diags = Vec::new();
    let toc = docloc::nav::parse(&file, &mut diags);
    let _ = toc.nodes.len();
    for href in file.source.text.lines() {
        let _ = docloc::nav::is_toc_href(href);
    }
});
