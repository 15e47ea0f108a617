//! App settings stored in the database (the language choice, switched-off themes). A
//! removed setting stays as a row with an empty value, so that the removal carries its
//! time into a merge like any other change.

use rusqlite::{params, Connection, OptionalExtension};

use crate::db::now_ms;
use crate::error::{ErrorCode, invalid, Result};
use crate::tips::Theme;

pub const LANGUAGE: &str = "language";
pub const THEMES_OFF: &str = "themes_off";

/// The settings that travel between phones in an export.
pub fn is_shared(key: &str) -> bool {
    key == LANGUAGE || key == THEMES_OFF
}

/// The settings that travel to a partner's phone in a share bundle: the family's
/// choice of tip themes. The language is each parent's own and stays on their phone.
pub fn travels_to_partner(key: &str) -> bool {
    key == THEMES_OFF
}

/// Checks a value as a file may carry it: a shipped language tag, or a list of known
/// themes separated by commas, or empty (removed).
pub fn check(key: &str, value: &str) -> Result<()> {
    if value.is_empty() {
        return Ok(());
    }
    match key {
        LANGUAGE if crate::l10n::locales().iter().any(|l| l.tag == value) => Ok(()),
        LANGUAGE => Err(invalid("language", ErrorCode::LocaleUnknown)),
        THEMES_OFF => {
            let mut seen = Vec::new();
            for name in value.split(',') {
                let theme =
                    Theme::parse(name).ok_or_else(|| invalid("themes_off", ErrorCode::ThemeUnknown))?;
                if seen.contains(&theme) {
                    return Err(invalid("themes_off", ErrorCode::ThemeUnknown));
                }
                seen.push(theme);
            }
            Ok(())
        }
        _ => Err(invalid("key", ErrorCode::ImportInvalid)),
    }
}

pub fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    let value: Option<String> = conn
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?;
    Ok(value.filter(|v| !v.is_empty()))
}

/// Sets `key`, or removes it for `None` (an empty value with its time).
pub fn set(conn: &Connection, key: &str, value: Option<&str>) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value,
            updated_at = max(settings.updated_at + (settings.updated_at < 9223372036854775807),
                excluded.updated_at)",
        params![key, value.unwrap_or(""), now_ms()],
    )?;
    Ok(())
}
