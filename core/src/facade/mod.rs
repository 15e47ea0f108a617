//! The `Core`'s calls, by what they hold. Each file adds methods to `Core`.

mod family;
mod languages;
mod safety;
mod sharing;
pub(crate) mod tips;
