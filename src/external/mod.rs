//! External link checking: the optional `docloc check --external` stage.
//!
//! Takes the external `http(s)` URLs that rendering found in the content (each with
//! every span it is linked from), fetches each distinct URL once over the network and
//! returns one [`Rule::ExternalLinkBroken`] diagnostic per failing URL per span, in
//! the manner of lychee:
//!
//! * the `#fragment` is removed before fetching (fragments never reach the server,
//!   RFC 3986 §3.5) and URLs that then coincide are fetched once;
//! * non-`http(s)` schemes (`mailto:`, `tel:`, `ftp:`, …) are skipped, not failures;
//! * `HEAD` is tried first and `GET` used when the server will not answer `HEAD`
//!   (405, 501 and a few statuses servers give to `HEAD` alone);
//! * redirects are followed, at most [`MAX_REDIRECTS`] of them;
//! * 2xx (and the statuses in [`ExternalOptions::accept_status`]) count as success;
//! * 408, 429, 5xx, timeouts and connection errors are retried with exponential
//!   backoff, honouring a `Retry-After` of delta-seconds up to [`MAX_RETRY_AFTER`];
//!   other 4xx and TLS errors are final at once;
//! * at most [`ExternalOptions::concurrency`] requests are in flight, from scoped
//!   worker threads pulling URLs from a shared queue (blocking `ureq`, no async runtime);
//! * definitive answers are kept in an optional on-disk cache (see the `cache` module).

mod cache;
#[cfg(test)]
mod test_server;
#[cfg(test)]
mod tests;

pub use cache::CacheError;

use crate::diagnostic::{sort_and_dedup, Diagnostic, Rule, Span};
use cache::LinkCache;
use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// The `User-Agent` sent by default: `docloc/<crate version>`.
pub const DEFAULT_USER_AGENT: &str = concat!("docloc/", env!("CARGO_PKG_VERSION"));

/// Most redirects followed for one request before it fails with "too many redirects".
pub const MAX_REDIRECTS: u32 = 10;

/// Longest wait granted to a `Retry-After` header (RFC 9110 §10.2.3) before a retry;
/// longer requests are shortened to this so one server cannot stall the whole check.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(5);

/// Longest exponential-backoff wait between two attempts, whatever the retry count.
const MAX_BACKOFF: Duration = Duration::from_secs(10);

/// One external URL and every place it is linked from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExternalTarget {
    /// The URL as written in the content, fragment included (e.g.
    /// `https://example.com/page#part`); leading and trailing spaces are ignored.
    pub url: String,
    /// Every place the URL is linked from; a failing URL gets one diagnostic per span
    /// (or one without a span when this is empty).
    pub spans: Vec<Span>,
}

/// Knobs for fetching external links.
///
/// `Default`: 8 concurrent requests, 10 s per request, 2 retries with backoff
/// starting at 250 ms, no cache (24 h maximum age when one is set), user agent
/// [`DEFAULT_USER_AGENT`], no extra accepted statuses, proxies from the environment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExternalOptions {
    /// Most requests in flight at once (one per worker thread); 0 counts as 1.
    pub concurrency: usize,
    /// Time budget of one request from DNS lookup to the response head, redirects
    /// included; exceeding it gives [`LinkStatus::Timeout`].
    pub timeout: Duration,
    /// Extra attempts after a transient failure (408, 429, 5xx, timeout, connection
    /// error); 0 means one attempt only.
    pub retries: u32,
    /// Wait before the first retry; it doubles for each further retry (capped at 10 s).
    pub backoff: Duration,
    /// JSON cache file of earlier answers; `None` disables the cache.
    pub cache_path: Option<PathBuf>,
    /// Cached answers older than this are fetched again (and dropped from the file).
    pub cache_max_age: Duration,
    /// `User-Agent` request header.
    pub user_agent: String,
    /// Statuses counted as success besides 2xx, e.g. `429` or `403` for sites that
    /// refuse automated clients.
    pub accept_status: Vec<u16>,
    /// Whether to use the proxy named by `ALL_PROXY`/`HTTPS_PROXY`/`HTTP_PROXY`
    /// (honouring `NO_PROXY`), as curl does. Default `true`.
    pub proxy_from_env: bool,
}

