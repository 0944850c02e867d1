//! Tests of the external link stage against small HTTP/1.1 servers on loopback
//! (see `test_server`); no test reaches any other address.

use super::test_server::{closed_port, reply, Reply, TestServer};
use super::*;
use std::sync::Arc;
use std::time::Instant;

fn span(path: &str, line: u32) -> Span {
    Span { path: path.into(), line, column: 1, len: 0 }
}

fn target(url: String, spans: Vec<Span>) -> ExternalTarget {
    ExternalTarget { url, spans }
}

/// Fast options for loopback servers.
fn fast_opts() -> ExternalOptions {
    ExternalOptions {
        concurrency: 4,
        timeout: Duration::from_secs(3),
        retries: 2,
        backoff: Duration::from_millis(10),
        proxy_from_env: false,
        ..ExternalOptions::default()
    }
}

fn status_of<'a>(out: &'a ExternalOutcome, url: &str) -> &'a LinkStatus {
    out.results
        .iter()
        .find(|(u, _)| u == url)
        .map(|(_, s)| s)
        .unwrap_or_else(|| panic!("no result for {url}: {:?}", out.results))
}

fn site_route(method: &str, path: &str, nth: usize) -> Reply {
    match path {
        "/ok" | "/target" => reply(200),
        "/missing" => reply(404),
        "/moved" => reply(301).header("Location", "/target"),
        "/head-refused" if method == "HEAD" => reply(405),
        "/head-refused" => reply(200),
        "/flaky" if nth == 1 => reply(503),
        "/flaky" => reply(200),
        "/loop" => reply(302).header("Location", "/loop"),
        "/forbidden" => reply(403),
        "/busy" => reply(429),
        _ => reply(404),
    }
}

#[test]
fn statuses_retries_fallbacks_and_diagnostics() {
    let server = TestServer::start(site_route);
    let refused = format!("http://127.0.0.1:{}/x", closed_port());
    let targets = vec![
        target(server.url("/ok#intro"), vec![span("a.md", 1)]),
        target(server.url("/ok#other"), vec![span("b.md", 2)]),
        target(server.url("/missing"), vec![span("b.md", 5), span("a.md", 3)]),
        target(server.url("/moved"), vec![span("a.md", 4)]),
        target(server.url("/head-refused"), vec![span("a.md", 5)]),
        target(server.url("/flaky"), vec![span("a.md", 6)]),
        target(server.url("/loop"), vec![span("a.md", 7)]),
        target(server.url("/forbidden"), vec![span("a.md", 8)]),
        target(server.url("/busy"), vec![span("a.md", 9)]),
        target(refused.clone(), vec![]),
        target("mailto:someone@example.com".into(), vec![span("a.md", 10)]),
        target("tel:+15550100".into(), vec![span("a.md", 11)]),
        target("ftp://127.0.0.1/file".into(), vec![span("a.md", 12)]),
    ];
    let opts = ExternalOptions { accept_status: vec![429], ..fast_opts() };
    let out = check_external(&targets, &opts);

    assert_eq!(status_of(&out, &server.url("/ok")), &LinkStatus::Ok(200));
    assert_eq!(status_of(&out, &server.url("/missing")), &LinkStatus::HttpError(404));
    assert_eq!(status_of(&out, &server.url("/moved")), &LinkStatus::Ok(200));
    assert_eq!(status_of(&out, &server.url("/head-refused")), &LinkStatus::Ok(200));
    assert_eq!(status_of(&out, &server.url("/flaky")), &LinkStatus::Ok(200));
    assert!(
        matches!(status_of(&out, &server.url("/loop")), LinkStatus::Failed(r) if r.contains("too many redirects")),
        "{:?}",
        status_of(&out, &server.url("/loop"))
    );
    assert_eq!(status_of(&out, &server.url("/forbidden")), &LinkStatus::HttpError(403));
    assert_eq!(status_of(&out, &server.url("/busy")), &LinkStatus::Ok(429));
    assert_eq!(status_of(&out, &refused), &LinkStatus::Failed("connection refused".into()));
    assert_eq!(status_of(&out, "mailto:someone@example.com"), &LinkStatus::Skipped("mailto".into()));
    assert_eq!(status_of(&out, "tel:+15550100"), &LinkStatus::Skipped("tel".into()));
    assert_eq!(status_of(&out, "ftp://127.0.0.1/file"), &LinkStatus::Skipped("ftp".into()));
    assert_eq!(out.results.len(), 12, "fragments deduplicated: {:?}", out.results);
    assert_eq!((out.fetched, out.from_cache, out.skipped), (9, 0, 3));
    assert!(out.cache_errors.is_empty());

    // Requests the server saw: fragment-deduplicated, HEAD first, GET only when
    // HEAD is refused, retries only for transient answers.
    assert_eq!(server.methods("/ok"), ["HEAD"]);
    assert_eq!(server.methods("/missing"), ["HEAD"], "404 is not retried");
    assert_eq!(server.methods("/moved"), ["HEAD"]);
    assert_eq!(server.methods("/target"), ["HEAD"]);
    assert_eq!(server.methods("/head-refused"), ["HEAD", "GET"]);
    assert_eq!(server.methods("/flaky"), ["HEAD", "HEAD"], "503 retried once");
    assert_eq!(server.methods("/forbidden"), ["HEAD", "GET"]);
    assert_eq!(server.methods("/busy"), ["HEAD"], "accepted 429 is success");
    assert_eq!(server.hits("/loop"), 1 + MAX_REDIRECTS as usize);

    let got: Vec<(Option<String>, String)> = out
        .diagnostics
        .iter()
        .map(|d| {
            assert_eq!(d.rule, Rule::ExternalLinkBroken);
            (d.span.as_ref().map(|s| s.to_string()), d.message.clone())
        })
        .collect();
    let want = vec![
        (None, format!("external link {refused} failed: connection refused")),
        (Some("a.md:3:1".into()), format!("external link {} returned HTTP 404", server.url("/missing"))),
        (
            Some("a.md:7:1".into()),
            format!("external link {} failed: too many redirects (more than 10)", server.url("/loop")),
        ),
        (Some("a.md:8:1".into()), format!("external link {} returned HTTP 403", server.url("/forbidden"))),
        (Some("b.md:5:1".into()), format!("external link {} returned HTTP 404", server.url("/missing"))),
    ];
    assert_eq!(got, want);
    let forbidden = &out.diagnostics[3];
    assert!(forbidden.hint.as_deref().is_some_and(|h| h.contains("accept")));
}

