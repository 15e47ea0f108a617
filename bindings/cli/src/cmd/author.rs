//! For content authors and translators: `preview`, `coverage`, and `locales`.
//!
//! These views speak the authors' working language (English) around the content,
//! which is shown in the language asked for.

use hechting_core::authoring::{self, MONTH_DAYS, SOURCE_LOCALE};
use hechting_core::Direction;
use serde::Serialize;

use crate::ctx::Ctx;
use crate::error::CliResult;
use crate::parse;
use crate::term::pad;
use crate::text::clean;

#[derive(Serialize)]
struct CandidateJson {
    rank: usize,
    /// The tip a child who has seen none gets at this age.
    first: bool,
    id: String,
    title: String,
    body: String,
    theme: &'static str,
    theme_label: String,
    concept: String,
    from_day: i32,
    to_day: i32,
    priority: i32,
    /// The language asked for has this tip's text (not a fallback).
    translated: bool,
}

#[derive(Serialize)]
struct PreviewJson {
    age_days: i64,
    age_label: String,
    phase: &'static str,
    phase_label: String,
    locale: String,
    any_age_fallback: bool,
    candidates: Vec<CandidateJson>,
}

/// `hechting preview --age 10w`: what a parent of a baby that age reads.
pub fn preview(ctx: &mut Ctx, age: &str, born_early: bool) -> CliResult<()> {
    let days = parse::age_days(age)?;
    let preview = ctx.core.tip_preview(days, born_early);
    let info = ctx.core.locale_info();
    let phase_label = clean(&preview.phase_label);
    let age_label = clean(&ctx.core.age_words(days, ctx.today));
    let candidates: Vec<CandidateJson> = preview
        .candidates
        .iter()
        .enumerate()
        .map(|(i, c)| CandidateJson {
            rank: i + 1,
            first: i == 0,
            id: c.tip.id.clone(),
            title: clean(&c.tip.title),
            body: clean(&c.tip.body),
            theme: c.tip.theme.as_str(),
            theme_label: clean(&c.tip.theme_label),
            concept: c.tip.concept.clone(),
            from_day: c.from_day,
            to_day: c.to_day,
            priority: c.priority,
            translated: c.translated,
        })
        .collect();
    if ctx.json {
        return ctx.emit_json(&PreviewJson {
            age_days: days,
            age_label,
            phase: preview.phase.as_str(),
            phase_label,
            locale: info.locale,
            any_age_fallback: preview.any_age_fallback,
            candidates,
        });
    }
    ctx.line(format!(
        "{} · {} · {}",
        ctx.term.bold(&age_label),
        ctx.term.accent(&phase_label),
        ctx.term.dim(&format!("{days} days · {}", info.locale))
    ));
    let missing = candidates.iter().filter(|c| !c.translated).count();
    let mut about = format!(
        "{} candidate tips, in the order a new child gets them; ▶ is today's.",
        candidates.len()
    );
    if preview.any_age_fallback {
        about.push_str(" No window holds this age: the any-age tips serve.");
    }
    if missing > 0 {
        about.push_str(&format!(
            " {missing} not yet in {}: shown in {} (marked *).",
            info.locale,
            info.chain.get(1).map_or(SOURCE_LOCALE, String::as_str)
        ));
    }
    ctx.lines(
        ctx.term
            .wrap(&about, "", "")
            .iter()
            .map(|l| ctx.term.dim(l))
            .collect::<Vec<_>>(),
    );
    ctx.gap();
    let window_w = candidates
        .iter()
        .map(|c| format!("{}..{}", c.from_day, c.to_day).len())
        .max()
        .unwrap_or(0);
    let theme_w = candidates
        .iter()
        .map(|c| crate::term::width(&c.theme_label))
        .max()
        .unwrap_or(0);
    for c in &candidates {
        let marker = if c.first {
            ctx.term.good("▶")
        } else {
            " ".into()
        };
        let window = pad(&format!("{}..{}", c.from_day, c.to_day), window_w);
        let head = format!(
            "{marker} {:>3}  {}  p{}  {}  {}",
            c.rank,
            ctx.term.dim(&window),
            c.priority,
            pad(&c.theme_label, theme_w),
            ctx.term.dim(&c.id)
        );
        ctx.line(head);
        let indent = " ".repeat(7);
        let star = if c.translated { "" } else { " *" };
        let title = ctx
            .term
            .wrap(&format!("{}{star}", c.title), &indent, &indent);
        ctx.lines(
            title
                .iter()
                .map(|l| if c.first { ctx.term.bold(l) } else { l.clone() })
                .collect::<Vec<_>>(),
        );
    }
    Ok(())
}

