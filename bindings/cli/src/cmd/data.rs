//! `export` and `import`: everything as one JSON file (`-` for stdout/stdin). On a
//! terminal, a long export shows a spinner and a large import its progress on stderr.

use std::io::{IsTerminal, Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use hechting_core::{ApiError, Arg, ImportReport};
use serde::Serialize;

use crate::ctx::Ctx;
use crate::error::{CliError, CliResult};
use crate::text::clean;

/// Imports of fewer rows finish too fast to need a progress line.
const PROGRESS_MIN_ROWS: u64 = 500;
/// A spinner only for work that takes longer than this.
const SPINNER_AFTER: Duration = Duration::from_millis(400);
const SPINNER: [char; 10] = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

pub(crate) fn file_error(path: &Path, e: &std::io::Error) -> CliError {
    CliError::File {
        path: path.display().to_string(),
        reason: e.to_string(),
    }
}

fn is_stdio(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Runs `work`, with a spinner and `label` on stderr while it takes long (terminal only).
fn with_spinner<T>(label: &str, work: impl FnOnce() -> T) -> T {
    if !std::io::stderr().is_terminal() {
        return work();
    }
    let done = AtomicBool::new(false);
    std::thread::scope(|s| {
        s.spawn(|| {
            let start = Instant::now();
            let mut shown = false;
            let mut frame = 0;
            while !done.load(Ordering::Relaxed) {
                if start.elapsed() >= SPINNER_AFTER {
                    let spin = SPINNER[frame % SPINNER.len()];
                    eprint!("\r{spin} {label} {}s", start.elapsed().as_secs());
                    let _ = std::io::stderr().flush();
                    shown = true;
                    frame += 1;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            if shown {
                eprint!("\r\x1b[K");
            }
        });
        let out = work();
        done.store(true, Ordering::Relaxed);
        out
    })
}

#[derive(Serialize)]
struct ExportJson {
    file: String,
    bytes: u64,
}

/// `hechting export <file>`
pub fn export(ctx: &mut Ctx, file: &Path) -> CliResult<()> {
    let label = ctx.t("settings-export");
    if is_stdio(file) {
        let json = with_spinner(&label, || ctx.core.export_json())?;
        ctx.line(json.trim_end());
        return Ok(());
    }
    let Some(path) = file.to_str() else {
        return Err(CliError::File {
            path: file.display().to_string(),
            reason: "the path is not valid UTF-8".into(),
        });
    };
    // A folder that is not there is the user's to fix, not a storage failure.
    if let Some(dir) = file
        .parent()
        .filter(|d| !d.as_os_str().is_empty() && !d.is_dir())
    {
        let e = std::io::Error::from(std::io::ErrorKind::NotFound);
        return Err(file_error(dir, &e));
    }
    with_spinner(&label, || ctx.core.export_to_file(path))?;
    let bytes = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
    if ctx.json {
        return ctx.emit_json(&ExportJson {
            file: path.to_owned(),
            bytes,
        });
    }
    ctx.line(format!(
        "{} {}",
        ctx.t("settings-export-done"),
        ctx.term.dim(path)
    ));
    Ok(())
}

#[derive(Serialize)]
struct ImportJson {
    added: i32,
    updated: i32,
    unchanged: i32,
}

/// `hechting import <file>`: merges an export; what is here already stays.
pub fn import(ctx: &mut Ctx, file: &Path) -> CliResult<()> {
    let mut json = String::new();
    let read = if is_stdio(file) {
        std::io::stdin().read_to_string(&mut json)
    } else {
        std::fs::File::open(file).and_then(|mut f| f.read_to_string(&mut json))
    };
    read.map_err(|e| file_error(file, &e))?;
    let label = ctx.t("settings-import");
    let tty = std::io::stderr().is_terminal();
    let mut shown = None;
    let mut progress = |done: u64, total: u64| {
        if !tty || total < PROGRESS_MIN_ROWS {
            return;
        }
        let percent = done * 100 / total.max(1);
        if shown != Some(percent) {
            shown = Some(percent);
            eprint!("\r{label} {done}/{total} ({percent}%)");
            let _ = std::io::stderr().flush();
        }
    };
    let result = ctx.core.import_json_with_progress(&json, &mut progress);
    if shown.is_some() {
        eprint!("\r\x1b[K");
    }
    // What is wrong is in the file, not in an option of this command.
    let report = result.map_err(|e| match e {
        ApiError::InvalidInput { field, code } => CliError::Api(ApiError::InvalidInput {
            field: format!("{}: {field}", file.display()),
            code,
        }),
        other => other.into(),
    })?;
    show_report(ctx, report)
}

/// What a merge did (an import, a partner's bundle), in rows.
pub(crate) fn show_report(ctx: &mut Ctx, report: ImportReport) -> CliResult<()> {
    if ctx.json {
        return ctx.emit_json(&ImportJson {
            added: report.added,
            updated: report.updated,
            unchanged: report.unchanged,
        });
    }
    let n = |name: &str, v: i32| (name.to_owned(), Arg::Number(v.into()));
    let args = [
        n("added", report.added),
        n("updated", report.updated),
        n("unchanged", report.unchanged),
    ];
    ctx.line(clean(&ctx.core.ui_string("settings-import-result", &args)));
    Ok(())
}

#[derive(Serialize)]
struct BackupJson {
    name: String,
    date: String,
    size_bytes: i64,
}

/// `hechting backups`: the automatic backups, newest first.
pub fn backups(ctx: &mut Ctx) -> CliResult<()> {
    let list = ctx.core.backups()?;
    if ctx.json {
        let rows: Vec<BackupJson> = list
            .into_iter()
            .map(|b| BackupJson {
                name: b.name,
                date: b.date.to_string(),
                size_bytes: b.size_bytes,
            })
            .collect();
        return ctx.emit_json(&rows);
    }
    if list.is_empty() {
        ctx.line(ctx.t("settings-backups-empty"));
        return Ok(());
    }
    let title = ctx.term.heading(&ctx.t("settings-backups-title"));
    ctx.line(title);
    for b in list {
        let size = ctx
            .term
            .dim(&format!("{} kB", (b.size_bytes + 1023) / 1024));
        ctx.line(format!("  {}  {size}", b.name));
    }
    Ok(())
}

#[derive(Serialize)]
struct RestoreJson {
    restored: String,
}

/// `hechting restore [NAME]`: puts a backup back, the newest by default; the current
/// file stays beside the journal.
pub fn restore(ctx: &mut Ctx, name: Option<&str>) -> CliResult<()> {
    let name = match name {
        Some(n) => n.to_owned(),
        None => ctx
            .core
            .backups()?
            .into_iter()
            .next()
            .map(|b| b.name)
            .ok_or(ApiError::NotFound {
                code: hechting_core::ErrorCode::BackupNotFound,
            })?,
    };
    ctx.core.restore_backup(&name)?;
    if ctx.json {
        return ctx.emit_json(&RestoreJson { restored: name });
    }
    let done = ctx.t("settings-backup-restored");
    let shown = ctx.term.dim(&name);
    ctx.line(format!("{done} {shown}"));
    Ok(())
}