#[test]
fn slow_answers_time_out_and_are_retried() {
    let server = TestServer::start(|_, _, _| reply(200).delayed(Duration::from_millis(700)));
    let url = server.url("/slow");
    let opts = ExternalOptions { timeout: Duration::from_millis(300), retries: 1, ..fast_opts() };
    let started = Instant::now();
    let out = check_external(&[target(url.clone(), vec![span("t.md", 1)])], &opts);
    let elapsed = started.elapsed();
    assert_eq!(status_of(&out, &url), &LinkStatus::Timeout);
    assert!(elapsed < Duration::from_millis(1500), "{elapsed:?}");
    assert_eq!(out.diagnostics.len(), 1);
    assert_eq!(out.diagnostics[0].message, format!("external link {url} timed out after 300 ms"));
    // Give the server a moment to log the retried request before counting.
    drop_and_count(server, "/slow", 2);
}

/// Stops `server` (waiting for its handlers) and checks how often `path` was requested.
fn drop_and_count(server: TestServer, path: &str, want: usize) {
    let stats = Arc::clone(&server.stats);
    drop(server);
    let hits = stats.hits.lock().expect("hits lock");
    assert_eq!(hits.iter().filter(|(_, p)| p == path).count(), want);
}

#[test]
fn retry_after_is_honoured() {
    let server =
        TestServer::start(|_, _, nth| if nth == 1 { reply(429).header("Retry-After", "1") } else { reply(200) });
    let url = server.url("/rate");
    let started = Instant::now();
    let out = check_external(&[target(url.clone(), vec![])], &fast_opts());
    let elapsed = started.elapsed();
    assert_eq!(status_of(&out, &url), &LinkStatus::Ok(200));
    assert!(elapsed >= Duration::from_millis(950), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
    assert_eq!(server.hits("/rate"), 2);
}

#[test]
fn cache_answers_second_run_without_requests() {
    let server = TestServer::start(|_, path, _| match path {
        "/ok" => reply(200),
        "/missing" => reply(404),
        _ => reply(503),
    });
    let dir = tempfile::tempdir().expect("tempdir");
    let cache_path = dir.path().join("cache/links.json");
    let opts = ExternalOptions { cache_path: Some(cache_path.clone()), retries: 0, ..fast_opts() };
    let ok = server.url("/ok");
    let missing = server.url("/missing");
    let down = server.url("/down");
    let first = check_external(
        &[
            target(ok.clone(), vec![span("a.md", 1)]),
            target(format!("{missing}#x"), vec![span("a.md", 2)]),
            target(down.clone(), vec![span("a.md", 3)]),
        ],
        &opts,
    );
    assert_eq!((first.fetched, first.from_cache), (3, 0));
    assert!(first.cache_errors.is_empty(), "{:?}", first.cache_errors);
    let text = std::fs::read_to_string(&cache_path).expect("cache written");
    let json: serde_json::Value = serde_json::from_str(&text).expect("cache is JSON");
    assert_eq!(json[&ok]["status"], 200);
    assert_eq!(json[&missing]["status"], 404);
    assert!(json[&missing]["checked_at"].as_u64().is_some_and(|t| t > 0));
    assert!(json.get(&down).is_none(), "5xx is never cached: {text}");
    assert_eq!(server.total_hits(), 3);

    // Second run: everything cacheable comes from the file, nothing reaches the server.
    let second_targets = [target(ok.clone(), vec![span("a.md", 1)]), target(missing.clone(), vec![span("a.md", 2)])];
    let second = check_external(&second_targets, &opts);
    assert_eq!((second.fetched, second.from_cache), (0, 2));
    assert_eq!(server.total_hits(), 3, "second run made requests");
    assert_eq!(status_of(&second, &missing), &LinkStatus::HttpError(404));
    assert_eq!(second.diagnostics.len(), 1);
    assert_eq!(second.diagnostics[0].message, format!("external link {missing} returned HTTP 404"));

    // An expired cache is fetched again.
    let expired = ExternalOptions { cache_max_age: Duration::ZERO, ..opts.clone() };
    std::thread::sleep(Duration::from_millis(1100));
    let third = check_external(&second_targets, &expired);
    assert_eq!((third.fetched, third.from_cache), (2, 0));
    assert_eq!(server.total_hits(), 5);
}

#[test]
fn corrupt_cache_is_ignored_and_replaced() {
    let server = TestServer::start(|_, _, _| reply(200));
    let dir = tempfile::tempdir().expect("tempdir");
    let cache_path = dir.path().join("links.json");
    std::fs::write(&cache_path, "{ this is not json").expect("write corrupt cache");
    let opts = ExternalOptions { cache_path: Some(cache_path.clone()), ..fast_opts() };
    let url = server.url("/page");
    let out = check_external(&[target(url.clone(), vec![])], &opts);
    assert_eq!(status_of(&out, &url), &LinkStatus::Ok(200));
    assert_eq!((out.fetched, out.from_cache), (1, 0));
    assert!(matches!(out.cache_errors.as_slice(), [CacheError::Corrupt { .. }]));
    let again = check_external(&[target(url.clone(), vec![])], &opts);
    assert!(again.cache_errors.is_empty(), "{:?}", again.cache_errors);
    assert_eq!((again.fetched, again.from_cache), (0, 1));
    assert_eq!(server.hits("/page"), 1);
}

#[test]
fn concurrency_bounds_simultaneous_connections() {
    let server = TestServer::start(|_, _, _| reply(200).delayed(Duration::from_millis(120)));
    let targets: Vec<_> = (0..8).map(|i| target(server.url(&format!("/c/{i}")), vec![])).collect();
    let opts = ExternalOptions { concurrency: 2, ..fast_opts() };
    let out = check_external(&targets, &opts);
    assert!(out.results.iter().all(|(_, s)| *s == LinkStatus::Ok(200)));
    assert_eq!(server.total_hits(), 8);
    let max = server.stats.max_active.load(Ordering::SeqCst);
    assert_eq!(max, 2, "two workers must overlap but never exceed two");
}

#[test]
fn urls_are_prepared_by_scheme_and_fragment() {
    assert_eq!(prepare(" https://a.example/p?q=1#frag "), Prepared::Fetch("https://a.example/p?q=1".into()));
    assert_eq!(prepare("HTTP://A.example/"), Prepared::Fetch("HTTP://A.example/".into()));
    assert_eq!(prepare("//cdn.example/x#y"), Prepared::Fetch("https://cdn.example/x".into()));
    assert_eq!(prepare("MailTo:x@y.example"), Prepared::Skip("MailTo:x@y.example".into(), "mailto".into()));
    assert_eq!(prepare("docs/page.md#a"), Prepared::Skip("docs/page.md".into(), String::new()));
    assert_eq!(scheme_of("svn+ssh://h/r"), Some("svn+ssh"));
    assert_eq!(scheme_of("1http://x"), None);
    assert_eq!(scheme_of("a b:c"), None);
    assert_eq!(scheme_of(":x"), None);
}

#[test]
fn retry_policy_pieces() {
    let b = Duration::from_millis(250);
    assert_eq!(retry_delay(b, 0, None), b);
    assert_eq!(retry_delay(b, 2, None), Duration::from_secs(1));
    assert_eq!(retry_delay(b, 40, None), MAX_BACKOFF);
    assert_eq!(retry_delay(b, 0, Some(Duration::from_secs(2))), Duration::from_secs(2));
    assert_eq!(retry_delay(b, 0, Some(Duration::from_secs(3600))), MAX_RETRY_AFTER);
    assert_eq!(retry_delay(b, 1, Some(Duration::ZERO)), b * 2);
    assert_eq!(parse_retry_after(" 7 "), Some(Duration::from_secs(7)));
    assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), None);
    assert_eq!(parse_retry_after("-1"), None);
    for code in [408, 429, 500, 502, 503, 504] {
        assert!(transient_status(code), "{code}");
    }
    for code in [400, 401, 403, 404, 410, 501, 505] {
        assert!(!transient_status(code), "{code}");
    }
    assert!(head_unsupported(405) && head_unsupported(501));
    assert!(!head_unsupported(404) && !head_unsupported(410));
}

