//! hechting-core: everything the app knows — children, the moment journal, the daily
//! tip, every text in every language — behind one `Core` with one method per use case.
//!
//! Calls block and are thread-safe; shells make them off their main thread. The core
//! never reads the wall clock to decide which day it is: the caller passes its local
//! date.

pub mod age;
pub mod articles;
pub mod backup;
pub mod children;
pub mod content;
pub mod db;
pub mod error;
pub mod journal;
pub mod l10n;
pub mod settings;
pub mod text;
pub mod tips;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, RwLock};

use chrono::NaiveDate;
use fluent_bundle::{FluentArgs, FluentValue};

pub use age::{Age, Phase};
pub use articles::{Article, Block, Span};
pub use backup::{BackupInfo, ImportReport, OpenOutcome};
pub use children::{Child, ChildInput};
pub use error::{ApiError, ApiResult};
pub use journal::{DaySummary, Moment, MomentInput, MomentKind, MomentPage, MomentQuery};
pub use l10n::{Direction, LocaleInfo};
pub use tips::store::{Feedback, FeedbackState};
pub use tips::Theme;

use age::{AgeUnit, Corrected};
use db::Db;
use error::invalid;
use l10n::Localizer;
use tips::scheduler::{self, Pick};
use tips::store as tip_store;

/// The longest tip preview: enough for a shell to schedule local notifications.
pub const UPCOMING_MAX_DAYS: u32 = 60;

/// A child's age on a date, with the words for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgeInfo {
    pub age: Age,
    /// "4 maanden en 2 weken", "9 maanden (gecorrigeerd 7)", "nog 12 dagen".
    pub label: String,
    pub phase_label: String,
}

/// A tip with its text in the current locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TipView {
    pub id: String,
    pub title: String,
    pub body: String,
    pub theme: Theme,
    pub theme_label: String,
    pub concept: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DailyTip {
    pub date: NaiveDate,
    pub tip: TipView,
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
    pub minutes: u32,
    pub theme: Theme,
    pub from_day: i32,
    pub to_day: i32,
}

/// A tip that fits an age, for content authors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CandidateTip {
    pub tip: TipView,
    pub from_day: i32,
    pub to_day: i32,
    pub priority: u8,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TipPreview {
    pub age_days: i64,
    /// In the order the scheduler offers them to a child who has seen none.
    pub candidates: Vec<CandidateTip>,
    pub any_age_fallback: bool,
}

/// A value for a placeable of a UI string.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

pub struct Core {
    db: Db,
    outcome: Mutex<OpenOutcome>,
    os_locales: Mutex<Vec<String>>,
    l10n: RwLock<Arc<Localizer>>,
}

impl Core {
    /// Opens the database at `path` (`":memory:"` for a throwaway one) and negotiates
    /// the language from the OS's preferred list (and the parent's saved choice).
    pub fn open(path: &str, preferred_locales: &[String]) -> ApiResult<Core> {
        let (db, outcome) = backup::open(path)?;
        let choice = db.read(|c| settings::get(c, settings::LANGUAGE))?;
        let l10n = Localizer::new(preferred_locales, choice.as_deref());
        Ok(Core {
            db,
            outcome: Mutex::new(outcome),
            os_locales: Mutex::new(preferred_locales.to_vec()),
            l10n: RwLock::new(Arc::new(l10n)),
        })
    }

    /// Runs a read on the database; damage SQLite reports on the way goes through
    /// recovery (when no other process has the journal open) and the read runs again.
    fn read<T>(
        &self,
        mut f: impl FnMut(&rusqlite::Connection) -> error::Result<T>,
    ) -> ApiResult<T> {
        self.recovering(|db| db.read(&mut f))
    }

    /// Runs `f` in one write transaction, with recovery as for `read`: a moment logged
    /// just as damage is found lands in the restored journal.
    fn write<T>(
        &self,
        mut f: impl FnMut(&rusqlite::Transaction) -> error::Result<T>,
    ) -> ApiResult<T> {
        self.recovering(|db| db.write(&mut f))
    }

