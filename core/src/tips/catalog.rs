//! The tip catalog, `assets/tips.toml`: loaded once from the embedded file and
//! validated. Broken entries are dropped (and logged) so a parent's app keeps working;
//! the tests fail on any problem.

use std::collections::HashSet;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::content;

/// The catalog's last day: tips whose window runs from birth (or before) to here are
/// open-ended, and serve children older than the catalog.
pub const AGE_END: i32 = 730;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

impl Theme {
    pub const ALL: [Theme; 9] = [
        Theme::Bonding,
        Theme::Touch,
        Theme::Play,
        Theme::Talk,
        Theme::Soothing,
        Theme::Routine,
        Theme::Carers,
        Theme::Feelings,
        Theme::SelfCare,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Bonding => "bonding",
            Theme::Touch => "touch",
            Theme::Play => "play",
            Theme::Talk => "talk",
            Theme::Soothing => "soothing",
            Theme::Routine => "routine",
            Theme::Carers => "carers",
            Theme::Feelings => "feelings",
            Theme::SelfCare => "self_care",
        }
    }

    pub fn parse(text: &str) -> Option<Theme> {
        Self::ALL.into_iter().find(|t| t.as_str() == text)
    }

    /// The Fluent message of the theme's label (`theme-self-care`).
    pub fn message_id(self) -> String {
        format!("theme-{}", self.as_str().replace('_', "-"))
    }
}

/// The ideas of the content brief a tip can teach.
pub const CONCEPTS: &[&str] = &[
    "signals",
    "responsive",
    "trust",
    "nonverbal",
    "coregulation",
    "phases",
    "stress_brain",
    "touch",
    "skin_to_skin",
    "massage",
    "eye_contact_talk",
    "narrate",
    "reading",
    "routines",
    "presence",
    "games_peekaboo",
    "games_mirror",
    "games_songs",
    "balance_stimulation",
    "not_ignoring",
    "predictability",
    "continuity",
    "other_carers",
    "sensitive",
    "mentalizing",
    "secure_base",
    "four_s",
    "repair",
    "good_enough",
    "autonomy",
    "benefits",
    "parent_stress",
    "starting_slowly",
    "warning_signs",
    "prevalence",
    "seen",
];

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TipDef {
    pub id: String,
    /// Inclusive window of (corrected) age in days; negative before birth.
    pub from_day: i32,
    pub to_day: i32,
    pub theme: Theme,
    pub concept: String,
    /// 1 comes first, 3 last.
    pub priority: u8,
}

impl TipDef {
    pub fn holds(&self, age_days: i64) -> bool {
        i64::from(self.from_day) <= age_days && age_days <= i64::from(self.to_day)
    }

    /// Runs from birth (or before) to the end of the catalog: fits any age.
    pub fn is_open_ended(&self) -> bool {
        self.from_day <= 0 && self.to_day >= AGE_END
    }
}

#[derive(Deserialize)]
struct CatalogFile {
    tip: Vec<TipDef>,
}

#[derive(Debug, Default)]
pub struct Catalog {
    pub tips: Vec<TipDef>,
    /// What was wrong with the file; empty for a good catalog.
    pub problems: Vec<String>,
}

impl Catalog {
    pub fn get(&self, id: &str) -> Option<&TipDef> {
        self.tips.iter().find(|t| t.id == id)
    }

    /// Checks the rows build.rs made of `assets/tips.toml`; rows with problems are left
    /// out.
    fn from_rows(rows: &[(&str, i64, i64, &str, &str, i64)]) -> Catalog {
        let mut tips = Vec::with_capacity(rows.len());
        let mut problems = Vec::new();
        for &(id, from, to, theme, concept, priority) in rows {
            let def = (|| {
                Some(TipDef {
                    id: id.to_owned(),
                    from_day: i32::try_from(from).ok()?,
                    to_day: i32::try_from(to).ok()?,
                    theme: Theme::parse(theme)?,
                    concept: concept.to_owned(),
                    priority: u8::try_from(priority).ok()?,
                })
            })();
            match def {
                Some(def) => tips.push(def),
                None => problems.push(format!("{id}: a day, theme or priority out of range")),
            }
        }
        Catalog::checked(tips, problems)
    }

    /// Parses and checks a catalog in TOML (for tools and tests; the app's own catalog
    /// is read at build time); entries with problems are left out.
    pub fn parse(text: &str) -> Catalog {
        let file: CatalogFile = match toml::from_str(text) {
            Ok(f) => f,
            Err(e) => {
                return Catalog {
                    tips: Vec::new(),
                    problems: vec![format!("tips.toml: {e}")],
                }
            }
        };
        Catalog::checked(file.tip, Vec::new())
    }

    fn checked(all: Vec<TipDef>, mut problems: Vec<String>) -> Catalog {
        let mut seen = HashSet::new();
        let mut tips = Vec::with_capacity(all.len());
        for tip in all {
            match check(&tip, &mut seen) {
                Ok(()) => tips.push(tip),
                Err(problem) => problems.push(format!("{}: {problem}", tip.id)),
            }
        }
        Catalog { tips, problems }
    }
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
        && id.as_bytes()[0].is_ascii_lowercase()
}

fn check(tip: &TipDef, seen: &mut HashSet<String>) -> Result<(), String> {
    if !is_kebab(&tip.id) {
        return Err("id is not kebab-case".into());
    }
    if !seen.insert(tip.id.clone()) {
        return Err("duplicate id".into());
    }
    if tip.from_day > tip.to_day {
        return Err("from_day is after to_day".into());
    }
    if !CONCEPTS.contains(&tip.concept.as_str()) {
        return Err(format!("unknown concept {}", tip.concept));
    }
    if !(1..=3).contains(&tip.priority) {
        return Err("priority is not 1, 2 or 3".into());
    }
    Ok(())
}

/// The embedded catalog (turned into a table by build.rs), checked on first use.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let catalog = Catalog::from_rows(content::TIP_ROWS);
        for problem in &catalog.problems {
            log::error!("tip catalog: {problem}");
        }
        catalog
    })
}
