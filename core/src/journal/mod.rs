//! The moment journal: its records here; the kinds of moment (`kind`), validated
//! writes and rows (`rows`), keyset pages, full-text search and day summaries (`query`).

use chrono::{DateTime, Days, NaiveDate};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::db::now_ms;
use crate::error::{invalid, Error, Result};
use crate::{children, text, Timestamp};

/// What a parent fills in when logging or editing a moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MomentInput {
    pub kind: MomentKind,
    /// When it happened.
    pub occurred_at: Timestamp,
    /// The UTC offset where it happened, in minutes (Amsterdam in summer: 120); it
    /// fixes the calendar day the moment belongs to.
    pub utc_offset_minutes: i32,
    pub note: Option<String>,
    /// How long it lasted, in minutes (0 to 1440).
    pub duration_minutes: Option<i32>,
    /// Who was with the baby.
    pub caregiver: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Moment {
    pub id: String,
    pub child_id: String,
    pub kind: MomentKind,
    /// When it happened.
    #[serde(rename = "occurred_at_ms")]
    pub occurred_at: Timestamp,
    #[serde(rename = "utc_offset_min")]
    pub utc_offset_minutes: i32,
    /// The calendar day where it was logged.
    pub local_date: NaiveDate,
    pub note: Option<String>,
    #[serde(rename = "duration_min")]
    pub duration_minutes: Option<i32>,
    pub caregiver: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Set while the moment is deleted (`restore_moment` undoes it).
    pub deleted_at: Option<Timestamp>,
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
    /// Page size, 1–500.
    pub limit: i32,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MomentPage {
    pub items: Vec<Moment>,
    /// Pass back for the next (older) page; `None` on the last page.
    pub next_cursor: Option<String>,
}

/// How many moments of one kind a day holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindCount {
    pub kind: MomentKind,
    pub count: i32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DaySummary {
    pub date: NaiveDate,
    pub counts: Vec<KindCount>,
    pub total: i32,
}

pub const PAGE_MAX: i32 = 500;
pub const DURATION_MAX_MIN: i32 = 24 * 60;
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

mod bulk;
mod kind;
mod query;
mod rows;

pub(crate) use bulk::{held, write_many, BulkIndex, Keys};
pub use kind::MomentKind;
pub use query::*;
pub use rows::*;
