//! Daily tips: the catalog, the pure scheduler, and their rows.

pub mod catalog;
pub mod daily;
pub mod scheduler;
pub mod store;

pub use catalog::{catalog, Theme, TipDef};
pub mod journey;
