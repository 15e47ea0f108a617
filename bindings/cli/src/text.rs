//! Words only the terminal needs. Each has a Fluent id (`cli-*`): once `app.ftl` holds
//! it, the user's language is used; until then the English text below serves.

use hechting_core::{Arg, Core};

pub use crate::term::clean;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    NoChild,
    ChooseChild,
    ChildNameTwice,
    ChildRemoved,
    FileFailed,
    NoDataDir,
    DemoFooter,
    UndoHint,
    NextPage,
    Recovered,
}

impl Text {
    fn source(self) -> (&'static str, &'static str) {
        match self {
            Text::NoChild => (
                "cli-no-child",
                "No child yet. Add one: hechting child add <name> --born YYYY-MM-DD",
            ),
            Text::ChooseChild => (
                "cli-choose-child",
                "There is more than one child ({ $names }); choose one with --child <name or id>.",
            ),
            Text::ChildNameTwice => (
                "cli-child-name-twice",
                "More than one child is called { $name }; choose by id (see hechting child list).",
            ),
            Text::ChildRemoved => (
                "cli-child-removed",
                "{ $name } was removed. To bring { $name } back: hechting child restore { $id }",
            ),
            Text::FileFailed => (
                "cli-file-failed",
                "Could not use the file { $file } ({ $reason }); check the path and try again.",
            ),
            Text::NoDataDir => (
                "cli-no-data-dir",
                "This computer has no data folder for hechting; name a database file with --db <file>.",
            ),
            Text::DemoFooter => (
                "cli-demo-footer",
                "This is a demo journal, kept in { $file }. To look around in it:",
            ),
            Text::UndoHint => ("cli-undo-hint", "To bring it back: hechting undo"),
            Text::NextPage => ("cli-next-page", "More: { $command }"),
            Text::Recovered => (
                "cli-recovered-copy",
                "The damaged file was kept as { $file }.",
            ),
        }
    }

    /// The text with its placeables filled in, in the user's language when there is one.
    pub fn with(self, core: Option<&Core>, args: &[(&str, &str)]) -> String {
        let (id, english) = self.source();
        if let Some(core) = core {
            let fluent: Vec<(String, Arg)> = args
                .iter()
                .map(|(k, v)| ((*k).to_owned(), Arg::Text((*v).to_owned())))
                .collect();
            let text = clean(&core.ui_string(id, &fluent));
            if text != id {
                return text;
            }
        }
        args.iter().fold(english.to_owned(), |text, (k, v)| {
            text.replace(&format!("{{ ${k} }}"), v)
        })
    }
}

/// A word for a shell command line: as it is when safe, else in single quotes.
pub fn shell_quote(word: &str) -> String {
    let safe = !word.is_empty()
        && word.chars().all(|c| {
            c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '_' | '-' | ':' | ',' | '=')
        });
    if safe {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_until_translated() {
        let text = Text::ChildRemoved.with(None, &[("name", "Noor"), ("id", "x")]);
        assert_eq!(
            text,
            "Noor was removed. To bring Noor back: hechting child restore x"
        );
    }

    #[test]
    fn shell_words() {
        assert_eq!(shell_quote("/tmp/a.sqlite"), "/tmp/a.sqlite");
        assert_eq!(shell_quote("my file"), "'my file'");
        assert_eq!(shell_quote("it's"), "'it'\\''s'");
    }
}
