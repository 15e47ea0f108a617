//! The moment journal: validation, writes, keyset pages, full-text search, day summaries.

use chrono::{DateTime, Days, NaiveDate};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::db::now_ms;
use crate::error::{invalid, Error, Result};
use crate::{children, text};

/// The kinds of moment a parent can log: a closed set, so every kind has a label in
/// every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MomentKind {
    Cuddle,
    SkinToSkin,
    Massage,
    Feeding,
    EyeContact,
    Talking,
    Singing,
    Reading,
    Play,
    Peekaboo,
    Mirror,
    /// Soothing a cry.
    Comfort,
    Bath,
    Walk,
    /// A mismatch: it did not go well.
    HardMoment,
    /// Coming back together after a hard moment.
    Repair,
    Milestone,
    Other,
}

impl MomentKind {
    pub const ALL: [MomentKind; 18] = [
        MomentKind::Cuddle,
        MomentKind::SkinToSkin,
        MomentKind::Massage,
        MomentKind::Feeding,
        MomentKind::EyeContact,
        MomentKind::Talking,
        MomentKind::Singing,
        MomentKind::Reading,
        MomentKind::Play,
        MomentKind::Peekaboo,
        MomentKind::Mirror,
        MomentKind::Comfort,
        MomentKind::Bath,
        MomentKind::Walk,
        MomentKind::HardMoment,
        MomentKind::Repair,
        MomentKind::Milestone,
        MomentKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MomentKind::Cuddle => "cuddle",
            MomentKind::SkinToSkin => "skin_to_skin",
            MomentKind::Massage => "massage",
            MomentKind::Feeding => "feeding",
            MomentKind::EyeContact => "eye_contact",
            MomentKind::Talking => "talking",
            MomentKind::Singing => "singing",
            MomentKind::Reading => "reading",
            MomentKind::Play => "play",
            MomentKind::Peekaboo => "peekaboo",
            MomentKind::Mirror => "mirror",
            MomentKind::Comfort => "comfort",
            MomentKind::Bath => "bath",
            MomentKind::Walk => "walk",
            MomentKind::HardMoment => "hard_moment",
            MomentKind::Repair => "repair",
            MomentKind::Milestone => "milestone",
            MomentKind::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Result<MomentKind> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == text)
            .ok_or_else(|| invalid("kind", "kind-unknown"))
    }

    /// The Fluent message of the kind's label (`kind-skin-to-skin`).
    pub fn message_id(self) -> String {
        format!("kind-{}", self.as_str().replace('_', "-"))
    }
}

