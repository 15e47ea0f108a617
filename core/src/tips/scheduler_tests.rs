//! The scheduler's rules, tested directly and as properties.

use super::*;
use proptest::prelude::*;

fn tip(id: &str, from: i32, to: i32, priority: u8, theme: Theme) -> TipDef {
    TipDef {
        id: id.into(),
        from_day: from,
        to_day: to,
        theme,
        concept: "signals".into(),
        priority,
        show_by_day: None,
        born_early: false,
    }
}

fn day(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default() + Days::new(n)
}

fn born(age_days: i64) -> Stage {
    Stage {
        age_days,
        born: true,
    }
}

fn ids(picks: &[Pick<'_>]) -> Vec<String> {
    picks.iter().map(|p| p.tip.id.clone()).collect()
}

#[test]
fn soonest_closing_then_priority() {
    let cat = Catalog::from_tips(vec![
        tip("late", 0, 100, 1, Theme::Play),
        tip("soon-low", 0, 10, 3, Theme::Play),
        tip("soon-high", 0, 10, 1, Theme::Play),
    ]);
    let picks = plan(
        &cat,
        "c",
        &BTreeMap::new(),
        day(0),
        3,
        |_| born(5),
        &Exclusions::default(),
    );
    assert_eq!(ids(&picks), ["soon-high", "soon-low", "late"]);
}

#[test]
fn must_see_comes_first_and_ignores_switched_off_themes_once() {
    let mut safety = tip("safe-sleep", 0, 60, 2, Theme::Routine);
    safety.show_by_day = Some(7);
    let cat = Catalog::from_tips(vec![
        tip("soon", 0, 3, 1, Theme::Play),
        tip("other", 0, 60, 1, Theme::Play),
        safety,
    ]);
    let ex = Exclusions {
        themes_off: [Theme::Routine].into(),
        ..Exclusions::default()
    };
    let picks = plan(
        &cat,
        "c",
        &BTreeMap::new(),
        day(0),
        4,
        |d| born((d - day(0)).num_days()),
        &ex,
    );
    // Day 3: both shown, the least recently shown returns.
    assert_eq!(ids(&picks), ["safe-sleep", "soon", "other", "soon"]);
}

#[test]
fn least_recently_shown_returns() {
    let cat = Catalog::from_tips(vec![
        tip("a", 0, 100, 1, Theme::Play),
        tip("b", 0, 100, 1, Theme::Play),
    ]);
    let picks = plan(
        &cat,
        "c",
        &BTreeMap::new(),
        day(0),
        5,
        |_| born(5),
        &Exclusions::default(),
    );
    for w in picks.windows(2) {
        assert_ne!(w[0].tip.id, w[1].tip.id);
    }
}

#[test]
fn older_than_the_catalog_gets_any_age_tips() {
    let cat = Catalog::from_tips(vec![
        tip("baby", 0, 300, 1, Theme::Play),
        tip("always", 0, 730, 2, Theme::Talk),
    ]);
    let (c, fallback) = candidates(&cat, born(1_000), &Exclusions::default(), &HashMap::new());
    assert!(fallback);
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].id, "always");
}

#[test]
fn a_baby_born_early_never_gets_pregnancy_tips() {
    let mut ward = tip("ward", -120, -1, 2, Theme::Touch);
    ward.born_early = true;
    let cat = Catalog::from_tips(vec![tip("bump", -120, -1, 1, Theme::Talk), ward]);
    let none = HashMap::new();
    let ex = Exclusions::default();
    let (c, _) = candidates(&cat, born(-30), &ex, &none);
    assert_eq!(
        c.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(),
        ["ward"]
    );
    let expecting = Stage {
        age_days: -30,
        born: false,
    };
    let (c, _) = candidates(&cat, expecting, &ex, &none);
    assert_eq!(
        c.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(),
        ["bump"]
    );
}

#[test]
fn history_the_catalog_does_not_know_is_skipped() {
    let cat = Catalog::from_tips(vec![
        tip("a", 0, 100, 1, Theme::Play),
        tip("b", 0, 100, 2, Theme::Play),
    ]);
    let history: BTreeMap<NaiveDate, String> =
        [(day(0), "from-a-newer-catalog".to_string())].into();
    let picks = plan(
        &cat,
        "c",
        &history,
        day(0),
        2,
        |_| born(5),
        &Exclusions::default(),
    );
    assert_eq!(ids(&picks), ["a", "b"]);
}

#[test]
fn hash_is_pinned() {
    // A change here changes every child's tip order on every phone.
    assert_eq!(variety_hash("child", "tip"), 0x484f_4089_24f0_4147);
    assert_eq!(variety_hash("c", "t"), 0xf41b_fb19_0b62_5139);
    assert_eq!(variety_hash("", ""), 0xaf64_724c_8602_eb6e);
}

