//! What an app does to show its home screen, and nothing else: open the journal, the
//! child's age, today's tip, the newest five moments, every UI string. Prints a short
//! summary and this process's peak resident memory (`VmHWM`), for the memory benchmark.
//!
//! ```text
//! cargo run --release -p hechting-core --example home_screen -- <db> [YYYY-MM-DD] [locale]
//! ```

use hechting_core::{Core, MomentQuery};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(db) = args.next() else {
        eprintln!("usage: home_screen <db> [YYYY-MM-DD] [locale]");
        std::process::exit(2);
    };
    let today = match args.next() {
        Some(d) => d.parse().expect("date as YYYY-MM-DD"),
        None => chrono::Local::now().date_naive(),
    };
    let locale = args.next().unwrap_or_else(|| "nl-NL".into());

    let core = Core::open(&db, &[locale]).expect("open the journal");
    let ui = core.ui_strings();
    let Some(child) = core.children().expect("children").into_iter().next() else {
        println!(
            "{}",
            ui.get("home-no-child").map_or("no child", String::as_str)
        );
        return;
    };
    let age = core.age(&child.id, today).expect("age");
    let tip = core.tip_for_day(&child.id, today).expect("tip");
    let latest = core
        .moments(&MomentQuery {
            child_id: Some(child.id.clone()),
            limit: 5,
            ..MomentQuery::default()
        })
        .expect("moments");
    println!(
        "{}, {}: {} | {} newest moments | {} UI strings",
        child.name,
        age.label,
        tip.map_or_else(|| "-".into(), |t| t.tip.title),
        latest.items.len(),
        ui.len()
    );
    if let Ok(status) = std::fs::read_to_string("/proc/self/status") {
        if let Some(line) = status.lines().find(|l| l.starts_with("VmHWM:")) {
            println!("{line}");
        }
    }
}
