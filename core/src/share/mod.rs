//! Sharing with a partner's phone: two parents, two phones, one journal, no server.
//!
//! `share_bundle` makes a small sealed bundle of what changed since the partner last
//! had everything; the app moves its bytes (share sheet, AirDrop, a message) and the
//! other phone's `receive_bundle` merges it. One exchange each way and both journals
//! hold the same children, moments (edits, deletions and restores included), tip
//! answers and tip themes. The language stays each parent's own, and so does each
//! phone's history of daily tips (a merged history would change today's tip under a
//! parent's eyes).
//!
//! - `bundle`: the format — header, compression, sealing, the pairing code's key;
//! - `changes`: what goes into a bundle, and taking one in.
//!
//! # The merge
//!
//! Rows merge by id as an import does (`backup::merge`): the last writer wins by
//! `updated_at`, equal times are settled by comparing the rows' content, and removals
//! travel as tombstones (`deleted_at`; a removed setting as an empty value). Each row
//! thus ends as the greatest version any phone had — a join: merging is idempotent,
//! commutative and associative, so bundles may come twice, late or out of order and
//! every phone still ends with the same journal (`tests/sharing.rs` checks this with
//! three journals, random edits and random deliveries). A local edit always moves a
//! row's `updated_at` past the version it edits, so it is never lost to a tie.
//!
//! # What changed since
//!
//! Each journal has a random id and a change clock (`share_clock`, migration 006).
//! Triggers stamp every row that travels with the clock when it is written, locally or
//! by a merge; the clock counts up by one per change and never lags the wall clock, so
//! a journal put back from a backup still stamps above anything a partner has seen.
//! An import takes a block of consecutive stamps for many moments at once, from the
//! same rule (the view `share_next_stamp`, migration 007), and moves the clock to the
//! end of the block.
//! Per partner, `share_partners` keeps two watermarks: `have` (their stamp up to which
//! this journal holds everything they had) and `acked` (our stamp up to which they
//! said they hold everything). Every bundle carries its sender's clock and, for each
//! partner it knows, both watermarks: the receiver's `have` becomes the sender's
//! `acked`. A bundle holds the rows stamped after some partner's `acked`, less those
//! that partner sent itself (`share_echo`): in the steady state, only what this phone
//! changed since the last exchange. A lost bundle is harmless — nothing is acknowledged
//! before it arrives, so the next bundle carries it again. A phone that receives a
//! bundle made for other partners merges what it holds, acknowledges nothing, and the
//! sender's next bundle is complete for it.
//!
//! # Why not SQLite's session extension
//!
//! The session extension records changesets per connection and applies them with
//! conflict handlers. Weighed against the merge above, it loses here:
//! - rows are matched by primary key, and a moment's key (`seq`, its time key) differs
//!   from phone to phone; matching by our UUID would need a second schema;
//! - it captures only changes made on a connection that has a session attached, while
//!   that session lives: writes by a widget's process, an import or a recovery would
//!   need sessions everywhere and changesets kept across restarts — an outbox per
//!   partner, with its own bookkeeping;
//! - a changeset is a list of operations; applying them in another order gives
//!   conflicts that the handler must settle by `updated_at` anyway, i.e. the same
//!   last-writer-wins rule, plus the failure cases of operations (an update before its
//!   insert) that a state merge does not have;
//! - it needs a bundled SQLite built with the session and pre-update hook options,
//!   which makes the phone library larger.
//!
//! The state-based merge already exists, is tested for imports, is a join (so any
//! delivery order converges), and with per-row stamps a bundle holds only what
//! changed. The cost is a column and two triggers per shared table.
//!
//! # Sealing
//!
//! XChaCha20-Poly1305 (RustCrypto `chacha20poly1305`) with a key from Argon2id
//! (RustCrypto `argon2`, 19 MiB, 2 passes) over the pairing code and the sender's
//! random salt, which travels in the header; the header (magic, format, salt, nonce)
//! is authenticated as associated data, the 24-byte nonce is random per bundle. A
//! wrong code and a changed byte fail the same way (`share-not-opened`), a bundle of a
//! newer format is `share-format-unsupported`; neither changes anything.
//!
//! The pairing code (trimmed, lower case) and this journal's salt are kept in the
//! journal (`share_pairing`), never in an export; keys are derived once per salt and
//! kept in memory (`Keys`).

pub mod bundle;
pub mod changes;

use std::collections::HashMap;
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::backup::{FeedbackRow, SettingRow};
use crate::children::Child;
use crate::error::Result;
use crate::journal::Moment;

pub use bundle::{PAIRING_CODE_MAX, PAIRING_CODE_MIN};


/// What a partner's phone knows of this one, as a bundle tells it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerNote {
    /// The partner journal's id.
    pub replica: String,
    /// The sender's own stamp up to which that partner holds everything.
    pub acked: i64,
    /// That partner's stamp up to which the sender holds everything.
    pub have: i64,
}

/// The sealed content of a bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Payload {
    /// The sending journal's id.
    pub from: String,
    /// The sender's clock when it made the bundle: it holds every row stamped up to here
    /// that the receiver may lack.
    pub upto: i64,
    /// Nothing was left out: the bundle holds the sender's whole journal.
    pub complete: bool,
    pub partners: Vec<PartnerNote>,
    pub children: Vec<Child>,
    pub moments: Vec<Moment>,
    pub tip_feedback: Vec<FeedbackRow>,
    pub settings: Vec<SettingRow>,
}

/// Keys derived from the pairing code, by code and salt: Argon2id runs once per
/// partner salt and once for this phone's own, not once per bundle.
#[derive(Default)]
pub struct Keys(Mutex<HashMap<(String, bundle::Salt), bundle::Key>>);

impl Keys {
    pub fn get(&self, code: &str, salt: &bundle::Salt) -> Result<bundle::Key> {
        let cached = self
            .0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&(code.to_owned(), *salt))
            .copied();
        if let Some(key) = cached {
            return Ok(key);
        }
        // Derived outside the lock: it takes a moment.
        let key = bundle::derive_key(code, salt)?;
        let mut keys = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if keys.len() >= 16 {
            keys.clear();
        }
        keys.insert((code.to_owned(), *salt), key);
        Ok(key)
    }
}
