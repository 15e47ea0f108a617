//! Localization: the shipped locales, negotiation against the OS's preferred list,
//! lazily parsed Fluent bundles, and per-message fallback along the chain.

use std::collections::{BTreeMap, HashSet};
use std::sync::{Arc, Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::content;

/// The source language: every chain ends here, and it holds every message.
pub const SOURCE: &str = "nl";

/// The files of a locale that hold messages; the tips' texts are compiled into tables
/// (`content::tip_text`) and read without Fluent.
const MESSAGE_FILES: &[&str] = &["app.ftl"];

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

type Bundle = FluentBundle<FluentResource>;

/// One lazily built bundle per shipped locale, shared by every Core in the process.
fn bundle(index: usize) -> Option<Arc<Bundle>> {
    static BUNDLES: OnceLock<Vec<OnceLock<Arc<Bundle>>>> = OnceLock::new();
    let slots = BUNDLES.get_or_init(|| locales().iter().map(|_| OnceLock::new()).collect());
    let meta = locales().get(index)?;
    let sources = MESSAGE_FILES
        .iter()
        .filter_map(|file| content::file(&format!("i18n/{}/{file}", meta.tag)));
    Some(
        slots
            .get(index)?
            .get_or_init(|| Arc::new(build_bundle(&meta.tag, sources)))
            .clone(),
    )
}

fn build_bundle<'a>(tag: &str, sources: impl Iterator<Item = &'a str>) -> Bundle {
    let langid: LanguageIdentifier = plural_locale(tag).parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![langid]);
    for text in sources {
        let resource = match FluentResource::try_new(text.to_owned()) {
            Ok(r) => r,
            Err((r, errors)) => {
                log::error!("{tag}: {} Fluent syntax errors", errors.len());
                r
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            log::error!("{tag}: {} duplicate messages", errors.len());
        }
    }
    bundle
}

/// The ids (and `id.attr` keys) of the source's UI messages that take no variables:
/// what `ui_strings` returns in one call.
fn plain_keys() -> &'static [(String, Option<String>)] {
    static KEYS: OnceLock<Vec<(String, Option<String>)>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let Some(text) = content::file(&format!("i18n/{SOURCE}/app.ftl")) else {
            return Vec::new();
        };
        let resource = match FluentResource::try_new(text.to_owned()) {
            Ok(r) | Err((r, _)) => r,
        };
        let mut keys = Vec::new();
        for entry in resource.entries() {
            let ast::Entry::Message(msg) = entry else {
                continue;
            };
            if msg
                .value
                .as_ref()
                .is_some_and(|p| !pattern_has_variables(p))
            {
                keys.push((msg.id.name.to_owned(), None));
            }
            for attr in &msg.attributes {
                if !pattern_has_variables(&attr.value) {
                    keys.push((msg.id.name.to_owned(), Some(attr.id.name.to_owned())));
                }
            }
        }
        keys
    })
}

fn pattern_has_variables(pattern: &ast::Pattern<&str>) -> bool {
    pattern.elements.iter().any(|e| match e {
        ast::PatternElement::TextElement { .. } => false,
        ast::PatternElement::Placeable { expression } => expression_has_variables(expression),
    })
}

fn expression_has_variables(expr: &ast::Expression<&str>) -> bool {
    match expr {
        ast::Expression::Select { .. } => true,
        ast::Expression::Inline(inline) => inline_has_variables(inline),
    }
}

fn inline_has_variables(inline: &ast::InlineExpression<&str>) -> bool {
    match inline {
        ast::InlineExpression::VariableReference { .. } => true,
        ast::InlineExpression::FunctionReference { .. } => true,
        ast::InlineExpression::Placeable { expression } => expression_has_variables(expression),
        _ => false,
    }
}

/// A negotiated chain of bundles: formats messages in the best locale that has them.
pub struct Localizer {
    tags: Vec<String>,
    bundles: Vec<Slot>,
    ui: OnceLock<Arc<BTreeMap<String, String>>>,
}

/// A locale of the chain. Shipped bundles are parsed when first needed, so a fallback
/// locale costs nothing until a message is missing.
enum Slot {
    Shipped(usize),
#[cfg(any(test, feature = "test-hooks"))]
    Given(Arc<Bundle>),
}

impl Slot {
    fn get(&self) -> Option<Arc<Bundle>> {
        match self {
            Slot::Shipped(index) => bundle(*index),
#[cfg(any(test, feature = "test-hooks"))]
            Slot::Given(b) => Some(b.clone()),
        }
    }
}

/// The outcome of negotiation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleInfo {
    pub locale: String,
    pub direction: Direction,
    pub chain: Vec<String>,
}

impl Localizer {
    /// For the OS's preferred list, with the parent's in-app choice (if any) first.
    pub fn new(preferred: &[String], choice: Option<&str>) -> Localizer {
        let mut wanted: Vec<String> = choice.map(str::to_owned).into_iter().collect();
        wanted.extend(preferred.iter().cloned());
        let (tags, bundles) = negotiate(&wanted)
            .into_iter()
            .filter_map(|tag| {
                let index = locales().iter().position(|l| l.tag == tag)?;
                Some((tag, Slot::Shipped(index)))
            })
            .unzip();
        Localizer {
            tags,
            bundles,
            ui: OnceLock::new(),
        }
    }

#[cfg(any(test, feature = "test-hooks"))]
    /// A chain built from the given Fluent sources instead of the embedded files, for
    /// checking how fallback behaves.
    pub fn from_sources(chain: &[(&str, &[&str])]) -> Localizer {
        let (tags, bundles) = chain
            .iter()
            .map(|(tag, sources)| {
                (
                    tag.to_string(),
                    Slot::Given(Arc::new(build_bundle(tag, sources.iter().copied()))),
                )
            })
            .unzip();
        Localizer {
            tags,
            bundles,
            ui: OnceLock::new(),
        }
    }

