//! Localization: lazily parsed Fluent bundles and per-message fallback along the
//! negotiated chain (`locales`: the shipped locales and negotiation).

mod locales;

pub use locales::*;

use std::collections::{BTreeMap, HashSet};
use std::sync::{Arc, Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::content;

/// The files of a locale that hold messages; the tips' texts are compiled into tables
/// (`content::tip_text`) and read without Fluent.
const MESSAGE_FILES: &[&str] = &["app.ftl"];

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
