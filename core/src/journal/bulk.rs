//! Many moments at once, for an import: the rows the journal holds, read in a few
//! queries; time keys handed out in memory; and each chunk's rows stored with one
//! DELETE (the versions they replace) and one INSERT … SELECT from a temporary table,
//! in time-key order, stamped from one block of change stamps — instead of three
//! statements a row and a trigger's second write of each.
//!
//! Why whole statements: the full-text index (FTS5) writes what it has gathered as a
//! new segment at the start of every statement that changes it, and merges segments
//! as they pile up. A statement a row would write a segment a row.

use rustc_hash::FxHashMap;

use super::rows::{write_columns, write_row_on};
use super::*;
use crate::error::ErrorCode;

/// Ids looked up per query: well under SQLite's limit on bound parameters.
const IDS_PER_QUERY: usize = 500;

/// A moment the journal holds, as `held` reads it.
pub(crate) struct Held<'a, 'stmt> {
    row: &'a Row<'stmt>,
}

impl Held<'_, '_> {
    pub(crate) fn id(&self) -> Result<&str> {
        Ok(self.row.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?)
    }

    pub(crate) fn updated_at(&self) -> Result<i64> {
        Ok(self.row.get(10)?)
    }

    /// Its time key.
    pub(crate) fn seq(&self) -> Result<i64> {
        Ok(self.row.get(12)?)
    }

    /// The whole row; read only when needed (a tie of `updated_at`).
    pub(crate) fn moment(&self) -> Result<Moment> {
        Ok(from_row(self.row)?.0)
    }
}

/// Calls `each` with every row of `ids` the journal holds, removed ones too.
pub(crate) fn held(
    conn: &Connection,
    ids: &[&str],
    mut each: impl FnMut(&Held<'_, '_>) -> Result<()>,
) -> Result<()> {
    for chunk in ids.chunks(IDS_PER_QUERY) {
        let marks = vec!["?"; chunk.len()].join(",");
        let mut stmt =
            conn.prepare_cached(&format!("SELECT {COLUMNS} FROM moments m WHERE m.id IN ({marks})"))?;
        let mut rows = stmt.query(params_from_iter(chunk.iter()))?;
        while let Some(row) = rows.next()? {
            each(&Held { row })?;
        }
    }
    Ok(())
}

/// Hands out time keys for new moments without a query a row: the next free key of
/// every millisecond the journal already uses in their span is read once.
pub(crate) struct Keys {
    next: FxHashMap<i64, i64>,
}

