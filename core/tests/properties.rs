//! Rules that must hold for every journal, not only the ones written out in the other
//! tests: generated documents of children and moments (removed ones too, notes in
//! several scripts, many moments in one millisecond), imported into real files.

mod common;

use std::collections::BTreeSet;

use common::*;
use hechting_core::{Core, MomentQuery};
use proptest::prelude::*;

const KINDS: [&str; 6] = [
    "cuddle",
    "skin_to_skin",
    "singing",
    "comfort",
    "hard_moment",
    "repair",
];
const WORDS: [&str; 8] = [
    "knuffel",
    "Lied",
    "glimlach",
    "ağladı",
    "ضحك",
    "Bäuerchen",
    "samen",
    "wiegje",
];
const CHILDREN: [&str; 3] = [
    "0190a000-0000-7000-8000-0000000000c1",
    "0190a000-0000-7000-8000-0000000000c2",
    "0190a000-0000-7000-8000-0000000000c3",
];
/// 2025-01-01T00:00Z.
const BASE: i64 = 1_735_689_600_000;

/// A moment row as an export file holds it. `slot` picks one of a few ids, so that two
/// documents share rows; `at` is in minutes with few distinct values, so that several
/// moments share a millisecond.
#[derive(Debug, Clone)]
struct Row {
    slot: u8,
    child: usize,
    kind: usize,
    at: i64,
    offset: i32,
    note: Option<Vec<usize>>,
    duration: Option<i32>,
    edited: i64,
    removed: bool,
}

fn row() -> impl Strategy<Value = Row> {
    (
        0u8..40,
        0usize..2,
        0usize..KINDS.len(),
        0i64..30,
        prop::sample::select(vec![-300, 0, 60, 120, 330]),
        prop::option::of(prop::collection::vec(0usize..WORDS.len(), 1..6)),
        prop::option::of(0i32..=1440),
        0i64..5,
        prop::bool::weighted(0.15),
    )
        .prop_map(
            |(slot, child, kind, at, offset, note, duration, edited, removed)| Row {
                slot,
                child,
                kind,
                at,
                offset,
                note,
                duration,
                edited,
                removed,
            },
        )
}

fn moment_json(r: &Row) -> serde_json::Value {
    let at = BASE + r.at * 60_000;
    let updated = at + r.edited * 1_000;
    serde_json::json!({
        "id": format!("0190a000-0000-7000-9000-{:012}", r.slot),
        "child_id": CHILDREN[r.child],
        "kind": KINDS[r.kind],
        "occurred_at_ms": at,
        "utc_offset_min": r.offset,
        "local_date": "2000-01-01",
        "note": r.note.as_ref().map(|w| w.iter().map(|&i| WORDS[i]).collect::<Vec<_>>().join(" ")),
        "duration_min": r.duration,
        "caregiver": null,
        "created_at": at,
        "updated_at": updated,
        "deleted_at": r.removed.then_some(updated),
    })
}

/// A document of two children and `rows` (the first row of a slot wins, as ids are
/// unique in a file).
fn document(rows: &[Row], name: &str) -> String {
    let mut seen = BTreeSet::new();
    let moments: Vec<serde_json::Value> = rows
        .iter()
        .filter(|r| seen.insert(r.slot))
        .map(moment_json)
        .collect();
    let child = |i: usize, born: &str| {
        serde_json::json!({"id": CHILDREN[i], "name": format!("{name} {i}"), "birth_date": born,
            "due_date": null, "created_at": BASE, "updated_at": BASE + i as i64, "deleted_at": null})
    };
    serde_json::json!({
        "format": 1,
        "children": [child(0, "2024-11-20"), child(1, "2024-12-24")],
        "moments": moments,
        "tip_deliveries": [],
        "tip_feedback": [],
        "settings": [],
    })
    .to_string()
}

/// The journal's rows, moments sorted by id: moments of one millisecond are exported
/// in the order they were stored, which is the only thing the order of imports may
/// change.
fn journal(core: &Core) -> serde_json::Value {
    let mut doc: serde_json::Value =
        serde_json::from_str(&core.export_json().expect("export")).expect("json");
    if let Some(rows) = doc["moments"].as_array_mut() {
        rows.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
    }
    doc
}

