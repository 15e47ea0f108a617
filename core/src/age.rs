//! Ages, pure: chronological and corrected age, the attachment phase, and the words an
//! age is said in. No I/O and no clock: the caller passes the date.

use chrono::{Months, NaiveDate};

use crate::error::{ErrorCode, invalid, Result};

/// A baby born at least this many days before the due date gets a corrected age.
pub const PRETERM_DAYS: i64 = 21;
/// Corrected age is used until this many months of chronological age.
pub const CORRECTED_UNTIL_MONTHS: u32 = 24;

/// The attachment phases of the brief, by (corrected) age in days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Phase {
    Expecting,
    /// 0–6 weeks: no preference yet for particular people.
    Newborn,
    /// 6 weeks–6 months: prefers familiar faces and voices.
    FamiliarFaces,
    /// 6–9 months: clear attachment, fear of strangers may appear.
    ClearAttachment,
    /// 9–24 months: exploring from a secure base.
    Explorer,
    /// Older than two.
    Toddler,
}

impl Phase {
    /// The phase at an age in days (negative: before birth). The edges are the first
    /// day of each phase: 42 (6 weeks), 183 (6 months), 274 (9 months), 731 (2 years).
    pub fn at(age_days: i64) -> Phase {
        match age_days {
            i64::MIN..=-1 => Phase::Expecting,
            0..=41 => Phase::Newborn,
            42..=182 => Phase::FamiliarFaces,
            183..=273 => Phase::ClearAttachment,
            274..=730 => Phase::Explorer,
            _ => Phase::Toddler,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Expecting => "expecting",
            Phase::Newborn => "newborn",
            Phase::FamiliarFaces => "familiar-faces",
            Phase::ClearAttachment => "clear-attachment",
            Phase::Explorer => "explorer",
            Phase::Toddler => "toddler",
        }
    }
}

/// A child's age on one date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Age {
    pub date: NaiveDate,
    /// Not born yet on `date` (only a due date is known, or `date` is before the birth).
    pub expecting: bool,
    /// Days until the due date while expecting (0 on or after it).
    pub days_until_due: Option<i64>,
    /// Chronological age, once born.
    pub days: Option<i64>,
    pub weeks: Option<i64>,
    /// Complete calendar months (born on the 31st: a month old on the last day of a
    /// shorter month).
    pub months: Option<i64>,
    /// Days since the due date, for a baby born at least three weeks early, until two
    /// years of chronological age. Negative until the due date is reached.
    pub corrected_days: Option<i64>,
    /// The age that picks tips: corrected when there is one (below 0 for a baby born
    /// early until its due date), otherwise chronological; negative while expecting.
    pub tip_age_days: i64,
    pub phase: Phase,
}

impl Age {
    pub fn on(birth: Option<NaiveDate>, due: Option<NaiveDate>, date: NaiveDate) -> Age {
        match birth {
            Some(birth) if date >= birth => Self::born(birth, due, date),
            _ => Self::unborn(birth.or(due), date),
        }
    }

    fn born(birth: NaiveDate, due: Option<NaiveDate>, date: NaiveDate) -> Age {
        let days = (date - birth).num_days();
        let months = whole_months(birth, date);
        let corrected_days = due
            .filter(|due| (*due - birth).num_days() >= PRETERM_DAYS)
            .filter(|_| months < i64::from(CORRECTED_UNTIL_MONTHS))
            .map(|due| (date - due).num_days());
        let tip_age_days = corrected_days.unwrap_or(days);
        Age {
            date,
            expecting: false,
            days_until_due: None,
            days: Some(days),
            weeks: Some(days / 7),
            months: Some(months),
            corrected_days,
            tip_age_days,
            phase: Phase::at(tip_age_days.max(0)),
        }
    }

    fn unborn(expected: Option<NaiveDate>, date: NaiveDate) -> Age {
        // With no date at all (not allowed by validation) the child counts as due today.
        let expected = expected.unwrap_or(date);
        let until = (expected - date).num_days();
        // Past the due date without a birth date the baby has most likely arrived: tips
        // follow the days since the due date until the parent fills in the birth.
        let tip_age_days = -until;
        Age {
            date,
            expecting: true,
            days_until_due: Some(until.max(0)),
            days: None,
            weeks: None,
            months: None,
            corrected_days: None,
            tip_age_days,
            phase: if until > 0 {
                Phase::Expecting
            } else {
                Phase::at(tip_age_days)
            },
        }
    }

