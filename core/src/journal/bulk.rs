//! Many moments at once, for an import: which ids the journal knows, in a few queries,
//! and new rows stored through one INSERT … SELECT per chunk from a temporary table, in
//! time-key order, instead of three statements a row.

use std::collections::HashMap;

use crate::error::ErrorCode;
use super::rows::{write_columns, write_row};
use super::*;

/// Ids looked up per query: well under SQLite's limit on bound parameters.
const IDS_PER_QUERY: usize = 500;

/// The journal's `updated_at` and time key of each of `ids` it holds (removed ones too).
pub(crate) fn known(conn: &Connection, ids: &[&str]) -> Result<HashMap<String, (i64, i64)>> {
    let mut out = HashMap::new();
    for chunk in ids.chunks(IDS_PER_QUERY) {
        let marks = vec!["?"; chunk.len()].join(",");
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT id, updated_at, seq FROM moments WHERE id IN ({marks})"
        ))?;
        let mut rows = stmt.query(params_from_iter(chunk.iter()))?;
        while let Some(r) = rows.next()? {
            out.insert(r.get(0)?, (r.get(1)?, r.get(2)?));
        }
    }
    Ok(out)
}

/// Hands out time keys for new moments without a query a row: the next free key of
/// every millisecond the journal already uses in their span is read once.
pub(crate) struct Keys {
    next: HashMap<i64, i64>,
}

impl Keys {
    pub(crate) fn for_rows(conn: &Connection, rows: &[Moment]) -> Result<Keys> {
        let mut next = HashMap::new();
        let Some(lo) = rows.iter().map(|m| m.occurred_at.0).min() else {
            return Ok(Keys { next });
        };
        let hi = rows.iter().map(|m| m.occurred_at.0).max().unwrap_or(lo);
        let mut stmt = conn.prepare_cached("SELECT seq FROM moments WHERE seq >= ?1 AND seq < ?2")?;
        let mut used = stmt.query(params![lo * SEQ_PER_MS, (hi + 1) * SEQ_PER_MS])?;
        while let Some(r) = used.next()? {
            let seq: i64 = r.get(0)?;
            let free = next.entry(seq.div_euclid(SEQ_PER_MS)).or_insert(seq + 1);
            *free = (*free).max(seq + 1);
        }
        Ok(Keys { next })
    }

    /// Reads the next free key of one millisecond again, after a row was moved onto it
    /// outside the hand-out.
    pub(crate) fn refresh(&mut self, conn: &Connection, occurred_at: i64) -> Result<()> {
        let base = occurred_at * SEQ_PER_MS;
        let used: Option<i64> = conn
            .prepare_cached("SELECT max(seq) FROM moments WHERE seq >= ?1 AND seq < ?2")?
            .query_row(params![base, base + SEQ_PER_MS], |r| r.get(0))?;
        if let Some(seq) = used {
            let free = self.next.entry(occurred_at).or_insert(seq + 1);
            *free = (*free).max(seq + 1);
        }
        Ok(())
    }

    fn take(&mut self, occurred_at: i64) -> Result<i64> {
        let free = self
            .next
            .entry(occurred_at)
            .or_insert(occurred_at * SEQ_PER_MS);
        if *free >= (occurred_at + 1) * SEQ_PER_MS {
            return Err(invalid("occurred_at", ErrorCode::TimeOutOfRange));
        }
        *free += 1;
        Ok(*free - 1)
    }
}

const STAGE: &str = "CREATE TEMP TABLE IF NOT EXISTS import_moments (
    seq INTEGER PRIMARY KEY NOT NULL, id TEXT NOT NULL, child_id TEXT NOT NULL,
    kind TEXT NOT NULL, occurred_at INTEGER NOT NULL, utc_offset_min INTEGER NOT NULL,
    local_date TEXT NOT NULL, note TEXT, duration_min INTEGER, caregiver TEXT,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, deleted_at INTEGER);
DELETE FROM temp.import_moments;";

/// Stores new moments (ids the journal does not hold), each at the next free time key.
pub(crate) fn insert_new(conn: &Connection, rows: &[Moment], keys: &mut Keys) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    conn.execute_batch(STAGE)?;
    for m in rows {
        write_row(
            conn,
            concat!(
                "INSERT INTO temp.import_moments (",
                write_columns!(),
                ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
            ),
            keys.take(m.occurred_at.0)?,
            m,
        )?;
    }
    conn.prepare_cached(concat!(
        "INSERT INTO main.moments (",
        write_columns!(),
        ") SELECT ",
        write_columns!(),
        " FROM temp.import_moments ORDER BY seq"
    ))?
    .execute([])?;
    conn.execute_batch("DELETE FROM temp.import_moments")?;
    Ok(())
}
