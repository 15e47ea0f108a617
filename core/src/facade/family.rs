//! The facade's calls for children, their ages and the moment journal.

use chrono::NaiveDate;

use crate::age::Age;
use crate::children::{self, Child, ChildInput};
use crate::error::ApiResult;
use crate::journal::{self, DaySummary, Moment, MomentInput, MomentKind, MomentPage, MomentQuery};
use crate::records::{AgeInfo, Home, KindInfo};
use crate::{words, Core};

impl Core {
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
        let label = words::age_label(&loc, &age, child.birth_date, child.due_date);
        let phase_label = loc.format(&format!("phase-{}", age.phase.as_str()), None, None);
        Ok(AgeInfo {
            age,
            label,
            phase_label,
        })
    }

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
    pub fn deleted_moments(&self, child_id: &str, limit: i32) -> ApiResult<Vec<Moment>> {
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

    /// The home screen in one call: the child, its age in words, today's tip (chosen
    /// now when it was not yet) and the newest `latest` moments (1 to 500).
    /// Errors: `NotFound` (`child-not-found`), `InvalidInput` (`limit-out-of-range`).
    pub fn home(&self, child_id: &str, today: NaiveDate, latest: i32) -> ApiResult<Home> {
        let child = self.child(child_id)?;
        let age = self.age(child_id, today)?;
        let tip = self.tip_for_day(child_id, today)?;
        let latest = self
            .moments(&MomentQuery {
                child_id: Some(child_id.to_owned()),
                limit: latest,
                ..MomentQuery::default()
            })?
            .items;
        Ok(Home {
            child,
            age,
            tip,
            latest,
            ui_strings_version: self.ui_strings_version(),
        })
    }
}
