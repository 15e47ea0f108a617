//! `hechting read`: the article list, or one article drawn for the terminal from the
//! core's blocks.

use hechting_core::{Article, Block, Span};
use serde::Serialize;

use crate::ctx::Ctx;
use crate::error::CliResult;
use crate::term::Mark;
use crate::text::clean;

#[derive(Serialize)]
struct SummaryJson {
    id: String,
    title: String,
    summary: String,
    minutes: i32,
    theme: &'static str,
    from_day: i32,
    to_day: i32,
}

#[derive(Serialize)]
struct SpanJson {
    text: String,
    emphasis: bool,
    strong: bool,
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum BlockJson {
    Heading { level: i32, spans: Vec<SpanJson> },
    Paragraph { spans: Vec<SpanJson> },
    BulletList { items: Vec<Vec<SpanJson>> },
    Quote { spans: Vec<SpanJson> },
}

#[derive(Serialize)]
struct ArticleJson {
    id: String,
    locale: String,
    title: String,
    summary: String,
    minutes: i32,
    blocks: Vec<BlockJson>,
}

fn spans_json(spans: &[Span]) -> Vec<SpanJson> {
    spans
        .iter()
        .map(|s| SpanJson {
            text: clean(&s.text),
            emphasis: s.emphasis,
            strong: s.strong,
        })
        .collect()
}

fn article_json(a: &Article) -> ArticleJson {
    ArticleJson {
        id: a.id.clone(),
        locale: a.locale.clone(),
        title: clean(&a.title),
        summary: clean(&a.summary),
        minutes: a.minutes,
        blocks: a
            .blocks
            .iter()
            .map(|b| match b {
                Block::Heading { level, spans } => BlockJson::Heading {
                    level: *level,
                    spans: spans_json(spans),
                },
                Block::Paragraph { spans } => BlockJson::Paragraph {
                    spans: spans_json(spans),
                },
                Block::BulletList { items } => BlockJson::BulletList {
                    items: items.iter().map(|i| spans_json(i)).collect(),
                },
                Block::Quote { spans } => BlockJson::Quote {
                    spans: spans_json(spans),
                },
            })
            .collect(),
    }
}

pub fn run(ctx: &mut Ctx, article: Option<&str>) -> CliResult<()> {
    let list = ctx.core.articles();
    let Some(wanted) = article.map(str::trim) else {
        if ctx.json {
            let items: Vec<SummaryJson> = list
                .iter()
                .map(|a| SummaryJson {
                    id: a.id.clone(),
                    title: clean(&a.title),
                    summary: clean(&a.summary),
                    minutes: a.minutes,
                    theme: a.theme.as_str(),
                    from_day: a.from_day,
                    to_day: a.to_day,
                })
                .collect();
            return ctx.emit_json(&items);
        }
        ctx.line(ctx.term.heading(&ctx.t("articles-title")));
        for (n, a) in list.iter().enumerate() {
            ctx.gap();
            let number = format!("{:>3}  ", n + 1);
            let indent = " ".repeat(number.len());
            let minutes = ctx.tn("articles-reading-minutes", "minutes", a.minutes);
            ctx.line(format!(
                "{}{} · {}",
                ctx.term.dim(&number),
                ctx.term.bold(&clean(&a.title)),
                ctx.term.accent(&minutes)
            ));
            ctx.lines(ctx.term.wrap(&a.summary, &indent, &indent));
            ctx.line(format!(
                "{indent}{}",
                ctx.term.dim(&format!("hechting read {}", a.id))
            ));
        }
        return Ok(());
    };
    // By id, or by its number in the list.
    let id = wanted
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| list.get(i))
        .map_or(wanted, |a| a.id.as_str());
    let article = ctx.core.article(id)?;
    if ctx.json {
        return ctx.emit_json(&article_json(&article));
    }
    render(ctx, &article);
    Ok(())
}

fn marks(spans: &[Span]) -> Vec<(&str, Mark)> {
    spans
        .iter()
        .map(|s| {
            (
                s.text.as_str(),
                Mark {
                    emphasis: s.emphasis,
                    strong: s.strong,
                    dim: false,
                },
            )
        })
        .collect()
}

/// Headings bold and underlined, bullets, quotes indented, emphasis in italics and bold
/// on a terminal (plain text otherwise); paragraphs wrapped to the width.
fn render(ctx: &mut Ctx, a: &Article) {
    let title = ctx.term.wrap(&a.title, "", "");
    ctx.lines(
        title
            .iter()
            .map(|l| ctx.term.heading(l))
            .collect::<Vec<_>>(),
    );
    ctx.line(
        ctx.term
            .dim(&ctx.tn("articles-reading-minutes", "minutes", a.minutes)),
    );
    for block in &a.blocks {
        ctx.gap();
        match block {
            Block::Heading { spans, .. } => {
                let text: String = spans.iter().map(|s| s.text.as_str()).collect();
                let lines = ctx.term.wrap(&text, "", "");
                ctx.lines(
                    lines
                        .iter()
                        .map(|l| ctx.term.heading(l))
                        .collect::<Vec<_>>(),
                );
            }
            Block::Paragraph { spans } => {
                ctx.lines(ctx.term.wrap_spans(&marks(spans), "", ""));
            }
            Block::BulletList { items } => {
                for item in items {
                    ctx.lines(ctx.term.wrap_spans(&marks(item), "  • ", "    "));
                }
            }
            Block::Quote { spans } => {
                ctx.lines(ctx.term.wrap_spans(&marks(spans), "    ", "    "));
            }
        }
    }
}