#[derive(Serialize)]
struct MonthJson {
    month: i32,
    from_day: i32,
    to_day: i32,
    min: usize,
    max: usize,
}

#[derive(Serialize)]
struct Completeness {
    present: usize,
    total: usize,
}

impl From<authoring::Completeness> for Completeness {
    fn from(c: authoring::Completeness) -> Self {
        Completeness {
            present: c.present,
            total: c.total,
        }
    }
}

#[derive(Serialize)]
struct LocaleCoverageJson {
    tag: String,
    native_name: String,
    tips: Completeness,
    app: Completeness,
    articles: Completeness,
    reviewed: bool,
}

#[derive(Serialize)]
struct NewInMonthJson {
    month: i64,
    from_day: i64,
    new_tips: usize,
}

#[derive(Serialize)]
struct MustSeeJson {
    id: String,
    show_by_day: i32,
    shown_on_day: Option<i64>,
}

#[derive(Serialize)]
struct JourneyJson {
    journey: &'static str,
    first_day: i64,
    last_day: i64,
    first_repeat_day: Option<i64>,
    new_per_month: Vec<NewInMonthJson>,
    must_see: Vec<MustSeeJson>,
}

#[derive(Serialize)]
struct CoverageJson {
    tips_in_catalog: usize,
    months: Vec<MonthJson>,
    journeys: Vec<JourneyJson>,
    locales: Vec<LocaleCoverageJson>,
}

