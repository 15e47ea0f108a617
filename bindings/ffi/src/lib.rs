//! hechting: the UniFFI face of `hechting-core` for Kotlin, Swift and Python.
//!
//! One `Core` object, one method per use case, each a thin wrapper that calls the
//! core: no SQL and no rules here. Calls block and are thread-safe; apps make them off
//! their main thread and keep one `Core` for their lifetime. Every method that can fail
//! throws `HechtingError`; its doc names the codes it gives beside the storage errors
//! any call that touches the journal can give (`StorageFull`, `Storage`, `Corrupt`).

// What app developers read in their IDE comes from these docs; nothing unwraps.
#![deny(missing_docs)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

mod error;
mod journal;
mod logging;
mod sharing;
mod types;

use std::collections::HashMap;
use std::sync::Arc;

use hechting_core as hc;

use error::Result;
pub use error::{error_code, error_message_id, HechtingError};
pub use logging::{set_log_sink, LogLevel, LogSink};
pub use types::*;

use hc::authoring::TipPreview;
use hc::{
    AgeInfo, Article, ArticleSummary, BackupInfo, Child, ChildInput, DailyTip, DaySummary,
    Feedback, FeedbackState, Home, ImportReport, KindInfo, LocaleInfo, LocaleOption, Moment,
    MomentInput, MomentKind, MomentPage, MomentQuery, OpenOutcome, Theme, ThemeSetting, Tip,
};

uniffi::setup_scaffolding!();

/// Everything the app knows, behind one object. Open it once (off the main thread)
/// and close it when the app ends; every method may be called from any thread.
#[derive(uniffi::Object)]
pub struct Core {
    inner: hc::Core,
}

#[uniffi::export]
impl Core {
    /// Opens (creating if needed) the database at `db_path` (`":memory:"` for a
    /// throwaway one) and picks the language from the phone's preferred list, best
    /// first (BCP 47 tags such as "nl-NL", "ar-MA"). A damaged file is recovered
    /// (`open_outcome` tells what was done).
    /// Errors: `DatabaseTooNew` (the file is left untouched), `JournalBusy`, storage.
    #[uniffi::constructor]
    pub fn new(db_path: String, preferred_locales: Vec<String>) -> Result<Arc<Self>> {
        let inner = hc::Core::open(&db_path, &preferred_locales)?;
        Ok(Arc::new(Core { inner }))
    }

    // ---- languages ----

    /// The phone's preferred list changed. Errors: storage.
    pub fn set_locales(&self, preferred_locales: Vec<String>) -> Result<LocaleInfo> {
        self.inner.set_locales(&preferred_locales)
    }

    /// The parent's own choice of language (a tag of `available_locales`), kept across
    /// restarts; `None` follows the phone again.
    /// Errors: `InvalidInput` (`locale-unknown`), storage.
    pub fn set_language(&self, tag: Option<String>) -> Result<LocaleInfo> {
        self.inner.set_language(tag.as_deref())
    }

    /// The language in use, its direction and fallback chain.
    pub fn locale_info(&self) -> LocaleInfo {
        self.inner.locale_info()
    }

    /// The shipped languages, for a language picker.
    pub fn available_locales(&self) -> Vec<LocaleOption> {
        self.inner.available_locales()
    }

    /// Every UI string without placeables, by id (and `id.attr`), in the current
    /// language.
    pub fn ui_strings(&self) -> HashMap<String, String> {
        self.inner
            .ui_strings()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }

    /// Changes whenever the language of the UI strings changes: copy `ui_strings()`
    /// again only when this differs from the value seen with the last copy.
    pub fn ui_strings_version(&self) -> i64 {
        self.inner.ui_strings_version()
    }

    /// One UI string (`id` or `id.attr`) with its placeables filled in.
    pub fn ui_string(&self, key: String, args: HashMap<String, Arg>) -> String {
        let args: Vec<(String, Arg)> = args.into_iter().collect();
        self.inner.ui_string(&key, &args)
    }

    // ---- children ----

    /// Adds a child; `today` is the phone's local date.
    /// Errors: `InvalidInput` (`name-empty`, `name-too-long`, `dates-missing`,
    /// `birth-date-in-future`, `due-date-too-far`, `birth-too-late`, `birth-too-early`, …),
    /// storage.
    pub fn add_child(&self, input: ChildInput, today: CalendarDate) -> Result<Child> {
        self.inner.add_child(&input, today)
    }

    /// Edits a child. Errors: as `add_child`; `NotFound` (`child-not-found`).
    pub fn update_child(
        &self,
        id: String,
        input: ChildInput,
        today: CalendarDate,
    ) -> Result<Child> {
        self.inner.update_child(&id, &input, today)
    }

    /// Removes a child from the app; `restore_child` undoes it.
    /// Errors: `NotFound` (`child-not-found`), storage.
    pub fn remove_child(&self, id: String) -> Result<()> {
        self.inner.remove_child(&id)
    }

    /// Brings a removed child back. Errors: `NotFound` (`child-not-found`), storage.
    pub fn restore_child(&self, id: String) -> Result<Child> {
        self.inner.restore_child(&id)
    }

