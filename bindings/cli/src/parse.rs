//! Reading what was typed: dates, times, ages, kinds of moment, and the language
//! from the environment.

use chrono::{DateTime, Local, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use hechting_core::{Core, MomentKind};

use crate::error::{input, CliError, CliResult};
use crate::text::clean;

/// The user's languages: `--lang`, or the POSIX locale of the environment (`LC_ALL`,
/// then `LC_MESSAGES`, then `LANG`; `ar_MA.UTF-8` becomes `ar-MA`). Empty when none is
/// set or it is `C`/`POSIX`: the core then uses its source language.
pub fn preferred_locales(lang: Option<&str>) -> Vec<String> {
    if let Some(lang) = lang {
        return lang
            .split([',', ':'])
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect();
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| posix_locale_tag(&value))
        .into_iter()
        .collect()
}

/// `tr_TR.UTF-8@euro` -> `tr-TR`; `None` for `C` and `POSIX`.
fn posix_locale_tag(value: &str) -> Option<String> {
    let base = value.split(['.', '@']).next().unwrap_or_default().trim();
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    Some(base.replace('_', "-"))
}

/// A calendar date, `YYYY-MM-DD` exactly.
pub fn date(flag: &str, text: &str) -> CliResult<NaiveDate> {
    hechting_core::parse_date("date", text.trim()).map_err(|_| input(flag, "date-invalid"))
}

pub fn opt_date(flag: &str, text: Option<&str>) -> CliResult<Option<NaiveDate>> {
    text.map(|t| date(flag, t)).transpose()
}

/// An instant and the UTC offset (minutes) where it happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instant {
    pub ms: i64,
    pub offset_min: i32,
}

impl Instant {
    fn of<Tz: TimeZone>(t: &DateTime<Tz>) -> Instant {
        use chrono::Offset;
        Instant {
            ms: t.timestamp_millis(),
            offset_min: t.offset().fix().local_minus_utc() / 60,
        }
    }
}

/// A wall-clock time on this computer's time zone.
pub fn local(flag: &str, at: NaiveDateTime) -> CliResult<Instant> {
    match Local.from_local_datetime(&at) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => Ok(Instant::of(&t)),
        // A time skipped when the clocks went forward.
        LocalResult::None => Err(input(flag, "time-out-of-range")),
    }
}

/// When a moment happened: `HH:MM` on `today`, `YYYY-MM-DD HH:MM` (or with `T`), or
/// RFC 3339 with its own offset. Without `--at`: now, or the same time of day on
/// `today` when `--date` moved it.
pub fn moment_time(flag: &str, text: Option<&str>, today: NaiveDate) -> CliResult<Instant> {
    let Some(text) = text.map(str::trim) else {
        let now = Local::now();
        if now.date_naive() == today {
            return Ok(Instant::of(&now));
        }
        return local(flag, today.and_time(now.time()));
    };
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Ok(Instant::of(&t));
    }
    for format in [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
    ] {
        if let Ok(at) = NaiveDateTime::parse_from_str(text, format) {
            return local(flag, at);
        }
    }
    for format in ["%H:%M", "%H:%M:%S"] {
        if let Ok(time) = NaiveTime::parse_from_str(text, format) {
            return local(flag, today.and_time(time));
        }
    }
    // A date that does not exist (2023-02-29 10:00) says so; anything else is a bad time.
    match text.get(..10) {
        Some(day)
            if text.len() > 10
                && date(flag, day).is_err()
                && day.as_bytes().get(4) == Some(&b'-') =>
        {
            Err(input(flag, "date-invalid"))
        }
        _ => Err(input(flag, "time-out-of-range")),
    }
}

/// Days per month for ages in months: a calendar month on average.
const DAYS_PER_MONTH: f64 = 365.25 / 12.0;
/// Ages the preview takes: 4 years either side is more than any catalog.
const AGE_LIMIT_DAYS: i64 = 4 * 366;