impl Default for ExternalOptions {
    fn default() -> ExternalOptions {
        ExternalOptions {
            concurrency: 8,
            timeout: Duration::from_secs(10),
            retries: 2,
            backoff: Duration::from_millis(250),
            cache_path: None,
            cache_max_age: Duration::from_secs(24 * 60 * 60),
            user_agent: DEFAULT_USER_AGENT.to_string(),
            accept_status: Vec::new(),
            proxy_from_env: true,
        }
    }
}

/// What checking one URL found.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LinkStatus {
    /// Success: the final status (after redirects) is 2xx or in
    /// [`ExternalOptions::accept_status`].
    Ok(u16),
    /// The final status (after redirects and retries) is an HTTP error or an
    /// unfollowable 3xx.
    HttpError(u16),
    /// No response within [`ExternalOptions::timeout`] on the last attempt.
    Timeout,
    /// No HTTP answer: DNS failure, connection refused or reset, TLS error, invalid
    /// URL, too many redirects. Holds a short lower-case reason.
    Failed(String),
    /// Not fetched because the scheme is not `http`/`https` (`mailto:`, `tel:`,
    /// `ftp:`, …). Holds the lower-case scheme, empty for a relative reference.
    Skipped(String),
}

impl LinkStatus {
    /// Classifies a final HTTP status: success if 2xx or listed in `accept`.
    pub fn from_http_status(status: u16, accept: &[u16]) -> LinkStatus {
        if (200..300).contains(&status) || accept.contains(&status) {
            LinkStatus::Ok(status)
        } else {
            LinkStatus::HttpError(status)
        }
    }

    /// Whether the link counts as broken (anything but `Ok` and `Skipped`).
    pub fn is_broken(&self) -> bool {
        !matches!(self, LinkStatus::Ok(_) | LinkStatus::Skipped(_))
    }

    /// The HTTP status the server answered with, if it answered.
    pub fn http_status(&self) -> Option<u16> {
        match self {
            LinkStatus::Ok(s) | LinkStatus::HttpError(s) => Some(*s),
            _ => None,
        }
    }
}

impl fmt::Display for LinkStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkStatus::Ok(s) | LinkStatus::HttpError(s) => write!(f, "HTTP {s}"),
            LinkStatus::Timeout => f.write_str("timed out"),
            LinkStatus::Failed(reason) => write!(f, "failed: {reason}"),
            LinkStatus::Skipped(s) if s.is_empty() => f.write_str("skipped (not absolute)"),
            LinkStatus::Skipped(s) => write!(f, "skipped ({s}: is not fetched)"),
        }
    }
}

/// Everything one external check produced.
#[derive(Debug, Default)]
pub struct ExternalOutcome {
    /// One [`Rule::ExternalLinkBroken`] diagnostic per broken URL per span, sorted
    /// by [`sort_and_dedup`].
    pub diagnostics: Vec<Diagnostic>,
    /// Each distinct URL (fragment removed) with its status, sorted by URL.
    pub results: Vec<(String, LinkStatus)>,
    /// How many URLs were answered from the cache without a request.
    pub from_cache: usize,
    /// How many URLs were fetched over the network.
    pub fetched: usize,
    /// How many URLs were skipped for their scheme.
    pub skipped: usize,
    /// Problems reading or writing the cache; the check itself still ran.
    pub cache_errors: Vec<CacheError>,
}

/// A target URL reduced to what is fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Prepared {
    /// Fetch this `http(s)` URL (fragment removed; `//host` becomes `https://host`).
    Fetch(String),
    /// Skip: the key (fragment removed) and the lower-case scheme.
    Skip(String, String),
}

/// Removes the fragment and classifies the scheme (RFC 3986 §3.1, §3.5).
fn prepare(url: &str) -> Prepared {
    let url = url.trim();
    let bare = url.split_once('#').map_or(url, |(before, _)| before);
    if let Some(rest) = bare.strip_prefix("//") {
        return Prepared::Fetch(encode_for_request(&format!("https://{rest}")));
    }
    match scheme_of(bare) {
        Some(s) if s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https") => {
            Prepared::Fetch(encode_for_request(bare))
        }
        Some(s) => Prepared::Skip(bare.to_string(), s.to_ascii_lowercase()),
        None => Prepared::Skip(bare.to_string(), String::new()),
    }
}