fn catalog_strategy() -> impl Strategy<Value = Catalog> {
    prop::collection::vec(
        (
            -30i32..60,
            0i32..80,
            1u8..=3,
            0usize..9,
            prop::option::of(0i32..30),
            any::<bool>(),
        ),
        1..25,
    )
    .prop_map(|v| {
        let mut tips: Vec<TipDef> = v
            .into_iter()
            .enumerate()
            .map(|(i, (from, len, p, th, by, early))| {
                let mut t = tip(&format!("t{i}"), from, from + len, p, Theme::ALL[th]);
                t.show_by_day = by.map(|b| (from + b).min(from + len));
                t.born_early = early && t.to_day < 0;
                t
            })
            .collect();
        tips.push(tip("any", 0, 730, 2, Theme::Bonding));
        Catalog::from_tips(tips)
    })
}

/// Delivers each day of `days` in order, as the app would, writing the history.
fn deliver<'c>(
    cat: &'c Catalog,
    child: &str,
    history: &mut BTreeMap<NaiveDate, String>,
    dates: &[NaiveDate],
    stage_on: &impl Fn(NaiveDate) -> Stage,
    ex: &Exclusions,
) -> Vec<Pick<'c>> {
    let mut out = Vec::new();
    for &d in dates {
        if let Some(p) = plan(cat, child, history, d, 1, stage_on, ex).pop() {
            history.insert(d, p.tip.id.clone());
            out.push(p);
        }
    }
    out
}

proptest! {
    // The fast plan chooses exactly what the rules as first written choose, for any
    // catalog, history (known, retired-free and unknown ids), exclusions and stage.
    #[test]
    fn plan_equals_the_plain_rules(cat in catalog_strategy(), birth in -60i64..60, expecting in any::<bool>(), start in 0u64..40, n in 1u32..60, shown in prop::collection::vec((0u64..80, 0usize..30), 0..20), off in prop::collection::vec(0usize..9, 0..3), refused in prop::collection::vec(0usize..30, 0..4)) {
        let stage_on = |d: NaiveDate| {
            let age = (d - day(0)).num_days() - birth;
            Stage { age_days: age, born: !(expecting && age < 0) }
        };
        let mut ex = Exclusions::default();
        for t in off {
            ex.themes_off.insert(Theme::ALL[t]);
        }
        for r in refused {
            if let Some(t) = cat.tips.get(r) {
                ex.not_for_me.insert(t.id.clone());
            }
        }
        let mut history = BTreeMap::new();
        for (d, t) in shown {
            let id = cat.tips.get(t).map_or_else(|| "not-in-this-catalog".to_string(), |t| t.id.clone());
            history.insert(day(d), id);
        }
        let fast = plan(&cat, "child", &history, day(start), n, stage_on, &ex);
        let plain = reference_plan(&cat, "child", &history, day(start), n, stage_on, &ex);
        prop_assert_eq!(fast, plain);
    }

    // (a) the preview equals what is later delivered day by day, unknown history
    // included.
    #[test]
    fn preview_matches_delivery(cat in catalog_strategy(), birth in -40i64..40, start in 0u64..30, n in 1u32..40, shown in prop::collection::vec(0u64..30, 0..10), unknown in prop::collection::vec(0u64..60, 0..5)) {
        let stage_on = |d: NaiveDate| born((d - day(0)).num_days() - birth);
        let ex = Exclusions::default();
        let mut history = BTreeMap::new();
        for u in unknown {
            history.insert(day(u), "not-in-this-catalog".to_string());
        }
        let earlier: Vec<NaiveDate> = { let mut s: Vec<u64> = shown.into_iter().filter(|&s| s < start).collect(); s.sort(); s.dedup(); s.into_iter().map(day).collect() };
        deliver(&cat, "child", &mut history, &earlier, &stage_on, &ex);
        let preview = plan(&cat, "child", &history, day(start), n, stage_on, &ex);
        let dates: Vec<NaiveDate> = (0..n).map(|k| day(start + u64::from(k))).collect();
        let delivered = deliver(&cat, "child", &mut history, &dates, &stage_on, &ex);
        prop_assert_eq!(ids(&preview), ids(&delivered));
        // A tip every day while any tip is allowed.
        prop_assert_eq!(preview.len(), n as usize);
    }

    // (b) a tip marked "not for me" never comes back (a must-see one only after it
    // was shown); (c) no repeat while a never-shown candidate exists; (e) windows
    // hold the age unless falling back.
    #[test]
    fn feedback_repeats_and_windows(cat in catalog_strategy(), birth in -40i64..40, steps in prop::collection::vec((0u64..3, any::<bool>()), 1..60)) {
        let stage_on = |d: NaiveDate| born((d - day(0)).num_days() - birth);
        let mut ex = Exclusions::default();
        let mut history: BTreeMap<NaiveDate, String> = BTreeMap::new();
        let mut date = day(0);
        for (gap, refuse) in steps {
            date = date + Days::new(gap);
            let Some(p) = plan(&cat, "child", &history, date, 1, stage_on, &ex).pop() else { continue };
            let shown_before: HashSet<&String> = history.values().collect();
            if ex.not_for_me.contains(&p.tip.id) {
                prop_assert!(p.tip.show_by_day.is_some() && !shown_before.contains(&p.tip.id));
            }
            if !p.fallback {
                prop_assert!(p.tip.holds(stage_on(date).age_days));
            }
            if shown_before.contains(&p.tip.id) {
                let last: HashMap<&str, NaiveDate> = history.iter().map(|(d, t)| (t.as_str(), *d)).collect();
                let (cands, _) = candidates(&cat, stage_on(date), &ex, &last);
                prop_assert!(cands.iter().all(|c| shown_before.contains(&c.id)));
            }
            history.insert(date, p.tip.id.clone());
            if refuse {
                ex.not_for_me.insert(p.tip.id.clone());
            }
            date = date + Days::new(1);
        }
    }

    // (d) the same day gives the same tip, whatever the catalog order.
    #[test]
    fn order_of_the_catalog_does_not_matter(cat in catalog_strategy(), age in -40i64..100, seed in any::<u64>()) {
        let mut shuffled = cat.tips.clone();
        let len = shuffled.len();
        for i in 0..len {
            let j = (seed.wrapping_mul(i as u64 + 7) % len as u64) as usize;
            shuffled.swap(i, j);
        }
        let shuffled = Catalog::from_tips(shuffled);
        let ex = Exclusions::default();
        let a = plan(&cat, "kid", &BTreeMap::new(), day(3), 10, |_| born(age), &ex);
        let b = plan(&shuffled, "kid", &BTreeMap::new(), day(3), 10, |_| born(age), &ex);
        prop_assert_eq!(ids(&a), ids(&b));
    }

    // (f) every must-see tip is shown by its day when the app is opened every day
    // from birth, whenever the must-see tips can all be fitted at all (no interval
    // of days holds more of them, released and due within it, than it has days).
    #[test]
    fn must_see_by_its_day(cat in catalog_strategy(), birth in 0i64..40, off in prop::collection::vec(0usize..9, 0..4)) {
        let stage_on = |d: NaiveDate| born((d - day(0)).num_days() - birth);
        let ex = Exclusions { themes_off: off.into_iter().map(|i| Theme::ALL[i]).collect(), ..Exclusions::default() };
        let mut history = BTreeMap::new();
        let dates: Vec<NaiveDate> = (0..140).map(day).collect();
        deliver(&cat, "child", &mut history, &dates, &stage_on, &ex);
        let must: Vec<(i64, i64, &TipDef)> = cat
            .tips
            .iter()
            .filter(|t| !t.born_early)
            .filter(|t| t.to_day >= 0)
            .filter_map(|t| {
                let release = i64::from(t.from_day).max(0);
                // A tip already due at birth competes as due at once.
                Some((release, i64::from(t.show_by_day?).max(release), t))
            })
            .collect();
        let feasible = must.iter().all(|(a, _, _)| {
            must.iter().all(|(_, b, _)| {
                b < a || must.iter().filter(|(r, d, _)| r >= a && d <= b).count() as i64 <= b - a + 1
            })
        });
        if feasible {
            for (_, by, t) in &must {
                if birth + by >= 140 || t.show_by_day.unwrap_or_default() < 0 {
                    continue;
                }
                let shown = history.iter().any(|(d, id)| id == &t.id && (*d - day(0)).num_days() - birth <= *by);
                prop_assert!(shown, "{} not shown by day {}", t.id, by);
            }
        }
    }
}