impl Keys {
    pub(crate) fn for_rows(conn: &Connection, rows: &[Moment]) -> Result<Keys> {
        let mut next = FxHashMap::default();
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
CREATE TEMP TABLE IF NOT EXISTS import_replaced (seq INTEGER PRIMARY KEY NOT NULL);
DELETE FROM temp.import_moments;
DELETE FROM temp.import_replaced;";

/// Stores moments: new ones (`replaces` is `None`) at the next free time key of their
/// millisecond, and new versions of rows the journal holds in place of the version at
/// time key `replaces` (which they keep unless their time moved). Each row gets a
/// fresh change stamp; the rows' local days are computed, never taken from the file.
///
/// A replaced version is deleted and the new one inserted: to the full-text index and
/// the change stamps this is what an UPDATE of the row does (its old words out, its
/// new words in, a fresh stamp), and it lets every row of a chunk go in through one
/// statement in time-key order.
pub(crate) fn write_many(
    conn: &Connection,
    rows: &[(&Moment, Option<i64>)],
    keys: &mut Keys,
) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    conn.execute_batch(STAGE)?;
    let mut replacing = false;
    for &(m, replaces) in rows {
        let seq = match replaces {
            Some(old) if old.div_euclid(SEQ_PER_MS) == m.occurred_at.0 => old,
            _ => keys.take(m.occurred_at.0)?,
        };
        if let Some(old) = replaces {
            conn.prepare_cached("INSERT INTO temp.import_replaced (seq) VALUES (?1)")?
                .execute([old])?;
            replacing = true;
        }
        write_row_on(
            conn,
            concat!(
                "INSERT INTO temp.import_moments (",
                write_columns!(),
                ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
            ),
            seq,
            m,
            local_date(m.occurred_at, m.utc_offset_minutes),
        )?;
    }
    if replacing {
        conn.prepare_cached(
            "DELETE FROM main.moments WHERE seq IN (SELECT seq FROM temp.import_replaced)",
        )?
        .execute([])?;
    }
    // The stamps: a block of consecutive ones from the rule every stamp follows
    // (`share_next_stamp`, migration 007), read in this statement as its triggers read
    // it, so the rows arrive already stamped and the stamp trigger leaves them be; then
    // the clock moves to the end of the block.
    conn.prepare_cached(concat!(
        "INSERT INTO main.moments (",
        write_columns!(),
        ", changed) SELECT ",
        write_columns!(),
        ", (SELECT stamp FROM main.share_next_stamp) + row_number() OVER (ORDER BY seq) - 1
         FROM temp.import_moments ORDER BY seq"
    ))?
    .execute([])?;
    conn.prepare_cached(
        "UPDATE main.share_clock SET stamp = max(stamp, (SELECT max(changed) FROM main.moments))",
    )?
    .execute([])?;
    conn.execute_batch("DELETE FROM temp.import_moments; DELETE FROM temp.import_replaced;")?;
    Ok(())
}

/// The full-text index during a bulk write. FTS5 writes what it gathers as a new
/// segment at the start of each statement (and whenever it holds 1 MB), and after
/// each write merges segments a little at a time (`automerge`): four of a level into
/// one on the next level, in small steps that each read the segments again. During a
/// bulk write the index merges the same segments whole instead: whenever a level
/// holds four (`crisismerge`), they become one on the next level, and nothing is
/// merged in steps (`automerge` off). The index ends laid out as automerge lays it
/// out, every level below four segments, so the words of an import sit on the level
/// their size belongs to (merging them only once, to the level above the segments
/// they were written as, would leave them where the segments of the next moments a
/// parent logs pile up, and one of those moments would pay for merging them all).
/// The settings are put back at the end, and roll back with everything else.
pub(crate) struct BulkIndex {
    /// The settings as stored before, in the order of `INDEX_DEFAULTS`.
    before: [Option<i64>; 2],
}

/// FTS5's own values of the settings a bulk write changes, when none is stored.
const INDEX_DEFAULTS: [(&str, i64); 2] = [("automerge", 4), ("crisismerge", 16)];
/// What a bulk write sets them to.
const INDEX_BULK: [(&str, i64); 2] = [("automerge", 0), ("crisismerge", 4)];

impl BulkIndex {
    pub(crate) fn begin(conn: &Connection) -> Result<BulkIndex> {
        let mut before = [None; 2];
        for (slot, (option, _)) in before.iter_mut().zip(INDEX_DEFAULTS) {
            *slot = conn
                .prepare_cached("SELECT v FROM main.moments_fts_config WHERE k = ?1")?
                .query_row([option], |r| r.get(0))
                .optional()?;
        }
        for (option, value) in INDEX_BULK {
            set_index_option(conn, option, value)?;
        }
        Ok(BulkIndex { before })
    }

    pub(crate) fn finish(self, conn: &Connection) -> Result<()> {
        for (stored, (option, default)) in self.before.into_iter().zip(INDEX_DEFAULTS) {
            set_index_option(conn, option, stored.unwrap_or(default))?;
        }
        Ok(())
    }
}

fn set_index_option(conn: &Connection, option: &str, value: i64) -> Result<()> {
    conn.prepare_cached("INSERT INTO main.moments_fts (moments_fts, rank) VALUES (?1, ?2)")?
        .execute(params![option, value])?;
    Ok(())
}
