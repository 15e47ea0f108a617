//! Never lose a memory: tests that really break things.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use hechting_core::{ApiError, Core, MomentKind, MomentQuery, OpenOutcome};
use rusqlite::Connection;

fn all_moments(core: &Core) -> Vec<hechting_core::Moment> {
    let mut out = Vec::new();
    let mut cursor = None;
    loop {
        let page = core
            .moments(&MomentQuery {
                limit: 500,
                cursor,
                ..Default::default()
            })
            .expect("page");
        out.extend(page.items);
        cursor = page.next_cursor;
        if cursor.is_none() {
            return out;
        }
    }
}

fn journal_with(n: u32) -> (TestDb, String) {
    let db = open();
    let kid = db
        .core
        .add_child(
            &child("Noor", Some("2025-01-01"), Some("2025-01-05")),
            date("2025-06-01"),
        )
        .expect("child");
    for i in 0..n {
        let mut m = moment(
            MomentKind::ALL[(i as usize) % 18],
            at("2025-02-01", 8, 0) + i64::from(i) * 3_600_000,
            Some(&format!("moment {i} met oma")),
        );
        m.caregiver = (i % 3 == 0).then(|| "Oma".to_owned());
        db.core.log_moment(&kid.id, &m).expect("log");
    }
    (db, kid.id)
}

// ---- export / import ----

#[test]
fn export_import_round_trip_is_exact() {
    let (db, kid) = journal_with(40);
    let core = &db.core;
    let first = all_moments(core);
    core.delete_moment(&first[3].id).expect("tombstone");
    core.tip_for_day(&kid, date("2025-03-01")).expect("tip");
    let tip = core
        .tip_for_day(&kid, date("2025-03-02"))
        .expect("tip")
        .expect("tip");
    core.tip_feedback(&kid, &tip.tip.id, hechting_core::Feedback::Favourite)
        .expect("fav");
    core.set_language(Some("en")).expect("lang");
    let exported = core.export_json().expect("export");
    assert!(exported.starts_with("{\"format\":1,"));

    let empty = open();
    let report = empty.core.import_json(&exported).expect("import");
    assert!(report.added > 40);
    assert_eq!(
        (report.updated, report.unchanged),
        (0, 0),
        "into an empty database everything is new"
    );
    assert_eq!(
        empty.core.export_json().expect("export"),
        exported,
        "export -> import -> export is the same document"
    );
    let again = empty.core.import_json(&exported).expect("import twice");
    assert_eq!(
        again.added + again.updated,
        0,
        "the same file twice changes nothing"
    );
    assert_eq!(empty.core.export_json().expect("export"), exported);
    assert_eq!(empty.core.locale_info().locale, "en");
    assert_eq!(empty.core.search_count("oma"), 40 - 1);

    // The file written to disk is the owner's only.
    let file = db.dir.path().join("export.json");
    core.export_to_file(&file.to_string_lossy()).expect("file");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&file).expect("meta").permissions().mode() & 0o777,
            0o600
        );
    }
}

trait SearchCount {
    fn search_count(&self, word: &str) -> usize;
}

impl SearchCount for Core {
    fn search_count(&self, word: &str) -> usize {
        self.moments(&MomentQuery {
            text: Some(word.into()),
            limit: 500,
            ..Default::default()
        })
        .expect("search")
        .items
        .len()
    }
}

