//! Tips: `upcoming`, `tip <answer>`, `favourites`, `history`.

use hechting_core::{DailyTip, Feedback, Tip};
use serde::Serialize;

use crate::cli::TipAction;
use crate::ctx::Ctx;
use crate::error::CliResult;
use crate::parse;
use crate::text::clean;
use crate::views::{DailyTipJson, FeedbackJson, TipJson};

/// Dated tips, one line each: day, title, theme, answers.
fn tip_lines(ctx: &Ctx, tips: &[DailyTip]) -> Vec<String> {
    let days: Vec<String> = tips.iter().map(|t| ctx.day_label(t.date)).collect();
    let day_w = days
        .iter()
        .map(|d| crate::term::width(d))
        .max()
        .unwrap_or(0);
    let mut out = Vec::new();
    for (tip, day) in tips.iter().zip(days) {
        let indent = " ".repeat(day_w + 4);
        let mut title = ctx.term.wrap(&tip.tip.title, &indent, &indent);
        if let Some(first) = title.first_mut() {
            let rest = first
                .strip_prefix(indent.as_str())
                .unwrap_or(first)
                .to_owned();
            *first = format!(
                "  {}  {}",
                ctx.term.dim(&crate::term::pad(&day, day_w)),
                ctx.term.bold(&rest)
            );
        }
        out.extend(title);
        let mut details = vec![clean(&tip.tip.theme_label)];
        let marks = ctx.feedback_marks(&tip.feedback);
        if !marks.is_empty() {
            details.push(marks);
        }
        details.push(tip.tip.id.clone());
        out.push(format!("{indent}{}", ctx.term.dim(&details.join(" · "))));
    }
    out
}

/// `hechting upcoming --days N`
pub fn upcoming(ctx: &mut Ctx, days: i32, selector: Option<&str>) -> CliResult<()> {
    let child = ctx.child(selector)?;
    let tips = ctx.core.upcoming_tips(&child.id, ctx.today, days)?;
    if ctx.json {
        let items: Vec<DailyTipJson> = tips.iter().map(DailyTipJson::from).collect();
        return ctx.emit_json(&items);
    }
    ctx.line(format!(
        "{} · {}",
        ctx.term.heading(&ctx.t("tips-upcoming-title")),
        clean(&child.name)
    ));
    ctx.lines(tip_lines(ctx, &tips));
    Ok(())
}

#[derive(Serialize)]
struct FeedbackResultJson {
    tip: Option<TipJson>,
    feedback: FeedbackJson,
}

/// `hechting tip tried|fav|unfav|not-for-me|undo-not-for-me [<id>]`; without an id,
/// today's tip.
pub fn feedback(
    ctx: &mut Ctx,
    action: TipAction,
    tip: Option<&str>,
    selector: Option<&str>,
) -> CliResult<()> {
    let child = ctx.child(selector)?;
    let tip_id = match tip {
        Some(id) => id.trim().to_owned(),
        None => match ctx.core.tip_for_day(&child.id, ctx.today)? {
            Some(t) => t.tip.id,
            None => {
                return Err(hechting_core::ApiError::NotFound {
                    code: hechting_core::ErrorCode::TipNotFound,
                }
                .into())
            }
        },
    };
    let answer = match action {
        TipAction::Tried => Feedback::Tried,
        TipAction::Fav => Feedback::Favourite,
        TipAction::Unfav => Feedback::Unfavourite,
        TipAction::NotForMe => Feedback::NotForMe,
        TipAction::UndoNotForMe => Feedback::UndoNotForMe,
    };
    let state = ctx.core.tip_feedback(&child.id, &tip_id, answer)?;
    // The tip's words, from the preview of all tips (the core has no call for one tip).
    let view = tip_view(ctx, &tip_id);
    if ctx.json {
        return ctx.emit_json(&FeedbackResultJson {
            tip: view.as_ref().map(TipJson::from),
            feedback: FeedbackJson::from(&state),
        });
    }
    let title = view
        .map(|v| clean(&v.title))
        .unwrap_or_else(|| tip_id.clone());
    ctx.line(ctx.term.bold(&title));
    let said = match action {
        TipAction::NotForMe => ctx.t("tips-hidden"),
        TipAction::Unfav => ctx.t("tips-unfavourite"),
        TipAction::UndoNotForMe => ctx.t("tips-not-for-me-undo"),
        _ => String::new(),
    };
    if !said.is_empty() {
        ctx.line(format!("  {said}"));
    }
    let marks = ctx.feedback_marks(&state);
    if !marks.is_empty() {
        ctx.line(format!("  {}", ctx.term.good(&marks)));
    }
    Ok(())
}

/// A tip's words in the user's language, by id.
fn tip_view(ctx: &Ctx, id: &str) -> Option<Tip> {
    ctx.core.tip(id).ok()
}

/// `hechting favourites`
pub fn favourites(ctx: &mut Ctx, selector: Option<&str>) -> CliResult<()> {
    let child = ctx.child(selector)?;
    let tips = ctx.core.favourite_tips(&child.id)?;
    if ctx.json {
        let items: Vec<TipJson> = tips.iter().map(TipJson::from).collect();
        return ctx.emit_json(&items);
    }
    ctx.line(format!(
        "{} · {}",
        ctx.term.heading(&ctx.t("tips-favourites-title")),
        clean(&child.name)
    ));
    if tips.is_empty() {
        ctx.lines(ctx.term.wrap(&ctx.t("tips-favourites-empty"), "  ", "  "));
    }
    for tip in tips {
        ctx.gap();
        ctx.lines(
            ctx.term
                .wrap(&tip.title, "  ", "  ")
                .iter()
                .map(|l| ctx.term.bold(l))
                .collect::<Vec<_>>(),
        );
        ctx.lines(ctx.term.wrap(&tip.body, "  ", "  "));
        let theme = ctx.tt("tips-why-theme", "theme", &clean(&tip.theme_label));
        ctx.line(format!(
            "  {}",
            ctx.term.dim(&format!("{theme} · {}", tip.id))
        ));
    }
    Ok(())
}

/// `hechting history`: the tips shown before, newest first.
pub fn history(
    ctx: &mut Ctx,
    limit: i32,
    before: Option<&str>,
    selector: Option<&str>,
) -> CliResult<()> {
    let before = parse::opt_date("--before", before)?;
    let child = ctx.child(selector)?;
    let tips = ctx.core.tip_history(&child.id, before, limit)?;
    if ctx.json {
        let items: Vec<DailyTipJson> = tips.iter().map(DailyTipJson::from).collect();
        return ctx.emit_json(&items);
    }
    ctx.line(format!(
        "{} · {}",
        ctx.term.heading(&ctx.t("tips-history-title")),
        clean(&child.name)
    ));
    if tips.is_empty() {
        ctx.lines(ctx.term.wrap(&ctx.t("tips-history-empty"), "  ", "  "));
    }
    ctx.lines(tip_lines(ctx, &tips));
    Ok(())
}
