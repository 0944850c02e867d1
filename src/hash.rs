//! The hash maps and sets of the pipeline's in-memory indexes (pages by key and URL,
//! the anchors of each page, heading ids, render keys): std's `HashMap` and `HashSet`
//! with [foldhash](https://docs.rs/foldhash)'s fast hasher instead of SipHash.
//!
//! These maps are keyed by docloc's own paths and ids and never by attacker-chosen input
//! that a denial of service could target across runs; SipHash was up to 9% of
//! `docloc check` on the corpus. Iteration order is unspecified (foldhash seeds each
//! process at random, as std does): nothing that reaches output may depend on it.
//! `HashMap::new()` and `with_capacity` come from [`HashMapExt`] / [`HashSetExt`].

pub use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
