//! What goes into a bundle, and taking one in: the change stamps, the partners'
//! watermarks, the pairing code's row. See the module above for the rules.

use std::collections::HashSet;

use rusqlite::{params, Connection, OptionalExtension};

use super::bundle::Salt;
use super::{PartnerNote, Payload};
use crate::backup::merge;
use crate::backup::{self, Document, FeedbackRow, ImportReport, SettingRow};
use crate::error::{invalid, ErrorCode, Result};
use crate::{children, journal, settings};

/// Partners listed in one bundle, at most: a family has a handful of phones.
const PARTNERS_MAX: usize = 64;
/// Echo ranges kept per partner; dropping the oldest only makes bundles larger.
const ECHO_MAX: i64 = 256;

/// The pairing code (normalized) and this journal's salt for it.
pub struct Pairing {
    pub code: String,
    pub salt: Salt,
}

pub fn pairing(conn: &Connection) -> Result<Option<Pairing>> {
    let row: Option<(String, Vec<u8>)> = conn
        .prepare_cached("SELECT code, salt FROM share_pairing WHERE only = 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Ok(row.and_then(|(code, salt)| {
        let salt = Salt::try_from(salt.as_slice()).ok()?;
        Some(Pairing { code, salt })
    }))
}

/// Stores a normalized pairing code with a new salt; the same code again keeps its
/// salt (so the partner's phone need not derive its key again).
pub fn set_pairing(conn: &Connection, code: &str, salt: &Salt) -> Result<()> {
    conn.execute(
        "INSERT INTO share_pairing (only, code, salt) VALUES (1, ?1, ?2)
         ON CONFLICT(only) DO UPDATE SET code = excluded.code, salt = excluded.salt
            WHERE share_pairing.code != excluded.code",
        params![code, &salt[..]],
    )?;
    Ok(())
}

pub fn forget_pairing(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM share_pairing", [])?;
    Ok(())
}

/// This journal's id and its change clock now.
fn clock(conn: &Connection) -> Result<(String, i64)> {
    Ok(conn
        .prepare_cached("SELECT replica, stamp FROM share_clock WHERE only = 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))?)
}

struct Partner {
    replica: String,
    have: i64,
    acked: i64,
    /// Our stamps (lo, hi] written by this partner's bundles.
    echo: Vec<(i64, i64)>,
}

impl Partner {
    /// Whether this partner may lack the row version stamped `stamp`.
    fn needs(&self, stamp: i64) -> bool {
        stamp > self.acked && !self.echo.iter().any(|&(lo, hi)| lo < stamp && stamp <= hi)
    }
}

fn partners(conn: &Connection) -> Result<Vec<Partner>> {
    let mut stmt =
        conn.prepare_cached("SELECT replica, have, acked FROM share_partners ORDER BY replica")?;
    let mut list: Vec<Partner> = stmt
        .query_map([], |r| {
            Ok(Partner {
                replica: r.get(0)?,
                have: r.get(1)?,
                acked: r.get(2)?,
                echo: Vec::new(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare_cached("SELECT partner, lo, hi FROM share_echo")?;
    let echoes = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?)))?;
    for echo in echoes {
        let (partner, lo, hi) = echo?;
        if let Some(p) = list.iter_mut().find(|p| p.replica == partner) {
            p.echo.push((lo, hi));
        }
    }
    Ok(list)
}

/// What a bundle made now carries: every row some known partner may lack, or the
/// whole journal while no partner is known. Run it in one read transaction.
pub fn collect(conn: &Connection) -> Result<Payload> {
    let (me, upto) = clock(conn)?;
    let partners = partners(conn)?;
    let base = partners.iter().map(|p| p.acked).min().unwrap_or(0);
    let mut left_out = 0u64;
    let mut keep = |stamp: i64| {
        let wanted = partners.is_empty() || partners.iter().any(|p| p.needs(stamp));
        left_out += u64::from(!wanted);
        wanted
    };
    let children = children::changed_since(conn, base)?
        .into_iter()
        .filter(|(_, stamp)| keep(*stamp))
        .map(|(c, _)| c)
        .collect();
    let mut moments = Vec::new();
    journal::changed_since(conn, base, |m, stamp| {
        if keep(stamp) {
            moments.push(m);
        }
        Ok(())
    })?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {}, changed FROM tip_feedback WHERE changed > ?1 ORDER BY child_id, tip_id",
        FeedbackRow::COLUMNS
    ))?;
    let rows = stmt.query_map([base], |r| Ok((FeedbackRow::from_row(r)?, r.get::<_, i64>(6)?)))?;
    let mut tip_feedback = Vec::new();
    for row in rows {
        let (row, stamp) = row?;
        if keep(stamp) {
            tip_feedback.push(row);
        }
    }
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {}, changed FROM settings WHERE changed > ?1 ORDER BY key",
        SettingRow::COLUMNS
    ))?;
    let rows = stmt.query_map([base], |r| Ok((SettingRow::from_row(r)?, r.get::<_, i64>(3)?)))?;
    let mut settings = Vec::new();
    for row in rows {
        let (row, stamp) = row?;
        if settings::travels_to_partner(&row.key) && keep(stamp) {
            settings.push(row);
        }
    }
    Ok(Payload {
        from: me,
        upto,
        complete: base == 0 && left_out == 0,
        partners: partners
            .iter()
            .map(|p| PartnerNote {
                replica: p.replica.clone(),
                acked: p.acked,
                have: p.have,
            })
            .collect(),
        children,
        moments,
        tip_feedback,
        settings,
    })
}

