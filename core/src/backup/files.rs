//! The backup folder beside the database, and moving a file aside. Nothing here ever
//! deletes a parent's data: only backups older than the newest seven are removed.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::{Connection, OpenFlags};

use super::BACKUPS_KEPT;
use crate::db::{self, now_ms};
use crate::error::Result;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupInfo {
    pub name: String,
    pub date: NaiveDate,
    pub size_bytes: i64,
}

/// Backups of `db.sqlite` live in `db-backups/` beside it.
pub fn backup_dir(db_path: &Path) -> PathBuf {
    let stem = db_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    db_path.with_file_name(format!("{stem}-backups"))
}

pub(super) fn today_utc() -> NaiveDate {
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
            .and_then(|d| crate::age::parse_date("name", d).ok())
        else {
            continue;
        };
        let size_bytes = entry
            .metadata()
            .map_or(0, |m| i64::try_from(m.len()).unwrap_or(i64::MAX));
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
        .map_or(0, |m| i64::try_from(m.len()).unwrap_or(i64::MAX));
    Ok(BackupInfo {
        name,
        date,
        size_bytes,
    })
}

/// Where `move_aside` puts a database: `<stem>.<why>-<time>.sqlite` beside it.
pub fn aside_path(p: &Path, why: &str) -> PathBuf {
    let stem = p
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    p.with_file_name(format!("{stem}.{why}-{}.sqlite", stamp()))
}

/// Renames the database and its -wal/-shm to `target` (and its -wal/-shm). Only while
/// holding the journal lock alone: no other process may have the file open.
pub fn move_aside(p: &Path, target: &Path) -> Result<()> {
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
        std::fs::rename(p, target)?;
    }
    Ok(())
}

/// Removes a database that was only ever a copy (a restored backup that would not
/// open), with its -wal and -shm.
pub fn remove_copy(p: &Path) -> Result<()> {
    for suffix in ["-wal", "-shm", ""] {
        let f = PathBuf::from(format!("{}{suffix}", p.display()));
        if f.exists() {
            std::fs::remove_file(f)?;
        }
    }
    Ok(())
}

/// Puts a file moved aside by `move_aside` back in its place (with its -wal and -shm);
/// what stands at `p` then was only a copy. Also after a move that stopped halfway.
pub fn move_back(aside: &Path, p: &Path) -> Result<()> {
    if aside.exists() {
        remove_copy(p)?;
        std::fs::rename(aside, p)?;
    }
    for suffix in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{suffix}", aside.display()));
        if side.exists() {
            std::fs::rename(&side, PathBuf::from(format!("{}{suffix}", p.display())))?;
        }
    }
    Ok(())
}
