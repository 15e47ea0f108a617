//! Never lose a memory: crashes (SIGKILL) and real processes and threads at once.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use hechting_core::{ApiError, Core, MomentKind, MomentQuery};
use rusqlite::Connection;

/// Run as a child process by the tests below: logs moments until killed, printing
/// each id and note after `log_moment` returned.
#[test]
#[ignore = "started by crash_safety and two_processes_and_eight_threads"]
fn worker_process() {
    let Ok(path) = std::env::var("HECHTING_WORKER_DB") else {
        return;
    };
    let core = Core::open(&path, &[]).expect("open");
    let kid = core.children().expect("children")[0].id.clone();
    let tag = std::env::var("HECHTING_WORKER_TAG").unwrap_or_default();
    let stdout = std::io::stdout();
    for i in 0.. {
        let note = format!("{tag} moment {i} ✓");
        let m = core
            .log_moment(
                &kid,
                &moment(
                    MomentKind::Cuddle,
                    at("2025-02-01", 0, 0) + i * 1_000,
                    Some(&note),
                ),
            )
            .expect("log");
        let mut out = stdout.lock();
        let _ = writeln!(out, "{}\t{}", m.id, note);
        let _ = out.flush();
        if std::env::var("HECHTING_WORKER_FOR_MS")
            .ok()
            .and_then(|s| s.parse::<u64>().ok())
            .is_some_and(|ms| i as u64 * 2 > ms)
        {
            break;
        }
    }
}

fn spawn_worker(path: &str, tag: &str, for_ms: Option<u64>) -> std::process::Child {
    let mut cmd = Command::new(std::env::current_exe().expect("test binary"));
    cmd.args([
        "--exact",
        "worker_process",
        "--ignored",
        "--nocapture",
        "--test-threads=1",
    ])
    .env("HECHTING_WORKER_DB", path)
    .env("HECHTING_WORKER_TAG", tag)
    .stdout(Stdio::piped())
    .stderr(Stdio::null());
    if let Some(ms) = for_ms {
        cmd.env("HECHTING_WORKER_FOR_MS", ms.to_string());
    }
    cmd.spawn().expect("spawn worker")
}

#[test]
fn crash_safety_under_sigkill() {
    let (db, _) = journal_with(1);
    let path = db.path();
    drop(db.core);
    let mut confirmed: Vec<(String, String)> = Vec::new();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let kills = 50;
    for round in 0..kills {
        let mut child = spawn_worker(&path, &format!("r{round}"), None);
        let stdout = child.stdout.take().expect("stdout");
        let lines = Arc::new(Mutex::new(Vec::new()));
        let (first, wrote) = std::sync::mpsc::channel();
        let reader = {
            let lines = lines.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                    if line.contains('\t') {
                        let _ = first.send(());
                    }
                    lines.lock().expect("lines").push(line);
                }
            })
        };
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        // The kill comes at a random moment after the worker's first write, so that
        // it lands mid-write whatever the speed (natively or under emulation).
        let _ = wrote.recv_timeout(Duration::from_secs(120));
        std::thread::sleep(Duration::from_millis(seed % 120));
        child.kill().expect("SIGKILL");
        let _ = child.wait();
        reader.join().expect("reader");
        for line in lines.lock().expect("lines").iter() {
            if let Some((id, note)) = line.split_once('\t') {
                // The test harness may print its own words before the first id.
                let id = id.rsplit(' ').next().unwrap_or(id);
                confirmed.push((id.to_owned(), note.to_owned()));
            }
        }
        let conn = Connection::open(&path).expect("open after kill");
        let ok: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .expect("check");
        assert_eq!(ok, "ok", "round {round}");
    }
    let core = Core::open(&path, &[]).expect("open");
    for (id, note) in &confirmed {
        let m = core
            .moment(id)
            .unwrap_or_else(|e| panic!("moment {id} lost: {e:?}"));
        assert_eq!(m.note.as_deref(), Some(note.as_str()));
    }
    assert!(confirmed.len() > kills, "the workers got to write");
    println!(
        "{kills} kills survived, {} confirmed moments all present",
        confirmed.len()
    );
}

