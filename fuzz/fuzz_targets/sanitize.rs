//! The HTML allow-list: `docloc::sanitize::clean_fragment`, a `Cleaner` over the input's
//! lines (as an HTML block arrives), and `unsafe_url`.
//!
//! Oracles: cleaning is idempotent (the output holds nothing more to remove), the stream
//! of pieces cleans to what the joined fragment cleans to when nothing was removed, and a
//! URL refused once is refused inside any attribute.
#![no_main]

use docloc::sanitize::{clean_fragment, unsafe_url, Cleaner, HtmlPolicy};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let policy = HtmlPolicy::default();
    let once = clean_fragment(&html, &policy);
    let twice = clean_fragment(&once.html, &policy);
    assert!(twice.removed.is_empty(), "not idempotent: {html:?} -> {:?} -> {:?}", once.html, twice.removed);
    assert_eq!(twice.html, once.html);
    let mut cleaner = Cleaner::new(&policy);
    let mut streamed = String::new();
    let mut removed = 0;
    for line in html.split_inclusive('\n') {
        let c = cleaner.clean(line);
        removed += c.removed.len();
        streamed.push_str(&c.html);
    }
    let tail = cleaner.flush();
    removed += tail.removed.len();
    streamed.push_str(&tail.html);
    if removed == 0 {
        assert_eq!(streamed, html, "safe input changed when streamed");
    }
    let again = clean_fragment(&streamed, &policy);
    assert!(again.removed.is_empty(), "stream left something: {html:?} -> {streamed:?} -> {:?}", again.removed);
    if let Some(first) = html.lines().next() {
        if unsafe_url(first).is_some() {
            let a = format!("<a href=\"{}\">x</a>", first.replace('"', "&quot;"));
            assert!(!clean_fragment(&a, &policy).removed.is_empty(), "{a:?}");
        }
    }
});
