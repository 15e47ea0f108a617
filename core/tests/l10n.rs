//! The Fluent files as shipped: syntax, completeness, formatting, plurals, fallback.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast;
use hechting_core::l10n::{self, strip_isolation, Direction, Localizer};
use hechting_core::{content, Arg, ErrorCode};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

const NUMBER_VARS: &[&str] = &[
    "added",
    "corrected",
    "count",
    "days",
    "minutes",
    "months",
    "unchanged",
    "updated",
    "weeks",
    "years",
];
const TEXT_VARS: &[&str] = &[
    "age", "command", "date", "file", "id", "kind", "name", "names", "reason", "theme",
];

fn parse(path: &str, text: &'static str) -> ast::Resource<&'static str> {
    match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{path}: {} syntax errors: {errors:?}", errors.len()),
    }
}

/// message id -> attribute names ("" for the value)
fn keys(res: &ast::Resource<&str>) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for entry in &res.body {
        if let ast::Entry::Message(m) = entry {
            let mut attrs: BTreeSet<String> =
                m.attributes.iter().map(|a| a.id.name.to_owned()).collect();
            if m.value.is_some() {
                attrs.insert(String::new());
            }
            out.insert(m.id.name.to_owned(), attrs);
        }
    }
    out
}

fn ftl_files() -> Vec<(&'static str, &'static str)> {
    let mut files: Vec<(&'static str, &'static str)> = content::files_under("i18n/")
        .filter(|(p, _)| p.ends_with(".ftl"))
        .collect();
    for meta in l10n::locales() {
        let text = common::i18n_file(&meta.tag, "tips.ftl").expect("tips.ftl");
        files.push((
            Box::leak(format!("i18n/{}/tips.ftl", meta.tag).into_boxed_str()),
            text,
        ));
    }
    files
}

#[test]
fn every_ftl_parses_without_errors() {
    let files = ftl_files();
    assert!(files.len() >= 10, "app.ftl and tips.ftl of every locale");
    for (path, text) in files {
        parse(path, text);
    }
}

#[test]
fn every_locale_has_every_message_of_the_source() {
    let mut missing = Vec::new();
    for meta in l10n::locales() {
        for file in ["app.ftl", "tips.ftl"] {
            let source = common::i18n_file("nl", file).expect("nl file");
            let source = keys(&parse(file, source));
            let path = format!("i18n/{}/{file}", meta.tag);
            let Some(text) = common::i18n_file(&meta.tag, file) else {
                missing.push(format!("{path}: whole file"));
                continue;
            };
            let have = keys(&parse(&path, text));
            for (id, attrs) in &source {
                match have.get(id) {
                    None => missing.push(format!("{path}: {id}")),
                    Some(a) if a != attrs => {
                        missing.push(format!("{path}: {id} attributes {a:?} != {attrs:?}"))
                    }
                    Some(_) => {}
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} missing:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    fn expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    variables(&v.value, out);
                }
            }
            ast::Expression::Inline(i) => inline(i, out),
        }
    }
    fn inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    for el in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr(expression, out);
        }
    }
}

fn sample_args(vars: &BTreeSet<String>, n: i64) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for v in vars {
        if NUMBER_VARS.contains(&v.as_str()) {
            args.set(v.clone(), FluentValue::from(n));
        } else {
            assert!(
                TEXT_VARS.contains(&v.as_str()),
                "unknown variable ${v}: add it to the checks"
            );
            args.set(v.clone(), FluentValue::from("Noor"));
        }
    }
    args
}

