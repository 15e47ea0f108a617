//! The bundle format, version 1:
//!
//! ```text
//! offset  size  what
//!      0     4  magic "HCHB"
//!      4     1  format version (1)
//!      5    16  salt: the sender's, for Argon2id over the pairing code
//!     21    24  nonce: random for every bundle
//!     45     …  XChaCha20-Poly1305 of the deflated JSON payload, with its 16-byte tag;
//!               bytes 0..45 are the associated data
//! ```
//!
//! Version 1 fixes the rest: Argon2id version 0x13 with 19 MiB, 2 passes, 1 lane and a
//! 32-byte key; raw deflate; the JSON of `Payload`. Anything else is a new version.

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload as Aad};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};

use super::Payload;
use crate::backup::IMPORT_MAX_BYTES;
use crate::error::{invalid, Error, ErrorCode, Result};

pub const MAGIC: [u8; 4] = *b"HCHB";
/// The format this build writes and reads.
pub const FORMAT: u8 = 1;
const SALT_LEN: usize = 16;
const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;
pub const HEADER_LEN: usize = MAGIC.len() + 1 + SALT_LEN + NONCE_LEN;
/// Larger bundles are refused unread: ten years of journal stay far below this.
pub const BUNDLE_MAX_BYTES: usize = 32 * 1024 * 1024;
/// Deflate level: bundles are small, the best compression costs nothing noticeable.
const DEFLATE_LEVEL: u8 = 9;

/// Argon2id's cost: the OWASP recommendation (19 MiB, 2 passes, 1 lane).
const ARGON2_M_KIB: u32 = 19 * 1024;
const ARGON2_PASSES: u32 = 2;
const ARGON2_LANES: u32 = 1;

/// A pairing code has at least this many characters (after trimming)...
pub const PAIRING_CODE_MIN: usize = 8;
/// ...and at most this many.
pub const PAIRING_CODE_MAX: usize = 128;

pub type Salt = [u8; SALT_LEN];
pub type Key = [u8; 32];

fn share_error(code: ErrorCode) -> Error {
    invalid("bundle", code)
}

/// The pairing code as both phones must agree on it: trimmed, runs of spaces as one,
/// in lower case (a phone keyboard capitalizes the first letter on its own).
/// Errors (`pairing_code`): too short (empty included), too long, control characters.
pub fn normalize_code(code: &str) -> Result<String> {
    let field = "pairing_code";
    if code.chars().any(char::is_control) {
        return Err(invalid(field, ErrorCode::PairingCodeInvalidCharacters));
    }
    let code = code.split_whitespace().collect::<Vec<_>>().join(" ");
    let code = code.to_lowercase();
    let n = code.chars().count();
    if n < PAIRING_CODE_MIN {
        return Err(invalid(field, ErrorCode::PairingCodeTooShort));
    }
    if n > PAIRING_CODE_MAX {
        return Err(invalid(field, ErrorCode::PairingCodeTooLong));
    }
    Ok(code)
}

/// Random bytes from the operating system.
pub fn random<const N: usize>() -> Result<[u8; N]> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes)
        .map_err(|e| Error::Io(std::io::Error::other(format!("no randomness: {e}"))))?;
    Ok(bytes)
}

/// The key for a (normalized) pairing code and a salt: Argon2id.
pub fn derive_key(code: &str, salt: &Salt) -> Result<Key> {
    let failed = |e: argon2::Error| Error::Io(std::io::Error::other(format!("argon2: {e}")));
    let params = Params::new(ARGON2_M_KIB, ARGON2_PASSES, ARGON2_LANES, Some(32)).map_err(failed)?;
    let mut key = [0u8; 32];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(code.as_bytes(), salt, &mut key)
        .map_err(failed)?;
    Ok(key)
}

/// The payload as compressed bytes.
pub fn encode(payload: &Payload) -> Result<Vec<u8>> {
    let json = serde_json::to_vec(payload)
        .map_err(|e| Error::Io(std::io::Error::other(format!("serialize: {:?}", e.classify()))))?;
    Ok(deflate(&json))
}

/// Raw deflate, as bundles carry their payload.
pub fn deflate(bytes: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(bytes, DEFLATE_LEVEL)
}

/// The payload from opened bytes. The sender had the pairing code, yet what it sent is
/// still checked like any file: a size limit, then strict JSON.
pub fn decode(bytes: &[u8]) -> Result<Payload> {
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(bytes, IMPORT_MAX_BYTES)
        .map_err(|e| {
            log::warn!("bundle refused: inflate: {:?}", e.status);
            share_error(ErrorCode::ShareInvalid)
        })?;
    serde_json::from_slice(&json).map_err(|e| {
        log::warn!(
            "bundle refused: line {} column {} ({:?})",
            e.line(),
            e.column(),
            e.classify()
        );
        share_error(ErrorCode::ShareInvalid)
    })
}

/// Seals `plain` with `key`; `salt` goes into the header for the receiver.
pub fn seal(key: &Key, salt: &Salt, plain: &[u8]) -> Result<Vec<u8>> {
    let nonce: [u8; NONCE_LEN] = random()?;
    let mut out = Vec::with_capacity(HEADER_LEN + plain.len() + TAG_LEN);
    out.extend_from_slice(&MAGIC);
    out.push(FORMAT);
    out.extend_from_slice(salt);
    out.extend_from_slice(&nonce);
    let cipher = XChaCha20Poly1305::new(&(*key).into());
    let sealed = cipher
        .encrypt(
            &XNonce::from(nonce),
            Aad {
                msg: plain,
                aad: &out,
            },
        )
        .map_err(|_| Error::Io(std::io::Error::other("sealing failed")))?;
    out.extend_from_slice(&sealed);
    Ok(out)
}

