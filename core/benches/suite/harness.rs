//! Timing: both sides of a comparison run alternately in the same loop (ours, raw,
//! raw, ours, ...) so that drift in the machine (other processes, the disk's cache,
//! CPU clocks) hits both alike; each side is summarised by its median.

use std::time::Instant;

/// Summary of one side's samples, in nanoseconds per call.
#[derive(Debug, Clone, Copy)]
pub struct Stats {
    pub median: f64,
    pub p10: f64,
    pub p90: f64,
    pub samples: usize,
    /// Calls per sample (fast calls are timed in batches).
    pub batch: usize,
}

impl Stats {
    pub fn of(mut ns: Vec<f64>, batch: usize) -> Stats {
        assert!(!ns.is_empty(), "no samples");
        ns.sort_by(f64::total_cmp);
        let at = |q: f64| ns[((ns.len() - 1) as f64 * q).round() as usize];
        Stats {
            median: at(0.5),
            p10: at(0.1),
            p90: at(0.9),
            samples: ns.len(),
            batch,
        }
    }
}

/// Both sides of one comparison.
#[derive(Debug, Clone, Copy)]
pub struct Compared {
    pub ours: Stats,
    pub raw: Stats,
    /// The median of ours_i / raw_i over the samples, each pair taken back to back:
    /// robust when the machine's speed drifts or jumps between modes (fsync).
    pub ratio: f64,
}

impl Compared {
    pub fn new(ours: Vec<f64>, raw: Vec<f64>, ko: usize, kr: usize) -> Compared {
        let ratios: Vec<f64> = ours.iter().zip(&raw).map(|(o, r)| o / r.max(1.0)).collect();
        let ratio = Stats::of(ratios, 1).median;
        Compared {
            ours: Stats::of(ours, ko),
            raw: Stats::of(raw, kr),
            ratio,
        }
    }
}

/// How long to measure one comparison.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    /// Wall time to spend on the samples of both sides together.
    pub seconds: f64,
    pub min_samples: usize,
    pub max_samples: usize,
    /// Calls faster than this are batched until one sample takes about this long.
    pub sample_ns: f64,
    /// Unrecorded calls of each side first.
    pub warmup: usize,
}

impl Budget {
    pub fn with_seconds(self, seconds: f64) -> Budget {
        Budget { seconds, ..self }
    }

    pub fn with_min(self, min_samples: usize) -> Budget {
        Budget {
            min_samples: min_samples.min(self.max_samples),
            ..self
        }
    }
}

/// Whether calls may be timed in batches, or each call needs its own untimed set-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Batching {
    Auto,
    One,
}

/// Nanoseconds per call over `k` calls of `f`.
pub fn per_call(k: usize, mut f: impl FnMut()) -> f64 {
    let start = Instant::now();
    for _ in 0..k {
        f();
    }
    start.elapsed().as_nanos() as f64 / k as f64
}

/// Nanoseconds of one run of `f`.
pub fn once(f: impl FnOnce()) -> f64 {
    let start = Instant::now();
    f();
    start.elapsed().as_nanos() as f64
}

/// Runs `ours` and `raw` alternately. Each closure gets its batch size `k` and returns
/// nanoseconds per call (closures that need set-up per call time themselves and are
/// called with `k == 1` under `Batching::One`).
pub fn compare(
    budget: Budget,
    batching: Batching,
    mut ours: impl FnMut(usize) -> f64,
    mut raw: impl FnMut(usize) -> f64,
) -> Compared {
    // Warm-up: caches, statement caches, lazily built tables.
    let mut first_ours = ours(1);
    let mut first_raw = raw(1);
    for _ in 1..budget.warmup {
        first_ours = first_ours.min(ours(1));
        first_raw = first_raw.min(raw(1));
    }
    let batch = |first: f64| match batching {
        Batching::One => 1,
        Batching::Auto => ((budget.sample_ns / first.max(1.0)).floor() as usize).clamp(1, 100_000),
    };
    let (ko, kr) = (batch(first_ours), batch(first_raw));
    let per_pair = (first_ours * ko as f64 + first_raw * kr as f64).max(1.0);
    let samples = ((budget.seconds * 1e9 / per_pair) as usize)
        .clamp(budget.min_samples, budget.max_samples)
        .max(1);
    let mut o = Vec::with_capacity(samples);
    let mut r = Vec::with_capacity(samples);
    for i in 0..samples {
        if i % 2 == 0 {
            o.push(ours(ko));
            r.push(raw(kr));
        } else {
            r.push(raw(kr));
            o.push(ours(ko));
        }
    }
    Compared::new(o, r, ko, kr)
}

/// Human units for nanoseconds.
pub fn fmt_ns(ns: f64) -> String {
    if ns < 1_000.0 {
        format!("{ns:.0} ns")
    } else if ns < 1_000_000.0 {
        format!("{:.1} µs", ns / 1e3)
    } else if ns < 1_000_000_000.0 {
        format!("{:.2} ms", ns / 1e6)
    } else {
        format!("{:.2} s", ns / 1e9)
    }
}

pub fn fmt_count(n: f64) -> String {
    let digits = format!("{:.0}", n.max(0.0));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Decimal units: 1 MB = 1,000,000 bytes.
pub fn fmt_bytes(bytes: u64) -> String {
    if bytes >= 1_000_000 {
        format!("{:.2} MB", bytes as f64 / 1e6)
    } else {
        format!("{:.1} kB", bytes as f64 / 1e3)
    }
}
