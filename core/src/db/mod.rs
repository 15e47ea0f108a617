//! Opening the database: pragmas, file permissions, schema versions, the journal lock,
//! and the two connections every call goes through — one writer, and one reader that
//! in WAL mode never waits behind a write.

pub(crate) mod lock;
pub mod schema;

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::config::DbConfig;
use rusqlite::functions::FunctionFlags;
use rusqlite::{Connection, InterruptHandle, OpenFlags, Transaction, TransactionBehavior};

use crate::error::{Error, ErrorCode, Result};
use lock::JournalLock;

/// How long a call waits for a lock another process (a widget, an extension) holds.
pub(crate) const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

pub const MEMORY: &str = ":memory:";

pub struct Db {
    path: String,
    writer: Mutex<Connection>,
    /// `None` in memory: there the writer serves reads too.
    reader: Option<Mutex<Connection>>,
    lock: Option<JournalLock>,
    interrupts: Interrupts,
}

/// `interrupt()` cancels the calls begun before it, and only those: each call takes a
/// scope when it starts; the interrupt counts up, stops the read running now (only
/// reads run on the reader connection, so a write is never hit), and long loops check
/// their scope.
#[derive(Default)]
struct Interrupts {
    counter: AtomicU64,
    /// The read running now, if any.
    active: Mutex<Option<InterruptHandle>>,
}

/// Taken when a call starts; says whether `interrupt()` was called since.
pub struct Scope<'a> {
    start: u64,
    counter: &'a AtomicU64,
}

impl Scope<'_> {
    pub fn interrupted(&self) -> bool {
        self.counter.load(Ordering::SeqCst) != self.start
    }

    /// `Err(Interrupted)` once `interrupt()` was called after this scope began.
    pub fn check(&self) -> Result<()> {
        if self.interrupted() {
            return Err(Error::Interrupted);
        }
        Ok(())
    }
}

impl Db {
    /// Opens (creating if needed) the database at `path`, or an in-memory one for
    /// `":memory:"`, and brings its schema up to date. A file written by a newer build is
    /// refused before anything is written to it.
    pub fn open(path: &str) -> Result<Db> {
        let (writer, reader) = connect_both(path)?;
        Ok(Db {
            path: path.to_owned(),
            writer: Mutex::new(writer),
            reader: reader.map(Mutex::new),
            lock: None,
            interrupts: Interrupts::default(),
        })
    }

    /// Keeps the journal lock this process holds on the file for as long as the
    /// database is open.
    pub fn locked(mut self, lock: JournalLock) -> Db {
        self.lock = Some(lock);
        self
    }

    /// The file this database lives in (`":memory:"` for none).
    pub fn path(&self) -> &str {
        &self.path
    }

    pub(crate) fn journal_lock(&self) -> Option<&JournalLock> {
        self.lock.as_ref()
    }

    /// Closes both connections, lets `swap` change the files on disk, and opens them
    /// again; when the swap fails or the new file cannot be opened, `undo` puts the old
    /// one back and that is opened instead, so the Core never stays on a dead
    /// connection. Every other call waits meanwhile. The caller holds the journal lock
    /// alone.
    pub fn replace_files<T>(
        &self,
        swap: impl FnOnce() -> Result<T>,
        undo: impl FnOnce() -> Result<()>,
    ) -> Result<T> {
        let mut writer = lock_conn(&self.writer);
        let mut reader = self.reader.as_ref().map(lock_conn);
        // Closing checkpoints the log into the file, so the file is whole when moved.
        if let Some(r) = reader.as_deref_mut() {
            *r = Connection::open_in_memory()?;
        }
        *writer = Connection::open_in_memory()?;
        let attempt = swap().and_then(|v| connect_both(&self.path).map(|c| (c, v)));
        let ((w, r), result) = match attempt {
            Ok((conns, v)) => (conns, Ok(v)),
            Err(e) => {
                log::error!("replacing the file failed ({e}); reopening the old one");
                undo()?;
                (connect_both(&self.path)?, Err(e))
            }
        };
        *writer = w;
        if let (Some(slot), Some(r)) = (reader.as_deref_mut(), r) {
            *slot = r;
        }
        result
    }

    /// Caps the file at `pages` pages on the writer: how tests fill the disk.
    #[cfg(feature = "test-hooks")]
    pub fn limit_pages(&self, pages: u32) -> Result<()> {
        let _: i64 = lock_conn(&self.writer).query_row(
            &format!("PRAGMA max_page_count = {pages}"),
            [],
            |r| r.get(0),
        )?;
        Ok(())
    }

