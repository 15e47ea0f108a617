//! Import: a document checked row by row as if typed in, then merged by id in the
//! caller's transaction — the newer `updated_at` wins, a tombstone travels as a newer
//! row, the same file twice changes nothing.

use std::collections::HashSet;

use rusqlite::{params, Connection, OptionalExtension};
use serde::Deserialize;

use super::{Document, ImportReport, FORMAT, IMPORT_MAX_BYTES};
use crate::children;
use crate::db::{now_ms, Scope};
use crate::error::{ErrorCode, Error, Result};
use crate::journal::{self, Moment, MomentInput};
use crate::settings;
use crate::text;

#[derive(Deserialize)]
struct FormatProbe {
    format: u32,
}

fn import_error(code: ErrorCode, at: String) -> Error {
    Error::ImportInvalid { at, code }
}

/// Parses an export file, refusing anything that is not exactly a format-1 document.
/// Errors name where in the file the problem is, never what it says.
pub fn parse(json: &str) -> Result<Document> {
    if json.len() > IMPORT_MAX_BYTES {
        return Err(import_error(ErrorCode::ImportTooLarge, "file".into()));
    }
    let describe = |e: serde_json::Error| {
        format!(
            "line {} column {} ({:?})",
            e.line(),
            e.column(),
            e.classify()
        )
    };
    let probe: FormatProbe =
        serde_json::from_str(json).map_err(|e| import_error(ErrorCode::ImportInvalid, describe(e)))?;
    if probe.format != FORMAT {
        return Err(import_error(ErrorCode::ImportFormatUnsupported, "format".into()));
    }
    serde_json::from_str(json).map_err(|e| import_error(ErrorCode::ImportInvalid, describe(e)))
}

/// Checks every row of a document as if it were typed in, and that ids are unique.
fn validate(doc: &Document) -> Result<()> {
    let today = chrono::DateTime::from_timestamp_millis(now_ms())
        .map(|t| t.date_naive())
        .unwrap_or_default()
        .succ_opt()
        .unwrap_or_default();
    let at = |kind: &str, i: usize, e: Error| match e {
        Error::Invalid { field, code } => import_error(code, format!("{kind}[{i}].{field}")),
        other => other,
    };
    let mut ids = HashSet::new();
    for (i, c) in doc.children.iter().enumerate() {
        text::check_id("id", &c.id).map_err(|e| at("children", i, e))?;
        if !ids.insert(c.id.as_str()) {
            return Err(import_error(
                ErrorCode::ImportInvalid,
                format!("children[{i}].id duplicate"),
            ));
        }
        let input = children::ChildInput {
            name: c.name.clone(),
            birth_date: c.birth_date,
            due_date: c.due_date,
        };
        let clean = children::validate(&input, today).map_err(|e| at("children", i, e))?;
        if clean.name != c.name {
            return Err(import_error(
                ErrorCode::NameInvalidCharacters,
                format!("children[{i}].name"),
            ));
        }
    }
    let mut ids = HashSet::new();
    for (i, m) in doc.moments.iter().enumerate() {
        text::check_id("id", &m.id).map_err(|e| at("moments", i, e))?;
        text::check_id("child_id", &m.child_id).map_err(|e| at("moments", i, e))?;
        if !ids.insert(m.id.as_str()) {
            return Err(import_error(
                ErrorCode::ImportInvalid,
                format!("moments[{i}].id duplicate"),
            ));
        }
        journal::check_input(&MomentInput {
            kind: m.kind,
            occurred_at_ms: m.occurred_at_ms,
            utc_offset_min: m.utc_offset_min,
            note: m.note.clone(),
            duration_min: m.duration_min,
            caregiver: m.caregiver.clone(),
        })
        .map_err(|e| at("moments", i, e))?;
    }
    for (i, d) in doc.tip_deliveries.iter().enumerate() {
        text::check_id("child_id", &d.child_id).map_err(|e| at("tip_deliveries", i, e))?;
        text::check_tip_id("tip_id", &d.tip_id).map_err(|e| at("tip_deliveries", i, e))?;
    }
    for (i, f) in doc.tip_feedback.iter().enumerate() {
        text::check_id("child_id", &f.child_id).map_err(|e| at("tip_feedback", i, e))?;
        text::check_tip_id("tip_id", &f.tip_id).map_err(|e| at("tip_feedback", i, e))?;
    }
    for (i, s) in doc.settings.iter().enumerate() {
        if settings::is_shared(&s.key) {
            settings::check(&s.key, &s.value).map_err(|e| at("settings", i, e))?;
        }
    }
    Ok(())
}

/// Moments staged per statement, and per progress report.
const CHUNK: usize = 4096;

