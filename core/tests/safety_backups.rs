//! Never lose a memory: daily backups, damaged files and what recovery saves, a full disk.

mod common;

use std::path::Path;
use std::sync::Arc;

use common::*;
use hechting_core::{ApiError, Core, MomentKind, OpenOutcome};
use rusqlite::Connection;

fn backups_of(db: &TestDb) -> std::path::PathBuf {
    db.dir.path().join("hechting-backups")
}

#[test]
fn a_backup_is_made_on_open_once_a_day_and_seven_are_kept() {
    let (db, _) = journal_with(10);
    let list = db.core.backups().expect("backups");
    assert_eq!(list.len(), 1, "the first open of the day backs up");
    let dir = backups_of(&db);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let f = dir.join(&list[0].name);
        assert_eq!(
            std::fs::metadata(&f).expect("meta").permissions().mode() & 0o777,
            0o600
        );
        assert_eq!(
            std::fs::metadata(&dir).expect("meta").permissions().mode() & 0o777,
            0o700
        );
    }
    // Old backups from earlier days: only the newest seven stay.
    for day in 1..=9 {
        std::fs::copy(
            dir.join(&list[0].name),
            dir.join(format!("backup-2020-01-{day:02}.sqlite")),
        )
        .expect("copy");
    }
    db.core.backup_now().expect("backup");
    let names: Vec<String> = db
        .core
        .backups()
        .expect("list")
        .into_iter()
        .map(|b| b.name)
        .collect();
    assert_eq!(names.len(), 7);
    assert_eq!(names[0], list[0].name);
    assert!(!names.contains(&"backup-2020-01-03".to_string()));
    // The backup is a complete database.
    let conn = Connection::open(dir.join(&names[0])).expect("open backup");
    let n: i64 = conn
        .query_row("SELECT count(*) FROM moments", [], |r| r.get(0))
        .expect("count");
    assert_eq!(n, 10);
}

#[test]
fn a_backup_made_while_another_thread_writes_is_consistent() {
    let (db, kid) = journal_with(0);
    let core = Arc::new(db.core);
    let writer = {
        let core = core.clone();
        let kid = kid.clone();
        std::thread::spawn(move || {
            for i in 0..400i64 {
                core.log_moment(
                    &kid,
                    &moment(
                        MomentKind::Cuddle,
                        at("2025-02-01", 0, 0) + i * 60_000,
                        Some("knuffel"),
                    ),
                )
                .expect("log");
            }
        })
    };
    let mut counts = Vec::new();
    for _ in 0..5 {
        let b = core.backup_now().expect("backup");
        let conn =
            Connection::open(db.dir.path().join("hechting-backups").join(&b.name)).expect("open");
        let ok: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .expect("check");
        assert_eq!(ok, "ok");
        let moments: i64 = conn
            .query_row("SELECT count(*) FROM moments", [], |r| r.get(0))
            .expect("n");
        let indexed: i64 = conn
            .query_row(
                "SELECT count(*) FROM moments_fts WHERE moments_fts MATCH 'knuffel'",
                [],
                |r| r.get(0),
            )
            .expect("fts");
        assert_eq!(moments, indexed, "table and index from the same instant");
        counts.push(moments);
    }
    writer.join().expect("writer");
    println!("backups caught {counts:?} moments mid-write");
}

/// Makes a journal of 30 moments with a backup holding the first 20, then closes it.
fn damaged_setup() -> (tempfile::TempDir, String) {
    let (db, kid) = journal_with(20);
    db.core.backup_now().expect("backup of the first 20");
    let path = db.path();
    drop(db.core);
    let core = Core::open(&path, &[]).expect("reopen");
    for i in 0..10 {
        core.log_moment(
            &kid,
            &moment(
                MomentKind::Singing,
                at("2025-04-01", 9, 0) + i * 60_000,
                Some("na de backup"),
            ),
        )
        .expect("log");
    }
    drop(core);
    (db.dir, path)
}