/// Percent-encodes, as UTF-8, what a browser encodes before sending a path or query
/// (the WHATWG URL path percent-encode set: C0 controls, space, `"`, `<`, `>`, `` ` ``,
/// `{`, `}`, DEL, and every non-ASCII char), so `https://x/文档 a` is fetched as
/// `https://x/%E6%96%87%E6%A1%A3%20a`. Scheme and authority are left alone
/// (internationalized host names must already be in Punycode).
fn encode_for_request(url: &str) -> String {
    let authority = url.find("://").map_or(0, |i| i + 3);
    let path_start = url.get(authority..).and_then(|rest| rest.find(['/', '?'])).map_or(url.len(), |i| authority + i);
    let (head, tail) = url.split_at(path_start);
    let mut out = String::with_capacity(url.len());
    out.push_str(head);
    for b in tail.bytes() {
        let keep = b.is_ascii_graphic() && !matches!(b, b'"' | b'<' | b'>' | b'`' | b'{' | b'}');
        if keep {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The scheme of an absolute URI: `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )` before `:`.
fn scheme_of(url: &str) -> Option<&str> {
    let (scheme, _) = url.split_once(':')?;
    let mut chars = scheme.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    (first_ok && rest_ok).then_some(scheme)
}

/// Fetches every target with bounded concurrency and reports the broken ones.
///
/// Each distinct URL (after removing its fragment) is looked up in the cache or
/// fetched once; every span of a target whose URL is broken gets one
/// [`Rule::ExternalLinkBroken`] diagnostic saying the URL and the status or reason.
/// Never fails: network problems are [`LinkStatus`] values and cache problems are
/// listed in [`ExternalOutcome::cache_errors`].
pub fn check_external(targets: &[ExternalTarget], opts: &ExternalOptions) -> ExternalOutcome {
    let mut out = ExternalOutcome::default();
    let now = cache::unix_now();
    let mut cache = LinkCache::default();
    if let Some(path) = &opts.cache_path {
        let (loaded, err) = LinkCache::load(path);
        cache = loaded;
        out.cache_errors.extend(err);
    }

    // Distinct URLs, each decided from the cache, skipped, or queued for fetching.
    let mut statuses: BTreeMap<String, Option<LinkStatus>> = BTreeMap::new();
    for target in targets {
        let (key, status) = match prepare(&target.url) {
            Prepared::Skip(key, scheme) => (key, Some(LinkStatus::Skipped(scheme))),
            Prepared::Fetch(key) => {
                let cached = cache
                    .fresh(&key, now, opts.cache_max_age)
                    .map(|s| LinkStatus::from_http_status(s, &opts.accept_status));
                (key, cached)
            }
        };
        statuses.entry(key).or_insert(status);
    }
    out.from_cache = statuses.values().filter(|s| s.as_ref().is_some_and(|s| s.http_status().is_some())).count();
    out.skipped = statuses.values().filter(|s| matches!(s, Some(LinkStatus::Skipped(_)))).count();

    let queue: Vec<String> = statuses.iter().filter(|(_, s)| s.is_none()).map(|(k, _)| k.clone()).collect();
    out.fetched = queue.len();
    let fetched = fetch_all(&queue, opts);
    let done = cache::unix_now();
    for (url, status) in queue.into_iter().zip(fetched) {
        if let Some(code) = status.http_status() {
            cache.record(&url, code, done);
        }
        statuses.insert(url, Some(status));
    }

    if let Some(path) = &opts.cache_path {
        let before = cache.len();
        cache.prune(done, opts.cache_max_age);
        let changed = out.fetched > 0 || cache.len() != before || !out.cache_errors.is_empty();
        if changed {
            if let Err(e) = cache.save(path) {
                out.cache_errors.push(e);
            }
        }
    }

    let results: BTreeMap<String, LinkStatus> = statuses
        .into_iter()
        .map(|(k, s)| {
            let s = s.unwrap_or_else(|| LinkStatus::Failed("the check did not complete".into()));
            (k, s)
        })
        .collect();
    for target in targets {
        let key = match prepare(&target.url) {
            Prepared::Fetch(k) | Prepared::Skip(k, _) => k,
        };
        let Some(status) = results.get(&key).filter(|s| s.is_broken()) else {
            continue;
        };
        let make = |span: Option<Span>| diagnostic(target.url.trim(), status, span, opts);
        if target.spans.is_empty() {
            out.diagnostics.push(make(None));
        }
        out.diagnostics.extend(target.spans.iter().map(|s| make(Some(s.clone()))));
    }
    sort_and_dedup(&mut out.diagnostics);
    out.results = results.into_iter().collect();
    out
}

/// The diagnostic for a broken `url` at `span`.
fn diagnostic(url: &str, status: &LinkStatus, span: Option<Span>, opts: &ExternalOptions) -> Diagnostic {
    let message = match status {
        LinkStatus::Timeout => format!("external link {url} timed out after {}", human_duration(opts.timeout)),
        LinkStatus::Failed(reason) => format!("external link {url} failed: {reason}"),
        other => format!("external link {url} returned {other}"),
    };
    let d = Diagnostic::new(Rule::ExternalLinkBroken, span, message);
    match status {
        LinkStatus::HttpError(401 | 403 | 429) => d.with_hint(
            "the site may refuse automated clients; if the page opens in a browser, \
             accept this status in the external link settings",
        ),
        LinkStatus::Timeout => d.with_hint("retry later or raise the external link timeout"),
        _ => d,
    }
}

/// `10 s` for whole seconds, `300 ms` otherwise.
fn human_duration(d: Duration) -> String {
    if d.subsec_millis() == 0 {
        format!("{} s", d.as_secs())
    } else {
        format!("{} ms", d.as_millis())
    }
}

/// Checks every URL of `queue` on at most `opts.concurrency` scoped worker threads
/// that pull indices from a shared counter; returns the statuses in queue order.
fn fetch_all(queue: &[String], opts: &ExternalOptions) -> Vec<LinkStatus> {
    if queue.is_empty() {
        return Vec::new();
    }
    let fetcher = Fetcher::new(opts);
    let next = AtomicUsize::new(0);
    let workers = opts.concurrency.clamp(1, queue.len());
    let mut found: Vec<Option<LinkStatus>> = vec![None; queue.len()];
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(url) = queue.get(i) else { break };
                        done.push((i, fetcher.check(url)));
                    }
                    done
                })
            })
            .collect();
        for handle in handles {
            // A worker that panicked leaves its URLs as "did not complete".
            for (i, status) in handle.join().unwrap_or_default() {
                if let Some(slot) = found.get_mut(i) {
                    *slot = Some(status);
                }
            }
        }
    });
    found.into_iter().map(|s| s.unwrap_or_else(|| LinkStatus::Failed("the check did not complete".into()))).collect()
}

