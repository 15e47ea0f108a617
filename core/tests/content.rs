//! The content as shipped, counted: the tip catalog's coverage and limits, the articles.

mod common;

use std::collections::{BTreeSet, HashMap};

use hechting_core::articles::{self, Block};
use hechting_core::l10n::{self, strip_isolation, Localizer};
use hechting_core::tips::catalog::{self, Catalog, CONCEPTS};
use hechting_core::tips::scheduler::{candidates, Exclusions, Stage};
use hechting_core::{content, Core};

const TITLE_MAX: usize = 60;
const BODY_MAX: usize = 400;

#[test]
fn catalog_is_valid_and_every_tip_has_dutch_text() {
    let cat = catalog::catalog();
    assert!(cat.problems.is_empty(), "{:?}", cat.problems);
    let nl = Localizer::new(&[], None);
    for tip in &cat.tips {
        for attr in ["title", "body"] {
            let text = nl.format_checked(&tip.id, Some(attr), None);
            assert!(
                text.is_ok_and(|t| !t.trim().is_empty()),
                "{}.{attr} missing in nl",
                tip.id
            );
        }
    }
}

#[test]
fn a_broken_catalog_is_caught() {
    let broken = r#"
[[tip]]
id = "Not-Kebab"
from_day = 5
to_day = 1
theme = "touch"
concept = "hugging"
priority = 7
"#;
    let c = Catalog::parse(broken);
    assert!(c.tips.is_empty());
    assert_eq!(c.problems.len(), 1);
    assert!(Catalog::parse("[[tip]]\nid = 3").problems.len() == 1);
    let theme =
        "[[tip]]\nid=\"a\"\nfrom_day=0\nto_day=1\ntheme=\"dance\"\nconcept=\"touch\"\npriority=1\n";
    assert!(!Catalog::parse(theme).problems.is_empty());
    let dup = format!(
        "{0}{0}",
        "[[tip]]\nid=\"a\"\nfrom_day=0\nto_day=1\ntheme=\"touch\"\nconcept=\"touch\"\npriority=1\n"
    );
    assert_eq!(Catalog::parse(&dup).tips.len(), 1);
}

#[test]
fn coverage_counts() {
    let tips = &catalog::catalog().tips;
    assert!(tips.len() >= 200, "{} tips", tips.len());
    let overlapping = |lo: i32, hi: i32| {
        tips.iter()
            .filter(|t| t.from_day <= hi && t.to_day >= lo)
            .count()
    };
    assert!(
        tips.iter().filter(|t| t.to_day < 0).count() >= 15,
        "expecting"
    );
    assert!(
        overlapping(0, 365) >= 130,
        "first year: {}",
        overlapping(0, 365)
    );
    assert!(
        overlapping(366, 730) >= 60,
        "second year: {}",
        overlapping(366, 730)
    );
    let none = Exclusions::default();
    let mut thinnest = (i64::MAX, 0);
    for day in -120..=730 {
        let stage = Stage {
            age_days: day,
            born: day >= 0,
        };
        let (c, fallback) = candidates(catalog::catalog(), stage, &none, &HashMap::new());
        assert!(!fallback, "day {day} has no tip of its own");
        if (c.len() as i64) < thinnest.0 {
            thinnest = (c.len() as i64, day);
        }
    }
    assert!(
        thinnest.0 >= 10,
        "day {} has only {} candidates",
        thinnest.1,
        thinnest.0
    );
    // Every concept of the brief, except the statistic meant for articles.
    let used: BTreeSet<&str> = tips.iter().map(|t| t.concept.as_str()).collect();
    for concept in CONCEPTS.iter().filter(|c| **c != "prevalence") {
        assert!(used.contains(concept), "concept {concept} has no tip");
    }
    // The first year's phases each have tips written for them.
    for (lo, hi) in [(0, 41), (42, 182), (183, 273)] {
        let own = tips
            .iter()
            .filter(|t| t.from_day >= lo && t.to_day <= hi + 120)
            .filter(|t| t.from_day <= hi)
            .count();
        assert!(own >= 15, "phase {lo}..{hi}: {own} tips of its own");
    }
}