#[test]
fn two_phones_merge_newer_wins_and_tombstones_delete() {
    let (a, _kid) = journal_with(5);
    let shared = a.core.export_json().expect("export");
    let b = open();
    b.core.import_json(&shared).expect("b gets a's journal");
    let moments = all_moments(&b.core);
    // Phone B edits one moment and deletes another; phone A logs a new one.
    std::thread::sleep(Duration::from_millis(5));
    let mut edit = moment(
        moments[0].kind,
        moments[0].occurred_at_ms,
        Some("aangepast op telefoon B"),
    );
    edit.utc_offset_min = moments[0].utc_offset_min;
    b.core.update_moment(&moments[0].id, &edit).expect("edit");
    b.core.delete_moment(&moments[1].id).expect("delete");
    let kid = a.core.children().expect("kids")[0].id.clone();
    a.core
        .log_moment(
            &kid,
            &moment(MomentKind::Walk, at("2025-03-01", 9, 0), Some("wandeling")),
        )
        .expect("log");

    let from_b = b.core.export_json().expect("b export");
    let report = a.core.import_json(&from_b).expect("merge");
    assert_eq!(report.updated, 2, "{report:?}");
    let merged = all_moments(&a.core);
    assert_eq!(merged.len(), 5, "5 - 1 deleted + 1 new");
    assert!(merged
        .iter()
        .any(|m| m.note.as_deref() == Some("aangepast op telefoon B")));
    assert!(merged.iter().all(|m| m.id != moments[1].id));
    // An older copy never overwrites a newer edit.
    a.core.import_json(&shared).expect("old file");
    assert!(all_moments(&a.core)
        .iter()
        .any(|m| m.note.as_deref() == Some("aangepast op telefoon B")));
}

#[test]
fn hostile_import_files_are_refused_and_change_nothing() {
    let (db, kid) = journal_with(3);
    let core = &db.core;
    let good = core.export_json().expect("export");
    let before = good.clone();
    let doc: serde_json::Value = serde_json::from_str(&good).expect("json");
    let with = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut d = doc.clone();
        f(&mut d);
        d.to_string()
    };
    let moment0 = |d: &mut serde_json::Value| d["moments"][0].clone();
    let mut cases: Vec<(&str, String)> = vec![
        ("truncated", good[..good.len() / 2].to_owned()),
        ("not json", "hello, this is not JSON".into()),
        ("empty", String::new()),
        (
            "200 MB",
            format!(
                "{{\"format\":1,\"pad\":\"{}\"}}",
                "x".repeat(200 * 1024 * 1024)
            ),
        ),
        (
            "nested 10000 deep",
            format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)),
        ),
        (
            "wrong types",
            with(&|d| d["children"] = serde_json::json!("many")),
        ),
        ("format 2", with(&|d| d["format"] = serde_json::json!(2))),
        (
            "no format",
            with(&|d| {
                if let Some(o) = d.as_object_mut() {
                    o.remove("format");
                }
            }),
        ),
        (
            "duplicate ids",
            with(&|d| {
                let m = moment0(d);
                if let Some(a) = d["moments"].as_array_mut() {
                    a.push(m);
                }
            }),
        ),
        (
            "bad date",
            with(&|d| d["children"][0]["birth_date"] = serde_json::json!("2024-13-45")),
        ),
        (
            "leap 2023",
            with(&|d| d["children"][0]["birth_date"] = serde_json::json!("2023-02-29")),
        ),
        (
            "10 MB note",
            with(&|d| d["moments"][0]["note"] = serde_json::json!("a".repeat(10 * 1024 * 1024))),
        ),
        (
            "NUL in name",
            with(&|d| d["children"][0]["name"] = serde_json::json!("No\u{0}or")),
        ),
        (
            "RTL override in name",
            with(&|d| d["children"][0]["name"] = serde_json::json!("\u{202E}rooN")),
        ),
        (
            "unknown kind",
            with(&|d| d["moments"][0]["kind"] = serde_json::json!("tickle")),
        ),
        (
            "unknown child",
            with(&|d| {
                d["moments"][0]["child_id"] =
                    serde_json::json!("0190a1b2-0000-7000-8000-00000000ffff")
            }),
        ),
        (
            "bad id",
            with(&|d| d["moments"][0]["id"] = serde_json::json!("'; DROP TABLE moments; --")),
        ),
        (
            "unknown field",
            with(&|d| d["children"][0]["secret"] = serde_json::json!(1)),
        ),
        (
            "offset",
            with(&|d| d["moments"][0]["utc_offset_min"] = serde_json::json!(100_000)),
        ),
        (
            "negative time",
            with(&|d| d["moments"][0]["occurred_at_ms"] = serde_json::json!(-5)),
        ),
    ];
    // A valid new moment after an invalid one: all or nothing.
    cases.push((
        "one bad row among good",
        with(&|d| {
            let mut fresh = moment0(d);
            fresh["id"] = serde_json::json!(uuid::Uuid::now_v7().to_string());
            fresh["updated_at"] = serde_json::json!(i64::MAX / 2);
            let mut bad = moment0(d);
            bad["id"] = serde_json::json!(uuid::Uuid::now_v7().to_string());
            bad["note"] = serde_json::json!("x".repeat(4_001));
            if let Some(a) = d["moments"].as_array_mut() {
                a.push(fresh);
                a.push(bad);
            }
        }),
    ));
    let _ = kid;
    for (what, text) in &cases {
        let err = core
            .import_json(text)
            .err()
            .unwrap_or_else(|| panic!("{what}: accepted"));
        match &err {
            ApiError::InvalidInput { field, code } => {
                assert!(
                    code.starts_with("import") || !field.is_empty(),
                    "{what}: {err:?}"
                );
                assert!(field.starts_with("import"), "{what}: {field}");
                assert!(
                    !format!("{err:?}").contains("oma"),
                    "no user text in errors"
                );
            }
            other => panic!("{what}: {other:?}"),
        }
        assert_eq!(
            core.export_json().expect("export"),
            before,
            "{what} changed the database"
        );
    }
    println!("{} hostile import files refused", cases.len());
}

