//! App settings stored in the database (the language choice, switched-off themes).

use rusqlite::{params, Connection, OptionalExtension};

use crate::db::now_ms;
use crate::error::Result;

pub const LANGUAGE: &str = "language";
pub const THEMES_OFF: &str = "themes_off";

pub fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

/// Sets `key`, or removes it for `None`.
pub fn set(conn: &Connection, key: &str, value: Option<&str>) -> Result<()> {
    match value {
        Some(v) => conn.execute(
            "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            params![key, v, now_ms()],
        )?,
        None => conn.execute("DELETE FROM settings WHERE key = ?1", [key])?,
    };
    Ok(())
}