/// `hechting coverage`: per-month tip candidates, and how complete each language is.
pub fn coverage(ctx: &mut Ctx) -> CliResult<()> {
    let coverage = authoring::coverage();
    let months: Vec<MonthJson> = coverage
        .months
        .iter()
        .map(|m| MonthJson {
            month: m.month,
            from_day: m.from_day,
            to_day: m.to_day,
            min: m.min,
            max: m.max,
        })
        .collect();
    let journeys: Vec<JourneyJson> = coverage
        .journeys
        .iter()
        .map(|j| JourneyJson {
            journey: j.journey,
            first_day: j.first_day,
            last_day: j.last_day,
            first_repeat_day: j.first_repeat_day,
            new_per_month: j
                .new_per_month
                .iter()
                .map(|&(month, from_day, new_tips)| NewInMonthJson {
                    month,
                    from_day,
                    new_tips,
                })
                .collect(),
            must_see: j
                .must_see
                .iter()
                .map(|m| MustSeeJson {
                    id: m.id.clone(),
                    show_by_day: m.show_by_day,
                    shown_on_day: m.shown_on_day,
                })
                .collect(),
        })
        .collect();
    let locales: Vec<LocaleCoverageJson> = ctx
        .core
        .locale_completeness()
        .into_iter()
        .map(|l| LocaleCoverageJson {
            tag: l.tag,
            native_name: l.native_name,
            tips: l.tips.into(),
            app: l.app.into(),
            articles: l.articles.into(),
            reviewed: l.reviewed,
        })
        .collect();
    let source = SOURCE_LOCALE;
    let tips_in_catalog = coverage.tips_in_catalog;
    if ctx.json {
        return ctx.emit_json(&CoverageJson {
            tips_in_catalog,
            months,
            journeys,
            locales,
        });
    }
    ctx.line(
        ctx.term
            .heading("A new tip every day? The app opened daily, no answers given"),
    );
    for j in &journeys {
        let repeat = match j.first_repeat_day {
            Some(d) => format!("first repeat on day {d}"),
            None => format!("no repeat from day {} to {}", j.first_day, j.last_day),
        };
        ctx.line(format!("  {:<19}  {repeat}", j.journey));
        let months: Vec<String> = j
            .new_per_month
            .iter()
            .map(|m| format!("{}:{}", m.month, m.new_tips))
            .collect();
        for line in ctx.term.wrap(
            &format!("new tips per month: {}", months.join(" ")),
            "                       ",
            "                       ",
        ) {
            ctx.line(ctx.term.dim(&line));
        }
        for m in &j.must_see {
            let when = match m.shown_on_day {
                Some(d) if d <= i64::from(m.show_by_day) => format!("day {d}"),
                Some(d) => format!("day {d}  ← LATE"),
                None => "never  ← MISSING".into(),
            };
            ctx.line(format!(
                "                       must-see {} (by day {}): {when}",
                m.id, m.show_by_day
            ));
        }
    }
    ctx.gap();

    ctx.line(ctx.term.heading(&format!(
        "Tip candidates per {MONTH_DAYS}-day month ({} tips in the catalog)",
        tips_in_catalog
    )));
    ctx.line(ctx.term.dim("  month  days          min  max"));
    for m in &months {
        let days = format!("{}..{}", m.from_day, m.to_day);
        let mut row = format!("  {:>5}  {days:<12}  {:>3}  {:>3}", m.month, m.min, m.max);
        if m.min == 0 {
            row.push_str("  ← a day without a tip of its own (any-age tips serve)");
        }
        ctx.line(row);
    }
    ctx.gap();
    ctx.line(ctx.term.heading(&format!("Languages, against {source}")));
    let name_w = locales
        .iter()
        .map(|l| crate::term::width(&l.native_name))
        .max()
        .unwrap_or(0);
    ctx.line(ctx.term.dim(&format!(
        "  tag  {}  {:<9}  {:<9}  {:<9}  reviewed",
        pad("name", name_w),
        "tips",
        "app",
        "articles"
    )));
    let frac = |c: &Completeness| format!("{}/{}", c.present, c.total);
    for l in &locales {
        let row = format!(
            "  {:<3}  {}  {:<9}  {:<9}  {:<9}  {}",
            l.tag,
            pad(&l.native_name, name_w),
            frac(&l.tips),
            frac(&l.app),
            frac(&l.articles),
            if l.reviewed { "yes" } else { "no" }
        );
        ctx.line(row);
    }
    Ok(())
}

#[derive(Serialize)]
struct LocaleJson {
    tag: String,
    native_name: String,
    direction: &'static str,
    reviewed: bool,
    current: bool,
}

/// `hechting locales`: the languages, the one in use marked.
pub fn locales(ctx: &mut Ctx) -> CliResult<()> {
    let current = ctx.core.locale_info().locale;
    let items: Vec<LocaleJson> = ctx
        .core
        .available_locales()
        .into_iter()
        .map(|l| LocaleJson {
            current: l.tag == current,
            direction: match l.direction {
                Direction::Ltr => "ltr",
                Direction::Rtl => "rtl",
            },
            tag: l.tag,
            native_name: l.native_name,
            reviewed: l.reviewed,
        })
        .collect();
    if ctx.json {
        return ctx.emit_json(&items);
    }
    ctx.line(ctx.term.heading(&ctx.t("settings-language")));
    let name_w = items
        .iter()
        .map(|l| crate::term::width(&l.native_name))
        .max()
        .unwrap_or(0);
    for l in &items {
        let marker = if l.current {
            ctx.term.good("*")
        } else {
            " ".into()
        };
        let reviewed = if l.reviewed {
            "reviewed"
        } else {
            "not reviewed yet"
        };
        ctx.line(format!(
            "{marker} {:<3}  {}  {}  {}",
            l.tag,
            pad(&l.native_name, name_w),
            l.direction,
            ctx.term.dim(reviewed)
        ));
    }
    Ok(())
}
