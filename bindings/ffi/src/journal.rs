//! The records that carry instants or that a shell fills in: children and moments.
//! Instants cross as timestamps (Kotlin `Instant`, Swift `Date`, Python `datetime`);
//! the core keeps milliseconds since the Unix epoch.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use hc::{ApiError, ErrorCode, MomentKind};
use hechting_core as hc;

use crate::types::CalendarDate;

/// Milliseconds since the Unix epoch as an instant (out-of-range values clamp to the
/// epoch; the core never stores such values).
fn instant(ms: i64) -> SystemTime {
    let d = Duration::from_millis(ms.unsigned_abs());
    let t = if ms >= 0 {
        UNIX_EPOCH.checked_add(d)
    } else {
        UNIX_EPOCH.checked_sub(d)
    };
    t.unwrap_or(UNIX_EPOCH)
}

/// An instant as milliseconds since the Unix epoch, saturating; the core checks the
/// range.
fn millis(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_millis()).unwrap_or(i64::MAX),
        Err(before) => i64::try_from(before.duration().as_millis()).map_or(i64::MIN, |ms| -ms),
    }
}

/// A count from Kotlin or Swift, which has no unsigned ints in common use: a negative
/// one is the core's invalid-input error for `field`.
pub(crate) fn count(field: &'static str, code: ErrorCode, n: i32) -> Result<u32, ApiError> {
    u32::try_from(n).map_err(|_| ApiError::InvalidInput {
        field: field.into(),
        code,
    })
}

/// What a parent fills in for a child, when adding or editing it. At least one of the
/// dates is needed.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ChildInput {
    pub name: String,
    /// `None` while expecting.
    #[uniffi(default)]
    pub birth_date: Option<CalendarDate>,
    /// Gives a baby born early a corrected age.
    #[uniffi(default)]
    pub due_date: Option<CalendarDate>,
}

impl From<ChildInput> for hc::ChildInput {
    fn from(c: ChildInput) -> Self {
        hc::ChildInput {
            name: c.name,
            birth_date: c.birth_date,
            due_date: c.due_date,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Child {
    pub id: String,
    pub name: String,
    pub birth_date: Option<CalendarDate>,
    pub due_date: Option<CalendarDate>,
    pub created_at: SystemTime,
    pub updated_at: SystemTime,
    /// Set while the child is removed (`restore_child` undoes it).
    pub deleted_at: Option<SystemTime>,
}

impl From<hc::Child> for Child {
    fn from(c: hc::Child) -> Self {
        Child {
            id: c.id,
            name: c.name,
            birth_date: c.birth_date,
            due_date: c.due_date,
            created_at: instant(c.created_at),
            updated_at: instant(c.updated_at),
            deleted_at: c.deleted_at.map(instant),
        }
    }
}

/// What a parent fills in when logging or editing a moment.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MomentInput {
    pub kind: MomentKind,
    /// When it happened.
    pub occurred_at: SystemTime,
    /// The UTC offset where it happened, in minutes (Amsterdam in summer: 120); it
    /// fixes the calendar day the moment belongs to.
    pub utc_offset_minutes: i32,
    #[uniffi(default)]
    pub note: Option<String>,
    /// How long it lasted, in minutes (0 to 1440).
    #[uniffi(default)]
    pub duration_minutes: Option<i32>,
    /// Who was with the baby.
    #[uniffi(default)]
    pub caregiver: Option<String>,
}

impl MomentInput {
    pub(crate) fn to_core(&self) -> Result<hc::MomentInput, ApiError> {
        let duration = self
            .duration_minutes
            .map(|d| count("duration_minutes", ErrorCode::DurationOutOfRange, d))
            .transpose()?;
        Ok(hc::MomentInput {
            kind: self.kind,
            occurred_at_ms: millis(self.occurred_at),
            utc_offset_min: self.utc_offset_minutes,
            note: self.note.clone(),
            duration_min: duration,
            caregiver: self.caregiver.clone(),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Moment {
    pub id: String,
    pub child_id: String,
    pub kind: MomentKind,
    pub occurred_at: SystemTime,
    pub utc_offset_minutes: i32,
    /// The calendar day where it was logged.
    pub local_date: CalendarDate,
    pub note: Option<String>,
    pub duration_minutes: Option<i32>,
    pub caregiver: Option<String>,
    pub created_at: SystemTime,
    pub updated_at: SystemTime,
    /// Set while the moment is deleted (`restore_moment` undoes it).
    pub deleted_at: Option<SystemTime>,
}

impl From<hc::Moment> for Moment {
    fn from(m: hc::Moment) -> Self {
        Moment {
            id: m.id,
            child_id: m.child_id,
            kind: m.kind,
            occurred_at: instant(m.occurred_at_ms),
            utc_offset_minutes: m.utc_offset_min,
            local_date: m.local_date,
            note: m.note,
            // The core keeps durations of at most a day.
            duration_minutes: m.duration_min.map(|d| i32::try_from(d).unwrap_or(i32::MAX)),
            caregiver: m.caregiver,
            created_at: instant(m.created_at),
            updated_at: instant(m.updated_at),
            deleted_at: m.deleted_at.map(instant),
        }
    }
}

/// Which moments to list, newest first.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MomentQuery {
    /// One child's journal, or every child's when `None`.
    #[uniffi(default)]
    pub child_id: Option<String>,
    /// Only these kinds; all kinds when empty.
    #[uniffi(default)]
    pub kinds: Vec<MomentKind>,
    /// First local day, inclusive.
    #[uniffi(default)]
    pub from: Option<CalendarDate>,
    /// Last local day, inclusive.
    #[uniffi(default)]
    pub to: Option<CalendarDate>,
    /// Words to find in the notes, as typed (search as you type).
    #[uniffi(default)]
    pub text: Option<String>,
    /// Page size, 1–500.
    #[uniffi(default = 50)]
    pub limit: i32,
    /// `next_cursor` of the previous page.
    #[uniffi(default)]
    pub cursor: Option<String>,
}

impl MomentQuery {
    pub(crate) fn to_core(&self) -> Result<hc::MomentQuery, ApiError> {
        Ok(hc::MomentQuery {
            child_id: self.child_id.clone(),
            kinds: self.kinds.clone(),
            from: self.from,
            to: self.to,
            text: self.text.clone(),
            limit: count("limit", ErrorCode::LimitOutOfRange, self.limit)?,
            cursor: self.cursor.clone(),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MomentPage {
    pub items: Vec<Moment>,
    /// Pass back as `cursor` for the next (older) page; `None` on the last page.
    pub next_cursor: Option<String>,
}

impl From<hc::MomentPage> for MomentPage {
    fn from(p: hc::MomentPage) -> Self {
        MomentPage {
            items: p.items.into_iter().map(Into::into).collect(),
            next_cursor: p.next_cursor,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_round_trip_in_millis() {
        for ms in [0, 1, 1_700_000_000_123, -1_000, -86_400_000] {
            assert_eq!(millis(instant(ms)), ms);
        }
        assert_eq!(millis(UNIX_EPOCH + Duration::from_micros(1_500)), 1);
    }

    #[test]
    fn a_negative_count_names_its_field() {
        assert_eq!(
            count("limit", ErrorCode::LimitOutOfRange, -1),
            Err(ApiError::InvalidInput {
                field: "limit".into(),
                code: ErrorCode::LimitOutOfRange
            })
        );
        assert_eq!(count("limit", ErrorCode::LimitOutOfRange, 50), Ok(50));
    }
}