/// What a parent fills in when logging or editing a moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MomentInput {
    pub kind: MomentKind,
    /// The instant it happened, in milliseconds since the Unix epoch (UTC).
    pub occurred_at_ms: i64,
    /// The UTC offset where it was logged, in minutes (Amsterdam in summer: 120).
    pub utc_offset_min: i32,
    pub note: Option<String>,
    pub duration_min: Option<u32>,
    /// Who was with the baby.
    pub caregiver: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Moment {
    pub id: String,
    pub child_id: String,
    pub kind: MomentKind,
    pub occurred_at_ms: i64,
    pub utc_offset_min: i32,
    /// The calendar day where it was logged.
    pub local_date: NaiveDate,
    pub note: Option<String>,
    pub duration_min: Option<u32>,
    pub caregiver: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub deleted_at: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MomentQuery {
    /// One child's journal, or every child's when `None`.
    pub child_id: Option<String>,
    /// Only these kinds; all kinds when empty.
    pub kinds: Vec<MomentKind>,
    /// First and last local day, inclusive.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Words to find in the notes, as plain words.
    pub text: Option<String>,
    pub limit: u32,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MomentPage {
    pub items: Vec<Moment>,
    /// Pass back for the next (older) page; `None` on the last page.
    pub next_cursor: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DaySummary {
    pub date: NaiveDate,
    pub counts: Vec<(MomentKind, u32)>,
    pub total: u32,
}

pub const PAGE_MAX: u32 = 500;
pub const DURATION_MAX_MIN: u32 = 24 * 60;
pub const CAREGIVER_MAX: usize = 80;
pub const SUMMARY_DAYS_MAX: i64 = 400;
/// UTC offsets in use run from -12:00 to +14:00.
const OFFSET_MIN: i32 = -12 * 60;
const OFFSET_MAX: i32 = 14 * 60;
/// Moments between 2000-01-01 and 2200-01-01.
const OCCURRED_MIN_MS: i64 = 946_684_800_000;
const OCCURRED_MAX_MS: i64 = 7_258_118_400_000;
/// Moments logged in the same millisecond get consecutive keys.
const SEQ_PER_MS: i64 = 1_000;
const SEARCH_WORDS_MAX: usize = 16;

pub(crate) fn check_input(input: &MomentInput) -> Result<MomentInput> {
    if !(OCCURRED_MIN_MS..OCCURRED_MAX_MS).contains(&input.occurred_at_ms) {
        return Err(invalid("occurred_at", "time-out-of-range"));
    }
    if !(OFFSET_MIN..=OFFSET_MAX).contains(&input.utc_offset_min) {
        return Err(invalid("utc_offset_min", "utc-offset-out-of-range"));
    }
    if input.duration_min.is_some_and(|d| d > DURATION_MAX_MIN) {
        return Err(invalid("duration_min", "duration-out-of-range"));
    }
    let note = text::note(input.note.as_deref())?;
    let caregiver = match &input.caregiver {
        Some(c) => text::label("caregiver", c, CAREGIVER_MAX)?,
        None => None,
    };
    Ok(MomentInput {
        note,
        caregiver,
        ..input.clone()
    })
}

/// The calendar day of an instant at a UTC offset.
pub fn local_date(occurred_at_ms: i64, utc_offset_min: i32) -> NaiveDate {
    let local = occurred_at_ms + i64::from(utc_offset_min) * 60_000;
    DateTime::from_timestamp_millis(local)
        .map(|t| t.date_naive())
        .unwrap_or_default()
}

fn day_start_ms(date: NaiveDate) -> i64 {
    date.and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc().timestamp_millis())
        .unwrap_or_default()
}

/// The range of time keys that can hold a moment of the local days `from..=to`,
/// whatever the offset it was logged at. The exact day is checked on `local_date`.
fn seq_bounds(from: Option<NaiveDate>, to: Option<NaiveDate>) -> (i64, i64) {
    let lo = from.map_or(i64::MIN, |d| {
        (day_start_ms(d) - i64::from(OFFSET_MAX) * 60_000) * SEQ_PER_MS
    });
    let hi = to.map_or(i64::MAX, |d| {
        let next = d.checked_add_days(Days::new(1)).unwrap_or(d);
        (day_start_ms(next) - i64::from(OFFSET_MIN) * 60_000) * SEQ_PER_MS
    });
    (lo, hi)
}

const COLUMNS: &str = "m.id, m.child_id, m.kind, m.occurred_at, m.utc_offset_min, m.local_date, \
     m.note, m.duration_min, m.caregiver, m.created_at, m.updated_at, m.deleted_at, m.seq";

fn from_row(row: &Row<'_>) -> rusqlite::Result<(Moment, i64)> {
    let kind: String = row.get(2)?;
    let kind = MomentKind::parse(&kind).unwrap_or(MomentKind::Other);
    Ok((
        Moment {
            id: row.get(0)?,
            child_id: row.get(1)?,
            kind,
            occurred_at_ms: row.get(3)?,
            utc_offset_min: row.get(4)?,
            local_date: row.get(5)?,
            note: row.get(6)?,
            duration_min: row.get(7)?,
            caregiver: row.get(8)?,
            created_at: row.get(9)?,
            updated_at: row.get(10)?,
            deleted_at: row.get(11)?,
        },
        row.get(12)?,
    ))
}

/// The next free time key for an instant.
fn free_seq(conn: &Connection, occurred_at_ms: i64) -> Result<i64> {
    let base = occurred_at_ms * SEQ_PER_MS;
    let next: i64 = conn
        .prepare_cached(
            "SELECT coalesce(max(seq) + 1, ?1) FROM moments WHERE seq >= ?1 AND seq < ?2",
        )?
        .query_row(params![base, base + SEQ_PER_MS], |r| r.get(0))?;
    if next >= base + SEQ_PER_MS {
        return Err(invalid("occurred_at", "time-out-of-range"));
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
        occurred_at_ms: input.occurred_at_ms,
        utc_offset_min: input.utc_offset_min,
        local_date: local_date(input.occurred_at_ms, input.utc_offset_min),
        note: input.note,
        duration_min: input.duration_min,
        caregiver: input.caregiver,
        created_at: now,
        updated_at: now,
        deleted_at: None,
    };
    insert_row(conn, &moment)?;
    Ok(moment)
}

/// Stores a moment row as it is (a new id), at the next free time key.
pub(crate) fn insert_row(conn: &Connection, m: &Moment) -> Result<()> {
    let seq = free_seq(conn, m.occurred_at_ms)?;
    conn.prepare_cached(
        "INSERT INTO moments (seq, id, child_id, kind, occurred_at, utc_offset_min,
            local_date, note, duration_min, caregiver, created_at, updated_at, deleted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        seq,
        m.id,
        m.child_id,
        m.kind.as_str(),
        m.occurred_at_ms,
        m.utc_offset_min,
        m.local_date,
        m.note,
        m.duration_min,
        m.caregiver,
        m.created_at,
        m.updated_at,
        m.deleted_at
    ])?;
    Ok(())
}

/// Overwrites the row of `m.id` with `m`, moving its time key when the time changed.
/// An UPDATE (never INSERT OR REPLACE, whose hidden delete would skip the index
/// triggers).
pub(crate) fn replace_row(conn: &Connection, m: &Moment, old_seq: i64) -> Result<()> {
    let seq = if old_seq / SEQ_PER_MS == m.occurred_at_ms {
        old_seq
    } else {
        free_seq(conn, m.occurred_at_ms)?
    };
    conn.prepare_cached(
        "UPDATE moments SET seq = ?2, child_id = ?3, kind = ?4, occurred_at = ?5,
            utc_offset_min = ?6, local_date = ?7, note = ?8, duration_min = ?9, caregiver = ?10,
            created_at = ?11, updated_at = ?12, deleted_at = ?13
         WHERE id = ?1",
    )?
    .execute(params![
        m.id,
        seq,
        m.child_id,
        m.kind.as_str(),
        m.occurred_at_ms,
        m.utc_offset_min,
        m.local_date,
        m.note,
        m.duration_min,
        m.caregiver,
        m.created_at,
        m.updated_at,
        m.deleted_at
    ])?;
    Ok(())
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
        _ => Err(Error::NotFound("moment-not-found")),
    }
}

