//! The core's log lines, handed to the app: on a phone nothing reads stderr, so an app
//! that wants them (Logcat, `os_log`) gives a sink. The lines name operations and
//! error kinds, never a name or a note a parent wrote.

use std::sync::{OnceLock, RwLock};

/// How serious a log line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, uniffi::Enum)]
pub enum LogLevel {
    /// Something failed (a storage error, a recovery).
    Error,
    /// Something was wrong and was dealt with (a damaged file kept aside).
    Warn,
    /// What the core did (opened, migrated, backed up).
    Info,
    /// Details for developers.
    Debug,
    /// Every step.
    Trace,
}

/// Receives the core's log lines; called on whichever thread logged.
#[uniffi::export(callback_interface)]
pub trait LogSink: Send + Sync {
    /// One line: its level, the part of the core it came from (`target`, such as
    /// `hechting_core::db`) and the text.
    fn log(&self, level: LogLevel, target: String, message: String);
}

static SINK: RwLock<Option<Box<dyn LogSink>>> = RwLock::new(None);

struct Bridge;

impl log::Log for Bridge {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.level() <= log::max_level()
    }

    fn log(&self, record: &log::Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let sink = SINK.read().unwrap_or_else(|p| p.into_inner());
        if let Some(sink) = sink.as_ref() {
            let level = match record.level() {
                log::Level::Error => LogLevel::Error,
                log::Level::Warn => LogLevel::Warn,
                log::Level::Info => LogLevel::Info,
                log::Level::Debug => LogLevel::Debug,
                log::Level::Trace => LogLevel::Trace,
            };
            sink.log(level, record.target().to_owned(), record.args().to_string());
        }
    }

    fn flush(&self) {}
}

/// Sends the core's log lines at `max_level` and above to `sink` (`None` stops them).
/// Call it once at start-up, before opening a `Core`.
#[uniffi::export]
pub fn set_log_sink(sink: Option<Box<dyn LogSink>>, max_level: LogLevel) {
    static INSTALLED: OnceLock<bool> = OnceLock::new();
    INSTALLED.get_or_init(|| log::set_logger(&Bridge).is_ok());
    let filter = match (&sink, max_level) {
        (None, _) => log::LevelFilter::Off,
        (Some(_), LogLevel::Error) => log::LevelFilter::Error,
        (Some(_), LogLevel::Warn) => log::LevelFilter::Warn,
        (Some(_), LogLevel::Info) => log::LevelFilter::Info,
        (Some(_), LogLevel::Debug) => log::LevelFilter::Debug,
        (Some(_), LogLevel::Trace) => log::LevelFilter::Trace,
    };
    *SINK.write().unwrap_or_else(|p| p.into_inner()) = sink;
    log::set_max_level(filter);
}
