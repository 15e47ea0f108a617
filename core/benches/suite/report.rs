//! The table: one row per operation and size, ours beside the raw baseline.

use crate::harness::{fmt_bytes, fmt_count, fmt_ns, Compared, Stats};

/// What an operation must reach.
#[derive(Debug, Clone, Copy)]
pub enum Target {
    /// Informational: no target.
    None,
    /// ours / raw at most this.
    Ratio(f64),
    /// ours at most this many nanoseconds.
    Abs(f64),
    /// Both.
    RatioAndAbs(f64, f64),
    /// At least this many items per second.
    Throughput(f64),
    /// At most this many bytes.
    Bytes(u64),
}

impl Target {
    fn text(self) -> String {
        match self {
            Target::None => "—".into(),
            Target::Ratio(r) => format!("≤ {r}×"),
            Target::Abs(ns) => format!("≤ {}", fmt_ns(ns)),
            Target::RatioAndAbs(r, ns) => format!("≤ {r}× and < {}", fmt_ns(ns)),
            Target::Throughput(t) => format!("≥ {}/s", fmt_count(t)),
            Target::Bytes(b) => format!("< {}", fmt_bytes(b)),
        }
    }
}

pub struct Row {
    pub op: String,
    pub size: String,
    pub baseline: String,
    pub ours: String,
    pub ratio: Option<f64>,
    pub target: Target,
    pub met: Option<bool>,
    /// Spread and sample counts, for the details table.
    pub detail: String,
}

#[derive(Default)]
pub struct Report {
    rows: Vec<(u32, usize, Row)>,
    pub notes: Vec<String>,
}

/// The journal size of a row; "—" for operations that do not depend on it.
pub fn size_label(n: usize) -> String {
    if n == 0 {
        "—".into()
    } else {
        fmt_count(n as f64)
    }
}

fn spread(s: &Stats) -> String {
    format!(
        "{}–{} (n={}{})",
        fmt_ns(s.p10),
        fmt_ns(s.p90),
        s.samples,
        if s.batch > 1 {
            format!("×{}", s.batch)
        } else {
            String::new()
        }
    )
}

impl Report {
    /// A timed comparison. `group` orders rows by operation, `n` by size within it.
    pub fn timed(&mut self, group: u32, op: &str, n: usize, c: &Compared, target: Target) {
        let (ours, raw, ratio) = (c.ours, c.raw, c.ratio);
        let met = match target {
            Target::None => None,
            Target::Ratio(r) => Some(ratio <= r),
            Target::Abs(ns) => Some(ours.median <= ns),
            Target::RatioAndAbs(r, ns) => Some(ratio <= r && ours.median < ns),
            Target::Throughput(_) | Target::Bytes(_) => None,
        };
        self.push(
            group,
            n,
            Row {
                op: op.into(),
                size: size_label(n),
                baseline: fmt_ns(raw.median),
                ours: fmt_ns(ours.median),
                ratio: Some(ratio),
                target,
                met,
                detail: format!("ours {}; raw {}", spread(&ours), spread(&raw)),
            },
        );
    }

    /// A bulk operation over `items` items, shown as items per second.
    pub fn throughput(&mut self, group: u32, op: &str, items: usize, c: &Compared, target: Target) {
        let (ours, raw) = (c.ours, c.raw);
        let rate = |s: &Stats| items as f64 / (s.median / 1e9);
        let met = match target {
            Target::Throughput(t) => Some(rate(&ours) >= t),
            _ => None,
        };
        self.push(
            group,
            items,
            Row {
                op: op.into(),
                size: size_label(items),
                baseline: format!("{}/s ({})", fmt_count(rate(&raw)), fmt_ns(raw.median)),
                ours: format!("{}/s ({})", fmt_count(rate(&ours)), fmt_ns(ours.median)),
                ratio: Some(c.ratio),
                target,
                met,
                detail: format!("ours {}; raw {}", spread(&ours), spread(&raw)),
            },
        );
    }

    /// A measured amount of bytes against a ceiling.
    pub fn bytes(
        &mut self,
        group: u32,
        op: &str,
        size: &str,
        bytes: u64,
        target: Target,
        detail: String,
    ) {
        let met = match target {
            Target::Bytes(max) => Some(bytes < max),
            _ => None,
        };
        self.push(
            group,
            0,
            Row {
                op: op.into(),
                size: size.into(),
                baseline: "—".into(),
                ours: fmt_bytes(bytes),
                ratio: None,
                target,
                met,
                detail,
            },
        );
    }

    /// Something that could not be measured in this run.
    pub fn missing(&mut self, group: u32, op: &str, size: &str, why: &str, target: Target) {
        self.push(
            group,
            0,
            Row {
                op: op.into(),
                size: size.into(),
                baseline: "—".into(),
                ours: format!("not measured: {why}"),
                ratio: None,
                target,
                met: None,
                detail: String::new(),
            },
        );
    }

    fn push(&mut self, group: u32, n: usize, row: Row) {
        self.rows.push((group, n, row));
    }

    pub fn missed(&self) -> Vec<&Row> {
        self.rows
            .iter()
            .filter(|(_, _, r)| r.met == Some(false))
            .map(|(_, _, r)| r)
            .collect()
    }

    pub fn print(&mut self) {
        self.rows.sort_by_key(|(g, n, _)| (*g, *n));
        println!("| operation | moments | baseline (raw) | ours | ratio | target | met? |");
        println!("|---|---:|---:|---:|---:|---|:---:|");
        for (_, _, r) in &self.rows {
            println!(
                "| {} | {} | {} | {} | {} | {} | {} |",
                r.op,
                r.size,
                r.baseline,
                r.ours,
                r.ratio.map_or("—".into(), |x| format!("{x:.2}×")),
                r.target.text(),
                match r.met {
                    Some(true) => "yes",
                    Some(false) => "**no**",
                    None => "—",
                }
            );
        }
        println!();
        println!("Spread (p10–p90 of the samples; n = samples, ×k = calls per sample):");
        println!();
        println!("| operation | moments | detail |");
        println!("|---|---:|---|");
        for (_, _, r) in &self.rows {
            if !r.detail.is_empty() {
                println!("| {} | {} | {} |", r.op, r.size, r.detail);
            }
        }
        if !self.notes.is_empty() {
            println!();
            for note in &self.notes {
                println!("- {note}");
            }
        }
    }
}
