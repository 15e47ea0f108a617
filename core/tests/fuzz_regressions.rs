//! Replays every fuzz input kept in the repository through the checks of the fuzz
//! targets, on stable, in the normal `cargo test`: the minimized corpora in
//! `fuzz/corpus/<target>/`, crashes still lying in `fuzz/artifacts/<target>/`, and the
//! crashes kept for good in `core/tests/fuzz_regressions/<target>/`.

#[path = "../../fuzz/src/lib.rs"]
mod checks;

use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use checks::{check_bundle, check_import, check_search, BundleState, ImportState, SearchState};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("core/ lives in the workspace")
        .to_path_buf()
}

/// Every file kept for a target, sorted, with whether it came from a corpus.
fn inputs(target: &str) -> Vec<PathBuf> {
    let root = root();
    let dirs = [
        root.join("fuzz/corpus").join(target),
        root.join("fuzz/artifacts").join(target),
        root.join("core/tests/fuzz_regressions").join(target),
    ];
    let mut files = Vec::new();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let hidden = path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'));
            if path.is_file() && !hidden {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Runs `check` on every input, collecting every failure rather than stopping at the
/// first, and fails naming each failing file.
fn replay(target: &str, mut check: impl FnMut(&[u8])) -> usize {
    let files = inputs(target);
    let mut failures = Vec::new();
    let hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    for path in &files {
        let data = std::fs::read(path).expect("read fuzz input");
        if let Err(e) = panic::catch_unwind(AssertUnwindSafe(|| check(&data))) {
            let why = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            failures.push(format!("{}: {why}", path.display()));
        }
    }
    panic::set_hook(hook);
    assert!(
        failures.is_empty(),
        "{} of {} {target} inputs fail:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
    files.len()
}

#[test]
fn import_inputs_replay_cleanly() {
    // A fresh database per input, as when libFuzzer reruns a crash on its own.
    let n = replay("import", |data| check_import(&mut ImportState::new(), data));
    assert!(n > 0, "no import corpus found");
}

#[test]
fn bundle_inputs_replay_cleanly() {
    let mut state = BundleState::new();
    let mut accepted = 0;
    let n = replay("bundle", |data| {
        accepted += usize::from(check_bundle(&mut state, data));
    });
    assert!(n > 0, "no bundle corpus found");
    assert!(accepted > 0, "no bundle of the corpus reaches the merge");
}

#[test]
fn search_inputs_replay_cleanly() {
    let state = SearchState::new();
    let n = replay("search", |data| check_search(&state, data));
    assert!(n > 0, "no search corpus found");
}

/// A real export of a child, three moments, a tip delivered and kept, and two
/// settings: the import target's baseline and seed.
fn real_export() -> String {
    use hechting_core::{ChildInput, Core, Feedback, MomentInput, MomentKind, Theme};
    let day = |s: &str| hechting_core::age::parse_date("date", s).expect("date");
    let core = Core::open(":memory:", &[]).expect("open");
    let kid = core
        .add_child(
            &ChildInput {
                name: "Noor".into(),
                birth_date: Some(day("2025-01-01")),
                due_date: Some(day("2025-01-05")),
            },
            day("2025-06-01"),
        )
        .expect("child");
    let moments = [
        (
            MomentKind::Cuddle,
            Some("Lang geknuffeld na het badje"),
            None,
        ),
        (MomentKind::SkinToSkin, Some("حضن دافئ قبل النوم"), Some(20)),
        (MomentKind::HardMoment, None, None),
    ];
    for (i, (kind, note, duration_minutes)) in moments.into_iter().enumerate() {
        core.log_moment(
            &kid.id,
            &MomentInput {
                kind,
                occurred_at: hechting_core::Timestamp(1_741_953_600_000 + i as i64 * 3_600_000),
                utc_offset_minutes: 60,
                note: note.map(str::to_owned),
                duration_minutes,
                caregiver: (i == 1).then(|| "Papa".to_owned()),
            },
        )
        .expect("moment");
    }
    let tip = core
        .tip_for_day(&kid.id, day("2025-03-14"))
        .expect("tip")
        .expect("a tip for a 10-week-old");
    core.tip_feedback(&kid.id, &tip.tip.id, Feedback::Favourite)
        .expect("feedback");
    core.set_language(Some("nl")).expect("language");
    core.set_theme_enabled(Theme::ALL[0], false).expect("theme");
    core.export_json().expect("export")
}

/// The baseline still has the shape of what this build exports. To write a fresh one
/// (when the export format changes):
/// `HECHTING_WRITE_FUZZ_SEED=1 cargo test -p hechting-core --test fuzz_regressions baseline`
#[test]
fn baseline_is_a_current_export() {
    let json = real_export();
    if std::env::var_os("HECHTING_WRITE_FUZZ_SEED").is_some() {
        for path in [
            "fuzz/src/baseline_export.json",
            "fuzz/corpus/import/real-export.json",
        ] {
            std::fs::write(root().join(path), &json).expect("write seed");
        }
    }
    let shape = |json: &str| {
        let d = hechting_core::backup::parse(json).expect("an export parses");
        [
            d.children.len(),
            d.moments.len(),
            d.tip_deliveries.len(),
            d.tip_feedback.len(),
            d.settings.len(),
        ]
    };
    assert_eq!(shape(checks::BASELINE_EXPORT), shape(&json));
    let seed = std::fs::read_to_string(root().join("fuzz/corpus/import/real-export.json"))
        .expect("the seed export is kept in the corpus");
    assert_eq!(
        seed,
        checks::BASELINE_EXPORT,
        "corpus seed and baseline differ"
    );
}
