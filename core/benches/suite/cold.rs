//! Cold start: the Fluent bundles and the tip catalog live in process-wide statics once
//! loaded, so a real cold start needs a fresh process. The suite spawns its own binary
//! in a child mode; the child times itself from before opening the database to after
//! today's tip is ready and prints the nanoseconds.

use std::hint::black_box;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use chrono::NaiveDate;
use hechting_core::{Core, MomentInput, MomentKind};

use crate::harness::{Compared, Stats};
use crate::raw;

pub const CHILD_FLAG: &str = "--cold-child";
pub const WAL_FLAG: &str = "--leave-wal-child";

/// The locale chain the baseline parses for an OS locale (the Core negotiates it).
pub fn chain_of(locale: &str) -> Vec<&'static str> {
    match locale.split(['-', '_']).next() {
        Some("nl") => vec!["nl"],
        Some("de") => vec!["de", "nl"],
        _ => panic!("the cold-start baseline knows nl and de"),
    }
}

/// Child mode: `--cold-child ours|raw|parts <db> <locale> <child> <date> <theme message>`.
/// Prints "<total ns> <open ns>" (`parts`: the pieces of the Core's start).
pub fn child(args: &[String]) -> i32 {
    let [mode, db, locale, child_id, date, theme_msg] = args else {
        eprintln!(
            "usage: {CHILD_FLAG} ours|raw|parts <db> <locale> <child> <date> <theme message>"
        );
        return 2;
    };
    let date: NaiveDate = date.parse().expect("date");
    let (total, open) = match mode.as_str() {
        "ours" => {
            let start = Instant::now();
            let core = Core::open(db, std::slice::from_ref(locale)).expect("open");
            let open = start.elapsed();
            let tip = core.tip_for_day(child_id, date).expect("tip");
            let total = start.elapsed();
            assert!(tip.is_some(), "a tip today");
            black_box(tip);
            (total, open)
        }
        "raw" => {
            let start = Instant::now();
            let conn = raw::open(Path::new(db));
            let version: i64 = conn
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .expect("version");
            assert!(version > 0, "a schema");
            let choice: Option<String> = conn
                .query_row(
                    "SELECT value FROM settings WHERE key = ?1",
                    ["language"],
                    |r| r.get(0),
                )
                .ok();
            black_box(choice);
            let bare = raw::Bare::new(&chain_of(locale));
            let open = start.elapsed();
            let child = raw::child(&conn, child_id);
            let date = date.to_string();
            let tip = raw::delivered(&conn, child_id, &date).expect("delivered today");
            let feedback = raw::feedback(&conn, child_id, &tip);
            let texts = raw::tip_texts(&bare, &tip, theme_msg);
            let total = start.elapsed();
            black_box((child, feedback, texts));
            (total, open)
        }
        "parts" => {
            // The pieces of the Core's cold start, each timed on its own.
            let start = Instant::now();
            black_box(hechting_core::l10n::locales());
            let locales = start.elapsed();
            black_box(hechting_core::tips::catalog());
            let catalog = start.elapsed() - locales;
            let t = Instant::now();
            let loc = hechting_core::l10n::Localizer::new(std::slice::from_ref(locale), None);
            let bundles = t.elapsed();
            black_box(loc);
            let t = Instant::now();
            let opened = hechting_core::backup::open(db).expect("open");
            let file = t.elapsed();
            black_box(opened);
            println!(
                "{} {} {} {}",
                locales.as_nanos(),
                catalog.as_nanos(),
                bundles.as_nanos(),
                file.as_nanos()
            );
            return 0;
        }
        other => {
            eprintln!("unknown mode {other}");
            return 2;
        }
    };
    println!("{} {}", total.as_nanos(), open.as_nanos());
    0
}

