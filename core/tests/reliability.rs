//! Never losing a memory, round two: damage found after open, recovery only alone,
//! strict import, scoped interrupts, refusing a newer schema that only the log holds,
//! search in every shipped script.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::{at, child, date, export_with_moments, moment, open, snapshot, TestDb};
use hechting_core::{ApiError, Core, MomentKind, MomentQuery, OpenOutcome};
use proptest::prelude::*;
use rusqlite::Connection;

fn with_child(db: &TestDb) -> String {
    db.core
        .add_child(&child("Noor", Some("2025-01-10"), None), date("2025-03-01"))
        .expect("child")
        .id
}

fn search(core: &Core, kid: &str, text: &str) -> usize {
    core.moments(&MomentQuery {
        child_id: Some(kid.into()),
        text: Some(text.into()),
        limit: 50,
        ..MomentQuery::default()
    })
    .expect("search")
    .items
    .len()
}

#[test]
fn search_folds_each_language_the_way_it_is_written() {
    let db = open();
    let kid = with_child(&db);
    for (i, note) in [
        "مرحبًا بك يا صغيري",
        "Bugün bir şarkı söyledik",
        "Wir gingen die Straße entlang",
        "İyi geceler",
    ]
    .iter()
    .enumerate()
    {
        db.core
            .log_moment(
                &kid,
                &moment(
                    MomentKind::Talking,
                    at("2025-03-01", 8, i as u32),
                    Some(note),
                ),
            )
            .expect("log");
    }
    // Arabic: a query without harakat finds the note with them, and the other way.
    assert_eq!(search(&db.core, &kid, "مرحبا"), 1);
    assert_eq!(search(&db.core, &kid, "مَرْحَبًا"), 1);
    assert_eq!(search(&db.core, &kid, "صغيرى"), 1, "ى and ي are one letter");
    // Turkish: dotted and dotless i, upper and lower case.
    assert_eq!(search(&db.core, &kid, "ŞARKI"), 1);
    assert_eq!(search(&db.core, &kid, "sarki"), 1);
    assert_eq!(search(&db.core, &kid, "iyi"), 1);
    assert_eq!(search(&db.core, &kid, "IYI"), 1);
    // German: ß and ss.
    assert_eq!(search(&db.core, &kid, "strasse"), 1);
    assert_eq!(search(&db.core, &kid, "STRAßE"), 1);
    // And a word that is not there finds nothing.
    assert_eq!(search(&db.core, &kid, "zingen"), 0);
}

#[test]
fn import_stores_nothing_it_has_not_validated() {
    let db = open();
    let kid = with_child(&db);
    let good: serde_json::Value =
        serde_json::from_str(&db.core.export_json().expect("export")).expect("json");
    let delivery = |tip: &str| serde_json::json!({"child_id": kid, "date": "2025-03-02", "tip_id": tip, "delivered_at": 1});
    let feedback = |tip: &str| serde_json::json!({"child_id": kid, "tip_id": tip, "tried_at": 1, "favourite_at": null, "not_for_me_at": null, "updated_at": 1});
    let setting = |k: &str, v: &str| serde_json::json!({"key": k, "value": v, "updated_at": 99_999_999_999_999i64});
    let cases: Vec<(&str, serde_json::Value)> = vec![
        ("tip_deliveries", delivery("bad\u{0}id")),
        ("tip_deliveries", delivery("Tip With Spaces")),
        ("tip_deliveries", delivery(&"a".repeat(101))),
        ("tip_feedback", feedback("tab\tid")),
        ("settings", setting("language", "xx")),
        ("settings", setting("language", "nl\u{7}")),
        ("settings", setting("themes_off", "play,unknown")),
        ("settings", setting("themes_off", "play,play")),
    ];
    let path = db.path();
    drop(db.core);
    let core = Core::open(&path, &[]).expect("open");
    let before = core.export_json().expect("export");
    for (table, row) in cases {
        let mut doc = good.clone();
        doc[table] = serde_json::Value::Array(vec![row.clone()]);
        let err = core.import_json(&doc.to_string()).expect_err("refused");
        match err {
            ApiError::InvalidInput { field, .. } => assert!(field.contains(table), "{field}"),
            other => panic!("{other:?} for {row}"),
        }
        assert_eq!(
            core.export_json().expect("export"),
            before,
            "nothing changed"
        );
    }
    // A tip from a newer catalog is kept, and a valid removed setting travels.
    let mut doc = good.clone();
    doc["tip_deliveries"] = serde_json::Value::Array(vec![delivery("a-tip-of-a-newer-catalog")]);
    doc["settings"] = serde_json::Value::Array(vec![setting("language", "")]);
    core.import_json(&doc.to_string()).expect("accepted");
}

