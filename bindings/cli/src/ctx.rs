//! What every command works with: the Core, the user's date, the terminal, and the
//! output being built (printed only when the command succeeds).

use std::path::{Path, PathBuf};

use chrono::{Days, NaiveDate};
use hechting_core::{AgeInfo, Arg, Child, Core, DailyTip, Moment};
use serde::Serialize;

use crate::error::{CliError, CliResult};
use crate::term::{self, Mark, Term};
use crate::text::{clean, Text};
use crate::views;

pub struct Ctx {
    pub core: Core,
    /// The user's date: `--date`, or the local date of the system clock.
    pub today: NaiveDate,
    pub json: bool,
    pub term: Term,
    /// The database file, when it is one.
    pub db_file: Option<PathBuf>,
    out: String,
}

/// Where the database lives: `--db`, or `<data dir>/hechting/<file_name>`.
pub fn db_path(db: Option<&Path>, file_name: &str) -> CliResult<PathBuf> {
    match db {
        Some(path) => Ok(path.to_owned()),
        None => dirs::data_dir()
            .map(|dir| dir.join("hechting").join(file_name))
            .ok_or_else(|| CliError::Message(Text::NoDataDir.with(None, &[]))),
    }
}

/// Opens the database at `path`, creating its folder when needed.
pub fn open_core(path: &Path, locales: &[String]) -> CliResult<Core> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| CliError::File {
            path: dir.display().to_string(),
            reason: e.to_string(),
        })?;
    }
    let Some(path) = path.to_str() else {
        return Err(CliError::File {
            path: path.display().to_string(),
            reason: "the path is not valid UTF-8".into(),
        });
    };
    Ok(Core::open(path, locales)?)
}

impl Ctx {
    pub fn new(
        core: Core,
        db_file: Option<PathBuf>,
        today: NaiveDate,
        json: bool,
        term: Term,
    ) -> Ctx {
        Ctx {
            core,
            today,
            json,
            term,
            db_file,
            out: String::new(),
        }
    }

    pub fn into_output(self) -> String {
        self.out
    }

    pub fn into_core(self) -> Core {
        self.core
    }

    // ---- output ----

    pub fn line(&mut self, text: impl AsRef<str>) {
        self.out.push_str(text.as_ref());
        self.out.push('\n');
    }

    pub fn lines(&mut self, lines: impl IntoIterator<Item = String>) {
        for l in lines {
            self.line(l);
        }
    }

