//! The site stage: fills the theme's templates with what the analysis produced and
//! writes the result through a [`sink::Sink`] (an atomic staging folder, or memory for
//! `serve` and tests).
//!
//! [`build`] drives it; [`search`] indexes each page as it is written; [`sitemap`]
//! writes `sitemap.xml` with every translation set's `hreflang` alternates; [`context`] holds the typed template contexts (one `Serialize`
//! struct per thing a template sees, as Zola's `SerializingPage`), so a renamed field
//! breaks the build rather than the page.

pub mod build;
pub mod context;
mod not_found;
pub mod out_dir;
mod pages;
mod prev_next;
pub mod search;
pub mod sink;
pub mod sitemap;
pub mod stale;

use crate::project;
use crate::theme::ThemeError;
use std::path::PathBuf;

/// Fatal build errors: the site cannot be written at all (exit code 2). Content problems
/// are never errors; they are diagnostics and the build goes on.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The project does not load (config, content root, locales).
    #[error(transparent)]
    Project(#[from] project::Error),
    /// The theme's templates do not load (syntax error, unreadable file).
    #[error(transparent)]
    Theme(#[from] ThemeError),
    /// Writing the site failed; the previous site is left as it was.
    #[error("cannot write {path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The output folder is refused ([`out_dir::check_out_dir`]); nothing was written or
    /// deleted.
    #[error(transparent)]
    OutDir(#[from] out_dir::OutDirError),
    /// The search index could not be built (Pagefind failed on a page or the index).
    #[error("cannot build the search index: {0}")]
    Search(String),
    /// A path of the site would leave the output folder; nothing was written there.
    #[error("refusing to write `{0}`: it is not a path inside the output folder")]
    OutsideOutput(String),
}

#[cfg(test)]
mod tests;
