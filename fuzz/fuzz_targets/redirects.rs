//! The redirect file and link resolution: `docloc::site::model::Model::new` parses
//! `.openpublishing.redirection.json` from the input, then `Model::resolve`, `link_url`,
//! `image_url` and `redirect_target_url` run on link destinations from the input.
//!
//! Input: the redirect file, a NUL byte, then one link destination per line.
#![no_main]

use docloc::config::{Config, LocaleConfig};
use docloc::content::front_matter::Metadata;
use docloc::content::{Content, Page, PageKind, RedirectFile, SourceText};
use docloc::locale::LocaleSet;
use docloc::site::links::Want;
use docloc::site::model::Model;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fn page(locale: &str, key: &str) -> Page {
    Page {
        locale: locale.into(),
        key: key.into(),
        source: SourceText::new(format!("{locale}/{key}"), "# T\n".into()),
        kind: PageKind::Article,
        meta: Metadata::default(),
        body: 0,
        yaml: None,
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (json, links) = text.split_once('\0').unwrap_or((&text, "a.md\n../b.md#x\n/docs/c"));
    let config = Config {
        locales: vec![
            LocaleConfig { code: "zh-cn".into(), name: None, dir: None, fallback: vec![] },
            LocaleConfig { code: "zh-tw".into(), name: None, dir: None, fallback: vec!["zh-cn".into()] },
        ],
        ..Config::default()
    };
    let (locales, _) = LocaleSet::new(&config, Path::new("/nonexistent"), &[]);
    let content = Content {
        root: "/nonexistent".into(),
        pages: vec![page("zh-cn", "docs/a.md"), page("zh-cn", "docs/sub/b.md"), page("zh-tw", "docs/a.md")],
        redirect_files: vec![RedirectFile {
            locale: "zh-cn".into(),
            source: SourceText::new("zh-cn/.openpublishing.redirection.json".into(), json.to_string()),
        }],
        fragments: vec![("zh-cn".into(), "docs/includes/i.md".into())],
        ..Content::default()
    };
    let model = Model::new(&config, &locales, &content);
    for dest in links.lines() {
        for want in [Want::Page, Want::Asset, Want::Include] {
            let _ = model.resolve("zh-tw", "docs/sub/b.md", dest, want);
        }
        let _ = model.link_url("zh-cn", "docs/a.md", dest);
        let _ = model.image_url("zh-cn", "docs/a.md", dest);
    }
    for i in 0..model.redirects.len() {
        let _ = model.redirect_target_url("zh-cn", i, 0);
    }
});
