//! The daily tip scheduler, pure: which tip a child gets on a day, from the catalog,
//! the child's ages, the delivery history and the feedback. No I/O, no clock, no
//! randomness: the same inputs give the same tip.
//!
//! The rules (DESIGN.md):
//! 1. A tip already delivered for the day is returned again.
//! 2. Candidates: the window holds the child's (corrected) age, the tip fits the
//!    child's stage (pregnancy tips only before the birth, born-early tips only for a
//!    baby born but not yet due), not "not for me", theme not switched off. When none
//!    is left, the open-ended any-age tips serve.
//! 3. Never-delivered first; among those the must-see messages (by the day they must be
//!    shown by; they ignore switched-off themes until shown once), then the window that
//!    closes soonest, then priority, then a stable hash of (child, tip).
//! 4. When every candidate was delivered, the least recently delivered returns.
//! 5. Missed days are not back-filled: history holds only days that were shown.
//! 6. A preview runs the same rules day by day, writing nothing, so the tip later
//!    delivered on each day equals its preview when every day is shown and nothing
//!    else changed.
//! 7. Deterministic.
//! 8. History the catalog does not know (a newer catalog's tip, from an import) is
//!    skipped: such a day counts as not shown. A retired id counts as its replacement.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Days, NaiveDate};

use super::catalog::{Catalog, Theme, TipDef};

/// What keeps a tip from a child.
#[derive(Debug, Clone, Default)]
pub struct Exclusions {
    pub not_for_me: HashSet<String>,
    pub themes_off: HashSet<Theme>,
}

impl Exclusions {
    /// A must-see message that was never shown passes whatever the parent switched off.
    fn allows(&self, tip: &TipDef, shown: bool) -> bool {
        if tip.show_by_day.is_some() && !shown {
            return true;
        }
        !self.not_for_me.contains(&tip.id) && !self.themes_off.contains(&tip.theme)
    }
}

/// Where a child is on a date: its tip age in days (corrected where that applies) and
/// whether it is born.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stage {
    pub age_days: i64,
    pub born: bool,
}

/// The tip for one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick<'c> {
    pub date: NaiveDate,
    pub tip: &'c TipDef,
    /// No window held the age: an open-ended any-age tip serves.
    pub fallback: bool,
}

/// A stable 64-bit FNV-1a hash of (child, tip): the same on every device and build.
pub fn variety_hash(child_id: &str, tip_id: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in child_id.bytes().chain([0xff]).chain(tip_id.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The candidates for a stage, and whether they are the any-age fallback. Ages before
/// the first window of the child's stage count as its first day.
pub fn candidates<'c>(
    catalog: &'c Catalog,
    stage: Stage,
    ex: &Exclusions,
    last_shown: &HashMap<&str, NaiveDate>,
) -> (Vec<&'c TipDef>, bool) {
    let fits = |t: &TipDef| t.fits_stage(stage.age_days, stage.born);
    let first = catalog
        .tips
        .iter()
        .filter(|t| fits(t))
        .map(|t| i64::from(t.from_day))
        .min();
    let age = first.map_or(stage.age_days, |f| stage.age_days.max(f));
    let allowed = |t: &TipDef| ex.allows(t, last_shown.contains_key(t.id.as_str()));
    let fitting: Vec<&TipDef> = catalog
        .tips
        .iter()
        .filter(|t| fits(t) && t.holds(age) && allowed(t))
        .collect();
    if !fitting.is_empty() {
        return (fitting, age != stage.age_days);
    }
    let open: Vec<&TipDef> = catalog
        .tips
        .iter()
        .filter(|t| t.is_open_ended() && !t.born_early && allowed(t))
        .collect();
    (open, true)
}

/// The order of rule 3 and 4: smaller comes first.
fn rank<'c>(t: &'c TipDef, child_id: &str, last_shown: &HashMap<&str, NaiveDate>) -> impl Ord + 'c {
    let shown = last_shown.get(t.id.as_str()).copied();
    let must_see = match (shown, t.show_by_day) {
        (None, Some(by)) => (0, by),
        _ => (1, 0),
    };
    (
        shown,
        must_see,
        t.to_day,
        t.priority,
        variety_hash(child_id, &t.id),
        t.id.as_str(),
    )
}

/// Chooses among candidates by rules 3 and 4, given when each tip was last shown (the
/// rules as written; `plan` applies them on positions).
#[cfg(test)]
pub fn choose<'c>(
    candidates: &[&'c TipDef],
    child_id: &str,
    last_shown: &HashMap<&str, NaiveDate>,
) -> Option<&'c TipDef> {
    candidates
        .iter()
        .copied()
        .min_by_key(|t| rank(t, child_id, last_shown))
}