/// The rules as first written, straight on `candidates` and `choose`: what `plan` must
/// equal. The tips for `days` days from `from`: delivered days as they were, the others
/// chosen in order as if each earlier day had been shown. `stage_on` gives the child's
/// stage on a date.
pub(super) fn reference_plan<'c>(
    catalog: &'c Catalog,
    child_id: &str,
    history: &BTreeMap<NaiveDate, String>,
    from: NaiveDate,
    days: u32,
    stage_on: impl Fn(NaiveDate) -> Stage,
    ex: &Exclusions,
) -> Vec<Pick<'c>> {
    let mut last_shown: HashMap<&str, NaiveDate> = HashMap::new();
    for (date, tip) in history.range(..from) {
        if let Some(def) = catalog.get(tip) {
            last_shown.insert(def.id.as_str(), *date);
        }
    }
    let mut picks = Vec::with_capacity(days as usize);
    for offset in 0..days {
        let Some(date) = from.checked_add_days(Days::new(u64::from(offset))) else {
            break;
        };
        let stage = stage_on(date);
        if let Some(def) = history.get(&date).and_then(|id| catalog.get(id)) {
            last_shown.insert(def.id.as_str(), date);
            picks.push(Pick {
                date,
                tip: def,
                fallback: !def.holds(stage.age_days),
            });
            continue;
        }
        let (cands, fallback) = candidates(catalog, stage, ex, &last_shown);
        let Some(tip) = choose(&cands, child_id, &last_shown) else {
            continue;
        };
        last_shown.insert(tip.id.as_str(), date);
        picks.push(Pick {
            date,
            tip,
            fallback,
        });
    }
    picks
}

