//! The baselines: the same SQL as the Core runs, on a bare `rusqlite::Connection` with
//! the same pragmas, and the same Fluent files through bare `fluent-bundle` — with none
//! of the Core's logic (no validation, no negotiation, no scheduler, no second reads).
//! Rows are read into plain owned values, as any app reading them would.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};

/// Opens a file the way the Core does: read-write, no mutex, then the same pragmas
/// (busy timeout, WAL, synchronous=FULL, foreign keys, temp store in memory).
pub fn open(path: &Path) -> Connection {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).expect("open bare");
    configure(&conn);
    // The schema's full-text triggers call the search fold.
    hechting_core::testing::register_functions(&conn).expect("functions");
    conn
}

pub fn configure(conn: &Connection) {
    conn.busy_timeout(Duration::from_secs(10)).expect("busy");
    let _mode: String = conn
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        .expect("wal");
    conn.execute_batch(
        "PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA temp_store = MEMORY;",
    )
    .expect("pragmas");
}

pub const COLUMNS: &str = "m.id, m.child_id, m.kind, m.occurred_at, m.utc_offset_min, \
     m.local_date, m.note, m.duration_min, m.caregiver, m.created_at, m.updated_at, \
     m.deleted_at, m.seq";

/// A moment row as plain values.
pub type Row = (
    String,
    String,
    String,
    i64,
    i64,
    String,
    Option<String>,
    Option<i64>,
    Option<String>,
    i64,
    i64,
    Option<i64>,
    i64,
);

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
        r.get(8)?,
        r.get(9)?,
        r.get(10)?,
        r.get(11)?,
        r.get(12)?,
    ))
}

/// A journal page of one child, newest first: the statement `journal::page` builds.
pub fn page(conn: &Connection, child: &str, cursor: Option<i64>, limit: u32) -> Vec<Row> {
    let limit = i64::from(limit) + 1;
    match cursor {
        None => {
            let sql = format!(
                "SELECT {COLUMNS} FROM moments m WHERE 1 AND m.deleted_at IS NULL \
                 AND m.child_id = ? ORDER BY m.seq DESC LIMIT ?"
            );
            let mut stmt = conn.prepare_cached(&sql).expect("prepare");
            let rows = stmt.query_map(params![child, limit], row).expect("query");
            rows.collect::<rusqlite::Result<_>>().expect("rows")
        }
        Some(c) => {
            let sql = format!(
                "SELECT {COLUMNS} FROM moments m WHERE 1 AND m.deleted_at IS NULL \
                 AND m.child_id = ? AND m.seq < ? ORDER BY m.seq DESC LIMIT ?"
            );
            let mut stmt = conn.prepare_cached(&sql).expect("prepare");
            let rows = stmt
                .query_map(params![child, c, limit], row)
                .expect("query");
            rows.collect::<rusqlite::Result<_>>().expect("rows")
        }
    }
}

/// The newest matches of a full-text query, straight off the index in rowid order.
pub fn search(conn: &Connection, child: &str, fts: &str, limit: u32) -> Vec<Row> {
    let sql = format!(
        "SELECT {COLUMNS} FROM moments_fts f CROSS JOIN moments m ON m.seq = f.rowid \
         WHERE moments_fts MATCH ? AND m.deleted_at IS NULL AND m.child_id = ? \
         ORDER BY f.rowid DESC LIMIT ?"
    );
    let mut stmt = conn.prepare_cached(&sql).expect("prepare");
    let rows = stmt
        .query_map(params![fts, child, i64::from(limit) + 1], row)
        .expect("query");
    rows.collect::<rusqlite::Result<_>>().expect("rows")
}

