//! Nothing leaves the phone and nothing a parent wrote reaches a log: no network crates, no user text in errors or logs.

mod common;

use std::process::Command;
use std::sync::Mutex;

use common::*;
use hechting_core::{MomentKind, MomentQuery};

#[test]
fn no_network_crates_in_the_dependency_tree() {
    let out = Command::new(env!("CARGO"))
        .args([
            "tree",
            "--workspace",
            "--prefix",
            "none",
            "-e",
            "normal,build",
            "--offline",
        ])
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .output()
        .expect("cargo tree");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8_lossy(&out.stdout);
    let banned = [
        "reqwest",
        "hyper",
        "ureq",
        "curl",
        "native-tls",
        "rustls",
        "openssl",
        "tokio",
        "async-std",
        "h2",
        "isahc",
        "surf",
        "attohttpc",
        "socket2",
    ];
    for line in tree.lines() {
        let name = line.split_whitespace().next().unwrap_or("");
        assert!(!banned.contains(&name), "network crate in the tree: {line}");
    }
    assert!(tree.lines().count() > 20, "cargo tree printed the tree");
}

struct Capture(Mutex<Vec<String>>);

impl log::Log for Capture {
    fn enabled(&self, _: &log::Metadata) -> bool {
        true
    }
    fn log(&self, record: &log::Record) {
        self.0.lock().expect("log").push(record.args().to_string());
    }
    fn flush(&self) {}
}

#[test]
fn no_name_or_note_in_any_error_or_log_line() {
    static CAPTURE: Capture = Capture(Mutex::new(Vec::new()));
    let _ = log::set_logger(&CAPTURE);
    log::set_max_level(log::LevelFilter::Trace);
    let secret = "Geheimpje";
    let db = open();
    let core = &db.core;
    let mut errors = Vec::new();
    let kid = core
        .add_child(&child(secret, Some("2025-01-01"), None), date("2025-02-01"))
        .expect("child");
    errors.extend(
        core.add_child(
            &child(&format!("{secret}\u{202E}"), Some("2025-01-01"), None),
            date("2025-02-01"),
        )
        .err(),
    );
    errors.extend(
        core.add_child(
            &child(&secret.repeat(20), Some("2025-01-01"), None),
            date("2025-02-01"),
        )
        .err(),
    );
    errors.extend(
        core.log_moment(
            &kid.id,
            &moment(
                MomentKind::Cuddle,
                at("2025-01-05", 9, 0),
                Some(&secret.repeat(500)),
            ),
        )
        .err(),
    );
    errors.extend(
        core.log_moment(&kid.id, &moment(MomentKind::Cuddle, 5, Some(secret)))
            .err(),
    );
    errors.extend(
        core.import_json(&format!(
            "{{\"format\":1,\"children\":[{{\"name\":\"{secret}\"}}]}}"
        ))
        .err(),
    );
    errors.extend(
        core.import_json(&format!("{{\"format\":1,\"children\":\"{secret}\"}}"))
            .err(),
    );
    errors.extend(core.import_json(&format!("[\"{secret}")).err());
    let m = core
        .log_moment(
            &kid.id,
            &moment(MomentKind::Cuddle, at("2025-01-05", 9, 0), Some(secret)),
        )
        .expect("log");
    // A search that reaches the note text (and finds the moment), and one whose
    // cursor is the secret.
    let found = core
        .moments(&MomentQuery {
            child_id: Some(kid.id.clone()),
            text: Some(format!("\"{secret}\" (*")),
            limit: 50,
            ..Default::default()
        })
        .expect("search");
    assert_eq!(found.items.len(), 1, "the search ran on the notes");
    errors.extend(
        core.moments(&MomentQuery {
            text: Some(secret.into()),
            cursor: Some(secret.into()),
            limit: 50,
            ..Default::default()
        })
        .err(),
    );
    core.delete_moment(&m.id).expect("delete");
    assert!(errors.len() >= 8);
    for e in &errors {
        assert!(
            !format!("{e} {e:?}").contains(secret),
            "user text in an error: {e:?}"
        );
    }
    for line in CAPTURE.0.lock().expect("log").iter() {
        assert!(!line.contains(secret), "user text in a log line: {line}");
    }
}
