//! The shipped locales (`i18n/locales.toml`), their direction, and negotiation
//! against the OS's preferred list: the chain of locales a message is looked up in.

use std::sync::OnceLock;

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

use crate::content;

/// The source language: every chain ends here, and it holds every message.
pub const SOURCE: &str = "nl";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// Scripts written right to left, by language subtag.
    pub fn of(language: &str) -> Direction {
        match language {
            "ar" | "ary" | "arz" | "fa" | "he" | "ur" | "ps" | "ckb" | "yi" | "dv" => {
                Direction::Rtl
            }
            _ => Direction::Ltr,
        }
    }
}

/// A shipped locale, as `i18n/locales.toml` describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleMeta {
    pub tag: String,
    pub native_name: String,
    pub direction: Direction,
    pub source: String,
    pub reviewed: bool,
}

/// The shipped locales, in the order of `i18n/locales.toml`.
pub fn locales() -> &'static [LocaleMeta] {
    static LOCALES: OnceLock<Vec<LocaleMeta>> = OnceLock::new();
    LOCALES.get_or_init(|| {
        let parsed: Vec<LocaleMeta> = content::LOCALE_ROWS
            .iter()
            .map(
                |&(tag, native_name, direction, source, reviewed)| LocaleMeta {
                    tag: tag.into(),
                    native_name: native_name.into(),
                    direction: if direction == "rtl" {
                        Direction::Rtl
                    } else {
                        Direction::Ltr
                    },
                    source: source.into(),
                    reviewed,
                },
            )
            .collect();
        if parsed.iter().any(|l| l.tag == SOURCE) {
            parsed
        } else {
            log::error!("i18n/locales.toml is missing or broken; only {SOURCE} is available");
            vec![LocaleMeta {
                tag: SOURCE.into(),
                native_name: "Nederlands".into(),
                direction: Direction::Ltr,
                source: SOURCE.into(),
                reviewed: false,
            }]
        }
    })
}

/// Language subtags that plain matching cannot map to a shipped locale, mapped to the
/// one their speakers read: Arabic varieties to Arabic, German and Dutch regional
/// languages to the standard language. (Moroccan Arabic, `ary`, is shipped.)
const ALIASES: &[(&str, &str)] = &[
    ("arb", "ar"),
    ("arz", "ar"),
    ("apc", "ar"),
    ("ajp", "ar"),
    ("acm", "ar"),
    ("afb", "ar"),
    ("aeb", "ar"),
    ("arq", "ar"),
    ("ars", "ar"),
    ("apd", "ar"),
    ("ayl", "ar"),
    ("gsw", "de"),
    ("bar", "de"),
    ("ksh", "de"),
    ("nds", "de"),
    ("li", "nl"),
    ("vls", "nl"),
    ("zea", "nl"),
    ("fy", "nl"),
];

/// Reads one tag of the OS's list (`nl-BE`, `en_US`, `ary-MA`); `None` for garbage.
pub fn parse_tag(tag: &str) -> Option<LanguageIdentifier> {
    let tag = tag.trim().replace('_', "-");
    if tag.is_empty() {
        return None;
    }
    let mut id: LanguageIdentifier = tag.parse().ok()?;
    let language = id.language.as_str().to_ascii_lowercase();
    if let Some((_, to)) = ALIASES.iter().find(|(from, _)| *from == language) {
        id.language = to.parse().ok()?;
    }
    (!id.language.is_empty()).then_some(id)
}

/// A shipped locale whose missing messages are looked up in another one before the
/// source: Moroccan Arabic readers read Modern Standard Arabic better than Dutch.
const FALLS_BACK_TO: &[(&str, &str)] = &[("ary", "ar")];

/// The locale whose plural rules a shipped locale uses: the plural data has no `ary`,
/// whose forms are Arabic's (CLDR).
pub fn plural_locale(tag: &str) -> &str {
    match tag {
        "ary" => "ar",
        other => other,
    }
}

/// The fallback chain for a preferred list: the shipped locales that match, best first,
/// always ending in the source language.
pub fn negotiate(preferred: &[String]) -> Vec<String> {
    let available: Vec<LanguageIdentifier> = locales()
        .iter()
        .filter_map(|l| l.tag.parse().ok())
        .collect();
    let requested: Vec<LanguageIdentifier> =
        preferred.iter().filter_map(|t| parse_tag(t)).collect();
    let default: Option<&LanguageIdentifier> = available.iter().find(|l| l.to_string() == SOURCE);
    let mut chain: Vec<String> = Vec::new();
    for id in negotiate_languages(
        &requested,
        &available,
        default,
        NegotiationStrategy::Filtering,
    ) {
        let tag = id.to_string();
        if !chain.contains(&tag) {
            chain.push(tag);
        }
    }
    for &(from, to) in FALLS_BACK_TO {
        if let Some(i) = chain.iter().position(|t| t == from) {
            if !chain.iter().any(|t| t == to) {
                chain.insert(i + 1, to.to_owned());
            }
        }
    }
    // The source holds every message, so nothing after it could ever be used.
    match chain.iter().position(|t| t == SOURCE) {
        Some(end) => chain.truncate(end + 1),
        None => chain.push(SOURCE.into()),
    }
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(tags: &[&str]) -> Vec<String> {
        negotiate(&tags.iter().map(|t| t.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn negotiation() {
        assert_eq!(chain(&["en-US"]), ["en", "nl"]);
        assert_eq!(chain(&["de-AT", "en-GB"]), ["de", "en", "nl"]);
        assert_eq!(chain(&["ary-MA"]), ["ary", "ar", "nl"]);
        assert_eq!(chain(&["ary"]), ["ary", "ar", "nl"]);
        assert_eq!(chain(&["ary-MA", "ar"]), ["ary", "ar", "nl"]);
        assert_eq!(chain(&["ar-MA", "ary"]), ["ar", "ary", "nl"]);
        assert_eq!(chain(&["arz-EG"]), ["ar", "nl"]);
        assert_eq!(chain(&["ar_MA"]), ["ar", "nl"]);
        assert_eq!(chain(&["nl-BE", "fr-BE"]), ["nl"]);
        assert_eq!(
            chain(&["nl-NL", "en-US"]),
            ["nl"],
            "Dutch first stays first"
        );
        assert_eq!(chain(&["en-US", "nl-NL", "de"]), ["en", "nl"]);
        assert_eq!(chain(&["xx"]), ["nl"]);
        assert_eq!(chain(&[""]), ["nl"]);
        assert_eq!(chain(&[]), ["nl"]);
        assert_eq!(chain(&["!!garbage!!", "tr"]), ["tr", "nl"]);
        assert_eq!(chain(&["gsw-CH"]), ["de", "nl"]);
    }
}