    /// The children not removed, oldest first. Errors: storage.
    pub fn children(&self) -> Result<Vec<Child>> {
        self.inner.children()
    }

    /// Errors: `NotFound` (`child-not-found`), storage.
    pub fn child(&self, id: String) -> Result<Child> {
        self.inner.child(&id)
    }

    /// The child's age on `date`, with its words.
    /// Errors: `NotFound` (`child-not-found`), storage.
    pub fn age(&self, child_id: String, date: CalendarDate) -> Result<AgeInfo> {
        self.inner.age(&child_id, date)
    }

    /// The home screen in one call: the child, its age in words, today's tip (chosen
    /// now when it was not yet) and its newest `latest` moments (1–500).
    /// Errors: `NotFound` (`child-not-found`), `InvalidInput` (`limit-out-of-range`), storage.
    pub fn home(&self, child_id: String, today: CalendarDate, latest: i32) -> Result<Home> {
        self.inner.home(&child_id, today, latest)
    }

    // ---- journal ----

    /// Logs a moment. Errors: `InvalidInput` (`kind-unknown`, `time-out-of-range`,
    /// `utc-offset-out-of-range`, `note-too-long`, `note-invalid-characters`,
    /// `duration-out-of-range`, `caregiver-too-long`, …), `NotFound` (`child-not-found`),
    /// storage. Never interrupted.
    pub fn log_moment(&self, child_id: String, input: MomentInput) -> Result<Moment> {
        self.inner.log_moment(&child_id, &input)
    }

    /// Edits a moment. Errors: as `log_moment`; `NotFound` (`moment-not-found`).
    pub fn update_moment(&self, id: String, input: MomentInput) -> Result<Moment> {
        self.inner.update_moment(&id, &input)
    }

    /// Moves a moment out of the journal; `restore_moment` brings it back.
    /// Errors: `NotFound` (`moment-not-found`), storage.
    pub fn delete_moment(&self, id: String) -> Result<()> {
        self.inner.delete_moment(&id)
    }

    /// Errors: `NotFound` (`moment-not-found`), storage.
    pub fn restore_moment(&self, id: String) -> Result<Moment> {
        self.inner.restore_moment(&id)
    }

    /// Errors: `NotFound` (`moment-not-found`), storage.
    pub fn moment(&self, id: String) -> Result<Moment> {
        self.inner.moment(&id)
    }

    /// One page of the journal, newest first.
    /// Errors: `InvalidInput` (`limit-out-of-range`, `cursor-invalid`,
    /// `date-range-reversed`), `Interrupted`, storage.
    pub fn moments(&self, query: MomentQuery) -> Result<MomentPage> {
        self.inner.moments(&query)
    }

    /// A child's deleted moments, most recently deleted first: what undo can restore.
    /// Errors: `InvalidInput` (`limit-out-of-range`), `NotFound`, storage.
    pub fn deleted_moments(&self, child_id: String, limit: i32) -> Result<Vec<Moment>> {
        self.inner.deleted_moments(&child_id, limit)
    }

    /// Per local day from `from` to `to` (inclusive): the moments by kind.
    /// Errors: `InvalidInput` (`date-range-reversed`, `days-out-of-range`), storage.
    pub fn day_summaries(
        &self,
        child_id: String,
        from: CalendarDate,
        to: CalendarDate,
    ) -> Result<Vec<DaySummary>> {
        self.inner.day_summaries(&child_id, from, to)
    }

    /// Every kind of moment with its label and hint, in display order.
    pub fn moment_kinds(&self) -> Vec<KindInfo> {
        self.inner.moment_kinds()
    }

    /// The label of a kind of moment in the current language.
    pub fn kind_label(&self, kind: MomentKind) -> String {
        self.inner.kind_label(kind)
    }

    // ---- tips ----

    /// The tip of the day (the phone's local date): chosen the first time it is asked
    /// for, the same all day after. `None` only when every tip was refused.
    /// Errors: `NotFound` (`child-not-found`), storage.
    pub fn tip_for_day(&self, child_id: String, date: CalendarDate) -> Result<Option<DailyTip>> {
        self.inner.tip_for_day(&child_id, date)
    }

    /// The tips of the coming `days` days (1–60) from `from`, as the app will show them
    /// if opened each day; writes nothing. For local notifications.
    /// Errors: `InvalidInput` (`days-out-of-range`), `NotFound` (`child-not-found`), storage.
    pub fn upcoming_tips(
        &self,
        child_id: String,
        from: CalendarDate,
        days: i32,
    ) -> Result<Vec<DailyTip>> {
        self.inner.upcoming_tips(&child_id, from, days)
    }

    /// Records a parent's answer to a tip; returns the tip's answers after it.
    /// Errors: `NotFound` (`tip-not-found`, `child-not-found`), storage.
    pub fn tip_feedback(
        &self,
        child_id: String,
        tip_id: String,
        feedback: Feedback,
    ) -> Result<FeedbackState> {
        self.inner.tip_feedback(&child_id, &tip_id, feedback)
    }

