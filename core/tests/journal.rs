//! The journal against a real database file: writes, bad input, pages, search, summaries.

mod common;

use common::*;
use hechting_core::{ApiError, MomentInput, MomentKind, MomentQuery};

fn setup() -> (TestDb, String) {
    let db = open();
    let kid = db
        .core
        .add_child(&child("Noor", Some("2025-01-01"), None), date("2025-06-01"))
        .expect("child");
    (db, kid.id)
}

fn query(child: &str) -> MomentQuery {
    MomentQuery {
        child_id: Some(child.to_owned()),
        limit: 50,
        ..Default::default()
    }
}

fn code<T: std::fmt::Debug>(r: Result<T, ApiError>) -> String {
    match r {
        Err(ApiError::InvalidInput { field, code }) => format!("{field}:{code}"),
        Err(e) => e.code().to_owned(),
        Ok(v) => format!("ok {v:?}"),
    }
}

#[test]
fn log_edit_delete_restore() {
    let (db, kid) = setup();
    let core = &db.core;
    let m = core
        .log_moment(
            &kid,
            &moment(
                MomentKind::SkinToSkin,
                at("2025-02-01", 9, 0),
                Some("  Warm op de borst "),
            ),
        )
        .expect("log");
    assert_eq!(m.note.as_deref(), Some("Warm op de borst"));
    assert_eq!(m.local_date, date("2025-02-01"));

    let mut edit = moment(
        MomentKind::Cuddle,
        at("2025-02-03", 10, 0),
        Some("Knuffel na het badje"),
    );
    edit.caregiver = Some("Oma".into());
    edit.duration_minutes = Some(15);
    let edited = core.update_moment(&m.id, &edit).expect("edit");
    assert_eq!(edited.kind, MomentKind::Cuddle);
    assert_eq!(edited.local_date, date("2025-02-03"));
    assert_eq!(core.moment(&m.id).expect("get"), edited);
    let found = core
        .moments(&MomentQuery {
            text: Some("badje".into()),
            ..query(&kid)
        })
        .expect("search");
    assert_eq!(found.items.len(), 1, "the index follows an edit");
    let gone = core
        .moments(&MomentQuery {
            text: Some("borst".into()),
            ..query(&kid)
        })
        .expect("search");
    assert!(gone.items.is_empty(), "the old note left the index");

    core.delete_moment(&m.id).expect("delete");
    assert!(core.moments(&query(&kid)).expect("page").items.is_empty());
    assert_eq!(code(core.moment(&m.id)), "moment-not-found");
    assert_eq!(core.deleted_moments(&kid, 5).expect("trash")[0].id, m.id);
    let back = core.restore_moment(&m.id).expect("restore");
    assert_eq!(back.note, edited.note);
    assert_eq!(core.moments(&query(&kid)).expect("page").items.len(), 1);
    assert_eq!(
        code(core.restore_moment(&m.id)),
        "moment-not-found",
        "restoring twice"
    );
}

#[test]
fn bad_input_changes_nothing() {
    let (db, kid) = setup();
    let core = &db.core;
    let ok = moment(MomentKind::Cuddle, at("2025-02-01", 9, 0), Some("eerste"));
    core.log_moment(&kid, &ok).expect("log");

    let long = MomentInput {
        note: Some("é".repeat(4_001)),
        ..ok.clone()
    };
    assert_eq!(code(core.log_moment(&kid, &long)), "note:note-too-long");
    let just = MomentInput {
        note: Some("é".repeat(4_000)),
        ..ok.clone()
    };
    assert!(core.log_moment(&kid, &just).is_ok());
    assert_eq!(
        code(core.log_moment("0190a1b2-0000-7000-8000-00000000ffff", &ok)),
        "child-not-found"
    );
    assert_eq!(
        code(MomentKind::parse("tickle").map_err(ApiError::from)),
        "kind:kind-unknown"
    );
    assert_eq!(
        code(hechting_core::age::parse_date("date", "2023-02-29").map_err(ApiError::from)),
        "date:date-invalid"
    );
    let bad_offset = MomentInput {
        utc_offset_minutes: 15 * 60,
        ..ok.clone()
    };
    assert_eq!(
        code(core.log_moment(&kid, &bad_offset)),
        "utc_offset_min:utc-offset-out-of-range"
    );
    let bad_time = MomentInput {
        occurred_at: hechting_core::Timestamp(0),
        ..ok.clone()
    };
    assert_eq!(
        code(core.log_moment(&kid, &bad_time)),
        "occurred_at:time-out-of-range"
    );
    let bad_duration = MomentInput {
        duration_minutes: Some(24 * 60 + 1),
        ..ok.clone()
    };
    assert_eq!(
        code(core.log_moment(&kid, &bad_duration)),
        "duration_min:duration-out-of-range"
    );
    let nul = MomentInput {
        note: Some("a\0b".into()),
        ..ok.clone()
    };
    assert_eq!(
        code(core.log_moment(&kid, &nul)),
        "note:note-invalid-characters"
    );

    let page = core.moments(&query(&kid)).expect("page");
    assert_eq!(page.items.len(), 2, "only the two good moments are stored");
    let first = page.items.last().expect("first").clone();
    // A refused edit leaves the moment as it was.
    assert!(core.update_moment(&first.id, &long).is_err());
    assert_eq!(core.moment(&first.id).expect("get"), first);
}