    /// An empty line between sections (never two in a row, never at the top).
    pub fn gap(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    pub fn emit_json(&mut self, value: &impl Serialize) -> CliResult<()> {
        let text = serde_json::to_string_pretty(value)
            .map_err(|e| CliError::Message(format!("JSON: {e}")))?;
        self.line(text);
        Ok(())
    }

    // ---- words ----

    /// A UI string without placeables, ready for the terminal.
    pub fn t(&self, id: &str) -> String {
        clean(&self.core.ui_string(id, &[]))
    }

    /// A UI string with numbers filled in.
    pub fn tn(&self, id: &str, name: &str, n: impl Into<f64>) -> String {
        clean(
            &self
                .core
                .ui_string(id, &[(name.to_owned(), Arg::Number(n.into()))]),
        )
    }

    /// A UI string with text filled in.
    pub fn tt(&self, id: &str, name: &str, value: &str) -> String {
        clean(
            &self
                .core
                .ui_string(id, &[(name.to_owned(), Arg::Text(value.to_owned()))]),
        )
    }

    pub fn cli(&self, text: Text, args: &[(&str, &str)]) -> String {
        text.with(Some(&self.core), args)
    }

    /// "Vandaag", "Gisteren", or the date.
    pub fn day_label(&self, date: NaiveDate) -> String {
        if date == self.today {
            self.t("journal-today")
        } else if Some(date) == self.today.checked_sub_days(Days::new(1)) {
            self.t("journal-yesterday")
        } else {
            date.to_string()
        }
    }

    // ---- children ----

    /// The child a command is about: the only one, or the one named by `--child` (its
    /// id or, in any case, its name).
    pub fn child(&self, selector: Option<&str>) -> CliResult<Child> {
        let children = self.core.children()?;
        let Some(wanted) = selector.map(str::trim) else {
            return match children.as_slice() {
                [only] => Ok(only.clone()),
                [] => Err(CliError::Message(self.cli(Text::NoChild, &[]))),
                several => {
                    let names: Vec<&str> = several.iter().map(|c| c.name.as_str()).collect();
                    let names = names.join(", ");
                    Err(CliError::Message(
                        self.cli(Text::ChooseChild, &[("names", &names)]),
                    ))
                }
            };
        };
        if let Some(child) = children.iter().find(|c| c.id == wanted) {
            return Ok(child.clone());
        }
        let lower = wanted.to_lowercase();
        let mut named = children
            .into_iter()
            .filter(|c| c.name.to_lowercase() == lower);
        match (named.next(), named.next()) {
            (Some(child), None) => Ok(child),
            (Some(_), Some(_)) => Err(CliError::Message(
                self.cli(Text::ChildNameTwice, &[("name", wanted)]),
            )),
            _ => Err(hechting_core::ApiError::NotFound {
                code: hechting_core::ErrorCode::ChildNotFound,
            }
            .into()),
        }
    }

    /// The selected child, or every child when none was named.
    pub fn children_or(&self, selector: Option<&str>) -> CliResult<Vec<Child>> {
        match selector {
            Some(_) => Ok(vec![self.child(selector)?]),
            None => Ok(self.core.children()?),
        }
    }

    pub fn age(&self, child: &Child) -> CliResult<AgeInfo> {
        Ok(self.core.age(&child.id, self.today)?)
    }

    /// "Noor · 10 weken · Bekende gezichten"
    pub fn child_header(&self, child: &Child, age: &AgeInfo) -> String {
        format!(
            "{} · {} · {}",
            self.term.bold(&clean(&child.name)),
            clean(&age.label),
            self.term.accent(&clean(&age.phase_label))
        )
    }

    // ---- moments ----

    /// Journal lines of moments: (day,) time, kind, note and details, and the id to
    /// delete it by when `ids`. With `names`, the child's name too.
    pub fn moment_lines(
        &self,
        moments: &[Moment],
        with_day: bool,
        names: Option<&[Child]>,
        ids: bool,
    ) -> Vec<String> {
        let labels: Vec<String> = moments
            .iter()
            .map(|m| clean(&self.core.kind_label(m.kind)))
            .collect();
        let whens: Vec<String> = moments
            .iter()
            .map(|m| match with_day {
                true => format!("{} {}", self.day_label(m.local_date), views::local_time(m)),
                false => views::local_time(m),
            })
            .collect();
        let kind_w = labels.iter().map(|l| term::width(l)).max().unwrap_or(0);
        let when_w = whens.iter().map(|w| term::width(w)).max().unwrap_or(0);
        let indent = " ".repeat(2 + when_w + 2 + kind_w + 2);
        let mut out = Vec::new();
        for ((m, label), when) in moments.iter().zip(&labels).zip(&whens) {
            let mut details: Vec<String> = Vec::new();
            if let Some(children) = names.filter(|c| c.len() > 1) {
                if let Some(c) = children.iter().find(|c| c.id == m.child_id) {
                    details.push(clean(&c.name));
                }
            }
            if let Some(d) = m.duration_minutes {
                details.push(self.tn("journal-duration-minutes", "minutes", d));
            }
            if let Some(c) = &m.caregiver {
                details.push(clean(c));
            }
            let note = m.note.as_deref().map(clean).unwrap_or_default();
            let sep = format!("{0}·{0}", term::NBSP);
            let details = match (note.is_empty(), details.is_empty()) {
                (_, true) => String::new(),
                (true, false) => details.join(&sep),
                (false, false) => format!("{sep}{}", details.join(&sep)),
            };
            let when = self.term.dim(&term::pad(when, when_w));
            if note.is_empty() && details.is_empty() {
                out.push(format!("  {when}  {}", self.term.bold(label)));
            } else {
                let spans = [
                    (note.as_str(), Mark::default()),
                    (details.as_str(), Mark::DIM),
                ];
                let mut lines = self.term.wrap_spans(&spans, &indent, &indent);
                if let Some(first) = lines.first_mut() {
                    let text = first.strip_prefix(indent.as_str()).unwrap_or(first);
                    *first = format!(
                        "  {when}  {}  {text}",
                        self.term.bold(&term::pad(label, kind_w))
                    );
                }
                out.extend(lines);
            }
            if ids {
                out.push(format!("{indent}{}", self.term.dim(&m.id)));
            }
        }
        out
    }

    // ---- tips ----

    /// A tip as a card: title, body, theme; with the parent's answers so far.
    pub fn tip_card(&self, tip: &DailyTip) -> Vec<String> {
        let mut out = Vec::new();
        let mut title = self.term.bold(&clean(&tip.tip.title));
        let marks = self.feedback_marks(&tip.feedback);
        if !marks.is_empty() {
            title = format!("{title}  {}", self.term.good(&marks));
        }
        out.push(format!("  {title}"));
        out.extend(self.term.wrap(&tip.tip.body, "  ", "  "));
        let theme = self.tt("tips-why-theme", "theme", &clean(&tip.tip.theme_label));
        out.push(format!(
            "  {}",
            self.term.dim(&format!("{theme} · {}", tip.tip.id))
        ));
        out
    }

    /// "✓ Geprobeerd · ★ Bewaren"
    pub fn feedback_marks(&self, fb: &hechting_core::FeedbackState) -> String {
        let mut marks = Vec::new();
        if fb.tried {
            marks.push(format!("✓ {}", self.t("tips-tried")));
        }
        if fb.favourite {
            marks.push(format!("★ {}", self.t("tips-favourite")));
        }
        if fb.not_for_me {
            marks.push(format!("✗ {}", self.t("tips-not-for-me")));
        }
        marks.join(" · ")
    }
}
