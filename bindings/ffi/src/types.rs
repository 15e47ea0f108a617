//! The records and enums that cross the FFI.
//!
//! They are the core's own types, declared to UniFFI as remote types: the listing below
//! must match the core's definition field for field (the compiler checks it), and no
//! conversion code exists. Children and moments, with their instants, are declared the
//! same way in `journal.rs`.
//!
//! Calendar dates cross as `CalendarDate`: Kotlin `java.time.LocalDate`, Swift
//! `DateComponents` (year, month, day; Gregorian), Python `datetime.date`.

use chrono::NaiveDate;
use hc::authoring::{CandidateTip, TipPreview};
use hc::{
    Age, AgeInfo, Article, ArticleSummary, BackupInfo, Block, DailyTip, DaySummary, Direction,
    Feedback, FeedbackState, ImportReport, KindCount, KindInfo, LocaleInfo, LocaleOption,
    MomentKind, OpenOutcome, Phase, Span, Theme, ThemeSetting, Tip,
};
use hechting_core as hc;

/// A calendar day without a time or a zone.
pub type CalendarDate = NaiveDate;

uniffi::custom_type!(CalendarDate, String, {
    remote,
    lower: |d| d.format("%Y-%m-%d").to_string(),
    try_lift: |s| Ok(NaiveDate::parse_from_str(&s, "%Y-%m-%d")?),
});

/// A value for a placeable of a UI string.
pub type Arg = hc::Arg;

// ---- ages ----

/// The attachment phases, by (corrected) age.
#[uniffi::remote(Enum)]
pub enum Phase {
    Expecting,
    /// 0–6 weeks.
    Newborn,
    /// 6 weeks–6 months.
    FamiliarFaces,
    /// 6–9 months.
    ClearAttachment,
    /// 9–24 months.
    Explorer,
    /// Older than two.
    Toddler,
}

/// A child's age on one date.
#[uniffi::remote(Record)]
pub struct Age {
    pub date: CalendarDate,
    /// Not born yet on `date`.
    pub expecting: bool,
    /// Days until the due date while expecting.
    pub days_until_due: Option<i64>,
    /// Chronological age, once born.
    pub days: Option<i64>,
    pub weeks: Option<i64>,
    pub months: Option<i64>,
    /// Days since the due date for a baby born at least three weeks early, until two
    /// years old; negative before the due date.
    pub corrected_days: Option<i64>,
    /// The age that picks tips.
    pub tip_age_days: i64,
    pub phase: Phase,
}

/// An age with the words for it: "4 maanden en 2 weken", "9 months (corrected 7)".
#[uniffi::remote(Record)]
pub struct AgeInfo {
    pub age: Age,
    pub label: String,
    pub phase_label: String,
}

// ---- journal ----

/// The kinds of moment a parent can log.
#[uniffi::remote(Enum)]
pub enum MomentKind {
    Cuddle,
    SkinToSkin,
    Massage,
    Feeding,
    EyeContact,
    Talking,
    Singing,
    Reading,
    Play,
    Peekaboo,
    Mirror,
    /// Soothing a cry.
    Comfort,
    Bath,
    Walk,
    /// A mismatch: it did not go well.
    HardMoment,
    /// Coming back together after a hard moment.
    Repair,
    Milestone,
    Other,
}

/// How many moments of one kind a day holds.
#[uniffi::remote(Record)]
pub struct KindCount {
    pub kind: MomentKind,
    pub count: i32,
}

/// One local day of a child's journal, by kind.
#[uniffi::remote(Record)]
pub struct DaySummary {
    pub date: CalendarDate,
    pub counts: Vec<KindCount>,
    pub total: i32,
}

/// A kind of moment with its words, for the logging screen.
#[uniffi::remote(Record)]
pub struct KindInfo {
    pub kind: MomentKind,
    pub label: String,
    pub hint: String,
}

// ---- tips ----

#[uniffi::remote(Enum)]
pub enum Theme {
    Bonding,
    Touch,
    Play,
    Talk,
    Soothing,
    Routine,
    Carers,
    Feelings,
    SelfCare,
}

/// What a parent says about a tip.
#[uniffi::remote(Enum)]
pub enum Feedback {
    Tried,
    Favourite,
    Unfavourite,
    /// The tip will not be shown again to this child.
    NotForMe,
    UndoNotForMe,
}

#[uniffi::remote(Record)]
pub struct FeedbackState {
    pub tried: bool,
    pub favourite: bool,
    pub not_for_me: bool,
}

/// A tip with its text in the current language.
#[uniffi::remote(Record)]
pub struct Tip {
    pub id: String,
    pub title: String,
    pub body: String,
    pub theme: Theme,
    pub theme_label: String,
    /// Which idea of attachment the tip teaches.
    pub concept: String,
}

