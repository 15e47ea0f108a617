//! Reading a write-ahead log's own checksums: SQLite silently drops the committed
//! frames that follow a damaged one, so damage there is found before SQLite opens the
//! file (only while this process holds the journal alone: the log is still then).

use std::path::Path;

use crate::error::{Error, Result};

/// SQLite's WAL checksum over `data` (a multiple of 8 bytes), continuing from (s0, s1).
fn wal_checksum(data: &[u8], big_endian: bool, s0: u32, s1: u32) -> (u32, u32) {
    // One loop per byte order, so the order is not tested for every word.
    if big_endian {
        sum_words(data, u32::from_be_bytes, s0, s1)
    } else {
        sum_words(data, u32::from_le_bytes, s0, s1)
    }
}

#[inline(always)]
fn sum_words(data: &[u8], word: impl Fn([u8; 4]) -> u32, mut s0: u32, mut s1: u32) -> (u32, u32) {
    for pair in data.chunks_exact(8) {
        let a = word([pair[0], pair[1], pair[2], pair[3]]);
        let b = word([pair[4], pair[5], pair[6], pair[7]]);
        s0 = s0.wrapping_add(a).wrapping_add(s1);
        s1 = s1.wrapping_add(b).wrapping_add(s0);
    }
    (s0, s1)
}

/// A WAL is damaged when its header is broken, or when a committed frame comes after
/// a frame whose checksum fails (a torn last write only breaks frames after the last
/// commit, which SQLite rightly drops). `Ok(true)` when it holds frames SQLite will
/// replay.
pub fn check(wal: &Path) -> Result<bool> {
    let Ok(bytes) = std::fs::read(wal) else {
        return Ok(false);
    };
    if bytes.len() < 32 {
        return Ok(false);
    }
    let be = |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    let magic = be(0);
    if magic != 0x377f_0682 && magic != 0x377f_0683 {
        return Err(Error::Corrupt("write-ahead log header damaged".into()));
    }
    let big_endian = magic & 1 == 1;
    let (c0, c1) = wal_checksum(&bytes[..24], big_endian, 0, 0);
    if (c0, c1) != (be(24), be(28)) {
        return Err(Error::Corrupt("write-ahead log header damaged".into()));
    }
    let page_size = be(8) as usize;
    if !(512..=65_536).contains(&page_size) {
        return Err(Error::Corrupt("write-ahead log header damaged".into()));
    }
    let (salt1, salt2) = (be(16), be(20));
    let (mut s0, mut s1) = (c0, c1);
    let mut broken = false;
    let mut frames = false;
    let mut at = 32;
    while at + 24 + page_size <= bytes.len() {
        let frame = &bytes[at..at + 24 + page_size];
        let f = |i: usize| u32::from_be_bytes([frame[i], frame[i + 1], frame[i + 2], frame[i + 3]]);
        if (f(8), f(12)) != (salt1, salt2) {
            break; // Leftovers of an earlier log generation.
        }
        if !broken {
            let (a, b) = wal_checksum(&frame[..8], big_endian, s0, s1);
            let (a, b) = wal_checksum(&frame[24..], big_endian, a, b);
            if (a, b) == (f(16), f(20)) {
                (s0, s1) = (a, b);
                frames = true;
            } else {
                broken = true;
            }
        } else if f(4) != 0 {
            return Err(Error::Corrupt(
                "write-ahead log damaged before a commit".into(),
            ));
        }
        at += 24 + page_size;
    }
    Ok(frames)
}
