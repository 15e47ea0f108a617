//! The daily tip against a real database with the real catalog.

mod common;

use std::collections::BTreeSet;

use chrono::Days;
use common::*;
use hechting_core::tips::catalog;
use hechting_core::{Age, ApiError, Feedback, MomentKind, Theme};

#[test]
fn same_tip_all_day_and_preview_matches_delivery() {
    let db = open();
    let core = &db.core;
    let kid = core
        .add_child(&child("Noor", Some("2025-01-01"), None), date("2025-01-20"))
        .expect("child");
    let start = date("2025-01-20");
    let preview = core.upcoming_tips(&kid.id, start, 30).expect("preview");
    assert_eq!(preview.len(), 30);
    assert!(
        core.tip_history(&kid.id, None, 10)
            .expect("history")
            .is_empty(),
        "a preview writes nothing"
    );
    for (k, expected) in preview.iter().enumerate() {
        let day = start + Days::new(k as u64);
        let got = core
            .tip_for_day(&kid.id, day)
            .expect("tip")
            .expect("some tip");
        let again = core
            .tip_for_day(&kid.id, day)
            .expect("tip")
            .expect("some tip");
        assert_eq!(got, again, "stable all day");
        assert_eq!(
            got.tip.id, expected.tip.id,
            "day {k} differs from its preview"
        );
        let age = Age::on(kid.birth_date, None, day).tip_age_days;
        let def = catalog::catalog().get(&got.tip.id).expect("in catalog");
        assert!(def.holds(age));
    }
    let shown: BTreeSet<String> = preview.iter().map(|t| t.tip.id.clone()).collect();
    assert_eq!(
        shown.len(),
        30,
        "no repeats in a month while new tips exist"
    );
    let history = core.tip_history(&kid.id, None, 10).expect("history");
    assert_eq!(history.len(), 10);
    assert_eq!(history[0].date, start + Days::new(29), "newest first");
    let older = core
        .tip_history(&kid.id, Some(history[9].date), 50)
        .expect("page 2");
    assert_eq!(older.len(), 20);
    assert!(!history[0].tip.title.is_empty() && !history[0].tip.body.is_empty());
}

#[test]
fn feedback_not_for_me_favourites_and_themes() {
    let db = open();
    let core = &db.core;
    let kid = core
        .add_child(&child("Sam", Some("2025-01-01"), None), date("2025-03-01"))
        .expect("child");
    let day = date("2025-03-01");
    let first = core.tip_for_day(&kid.id, day).expect("tip").expect("tip");
    let state = core
        .tip_feedback(&kid.id, &first.tip.id, Feedback::Favourite)
        .expect("fav");
    assert!(state.favourite);
    core.tip_feedback(&kid.id, &first.tip.id, Feedback::Tried)
        .expect("tried");
    assert_eq!(
        core.favourite_tips(&kid.id).expect("favs")[0].id,
        first.tip.id
    );
    let again = core.tip_for_day(&kid.id, day).expect("tip").expect("tip");
    assert!(again.feedback.tried && again.feedback.favourite);
    core.tip_feedback(&kid.id, &first.tip.id, Feedback::Unfavourite)
        .expect("unfav");
    assert!(core.favourite_tips(&kid.id).expect("favs").is_empty());

    // "Not for me" keeps a tip out of every later day.
    let upcoming = core
        .upcoming_tips(&kid.id, day + Days::new(1), 20)
        .expect("preview");
    // A must-see message passes "not for me" until it was shown once: refuse another.
    let refused = upcoming
        .iter()
        .find(|t| {
            catalog::catalog()
                .get(&t.tip.id)
                .is_some_and(|d| d.show_by_day.is_none())
        })
        .expect("an ordinary tip")
        .tip
        .id
        .clone();
    core.tip_feedback(&kid.id, &refused, Feedback::NotForMe)
        .expect("nfm");
    let after = core
        .upcoming_tips(&kid.id, day + Days::new(1), 60)
        .expect("preview");
    assert!(after.iter().all(|t| t.tip.id != refused));
    core.tip_feedback(&kid.id, &refused, Feedback::UndoNotForMe)
        .expect("undo");
    assert!(core
        .upcoming_tips(&kid.id, day + Days::new(1), 20)
        .expect("p")
        .iter()
        .any(|t| t.tip.id == refused));

    core.set_theme_enabled(Theme::Play, false)
        .expect("theme off");
    assert!(core
        .themes()
        .expect("themes")
        .iter()
        .any(|t| t.theme == Theme::Play && !t.enabled));
    let no_play = core
        .upcoming_tips(&kid.id, day + Days::new(1), 60)
        .expect("preview");
    assert!(no_play.iter().all(|t| t.tip.theme != Theme::Play));
    core.set_theme_enabled(Theme::Play, true).expect("theme on");

    fn code<T>(r: Result<T, ApiError>) -> Option<String> {
        r.err().map(|e| e.code().to_owned())
    }
    assert_eq!(
        code(core.tip_feedback(&kid.id, "no-such-tip", Feedback::Tried)).as_deref(),
        Some("tip-not-found")
    );
    assert_eq!(
        code(core.upcoming_tips(&kid.id, day, 61)).as_deref(),
        Some("days-out-of-range")
    );
    assert_eq!(
        code(core.upcoming_tips(&kid.id, day, 0)).as_deref(),
        Some("days-out-of-range")
    );
}