pub fn update(conn: &Connection, id: &str, input: &MomentInput) -> Result<Moment> {
    text::check_id("moment_id", id)?;
    let input = check_input(input)?;
    let (old, old_seq) = match get_row(conn, id)? {
        Some((m, seq)) if m.deleted_at.is_none() => (m, seq),
        _ => return Err(Error::NotFound("moment-not-found")),
    };
    let moment = Moment {
        kind: input.kind,
        occurred_at_ms: input.occurred_at_ms,
        utc_offset_min: input.utc_offset_min,
        local_date: local_date(input.occurred_at_ms, input.utc_offset_min),
        note: input.note,
        duration_min: input.duration_min,
        caregiver: input.caregiver,
        updated_at: now_ms().max(old.updated_at),
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
        "UPDATE moments SET deleted_at = ?2, updated_at = max(updated_at, ?3)
         WHERE id = ?1 AND (deleted_at IS NULL) = (?2 IS NOT NULL)
           AND child_id IN (SELECT id FROM children WHERE deleted_at IS NULL)",
        params![id, deleted_at, now_ms()],
    )?;
    if changed == 0 {
        return Err(Error::NotFound("moment-not-found"));
    }
    Ok(())
}

/// Recently deleted moments of a child, most recently deleted first (for undo).
pub fn deleted(conn: &Connection, child_id: &str, limit: u32) -> Result<Vec<Moment>> {
    children::get(conn, child_id)?;
    check_limit(limit)?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM moments m WHERE m.child_id = ?1 AND m.deleted_at IS NOT NULL
         ORDER BY m.deleted_at DESC LIMIT ?2"
    ))?;
    let rows = stmt.query_map(params![child_id, limit], from_row)?;
    Ok(rows
        .map(|r| r.map(|(m, _)| m))
        .collect::<rusqlite::Result<_>>()?)
}

fn check_limit(limit: u32) -> Result<()> {
    if !(1..=PAGE_MAX).contains(&limit) {
        return Err(invalid("limit", "limit-out-of-range"));
    }
    Ok(())
}

