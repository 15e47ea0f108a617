//! For content authors and translators: what a parent of a given age reads, what a
//! parent who opens the app daily gets over the months, and how complete each language
//! is. The shell's `preview` and `coverage` are built on this alone.

use chrono::{Days, NaiveDate};

use crate::age::{Age, Phase};
use crate::l10n::{self, Localizer};
use crate::records::Tip;
use crate::tips::journey::{self, JourneyKind};
use crate::tips::scheduler::{self, Exclusions, Stage};
use crate::{content, tips, words, Core};

/// Months are counted per 30 days, from four before the due date to two years.
pub const MONTH_DAYS: i32 = 30;
const FIRST_MONTH: i32 = -4;
const LAST_MONTH: i32 = 24;

/// A tip that fits an age, for content authors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CandidateTip {
    pub tip: Tip,
    pub from_day: i32,
    pub to_day: i32,
    pub priority: i32,
    /// The current language has this tip's own text (not a fallback's).
    pub translated: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TipPreview {
    pub age_days: i64,
    pub phase: Phase,
    pub phase_label: String,
    /// In the order the scheduler offers them to a child who has seen none.
    pub candidates: Vec<CandidateTip>,
    pub any_age_fallback: bool,
}

/// How many tips fit the days of one 30-day month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthCandidates {
    pub month: i32,
    pub from_day: i32,
    pub to_day: i32,
    pub min: usize,
    pub max: usize,
}

/// A must-see message on a journey: the day it must be shown by, the day it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MustSee {
    pub id: String,
    pub show_by_day: i32,
    pub shown_on_day: Option<i64>,
}

/// What a parent who opens the app every day and answers nothing gets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JourneySummary {
    /// `term`, `born-8-weeks-early`, `expecting`.
    pub journey: &'static str,
    pub first_day: i64,
    pub last_day: i64,
    pub first_repeat_day: Option<i64>,
    /// (month, its first day, tips shown for the first time in it).
    pub new_per_month: Vec<(i64, i64, usize)>,
    pub must_see: Vec<MustSee>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    pub tips_in_catalog: usize,
    pub months: Vec<MonthCandidates>,
    pub journeys: Vec<JourneySummary>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Completeness {
    pub present: usize,
    pub total: usize,
}

/// How much of the source language a language has in its own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleCompleteness {
    pub tag: String,
    pub native_name: String,
    pub tips: Completeness,
    pub app: Completeness,
    pub articles: Completeness,
    pub reviewed: bool,
}

/// The language every other is measured against.
pub const SOURCE_LOCALE: &str = l10n::SOURCE;

impl Core {
    /// The tips that fit an age (of a born child; negative ages are pregnancy, or a
    /// baby born early with `born_early`), in the order a child who has seen none
    /// would get them (the first is the one it gets today).
    pub fn tip_preview(&self, age_days: i64, born_early: bool) -> TipPreview {
        let loc = self.loc();
        let stage = Stage {
            age_days,
            born: age_days >= 0 || born_early,
        };
        let none = std::collections::HashMap::new();
        let (cands, fallback) =
            scheduler::candidates(tips::catalog(), stage, &Exclusions::default(), &none);
        let phase = Phase::at(age_days);
        TipPreview {
            age_days,
            phase,
            phase_label: loc.format(&format!("phase-{}", phase.as_str()), None, None),
            candidates: scheduler::ordered(&cands, "")
                .into_iter()
                .map(|def| CandidateTip {
                    tip: words::tip(&loc, def),
                    from_day: def.from_day,
                    to_day: def.to_day,
                    priority: i32::from(def.priority),
                    translated: loc.has_own(&def.id),
                })
                .collect(),
            any_age_fallback: fallback,
        }
    }

    /// How the app says an age of `age_days` (negative: days before the due date) of a
    /// child that age on `today`.
    pub fn age_words(&self, age_days: i64, today: NaiveDate) -> String {
        let shift = Days::new(age_days.unsigned_abs());
        let (birth, due) = if age_days >= 0 {
            (today.checked_sub_days(shift), None)
        } else {
            (None, today.checked_add_days(shift))
        };
        let age = Age::on(birth, due, today);
        words::age_label(&self.loc(), &age, birth, due)
    }

    /// Each language's completeness against the source language.
    pub fn locale_completeness(&self) -> Vec<LocaleCompleteness> {
        let source = l10n::SOURCE;
        let tip_ids = content::tip_ids();
        let app_ids = source_ids(&format!("i18n/{source}/app.ftl"));
        let articles = article_ids(source);
        l10n::locales()
            .iter()
            .map(|l| {
                let loc = Localizer::new(std::slice::from_ref(&l.tag), None);
                let own = |ids: &[&str]| ids.iter().filter(|id| loc.has_own(id)).count();
                let theirs = article_ids(&l.tag);
                LocaleCompleteness {
                    tag: l.tag.clone(),
                    native_name: l.native_name.clone(),
                    tips: Completeness {
                        present: own(tip_ids),
                        total: tip_ids.len(),
                    },
                    app: Completeness {
                        present: own(&app_ids),
                        total: app_ids.len(),
                    },
                    articles: Completeness {
                        present: articles.iter().filter(|a| theirs.contains(a)).count(),
                        total: articles.len(),
                    },
                    reviewed: l.reviewed,
                }
            })
            .collect()
    }
}

/// Tips per month and what each journey gets from the catalog built into this library.
pub fn coverage() -> Coverage {
    let catalog = tips::catalog();
    let months = (FIRST_MONTH..=LAST_MONTH)
        .map(|month| {
            let from_day = month * MONTH_DAYS;
            let to_day = from_day + MONTH_DAYS - 1;
            let counts: Vec<usize> = (from_day..=to_day)
                .map(|day| {
                    catalog
                        .tips
                        .iter()
                        .filter(|t| t.holds(i64::from(day)))
                        .count()
                })
                .collect();
            MonthCandidates {
                month,
                from_day,
                to_day,
                min: counts.iter().copied().min().unwrap_or(0),
                max: counts.iter().copied().max().unwrap_or(0),
            }
        })
        .collect();
    let journeys = JourneyKind::ALL
        .into_iter()
        .map(|kind| {
            let j = journey::journey(catalog, kind);
            JourneySummary {
                journey: kind.as_str(),
                first_day: j.days.first().map_or(0, |d| d.age_days),
                last_day: j.days.last().map_or(0, |d| d.age_days),
                first_repeat_day: j.first_repeat(),
                new_per_month: j.new_per_month(),
                must_see: j
                    .must_see(catalog)
                    .into_iter()
                    .map(|(id, by, shown)| MustSee {
                        id: id.to_owned(),
                        show_by_day: by,
                        shown_on_day: shown,
                    })
                    .collect(),
            }
        })
        .collect();
    Coverage {
        tips_in_catalog: catalog.tips.len(),
        months,
        journeys,
    }
}

/// The ids of the messages of a source Fluent file (not its terms or attributes).
fn source_ids(path: &str) -> Vec<&'static str> {
    let Some(ftl) = content::file(path) else {
        return Vec::new();
    };
    ftl.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| {
            let (id, _) = l.split_once('=')?;
            let id = id.trim();
            id.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                .then_some(id)
        })
        .collect()
}

fn article_ids(tag: &str) -> Vec<String> {
    let dir = format!("i18n/{tag}/articles/");
    content::files_under(&dir)
        .filter_map(|(path, _)| {
            path.strip_prefix(&dir)?
                .strip_suffix(".md")
                .map(str::to_owned)
        })
        .collect()
}
