//! The home screen (`demo`) and today's tips (`today`).

use chrono::{Local, Timelike};
use hechting_core::{Child, DailyTip, MomentQuery};
use serde::Serialize;

use crate::ctx::Ctx;
use crate::demo;
use crate::error::{CliError, CliResult};
use crate::text::{shell_quote, Text};
use crate::views::{ChildJson, DailyTipJson, MomentJson};

/// How many moments the home screen shows.
const LATEST: i32 = 5;

#[derive(Serialize)]
struct HomeJson {
    child: ChildJson,
    tip: Option<DailyTipJson>,
    moments: Vec<MomentJson>,
}

#[derive(Serialize)]
struct TodayJson {
    child: ChildJson,
    tip: Option<DailyTipJson>,
}

/// `hechting demo`: the demo journal (made on first use) and its home screen.
pub fn demo(ctx: &mut Ctx) -> CliResult<()> {
    let child = demo::ensure(&ctx.core, ctx.today)?;
    home(ctx, &child)?;
    if !ctx.json {
        if let Some(file) = ctx.db_file.clone() {
            let file = file.display().to_string();
            let footer = ctx.cli(Text::DemoFooter, &[("file", &file)]);
            ctx.gap();
            let lines = ctx.term.wrap(&footer, "", "");
            let lines: Vec<String> = lines.iter().map(|l| ctx.term.dim(l)).collect();
            ctx.lines(lines);
            ctx.line(format!("  hechting --db {} journal", shell_quote(&file)));
        }
    }
    Ok(())
}

/// The app's first screen: greeting, the child and its age, today's tip, the latest
/// moments.
pub fn home(ctx: &mut Ctx, child: &Child) -> CliResult<()> {
    let age = ctx.age(child)?;
    let tip = ctx.core.tip_for_day(&child.id, ctx.today)?;
    let latest = ctx
        .core
        .moments(&MomentQuery {
            child_id: Some(child.id.clone()),
            limit: LATEST,
            ..MomentQuery::default()
        })?
        .items;
    if ctx.json {
        return ctx.emit_json(&HomeJson {
            child: ChildJson::new(child, Some(&age)),
            tip: tip.as_ref().map(DailyTipJson::from),
            moments: latest
                .iter()
                .map(|m| MomentJson::new(m, &ctx.core.kind_label(m.kind)))
                .collect(),
        });
    }
    let greeting = match Local::now().hour() {
        6..=11 => "home-greeting-morning",
        12..=17 => "home-greeting-afternoon",
        18..=23 => "home-greeting-evening",
        _ => "home-greeting",
    };
    ctx.line(ctx.term.accent(&ctx.t(greeting)));
    ctx.line(ctx.child_header(child, &age));
    ctx.gap();
    tip_section(ctx, tip.as_ref(), "home-today-tip-title");
    ctx.gap();
    ctx.line(ctx.term.heading(&ctx.t("home-latest-moments")));
    if latest.is_empty() {
        ctx.lines(ctx.term.wrap(&ctx.t("home-no-moments"), "  ", "  "));
    } else {
        ctx.lines(ctx.moment_lines(&latest, true, None, false));
    }
    Ok(())
}

fn tip_section(ctx: &mut Ctx, tip: Option<&DailyTip>, heading: &str) {
    ctx.line(ctx.term.heading(&ctx.t(heading)));
    match tip {
        Some(tip) => ctx.lines(ctx.tip_card(tip)),
        None => {
            ctx.lines(ctx.term.wrap(&ctx.t("home-no-tip"), "  ", "  "));
            let hint = ctx.term.wrap(&ctx.t("home-no-tip-hint"), "  ", "  ");
            ctx.lines(hint.iter().map(|l| ctx.term.dim(l)).collect::<Vec<_>>());
        }
    }
}

/// `hechting today`: today's tip for each child, or for the one named.
pub fn today(ctx: &mut Ctx, selector: Option<&str>) -> CliResult<()> {
    let children = ctx.children_or(selector)?;
    if children.is_empty() {
        return Err(CliError::Message(ctx.cli(Text::NoChild, &[])));
    }
    let mut all = Vec::new();
    for child in children {
        let age = ctx.age(&child)?;
        let tip = ctx.core.tip_for_day(&child.id, ctx.today)?;
        all.push((child, age, tip));
    }
    if ctx.json {
        let items: Vec<TodayJson> = all
            .iter()
            .map(|(c, a, t)| TodayJson {
                child: ChildJson::new(c, Some(a)),
                tip: t.as_ref().map(DailyTipJson::from),
            })
            .collect();
        return ctx.emit_json(&items);
    }
    for (child, age, tip) in &all {
        ctx.gap();
        ctx.line(ctx.child_header(child, age));
        tip_section(ctx, tip.as_ref(), "home-today-tip-title");
    }
    Ok(())
}
