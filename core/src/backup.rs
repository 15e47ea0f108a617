//! Keeping a parent's journal safe: export and import (JSON, merged by id), the daily
//! automatic backup, and recovery from a damaged file.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::children::{self, Child};
use crate::db::{self, now_ms, Db};
use crate::error::{Error, Result};
use crate::journal::{self, Moment, MomentInput};
use crate::settings;
use crate::text;

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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingRow {
    pub key: String,
    pub value: String,
    pub updated_at: i64,
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
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
}

// ---- export ----

/// Reads every row, removed ones included, in a stable order.
pub fn export_doc(conn: &Connection) -> Result<Document> {
    let mut moments = Vec::new();
    journal::all_rows(conn, |m| {
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
    let mut stmt = conn.prepare(
        "SELECT child_id, tip_id, tried_at, favourite_at, not_for_me_at, updated_at
         FROM tip_feedback ORDER BY child_id, tip_id",
    )?;
    let tip_feedback = stmt
        .query_map([], |r| {
            Ok(FeedbackRow {
                child_id: r.get(0)?,
                tip_id: r.get(1)?,
                tried_at: r.get(2)?,
                favourite_at: r.get(3)?,
                not_for_me_at: r.get(4)?,
                updated_at: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare("SELECT key, value, updated_at FROM settings ORDER BY key")?;
    let settings = stmt
        .query_map([], |r| {
            Ok(SettingRow {
                key: r.get(0)?,
                value: r.get(1)?,
                updated_at: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
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

// ---- import ----

#[derive(Deserialize)]
struct FormatProbe {
    format: u32,
}

fn import_error(code: &'static str, at: String) -> Error {
    Error::ImportInvalid { at, code }
}

/// Parses an export file, refusing anything that is not exactly a format-1 document.
/// Errors name where in the file the problem is, never what it says.
pub fn parse(json: &str) -> Result<Document> {
    if json.len() > IMPORT_MAX_BYTES {
        return Err(import_error("import-too-large", "file".into()));
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
        serde_json::from_str(json).map_err(|e| import_error("import-invalid", describe(e)))?;
    if probe.format != FORMAT {
        return Err(import_error("import-format-unsupported", "format".into()));
    }
    serde_json::from_str(json).map_err(|e| import_error("import-invalid", describe(e)))
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
                "import-invalid",
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
                "name-invalid-characters",
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
                "import-invalid",
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
    }
    for (i, f) in doc.tip_feedback.iter().enumerate() {
        text::check_id("child_id", &f.child_id).map_err(|e| at("tip_feedback", i, e))?;
    }
    Ok(())
}

/// Merges a document into the database inside the caller's transaction: rows are
/// matched by id, the newer `updated_at` wins, a tombstone travels as a newer row.
pub fn merge(
    conn: &Connection,
    doc: &Document,
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
    let mut known_children: HashSet<String> = HashSet::new();
    for (i, m) in doc.moments.iter().enumerate() {
        if !known_children.contains(&m.child_id) {
            if !children::row_exists(conn, &m.child_id)? {
                return Err(import_error(
                    "child-not-found",
                    format!("moments[{i}].child_id"),
                ));
            }
            known_children.insert(m.child_id.clone());
        }
        let m = Moment {
            local_date: journal::local_date(m.occurred_at_ms, m.utc_offset_min),
            ..m.clone()
        };
        match journal::get_row(conn, &m.id)? {
            None => {
                journal::insert_row(conn, &m)?;
                count(None, &mut report);
            }
            Some((have, seq)) if m.updated_at > have.updated_at => {
                journal::replace_row(conn, &m, seq)?;
                count(Some(true), &mut report);
            }
            Some(_) => count(Some(false), &mut report),
        }
        done += 1;
        if done % 4096 == 0 {
            progress(done, total);
        }
    }
    for (i, d) in doc.tip_deliveries.iter().enumerate() {
        if !children::row_exists(conn, &d.child_id)? {
            return Err(import_error(
                "child-not-found",
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
                "child-not-found",
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
        if ![settings::LANGUAGE, settings::THEMES_OFF].contains(&s.key.as_str()) {
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
    progress(total, total);
    Ok(report)
}

// ---- files: automatic backups and recovery ----

/// What opening found, for the shell to explain to the parent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenOutcome {
    Normal,
    /// The file was damaged: it was kept under `damaged_copy`, and the backup
    /// `backup_name` was restored (plus whatever could still be read from the damaged
    /// file).
    RestoredBackup {
        damaged_copy: String,
        backup_name: String,
    },
    /// The file was damaged and there was no backup: it was kept under
    /// `damaged_copy` and a new database was started with what could be read from it.
    StartedEmpty {
        damaged_copy: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupInfo {
    pub name: String,
    pub date: NaiveDate,
    pub size_bytes: u64,
}

/// Backups of `db.sqlite` live in `db-backups/` beside it.
pub fn backup_dir(db_path: &Path) -> PathBuf {
    let stem = db_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    db_path.with_file_name(format!("{stem}-backups"))
}

fn today_utc() -> NaiveDate {
    chrono::DateTime::from_timestamp_millis(now_ms())
        .map(|t| t.date_naive())
        .unwrap_or_default()
}

fn stamp() -> String {
    chrono::DateTime::from_timestamp_millis(now_ms())
        .map(|t| t.format("%Y%m%d-%H%M%S%.3f").to_string())
        .unwrap_or_default()
}

/// The backups of a database, newest first.
pub fn list_backups(db_path: &Path) -> Result<Vec<BackupInfo>> {
    let dir = backup_dir(db_path);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(date) = name
            .strip_prefix("backup-")
            .and_then(|rest| rest.strip_suffix(".sqlite"))
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        else {
            continue;
        };
        let size_bytes = entry.metadata().map(|m| m.len()).unwrap_or(0);
        out.push(BackupInfo {
            name,
            date,
            size_bytes,
        });
    }
    out.sort_by(|a, b| b.name.cmp(&a.name));
    Ok(out)
}

/// Copies the database consistently (SQLite's online backup, from its own read
/// connection so writers carry on) into the backup folder under today's name, then
/// keeps the newest seven.
pub fn backup_now(db_path: &Path) -> Result<BackupInfo> {
    let dir = backup_dir(db_path);
    std::fs::create_dir_all(&dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))?;
    }
    let date = today_utc();
    let name = format!("backup-{date}.sqlite");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    db::create_private(&tmp)?;
    let src = Connection::open_with_flags(
        db_path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    src.busy_timeout(std::time::Duration::from_secs(10))?;
    let copied = src.backup(
        rusqlite::MAIN_DB,
        &tmp,
        None::<fn(rusqlite::backup::Progress)>,
    );
    if let Err(e) = copied {
        let _ = std::fs::remove_file(&tmp);
        return Err(e.into());
    }
    std::fs::rename(&tmp, dir.join(&name))?;
    for old in list_backups(db_path)?.into_iter().skip(BACKUPS_KEPT) {
        let _ = std::fs::remove_file(dir.join(old.name));
    }
    let size_bytes = std::fs::metadata(dir.join(&name))
        .map(|m| m.len())
        .unwrap_or(0);
    Ok(BackupInfo {
        name,
        date,
        size_bytes,
    })
}

/// Once a day: checks the file and, when it is sound, backs it up. A damaged file is
/// never backed up, so good backups are not rotated away by bad ones.
fn daily(db: &Db, db_path: &Path) -> Result<()> {
    let today = format!("backup-{}.sqlite", today_utc());
    if backup_dir(db_path).join(&today).exists() {
        return Ok(());
    }
    let ok: String = db.read(|c| Ok(c.query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?))?;
    if ok != "ok" {
        return Err(Error::Corrupt("quick_check failed".into()));
    }
    backup_now(db_path)?;
    Ok(())
}

fn is_corrupt(e: &Error) -> bool {
    match e {
        Error::Corrupt(_) => true,
        Error::Sql(e) => matches!(
            e.sqlite_error_code(),
            Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
        ),
        _ => false,
    }
}

/// Opens the database; when it is damaged, keeps it aside, restores the newest backup
/// (or starts empty), salvages what can still be read, and says what it did.
pub fn open(path: &str) -> Result<(Db, OpenOutcome)> {
    if path == db::MEMORY {
        return Ok((Db::open(path)?, OpenOutcome::Normal));
    }
    let p = Path::new(path);
    let attempt = precheck(p).and_then(|()| Db::open(path)).and_then(|db| {
        daily(&db, p)?;
        Ok(db)
    });
    match attempt {
        Ok(db) => Ok((db, OpenOutcome::Normal)),
        Err(e) if is_corrupt(&e) => {
            log::error!("database damaged ({e}); recovering");
            recover(p)
        }
        Err(e) => Err(e),
    }
}

fn recover(p: &Path) -> Result<(Db, OpenOutcome)> {
    let damaged = move_aside(p, "damaged")?;
    let backup = list_backups(p)?.into_iter().next();
    if let Some(b) = &backup {
        db::create_private(p)?;
        std::fs::copy(backup_dir(p).join(&b.name), p)?;
    }
    let path = p.to_string_lossy();
    let db = Db::open(&path)?;
    salvage(&db, &damaged);
    let damaged_copy = damaged.to_string_lossy().into_owned();
    let outcome = match backup {
        Some(b) => OpenOutcome::RestoredBackup {
            damaged_copy,
            backup_name: b.name,
        },
        None => OpenOutcome::StartedEmpty { damaged_copy },
    };
    Ok((db, outcome))
}

/// Renames the database and its -wal/-shm to `<stem>.<why>-<time>.sqlite` beside it.
pub fn move_aside(p: &Path, why: &str) -> Result<PathBuf> {
    let stem = p
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let target = p.with_file_name(format!("{stem}.{why}-{}.sqlite", stamp()));
    for suffix in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{suffix}", p.display()));
        if side.exists() {
            std::fs::rename(
                &side,
                PathBuf::from(format!("{}{suffix}", target.display())),
            )?;
        }
    }
    if p.exists() {
        std::fs::rename(p, &target)?;
    }
    Ok(target)
}

/// Reads what it can from a damaged copy and merges it in, table by table, row by
/// row: a moment written after the last backup survives if its page did.
fn salvage(db: &Db, damaged: &Path) {
    let Ok(src) = Connection::open_with_flags(
        damaged,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    ) else {
        return;
    };
    let doc = salvage_rows(&src);
    let saved = db.write(|tx| {
        let mut report = ImportReport::default();
        for c in &doc.children {
            if let Ok(r) = merge(
                tx,
                &Document {
                    format: FORMAT,
                    children: vec![c.clone()],
                    ..Default::default()
                },
                &mut |_, _| {},
            ) {
                report.added += r.added;
            }
        }
        for m in &doc.moments {
            if let Ok(r) = merge(
                tx,
                &Document {
                    format: FORMAT,
                    moments: vec![m.clone()],
                    ..Default::default()
                },
                &mut |_, _| {},
            ) {
                report.added += r.added;
                report.updated += r.updated;
            }
        }
        Ok(report)
    });
    match saved {
        Ok(r) => log::warn!("salvaged {} rows, updated {}", r.added, r.updated),
        Err(e) => log::error!("salvage failed: {e}"),
    }
}

fn salvage_rows(src: &Connection) -> Document {
    let mut doc = Document {
        format: FORMAT,
        ..Default::default()
    };
    if let Ok(rows) = children::all_rows(src) {
        doc.children = rows;
    }
    let _ = journal::all_rows(src, |m| {
        doc.moments.push(m);
        Ok(())
    });
    doc
}

/// Cheap checks before SQLite sees the file: the header, a truncated file, and a
/// write-ahead log whose committed frames were damaged (SQLite would silently drop
/// them).
fn precheck(p: &Path) -> Result<()> {
    let Ok(meta) = std::fs::metadata(p) else {
        return Ok(());
    };
    let len = meta.len();
    if len == 0 {
        // An empty file is a new database, unless backups say there was one here.
        if !list_backups(p)?.is_empty() {
            return Err(Error::Corrupt("empty file where a database was".into()));
        }
        return Ok(());
    }
    let mut header = [0u8; 100];
    use std::io::Read;
    let read = std::fs::File::open(p)?.read(&mut header)?;
    if read < 100 || &header[..16] != b"SQLite format 3\0" {
        return Err(Error::Corrupt("not a database file".into()));
    }
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536u64,
        n => u64::from(n),
    };
    let pages = u64::from(u32::from_be_bytes([
        header[28], header[29], header[30], header[31],
    ]));
    let counter_valid = header[24..28] == header[92..96];
    if counter_valid && pages * page_size > len {
        return Err(Error::Corrupt(
            "file is shorter than its header says".into(),
        ));
    }
    check_wal(&PathBuf::from(format!("{}-wal", p.display())))
}

fn wal_checksum(data: &[u8], big_endian: bool, mut s0: u32, mut s1: u32) -> (u32, u32) {
    for pair in data.chunks_exact(8) {
        let word = |b: &[u8]| {
            let b = [b[0], b[1], b[2], b[3]];
            if big_endian {
                u32::from_be_bytes(b)
            } else {
                u32::from_le_bytes(b)
            }
        };
        s0 = s0.wrapping_add(word(&pair[0..4])).wrapping_add(s1);
        s1 = s1.wrapping_add(word(&pair[4..8])).wrapping_add(s0);
    }
    (s0, s1)
}

/// A WAL is damaged when its header is broken, or when a committed frame comes after
/// a frame whose checksum fails (a torn last write only breaks frames after the last
/// commit, which SQLite rightly drops).
fn check_wal(wal: &Path) -> Result<()> {
    let Ok(bytes) = std::fs::read(wal) else {
        return Ok(());
    };
    if bytes.len() < 32 {
        return Ok(());
    }
    let be = |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    let magic = be(0);
    if magic != 0x377f_0682 && magic != 0x377f_0683 {
        return Err(Error::Corrupt("write-ahead log header damaged".into()));
    }
    let big_endian = magic & 1 == 1;
    let (c0, c1) = wal_checksum(&bytes[..24], big_endian, 0, 0);
    if (c0, c1) != (be(24), be(28)) {
        return Err(Error::Corrupt("write-ahead log header damaged".into()));
    }
    let page_size = be(8) as usize;
    if !(512..=65_536).contains(&page_size) {
        return Err(Error::Corrupt("write-ahead log header damaged".into()));
    }
    let (salt1, salt2) = (be(16), be(20));
    let (mut s0, mut s1) = (c0, c1);
    let mut broken = false;
    let mut at = 32;
    while at + 24 + page_size <= bytes.len() {
        let frame = &bytes[at..at + 24 + page_size];
        let f = |i: usize| u32::from_be_bytes([frame[i], frame[i + 1], frame[i + 2], frame[i + 3]]);
        if (f(8), f(12)) != (salt1, salt2) {
            break; // Leftovers of an earlier log generation.
        }
        if !broken {
            let (a, b) = wal_checksum(&frame[..8], big_endian, s0, s1);
            let (a, b) = wal_checksum(&frame[24..], big_endian, a, b);
            if (a, b) == (f(16), f(20)) {
                (s0, s1) = (a, b);
            } else {
                broken = true;
            }
        } else if f(4) != 0 {
            return Err(Error::Corrupt(
                "write-ahead log damaged before a commit".into(),
            ));
        }
        at += 24 + page_size;
    }
    Ok(())
}
