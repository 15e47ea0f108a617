//! Children: validation of names and dates, and their rows.

use chrono::{Days, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::db::{found, now_ms};
use crate::error::{ErrorCode, invalid, Error, Result};
use crate::{text, Timestamp};

pub const NAME_MAX: usize = 80;
/// A due date may lie at most this far after today.
pub const DUE_AHEAD_MAX_DAYS: u64 = 300;
/// Born at most 4 weeks after the due date...
pub const BORN_AFTER_DUE_MAX_DAYS: i64 = 28;
/// ...and at most 18 weeks before it.
pub const BORN_BEFORE_DUE_MAX_DAYS: i64 = 18 * 7;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Child {
    pub id: String,
    pub name: String,
    pub birth_date: Option<NaiveDate>,
    pub due_date: Option<NaiveDate>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Set while the child is removed (`restore_child` undoes it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_at: Option<Timestamp>,
}

/// What a parent fills in for a child, when adding or editing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChildInput {
    pub name: String,
    pub birth_date: Option<NaiveDate>,
    pub due_date: Option<NaiveDate>,
}

/// Checks a child's fields against `today` (the caller's local date) and returns them
/// cleaned (the name trimmed).
pub fn validate(input: &ChildInput, today: NaiveDate) -> Result<ChildInput> {
    let name =
        text::label("name", &input.name, NAME_MAX)?.ok_or_else(|| invalid("name", ErrorCode::NameEmpty))?;
    check_dates(input.birth_date, input.due_date, today)?;
    Ok(ChildInput {
        name,
        birth_date: input.birth_date,
        due_date: input.due_date,
    })
}

pub fn check_dates(
    birth: Option<NaiveDate>,
    due: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<()> {
    if birth.is_none() && due.is_none() {
        return Err(invalid("birth_date", ErrorCode::DatesMissing));
    }
    if birth.is_some_and(|b| b > today) {
        return Err(invalid("birth_date", ErrorCode::BirthDateInFuture));
    }
    let latest_due = today.checked_add_days(Days::new(DUE_AHEAD_MAX_DAYS));
    if due.is_some_and(|d| latest_due.is_none_or(|latest| d > latest)) {
        return Err(invalid("due_date", ErrorCode::DueDateTooFar));
    }
    if let (Some(birth), Some(due)) = (birth, due) {
        let after_due = (birth - due).num_days();
        if after_due > BORN_AFTER_DUE_MAX_DAYS {
            return Err(invalid("birth_date", ErrorCode::BirthTooLate));
        }
        if -after_due > BORN_BEFORE_DUE_MAX_DAYS {
            return Err(invalid("birth_date", ErrorCode::BirthTooEarly));
        }
    }
    Ok(())
}

const COLUMNS: &str = "id, name, birth_date, due_date, created_at, updated_at, deleted_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Child> {
    Ok(Child {
        id: row.get(0)?,
        name: row.get(1)?,
        birth_date: row.get(2)?,
        due_date: row.get(3)?,
        created_at: row.get(4)?,
        updated_at: row.get(5)?,
        deleted_at: row.get(6)?,
    })
}

pub fn insert(conn: &Connection, input: &ChildInput, today: NaiveDate) -> Result<Child> {
    let input = validate(input, today)?;
    let now = now_ms();
    let child = Child {
        id: uuid::Uuid::now_v7().to_string(),
        name: input.name,
        birth_date: input.birth_date,
        due_date: input.due_date,
        created_at: Timestamp(now),
        updated_at: Timestamp(now),
        deleted_at: None,
    };
    conn.execute(
        &format!("INSERT INTO children ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL)"),
        params![
            child.id,
            child.name,
            child.birth_date,
            child.due_date,
            child.created_at,
            child.updated_at
        ],
    )?;
    Ok(child)
}

pub fn update(conn: &Connection, id: &str, input: &ChildInput, today: NaiveDate) -> Result<Child> {
    text::check_id("child_id", id)?;
    let input = validate(input, today)?;
    let changed = conn.execute(
        "UPDATE children SET name = ?2, birth_date = ?3, due_date = ?4,
            updated_at = max(updated_at + (updated_at < 9223372036854775807), ?5)
         WHERE id = ?1 AND deleted_at IS NULL",
        params![id, input.name, input.birth_date, input.due_date, now_ms()],
    )?;
    if changed == 0 {
        return Err(Error::NotFound(ErrorCode::ChildNotFound));
    }
    get(conn, id)
}

/// Marks a child removed; its moments stay in the file so the removal can be undone.
pub fn remove(conn: &Connection, id: &str) -> Result<()> {
    set_deleted(conn, id, Some(now_ms()))
}

pub fn restore(conn: &Connection, id: &str) -> Result<Child> {
    set_deleted(conn, id, None)?;
    get(conn, id)
}

fn set_deleted(conn: &Connection, id: &str, deleted_at: Option<i64>) -> Result<()> {
    text::check_id("child_id", id)?;
    let changed = conn.execute(
        "UPDATE children SET deleted_at = ?2, updated_at = max(updated_at + (updated_at < 9223372036854775807), ?3)
         WHERE id = ?1 AND (deleted_at IS NULL) = (?2 IS NOT NULL)",
        params![id, deleted_at, now_ms()],
    )?;
    if changed == 0 {
        return Err(Error::NotFound(ErrorCode::ChildNotFound));
    }
    Ok(())
}

/// A child that has not been removed.
pub fn get(conn: &Connection, id: &str) -> Result<Child> {
    text::check_id("child_id", id)?;
    found(
        conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM children WHERE id = ?1 AND deleted_at IS NULL"
        ))?
        .query_row([id], from_row),
        ErrorCode::ChildNotFound,
    )
}

/// Every child not removed, oldest first (twins in the order they were added).
pub fn list(conn: &Connection) -> Result<Vec<Child>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM children WHERE deleted_at IS NULL
         ORDER BY coalesce(birth_date, due_date), created_at, id"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every child row, removed ones included (for export).
pub fn all_rows(conn: &Connection) -> Result<Vec<Child>> {
    let mut stmt = conn.prepare(&format!("SELECT {COLUMNS} FROM children ORDER BY id"))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The child rows (removed ones included) stamped after `stamp` by this journal's
/// change clock, each with its stamp (for a partner's bundle).
pub fn changed_since(conn: &Connection, stamp: i64) -> Result<Vec<(Child, i64)>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS}, changed FROM children WHERE changed > ?1 ORDER BY id"
    ))?;
    let rows = stmt.query_map([stamp], |r| Ok((from_row(r)?, r.get(7)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A child row by id, removed or not (for a merge).
pub fn get_row(conn: &Connection, id: &str) -> Result<Option<Child>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM children WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?)
}

/// Whether a child row exists, removed or not (an import may bring moments of a
/// child that was removed on this phone).
pub fn row_exists(conn: &Connection, id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM children WHERE id = ?1")?
        .query_row([id], |_| Ok(()))
        .optional()?
        .is_some())
}
