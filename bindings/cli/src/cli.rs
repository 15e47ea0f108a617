//! The command line: every subcommand and option, as clap reads them.
//!
//! Values a parent types (dates, times, kinds, ages) are taken as text here and checked
//! by the commands, so that a bad one gets the same one-line, localized error as a
//! value the core refuses.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "hechting",
    version,
    about = "hechting in a terminal: log small moments with your baby, get one tip a day, read short articles.",
    long_about = None,
    after_help = "Start with `hechting demo`. Everything stays on this computer."
)]
pub struct Cli {
    /// The database file [default: <data dir>/hechting/hechting.sqlite; demo.sqlite for `demo`]
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        env = "HECHTING_DB",
        hide_env_values = true,
        display_order = 100
    )]
    pub db: Option<PathBuf>,

    /// Language tag (nl, en, de, tr, ar, ary) [default: from LC_ALL, LC_MESSAGES or LANG]
    #[arg(long, global = true, value_name = "TAG", display_order = 101)]
    pub lang: Option<String>,

    /// Today's date, YYYY-MM-DD [default: the local date of the system clock]
    #[arg(long, global = true, value_name = "YYYY-MM-DD", display_order = 102)]
    pub date: Option<String>,

    /// Print JSON for scripts instead of text
    #[arg(long, global = true, display_order = 103)]
    pub json: bool,

    /// Wrap text at this many columns [default: the terminal's width, or 80]
    #[arg(long, global = true, value_name = "COLUMNS", display_order = 104)]
    pub width: Option<usize>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create (or reuse) a demo journal and show its home screen
    Demo,
    /// Add, list, edit or remove a child
    #[command(subcommand)]
    Child(ChildCmd),
    /// Log a moment (see `hechting kinds` for the kinds)
    Log(LogArgs),
    /// Show the journal, newest first
    Journal(JournalArgs),
    /// Delete a moment (undo brings it back)
    Delete {
        /// The moment's id, as the journal shows it
        moment: String,
    },
    /// Bring back the most recently deleted moment
    Undo(ChildOpt),
    /// List the kinds of moment
    Kinds,
    /// Today's tip for each child (or one)
    Today(ChildOpt),
    /// The tips of the coming days
    Upcoming {
        /// How many days, 1 to 60
        #[arg(long, default_value_t = 7)]
        days: i32,
        #[command(flatten)]
        child: ChildOpt,
    },
    /// Answer a tip: tried, fav, unfav, not-for-me, undo-not-for-me
    Tip {
        action: TipAction,
        /// The tip's id [default: today's tip]
        tip: Option<String>,
        #[command(flatten)]
        child: ChildOpt,
    },
    /// The tips you kept
    #[command(alias = "favorites")]
    Favourites(ChildOpt),
    /// The tips shown before, newest first
    History {
        /// How many
        #[arg(long, default_value_t = 30)]
        limit: i32,
        /// Only tips shown before this date (for the next page)
        #[arg(long, value_name = "YYYY-MM-DD")]
        before: Option<String>,
        #[command(flatten)]
        child: ChildOpt,
    },
    /// The articles, or one article to read
    Read {
        /// The article's id or its number in the list
        article: Option<String>,
    },
    /// For content authors: the tips that fit an age, in the order a new child gets them
    Preview {
        /// Age: days (70), weeks (10w), months (4m), years (1y); negative before birth (-30)
        #[arg(long, allow_hyphen_values = true)]
        age: String,
        /// A negative age is a baby born early (not yet at its due date), not a pregnancy
        #[arg(long)]
        born_early: bool,
    },
    /// For content authors: tip candidates per month and how complete each language is
    Coverage,
    /// The available languages
    Locales,
    /// Write everything to a JSON file
    Export { file: PathBuf },
    /// Read a JSON file made by export; what is already here stays
    Import { file: PathBuf },
    /// Write a sealed bundle of what changed, for the other phone (the whole journal
    /// the first time)
    Share {
        /// The bundle file to write
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[command(flatten)]
        code: CodeOpt,
    },
    /// Merge a bundle made by the other phone's `share`
    Receive {
        /// The bundle file
        file: PathBuf,
        #[command(flatten)]
        code: CodeOpt,
    },
    /// The automatic backups of the journal, newest first
    Backups,
    /// Put a backup back (the newest when no name is given); the current file is kept
    /// beside it
    Restore {
        /// The backup's name, as `hechting backups` shows it
        name: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ChildCmd {
    /// Add a child (for twins, add each one)
    Add {
        /// A name or nickname
        name: String,
        /// Birth date
        #[arg(long, value_name = "YYYY-MM-DD")]
        born: Option<String>,
        /// Due date (before the birth, or for a baby born early)
        #[arg(long, value_name = "YYYY-MM-DD")]
        due: Option<String>,
    },
    /// List the children with their ages
    List,
    /// Change a child's name or dates
    Edit {
        /// Name or id
        child: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long, value_name = "YYYY-MM-DD", conflicts_with = "no_born")]
        born: Option<String>,
        #[arg(long, value_name = "YYYY-MM-DD", conflicts_with = "no_due")]
        due: Option<String>,
        /// Forget the birth date
        #[arg(long)]
        no_born: bool,
        /// Forget the due date
        #[arg(long)]
        no_due: bool,
    },
    /// Remove a child from the app (`child restore <id>` brings it back)
    Remove {
        /// Name or id
        child: String,
    },
    /// Bring back a removed child
    Restore {
        /// The id that `child remove` printed
        id: String,
    },
}

#[derive(Debug, Args)]
pub struct ChildOpt {
    /// The child, by name or id (needed when there are several)
    #[arg(long, value_name = "NAME|ID")]
    pub child: Option<String>,
}

#[derive(Debug, Args)]
pub struct CodeOpt {
    /// The pairing code, the same on both phones (8 or more characters); kept in the
    /// journal once given
    #[arg(
        long,
        value_name = "CODE",
        env = "HECHTING_PAIRING_CODE",
        hide_env_values = true
    )]
    pub code: Option<String>,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// What kind of moment (cuddle, skin_to_skin, singing, ...; or its name in your language)
    pub kind: String,
    /// A few words about it
    #[arg(long)]
    pub note: Option<String>,
    /// When: HH:MM (today), YYYY-MM-DD HH:MM, or RFC 3339 [default: now]
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// Who was with the baby
    #[arg(long)]
    pub caregiver: Option<String>,
    /// How long, in minutes
    #[arg(long, value_name = "MINUTES")]
    pub duration: Option<i32>,
    #[command(flatten)]
    pub child: ChildOpt,
}

#[derive(Debug, Args)]
pub struct JournalArgs {
    /// Only these kinds (repeat, or separate with commas)
    #[arg(long, value_delimiter = ',')]
    pub kind: Vec<String>,
    /// Words to find in the notes
    #[arg(long)]
    pub search: Option<String>,
    /// First day, YYYY-MM-DD
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub from: Option<String>,
    /// Last day, YYYY-MM-DD
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub to: Option<String>,
    /// How many moments per page (1 to 500)
    #[arg(long, default_value_t = 20)]
    pub limit: i32,
    /// Continue after the previous page (the cursor it printed)
    #[arg(long)]
    pub cursor: Option<String>,
    #[command(flatten)]
    pub child: ChildOpt,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TipAction {
    Tried,
    Fav,
    Unfav,
    NotForMe,
    UndoNotForMe,
}
