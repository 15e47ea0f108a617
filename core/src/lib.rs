//! hechting-core: everything the app knows — children, the moment journal, the daily
//! tip, every text in every language — behind one `Core` with one method per use case.
//!
//! Calls block and are thread-safe; shells make them off their main thread. The core
//! never reads the wall clock to decide which day it is: the caller passes its local
//! date.
//!
//! The public API is `Core`, the records its calls take and return, `ApiError` with
//! its `ErrorCode`, and `authoring` for content authors. Everything else is private;
//! tests reach inside only through the `test-hooks` feature.

// Library code never unwraps: a file or a parent can reach any line of it.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

/// Declares the private parts: public with `test-hooks`, for tests and benchmarks.
macro_rules! parts {
    ($($name:ident),+ $(,)?) => {
        $(
            #[cfg(feature = "test-hooks")]
            pub mod $name;
            #[cfg(not(feature = "test-hooks"))]
            mod $name;
        )+
    };
}

parts!(age, articles, backup, children, content, db, journal, l10n, settings, share, text, tips,);

pub mod authoring;
mod error;
mod facade;
mod records;
mod timestamp;
mod words;

use std::sync::{Arc, Mutex, RwLock};

pub use age::{Age, Phase};
pub use articles::{Article, Block, Span};
pub use backup::{BackupInfo, ImportReport, OpenOutcome};
pub use children::{Child, ChildInput};
pub use error::{ApiError, ApiResult, ErrorCode};
pub use facade::tips::UPCOMING_MAX_DAYS;
pub use journal::{
    DaySummary, KindCount, Moment, MomentInput, MomentKind, MomentPage, MomentQuery, PAGE_MAX,
};
pub use l10n::{Direction, LocaleInfo};
pub use records::{
    AgeInfo, Arg, ArticleSummary, DailyTip, Home, KindInfo, LocaleOption, ThemeSetting, Tip,
};
pub use share::{PAIRING_CODE_MAX, PAIRING_CODE_MIN};
pub use timestamp::Timestamp;
pub use tips::store::{Feedback, FeedbackState};
pub use tips::Theme;

use db::Db;
use l10n::Localizer;

/// Reads a calendar date as `YYYY-MM-DD`; a bad one is `InvalidInput` naming `field`.
pub fn parse_date(field: &'static str, text: &str) -> ApiResult<chrono::NaiveDate> {
    Ok(age::parse_date(field, text)?)
}

/// The supported languages for a preferred list, best first, ending in the source.
pub fn negotiate_locales(preferred: &[String]) -> Vec<String> {
    l10n::negotiate(preferred)
}

/// Removes the Unicode isolation marks Fluent puts around placeables: for a terminal,
/// which shows them as gaps.
pub fn strip_isolation(text: &str) -> String {
    l10n::strip_isolation(text)
}

pub struct Core {
    db: Db,
    outcome: Mutex<OpenOutcome>,
    os_locales: Mutex<Vec<String>>,
    l10n: RwLock<Arc<Localizer>>,
    /// Moves on each time the language chain changes: `ui_strings_version`.
    strings_version: std::sync::atomic::AtomicI64,
    /// Keys derived from the pairing code, for sharing.
    share_keys: share::Keys,
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
            strings_version: std::sync::atomic::AtomicI64::new(1),
            share_keys: share::Keys::default(),
        })
    }

    /// Runs a read on the database; damage SQLite reports on the way goes through
    /// recovery (when no other process has the journal open) and the read runs again.
    pub(crate) fn read<T>(
        &self,
        mut f: impl FnMut(&rusqlite::Connection) -> error::Result<T>,
    ) -> ApiResult<T> {
        self.recovering(|db| db.read(&mut f))
    }

    /// Runs `f` in one write transaction, with recovery as for `read`: a moment logged
    /// just as damage is found lands in the restored journal.
    pub(crate) fn write<T>(
        &self,
        mut f: impl FnMut(&rusqlite::Transaction) -> error::Result<T>,
    ) -> ApiResult<T> {
        self.recovering(|db| db.write(&mut f))
    }

    pub(crate) fn recovering<T>(
        &self,
        mut op: impl FnMut(&Db) -> error::Result<T>,
    ) -> ApiResult<T> {
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

    pub(crate) fn recover_inner(&self) -> error::Result<OpenOutcome> {
        let outcome = backup::recover(&self.db)?;
        if outcome != OpenOutcome::Normal {
            *self.outcome.lock().unwrap_or_else(|p| p.into_inner()) = outcome.clone();
            let choice = self.db.read(|c| settings::get(c, settings::LANGUAGE))?;
            self.relocalize(choice.as_deref());
        }
        Ok(outcome)
    }

    pub(crate) fn loc(&self) -> Arc<Localizer> {
        self.l10n.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    pub(crate) fn relocalize(&self, choice: Option<&str>) -> LocaleInfo {
        let os = self
            .os_locales
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        let l10n = Arc::new(Localizer::new(&os, choice));
        let info = l10n.info();
        let old = std::mem::replace(
            &mut *self.l10n.write().unwrap_or_else(|p| p.into_inner()),
            l10n,
        );
        if old.info().chain != info.chain {
            self.strings_version
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        info
    }

    /// Cancels the calls begun before it on other threads — a long search, an export,
    /// an import; each returns `Interrupted` and nothing is changed. Calls begun after
    /// it, and writes such as `log_moment`, are never cancelled.
    pub fn interrupt(&self) {
        self.db.interrupt();
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

    /// A read as long as `d`, the way the Core reads (a search, a page, an export):
    /// counts the moments, then keeps its read transaction open; returns the count.
    pub fn long_read(core: &crate::Core, d: std::time::Duration) -> Result<i64, String> {
        core.db
            .read(|c| {
                let tx = c.unchecked_transaction()?;
                let n: i64 = tx.query_row("SELECT count(*) FROM moments", [], |r| r.get(0))?;
                std::thread::sleep(d);
                tx.finish()?;
                Ok(n)
            })
            .map_err(|e| e.to_string())
    }
}
