//! Redirects: `<locale>/.openpublishing.redirection.json`, parsed into [`Redirect`]s.
//!
//! Part of the model stage. The file is the Open Publishing format DocFX sites use:
//! `{ "redirections": [ { "source_path", "redirect_url", "redirect_document_id" } ] }`.
//! Every `source_path` is normalized and confined to its locale root: one that leaves it
//! (`../../tmp/x.md`), is absolute on a drive or holds a NUL is a `redirect-outside-root`
//! diagnostic and never becomes a page, so no redirect can make the build write outside
//! the output folder.

use crate::content::RedirectFile;
use crate::diagnostic::{Diagnostic, Rule, Span};
use crate::link::normalize;
use serde::Deserialize;

/// One entry of `.openpublishing.redirection.json`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redirect {
    /// Locale of the redirect file.
    pub locale: String,
    /// `source_path` (or `source_path_from_root`), normalized, relative to the locale
    /// root (`partner-center/old.md`).
    pub source: String,
    /// `redirect_url` as written: site-root (`/partner-center/new`) or absolute.
    pub url: String,
    /// `redirect_document_id` (bool, or the strings `"TRUE"`/`"false"`…).
    pub document_id: bool,
    /// Where `source_path` is written.
    pub span: Span,
}

#[derive(Deserialize)]
struct RedirectJson {
    #[serde(default)]
    redirections: Vec<RedirectEntry>,
}

#[derive(Deserialize)]
struct RedirectEntry {
    source_path: Option<String>,
    #[serde(default)]
    source_path_from_root: Option<String>,
    redirect_url: Option<String>,
    #[serde(default)]
    redirect_document_id: Option<serde_json::Value>,
}

/// Parses a boolean written as JSON bool or as a string (`"FALSE"`, `"True"`), as the
/// Open Publishing files in the wild spell it.
pub fn loose_bool(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::Bool(b) => *b,
        serde_json::Value::String(s) => s.trim().eq_ignore_ascii_case("true"),
        _ => false,
    }
}

/// `source` as a key inside the locale root, or why it cannot be one.
fn confine(source: &str) -> Result<String, &'static str> {
    if source.contains('\0') {
        return Err("it contains a NUL character");
    }
    let s = source.replace('\\', "/");
    let bytes = s.as_bytes();
    if bytes.len() >= 2 && bytes[1] == b':' && bytes[0].is_ascii_alphabetic() {
        return Err("it is an absolute path on a drive");
    }
    match normalize("", s.trim_start_matches('/')) {
        Some(k) if !k.is_empty() => Ok(k),
        Some(_) => Err("it names the locale root itself"),
        None => Err("`..` leaves the locale root"),
    }
}

/// Parses one redirect file. Entries come back in file order; problems (JSON syntax, a
/// missing `redirect_url`, a `source_path` outside the root) become diagnostics and the
/// entry is skipped.
pub fn parse(file: &RedirectFile, diagnostics: &mut Vec<Diagnostic>) -> Vec<Redirect> {
    let text = file.source.text();
    let parsed: RedirectJson = match serde_json::from_str(&text) {
        Ok(p) => p,
        Err(e) => {
            let line = e.line().max(1) as u32;
            let column = e.column().max(1) as u32;
            diagnostics.push(Diagnostic::new(
                Rule::RedirectInvalid,
                Some(Span { path: file.source.path.clone(), line, column, len: 1 }),
                format!("cannot parse redirects: {e}"),
            ));
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    let mut search = 0;
    for entry in parsed.redirections {
        let Some(written) = entry.source_path.or(entry.source_path_from_root) else { continue };
        let needle = serde_json::to_string(&written).unwrap_or_default();
        let at = text.get(search..).and_then(|t| t.find(&needle)).map(|i| search + i + 1);
        let span = match at {
            Some(a) => {
                search = a;
                file.source.index.span(&file.source.path, &text, a, a + needle.len().saturating_sub(2))
            }
            None => Span::file(file.source.path.clone()),
        };
        let source = match confine(&written) {
            Ok(s) => s,
            Err(why) => {
                diagnostics.push(
                    Diagnostic::new(
                        Rule::RedirectOutsideRoot,
                        Some(span),
                        format!("redirect source `{written}` is not a path inside the locale root: {why}"),
                    )
                    .with_hint("Write `source_path` relative to the locale root, e.g. `partner-center/old-page.md`."),
                );
                continue;
            }
        };
        let Some(url) = entry.redirect_url else {
            diagnostics.push(Diagnostic::new(
                Rule::RedirectInvalid,
                Some(span),
                format!("redirect for {source} has no redirect_url"),
            ));
            continue;
        };
        out.push(Redirect {
            locale: file.locale.clone(),
            source,
            url,
            document_id: entry.redirect_document_id.as_ref().is_some_and(loose_bool),
            span,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::SourceText;

    fn file(text: &str) -> RedirectFile {
        RedirectFile {
            locale: "zh-cn".into(),
            source: SourceText::new("zh-cn/.openpublishing.redirection.json".into(), text.into()),
        }
    }

    #[test]
    fn bools_and_entries() {
        assert!(loose_bool(&serde_json::json!("TRUE")));
        assert!(!loose_bool(&serde_json::json!("FALSE")));
        assert!(loose_bool(&serde_json::json!(true)));
        let mut d = Vec::new();
        let r = parse(
            &file("{\"redirections\": [\n {\"source_path\": \"/pc/./old.md\", \"redirect_url\": \"/pc/new\", \"redirect_document_id\": \"True\"}\n]}"),
            &mut d,
        );
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(r[0].source, "pc/old.md");
        assert!(r[0].document_id);
        assert_eq!((r[0].span.line, r[0].span.column), (2, 19));
    }

    #[test]
    fn sources_outside_the_root_are_refused() {
        for bad in ["../../../../tmp/x.md", "..\\\\..\\\\x.md", "C:/x.md", "/", "a/../../b.md"] {
            let mut d = Vec::new();
            let text = format!("{{\"redirections\": [{{\"source_path\": \"{bad}\", \"redirect_url\": \"/x\"}}]}}");
            let r = parse(&file(&text), &mut d);
            assert!(r.is_empty(), "{bad}");
            assert_eq!(d.len(), 1, "{bad}");
            assert_eq!(d[0].rule, Rule::RedirectOutsideRoot, "{bad}");
            assert_eq!(d[0].span.as_ref().map(|s| s.line), Some(1), "{bad}");
        }
    }
}