    /// How the age is said: the unit fits the age, and a preterm baby's corrected age
    /// is given in the same unit.
    pub fn words(&self, birth: Option<NaiveDate>, due: Option<NaiveDate>) -> AgeWords {
        let (Some(days), Some(birth)) = (self.days, birth) else {
            return match self.days_until_due {
                Some(0) | None if self.tip_age_days > 0 => AgeWords {
                    main: AgeUnit::Overdue(self.tip_age_days),
                    corrected: None,
                },
                Some(0) | None => AgeWords {
                    main: AgeUnit::DueToday,
                    corrected: None,
                },
                Some(n) => AgeWords {
                    main: AgeUnit::Expecting(n),
                    corrected: None,
                },
            };
        };
        let months = whole_months(birth, self.date);
        let main = if days < 14 {
            AgeUnit::Days(days)
        } else if months < 2 {
            AgeUnit::Weeks(days / 7)
        } else if months < 24 {
            let rest = (self.date - add_months(birth, months)).num_days() / 7;
            if rest == 0 {
                AgeUnit::Months(months)
            } else {
                AgeUnit::MonthsWeeks(months, rest)
            }
        } else if months % 12 == 0 {
            AgeUnit::Years(months / 12)
        } else {
            AgeUnit::YearsMonths(months / 12, months % 12)
        };
        let corrected = match (self.corrected_days, due) {
            (Some(c), _) if c < 0 => Some(Corrected::BeforeDue(-c)),
            (Some(c), Some(due)) => Some(Corrected::Count(match main {
                AgeUnit::Days(_) => c,
                AgeUnit::Weeks(_) => c / 7,
                _ => whole_months(due, self.date),
            })),
            _ => None,
        };
        AgeWords { main, corrected }
    }
}

