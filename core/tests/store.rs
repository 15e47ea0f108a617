//! The store: pragmas, permissions, schema versions, children rules.

mod common;

use common::*;
use hechting_core::db::schema;
use hechting_core::{ApiError, Core};
use rusqlite::Connection;

fn schema_of(path: &str) -> Vec<(String, String, String)> {
    let conn = Connection::open(path).expect("open");
    let mut stmt = conn
        .prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name")
        .expect("prepare");
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("query");
    rows.map(|r| r.expect("row")).collect()
}

#[test]
fn pragmas_and_private_file() {
    let db = open();
    let conn = Connection::open(db.path()).expect("open");
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .expect("mode");
    assert_eq!(mode, "wal");
    let version: u32 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("v");
    assert_eq!(version, schema::VERSION);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(db.path())
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "database must be owner-only");
    }
}

#[test]
fn newer_file_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("new.sqlite");
    {
        let conn = Connection::open(&path).expect("open");
        conn.execute_batch(
            "CREATE TABLE future(x); INSERT INTO future VALUES (1); PRAGMA user_version = 99;",
        )
        .expect("setup");
    }
    let before = std::fs::read(&path).expect("read");
    let err = Core::open(&path.to_string_lossy(), &[])
        .err()
        .expect("must refuse");
    assert_eq!(
        err,
        ApiError::DatabaseTooNew {
            found: 99,
            supported: schema::VERSION as i32
        }
    );
    assert_eq!(err.code(), "database-too-new");
    let after = std::fs::read(&path).expect("read");
    assert_eq!(
        before, after,
        "a newer file must stay byte-for-byte the same"
    );
}

#[test]
fn v1_snapshot_upgrades_to_the_fresh_schema() {
    let dir = tempfile::tempdir().expect("dir");
    let old = dir.path().join("v1.sqlite");
    {
        let conn = Connection::open(&old).expect("open");
        conn.execute_batch(include_str!("fixtures/v1.sql"))
            .expect("v1 snapshot");
    }
    let old = old.to_string_lossy().into_owned();
    let core = Core::open(&old, &[]).expect("upgrade");
    // Data of version 1 survives, and the new tables work.
    let kids = core.children().expect("children");
    assert_eq!(kids.len(), 1);
    assert_eq!(kids[0].name, "Noor");
    let tip = core
        .tip_for_day(&kids[0].id, date("2024-06-01"))
        .expect("tip");
    assert!(tip.is_some());
    assert_eq!(
        core.locale_info().locale,
        "en",
        "the saved language choice is kept"
    );
    drop(core);

    let fresh = open();
    let fresh_path = fresh.path();
    drop(fresh.core);
    assert_eq!(schema_of(&old), schema_of(&fresh_path));
}

