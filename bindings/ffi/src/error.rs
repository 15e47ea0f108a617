//! The one public error of every call: `HechtingException` in Kotlin, `HechtingError`
//! in Swift and Python.

use hechting_core::{ApiError, ErrorCode};

/// What went wrong. Messages are for developers; the text for the parent is the Fluent
/// message `error-<code>` (`core.uiString("error-" + e.errorCode(), emptyMap())`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum HechtingError {
    /// Bad input; nothing was changed. `field` names the input, `code` the reason.
    #[error("invalid {field}: {code}")]
    InvalidInput { field: String, code: String },
    /// The child, moment, tip, article or backup does not exist (or was removed).
    #[error("not found: {code}")]
    NotFound { code: String },
    /// The device ran out of space; earlier data is intact.
    #[error("storage full")]
    StorageFull,
    /// Any other storage failure.
    #[error("storage: {detail}")]
    Storage { detail: String },
    /// The database file is damaged.
    #[error("database corrupt: {detail}")]
    Corrupt { detail: String },
    /// The file was written by a newer version of the app; it was left untouched.
    #[error("database schema {found} is newer than supported {supported}")]
    DatabaseTooNew { found: u32, supported: u32 },
    /// `interrupt()` cancelled the call; nothing was changed.
    #[error("interrupted")]
    Interrupted,
    /// Recovery or a restore must move the journal file while another process (a
    /// widget, an extension) has it open; nothing was changed. Try again later.
    #[error("journal busy")]
    JournalBusy,
}

#[uniffi::export]
impl HechtingError {
    /// The stable code of this error: the app shows the UI string `error-<code>`.
    pub fn error_code(&self) -> String {
        let code = match self {
            HechtingError::InvalidInput { code, .. } | HechtingError::NotFound { code } => {
                return code.clone()
            }
            HechtingError::StorageFull => ErrorCode::StorageFull,
            HechtingError::Storage { .. } => ErrorCode::Storage,
            HechtingError::Corrupt { .. } => ErrorCode::Corrupt,
            HechtingError::DatabaseTooNew { .. } => ErrorCode::DatabaseTooNew,
            HechtingError::Interrupted => ErrorCode::Interrupted,
            HechtingError::JournalBusy => ErrorCode::JournalBusy,
        };
        code.as_str().to_owned()
    }
}

impl From<ApiError> for HechtingError {
    fn from(e: ApiError) -> Self {
        match e {
            ApiError::InvalidInput { field, code } => HechtingError::InvalidInput {
                field,
                code: code.as_str().to_owned(),
            },
            ApiError::NotFound { code } => HechtingError::NotFound {
                code: code.as_str().to_owned(),
            },
            ApiError::StorageFull => HechtingError::StorageFull,
            ApiError::Storage { detail } => HechtingError::Storage { detail },
            ApiError::Corrupt { detail } => HechtingError::Corrupt { detail },
            ApiError::DatabaseTooNew { found, supported } => {
                HechtingError::DatabaseTooNew { found, supported }
            }
            ApiError::Interrupted => HechtingError::Interrupted,
            ApiError::JournalBusy => HechtingError::JournalBusy,
        }
    }
}

pub type Result<T, E = HechtingError> = std::result::Result<T, E>;
