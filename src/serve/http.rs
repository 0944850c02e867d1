//! The HTTP side of `docloc serve` (axum on tokio): the built site from memory, the
//! live-reload event stream and the script that listens to it.
//!
//! Only files of the built site are served: a request path is percent-decoded and
//! refused (400) when it holds a `.` or `..` segment, a backslash, a NUL or an empty
//! segment; whatever remains is looked up in the site's map, never on disk (assets are
//! served from the files the build recorded). HTML gets one `<script>` before its last
//! `</body>`: it listens to `/_docloc/live` (server-sent events) and reloads the page,
//! keeping its scroll position, when a rebuild publishes a new site, and shows the
//! errors the edits introduced as an overlay. tower-livereload was considered: it
//! appends its script after the document and its events carry no data, so it could
//! neither keep the page byte-identical up to `</body>` nor carry the overlay.

use super::site::{Entry, SiteFiles};
use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderValue, Method, StatusCode, Uri};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use percent_encoding::percent_decode_str;
use std::convert::Infallible;
use std::sync::{Arc, RwLock};
use tokio::sync::watch;
use tokio_stream::wrappers::WatchStream;
use tokio_stream::{Stream, StreamExt};

/// Path of the live-reload event stream.
pub const LIVE_PATH: &str = "/_docloc/live";

/// What the browsers are told: the site's generation (a new one means reload) and the
/// errors to show, as JSON.
#[derive(Debug, Clone, Default)]
pub struct LiveState {
    /// Incremented each time a rebuilt site is published.
    pub generation: u64,
    /// `[{"location","rule","message","hint"}]` of the errors the overlay shows.
    pub errors_json: Arc<str>,
}

/// Shared by the handlers.
pub(crate) struct AppState {
    pub(crate) site: RwLock<Arc<SiteFiles>>,
    pub(crate) live: watch::Receiver<LiveState>,
    /// URL prefix of the site (`/` or `/help/`).
    pub(crate) base_path: String,
}

/// The router: the event stream, then every other path from the site.
pub(crate) fn router(state: Arc<AppState>) -> Router {
    Router::new().route(LIVE_PATH, get(live)).fallback(page).with_state(state)
}

async fn live(State(state): State<Arc<AppState>>) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let stream = WatchStream::new(state.live.clone()).map(|s| {
        let data = format!("{{\"generation\":{},\"errors\":{}}}", s.generation, s.errors_json);
        Ok(Event::default().event("state").data(data))
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

/// The site path a request path names (`zh-cn/pc/a/index.html`), or the status to
/// answer: 400 for a path that is not a plain path inside the site, 404 for one outside
/// the site's URL prefix.
pub fn site_path(raw: &str, base_path: &str) -> Result<String, StatusCode> {
    let decoded = percent_decode_str(raw).decode_utf8().map_err(|_| StatusCode::BAD_REQUEST)?;
    if decoded.contains('\\') || decoded.contains('\0') || !decoded.starts_with('/') {
        return Err(StatusCode::BAD_REQUEST);
    }
    let segments: Vec<&str> = decoded[1..].split('/').collect();
    let last = segments.len().saturating_sub(1);
    for (i, seg) in segments.iter().enumerate() {
        if *seg == "." || *seg == ".." || (seg.is_empty() && i != last) || seg.contains(':') {
            return Err(StatusCode::BAD_REQUEST);
        }
    }
    let base = base_path.trim_start_matches('/');
    let rel = decoded[1..].strip_prefix(base).ok_or(StatusCode::NOT_FOUND)?;
    Ok(if rel.is_empty() || rel.ends_with('/') { format!("{rel}index.html") } else { rel.to_string() })
}

/// The `Content-Type` of a site file, by its extension.
pub fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "bmp" => "image/bmp",
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        "mp3" => "audio/mpeg",
        "pdf" => "application/pdf",
        "zip" => "application/zip",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        _ => "application/octet-stream",
    }
}

/// The live-reload script for a page of site generation `generation`: one `<script>`
/// element.
pub fn live_script(generation: u64) -> String {
    format!("<script data-docloc-live=\"{generation}\">{}</script>", include_str!("live.js").trim())
}