    fn recovering<T>(&self, mut op: impl FnMut(&Db) -> error::Result<T>) -> ApiResult<T> {
        match op(&self.db) {
            Err(e) if backup::is_corrupt(&e) => {
                log::error!("damage found during a call ({e}); recovering");
                match self.recover_inner() {
                    Ok(OpenOutcome::Normal) => Err(e.into()),
                    Ok(_) => op(&self.db).map_err(ApiError::from),
                    Err(r) => {
                        log::warn!("recovery could not run now ({r}); the app may call recover()");
                        Err(e.into())
                    }
                }
            }
            other => other.map_err(ApiError::from),
        }
    }

    fn recover_inner(&self) -> error::Result<OpenOutcome> {
        let outcome = backup::recover(&self.db)?;
        if outcome != OpenOutcome::Normal {
            *self.outcome.lock().unwrap_or_else(|p| p.into_inner()) = outcome.clone();
            let choice = self.db.read(|c| settings::get(c, settings::LANGUAGE))?;
            self.relocalize(choice.as_deref());
        }
        Ok(outcome)
    }

    fn loc(&self) -> Arc<Localizer> {
        self.l10n.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    fn relocalize(&self, choice: Option<&str>) -> LocaleInfo {
        let os = self
            .os_locales
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        let l10n = Arc::new(Localizer::new(&os, choice));
        let info = l10n.info();
        *self.l10n.write().unwrap_or_else(|p| p.into_inner()) = l10n;
        info
    }

    // ---- languages ----

    /// The OS's preferred list changed (the parent changed the phone's language).
    pub fn set_locales(&self, preferred: &[String]) -> ApiResult<LocaleInfo> {
        *self.os_locales.lock().unwrap_or_else(|p| p.into_inner()) = preferred.to_vec();
        let choice = self.read(|c| settings::get(c, settings::LANGUAGE))?;
        Ok(self.relocalize(choice.as_deref()))
    }

    /// The parent's own language choice, kept across restarts; `None` follows the
    /// phone again.
    pub fn set_language(&self, tag: Option<&str>) -> ApiResult<LocaleInfo> {
        if let Some(tag) = tag {
            if !l10n::locales().iter().any(|l| l.tag == tag) {
                return Err(invalid("language", "locale-unknown").into());
            }
        }
        self.db
            .write(|tx| settings::set(tx, settings::LANGUAGE, tag))?;
        Ok(self.relocalize(tag))
    }

    pub fn locale_info(&self) -> LocaleInfo {
        self.loc().info()
    }

    pub fn available_locales(&self) -> Vec<LocaleOption> {
        l10n::locales()
            .iter()
            .map(|l| LocaleOption {
                tag: l.tag.clone(),
                native_name: l.native_name.clone(),
                direction: l.direction,
                reviewed: l.reviewed,
            })
            .collect()
    }

    /// Every UI string without placeables, in the current language, in one call.
    pub fn ui_strings(&self) -> Arc<BTreeMap<String, String>> {
        self.loc().ui_strings()
    }

    /// One UI string (or `id.attr`), with its placeables filled in.
    pub fn ui_string(&self, key: &str, args: &[(String, Arg)]) -> String {
        let fluent_args = to_fluent_args(args);
        let (id, attr) = match key.split_once('.') {
            Some((id, attr)) => (id, Some(attr)),
            None => (key, None),
        };
        self.loc().format(id, attr, Some(&fluent_args))
    }

    // ---- children ----

    pub fn add_child(&self, input: &ChildInput, today: NaiveDate) -> ApiResult<Child> {
        self.write(|tx| children::insert(tx, input, today))
    }

    pub fn update_child(&self, id: &str, input: &ChildInput, today: NaiveDate) -> ApiResult<Child> {
        self.write(|tx| children::update(tx, id, input, today))
    }

    /// Removes a child from the app; `restore_child` undoes it.
    pub fn remove_child(&self, id: &str) -> ApiResult<()> {
        self.write(|tx| children::remove(tx, id))
    }

    pub fn restore_child(&self, id: &str) -> ApiResult<Child> {
        self.write(|tx| children::restore(tx, id))
    }

    pub fn children(&self) -> ApiResult<Vec<Child>> {
        self.read(children::list)
    }

    pub fn child(&self, id: &str) -> ApiResult<Child> {
        self.read(|c| children::get(c, id))
    }

    pub fn age(&self, child_id: &str, date: NaiveDate) -> ApiResult<AgeInfo> {
        let child = self.child(child_id)?;
        let age = Age::on(child.birth_date, child.due_date, date);
        let loc = self.loc();
        let label = age_label(&loc, &age, child.birth_date, child.due_date);
        let phase_label = loc.format(&format!("phase-{}", age.phase.as_str()), None, None);
        Ok(AgeInfo {
            age,
            label,
            phase_label,
        })
    }

    // ---- journal ----

    pub fn log_moment(&self, child_id: &str, input: &MomentInput) -> ApiResult<Moment> {
        self.write(|tx| journal::insert(tx, child_id, input))
    }

    pub fn update_moment(&self, id: &str, input: &MomentInput) -> ApiResult<Moment> {
        self.write(|tx| journal::update(tx, id, input))
    }

    /// Moves a moment out of the journal; `restore_moment` brings it back.
    pub fn delete_moment(&self, id: &str) -> ApiResult<()> {
        self.write(|tx| journal::delete(tx, id))
    }

    pub fn restore_moment(&self, id: &str) -> ApiResult<Moment> {
        self.write(|tx| journal::restore(tx, id))
    }

    pub fn moment(&self, id: &str) -> ApiResult<Moment> {
        self.read(|c| journal::get(c, id))
    }

    pub fn moments(&self, query: &MomentQuery) -> ApiResult<MomentPage> {
        self.read(|c| journal::page(c, query))
    }

    /// A child's deleted moments, most recently deleted first: what undo can restore.
    pub fn deleted_moments(&self, child_id: &str, limit: u32) -> ApiResult<Vec<Moment>> {
        self.read(|c| journal::deleted(c, child_id, limit))
    }

    pub fn day_summaries(
        &self,
        child_id: &str,
        from: NaiveDate,
        to: NaiveDate,
    ) -> ApiResult<Vec<DaySummary>> {
        Ok(self
            .db
            .read(|c| journal::day_summaries(c, child_id, from, to))?)
    }

    pub fn moment_kinds(&self) -> Vec<KindInfo> {
        let loc = self.loc();
        MomentKind::ALL
            .into_iter()
            .map(|kind| {
                let id = kind.message_id();
                KindInfo {
                    kind,
                    label: loc.format(&id, None, None),
                    hint: loc.format(&id, Some("hint"), None),
                }
            })
            .collect()
    }

    pub fn kind_label(&self, kind: MomentKind) -> String {
        self.loc().format(&kind.message_id(), None, None)
    }

    // ---- tips ----

    /// The tip of the day for a child: chosen and stored the first time it is asked
    /// for, the same all day after; its definition, fallback flag and feedback come
    /// from the same transaction. `None` only when every tip was refused.
    pub fn tip_for_day(&self, child_id: &str, date: NaiveDate) -> ApiResult<Option<DailyTip>> {
        let catalog = tips::catalog();
        // Most calls find the day's tip already chosen: no write lock for those.
        let known = self.read(|c| {
            let child = children::get(c, child_id)?;
            let day = tip_store::delivered(c, child_id, date)?.and_then(|id| catalog.get(&id));
            match day {
                Some(def) => {
                    let pick = delivered_pick(&child, date, def);
                    Ok(Some(self.daily_tip(c, &child, &pick)?))
                }
                None => Ok(None),
            }
        })?;
        if known.is_some() {
            return Ok(known);
        }
        self.write(|tx| {
            // Another thread or process may have chosen it meanwhile.
            let child = children::get(tx, child_id)?;
            let stored = tip_store::delivered(tx, child_id, date)?;
            let pick = match stored.as_deref().and_then(|id| catalog.get(id)) {
                Some(def) => Some(delivered_pick(&child, date, def)),
                None => {
                    let pick = self.plan(tx, &child, date, 1)?.pop();
                    if let Some(p) = &pick {
                        // A tip a newer catalog chose for this day (from an import)
                        // gives way to one this catalog knows.
                        tip_store::record(tx, child_id, date, &p.tip.id)?;
                    }
                    pick
                }
            };
            pick.map(|p| self.daily_tip(tx, &child, &p)).transpose()
        })
    }

    /// The tips of the coming `days` days (at most 60) as the app will show them if
    /// the parent opens it each day; writes nothing. For local notifications.
    pub fn upcoming_tips(
        &self,
        child_id: &str,
        from: NaiveDate,
        days: u32,
    ) -> ApiResult<Vec<DailyTip>> {
        if !(1..=UPCOMING_MAX_DAYS).contains(&days) {
            return Err(invalid("days", "days-out-of-range").into());
        }
        self.read(|c| {
            let child = children::get(c, child_id)?;
            self.plan(c, &child, from, days)?
                .iter()
                .map(|p| self.daily_tip(c, &child, p))
                .collect()
        })
    }

    fn plan<'c>(
        &self,
        conn: &rusqlite::Connection,
        child: &Child,
        from: NaiveDate,
        days: u32,
    ) -> error::Result<Vec<Pick<'c>>> {
        let history = tip_store::history(conn, &child.id)?;
        let ex = tip_store::exclusions(conn, &child.id)?;
        Ok(scheduler::plan(
            tips::catalog(),
            &child.id,
            &history,
            from,
            days,
            |d| stage_on(child, d),
            &ex,
        ))
    }

    fn daily_tip(
        &self,
        conn: &rusqlite::Connection,
        child: &Child,
        pick: &Pick<'_>,
    ) -> error::Result<DailyTip> {
        Ok(DailyTip {
            date: pick.date,
            tip: tip_view(&self.loc(), pick.tip),
            feedback: tip_store::feedback(conn, &child.id, &pick.tip.id)?,
            any_age_fallback: pick.fallback,
        })
    }

    pub fn tip_feedback(
        &self,
        child_id: &str,
        tip_id: &str,
        feedback: Feedback,
    ) -> ApiResult<FeedbackState> {
        let catalog = tips::catalog();
        let def = catalog.get(tip_id).ok_or(ApiError::NotFound {
            code: "tip-not-found".into(),
        })?;
        self.write(|tx| {
            children::get(tx, child_id)?;
            tip_store::give_feedback(tx, child_id, &def.id, feedback)?;
            // Taking an answer back also takes back what was given to a retired id.
            if matches!(feedback, Feedback::Unfavourite | Feedback::UndoNotForMe) {
                for old in catalog.aliases(&def.id) {
                    tip_store::give_feedback(tx, child_id, old, feedback)?;
                }
            }
            tip_store::feedback(tx, child_id, &def.id)
        })
    }

    /// One tip of the catalog in the current language.
    pub fn tip(&self, tip_id: &str) -> ApiResult<TipView> {
        let def = tips::catalog().get(tip_id).ok_or(ApiError::NotFound {
            code: "tip-not-found".into(),
        })?;
        Ok(tip_view(&self.loc(), def))
    }

    pub fn favourite_tips(&self, child_id: &str) -> ApiResult<Vec<TipView>> {
        let ids = self.read(|c| {
            children::get(c, child_id)?;
            tip_store::favourites(c, child_id)
        })?;
        let loc = self.loc();
        let mut seen = std::collections::HashSet::new();
        Ok(ids
            .iter()
            .filter_map(|id| tips::catalog().get(id))
            .filter(|def| seen.insert(def.id.as_str()))
            .map(|def| tip_view(&loc, def))
            .collect())
    }

    /// Tips shown to a child, newest first; pass the last date back as `before` for
    /// the next page. A retired tip shows as the tip that replaced it; a tip this
    /// catalog does not know (from a newer one) is left out.
    pub fn tip_history(
        &self,
        child_id: &str,
        before: Option<NaiveDate>,
        limit: u32,
    ) -> ApiResult<Vec<DailyTip>> {
        if !(1..=journal::PAGE_MAX).contains(&limit) {
            return Err(invalid("limit", "limit-out-of-range").into());
        }
        let catalog = tips::catalog();
        self.read(|c| {
            let child = children::get(c, child_id)?;
            tip_store::history_page(c, child_id, before, limit)?
                .into_iter()
                .filter_map(|(date, id)| {
                    catalog
                        .get(&id)
                        .map(|def| delivered_pick(&child, date, def))
                })
                .map(|p| self.daily_tip(c, &child, &p))
                .collect()
        })
    }

    pub fn themes(&self) -> ApiResult<Vec<ThemeSetting>> {
        let off = self.read(tip_store::themes_off)?;
        let loc = self.loc();
        Ok(Theme::ALL
            .into_iter()
            .map(|theme| ThemeSetting {
                theme,
                label: loc.format(&theme.message_id(), None, None),
                enabled: !off.contains(&theme),
            })
            .collect())
    }

    pub fn set_theme_enabled(&self, theme: Theme, enabled: bool) -> ApiResult<()> {
        Ok(self
            .db
            .write(|tx| tip_store::set_theme(tx, theme, enabled))?)
    }

    /// For content authors: the tips that fit an age (of a born child; negative ages
    /// are pregnancy, or a baby born early with `born_early`), in the order a child who
    /// has seen none would get them (the first is the one it gets today).
    pub fn tip_preview(&self, age_days: i64, born_early: bool) -> TipPreview {
        let loc = self.loc();
        let stage = scheduler::Stage {
            age_days,
            born: age_days >= 0 || born_early,
        };
        let none = std::collections::HashMap::new();
        let ex = scheduler::Exclusions::default();
        let (cands, fallback) = scheduler::candidates(tips::catalog(), stage, &ex, &none);
        TipPreview {
            age_days,
            candidates: scheduler::ordered(&cands, "")
                .into_iter()
                .map(|def| CandidateTip {
                    tip: tip_view(&loc, def),
                    from_day: def.from_day,
                    to_day: def.to_day,
                    priority: def.priority,
                })
                .collect(),
            any_age_fallback: fallback,
        }
    }

    // ---- articles ----

    pub fn articles(&self) -> Vec<ArticleSummary> {
        let chain = self.loc().info().chain;
        articles::defs()
            .iter()
            .filter_map(|def| {
                let a = articles::load(&def.id, &chain)?;
                Some(ArticleSummary {
                    id: a.id,
                    title: a.title,
                    summary: a.summary,
                    minutes: a.minutes,
                    theme: def.theme,
                    from_day: def.from_day,
                    to_day: def.to_day,
                })
            })
            .collect()
    }

    pub fn article(&self, id: &str) -> ApiResult<Article> {
        let chain = self.loc().info().chain;
        articles::defs()
            .iter()
            .find(|d| d.id == id)
            .and_then(|d| articles::load(&d.id, &chain))
            .ok_or(ApiError::NotFound {
                code: "article-not-found".into(),
            })
    }

    // ---- safety: export, import, backups ----

    /// What opening — or the last recovery since — found: normally `Normal`; after
    /// damage, what was done about it.
    pub fn open_outcome(&self) -> OpenOutcome {
        self.outcome
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Checks the journal alone and, when it is damaged, recovers it as opening would
    /// (the damaged file kept aside, the newest sound backup restored, what can be read
    /// salvaged). For after a `Corrupt` error that could not recover at once because
    /// another process (a widget, an extension) had the journal open. A sound journal
    /// is left alone and gives `Normal`.
    /// Errors: `JournalBusy` while another process keeps the journal open.
    pub fn recover(&self) -> ApiResult<OpenOutcome> {
        Ok(self.recover_inner()?)
    }

    /// Everything a parent wrote (removed rows as tombstones) as one JSON document.
    /// Errors: `Interrupted` when `interrupt()` is called meanwhile.
    pub fn export_json(&self) -> ApiResult<String> {
        let scope = self.db.scope();
        let doc = self.recovering(|db| db.read_scoped(&scope, backup::export_doc))?;
        Ok(backup::to_json(&doc)?)
    }

    /// Writes the export to a new file readable by its owner only.
    pub fn export_to_file(&self, path: &str) -> ApiResult<()> {
        let json = self.export_json()?;
        let path = std::path::Path::new(path);
        let tmp = path.with_extension("tmp-export");
        let _ = std::fs::remove_file(&tmp);
        db::create_private(&tmp).map_err(ApiError::from)?;
        let written = std::fs::write(&tmp, json).and_then(|()| std::fs::rename(&tmp, path));
        if let Err(e) = written {
            let _ = std::fs::remove_file(&tmp);
            return Err(error::Error::from(e).into());
        }
        Ok(())
    }

    /// Merges an export into this database in one transaction: all of it or nothing.
    pub fn import_json(&self, json: &str) -> ApiResult<ImportReport> {
        self.import_json_with_progress(json, &mut |_, _| {})
    }

    /// `import_json`, reporting (done, total) rows as it goes. `progress` runs on the
    /// calling thread outside every lock, so it may call this Core (a call that writes
    /// waits until the import is done). `interrupt()` cancels the import; nothing is
    /// then changed.
    pub fn import_json_with_progress(
        &self,
        json: &str,
        progress: &mut dyn FnMut(u64, u64),
    ) -> ApiResult<ImportReport> {
        let doc = backup::parse(json)?;
        let scope = self.db.scope();
        let (sender, receiver) = std::sync::mpsc::channel::<(u64, u64)>();
        let report = std::thread::scope(|s| {
            let worker = s.spawn(move || {
                self.write(|tx| {
                    backup::merge(tx, &doc, &scope, &mut |done, total| {
                        let _ = sender.send((done, total));
                    })
                })
            });
            // Ends when the worker drops its sender, finished or failed.
            for (done, total) in receiver {
                progress(done, total);
            }
            worker.join()
        });
        let report = match report {
            Ok(r) => r?,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        // The file may carry the parent's language choice.
        let choice = self.read(|c| settings::get(c, settings::LANGUAGE))?;
        self.relocalize(choice.as_deref());
        Ok(report)
    }

    /// The automatic backups, newest first.
    pub fn backups(&self) -> ApiResult<Vec<BackupInfo>> {
        Ok(backup::list_backups(std::path::Path::new(self.db.path()))?)
    }

    /// Makes (or refreshes) today's backup now.
    pub fn backup_now(&self) -> ApiResult<BackupInfo> {
        if self.db.path() == db::MEMORY {
            return Err(ApiError::NotFound {
                code: "backup-not-found".into(),
            });
        }
        Ok(backup::backup_now(std::path::Path::new(self.db.path()))?)
    }

    /// Replaces the journal with a backup. The current file is kept beside it, never
    /// deleted; when the backup cannot be opened, the current file stays in use.
    /// Errors: `NotFound` (`backup-not-found`); `JournalBusy` while another process
    /// keeps the journal open.
    pub fn restore_backup(&self, name: &str) -> ApiResult<()> {
        let path = std::path::PathBuf::from(self.db.path());
        if !self.backups()?.iter().any(|b| b.name == name) {
            return Err(ApiError::NotFound {
                code: "backup-not-found".into(),
            });
        }
        backup::restore(&self.db, &backup::backup_dir(&path).join(name))?;
        let choice = self.read(|c| settings::get(c, settings::LANGUAGE))?;
        self.relocalize(choice.as_deref());
        Ok(())
    }

    #[cfg(feature = "test-hooks")]
    /// Caps the database file at `pages` pages: lets tests fill the disk.
    pub fn limit_storage_for_tests(&self, pages: u32) -> ApiResult<()> {
        Ok(self.db.limit_pages(pages)?)
    }

    /// Cancels the calls begun before it on other threads — a long search, an export,
    /// an import; each returns `Interrupted` and nothing is changed. Calls begun after
    /// it, and writes such as `log_moment`, are never cancelled.
    pub fn interrupt(&self) {
        self.db.interrupt();
    }
}

/// Where a child is on a date, for the scheduler.
fn stage_on(child: &Child, date: NaiveDate) -> scheduler::Stage {
    let age = Age::on(child.birth_date, child.due_date, date);
    scheduler::Stage {
        age_days: age.tip_age_days,
        born: !age.expecting,
    }
}

/// A day whose tip is in the history.
fn delivered_pick<'c>(child: &Child, date: NaiveDate, def: &'c tips::TipDef) -> Pick<'c> {
    Pick {
        date,
        tip: def,
        fallback: !def.holds(stage_on(child, date).age_days),
    }
}

