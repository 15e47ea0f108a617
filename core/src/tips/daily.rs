//! A child's tip of a day as one unit: chosen by the scheduler, stored with its
//! fallback flag, and read back with its definition and the parent's feedback in one
//! transaction. The facade only puts it into words.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::Connection;

use super::catalog::{Catalog, TipDef};
use super::scheduler::{self, Pick, Stage};
use super::store::{self, Delivery, FeedbackState};
use crate::age::Age;
use crate::children::{self, Child};
use crate::error::Result;

/// The tip of one day for one child.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayTip<'c> {
    pub date: NaiveDate,
    pub def: &'c TipDef,
    /// No window held the age: an any-age tip served.
    pub fallback: bool,
    pub feedback: FeedbackState,
}

/// Where a child is on a date, for the scheduler.
pub fn stage_on(child: &Child, date: NaiveDate) -> Stage {
    let age = Age::on(child.birth_date, child.due_date, date);
    Stage {
        age_days: age.tip_age_days,
        born: !age.expecting,
    }
}

/// The day's tip when it was already chosen; `None` when it was not, or when this
/// catalog does not know the stored one. Reads only, in one snapshot.
pub fn chosen<'c>(
    conn: &Connection,
    catalog: &'c Catalog,
    child_id: &str,
    date: NaiveDate,
) -> Result<Option<DayTip<'c>>> {
    let tx = conn.unchecked_transaction()?;
    let child = children::get(&tx, child_id)?;
    let day = match store::delivered(&tx, child_id, date)? {
        Some(delivery) => known(&tx, catalog, &child, date, delivery)?,
        None => None,
    };
    tx.finish()?;
    Ok(day)
}

/// The day's tip, chosen and stored now when it was not yet; `None` only when every
/// tip was refused. Runs inside the caller's write transaction, so that another thread
/// or process that chose it meanwhile is seen.
pub fn choose<'c>(
    tx: &Connection,
    catalog: &'c Catalog,
    child_id: &str,
    date: NaiveDate,
) -> Result<Option<DayTip<'c>>> {
    let child = children::get(tx, child_id)?;
    if let Some(delivery) = store::delivered(tx, child_id, date)? {
        if let Some(day) = known(tx, catalog, &child, date, delivery)? {
            return Ok(Some(day));
        }
    }
    let Some(pick) = plan(tx, catalog, &child, date, 1)?.pop() else {
        return Ok(None);
    };
    store::record(tx, child_id, date, &pick.tip.id, pick.fallback)?;
    with_feedback(tx, &child, pick).map(Some)
}

/// The tips of `days` days from `from` as the app will show them when opened daily;
/// writes nothing.
pub fn upcoming<'c>(
    conn: &Connection,
    catalog: &'c Catalog,
    child_id: &str,
    from: NaiveDate,
    days: u32,
) -> Result<Vec<DayTip<'c>>> {
    let tx = conn.unchecked_transaction()?;
    let child = children::get(&tx, child_id)?;
    let out = plan(&tx, catalog, &child, from, days)?
        .into_iter()
        .map(|p| with_feedback(&tx, &child, p))
        .collect();
    tx.finish()?;
    out
}

/// Shown days, newest first, before `before` when given. A retired tip shows as its
/// replacement; one this catalog does not know is left out.
pub fn history<'c>(
    conn: &Connection,
    catalog: &'c Catalog,
    child_id: &str,
    before: Option<NaiveDate>,
    limit: u32,
) -> Result<Vec<DayTip<'c>>> {
    let tx = conn.unchecked_transaction()?;
    let child = children::get(&tx, child_id)?;
    let mut out = Vec::new();
    for (date, delivery) in store::history_page(&tx, child_id, before, limit)? {
        if let Some(day) = known(&tx, catalog, &child, date, delivery)? {
            out.push(day);
        }
    }
    tx.finish()?;
    Ok(out)
}

/// A stored delivery with its definition and feedback, when the catalog knows it.
fn known<'c>(
    conn: &Connection,
    catalog: &'c Catalog,
    child: &Child,
    date: NaiveDate,
    (tip_id, fallback): Delivery,
) -> Result<Option<DayTip<'c>>> {
    let Some(def) = catalog.get(&tip_id) else {
        return Ok(None);
    };
    let fallback = fallback.unwrap_or_else(|| !def.holds(stage_on(child, date).age_days));
    with_feedback(
        conn,
        child,
        Pick {
            date,
            tip: def,
            fallback,
        },
    )
    .map(Some)
}

fn with_feedback<'c>(conn: &Connection, child: &Child, pick: Pick<'c>) -> Result<DayTip<'c>> {
    Ok(DayTip {
        date: pick.date,
        def: pick.tip,
        fallback: pick.fallback,
        feedback: store::feedback(conn, &child.id, &pick.tip.id)?,
    })
}

/// The scheduler's picks from `from`, over the child's history; a day already shown
/// keeps the fallback flag stored with it.
fn plan<'c>(
    conn: &Connection,
    catalog: &'c Catalog,
    child: &Child,
    from: NaiveDate,
    days: u32,
) -> Result<Vec<Pick<'c>>> {
    let mut flags: BTreeMap<NaiveDate, bool> = BTreeMap::new();
    let ids: BTreeMap<NaiveDate, String> = store::history(conn, &child.id)?
        .into_iter()
        .map(|(date, (id, fallback))| {
            if let Some(f) = fallback {
                flags.insert(date, f);
            }
            (date, id)
        })
        .collect();
    let ex = store::exclusions(conn, &child.id)?;
    let mut picks = scheduler::plan(
        catalog,
        &child.id,
        &ids,
        from,
        days,
        |d| stage_on(child, d),
        &ex,
    );
    for pick in &mut picks {
        if let Some(&flag) = flags.get(&pick.date) {
            pick.fallback = flag;
        }
    }
    Ok(picks)
}
