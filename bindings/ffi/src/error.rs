//! The one error of every call: the core's own `ApiError`, declared to UniFFI as a
//! remote type and named `HechtingError` in the bindings (Kotlin `HechtingException`,
//! Swift `HechtingError`). It never carries a note or a name a parent wrote.

use hechting_core::{ApiError, ErrorCode};

/// The error of every call that can fail.
pub type HechtingError = ApiError;

macro_rules! remote_error_code {
    ($($variant:ident,)+) => {
        /// Every reason a call can fail with. The app shows the UI string
        /// `error-<code>` (`error_message_id` gives it).
        #[uniffi::remote(Enum)]
        pub enum ErrorCode {
            $($variant,)+
        }
    };
}

hechting_core::for_each_error_code!(remote_error_code);

/// Why a call failed. Every variant has an `ErrorCode` (`error_code`); nothing was
/// changed by a call that failed.
#[uniffi::remote(Error)]
pub enum HechtingError {
    /// Bad input; nothing was changed. `field` names the input, `code` the reason.
    InvalidInput { field: String, code: ErrorCode },
    /// The child, moment, tip, article or backup does not exist (or was removed).
    NotFound { code: ErrorCode },
    /// The phone ran out of space; everything stored earlier is intact.
    StorageFull,
    /// Any other storage failure; `detail` is for developers (never user text).
    Storage { detail: String },
    /// The database file is damaged. Call `recover()` when no widget or extension has
    /// the journal open.
    Corrupt { detail: String },
    /// The file was written by a newer version of the app; it was left untouched.
    DatabaseTooNew { found: i32, supported: i32 },
    /// `interrupt()` cancelled the call; nothing was changed.
    Interrupted,
    /// Recovery or a restore must move the journal file while another process (a
    /// widget, an extension) has it open; nothing was changed. Try again later.
    JournalBusy,
}

/// The code of an error, for every variant.
#[uniffi::export]
pub fn error_code(error: HechtingError) -> ErrorCode {
    error.error_code()
}

/// The id of the UI string that explains a code to a parent: `error-<code>`.
#[uniffi::export]
pub fn error_message_id(code: ErrorCode) -> String {
    format!("error-{code}")
}

pub type Result<T, E = HechtingError> = std::result::Result<T, E>;