#[test]
fn two_processes_and_eight_threads_for_ten_seconds() {
    let (db, kid) = journal_with(1);
    let path = db.path();
    let core = Arc::new(db.core);
    let run = Duration::from_secs(10);
    let mut children: Vec<_> = (0..2)
        .map(|p| spawn_worker(&path, &format!("p{p}"), Some(run.as_millis() as u64)))
        .collect();
    let start = Instant::now();
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let core = core.clone();
            let kid = kid.clone();
            std::thread::spawn(move || {
                let mut ids = Vec::new();
                let mut i = 0i64;
                while start.elapsed() < run {
                    if t % 2 == 0 {
                        let m = core
                            .log_moment(
                                &kid,
                                &moment(
                                    MomentKind::Play,
                                    at("2025-03-01", 0, 0) + (t * 1_000_000 + i) * 1_000,
                                    Some("samen"),
                                ),
                            )
                            .expect("no error may reach the caller");
                        ids.push(m.id);
                    } else {
                        core.moments(&MomentQuery {
                            child_id: Some(kid.clone()),
                            limit: 50,
                            ..Default::default()
                        })
                        .expect("read");
                        core.moments(&MomentQuery {
                            text: Some("samen".into()),
                            limit: 50,
                            ..Default::default()
                        })
                        .expect("search");
                    }
                    i += 1;
                }
                ids
            })
        })
        .collect();
    let mut ours = Vec::new();
    for t in threads {
        ours.extend(t.join().expect("thread"));
    }
    let mut theirs = Vec::new();
    for child in &mut children {
        let mut out = String::new();
        std::io::Read::read_to_string(child.stdout.as_mut().expect("stdout"), &mut out)
            .expect("read");
        let status = child.wait().expect("wait");
        assert!(
            status.success(),
            "a worker process failed: database is locked?"
        );
        theirs.extend(out.lines().filter_map(|l| {
            l.split_once('\t')
                .and_then(|(id, _)| id.rsplit(' ').next())
                .map(str::to_owned)
        }));
    }
    for id in ours.iter().chain(&theirs) {
        core.moment(id).expect("no moment lost");
    }
    println!(
        "{} moments by 4 threads, {} by 2 processes, none lost",
        ours.len(),
        theirs.len()
    );
}

#[test]
fn interrupt_cancels_a_long_search_and_leaves_the_file_whole() {
    let (db, kid) = journal_with(1);
    let path = db.path();
    drop(db.core);
    fill(&path, &kid, 60_000);
    let core = Arc::new(Core::open(&path, &[]).expect("open"));
    let (stop, interrupter) = common::keep_interrupting(&core, Duration::from_micros(200));
    let mut interrupted = 0;
    for _ in 0..20 {
        // A search no index helps with: every moment's note is scanned for "zzz".
        match core.export_json() {
            Err(ApiError::Interrupted) => interrupted += 1,
            Err(e) => panic!("{e:?}"),
            Ok(_) => {}
        }
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    interrupter.join().expect("join");
    assert!(interrupted > 0, "interrupt() cancelled nothing");
    assert_eq!(all_moments(&core).len(), 60_001);
    let ok: String = Connection::open(&path)
        .expect("open")
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("check");
    assert_eq!(ok, "ok");
}

/// Adds `n` moments with notes straight into the file, one second apart.
fn fill(path: &str, kid: &str, n: i64) {
    let conn = Connection::open(path).expect("open");
    hechting_core::testing::register_functions(&conn).expect("functions");
    conn.execute_batch("BEGIN").expect("begin");
    for i in 0..n {
        let t = at("2024-01-01", 0, 0) + i * 1_000;
        conn.execute(
            "INSERT INTO moments (seq, id, child_id, kind, occurred_at, utc_offset_min, local_date, note, created_at, updated_at)
             VALUES (?1, ?2, ?3, 'cuddle', ?4, 60, '2024-01-01', 'lang verhaal over knuffelen en zingen', ?4, ?4)",
            rusqlite::params![t * 1000, uuid::Uuid::now_v7().to_string(), kid, t],
        )
        .expect("insert");
    }
    conn.execute_batch("COMMIT").expect("commit");
}

/// Reads run on their own connection: a long one does not hold up logging a moment.
/// With one connection for both, a moment logged while the read runs would wait for
/// its end.
#[test]
fn a_long_read_does_not_hold_up_logging_a_moment() {
    let (db, kid) = journal_with(20);
    let core = Arc::new(db.core);
    let read_for = Duration::from_millis(1_500);
    let reader = {
        let core = Arc::clone(&core);
        std::thread::spawn(move || {
            let start = Instant::now();
            let n = hechting_core::testing::long_read(&core, read_for).expect("read");
            (n, start, Instant::now())
        })
    };
    // Give the read time to begin, then log while it runs.
    std::thread::sleep(Duration::from_millis(200));
    let mut logged = Vec::new();
    for i in 0..5 {
        let start = Instant::now();
        core.log_moment(
            &kid,
            &moment(
                MomentKind::Singing,
                at("2025-03-01", 9, 0) + i * 60_000,
                Some("liedje"),
            ),
        )
        .expect("log");
        logged.push((start, Instant::now()));
    }
    let (n, read_start, read_end) = reader.join().expect("reader");
    assert_eq!(n, 20, "the read saw the journal as it was when it began");
    let during = logged
        .iter()
        .filter(|(s, e)| *s > read_start && *e < read_end)
        .count();
    assert_eq!(during, 5, "every moment was logged while the read ran");
    assert_eq!(all_moments(&core).len(), 25);
}