/// Child mode: `--leave-wal-child <db> <child> <moments>`: logs moments and exits
/// without closing the database, as a phone OS kills an app, leaving its write-ahead
/// log behind. Prints the log's size in bytes.
pub fn leave_wal(args: &[String]) -> i32 {
    let [db, child_id, count] = args else {
        eprintln!("usage: {WAL_FLAG} <db> <child> <moments>");
        return 2;
    };
    let core = Core::open(db, &["nl".to_string()]).expect("open");
    let count: i64 = count.parse().expect("count");
    let base = crate::fixture::today()
        .and_hms_opt(5, 0, 0)
        .expect("time")
        .and_utc()
        .timestamp_millis();
    for i in 0..count {
        core.log_moment(
            child_id,
            &MomentInput {
                kind: MomentKind::ALL[(i % 18) as usize],
                occurred_at: hechting_core::Timestamp(base + i * 1_000),
                utc_offset_minutes: 120,
                note: Some(format!("knuffel op de bank nummer {i}")),
                duration_minutes: None,
                caregiver: Some("Papa".into()),
            },
        )
        .expect("log");
    }
    let wal = std::fs::metadata(format!("{db}-wal"))
        .map(|m| m.len())
        .unwrap_or(0);
    println!("{wal}");
    // No destructors: the connection is never closed, the log stays.
    std::process::exit(0);
}

/// One run of a child; (total ns, open ns).
pub fn spawn(
    exe: &Path,
    mode: &str,
    db: &Path,
    locale: &str,
    date: NaiveDate,
    theme_msg: &str,
) -> (f64, f64) {
    let out = Command::new(exe)
        .arg(CHILD_FLAG)
        .arg(mode)
        .arg(db)
        .arg(locale)
        .arg(crate::fixture::CHILD_ID)
        .arg(date.to_string())
        .arg(theme_msg)
        .output()
        .expect("spawn the cold-start child");
    assert!(
        out.status.success(),
        "cold-start child failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let mut parts = text
        .split_whitespace()
        .map(|p| p.parse::<f64>().expect("ns"));
    let total = parts.next().expect("total");
    let open = parts.next().expect("open");
    (total, open)
}

/// Medians of the pieces of the Core's cold start over `spawns` fresh processes:
/// (locales.toml, tip catalog, bundles for the chain, opening the file).
pub fn parts(
    exe: &Path,
    db: &Path,
    locale: &str,
    spawns: usize,
    mut before_each: impl FnMut(),
) -> [f64; 4] {
    let mut all: [Vec<f64>; 4] = Default::default();
    for _ in 0..spawns {
        before_each();
        let out = Command::new(exe)
            .arg(CHILD_FLAG)
            .arg("parts")
            .arg(db)
            .arg(locale)
            .arg(crate::fixture::CHILD_ID)
            .arg(crate::fixture::today().to_string())
            .arg("-")
            .output()
            .expect("spawn");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8_lossy(&out.stdout);
        for (slot, v) in all.iter_mut().zip(text.split_whitespace()) {
            slot.push(v.parse().expect("ns"));
        }
    }
    all.map(|v| Stats::of(v, 1).median)
}

pub struct ColdStats {
    pub total: Compared,
    pub ours_open: Stats,
    pub raw_open: Stats,
}

/// `spawns` fresh processes per side, alternating; `before_each` restores the file
/// (for the killed-app case) and is not timed.
#[allow(clippy::too_many_arguments)]
pub fn measure(
    exe: &Path,
    db: &Path,
    locale: &str,
    date: NaiveDate,
    theme_msg: &str,
    spawns: usize,
    mut before_each: impl FnMut(),
) -> ColdStats {
    let (mut o, mut r, mut oo, mut ro) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    // One of each first, unrecorded: the binary's pages come into the OS cache.
    before_each();
    spawn(exe, "ours", db, locale, date, theme_msg);
    before_each();
    spawn(exe, "raw", db, locale, date, theme_msg);
    for i in 0..spawns {
        for side in if i % 2 == 0 {
            ["ours", "raw"]
        } else {
            ["raw", "ours"]
        } {
            before_each();
            let (total, open) = spawn(exe, side, db, locale, date, theme_msg);
            if side == "ours" {
                o.push(total);
                oo.push(open);
            } else {
                r.push(total);
                ro.push(open);
            }
        }
    }
    ColdStats {
        total: Compared::new(o, r, 1, 1),
        ours_open: Stats::of(oo, 1),
        raw_open: Stats::of(ro, 1),
    }
}
