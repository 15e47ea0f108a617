//! Opening the database: pragmas, file permissions, schema version checks, and the one
//! writer connection every call goes through.

pub mod schema;

use std::path::Path;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{Connection, InterruptHandle, OpenFlags, Transaction, TransactionBehavior};

use crate::error::{Error, Result};

/// How long a call waits for a lock another process (a widget, an extension) holds.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

pub const MEMORY: &str = ":memory:";

pub struct Db {
    path: String,
    conn: Mutex<Connection>,
    interrupt: Mutex<InterruptHandle>,
}

impl Db {
    /// Opens (creating if needed) the database at `path`, or an in-memory one for
    /// `":memory:"`, and brings its schema up to date. A file written by a newer build is
    /// refused before anything is written to it.
    pub fn open(path: &str) -> Result<Db> {
        let conn = connect(path)?;
        let interrupt = conn.get_interrupt_handle();
        Ok(Db {
            path: path.to_owned(),
            conn: Mutex::new(conn),
            interrupt: Mutex::new(interrupt),
        })
    }

    /// The file this database lives in (`":memory:"` for none).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Closes the file, lets `swap` replace it on disk, and opens the new file. While
    /// this runs, every other call waits.
    pub fn replace_file(&self, swap: impl FnOnce() -> Result<()>) -> Result<()> {
        let mut conn = self.lock();
        // Closing checkpoints the log into the file, so the file is whole when moved.
        *conn = Connection::open_in_memory()?;
        let swapped = swap();
        let reopened = connect(&self.path);
        match reopened {
            Ok(new) => {
                *self.interrupt.lock().unwrap_or_else(|p| p.into_inner()) =
                    new.get_interrupt_handle();
                *conn = new;
                swapped
            }
            Err(e) => Err(e),
        }
    }

    /// Caps the file at `pages` pages on this connection: how tests fill the disk.
    pub fn limit_pages(&self, pages: u32) -> Result<()> {
        let _: i64 =
            self.lock()
                .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |r| {
                    r.get(0)
                })?;
        Ok(())
    }

    /// Runs `f` on the connection, for reads and single statements.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        f(&self.lock())
    }

    /// Runs `f` in one IMMEDIATE transaction: all of it is stored, or none of it.
    pub fn write<T>(&self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let mut conn = self.lock();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Cancels the statement running now on another thread, if any.
    pub fn interrupt(&self) {
        self.interrupt
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .interrupt();
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave a half-done transaction behind
        // (rusqlite rolls back on drop), so the connection is still good to use.
        self.conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

fn connect(path: &str) -> Result<Connection> {
    let mut conn = if path == MEMORY {
        Connection::open_in_memory()?
    } else {
        open_file(Path::new(path))?
    };
    configure(&conn)?;
    schema::migrate(&mut conn)?;
    Ok(conn)
}

fn open_file(path: &Path) -> Result<Connection> {
    if path.exists() {
        schema::refuse_newer(path)?;
    } else {
        create_private(path)?;
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    Ok(Connection::open_with_flags(path, flags)?)
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
    Ok(())
}

/// Milliseconds since the Unix epoch, for created/updated/deleted stamps only: which
/// day it is always comes from the caller.
pub(crate) fn now_ms() -> i64 {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    i64::try_from(now.as_millis()).unwrap_or(i64::MAX)
}

/// Maps "no row" to a not-found error with the given code.
pub(crate) fn found<T>(r: rusqlite::Result<T>, code: &'static str) -> Result<T> {
    match r {
        Ok(v) => Ok(v),
        Err(rusqlite::Error::QueryReturnedNoRows) => Err(Error::NotFound(code)),
        Err(e) => Err(e.into()),
    }
}
