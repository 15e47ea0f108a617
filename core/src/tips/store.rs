//! Tip rows: deliveries (one per shown day), feedback, switched-off themes.

use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use super::catalog::Theme;
use super::scheduler::Exclusions;
use crate::db::{day, now_ms};
use crate::error::Result;
use crate::settings;

/// A day's delivery: the tip and, when it was chosen here, whether it was an any-age
/// fallback (`None` on rows from an import or an older version).
pub type Delivery = (String, Option<bool>);

pub fn delivered(conn: &Connection, child_id: &str, date: NaiveDate) -> Result<Option<Delivery>> {
    Ok(conn
        .prepare_cached(
            "SELECT tip_id, fallback FROM tip_deliveries WHERE child_id = ?1 AND local_date = ?2",
        )?
        .query_row(params![child_id, date], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// Every shown day of a child, by date.
pub fn history(conn: &Connection, child_id: &str) -> Result<BTreeMap<NaiveDate, Delivery>> {
    let mut stmt = conn.prepare_cached(
        "SELECT local_date, tip_id, fallback FROM tip_deliveries WHERE child_id = ?1",
    )?;
    let rows = stmt.query_map([child_id], |r| Ok((day(r, 0)?, (r.get(1)?, r.get(2)?))))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Shown days newest first, before `before` (exclusive) when given.
pub fn history_page(
    conn: &Connection,
    child_id: &str,
    before: Option<NaiveDate>,
    limit: u32,
) -> Result<Vec<(NaiveDate, Delivery)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT local_date, tip_id, fallback FROM tip_deliveries
         WHERE child_id = ?1 AND (?2 IS NULL OR local_date < ?2)
         ORDER BY local_date DESC LIMIT ?3",
    )?;
    let rows = stmt.query_map(params![child_id, before, limit], |r| {
        Ok((day(r, 0)?, (r.get(1)?, r.get(2)?)))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Stores the day's tip; a tip a newer catalog chose for the day (from an import) gives
/// way to one this catalog knows.
pub fn record(
    conn: &Connection,
    child_id: &str,
    date: NaiveDate,
    tip_id: &str,
    fallback: bool,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO tip_deliveries (child_id, local_date, tip_id, delivered_at, fallback)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT(child_id, local_date) DO UPDATE SET tip_id = excluded.tip_id,
            delivered_at = excluded.delivered_at, fallback = excluded.fallback",
    )?
    .execute(params![child_id, date, tip_id, now_ms(), fallback])?;
    Ok(())
}

/// A parent's answer to a tip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feedback {
    Tried,
    Favourite,
    Unfavourite,
    NotForMe,
    UndoNotForMe,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FeedbackState {
    pub tried: bool,
    pub favourite: bool,
    pub not_for_me: bool,
}

/// The feedback on a tip, under its id or any retired id it replaced.
pub fn feedback(conn: &Connection, child_id: &str, tip_id: &str) -> Result<FeedbackState> {
    let mut state = feedback_row(conn, child_id, tip_id)?;
    for old in super::catalog().aliases(tip_id) {
        let more = feedback_row(conn, child_id, old)?;
        state.tried |= more.tried;
        state.favourite |= more.favourite;
        state.not_for_me |= more.not_for_me;
    }
    Ok(state)
}

fn feedback_row(conn: &Connection, child_id: &str, tip_id: &str) -> Result<FeedbackState> {
    Ok(conn
        .prepare_cached(
            "SELECT tried_at IS NOT NULL, favourite_at IS NOT NULL, not_for_me_at IS NOT NULL
             FROM tip_feedback WHERE child_id = ?1 AND tip_id = ?2",
        )?
        .query_row(params![child_id, tip_id], |r| {
            Ok(FeedbackState {
                tried: r.get(0)?,
                favourite: r.get(1)?,
                not_for_me: r.get(2)?,
            })
        })
        .optional()?
        .unwrap_or_default())
}

pub fn give_feedback(conn: &Connection, child_id: &str, tip_id: &str, fb: Feedback) -> Result<()> {
    let now = now_ms();
    conn.execute(
        "INSERT OR IGNORE INTO tip_feedback (child_id, tip_id, updated_at) VALUES (?1, ?2, ?3)",
        params![child_id, tip_id, now],
    )?;
    let set = match fb {
        Feedback::Tried => "tried_at = coalesce(tried_at, ?3)",
        Feedback::Favourite => "favourite_at = coalesce(favourite_at, ?3)",
        Feedback::Unfavourite => "favourite_at = NULL",
        Feedback::NotForMe => "not_for_me_at = coalesce(not_for_me_at, ?3)",
        Feedback::UndoNotForMe => "not_for_me_at = NULL",
    };
    conn.execute(
        &format!(
            "UPDATE tip_feedback SET {set}, updated_at = max(updated_at + (updated_at < 9223372036854775807), ?3)
             WHERE child_id = ?1 AND tip_id = ?2"
        ),
        params![child_id, tip_id, now],
    )?;
    Ok(())
}

/// Favourite tips of a child, most recently marked first.
pub fn favourites(conn: &Connection, child_id: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT tip_id FROM tip_feedback WHERE child_id = ?1 AND favourite_at IS NOT NULL
         ORDER BY favourite_at DESC, tip_id",
    )?;
    let rows = stmt.query_map([child_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn themes_off(conn: &Connection) -> Result<HashSet<Theme>> {
    let stored = settings::get(conn, settings::THEMES_OFF)?.unwrap_or_default();
    Ok(stored.split(',').filter_map(Theme::parse).collect())
}

pub fn set_theme(conn: &Connection, theme: Theme, enabled: bool) -> Result<()> {
    let mut off = themes_off(conn)?;
    if enabled {
        off.remove(&theme);
    } else {
        off.insert(theme);
    }
    let mut names: Vec<&str> = off.iter().map(|t| t.as_str()).collect();
    names.sort_unstable();
    let value = names.join(",");
    settings::set(
        conn,
        settings::THEMES_OFF,
        (!value.is_empty()).then_some(value.as_str()),
    )
}

pub fn exclusions(conn: &Connection, child_id: &str) -> Result<Exclusions> {
    let mut stmt = conn.prepare_cached(
        "SELECT tip_id FROM tip_feedback WHERE child_id = ?1 AND not_for_me_at IS NOT NULL",
    )?;
    let stored: Vec<String> = stmt
        .query_map([child_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    // A retired id's answer holds for the tip that replaced it.
    let catalog = super::catalog();
    let not_for_me = stored
        .iter()
        .map(|id| catalog.get(id).map_or_else(|| id.clone(), |t| t.id.clone()))
        .collect();
    Ok(Exclusions {
        not_for_me,
        themes_off: themes_off(conn)?,
    })
}
