//! The records and enums that cross the FFI, and their conversions from and to the
//! core's types. Calendar dates cross as ISO `YYYY-MM-DD` strings, instants as
//! timestamps (Kotlin `Instant`, Swift `Date`, Python `datetime`).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use chrono::NaiveDate;
use hechting_core as hc;

use crate::error::Result;

// ---- conversions of dates and instants ----

/// Reads an ISO date; a bad one is the core's invalid-input error naming `field`.
pub(crate) fn date(field: &'static str, text: &str) -> Result<NaiveDate> {
    Ok(hc::parse_date(field, text)?)
}

pub(crate) fn opt_date(field: &'static str, text: Option<&str>) -> Result<Option<NaiveDate>> {
    text.map(|t| date(field, t)).transpose()
}

fn iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

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

// ---- children and ages ----

/// What a parent fills in for a child, when adding or editing it. At least one of the
/// dates is needed.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ChildInput {
    pub name: String,
    /// `YYYY-MM-DD`; `None` while expecting.
    #[uniffi(default)]
    pub birth_date: Option<String>,
    /// `YYYY-MM-DD`; gives a preterm baby a corrected age.
    #[uniffi(default)]
    pub due_date: Option<String>,
}

impl ChildInput {
    pub(crate) fn to_core(&self) -> Result<hc::ChildInput> {
        Ok(hc::ChildInput {
            name: self.name.clone(),
            birth_date: opt_date("birth_date", self.birth_date.as_deref())?,
            due_date: opt_date("due_date", self.due_date.as_deref())?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Child {
    pub id: String,
    pub name: String,
    pub birth_date: Option<String>,
    pub due_date: Option<String>,
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
            birth_date: c.birth_date.map(iso),
            due_date: c.due_date.map(iso),
            created_at: instant(c.created_at),
            updated_at: instant(c.updated_at),
            deleted_at: c.deleted_at.map(instant),
        }
    }
}

/// The attachment phases, by (corrected) age.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum Phase {
    Expecting,
    /// 0–6 weeks.
    Newborn,
    /// 6 weeks–6 months.
    FamiliarFaces,
    /// 6–9 months.
    ClearAttachment,
    /// 9–24 months.
    Explorer,
    /// Older than two.
    Toddler,
}

impl From<hc::Phase> for Phase {
    fn from(p: hc::Phase) -> Self {
        match p {
            hc::Phase::Expecting => Phase::Expecting,
            hc::Phase::Newborn => Phase::Newborn,
            hc::Phase::FamiliarFaces => Phase::FamiliarFaces,
            hc::Phase::ClearAttachment => Phase::ClearAttachment,
            hc::Phase::Explorer => Phase::Explorer,
            hc::Phase::Toddler => Phase::Toddler,
        }
    }
}

/// A child's age on one date.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Age {
    pub date: String,
    /// Not born yet on `date`.
    pub expecting: bool,
    /// Days until the due date while expecting.
    pub days_until_due: Option<i64>,
    /// Chronological age, once born.
    pub days: Option<i64>,
    pub weeks: Option<i64>,
    pub months: Option<i64>,
    /// Days since the due date for a baby born at least three weeks early, until two
    /// years old; negative before the due date.
    pub corrected_days: Option<i64>,
    /// The age that picks tips.
    pub tip_age_days: i64,
    pub phase: Phase,
}

impl From<hc::Age> for Age {
    fn from(a: hc::Age) -> Self {
        Age {
            date: iso(a.date),
            expecting: a.expecting,
            days_until_due: a.days_until_due,
            days: a.days,
            weeks: a.weeks,
            months: a.months,
            corrected_days: a.corrected_days,
            tip_age_days: a.tip_age_days,
            phase: a.phase.into(),
        }
    }
}

/// An age with the words for it: "4 maanden en 2 weken", "9 months (corrected 7)".
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AgeInfo {
    pub age: Age,
    pub label: String,
    pub phase_label: String,
}

impl From<hc::AgeInfo> for AgeInfo {
    fn from(a: hc::AgeInfo) -> Self {
        AgeInfo {
            age: a.age.into(),
            label: a.label,
            phase_label: a.phase_label,
        }
    }
}

// ---- journal ----

