//! Daily tips: the catalog, the pure scheduler, and their rows.

pub mod catalog;
pub mod scheduler;
pub mod store;

pub use catalog::{catalog, Catalog, Theme, TipDef};
pub mod journey;