#[test]
fn a_removed_setting_travels_in_a_merge() {
    let phone_a = open();
    let phone_b = open();
    phone_b.core.set_language(Some("de")).expect("b chooses de");
    std::thread::sleep(Duration::from_millis(5));
    phone_a.core.set_language(Some("tr")).expect("a chooses tr");
    phone_a
        .core
        .set_language(None)
        .expect("a follows the phone again");
    phone_b
        .core
        .import_json(&phone_a.core.export_json().expect("export"))
        .expect("import");
    assert_ne!(phone_b.core.locale_info().locale, "de", "the removal won");
}

#[test]
fn unknown_tips_from_a_newer_catalog_never_cost_a_day() {
    let db = open();
    let kid = with_child(&db);
    let mut doc: serde_json::Value =
        serde_json::from_str(&db.core.export_json().expect("export")).expect("json");
    let rows: Vec<serde_json::Value> = (1..=10)
        .map(|d| serde_json::json!({"child_id": kid, "date": format!("2025-03-{d:02}"), "tip_id": format!("newer-tip-{d}"), "delivered_at": 1}))
        .collect();
    doc["tip_deliveries"] = serde_json::Value::Array(rows);
    db.core.import_json(&doc.to_string()).expect("import");
    let preview = db
        .core
        .upcoming_tips(&kid, date("2025-03-01"), 20)
        .expect("preview");
    assert_eq!(preview.len(), 20, "a full preview");
    for p in &preview {
        let today = db
            .core
            .tip_for_day(&kid, p.date)
            .expect("tip")
            .expect("a tip");
        assert_eq!(
            today.tip.id, p.tip.id,
            "preview equals delivery on {}",
            p.date
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]
    // After any accepted import of deliveries and feedback, the preview equals what is
    // then delivered day by day, and every day has a tip.
    #[test]
    fn after_any_import_preview_equals_delivery(
        deliveries in prop::collection::vec((0u64..30, prop::sample::select(vec!["newer-a", "newer-b", "skin-to-skin-first-hour", "read-together-daily"])), 0..12),
        refused in prop::collection::vec(prop::sample::select(vec!["newer-a", "talk-through-the-nappy-change", "narrate-nappy-change"]), 0..3),
    ) {
        let db = open();
        let kid = with_child(&db);
        let mut doc: serde_json::Value = serde_json::from_str(&db.core.export_json().expect("export")).expect("json");
        let start = date("2025-03-01");
        let mut seen = std::collections::HashSet::new();
        doc["tip_deliveries"] = serde_json::Value::Array(deliveries.iter().filter(|(d, _)| seen.insert(*d)).map(|(d, t)| {
            serde_json::json!({"child_id": kid, "date": (start + chrono::Days::new(*d)).to_string(), "tip_id": t, "delivered_at": 1})
        }).collect());
        doc["tip_feedback"] = serde_json::Value::Array(refused.iter().collect::<std::collections::BTreeSet<_>>().into_iter().map(|t| {
            serde_json::json!({"child_id": kid, "tip_id": t, "tried_at": null, "favourite_at": null, "not_for_me_at": 1, "updated_at": 1})
        }).collect());
        db.core.import_json(&doc.to_string()).expect("import");
        let preview = db.core.upcoming_tips(&kid, start, 40).expect("preview");
        prop_assert_eq!(preview.len(), 40);
        for p in &preview {
            let today = db.core.tip_for_day(&kid, p.date).expect("tip");
            prop_assert_eq!(today.map(|t| t.tip.id), Some(p.tip.id.clone()));
        }
    }
}

#[test]
fn a_newer_schema_only_in_the_log_is_refused_without_touching_the_file() {
    let db = open();
    with_child(&db);
    let path = db.path();
    drop(db.core);
    {
        // A newer build wrote its version; the change still sits in the log.
        let conn = Connection::open(&path).expect("open");
        conn.pragma_update(None, "wal_autocheckpoint", 0)
            .expect("no checkpoint");
        conn.pragma_update(None, "user_version", 999)
            .expect("newer");
        conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
            true,
        )
        .expect("keep the log");
    }
    let main_before = std::fs::read(&path).expect("file");
    assert!(!std::fs::read(format!("{path}-wal"))
        .unwrap_or_default()
        .is_empty());
    match Core::open(&path, &[]) {
        Err(ApiError::DatabaseTooNew { found: 999, .. }) => {}
        Err(e) => panic!("{e:?}"),
        Ok(_) => panic!("a newer journal was opened"),
    }
    assert_eq!(
        std::fs::read(&path).expect("file"),
        main_before,
        "not a byte of the file changed"
    );
}

