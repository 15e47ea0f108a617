//! Schema versions in `PRAGMA user_version`. Version N is reached by running
//! migrations/001..N in order, all pending ones in one IMMEDIATE transaction.

use rusqlite::{Connection, TransactionBehavior};

use crate::error::{Error, Result};

/// "HECH": marks the file as ours for tools like `file`.
const APPLICATION_ID: i32 = 0x4845_4348;

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_init.sql"),
    include_str!("migrations/002_tips.sql"),
    include_str!("migrations/003_search_fold.sql"),
    include_str!("migrations/004_tip_fallback.sql"),
    include_str!("migrations/005_search_prefix.sql"),
    include_str!("migrations/006_sharing.sql"),
    include_str!("migrations/007_bulk_stamps.sql"),
];

/// The schema version this build writes.
pub const VERSION: u32 = MIGRATIONS.len() as u32;

pub fn user_version(conn: &Connection) -> Result<u32> {
    let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    // A negative or huge stored value can only come from a foreign or newer writer.
    Ok(u32::try_from(v).unwrap_or(u32::MAX))
}

/// Refuses a file a newer build wrote, reading the version through SQLite (so a
/// version that only the write-ahead log holds yet counts too) before anything is
/// written.
pub fn refuse_newer(conn: &Connection) -> Result<()> {
    check_not_newer(user_version(conn)?)
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
