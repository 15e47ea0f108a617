//! What a parent sees day after day, for content authors and the content tests: a
//! child followed from its first tip day, the app opened every day, no answers given.
//! The days come from the scheduler itself, so this is exactly what the app shows.

use std::collections::{BTreeMap, HashSet};

use chrono::{Days, NaiveDate};

use super::catalog::{Catalog, TipDef};
use super::scheduler::{self, Exclusions, Stage};
use crate::age::Age;

/// The three journeys the catalog promises a new tip every day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JourneyKind {
    /// Born on its due date, followed from day 0 to day 730.
    Term,
    /// Born 8 weeks before its due date, followed from birth (corrected day −56) to 730.
    BornEarly8Weeks,
    /// Expecting, followed over the last 120 days before the due date.
    Expecting,
}

impl JourneyKind {
    pub const ALL: [JourneyKind; 3] = [
        JourneyKind::Term,
        JourneyKind::BornEarly8Weeks,
        JourneyKind::Expecting,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            JourneyKind::Term => "term",
            JourneyKind::BornEarly8Weeks => "born-8-weeks-early",
            JourneyKind::Expecting => "expecting",
        }
    }
}

/// One day of a journey.
#[derive(Debug, Clone)]
pub struct JourneyDay<'c> {
    /// Tip age: days of corrected age, negative before the due date.
    pub age_days: i64,
    pub tip: &'c TipDef,
    /// Shown on an earlier day of the journey already.
    pub repeat: bool,
}

#[derive(Debug, Clone)]
pub struct Journey<'c> {
    pub kind: JourneyKind,
    pub days: Vec<JourneyDay<'c>>,
}

/// A fixed day to count from: the journey does not depend on the calendar.
fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or_default()
}

pub fn journey(catalog: &Catalog, kind: JourneyKind) -> Journey<'_> {
    let d0 = start();
    let (birth, due, span) = match kind {
        JourneyKind::Term => (Some(d0), Some(d0), 731),
        JourneyKind::BornEarly8Weeks => (Some(d0), d0.checked_add_days(Days::new(56)), 56 + 731),
        JourneyKind::Expecting => (None, d0.checked_add_days(Days::new(120)), 120),
    };
    let stage_on = |d: NaiveDate| {
        let age = Age::on(birth, due, d);
        Stage {
            age_days: age.tip_age_days,
            born: !age.expecting,
        }
    };
    let picks = scheduler::plan(
        catalog,
        kind.as_str(),
        &BTreeMap::new(),
        d0,
        span,
        stage_on,
        &Exclusions::default(),
    );
    let mut seen = HashSet::new();
    let days = picks
        .into_iter()
        .map(|p| JourneyDay {
            age_days: stage_on(p.date).age_days,
            repeat: !seen.insert(p.tip.id.as_str()),
            tip: p.tip,
        })
        .collect();
    Journey { kind, days }
}

impl Journey<'_> {
    /// The age of the first day a tip comes back, if any.
    pub fn first_repeat(&self) -> Option<i64> {
        self.days.iter().find(|d| d.repeat).map(|d| d.age_days)
    }

    /// New (never shown) tips per 30-day month of tip age, from the journey's first
    /// month: (month, first day, new tips).
    pub fn new_per_month(&self) -> Vec<(i64, i64, usize)> {
        let mut months: BTreeMap<i64, usize> = BTreeMap::new();
        for d in &self.days {
            let entry = months.entry(d.age_days.div_euclid(30)).or_default();
            if !d.repeat {
                *entry += 1;
            }
        }
        months.into_iter().map(|(m, n)| (m, m * 30, n)).collect()
    }

    /// For each must-see tip of the journey's stage: its id, the day it must be shown
    /// by, and the day it was first shown (`None`: not within the journey).
    pub fn must_see<'a>(&'a self, catalog: &'a Catalog) -> Vec<(&'a str, i32, Option<i64>)> {
        let first_day = self.days.first().map_or(0, |d| d.age_days);
        let last_day = self.days.last().map_or(0, |d| d.age_days);
        let born = self.kind != JourneyKind::Expecting;
        catalog
            .tips
            .iter()
            .filter_map(|t| Some((t, t.show_by_day?)))
            .filter(|(t, by)| {
                let by = i64::from(*by);
                (first_day..=last_day).contains(&by)
                    && i64::from(t.from_day) >= first_day
                    && t.fits_stage(by, born)
            })
            .map(|(t, by)| {
                let shown = self
                    .days
                    .iter()
                    .find(|d| d.tip.id == t.id)
                    .map(|d| d.age_days);
                (t.id.as_str(), by, shown)
            })
            .collect()
    }
}