fn reopen_after_damage(
    dir: &tempfile::TempDir,
    path: &str,
    damage: impl FnOnce(&Path),
) -> (Core, OpenOutcome) {
    let before: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    damage(Path::new(path));
    let core = Core::open(path, &[]).expect("opens even when damaged");
    let outcome = core.open_outcome();
    let after: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(
        after.len() > before.len(),
        "the damaged file is kept beside the database"
    );
    (core, outcome)
}

fn restored(outcome: &OpenOutcome) -> String {
    match outcome {
        OpenOutcome::RestoredBackup {
            damaged_copy,
            backup_name,
        } => {
            assert!(Path::new(damaged_copy).exists(), "the damaged copy is kept");
            assert!(backup_name.starts_with("backup-"));
            damaged_copy.clone()
        }
        other => panic!("expected a restored backup, got {other:?}"),
    }
}

#[test]
fn a_file_that_is_not_sqlite() {
    let (dir, path) = damaged_setup();
    let (core, outcome) = reopen_after_damage(&dir, &path, |p| {
        std::fs::write(p, b"PK\x03\x04 this is a zip file, not a journal").expect("write")
    });
    let copy = restored(&outcome);
    assert_eq!(
        std::fs::read(copy).expect("copy"),
        b"PK\x03\x04 this is a zip file, not a journal"
    );
    assert_eq!(
        all_moments(&core).len(),
        20,
        "the backup's moments are back"
    );
}

#[test]
fn a_truncated_file() {
    let (dir, path) = damaged_setup();
    let (core, outcome) = reopen_after_damage(&dir, &path, |p| {
        let len = std::fs::metadata(p).expect("meta").len();
        let f = std::fs::OpenOptions::new()
            .write(true)
            .open(p)
            .expect("open");
        f.set_len(len / 2).expect("truncate");
    });
    restored(&outcome);
    assert!(all_moments(&core).len() >= 20);
}

#[test]
fn garbage_over_pages_is_found_and_what_can_be_read_is_saved() {
    let (dir, path) = damaged_setup();
    // A new day: no backup for today yet, so opening checks the file.
    let backups = dir.path().join("hechting-backups");
    for e in std::fs::read_dir(&backups).expect("dir").flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        std::fs::rename(e.path(), backups.join("backup-2020-01-01.sqlite"))
            .expect("age the backup");
        let _ = name;
    }
    let (core, outcome) = reopen_after_damage(&dir, &path, |p| {
        let mut bytes = std::fs::read(p).expect("read");
        let page = 4096;
        // Overwrite the second half of the pages past the schema with garbage.
        let pages = bytes.len() / page;
        for i in (pages / 2)..pages {
            for b in &mut bytes[i * page..(i + 1) * page] {
                *b = 0xA5;
            }
        }
        std::fs::write(p, bytes).expect("write");
    });
    restored(&outcome);
    let conn = Connection::open(&path).expect("open");
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("check");
    assert_eq!(ok, "ok");
    assert!(all_moments(&core).len() >= 20);
}