/// Merges a document into the database inside the caller's transaction: rows are
/// matched by id, the newer `updated_at` wins, a tombstone travels as a newer row.
pub fn merge(
    conn: &Connection,
    doc: &Document,
    scope: &Scope<'_>,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<ImportReport> {
    validate(doc)?;
    let mut report = ImportReport::default();
    let total = (doc.children.len() + doc.moments.len()) as u64;
    let mut done = 0u64;
    let count = |changed: Option<bool>, report: &mut ImportReport| match changed {
        None => report.added += 1,
        Some(true) => report.updated += 1,
        Some(false) => report.unchanged += 1,
    };
    for c in &doc.children {
        let existed = children::row_exists(conn, &c.id)?;
        let written = conn.execute(
            "INSERT INTO children (id, name, birth_date, due_date, created_at, updated_at, deleted_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT(id) DO UPDATE SET name = excluded.name, birth_date = excluded.birth_date,
                due_date = excluded.due_date, created_at = excluded.created_at,
                updated_at = excluded.updated_at, deleted_at = excluded.deleted_at
             WHERE excluded.updated_at > children.updated_at",
            params![c.id, c.name, c.birth_date, c.due_date, c.created_at, c.updated_at, c.deleted_at],
        )?;
        count(existed.then_some(written == 1), &mut report);
        done += 1;
    }
    let mut known_children: HashSet<&str> = HashSet::new();
    for (i, m) in doc.moments.iter().enumerate() {
        if known_children.insert(m.child_id.as_str()) && !children::row_exists(conn, &m.child_id)? {
            return Err(import_error(
                ErrorCode::ChildNotFound,
                format!("moments[{i}].child_id"),
            ));
        }
    }
    // Moments in chunks: the ids the journal knows in a few queries, new rows in one
    // statement a chunk, the rare newer edit row by row.
    let mut keys = journal::Keys::for_rows(conn, &doc.moments)?;
    for chunk in doc.moments.chunks(CHUNK) {
        let ids: Vec<&str> = chunk.iter().map(|m| m.id.as_str()).collect();
        let known = journal::known(conn, &ids)?;
        let mut new = Vec::with_capacity(chunk.len());
        for m in chunk {
            let m = Moment {
                local_date: journal::local_date(m.occurred_at_ms, m.utc_offset_min),
                ..m.clone()
            };
            match known.get(&m.id) {
                None => new.push(m),
                Some(&(updated_at, seq)) if m.updated_at > updated_at => {
                    // A moved moment takes its new time key from the same hand-out.
                    let seq = if journal::key_ms(seq) == m.occurred_at_ms {
                        seq
                    } else {
                        keys.take(m.occurred_at_ms)?
                    };
                    journal::replace_row_at(conn, &m, seq)?;
                    count(Some(true), &mut report);
                }
                Some(_) => count(Some(false), &mut report),
            }
        }
        journal::insert_new(conn, &new, &mut keys)?;
        for _ in &new {
            count(None, &mut report);
        }
        done += chunk.len() as u64;
        scope.check()?;
        progress(done, total);
    }
    for (i, d) in doc.tip_deliveries.iter().enumerate() {
        if !children::row_exists(conn, &d.child_id)? {
            return Err(import_error(
                ErrorCode::ChildNotFound,
                format!("tip_deliveries[{i}].child_id"),
            ));
        }
        let added = conn.execute(
            "INSERT OR IGNORE INTO tip_deliveries (child_id, local_date, tip_id, delivered_at) VALUES (?1, ?2, ?3, ?4)",
            params![d.child_id, d.date, d.tip_id, d.delivered_at],
        )?;
        count(if added == 1 { None } else { Some(false) }, &mut report);
    }
    for (i, f) in doc.tip_feedback.iter().enumerate() {
        if !children::row_exists(conn, &f.child_id)? {
            return Err(import_error(
                ErrorCode::ChildNotFound,
                format!("tip_feedback[{i}].child_id"),
            ));
        }
        let existing: Option<i64> = conn
            .query_row(
                "SELECT updated_at FROM tip_feedback WHERE child_id = ?1 AND tip_id = ?2",
                params![f.child_id, f.tip_id],
                |r| r.get(0),
            )
            .optional()?;
        if existing.is_some_and(|have| f.updated_at <= have) {
            count(Some(false), &mut report);
            continue;
        }
        conn.execute(
            "INSERT INTO tip_feedback (child_id, tip_id, tried_at, favourite_at, not_for_me_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT(child_id, tip_id) DO UPDATE SET tried_at = excluded.tried_at,
                favourite_at = excluded.favourite_at, not_for_me_at = excluded.not_for_me_at,
                updated_at = excluded.updated_at",
            params![f.child_id, f.tip_id, f.tried_at, f.favourite_at, f.not_for_me_at, f.updated_at],
        )?;
        count(existing.map(|_| true), &mut report);
    }
    for s in &doc.settings {
        if !settings::is_shared(&s.key) {
            continue;
        }
        let existing: Option<i64> = conn
            .query_row(
                "SELECT updated_at FROM settings WHERE key = ?1",
                [&s.key],
                |r| r.get(0),
            )
            .optional()?;
        if existing.is_some_and(|have| s.updated_at <= have) {
            count(Some(false), &mut report);
            continue;
        }
        conn.execute(
            "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            params![s.key, s.value, s.updated_at],
        )?;
        count(existing.map(|_| true), &mut report);
    }
    scope.check()?;
    progress(total, total);
    Ok(report)
}
