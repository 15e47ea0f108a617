//! Sharing with the other parent's phone: sealed bundles, no server. The app moves the
//! bytes itself (share sheet, AirDrop, a message, a file); see bindings/README.md,
//! "Share with partner".

use hechting_core::ImportReport;

use crate::error::Result;
use crate::Core;

#[uniffi::export]
impl Core {
    /// Sets the pairing code the parents chose together, once, on each phone: 8 to 128
    /// characters; case and extra spaces do not count. Bundles open only with the same
    /// code. Errors: `InvalidInput` with field `pairing_code` (`PairingCodeTooShort`,
    /// `PairingCodeTooLong`, `PairingCodeInvalidCharacters`), storage.
    pub fn set_pairing_code(&self, code: String) -> Result<()> {
        self.inner.set_pairing_code(&code)
    }

    /// Forgets the pairing code; sharing needs a new one. Errors: storage.
    pub fn forget_pairing_code(&self) -> Result<()> {
        self.inner.forget_pairing_code()
    }

    /// Whether a pairing code is set (to show "share with partner" or its setup).
    /// Errors: storage.
    pub fn has_pairing_code(&self) -> Result<bool> {
        self.inner.has_pairing_code()
    }

    /// A sealed bundle of what changed since the other phone last had everything (the
    /// whole journal the first time): a day of moments is about 1 kB. Hand the bytes to
    /// the share sheet as a `.hechting` file. Writes nothing.
    /// Errors: `InvalidInput` with field `pairing_code` (`PairingCodeMissing`), storage.
    pub fn share_bundle(&self) -> Result<Vec<u8>> {
        self.inner.share_bundle()
    }

    /// Merges a bundle from the other phone, all of it or nothing; the same bundle
    /// twice, or an old one after a newer, changes nothing.
    /// Errors, each with nothing changed: `InvalidInput` with field `pairing_code`
    /// (`PairingCodeMissing`) or field `bundle`: `ShareNotOpened` (another pairing code,
    /// or the file was changed on the way), `ShareFormatUnsupported` (made by a newer
    /// version of the app: update), `ShareInvalid` (not a bundle), `ShareTooLarge`,
    /// `ShareOwnBundle` (made on this phone); storage.
    pub fn receive_bundle(&self, bundle: Vec<u8>) -> Result<ImportReport> {
        self.inner.receive_bundle(&bundle)
    }
}