/// `html` with [`live_script`] before its last `</body>` (at the end when it has none).
pub fn inject(html: &[u8], generation: u64) -> Vec<u8> {
    let script = live_script(generation);
    let at = html.windows(7).rposition(|w| w.eq_ignore_ascii_case(b"</body>")).unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + script.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(script.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

fn status(code: StatusCode, generation: u64) -> Response {
    let text = format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{code}</title></head><body><p>{code}</p></body></html>"
    );
    let mut r = Response::new(Body::from(inject(text.as_bytes(), generation)));
    *r.status_mut() = code;
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    r
}

async fn page(State(state): State<Arc<AppState>>, method: Method, uri: Uri) -> Response {
    let generation = state.live.borrow().generation;
    if method != Method::GET && method != Method::HEAD {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    let path = match site_path(uri.path(), &state.base_path) {
        Ok(p) => p,
        Err(code) => return status(code, generation),
    };
    let site = Arc::clone(&state.site.read().unwrap_or_else(|p| p.into_inner()));
    let entry = match site.get(&path) {
        Some(e) => e.clone(),
        None => {
            if site.contains_key(&format!("{path}/index.html")) {
                let to = format!("{}/", uri.path());
                return (StatusCode::PERMANENT_REDIRECT, [(header::LOCATION, to)]).into_response();
            }
            return status(StatusCode::NOT_FOUND, generation);
        }
    };
    drop(site);
    let bytes: Vec<u8> = match entry {
        Entry::Bytes(b) => b.to_vec(),
        Entry::File(f) => match tokio::fs::read(&f).await {
            Ok(b) => b,
            Err(_) => return status(StatusCode::NOT_FOUND, generation),
        },
    };
    let ty = content_type(&path);
    let body = if ty.starts_with("text/html") { inject(&bytes, generation) } else { bytes };
    let mut r = Response::new(Body::from(body));
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(ty));
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_paths_inside_the_site() {
        assert_eq!(site_path("/", "/").as_deref(), Ok("index.html"));
        assert_eq!(site_path("/zh-cn/pc/a/", "/").as_deref(), Ok("zh-cn/pc/a/index.html"));
        assert_eq!(site_path("/_docloc/docloc.css", "/").as_deref(), Ok("_docloc/docloc.css"));
        assert_eq!(site_path("/%E4%B8%AD/", "/").as_deref(), Ok("中/index.html"));
        assert_eq!(site_path("/help/zh-cn/", "/help/").as_deref(), Ok("zh-cn/index.html"));
        assert_eq!(site_path("/zh-cn/", "/help/"), Err(StatusCode::NOT_FOUND));
        for bad in
            ["/../etc/passwd", "/%2e%2e/etc/passwd", "/a/%2E%2E/%2e%2e/x", "/a\\..\\x", "/a%5c..%5cx", "//etc/passwd"]
        {
            assert_eq!(site_path(bad, "/"), Err(StatusCode::BAD_REQUEST), "{bad}");
        }
        for bad in ["/./x", "/a//b", "/C:/x", "/a%00b", "/%ff"] {
            assert_eq!(site_path(bad, "/"), Err(StatusCode::BAD_REQUEST), "{bad}");
        }
    }

    #[test]
    fn one_script_before_the_last_body_end() {
        let html = b"<html><body><p>x</p></BODY></html>";
        let out = String::from_utf8(inject(html, 3)).expect("utf-8");
        assert!(out.starts_with("<html><body><p>x</p><script data-docloc-live=\"3\">"), "{out}");
        assert!(out.ends_with("</script></BODY></html>"));
        assert_eq!(out.matches("<script").count(), 1);
        assert_eq!(out.replace(&live_script(3), ""), String::from_utf8_lossy(html));
        assert!(String::from_utf8(inject(b"<p>no body</p>", 1)).expect("utf-8").ends_with("</script>"));
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("_docloc/docloc.css"), "text/css; charset=utf-8");
        assert_eq!(content_type("x/a.PNG"), "image/png");
        assert_eq!(content_type("x/unknown"), "application/octet-stream");
    }
}
