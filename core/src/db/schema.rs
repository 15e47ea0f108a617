//! Schema versions in `PRAGMA user_version`. Version N is reached by running
//! migrations/001..N in order, all pending ones in one IMMEDIATE transaction.

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use crate::error::{Error, Result};

/// "HECH": marks the file as ours for tools like `file`.
const APPLICATION_ID: i32 = 0x4845_4348;

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_init.sql"),
    include_str!("migrations/002_tips.sql"),
];

/// The schema version this build writes.
pub const VERSION: u32 = MIGRATIONS.len() as u32;

pub fn user_version(conn: &Connection) -> Result<u32> {
    let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    // A negative or huge stored value can only come from a foreign or newer writer.
    Ok(u32::try_from(v).unwrap_or(u32::MAX))
}

/// Reads the version from the file's header (bytes 60..64), so a file from a newer
/// build is refused before SQLite could change a byte of it. A version that only the
/// write-ahead log holds yet is caught by `migrate`, before anything is written.
pub fn refuse_newer(path: &Path) -> Result<()> {
    use std::io::Read;
    let mut header = [0u8; 64];
    let mut file = std::fs::File::open(path)?;
    if file.read_exact(&mut header).is_err() || &header[..16] != b"SQLite format 3\0" {
        // Empty or foreign: opening tells what it is.
        return Ok(());
    }
    check_not_newer(u32::from_be_bytes([
        header[60], header[61], header[62], header[63],
    ]))
}

fn check_not_newer(found: u32) -> Result<()> {
    if found > VERSION {
        return Err(Error::TooNew {
            found,
            supported: VERSION,
        });
    }
    Ok(())
}

pub fn migrate(conn: &mut Connection) -> Result<()> {
    let found = user_version(conn)?;
    check_not_newer(found)?;
    if found == VERSION {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Another process may have upgraded the file while we waited for the lock.
    let found = user_version(&tx)?;
    check_not_newer(found)?;
    for sql in &MIGRATIONS[found as usize..] {
        tx.execute_batch(sql)?;
    }
    if found == 0 {
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    }
    tx.pragma_update(None, "user_version", VERSION)?;
    tx.commit()?;
    Ok(())
}
