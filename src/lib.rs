//! docloc: build, check and report on localized DocFX documentation.
//!
//! The pipeline, one module per stage (dependencies point one way):
//! [`config`] → [`locale`] → [`content`] (load) → [`markdown`] (render + facts) →
//! [`nav`] → [`site`] (model, link resolution, theme, write) → [`checks`];
//! [`report`] formats [`diagnostic::Diagnostic`]s.

pub mod checks;
pub mod config;
pub mod content;
pub mod diagnostic;
pub mod external;
pub mod form;
pub mod i18n;
pub mod locale;
pub mod markdown;
pub mod nav;
pub mod report;
pub mod site;
pub mod theme;
