//! Errors, shown as one line in the user's language: the Fluent message of the error's
//! code (what went wrong and what to do), then the option or argument it is about.

use std::process::ExitCode;

use hechting_core::{ApiError, Core};

use crate::text::{self, Text};

#[derive(Debug)]
pub enum CliError {
    /// The core refused a call.
    Api(ApiError),
    /// A value typed on the command line is wrong: `code` names `error-<code>`,
    /// `flag` the option or argument.
    Input { flag: String, code: &'static str },
    /// A file could not be read or written.
    File { path: String, reason: String },
    /// A message of the CLI itself (already in the user's language).
    Message(String),
}

impl From<ApiError> for CliError {
    fn from(err: ApiError) -> Self {
        CliError::Api(err)
    }
}

pub type CliResult<T> = Result<T, CliError>;

/// A bad value of an option or argument.
pub fn input(flag: &str, code: &'static str) -> CliError {
    CliError::Input {
        flag: flag.to_owned(),
        code,
    }
}

/// The option or argument of the CLI that feeds a field of the core.
fn flag_of(field: &str) -> String {
    match field {
        "name" => "<name>",
        "birth_date" => "--born",
        "due_date" => "--due",
        "note" => "--note",
        "caregiver" => "--caregiver",
        "duration_min" => "--duration",
        "occurred_at" | "utc_offset_min" => "--at",
        "kind" => "<kind>",
        "child_id" => "--child",
        "moment_id" => "<moment>",
        "limit" => "--limit",
        "cursor" => "--cursor",
        "days" => "--days",
        "to" => "--to",
        "from" => "--from",
        "language" => "--lang",
        "pairing_code" => "--code",
        other => other,
    }
    .to_owned()
}

impl CliError {
    /// Usage errors exit with 2, like clap's; everything else with 1.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            CliError::Api(ApiError::InvalidInput { .. }) | CliError::Input { .. } => {
                ExitCode::from(2)
            }
            _ => ExitCode::FAILURE,
        }
    }

    /// The one line to show, with `core` for the words.
    pub fn line(&self, core: Option<&Core>) -> String {
        let message = |code: &str| -> String {
            let id = format!("error-{code}");
            match core.map(|c| text::clean(&c.ui_string(&id, &[]))) {
                Some(m) if m != id => m,
                // An error without a message of its own: the general one, with its code.
                _ => {
                    let general = core
                        .map(|c| text::clean(&c.ui_string("error-unexpected", &[])))
                        .filter(|m| m != "error-unexpected")
                        .unwrap_or_else(|| "Something went wrong; please try again.".into());
                    format!("{general} ({code})")
                }
            }
        };
        let line = match self {
            CliError::Api(err) => {
                let msg = message(err.code());
                match err {
                    ApiError::InvalidInput { field, .. } => format!("{msg} [{}]", flag_of(field)),
                    ApiError::Storage { detail } | ApiError::Corrupt { detail } => {
                        format!("{msg} ({detail})")
                    }
                    ApiError::DatabaseTooNew { found, supported } => {
                        format!("{msg} (schema {found} > {supported})")
                    }
                    _ => msg,
                }
            }
            CliError::Input { flag, code } => format!("{} [{flag}]", message(code)),
            CliError::File { path, reason } => Text::FileFailed.with(
                core,
                &[("file", path.as_str()), ("reason", reason.as_str())],
            ),
            CliError::Message(m) => m.clone(),
        };
        // One line, whatever a message holds.
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        format!("hechting: {line}")
    }
}
