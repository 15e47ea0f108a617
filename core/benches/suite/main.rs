//! The benchmark suite: every operation beside its raw-SQLite (or bare-Fluent)
//! baseline in the same run, at 1,000 / 100,000 / 1,000,000 moments.
//!
//! `scripts/bench.sh` builds what it needs and runs this; directly:
//!
//! ```text
//! cargo bench -p hechting-core --bench suite              # full run
//! cargo bench -p hechting-core --bench suite -- --smoke   # tiny sizes, few samples
//! ```
//!
//! Options: `--smoke` (or HECHTING_BENCH_SMOKE=1), `--strict` (exit 1 when a target
//! is missed; never with `--smoke`), HECHTING_BENCH_SIZES=1000,100000 (journal
//! sizes), HECHTING_BENCH_ONLY=journal,tips,ui,io,cold,footprint (groups to run).
//! The footprint rows read HECHTING_BENCH_LIB (the release FFI library),
//! HECHTING_BENCH_CLI (the release CLI) and HECHTING_BENCH_HOME (the home_screen
//! example); scripts/bench.sh sets them.

mod cold;
mod fixture;
mod harness;
mod raw;
mod report;
mod scale;

use std::collections::{BTreeMap, HashMap};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use chrono::{Days, NaiveDate};
use hechting_core::tips::scheduler::{self, Exclusions};
use hechting_core::{Core, MomentInput, MomentKind, MomentQuery};

use fixture::{Fixture, CHILD_ID, WORD};
use harness::{compare, once, per_call, Batching, Budget};
use report::{size_label, Report, Target};

const MS: f64 = 1e6;
const US: f64 = 1e3;

/// The OS locale of the Core under test: German, so the chain is de → nl and every
/// lookup exercises the fallback machinery.
const LOCALE: &str = "de-DE";

struct Config {
    smoke: bool,
    strict: bool,
    sizes: Vec<usize>,
    /// The size of the single-size operations (tips, export, cold start).
    main_size: usize,
    groups: Option<Vec<String>>,
    budget: Budget,
    cold_spawns: usize,
    io_samples: usize,
}

impl Config {
    fn from_args(args: &[String]) -> Config {
        let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        let smoke = args.iter().any(|a| a == "--smoke")
            || env("HECHTING_BENCH_SMOKE").is_some_and(|v| v != "0");
        let strict = !smoke && args.iter().any(|a| a == "--strict");
        let sizes: Vec<usize> = match env("HECHTING_BENCH_SIZES") {
            Some(list) => list
                .split(',')
                .map(|s| {
                    s.trim()
                        .replace('_', "")
                        .parse()
                        .expect("HECHTING_BENCH_SIZES")
                })
                .collect(),
            None if smoke => vec![1_000],
            None => vec![1_000, 100_000, 1_000_000],
        };
        let main_size = if sizes.contains(&100_000) {
            100_000
        } else {
            *sizes.iter().max().expect("a size")
        };
        let groups = env("HECHTING_BENCH_ONLY")
            .map(|g| g.split(',').map(|s| s.trim().to_string()).collect());
        let budget = if smoke {
            Budget {
                seconds: 0.02,
                min_samples: 3,
                max_samples: 10,
                sample_ns: 20_000.0,
                warmup: 1,
            }
        } else {
            Budget {
                seconds: 2.0,
                min_samples: 21,
                max_samples: 401,
                sample_ns: 300_000.0,
                warmup: 3,
            }
        };
        Config {
            smoke,
            strict,
            sizes,
            main_size,
            groups,
            budget,
            cold_spawns: if smoke { 2 } else { 41 },
            io_samples: if smoke { 1 } else { 5 },
        }
    }

