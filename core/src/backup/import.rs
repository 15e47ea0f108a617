//! Import: a document checked row by row as if typed in, then merged by id in the
//! caller's transaction — the newer `updated_at` wins, a tombstone travels as a newer
//! row, the same file twice changes nothing.

use std::collections::HashSet;

use rusqlite::{params, Connection};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;

use super::merge as row;
use super::{Document, ImportReport, FORMAT, IMPORT_MAX_BYTES};
use crate::children;
use crate::db::{now_ms, Scope};
use crate::error::{ErrorCode, Error, Result};
use crate::journal;
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
        import_error(
            ErrorCode::ImportInvalid,
            format!("line {} column {} ({:?})", e.line(), e.column(), e.classify()),
        )
    };
    let unsupported = || import_error(ErrorCode::ImportFormatUnsupported, "format".into());
    // The whole document in one pass; only a file that is not a format-1 document is
    // read again, for its format alone: a newer format is refused as such, not as
    // invalid.
    match serde_json::from_str::<Document>(json) {
        Ok(doc) if doc.format == FORMAT => Ok(doc),
        Ok(_) => Err(unsupported()),
        Err(e) => {
            let probe: FormatProbe = serde_json::from_str(json).map_err(describe)?;
            if probe.format != FORMAT {
                return Err(unsupported());
            }
            Err(describe(e))
        }
    }
}

/// Checks every row of a document as if it were typed in, and that ids are unique.
pub(crate) fn validate(doc: &Document) -> Result<()> {
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
    let mut ids = FxHashSet::with_capacity_and_hasher(doc.moments.len(), Default::default());
    for (i, m) in doc.moments.iter().enumerate() {
        text::check_id("id", &m.id).map_err(|e| at("moments", i, e))?;
        text::check_id("child_id", &m.child_id).map_err(|e| at("moments", i, e))?;
        if !ids.insert(m.id.as_str()) {
            return Err(import_error(
                ErrorCode::ImportInvalid,
                format!("moments[{i}].id duplicate"),
            ));
        }
        journal::check_row(m).map_err(|e| at("moments", i, e))?;
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

/// What merging does with one moment of the file.
#[derive(Clone, Copy)]
enum Fate {
    New,
    /// A newer version of the row the journal holds at this time key.
    Replaces(i64),
    Unchanged,
}

/// Merges a document into the database inside the caller's transaction: rows are
/// matched by id and the last writer wins (`merge`), a tombstone travels as a newer
/// row.
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
    for c in &doc.children {
        row::child(conn, c)?.count(&mut report);
        done += 1;
    }
    let mut known_children: HashSet<String> = HashSet::new();
    let mut check_child = |what: &str, i: usize, child_id: &str| -> Result<()> {
        if known_children.contains(child_id) {
            return Ok(());
        }
        if !children::row_exists(conn, child_id)? {
            return Err(import_error(
                ErrorCode::ChildNotFound,
                format!("{what}[{i}].child_id"),
            ));
        }
        known_children.insert(child_id.to_owned());
        Ok(())
    };
    // Moments in chunks: the rows the journal holds in a few queries, each judged by
    // the shared last-writer-wins rule; what is new or newer goes in with one statement
    // a chunk.
    let index = journal::BulkIndex::begin(conn)?;
    let mut keys = journal::Keys::for_rows(conn, &doc.moments)?;
    for (n, chunk) in doc.moments.chunks(CHUNK).enumerate() {
        for (k, m) in chunk.iter().enumerate() {
            check_child("moments", n * CHUNK + k, &m.child_id)?;
        }
        let ids: Vec<&str> = chunk.iter().map(|m| m.id.as_str()).collect();
        let at: FxHashMap<&str, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
        let mut fates = vec![Fate::New; chunk.len()];
        journal::held(conn, &ids, |held| {
            if let Some(&i) = at.get(held.id()?) {
                fates[i] = if row::moment_wins(&chunk[i], held.updated_at()?, || held.moment())? {
                    Fate::Replaces(held.seq()?)
                } else {
                    Fate::Unchanged
                };
            }
            Ok(())
        })?;
        let mut writes = Vec::with_capacity(chunk.len());
        for (m, fate) in chunk.iter().zip(fates) {
            let merged = match fate {
                Fate::New => {
                    writes.push((m, None));
                    row::Merged::Added
                }
                Fate::Replaces(seq) => {
                    writes.push((m, Some(seq)));
                    row::Merged::Updated
                }
                Fate::Unchanged => row::Merged::Unchanged,
            };
            merged.count(&mut report);
        }
        journal::write_many(conn, &writes, &mut keys)?;
        done += chunk.len() as u64;
        scope.check()?;
        progress(done, total);
    }
    index.finish(conn)?;
    for (i, d) in doc.tip_deliveries.iter().enumerate() {
        check_child("tip_deliveries", i, &d.child_id)?;
        let added = conn.execute(
            "INSERT OR IGNORE INTO tip_deliveries (child_id, local_date, tip_id, delivered_at) VALUES (?1, ?2, ?3, ?4)",
            params![d.child_id, d.date, d.tip_id, d.delivered_at],
        )?;
        if added == 1 {
            report.added += 1;
        } else {
            report.unchanged += 1;
        }
    }
    for (i, f) in doc.tip_feedback.iter().enumerate() {
        check_child("tip_feedback", i, &f.child_id)?;
        row::feedback(conn, f)?.count(&mut report);
    }
    for s in doc.settings.iter().filter(|s| settings::is_shared(&s.key)) {
        row::setting(conn, s)?.count(&mut report);
    }
    scope.check()?;
    progress(total, total);
    Ok(report)
}
