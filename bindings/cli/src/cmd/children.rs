//! `hechting child add|list|edit|remove|restore`.

use hechting_core::{Child, ChildInput};

use crate::cli::ChildCmd;
use crate::ctx::Ctx;
use crate::error::CliResult;
use crate::parse::opt_date;
use crate::text::{clean, Text};
use crate::views::ChildJson;

pub fn run(ctx: &mut Ctx, cmd: ChildCmd) -> CliResult<()> {
    match cmd {
        ChildCmd::Add { name, born, due } => {
            let input = ChildInput {
                name,
                birth_date: opt_date("--born", born.as_deref())?,
                due_date: opt_date("--due", due.as_deref())?,
            };
            let child = ctx.core.add_child(&input, ctx.today)?;
            show(ctx, &[child])
        }
        ChildCmd::List => {
            let children = ctx.core.children()?;
            if children.is_empty() && !ctx.json {
                ctx.line(ctx.cli(Text::NoChild, &[]));
                return Ok(());
            }
            if !ctx.json {
                ctx.line(ctx.term.heading(&ctx.t("child-list-title")));
            }
            show(ctx, &children)
        }
        ChildCmd::Edit {
            child,
            name,
            born,
            due,
            no_born,
            no_due,
        } => {
            let current = ctx.child(Some(&child))?;
            let born = opt_date("--born", born.as_deref())?;
            let due = opt_date("--due", due.as_deref())?;
            let input = ChildInput {
                name: name.unwrap_or(current.name),
                birth_date: if no_born {
                    None
                } else {
                    born.or(current.birth_date)
                },
                due_date: if no_due {
                    None
                } else {
                    due.or(current.due_date)
                },
            };
            let child = ctx.core.update_child(&current.id, &input, ctx.today)?;
            show(ctx, &[child])
        }
        ChildCmd::Remove { child } => {
            let child = ctx.child(Some(&child))?;
            ctx.core.remove_child(&child.id)?;
            if ctx.json {
                return ctx.emit_json(&ChildJson::new(&child, None));
            }
            let name = clean(&child.name);
            ctx.line(ctx.cli(Text::ChildRemoved, &[("name", &name), ("id", &child.id)]));
            Ok(())
        }
        ChildCmd::Restore { id } => {
            let child = ctx.core.restore_child(id.trim())?;
            show(ctx, &[child])
        }
    }
}

/// Children with their ages today.
fn show(ctx: &mut Ctx, children: &[Child]) -> CliResult<()> {
    let mut rows = Vec::new();
    for child in children {
        rows.push((child, ctx.age(child)?));
    }
    if ctx.json {
        let items: Vec<ChildJson> = rows
            .iter()
            .map(|(c, a)| ChildJson::new(c, Some(a)))
            .collect();
        return ctx.emit_json(&items);
    }
    for (child, age) in rows {
        ctx.line(format!("  {}", ctx.child_header(child, &age)));
        let mut details = Vec::new();
        if let Some(b) = child.birth_date {
            details.push(format!("{}: {b}", ctx.t("onboarding-birth-date-label")));
        }
        if let Some(d) = child.due_date {
            details.push(format!("{}: {d}", ctx.t("onboarding-due-date-label")));
        }
        details.push(child.id.clone());
        ctx.line(format!("    {}", ctx.term.dim(&details.join(" · "))));
    }
    Ok(())
}
