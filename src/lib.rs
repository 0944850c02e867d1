//! docloc: build, check and report on localized DocFX documentation.
//!
//! The pipeline, one module per stage; dependencies point one way, down this list
//! (`tests/architecture.rs` holds them to it):
//!
//! ```text
//! diagnostic, fingerprint,  shared vocabulary: Diagnostic, Span, Rule; content hashes;
//! yaml                      the YAML reader: values, and where each scalar is written
//! link, config, theme       Resolution, Want; docloc.toml; Tera templates
//! external, report          fetching external URLs; human, JSON, SARIF, GitHub output
//! i18n                      Fluent UI strings, CLDR dates and names
//! locale                    the locale model
//! content                   load: walk, read, front matter, YAML pages
//! markdown                  DocFX Markdown → HTML + facts (headings, anchors, blocks, links)
//! project                   a loaded project: config + locales + content + UI strings
//! model                     translation sets, URLs, redirects, link resolution
//! render, nav               every page rendered against the model; TOCs → navigation
//! checks                    links, bookmarks, TOCs, redirects, front matter → diagnostics
//! analysis                  model → nav → render → checks, once, for every command
//! site                      typed template contexts → sink (atomic folder | memory)
//! cache                     what each page read and made, kept across runs (--cache)
//! serve                     `docloc serve`: HTTP, live reload, rebuilds from the cache
//! ```
//!
//! [`report`] formats [`diagnostic::Diagnostic`]s and depends only on [`diagnostic`].
//! Within a line, modules do not use each other.

pub mod analysis;
pub mod cache;
pub mod checks;
pub mod config;
pub mod content;
pub mod diagnostic;
pub mod external;
pub mod fingerprint;
pub mod form;
pub mod hash;
pub mod i18n;
pub mod link;
pub mod locale;
pub mod markdown;
pub mod model;
pub mod nav;
pub mod parity;
pub mod project;
pub mod render;
pub mod report;
pub mod sanitize;
pub mod serve;
pub mod site;
pub mod theme;
pub mod yaml;