/// A bundle whose header was read; `open` checks the rest.
pub struct Sealed<'a> {
    pub salt: Salt,
    nonce: [u8; NONCE_LEN],
    header: &'a [u8],
    body: &'a [u8],
}

impl<'a> Sealed<'a> {
    /// Reads the header. Errors (`bundle`): `share-too-large`, `share-invalid` (not a
    /// bundle, or cut short), `share-format-unsupported` (made by a newer app).
    pub fn parse(bytes: &'a [u8]) -> Result<Sealed<'a>> {
        if bytes.len() > BUNDLE_MAX_BYTES {
            return Err(share_error(ErrorCode::ShareTooLarge));
        }
        if bytes.get(..MAGIC.len()) != Some(&MAGIC[..]) {
            return Err(share_error(ErrorCode::ShareInvalid));
        }
        match bytes.get(MAGIC.len()) {
            Some(&FORMAT) => {}
            Some(&v) if v > FORMAT => return Err(share_error(ErrorCode::ShareFormatUnsupported)),
            _ => return Err(share_error(ErrorCode::ShareInvalid)),
        }
        if bytes.len() < HEADER_LEN + TAG_LEN {
            return Err(share_error(ErrorCode::ShareInvalid));
        }
        let (header, body) = bytes.split_at(HEADER_LEN);
        let mut salt = [0u8; SALT_LEN];
        salt.copy_from_slice(&header[MAGIC.len() + 1..MAGIC.len() + 1 + SALT_LEN]);
        let mut nonce = [0u8; NONCE_LEN];
        nonce.copy_from_slice(&header[MAGIC.len() + 1 + SALT_LEN..]);
        Ok(Sealed {
            salt,
            nonce,
            header,
            body,
        })
    }

    /// The plain bytes. A wrong pairing code and a changed byte fail alike:
    /// `share-not-opened`.
    pub fn open(&self, key: &Key) -> Result<Vec<u8>> {
        XChaCha20Poly1305::new(&(*key).into())
            .decrypt(
                &XNonce::from(self.nonce),
                Aad {
                    msg: self.body,
                    aad: self.header,
                },
            )
            .map_err(|_| share_error(ErrorCode::ShareNotOpened))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_normalized_and_checked() {
        assert_eq!(
            normalize_code("  Appel  Boom 42 ").ok().as_deref(),
            Some("appel boom 42")
        );
        let code = |c: &str| match normalize_code(c) {
            Err(Error::Invalid { field, code }) => format!("{field}:{code}"),
            other => format!("{other:?}"),
        };
        assert_eq!(code(""), "pairing_code:pairing-code-too-short");
        assert_eq!(code("  short  "), "pairing_code:pairing-code-too-short");
        assert_eq!(code(&"x".repeat(129)), "pairing_code:pairing-code-too-long");
        assert_eq!(code("appel\u{7}boom42"), "pairing_code:pairing-code-invalid-characters");
        assert!(normalize_code(&"ü".repeat(128)).is_ok());
    }

    #[test]
    fn seal_and_open() {
        let salt = [7u8; SALT_LEN];
        let key = [1u8; 32];
        let bundle = seal(&key, &salt, b"hello").expect("seal");
        assert_eq!(bundle.len(), HEADER_LEN + 5 + TAG_LEN);
        let sealed = Sealed::parse(&bundle).expect("parse");
        assert_eq!(sealed.salt, salt);
        assert_eq!(sealed.open(&key).expect("open"), b"hello");
        assert!(sealed.open(&[2u8; 32]).is_err(), "another key");
        // Every byte is covered: the header as associated data, the rest by the tag.
        for i in 0..bundle.len() {
            let mut bad = bundle.clone();
            bad[i] ^= 0x01;
            let opened = Sealed::parse(&bad).and_then(|s| s.open(&key));
            assert!(opened.is_err(), "byte {i} changed yet opened");
        }
        let mut newer = bundle.clone();
        newer[4] = FORMAT + 1;
        assert!(matches!(
            Sealed::parse(&newer),
            Err(Error::Invalid {
                code: ErrorCode::ShareFormatUnsupported,
                ..
            })
        ));
        for short in [&bundle[..3], &bundle[..HEADER_LEN + 3], &[][..]] {
            assert!(matches!(
                Sealed::parse(short),
                Err(Error::Invalid {
                    code: ErrorCode::ShareInvalid,
                    ..
                })
            ));
        }
    }

    #[test]
    fn keys_depend_on_code_and_salt() {
        // The same code and salt give the same key on every phone, a different salt
        // another key.
        let a = derive_key("appel boom 42", &[0u8; SALT_LEN]).expect("key");
        let b = derive_key("appel boom 42", &[0u8; SALT_LEN]).expect("key");
        let c = derive_key("appel boom 42", &[1u8; SALT_LEN]).expect("key");
        assert_eq!(a, b);
        assert_ne!(a, c);
    }
}
