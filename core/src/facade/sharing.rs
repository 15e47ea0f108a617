//! The facade's calls for sharing with a partner's phone: the pairing code, making a
//! sealed bundle, taking one in (`share` has the rules).

use crate::backup::ImportReport;
use crate::error::{invalid, ApiResult, ErrorCode};
use crate::share::{bundle, changes};
use crate::Core;

impl Core {
    /// Sets the pairing code both parents chose, once, on each phone. Case and extra
    /// spaces do not count. Errors: `InvalidInput` (`pairing_code`:
    /// `pairing-code-too-short`, `pairing-code-too-long`,
    /// `pairing-code-invalid-characters`).
    pub fn set_pairing_code(&self, code: &str) -> ApiResult<()> {
        let code = bundle::normalize_code(code)?;
        let salt: bundle::Salt = bundle::random()?;
        self.write(|tx| changes::set_pairing(tx, &code, &salt))
    }

    /// Forgets the pairing code: nothing can be shared or received until one is set.
    pub fn forget_pairing_code(&self) -> ApiResult<()> {
        self.write(|tx| changes::forget_pairing(tx))
    }

    /// Whether a pairing code is set.
    pub fn has_pairing_code(&self) -> ApiResult<bool> {
        Ok(self.read(changes::pairing)?.is_some())
    }

    /// A sealed bundle of what changed since the partner last had everything (the whole
    /// journal the first time), for the app to hand to the share sheet. Writes nothing.
    /// Errors: `InvalidInput` (`pairing_code`: `pairing-code-missing`).
    pub fn share_bundle(&self) -> ApiResult<Vec<u8>> {
        let (pairing, payload) = self.read(|c| {
            // One snapshot: the clock and the rows it stamped.
            let tx = c.unchecked_transaction()?;
            let pairing = changes::pairing(&tx)?;
            let payload = match pairing {
                Some(_) => Some(changes::collect(&tx)?),
                None => None,
            };
            Ok((pairing, payload))
        })?;
        let (Some(pairing), Some(payload)) = (pairing, payload) else {
            return Err(invalid("pairing_code", ErrorCode::PairingCodeMissing).into());
        };
        let key = self.share_keys.get(&pairing.code, &pairing.salt)?;
        let plain = bundle::encode(&payload)?;
        Ok(bundle::seal(&key, &pairing.salt, &plain)?)
    }

    /// Merges a partner's bundle, all of it or nothing. The same bundle twice, or an
    /// older one after a newer, changes nothing.
    /// Errors, each with nothing changed: `InvalidInput` with field `pairing_code`
    /// (`pairing-code-missing`) or `bundle`: `share-not-opened` (another pairing code,
    /// or the bundle was changed on the way), `share-format-unsupported` (made by a
    /// newer app), `share-invalid` (not a bundle), `share-too-large`,
    /// `share-own-bundle` (made by this journal).
    pub fn receive_bundle(&self, bytes: &[u8]) -> ApiResult<ImportReport> {
        let sealed = bundle::Sealed::parse(bytes)?;
        let pairing = self
            .read(changes::pairing)?
            .ok_or_else(|| invalid("pairing_code", ErrorCode::PairingCodeMissing))?;
        let key = self.share_keys.get(&pairing.code, &sealed.salt)?;
        let payload = bundle::decode(&sealed.open(&key)?)?;
        changes::check(&payload)?;
        self.write(|tx| changes::receive(tx, &payload))
    }
}
