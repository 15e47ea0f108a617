//! `hechting`: the app in a terminal, over the same Core API the phone apps call.
//!
//! Every command builds its output first and prints it only when it succeeded; a
//! failure prints one line on stderr (the error's Fluent message in the user's
//! language, and the option it is about) and exits non-zero.

mod cli;
mod cmd;
mod ctx;
mod demo;
mod error;
mod parse;
mod term;
mod text;
mod views;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::Local;
use clap::Parser;
use hechting_core::{Arg, Core, OpenOutcome};

use cli::{Cli, Command};
use ctx::Ctx;
use error::{input, CliError, CliResult};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let locales = parse::preferred_locales(cli.lang.as_deref());
    match run(cli, &locales) {
        Ok(out) => print(&out),
        Err(failure) => {
            let (err, core) = *failure;
            // Without a core of its own, the error still gets the user's language.
            let core = core.or_else(|| Core::open(":memory:", &locales).ok());
            eprintln!("{}", err.line(core.as_ref()));
            err.exit_code()
        }
    }
}

/// Prints the output; a closed pipe (`hechting journal | head`) is not an error.
fn print(out: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hechting: {e}");
            ExitCode::FAILURE
        }
    }
}

/// What went wrong, and the core to say it with when one was opened.
type Failure = Box<(CliError, Option<Core>)>;

fn run(cli: Cli, locales: &[String]) -> Result<String, Failure> {
    check_lang(cli.lang.as_deref(), locales).map_err(|e| Box::new((e, None)))?;
    let (core, db_file) = open(&cli, locales).map_err(|e| Box::new((e, None)))?;
    let today = match cli
        .date
        .as_deref()
        .map(|d| parse::date("--date", d))
        .transpose()
    {
        Ok(date) => date.unwrap_or_else(|| Local::now().date_naive()),
        Err(e) => return Err(Box::new((e, Some(core)))),
    };
    report_recovery(&core);
    let mut ctx = Ctx::new(
        core,
        db_file,
        today,
        cli.json,
        term::Term::detect(cli.width),
    );
    match dispatch(&mut ctx, cli.command) {
        Ok(()) => Ok(ctx.into_output()),
        Err(e) => Err(Box::new((e, Some(ctx.into_core())))),
    }
}

/// After a damaged file was recovered on opening, says what was done (on stderr, so
/// the command's output stays as it was).
fn report_recovery(core: &Core) {
    let (message, copy) = match core.open_outcome() {
        OpenOutcome::Normal => return,
        OpenOutcome::RestoredBackup {
            damaged_copy,
            backup_name,
        } => {
            // backup-2025-03-14.sqlite
            let date = backup_name
                .strip_prefix("backup-")
                .and_then(|n| n.strip_suffix(".sqlite"))
                .unwrap_or(&backup_name)
                .to_owned();
            let args = [("date".to_owned(), Arg::Text(date))];
            (
                core.ui_string("recovery-restored-backup", &args),
                damaged_copy,
            )
        }
        OpenOutcome::StartedEmpty { damaged_copy } => {
            (core.ui_string("recovery-started-empty", &[]), damaged_copy)
        }
    };
    eprintln!("hechting: {}", text::clean(&message));
    eprintln!(
        "hechting: {}",
        text::Text::Recovered.with(Some(core), &[("file", &copy)])
    );
}

/// `--lang` must name a language the app has (an unknown one in LANG just falls back).
fn check_lang(lang: Option<&str>, locales: &[String]) -> CliResult<()> {
    if lang.is_none() {
        return Ok(());
    }
    let chain = hechting_core::negotiate_locales(locales);
    let source = hechting_core::authoring::SOURCE_LOCALE;
    let asks_source = locales.iter().any(|t| {
        t.split(['-', '_'])
            .next()
            .is_some_and(|l| l.eq_ignore_ascii_case(source))
    });
    if locales.is_empty() || (chain.len() == 1 && !asks_source) {
        return Err(input("--lang", "locale-unknown"));
    }
    Ok(())
}

/// The database a command works on. Views that need no journal (articles, tips for
/// authors, languages) use a throwaway one unless `--db` names a file.
fn open(cli: &Cli, locales: &[String]) -> CliResult<(Core, Option<PathBuf>)> {
    let file = match cli.command {
        Command::Demo => "demo.sqlite",
        Command::Preview { .. }
        | Command::Coverage
        | Command::Locales
        | Command::Read { .. }
        | Command::Kinds
            if cli.db.is_none() =>
        {
            return Ok((Core::open(":memory:", locales)?, None));
        }
        _ => "hechting.sqlite",
    };
    let path = ctx::db_path(cli.db.as_deref(), file)?;
    Ok((ctx::open_core(&path, locales)?, Some(path)))
}

fn dispatch(ctx: &mut Ctx, command: Command) -> CliResult<()> {
    match command {
        Command::Demo => cmd::home::demo(ctx),
        Command::Today(c) => cmd::home::today(ctx, c.child.as_deref()),
        Command::Child(c) => cmd::children::run(ctx, c),
        Command::Log(args) => cmd::journal::log(ctx, args),
        Command::Journal(args) => cmd::journal::journal(ctx, args),
        Command::Delete { moment } => cmd::journal::delete(ctx, &moment),
        Command::Undo(c) => cmd::journal::undo(ctx, c.child.as_deref()),
        Command::Kinds => cmd::journal::kinds(ctx),
        Command::Upcoming { days, child } => cmd::tips::upcoming(ctx, days, child.child.as_deref()),
        Command::Tip { action, tip, child } => {
            cmd::tips::feedback(ctx, action, tip.as_deref(), child.child.as_deref())
        }
        Command::Favourites(c) => cmd::tips::favourites(ctx, c.child.as_deref()),
        Command::History {
            limit,
            before,
            child,
        } => cmd::tips::history(ctx, limit, before.as_deref(), child.child.as_deref()),
        Command::Read { article } => cmd::read::run(ctx, article.as_deref()),
        Command::Preview { age, born_early } => cmd::author::preview(ctx, &age, born_early),
        Command::Coverage => cmd::author::coverage(ctx),
        Command::Locales => cmd::author::locales(ctx),
        Command::Export { file } => cmd::data::export(ctx, &file),
        Command::Import { file } => cmd::data::import(ctx, &file),
        Command::Share { out, code } => cmd::share::share(ctx, &out, code.code.as_deref()),
        Command::Receive { file, code } => cmd::share::receive(ctx, &file, code.code.as_deref()),
        Command::Backups => cmd::data::backups(ctx),
        Command::Restore { name } => cmd::data::restore(ctx, name.as_deref()),
    }
}