#[test]
fn twins_get_their_own_tips_from_the_same_window() {
    let db = open();
    let core = &db.core;
    let today = date("2025-04-01");
    // Twins with fixed ids (as from another phone), so that the test is the same on
    // every run: which of two equally fitting tips comes first depends on the child.
    let twin = |id: &str, name: &str| {
        serde_json::json!({"id": id, "name": name, "birth_date": "2025-02-01", "due_date": null,
            "created_at": 1, "updated_at": 1, "deleted_at": null})
    };
    let doc = serde_json::json!({"format": 1, "moments": [], "tip_deliveries": [],
        "tip_feedback": [], "settings": [], "children": [
            twin("0190a000-0000-7000-8000-00000000000a", "Ada"),
            twin("0190a000-0000-7000-8000-00000000000b", "Bo")]});
    core.import_json(&doc.to_string()).expect("twins");
    let a = core
        .child("0190a000-0000-7000-8000-00000000000a")
        .expect("a");
    let b = core
        .child("0190a000-0000-7000-8000-00000000000b")
        .expect("b");
    let pa = core.upcoming_tips(&a.id, today, 60).expect("a");
    let pb = core.upcoming_tips(&b.id, today, 60).expect("b");
    // Every day of both lists fits that day's age (or is the any-age fallback).
    for t in pa.iter().chain(pb.iter()) {
        let age = Age::on(a.birth_date, None, t.date).tip_age_days;
        let def = catalog::catalog().get(&t.tip.id).expect("tip");
        assert!(
            def.holds(age) || t.any_age_fallback,
            "{} on {}",
            t.tip.id,
            t.date
        );
    }
    // Each twin's days are its own: feedback for one does not touch the other.
    core.tip_feedback(&a.id, &pa[0].tip.id, Feedback::NotForMe)
        .expect("nfm");
    assert_eq!(core.upcoming_tips(&b.id, today, 60).expect("b"), pb);
    let same_window: Vec<bool> = pa
        .iter()
        .zip(&pb)
        .map(|(x, y)| x.tip.id == y.tip.id)
        .collect();
    assert!(
        same_window.iter().any(|s| !s),
        "twins see variety, not the same list"
    );
}

#[test]
fn preterm_baby_follows_corrected_age() {
    let db = open();
    let core = &db.core;
    let birth = date("2025-01-01");
    let due = birth + Days::new(70);
    let kid = core
        .add_child(
            &hechting_core::ChildInput {
                name: "Vik".into(),
                birth_date: Some(birth),
                due_date: Some(due),
            },
            date("2025-03-01"),
        )
        .expect("child");
    // At 12 weeks old the corrected age is 2 weeks: newborn tips, not 3-month tips.
    let day = birth + Days::new(84);
    let tip = core.tip_for_day(&kid.id, day).expect("tip").expect("tip");
    let def = catalog::catalog().get(&tip.tip.id).expect("tip");
    assert!(
        def.holds(14),
        "{} [{}..{}] must hold corrected age 14",
        def.id,
        def.from_day,
        def.to_day
    );
    let age = core.age(&kid.id, day).expect("age");
    assert_eq!(age.age.corrected_days, Some(14));
    assert_eq!(age.age.phase, hechting_core::Phase::Newborn);
    // Before the due date the corrected age is below zero: tips for a baby born early
    // (the ward, kangaroo care), never pregnancy tips.
    let early = core
        .tip_for_day(&kid.id, birth + Days::new(10))
        .expect("tip")
        .expect("tip");
    let def = catalog::catalog().get(&early.tip.id).expect("tip");
    assert!(def.born_early && def.holds(-60), "{}", def.id);
}

