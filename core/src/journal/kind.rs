//! The kinds of moment a parent can log.

use serde::{Deserialize, Serialize};

use crate::error::{ErrorCode, invalid, Result};

/// The kinds of moment a parent can log: a closed set, so every kind has a label in
/// every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

impl MomentKind {
    pub const ALL: [MomentKind; 18] = [
        MomentKind::Cuddle,
        MomentKind::SkinToSkin,
        MomentKind::Massage,
        MomentKind::Feeding,
        MomentKind::EyeContact,
        MomentKind::Talking,
        MomentKind::Singing,
        MomentKind::Reading,
        MomentKind::Play,
        MomentKind::Peekaboo,
        MomentKind::Mirror,
        MomentKind::Comfort,
        MomentKind::Bath,
        MomentKind::Walk,
        MomentKind::HardMoment,
        MomentKind::Repair,
        MomentKind::Milestone,
        MomentKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MomentKind::Cuddle => "cuddle",
            MomentKind::SkinToSkin => "skin_to_skin",
            MomentKind::Massage => "massage",
            MomentKind::Feeding => "feeding",
            MomentKind::EyeContact => "eye_contact",
            MomentKind::Talking => "talking",
            MomentKind::Singing => "singing",
            MomentKind::Reading => "reading",
            MomentKind::Play => "play",
            MomentKind::Peekaboo => "peekaboo",
            MomentKind::Mirror => "mirror",
            MomentKind::Comfort => "comfort",
            MomentKind::Bath => "bath",
            MomentKind::Walk => "walk",
            MomentKind::HardMoment => "hard_moment",
            MomentKind::Repair => "repair",
            MomentKind::Milestone => "milestone",
            MomentKind::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Result<MomentKind> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == text)
            .ok_or_else(|| invalid("kind", ErrorCode::KindUnknown))
    }

    /// The Fluent message of the kind's label (`kind-skin-to-skin`).
    pub fn message_id(self) -> String {
        format!("kind-{}", self.as_str().replace('_', "-"))
    }
}