#[test]
fn hostile_search_text_is_plain_words() {
    let (db, kid) = setup();
    let core = &db.core;
    for (i, note) in [
        "Café met oma",
        "Samen NEAR het raam",
        "\"quote\" en *ster*",
        "حضن دافئ قبل النوم",
        "🥰 lachen",
    ]
    .iter()
    .enumerate()
    {
        core.log_moment(
            &kid,
            &moment(
                MomentKind::Other,
                at("2025-02-01", 8 + i as u32, 0),
                Some(note),
            ),
        )
        .expect("log");
    }
    let search = |t: &str| {
        core.moments(&MomentQuery {
            text: Some(t.into()),
            ..query(&kid)
        })
        .map(|p| p.items.len())
    };
    assert_eq!(search("cafe"), Ok(1), "diacritics are ignored");
    assert_eq!(search("CAFÉ"), Ok(1), "case is ignored");
    assert_eq!(search("\""), Ok(0));
    assert_eq!(search("NEAR("), Ok(1));
    assert_eq!(search("*"), Ok(0));
    assert_eq!(search("quote AND"), Ok(0));
    assert_eq!(search("\"quote\""), Ok(1));
    assert_eq!(search("دافئ"), Ok(1));
    assert_eq!(search("🥰"), Ok(0));
    assert_eq!(
        search("lach"),
        Ok(1),
        "the word being typed matches as a prefix"
    );
    assert_eq!(search("lach met"), Ok(0), "earlier words match whole");
    assert_eq!(search("met oma"), Ok(1));
    assert_eq!(search(")(\"*:^-"), Ok(0));
}

#[test]
fn keyset_pages_filters_and_local_days() {
    let (db, kid) = setup();
    let core = &db.core;
    let other = core
        .add_child(&child("Sam", Some("2025-01-01"), None), date("2025-06-01"))
        .expect("twin");
    let kinds = [MomentKind::Cuddle, MomentKind::Singing, MomentKind::Reading];
    for i in 0..120u32 {
        let day = date("2025-03-01") + chrono::Days::new(u64::from(i / 4));
        let ms = day
            .and_hms_opt(6 + (i % 4) * 4, 0, 0)
            .expect("t")
            .and_utc()
            .timestamp_millis();
        core.log_moment(&kid, &moment(kinds[(i % 3) as usize], ms, None))
            .expect("log");
    }
    core.log_moment(
        &other.id,
        &moment(MomentKind::Bath, at("2025-03-02", 9, 0), None),
    )
    .expect("log");

    let mut seen = Vec::new();
    let mut cursor = None;
    loop {
        let page = core
            .moments(&MomentQuery {
                limit: 50,
                cursor: cursor.clone(),
                ..query(&kid)
            })
            .expect("page");
        seen.extend(page.items.iter().map(|m| m.occurred_at));
        cursor = page.next_cursor;
        if cursor.is_none() {
            break;
        }
    }
    assert_eq!(seen.len(), 120);
    assert!(seen.windows(2).all(|w| w[0] >= w[1]), "newest first");

    let singing = core
        .moments(&MomentQuery {
            kinds: vec![MomentKind::Singing],
            limit: 500,
            ..query(&kid)
        })
        .expect("kinds");
    assert_eq!(singing.items.len(), 40);
    let two_days = core
        .moments(&MomentQuery {
            from: Some(date("2025-03-02")),
            to: Some(date("2025-03-03")),
            limit: 500,
            ..query(&kid)
        })
        .expect("range");
    assert_eq!(two_days.items.len(), 8);
    let everyone = core
        .moments(&MomentQuery {
            child_id: None,
            limit: 500,
            ..Default::default()
        })
        .expect("all");
    assert_eq!(everyone.items.len(), 121);
    assert_eq!(
        code(core.moments(&MomentQuery {
            limit: 0,
            ..query(&kid)
        })),
        "limit:limit-out-of-range"
    );
    assert_eq!(
        code(core.moments(&MomentQuery {
            cursor: Some("x".into()),
            ..query(&kid)
        })),
        "cursor:cursor-invalid"
    );
    assert_eq!(
        code(core.moments(&MomentQuery {
            from: Some(date("2025-03-05")),
            to: Some(date("2025-03-01")),
            ..query(&kid)
        })),
        "to:date-range-reversed"
    );

    // 23:30 in Amsterdam stays on its day, whatever the offset of the reader.
    let late = moment(MomentKind::Comfort, at("2025-04-10", 21, 30), None);
    let late = hechting_core::MomentInput {
        utc_offset_minutes: 120,
        ..late
    };
    let m = core.log_moment(&kid, &late).expect("late");
    assert_eq!(m.local_date, date("2025-04-10"));
    let days = core
        .day_summaries(&kid, date("2025-03-01"), date("2025-04-10"))
        .expect("summaries");
    assert_eq!(days.len(), 41);
    assert_eq!(days[0].total, 4);
    assert_eq!(
        days[40].counts,
        vec![hechting_core::KindCount {
            kind: MomentKind::Comfort,
            count: 1
        }]
    );
    assert_eq!(days.iter().map(|d| d.total).sum::<i32>(), 121);
}

