//! Sharing with the other parent's phone: sealed bundles, no server. The app moves the
//! bytes itself (share sheet, AirDrop, a message, a file); see bindings/README.md,
//! "Share with partner".

use hechting_core as hc;

use crate::error::Result;
use crate::Core;

/// What receiving a bundle did, counted in rows (children, moments, tip answers,
/// settings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct ShareReport {
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
}

impl From<hc::ShareReport> for ShareReport {
    fn from(r: hc::ShareReport) -> Self {
        ShareReport {
            added: r.added,
            updated: r.updated,
            unchanged: r.unchanged,
        }
    }
}

#[uniffi::export]
impl Core {
    /// Sets the pairing code the parents chose together, once, on each phone: 8 to 128
    /// characters; case and extra spaces do not count. Bundles open only with the same
    /// code. Errors: `InvalidInput` with field `pairing_code` (`pairing-code-too-short`,
    /// `pairing-code-too-long`, `pairing-code-invalid-characters`).
    pub fn set_pairing_code(&self, code: String) -> Result<()> {
        Ok(self.inner.set_pairing_code(&code)?)
    }

    /// Forgets the pairing code; sharing needs a new one.
    pub fn forget_pairing_code(&self) -> Result<()> {
        Ok(self.inner.forget_pairing_code()?)
    }

    /// Whether a pairing code is set (to show "share with partner" or its setup).
    pub fn has_pairing_code(&self) -> Result<bool> {
        Ok(self.inner.has_pairing_code()?)
    }

    /// A sealed bundle of what changed since the other phone last had everything (the
    /// whole journal the first time): a day of moments is about 1 kB. Hand the bytes to
    /// the share sheet as a `.hechting` file. Writes nothing.
    /// Errors: `InvalidInput` with field `pairing_code` (`pairing-code-missing`).
    pub fn share_bundle(&self) -> Result<Vec<u8>> {
        Ok(self.inner.share_bundle()?)
    }

    /// Merges a bundle from the other phone, all of it or nothing; the same bundle
    /// twice, or an old one after a newer, changes nothing.
    /// Errors, each with nothing changed: `InvalidInput` with field `pairing_code`
    /// (`pairing-code-missing`) or field `bundle`: `share-not-opened` (another pairing
    /// code, or the file was changed on the way), `share-format-unsupported` (made by
    /// a newer version of the app: update), `share-invalid` (not a bundle),
    /// `share-too-large`, `share-own-bundle` (made on this phone).
    pub fn receive_bundle(&self, bundle: Vec<u8>) -> Result<ShareReport> {
        Ok(self.inner.receive_bundle(&bundle)?.into())
    }
}