/// The request method of one attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Method {
    Head,
    Get,
}

/// What one request (redirects included) produced.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Answer {
    /// The server answered; `retry_after` is its `Retry-After` in delta-seconds.
    Status { code: u16, retry_after: Option<Duration> },
    /// No answer in time.
    Timeout,
    /// No HTTP answer; `transient` errors (connection, DNS) are worth a retry.
    Error { reason: String, transient: bool },
}

/// Whether a `HEAD` answer says nothing about the resource, only that the server
/// will not serve `HEAD`: 405 Method Not Allowed and 501 Not Implemented
/// (RFC 9110 §15.5.6, §15.6.2), and 400, 403, 406 that some servers and CDNs give
/// to `HEAD` alone. The URL is then asked again with `GET`.
fn head_unsupported(code: u16) -> bool {
    matches!(code, 400 | 403 | 405 | 406 | 501)
}

/// Whether a status describes the moment rather than the resource: 408, 429 and
/// 5xx other than 501 Not Implemented and 505 HTTP Version Not Supported.
fn transient_status(code: u16) -> bool {
    matches!(code, 408 | 429) || (code >= 500 && code != 501 && code != 505)
}

/// The delay of a `Retry-After` header in delta-seconds form (RFC 9110 §10.2.3);
/// the HTTP-date form is ignored and the normal backoff used instead.
fn parse_retry_after(value: &str) -> Option<Duration> {
    value.trim().parse::<u64>().ok().map(Duration::from_secs)
}

/// Wait before retry number `retry` (0-based): `backoff · 2^retry`, capped at
/// [`MAX_BACKOFF`], lengthened to the server's `Retry-After` capped at [`MAX_RETRY_AFTER`].
fn retry_delay(backoff: Duration, retry: u32, retry_after: Option<Duration>) -> Duration {
    let factor = 1u32 << retry.min(16);
    let exponential = backoff.saturating_mul(factor).min(MAX_BACKOFF);
    match retry_after {
        Some(wait) => exponential.max(wait.min(MAX_RETRY_AFTER)),
        None => exponential,
    }
}