fn check_range(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<()> {
    if let (Some(from), Some(to)) = (from, to) {
        if from > to {
            return Err(invalid("to", "date-range-reversed"));
        }
    }
    Ok(())
}

/// Turns whatever a parent typed into an FTS5 query of plain words: each run of
/// letters, digits and combining marks becomes a quoted term, so quotes, operators and
/// brackets are never syntax. Only the last word matches as a prefix (it may still be
/// being typed): a prefix term on a common word would make FTS5 merge every match
/// before the newest could be returned. `None` when nothing searchable is left.
pub fn fts_query(text: &str) -> Option<String> {
    let text = crate::text::fold(text);
    let is_word_char = |c: char| c.is_alphanumeric() || is_combining_mark(c);
    let words: Vec<&str> = text
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .take(SEARCH_WORDS_MAX)
        .collect();
    let last = words.len().checked_sub(1)?;
    let terms: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i == last {
                format!("\"{w}\"*")
            } else {
                format!("\"{w}\"")
            }
        })
        .collect();
    Some(terms.join(" "))
}

fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05BD}'
        | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// A page of the journal, newest first. With `text`, the newest matches come straight
/// off the full-text index in time-key order, so a common word does not sort every
/// match.
pub fn page(conn: &Connection, q: &MomentQuery) -> Result<MomentPage> {
    check_limit(q.limit)?;
    check_range(q.from, q.to)?;
    if let Some(child) = &q.child_id {
        children::get(conn, child)?;
    }
    let cursor = match &q.cursor {
        Some(c) => Some(
            c.parse::<i64>()
                .map_err(|_| invalid("cursor", "cursor-invalid"))?,
        ),
        None => None,
    };
    let search = match q.text.as_deref().map(str::trim) {
        Some(t) if !t.is_empty() => match fts_query(t) {
            Some(fts) => Some(fts),
            // Only symbols or emoji: nothing in a note can match.
            None => {
                return Ok(MomentPage {
                    items: Vec::new(),
                    next_cursor: None,
                })
            }
        },
        _ => None,
    };

    let mut sql = String::new();
    let mut args: Vec<Value> = Vec::new();
    let key = if let Some(fts) = search {
        sql.push_str(&format!(
            "SELECT {COLUMNS} FROM moments_fts f CROSS JOIN moments m ON m.seq = f.rowid
             WHERE moments_fts MATCH ? "
        ));
        args.push(Value::Text(fts));
        "f.rowid"
    } else {
        sql.push_str(&format!("SELECT {COLUMNS} FROM moments m WHERE 1 "));
        "m.seq"
    };
    sql.push_str("AND m.deleted_at IS NULL ");
    match &q.child_id {
        Some(child) => {
            sql.push_str("AND m.child_id = ? ");
            args.push(Value::Text(child.clone()));
        }
        None => {
            sql.push_str("AND m.child_id IN (SELECT id FROM children WHERE deleted_at IS NULL) ")
        }
    }
    if let Some(cursor) = cursor {
        sql.push_str(&format!("AND {key} < ? "));
        args.push(Value::Integer(cursor));
    }
    if q.from.is_some() || q.to.is_some() {
        let (lo, hi) = seq_bounds(q.from, q.to);
        sql.push_str(&format!("AND {key} >= ? AND {key} < ? "));
        args.push(Value::Integer(lo));
        args.push(Value::Integer(hi));
        if let Some(from) = q.from {
            sql.push_str("AND m.local_date >= ? ");
            args.push(Value::Text(from.to_string()));
        }
        if let Some(to) = q.to {
            sql.push_str("AND m.local_date <= ? ");
            args.push(Value::Text(to.to_string()));
        }
    }
    if !q.kinds.is_empty() {
        let marks = vec!["?"; q.kinds.len()].join(", ");
        sql.push_str(&format!("AND m.kind IN ({marks}) "));
        args.extend(q.kinds.iter().map(|k| Value::Text(k.as_str().into())));
    }
    sql.push_str(&format!("ORDER BY {key} DESC LIMIT ?"));
    args.push(Value::Integer(i64::from(q.limit) + 1));

    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows: Vec<(Moment, i64)> = stmt
        .query_map(params_from_iter(args), from_row)?
        .collect::<rusqlite::Result<_>>()?;
    let more = rows.len() > q.limit as usize;
    rows.truncate(q.limit as usize);
    let next_cursor = if more {
        rows.last().map(|(_, seq)| seq.to_string())
    } else {
        None
    };
    Ok(MomentPage {
        items: rows.into_iter().map(|(m, _)| m).collect(),
        next_cursor,
    })
}

