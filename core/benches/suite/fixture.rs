//! The fixture journals: generated once per size into `target/bench-data/` and reused.
//!
//! The schema comes from the Core itself (a Core is opened once on the new file, so the
//! migrations run); the rows are then bulk-inserted through a bare connection in one
//! transaction, with the full-text trigger doing its normal work. Everything is
//! deterministic: the same size gives the same file.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{Days, NaiveDate};
use hechting_core::tips::scheduler::{self, Exclusions};
use hechting_core::{journal, tips, Age, Core, MomentKind};
use rusqlite::{params, Connection};

/// Bump when the generated content changes, so old files are not reused.
const GENERATION: u32 = 1;

/// The caller's "today" in every benchmark: the core never reads the clock for the
/// day, so a fixed date keeps the fixtures valid on any day.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 30).expect("valid date")
}

/// The journal spans from the birth to yesterday: 400 days.
pub const SPAN_DAYS: u64 = 400;

pub fn birth() -> NaiveDate {
    today() - Days::new(SPAN_DAYS)
}

pub const CHILD_ID: &str = "0190a2b3-c4d5-7e6f-8a9b-0c1d2e3f4a5b";
pub const CHILD_NAME: &str = "Noor";

/// The word in exactly a quarter of the moments' notes (every moment whose index is a
/// multiple of 4). No other word of the notes starts with it.
pub const WORD: &str = "glimlach";

/// Days of tip history before today.
pub const TIP_HISTORY_DAYS: u64 = 365;

const WORDS: &[&str] = &[
    "knuffel",
    "samen",
    "bank",
    "voeding",
    "slaapje",
    "liedje",
    "zingen",
    "buik",
    "rug",
    "wandeling",
    "park",
    "regen",
    "zon",
    "bad",
    "warm",
    "water",
    "boekje",
    "plaatjes",
    "ogen",
    "handje",
    "voetjes",
    "mama",
    "papa",
    "oma",
    "opa",
    "rustig",
    "huilen",
    "troosten",
    "wiegen",
    "dekentje",
    "draagzak",
    "ochtend",
    "middag",
    "avond",
    "nacht",
    "lachje",
    "brabbelen",
    "kijken",
    "spiegel",
    "kiekeboe",
    "massage",
    "olie",
    "huid",
    "borst",
    "fles",
    "boertje",
    "luier",
    "stil",
    "moe",
    "blij",
    "nieuw",
    "geluidje",
    "vinger",
    "knijpen",
    "rollen",
    "tijger",
    "zebra",
    "muziek",
    "dansen",
    "buiten",
];

const CAREGIVERS: &[&str] = &["Mama", "Papa", "Oma"];

pub struct Fixture {
    pub path: PathBuf,
    pub n: usize,
    /// A keyset cursor 90% of the way into the journal (10% of the moments are older).
    pub deep_cursor: i64,
}

/// `target/bench-data` of this workspace (or of `CARGO_TARGET_DIR`).
pub fn data_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"));
    let _ = std::fs::create_dir_all(&target);
    target.canonicalize().unwrap_or(target).join("bench-data")
}

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

fn day_ms(d: NaiveDate) -> i64 {
    d.and_hms_opt(0, 0, 0)
        .expect("midnight")
        .and_utc()
        .timestamp_millis()
}

/// When moment `i` of `n` happened: evenly spread over the span, oldest first.
pub fn moment_time(i: usize, n: usize) -> i64 {
    let start = day_ms(birth());
    let span = day_ms(today()) - start;
    start + (span as i128 * i as i128 / n as i128) as i64
}

fn note(i: usize) -> Option<String> {
    // Odd indexes ending in 3 have no note; those are never multiples of 4.
    if i % 10 == 3 {
        return None;
    }
    let h = splitmix(i as u64);
    let len = 6 + (h % 10) as usize;
    let mut words: Vec<&str> = (0..len)
        .map(|k| WORDS[(splitmix(h ^ k as u64) % WORDS.len() as u64) as usize])
        .collect();
    if i.is_multiple_of(4) {
        let at = (i / 4) % (len + 1);
        words.insert(at, WORD);
    }
    Some(words.join(" "))
}

fn offset_for(ms: i64) -> i32 {
    // Amsterdam, roughly: summer time from April to October.
    let month = chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| t.date_naive())
        .map(|d| chrono::Datelike::month(&d))
        .unwrap_or(1);
    if (4..=10).contains(&month) {
        120
    } else {
        60
    }
}

fn fixture_path(dir: &Path, n: usize) -> PathBuf {
    dir.join(format!(
        "journal-{n}-schema{}-gen{GENERATION}.sqlite",
        hechting_core::db::schema::VERSION
    ))
}

fn deep_cursor(n: usize) -> i64 {
    moment_time(n / 10, n) * 1000
}

/// The fixture of `n` moments, generated when missing.
pub fn ensure(dir: &Path, n: usize) -> Fixture {
    fs::create_dir_all(dir).expect("create bench-data");
    let path = fixture_path(dir, n);
    if !path.exists() {
        eprintln!("fixture: generating {n} moments into {}", path.display());
        let start = Instant::now();
        generate(&path, n);
        eprintln!(
            "fixture: {n} moments in {:.1} s, {:.1} MB",
            start.elapsed().as_secs_f64(),
            fs::metadata(&path).map(|m| m.len()).unwrap_or(0) as f64 / 1e6
        );
    }
    Fixture {
        path,
        n,
        deep_cursor: deep_cursor(n),
    }
}