/// Writes garbage over the pages after the first, as a failing flash chip might.
fn damage(path: &str) {
    use std::io::{Seek, SeekFrom, Write};
    let conn = Connection::open(path).expect("open");
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .expect("checkpoint");
    drop(conn);
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .expect("file");
    f.seek(SeekFrom::Start(4096)).expect("seek");
    f.write_all(&vec![0x5a; 4096 * 6]).expect("garbage");
    f.sync_all().expect("sync");
}

#[test]
fn damage_found_after_open_recovers_when_alone_and_waits_when_not() {
    let db = open();
    let kid = with_child(&db);
    for i in 0..50 {
        db.core
            .log_moment(
                &kid,
                &moment(
                    MomentKind::Cuddle,
                    at("2025-03-01", 9, 0) + i * 60_000,
                    Some("knuffel"),
                ),
            )
            .expect("log");
    }
    db.core.backup_now().expect("backup");
    let path = db.path();
    // A second process-like handle (a widget) keeps the journal open.
    let widget = Core::open(&path, &[]).expect("widget");
    damage(&path);
    let err = db.core.moments(&MomentQuery {
        limit: 500,
        ..MomentQuery::default()
    });
    assert!(matches!(err, Err(ApiError::Corrupt { .. })), "{err:?}");
    assert_eq!(db.core.recover(), Err(ApiError::JournalBusy));
    assert!(
        !std::fs::read_dir(db.dir.path()).expect("dir").any(|e| e
            .expect("e")
            .file_name()
            .to_string_lossy()
            .contains(".damaged-")),
        "nothing moved while the widget had the journal open"
    );
    drop(widget);
    // Alone now: the next call recovers and runs again.
    let page = db
        .core
        .moments(&MomentQuery {
            limit: 500,
            ..MomentQuery::default()
        })
        .expect("after recovery");
    assert_eq!(page.items.len(), 50, "the backup's moments are back");
    assert!(matches!(
        db.core.open_outcome(),
        OpenOutcome::RestoredBackup { .. }
    ));
    // And the journal works on: a new moment lands in the restored file.
    db.core
        .log_moment(
            &kid,
            &moment(MomentKind::Bath, at("2025-03-02", 9, 0), None),
        )
        .expect("log after recovery");
    assert_eq!(
        db.core.recover(),
        Ok(OpenOutcome::Normal),
        "a sound journal is left alone"
    );
}

#[test]
fn a_restore_that_cannot_open_keeps_the_current_journal() {
    let db = open();
    let kid = with_child(&db);
    db.core
        .log_moment(
            &kid,
            &moment(MomentKind::Cuddle, at("2025-03-01", 9, 0), Some("blijft")),
        )
        .expect("log");
    let backups = hechting_core::backup::backup_dir(std::path::Path::new(&db.path()));
    std::fs::create_dir_all(&backups).expect("dir");
    std::fs::write(
        backups.join("backup-2020-01-01.sqlite"),
        b"not a database at all",
    )
    .expect("junk");
    assert!(db.core.restore_backup("backup-2020-01-01.sqlite").is_err());
    let page = db
        .core
        .moments(&MomentQuery {
            limit: 10,
            ..MomentQuery::default()
        })
        .expect("still works");
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.items[0].note.as_deref(), Some("blijft"));
}