/// The naive way: every match joined and sorted by time.
pub fn search_naive(conn: &Connection, child: &str, fts: &str, limit: u32) -> Vec<Row> {
    let sql = format!(
        "SELECT {COLUMNS} FROM moments_fts f JOIN moments m ON m.seq = f.rowid \
         WHERE moments_fts MATCH ? AND m.deleted_at IS NULL AND m.child_id = ? \
         ORDER BY m.occurred_at DESC LIMIT ?"
    );
    let mut stmt = conn.prepare_cached(&sql).expect("prepare");
    let rows = stmt
        .query_map(params![fts, child, i64::from(limit) + 1], row)
        .expect("query");
    rows.collect::<rusqlite::Result<_>>().expect("rows")
}

/// The time-key range that can hold the local days `from..=to` (UTC-12 to UTC+14).
pub fn seq_bounds(from: chrono::NaiveDate, to: chrono::NaiveDate) -> (i64, i64) {
    let ms = |d: chrono::NaiveDate| {
        d.and_hms_opt(0, 0, 0)
            .expect("midnight")
            .and_utc()
            .timestamp_millis()
    };
    let lo = (ms(from) - 14 * 3_600_000) * 1000;
    let hi = (ms(to + chrono::Days::new(1)) + 12 * 3_600_000) * 1000;
    (lo, hi)
}

pub fn day_summaries(
    conn: &Connection,
    child: &str,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> Vec<(String, String, u32)> {
    let (lo, hi) = seq_bounds(from, to);
    let mut stmt = conn
        .prepare_cached(
            "SELECT local_date, kind, count(*) FROM moments
         WHERE child_id = ?1 AND deleted_at IS NULL AND seq >= ?2 AND seq < ?3
           AND local_date >= ?4 AND local_date <= ?5
         GROUP BY local_date, kind ORDER BY local_date, kind",
        )
        .expect("prepare");
    let rows = stmt
        .query_map(params![child, lo, hi, from, to], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .expect("query");
    rows.collect::<rusqlite::Result<_>>().expect("rows")
}

pub const INSERT_MOMENT: &str =
    "INSERT INTO moments (seq, id, child_id, kind, occurred_at, utc_offset_min,
            local_date, note, duration_min, caregiver, created_at, updated_at, deleted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";

/// One moment in its own IMMEDIATE transaction: the INSERT (the FTS trigger fires) and
/// a durable commit.
#[allow(clippy::too_many_arguments)]
pub fn log_moment(
    conn: &mut Connection,
    child: &str,
    kind: &str,
    at_ms: i64,
    offset: i32,
    local_date: &str,
    note: &str,
    caregiver: &str,
) {
    let id = uuid::Uuid::now_v7().to_string();
    let now = now_ms();
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .expect("begin");
    tx.prepare_cached(INSERT_MOMENT)
        .expect("prepare")
        .execute(params![
            at_ms * 1000,
            id,
            child,
            kind,
            at_ms,
            offset,
            local_date,
            note,
            None::<i64>,
            caregiver,
            now,
            now,
            None::<i64>
        ])
        .expect("insert");
    tx.commit().expect("commit");
}

/// `log_moment` plus the two reads the Core makes before its INSERT (the child
/// exists; the next free time key), as cached statements.
#[allow(clippy::too_many_arguments)]
pub fn log_moment_checked(
    conn: &mut Connection,
    child: &str,
    kind: &str,
    at_ms: i64,
    offset: i32,
    local_date: &str,
    note: &str,
    caregiver: &str,
) {
    let id = uuid::Uuid::now_v7().to_string();
    let now = now_ms();
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .expect("begin");
    let _ = self::child(&tx, child);
    let base = at_ms * 1000;
    let seq: i64 = tx
        .prepare_cached(
            "SELECT coalesce(max(seq) + 1, ?1) FROM moments WHERE seq >= ?1 AND seq < ?2",
        )
        .expect("prepare")
        .query_row(params![base, base + 1000], |r| r.get(0))
        .expect("free seq");
    tx.prepare_cached(INSERT_MOMENT)
        .expect("prepare")
        .execute(params![
            seq,
            id,
            child,
            kind,
            at_ms,
            offset,
            local_date,
            note,
            None::<i64>,
            caregiver,
            now,
            now,
            None::<i64>
        ])
        .expect("insert");
    tx.commit().expect("commit");
}

pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default()
}

// ---- tips ----

const CHILD_SQL: &str = "SELECT id, name, birth_date, due_date, created_at, updated_at, deleted_at
     FROM children WHERE id = ?1 AND deleted_at IS NULL";

/// The child's row as plain values.
pub type ChildRow = (
    String,
    String,
    Option<String>,
    Option<String>,
    i64,
    i64,
    Option<i64>,
);

pub fn child(conn: &Connection, id: &str) -> ChildRow {
    conn.prepare_cached(CHILD_SQL)
        .expect("prepare")
        .query_row([id], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        })
        .expect("child")
}

