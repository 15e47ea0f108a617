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

/// A log's header, checked: 32 bytes at its start.
struct Header {
    big_endian: bool,
    page_size: usize,
    salts: (u32, u32),
    checksum: (u32, u32),
}

fn be32(b: &[u8], i: usize) -> u32 {
    u32::from_be_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]])
}

fn header(head: &[u8]) -> Result<Header> {
    let damaged = || Error::Corrupt("write-ahead log header damaged".into());
    if head.len() < 32 {
        return Err(damaged());
    }
    let magic = be32(head, 0);
    if magic != 0x377f_0682 && magic != 0x377f_0683 {
        return Err(damaged());
    }
    let big_endian = magic & 1 == 1;
    let checksum = wal_checksum(&head[..24], big_endian, 0, 0);
    let page_size = be32(head, 8) as usize;
    if checksum != (be32(head, 24), be32(head, 28)) || !(512..=65_536).contains(&page_size) {
        return Err(damaged());
    }
    Ok(Header {
        big_endian,
        page_size,
        salts: (be32(head, 16), be32(head, 20)),
        checksum,
    })
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
    let Header {
        big_endian,
        page_size,
        salts: (salt1, salt2),
        checksum: (mut s0, mut s1),
    } = header(&bytes)?;
    let mut broken = false;
    let mut frames = false;
    let mut at = 32;
    while at + 24 + page_size <= bytes.len() {
        let frame = &bytes[at..at + 24 + page_size];
        let f = |i: usize| be32(frame, i);
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

/// The log's header, checked, and whether its first frame belongs to it: a cheap
/// "the log holds frames" that reads 56 bytes, not the whole log.
pub fn has_frames(wal: &Path) -> Result<bool> {
    use std::io::Read;
    let Ok(mut file) = std::fs::File::open(wal) else {
        return Ok(false);
    };
    let mut head = [0u8; 56];
    let mut got = 0;
    while got < head.len() {
        match file.read(&mut head[got..])? {
            0 => break,
            n => got += n,
        }
    }
    if got < 32 {
        return Ok(false);
    }
    let salts = header(&head[..got])?.salts;
    Ok(got == 56 && (be32(&head, 40), be32(&head, 44)) == salts)
}

/// Whether the shared index (`-shm`) a process left behind accounts for every frame of
/// the log's current generation: same salts as the log's header, and the frame after
/// the last one it counts is absent or left over from an earlier generation (other
/// salts; SQLite reuses the file from its start). SQLite then trusts that index, no
/// frame after a damaged one can be dropped, and the full `check` is not needed.
/// Anything unclear answers `false`.
pub fn index_covers_log(wal: &Path, shm: &Path) -> bool {
    use std::io::{Read, Seek, SeekFrom};
    let (Ok(mut log), Ok(mut index_file)) = (std::fs::File::open(wal), std::fs::File::open(shm))
    else {
        return false;
    };
    let mut index = [0u8; 96];
    let mut head = [0u8; 32];
    if index_file.read_exact(&mut index).is_err() || log.read_exact(&mut head).is_err() {
        return false;
    }
    // The wal-index header, twice (SQLite writes both copies alike), native byte
    // order: isInit at 12, the page size at 14, mxFrame at 16, the salts (copied from
    // the log's header as they are) at 32.
    let (first, second) = (&index[..48], &index[48..96]);
    if first != second || first[12] != 1 || first[32..40] != head[16..24] {
        return false;
    }
    let page_size = match u16::from_ne_bytes([first[14], first[15]]) {
        1 => 65_536u64,
        n => u64::from(n),
    };
    if page_size < 512 {
        return false;
    }
    let max_frame = u64::from(u32::from_ne_bytes([first[16], first[17], first[18], first[19]]));
    let Ok(len) = log.metadata().map(|m| m.len()) else {
        return false;
    };
    let next = 32 + max_frame * (page_size + 24);
    if len < next + 24 {
        return true;
    }
    let mut frame = [0u8; 24];
    if log.seek(SeekFrom::Start(next)).is_err() || log.read_exact(&mut frame).is_err() {
        return false;
    }
    frame[8..16] != head[16..24]
}