#[test]
fn every_message_formats_with_sample_arguments() {
    let mut failures = Vec::new();
    let mut formatted = 0;
    for meta in l10n::locales() {
        let loc = Localizer::new(std::slice::from_ref(&meta.tag), None);
        assert_eq!(loc.locale(), meta.tag);
        for file in ["app.ftl", "tips.ftl"] {
            let Some(text) = common::i18n_file(&meta.tag, file) else {
                continue;
            };
            // The same messages through Fluent itself: the compiled tip texts must
            // read exactly as Fluent formats the file.
            let mut fluent = fluent_bundle::FluentBundle::new(vec![l10n::plural_locale(&meta.tag)
                .parse::<unic_langid::LanguageIdentifier>()
                .expect("tag")]);
            fluent
                .add_resource(
                    fluent_bundle::FluentResource::try_new(text.to_owned()).expect("parses"),
                )
                .expect("no duplicates");
            for entry in parse(file, text).body {
                let ast::Entry::Message(m) = entry else {
                    continue;
                };
                let mut patterns: Vec<(Option<&str>, &ast::Pattern<&str>)> = Vec::new();
                if let Some(v) = &m.value {
                    patterns.push((None, v));
                }
                patterns.extend(m.attributes.iter().map(|a| (Some(a.id.name), &a.value)));
                for (attr, pattern) in patterns {
                    let mut vars = BTreeSet::new();
                    variables(pattern, &mut vars);
                    for n in [0, 1, 2, 3, 11, 100] {
                        let args = sample_args(&vars, n);
                        match loc.format_checked(m.id.name, attr, Some(&args)) {
                            Ok(t) if t.trim().is_empty() => {
                                failures.push(format!("{}: {} empty", meta.tag, m.id.name))
                            }
                            Ok(t) => {
                                formatted += 1;
                                let mut errors = Vec::new();
                                let by_fluent =
                                    fluent.format_pattern(pattern, Some(&args), &mut errors);
                                if file == "tips.ftl" && t != by_fluent {
                                    failures.push(format!(
                                        "{}: {} compiled as {t:?}",
                                        meta.tag, m.id.name
                                    ));
                                }
                            }
                            Err(e) => failures.push(format!("{}: {e}", meta.tag)),
                        }
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(formatted > 1000);
}

/// The categories CLDR gives a locale's cardinal numbers, found by asking the plural
/// rules for every count a message could get.
fn cldr_categories(tag: &str) -> BTreeSet<String> {
    let tag = l10n::plural_locale(tag);
    let langid: unic_langid::LanguageIdentifier = tag.parse().expect("tag");
    let rules = PluralRules::create(langid, PluralRuleType::CARDINAL).expect("plural rules");
    (0..1000u32)
        .map(|n| match rules.select(n).expect("select") {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn plural_selectors_cover_the_cldr_categories() {
    let mut gaps = Vec::new();
    for meta in l10n::locales() {
        let wanted = cldr_categories(&meta.tag);
        for (path, text) in ftl_files()
            .into_iter()
            .filter(|(p, _)| p.starts_with(&format!("i18n/{}/", meta.tag)))
        {
            for entry in parse(path, text).body {
                let ast::Entry::Message(m) = entry else {
                    continue;
                };
                let patterns = m.value.iter().chain(m.attributes.iter().map(|a| &a.value));
                for pattern in patterns {
                    for el in &pattern.elements {
                        let ast::PatternElement::Placeable {
                            expression: ast::Expression::Select { selector, variants },
                        } = el
                        else {
                            continue;
                        };
                        let ast::InlineExpression::VariableReference { id } = selector else {
                            continue;
                        };
                        if !NUMBER_VARS.contains(&id.name) {
                            continue;
                        }
                        let have: BTreeSet<String> = variants
                            .iter()
                            .filter_map(|v| match &v.key {
                                ast::VariantKey::Identifier { name } => Some(name.to_string()),
                                ast::VariantKey::NumberLiteral { .. } => None,
                            })
                            .collect();
                        let lacking: Vec<&String> = wanted.difference(&have).collect();
                        if !lacking.is_empty() {
                            gaps.push(format!("{path}: {} lacks {lacking:?}", m.id.name));
                        }
                    }
                }
            }
        }
    }
    assert!(gaps.is_empty(), "{}", gaps.join("\n"));
    assert_eq!(cldr_categories("ar").len(), 6, "Arabic has six forms");
}

#[test]
fn negotiation_from_os_lists() {
    let info = |tags: &[&str]| {
        let tags: Vec<String> = tags.iter().map(|t| t.to_string()).collect();
        Localizer::new(&tags, None).info()
    };
    assert_eq!(info(&["en-US"]).locale, "en");
    assert_eq!(info(&["de-AT"]).locale, "de");
    let ary = info(&["ary-MA"]);
    assert_eq!(
        (ary.locale.as_str(), ary.direction),
        ("ary", Direction::Rtl)
    );
    assert_eq!(
        ary.chain,
        ["ary", "ar", "nl"],
        "Darija, then Arabic, then Dutch"
    );
    assert_eq!(info(&["ar-MA"]).chain, ["ar", "nl"]);
    assert_eq!(info(&["xx"]).locale, "nl");
    assert_eq!(info(&[""]).locale, "nl");
    assert_eq!(info(&["nl-BE"]).chain, ["nl"]);
    assert_eq!(info(&["tr", "de-DE"]).chain, ["tr", "de", "nl"]);
}

#[test]
fn a_message_missing_in_german_comes_in_dutch() {
    let de = content::file("i18n/de/app.ftl").expect("de");
    let nl = content::file("i18n/nl/app.ftl").expect("nl");
    let without: String = de
        .lines()
        .filter(|l| !l.starts_with("home-latest-moments ="))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(without.len(), de.len(), "the test removes a real message");
    let without: &'static str = Box::leak(without.into_boxed_str());
    let loc = Localizer::from_sources(&[("de", &[without]), ("nl", &[nl])]);
    assert_eq!(
        loc.format("home-latest-moments", None, None),
        "Laatste momenten"
    );
    let full = Localizer::new(&["de".into()], None);
    assert_ne!(
        full.format("home-latest-moments", None, None),
        "Laatste momenten"
    );
    assert!(!loc.has_own("home-latest-moments"));
}

#[test]
fn arabic_day_counts_use_their_plural_forms() {
    let db = common::open_in(&["ar"]);
    let core = &db.core;
    let kid = core
        .add_child(
            &common::child("نور", Some("2025-01-01"), None),
            common::date("2025-06-01"),
        )
        .expect("child");
    let label = |d: &str| strip_isolation(&core.age(&kid.id, common::date(d)).expect("age").label);
    assert_eq!(label("2025-01-02"), "يوم واحد");
    assert_eq!(label("2025-01-03"), "يومان");
    assert_eq!(label("2025-01-04"), "3 أيام");
    assert_eq!(label("2025-01-12"), "11 يومًا");
    let days = |n: i64| {
        strip_isolation(&core.ui_string("age-days", &[("days".into(), Arg::Number(n as f64))]))
    };
    assert_eq!(days(11), "11 يومًا");
    assert_eq!(days(100), "100 يوم");
    assert_eq!(days(3), "3 أيام");
    // A Latin name inside Arabic text stays wrapped in isolation marks.
    let tip_for = core.ui_string("home-tip-for", &[("name".into(), Arg::Text("Noor".into()))]);
    assert!(tip_for.contains("\u{2068}Noor\u{2069}"), "{tip_for:?}");
}

#[test]
fn ui_strings_in_one_call() {
    for meta in l10n::locales() {
        let loc = Localizer::new(std::slice::from_ref(&meta.tag), None);
        let all = loc.ui_strings();
        assert!(all.len() > 150, "{}: {}", meta.tag, all.len());
        assert!(all.contains_key("kind-cuddle"));
        assert!(all.contains_key("kind-cuddle.hint"));
        assert!(all.contains_key("error-storage-full"));
        assert!(
            !all.contains_key("age-days"),
            "strings with variables are fetched one by one"
        );
        assert!(all.values().all(|v| !v.trim().is_empty()));
    }
}

#[test]
fn every_error_code_has_a_message_in_every_language() {
    assert!(ErrorCode::ALL.len() >= 39, "the codes are all listed");
    for locale in l10n::locales() {
        let loc = Localizer::new(std::slice::from_ref(&locale.tag), None);
        for code in ErrorCode::ALL {
            assert!(
                loc.has_own(&format!("error-{code}")),
                "{}: error-{code}",
                locale.tag
            );
        }
    }
}

/// A parent whose phone speaks Dutch can choose Moroccan Arabic in the app; a message
/// Darija lacks comes in Arabic, then Dutch.
#[test]
fn darija_can_be_chosen_and_falls_back_to_arabic() {
    let db = common::open_in(&["nl-NL"]);
    let info = db.core.set_language(Some("ary")).expect("ary");
    assert_eq!(info.chain, ["ary", "ar", "nl"]);
    assert_eq!(info.direction, Direction::Rtl);
    let ary = content::file("i18n/ary/app.ftl").expect("ary");
    let ar = content::file("i18n/ar/app.ftl").expect("ar");
    let without: String = ary
        .lines()
        .filter(|l| !l.starts_with("home-latest-moments ="))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(without.len(), ary.len(), "the test removes a real message");
    let l = Localizer::from_sources(&[("ary", &[without.as_str()]), ("ar", &[ar]), ("nl", &[])]);
    let from_ar =
        Localizer::from_sources(&[("ar", &[ar])]).format("home-latest-moments", None, None);
    assert_eq!(l.format("home-latest-moments", None, None), from_ar);
    // Darija's own words where it has them.
    let own = Localizer::new(&["ary-MA".into()], None);
    let msa = Localizer::new(&["ar".into()], None);
    assert!(own.has_own("bump-hello-voice"));
    assert_ne!(
        own.format("bump-hello-voice", Some("body"), None),
        msa.format("bump-hello-voice", Some("body"), None),
        "Darija is not the Arabic text"
    );
}