// ---- backups and corruption ----

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

// ---- crashes and concurrency, with real processes ----

/// Run as a child process by the tests below: logs moments until killed, printing
/// each id and note after `log_moment` returned.
#[test]
#[ignore = "started by crash_safety and two_processes_and_eight_threads"]
fn worker_process() {
    let Ok(path) = std::env::var("HECHTING_WORKER_DB") else {
        return;
    };
    let core = Core::open(&path, &[]).expect("open");
    let kid = core.children().expect("children")[0].id.clone();
    let tag = std::env::var("HECHTING_WORKER_TAG").unwrap_or_default();
    let stdout = std::io::stdout();
    for i in 0.. {
        let note = format!("{tag} moment {i} ✓");
        let m = core
            .log_moment(
                &kid,
                &moment(
                    MomentKind::Cuddle,
                    at("2025-02-01", 0, 0) + i * 1_000,
                    Some(&note),
                ),
            )
            .expect("log");
        let mut out = stdout.lock();
        let _ = writeln!(out, "{}\t{}", m.id, note);
        let _ = out.flush();
        if std::env::var("HECHTING_WORKER_FOR_MS")
            .ok()
            .and_then(|s| s.parse::<u64>().ok())
            .is_some_and(|ms| i as u64 * 2 > ms)
        {
            break;
        }
    }
}

fn spawn_worker(path: &str, tag: &str, for_ms: Option<u64>) -> std::process::Child {
    let mut cmd = Command::new(std::env::current_exe().expect("test binary"));
    cmd.args([
        "--exact",
        "worker_process",
        "--ignored",
        "--nocapture",
        "--test-threads=1",
    ])
    .env("HECHTING_WORKER_DB", path)
    .env("HECHTING_WORKER_TAG", tag)
    .stdout(Stdio::piped())
    .stderr(Stdio::null());
    if let Some(ms) = for_ms {
        cmd.env("HECHTING_WORKER_FOR_MS", ms.to_string());
    }
    cmd.spawn().expect("spawn worker")
}

#[test]
fn crash_safety_under_sigkill() {
    let (db, _) = journal_with(1);
    let path = db.path();
    drop(db.core);
    let mut confirmed: Vec<(String, String)> = Vec::new();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let kills = 50;
    for round in 0..kills {
        let mut child = spawn_worker(&path, &format!("r{round}"), None);
        let stdout = child.stdout.take().expect("stdout");
        let lines = Arc::new(Mutex::new(Vec::new()));
        let reader = {
            let lines = lines.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                    lines.lock().expect("lines").push(line);
                }
            })
        };
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        std::thread::sleep(Duration::from_millis(30 + seed % 120));
        child.kill().expect("SIGKILL");
        let _ = child.wait();
        reader.join().expect("reader");
        for line in lines.lock().expect("lines").iter() {
            if let Some((id, note)) = line.split_once('\t') {
                // The test harness may print its own words before the first id.
                let id = id.rsplit(' ').next().unwrap_or(id);
                confirmed.push((id.to_owned(), note.to_owned()));
            }
        }
        let conn = Connection::open(&path).expect("open after kill");
        let ok: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .expect("check");
        assert_eq!(ok, "ok", "round {round}");
    }
    let core = Core::open(&path, &[]).expect("open");
    for (id, note) in &confirmed {
        let m = core
            .moment(id)
            .unwrap_or_else(|e| panic!("moment {id} lost: {e:?}"));
        assert_eq!(m.note.as_deref(), Some(note.as_str()));
    }
    assert!(confirmed.len() > kills, "the workers got to write");
    println!(
        "{kills} kills survived, {} confirmed moments all present",
        confirmed.len()
    );
}