/// The kinds of moment a parent can log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum MomentKind {
    Cuddle,
    SkinToSkin,
    Massage,
    Feeding,
    EyeContact,
    Talking,
    Singing,
    Reading,
    Play,
    Peekaboo,
    Mirror,
    /// Soothing a cry.
    Comfort,
    Bath,
    Walk,
    /// A mismatch: it did not go well.
    HardMoment,
    /// Coming back together after a hard moment.
    Repair,
    Milestone,
    Other,
}

impl From<hc::MomentKind> for MomentKind {
    fn from(k: hc::MomentKind) -> Self {
        use hc::MomentKind as K;
        match k {
            K::Cuddle => MomentKind::Cuddle,
            K::SkinToSkin => MomentKind::SkinToSkin,
            K::Massage => MomentKind::Massage,
            K::Feeding => MomentKind::Feeding,
            K::EyeContact => MomentKind::EyeContact,
            K::Talking => MomentKind::Talking,
            K::Singing => MomentKind::Singing,
            K::Reading => MomentKind::Reading,
            K::Play => MomentKind::Play,
            K::Peekaboo => MomentKind::Peekaboo,
            K::Mirror => MomentKind::Mirror,
            K::Comfort => MomentKind::Comfort,
            K::Bath => MomentKind::Bath,
            K::Walk => MomentKind::Walk,
            K::HardMoment => MomentKind::HardMoment,
            K::Repair => MomentKind::Repair,
            K::Milestone => MomentKind::Milestone,
            K::Other => MomentKind::Other,
        }
    }
}

