//! The facade's calls for the daily tip: today's, the coming days', the history, the
//! parent's answers and the themes. The tips part does the work; this puts it into
//! words.

use chrono::NaiveDate;

use crate::error::{invalid, ApiError, ApiResult, ErrorCode};
use crate::journal;
use crate::records::{DailyTip, ThemeSetting, Tip};
use crate::tips::daily::{self, DayTip};
use crate::tips::store::{self as tip_store, Feedback, FeedbackState};
use crate::tips::{self, Theme};
use crate::{children, words, Core};

/// The longest tip preview: enough for a shell to schedule local notifications.
pub const UPCOMING_MAX_DAYS: i32 = 60;

impl Core {
    /// The tip of the day for a child: chosen and stored the first time it is asked
    /// for, the same all day after; its definition, fallback flag and feedback come
    /// from the same transaction. `None` only when every tip was refused.
    /// Errors: `NotFound` (`child-not-found`), `InvalidInput` (`id-invalid`).
    pub fn tip_for_day(&self, child_id: &str, date: NaiveDate) -> ApiResult<Option<DailyTip>> {
        let catalog = tips::catalog();
        // Most calls find the day's tip already chosen: they never wait for a write.
        let day = self.recovering(|db| {
            db.read_or_write(
                |c| Ok(daily::chosen(c, catalog, child_id, date)?.map(Some)),
                |tx| daily::choose(tx, catalog, child_id, date),
            )
        })?;
        Ok(day.map(|d| self.daily_tip(&d)))
    }

    /// The tips of the coming `days` days (1 to 60) as the app will show them if the
    /// parent opens it each day; writes nothing. For local notifications.
    /// Errors: `InvalidInput` (`days-out-of-range`), `NotFound` (`child-not-found`).
    pub fn upcoming_tips(
        &self,
        child_id: &str,
        from: NaiveDate,
        days: i32,
    ) -> ApiResult<Vec<DailyTip>> {
        if !(1..=UPCOMING_MAX_DAYS).contains(&days) {
            return Err(invalid("days", ErrorCode::DaysOutOfRange).into());
        }
        let days = days.unsigned_abs();
        let catalog = tips::catalog();
        let planned = self.read(|c| daily::upcoming(c, catalog, child_id, from, days))?;
        Ok(planned.iter().map(|d| self.daily_tip(d)).collect())
    }

    fn daily_tip(&self, day: &DayTip<'_>) -> DailyTip {
        DailyTip {
            date: day.date,
            tip: words::tip(&self.loc(), day.def),
            feedback: day.feedback,
            any_age_fallback: day.fallback,
        }
    }

    /// Records a parent's answer to a tip; returns the tip's answers after it.
    /// Errors: `NotFound` (`tip-not-found`, `child-not-found`).
    pub fn tip_feedback(
        &self,
        child_id: &str,
        tip_id: &str,
        feedback: Feedback,
    ) -> ApiResult<FeedbackState> {
        let catalog = tips::catalog();
        let def = catalog.get(tip_id).ok_or(ApiError::NotFound {
            code: ErrorCode::TipNotFound,
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

    /// One tip of the catalog in the current language; a retired id gives the tip that
    /// replaced it. Errors: `NotFound` (`tip-not-found`).
    pub fn tip(&self, tip_id: &str) -> ApiResult<Tip> {
        let def = tips::catalog().get(tip_id).ok_or(ApiError::NotFound {
            code: ErrorCode::TipNotFound,
        })?;
        Ok(words::tip(&self.loc(), def))
    }

    /// A child's favourite tips, most recently marked first.
    /// Errors: `NotFound` (`child-not-found`).
    pub fn favourite_tips(&self, child_id: &str) -> ApiResult<Vec<Tip>> {
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
            .map(|def| words::tip(&loc, def))
            .collect())
    }

    /// Tips shown to a child, newest first; pass the last date back as `before` for
    /// the next page. A retired tip shows as the tip that replaced it; a tip this
    /// catalog does not know (from a newer one) is left out.
    /// Errors: `InvalidInput` (`limit-out-of-range`), `NotFound` (`child-not-found`).
    pub fn tip_history(
        &self,
        child_id: &str,
        before: Option<NaiveDate>,
        limit: i32,
    ) -> ApiResult<Vec<DailyTip>> {
        if !(1..=journal::PAGE_MAX).contains(&limit) {
            return Err(invalid("limit", ErrorCode::LimitOutOfRange).into());
        }
        let limit = limit.unsigned_abs();
        let catalog = tips::catalog();
        let days = self.read(|c| daily::history(c, catalog, child_id, before, limit))?;
        Ok(days.iter().map(|d| self.daily_tip(d)).collect())
    }

    /// The themes, each with its label and whether the parent left it on.
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

    /// Switches a theme on or off for every child; a must-see message is shown once
    /// whatever is switched off.
    pub fn set_theme_enabled(&self, theme: Theme, enabled: bool) -> ApiResult<()> {
        self.write(|tx| tip_store::set_theme(tx, theme, enabled))
    }
}
