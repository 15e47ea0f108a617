//! A parent's journey through the `hechting` binary, in Dutch and in Arabic: each step
//! runs the real executable in a temporary home, as a user would.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use hechting_core::Core;
use serde_json::Value;

/// The words the app uses in a language, for checking the output.
fn words(lang: &str) -> Core {
    Core::open(":memory:", &[lang.to_owned()]).expect("an in-memory core")
}

fn ui(core: &Core, id: &str) -> String {
    hechting_core::strip_isolation(&core.ui_string(id, &[]))
}

/// A home of its own, with the language set through the environment as a shell does.
struct Home {
    dir: tempfile::TempDir,
    lang_env: String,
}

struct Run {
    ok: bool,
    stdout: String,
    stderr: String,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", self.stdout))
    }
}

impl Home {
    fn new(lang_env: &str) -> Home {
        Home {
            dir: tempfile::tempdir().expect("temp dir"),
            lang_env: lang_env.to_owned(),
        }
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn db(&self) -> String {
        self.dir
            .path()
            .join("journal.sqlite")
            .to_string_lossy()
            .into_owned()
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_hechting"));
        for var in [
            "LC_ALL",
            "LC_MESSAGES",
            "LANGUAGE",
            "NO_COLOR",
            "HECHTING_DB",
            "COLUMNS",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("LANG", &self.lang_env)
            .env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.data())
            .args(args);
        cmd
    }

    fn run(&self, args: &[&str]) -> Run {
        let out = self.command(args).output().expect("the binary runs");
        Run {
            ok: out.status.success(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// A command on the journey's database, on a fixed date.
    fn on(&self, args: &[&str]) -> Run {
        let db = self.db();
        let mut all = vec!["--db", db.as_str(), "--date", "2025-06-01"];
        all.extend_from_slice(args);
        let run = self.run(&all);
        assert!(run.ok, "hechting {args:?} failed:\n{}", run.stderr);
        run
    }

    /// A command that must fail: one line on stderr, nothing on stdout, no panic.
    fn refused(&self, args: &[&str]) -> String {
        let db = self.db();
        let mut all = vec!["--db", db.as_str(), "--date", "2025-06-01"];
        all.extend_from_slice(args);
        let run = self.run(&all);
        assert!(!run.ok, "hechting {args:?} should fail");
        assert_eq!(run.stdout, "", "no output for {args:?}");
        assert_eq!(
            run.stderr.lines().count(),
            1,
            "one line for {args:?}:\n{}",
            run.stderr
        );
        assert!(run.stderr.starts_with("hechting: "), "{}", run.stderr);
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        run.stderr
    }
}

fn items(v: &Value) -> &Vec<Value> {
    v.as_array().expect("a JSON array")
}

/// The demo on a fresh machine: made in the data dir, the home screen in the user's
/// language, the same demo the second time.
fn demo(home: &Home, core: &Core, name: &str) {
    let run = home.run(&["demo"]);
    assert!(run.ok, "{}", run.stderr);
    for id in ["home-today-tip-title", "home-latest-moments"] {
        assert!(
            run.stdout.contains(&ui(core, id)),
            "{id} in:\n{}",
            run.stdout
        );
    }
    assert!(run.stdout.contains(name), "{}", run.stdout);
    assert!(home.data().join("hechting").join("demo.sqlite").exists());

    let again = home.run(&["demo", "--json"]).json();
    assert_eq!(again["child"]["name"], name);
    assert!(again["tip"]["tip"]["title"]
        .as_str()
        .is_some_and(|t| !t.is_empty()));
    assert!(!items(&again["moments"]).is_empty());
    let demo_db = home.data().join("hechting").join("demo.sqlite");
    let demo_db = demo_db.to_string_lossy();
    let children = home
        .run(&["--db", &demo_db, "child", "list", "--json"])
        .json();
    assert_eq!(
        items(&children).len(),
        1,
        "the demo is reused, not made twice"
    );
    // A hard moment and its repair are in the demo journal.
    let repair = home
        .run(&[
            "--db",
            &demo_db,
            "journal",
            "--kind",
            "hard_moment,repair",
            "--json",
        ])
        .json();
    assert!(items(&repair["items"]).len() >= 2);
}

/// Twins, a moment, search, delete and undo, tips, reading, author views, bad input.
fn journey(home: &Home, core: &Core, note: &str, word: &str) {
    home.on(&["child", "add", "Sam", "--born", "2025-04-20"]);
    home.on(&["child", "add", "Lou", "--born", "2025-04-20"]);
    let twins = home.on(&["child", "list", "--json"]).json();
    assert_eq!(items(&twins).len(), 2);
    assert_eq!(twins[0]["age"]["weeks"], 6);

    // With twins, a moment needs its child.
    home.refused(&["log", "cuddle"]);
    let logged = home
        .on(&[
            "log",
            "skin_to_skin",
            "--child",
            "Sam",
            "--note",
            note,
            "--at",
            "09:30",
            "--duration",
            "20",
            "--json",
        ])
        .json();
    assert_eq!(logged["kind"], "skin_to_skin");
    assert_eq!(logged["local_time"], "09:30");
    assert_eq!(logged["local_date"], "2025-06-01");
    // Field names are the CLI's interface for scripts: never renamed.
    assert_eq!(logged["duration_min"], 20);
    assert!(logged["utc_offset_min"].is_i64(), "{logged}");
    let id = logged["id"].as_str().expect("an id").to_owned();
    home.on(&[
        "log",
        "singing",
        "--child",
        "lou",
        "--at",
        "2025-05-31 20:15",
    ]);

    let found = home.on(&["journal", "--search", word, "--json"]).json();
    assert_eq!(items(&found["items"]).len(), 1);
    assert_eq!(found["items"][0]["id"], id.as_str());
    let text = home.on(&["journal", "--search", word]).stdout;
    assert!(
        text.contains(note) && text.contains(&ui(core, "journal-title")),
        "{text}"
    );
    let all = home.on(&["journal", "--json"]).json();
    assert_eq!(items(&all["items"]).len(), 2);

    home.on(&["delete", &id]);
    let after = home.on(&["journal", "--child", "Sam", "--json"]).json();
    assert!(items(&after["items"]).is_empty());
    let undone = home.on(&["undo"]);
    assert!(
        undone.stdout.contains(&ui(core, "journal-restored")),
        "{}",
        undone.stdout
    );
    let back = home.on(&["journal", "--child", "Sam", "--json"]).json();
    assert_eq!(back["items"][0]["id"], id.as_str());
    home.refused(&["undo"]);

    let today = home.on(&["today"]).stdout;
    assert!(today.contains("Sam") && today.contains("Lou"), "{today}");
    let today = home.on(&["today", "--child", "Lou", "--json"]).json();
    let tip_id = today[0]["tip"]["tip"]["id"]
        .as_str()
        .expect("a tip")
        .to_owned();

    let upcoming = home
        .on(&["upcoming", "--days", "5", "--child", "Lou", "--json"])
        .json();
    assert_eq!(items(&upcoming).len(), 5);
    assert_eq!(
        upcoming[0]["tip"]["id"],
        tip_id.as_str(),
        "today's tip leads the preview"
    );
    home.refused(&["upcoming", "--days", "0", "--child", "Lou"]);

    home.on(&["tip", "fav", "--child", "Lou"]);
    let tried = home
        .on(&["tip", "tried", &tip_id, "--child", "Lou", "--json"])
        .json();
    assert_eq!(tried["feedback"]["tried"], true);
    assert_eq!(tried["feedback"]["favourite"], true);
    let favourites = home.on(&["favourites", "--child", "Lou", "--json"]).json();
    assert_eq!(favourites[0]["id"], tip_id.as_str());
    assert!(home
        .on(&["favourites", "--child", "Lou"])
        .stdout
        .contains(&ui(core, "tips-favourites-title")));
    home.on(&["tip", "unfav", &tip_id, "--child", "Lou"]);
    assert!(items(&home.on(&["favourites", "--child", "Lou", "--json"]).json()).is_empty());
    home.on(&["tip", "not-for-me", &tip_id, "--child", "Lou"]);
    home.on(&["tip", "undo-not-for-me", &tip_id, "--child", "Lou"]);
    home.refused(&["tip", "tried", "no-such-tip", "--child", "Lou"]);
    let history = home.on(&["history", "--child", "Lou", "--json"]).json();
    assert_eq!(history[0]["tip"]["id"], tip_id.as_str());

    let list = home.on(&["read", "--json"]).json();
    let first = list[0]["id"].as_str().expect("an article").to_owned();
    assert!(list[0]["minutes"].as_u64().is_some_and(|m| m > 0));
    let article = home.on(&["read", &first, "--width", "60"]).stdout;
    let title = list[0]["title"].as_str().expect("a title");
    let first_line = article.lines().next().unwrap_or_default();
    assert!(
        !first_line.is_empty() && title.starts_with(first_line),
        "{article}"
    );
    let fits = |l: &str| unicode_width::UnicodeWidthStr::width(l) <= 60 || !l.trim().contains(' ');
    assert!(article.lines().all(fits), "{article}");
    assert!(
        !article.contains('\x1b'),
        "no styles when not on a terminal"
    );
    let by_number = home.on(&["read", "1", "--json"]).json();
    assert_eq!(by_number["id"], first.as_str());
    assert!(!items(&by_number["blocks"]).is_empty());
    home.refused(&["read", "no-such-article"]);

    let preview = home.on(&["preview", "--age", "10w", "--lang", "tr"]);
    assert!(preview.stdout.contains('▶'), "{}", preview.stdout);
    let preview = home
        .on(&["preview", "--age", "10w", "--lang", "tr", "--json"])
        .json();
    assert_eq!(preview["age_days"], 70);
    assert_eq!(preview["locale"], "tr");
    let candidates = items(&preview["candidates"]);
    assert!(!candidates.is_empty());
    assert_eq!(candidates[0]["first"], true);
    assert!(candidates[1..].iter().all(|c| c["first"] == false));
    assert!(candidates
        .iter()
        .all(|c| c["from_day"].as_i64() <= Some(70)));
    let before_birth = home.on(&["preview", "--age", "-30", "--json"]).json();
    assert_eq!(before_birth["phase"], "expecting");

    let coverage = home.on(&["coverage"]).stdout;
    assert!(
        coverage.contains("Türkçe") && coverage.contains("العربية"),
        "{coverage}"
    );
    let coverage = home.on(&["coverage", "--json"]).json();
    assert_eq!(items(&coverage["months"]).len(), 29);
    let nl = &coverage["locales"][0];
    assert_eq!(nl["tag"], "nl");
    assert_eq!(nl["tips"]["present"], nl["tips"]["total"]);

    let locales = home.on(&["locales", "--json"]).json();
    let current: Vec<&Value> = items(&locales)
        .iter()
        .filter(|l| l["current"] == true)
        .collect();
    assert_eq!(current.len(), 1);
    assert_eq!(current[0]["tag"], core.locale_info().locale.as_str());
    assert!(items(&locales)
        .iter()
        .any(|l| l["tag"] == "ar" && l["direction"] == "rtl"));

    // Bad input: one line in the user's language, naming what to fix.
    let empty = home.refused(&["child", "add", "", "--born", "2025-04-20"]);
    assert!(empty.contains(&ui(core, "error-name-empty")), "{empty}");
    let kind = home.refused(&["log", "juggling", "--child", "Sam"]);
    assert!(kind.contains(&ui(core, "error-kind-unknown")), "{kind}");
    let date = home.refused(&["today", "--date", "2023-02-29"]);
    assert!(
        date.contains(&ui(core, "error-date-invalid")) && date.contains("--date"),
        "{date}"
    );
    home.refused(&["child", "add", "Kim", "--born", "2023-02-29"]);
    home.refused(&[
        "log",
        "cuddle",
        "--child",
        "Sam",
        "--at",
        "2023-02-29 10:00",
    ]);
    home.refused(&["log", "cuddle", "--child", "Nobody"]);
    home.refused(&["delete", "not-an-id"]);
    home.refused(&["preview", "--age", "ten weeks"]);
    home.refused(&["journal", "--from", "2025-06-02", "--to", "2025-06-01"]);
    home.refused(&["--lang", "xx", "locales"]);
}

/// Export and import the journal: a new database gets every row once.
fn export_import(home: &Home) {
    let file = home.dir.path().join("export.json");
    let file = file.to_string_lossy();
    home.on(&["export", &file]);
    let fresh = home.dir.path().join("fresh.sqlite");
    let fresh = fresh.to_string_lossy();
    let import = |args: &[&str]| {
        let mut all = vec!["--db", &*fresh, "import", &*file];
        all.extend_from_slice(args);
        home.run(&all)
    };
    let first = import(&["--json"]);
    assert!(first.ok, "{}", first.stderr);
    assert!(first.json()["added"].as_u64().is_some_and(|n| n >= 4));
    let second = import(&["--json"]).json();
    assert_eq!(second["added"], 0);
    let children = home
        .run(&["--db", &fresh, "child", "list", "--json"])
        .json();
    assert_eq!(items(&children).len(), 2);
    let missing = home.run(&["--db", &fresh, "import", "/no/such/file.json"]);
    assert!(!missing.ok && missing.stderr.lines().count() == 1);
}

#[test]
fn dutch_journey() {
    let home = Home::new("nl_NL.UTF-8");
    let core = words("nl");
    demo(&home, &core, "Noor");
    journey(&home, &core, "Samen op de bank, heerlijk warm", "bank");
    export_import(&home);
}

#[test]
fn arabic_journey() {
    let home = Home::new("ar_MA.UTF-8");
    let core = words("ar");
    assert_eq!(core.locale_info().locale, "ar");
    demo(&home, &core, "نور");
    // Right-to-left text is printed in logical order, as typed.
    journey(&home, &core, "حضن دافئ على الأريكة", "دافئ");
    let run = home.on(&["--lang", "ar", "journal", "--search", "الأريكة"]);
    assert!(run.stdout.contains("حضن دافئ على الأريكة"), "{}", run.stdout);
    export_import(&home);
}

/// Two phones, one journal: `share` on one, `receive` on the other, and back; the
/// pairing code from `--code` once, then from the journal or the environment.
#[test]
fn two_phones_share_and_receive() {
    let home = Home::new("en_GB.UTF-8");
    let dir = home.dir.path();
    let path = |name: &str| dir.join(name).to_string_lossy().into_owned();
    let (a, b, c) = (path("a.sqlite"), path("b.sqlite"), path("c.sqlite"));
    let (to_b, to_a) = (path("to-b.hechting"), path("to-a.hechting"));
    let ok = |args: &[&str]| {
        let run = home.run(args);
        assert!(run.ok, "hechting {args:?} failed:\n{}", run.stderr);
        run
    };
    ok(&["--db", &a, "child", "add", "Noor", "--born", "2025-03-01"]);
    ok(&["--db", &a, "log", "cuddle", "--note", "op de bank"]);
    let shared = ok(&[
        "--db",
        &a,
        "share",
        "--out",
        &to_b,
        "--code",
        "Appel Boom 17",
        "--json",
    ]);
    assert!(shared.json()["bytes"]
        .as_u64()
        .is_some_and(|n| n > 0 && n < 2048));

    let mut receive = home.command(&["--db", &b, "receive", &to_b, "--json"]);
    let out = receive
        .env("HECHTING_PAIRING_CODE", "appel boom 17")
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(got["added"], 2, "the child and its moment");
    // The code is kept: b logs and shares back without it.
    ok(&["--db", &b, "log", "singing", "--note", "liedje"]);
    ok(&["--db", &b, "share", "--out", &to_a]);
    let back = ok(&["--db", &a, "receive", &to_a, "--json"]).json();
    assert_eq!(back["added"], 1);
    let twice = ok(&["--db", &a, "receive", &to_a, "--json"]).json();
    assert_eq!(
        (twice["added"].as_u64(), twice["updated"].as_u64()),
        (Some(0), Some(0))
    );
    let journal = ok(&["--db", &a, "journal", "--json"]).json();
    assert_eq!(items(&journal["items"]).len(), 2, "{journal}");

    // Another code: refused in one line, exit 2, nothing changed.
    let before = ok(&["--db", &c, "journal", "--json"]).stdout;
    let wrong = home.run(&["--db", &c, "receive", &to_b, "--code", "een andere code"]);
    assert!(!wrong.ok && wrong.stdout.is_empty());
    assert_eq!(wrong.stderr.lines().count(), 1, "{}", wrong.stderr);
    assert!(wrong.stderr.contains("pairing code"), "{}", wrong.stderr);
    assert_eq!(ok(&["--db", &c, "journal", "--json"]).stdout, before);
}

#[test]
fn help_and_version_work_without_a_database() {
    let home = Home::new("C.UTF-8");
    assert!(home.run(&["--help"]).ok);
    assert!(home.run(&["--version"]).ok);
    assert!(!Path::new(&home.db()).exists());
    // Views that need no journal make no files.
    assert!(home.run(&["locales"]).ok);
    assert!(home.run(&["preview", "--age", "4m"]).ok);
    assert!(!home.data().exists());
}
