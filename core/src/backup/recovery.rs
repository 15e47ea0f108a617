//! Opening a journal that other processes may share, and recovering from damage.
//!
//! The rules:
//! - Damage is judged from what SQLite reports under its own locks (an error, a failed
//!   `quick_check`), or from the file's bytes only while this process holds the journal
//!   lock alone, when no other process can be halfway through writing or checkpointing.
//! - Moving a file aside, restoring a backup and salvaging happen only while holding
//!   the journal lock alone. When other processes keep the journal open, nothing moves:
//!   the caller gets `JournalBusy` and can try `recover()` again later.
//! - A damaged file is never deleted: it is renamed beside the database.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use super::files::{
    aside_path, backup_dir, backup_now, list_backups, move_aside, move_back, remove_copy,
    today_utc, BackupInfo,
};
use super::{merge, wal, Document, ImportReport, FORMAT};
use crate::db::lock::JournalLock;
use crate::db::{self, Db};
use crate::error::ErrorCode;
use crate::error::{Error, Result};
use crate::{children, journal};

/// How long recovery or a restore waits for other processes to close the journal.
const ALONE_WAIT: Duration = Duration::from_secs(3);

/// What opening (or a later recovery) found, for the shell to explain to the parent.
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

pub fn is_corrupt(e: &Error) -> bool {
    match e {
        Error::Corrupt(_) => true,
        Error::Sql(e) => matches!(
            e.sqlite_error_code(),
            Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
        ),
        _ => false,
    }
}

/// Opens the journal under its lock; when it is damaged and no other process has it
/// open, keeps it aside, restores the newest backup (or starts empty), salvages what
/// can still be read, and says what it did.
pub fn open(path: &str) -> Result<(Db, OpenOutcome)> {
    if path == db::MEMORY {
        return Ok((Db::open(path)?, OpenOutcome::Normal));
    }
    let p = Path::new(path);
    let lock = JournalLock::open(p)?;
    let mut alone = lock.exclusive(Duration::ZERO)?;
    let checked = (|| {
        if alone {
            precheck(p)?;
        }
        let db = Db::open(path)?;
        daily(&db, p)?;
        Ok(db)
    })();
    let (db, outcome) = match checked {
        Ok(db) => (db, OpenOutcome::Normal),
        Err(e) if is_corrupt(&e) => {
            log::error!("database damaged ({e}); recovering");
            if !alone {
                alone = lock.exclusive(ALONE_WAIT)?;
            }
            if !alone {
                log::warn!("recovery waits: another process has the journal open");
                return Err(Error::JournalBusy);
            }
            let (damaged, backup) = swap_in_backup(p)?;
            let db = Db::open(path)?;
            salvage(&db, &damaged);
            (db, outcome(&damaged, backup))
        }
        Err(e) => return Err(e),
    };
    if alone {
        lock.downgrade()?;
    }
    Ok((db.locked(lock), outcome))
}

/// Recovery for a journal that is open: when it is damaged (judged alone), the same
/// steps as at open, with the Core's connections closed and opened again. A sound file
/// is left as it is (`Normal`).
pub fn recover(db: &Db) -> Result<OpenOutcome> {
    let Some(lock) = db.journal_lock() else {
        return Ok(OpenOutcome::Normal);
    };
    if !lock.exclusive(ALONE_WAIT)? {
        log::warn!("recovery waits: another process has the journal open");
        return Err(Error::JournalBusy);
    }
    let p = PathBuf::from(db.path());
    let result = recover_alone(db, &p);
    lock.downgrade()?;
    result
}

fn recover_alone(db: &Db, p: &Path) -> Result<OpenOutcome> {
    match judge(p) {
        Ok(()) => return Ok(OpenOutcome::Normal),
        Err(e) if is_corrupt(&e) => log::error!("database damaged ({e}); recovering"),
        Err(e) => return Err(e),
    }
    // Nothing to undo: the restored copy was judged sound before it was put in place.
    let (damaged, backup) = db.replace_files(|| swap_in_backup(p), || Ok(()))?;
    salvage(db, &damaged);
    Ok(outcome(&damaged, backup))
}

/// Replaces the journal with a backup, keeping the current file beside it; when the
/// backup cannot be opened, the current file is put back.
pub fn restore(db: &Db, source: &Path) -> Result<()> {
    let Some(lock) = db.journal_lock() else {
        return Err(Error::NotFound(ErrorCode::BackupNotFound));
    };
    if !lock.exclusive(ALONE_WAIT)? {
        return Err(Error::JournalBusy);
    }
    let p = PathBuf::from(db.path());
    let aside = aside_path(&p, "before-restore");
    let result = db.replace_files(
        || {
            move_aside(&p, &aside)?;
            db::create_private(&p)?;
            std::fs::copy(source, &p)?;
            Ok(())
        },
        || move_back(&aside, &p),
    );
    lock.downgrade()?;
    result
}

