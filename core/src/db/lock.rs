//! The journal lock: a file beside the database that every open `Core` holds shared
//! for as long as it lives, in every process (app, widget, extension, shell command).
//! Whoever wants to move the database file — recovery from damage, restoring a
//! backup — must hold it exclusively, which it only gets when no other `Core` anywhere
//! has the journal open. SQLite's own locks cannot give this: they are taken per
//! transaction, and a connection left open on a renamed file would write into the copy
//! that was moved aside.

use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::{Error, Result};

/// How often a bounded wait tries the lock again.
const POLL: Duration = Duration::from_millis(20);

pub struct JournalLock {
    file: File,
}

/// `<db>.lock` beside `<db>`.
fn lock_path(db_path: &Path) -> PathBuf {
    let mut name = db_path.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

impl JournalLock {
    /// Opens (creating, owner-only) the lock file of a database; holds nothing yet.
    pub fn open(db_path: &Path) -> Result<JournalLock> {
        let path = lock_path(db_path);
        let mut options = std::fs::OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        Ok(JournalLock {
            file: options.open(path)?,
        })
    }

    /// Takes the lock shared, waiting at most `wait` while another process recovers
    /// or restores the journal.
    pub fn shared(&self, wait: Duration) -> Result<()> {
        self.retry(wait, || self.file.try_lock_shared())
    }

    /// Tries to hold the lock alone for up to `wait`. `Ok(false)` when other `Core`s
    /// keep the journal open; the shared lock this one held is then taken again.
    pub fn exclusive(&self, wait: Duration) -> Result<bool> {
        match self.retry(wait, || self.file.try_lock()) {
            Ok(()) => Ok(true),
            Err(Error::JournalBusy) => {
                // A failed upgrade may have dropped the shared lock (flock converts by
                // unlocking first): take it back before going on.
                self.shared(crate::db::BUSY_TIMEOUT)?;
                Ok(false)
            }
            Err(e) => Err(e),
        }
    }

    /// Goes back from exclusive to shared after a recovery or a check made alone.
    pub fn downgrade(&self) -> Result<()> {
        self.file.unlock()?;
        self.shared(crate::db::BUSY_TIMEOUT)
    }

    fn retry(
        &self,
        wait: Duration,
        attempt: impl Fn() -> std::result::Result<(), TryLockError>,
    ) -> Result<()> {
        let until = Instant::now() + wait;
        loop {
            match attempt() {
                Ok(()) => return Ok(()),
                Err(TryLockError::WouldBlock) if Instant::now() < until => std::thread::sleep(POLL),
                Err(TryLockError::WouldBlock) => return Err(Error::JournalBusy),
                Err(TryLockError::Error(e)) => return Err(e.into()),
            }
        }
    }
}
