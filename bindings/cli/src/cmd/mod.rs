//! The commands, one module per screen of the app.

pub mod author;
pub mod children;
pub mod data;
pub mod home;
pub mod journal;
pub mod read;
pub mod share;
pub mod tips;
