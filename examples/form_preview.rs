//! Renders a form of the theme as a standalone page, for a look in a browser and for
//! the browser tests (`tests/browser/form.mjs`).
//!
//! ```sh
//! cargo run --release --example form_preview -- zh-tw > /tmp/form-zh-tw.html
//! cargo run --release --example form_preview -- --out target/form-preview zh-tw ru-ru
//! ```
//!
//! With a single locale the page goes to stdout and loads `form.css`/`form.js` from
//! this checkout's `templates/static/` (a `file://` URL, or `--assets-url URL`).
//! With `--out DIR` each locale's page is written to `DIR/<locale>/index.html` and
//! the theme's assets to `DIR/_docloc/`, ready to serve over HTTP.
//! `--form NAME` picks another form than `cpor-claim`.

use docloc::form::{render_preview_page, Forms};
use docloc::i18n::I18n;
use docloc::theme::Theme;
use std::path::PathBuf;

const USAGE: &str = "usage: form_preview [--form NAME] [--assets-url URL] LOCALE\n       form_preview [--form NAME] --out DIR LOCALE...";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut form = "cpor-claim".to_string();
    let mut assets = None;
    let mut out = None;
    let mut locales = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--form" => form = args.next().ok_or(USAGE)?,
            "--assets-url" => assets = Some(args.next().ok_or(USAGE)?),
            "--out" => out = Some(PathBuf::from(args.next().ok_or(USAGE)?)),
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg}\n{USAGE}").into()),
            _ => locales.push(arg),
        }
    }
    if locales.is_empty() || (out.is_none() && locales.len() > 1) {
        return Err(USAGE.into());
    }
    let (i18n, i18n_diags) = I18n::load(None);
    let (forms, form_diags) = Forms::load(None);
    for d in i18n_diags.iter().chain(&form_diags) {
        eprintln!("{}: {}", d.rule, d.message);
    }
    let schema = forms.get(&form).ok_or_else(|| format!("no form called `{form}`"))?;
    match out {
        None => {
            let default = format!("file://{}/templates/static/", env!("CARGO_MANIFEST_DIR"));
            let assets = assets.unwrap_or(default);
            print!("{}", render_preview_page(schema, &i18n, &[locales[0].as_str()], &assets));
        }
        Some(dir) => {
            let theme = Theme::load(None)?;
            let static_dir = dir.join("_docloc");
            std::fs::create_dir_all(&static_dir)?;
            for (path, bytes) in theme.static_files() {
                let target = static_dir.join(path);
                if let Some(parent) = target.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                std::fs::write(target, bytes)?;
            }
            let assets = assets.unwrap_or_else(|| "../_docloc/".to_string());
            for locale in &locales {
                let page_dir = dir.join(locale);
                std::fs::create_dir_all(&page_dir)?;
                std::fs::write(
                    page_dir.join("index.html"),
                    render_preview_page(schema, &i18n, &[locale.as_str()], &assets),
                )?;
            }
            std::fs::write(dir.join("index.html"), index_page(&locales))?;
            eprintln!("wrote {} page(s) under {}", locales.len(), dir.display());
        }
    }
    Ok(())
}

/// A page linking to each locale's preview (the served folder's root).
fn index_page(locales: &[String]) -> String {
    let links: String = locales.iter().map(|l| format!("<li><a href=\"{l}/\">{l}</a></li>\n")).collect();
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Form previews</title></head>\n<body><main><h1>Form previews</h1>\n<ul>\n{links}</ul></main></body>\n</html>\n"
    )
}
