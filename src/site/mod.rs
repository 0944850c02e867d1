//! The site stage: project loading, model, link resolution, rendering every page of
//! every locale, and the atomic write.

pub mod build;
pub mod links;
pub mod model;
pub mod out_dir;
pub mod project;
pub mod render;
pub mod write;
