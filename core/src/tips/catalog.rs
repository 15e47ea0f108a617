//! The tip catalog, `assets/tips.toml`: loaded once from the embedded file and
//! validated. Broken entries are dropped (and logged) so a parent's app keeps working;
//! the tests fail on any problem.

use std::collections::HashMap;

use rustc_hash::FxHashMap;
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
    /// A must-see message: delivered by this day of (corrected) age at the latest; it
    /// comes before every other tip while its window is open and it was never shown.
    #[serde(default)]
    pub show_by_day: Option<i32>,
    /// For a baby born early, while its corrected age is still below zero (the
    /// neonatal ward, going home); never for an expecting parent. Tips with a window
    /// before birth and without this mark are for pregnancy only.
    #[serde(default)]
    pub born_early: bool,
}

impl TipDef {
    pub fn holds(&self, age_days: i64) -> bool {
        i64::from(self.from_day) <= age_days && age_days <= i64::from(self.to_day)
    }

    /// Runs from birth (or before) to the end of the catalog: fits any age.
    pub fn is_open_ended(&self) -> bool {
        self.from_day <= 0 && self.to_day >= AGE_END
    }

    /// Whether the tip is meant for a child in this state at a negative age: pregnancy
    /// tips for the expecting, born-early tips for a baby already born. At zero and
    /// after, every tip that is not born-early fits.
    pub fn fits_stage(&self, age_days: i64, born: bool) -> bool {
        if age_days >= 0 {
            return !self.born_early;
        }
        self.born_early == born
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RetiredDef {
    id: String,
    replaced_by: String,
}

#[cfg(any(test, feature = "test-hooks"))]
#[derive(Deserialize)]
struct CatalogFile {
    tip: Vec<TipDef>,
    #[serde(default)]
    retired: Vec<RetiredDef>,
}

#[derive(Debug, Default)]
pub struct Catalog {
    pub tips: Vec<TipDef>,
    /// Position in `tips` of each id, and of each retired id its replacement's: one
    /// lookup, with a fast hash (the scheduler looks up every tip of the history).
    index: FxHashMap<String, usize>,
    /// Merged-away ids and the tip that replaced each.
    retired: HashMap<String, String>,
    /// What was wrong with the file; empty for a good catalog.
    pub problems: Vec<String>,
}

impl Catalog {
    /// A tip of the catalog by id; a retired id gives the tip that replaced it, so
    /// old journals keep their history and favourites. `None` for an id this catalog
    /// does not know (a newer catalog's, from an import).
    pub fn get(&self, id: &str) -> Option<&TipDef> {
        self.index.get(id).map(|&i| &self.tips[i])
    }

    /// The position in `tips` of a tip by id (a retired id: its replacement's).
    pub fn position(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// The retired ids that `id` replaced.
    pub fn aliases<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.retired
            .iter()
            .filter(move |(_, by)| by.as_str() == id)
            .map(|(old, _)| old.as_str())
    }

    /// Checks the rows build.rs made of `assets/tips.toml`; rows with problems are left
    /// out.
    fn from_rows(rows: &[content::TipRow], retired: &[(&str, &str)]) -> Catalog {
        let mut tips = Vec::with_capacity(rows.len());
        let mut problems = Vec::new();
        for &(id, from, to, theme, concept, priority, show_by, born_early) in rows {
            let def = (|| {
                Some(TipDef {
                    id: id.to_owned(),
                    from_day: i32::try_from(from).ok()?,
                    to_day: i32::try_from(to).ok()?,
                    theme: Theme::parse(theme)?,
                    concept: concept.to_owned(),
                    priority: u8::try_from(priority).ok()?,
                    show_by_day: match show_by {
                        Some(d) => Some(i32::try_from(d).ok()?),
                        None => None,
                    },
                    born_early,
                })
            })();
            match def {
                Some(def) => tips.push(def),
                None => problems.push(format!("{id}: a day, theme or priority out of range")),
            }
        }
        let retired = retired
            .iter()
            .map(|&(id, by)| RetiredDef {
                id: id.to_owned(),
                replaced_by: by.to_owned(),
            })
            .collect();
        Catalog::checked(tips, retired, problems)
    }

#[cfg(any(test, feature = "test-hooks"))]
    /// Parses and checks a catalog in TOML (for tools and tests; the app's own catalog
    /// is read at build time); entries with problems are left out.
    pub fn parse(text: &str) -> Catalog {
        let file: CatalogFile = match toml::from_str(text) {
            Ok(f) => f,
            Err(e) => {
                return Catalog {
                    problems: vec![format!("tips.toml: {e}")],
                    ..Catalog::default()
                }
            }
        };
        Catalog::checked(file.tip, file.retired, Vec::new())
    }

#[cfg(any(test, feature = "test-hooks"))]
    /// A catalog of these tips, checked (for tests and tools).
    pub fn from_tips(tips: Vec<TipDef>) -> Catalog {
        Catalog::checked(tips, Vec::new(), Vec::new())
    }

    fn checked(all: Vec<TipDef>, retired: Vec<RetiredDef>, mut problems: Vec<String>) -> Catalog {
        let mut tips = Vec::with_capacity(all.len());
        let mut index: FxHashMap<String, usize> = FxHashMap::default();
        index.reserve(all.len());
        for tip in all {
            let checked = check(&tip).and_then(|()| {
                if index.contains_key(&tip.id) {
                    Err("duplicate id".to_owned())
                } else {
                    Ok(())
                }
            });
            match checked {
                Ok(()) => {
                    index.insert(tip.id.clone(), tips.len());
                    tips.push(tip);
                }
                Err(problem) => problems.push(format!("{}: {problem}", tip.id)),
            }
        }
        let mut map = HashMap::new();
        for r in retired {
            if index.contains_key(&r.id) {
                problems.push(format!("{}: retired but still in the catalog", r.id));
            } else if !index.contains_key(&r.replaced_by) {
                problems.push(format!("{}: replaced by an unknown tip", r.id));
            } else if map.insert(r.id.clone(), r.replaced_by).is_some() {
                problems.push(format!("{}: retired twice", r.id));
            }
        }
        for (old, by) in &map {
            if let Some(&i) = index.get(by) {
                index.insert(old.clone(), i);
            }
        }
        Catalog {
            tips,
            index,
            retired: map,
            problems,
        }
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

fn check(tip: &TipDef) -> Result<(), String> {
    if !is_kebab(&tip.id) {
        return Err("id is not kebab-case".into());
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
    if tip.born_early && tip.to_day >= 0 {
        return Err("a born-early tip must end before day 0".into());
    }
    if tip
        .show_by_day
        .is_some_and(|d| d < tip.from_day || d > tip.to_day)
    {
        return Err("show_by_day lies outside the window".into());
    }
    Ok(())
}

/// The embedded catalog (turned into a table by build.rs), checked on first use.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let catalog = Catalog::from_rows(content::TIP_ROWS, content::RETIRED_TIP_ROWS);
        for problem in &catalog.problems {
            log::error!("tip catalog: {problem}");
        }
        catalog
    })
}