#[test]
fn a_damaged_write_ahead_log() {
    let (db, kid) = journal_with(20);
    db.core.backup_now().expect("backup");
    let path = db.path();
    // Keep the log: copy the files while the database is open, as after a crash.
    for i in 0..30 {
        db.core
            .log_moment(
                &kid,
                &moment(
                    MomentKind::Reading,
                    at("2025-05-01", 9, 0) + i * 60_000,
                    Some("in de log"),
                ),
            )
            .expect("log");
    }
    let crash = db.dir.path().join("crash");
    std::fs::create_dir(&crash).expect("dir");
    let copy = crash.join("hechting.sqlite");
    std::fs::copy(&path, &copy).expect("copy db");
    std::fs::copy(format!("{path}-wal"), crash.join("hechting.sqlite-wal")).expect("copy wal");
    let backups = db.dir.path().join("hechting-backups");
    std::fs::create_dir(crash.join("hechting-backups")).expect("dir");
    for e in std::fs::read_dir(&backups).expect("dir").flatten() {
        std::fs::copy(e.path(), crash.join("hechting-backups").join(e.file_name()))
            .expect("copy backup");
    }
    drop(db.core);
    let wal = crash.join("hechting.sqlite-wal");
    let mut bytes = std::fs::read(&wal).expect("wal");
    assert!(bytes.len() > 32 + 3 * 4120, "the log holds several commits");
    // Damage an early frame's page: later commits are now unreachable for SQLite.
    for b in &mut bytes[32 + 24 + 100..32 + 24 + 200] {
        *b ^= 0xFF;
    }
    std::fs::write(&wal, bytes).expect("write");
    let core = Core::open(&copy.to_string_lossy(), &[]).expect("open");
    let outcome = core.open_outcome();
    match &outcome {
        OpenOutcome::RestoredBackup { damaged_copy, .. } => {
            assert!(Path::new(damaged_copy).exists());
            assert!(
                Path::new(&format!("{damaged_copy}-wal")).exists(),
                "the damaged log is kept too"
            );
        }
        other => panic!("expected restore, got {other:?}"),
    }
    assert!(all_moments(&core).len() >= 20);
}

#[test]
fn no_backup_starts_empty_and_keeps_the_damaged_file() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("hechting.sqlite");
    std::fs::write(&path, vec![7u8; 10_000]).expect("junk");
    let core = Core::open(&path.to_string_lossy(), &[]).expect("open");
    match core.open_outcome() {
        OpenOutcome::StartedEmpty { damaged_copy } => {
            assert_eq!(
                std::fs::read(damaged_copy).expect("kept"),
                vec![7u8; 10_000]
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(core.children().expect("children").is_empty());
}

#[test]
fn restore_a_chosen_backup_and_keep_the_current_file() {
    let (db, kid) = journal_with(5);
    db.core.backup_now().expect("backup");
    let name = db.core.backups().expect("list")[0].name.clone();
    db.core
        .log_moment(
            &kid,
            &moment(MomentKind::Bath, at("2025-06-01", 9, 0), None),
        )
        .expect("log");
    assert_eq!(all_moments(&db.core).len(), 6);
    db.core.restore_backup(&name).expect("restore");
    assert_eq!(all_moments(&db.core).len(), 5);
    let kept = std::fs::read_dir(db.dir.path())
        .expect("dir")
        .flatten()
        .any(|e| e.file_name().to_string_lossy().contains("before-restore"));
    assert!(kept, "the file before the restore is kept");
    assert_eq!(
        db.core
            .restore_backup("backup-1999-01-01.sqlite")
            .err()
            .map(|e| e.code().to_owned())
            .as_deref(),
        Some("backup-not-found")
    );
}

// ---- full disk ----

#[test]
fn a_full_disk_gives_storage_full_and_keeps_every_earlier_moment() {
    let (db, kid) = journal_with(20);
    let core = &db.core;
    let pages: u32 = Connection::open(db.path())
        .expect("open")
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .expect("pages");
    core.limit_storage_for_tests(pages + 2).expect("limit");
    let big = "vol ".repeat(990);
    let mut logged = 0;
    let err = loop {
        match core.log_moment(
            &kid,
            &moment(
                MomentKind::Other,
                at("2025-07-01", 9, 0) + logged * 60_000,
                Some(&big),
            ),
        ) {
            Ok(_) => logged += 1,
            Err(e) => break e,
        }
        assert!(logged < 1000, "the limit never hit");
    };
    assert_eq!(err, ApiError::StorageFull);
    assert_eq!(err.code(), "storage-full");
    assert_eq!(all_moments(core).len() as i64, 20 + logged);
    let ok: String = Connection::open(db.path())
        .expect("open")
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("check");
    assert_eq!(ok, "ok");
}