    fn runs(&self, group: &str) -> bool {
        self.groups
            .as_ref()
            .is_none_or(|g| g.iter().any(|x| x == group))
    }
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    match args.first().map(String::as_str) {
        Some(cold::CHILD_FLAG) => std::process::exit(cold::child(&args[1..])),
        Some(cold::WAL_FLAG) => std::process::exit(cold::leave_wal(&args[1..])),
        _ => {}
    }
    let cfg = Config::from_args(&args);
    let data = fixture::data_dir();
    let work = data.join(format!("work-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).expect("work dir");
    let started = std::time::Instant::now();
    let mut report = Report::default();

    for &n in &cfg.sizes {
        if !(cfg.runs("journal") || (n == cfg.main_size && cfg.runs_main())) {
            continue;
        }
        let fx = fixture::ensure(&data, n);
        per_size(&cfg, &fx, &work, &mut report);
    }
    if cfg.runs("tips") {
        eprintln!("bench: scheduler scale (222, 1,000, 2,000 tips)");
        scale::run(
            cfg.budget.with_seconds(cfg.budget.seconds / 2.0),
            &mut report,
        );
    }
    if cfg.runs("cold") || cfg.runs("footprint") {
        let fx = fixture::ensure(&data, cfg.main_size);
        cold_and_footprint(&cfg, &fx, &work, &mut report);
    }

    report.notes.push(format!(
        "{} run, {:.0} s; fixtures in {}; the caller's date is {}; Core locale {LOCALE} (chain de → nl).",
        if cfg.smoke { "smoke" } else { "full" },
        started.elapsed().as_secs_f64(),
        data.display(),
        fixture::today()
    ));
    report.print();
    let _ = std::fs::remove_dir_all(&work);
    let missed = report.missed().len();
    if missed > 0 {
        eprintln!("{missed} target(s) not met");
        if cfg.strict {
            std::process::exit(1);
        }
    }
}

impl Config {
    /// Whether any group that runs on the main size only is selected.
    fn runs_main(&self) -> bool {
        ["tips", "ui", "io"].iter().any(|g| self.runs(g))
    }
}

fn progress(what: &str, n: usize) {
    eprintln!("bench: {what} ({} moments)", size_label(n));
}

/// Core on one copy, the bare connection on another, same content.
fn per_size(cfg: &Config, fx: &Fixture, work: &Path, report: &mut Report) {
    let n = fx.n;
    let ours_path = fixture::copy(fx, work, "ours");
    let raw_path = fixture::copy(fx, work, "raw");
    let core = Core::open(ours_path.to_str().expect("utf-8"), &[LOCALE.into()]).expect("open");
    let mut conn = raw::open(&raw_path);
    let today = fixture::today();

    if cfg.runs("journal") {
        progress("journal pages, search, day summaries", n);
        journal_reads(cfg, fx, &core, &conn, work, report);
    }
    if n == cfg.main_size {
        if cfg.runs("io") {
            progress("export and import", n);
            export_import(cfg, fx, &core, &conn, work, report);
        }
        if cfg.runs("ui") {
            progress("ui strings", n);
            ui_strings(cfg, &core, report);
        }
        if cfg.runs("tips") {
            progress("tips", n);
            tips(cfg, n, &core, &mut conn, today, report);
        }
    }
    if cfg.runs("journal") {
        progress("log a moment", n);
        log_moment(cfg, n, &core, &mut conn, today, report);
    }
    drop(core);
    drop(conn);
    remove_db(&ours_path);
    remove_db(&raw_path);
}

fn remove_db(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let _ = std::fs::remove_dir_all(hechting_core::backup::backup_dir(path));
}

fn ids(rows: &[raw::Row]) -> Vec<&str> {
    rows.iter().map(|r| r.0.as_str()).collect()
}

fn journal_reads(
    cfg: &Config,
    fx: &Fixture,
    core: &Core,
    conn: &rusqlite::Connection,
    work: &Path,
    report: &mut Report,
) {
    let n = fx.n;
    let b = cfg.budget;
    let newest = MomentQuery {
        child_id: Some(CHILD_ID.into()),
        limit: 50,
        ..MomentQuery::default()
    };
    let deep = MomentQuery {
        cursor: Some(fx.deep_cursor.to_string()),
        ..newest.clone()
    };
    let search = MomentQuery {
        text: Some(WORD.into()),
        ..newest.clone()
    };
    let fts = format!("\"{WORD}\"*");

    // The baseline must do the same work: same rows out.
    for (q, rows) in [
        (&newest, raw::page(conn, CHILD_ID, None, 50)),
        (&deep, raw::page(conn, CHILD_ID, Some(fx.deep_cursor), 50)),
        (&search, raw::search(conn, CHILD_ID, &fts, 50)),
    ] {
        let page = core.moments(q).expect("page");
        let ours: Vec<&str> = page.items.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ours, ids(&rows)[..ours.len()], "same page both sides");
        assert_eq!(ours.len(), 50.min(rows.len()));
    }
    assert_eq!(
        ids(&raw::search_naive(conn, CHILD_ID, &fts, 50)),
        ids(&raw::search(conn, CHILD_ID, &fts, 50)),
        "naive search finds the same"
    );

    let c = compare(
        b,
        Batching::Auto,
        |k| per_call(k, || drop(black_box(core.moments(&newest).expect("page")))),
        |k| per_call(k, || drop(black_box(raw::page(conn, CHILD_ID, None, 50)))),
    );
    report.timed(10, "journal: newest page of 50", n, &c, Target::Ratio(1.5));

    let c = compare(
        b,
        Batching::Auto,
        |k| per_call(k, || drop(black_box(core.moments(&deep).expect("page")))),
        |k| {
            per_call(k, || {
                drop(black_box(raw::page(
                    conn,
                    CHILD_ID,
                    Some(fx.deep_cursor),
                    50,
                )))
            })
        },
    );
    report.timed(
        11,
        "journal: keyset page of 50, 90% deep",
        n,
        &c,
        Target::Ratio(1.5),
    );

    let c = compare(
        b,
        Batching::Auto,
        |k| {
            per_call(k, || {
                drop(black_box(core.moments(&search).expect("search")))
            })
        },
        |k| per_call(k, || drop(black_box(raw::search(conn, CHILD_ID, &fts, 50)))),
    );
    let target = match n {
        100_000 => Target::Abs(MS),
        1_000_000 => Target::Abs(3.0 * MS),
        _ => Target::None,
    };
    report.timed(
        20,
        &format!("search: newest 50 of a word in 25% (\"{WORD}\")"),
        n,
        &c,
        target,
    );
    let budget = if n >= 1_000_000 { b.with_min(5) } else { b };
    let c = compare(
        budget,
        Batching::Auto,
        |k| {
            per_call(k, || {
                drop(black_box(raw::search_naive(conn, CHILD_ID, &fts, 50)))
            })
        },
        |k| per_call(k, || drop(black_box(raw::search(conn, CHILD_ID, &fts, 50)))),
    );
    report.timed(
        21,
        "search, contrast: raw naive ORDER BY occurred_at DESC (ours column) vs raw keyed (baseline)",
        n, &c, Target::None,
    );

    let exact = format!("\"{WORD}\"");
    let c = compare(
        b,
        Batching::Auto,
        |k| {
            per_call(k, || {
                drop(black_box(raw::search(conn, CHILD_ID, &exact, 50)))
            })
        },
        |k| per_call(k, || drop(black_box(raw::search(conn, CHILD_ID, &fts, 50)))),
    );
    report.timed(
        22,
        "search, contrast: raw exact-word MATCH (no prefix `*`; ours column) vs raw prefix MATCH as the Core sends it (baseline)",
        n,
        &c,
        Target::None,
    );

    // The other side of an import's cost: the same search on a copy whose index keeps
    // whole words only (a typed prefix then merges the lists of every matching word).
    let words_path = fixture::copy(fx, work, "words-only");
    let words = raw::open(&words_path);
    raw::reshape_search(&words, raw::Search::WordsOnly);
    raw::refill_search(&words);
    assert_eq!(
        ids(&raw::search(&words, CHILD_ID, &fts, 50)),
        ids(&raw::search(conn, CHILD_ID, &fts, 50)),
        "a whole-words index finds the same"
    );
    let c = compare(
        b,
        Batching::Auto,
        |k| {
            per_call(k, || {
                drop(black_box(raw::search(&words, CHILD_ID, &fts, 50)))
            })
        },
        |k| per_call(k, || drop(black_box(raw::search(conn, CHILD_ID, &fts, 50)))),
    );
    report.timed(
        23,
        "search, contrast: raw prefix MATCH on an index of whole words only (ours column) vs on the shipped index, prefixes 1–8 (baseline)",
        n,
        &c,
        Target::None,
    );
    drop(words);
    remove_db(&words_path);

    let (to, from) = (fixture::today(), fixture::today() - Days::new(364));
    let ours_days = core.day_summaries(CHILD_ID, from, to).expect("summaries");
    let raw_rows = raw::day_summaries(conn, CHILD_ID, from, to);
    assert_eq!(
        ours_days.iter().map(|d| d.total).sum::<i32>(),
        raw_rows.iter().map(|r| r.2 as i32).sum::<i32>(),
        "same counts"
    );
    let budget = if n >= 1_000_000 { b.with_min(7) } else { b };
    let c = compare(
        budget,
        Batching::Auto,
        |k| {
            per_call(k, || {
                drop(black_box(
                    core.day_summaries(CHILD_ID, from, to).expect("days"),
                ))
            })
        },
        |k| {
            per_call(k, || {
                drop(black_box(raw::day_summaries(conn, CHILD_ID, from, to)))
            })
        },
    );
    report.timed(
        30,
        "day summaries for a year (365 days)",
        n,
        &c,
        Target::Ratio(2.0),
    );
}

const NOTE: &str = "Samen in bad, ze lachte naar papa en spetterde met haar voetjes";

fn log_moment(
    cfg: &Config,
    n: usize,
    core: &Core,
    conn: &mut rusqlite::Connection,
    today: NaiveDate,
    report: &mut Report,
) {
    // Today, after every moment of the fixture; each call a new instant.
    let base = today
        .and_hms_opt(6, 0, 0)
        .expect("time")
        .and_utc()
        .timestamp_millis();
    let local = hechting_core::journal::local_date(base.into(), 120).to_string();
    let (mut i, mut j) = (0i64, 0i64);
    let c = compare(
        cfg.budget.with_seconds(cfg.budget.seconds * 2.0),
        Batching::One,
        |_| {
            i += 1;
            let input = MomentInput {
                kind: MomentKind::Bath,
                occurred_at: hechting_core::Timestamp(base + i * 7_000),
                utc_offset_minutes: 120,
                note: Some(NOTE.into()),
                duration_minutes: None,
                caregiver: Some("Papa".into()),
            };
            once(|| drop(black_box(core.log_moment(CHILD_ID, &input).expect("log"))))
        },
        |_| {
            j += 1;
            let at = base + j * 7_000;
            once(|| raw::log_moment(conn, CHILD_ID, "bath", at, 120, &local, NOTE, "Papa"))
        },
    );
    report.timed(
        40,
        "log a moment (durable commit + FTS)",
        n,
        &c,
        Target::Ratio(1.2),
    );
    let (mut i, mut j) = (0i64, 0i64);
    let base = base + 3_600_000;
    let shared = std::cell::RefCell::new(conn);
    let c = compare(
        cfg.budget,
        Batching::One,
        |_| {
            i += 1;
            let at = base + i * 7_000;
            once(|| {
                raw::log_moment_checked(
                    &mut shared.borrow_mut(),
                    CHILD_ID,
                    "bath",
                    at,
                    120,
                    &local,
                    NOTE,
                    "Papa",
                )
            })
        },
        |_| {
            j += 1;
            let at = base + 1_000 + j * 7_000;
            once(|| {
                raw::log_moment(
                    &mut shared.borrow_mut(),
                    CHILD_ID,
                    "bath",
                    at,
                    120,
                    &local,
                    NOTE,
                    "Papa",
                )
            })
        },
    );
    report.timed(
        41,
        "log a moment, contrast: raw + the Core's two reads (child, free time key) as cached statements (ours column) vs raw (baseline)",
        n,
        &c,
        Target::None,
    );
}

fn export_import(
    cfg: &Config,
    fx: &Fixture,
    core: &Core,
    conn: &rusqlite::Connection,
    work: &Path,
    report: &mut Report,
) {
    let io = Budget {
        seconds: 0.0,
        min_samples: cfg.io_samples,
        max_samples: cfg.io_samples,
        warmup: 1,
        ..cfg.budget
    };
    let json = core.export_json().expect("export");
    let raw_json = raw::export(conn);
    if json != raw_json {
        report
            .notes
            .push("export: the baseline's JSON differs from the Core's (check raw.rs)".into());
    }
    let moments = fx.n;
    let c = compare(
        io,
        Batching::One,
        |_| once(|| drop(black_box(core.export_json().expect("export")))),
        |_| once(|| drop(black_box(raw::export(conn)))),
    );
    report.throughput(
        60,
        &format!("export to JSON ({:.1} MB)", json.len() as f64 / 1e6),
        moments,
        &c,
        Target::Throughput(100_000.0),
    );

    // Into a new, empty database each time (a new phone), made and settled untimed.
    let k = std::cell::Cell::new(0);
    let fresh = |side: &str| {
        k.set(k.get() + 1);
        let path = work.join(format!("import-{side}-{}.sqlite", k.get()));
        fixture::settle(&path);
        path
    };
    // One raw import into a new journal, its search index reshaped first if asked.
    let raw_import = |side: &str, search: Option<raw::Search>, staged: bool| {
        let path = fresh(side);
        let mut target = raw::open(&path);
        if let Some(search) = search {
            raw::reshape_search(&target, search);
        }
        let ns = once(|| {
            black_box(if staged {
                raw::import_staged(&mut target, &json)
            } else {
                raw::import(&mut target, &json)
            });
        });
        drop(target);
        remove_db(&path);
        ns
    };
    let c = compare(
        io,
        Batching::One,
        |_| {
            let path = fresh("ours");
            let target = Core::open(path.to_str().expect("utf-8"), &[LOCALE.into()]).expect("open");
            let ns = once(|| {
                let got = target.import_json(&json).expect("import");
                assert!(got.added as usize > moments, "every moment added");
                black_box(got);
            });
            drop(target);
            remove_db(&path);
            ns
        },
        |_| raw_import("raw", None, false),
    );
    let few = Budget {
        min_samples: io.min_samples.min(3),
        max_samples: io.max_samples.min(3),
        ..io
    };
    let contrast = compare(
        few,
        Batching::One,
        |_| raw_import("staged", None, true),
        |_| raw_import("raw", None, false),
    );
    report.throughput(
        61,
        "import JSON into an empty journal",
        moments,
        &c,
        Target::Throughput(100_000.0),
    );
    report.throughput(
        62,
        "import, contrast: raw moments staged in a temp table + one INSERT…SELECT (ours column) vs raw one INSERT per moment (baseline)",
        moments, &contrast, Target::None,
    );

    // What the search index costs an import, raw on both sides: the shipped index
    // (baseline) against the same journal with less of it (ours column).
    for (group, search, what) in [
        (
            64,
            raw::Search::WordsOnly,
            "a search index of whole words only (no prefixes)",
        ),
        (65, raw::Search::Off, "no full-text index at all"),
    ] {
        let contrast = compare(
            few,
            Batching::One,
            |_| raw_import("reshaped", Some(search), true),
            |_| raw_import("staged", None, true),
        );
        report.throughput(
            group,
            &format!("import, contrast: raw staged into {what} (ours column) vs raw staged into the shipped index, prefixes 1–8 (baseline)"),
            moments,
            &contrast,
            Target::None,
        );
    }

    // Into a full journal: a copy of this size's fixture each time (made and settled
    // untimed), receiving a file of as many moments from the other parent's phone.
    let file = raw::merge_file(&json);
    let full = |side: &str| {
        k.set(k.get() + 1);
        let path = work.join(format!("merge-{side}-{}.sqlite", k.get()));
        std::fs::copy(&fx.path, &path).expect("copy fixture");
        fixture::settle(&path);
        path
    };
    report.notes.push(
        "import JSON: merge into a full journal: a copy of the fixture receives its own export as the other parent's phone would send it back: of every four moments two as they were, one edited there a day later (a longer note; one in eight of those also moved ten minutes, one in sixteen removed) and one new, half a minute after it. The baseline stages the file in a temporary table and runs one INSERT … SELECT … ON CONFLICT(id) DO UPDATE … WHERE the file's row is newer (no validation, no tie rule).".into(),
    );
    let (quarter, half) = (moments / 4, moments / 2);
    let c = compare(
        io,
        Batching::One,
        |_| {
            let path = full("ours");
            let target = Core::open(path.to_str().expect("utf-8"), &[LOCALE.into()]).expect("open");
            let ns = once(|| {
                let got = target.import_json(&file).expect("merge");
                assert_eq!(
                    (got.added as usize, got.updated as usize),
                    (quarter, quarter),
                    "a quarter new, a quarter newer"
                );
                assert!(got.unchanged as usize > half, "half unchanged");
                black_box(got);
            });
            drop(target);
            remove_db(&path);
            ns
        },
        |_| {
            let path = full("raw");
            let mut target = raw::open(&path);
            let ns = once(|| {
                black_box(raw::merge(&mut target, &file));
            });
            drop(target);
            remove_db(&path);
            ns
        },
    );
    report.throughput(
        63,
        "import JSON: merge into a full journal (a file as large: ½ unchanged, ¼ newer edits, ¼ new)",
        moments,
        &c,
        Target::Throughput(50_000.0),
    );
}

fn ui_strings(cfg: &Config, core: &Core, report: &mut Report) {
    core.set_locales(&[LOCALE.into()]).expect("locales");
    let map = core.ui_strings();
    let keys: Vec<(String, Option<String>)> = map
        .keys()
        .map(|k| match k.split_once('.') {
            Some((id, attr)) => (id.to_string(), Some(attr.to_string())),
            None => (k.clone(), None),
        })
        .collect();
    let bare = raw::Bare::new(&cold::chain_of(LOCALE));
    if bare.all(&keys) != *map {
        report
            .notes
            .push("ui strings: the bare-Fluent baseline formats differently".into());
    }
    let c = compare(
        cfg.budget,
        Batching::One,
        |_| {
            core.set_locales(&[LOCALE.into()]).expect("locales");
            once(|| drop(black_box(core.ui_strings())))
        },
        |_| once(|| drop(black_box(bare.all(&keys)))),
    );
    report.timed(
        70,
        &format!(
            "ui_strings(), first call after set_locales ({} strings)",
            keys.len()
        ),
        0,
        &c,
        Target::Abs(200.0 * US),
    );
    let c = compare(
        cfg.budget,
        Batching::Auto,
        |k| per_call(k, || drop(black_box(core.ui_strings()))),
        |k| per_call(k, || drop(black_box(bare.all(&keys)))),
    );
    report.timed(
        71,
        "ui_strings(), cached (baseline formats them all)",
        0,
        &c,
        Target::Abs(200.0 * US),
    );
    drop::<Arc<_>>(map);
}

fn tips(
    cfg: &Config,
    n: usize,
    core: &Core,
    conn: &mut rusqlite::Connection,
    today: NaiveDate,
    report: &mut Report,
) {
    let b = cfg.budget;
    let themes: HashMap<String, String> = hechting_core::tips::catalog()
        .tips
        .iter()
        .map(|t| (t.id.clone(), t.theme.message_id()))
        .collect();
    let bare = raw::Bare::new(&cold::chain_of(LOCALE));
    let day = |d: NaiveDate| d.to_string();

    // Today's tip, delivered once on both sides.
    let first = core
        .tip_for_day(CHILD_ID, today)
        .expect("tip")
        .expect("a tip");
    raw::record_delivery(conn, CHILD_ID, &day(today), &first.tip.id);
    let texts = raw::tip_texts(&bare, &first.tip.id, &themes[&first.tip.id]);
    assert_eq!(
        texts,
        [
            first.tip.title.clone(),
            first.tip.body.clone(),
            first.tip.theme_label.clone()
        ],
        "same texts"
    );

    let c = compare(
        b,
        Batching::Auto,
        |k| {
            per_call(k, || {
                drop(black_box(core.tip_for_day(CHILD_ID, today).expect("tip")))
            })
        },
        |k| {
            per_call(k, || {
                let tx = conn
                    .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
                    .expect("begin");
                let child = raw::child(&tx, CHILD_ID);
                let tip = raw::delivered(&tx, CHILD_ID, &day(today)).expect("delivered");
                tx.commit().expect("commit");
                let fb = raw::feedback(conn, CHILD_ID, &tip);
                let texts = raw::tip_texts(&bare, &tip, &themes[&tip]);
                black_box((child, fb, texts));
            })
        },
    );
    report.timed(
        50,
        "tip for today, already delivered (1 year of history)",
        n,
        &c,
        Target::Abs(100.0 * US),
    );

    let preview = core.upcoming_tips(CHILD_ID, today, 30).expect("preview");
    let ids: Vec<String> = preview.iter().map(|t| t.tip.id.clone()).collect();
    assert_eq!(ids.len(), 30);
    let c = compare(
        b,
        Batching::Auto,
        |k| {
            per_call(k, || {
                drop(black_box(
                    core.upcoming_tips(CHILD_ID, today, 30).expect("preview"),
                ))
            })
        },
        |k| {
            per_call(k, || {
                let child = raw::child(conn, CHILD_ID);
                let inputs = raw::scheduler_inputs(conn, CHILD_ID);
                let out: Vec<_> = ids
                    .iter()
                    .map(|id| {
                        (
                            raw::feedback(conn, CHILD_ID, id),
                            raw::tip_texts(&bare, id, &themes[id]),
                        )
                    })
                    .collect();
                black_box((child, inputs, out));
            })
        },
    );
    report.timed(51, "tip preview, 30 days", n, &c, Target::Abs(2.0 * MS));
    // Where the preview's time goes: the pure scheduler on the same inputs.
    let (rows, refused, _) = raw::scheduler_inputs(conn, CHILD_ID);
    let history: BTreeMap<NaiveDate, String> = rows
        .into_iter()
        .map(|(d, t)| (d.parse().expect("date"), t))
        .collect();
    let ex = Exclusions {
        not_for_me: refused.into_iter().collect(),
        ..Exclusions::default()
    };
    let catalog = hechting_core::tips::catalog();
    let birth = fixture::birth();
    let age_on = |d: NaiveDate| scheduler::Stage {
        age_days: hechting_core::Age::on(Some(birth), None, d).tip_age_days,
        born: true,
    };
    let plan = compare(
        b.with_seconds(b.seconds / 4.0),
        Batching::Auto,
        |k| {
            per_call(k, || {
                drop(black_box(scheduler::plan(
                    catalog, CHILD_ID, &history, today, 30, age_on, &ex,
                )))
            })
        },
        |k| {
            per_call(k, || {
                black_box(catalog.get(&ids[29]));
            })
        },
    );
    report.notes.push(format!(
        "tip preview, 30 days: the pure scheduler (`tips::scheduler::plan` over {} tips and {} days of history) takes {} of the Core's {}; one `Catalog::get` (a linear search by id) {}.",
        catalog.tips.len(),
        history.len(),
        harness::fmt_ns(plan.ours.median),
        harness::fmt_ns(c.ours.median),
        harness::fmt_ns(plan.raw.median),
    ));

    // Each call asks on a new day (after today), so each chooses and records a tip.
    let fixed = first.tip.id.clone();
    let (mut i, mut j) = (0u64, 0u64);
    let c = compare(
        b.with_seconds(b.seconds * 1.5),
        Batching::One,
        |_| {
            i += 1;
            let date = today + Days::new(i);
            once(|| drop(black_box(core.tip_for_day(CHILD_ID, date).expect("tip"))))
        },
        |_| {
            j += 1;
            let date = day(today + Days::new(j));
            once(|| {
                let tx = conn
                    .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
                    .expect("begin");
                let child = raw::child(&tx, CHILD_ID);
                assert!(raw::delivered(&tx, CHILD_ID, &date).is_none());
                let inputs = raw::scheduler_inputs(&tx, CHILD_ID);
                raw::record_delivery(&tx, CHILD_ID, &date, &fixed);
                tx.commit().expect("commit");
                let fb = raw::feedback(conn, CHILD_ID, &fixed);
                let texts = raw::tip_texts(&bare, &fixed, &themes[&fixed]);
                black_box((child, inputs, fb, texts));
            })
        },
    );
    report.timed(
        52,
        "tip for today, first ask of a new day (chooses + durable commit)",
        n,
        &c,
        // The raw side reads the same rows and makes the same durable commit.
        Target::Ratio(1.2),
    );
}

/// Cold starts in fresh processes, then the footprint (library size, peak memory).
fn cold_and_footprint(cfg: &Config, fx: &Fixture, work: &Path, report: &mut Report) {
    let exe = std::env::current_exe().expect("own binary");
    let today = fixture::today();
    let cold = fixture::copy(fx, work, "cold");
    fixture::settle(&cold);
    let theme_msg = {
        let core = Core::open(cold.to_str().expect("utf-8"), &["nl".into()]).expect("open");
        let tip = core
            .tip_for_day(CHILD_ID, today)
            .expect("tip")
            .expect("a tip");
        tip.tip.theme.message_id()
    };
    if cfg.runs("cold") {
        for (group, locale) in [(1, "nl-NL"), (2, "de-DE")] {
            progress(&format!("cold start {locale}, fresh processes"), fx.n);
            let s = cold::measure(
                &exe,
                &cold,
                locale,
                today,
                &theme_msg,
                cfg.cold_spawns,
                || {},
            );
            let parts = cold::parts(&exe, &cold, locale, cfg.cold_spawns.div_ceil(2), || {});
            cold_row(
                report,
                group,
                &format!("cold start ({locale})"),
                fx.n,
                &s,
                parts,
                Target::RatioAndAbs(1.5, 2.0 * MS),
            );
        }
        progress("cold start after the app was killed", fx.n);
        killed_app(cfg, fx, work, &exe, &theme_msg, report);
    }
    if cfg.runs("footprint") {
        progress("footprint", fx.n);
        footprint(cfg, fx, &cold, report);
    }
    remove_db(&cold);
}

fn cold_row(
    report: &mut Report,
    group: u32,
    op: &str,
    n: usize,
    s: &cold::ColdStats,
    parts: [f64; 4],
    target: Target,
) {
    report.timed(group, op, n, &s.total, target);
    let f = harness::fmt_ns;
    report.notes.push(format!(
        "{op}: `Core::open` takes {} (raw: open + pragmas + user_version + settings + bundles: {}); today's tip after it {} (raw {}). \
         Pieces of the Core's start, each timed alone in fresh processes: locales.toml {}, tip catalog (tips.toml) {}, Fluent bundles of the chain {}, opening the file (pre-checks, schema, daily-backup check) {}.",
        f(s.ours_open.median),
        f(s.raw_open.median),
        f(s.total.ours.median - s.ours_open.median),
        f(s.total.raw.median - s.raw_open.median),
        f(parts[0]),
        f(parts[1]),
        f(parts[2]),
        f(parts[3]),
    ));
}

/// A phone OS kills apps without closing their database: the next start finds the
/// write-ahead log of the last session and must check and replay it.
fn killed_app(
    cfg: &Config,
    fx: &Fixture,
    work: &Path,
    exe: &Path,
    theme_msg: &str,
    report: &mut Report,
) {
    let today = fixture::today();
    let template = fixture::copy(fx, work, "killed");
    fixture::settle(&template);
    {
        let core = Core::open(template.to_str().expect("utf-8"), &["nl".into()]).expect("open");
        core.tip_for_day(CHILD_ID, today).expect("tip");
    }
    let out = Command::new(exe)
        .arg(cold::WAL_FLAG)
        .arg(&template)
        .arg(CHILD_ID)
        .arg("150")
        .output()
        .expect("spawn");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let wal_bytes: u64 = String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .expect("wal size");
    let side = |p: &Path, s: &str| PathBuf::from(format!("{}{s}", p.display()));
    let victim = work.join(format!("victim-{}.sqlite", fx.n));
    // What a killed app leaves: the file, its log and the log's shared index (-shm),
    // all as the last commit left them.
    let restore = || {
        std::fs::copy(&template, &victim).expect("copy db");
        std::fs::copy(side(&template, "-wal"), side(&victim, "-wal")).expect("copy wal");
        std::fs::copy(side(&template, "-shm"), side(&victim, "-shm")).expect("copy shm");
    };
    restore();
    fixture::settle(&victim);
    let s = cold::measure(
        exe,
        &victim,
        LOCALE,
        today,
        theme_msg,
        cfg.cold_spawns,
        restore,
    );
    let parts = cold::parts(exe, &victim, LOCALE, cfg.cold_spawns.div_ceil(2), restore);
    cold_row(
        report,
        3,
        &format!(
            "cold start ({LOCALE}) after the app was killed ({:.1} MB WAL and its index left)",
            wal_bytes as f64 / 1e6
        ),
        fx.n,
        &s,
        parts,
        // SQLite itself replays the log here: the raw start is slower too.
        Target::Ratio(1.5),
    );
    remove_db(&victim);
    remove_db(&template);
}

/// Whether a built binary embeds the content of every shipped locale (the longest
/// line of each `app.ftl`, and of the source's `tips.ftl`; translated tips and
/// articles are stored deflated and cannot be found as text); a binary built while the
/// files were missing would otherwise be measured as if it were the real thing.
/// Whether a built binary carries the content of this checkout: the source's UI
/// strings (stored plain) and the last block of tip texts of every locale (deflated).
fn embeds_all_content(bin: &Path) -> Result<(), String> {
    let bytes = std::fs::read(bin).map_err(|e| e.to_string())?;
    let stale = |what: &str| {
        Err(format!(
            "{} does not embed {what} (stale or partial build)",
            bin.display()
        ))
    };
    let app = Path::new(env!("CARGO_MANIFEST_DIR")).join("../i18n/nl/app.ftl");
    let text = std::fs::read_to_string(&app).map_err(|e| e.to_string())?;
    let line = text.lines().max_by_key(|l| l.len()).unwrap_or_default();
    if !line.is_empty() && !bytes.windows(line.len()).any(|w| w == line.as_bytes()) {
        return stale("i18n/nl/app.ftl");
    }
    let blocks: Vec<&[u8]> = hechting_core::content::tip_blocks().collect();
    let per_locale = blocks.len() / hechting_core::l10n::locales().len().max(1);
    for block in blocks
        .iter()
        .skip(per_locale.saturating_sub(1))
        .step_by(per_locale.max(1))
    {
        let needle = &block[..block.len().min(64)];
        if !bytes.windows(needle.len()).any(|w| w == needle) {
            return stale("this checkout's tip texts");
        }
    }
    Ok(())
}

fn env_path(name: &str) -> Option<PathBuf> {
    std::env::var_os(name)
        .map(PathBuf::from)
        .filter(|p| p.exists())
}

/// Peak resident memory of a command in kB: from /usr/bin/time when present, else
/// from the `VmHWM` line a program prints itself (the home_screen example does).
fn peak_rss_kb(program: &Path, args: &[&str]) -> Result<u64, String> {
    let time = Path::new("/usr/bin/time");
    let out = if time.exists() {
        Command::new(time)
            .arg("-f")
            .arg("peak-rss-kb %M")
            .arg(program)
            .args(args)
            .output()
    } else {
        Command::new(program).args(args).output()
    }
    .map_err(|e| e.to_string())?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(err.lines().next().unwrap_or("failed").to_string());
    }
    let text = format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let value = |prefix: &str| {
        text.lines()
            .filter_map(|l| l.trim().strip_prefix(prefix))
            .filter_map(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .next_back()
    };
    value("peak-rss-kb")
        .or_else(|| value("VmHWM:"))
        .ok_or_else(|| "no peak memory reported".to_string())
}

fn median_rss(runs: usize, program: &Path, args: &[&str]) -> Result<(u64, Vec<u64>), String> {
    let mut all = Vec::new();
    for _ in 0..runs {
        all.push(peak_rss_kb(program, args)?);
    }
    let mut sorted = all.clone();
    sorted.sort_unstable();
    Ok((sorted[sorted.len() / 2], all))
}

fn footprint(cfg: &Config, fx: &Fixture, db: &Path, report: &mut Report) {
    const MB: u64 = 1_000_000;
    // The code's budget is 3 MB. The content (every text in six languages) is carried
    // in the library too and grew with the catalog; the whole stays under 5 MB, the
    // ceiling scripts/cross-arm64.sh holds the arm64 build to.
    let lib_target = Target::Bytes(3 * MB);
    let whole_target = Target::Bytes(5 * MB);
    let content = hechting_core::content::embedded_bytes() as u64;
    match env_path("HECHTING_BENCH_LIB") {
        Some(lib) if embeds_all_content(&lib).is_err() => {
            let why = embeds_all_content(&lib).err().unwrap_or_default();
            report.missing(
                90,
                "size: stripped release FFI library",
                "—",
                &why,
                lib_target,
            );
        }
        Some(lib) => {
            let stripped = db.with_file_name("libhechting.stripped.so");
            std::fs::copy(&lib, &stripped).expect("copy library");
            let ok = Command::new("strip")
                .arg(&stripped)
                .status()
                .map(|s| s.success())
                .unwrap_or(false);
            let size = std::fs::metadata(&stripped).map(|m| m.len()).unwrap_or(0);
            let unstripped = std::fs::metadata(&lib).map(|m| m.len()).unwrap_or(0);
            if ok {
                report.bytes(
                    90,
                    "size: stripped release FFI library (x86_64), its code: without the embedded content",
                    "—",
                    size.saturating_sub(content),
                    lib_target,
                    format!(
                        "{} bytes after strip, less {} bytes of embedded content",
                        harness::fmt_count(size as f64),
                        harness::fmt_count(content as f64)
                    ),
                );
                report.bytes(
                    90,
                    "size: stripped release FFI library (x86_64), whole: with all content in six languages",
                    "—",
                    size,
                    whole_target,
                    format!(
                        "{}: {} bytes before strip, {} after",
                        lib.display(),
                        harness::fmt_count(unstripped as f64),
                        harness::fmt_count(size as f64)
                    ),
                );
            } else {
                report.missing(
                    90,
                    "size: stripped release FFI library",
                    "—",
                    "strip failed",
                    lib_target,
                );
            }
            let _ = std::fs::remove_file(&stripped);
        }
        None => report.missing(
            90,
            "size: stripped release FFI library",
            "—",
            "HECHTING_BENCH_LIB not set (scripts/bench.sh builds it)",
            lib_target,
        ),
    }

    let runs = if cfg.smoke { 1 } else { 5 };
    let db_str = db.to_str().expect("utf-8");
    let date = fixture::today().to_string();
    let mem_target = Target::Bytes(20 * MB);
    match env_path("HECHTING_BENCH_CLI") {
        Some(cli) if embeds_all_content(&cli).is_err() => {
            let why = embeds_all_content(&cli).err().unwrap_or_default();
            report.missing(
                91,
                "memory: peak RSS of the CLI",
                &size_label(fx.n),
                &why,
                mem_target,
            );
        }
        Some(cli) => {
            let args = ["--db", db_str, "--date", &date, "--lang", "de", "demo"];
            match median_rss(runs, &cli, &args) {
                Ok((kb, all)) => report.bytes(
                    91,
                    "memory: peak RSS of the CLI showing the home screen (`hechting --db … demo`)",
                    &size_label(fx.n),
                    kb * 1024,
                    mem_target,
                    format!("runs (kB): {all:?}"),
                ),
                Err(e) => report.missing(
                    91,
                    "memory: peak RSS of the CLI",
                    &size_label(fx.n),
                    &e,
                    mem_target,
                ),
            }
        }
        None => report.missing(
            91,
            "memory: peak RSS of the CLI",
            &size_label(fx.n),
            "HECHTING_BENCH_CLI not set",
            mem_target,
        ),
    }
    match env_path("HECHTING_BENCH_HOME") {
        Some(home) if embeds_all_content(&home).is_err() => {
            let why = embeds_all_content(&home).err().unwrap_or_default();
            report.missing(92, "memory: peak RSS of home_screen", &size_label(fx.n), &why, mem_target);
        }
        Some(home) => match median_rss(runs, &home, &[db_str, &date, LOCALE]) {
            Ok((kb, all)) => report.bytes(
                92,
                "memory: peak RSS of core/examples/home_screen (Core only: age, tip, 5 moments, ui strings)",
                &size_label(fx.n),
                kb * 1024,
                mem_target,
                format!("runs (kB): {all:?}"),
            ),
            Err(e) => report.missing(92, "memory: peak RSS of home_screen", &size_label(fx.n), &e, mem_target),
        },
        None => report.missing(
            92,
            "memory: peak RSS of home_screen",
            &size_label(fx.n),
            "HECHTING_BENCH_HOME not set",
            mem_target,
        ),
    }
}
