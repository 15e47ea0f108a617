//! Articles: the list in `assets/articles.toml` and the Markdown of
//! `i18n/<locale>/articles/<id>.md`, turned into blocks a shell draws natively.
//!
//! The Markdown is a small subset: `# title`, `## heading`, paragraphs, `- ` bullets,
//! `> ` quotes, and `*emphasis*` / `**strong**` inline.

use std::sync::OnceLock;

use crate::content;
use crate::tips::Theme;

/// Reading speed for the minutes shown with an article.
const WORDS_PER_MINUTE: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleDef {
    pub id: String,
    pub order: u32,
    pub theme: Theme,
    /// The ages (days) the article matters most for.
    pub from_day: i32,
    pub to_day: i32,
}

/// The article list, in reading order.
pub fn defs() -> &'static [ArticleDef] {
    static DEFS: OnceLock<Vec<ArticleDef>> = OnceLock::new();
    DEFS.get_or_init(|| {
        let mut defs: Vec<ArticleDef> = content::ARTICLE_ROWS
            .iter()
            .filter_map(|&(id, order, theme, from_day, to_day)| {
                let def = (|| {
                    Some(ArticleDef {
                        id: id.to_owned(),
                        order: u32::try_from(order).ok()?,
                        theme: Theme::parse(theme)?,
                        from_day: i32::try_from(from_day).ok()?,
                        to_day: i32::try_from(to_day).ok()?,
                    })
                })();
                if def.is_none() {
                    log::error!("assets/articles.toml: {id} has a bad order, theme or age");
                }
                def
            })
            .collect();
        defs.sort_by_key(|d| d.order);
        defs
    })
}

/// A run of text with its emphasis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub emphasis: bool,
    pub strong: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading { level: i32, spans: Vec<Span> },
    Paragraph { spans: Vec<Span> },
    BulletList { items: Vec<Vec<Span>> },
    Quote { spans: Vec<Span> },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub id: String,
    pub locale: String,
    pub title: String,
    /// The lead paragraph, as plain text.
    pub summary: String,
    pub minutes: i32,
    /// Everything after the title.
    pub blocks: Vec<Block>,
}

/// Parses one article. Problems (unknown syntax, unbalanced emphasis) are returned
/// beside the best-effort result so tests can refuse them.
pub fn parse(id: &str, locale: &str, markdown: &str) -> (Article, Vec<String>) {
    let mut problems = Vec::new();
    let mut title = String::new();
    let mut blocks: Vec<Block> = Vec::new();
    let mut para: Vec<&str> = Vec::new();
    let mut quote: Vec<&str> = Vec::new();
    let mut items: Vec<Vec<Span>> = Vec::new();

    fn flush(
        blocks: &mut Vec<Block>,
        para: &mut Vec<&str>,
        quote: &mut Vec<&str>,
        items: &mut Vec<Vec<Span>>,
        problems: &mut Vec<String>,
    ) {
        if !para.is_empty() {
            blocks.push(Block::Paragraph {
                spans: inline(&para.join(" "), problems),
            });
            para.clear();
        }
        if !quote.is_empty() {
            blocks.push(Block::Quote {
                spans: inline(&quote.join(" "), problems),
            });
            quote.clear();
        }
        if !items.is_empty() {
            blocks.push(Block::BulletList {
                items: std::mem::take(items),
            });
        }
    }

    for (n, raw) in markdown.lines().enumerate() {
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            flush(
                &mut blocks,
                &mut para,
                &mut quote,
                &mut items,
                &mut problems,
            );
        } else if let Some(text) = line.strip_prefix("# ") {
            flush(
                &mut blocks,
                &mut para,
                &mut quote,
                &mut items,
                &mut problems,
            );
            if title.is_empty() && blocks.is_empty() {
                title = text.trim().to_owned();
            } else {
                problems.push(format!("line {}: a second title", n + 1));
            }
        } else if let Some(text) = line.strip_prefix("## ") {
            flush(
                &mut blocks,
                &mut para,
                &mut quote,
                &mut items,
                &mut problems,
            );
            blocks.push(Block::Heading {
                level: 2,
                spans: inline(text.trim(), &mut problems),
            });
        } else if let Some(text) = line.strip_prefix("- ") {
            if !para.is_empty() || !quote.is_empty() {
                flush(
                    &mut blocks,
                    &mut para,
                    &mut quote,
                    &mut items,
                    &mut problems,
                );
            }
            items.push(inline(text.trim(), &mut problems));
        } else if let Some(text) = line
            .strip_prefix("> ")
            .or_else(|| (line == ">").then_some(""))
        {
            if !para.is_empty() || !items.is_empty() {
                flush(
                    &mut blocks,
                    &mut para,
                    &mut quote,
                    &mut items,
                    &mut problems,
                );
            }
            quote.push(text.trim());
        } else {
            if trimmed.starts_with('#')
                || trimmed.starts_with('[')
                || trimmed.starts_with('<')
                || trimmed.starts_with('|')
                || trimmed.starts_with("* ")
                || trimmed.starts_with('!')
                || trimmed
                    .split_once(". ")
                    .is_some_and(|(n, _)| n.chars().all(|c| c.is_ascii_digit()))
            {
                problems.push(format!("line {}: unsupported Markdown", n + 1));
            }
            if !items.is_empty() || !quote.is_empty() {
                flush(
                    &mut blocks,
                    &mut para,
                    &mut quote,
                    &mut items,
                    &mut problems,
                );
            }
            para.push(trimmed);
        }
    }
    flush(
        &mut blocks,
        &mut para,
        &mut quote,
        &mut items,
        &mut problems,
    );
    if title.is_empty() {
        problems.push("no `# title` on the first line".into());
    }
    let summary = match blocks.first() {
        Some(Block::Paragraph { spans }) => plain(spans),
        _ => {
            problems.push("no lead paragraph after the title".into());
            String::new()
        }
    };
    let words = markdown
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    let minutes = i32::try_from(words.div_ceil(WORDS_PER_MINUTE).max(1)).unwrap_or(i32::MAX);
    (
        Article {
            id: id.to_owned(),
            locale: locale.to_owned(),
            title,
            summary,
            minutes,
            blocks,
        },
        problems,
    )
}

/// Splits `**strong**` and `*emphasis*` into spans.
fn inline(text: &str, problems: &mut Vec<String>) -> Vec<Span> {
    let mut spans = Vec::new();
    let (mut strong, mut emphasis) = (false, false);
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    let push = |current: &mut String, strong: bool, emphasis: bool, spans: &mut Vec<Span>| {
        if !current.is_empty() {
            spans.push(Span {
                text: std::mem::take(current),
                emphasis,
                strong,
            });
        }
    };
    while let Some(c) = chars.next() {
        if c == '*' {
            push(&mut current, strong, emphasis, &mut spans);
            if chars.peek() == Some(&'*') {
                chars.next();
                strong = !strong;
            } else {
                emphasis = !emphasis;
            }
        } else {
            current.push(c);
        }
    }
    push(&mut current, strong, emphasis, &mut spans);
    if strong || emphasis {
        problems.push(format!(
            "unbalanced emphasis in: {}",
            text.chars().take(40).collect::<String>()
        ));
    }
    spans
}

/// The text of spans without their emphasis.
pub fn plain(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect()
}

/// The article `id` in the first locale of `chain` that has it.
pub fn load(id: &str, chain: &[String]) -> Option<Article> {
    chain.iter().find_map(|locale| {
        content::file(&format!("i18n/{locale}/articles/{id}.md")).map(|md| parse(id, locale, md).0)
    })
}
