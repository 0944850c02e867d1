//! The site stage: model, link resolution, rendering every page of every locale, writing.

pub mod links;
pub mod model;
pub mod render;