    /// A scope for a call that starts now.
    pub fn scope(&self) -> Scope<'_> {
        Scope {
            start: self.interrupts.counter.load(Ordering::SeqCst),
            counter: &self.interrupts.counter,
        }
    }

    /// Runs `f` on the reader, for reads; a call interrupted though it began after the
    /// `interrupt()` runs again.
    pub fn read<T>(&self, mut f: impl FnMut(&Connection) -> Result<T>) -> Result<T> {
        let scope = self.scope();
        self.read_scoped(&scope, |c, _| f(c))
    }

    /// `read` for calls that check `scope` in their loops.
    pub fn read_scoped<T>(
        &self,
        scope: &Scope<'_>,
        mut f: impl FnMut(&Connection, &Scope<'_>) -> Result<T>,
    ) -> Result<T> {
        let conn = lock_conn(self.reader.as_ref().unwrap_or(&self.writer));
        loop {
            scope.check()?;
            *lock_conn(&self.interrupts.active) = Some(conn.get_interrupt_handle());
            let out = f(&conn, scope);
            *lock_conn(&self.interrupts.active) = None;
            match out {
                Err(e) if is_interrupt(&e) && !scope.interrupted() => continue,
                Err(e) if is_interrupt(&e) => return Err(Error::Interrupted),
                other => return other,
            }
        }
    }

    /// For a call that mostly only reads and sometimes writes (today's tip: chosen once,
    /// read all day). `read` gives `None` when there is something to write, and `write`
    /// then runs in one IMMEDIATE transaction (it must check again: another process may
    /// have written in between). When the writer is free, both run on it: its cache is
    /// warm after its own writes, where the reader would read every page again. When it
    /// is busy, `read` runs on the reader, so the common case never waits for a write.
    pub fn read_or_write<T>(
        &self,
        mut read: impl FnMut(&Connection) -> Result<Option<T>>,
        write: impl FnOnce(&Transaction) -> Result<T>,
    ) -> Result<T> {
        if let Ok(mut conn) = self.writer.try_lock() {
            if let Some(found) = read(&conn)? {
                return Ok(found);
            }
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let out = write(&tx)?;
            tx.commit()?;
            return Ok(out);
        }
        match self.read(read)? {
            Some(found) => Ok(found),
            None => self.write(write),
        }
    }

    /// Runs `f` in one IMMEDIATE transaction on the writer: all of it is stored, or none.
    pub fn write<T>(&self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let mut conn = lock_conn(&self.writer);
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Cancels the calls begun before now: the read running now stops at once, long
    /// writes (an import) at their next check. Calls begun later are not touched.
    pub fn interrupt(&self) {
        self.interrupts.counter.fetch_add(1, Ordering::SeqCst);
        if let Some(handle) = lock_conn(&self.interrupts.active).as_ref() {
            handle.interrupt();
        }
    }
}

fn is_interrupt(e: &Error) -> bool {
    match e {
        Error::Interrupted => true,
        Error::Sql(e) => e.sqlite_error_code() == Some(rusqlite::ErrorCode::OperationInterrupted),
        _ => false,
    }
}

fn lock_conn<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding the lock cannot leave a half-done transaction behind
    // (rusqlite rolls back on drop), so the connection is still good to use.
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The writer (schema brought up to date) and, for a file, the reader.
fn connect_both(path: &str) -> Result<(Connection, Option<Connection>)> {
    if path == MEMORY {
        let mut conn = Connection::open_in_memory()?;
        configure(&conn)?;
        schema::migrate(&mut conn)?;
        return Ok((conn, None));
    }
    let p = Path::new(path);
    if !p.exists() {
        create_private(p)?;
    }
    let mut writer = open_file(p)?;
    configure(&writer)?;
    schema::migrate(&mut writer)?;
    let reader = open_file(p)?;
    configure(&reader)?;
    Ok((writer, Some(reader)))
}

/// Opens a file and refuses it, before a byte of it changes, when a newer build wrote
/// it — also when the newer version sits only in the write-ahead log: the refused
/// connection closes without checkpointing the log into the file.
fn open_file(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    if let Err(e) = schema::refuse_newer(&conn) {
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
        return Err(e);
    }
    Ok(conn)
}

/// Creates an empty file readable by its owner only; SQLite gives its -wal and -shm
/// files the same permissions.
pub(crate) fn create_private(path: &Path) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(()),
        // Another process created it between our check and now: use theirs.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e.into()),
    }
}

fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // journal_mode answers with a row; in memory it stays "memory".
    let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    conn.execute_batch(
        "PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA temp_store = MEMORY;",
    )?;
    register_functions(conn)?;
    Ok(())
}

/// `hfold(text)`: the search form of a note (text::fold), used by the full-text
/// triggers; every connection that writes moments needs it.
pub fn register_functions(conn: &Connection) -> Result<()> {
    conn.create_scalar_function(
        "hfold",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let text: Option<String> = ctx.get(0)?;
            Ok(text.map(|t| crate::text::fold(&t)))
        },
    )?;
    Ok(())
}

/// A stored calendar day (`YYYY-MM-DD`) of column `i`, read without chrono's format
/// parser, which costs more than the rest of reading a row.
pub(crate) fn day(row: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<chrono::NaiveDate> {
    let text = row.get_ref(i)?.as_str()?;
    crate::age::parse_date("date", text).map_err(|_| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, "not a calendar day".into())
    })
}

/// Milliseconds since the Unix epoch, for created/updated/deleted stamps and the daily
/// backup's name only: which day it is for tips always comes from the caller.
pub(crate) fn now_ms() -> i64 {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let ms = i64::try_from(now.as_millis()).unwrap_or(i64::MAX);
    ms.saturating_add(clock::offset_ms())
}

/// A clock offset that tests set to move the day on (the daily check and backup);
/// always zero outside the `test-hooks` feature.
pub(crate) mod clock {
    #[cfg(feature = "test-hooks")]
    static OFFSET_MS: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);

    #[cfg(feature = "test-hooks")]
    pub fn set_offset_ms(ms: i64) {
        OFFSET_MS.store(ms, std::sync::atomic::Ordering::SeqCst);
    }

    pub fn offset_ms() -> i64 {
        #[cfg(feature = "test-hooks")]
        {
            OFFSET_MS.load(std::sync::atomic::Ordering::SeqCst)
        }
        #[cfg(not(feature = "test-hooks"))]
        {
            0
        }
    }
}

/// Maps "no row" to a not-found error with the given code.
pub(crate) fn found<T>(r: rusqlite::Result<T>, code: ErrorCode) -> Result<T> {
    match r {
        Ok(v) => Ok(v),
        Err(rusqlite::Error::QueryReturnedNoRows) => Err(Error::NotFound(code)),
        Err(e) => Err(e.into()),
    }
}
