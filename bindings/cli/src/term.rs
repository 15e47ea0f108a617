//! The terminal: whether to use colour, how wide it is, and text wrapped to fit.
//!
//! Text is printed in logical order: a terminal that shows right-to-left scripts
//! reorders them itself, and one that does not gets the text as it is.

use std::io::IsTerminal;

use unicode_width::UnicodeWidthStr;

/// The narrowest and widest wrap width taken from the terminal or `--width`.
const WIDTH_MIN: usize = 20;
const WIDTH_MAX: usize = 1_000;
pub const WIDTH_DEFAULT: usize = 80;

pub struct Term {
    /// ANSI styles on: stdout is a terminal and NO_COLOR is not set.
    pub color: bool,
    pub width: usize,
}

impl Term {
    pub fn detect(width: Option<usize>) -> Term {
        let tty = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let width = width
            .or_else(|| {
                tty.then(terminal_size::terminal_size)
                    .flatten()
                    .map(|(w, _)| usize::from(w.0))
            })
            .or_else(|| std::env::var("COLUMNS").ok()?.trim().parse().ok())
            .unwrap_or(WIDTH_DEFAULT)
            .clamp(WIDTH_MIN, WIDTH_MAX);
        Term {
            color: tty && !no_color,
            width,
        }
    }