pub fn delivered(conn: &Connection, child: &str, date: &str) -> Option<String> {
    conn.prepare_cached("SELECT tip_id FROM tip_deliveries WHERE child_id = ?1 AND local_date = ?2")
        .expect("prepare")
        .query_row(params![child, date], |r| r.get(0))
        .optional()
        .expect("delivered")
}

pub fn feedback(conn: &Connection, child: &str, tip: &str) -> (bool, bool, bool) {
    conn.prepare_cached(
        "SELECT tried_at IS NOT NULL, favourite_at IS NOT NULL, not_for_me_at IS NOT NULL
             FROM tip_feedback WHERE child_id = ?1 AND tip_id = ?2",
    )
    .expect("prepare")
    .query_row(params![child, tip], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })
    .optional()
    .expect("feedback")
    .unwrap_or_default()
}

/// What the scheduler reads: the history, the refused tips, the switched-off themes.
pub fn scheduler_inputs(
    conn: &Connection,
    child: &str,
) -> (Vec<(String, String)>, Vec<String>, Option<String>) {
    let history = conn
        .prepare_cached("SELECT local_date, tip_id FROM tip_deliveries WHERE child_id = ?1")
        .expect("prepare")
        .query_map([child], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .collect::<rusqlite::Result<_>>()
        .expect("history");
    let refused = conn
        .prepare_cached(
            "SELECT tip_id FROM tip_feedback WHERE child_id = ?1 AND not_for_me_at IS NOT NULL",
        )
        .expect("prepare")
        .query_map([child], |r| r.get(0))
        .expect("query")
        .collect::<rusqlite::Result<_>>()
        .expect("refused");
    let themes_off = conn
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")
        .expect("prepare")
        .query_row(["themes_off"], |r| r.get(0))
        .optional()
        .expect("themes");
    (history, refused, themes_off)
}

pub fn record_delivery(conn: &Connection, child: &str, date: &str, tip: &str) {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO tip_deliveries (child_id, local_date, tip_id, delivered_at)
         VALUES (?1, ?2, ?3, ?4)",
    )
    .expect("prepare")
    .execute(params![child, date, tip, now_ms()])
    .expect("record");
}

/// A tip's three texts.
pub fn tip_texts(bare: &Bare, tip: &str, theme_message: &str) -> [String; 3] {
    [
        bare.format(tip, Some("title")),
        bare.format(tip, Some("body")),
        bare.format(theme_message, None),
    ]
}

// ---- Fluent ----

/// The message files of a shipped locale, embedded like the Core embeds them.
pub fn ftl(tag: &str) -> [&'static str; 2] {
    match tag {
        "nl" => [
            include_str!("../../../i18n/nl/app.ftl"),
            include_str!("../../../i18n/nl/tips.ftl"),
        ],
        "de" => [
            include_str!("../../../i18n/de/app.ftl"),
            include_str!("../../../i18n/de/tips.ftl"),
        ],
        other => panic!("the baseline embeds nl and de, not {other}"),
    }
}

