//! docloc: build, check and report on localized DocFX documentation.
//!
//! The pipeline, one module per stage; dependencies point one way, down this list
//! (`tests/architecture.rs` holds them to it):
//!
//! ```text
//! diagnostic, link          shared vocabulary: Diagnostic, Span, Rule; Resolution, Want
//! config, theme, external   docloc.toml; Tera templates; fetching external URLs
//! locale, i18n              the locale model; Fluent UI strings
//! content                   load: walk, read, front matter, YAML pages
//! markdown                  DocFX Markdown → HTML + facts (headings, anchors, blocks, links)
//! project                   a loaded project: config + locales + content + UI strings
//! model                     translation sets, URLs, redirects, link resolution
//! render, nav               every page rendered against the model; TOCs → navigation
//! checks                    links, bookmarks, TOCs, redirects, front matter → diagnostics
//! analysis                  model → nav → render → checks, once, for every command
//! site                      typed template contexts → sink (atomic folder | memory)
//! ```
//!
//! [`report`] formats [`diagnostic::Diagnostic`]s and depends only on [`diagnostic`].

pub mod analysis;
pub mod checks;
pub mod config;
pub mod content;
pub mod diagnostic;
pub mod external;
pub mod i18n;
pub mod link;
pub mod locale;
pub mod markdown;
pub mod model;
pub mod nav;
pub mod project;
pub mod render;
pub mod report;
pub mod site;
pub mod theme;