    /// One tip of the catalog in the current language (e.g. from a notification).
    /// Errors: `NotFound` (`tip-not-found`).
    pub fn tip(&self, tip_id: String) -> Result<Tip> {
        self.inner.tip(&tip_id)
    }

    /// A child's favourite tips, most recently marked first.
    /// Errors: `NotFound` (`child-not-found`), storage.
    pub fn favourite_tips(&self, child_id: String) -> Result<Vec<Tip>> {
        self.inner.favourite_tips(&child_id)
    }

    /// Tips shown to a child, newest first; pass the last `date` back as `before` for
    /// the next page. `limit`: 1–500.
    /// Errors: `InvalidInput` (`limit-out-of-range`), `NotFound` (`child-not-found`), storage.
    pub fn tip_history(
        &self,
        child_id: String,
        before: Option<CalendarDate>,
        limit: i32,
    ) -> Result<Vec<DailyTip>> {
        self.inner.tip_history(&child_id, before, limit)
    }

    /// The themes with their labels and whether each is on. Errors: storage.
    pub fn themes(&self) -> Result<Vec<ThemeSetting>> {
        self.inner.themes()
    }

    /// Switches a theme on or off for every child. Errors: storage.
    pub fn set_theme_enabled(&self, theme: Theme, enabled: bool) -> Result<()> {
        self.inner.set_theme_enabled(theme, enabled)
    }

    /// For content authors: the tips that fit an age in days, in the order a child who
    /// has seen none gets them. A negative age is a pregnancy, or with `born_early` a
    /// baby born early that has not reached its due date.
    pub fn tip_preview(&self, age_days: i64, born_early: bool) -> TipPreview {
        self.inner.tip_preview(age_days, born_early)
    }

    // ---- articles ----

    /// The articles in reading order, in the current language (or its fallback).
    pub fn articles(&self) -> Vec<ArticleSummary> {
        self.inner.articles()
    }

    /// Errors: `NotFound` (`article-not-found`).
    pub fn article(&self, id: String) -> Result<Article> {
        self.inner.article(&id)
    }

    // ---- safety: export, import, backups ----

    /// What opening the database — or the last recovery since — found: `Normal`, or
    /// what was done about damage.
    pub fn open_outcome(&self) -> OpenOutcome {
        self.inner.open_outcome()
    }

    /// After a `Corrupt` error: checks the journal alone and, when it is damaged,
    /// recovers it (the damaged file kept aside, the newest sound backup restored, what
    /// can be read salvaged). A sound journal gives `Normal` and is left alone.
    /// Errors: `JournalBusy` while a widget or extension keeps the journal open, storage.
    pub fn recover(&self) -> Result<OpenOutcome> {
        self.inner.recover()
    }

    /// Everything the parent wrote (removed rows as tombstones) as one JSON document.
    /// Errors: `Interrupted`, storage.
    pub fn export_json(&self) -> Result<String> {
        self.inner.export_json()
    }

    /// Writes `export_json` to a new file at `path`, readable by its owner only.
    /// Errors: `Interrupted`, storage.
    pub fn export_to_file(&self, path: String) -> Result<()> {
        self.inner.export_to_file(&path)
    }

    /// Merges an export (from this or another phone) into the database, all or nothing;
    /// the newer edit of a row wins.
    /// Errors: `InvalidInput` (`import-invalid`, `import-format-unsupported`,
    /// `import-too-large`, `tip-id-invalid`, `id-invalid`, …; `field` says where),
    /// `Interrupted`, storage.
    pub fn import_json(&self, json: String) -> Result<ImportReport> {
        self.inner.import_json(&json)
    }

    /// `import_json`, telling `progress` how many rows are done as it goes. `progress`
    /// runs outside every lock, so it may call this `Core`. Errors: as `import_json`.
    pub fn import_json_with_progress(
        &self,
        json: String,
        progress: Box<dyn ImportProgress>,
    ) -> Result<ImportReport> {
        let mut report = |done: u64, total: u64| {
            let n = |v: u64| i64::try_from(v).unwrap_or(i64::MAX);
            progress.progress(n(done), n(total));
        };
        self.inner.import_json_with_progress(&json, &mut report)
    }

    /// The automatic backups, newest first. Errors: storage.
    pub fn backups(&self) -> Result<Vec<BackupInfo>> {
        self.inner.backups()
    }

    /// Makes (or refreshes) today's backup now.
    /// Errors: `NotFound` (`backup-not-found`) for an in-memory journal, storage.
    pub fn backup_now(&self) -> Result<BackupInfo> {
        self.inner.backup_now()
    }

    /// Replaces the journal with the backup `name` (from `backups()`); the current file
    /// is kept beside it. Errors: `NotFound` (`backup-not-found`); `JournalBusy` while a
    /// widget or extension keeps the journal open; storage.
    pub fn restore_backup(&self, name: String) -> Result<()> {
        self.inner.restore_backup(&name)
    }

    /// Cancels the calls begun before it on other threads (a search, an export, an
    /// import); they fail with `Interrupted` and nothing is changed. Calls begun later,
    /// and writes such as `logMoment`, are never cancelled.
    pub fn interrupt(&self) {
        self.inner.interrupt();
    }
}