/// Sorts a ureq error into timeout, transient or permanent failure with a short reason.
fn classify_error(err: ureq::Error) -> Answer {
    use std::io::ErrorKind;
    let transient = |reason: String| Answer::Error { reason, transient: true };
    let permanent = |reason: String| Answer::Error { reason, transient: false };
    match err {
        ureq::Error::Timeout(_) => Answer::Timeout,
        ureq::Error::Io(e) => match e.kind() {
            ErrorKind::TimedOut | ErrorKind::WouldBlock => Answer::Timeout,
            ErrorKind::ConnectionRefused => transient("connection refused".into()),
            ErrorKind::ConnectionReset => transient("connection reset".into()),
            ErrorKind::ConnectionAborted => transient("connection aborted".into()),
            ErrorKind::UnexpectedEof => transient("connection closed without a response".into()),
            _ => transient(format!("I/O error: {e}")),
        },
        ureq::Error::HostNotFound => transient("host not found (DNS lookup failed)".into()),
        ureq::Error::ConnectionFailed => transient("connection failed".into()),
        ureq::Error::TooManyRedirects => permanent(format!("too many redirects (more than {MAX_REDIRECTS})")),
        ureq::Error::BadUri(reason) => permanent(format!("invalid URL: {reason}")),
        ureq::Error::Http(e) => permanent(format!("invalid URL: {e}")),
        ureq::Error::Protocol(e) => permanent(format!("invalid HTTP response: {e}")),
        ureq::Error::Tls(reason) => permanent(format!("TLS error: {reason}")),
        other => permanent(other.to_string()),
    }
}

/// One shared HTTP client plus the retry policy.
struct Fetcher<'o> {
    agent: ureq::Agent,
    opts: &'o ExternalOptions,
}

impl<'o> Fetcher<'o> {
    /// A client that returns 4xx/5xx as responses (not errors), follows up to
    /// [`MAX_REDIRECTS`] redirects and gives each request `opts.timeout` in all.
    fn new(opts: &'o ExternalOptions) -> Fetcher<'o> {
        let mut config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(opts.timeout))
            .max_redirects(MAX_REDIRECTS)
            .user_agent(opts.user_agent.as_str());
        if !opts.proxy_from_env {
            config = config.proxy(None);
        }
        Fetcher { agent: config.build().new_agent(), opts }
    }

    /// One request; the response body is never read (dropping it closes the connection).
    fn request(&self, url: &str, method: Method) -> Answer {
        let response = match method {
            Method::Head => self.agent.head(url).call(),
            Method::Get => self.agent.get(url).call(),
        };
        match response {
            Ok(response) => Answer::Status {
                code: response.status().as_u16(),
                retry_after: response
                    .headers()
                    .get("retry-after")
                    .and_then(|v| v.to_str().ok())
                    .and_then(parse_retry_after),
            },
            Err(e) => classify_error(e),
        }
    }

    /// Checks one URL: `HEAD`, `GET` if `HEAD` is refused, retries on transient failures.
    fn check(&self, url: &str) -> LinkStatus {
        let accept = &self.opts.accept_status;
        let mut method = Method::Head;
        let mut retry = 0;
        loop {
            let (status, retry_after) = match self.request(url, method) {
                Answer::Status { code, retry_after } => {
                    let status = LinkStatus::from_http_status(code, accept);
                    if !status.is_broken() {
                        return status;
                    }
                    if method == Method::Head && head_unsupported(code) {
                        method = Method::Get;
                        continue;
                    }
                    if !transient_status(code) {
                        return status;
                    }
                    (status, retry_after)
                }
                Answer::Timeout => (LinkStatus::Timeout, None),
                Answer::Error { reason, transient } => {
                    if !transient {
                        return LinkStatus::Failed(reason);
                    }
                    (LinkStatus::Failed(reason), None)
                }
            };
            if retry >= self.opts.retries {
                return status;
            }
            std::thread::sleep(retry_delay(self.opts.backoff, retry, retry_after));
            retry += 1;
        }
    }
}