#[test]
fn status_classification_and_display() {
    assert_eq!(LinkStatus::from_http_status(204, &[]), LinkStatus::Ok(204));
    assert_eq!(LinkStatus::from_http_status(403, &[]), LinkStatus::HttpError(403));
    assert_eq!(LinkStatus::from_http_status(403, &[403]), LinkStatus::Ok(403));
    assert_eq!(LinkStatus::from_http_status(302, &[]), LinkStatus::HttpError(302));
    assert!(!LinkStatus::Skipped("tel".into()).is_broken());
    assert!(LinkStatus::Timeout.is_broken());
    assert_eq!(LinkStatus::HttpError(404).to_string(), "HTTP 404");
    assert_eq!(LinkStatus::Skipped("tel".into()).to_string(), "skipped (tel: is not fetched)");
    assert_eq!(human_duration(Duration::from_secs(10)), "10 s");
    assert_eq!(human_duration(Duration::from_millis(1500)), "1500 ms");
}

#[test]
fn defaults_match_the_documented_values() {
    let o = ExternalOptions::default();
    assert_eq!(o.concurrency, 8);
    assert_eq!(o.timeout, Duration::from_secs(10));
    assert_eq!(o.retries, 2);
    assert_eq!(o.backoff, Duration::from_millis(250));
    assert_eq!(o.cache_path, None);
    assert_eq!(o.cache_max_age, Duration::from_secs(86_400));
    assert!(o.user_agent.starts_with("docloc/"));
    assert!(o.accept_status.is_empty() && o.proxy_from_env);
}