/// Candidates in the order a child who has seen none gets them (the first is today's).
pub fn ordered<'c>(candidates: &[&'c TipDef], child_id: &str) -> Vec<&'c TipDef> {
    let none = HashMap::new();
    let mut out = candidates.to_vec();
    out.sort_by_cached_key(|t| rank(t, child_id, &none));
    out
}

/// The tips for `days` days from `from`: delivered days as they were, the others
/// chosen in order as if each earlier day had been shown. `stage_on` gives the child's
/// stage on a date.
///
/// The same rules as `candidates` and `choose`, on tip positions instead of ids: each
/// tip's hash, exclusion and last showing are worked out once per call, so a day costs
/// a pass of integer comparisons over the catalog (a property test holds it to the
/// plain rules).
pub fn plan<'c>(
    catalog: &'c Catalog,
    child_id: &str,
    history: &BTreeMap<NaiveDate, String>,
    from: NaiveDate,
    days: u32,
    stage_on: impl Fn(NaiveDate) -> Stage,
    ex: &Exclusions,
) -> Vec<Pick<'c>> {
    let tips = &catalog.tips;
    // Worked out when first needed: a day's tip looks at a few dozen tips, not all.
    let hash: Vec<std::cell::Cell<Option<u64>>> = vec![std::cell::Cell::new(None); tips.len()];
    let hash_of = |i: usize| match hash[i].get() {
        Some(h) => h,
        None => {
            let h = variety_hash(child_id, &tips[i].id);
            hash[i].set(Some(h));
            h
        }
    };
    let excluded: Vec<std::cell::Cell<Option<bool>>> = vec![std::cell::Cell::new(None); tips.len()];
    let excluded_at = |i: usize| match excluded[i].get() {
        Some(e) => e,
        None => {
            let t = &tips[i];
            let e = ex.not_for_me.contains(&t.id) || ex.themes_off.contains(&t.theme);
            excluded[i].set(Some(e));
            e
        }
    };
    let mut last_shown: Vec<Option<NaiveDate>> = vec![None; tips.len()];
    for (date, id) in history.range(..from) {
        if let Some(i) = catalog.position(id) {
            last_shown[i] = Some(*date);
        }
    }
    // The first day of each stage's tips: before it, a child gets that day's tips.
    let first_from = |born_early: bool| {
        tips.iter()
            .filter(|t| t.born_early == born_early)
            .map(|t| i64::from(t.from_day))
            .min()
    };
    let (first_plain, first_born_early) = (first_from(false), first_from(true));

    let mut picks = Vec::with_capacity(days as usize);
    for offset in 0..days {
        let Some(date) = from.checked_add_days(Days::new(u64::from(offset))) else {
            break;
        };
        let stage = stage_on(date);
        if let Some(i) = history.get(&date).and_then(|id| catalog.position(id)) {
            last_shown[i] = Some(date);
            picks.push(Pick {
                date,
                tip: &tips[i],
                fallback: !tips[i].holds(stage.age_days),
            });
            continue;
        }
        let born_early_stage = stage.age_days < 0 && stage.born;
        let first = if born_early_stage {
            first_born_early
        } else {
            first_plain
        };
        let age = first.map_or(stage.age_days, |f| stage.age_days.max(f));
        let allowed = |i: usize| {
            (tips[i].show_by_day.is_some() && last_shown[i].is_none()) || !excluded_at(i)
        };
        // Rules 3 and 4 in order; the hash and the id only break ties.
        let key = |i: usize| {
            let t = &tips[i];
            let must_see = match (last_shown[i], t.show_by_day) {
                (None, Some(by)) => (0, by),
                _ => (1, 0),
            };
            (last_shown[i], must_see, t.to_day, t.priority)
        };
        let best = |fits: &dyn Fn(&TipDef) -> bool| {
            (0..tips.len())
                .filter(|&i| fits(&tips[i]) && allowed(i))
                .min_by(|&a, &b| {
                    key(a)
                        .cmp(&key(b))
                        .then_with(|| hash_of(a).cmp(&hash_of(b)))
                        .then_with(|| tips[a].id.cmp(&tips[b].id))
                })
        };
        let fitting = best(&|t: &TipDef| {
            t.born_early == born_early_stage && t.holds(age)
        });
        let (chosen, fallback) = match fitting {
            Some(i) => (Some(i), age != stage.age_days),
            None => (
                best(&|t: &TipDef| t.is_open_ended() && !t.born_early),
                true,
            ),
        };
        let Some(i) = chosen else {
            continue;
        };
        last_shown[i] = Some(date);
        picks.push(Pick {
            date,
            tip: &tips[i],
            fallback,
        });
    }
    picks
}

#[cfg(test)]
#[path = "scheduler_tests.rs"]
mod tests;