impl From<MomentKind> for hc::MomentKind {
    fn from(k: MomentKind) -> Self {
        use hc::MomentKind as K;
        match k {
            MomentKind::Cuddle => K::Cuddle,
            MomentKind::SkinToSkin => K::SkinToSkin,
            MomentKind::Massage => K::Massage,
            MomentKind::Feeding => K::Feeding,
            MomentKind::EyeContact => K::EyeContact,
            MomentKind::Talking => K::Talking,
            MomentKind::Singing => K::Singing,
            MomentKind::Reading => K::Reading,
            MomentKind::Play => K::Play,
            MomentKind::Peekaboo => K::Peekaboo,
            MomentKind::Mirror => K::Mirror,
            MomentKind::Comfort => K::Comfort,
            MomentKind::Bath => K::Bath,
            MomentKind::Walk => K::Walk,
            MomentKind::HardMoment => K::HardMoment,
            MomentKind::Repair => K::Repair,
            MomentKind::Milestone => K::Milestone,
            MomentKind::Other => K::Other,
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
    pub utc_offset_min: i32,
    #[uniffi(default)]
    pub note: Option<String>,
    #[uniffi(default)]
    pub duration_min: Option<u32>,
    /// Who was with the baby.
    #[uniffi(default)]
    pub caregiver: Option<String>,
}

impl MomentInput {
    pub(crate) fn to_core(&self) -> hc::MomentInput {
        hc::MomentInput {
            kind: self.kind.into(),
            occurred_at_ms: millis(self.occurred_at),
            utc_offset_min: self.utc_offset_min,
            note: self.note.clone(),
            duration_min: self.duration_min,
            caregiver: self.caregiver.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Moment {
    pub id: String,
    pub child_id: String,
    pub kind: MomentKind,
    pub occurred_at: SystemTime,
    pub utc_offset_min: i32,
    /// The calendar day where it was logged, `YYYY-MM-DD`.
    pub local_date: String,
    pub note: Option<String>,
    pub duration_min: Option<u32>,
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
            kind: m.kind.into(),
            occurred_at: instant(m.occurred_at_ms),
            utc_offset_min: m.utc_offset_min,
            local_date: iso(m.local_date),
            note: m.note,
            duration_min: m.duration_min,
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
    /// First local day, inclusive, `YYYY-MM-DD`.
    #[uniffi(default)]
    pub from: Option<String>,
    /// Last local day, inclusive, `YYYY-MM-DD`.
    #[uniffi(default)]
    pub to: Option<String>,
    /// Words to find in the notes.
    #[uniffi(default)]
    pub text: Option<String>,
    /// Page size, 1–500.
    #[uniffi(default = 50)]
    pub limit: u32,
    /// `next_cursor` of the previous page.
    #[uniffi(default)]
    pub cursor: Option<String>,
}

impl MomentQuery {
    pub(crate) fn to_core(&self) -> Result<hc::MomentQuery> {
        Ok(hc::MomentQuery {
            child_id: self.child_id.clone(),
            kinds: self.kinds.iter().map(|&k| k.into()).collect(),
            from: opt_date("from", self.from.as_deref())?,
            to: opt_date("to", self.to.as_deref())?,
            text: self.text.clone(),
            limit: self.limit,
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

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct KindCount {
    pub kind: MomentKind,
    pub count: u32,
}

/// The moments of one local day, counted by kind.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DaySummary {
    pub date: String,
    pub counts: Vec<KindCount>,
    pub total: u32,
}

impl From<hc::DaySummary> for DaySummary {
    fn from(d: hc::DaySummary) -> Self {
        DaySummary {
            date: iso(d.date),
            counts: d
                .counts
                .into_iter()
                .map(|(kind, count)| KindCount {
                    kind: kind.into(),
                    count,
                })
                .collect(),
            total: d.total,
        }
    }
}

/// A kind with its words in the current language.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct KindInfo {
    pub kind: MomentKind,
    pub label: String,
    pub hint: String,
}

impl From<hc::KindInfo> for KindInfo {
    fn from(k: hc::KindInfo) -> Self {
        KindInfo {
            kind: k.kind.into(),
            label: k.label,
            hint: k.hint,
        }
    }
}

// ---- tips ----

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum Theme {
    Bonding,
    Touch,
    Play,
    Talk,
    Soothing,
    Routine,
    Carers,
    Feelings,
    SelfCare,
}

impl From<hc::Theme> for Theme {
    fn from(t: hc::Theme) -> Self {
        match t {
            hc::Theme::Bonding => Theme::Bonding,
            hc::Theme::Touch => Theme::Touch,
            hc::Theme::Play => Theme::Play,
            hc::Theme::Talk => Theme::Talk,
            hc::Theme::Soothing => Theme::Soothing,
            hc::Theme::Routine => Theme::Routine,
            hc::Theme::Carers => Theme::Carers,
            hc::Theme::Feelings => Theme::Feelings,
            hc::Theme::SelfCare => Theme::SelfCare,
        }
    }
}

impl From<Theme> for hc::Theme {
    fn from(t: Theme) -> Self {
        match t {
            Theme::Bonding => hc::Theme::Bonding,
            Theme::Touch => hc::Theme::Touch,
            Theme::Play => hc::Theme::Play,
            Theme::Talk => hc::Theme::Talk,
            Theme::Soothing => hc::Theme::Soothing,
            Theme::Routine => hc::Theme::Routine,
            Theme::Carers => hc::Theme::Carers,
            Theme::Feelings => hc::Theme::Feelings,
            Theme::SelfCare => hc::Theme::SelfCare,
        }
    }
}

/// What a parent says about a tip.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum Feedback {
    Tried,
    Favourite,
    Unfavourite,
    /// The tip will not be shown again to this child.
    NotForMe,
    UndoNotForMe,
}

impl From<Feedback> for hc::Feedback {
    fn from(f: Feedback) -> Self {
        match f {
            Feedback::Tried => hc::Feedback::Tried,
            Feedback::Favourite => hc::Feedback::Favourite,
            Feedback::Unfavourite => hc::Feedback::Unfavourite,
            Feedback::NotForMe => hc::Feedback::NotForMe,
            Feedback::UndoNotForMe => hc::Feedback::UndoNotForMe,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct FeedbackState {
    pub tried: bool,
    pub favourite: bool,
    pub not_for_me: bool,
}

impl From<hc::FeedbackState> for FeedbackState {
    fn from(f: hc::FeedbackState) -> Self {
        FeedbackState {
            tried: f.tried,
            favourite: f.favourite,
            not_for_me: f.not_for_me,
        }
    }
}

/// A tip with its text in the current language.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TipView {
    pub id: String,
    pub title: String,
    pub body: String,
    pub theme: Theme,
    pub theme_label: String,
    /// Which idea of attachment the tip teaches.
    pub concept: String,
}

impl From<hc::Tip> for TipView {
    fn from(t: hc::Tip) -> Self {
        TipView {
            id: t.id,
            title: t.title,
            body: t.body,
            theme: t.theme.into(),
            theme_label: t.theme_label,
            concept: t.concept,
        }
    }
}

/// The tip of one day for one child.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DailyTip {
    pub date: String,
    pub tip: TipView,
    pub feedback: FeedbackState,
    /// Older than every tip's window (or all fitting tips refused): an any-age tip.
    pub any_age_fallback: bool,
}

impl From<hc::DailyTip> for DailyTip {
    fn from(d: hc::DailyTip) -> Self {
        DailyTip {
            date: iso(d.date),
            tip: d.tip.into(),
            feedback: d.feedback.into(),
            any_age_fallback: d.any_age_fallback,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ThemeSetting {
    pub theme: Theme,
    pub label: String,
    pub enabled: bool,
}

impl From<hc::ThemeSetting> for ThemeSetting {
    fn from(t: hc::ThemeSetting) -> Self {
        ThemeSetting {
            theme: t.theme.into(),
            label: t.label,
            enabled: t.enabled,
        }
    }
}

/// A tip that fits an age, for content authors.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CandidateTip {
    pub tip: TipView,
    pub from_day: i32,
    pub to_day: i32,
    pub priority: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TipPreview {
    pub age_days: i64,
    /// In the order a child who has seen none gets them.
    pub candidates: Vec<CandidateTip>,
    pub any_age_fallback: bool,
}

impl From<hc::authoring::TipPreview> for TipPreview {
    fn from(p: hc::authoring::TipPreview) -> Self {
        TipPreview {
            age_days: p.age_days,
            candidates: p
                .candidates
                .into_iter()
                .map(|c| CandidateTip {
                    tip: c.tip.into(),
                    from_day: c.from_day,
                    to_day: c.to_day,
                    priority: c.priority,
                })
                .collect(),
            any_age_fallback: p.any_age_fallback,
        }
    }
}

// ---- languages ----

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl From<hc::Direction> for Direction {
    fn from(d: hc::Direction) -> Self {
        match d {
            hc::Direction::Ltr => Direction::Ltr,
            hc::Direction::Rtl => Direction::Rtl,
        }
    }
}

/// The language the app speaks now.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LocaleInfo {
    /// The shipped locale chosen, e.g. "ar".
    pub locale: String,
    /// Lay the screens out right to left for `Rtl`.
    pub direction: Direction,
    /// Where a missing message is looked up next, ending in "nl".
    pub chain: Vec<String>,
}

impl From<hc::LocaleInfo> for LocaleInfo {
    fn from(l: hc::LocaleInfo) -> Self {
        LocaleInfo {
            locale: l.locale,
            direction: l.direction.into(),
            chain: l.chain,
        }
    }
}

/// A shipped language, for a language picker.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LocaleOption {
    pub tag: String,
    pub native_name: String,
    pub direction: Direction,
    /// Read through by a native-speaking health professional.
    pub reviewed: bool,
}

impl From<hc::LocaleOption> for LocaleOption {
    fn from(l: hc::LocaleOption) -> Self {
        LocaleOption {
            tag: l.tag,
            native_name: l.native_name,
            direction: l.direction.into(),
            reviewed: l.reviewed,
        }
    }
}

/// A value for a placeable of a UI string.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum Arg {
    Text { value: String },
    Number { value: f64 },
}

impl From<Arg> for hc::Arg {
    fn from(a: Arg) -> Self {
        match a {
            Arg::Text { value } => hc::Arg::Text(value),
            Arg::Number { value } => hc::Arg::Number(value),
        }
    }
}

// ---- articles ----

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ArticleSummary {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// Reading time.
    pub minutes: u32,
    pub theme: Theme,
    /// The ages (days) the article matters most for.
    pub from_day: i32,
    pub to_day: i32,
}

impl From<hc::ArticleSummary> for ArticleSummary {
    fn from(a: hc::ArticleSummary) -> Self {
        ArticleSummary {
            id: a.id,
            title: a.title,
            summary: a.summary,
            minutes: a.minutes,
            theme: a.theme.into(),
            from_day: a.from_day,
            to_day: a.to_day,
        }
    }
}

/// A run of text with its emphasis.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Span {
    pub text: String,
    pub emphasis: bool,
    pub strong: bool,
}

impl From<hc::Span> for Span {
    fn from(s: hc::Span) -> Self {
        Span {
            text: s.text,
            emphasis: s.emphasis,
            strong: s.strong,
        }
    }
}

fn spans(s: Vec<hc::Span>) -> Vec<Span> {
    s.into_iter().map(Into::into).collect()
}

/// One block of an article, drawn natively.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum Block {
    Heading { level: u8, spans: Vec<Span> },
    Paragraph { spans: Vec<Span> },
    BulletList { items: Vec<Vec<Span>> },
    Quote { spans: Vec<Span> },
}

impl From<hc::Block> for Block {
    fn from(b: hc::Block) -> Self {
        match b {
            hc::Block::Heading { level, spans: s } => Block::Heading {
                level,
                spans: spans(s),
            },
            hc::Block::Paragraph { spans: s } => Block::Paragraph { spans: spans(s) },
            hc::Block::BulletList { items } => Block::BulletList {
                items: items.into_iter().map(spans).collect(),
            },
            hc::Block::Quote { spans: s } => Block::Quote { spans: spans(s) },
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Article {
    pub id: String,
    /// The language it is written in (may differ from the app's, by fallback).
    pub locale: String,
    pub title: String,
    /// The lead paragraph, as plain text.
    pub summary: String,
    pub minutes: u32,
    /// Everything after the title.
    pub blocks: Vec<Block>,
}

impl From<hc::Article> for Article {
    fn from(a: hc::Article) -> Self {
        Article {
            id: a.id,
            locale: a.locale,
            title: a.title,
            summary: a.summary,
            minutes: a.minutes,
            blocks: a.blocks.into_iter().map(Into::into).collect(),
        }
    }
}

// ---- safety: export, import, backups ----

/// What opening the database found. Show the parent a word about anything but
/// `Normal`; nothing is ever deleted.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum OpenOutcome {
    Normal,
    /// The file was damaged: it was kept as `damaged_copy`, and the backup
    /// `backup_name` was restored (plus whatever could still be read from the damaged
    /// file).
    RestoredBackup {
        damaged_copy: String,
        backup_name: String,
    },
    /// The file was damaged and there was no backup: it was kept as `damaged_copy` and
    /// a new database was started with what could be read from it.
    StartedEmpty {
        damaged_copy: String,
    },
}

impl From<hc::OpenOutcome> for OpenOutcome {
    fn from(o: hc::OpenOutcome) -> Self {
        match o {
            hc::OpenOutcome::Normal => OpenOutcome::Normal,
            hc::OpenOutcome::RestoredBackup {
                damaged_copy,
                backup_name,
            } => OpenOutcome::RestoredBackup {
                damaged_copy,
                backup_name,
            },
            hc::OpenOutcome::StartedEmpty { damaged_copy } => {
                OpenOutcome::StartedEmpty { damaged_copy }
            }
        }
    }
}

/// What an import did, in rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct ImportReport {
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
}

impl From<hc::ImportReport> for ImportReport {
    fn from(r: hc::ImportReport) -> Self {
        ImportReport {
            added: r.added,
            updated: r.updated,
            unchanged: r.unchanged,
        }
    }
}

/// An automatic backup beside the database (at most one a day, the last seven kept).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct BackupInfo {
    /// Pass to `restore_backup`.
    pub name: String,
    /// The day it was made, `YYYY-MM-DD`.
    pub date: String,
    pub size_bytes: u64,
}

impl From<hc::BackupInfo> for BackupInfo {
    fn from(b: hc::BackupInfo) -> Self {
        BackupInfo {
            name: b.name,
            date: iso(b.date),
            size_bytes: b.size_bytes,
        }
    }
}

/// Told how far an import is, for a progress bar; called on the importing thread.
#[uniffi::export(callback_interface)]
pub trait ImportProgress: Send + Sync {
    fn progress(&self, done: u64, total: u64);
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
    fn bad_dates_name_their_field() {
        let err = opt_date("due_date", Some("2025-02-30")).err();
        assert_eq!(
            err,
            Some(crate::HechtingError::InvalidInput {
                field: "due_date".into(),
                code: "date-invalid".into()
            })
        );
        assert_eq!(
            iso(NaiveDate::from_ymd_opt(2025, 3, 4).unwrap_or_default()),
            "2025-03-04"
        );
    }
}
