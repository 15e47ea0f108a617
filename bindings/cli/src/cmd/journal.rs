//! The journal: `log`, `journal`, `delete`, `undo`, `kinds`.

use hechting_core::{Child, KindInfo, Moment, MomentInput, MomentQuery};
use serde::Serialize;

use crate::cli::{JournalArgs, LogArgs};
use crate::ctx::Ctx;
use crate::error::CliResult;
use crate::parse;
use crate::text::{clean, shell_quote, Text};
use crate::views::MomentJson;

fn moment_json(ctx: &Ctx, m: &Moment) -> MomentJson {
    MomentJson::new(m, &ctx.core.kind_label(m.kind))
}

/// `hechting log <kind>`
pub fn log(ctx: &mut Ctx, args: LogArgs) -> CliResult<()> {
    let kind = parse::kind(&ctx.core, "<kind>", &args.kind)?;
    let at = parse::moment_time("--at", args.at.as_deref(), ctx.today)?;
    let child = ctx.child(args.child.child.as_deref())?;
    let moment = ctx.core.log_moment(
        &child.id,
        &MomentInput {
            kind,
            occurred_at: hechting_core::Timestamp(at.ms),
            utc_offset_minutes: at.offset_min,
            note: args.note,
            duration_minutes: args.duration,
            caregiver: args.caregiver,
        },
    )?;
    if ctx.json {
        return ctx.emit_json(&moment_json(ctx, &moment));
    }
    ctx.lines(ctx.moment_lines(&[moment], true, None, true));
    Ok(())
}

#[derive(Serialize)]
struct PageJson {
    items: Vec<MomentJson>,
    next_cursor: Option<String>,
}

/// `hechting journal`: one page, newest first, by day.
pub fn journal(ctx: &mut Ctx, args: JournalArgs) -> CliResult<()> {
    let kinds = args
        .kind
        .iter()
        .filter(|k| !k.trim().is_empty())
        .map(|k| parse::kind(&ctx.core, "--kind", k))
        .collect::<CliResult<Vec<_>>>()?;
    let from = parse::opt_date("--from", args.from.as_deref())?;
    let to = parse::opt_date("--to", args.to.as_deref())?;
    let children = ctx.core.children()?;
    // One child: its journal. Several: all of them, unless one is named.
    let child_id = match (&args.child.child, children.len()) {
        (None, n) if n != 1 => None,
        (selector, _) => Some(ctx.child(selector.as_deref())?.id),
    };
    let page = ctx.core.moments(&MomentQuery {
        child_id: child_id.clone(),
        kinds,
        from,
        to,
        text: args.search.clone(),
        limit: args.limit,
        cursor: args.cursor.clone(),
    })?;
    if ctx.json {
        let items = page.items.iter().map(|m| moment_json(ctx, m)).collect();
        return ctx.emit_json(&PageJson {
            items,
            next_cursor: page.next_cursor,
        });
    }
    ctx.line(ctx.term.heading(&ctx.t("journal-title")));
    if page.items.is_empty() {
        let empty = if args.search.as_deref().is_some_and(|s| !s.trim().is_empty()) {
            "journal-search-empty"
        } else {
            "journal-empty"
        };
        ctx.lines(ctx.term.wrap(&ctx.t(empty), "  ", "  "));
        return Ok(());
    }
    let names: Option<&[Child]> = child_id.is_none().then_some(children.as_slice());
    let mut start = 0;
    while start < page.items.len() {
        let day = page.items[start].local_date;
        let end = page.items[start..]
            .iter()
            .position(|m| m.local_date != day)
            .map_or(page.items.len(), |n| start + n);
        ctx.gap();
        ctx.line(ctx.term.bold(&ctx.day_label(day)));
        ctx.lines(ctx.moment_lines(&page.items[start..end], false, names, true));
        start = end;
    }
    if let Some(cursor) = page.next_cursor {
        ctx.gap();
        let command = next_page_command(&args, &cursor);
        ctx.line(
            ctx.term
                .dim(&ctx.cli(Text::NextPage, &[("command", &command)])),
        );
    }
    Ok(())
}