/// Counts per kind for every local day of `from..=to` (days without moments too, so a
/// chart gets every bar).
pub fn day_summaries(
    conn: &Connection,
    child_id: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<DaySummary>> {
    children::get(conn, child_id)?;
    check_range(Some(from), Some(to))?;
    let span = (to - from).num_days();
    if span >= SUMMARY_DAYS_MAX {
        return Err(invalid("to", "days-out-of-range"));
    }
    let mut days: Vec<DaySummary> = (0..=span)
        .filter_map(|i| from.checked_add_days(Days::new(i as u64)))
        .map(|date| DaySummary {
            date,
            counts: Vec::new(),
            total: 0,
        })
        .collect();
    let (lo, hi) = seq_bounds(Some(from), Some(to));
    let mut stmt = conn.prepare_cached(
        "SELECT local_date, kind, count(*) FROM moments
         WHERE child_id = ?1 AND deleted_at IS NULL AND seq >= ?2 AND seq < ?3
           AND local_date >= ?4 AND local_date <= ?5
         GROUP BY local_date, kind ORDER BY local_date, kind",
    )?;
    let rows = stmt.query_map(params![child_id, lo, hi, from, to], |r| {
        Ok((
            r.get::<_, NaiveDate>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, u32>(2)?,
        ))
    })?;
    for row in rows {
        let (date, kind, count) = row?;
        let Ok(kind) = MomentKind::parse(&kind) else {
            continue;
        };
        let index = (date - from).num_days();
        if let Some(day) = usize::try_from(index).ok().and_then(|i| days.get_mut(i)) {
            day.counts.push((kind, count));
            day.total += count;
        }
    }
    Ok(days)
}

/// Every moment row, removed ones included, in time order (for export).
pub fn all_rows(conn: &Connection, mut each: impl FnMut(Moment) -> Result<()>) -> Result<()> {
    let mut stmt = conn.prepare(&format!("SELECT {COLUMNS} FROM moments m ORDER BY m.seq"))?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        each(from_row(row)?.0)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn hostile_search_text_becomes_plain_words() {
        assert_eq!(fts_query("\"").as_deref(), None);
        assert_eq!(fts_query("NEAR(").as_deref(), Some("\"NEAR\"*"));
        assert_eq!(
            fts_query("a* AND b").as_deref(),
            Some("\"a\" \"AND\" \"b\"*")
        );
        assert_eq!(fts_query("🥰🥰").as_deref(), None);
        assert_eq!(fts_query("حضن دافئ").as_deref(), Some("\"حضن\" \"دافئ\"*"));
    }

    #[test]
    fn local_date_keeps_the_day_where_it_was_logged() {
        // 23:30 in Amsterdam (UTC+1) on 14 March is 22:30 UTC.
        let at = chrono::NaiveDate::from_ymd_opt(2025, 3, 14)
            .and_then(|d| d.and_hms_opt(22, 30, 0))
            .map(|t| t.and_utc().timestamp_millis())
            .unwrap_or_default();
        assert_eq!(local_date(at, 60).to_string(), "2025-03-14");
        assert_eq!(local_date(at, 120).to_string(), "2025-03-15");
        assert_eq!(local_date(at, -300).to_string(), "2025-03-14");
    }

    proptest! {
        #[test]
        fn any_text_gives_a_query_of_quoted_words(text in ".{0,60}") {
            if let Some(q) = fts_query(&text) {
                for term in q.split(' ') {
                    let inner = term.strip_suffix('*').unwrap_or(term);
                    prop_assert!(inner.len() >= 2 && inner.starts_with('"') && inner.ends_with('"'));
                    prop_assert!(!inner[1..inner.len() - 1].contains('"'));
                }
                prop_assert_eq!(q.matches('*').count(), 1, "only the last word is a prefix");
            }
        }

        #[test]
        fn seq_bounds_hold_every_moment_of_the_days(ms in OCCURRED_MIN_MS..OCCURRED_MAX_MS, off in OFFSET_MIN..=OFFSET_MAX) {
            let day = local_date(ms, off);
            let (lo, hi) = seq_bounds(Some(day), Some(day));
            let seq = ms * SEQ_PER_MS;
            prop_assert!(lo <= seq && seq < hi);
        }
    }
}