fn tip_view(loc: &Localizer, def: &tips::TipDef) -> TipView {
    TipView {
        id: def.id.clone(),
        title: loc.format(&def.id, Some("title"), None),
        body: loc.format(&def.id, Some("body"), None),
        theme: def.theme,
        theme_label: loc.format(&def.theme.message_id(), None, None),
        concept: def.concept.clone(),
    }
}

fn to_fluent_args(args: &[(String, Arg)]) -> FluentArgs<'_> {
    let mut out = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(t) => out.set(name.as_str(), FluentValue::from(t.as_str())),
            Arg::Number(n) => out.set(name.as_str(), FluentValue::from(*n)),
        }
    }
    out
}

/// Says an age in the current language.
pub fn age_label(
    loc: &Localizer,
    age: &Age,
    birth: Option<NaiveDate>,
    due: Option<NaiveDate>,
) -> String {
    let words = age.words(birth, due);
    let n = |v: i64| FluentValue::from(v);
    let (id, args) = match words.main {
        AgeUnit::Days(d) => ("age-days", l10n::args(&[("days", n(d))])),
        AgeUnit::Weeks(w) => ("age-weeks", l10n::args(&[("weeks", n(w))])),
        AgeUnit::Months(m) => ("age-months", l10n::args(&[("months", n(m))])),
        AgeUnit::MonthsWeeks(m, w) => (
            "age-months-weeks",
            l10n::args(&[("months", n(m)), ("weeks", n(w))]),
        ),
        AgeUnit::Years(y) => ("age-years", l10n::args(&[("years", n(y))])),
        AgeUnit::YearsMonths(y, m) => (
            "age-years-months",
            l10n::args(&[("years", n(y)), ("months", n(m))]),
        ),
        AgeUnit::Expecting(d) => ("age-expecting", l10n::args(&[("days", n(d))])),
        AgeUnit::DueToday => ("age-due-today", FluentArgs::new()),
        AgeUnit::Overdue(d) => ("age-overdue", l10n::args(&[("days", n(d))])),
    };
    let main = loc.format(id, None, Some(&args));
    match words.corrected {
        None => main,
        Some(Corrected::Count(c)) => loc.format(
            "age-corrected",
            None,
            Some(&l10n::args(&[
                ("age", FluentValue::from(main.as_str())),
                ("corrected", n(c)),
            ])),
        ),
        Some(Corrected::BeforeDue(d)) => loc.format(
            "age-corrected-before-due",
            None,
            Some(&l10n::args(&[
                ("age", FluentValue::from(main.as_str())),
                ("days", n(d)),
            ])),
        ),
    }
}

/// Hooks for tests (feature `test-hooks`): never in an app build.
#[cfg(feature = "test-hooks")]
pub mod testing {
    /// Moves this process's clock by `days`: the daily check and backup then run as
    /// on that day.
    pub fn shift_clock_days(days: i64) {
        crate::db::clock::set_offset_ms(days * 86_400_000);
    }

    /// Registers the SQL functions the schema's triggers call, on a connection a test
    /// opened itself.
    pub fn register_functions(conn: &rusqlite::Connection) -> Result<(), String> {
        crate::db::register_functions(conn).map_err(|e| e.to_string())
    }
}
