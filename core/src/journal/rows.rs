//! Validated writes of moments, and the rows they are kept in.

use crate::error::ErrorCode;
use super::*;

pub(crate) fn check_input(input: &MomentInput) -> Result<MomentInput> {
    let (note, caregiver) = check_fields(
        input.occurred_at,
        input.utc_offset_minutes,
        input.duration_minutes,
        input.note.as_deref(),
        input.caregiver.as_deref(),
    )?;
    Ok(MomentInput {
        kind: input.kind,
        occurred_at: input.occurred_at,
        utc_offset_minutes: input.utc_offset_minutes,
        note: note.map(str::to_owned),
        duration_minutes: input.duration_minutes,
        caregiver: caregiver.map(str::to_owned),
    })
}

/// Checks a moment row (from a file or a partner's bundle) as if it were typed in,
/// without copying it.
pub(crate) fn check_row(m: &Moment) -> Result<()> {
    check_fields(
        m.occurred_at,
        m.utc_offset_minutes,
        m.duration_minutes,
        m.note.as_deref(),
        m.caregiver.as_deref(),
    )
    .map(|_| ())
}

/// The checks of a moment's fields; the note and caregiver come back trimmed.
fn check_fields<'a>(
    occurred_at: Timestamp,
    utc_offset_minutes: i32,
    duration_minutes: Option<i32>,
    note: Option<&'a str>,
    caregiver: Option<&'a str>,
) -> Result<(Option<&'a str>, Option<&'a str>)> {
    if !(OCCURRED_MIN_MS..OCCURRED_MAX_MS).contains(&occurred_at.0) {
        return Err(invalid("occurred_at", ErrorCode::TimeOutOfRange));
    }
    if !(OFFSET_MIN..=OFFSET_MAX).contains(&utc_offset_minutes) {
        return Err(invalid("utc_offset_min", ErrorCode::UtcOffsetOutOfRange));
    }
    if duration_minutes.is_some_and(|d| !(0..=DURATION_MAX_MIN).contains(&d)) {
        return Err(invalid("duration_min", ErrorCode::DurationOutOfRange));
    }
    let note = text::note(note)?;
    let caregiver = match caregiver {
        Some(c) => text::label_str("caregiver", c, CAREGIVER_MAX)?,
        None => None,
    };
    Ok((note, caregiver))
}

/// The calendar day of an instant at a UTC offset.
pub fn local_date(occurred_at: Timestamp, utc_offset_minutes: i32) -> NaiveDate {
    let local = occurred_at.0 + i64::from(utc_offset_minutes) * 60_000;
    DateTime::from_timestamp_millis(local)
        .map(|t| t.date_naive())
        .unwrap_or_default()
}

pub(super) fn day_start_ms(date: NaiveDate) -> i64 {
    date.and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc().timestamp_millis())
        .unwrap_or_default()
}

/// The range of time keys that can hold a moment of the local days `from..=to`,
/// whatever the offset it was logged at. The exact day is checked on `local_date`.
pub(super) fn seq_bounds(from: Option<NaiveDate>, to: Option<NaiveDate>) -> (i64, i64) {
    let lo = from.map_or(i64::MIN, |d| {
        (day_start_ms(d) - i64::from(OFFSET_MAX) * 60_000) * SEQ_PER_MS
    });
    let hi = to.map_or(i64::MAX, |d| {
        let next = d.checked_add_days(Days::new(1)).unwrap_or(d);
        (day_start_ms(next) - i64::from(OFFSET_MIN) * 60_000) * SEQ_PER_MS
    });
    (lo, hi)
}

pub(super) const COLUMNS: &str = "m.id, m.child_id, m.kind, m.occurred_at, m.utc_offset_min, m.local_date, \
     m.note, m.duration_min, m.caregiver, m.created_at, m.updated_at, m.deleted_at, m.seq";

pub(super) fn from_row(row: &Row<'_>) -> rusqlite::Result<(Moment, i64)> {
    let kind: String = row.get(2)?;
    let kind = MomentKind::parse(&kind).unwrap_or(MomentKind::Other);
    Ok((
        Moment {
            id: row.get(0)?,
            child_id: row.get(1)?,
            kind,
            occurred_at: row.get(3)?,
            utc_offset_minutes: row.get(4)?,
            local_date: crate::db::day(row, 5)?,
            note: row.get(6)?,
            duration_minutes: row.get(7)?,
            caregiver: row.get(8)?,
            created_at: row.get(9)?,
            updated_at: row.get(10)?,
            deleted_at: row.get(11)?,
        },
        row.get(12)?,
    ))
}

/// The next free time key for an instant.
fn free_seq(conn: &Connection, occurred_at: i64) -> Result<i64> {
    let base = occurred_at * SEQ_PER_MS;
    let next: i64 = conn
        .prepare_cached(
            "SELECT coalesce(max(seq) + 1, ?1) FROM moments WHERE seq >= ?1 AND seq < ?2",
        )?
        .query_row(params![base, base + SEQ_PER_MS], |r| r.get(0))?;
    if next >= base + SEQ_PER_MS {
        return Err(invalid("occurred_at", ErrorCode::TimeOutOfRange));
    }
    Ok(next)
}