fn imported(docs: &[&str]) -> TestDb {
    let db = open();
    for doc in docs {
        db.core.import_json(doc).expect("import");
    }
    db
}

/// Every moment of the journal through keyset pages of `limit`.
fn paged(core: &Core, limit: i32, child: Option<&str>) -> Vec<hechting_core::Moment> {
    let mut out = Vec::new();
    let mut cursor = None;
    loop {
        let page = core
            .moments(&MomentQuery {
                child_id: child.map(str::to_owned),
                limit,
                cursor,
                ..Default::default()
            })
            .expect("page");
        assert!(page.items.len() <= limit as usize);
        out.extend(page.items);
        match page.next_cursor {
            Some(c) => cursor = Some(c),
            None => return out,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Whatever a file holds, importing it and exporting again gives the same
    /// journal, and that export imported elsewhere exports to the same bytes.
    #[test]
    fn export_then_import_gives_the_same_journal(rows in prop::collection::vec(row(), 0..60)) {
        let doc = document(&rows, "Noor");
        let first = imported(&[&doc]);
        let exported = first.core.export_json().expect("export");
        let second = imported(&[&exported]);
        prop_assert_eq!(second.core.export_json().expect("export"), exported.clone());
        // Every row of the file is in the export, with what the file said.
        let given: serde_json::Value = serde_json::from_str(&doc).expect("json");
        let got: serde_json::Value = serde_json::from_str(&exported).expect("json");
        let ids = |v: &serde_json::Value| -> BTreeSet<(String, i64, Option<String>)> {
            v["moments"].as_array().into_iter().flatten().map(|m| (
                m["id"].as_str().unwrap_or_default().to_owned(),
                m["updated_at"].as_i64().unwrap_or_default(),
                m["note"].as_str().map(str::to_owned),
            )).collect()
        };
        prop_assert_eq!(ids(&got), ids(&given));
    }

    /// Two files merged in either order give the same journal (A + B = B + A), and
    /// merging one again changes nothing.
    #[test]
    fn merging_two_files_does_not_depend_on_their_order(
        a in prop::collection::vec(row(), 0..40),
        b in prop::collection::vec(row(), 0..40),
    ) {
        let (a, b) = (document(&a, "Noor"), document(&b, "Sam"));
        let ab = imported(&[&a, &b]);
        let ba = imported(&[&b, &a]);
        let merged = journal(&ab.core);
        prop_assert_eq!(journal(&ba.core), merged.clone());
        let again = ab.core.import_json(&a).expect("again");
        prop_assert_eq!((again.added, again.updated), (0, 0));
        prop_assert_eq!(journal(&ab.core), merged);
    }

    /// Keyset pages of any size give every moment that is not removed exactly once,
    /// newest first, even when many share a millisecond.
    #[test]
    fn keyset_pages_give_every_moment_exactly_once(
        rows in prop::collection::vec(row(), 0..60),
        limit in 1i32..8,
        one_child in any::<bool>(),
    ) {
        let db = imported(&[&document(&rows, "Noor")]);
        let child = one_child.then_some(CHILDREN[0]);
        let pages = paged(&db.core, limit, child);
        let all = paged(&db.core, 500, child);
        let mut seen = BTreeSet::new();
        for m in &pages {
            prop_assert!(seen.insert(m.id.clone()), "{} twice", m.id);
            prop_assert!(m.deleted_at.is_none());
        }
        let live: BTreeSet<String> = {
            let doc: serde_json::Value =
                serde_json::from_str(&db.core.export_json().expect("export")).expect("json");
            doc["moments"].as_array().into_iter().flatten()
                .filter(|m| m["deleted_at"].is_null())
                .filter(|m| child.is_none_or(|c| m["child_id"] == c))
                .map(|m| m["id"].as_str().unwrap_or_default().to_owned())
                .collect()
        };
        prop_assert_eq!(&seen, &live);
        prop_assert!(pages.windows(2).all(|w| w[0].occurred_at >= w[1].occurred_at));
        prop_assert_eq!(pages, all);
    }
}