/// A chain of bare bundles, best first; a message comes from the first that has it.
pub struct Bare {
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl Bare {
    pub fn new(tags: &[&str]) -> Bare {
        let bundles = tags
            .iter()
            .map(|tag| {
                let langid: unic_langid::LanguageIdentifier = tag.parse().expect("tag");
                let mut bundle = FluentBundle::new_concurrent(vec![langid]);
                for text in ftl(tag) {
                    let res = match FluentResource::try_new(text.to_owned()) {
                        Ok(r) | Err((r, _)) => r,
                    };
                    let _ = bundle.add_resource(res);
                }
                bundle
            })
            .collect();
        Bare { bundles }
    }

    pub fn format(&self, id: &str, attr: Option<&str>) -> String {
        for bundle in &self.bundles {
            let Some(msg) = bundle.get_message(id) else {
                continue;
            };
            let pattern = match attr {
                Some(a) => msg.get_attribute(a).map(|a| a.value()),
                None => msg.value(),
            };
            let Some(pattern) = pattern else { continue };
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, None, &mut errors)
                .into_owned();
        }
        id.to_owned()
    }

    /// The given keys (`id` or `id.attr`), formatted into a map.
    pub fn all(&self, keys: &[(String, Option<String>)]) -> BTreeMap<String, String> {
        keys.iter()
            .map(|(id, attr)| {
                let key = match attr {
                    Some(a) => format!("{id}.{a}"),
                    None => id.clone(),
                };
                (key, self.format(id, attr.as_deref()))
            })
            .collect()
    }
}

// ---- export and import ----