/// The command that shows the next page: this one with `--cursor`.
fn next_page_command(args: &JournalArgs, cursor: &str) -> String {
    let mut cmd = vec!["hechting journal".to_owned()];
    if let Some(c) = &args.child.child {
        cmd.push(format!("--child {}", shell_quote(c)));
    }
    if !args.kind.is_empty() {
        cmd.push(format!("--kind {}", shell_quote(&args.kind.join(","))));
    }
    if let Some(s) = &args.search {
        cmd.push(format!("--search {}", shell_quote(s)));
    }
    if let Some(f) = &args.from {
        cmd.push(format!("--from {}", shell_quote(f)));
    }
    if let Some(t) = &args.to {
        cmd.push(format!("--to {}", shell_quote(t)));
    }
    if args.limit != 20 {
        cmd.push(format!("--limit {}", args.limit));
    }
    cmd.push(format!("--cursor {cursor}"));
    cmd.join(" ")
}

/// `hechting delete <moment>`
pub fn delete(ctx: &mut Ctx, id: &str) -> CliResult<()> {
    let moment = ctx.core.moment(id.trim())?;
    ctx.core.delete_moment(&moment.id)?;
    if ctx.json {
        return ctx.emit_json(&moment_json(ctx, &moment));
    }
    ctx.line(ctx.t("journal-deleted"));
    ctx.lines(ctx.moment_lines(&[moment], true, None, true));
    ctx.line(ctx.term.dim(&ctx.cli(Text::UndoHint, &[])));
    Ok(())
}

/// `hechting undo`: restores the moment deleted last (of the child, or of any child).
pub fn undo(ctx: &mut Ctx, selector: Option<&str>) -> CliResult<()> {
    let mut last: Option<Moment> = None;
    for child in ctx.children_or(selector)? {
        if let Some(m) = ctx.core.deleted_moments(&child.id, 1)?.into_iter().next() {
            if last.as_ref().is_none_or(|l| m.deleted_at > l.deleted_at) {
                last = Some(m);
            }
        }
    }
    let Some(last) = last else {
        return Err(hechting_core::ApiError::NotFound {
            code: hechting_core::ErrorCode::NothingToUndo,
        }
        .into());
    };
    let moment = ctx.core.restore_moment(&last.id)?;
    if ctx.json {
        return ctx.emit_json(&moment_json(ctx, &moment));
    }
    ctx.line(ctx.t("journal-restored"));
    ctx.lines(ctx.moment_lines(&[moment], true, None, true));
    Ok(())
}

#[derive(Serialize)]
struct KindJson {
    kind: &'static str,
    label: String,
    hint: String,
}

/// `hechting kinds`: what `log` takes.
pub fn kinds(ctx: &mut Ctx) -> CliResult<()> {
    let kinds: Vec<KindInfo> = ctx.core.moment_kinds();
    if ctx.json {
        let items: Vec<KindJson> = kinds
            .iter()
            .map(|k| KindJson {
                kind: k.kind.as_str(),
                label: clean(&k.label),
                hint: clean(&k.hint),
            })
            .collect();
        return ctx.emit_json(&items);
    }
    ctx.line(ctx.term.heading(&ctx.t("journal-kind-label")));
    let id_w = kinds
        .iter()
        .map(|k| k.kind.as_str().len())
        .max()
        .unwrap_or(0);
    for k in kinds {
        let indent = " ".repeat(id_w + 4);
        let head = format!(
            "  {}  {}",
            crate::term::pad(k.kind.as_str(), id_w),
            ctx.term.bold(&clean(&k.label))
        );
        ctx.line(head);
        let hint = ctx.term.wrap(&k.hint, &indent, &indent);
        ctx.lines(hint.iter().map(|l| ctx.term.dim(l)).collect::<Vec<_>>());
    }
    Ok(())
}