    pub fn info(&self) -> LocaleInfo {
        let locale = self.locale().to_owned();
        let direction = locales()
            .iter()
            .find(|l| l.tag == locale)
            .map_or(Direction::of(&locale), |l| l.direction);
        LocaleInfo {
            locale,
            direction,
            chain: self.tags.clone(),
        }
    }

    /// The chosen locale's tag.
    pub fn locale(&self) -> &str {
        self.tags.first().map_or(SOURCE, String::as_str)
    }

    /// Formats message `id` (or its attribute `attr`) from the first locale of the
    /// chain that has it. A message missing from the chosen locale is logged once.
    pub fn format(&self, id: &str, attr: Option<&str>, args: Option<&FluentArgs>) -> String {
        for (pos, slot) in self.bundles.iter().enumerate() {
            let Some(bundle) = slot.get() else { continue };
            let text = match bundle.get_message(id).and_then(|m| match attr {
                Some(a) => m.get_attribute(a).map(|a| a.value()),
                None => m.value(),
            }) {
                Some(pattern) => {
                    let mut errors = Vec::new();
                    let text = bundle.format_pattern(pattern, args, &mut errors);
                    if !errors.is_empty() {
                        log::error!("formatting {id} failed: {errors:?}");
                    }
                    text.into_owned()
                }
                None => match tip_attr(self.tags.get(pos), id, attr) {
                    Some(text) => text.to_owned(),
                    None => continue,
                },
            };
            if pos > 0 {
                report_missing(self.locale(), id, attr);
            }
            return text;
        }
        report_missing(SOURCE, id, attr);
        match attr {
            Some(a) => format!("{id}.{a}"),
            None => id.to_owned(),
        }
    }

#[cfg(any(test, feature = "test-hooks"))]
    /// Formats a message and returns the errors Fluent reported, for checks.
    pub fn format_checked(
        &self,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Result<String, String> {
        let bundle = self
            .bundles
            .first()
            .and_then(Slot::get)
            .ok_or("empty chain")?;
        if let Some(text) = tip_attr(self.tags.first(), id, attr) {
            return Ok(text.to_owned());
        }
        let msg = bundle
            .get_message(id)
            .ok_or_else(|| format!("{id}: missing"))?;
        let pattern = match attr {
            Some(a) => msg.get_attribute(a).map(|a| a.value()),
            None => msg.value(),
        }
        .ok_or_else(|| format!("{id}.{attr:?}: missing"))?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(format!("{id}: {errors:?}"))
        }
    }

    /// Whether the chosen locale itself (not a fallback) has the message.
    pub fn has_own(&self, id: &str) -> bool {
        tip_attr(self.tags.first(), id, Some("title")).is_some()
            || self
                .bundles
                .first()
                .and_then(Slot::get)
                .is_some_and(|b| b.has_message(id))
    }

    /// Every UI message without variables, formatted, keyed by id (`id.attr` for
    /// attributes). Built once per Localizer.
    pub fn ui_strings(&self) -> Arc<BTreeMap<String, String>> {
        self.ui
            .get_or_init(|| {
                Arc::new(
                    plain_keys()
                        .iter()
                        .map(|(id, attr)| {
                            let key = match attr {
                                Some(a) => format!("{id}.{a}"),
                                None => id.clone(),
                            };
                            (key, self.format(id, attr.as_deref(), None))
                        })
                        .collect(),
                )
            })
            .clone()
    }
}

/// A tip's `.title` or `.body` in locale `tag`, from the compiled tip texts.
fn tip_attr(tag: Option<&String>, id: &str, attr: Option<&str>) -> Option<&'static str> {
    let (title, body) = content::tip_text(tag?, id)?;
    match attr? {
        "title" => Some(title),
        "body" => Some(body),
        _ => None,
    }
}

fn report_missing(locale: &str, id: &str, attr: Option<&str>) {
    static REPORTED: OnceLock<Mutex<HashSet<String>>> = OnceLock::new();
    let key = format!("{locale}:{id}.{}", attr.unwrap_or(""));
    let reported = REPORTED.get_or_init(Default::default);
    let mut reported = reported.lock().unwrap_or_else(|p| p.into_inner());
    if reported.insert(key) {
        log::warn!("message {id} missing in {locale}; using a fallback locale");
    }
}

/// Fluent arguments from name/value pairs.
pub fn args<'a>(pairs: &[(&'a str, FluentValue<'a>)]) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (name, value) in pairs {
        args.set(*name, value.clone());
    }
    args
}

/// Removes Unicode isolation marks (FSI, PDI), for comparing text in tests and for
/// plain-text output.
pub fn strip_isolation(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect()
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

    #[test]
    fn direction_table() {
        for rtl in ["ar", "ary", "fa", "he", "ur"] {
            assert_eq!(Direction::of(rtl), Direction::Rtl);
        }
        assert_eq!(Direction::of("nl"), Direction::Ltr);
        let ary = Localizer::new(&["ary-MA".into()], None).info();
        assert_eq!(ary.direction, Direction::Rtl);
        assert_eq!(ary.locale, "ary");
    }

    #[test]
    fn choice_overrides_the_os_list() {
        let l = Localizer::new(&["en-US".into()], Some("tr"));
        assert_eq!(l.info().chain, ["tr", "en", "nl"]);
    }
}