    fn paint(&self, sgr: &str, text: &str) -> String {
        if self.color && !text.is_empty() {
            format!("\x1b[{sgr}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    pub fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }

    pub fn dim(&self, text: &str) -> String {
        self.paint("2", text)
    }

    pub fn heading(&self, text: &str) -> String {
        self.paint("1;4", text)
    }

    pub fn accent(&self, text: &str) -> String {
        self.paint("36", text)
    }

    pub fn good(&self, text: &str) -> String {
        self.paint("32", text)
    }

    fn marked(&self, mark: Mark, text: &str) -> String {
        match (mark.strong, mark.emphasis, mark.dim) {
            (true, true, _) => self.paint("1;3", text),
            (true, false, _) => self.paint("1", text),
            (false, true, _) => self.paint("3", text),
            (false, false, true) => self.paint("2", text),
            (false, false, false) => text.to_owned(),
        }
    }

    /// Plain text wrapped to the width, each line after `first` starting with `rest`.
    pub fn wrap(&self, text: &str, first: &str, rest: &str) -> Vec<String> {
        self.wrap_spans(&[(text, Mark::default())], first, rest)
    }

    /// Spans with emphasis wrapped to the width: italics and bold on a terminal, plain
    /// text otherwise. Line breaks inside the text start new lines.
    pub fn wrap_spans(&self, spans: &[(&str, Mark)], first: &str, rest: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut prefix = first;
        for paragraph in split_lines(spans) {
            for line in self.layout(&paragraph, first.width().max(rest.width())) {
                out.push(format!("{prefix}{}", self.render(&line)));
                prefix = rest;
            }
        }
        if out.is_empty() {
            out.push(first.trim_end().to_owned());
        }
        out
    }

    fn layout(&self, words: &[Word], indent: usize) -> Vec<Vec<Frag>> {
        let room = self.width.saturating_sub(indent).max(WIDTH_MIN / 2);
        let mut lines: Vec<Vec<Frag>> = Vec::new();
        let mut line: Vec<Frag> = Vec::new();
        let mut used = 0;
        for word in words {
            let w: usize = word.iter().map(|f| f.text.width()).sum();
            if !line.is_empty() && used + 1 + w > room {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            if let (Some(last), Some(next)) = (line.last(), word.first()) {
                // A space inside an emphasized phrase keeps its emphasis.
                let mark = if last.mark == next.mark {
                    last.mark
                } else {
                    Mark::default()
                };
                line.push(Frag {
                    text: " ".into(),
                    mark,
                });
                used += 1;
            }
            line.extend(word.iter().cloned());
            used += w;
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }

    fn render(&self, line: &[Frag]) -> String {
        let mut merged: Vec<Frag> = Vec::new();
        for frag in line {
            match merged.last_mut() {
                Some(last) if last.mark == frag.mark => last.text.push_str(&frag.text),
                _ => merged.push(frag.clone()),
            }
        }
        merged
            .iter()
            .map(|f| self.marked(f.mark, &f.text.replace(NBSP, " ")))
            .collect()
    }
}

/// A space that does not break a line ("· Mama" stays together).
pub const NBSP: char = '\u{a0}';

/// Emphasis of a run of text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Mark {
    pub emphasis: bool,
    pub strong: bool,
    /// Secondary text (details beside a note).
    pub dim: bool,
}

impl Mark {
    pub const DIM: Mark = Mark {
        emphasis: false,
        strong: false,
        dim: true,
    };
}

#[derive(Debug, Clone)]
struct Frag {
    text: String,
    mark: Mark,
}

/// A word: the text between spaces, possibly in several emphasis runs ("**safe**,").
type Word = Vec<Frag>;

/// Splits spans into lines (at line breaks) of words (at other white space).
fn split_lines(spans: &[(&str, Mark)]) -> Vec<Vec<Word>> {
    let mut lines = vec![Vec::new()];
    let mut word: Word = Vec::new();
    for (text, mark) in spans {
        for c in clean(text).chars() {
            if c.is_whitespace() && c != NBSP {
                if !word.is_empty() {
                    if let Some(line) = lines.last_mut() {
                        line.push(std::mem::take(&mut word));
                    }
                }
                if c == '\n' {
                    lines.push(Vec::new());
                }
                continue;
            }
            match word.last_mut() {
                Some(frag) if frag.mark == *mark => frag.text.push(c),
                _ => word.push(Frag {
                    text: c.to_string(),
                    mark: *mark,
                }),
            }
        }
    }
    if !word.is_empty() {
        if let Some(line) = lines.last_mut() {
            line.push(word);
        }
    }
    lines
}

/// Text for the terminal: without Fluent's isolation marks (FSI, PDI), which a
/// terminal shows as boxes or not at all.
pub fn clean(text: &str) -> String {
    hechting_core::strip_isolation(text)
}

/// The columns a text takes on screen.
pub fn width(text: &str) -> usize {
    text.width()
}

/// `text` followed by spaces up to `columns` columns.
pub fn pad(text: &str, columns: usize) -> String {
    let w = width(text);
    format!("{text}{}", " ".repeat(columns.saturating_sub(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(width: usize) -> Term {
        Term {
            color: false,
            width,
        }
    }

    #[test]
    fn wraps_at_the_width_with_prefixes() {
        let lines = term(20).wrap("een twee drie vier vijf zes zeven acht", "- ", "  ");
        assert_eq!(
            lines,
            ["- een twee drie vier", "  vijf zes zeven", "  acht"]
        );
        assert!(lines.iter().all(|l| width(l) <= 20));
    }

    #[test]
    fn emphasis_is_plain_without_colour_and_keeps_punctuation() {
        let strong = Mark {
            strong: true,
            ..Mark::default()
        };
        let spans = [
            ("Be ", Mark::default()),
            ("safe", strong),
            (", then", Mark::default()),
        ];
        assert_eq!(term(80).wrap_spans(&spans, "", ""), ["Be safe, then"]);
        let color = Term {
            color: true,
            width: 80,
        };
        assert_eq!(
            color.wrap_spans(&spans, "", ""),
            ["Be \x1b[1msafe\x1b[0m, then"]
        );
    }

    #[test]
    fn arabic_stays_in_logical_order() {
        let text = "\u{2068}٣\u{2069} أسابيع من العناق";
        assert_eq!(term(80).wrap(text, "", ""), ["٣ أسابيع من العناق"]);
    }

    #[test]
    fn long_words_get_their_own_line() {
        let lines = term(20).wrap("a supercalifragilisticexpialidocious b", "", "");
        assert_eq!(lines, ["a", "supercalifragilisticexpialidocious", "b"]);
    }
}
