//! The records the facade returns that belong to no single part: ages and tips in
//! words, settings and language choices, article summaries.

use chrono::NaiveDate;

use crate::age::Age;
use crate::children::Child;
use crate::journal::{Moment, MomentKind};
use crate::l10n::Direction;
use crate::tips::store::FeedbackState;
use crate::tips::Theme;

/// A child's age on a date, with the words for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgeInfo {
    pub age: Age,
    /// "4 maanden en 2 weken", "9 maanden (gecorrigeerd 7)", "nog 12 dagen".
    pub label: String,
    pub phase_label: String,
}

/// A tip with its text in the current language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tip {
    pub id: String,
    pub title: String,
    pub body: String,
    pub theme: Theme,
    pub theme_label: String,
    pub concept: String,
}

/// The tip of one day for one child, with the parent's answers to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DailyTip {
    pub date: NaiveDate,
    pub tip: Tip,
    pub feedback: FeedbackState,
    /// Older than every window (or all fitting tips refused): an any-age tip serves.
    pub any_age_fallback: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeSetting {
    pub theme: Theme,
    pub label: String,
    pub enabled: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindInfo {
    pub kind: MomentKind,
    pub label: String,
    pub hint: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleOption {
    pub tag: String,
    pub native_name: String,
    pub direction: Direction,
    /// Read through by a native-speaking health professional.
    pub reviewed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleSummary {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub minutes: i32,
    pub theme: Theme,
    pub from_day: i32,
    pub to_day: i32,
}

/// A value for a placeable of a UI string.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

/// What the home screen shows, from one call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Home {
    pub child: Child,
    pub age: AgeInfo,
    /// Today's tip, chosen now when it was not yet; `None` only when every tip was
    /// refused.
    pub tip: Option<DailyTip>,
    /// The newest moments of this child, newest first.
    pub latest: Vec<Moment>,
    /// `ui_strings_version()` as of this call: a shell copies `ui_strings()` again only
    /// when it moved, and needs no second call to know.
    pub ui_strings_version: i64,
}