/// A journal id as bundles carry it: 32 lowercase hex digits.
fn check_replica(id: &str) -> bool {
    id.len() == 32 && id.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Checks an opened bundle as strictly as an import file: every row as if typed in.
/// Errors: `share-invalid` (the detail goes to the log, never the content).
pub fn check(p: &Payload) -> Result<()> {
    let refused = |detail: &str| {
        log::warn!("bundle refused: {detail}");
        invalid("bundle", ErrorCode::ShareInvalid)
    };
    if !check_replica(&p.from) || p.partners.iter().any(|n| !check_replica(&n.replica)) {
        return Err(refused("journal id"));
    }
    if p.partners.len() > PARTNERS_MAX || p.upto < 0 {
        return Err(refused("header"));
    }
    let doc = Document {
        format: backup::FORMAT,
        children: p.children.clone(),
        moments: p.moments.clone(),
        tip_deliveries: Vec::new(),
        tip_feedback: p.tip_feedback.clone(),
        settings: p.settings.clone(),
    };
    backup::validate(&doc).map_err(|e| refused(&e.to_string()))
}

/// Merges a checked bundle in the caller's transaction and notes what the sender and
/// this journal now know of each other. A row whose child is not here yet (a bundle
/// made for another partner) is left for a later bundle.
/// Errors: `share-own-bundle`.
pub fn receive(conn: &Connection, p: &Payload) -> Result<ImportReport> {
    let (me, before) = clock(conn)?;
    if p.from == me {
        return Err(invalid("bundle", ErrorCode::ShareOwnBundle));
    }
    let mut report = ImportReport::default();
    for c in &p.children {
        merge::child(conn, c)?.count(&mut report);
    }
    let mut here: HashSet<String> = HashSet::new();
    let mut skipped = false;
    let mut child_here = |id: &str| -> Result<bool> {
        if here.contains(id) {
            return Ok(true);
        }
        let exists = children::row_exists(conn, id)?;
        if exists {
            here.insert(id.to_owned());
        }
        Ok(exists)
    };
    for m in &p.moments {
        if child_here(&m.child_id)? {
            merge::moment(conn, m)?.count(&mut report);
        } else {
            skipped = true;
        }
    }
    for f in &p.tip_feedback {
        if child_here(&f.child_id)? {
            merge::feedback(conn, f)?.count(&mut report);
        } else {
            skipped = true;
        }
    }
    for s in p.settings.iter().filter(|s| settings::travels_to_partner(&s.key)) {
        merge::setting(conn, s)?.count(&mut report);
    }
    let (_, after) = clock(conn)?;
    note_partner(conn, p, &me, (before, after), skipped)?;
    Ok(report)
}

/// Updates the sender's watermarks after its bundle was merged; `written` is the range
/// of our stamps the merge wrote.
fn note_partner(
    conn: &Connection,
    p: &Payload,
    me: &str,
    written: (i64, i64),
    skipped: bool,
) -> Result<()> {
    let (have, acked, acked_by): (i64, i64, i64) = conn
        .prepare_cached("SELECT have, acked, acked_by FROM share_partners WHERE replica = ?1")?
        .query_row([&p.from], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?
        .unwrap_or((0, 0, 0));
    let mine = p.partners.iter().find(|n| n.replica == me);
    // Everything the sender had up to `upto` is here now when nothing was skipped and
    // nothing left out that this journal lacks: the bundle is whole, or what it left
    // out for us is what we already said we hold.
    let whole = !skipped && (p.complete || mine.is_some_and(|n| n.acked <= have));
    let have = if whole { have.max(p.upto) } else { have };
    // What the sender holds of ours: its latest word counts (a sender put back from a
    // backup holds less than it once said).
    let (acked, acked_by) = if p.upto >= acked_by {
        (mine.map_or(0, |n| n.have), p.upto)
    } else {
        (acked, acked_by)
    };
    conn.prepare_cached(
        "INSERT INTO share_partners (replica, have, acked, acked_by) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(replica) DO UPDATE SET have = excluded.have, acked = excluded.acked,
            acked_by = excluded.acked_by
         WHERE (have, acked, acked_by) IS NOT (excluded.have, excluded.acked, excluded.acked_by)",
    )?
    .execute(params![p.from, have, acked, acked_by])?;
    let (lo, hi) = written;
    if hi > lo {
        let extended = conn.execute(
            "UPDATE share_echo SET hi = ?3 WHERE partner = ?1 AND hi = ?2",
            params![p.from, lo, hi],
        )?;
        if extended == 0 {
            conn.execute(
                "INSERT INTO share_echo (partner, lo, hi) VALUES (?1, ?2, ?3)",
                params![p.from, lo, hi],
            )?;
        }
    }
    conn.execute(
        "DELETE FROM share_echo WHERE partner = ?1 AND (hi <= ?2 OR lo < (
            SELECT lo FROM share_echo WHERE partner = ?1 ORDER BY lo DESC LIMIT 1 OFFSET ?3))",
        params![p.from, acked, ECHO_MAX - 1],
    )?;
    Ok(())
}
