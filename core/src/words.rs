//! How the app says an age and a tip in the current language.

use chrono::NaiveDate;
use fluent_bundle::{FluentArgs, FluentValue};

use crate::age::{Age, AgeUnit, Corrected};
use crate::l10n::{self, Localizer};
use crate::records::{Arg, Tip};
use crate::tips::TipDef;

/// A tip of the catalog in the current language.
pub(crate) fn tip(loc: &Localizer, def: &TipDef) -> Tip {
    Tip {
        id: def.id.clone(),
        title: loc.format(&def.id, Some("title"), None),
        body: loc.format(&def.id, Some("body"), None),
        theme: def.theme,
        theme_label: loc.format(&def.theme.message_id(), None, None),
        concept: def.concept.clone(),
    }
}

pub(crate) fn fluent_args(args: &[(String, Arg)]) -> FluentArgs<'_> {
    let mut out = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(t) => out.set(name.as_str(), FluentValue::from(t.as_str())),
            Arg::Number(n) => out.set(name.as_str(), FluentValue::from(*n)),
        }
    }
    out
}

/// An age as the app says it: "4 maanden en 2 weken", "nog 12 dagen".
pub(crate) fn age_label(
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
