//! Five key operations, each in a function of its own, for counting their CPU
//! instructions under `valgrind --tool=callgrind --toggle-collect=<function>`
//! (scripts/instructions.sh). Instruction counts do not move with the load of the
//! machine, so a committed baseline can guard against regressions where timings
//! cannot. The journal is built the same way on every run: a child born on a fixed
//! date and 3,000 moments imported from a generated file with fixed ids and times.
//!
//! ```text
//! cargo run -p hechting-core --example instructions -- <work dir>
//! ```

use std::hint::black_box;

use chrono::NaiveDate;
use hechting_core::{Core, MomentInput, MomentKind, MomentQuery, Timestamp};

const ROUNDS: usize = 20;
const CHILD: &str = "0190a000-0000-7000-8000-000000000001";
const WORDS: [&str; 8] = [
    "glimlach",
    "knuffel",
    "samen",
    "liedje",
    "bad",
    "boekje",
    "wandeling",
    "giraf",
];

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

/// An export of one child and `n` moments, the same bytes on every run.
fn journal_file(n: usize) -> String {
    let base = 1_735_689_600_000i64; // 2025-01-01T00:00Z
    let moments: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            let t = base + i as i64 * 3_600_000;
            let note: Vec<&str> = (0..8)
                .map(|w| WORDS[(i * 7 + w * 3) % WORDS.len()])
                .collect();
            serde_json::json!({
                "id": format!("0190a000-0000-7000-9000-{i:012}"),
                "child_id": CHILD,
                "kind": "cuddle",
                "occurred_at_ms": t,
                "utc_offset_min": 60,
                "local_date": "2025-01-01",
                "note": note.join(" "),
                "duration_min": null,
                "caregiver": null,
                "created_at": t,
                "updated_at": t,
                "deleted_at": null,
            })
        })
        .collect();
    serde_json::json!({
        "format": 1,
        "children": [{
            "id": CHILD, "name": "Noor", "birth_date": "2025-01-01", "due_date": null,
            "created_at": base, "updated_at": base, "deleted_at": null
        }],
        "moments": moments,
        "tip_deliveries": [],
        "tip_feedback": [],
        "settings": [],
    })
    .to_string()
}

#[inline(never)]
fn op_log_moment(core: &Core, at: i64) {
    for i in 0..ROUNDS {
        let input = MomentInput {
            kind: MomentKind::Singing,
            occurred_at: Timestamp(at + i as i64 * 60_000),
            utc_offset_minutes: 60,
            note: Some("samen een liedje gezongen".into()),
            duration_minutes: None,
            caregiver: None,
        };
        black_box(core.log_moment(CHILD, &input).expect("log"));
    }
}

#[inline(never)]
fn op_newest_page(core: &Core) {
    let q = MomentQuery {
        child_id: Some(CHILD.into()),
        limit: 50,
        ..MomentQuery::default()
    };
    for _ in 0..ROUNDS {
        black_box(core.moments(&q).expect("page"));
    }
}

#[inline(never)]
fn op_search(core: &Core) {
    let q = MomentQuery {
        child_id: Some(CHILD.into()),
        text: Some("glimlach".into()),
        limit: 50,
        ..MomentQuery::default()
    };
    for _ in 0..ROUNDS {
        black_box(core.moments(&q).expect("search"));
    }
}

#[inline(never)]
fn op_tip_for_today(core: &Core, today: NaiveDate) {
    for _ in 0..ROUNDS {
        black_box(core.tip_for_day(CHILD, today).expect("tip"));
    }
}

#[inline(never)]
fn op_preview_60_days(core: &Core, today: NaiveDate) {
    for _ in 0..ROUNDS {
        black_box(core.upcoming_tips(CHILD, today, 60).expect("preview"));
    }
}

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: instructions <work dir>");
        std::process::exit(2);
    };
    let path = std::path::Path::new(&dir).join("journal.sqlite");
    let _ = std::fs::remove_file(&path);
    let core = Core::open(&path.to_string_lossy(), &["nl-NL".into()]).expect("open");
    core.import_json(&journal_file(3_000)).expect("import");
    let today = day("2025-06-01");
    core.tip_for_day(CHILD, today).expect("today's tip chosen");
    // Texts are inflated once per process, on first use (the cold start measures
    // that): the operations below are counted warm.
    core.upcoming_tips(CHILD, today, 60).expect("warm");
    op_log_moment(&core, 1_748_736_000_000);
    op_newest_page(&core);
    op_search(&core);
    op_tip_for_today(&core, today);
    op_preview_60_days(&core, today);
    println!("five operations done, {ROUNDS} rounds each");
}