#[test]
fn two_processes_and_eight_threads_for_ten_seconds() {
    let (db, kid) = journal_with(1);
    let path = db.path();
    let core = Arc::new(db.core);
    let run = Duration::from_secs(10);
    let mut children: Vec<_> = (0..2)
        .map(|p| spawn_worker(&path, &format!("p{p}"), Some(run.as_millis() as u64)))
        .collect();
    let start = Instant::now();
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let core = core.clone();
            let kid = kid.clone();
            std::thread::spawn(move || {
                let mut ids = Vec::new();
                let mut i = 0i64;
                while start.elapsed() < run {
                    if t % 2 == 0 {
                        let m = core
                            .log_moment(
                                &kid,
                                &moment(
                                    MomentKind::Play,
                                    at("2025-03-01", 0, 0) + (t * 1_000_000 + i) * 1_000,
                                    Some("samen"),
                                ),
                            )
                            .expect("no error may reach the caller");
                        ids.push(m.id);
                    } else {
                        core.moments(&MomentQuery {
                            child_id: Some(kid.clone()),
                            limit: 50,
                            ..Default::default()
                        })
                        .expect("read");
                        core.moments(&MomentQuery {
                            text: Some("samen".into()),
                            limit: 50,
                            ..Default::default()
                        })
                        .expect("search");
                    }
                    i += 1;
                }
                ids
            })
        })
        .collect();
    let mut ours = Vec::new();
    for t in threads {
        ours.extend(t.join().expect("thread"));
    }
    let mut theirs = Vec::new();
    for child in &mut children {
        let mut out = String::new();
        std::io::Read::read_to_string(child.stdout.as_mut().expect("stdout"), &mut out)
            .expect("read");
        let status = child.wait().expect("wait");
        assert!(
            status.success(),
            "a worker process failed: database is locked?"
        );
        theirs.extend(out.lines().filter_map(|l| {
            l.split_once('\t')
                .and_then(|(id, _)| id.rsplit(' ').next())
                .map(str::to_owned)
        }));
    }
    for id in ours.iter().chain(&theirs) {
        core.moment(id).expect("no moment lost");
    }
    println!(
        "{} moments by 4 threads, {} by 2 processes, none lost",
        ours.len(),
        theirs.len()
    );
}