fn outcome(damaged: &Path, backup: Option<BackupInfo>) -> OpenOutcome {
    let damaged_copy = damaged.to_string_lossy().into_owned();
    match backup {
        Some(b) => OpenOutcome::RestoredBackup {
            damaged_copy,
            backup_name: b.name,
        },
        None => OpenOutcome::StartedEmpty { damaged_copy },
    }
}

/// Moves the damaged file aside and puts the newest backup that opens soundly in its
/// place (none: the journal starts empty). Alone only.
fn swap_in_backup(p: &Path) -> Result<(PathBuf, Option<BackupInfo>)> {
    let damaged = aside_path(p, "damaged");
    move_aside(p, &damaged)?;
    for b in list_backups(p)? {
        db::create_private(p)?;
        std::fs::copy(backup_dir(p).join(&b.name), p)?;
        match judge(p) {
            Ok(()) => return Ok((damaged, Some(b))),
            Err(e) => {
                log::error!("backup {} is damaged too ({e})", b.name);
                remove_copy(p)?;
            }
        }
    }
    Ok((damaged, None))
}

/// Whether a file is sound, judged alone: its bytes, then SQLite's quick check.
fn judge(p: &Path) -> Result<()> {
    precheck(p)?;
    if !p.exists() {
        return Ok(());
    }
    let conn = Connection::open_with_flags(
        p,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    quick_check(&conn)
}

fn quick_check(conn: &Connection) -> Result<()> {
    let ok: String = conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?;
    if ok != "ok" {
        return Err(Error::Corrupt("quick_check failed".into()));
    }
    Ok(())
}

/// Once a day: checks the file (under SQLite's locks) and, when it is sound, backs it
/// up. A damaged file is never backed up, so good backups are not rotated away by bad
/// ones.
fn daily(db: &Db, db_path: &Path) -> Result<()> {
    let today = format!("backup-{}.sqlite", today_utc());
    if backup_dir(db_path).join(&today).exists() {
        return Ok(());
    }
    db.read(quick_check)?;
    backup_now(db_path)?;
    Ok(())
}

/// Reads what it can from a damaged copy and merges it in, row by row: a moment
/// written after the last backup survives if its page did.
fn salvage(db: &Db, damaged: &Path) {
    let Ok(src) = Connection::open_with_flags(
        damaged,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    ) else {
        return;
    };
    let doc = salvage_rows(&src);
    let scope = db.scope();
    let one = |tx: &Connection, doc: Document| merge(tx, &doc, &scope, &mut |_, _| {});
    let saved = db.write(|tx| {
        let mut report = ImportReport::default();
        for c in &doc.children {
            let single = Document {
                format: FORMAT,
                children: vec![c.clone()],
                ..Default::default()
            };
            if let Ok(r) = one(tx, single) {
                report.added += r.added;
            }
        }
        for m in &doc.moments {
            let single = Document {
                format: FORMAT,
                moments: vec![m.clone()],
                ..Default::default()
            };
            if let Ok(r) = one(tx, single) {
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

/// Checks of the bytes before SQLite sees the file, made only while holding the journal
/// alone: the header, a truncated file, and a write-ahead log whose committed frames
/// were damaged (SQLite would silently drop them).
/// `<db>-wal`, `<db>-shm`.
fn sibling(p: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}{suffix}", p.display()))
}

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
    let read = std::fs::File::open(p)?.read_exact(&mut header);
    if read.is_err() || &header[..16] != b"SQLite format 3\0" {
        return Err(Error::Corrupt("not a database file".into()));
    }
    // When the shared index a process left behind (an app that was killed) accounts
    // for every frame of the log, SQLite will trust it and nothing can be dropped: the
    // log's header suffices. Otherwise every frame's checksum is read.
    let (wal, shm) = (sibling(p, "-wal"), sibling(p, "-shm"));
    let log_has_frames = if wal::index_covers_log(&wal, &shm) {
        wal::has_frames(&wal)?
    } else {
        wal::check(&wal)?
    };
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536u64,
        n => u64::from(n),
    };
    let pages = u64::from(u32::from_be_bytes([
        header[28], header[29], header[30], header[31],
    ]));
    let counter_valid = header[24..28] == header[92..96];
    // With frames in the log, a crash during a checkpoint may have left the file short
    // of its header's count: SQLite completes it from the log.
    if counter_valid && !log_has_frames && pages * page_size > len {
        return Err(Error::Corrupt(
            "file is shorter than its header says".into(),
        ));
    }
    Ok(())
}
