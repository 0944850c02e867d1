//! Renders the theme's sample pages (the test fixture) into a folder for viewing
//! in a browser: `cargo run --example theme_preview -- OUT_DIR [LOCALE]`.
//! Asset links point at `OUT_DIR/_docloc/` so the pages open from `file://`.

use docloc::i18n::I18n;
use docloc::theme::Theme;
use serde_json::{json, Value};
use std::path::PathBuf;

const FIXTURE: &str = include_str!("../tests/fixtures/theme/context.json");

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(args.next().ok_or("usage: theme_preview OUT_DIR [LOCALE]")?);
    let locale = args.next().unwrap_or_else(|| "zh-tw".to_string());
    let fixture: Value = serde_json::from_str(FIXTURE)?;
    let (i18n, diags) = I18n::load(None);
    for d in diags {
        eprintln!("{}: {}", d.rule, d.message);
    }
    let theme = Theme::load(None)?;
    std::fs::create_dir_all(out.join("_docloc"))?;
    for (path, bytes) in theme.static_files() {
        std::fs::write(out.join("_docloc").join(path), bytes)?;
    }
    let t = json!(i18n.strings(&[&locale]));
    let site = json!({ "title": "Partner Center docs", "base_path": "./", "assets": "_docloc/" });
    let pages = fixture["pages"].as_object().ok_or("fixture has no pages")?;
    for (kind, page) in pages {
        let mut ctx = fixture["common"].clone();
        ctx["site"] = site.clone();
        ctx["t"] = t.clone();
        ctx["page"] = page.clone();
        let html = theme.render(&format!("{kind}.html"), &tera::Context::from_value(ctx)?)?;
        std::fs::write(out.join(format!("{kind}.html")), html)?;
    }
    for kind in ["redirect", "root"] {
        let mut ctx = fixture[kind].clone();
        let code = ctx["lang"]["code"].as_str().unwrap_or("en-us").to_string();
        ctx["site"] = site.clone();
        ctx["t"] = json!(i18n.strings(&[&code]));
        let html = theme.render(&format!("{kind}.html"), &tera::Context::from_value(ctx)?)?;
        std::fs::write(out.join(format!("{kind}.html")), html)?;
    }
    println!("wrote {}", out.display());
    Ok(())
}
