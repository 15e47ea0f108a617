//! The `--json` shapes. Field names are part of the CLI's interface for scripts: add
//! fields, never rename or remove one. Text is without Fluent's isolation marks.

use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat};
use hechting_core::{AgeInfo, Child, DailyTip, FeedbackState, Moment, Tip};
use serde::Serialize;

use crate::text::clean;

/// A moment's wall-clock time where it was logged.
fn local(m: &Moment) -> Option<DateTime<FixedOffset>> {
    let offset = FixedOffset::east_opt(m.utc_offset_minutes * 60)?;
    Some(DateTime::from_timestamp_millis(m.occurred_at.0)?.with_timezone(&offset))
}

/// `HH:MM` where the moment was logged.
pub fn local_time(m: &Moment) -> String {
    local(m)
        .map(|t| t.format("%H:%M").to_string())
        .unwrap_or_default()
}

#[derive(Serialize)]
pub struct AgeJson {
    pub label: String,
    pub phase: &'static str,
    pub phase_label: String,
    pub days: Option<i64>,
    pub weeks: Option<i64>,
    pub months: Option<i64>,
    pub corrected_days: Option<i64>,
    pub tip_age_days: i64,
    pub expecting: bool,
}

impl From<&AgeInfo> for AgeJson {
    fn from(a: &AgeInfo) -> Self {
        AgeJson {
            label: clean(&a.label),
            phase: a.age.phase.as_str(),
            phase_label: clean(&a.phase_label),
            days: a.age.days,
            weeks: a.age.weeks,
            months: a.age.months,
            corrected_days: a.age.corrected_days,
            tip_age_days: a.age.tip_age_days,
            expecting: a.age.expecting,
        }
    }
}

#[derive(Serialize)]
pub struct ChildJson {
    pub id: String,
    pub name: String,
    pub birth_date: Option<NaiveDate>,
    pub due_date: Option<NaiveDate>,
    pub age: Option<AgeJson>,
}

impl ChildJson {
    pub fn new(c: &Child, age: Option<&AgeInfo>) -> Self {
        ChildJson {
            id: c.id.clone(),
            name: c.name.clone(),
            birth_date: c.birth_date,
            due_date: c.due_date,
            age: age.map(AgeJson::from),
        }
    }
}

#[derive(Serialize)]
pub struct MomentJson {
    pub id: String,
    pub child_id: String,
    pub kind: &'static str,
    pub kind_label: String,
    /// RFC 3339 with the offset where it was logged.
    pub occurred_at: String,
    // The names scripts have read since the first version.
    #[serde(rename = "utc_offset_min")]
    pub utc_offset_minutes: i32,
    pub local_date: NaiveDate,
    pub local_time: String,
    pub note: Option<String>,
    #[serde(rename = "duration_min")]
    pub duration_minutes: Option<i32>,
    pub caregiver: Option<String>,
}

impl MomentJson {
    pub fn new(m: &Moment, kind_label: &str) -> Self {
        MomentJson {
            id: m.id.clone(),
            child_id: m.child_id.clone(),
            kind: m.kind.as_str(),
            kind_label: clean(kind_label),
            occurred_at: local(m)
                .map(|t| t.to_rfc3339_opts(SecondsFormat::Secs, false))
                .unwrap_or_default(),
            utc_offset_minutes: m.utc_offset_minutes,
            local_date: m.local_date,
            local_time: local_time(m),
            note: m.note.clone(),
            duration_minutes: m.duration_minutes,
            caregiver: m.caregiver.clone(),
        }
    }
}

#[derive(Serialize)]
pub struct TipJson {
    pub id: String,
    pub title: String,
    pub body: String,
    pub theme: &'static str,
    pub theme_label: String,
    pub concept: String,
}

impl From<&Tip> for TipJson {
    fn from(t: &Tip) -> Self {
        TipJson {
            id: t.id.clone(),
            title: clean(&t.title),
            body: clean(&t.body),
            theme: t.theme.as_str(),
            theme_label: clean(&t.theme_label),
            concept: t.concept.clone(),
        }
    }
}

#[derive(Serialize)]
pub struct FeedbackJson {
    pub tried: bool,
    pub favourite: bool,
    pub not_for_me: bool,
}

impl From<&FeedbackState> for FeedbackJson {
    fn from(f: &FeedbackState) -> Self {
        FeedbackJson {
            tried: f.tried,
            favourite: f.favourite,
            not_for_me: f.not_for_me,
        }
    }
}

#[derive(Serialize)]
pub struct DailyTipJson {
    pub date: NaiveDate,
    pub tip: TipJson,
    pub feedback: FeedbackJson,
    pub any_age_fallback: bool,
}

impl From<&DailyTip> for DailyTipJson {
    fn from(d: &DailyTip) -> Self {
        DailyTipJson {
            date: d.date,
            tip: TipJson::from(&d.tip),
            feedback: FeedbackJson::from(&d.feedback),
            any_age_fallback: d.any_age_fallback,
        }
    }
}