/// The tip of one day for one child, with the parent's answers to it.
#[uniffi::remote(Record)]
pub struct DailyTip {
    pub date: CalendarDate,
    pub tip: Tip,
    pub feedback: FeedbackState,
    /// No tip's window held the child's age (older than the catalog, or every fitting
    /// tip refused): an any-age tip serves.
    pub any_age_fallback: bool,
}

/// A theme, its label, and whether the parent left it on.
#[uniffi::remote(Record)]
pub struct ThemeSetting {
    pub theme: Theme,
    pub label: String,
    pub enabled: bool,
}

/// A tip that fits an age, for content authors.
#[uniffi::remote(Record)]
pub struct CandidateTip {
    pub tip: Tip,
    pub from_day: i32,
    pub to_day: i32,
    pub priority: i32,
    /// The current language has this tip's own text (not a fallback's).
    pub translated: bool,
}

/// For content authors: what a child of an age is offered, in order.
#[uniffi::remote(Record)]
pub struct TipPreview {
    pub age_days: i64,
    pub phase: Phase,
    pub phase_label: String,
    pub candidates: Vec<CandidateTip>,
    pub any_age_fallback: bool,
}

// ---- languages ----

#[uniffi::remote(Enum)]
pub enum Direction {
    Ltr,
    Rtl,
}

/// The language the app speaks now.
#[uniffi::remote(Record)]
pub struct LocaleInfo {
    /// The shipped locale chosen, e.g. "ar".
    pub locale: String,
    /// Lay the screens out right to left for `Rtl`.
    pub direction: Direction,
    /// Where a missing message is looked up next, ending in "nl".
    pub chain: Vec<String>,
}

/// A shipped language, for a language picker.
#[uniffi::remote(Record)]
pub struct LocaleOption {
    pub tag: String,
    pub native_name: String,
    pub direction: Direction,
    /// Read through by a native-speaking health professional.
    pub reviewed: bool,
}

/// A value for a placeable of a UI string.
#[uniffi::remote(Enum)]
pub enum Arg {
    Text(String),
    Number(f64),
}

// ---- articles ----

#[uniffi::remote(Record)]
pub struct ArticleSummary {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// Reading time.
    pub minutes: i32,
    pub theme: Theme,
    /// The ages (days) the article matters most for.
    pub from_day: i32,
    pub to_day: i32,
}

/// A run of text with its emphasis.
#[uniffi::remote(Record)]
pub struct Span {
    pub text: String,
    pub emphasis: bool,
    pub strong: bool,
}

/// One block of an article, drawn natively.
#[uniffi::remote(Enum)]
pub enum Block {
    Heading { level: i32, spans: Vec<Span> },
    Paragraph { spans: Vec<Span> },
    BulletList { items: Vec<Vec<Span>> },
    Quote { spans: Vec<Span> },
}

#[uniffi::remote(Record)]
pub struct Article {
    pub id: String,
    /// The language it is written in (may differ from the app's, by fallback).
    pub locale: String,
    pub title: String,
    /// The lead paragraph, as plain text.
    pub summary: String,
    pub minutes: i32,
    /// Everything after the title.
    pub blocks: Vec<Block>,
}

// ---- safety: export, import, backups ----

/// What opening the database found. Show the parent a word about anything but
/// `Normal`; nothing is ever deleted.
#[uniffi::remote(Enum)]
pub enum OpenOutcome {
    Normal,
    /// The file was damaged: it was kept as `damaged_copy`, and the backup
    /// `backup_name` was restored (plus whatever could still be read from the damaged
    /// file).
    RestoredBackup {
        damaged_copy: String,
        backup_name: String,
    },
    /// The file was damaged and there was no backup: it was kept as `damaged_copy` and
    /// a new database was started with what could be read from it.
    StartedEmpty {
        damaged_copy: String,
    },
}

/// What an import did, in rows.
#[uniffi::remote(Record)]
pub struct ImportReport {
    pub added: i32,
    pub updated: i32,
    pub unchanged: i32,
}

/// An automatic backup beside the database (at most one a day, the last seven kept).
#[uniffi::remote(Record)]
pub struct BackupInfo {
    /// Pass to `restore_backup`.
    pub name: String,
    /// The day it was made.
    pub date: CalendarDate,
    pub size_bytes: i64,
}

/// Told how far an import is, for a progress bar; called on the importing thread.
#[uniffi::export(callback_interface)]
pub trait ImportProgress: Send + Sync {
    /// `done` of `total` rows merged so far.
    fn progress(&self, done: i64, total: i64);
}