pub fn insert(conn: &Connection, child_id: &str, input: &MomentInput) -> Result<Moment> {
    let input = check_input(input)?;
    children::get(conn, child_id)?;
    let now = now_ms();
    let moment = Moment {
        id: uuid::Uuid::now_v7().to_string(),
        child_id: child_id.to_owned(),
        kind: input.kind,
        occurred_at: input.occurred_at,
        utc_offset_minutes: input.utc_offset_minutes,
        local_date: local_date(input.occurred_at, input.utc_offset_minutes),
        note: input.note,
        duration_minutes: input.duration_minutes,
        caregiver: input.caregiver,
        created_at: Timestamp(now),
        updated_at: Timestamp(now),
        deleted_at: None,
    };
    insert_row(conn, &moment)?;
    Ok(moment)
}

/// The columns a moment row is written with, bound as ?1..?13 by `write_row`.
macro_rules! write_columns {
    () => {
        "seq, id, child_id, kind, occurred_at, utc_offset_min, local_date, note, \
         duration_min, caregiver, created_at, updated_at, deleted_at"
    };
}
pub(super) use write_columns;

/// Runs `sql`, a statement over `write_columns!()` bound as ?1..?13, for `m` at time
/// key `seq` (?1; the id is ?2).
pub(super) fn write_row(conn: &Connection, sql: &str, seq: i64, m: &Moment) -> Result<()> {
    write_row_on(conn, sql, seq, m, m.local_date)
}

/// `write_row` with the local day given apart (an import computes it, never taking
/// the file's).
pub(super) fn write_row_on(
    conn: &Connection,
    sql: &str,
    seq: i64,
    m: &Moment,
    local_date: NaiveDate,
) -> Result<()> {
    conn.prepare_cached(sql)?.execute(params![
        seq,
        m.id,
        m.child_id,
        m.kind.as_str(),
        m.occurred_at,
        m.utc_offset_minutes,
        local_date,
        m.note,
        m.duration_minutes,
        m.caregiver,
        m.created_at,
        m.updated_at,
        m.deleted_at
    ])?;
    Ok(())
}

/// Stores a moment row as it is (a new id), at the next free time key.
pub(crate) fn insert_row(conn: &Connection, m: &Moment) -> Result<()> {
    let seq = free_seq(conn, m.occurred_at.0)?;
    write_row(
        conn,
        concat!(
            "INSERT INTO moments (",
            write_columns!(),
            ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
        ),
        seq,
        m,
    )
}

/// Overwrites the row of `m.id` with `m`, moving its time key when the time changed.
/// An UPDATE (never INSERT OR REPLACE, whose hidden delete would skip the index
/// triggers).
pub(crate) fn replace_row(conn: &Connection, m: &Moment, old_seq: i64) -> Result<()> {
    let seq = if old_seq / SEQ_PER_MS == m.occurred_at.0 {
        old_seq
    } else {
        free_seq(conn, m.occurred_at.0)?
    };
    write_row(
        conn,
        "UPDATE moments SET seq = ?1, child_id = ?3, kind = ?4, occurred_at = ?5,
            utc_offset_min = ?6, local_date = ?7, note = ?8, duration_min = ?9, caregiver = ?10,
            created_at = ?11, updated_at = ?12, deleted_at = ?13
         WHERE id = ?2",
        seq,
        m,
    )
}

/// A moment by id with its time key, removed ones included.
pub(crate) fn get_row(conn: &Connection, id: &str) -> Result<Option<(Moment, i64)>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM moments m WHERE m.id = ?1"))?
        .query_row([id], from_row)
        .optional()?)
}

pub fn get(conn: &Connection, id: &str) -> Result<Moment> {
    text::check_id("moment_id", id)?;
    match get_row(conn, id)? {
        Some((m, _)) if m.deleted_at.is_none() => Ok(m),
        _ => Err(Error::NotFound(ErrorCode::MomentNotFound)),
    }
}

pub fn update(conn: &Connection, id: &str, input: &MomentInput) -> Result<Moment> {
    text::check_id("moment_id", id)?;
    let input = check_input(input)?;
    let (old, old_seq) = match get_row(conn, id)? {
        Some((m, seq)) if m.deleted_at.is_none() => (m, seq),
        _ => return Err(Error::NotFound(ErrorCode::MomentNotFound)),
    };
    let moment = Moment {
        kind: input.kind,
        occurred_at: input.occurred_at,
        utc_offset_minutes: input.utc_offset_minutes,
        local_date: local_date(input.occurred_at, input.utc_offset_minutes),
        note: input.note,
        duration_minutes: input.duration_minutes,
        caregiver: input.caregiver,
        updated_at: Timestamp(now_ms().max(old.updated_at.0.saturating_add(1))),
        ..old
    };
    replace_row(conn, &moment, old_seq)?;
    Ok(moment)
}

/// Soft delete: the moment leaves the journal but stays restorable.
pub fn delete(conn: &Connection, id: &str) -> Result<()> {
    set_deleted(conn, id, Some(now_ms()))
}

pub fn restore(conn: &Connection, id: &str) -> Result<Moment> {
    set_deleted(conn, id, None)?;
    get(conn, id)
}

fn set_deleted(conn: &Connection, id: &str, deleted_at: Option<i64>) -> Result<()> {
    text::check_id("moment_id", id)?;
    let changed = conn.execute(
        "UPDATE moments SET deleted_at = ?2, updated_at = max(updated_at + (updated_at < 9223372036854775807), ?3)
         WHERE id = ?1 AND (deleted_at IS NULL) = (?2 IS NOT NULL)
           AND child_id IN (SELECT id FROM children WHERE deleted_at IS NULL)",
        params![id, deleted_at, now_ms()],
    )?;
    if changed == 0 {
        return Err(Error::NotFound(ErrorCode::MomentNotFound));
    }
    Ok(())
}