fn generate(path: &Path, n: usize) {
    // Built in a private folder and moved into place when complete, so a crash never
    // leaves a half-made fixture behind and two runs never share one.
    let tmp_dir = path.with_extension(format!("tmp-{}", std::process::id()));
    let _ = fs::remove_dir_all(&tmp_dir);
    fs::create_dir_all(&tmp_dir).expect("tmp dir");
    let tmp = tmp_dir.join("journal.sqlite");
    let tmp_str = tmp.to_str().expect("utf-8 path");

    // The real schema: whatever migrations this build has.
    drop(Core::open(tmp_str, &["nl".to_string()]).expect("core creates the schema"));

    let mut conn = Connection::open(&tmp).expect("bare connection");
    hechting_core::testing::register_functions(&conn).expect("functions");
    conn.execute_batch(
        "PRAGMA synchronous = OFF;
         PRAGMA cache_size = -262144;
         PRAGMA temp_store = MEMORY;",
    )
    .expect("bulk pragmas");
    let tx = conn.transaction().expect("begin");
    let birth = birth();
    let created = day_ms(birth) - 86_400_000;
    tx.execute(
        "INSERT INTO children (id, name, birth_date, due_date, created_at, updated_at, deleted_at)
         VALUES (?1, ?2, ?3, NULL, ?4, ?4, NULL)",
        params![CHILD_ID, CHILD_NAME, birth, created],
    )
    .expect("child");
    {
        let mut insert = tx
            .prepare(
                "INSERT INTO moments (seq, id, child_id, kind, occurred_at, utc_offset_min,
                    local_date, note, duration_min, caregiver, created_at, updated_at, deleted_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            )
            .expect("prepare insert");
        for i in 0..n {
            let h = splitmix(i as u64 ^ 0x5eed);
            let at = moment_time(i, n);
            let offset = offset_for(at);
            let kind = MomentKind::ALL[(h % MomentKind::ALL.len() as u64) as usize];
            let mut tail = [0u8; 10];
            tail.copy_from_slice(&splitmix(h).to_le_bytes().repeat(2)[..10]);
            let id = uuid::Builder::from_unix_timestamp_millis(at as u64, &tail)
                .into_uuid()
                .to_string();
            let duration = h.is_multiple_of(3).then_some(1 + ((h >> 8) % 45) as i64);
            let caregiver = (!h.is_multiple_of(5)).then(|| CAREGIVERS[((h >> 16) % 3) as usize]);
            let made = at + 60_000;
            let deleted = (i % 200 == 7).then_some(made + 3_600_000);
            insert
                .execute(params![
                    at * 1000,
                    id,
                    CHILD_ID,
                    kind.as_str(),
                    at,
                    offset,
                    journal::local_date(at.into(), offset),
                    note(i),
                    duration,
                    caregiver,
                    made,
                    deleted.unwrap_or(made),
                    deleted,
                ])
                .expect("moment");
        }
    }
    // A year of tips, exactly as the scheduler would have delivered them day by day,
    // and some feedback on them.
    let from = today() - Days::new(TIP_HISTORY_DAYS);
    let picks = scheduler::plan(
        tips::catalog(),
        CHILD_ID,
        &Default::default(),
        from,
        TIP_HISTORY_DAYS as u32,
        |d| scheduler::Stage {
            age_days: Age::on(Some(birth), None, d).tip_age_days,
            born: true,
        },
        &Exclusions::default(),
    );
    assert_eq!(picks.len() as u64, TIP_HISTORY_DAYS, "a tip for every day");
    for (j, p) in picks.iter().enumerate() {
        let shown = day_ms(p.date) + 8 * 3_600_000;
        tx.execute(
            "INSERT INTO tip_deliveries (child_id, local_date, tip_id, delivered_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![CHILD_ID, p.date, p.tip.id, shown],
        )
        .expect("delivery");
        if j % 9 == 0 || j == 17 || j == 140 {
            let later = shown + 3_600_000;
            tx.execute(
                "INSERT OR IGNORE INTO tip_feedback
                    (child_id, tip_id, tried_at, favourite_at, not_for_me_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?3)",
                params![
                    CHILD_ID,
                    p.tip.id,
                    later,
                    (j % 30 == 0).then_some(later),
                    (j == 17 || j == 140).then_some(later),
                ],
            )
            .expect("feedback");
        }
    }
    tx.commit().expect("commit");
    let matches: i64 = conn
        .query_row(
            "SELECT count(*) FROM moments_fts WHERE moments_fts MATCH ?1",
            [format!("\"{WORD}\"*")],
            |r| r.get(0),
        )
        .expect("count matches");
    assert_eq!(matches as usize, n.div_ceil(4), "the word is in a quarter");
    let _: (i64, i64, i64) = conn
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .expect("checkpoint");
    drop(conn);
    fs::rename(&tmp, path).expect("move the fixture into place");
    let _ = fs::remove_dir_all(&tmp_dir);
}

/// A private copy of a fixture for one run (benchmarks write to it).
pub fn copy(fx: &Fixture, work: &Path, name: &str) -> PathBuf {
    fs::create_dir_all(work).expect("work dir");
    let to = work.join(format!("{name}-{}.sqlite", fx.n));
    fs::copy(&fx.path, &to).expect("copy fixture");
    to
}

/// Opens a Core once and closes it, so that today's automatic backup of the file
/// exists and every timed open sees the steady state (one backup per UTC day).
pub fn settle(path: &Path) {
    let core = Core::open(path.to_str().expect("utf-8 path"), &["nl".to_string()])
        .expect("open to settle");
    let today_backup = format!("backup-{}.sqlite", chrono::Utc::now().date_naive());
    assert!(
        core.backups()
            .expect("backups")
            .iter()
            .any(|b| b.name == today_backup),
        "today's backup exists"
    );
}
