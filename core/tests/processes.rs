//! Several processes on one journal, as on a phone (the app beside a widget or an
//! extension) and in the shell (one process per command): two processes log moments,
//! each opening the journal anew for every moment, while a third imports a
//! 30,000-moment file again and again; halfway the date changes, so the daily check
//! and backup run while the others write. Nothing may be judged damaged, nothing moved
//! aside, and every moment a process was told was saved must be there.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{at, child, date, export_with_moments, moment};
use hechting_core::{Core, MomentKind, OpenOutcome};

const RUN: Duration = Duration::from_secs(60);
const IMPORTED: usize = 30_000;

fn role_env() -> Option<(String, String, String)> {
    Some((
        std::env::var("HECHTING_ROLE").ok()?,
        std::env::var("HECHTING_ROLE_DB").ok()?,
        std::env::var("HECHTING_ROLE_FILE").unwrap_or_default(),
    ))
}

/// One process of the test; the test starts three of them.
#[test]
#[ignore = "started by three_processes_for_a_minute"]
fn role_process() {
    let Some((role, path, file)) = role_env() else {
        return;
    };
    let start = Instant::now();
    let mut shifted = false;
    let mut i: i64 = 0;
    while start.elapsed() < RUN {
        if !shifted && start.elapsed() >= RUN / 2 {
            // Midnight passes: the next open runs the daily check and backup.
            hechting_core::testing::shift_clock_days(1);
            shifted = true;
        }
        let core = Core::open(&path, &[]).expect("open");
        assert_eq!(core.open_outcome(), OpenOutcome::Normal, "a recovery ran");
        let kid = core.children().expect("children")[0].id.clone();
        if role == "import" {
            let json = std::fs::read_to_string(&file).expect("read the export");
            core.import_json(&json).expect("import");
            println!("imported");
        } else {
            let note = format!("{role} {i}");
            let m = core
                .log_moment(
                    &kid,
                    &moment(
                        MomentKind::Cuddle,
                        at("2025-03-01", 0, 0) + i * 1_000,
                        Some(&note),
                    ),
                )
                .expect("log");
            let day = date("2025-03-01") + chrono::Days::new((i % 40) as u64);
            core.tip_for_day(&kid, day).expect("tip");
            println!("{}", m.id);
        }
        i += 1;
    }
}

fn spawn(role: &str, path: &str, file: &str) -> std::process::Child {
    Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "--exact",
            "role_process",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("HECHTING_ROLE", role)
        .env("HECHTING_ROLE_DB", path)
        .env("HECHTING_ROLE_FILE", file)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn")
}

#[test]
fn three_processes_for_a_minute() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir
        .path()
        .join("journal.sqlite")
        .to_string_lossy()
        .into_owned();
    let file = dir
        .path()
        .join("other-phone.json")
        .to_string_lossy()
        .into_owned();
    {
        let core = Core::open(&path, &[]).expect("open");
        let kid = core
            .add_child(&child("Noor", Some("2025-01-10"), None), date("2025-03-01"))
            .expect("child");
        std::fs::write(
            &file,
            export_with_moments(&core, &kid.id, IMPORTED, at("2024-06-01", 0, 0)),
        )
        .expect("write export");
    }
    let mut workers: Vec<(String, std::process::Child)> = ["log-a", "log-b", "import"]
        .iter()
        .map(|r| (r.to_string(), spawn(r, &path, &file)))
        .collect();
    let readers: Vec<_> = workers
        .iter_mut()
        .map(|(role, c)| {
            let out = c.stdout.take().expect("stdout");
            let role = role.clone();
            std::thread::spawn(move || {
                let lines: Vec<String> =
                    BufReader::new(out).lines().map_while(Result::ok).collect();
                (role, lines)
            })
        })
        .collect();
    for (role, mut c) in workers {
        let status = c.wait().expect("wait");
        assert!(status.success(), "{role} failed: {status}");
    }
    let mut acked = Vec::new();
    let mut imports = 0;
    for r in readers {
        let (role, lines) = r.join().expect("reader");
        for line in lines {
            // The test harness prints its own words around ours.
            let word = line.rsplit(' ').next().unwrap_or(&line).to_owned();
            if role == "import" && word == "imported" {
                imports += 1;
            } else if uuid::Uuid::try_parse(&word).is_ok() {
                acked.push(word);
            }
        }
    }
    for entry in std::fs::read_dir(dir.path()).expect("dir") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        assert!(
            !name.contains(".damaged-") && !name.contains(".before-restore-"),
            "a file was moved aside: {name}"
        );
    }
    let core = Core::open(&path, &[]).expect("open");
    assert_eq!(core.open_outcome(), OpenOutcome::Normal);
    for id in &acked {
        core.moment(id)
            .unwrap_or_else(|e| panic!("acknowledged moment {id} lost: {e:?}"));
    }
    let conn = rusqlite::Connection::open(&path).expect("open");
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("check");
    assert_eq!(ok, "ok");
    let stored: i64 = conn
        .query_row("SELECT count(*) FROM moments", [], |r| r.get(0))
        .expect("count");
    assert_eq!(stored as usize, IMPORTED + acked.len());
    assert!(
        imports >= 2,
        "the importer imported and reopened: {imports}"
    );
    assert!(
        acked.len() > 100,
        "the loggers got to write: {}",
        acked.len()
    );
    let backups = core.backups().expect("backups");
    assert_eq!(backups.len(), 2, "a backup on each day: {backups:?}");
    println!(
        "3 processes for {}s: {} moments acknowledged and present, {imports} imports of {IMPORTED}, no recovery",
        RUN.as_secs(),
        acked.len()
    );
}