#[test]
fn dst_changes_and_leap_days_neither_skip_nor_double_a_day() {
    let db = open();
    let core = &db.core;
    let kid = core
        .add_child(
            &child("Lente", Some("2023-12-01"), None),
            date("2024-02-20"),
        )
        .expect("child");
    // Europe changed clocks on 2024-03-31 and 2024-10-27; 2024-02-29 is a leap day.
    for start in [date("2024-02-26"), date("2024-03-28"), date("2024-10-24")] {
        let preview = core.upcoming_tips(&kid.id, start, 7).expect("preview");
        let dates: Vec<_> = preview.iter().map(|t| t.date).collect();
        let expected: Vec<_> = (0..7).map(|i| start + Days::new(i)).collect();
        assert_eq!(dates, expected);
        for t in &preview {
            let got = core
                .tip_for_day(&kid.id, t.date)
                .expect("tip")
                .expect("tip");
            assert_eq!(got.tip.id, t.tip.id);
        }
    }
    let days = core.tip_history(&kid.id, None, 100).expect("history");
    let unique: BTreeSet<_> = days.iter().map(|t| t.date).collect();
    assert_eq!(unique.len(), 21);
    assert!(unique.contains(&date("2024-02-29")));
}

#[test]
fn older_than_two_gets_any_age_tips() {
    let db = open();
    let core = &db.core;
    let kid = core
        .add_child(
            &child("Groot", Some("2021-01-01"), None),
            date("2025-01-01"),
        )
        .expect("child");
    let tips = core
        .upcoming_tips(&kid.id, date("2025-01-01"), 20)
        .expect("tips");
    assert_eq!(tips.len(), 20);
    for t in &tips {
        assert!(t.any_age_fallback);
        assert!(catalog::catalog()
            .get(&t.tip.id)
            .expect("tip")
            .is_open_ended());
    }
}

#[test]
fn tips_come_in_the_current_language() {
    let db = open();
    let core = &db.core;
    let kid = core
        .add_child(&child("Noor", Some("2025-01-01"), None), date("2025-02-01"))
        .expect("child");
    let nl = core
        .tip_for_day(&kid.id, date("2025-02-01"))
        .expect("tip")
        .expect("tip");
    core.set_locales(&["en-GB".into()]).expect("en");
    let en = core
        .tip_for_day(&kid.id, date("2025-02-01"))
        .expect("tip")
        .expect("tip");
    assert_eq!(nl.tip.id, en.tip.id);
    assert_ne!(nl.tip.title, en.tip.title);
    core.set_language(Some("de")).expect("de");
    assert_eq!(core.locale_info().locale, "de");
    assert_eq!(
        core.set_language(Some("xx"))
            .err()
            .map(|e| e.code().to_owned())
            .as_deref(),
        Some("locale-unknown")
    );
    drop(db.core);
    let reopened = hechting_core::Core::open(
        &db.dir.path().join("hechting.sqlite").to_string_lossy(),
        &["en".into()],
    )
    .expect("reopen");
    assert_eq!(
        reopened.locale_info().locale,
        "de",
        "the in-app choice persists"
    );
    reopened.set_language(None).expect("follow the phone");
    assert_eq!(reopened.locale_info().locale, "en");
}

/// The home screen in one call equals the calls it stands for.
#[test]
fn home_in_one_call() {
    let db = open();
    let core = &db.core;
    let kid = core
        .add_child(&child("Sam", Some("2025-01-01"), None), date("2025-03-01"))
        .expect("child");
    for i in 0..7u32 {
        core.log_moment(
            &kid.id,
            &moment(MomentKind::Cuddle, at("2025-03-01", 8, i), Some("samen")),
        )
        .expect("log");
    }
    let today = date("2025-03-01");
    let home = core.home(&kid.id, today, 5).expect("home");
    assert_eq!(home.child, core.child(&kid.id).expect("child"));
    assert_eq!(home.age, core.age(&kid.id, today).expect("age"));
    assert_eq!(home.tip, core.tip_for_day(&kid.id, today).expect("tip"));
    assert_eq!(home.latest.len(), 5);
    assert!(home.latest[0].occurred_at > home.latest[4].occurred_at);
    assert!(matches!(
        core.home(&uuid::Uuid::now_v7().to_string(), today, 5),
        Err(hechting_core::ApiError::NotFound { .. })
    ));
}

/// A shell copies the UI strings again only when their language changed.
#[test]
fn ui_strings_version_moves_only_with_the_language() {
    let db = open();
    let core = &db.core;
    let first = core.ui_strings_version();
    core.set_locales(&["nl-NL".into()]).expect("same");
    assert_eq!(core.ui_strings_version(), first, "same chain, same strings");
    core.set_language(Some("de")).expect("de");
    let de = core.ui_strings_version();
    assert_ne!(de, first);
    assert_eq!(
        core.ui_strings()
            .get("settings-language")
            .map(String::as_str),
        Some(core.ui_string("settings-language", &[]).as_str())
    );
    core.set_language(Some("de")).expect("de again");
    assert_eq!(core.ui_strings_version(), de);
    core.set_language(None).expect("back");
    assert_ne!(core.ui_strings_version(), de);
}
