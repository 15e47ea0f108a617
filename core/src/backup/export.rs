//! Export: every row a parent wrote, removed ones included, as one document.

use rusqlite::Connection;

use super::{Delivery, Document, FeedbackRow, SettingRow, FORMAT};
use crate::children;
use crate::db::Scope;
use crate::error::{Error, Result};
use crate::journal;

/// Reads every row in a stable order; stops when `scope` is interrupted.
pub fn export_doc(conn: &Connection, scope: &Scope<'_>) -> Result<Document> {
    let mut moments = Vec::new();
    journal::all_rows(conn, |m| {
        if moments.len() % 4096 == 0 {
            scope.check()?;
        }
        moments.push(m);
        Ok(())
    })?;
    let mut stmt = conn.prepare(
        "SELECT child_id, local_date, tip_id, delivered_at FROM tip_deliveries ORDER BY child_id, local_date",
    )?;
    let tip_deliveries = stmt
        .query_map([], |r| {
            Ok(Delivery {
                child_id: r.get(0)?,
                date: r.get(1)?,
                tip_id: r.get(2)?,
                delivered_at: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {} FROM tip_feedback ORDER BY child_id, tip_id",
        FeedbackRow::COLUMNS
    ))?;
    let tip_feedback = stmt
        .query_map([], FeedbackRow::from_row)?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {} FROM settings ORDER BY key",
        SettingRow::COLUMNS
    ))?;
    let settings = stmt
        .query_map([], SettingRow::from_row)?
        .collect::<rusqlite::Result<_>>()?;
    scope.check()?;
    Ok(Document {
        format: FORMAT,
        children: children::all_rows(conn)?,
        moments,
        tip_deliveries,
        tip_feedback,
        settings,
    })
}

pub fn to_json(doc: &Document) -> Result<String> {
    serde_json::to_string(doc).map_err(|e| Error::Import(format!("serialize: {:?}", e.classify())))
}
