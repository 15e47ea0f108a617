//! hechting: the UniFFI face of `hechting-core` for Kotlin, Swift and Python.
//!
//! One `Core` object, one method per use case, each a thin wrapper that converts types
//! and calls the core: no SQL and no rules here. Calls block and are thread-safe; apps
//! make them off their main thread and keep one `Core` for their lifetime.

mod error;
mod sharing;
mod types;

use std::collections::HashMap;
use std::sync::Arc;

use hechting_core as hc;

pub use error::HechtingError;
use error::Result;
pub use sharing::ShareReport;
pub use types::*;

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
    /// first (BCP 47 tags such as "nl-NL", "ar-MA").
    #[uniffi::constructor]
    pub fn new(db_path: String, preferred_locales: Vec<String>) -> Result<Arc<Self>> {
        let inner = hc::Core::open(&db_path, &preferred_locales)?;
        Ok(Arc::new(Core { inner }))
    }

    // ---- languages ----

    /// The phone's preferred list changed.
    pub fn set_locales(&self, preferred_locales: Vec<String>) -> Result<LocaleInfo> {
        Ok(self.inner.set_locales(&preferred_locales)?.into())
    }

    /// The parent's own choice of language (a tag of `available_locales`), kept across
    /// restarts; `None` follows the phone again.
    pub fn set_language(&self, tag: Option<String>) -> Result<LocaleInfo> {
        Ok(self.inner.set_language(tag.as_deref())?.into())
    }

    pub fn locale_info(&self) -> LocaleInfo {
        self.inner.locale_info().into()
    }

    pub fn available_locales(&self) -> Vec<LocaleOption> {
        self.inner
            .available_locales()
            .into_iter()
            .map(Into::into)
            .collect()
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

    /// One UI string (`id` or `id.attr`) with its placeables filled in.
    pub fn ui_string(&self, key: String, args: HashMap<String, Arg>) -> String {
        let args: Vec<(String, hc::Arg)> = args.into_iter().map(|(k, v)| (k, v.into())).collect();
        self.inner.ui_string(&key, &args)
    }

    // ---- children ----

    /// `today` is the phone's local date, `YYYY-MM-DD`.
    pub fn add_child(&self, input: ChildInput, today: String) -> Result<Child> {
        let today = types::date("today", &today)?;
        Ok(self.inner.add_child(&input.to_core()?, today)?.into())
    }

    pub fn update_child(&self, id: String, input: ChildInput, today: String) -> Result<Child> {
        let today = types::date("today", &today)?;
        Ok(self
            .inner
            .update_child(&id, &input.to_core()?, today)?
            .into())
    }

    /// Removes a child from the app; `restore_child` undoes it.
    pub fn remove_child(&self, id: String) -> Result<()> {
        Ok(self.inner.remove_child(&id)?)
    }

    pub fn restore_child(&self, id: String) -> Result<Child> {
        Ok(self.inner.restore_child(&id)?.into())
    }

    pub fn children(&self) -> Result<Vec<Child>> {
        Ok(self.inner.children()?.into_iter().map(Into::into).collect())
    }

    pub fn child(&self, id: String) -> Result<Child> {
        Ok(self.inner.child(&id)?.into())
    }

    /// The child's age on `date` (`YYYY-MM-DD`), with its words.
    pub fn age(&self, child_id: String, date: String) -> Result<AgeInfo> {
        let date = types::date("date", &date)?;
        Ok(self.inner.age(&child_id, date)?.into())
    }

    // ---- journal ----

    pub fn log_moment(&self, child_id: String, input: MomentInput) -> Result<Moment> {
        Ok(self.inner.log_moment(&child_id, &input.to_core())?.into())
    }

    pub fn update_moment(&self, id: String, input: MomentInput) -> Result<Moment> {
        Ok(self.inner.update_moment(&id, &input.to_core())?.into())
    }

    /// Moves a moment out of the journal; `restore_moment` brings it back.
    pub fn delete_moment(&self, id: String) -> Result<()> {
        Ok(self.inner.delete_moment(&id)?)
    }

    pub fn restore_moment(&self, id: String) -> Result<Moment> {
        Ok(self.inner.restore_moment(&id)?.into())
    }

    pub fn moment(&self, id: String) -> Result<Moment> {
        Ok(self.inner.moment(&id)?.into())
    }

    /// One page of the journal, newest first.
    pub fn moments(&self, query: MomentQuery) -> Result<MomentPage> {
        Ok(self.inner.moments(&query.to_core()?)?.into())
    }

    /// A child's deleted moments, most recently deleted first: what undo can restore.
    pub fn deleted_moments(&self, child_id: String, limit: u32) -> Result<Vec<Moment>> {
        let moments = self.inner.deleted_moments(&child_id, limit)?;
        Ok(moments.into_iter().map(Into::into).collect())
    }

    /// Per local day from `from` to `to` (inclusive, `YYYY-MM-DD`): the moments by kind.
    pub fn day_summaries(
        &self,
        child_id: String,
        from: String,
        to: String,
    ) -> Result<Vec<DaySummary>> {
        let from = types::date("from", &from)?;
        let to = types::date("to", &to)?;
        let days = self.inner.day_summaries(&child_id, from, to)?;
        Ok(days.into_iter().map(Into::into).collect())
    }

    /// Every kind of moment with its label and hint, in display order.
    pub fn moment_kinds(&self) -> Vec<KindInfo> {
        self.inner
            .moment_kinds()
            .into_iter()
            .map(Into::into)
            .collect()
    }

    pub fn kind_label(&self, kind: MomentKind) -> String {
        self.inner.kind_label(kind.into())
    }

    // ---- tips ----

    /// The tip of the day (`YYYY-MM-DD`, the phone's local date): chosen the first time
    /// it is asked for, the same all day after. `None` only when every tip was refused.
    pub fn tip_for_day(&self, child_id: String, date: String) -> Result<Option<DailyTip>> {
        let date = types::date("date", &date)?;
        Ok(self.inner.tip_for_day(&child_id, date)?.map(Into::into))
    }

    /// The tips of the coming `days` days (1–60) from `from`, as the app will show them
    /// if opened each day; writes nothing. For local notifications.
    pub fn upcoming_tips(
        &self,
        child_id: String,
        from: String,
        days: u32,
    ) -> Result<Vec<DailyTip>> {
        let from = types::date("from", &from)?;
        let tips = self.inner.upcoming_tips(&child_id, from, days)?;
        Ok(tips.into_iter().map(Into::into).collect())
    }

    pub fn tip_feedback(
        &self,
        child_id: String,
        tip_id: String,
        feedback: Feedback,
    ) -> Result<FeedbackState> {
        Ok(self
            .inner
            .tip_feedback(&child_id, &tip_id, feedback.into())?
            .into())
    }

    /// One tip of the catalog in the current language (e.g. from a notification).
    pub fn tip(&self, tip_id: String) -> Result<TipView> {
        Ok(self.inner.tip(&tip_id)?.into())
    }

    pub fn favourite_tips(&self, child_id: String) -> Result<Vec<TipView>> {
        let tips = self.inner.favourite_tips(&child_id)?;
        Ok(tips.into_iter().map(Into::into).collect())
    }

    /// Tips shown to a child, newest first; pass the last `date` back as `before` for
    /// the next page. `limit`: 1–500.
    pub fn tip_history(
        &self,
        child_id: String,
        before: Option<String>,
        limit: u32,
    ) -> Result<Vec<DailyTip>> {
        let before = types::opt_date("before", before.as_deref())?;
        let tips = self.inner.tip_history(&child_id, before, limit)?;
        Ok(tips.into_iter().map(Into::into).collect())
    }

    pub fn themes(&self) -> Result<Vec<ThemeSetting>> {
        Ok(self.inner.themes()?.into_iter().map(Into::into).collect())
    }

    pub fn set_theme_enabled(&self, theme: Theme, enabled: bool) -> Result<()> {
        Ok(self.inner.set_theme_enabled(theme.into(), enabled)?)
    }

    /// For content authors: the tips that fit an age in days, in the order a child who
    /// has seen none gets them. A negative age is a pregnancy, or with `born_early` a
    /// baby born early that has not reached its due date.
    pub fn tip_preview(&self, age_days: i64, born_early: bool) -> TipPreview {
        self.inner.tip_preview(age_days, born_early).into()
    }

    // ---- articles ----

    pub fn articles(&self) -> Vec<ArticleSummary> {
        self.inner.articles().into_iter().map(Into::into).collect()
    }

    pub fn article(&self, id: String) -> Result<Article> {
        Ok(self.inner.article(&id)?.into())
    }

    // ---- safety: export, import, backups ----

    /// What opening the database — or the last recovery since — found: `Normal`, or
    /// what was done about damage.
    pub fn open_outcome(&self) -> OpenOutcome {
        self.inner.open_outcome().into()
    }

    /// After a `Corrupt` error: checks the journal alone and, when it is damaged,
    /// recovers it (the damaged file kept aside, the newest sound backup restored, what
    /// can be read salvaged). A sound journal gives `Normal` and is left alone.
    /// Errors: `JournalBusy` while a widget or extension keeps the journal open.
    pub fn recover(&self) -> Result<OpenOutcome> {
        Ok(self.inner.recover()?.into())
    }

    /// Everything the parent wrote (removed rows as tombstones) as one JSON document.
    pub fn export_json(&self) -> Result<String> {
        Ok(self.inner.export_json()?)
    }

    /// Writes `export_json` to a new file at `path`, readable by its owner only.
    pub fn export_to_file(&self, path: String) -> Result<()> {
        Ok(self.inner.export_to_file(&path)?)
    }

    /// Merges an export (from this or another phone) into the database, all or nothing;
    /// the newer edit of a row wins.
    pub fn import_json(&self, json: String) -> Result<ImportReport> {
        Ok(self.inner.import_json(&json)?.into())
    }

    /// `import_json`, telling `progress` how many rows are done as it goes.
    pub fn import_json_with_progress(
        &self,
        json: String,
        progress: Box<dyn ImportProgress>,
    ) -> Result<ImportReport> {
        let mut report = |done: u64, total: u64| progress.progress(done, total);
        Ok(self
            .inner
            .import_json_with_progress(&json, &mut report)?
            .into())
    }

    /// The automatic backups, newest first.
    pub fn backups(&self) -> Result<Vec<BackupInfo>> {
        Ok(self.inner.backups()?.into_iter().map(Into::into).collect())
    }

    /// Makes (or refreshes) today's backup now.
    pub fn backup_now(&self) -> Result<BackupInfo> {
        Ok(self.inner.backup_now()?.into())
    }

    /// Replaces the journal with the backup `name` (from `backups()`); the current file
    /// is kept beside it. Errors: `NotFound` (`backup-not-found`); `JournalBusy` while a
    /// widget or extension keeps the journal open.
    pub fn restore_backup(&self, name: String) -> Result<()> {
        Ok(self.inner.restore_backup(&name)?)
    }

    /// Cancels the calls begun before it on other threads (a search, an export, an
    /// import); they fail with `Interrupted` and nothing is changed. Calls begun later,
    /// and writes such as `logMoment`, are never cancelled.
    pub fn interrupt(&self) {
        self.inner.interrupt();
    }
}
