//! Keeping a parent's journal safe: export and import (JSON, merged by id), the daily
//! automatic backup, and recovery from a damaged file.
//!
//! - `export`, `import`: the versioned JSON document and its merge;
//! - `merge`: one row merged by id, last writer wins (also for a partner's bundle);
//! - `files`: the backup folder, moving a file aside;
//! - `recovery`: opening under the journal lock, judging damage, restoring, salvaging;
//! - `wal`: reading a write-ahead log's checksums.

mod export;
mod files;
mod import;
pub(crate) mod merge;
mod recovery;
mod wal;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::children::Child;
use crate::journal::Moment;

pub use export::{export_doc, to_json};
pub use files::{backup_dir, backup_now, list_backups, BackupInfo};
pub(crate) use import::validate;
pub use import::{merge, parse};
pub use recovery::{is_corrupt, open, recover, restore, OpenOutcome};

/// The export format this build writes and reads.
pub const FORMAT: u32 = 1;
/// Larger files are refused before parsing: years of journal stay far below this.
pub const IMPORT_MAX_BYTES: usize = 128 * 1024 * 1024;
/// Automatic backups kept.
pub const BACKUPS_KEPT: usize = 7;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Delivery {
    pub child_id: String,
    pub date: NaiveDate,
    pub tip_id: String,
    pub delivered_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedbackRow {
    pub child_id: String,
    pub tip_id: String,
    pub tried_at: Option<i64>,
    pub favourite_at: Option<i64>,
    pub not_for_me_at: Option<i64>,
    pub updated_at: i64,
}

/// A setting; an empty value is a removed setting (a tombstone), so that removing a
/// choice travels in a merge like any other change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingRow {
    pub key: String,
    pub value: String,
    pub updated_at: i64,
}

impl FeedbackRow {
    /// The columns `from_row` reads, first in a SELECT.
    pub(crate) const COLUMNS: &'static str =
        "child_id, tip_id, tried_at, favourite_at, not_for_me_at, updated_at";

    pub(crate) fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<FeedbackRow> {
        Ok(FeedbackRow {
            child_id: r.get(0)?,
            tip_id: r.get(1)?,
            tried_at: r.get(2)?,
            favourite_at: r.get(3)?,
            not_for_me_at: r.get(4)?,
            updated_at: r.get(5)?,
        })
    }
}

impl SettingRow {
    /// The columns `from_row` reads, first in a SELECT.
    pub(crate) const COLUMNS: &'static str = "key, value, updated_at";

    pub(crate) fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<SettingRow> {
        Ok(SettingRow {
            key: r.get(0)?,
            value: r.get(1)?,
            updated_at: r.get(2)?,
        })
    }
}

/// Everything a parent wrote, as one JSON document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub format: u32,
    pub children: Vec<Child>,
    pub moments: Vec<Moment>,
    pub tip_deliveries: Vec<Delivery>,
    pub tip_feedback: Vec<FeedbackRow>,
    pub settings: Vec<SettingRow>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: i32,
    pub updated: i32,
    pub unchanged: i32,
}