#[test]
fn interrupt_cancels_a_long_search_and_leaves_the_file_whole() {
    let (db, kid) = journal_with(1);
    let path = db.path();
    drop(db.core);
    {
        let conn = Connection::open(&path).expect("open");
        hechting_core::testing::register_functions(&conn).expect("functions");
        conn.execute_batch("BEGIN").expect("begin");
        for i in 0..60_000i64 {
            let t = at("2024-01-01", 0, 0) + i * 1_000;
            conn.execute(
                "INSERT INTO moments (seq, id, child_id, kind, occurred_at, utc_offset_min, local_date, note, created_at, updated_at)
                 VALUES (?1, ?2, ?3, 'cuddle', ?4, 60, '2024-01-01', 'lang verhaal over knuffelen en zingen', ?4, ?4)",
                rusqlite::params![t * 1000, uuid::Uuid::now_v7().to_string(), kid, t],
            )
            .expect("insert");
        }
        conn.execute_batch("COMMIT").expect("commit");
    }
    let core = Arc::new(Core::open(&path, &[]).expect("open"));
    let (stop, interrupter) = common::keep_interrupting(&core, Duration::from_micros(200));
    let mut interrupted = 0;
    for _ in 0..20 {
        // A search no index helps with: every moment's note is scanned for "zzz".
        match core.export_json() {
            Err(ApiError::Interrupted) => interrupted += 1,
            Err(e) => panic!("{e:?}"),
            Ok(_) => {}
        }
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    interrupter.join().expect("join");
    assert!(interrupted > 0, "interrupt() cancelled nothing");
    assert_eq!(all_moments(&core).len(), 60_001);
    let ok: String = Connection::open(&path)
        .expect("open")
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("check");
    assert_eq!(ok, "ok");
}

// ---- security ----

#[test]
fn no_network_crates_in_the_dependency_tree() {
    let out = Command::new(env!("CARGO"))
        .args([
            "tree",
            "--workspace",
            "--prefix",
            "none",
            "-e",
            "normal,build",
            "--offline",
        ])
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .output()
        .expect("cargo tree");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8_lossy(&out.stdout);
    let banned = [
        "reqwest",
        "hyper",
        "ureq",
        "curl",
        "native-tls",
        "rustls",
        "openssl",
        "tokio",
        "async-std",
        "h2",
        "isahc",
        "surf",
        "attohttpc",
        "socket2",
    ];
    for line in tree.lines() {
        let name = line.split_whitespace().next().unwrap_or("");
        assert!(!banned.contains(&name), "network crate in the tree: {line}");
    }
    assert!(tree.lines().count() > 20, "cargo tree printed the tree");
}

struct Capture(Mutex<Vec<String>>);

impl log::Log for Capture {
    fn enabled(&self, _: &log::Metadata) -> bool {
        true
    }
    fn log(&self, record: &log::Record) {
        self.0.lock().expect("log").push(record.args().to_string());
    }
    fn flush(&self) {}
}

#[test]
fn no_name_or_note_in_any_error_or_log_line() {
    static CAPTURE: Capture = Capture(Mutex::new(Vec::new()));
    let _ = log::set_logger(&CAPTURE);
    log::set_max_level(log::LevelFilter::Trace);
    let secret = "Geheimpje";
    let db = open();
    let core = &db.core;
    let mut errors = Vec::new();
    let kid = core
        .add_child(&child(secret, Some("2025-01-01"), None), date("2025-02-01"))
        .expect("child");
    errors.extend(
        core.add_child(
            &child(&format!("{secret}\u{202E}"), Some("2025-01-01"), None),
            date("2025-02-01"),
        )
        .err(),
    );
    errors.extend(
        core.add_child(
            &child(&secret.repeat(20), Some("2025-01-01"), None),
            date("2025-02-01"),
        )
        .err(),
    );
    errors.extend(
        core.log_moment(
            &kid.id,
            &moment(
                MomentKind::Cuddle,
                at("2025-01-05", 9, 0),
                Some(&secret.repeat(500)),
            ),
        )
        .err(),
    );
    errors.extend(
        core.log_moment(&kid.id, &moment(MomentKind::Cuddle, 5, Some(secret)))
            .err(),
    );
    errors.extend(
        core.import_json(&format!(
            "{{\"format\":1,\"children\":[{{\"name\":\"{secret}\"}}]}}"
        ))
        .err(),
    );
    errors.extend(
        core.import_json(&format!("{{\"format\":1,\"children\":\"{secret}\"}}"))
            .err(),
    );
    errors.extend(core.import_json(&format!("[\"{secret}")).err());
    let m = core
        .log_moment(
            &kid.id,
            &moment(MomentKind::Cuddle, at("2025-01-05", 9, 0), Some(secret)),
        )
        .expect("log");
    errors.extend(
        core.moments(&MomentQuery {
            text: Some(format!("{secret} NEAR(")),
            cursor: Some(secret.into()),
            ..Default::default()
        })
        .err(),
    );
    core.delete_moment(&m.id).expect("delete");
    assert!(errors.len() >= 8);
    for e in &errors {
        assert!(
            !format!("{e} {e:?}").contains(secret),
            "user text in an error: {e:?}"
        );
    }
    for line in CAPTURE.0.lock().expect("log").iter() {
        assert!(!line.contains(secret), "user text in a log line: {line}");
    }
}
