//! Never lose a memory: export and import, two phones merging, hostile files.

mod common;

use std::time::Duration;

use common::*;
use hechting_core::{ApiError, Core, MomentKind, MomentQuery};

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
        moments[0].occurred_at,
        Some("aangepast op telefoon B"),
    );
    edit.utc_offset_minutes = moments[0].utc_offset_minutes;
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
                    code.as_str().starts_with("import") || !field.is_empty(),
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

/// Time keys in a large import: moments of one millisecond (here, on the other phone and
/// in the file), a moment moved onto that millisecond by a newer edit, all kept apart.
#[test]
fn an_import_keeps_moments_of_one_millisecond_apart() {
    let (db, kid) = journal_with(0);
    let t = at("2025-03-03", 7, 0);
    let here = db
        .core
        .log_moment(&kid, &moment(MomentKind::Cuddle, t, Some("hier")))
        .expect("log");
    let moved = db
        .core
        .log_moment(
            &kid,
            &moment(MomentKind::Walk, t + 60_000, Some("verplaatst")),
        )
        .expect("log");
    let mut doc: serde_json::Value =
        serde_json::from_str(&db.core.export_json().expect("export")).expect("json");
    let template = doc["moments"][0].clone();
    let mut rows = Vec::new();
    // The moved moment, edited later on the other phone to the same millisecond.
    for m in doc["moments"].as_array().expect("moments") {
        if m["id"] == moved.id.as_str() {
            let mut m = m.clone();
            m["occurred_at_ms"] = t.into();
            m["updated_at"] = (moved.updated_at.0 + 10).into();
            rows.push(m);
        }
    }
    for i in 0..5_000 {
        let mut m = template.clone();
        m["id"] = uuid::Uuid::now_v7().to_string().into();
        // Three in the same millisecond as `here`, the rest spread out.
        m["occurred_at_ms"] = if i < 3 { t } else { t + 120_000 + i * 1_000 }.into();
        m["note"] = format!("van de andere telefoon {i}").into();
        rows.push(m);
    }
    doc["moments"] = serde_json::Value::Array(rows);
    let report = db.core.import_json(&doc.to_string()).expect("import");
    assert_eq!((report.added, report.updated), (5_000, 1));
    let all = all_moments(&db.core);
    assert_eq!(all.len(), 5_002);
    let at_t = all.iter().filter(|m| m.occurred_at.0 == t).count();
    assert_eq!(at_t, 5, "here, the moved one and three from the file");
    assert!(all.iter().any(|m| m.id == here.id));
    // Search finds what came in, through the index the import filled.
    let found = db
        .core
        .moments(&MomentQuery {
            child_id: Some(kid.clone()),
            text: Some("telefoon".into()),
            limit: 500,
            ..MomentQuery::default()
        })
        .expect("search");
    assert_eq!(found.items.len(), 500);
}

/// The FTS5 settings of the journal's search index, as stored.
fn index_settings(db: &TestDb) -> Vec<(String, i64)> {
    let conn = rusqlite::Connection::open(db.path()).expect("open");
    let mut stmt = conn
        .prepare("SELECT k, v FROM moments_fts_config WHERE k != 'version' ORDER BY k")
        .expect("prepare");
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query");
    rows.collect::<rusqlite::Result<_>>().expect("rows")
}

/// A newer version of a moment in an import takes the old words out of search and
/// puts its own in, also when it moved in time (a new time key); a tie with the same
/// content changes nothing; the index's merge settings are FTS5's own again after.
#[test]
fn an_import_replaces_the_words_of_the_moments_it_updates() {
    let (db, kid) = journal_with(0);
    let core = &db.core;
    let a = core
        .log_moment(
            &kid,
            &moment(
                MomentKind::Cuddle,
                at("2025-03-01", 9, 0),
                Some("appelmoes"),
            ),
        )
        .expect("log");
    let b = core
        .log_moment(
            &kid,
            &moment(MomentKind::Bath, at("2025-03-01", 10, 0), Some("perenmoes")),
        )
        .expect("log");
    let c = core
        .log_moment(
            &kid,
            &moment(MomentKind::Walk, at("2025-03-01", 11, 0), Some("blijft")),
        )
        .expect("log");
    let mut doc: serde_json::Value =
        serde_json::from_str(&core.export_json().expect("export")).expect("json");
    for m in doc["moments"].as_array_mut().expect("moments") {
        let later = m["updated_at"].as_i64().expect("updated_at") + 1;
        if m["id"] == a.id.as_str() {
            m["note"] = "bananenmoes".into();
            m["updated_at"] = later.into();
        } else if m["id"] == b.id.as_str() {
            m["note"] = "kiwimoes".into();
            m["occurred_at_ms"] = (b.occurred_at.0 + 600_000).into();
            m["updated_at"] = later.into();
        }
    }
    let mut new = doc["moments"][0].clone();
    new["id"] = uuid::Uuid::now_v7().to_string().into();
    new["note"] = "druivenmoes".into();
    doc["moments"].as_array_mut().expect("moments").push(new);
    let before = index_settings(&db);

    let report = core.import_json(&doc.to_string()).expect("import");
    assert_eq!((report.added, report.updated), (1, 2), "{report:?}");
    for (word, hits) in [
        ("appelmoes", 0),
        ("bananenmoes", 1),
        ("perenmoes", 0),
        ("kiwimoes", 1),
        ("druiven", 1),
        ("blijft", 1),
    ] {
        assert_eq!(core.search_count(word), hits, "{word}");
    }
    let moved = all_moments(core)
        .into_iter()
        .find(|m| m.id == b.id)
        .expect("moved moment");
    assert_eq!(moved.occurred_at.0, b.occurred_at.0 + 600_000);
    assert_eq!(all_moments(core).len(), 4);
    assert!(all_moments(core).iter().any(|m| m.id == c.id));

    // The same file again: every row a tie with the same content.
    let again = core.import_json(&doc.to_string()).expect("import again");
    assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 5));
    let defaults = |settings: Vec<(String, i64)>| {
        settings
            .into_iter()
            .filter(|(k, v)| !matches!((k.as_str(), v), ("automerge", 4) | ("crisismerge", 16)))
            .collect::<Vec<_>>()
    };
    assert_eq!(defaults(index_settings(&db)), defaults(before));
}
