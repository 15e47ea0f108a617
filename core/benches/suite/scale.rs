//! The scheduler at catalog sizes the content is growing to: synthetic catalogs of 222,
//! 1,000 and 2,000 tips spread over pregnancy and two years, a year of history made by
//! the scheduler itself, then a day's tip and a 60-day preview. The baseline is the bare
//! loop the rules need at least: for each day, one pass over the catalog taking the
//! soonest-closing window that holds the age.

use std::collections::BTreeMap;
use std::hint::black_box;

use chrono::{Days, NaiveDate};
use hechting_core::tips::catalog::{Catalog, Theme, TipDef};
use hechting_core::tips::scheduler::{self, Exclusions, Stage};

use crate::harness::{compare, per_call, Batching, Budget};
use crate::report::{Report, Target};

const MS: f64 = 1_000_000.0;
const CHILD: &str = "0190a000-0000-7000-8000-000000000001";

/// A catalog of `n` tips: windows of 30–120 days opening evenly from 120 days before
/// the due date to two years, every fifth a must-see one, a few for babies born early,
/// and open-ended any-age tips.
fn catalog(n: usize) -> Catalog {
    let tips = (0..n)
        .map(|i| {
            let from = -120 + (i as i32 * 850) / n as i32;
            let len = 30 + (i as i32 * 37) % 90;
            let open = i % 97 == 0;
            TipDef {
                id: format!("synthetic-tip-{i}"),
                from_day: if open { 0 } else { from },
                to_day: if open { 4000 } else { (from + len).min(730) },
                theme: Theme::ALL[i % Theme::ALL.len()],
                concept: "signals".into(),
                priority: (i % 3) as u8 + 1,
                show_by_day: (i % 50 == 7).then_some(from + 10),
                born_early: from + len < 0 && i % 7 == 0,
            }
        })
        .collect();
    Catalog::from_tips(tips)
}

pub fn run(budget: Budget, report: &mut Report) {
    let birth = NaiveDate::from_ymd_opt(2025, 1, 1).expect("date");
    let stage_on = |d: NaiveDate| Stage {
        age_days: (d - birth).num_days(),
        born: true,
    };
    let ex = Exclusions::default();
    let today = birth + Days::new(365);
    for n in [222, 1_000, 2_000] {
        let cat = catalog(n);
        let mut history: BTreeMap<NaiveDate, String> = BTreeMap::new();
        for p in scheduler::plan(&cat, CHILD, &history, birth, 365, stage_on, &ex) {
            history.insert(p.date, p.tip.id.clone());
        }
        let bare = |days: u64| {
            let mut out = Vec::with_capacity(days as usize);
            for k in 0..days {
                let age = stage_on(today + Days::new(k)).age_days;
                out.push(
                    cat.tips
                        .iter()
                        .filter(|t| t.holds(age))
                        .min_by_key(|t| (t.to_day, t.priority)),
                );
            }
            out
        };
        for (days, label, target) in [
            (1u32, "day's tip", Target::None),
            (
                60,
                "60-day preview",
                if n == 1_000 {
                    Target::Abs(MS)
                } else {
                    Target::None
                },
            ),
        ] {
            let c = compare(
                budget,
                Batching::Auto,
                |k| {
                    per_call(k, || {
                        drop(black_box(scheduler::plan(
                            &cat, CHILD, &history, today, days, stage_on, &ex,
                        )))
                    })
                },
                |k| per_call(k, || drop(black_box(bare(u64::from(days))))),
            );
            report.timed(
                52,
                &format!("scheduler: {label}, {n} tips, a year of history"),
                0,
                &c,
                target,
            );
        }
    }
}