fn has_url_or_phone(text: &str) -> bool {
    let lower = text.to_lowercase();
    if ["http://", "https://", "www.", ".nl/", ".com", ".org", "@"]
        .iter()
        .any(|p| lower.contains(p))
    {
        return true;
    }
    // Eight or more digits in a row (spaces and dashes allowed): a phone number.
    let mut digits = 0;
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits += 1;
            if digits >= 8 {
                return true;
            }
        } else if !matches!(c, ' ' | '-') {
            digits = 0;
        }
    }
    false
}

#[test]
fn tip_texts_fit_and_hold_no_links_in_every_language() {
    let mut problems = Vec::new();
    for meta in l10n::locales() {
        if common::i18n_file(&meta.tag, "tips.ftl").is_none() {
            problems.push(format!("{}: no tips.ftl", meta.tag));
            continue;
        }
        let loc = Localizer::new(std::slice::from_ref(&meta.tag), None);
        for tip in &catalog::catalog().tips {
            for (attr, max) in [("title", TITLE_MAX), ("body", BODY_MAX)] {
                match loc.format_checked(&tip.id, Some(attr), None) {
                    Ok(text) => {
                        let text = strip_isolation(&text);
                        let len = text.chars().count();
                        if len > max {
                            problems.push(format!("{} {}.{attr}: {len} > {max}", meta.tag, tip.id));
                        }
                        if has_url_or_phone(&text) {
                            problems.push(format!(
                                "{} {}.{attr}: a link or phone number",
                                meta.tag, tip.id
                            ));
                        }
                    }
                    Err(e) => problems.push(format!("{} {e}", meta.tag)),
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_article_parses_into_blocks_in_every_language() {
    let defs = articles::defs();
    assert_eq!(defs.len(), 12);
    let mut problems = Vec::new();
    for meta in l10n::locales() {
        for def in defs {
            let path = format!("i18n/{}/articles/{}.md", meta.tag, def.id);
            let Some(md) = content::file(&path) else {
                problems.push(format!("{path}: missing"));
                continue;
            };
            let (article, issues) = articles::parse(&def.id, &meta.tag, md);
            problems.extend(issues.into_iter().map(|i| format!("{path}: {i}")));
            let words = md.split_whitespace().count();
            let min = if matches!(meta.tag.as_str(), "nl" | "en" | "de") {
                400
            } else {
                350
            };
            if !(min..=900).contains(&words) {
                problems.push(format!("{path}: {words} words"));
            }
            if has_url_or_phone(md) {
                problems.push(format!("{path}: a link or phone number"));
            }
            if article.title.is_empty() || article.summary.is_empty() {
                problems.push(format!("{path}: no title or lead"));
            }
            let headings = article
                .blocks
                .iter()
                .filter(|b| matches!(b, Block::Heading { .. }))
                .count();
            let lists = article
                .blocks
                .iter()
                .filter(|b| matches!(b, Block::BulletList { .. }))
                .count();
            if headings < 2 || lists < 1 {
                problems.push(format!("{path}: {headings} headings, {lists} lists"));
            }
            if !(2..=5).contains(&article.minutes) {
                problems.push(format!("{path}: {} minutes", article.minutes));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn emphasis_is_kept_in_blocks() {
    let (a, problems) = articles::parse(
        "x",
        "nl",
        "# Titel\n\nEen *zachte* en **sterke** start.\n\n## Kop\n\n- een\n- twee\n\n> citaat\n",
    );
    assert!(problems.is_empty(), "{problems:?}");
    let Block::Paragraph { spans } = &a.blocks[0] else {
        panic!("paragraph first")
    };
    assert!(spans.iter().any(|s| s.emphasis && s.text == "zachte"));
    assert!(spans.iter().any(|s| s.strong && s.text == "sterke"));
    assert!(matches!(&a.blocks[2], Block::BulletList { items } if items.len() == 2));
    assert!(matches!(&a.blocks[3], Block::Quote { .. }));
    let (_, bad) = articles::parse(
        "x",
        "nl",
        "# T\n\nlead\n\n1. numbered\n\n[link](x)\n\n*open",
    );
    assert_eq!(bad.len(), 3, "{bad:?}");
}

#[test]
fn articles_through_the_core() {
    let core = Core::open(":memory:", &["en-GB".into()]).expect("open");
    let list = core.articles();
    assert_eq!(list.len(), 12);
    assert_eq!(list[0].id, "what-is-attachment");
    assert!(list.iter().all(|a| a.minutes >= 2 && !a.summary.is_empty()));
    let touch = core.article("touch").expect("touch");
    assert_eq!(touch.locale, "en");
    assert!(touch.title.starts_with("Touch"));
    assert_eq!(
        core.article("nope")
            .err()
            .map(|e| e.code().to_owned())
            .as_deref(),
        Some("article-not-found")
    );
}

/// What a parent of a given age reads, printed for content authors:
/// `cargo test -p hechting-core --test content show_what_a_parent_gets -- --nocapture`
/// (HECHTING_AGE=70 HECHTING_LANG=tr to choose).
#[test]
fn show_what_a_parent_gets() {
    let age: i64 = std::env::var("HECHTING_AGE")
        .ok()
        .and_then(|a| a.parse().ok())
        .unwrap_or(70);
    let lang = std::env::var("HECHTING_LANG").unwrap_or_else(|_| "nl".into());
    let core = Core::open(":memory:", &[lang]).expect("open");
    let preview = core.tip_preview(age, false);
    assert!(!preview.candidates.is_empty());
    println!("age {age} days, {} candidates:", preview.candidates.len());
    for (i, c) in preview.candidates.iter().enumerate() {
        let mark = if i == 0 { "→" } else { " " };
        println!(
            "{mark} [{:>4}..{:>4}] p{} {}",
            c.from_day,
            c.to_day,
            c.priority,
            strip_isolation(&c.tip.title)
        );
    }
}

/// What a parent feels first: the app opened every day, no answers given, a new tip
/// every day of the first year — from birth for a baby born at term, from birth
/// (eight weeks before the due date) to corrected day 364 for a baby born early — and
/// every must-see message by its day.
#[test]
fn a_new_tip_every_day_of_the_first_year_and_every_must_see_in_time() {
    let coverage = hechting_core::authoring::coverage();
    for journey in ["term", "born-8-weeks-early"] {
        let j = coverage
            .journeys
            .iter()
            .find(|j| j.journey == journey)
            .expect("journey");
        if let Some(day) = j.first_repeat_day {
            assert!(day >= 365, "{journey}: a tip comes back on day {day}");
        }
        assert!(j.last_day >= 364, "{journey}: the journey covers the year");
        for m in &j.must_see {
            let shown = m.shown_on_day.unwrap_or(i64::MAX);
            assert!(
                shown <= i64::from(m.show_by_day),
                "{journey}: {} must be seen by day {}, shown on {:?}",
                m.id,
                m.show_by_day,
                m.shown_on_day
            );
        }
        // New tips open every month of the year.
        for &(month, _, new) in &j.new_per_month {
            if (0..12).contains(&month) {
                assert!(new >= 20, "{journey}: month {month} brings {new} new tips");
            }
        }
    }
    let early = coverage
        .journeys
        .iter()
        .find(|j| j.journey == "born-8-weeks-early")
        .expect("journey");
    assert!(early.first_day <= -56, "the journey starts at birth");
    assert!(early
        .must_see
        .iter()
        .any(|m| m.id == "home-from-the-ward-never-shake"));
}

/// The promise carried on: an expecting parent gets a new tip on each of the last 120
/// days before the due date, and a term baby a new one every day of its first two years.
#[test]
fn a_new_tip_every_day_of_pregnancy_and_of_the_second_year() {
    let coverage = hechting_core::authoring::coverage();
    let journey = |name: &str| {
        coverage
            .journeys
            .iter()
            .find(|j| j.journey == name)
            .expect("journey")
            .clone()
    };
    let expecting = journey("expecting");
    assert!(expecting.first_day <= -120 && expecting.last_day >= -1);
    assert_eq!(
        expecting.first_repeat_day, None,
        "a pregnancy tip comes back"
    );
    for m in &expecting.must_see {
        assert!(
            m.shown_on_day
                .is_some_and(|d| d <= i64::from(m.show_by_day)),
            "expecting: {} by day {}",
            m.id,
            m.show_by_day
        );
    }
    assert!(
        expecting.must_see.len() >= 2,
        "safe sleep and where to ask, before the birth"
    );
    let term = journey("term");
    assert!(term.last_day >= 730);
    if let Some(day) = term.first_repeat_day {
        assert!(day > 730, "a tip comes back on day {day}");
    }
    for &(month, _, new) in &term.new_per_month {
        if (12..24).contains(&month) {
            assert!(new >= 20, "second year, month {month}: {new} new tips");
        }
    }
}
