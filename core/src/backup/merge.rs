//! Merging one row by its id, shared by import and by a partner's bundle: the last
//! writer wins. The newer `updated_at` wins; between two versions of a row with the
//! same `updated_at`, the greater content (as canonical JSON) wins, so every phone
//! picks the same version whatever order the rows come in. Each row thus ends as the
//! greatest version any phone had: merging is idempotent, commutative and associative.
//!
//! A row is written only when the incoming version wins, so a merge that changes
//! nothing leaves the database (and its change stamps) as it was.

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use super::{FeedbackRow, ImportReport, SettingRow};
use crate::children::{self, Child};
use crate::error::Result;
use crate::journal::{self, Moment};

/// What merging one row did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Merged {
    Added,
    Updated,
    Unchanged,
}

impl Merged {
    pub fn count(self, report: &mut ImportReport) {
        match self {
            Merged::Added => report.added += 1,
            Merged::Updated => report.updated += 1,
            Merged::Unchanged => report.unchanged += 1,
        }
    }
}

/// Whether `incoming` (changed at `incoming_at`) replaces `have` (changed at `have_at`).
fn wins<T: Serialize>(incoming: &T, incoming_at: i64, have: &T, have_at: i64) -> bool {
    match incoming_at.cmp(&have_at) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => canonical(incoming) > canonical(have),
    }
}

/// The content of a row as bytes to compare. Serializing these plain records cannot
/// fail; if it ever did, both sides would compare equal and nothing would be written.
fn canonical<T: Serialize>(row: &T) -> Vec<u8> {
    serde_json::to_vec(row).unwrap_or_default()
}

/// Merges a child row (removed ones too).
pub fn child(conn: &Connection, c: &Child) -> Result<Merged> {
    let outcome = match children::get_row(conn, &c.id)? {
        None => Merged::Added,
        Some(have) if wins(c, c.updated_at.0, &have, have.updated_at.0) => Merged::Updated,
        Some(_) => return Ok(Merged::Unchanged),
    };
    conn.prepare_cached(
        "INSERT INTO children (id, name, birth_date, due_date, created_at, updated_at, deleted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, birth_date = excluded.birth_date,
            due_date = excluded.due_date, created_at = excluded.created_at,
            updated_at = excluded.updated_at, deleted_at = excluded.deleted_at",
    )?
    .execute(params![
        c.id,
        c.name,
        c.birth_date,
        c.due_date,
        c.created_at,
        c.updated_at,
        c.deleted_at
    ])?;
    Ok(outcome)
}

/// Merges a moment row; its child must exist (the caller checks). The local day is
/// computed here, never taken from the file.
pub fn moment(conn: &Connection, m: &Moment) -> Result<Merged> {
    let m = with_local_date(m);
    match journal::get_row(conn, &m.id)? {
        None => {
            journal::insert_row(conn, &m)?;
            Ok(Merged::Added)
        }
        Some((have, seq)) => {
            if moment_wins(&m, have.updated_at.0, || Ok(have))? {
                journal::replace_row(conn, &m, seq)?;
                Ok(Merged::Updated)
            } else {
                Ok(Merged::Unchanged)
            }
        }
    }
}

/// A moment as it is stored: its local day computed, never taken from the file.
pub(crate) fn with_local_date(m: &Moment) -> Moment {
    Moment {
        local_date: journal::local_date(m.occurred_at, m.utc_offset_minutes),
        ..m.clone()
    }
}

/// Whether the incoming moment `m` replaces the version the journal holds, which was
/// changed at `have_at`; `have` reads that version, only on a tie. The rule of `wins`;
/// an import applies it to many rows at once.
pub(crate) fn moment_wins(
    m: &Moment,
    have_at: i64,
    have: impl FnOnce() -> Result<Moment>,
) -> Result<bool> {
    match m.updated_at.0.cmp(&have_at) {
        std::cmp::Ordering::Greater => Ok(true),
        std::cmp::Ordering::Less => Ok(false),
        std::cmp::Ordering::Equal => {
            let have = have()?;
            let m = with_local_date(m);
            // The same row, the common case of a file imported twice, needs no
            // comparison of its content as JSON: equal rows never win.
            Ok(m != have && wins(&m, m.updated_at.0, &have, have.updated_at.0))
        }
    }
}

/// Merges the answers to one tip; the child must exist (the caller checks).
pub fn feedback(conn: &Connection, f: &FeedbackRow) -> Result<Merged> {
    let have = conn
        .prepare_cached(&format!(
            "SELECT {} FROM tip_feedback WHERE child_id = ?1 AND tip_id = ?2",
            FeedbackRow::COLUMNS
        ))?
        .query_row(params![f.child_id, f.tip_id], FeedbackRow::from_row)
        .optional()?;
    let outcome = match have {
        None => Merged::Added,
        Some(have) if wins(f, f.updated_at, &have, have.updated_at) => Merged::Updated,
        Some(_) => return Ok(Merged::Unchanged),
    };
    conn.prepare_cached(
        "INSERT INTO tip_feedback (child_id, tip_id, tried_at, favourite_at, not_for_me_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT(child_id, tip_id) DO UPDATE SET tried_at = excluded.tried_at,
            favourite_at = excluded.favourite_at, not_for_me_at = excluded.not_for_me_at,
            updated_at = excluded.updated_at",
    )?
    .execute(params![
        f.child_id,
        f.tip_id,
        f.tried_at,
        f.favourite_at,
        f.not_for_me_at,
        f.updated_at
    ])?;
    Ok(outcome)
}

/// Merges a setting (an empty value is a removed one); the caller decides which keys
/// it takes.
pub fn setting(conn: &Connection, s: &SettingRow) -> Result<Merged> {
    let have = conn
        .prepare_cached(&format!(
            "SELECT {} FROM settings WHERE key = ?1",
            SettingRow::COLUMNS
        ))?
        .query_row([&s.key], SettingRow::from_row)
        .optional()?;
    let outcome = match have {
        None => Merged::Added,
        Some(have) if wins(s, s.updated_at, &have, have.updated_at) => Merged::Updated,
        Some(_) => return Ok(Merged::Unchanged),
    };
    conn.prepare_cached(
        "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
    )?
    .execute(params![s.key, s.value, s.updated_at])?;
    Ok(outcome)
}
