//! Errors. Inside the core, `Error` keeps the detail a developer needs; at the API
//! boundary it becomes the small public `ApiError`, whose `code()` names the Fluent
//! message (`error-<code>`) a shell shows. Neither ever carries a note or a name.

use rusqlite::ErrorCode as SqliteCode;

/// Declares `ErrorCode` with each code's text once.
macro_rules! error_codes {
    ($d:tt $($variant:ident => $text:literal,)+) => {
        /// Every reason a call can fail with, each once. A shell shows the Fluent
        /// message `error-<code>`; every language has one for each (tested).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ErrorCode {
            $($variant,)+
        }

        impl ErrorCode {
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant,)+];

            /// The stable text of the code, as in `error-<code>`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => $text,)+
                }
            }
        }

        /// Calls `$callback! { Variant, … }` with every code, so that the bindings
        /// declare the same list without writing it out again.
        #[macro_export]
        macro_rules! for_each_error_code {
            ($d callback:ident) => {
                $d callback! { $($variant,)+ }
            };
        }
    };
}

// `$` passed in so that the list can make a macro of its own (`for_each_error_code`).
error_codes! {
    $
    NameEmpty => "name-empty",
    NameTooLong => "name-too-long",
    NameInvalidCharacters => "name-invalid-characters",
    DatesMissing => "dates-missing",
    DateInvalid => "date-invalid",
    BirthDateInFuture => "birth-date-in-future",
    DueDateTooFar => "due-date-too-far",
    BirthTooLate => "birth-too-late",
    BirthTooEarly => "birth-too-early",
    NoteTooLong => "note-too-long",
    CaregiverTooLong => "caregiver-too-long",
    NoteInvalidCharacters => "note-invalid-characters",
    CaregiverInvalidCharacters => "caregiver-invalid-characters",
    KindUnknown => "kind-unknown",
    TimeOutOfRange => "time-out-of-range",
    UtcOffsetOutOfRange => "utc-offset-out-of-range",
    DurationOutOfRange => "duration-out-of-range",
    LimitOutOfRange => "limit-out-of-range",
    CursorInvalid => "cursor-invalid",
    DaysOutOfRange => "days-out-of-range",
    DateRangeReversed => "date-range-reversed",
    LocaleUnknown => "locale-unknown",
    ThemeUnknown => "theme-unknown",
    IdInvalid => "id-invalid",
    ImportInvalid => "import-invalid",
    ImportFormatUnsupported => "import-format-unsupported",
    ImportTooLarge => "import-too-large",
    TipIdInvalid => "tip-id-invalid",
    PairingCodeMissing => "pairing-code-missing",
    PairingCodeTooShort => "pairing-code-too-short",
    PairingCodeTooLong => "pairing-code-too-long",
    PairingCodeInvalidCharacters => "pairing-code-invalid-characters",
    ShareInvalid => "share-invalid",
    ShareNotOpened => "share-not-opened",
    ShareFormatUnsupported => "share-format-unsupported",
    ShareTooLarge => "share-too-large",
    ShareOwnBundle => "share-own-bundle",
    ChildNotFound => "child-not-found",
    MomentNotFound => "moment-not-found",
    TipNotFound => "tip-not-found",
    ArticleNotFound => "article-not-found",
    BackupNotFound => "backup-not-found",
    NothingToUndo => "nothing-to-undo",
    Storage => "storage",
    StorageFull => "storage-full",
    Corrupt => "corrupt",
    DatabaseTooNew => "database-too-new",
    Interrupted => "interrupted",
    JournalBusy => "journal-busy",
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("invalid {field}: {code}")]
    Invalid {
        field: &'static str,
        code: ErrorCode,
    },
    #[error("not found: {0}")]
    NotFound(ErrorCode),
    #[error("database schema version {found} is newer than this build supports ({supported})")]
    TooNew { found: u32, supported: u32 },
    #[error("database file is damaged: {0}")]
    Corrupt(String),
    #[error("import refused: {0}")]
    Import(String),
    #[error("import refused at {at}: {code}")]
    ImportInvalid { at: String, code: ErrorCode },
    #[error("interrupted")]
    Interrupted,
    #[error("another process has the journal open")]
    JournalBusy,
    #[error("sqlite: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

