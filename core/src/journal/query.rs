//! Reading the journal: keyset pages, full-text search, deleted moments, day summaries.

use crate::error::ErrorCode;
use super::*;

/// Recently deleted moments of a child, most recently deleted first (for undo).
pub fn deleted(conn: &Connection, child_id: &str, limit: i32) -> Result<Vec<Moment>> {
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

fn check_limit(limit: i32) -> Result<()> {
    if !(1..=PAGE_MAX).contains(&limit) {
        return Err(invalid("limit", ErrorCode::LimitOutOfRange));
    }
    Ok(())
}

fn check_range(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<()> {
    if let (Some(from), Some(to)) = (from, to) {
        if from > to {
            return Err(invalid("to", ErrorCode::DateRangeReversed));
        }
    }
    Ok(())
}

/// Turns whatever a parent typed into an FTS5 query of plain words: each run of
/// letters, digits and combining marks becomes a quoted term, so quotes, operators and
/// brackets are never syntax. Only the last word matches as a prefix (it may still be
/// being typed), on at most its first `PREFIX_INDEXED` letters: the index holds those
/// prefixes, so the newest matches come straight off it, however common the word.
/// `None` when nothing searchable is left.
/// The longest prefix the full-text index keeps (migrations/005_search_prefix.sql).
const PREFIX_INDEXED: usize = 8;

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
                let indexed: String = w.chars().take(PREFIX_INDEXED).collect();
                format!("\"{indexed}\"*")
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
    let built = page_sql(q)?;
    if let Some(child) = &q.child_id {
        children::get(conn, child)?;
    }
    let Some((sql, args)) = built else {
        return Ok(MomentPage {
            items: Vec::new(),
            next_cursor: None,
        });
    };
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows: Vec<(Moment, i64)> = stmt
        .query_map(params_from_iter(args), from_row)?
        .collect::<rusqlite::Result<_>>()?;
    let limit = q.limit.unsigned_abs() as usize;
    let more = rows.len() > limit;
    rows.truncate(limit);
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

/// The statement `page` runs for `q` and its arguments (checked first); `None` when
/// the search text holds nothing a note can match. Public for the query-plan test.
pub fn page_sql(q: &MomentQuery) -> Result<Option<(String, Vec<Value>)>> {
    check_limit(q.limit)?;
    check_range(q.from, q.to)?;
    let cursor = match &q.cursor {
        Some(c) => Some(
            c.parse::<i64>()
                .map_err(|_| invalid("cursor", ErrorCode::CursorInvalid))?,
        ),
        None => None,
    };
    let search = match q.text.as_deref().map(str::trim) {
        Some(t) if !t.is_empty() => match fts_query(t) {
            Some(fts) => Some(fts),
            // Only symbols or emoji: nothing in a note can match.
            None => return Ok(None),
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
        // Every child's journal: walk the time keys newest first and filter (the unary
        // `+` keeps SQLite from reading each child's range and sorting them together).
        None => {
            sql.push_str("AND +m.child_id IN (SELECT id FROM children WHERE deleted_at IS NULL) ")
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
    Ok(Some((sql, args)))
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
        return Err(invalid("to", ErrorCode::DaysOutOfRange));
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
            crate::db::day(r, 0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i32>(2)?,
        ))
    })?;
    for row in rows {
        let (date, kind, count) = row?;
        let Ok(kind) = MomentKind::parse(&kind) else {
            continue;
        };
        let index = (date - from).num_days();
        if let Some(day) = usize::try_from(index).ok().and_then(|i| days.get_mut(i)) {
            day.counts.push(KindCount { kind, count });
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

/// The moment rows (removed ones included) stamped after `stamp` by this journal's
/// change clock, each with its stamp, in time order (for a partner's bundle).
pub fn changed_since(
    conn: &Connection,
    stamp: i64,
    mut each: impl FnMut(Moment, i64) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS}, m.changed FROM moments m WHERE m.changed > ?1 ORDER BY m.seq"
    ))?;
    let mut rows = stmt.query([stamp])?;
    while let Some(row) = rows.next()? {
        let changed: i64 = row.get(13)?;
        each(from_row(row)?.0, changed)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::rows::{seq_bounds, local_date};
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
        assert_eq!(local_date(Timestamp(at), 60).to_string(), "2025-03-14");
        assert_eq!(local_date(Timestamp(at), 120).to_string(), "2025-03-15");
        assert_eq!(local_date(Timestamp(at), -300).to_string(), "2025-03-14");
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
            let day = local_date(Timestamp(ms), off);
            let (lo, hi) = seq_bounds(Some(day), Some(day));
            let seq = ms * SEQ_PER_MS;
            prop_assert!(lo <= seq && seq < hi);
        }
    }
}