#[test]
fn interrupt_cancels_only_calls_begun_before_it() {
    let db = open();
    let kid = with_child(&db);
    let core = Arc::new(db.core);
    let (stop, interrupter) = common::keep_interrupting(&core, Duration::from_micros(100));
    // Writes are never cancelled, however often interrupt() is called.
    for i in 0..300 {
        core.log_moment(
            &kid,
            &moment(
                MomentKind::Cuddle,
                at("2025-03-01", 9, 0) + i * 1_000,
                Some("niet onderbroken"),
            ),
        )
        .expect("a write is never interrupted");
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    interrupter.join().expect("join");
    // An interrupt before a call does not touch it.
    core.interrupt();
    assert_eq!(search(&core, &kid, "onderbroken"), 50);
}

#[test]
fn interrupt_cancels_an_import_and_changes_nothing() {
    let db = open();
    let kid = with_child(&db);
    db.core
        .log_moment(
            &kid,
            &moment(MomentKind::Cuddle, at("2025-03-01", 9, 0), Some("blijft")),
        )
        .expect("log");
    let file = export_with_moments(&db.core, &kid, 40_000, at("2025-03-02", 6, 0));
    let before = db.core.export_json().expect("export");
    let every_row = snapshot(&db.path());
    let mut reports = 0;
    let result = db.core.import_json_with_progress(&file, &mut |_, _| {
        reports += 1;
        // The import began before this call, so this cancels it.
        db.core.interrupt();
    });
    assert!(
        matches!(result, Err(ApiError::Interrupted)),
        "got {result:?}"
    );
    assert!(
        reports >= 1,
        "the import reported progress before it stopped"
    );
    assert_eq!(
        db.core.export_json().expect("export"),
        before,
        "nothing changed"
    );
    // Nor anything an export leaves out: the search index and its settings, the
    // change stamps and their clock.
    assert!(snapshot(&db.path()) == every_row, "a table changed");
    // The next import is a new call and runs to the end.
    let report = db
        .core
        .import_json(&file)
        .expect("import after the interrupt");
    assert_eq!(report.added, 40_000);
    let found = db
        .core
        .moments(&MomentQuery {
            text: Some("liedje 3999".into()),
            limit: 50,
            ..Default::default()
        })
        .expect("search");
    assert_eq!(found.items.len(), 11, "liedje 3999 and 39990..39999");
}

/// One last-writer-wins rule for children and moments: an edit never moves a row's
/// `updated_at` back, so a local edit made after a file from a phone whose clock runs
/// ahead is not undone when that file is imported again.
#[test]
fn an_edit_after_an_import_from_a_clock_ahead_survives_reimport() {
    let db = open();
    let kid = with_child(&db);
    let m = db
        .core
        .log_moment(
            &kid,
            &moment(MomentKind::Cuddle, at("2025-03-01", 9, 0), Some("oud")),
        )
        .expect("log");
    let mut doc: serde_json::Value =
        serde_json::from_str(&db.core.export_json().expect("export")).expect("json");
    let future = chrono::Utc::now().timestamp_millis() + 86_400_000;
    doc["children"][0]["name"] = "Noor van de andere telefoon".into();
    doc["children"][0]["updated_at"] = future.into();
    doc["moments"][0]["note"] = "van de andere telefoon".into();
    doc["moments"][0]["updated_at"] = future.into();
    let file = doc.to_string();
    db.core.import_json(&file).expect("import");
    assert_eq!(
        db.core.child(&kid).expect("child").name,
        "Noor van de andere telefoon"
    );

    // Edited here afterwards, with this phone's (earlier) clock.
    let mut input = child("Noor", Some("2025-01-10"), None);
    input.name = "Noor hier bewerkt".into();
    let edited = db
        .core
        .update_child(&kid, &input, date("2025-03-01"))
        .expect("edit");
    assert!(
        edited.updated_at.0 >= future,
        "a child's edit never moves back in time"
    );
    let note = db
        .core
        .update_moment(
            &m.id,
            &moment(
                MomentKind::Cuddle,
                at("2025-03-01", 9, 0),
                Some("hier bewerkt"),
            ),
        )
        .expect("edit moment");
    assert!(
        note.updated_at.0 >= future,
        "a moment's edit never moves back in time"
    );

    db.core.import_json(&file).expect("import again");
    assert_eq!(
        db.core.child(&kid).expect("child").name,
        "Noor hier bewerkt"
    );
    assert_eq!(
        db.core.moment(&m.id).expect("moment").note.as_deref(),
        Some("hier bewerkt")
    );
}