#[test]
fn newest_matches_of_a_common_word_come_off_the_index() {
    let (db, kid) = setup();
    let path = db.path();
    // Fill through a bare connection for speed; the triggers index the notes.
    drop(db.core);
    {
        let conn = rusqlite::Connection::open(&path).expect("open");
        hechting_core::testing::register_functions(&conn).expect("functions");
        conn.execute_batch("BEGIN").expect("begin");
        let base = at("2025-01-01", 0, 0);
        for i in 0..20_000i64 {
            let t = base + i * 60_000;
            let note = if i % 4 == 0 {
                "samen gezongen"
            } else {
                "rustig gewiegd"
            };
            conn.execute(
                "INSERT INTO moments (seq, id, child_id, kind, occurred_at, utc_offset_min, local_date, note, created_at, updated_at)
                 VALUES (?1, ?2, ?3, 'singing', ?4, 60, '2025-01-01', ?5, ?4, ?4)",
                rusqlite::params![t * 1000, uuid::Uuid::now_v7().to_string(), kid, t, note],
            )
            .expect("insert");
        }
        conn.execute_batch("COMMIT").expect("commit");
        // The statements `page` builds, for every shape of query: none sorts all
        // matches (a TEMP B-TREE would), each walks an index newest first.
        let cursor = Some(((base + 10_000 * 60_000) * 1000).to_string());
        let queries = [
            MomentQuery {
                text: Some("samen".into()),
                ..query(&kid)
            },
            MomentQuery {
                text: Some("sam".into()),
                cursor: cursor.clone(),
                ..query(&kid)
            },
            MomentQuery {
                text: Some("rustig samen".into()),
                from: Some(date("2025-01-02")),
                to: Some(date("2025-01-09")),
                ..query(&kid)
            },
            MomentQuery {
                kinds: vec![MomentKind::Singing],
                cursor,
                ..query(&kid)
            },
            MomentQuery {
                child_id: None,
                from: Some(date("2025-01-02")),
                ..query(&kid)
            },
        ];
        for q in &queries {
            let (sql, args) = hechting_core::journal::page_sql(q)
                .expect("valid query")
                .expect("something can match");
            let plan: Vec<String> = conn
                .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                .expect("plan")
                .query_map(rusqlite::params_from_iter(args), |r| r.get::<_, String>(3))
                .expect("rows")
                .map(|r| r.expect("row"))
                .collect();
            assert!(
                plan.iter().all(|p| !p.contains("TEMP B-TREE")),
                "a page must not sort all matches: {q:?} {plan:?}"
            );
        }
    }
    let core = hechting_core::Core::open(&path, &[]).expect("reopen");
    let page = core
        .moments(&MomentQuery {
            text: Some("samen".into()),
            ..query(&kid)
        })
        .expect("search");
    assert_eq!(page.items.len(), 50);
    assert!(page.next_cursor.is_some());
    let newest = at("2025-01-01", 0, 0) + 19_996 * 60_000;
    assert_eq!(page.items[0].occurred_at.0, newest);
}

#[test]
fn search_as_you_type_finds_a_word_at_every_letter() {
    let (db, kid) = setup();
    for (i, note) in [
        "een lange wandeling",
        "wandelingen in het bos",
        "samen wandelen",
        "Wandelingetje naar de eendjes",
        "glimlach",
    ]
    .iter()
    .enumerate()
    {
        db.core
            .log_moment(
                &kid,
                &moment(MomentKind::Walk, at("2025-03-02", 9, i as u32), Some(note)),
            )
            .expect("log");
    }
    let found = |text: &str| -> Vec<String> {
        let mut notes: Vec<String> = db
            .core
            .moments(&MomentQuery {
                text: Some(text.into()),
                ..query(&kid)
            })
            .expect("search")
            .items
            .into_iter()
            .filter_map(|m| m.note)
            .collect();
        notes.sort();
        notes
    };
    // Each letter typed narrows the list; the index holds the first eight.
    for typed in ["w", "wa", "wan", "wand", "wande", "wandel"] {
        assert_eq!(found(typed).len(), 4, "{typed}");
    }
    assert_eq!(found("wandeli").len(), 3, "wandelen drops out");
    assert_eq!(found("WANDELIN").len(), 3, "case folds");
    // Past eight letters a word matches on its first eight.
    assert_eq!(
        found("wandeling"),
        vec![
            "Wandelingetje naar de eendjes".to_string(),
            "een lange wandeling".into(),
            "wandelingen in het bos".into()
        ]
    );
    assert_eq!(
        found("lange wandeling"),
        vec!["een lange wandeling".to_string()]
    );
    assert!(found("wandelx").is_empty());
}