/// The message an age is said with, and its numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgeUnit {
    Days(i64),
    Weeks(i64),
    Months(i64),
    MonthsWeeks(i64, i64),
    Years(i64),
    YearsMonths(i64, i64),
    /// Days until the due date.
    Expecting(i64),
    DueToday,
    /// Days past the due date with no birth date filled in.
    Overdue(i64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Corrected {
    /// The corrected age in the unit of the main age.
    Count(i64),
    /// Born early and the due date is still this many days ahead.
    BeforeDue(i64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgeWords {
    pub main: AgeUnit,
    pub corrected: Option<Corrected>,
}

/// Complete calendar months from `from` to `to` (0 when `to` is before `from`).
pub fn whole_months(from: NaiveDate, to: NaiveDate) -> i64 {
    use chrono::Datelike;
    if to <= from {
        return 0;
    }
    let guess =
        i64::from(to.year() - from.year()) * 12 + i64::from(to.month()) - i64::from(from.month());
    let mut m = guess.max(0);
    while m > 0 && add_months(from, m) > to {
        m -= 1;
    }
    m
}

fn add_months(date: NaiveDate, months: i64) -> NaiveDate {
    u32::try_from(months)
        .ok()
        .and_then(|m| date.checked_add_months(Months::new(m)))
        .unwrap_or(NaiveDate::MAX)
}

/// Parses an ISO calendar date (`YYYY-MM-DD`, exactly), naming `field` when it is not one.
pub fn parse_date(field: &'static str, text: &str) -> Result<NaiveDate> {
    let b = text.as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shaped {
        return Err(invalid(field, ErrorCode::DateInvalid));
    }
    ymd(b).ok_or_else(|| invalid(field, ErrorCode::DateInvalid))
}

/// A date of the shape `YYYY-MM-DD` (checked by the caller), read by hand: chrono's
/// format parser costs more than the rest of reading a row.
fn ymd(b: &[u8]) -> Option<NaiveDate> {
    let num = |r: std::ops::Range<usize>| {
        b[r].iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'))
    };
    NaiveDate::from_ymd_opt(i32::try_from(num(0..4)).ok()?, num(5..7), num(8..10))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        parse_date("date", s).expect("test date")
    }

    #[test]
    fn phase_edges_are_exact() {
        assert_eq!(Phase::at(-1), Phase::Expecting);
        assert_eq!(Phase::at(0), Phase::Newborn);
        assert_eq!(Phase::at(41), Phase::Newborn);
        assert_eq!(Phase::at(42), Phase::FamiliarFaces);
        assert_eq!(Phase::at(182), Phase::FamiliarFaces);
        assert_eq!(Phase::at(183), Phase::ClearAttachment);
        assert_eq!(Phase::at(273), Phase::ClearAttachment);
        assert_eq!(Phase::at(274), Phase::Explorer);
        assert_eq!(Phase::at(730), Phase::Explorer);
        assert_eq!(Phase::at(731), Phase::Toddler);
    }

    #[test]
    fn month_ends_and_leap_days() {
        assert_eq!(whole_months(d("2024-01-31"), d("2024-02-28")), 0);
        assert_eq!(whole_months(d("2024-01-31"), d("2024-02-29")), 1);
        assert_eq!(whole_months(d("2023-01-31"), d("2023-02-28")), 1);
        assert_eq!(whole_months(d("2024-02-29"), d("2025-02-28")), 12);
        assert_eq!(whole_months(d("2024-02-29"), d("2025-02-27")), 11);
        assert_eq!(whole_months(d("2024-03-31"), d("2024-04-30")), 1);
        let a = Age::on(Some(d("2024-02-29")), None, d("2025-03-01"));
        assert_eq!(a.days, Some(366));
        assert_eq!(a.months, Some(12));
    }

    #[test]
    fn strict_iso_dates() {
        assert!(parse_date("birth_date", "2023-02-29").is_err());
        assert!(parse_date("birth_date", "2024-02-29").is_ok());
        assert!(parse_date("birth_date", "2024-2-9").is_err());
        assert!(parse_date("birth_date", "2024-13-45").is_err());
        assert!(parse_date("birth_date", "").is_err());
        assert!(parse_date("birth_date", "２０２４-01-01").is_err());
    }

    #[test]
    fn preterm_baby_gets_corrected_age_until_two() {
        let birth = d("2025-01-01");
        let due = birth + chrono::Days::new(70);
        let a = Age::on(Some(birth), Some(due), d("2025-02-01"));
        assert_eq!(a.days, Some(31));
        assert_eq!(a.corrected_days, Some(31 - 70));
        assert_eq!(a.tip_age_days, 31 - 70, "below zero until the due date");
        assert_eq!(a.phase, Phase::Newborn);
        let a = Age::on(Some(birth), Some(due), d("2025-10-01"));
        assert_eq!(a.corrected_days, Some(273 - 70));
        assert_eq!(a.tip_age_days, 203);
        let two = Age::on(Some(birth), Some(due), d("2027-01-01"));
        assert_eq!(two.corrected_days, None);
        assert_eq!(two.tip_age_days, 730);
        // Born 20 days early: no correction.
        let a = Age::on(
            Some(birth),
            Some(birth + chrono::Days::new(20)),
            d("2025-03-01"),
        );
        assert_eq!(a.corrected_days, None);
    }

    #[test]
    fn expecting_counts_down() {
        let a = Age::on(None, Some(d("2025-06-10")), d("2025-05-29"));
        assert!(a.expecting);
        assert_eq!(a.days_until_due, Some(12));
        assert_eq!(a.tip_age_days, -12);
        assert_eq!(a.phase, Phase::Expecting);
        assert_eq!(
            a.words(None, Some(d("2025-06-10"))).main,
            AgeUnit::Expecting(12)
        );
        let late = Age::on(None, Some(d("2025-06-10")), d("2025-06-13"));
        assert_eq!(
            late.words(None, Some(d("2025-06-10"))).main,
            AgeUnit::Overdue(3)
        );
        assert_eq!(late.phase, Phase::Newborn);
    }

    #[test]
    fn words_pick_the_unit() {
        let birth = d("2025-01-01");
        let words = |date: &str| {
            Age::on(Some(birth), None, d(date))
                .words(Some(birth), None)
                .main
        };
        assert_eq!(words("2025-01-04"), AgeUnit::Days(3));
        assert_eq!(words("2025-02-12"), AgeUnit::Weeks(6));
        assert_eq!(words("2025-05-15"), AgeUnit::MonthsWeeks(4, 2));
        assert_eq!(words("2025-10-01"), AgeUnit::Months(9));
        assert_eq!(words("2027-04-01"), AgeUnit::YearsMonths(2, 3));
        assert_eq!(words("2027-01-01"), AgeUnit::Years(2));
        // 9 months old, born 2 months early: "9 maanden (gecorrigeerd 7)".
        let due = d("2025-03-01");
        let a = Age::on(Some(birth), Some(due), d("2025-10-01"));
        let w = a.words(Some(birth), Some(due));
        assert_eq!(w.main, AgeUnit::Months(9));
        assert_eq!(w.corrected, Some(Corrected::Count(7)));
    }

    fn date_strategy() -> impl Strategy<Value = NaiveDate> {
        (0i64..40_000).prop_map(|n| d("1990-01-01") + chrono::Days::new(n as u64))
    }

    proptest! {
        #[test]
        fn ages_after_birth_hold_together(birth in date_strategy(), offset in 0u64..3_000, due_shift in -126i64..=28) {
            let date = birth + chrono::Days::new(offset);
            let due = birth - chrono::Duration::days(due_shift);
            let a = Age::on(Some(birth), Some(due), date);
            prop_assert!(!a.expecting);
            prop_assert!(a.days.unwrap_or(-1) >= 0);
            prop_assert!(a.weeks.unwrap_or(-1) >= 0);
            prop_assert!(a.months.unwrap_or(-1) >= 0);
            prop_assert_eq!(a.tip_age_days, a.corrected_days.unwrap_or(a.days.unwrap_or(0)));
            if let Some(c) = a.corrected_days {
                prop_assert!(c <= a.days.unwrap_or(0));
                prop_assert!(a.months.unwrap_or(99) < 24);
            }
            prop_assert!(a.tip_age_days <= a.days.unwrap_or(0));
            prop_assert_eq!(a.phase, Phase::at(a.tip_age_days.max(0)));
        }

        #[test]
        fn months_are_the_largest_whole_count(from in date_strategy(), offset in 0u64..3_000) {
            let to = from + chrono::Days::new(offset);
            let m = whole_months(from, to);
            prop_assert!(add_months(from, m) <= to);
            prop_assert!(add_months(from, m + 1) > to);
        }

        #[test]
        fn every_day_moves_the_age_by_one(birth in date_strategy(), offset in 0u64..2_000) {
            let date = birth + chrono::Days::new(offset);
            let a = Age::on(Some(birth), None, date);
            let b = Age::on(Some(birth), None, date.succ_opt().unwrap_or(date));
            prop_assert_eq!(b.days.unwrap_or(0) - a.days.unwrap_or(0), 1);
        }
    }
}