#[test]
fn not_a_database_is_kept_aside_not_opened() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("junk.sqlite");
    std::fs::write(&path, vec![0x42u8; 8192]).expect("write");
    let core = Core::open(&path.to_string_lossy(), &[]).expect("opens a fresh file");
    match core.open_outcome() {
        hechting_core::OpenOutcome::StartedEmpty { damaged_copy } => {
            assert_eq!(
                std::fs::read(damaged_copy).expect("kept"),
                vec![0x42u8; 8192]
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn core_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Core>();
}

#[test]
fn children_rules() {
    let db = open();
    let core = &db.core;
    let today = date("2025-03-01");
    let code = |r: Result<hechting_core::Child, ApiError>| match r {
        Err(ApiError::InvalidInput { field, code }) => format!("{field}:{code}"),
        other => format!("{other:?}"),
    };
    assert_eq!(
        code(core.add_child(&child("  ", Some("2025-01-01"), None), today)),
        "name:name-empty"
    );
    assert_eq!(
        code(core.add_child(&child(&"a".repeat(81), Some("2025-01-01"), None), today)),
        "name:name-too-long"
    );
    assert!(core
        .add_child(&child(&"a".repeat(80), Some("2025-01-01"), None), today)
        .is_ok());
    assert_eq!(
        code(core.add_child(&child("Sam", None, None), today)),
        "birth_date:dates-missing"
    );
    assert_eq!(
        code(core.add_child(&child("Sam", Some("2025-03-02"), None), today)),
        "birth_date:birth-date-in-future"
    );
    assert!(core
        .add_child(&child("Sam", None, Some("2025-12-26")), today)
        .is_ok());
    assert_eq!(
        code(core.add_child(&child("Sam", None, Some("2025-12-27")), today)),
        "due_date:due-date-too-far"
    );
    // Born at most 4 weeks after and 18 weeks before the due date.
    assert!(core
        .add_child(
            &child("Late", Some("2025-01-29"), Some("2025-01-01")),
            today
        )
        .is_ok());
    assert_eq!(
        code(core.add_child(
            &child("Late", Some("2025-01-30"), Some("2025-01-01")),
            today
        )),
        "birth_date:birth-too-late"
    );
    assert!(core
        .add_child(
            &child("Early", Some("2024-08-28"), Some("2025-01-01")),
            today
        )
        .is_ok());
    assert_eq!(
        code(core.add_child(
            &child("Early", Some("2024-08-27"), Some("2025-01-01")),
            today
        )),
        "birth_date:birth-too-early"
    );
    let before = core.children().expect("list").len();
    assert_eq!(before, 4, "refused children changed nothing");

    // Twins: two children with the same dates.
    let a = core
        .add_child(&child("Ada", Some("2025-02-01"), None), today)
        .expect("a");
    let b = core
        .add_child(&child("Bo", Some("2025-02-01"), None), today)
        .expect("b");
    assert_ne!(a.id, b.id);

    let edited = core
        .update_child(
            &a.id,
            &child(" Ada Maria ", Some("2025-02-02"), None),
            today,
        )
        .expect("edit");
    assert_eq!(edited.name, "Ada Maria");
    assert_eq!(
        code(core.update_child(&a.id, &child("", Some("2025-02-02"), None), today)),
        "name:name-empty"
    );
    assert_eq!(core.child(&a.id).expect("still").name, "Ada Maria");

    core.remove_child(&b.id).expect("remove");
    assert!(core.children().expect("list").iter().all(|c| c.id != b.id));
    assert_eq!(
        core.child(&b.id)
            .err()
            .map(|e| e.code().to_owned())
            .as_deref(),
        Some("child-not-found")
    );
    core.restore_child(&b.id).expect("restore");
    assert!(core.children().expect("list").iter().any(|c| c.id == b.id));

    let unknown = "0190a1b2-0000-7000-8000-00000000ffff";
    assert_eq!(
        core.child(unknown)
            .err()
            .map(|e| e.code().to_owned())
            .as_deref(),
        Some("child-not-found")
    );
    assert_eq!(
        core.child("nope")
            .err()
            .map(|e| e.code().to_owned())
            .as_deref(),
        Some("id-invalid")
    );
}

#[test]
fn ages_in_words() {
    let db = open();
    let core = &db.core;
    let today = date("2025-10-01");
    let strip = hechting_core::l10n::strip_isolation;
    let baby = core
        .add_child(&child("Mila", Some("2025-01-01"), None), today)
        .expect("child");
    let label = |d: &str| strip(&core.age(&baby.id, date(d)).expect("age").label);
    assert_eq!(label("2025-01-04"), "3 dagen");
    assert_eq!(label("2025-01-02"), "1 dag");
    assert_eq!(label("2025-02-12"), "6 weken");
    assert_eq!(label("2025-05-15"), "4 maanden en 2 weken");
    let preterm = core
        .add_child(&child("Vik", Some("2025-01-01"), Some("2025-03-01")), today)
        .expect("preterm");
    assert_eq!(
        strip(
            &core
                .age(&preterm.id, date("2025-10-01"))
                .expect("age")
                .label
        ),
        "9 maanden (gecorrigeerd 7)"
    );
    let expected = core
        .add_child(&child("Bump", None, Some("2025-10-13")), today)
        .expect("bump");
    assert_eq!(
        strip(&core.age(&expected.id, today).expect("age").label),
        "nog 12 dagen"
    );
}
