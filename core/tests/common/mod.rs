//! Helpers shared by the integration tests: real database files in temp dirs.
#![allow(dead_code)]

use chrono::NaiveDate;
use hechting_core::{ChildInput, Core, MomentInput, MomentKind, MomentQuery, Timestamp};

pub fn date(s: &str) -> NaiveDate {
    hechting_core::age::parse_date("date", s).expect("test date")
}

pub struct TestDb {
    pub dir: tempfile::TempDir,
    pub core: Core,
}

impl TestDb {
    pub fn path(&self) -> String {
        self.dir
            .path()
            .join("hechting.sqlite")
            .to_string_lossy()
            .into_owned()
    }
}

/// A fresh database file in a new temp dir, in Dutch.
pub fn open() -> TestDb {
    open_in(&["nl-NL"])
}

pub fn open_in(locales: &[&str]) -> TestDb {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("hechting.sqlite");
    let locales: Vec<String> = locales.iter().map(|s| s.to_string()).collect();
    let core = Core::open(&path.to_string_lossy(), &locales).expect("open");
    TestDb { dir, core }
}

pub fn child(name: &str, birth: Option<&str>, due: Option<&str>) -> ChildInput {
    ChildInput {
        name: name.into(),
        birth_date: birth.map(date),
        due_date: due.map(date),
    }
}

/// Milliseconds of a UTC date and time.
pub fn at(day: &str, h: u32, m: u32) -> i64 {
    date(day)
        .and_hms_opt(h, m, 0)
        .expect("time")
        .and_utc()
        .timestamp_millis()
}

pub fn moment(kind: MomentKind, at: impl Into<Timestamp>, note: Option<&str>) -> MomentInput {
    MomentInput {
        kind,
        occurred_at: at.into(),
        utc_offset_minutes: 60,
        note: note.map(str::to_owned),
        duration_minutes: None,
        caregiver: None,
    }
}

/// Calls `interrupt()` on `core` every `every` from another thread until the returned
/// stop flag is set; join the handle after.
pub fn keep_interrupting(
    core: &std::sync::Arc<Core>,
    every: std::time::Duration,
) -> (
    std::sync::Arc<std::sync::atomic::AtomicBool>,
    std::thread::JoinHandle<()>,
) {
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let handle = {
        let core = core.clone();
        let stop = stop.clone();
        std::thread::spawn(move || {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                core.interrupt();
                std::thread::sleep(every);
            }
        })
    };
    (stop, handle)
}

/// Every moment of the journal, through the public pages.
pub fn all_moments(core: &Core) -> Vec<hechting_core::Moment> {
    let mut out = Vec::new();
    let mut cursor = None;
    loop {
        let page = core
            .moments(&MomentQuery {
                limit: 500,
                cursor,
                ..Default::default()
            })
            .expect("page");
        out.extend(page.items);
        cursor = page.next_cursor;
        if cursor.is_none() {
            return out;
        }
    }
}

/// A journal with one child and `n` moments.
pub fn journal_with(n: u32) -> (TestDb, String) {
    let db = open();
    let kid = db
        .core
        .add_child(
            &child("Noor", Some("2025-01-01"), Some("2025-01-05")),
            date("2025-06-01"),
        )
        .expect("child");
    for i in 0..n {
        let mut m = moment(
            MomentKind::ALL[(i as usize) % 18],
            at("2025-02-01", 8, 0) + i64::from(i) * 3_600_000,
            Some(&format!("moment {i} met oma")),
        );
        m.caregiver = (i % 3 == 0).then(|| "Oma".to_owned());
        db.core.log_moment(&kid.id, &m).expect("log");
    }
    (db, kid.id)
}

/// An export of `kid` with `n` new moments a minute apart from `from` (ms), as the
/// other parent's phone would send it.
pub fn export_with_moments(core: &Core, kid: &str, n: usize, from: i64) -> String {
    let mut doc: serde_json::Value =
        serde_json::from_str(&core.export_json().expect("export")).expect("json");
    let moments: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            let t = from + i as i64 * 60_000;
            serde_json::json!({
                "id": uuid::Uuid::now_v7().to_string(),
                "child_id": kid,
                "kind": "singing",
                "occurred_at_ms": t,
                "utc_offset_min": 60,
                "local_date": "2000-01-01",
                "note": format!("liedje {i}"),
                "duration_min": null,
                "caregiver": null,
                "created_at": t,
                "updated_at": t,
                "deleted_at": null,
            })
        })
        .collect();
    doc["moments"] = serde_json::Value::Array(moments);
    doc.to_string()
}

/// A shipped Fluent file of `tag` as the repository holds it (`app.ftl` is also
/// embedded; `tips.ftl` is compiled into tip tables and read here from the file).
pub fn i18n_file(tag: &str, file: &str) -> Option<&'static str> {
    let path = format!("{}/../i18n/{tag}/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).ok()?;
    Some(Box::leak(text.into_boxed_str()))
}

/// Every row of every table of the journal file, the search index's own tables and
/// the change clock included, read through a connection of its own: what "nothing
/// changed" means.
pub fn snapshot(path: &str) -> Vec<(String, Vec<Vec<rusqlite::types::Value>>)> {
    let conn = rusqlite::Connection::open(path).expect("open");
    let mut names = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
        .expect("prepare");
    let names: Vec<String> = names
        .query_map([], |r| r.get(0))
        .expect("tables")
        .collect::<rusqlite::Result<_>>()
        .expect("names");
    names
        .into_iter()
        .map(|name| {
            let mut stmt = conn
                .prepare(&format!("SELECT * FROM \"{name}\" ORDER BY rowid"))
                .or_else(|_| conn.prepare(&format!("SELECT * FROM \"{name}\"")))
                .expect("select");
            let n = stmt.column_count();
            let rows = stmt
                .query_map([], |r| (0..n).map(|i| r.get(i)).collect())
                .expect("rows")
                .collect::<rusqlite::Result<_>>()
                .expect("values");
            (name, rows)
        })
        .collect()
}