#[derive(Debug, Serialize, Deserialize)]
pub struct Doc {
    pub format: u32,
    pub children: Vec<ChildJson>,
    pub moments: Vec<MomentJson>,
    pub tip_deliveries: Vec<DeliveryJson>,
    pub tip_feedback: Vec<FeedbackJson>,
    pub settings: Vec<SettingJson>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct ChildJson {
    pub id: String,
    pub name: String,
    pub birth_date: Option<String>,
    pub due_date: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_at: Option<i64>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct MomentJson {
    pub id: String,
    pub child_id: String,
    pub kind: String,
    pub occurred_at_ms: i64,
    pub utc_offset_min: i32,
    pub local_date: String,
    pub note: Option<String>,
    pub duration_min: Option<u32>,
    pub caregiver: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub deleted_at: Option<i64>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct DeliveryJson {
    pub child_id: String,
    pub date: String,
    pub tip_id: String,
    pub delivered_at: i64,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct FeedbackJson {
    pub child_id: String,
    pub tip_id: String,
    pub tried_at: Option<i64>,
    pub favourite_at: Option<i64>,
    pub not_for_me_at: Option<i64>,
    pub updated_at: i64,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct SettingJson {
    pub key: String,
    pub value: String,
    pub updated_at: i64,
}

fn all<T>(
    conn: &Connection,
    sql: &str,
    f: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Vec<T> {
    let mut stmt = conn.prepare(sql).expect("prepare");
    let rows = stmt.query_map([], f).expect("query");
    rows.collect::<rusqlite::Result<_>>().expect("rows")
}

/// Every row, read with the Core's export statements and written as JSON.
pub fn export(conn: &Connection) -> String {
    let moments = all(
        conn,
        &format!("SELECT {COLUMNS} FROM moments m ORDER BY m.seq"),
        |r| {
            Ok(MomentJson {
                id: r.get(0)?,
                child_id: r.get(1)?,
                kind: r.get(2)?,
                occurred_at_ms: r.get(3)?,
                utc_offset_min: r.get(4)?,
                local_date: r.get(5)?,
                note: r.get(6)?,
                duration_min: r.get(7)?,
                caregiver: r.get(8)?,
                created_at: r.get(9)?,
                updated_at: r.get(10)?,
                deleted_at: r.get(11)?,
            })
        },
    );
    let tip_deliveries = all(
        conn,
        "SELECT child_id, local_date, tip_id, delivered_at FROM tip_deliveries ORDER BY child_id, local_date",
        |r| {
            Ok(DeliveryJson {
                child_id: r.get(0)?,
                date: r.get(1)?,
                tip_id: r.get(2)?,
                delivered_at: r.get(3)?,
            })
        },
    );
    let tip_feedback = all(
        conn,
        "SELECT child_id, tip_id, tried_at, favourite_at, not_for_me_at, updated_at
         FROM tip_feedback ORDER BY child_id, tip_id",
        |r| {
            Ok(FeedbackJson {
                child_id: r.get(0)?,
                tip_id: r.get(1)?,
                tried_at: r.get(2)?,
                favourite_at: r.get(3)?,
                not_for_me_at: r.get(4)?,
                updated_at: r.get(5)?,
            })
        },
    );
    let settings = all(
        conn,
        "SELECT key, value, updated_at FROM settings ORDER BY key",
        |r| {
            Ok(SettingJson {
                key: r.get(0)?,
                value: r.get(1)?,
                updated_at: r.get(2)?,
            })
        },
    );
    let children = all(
        conn,
        "SELECT id, name, birth_date, due_date, created_at, updated_at, deleted_at FROM children ORDER BY id",
        |r| {
            Ok(ChildJson {
                id: r.get(0)?,
                name: r.get(1)?,
                birth_date: r.get(2)?,
                due_date: r.get(3)?,
                created_at: r.get(4)?,
                updated_at: r.get(5)?,
                deleted_at: r.get(6)?,
            })
        },
    );
    serde_json::to_string(&Doc {
        format: 1,
        children,
        moments,
        tip_deliveries,
        tip_feedback,
        settings,
    })
    .expect("json")
}

/// The Core's moment INSERT for every moment of `doc`, into `table` (`moments`, or a
/// staging table with its columns).
fn insert_moments(tx: &Connection, doc: &Doc, table: &str) {
    let sql = INSERT_MOMENT.replace("INTO moments", &format!("INTO {table}"));
    let mut insert = tx.prepare_cached(&sql).expect("prepare");
    for m in &doc.moments {
        insert
            .execute(params![
                m.occurred_at_ms * 1000,
                m.id,
                m.child_id,
                m.kind,
                m.occurred_at_ms,
                m.utc_offset_min,
                m.local_date,
                m.note,
                m.duration_min,
                m.caregiver,
                m.created_at,
                m.updated_at,
                m.deleted_at
            ])
            .expect("moment");
    }
}

/// Every tip delivery of `doc`; one already there is kept.
fn insert_deliveries(tx: &Connection, doc: &Doc) {
    for d in &doc.tip_deliveries {
        tx.prepare_cached(
            "INSERT OR IGNORE INTO tip_deliveries (child_id, local_date, tip_id, delivered_at) VALUES (?1, ?2, ?3, ?4)",
        )
        .expect("prepare")
        .execute(params![d.child_id, d.date, d.tip_id, d.delivered_at])
        .expect("delivery");
    }
}

/// Every tip answer and setting of the file; a merge passes its `ON CONFLICT` clauses,
/// an import into an empty journal none.
fn insert_feedback_and_settings(
    tx: &Connection,
    doc: &Doc,
    feedback_upsert: &str,
    setting_upsert: &str,
) {
    let mut feedback = tx
        .prepare_cached(&format!(
            "INSERT INTO tip_feedback (child_id, tip_id, tried_at, favourite_at, not_for_me_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) {feedback_upsert}"
        ))
        .expect("prepare");
    for f in &doc.tip_feedback {
        feedback
            .execute(params![
                f.child_id,
                f.tip_id,
                f.tried_at,
                f.favourite_at,
                f.not_for_me_at,
                f.updated_at
            ])
            .expect("feedback");
    }
    let mut setting = tx
        .prepare_cached(&format!(
            "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, ?3) {setting_upsert}"
        ))
        .expect("prepare");
    for s in &doc.settings {
        setting
            .execute(params![s.key, s.value, s.updated_at])
            .expect("setting");
    }
}

/// How much full-text index a contrast gives a fresh journal: the shipped one keeps
/// every word's first 1 to 8 letters (search as you type off the index).
#[derive(Clone, Copy)]
pub enum Search {
    /// Words only, no prefixes: a typed prefix merges every matching word's list.
    WordsOnly,
    /// No full-text index at all: the floor under any index.
    Off,
}

/// Reshapes a fresh journal's full-text index (the triggers find it by name).
pub fn reshape_search(conn: &Connection, search: Search) {
    let sql = match search {
        Search::WordsOnly => {
            "DROP TABLE moments_fts;
             CREATE VIRTUAL TABLE moments_fts USING fts5(note, content = '',
                 contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');"
        }
        Search::Off => {
            "DROP TRIGGER moments_fts_insert; DROP TRIGGER moments_fts_delete;
             DROP TRIGGER moments_fts_update;"
        }
    };
    conn.execute_batch(sql).expect("reshape search");
}

/// Refills a reshaped index from the journal, as the triggers would have filled it.
pub fn refill_search(conn: &Connection) {
    conn.execute_batch(
        "INSERT INTO moments_fts(rowid, note)
             SELECT seq, hfold(note) FROM moments WHERE note IS NOT NULL;",
    )
    .expect("refill search");
}

/// Parses an export and inserts every row in one IMMEDIATE transaction with the
/// Core's INSERT statements (the time key is computed, not looked up). One INSERT per
/// moment, like the Core's merge.
pub fn import(conn: &mut Connection, json: &str) -> usize {
    import_with(conn, json, false)
}

/// The same, but the moments go through a temporary table and into `moments` with
/// one INSERT … SELECT: the full-text index then takes them in one statement.
pub fn import_staged(conn: &mut Connection, json: &str) -> usize {
    import_with(conn, json, true)
}

fn import_with(conn: &mut Connection, json: &str, staged: bool) -> usize {
    let doc: Doc = serde_json::from_str(json).expect("parse");
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .expect("begin");
    for c in &doc.children {
        tx.prepare_cached(
            "INSERT INTO children (id, name, birth_date, due_date, created_at, updated_at, deleted_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )
        .expect("prepare")
        .execute(params![
            c.id,
            c.name,
            c.birth_date,
            c.due_date,
            c.created_at,
            c.updated_at,
            c.deleted_at
        ])
        .expect("child");
    }
    if staged {
        tx.execute_batch("CREATE TEMP TABLE staging AS SELECT * FROM main.moments WHERE 0")
            .expect("staging");
    }
    insert_moments(&tx, &doc, if staged { "temp.staging" } else { "moments" });
    if staged {
        tx.execute_batch(
            "INSERT INTO main.moments (seq, id, child_id, kind, occurred_at, utc_offset_min,
                local_date, note, duration_min, caregiver, created_at, updated_at, deleted_at)
             SELECT seq, id, child_id, kind, occurred_at, utc_offset_min, local_date, note,
                duration_min, caregiver, created_at, updated_at, deleted_at
             FROM temp.staging ORDER BY seq;
             DROP TABLE temp.staging;",
        )
        .expect("insert staged");
    }
    insert_deliveries(&tx, &doc);
    insert_feedback_and_settings(&tx, &doc, "", "");
    tx.commit().expect("commit");
    doc.moments.len()
}

/// A full journal's own export made into what the other parent's phone would send
/// back after a while: of every four moments, two as they were, one edited later
/// there (a longer note; one in eight of those also moved ten minutes, one in sixteen
/// removed) and one new, logged half a minute after it. The file has as many moments
/// as the export, and the local days it carries are right.
pub fn merge_file(export: &str) -> String {
    let mut doc: Doc = serde_json::from_str(export).expect("parse export");
    for (i, m) in doc.moments.iter_mut().enumerate() {
        let day = |at: i64, offset: i32| {
            hechting_core::journal::local_date(at.into(), offset).to_string()
        };
        match i % 4 {
            1 => {
                m.updated_at += 86_400_000;
                m.note = Some(match m.note.take() {
                    Some(n) => format!("{n} weer"),
                    None => "weer samen".into(),
                });
                if i % 32 == 1 {
                    m.occurred_at_ms += 600_000;
                    m.local_date = day(m.occurred_at_ms, m.utc_offset_min);
                }
                if i % 64 == 5 {
                    m.deleted_at = Some(m.updated_at);
                }
            }
            3 => {
                m.occurred_at_ms += 30_000;
                m.local_date = day(m.occurred_at_ms, m.utc_offset_min);
                let id = uuid::Uuid::parse_str(&m.id).expect("uuid").as_u128() ^ 0xffff_ffff;
                m.id = uuid::Uuid::from_u128(id).to_string();
                m.created_at = m.occurred_at_ms + 60_000;
                m.updated_at = m.created_at;
                m.deleted_at = None;
            }
            _ => {}
        }
    }
    serde_json::to_string(&doc).expect("json")
}

/// Merges a file into a full journal with the plain SQL a bare connection would
/// run: every moment staged in a temporary table (the time key computed, not looked
/// up), then one INSERT … SELECT … ON CONFLICT(id) DO UPDATE that adds the new rows
/// and overwrites a row only with a newer `updated_at` (the full-text and stamp
/// triggers do the rest); the tip rows likewise. No validation, no tie rule.
pub fn merge(conn: &mut Connection, json: &str) -> usize {
    let doc: Doc = serde_json::from_str(json).expect("parse");
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .expect("begin");
    for c in &doc.children {
        tx.prepare_cached(
            "INSERT INTO children (id, name, birth_date, due_date, created_at, updated_at, deleted_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT(id) DO UPDATE SET name = excluded.name, birth_date = excluded.birth_date,
                due_date = excluded.due_date, created_at = excluded.created_at,
                updated_at = excluded.updated_at, deleted_at = excluded.deleted_at
             WHERE excluded.updated_at > children.updated_at",
        )
        .expect("prepare")
        .execute(params![
            c.id,
            c.name,
            c.birth_date,
            c.due_date,
            c.created_at,
            c.updated_at,
            c.deleted_at
        ])
        .expect("child");
    }
    tx.execute_batch("CREATE TEMP TABLE staging AS SELECT * FROM main.moments WHERE 0")
        .expect("staging");
    insert_moments(&tx, &doc, "temp.staging");
    tx.execute_batch(
        "INSERT INTO main.moments (seq, id, child_id, kind, occurred_at, utc_offset_min,
            local_date, note, duration_min, caregiver, created_at, updated_at, deleted_at)
         SELECT seq, id, child_id, kind, occurred_at, utc_offset_min, local_date, note,
            duration_min, caregiver, created_at, updated_at, deleted_at
         FROM temp.staging WHERE true ORDER BY seq
         ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, child_id = excluded.child_id,
            kind = excluded.kind, occurred_at = excluded.occurred_at,
            utc_offset_min = excluded.utc_offset_min, local_date = excluded.local_date,
            note = excluded.note, duration_min = excluded.duration_min,
            caregiver = excluded.caregiver, created_at = excluded.created_at,
            updated_at = excluded.updated_at, deleted_at = excluded.deleted_at
         WHERE excluded.updated_at > moments.updated_at;
         DROP TABLE temp.staging;",
    )
    .expect("merge staged");
    insert_deliveries(&tx, &doc);
    insert_feedback_and_settings(
        &tx,
        &doc,
        "ON CONFLICT(child_id, tip_id) DO UPDATE SET tried_at = excluded.tried_at,
            favourite_at = excluded.favourite_at, not_for_me_at = excluded.not_for_me_at,
            updated_at = excluded.updated_at
         WHERE excluded.updated_at > tip_feedback.updated_at",
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
         WHERE excluded.updated_at > settings.updated_at",
    );
    tx.commit().expect("commit");
    doc.moments.len()
}