pub(crate) fn invalid(field: &'static str, code: ErrorCode) -> Error {
    Error::Invalid { field, code }
}

/// The public error of every Core call.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    /// Bad input; nothing was changed. `field` names the input, `code` the reason.
    #[error("invalid {field}: {code}")]
    InvalidInput { field: String, code: ErrorCode },
    /// The child, moment, tip, article or backup does not exist (or was removed).
    #[error("not found: {code}")]
    NotFound { code: ErrorCode },
    /// The device ran out of space; earlier data is intact.
    #[error("storage full")]
    StorageFull,
    /// Any other storage failure.
    #[error("storage: {detail}")]
    Storage { detail: String },
    /// The database file is damaged.
    #[error("database corrupt: {detail}")]
    Corrupt { detail: String },
    /// The file was written by a newer build; it was left untouched.
    #[error("database schema {found} is newer than supported {supported}")]
    DatabaseTooNew { found: i32, supported: i32 },
    /// `interrupt()` cancelled the call; nothing was changed.
    #[error("interrupted")]
    Interrupted,
    /// Recovery or a restore must move the journal file, and another process (a
    /// widget, an extension) still has it open; nothing was changed. Try again when
    /// it has closed.
    #[error("journal busy")]
    JournalBusy,
}

pub type ApiResult<T> = std::result::Result<T, ApiError>;

impl ApiError {
    /// The stable code of this error; the shell shows the Fluent message `error-<code>`.
    pub fn code(&self) -> &'static str {
        self.error_code().as_str()
    }

    pub fn error_code(&self) -> ErrorCode {
        match self {
            ApiError::InvalidInput { code, .. } | ApiError::NotFound { code } => *code,
            ApiError::StorageFull => ErrorCode::StorageFull,
            ApiError::Storage { .. } => ErrorCode::Storage,
            ApiError::Corrupt { .. } => ErrorCode::Corrupt,
            ApiError::DatabaseTooNew { .. } => ErrorCode::DatabaseTooNew,
            ApiError::Interrupted => ErrorCode::Interrupted,
            ApiError::JournalBusy => ErrorCode::JournalBusy,
        }
    }
}

impl From<Error> for ApiError {
    fn from(err: Error) -> Self {
        match err {
            Error::Invalid { field, code } => ApiError::InvalidInput {
                field: field.into(),
                code,
            },
            Error::NotFound(code) => ApiError::NotFound { code },
            Error::TooNew { found, supported } => ApiError::DatabaseTooNew {
                found: i32::try_from(found).unwrap_or(i32::MAX),
                supported: i32::try_from(supported).unwrap_or(i32::MAX),
            },
            Error::Corrupt(detail) => ApiError::Corrupt { detail },
            Error::Import(detail) => {
                log::warn!("import refused: {detail}");
                ApiError::InvalidInput {
                    field: "import".into(),
                    code: ErrorCode::ImportInvalid,
                }
            }
            Error::ImportInvalid { at, code } => ApiError::InvalidInput {
                field: format!("import: {at}"),
                code,
            },
            Error::Interrupted => ApiError::Interrupted,
            Error::JournalBusy => ApiError::JournalBusy,
            Error::Sql(e) => from_sqlite(e),
            Error::Io(e) if is_disk_full(&e) => ApiError::StorageFull,
            Error::Io(e) => {
                log::warn!("io error: {e}");
                ApiError::Storage {
                    detail: e.kind().to_string(),
                }
            }
        }
    }
}

fn is_disk_full(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::StorageFull || e.raw_os_error() == Some(28)
}

fn from_sqlite(e: rusqlite::Error) -> ApiError {
    // SQLite's messages name tables and constraints, never row values, so they are safe
    // to pass on to a developer.
    log::warn!("sqlite error: {e}");
    match e.sqlite_error_code() {
        Some(SqliteCode::DiskFull) => ApiError::StorageFull,
        Some(SqliteCode::OperationInterrupted) => ApiError::Interrupted,
        Some(SqliteCode::DatabaseCorrupt | SqliteCode::NotADatabase) => ApiError::Corrupt {
            detail: e.to_string(),
        },
        _ => ApiError::Storage {
            detail: e.to_string(),
        },
    }
}
