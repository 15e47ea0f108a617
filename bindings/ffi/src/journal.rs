//! Children and moments: the core's records, declared to UniFFI as remote types.
//! Instants are the core's `Timestamp` (milliseconds since the Unix epoch) and cross as
//! the platform's instant: Kotlin `Instant`, Swift `Date`, Python `datetime`.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use hc::{AgeInfo, Child, ChildInput, DailyTip, Home, Moment, MomentInput, MomentKind};
use hc::{MomentPage, MomentQuery, Timestamp};
use hechting_core as hc;

use crate::types::CalendarDate;

/// Milliseconds since the Unix epoch as an instant (out-of-range values clamp to the
/// epoch; the core never stores such values).
fn instant(t: Timestamp) -> SystemTime {
    let d = Duration::from_millis(t.0.unsigned_abs());
    let at = if t.0 >= 0 {
        UNIX_EPOCH.checked_add(d)
    } else {
        UNIX_EPOCH.checked_sub(d)
    };
    at.unwrap_or(UNIX_EPOCH)
}

/// An instant as milliseconds since the Unix epoch, saturating; the core checks the
/// range.
fn millis(t: SystemTime) -> Timestamp {
    Timestamp(match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_millis()).unwrap_or(i64::MAX),
        Err(before) => i64::try_from(before.duration().as_millis()).map_or(i64::MIN, |ms| -ms),
    })
}

uniffi::custom_type!(Timestamp, SystemTime, {
    remote,
    lower: |t| instant(t),
    try_lift: |t| Ok(millis(t)),
});

/// What a parent fills in for a child, when adding or editing it. At least one of the
/// dates is needed.
#[uniffi::remote(Record)]
pub struct ChildInput {
    pub name: String,
    /// `None` while expecting.
    #[uniffi(default)]
    pub birth_date: Option<CalendarDate>,
    /// Gives a baby born early a corrected age.
    #[uniffi(default)]
    pub due_date: Option<CalendarDate>,
}

#[uniffi::remote(Record)]
pub struct Child {
    pub id: String,
    pub name: String,
    pub birth_date: Option<CalendarDate>,
    pub due_date: Option<CalendarDate>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Set while the child is removed (`restore_child` undoes it).
    pub deleted_at: Option<Timestamp>,
}

/// What a parent fills in when logging or editing a moment.
#[uniffi::remote(Record)]
pub struct MomentInput {
    pub kind: MomentKind,
    /// When it happened.
    pub occurred_at: Timestamp,
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

#[uniffi::remote(Record)]
pub struct Moment {
    pub id: String,
    pub child_id: String,
    pub kind: MomentKind,
    pub occurred_at: Timestamp,
    pub utc_offset_minutes: i32,
    /// The calendar day where it was logged.
    pub local_date: CalendarDate,
    pub note: Option<String>,
    pub duration_minutes: Option<i32>,
    pub caregiver: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Set while the moment is deleted (`restore_moment` undoes it).
    pub deleted_at: Option<Timestamp>,
}

/// Which moments to list, newest first.
#[uniffi::remote(Record)]
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

#[uniffi::remote(Record)]
pub struct MomentPage {
    pub items: Vec<Moment>,
    /// Pass back as `cursor` for the next (older) page; `None` on the last page.
    pub next_cursor: Option<String>,
}

/// What the home screen shows, from one call (`Core.home`).
#[uniffi::remote(Record)]
pub struct Home {
    pub child: Child,
    pub age: AgeInfo,
    /// Today's tip; `None` only when every tip was refused.
    pub tip: Option<DailyTip>,
    /// The newest moments of this child, newest first.
    pub latest: Vec<Moment>,
    /// `Core.ui_strings_version()` as of this call: copy `ui_strings()` again only
    /// when it moved.
    pub ui_strings_version: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_round_trip_in_millis() {
        for ms in [0, 1, 1_700_000_000_123, -1_000, -86_400_000] {
            assert_eq!(millis(instant(Timestamp(ms))), Timestamp(ms));
        }
        assert_eq!(
            millis(UNIX_EPOCH + Duration::from_micros(1_500)),
            Timestamp(1)
        );
    }
}