/// An age for content authors: `70`, `70d`, `10w`, `4m`, `1y`; negative before birth.
pub fn age_days(text: &str) -> CliResult<i64> {
    let bad = || {
        CliError::Message(format!(
            "--age {text:?}: give days (70), weeks (10w), months (4m) or years (1y), negative before birth (-30)"
        ))
    };
    let t = text.trim().to_ascii_lowercase();
    let (sign, t) = match t.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, t.strip_prefix('+').unwrap_or(&t)),
    };
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let n: f64 = number.parse::<u32>().map_err(|_| bad())?.into();
    let days = match unit.trim() {
        "" | "d" => n,
        "w" => n * 7.0,
        "m" => (n * DAYS_PER_MONTH).round(),
        "y" => (n * 365.25).round(),
        _ => return Err(bad()),
    };
    if days > AGE_LIMIT_DAYS as f64 {
        return Err(bad());
    }
    Ok((sign * days) as i64)
}

/// A kind of moment: its id (`skin_to_skin`, `skin-to-skin`) or its name in the user's
/// language (`huid op huid`), in any case.
pub fn kind(core: &Core, flag: &str, text: &str) -> CliResult<MomentKind> {
    let wanted = text.trim().to_lowercase();
    let id = wanted.replace(['-', ' '], "_");
    if let Some(kind) = MomentKind::ALL.into_iter().find(|k| k.as_str() == id) {
        return Ok(kind);
    }
    core.moment_kinds()
        .into_iter()
        .find(|k| clean(&k.label).to_lowercase() == wanted)
        .map(|k| k.kind)
        .ok_or_else(|| input(flag, "kind-unknown"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_locales() {
        assert_eq!(posix_locale_tag("ar_MA.UTF-8").as_deref(), Some("ar-MA"));
        assert_eq!(
            posix_locale_tag("tr_TR.UTF-8@euro").as_deref(),
            Some("tr-TR")
        );
        assert_eq!(posix_locale_tag("nl"), Some("nl".into()));
        assert_eq!(posix_locale_tag("C.UTF-8"), None);
        assert_eq!(posix_locale_tag("POSIX"), None);
        assert_eq!(preferred_locales(Some("tr, en")), ["tr", "en"]);
    }

    #[test]
    fn ages() {
        assert_eq!(age_days("70").ok(), Some(70));
        assert_eq!(age_days("10w").ok(), Some(70));
        assert_eq!(age_days("-30").ok(), Some(-30));
        assert_eq!(age_days("-4w").ok(), Some(-28));
        assert_eq!(age_days("6m").ok(), Some(183));
        assert_eq!(age_days("9m").ok(), Some(274));
        assert_eq!(age_days("1y").ok(), Some(365));
        assert!(age_days("").is_err());
        assert!(age_days("10x").is_err());
        assert!(age_days("w").is_err());
        assert!(age_days("99999").is_err());
    }

    #[test]
    fn dates_are_strict() {
        assert!(date("--date", "2023-02-29").is_err());
        assert!(date("--date", "2024-02-29").is_ok());
    }

    #[test]
    fn moment_times() {
        let today = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap_or_default();
        let t = moment_time("--at", Some("2025-06-01T09:30:00+02:00"), today).ok();
        assert_eq!(t.map(|t| t.offset_min), Some(120));
        assert!(moment_time("--at", Some("09:30"), today).is_ok());
        assert!(moment_time("--at", Some("2025-05-31 21:05"), today).is_ok());
        assert!(matches!(
            moment_time("--at", Some("2023-02-29 10:00"), today),
            Err(CliError::Input {
                code: "date-invalid",
                ..
            })
        ));
        assert!(matches!(
            moment_time("--at", Some("half past nine"), today),
            Err(CliError::Input {
                code: "time-out-of-range",
                ..
            })
        ));
    }

    #[test]
    fn kinds_by_id_or_name() {
        let Ok(core) = Core::open(":memory:", &["nl".into()]) else {
            panic!("core");
        };
        assert_eq!(
            kind(&core, "k", "skin-to-skin").ok(),
            Some(MomentKind::SkinToSkin)
        );
        assert_eq!(
            kind(&core, "k", "Huid op huid").ok(),
            Some(MomentKind::SkinToSkin)
        );
        assert_eq!(
            kind(&core, "k", "HARD_MOMENT").ok(),
            Some(MomentKind::HardMoment)
        );
        assert!(kind(&core, "k", "juggling").is_err());
    }
}