#[test]
fn nothing_to_fetch_makes_no_requests_and_no_cache_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cache_path = dir.path().join("links.json");
    let opts = ExternalOptions { cache_path: Some(cache_path.clone()), ..fast_opts() };
    let out = check_external(&[target("tel:1".into(), vec![span("a.md", 1)])], &opts);
    assert!(out.diagnostics.is_empty());
    assert_eq!((out.fetched, out.skipped), (0, 1));
    assert!(!cache_path.exists());
    let none = check_external(&[], &opts);
    assert!(none.results.is_empty() && none.diagnostics.is_empty());
}

#[test]
fn paths_are_percent_encoded_like_a_browser_does() {
    assert_eq!(
        encode_for_request("https://x.example/文档 a?q=\"b\"#f"),
        "https://x.example/%E6%96%87%E6%A1%A3%20a?q=%22b%22#f"
    );
    assert_eq!(encode_for_request("https://x.example"), "https://x.example");
    assert_eq!(encode_for_request("https://u:p@x.example:8443/a%20b/{c}"), "https://u:p@x.example:8443/a%20b/%7Bc%7D");

    let server = TestServer::start(|_, path, _| match path {
        "/zh-cn/%E6%96%87%E6%A1%A3" => reply(200),
        _ => reply(404),
    });
    let targets = [
        target(server.url("/zh-cn/文档#标题"), vec![span("a.md", 1)]),
        target(server.url("/zh-cn/%E6%96%87%E6%A1%A3"), vec![span("a.md", 2)]),
    ];
    let out = check_external(&targets, &fast_opts());
    assert_eq!(out.results, [(server.url("/zh-cn/%E6%96%87%E6%A1%A3"), LinkStatus::Ok(200))]);
    assert!(out.diagnostics.is_empty());
    assert_eq!(server.total_hits(), 1);
}
