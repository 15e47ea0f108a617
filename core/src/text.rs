//! Checks on text a parent types: names, caregivers, notes, ids.

use crate::error::{ErrorCode, invalid, Result};

/// Characters that reorder how text around them is shown. In a short label they can
/// only disguise it, so labels refuse them; notes keep them (an Arabic note may need
/// marks).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A one-line label (a child's name, a caregiver): trimmed, at most `max` characters,
/// no control characters. `None` when empty after trimming.
pub fn label(field: &'static str, text: &str, max: usize) -> Result<Option<String>> {
    Ok(label_str(field, text, max)?.map(str::to_owned))
}

/// `label` without a copy: the trimmed text, borrowed.
pub fn label_str<'a>(field: &'static str, text: &'a str, max: usize) -> Result<Option<&'a str>> {
    let (too_long, bad_chars) = match field {
        "name" => (ErrorCode::NameTooLong, ErrorCode::NameInvalidCharacters),
        _ => (ErrorCode::CaregiverTooLong, ErrorCode::CaregiverInvalidCharacters),
    };
    let trimmed = text.trim();
    if trimmed
        .chars()
        .any(|c| c.is_control() || is_bidi_control(c))
    {
        return Err(invalid(field, bad_chars));
    }
    if longer_than(trimmed, max) {
        return Err(invalid(field, too_long));
    }
    Ok((!trimmed.is_empty()).then_some(trimmed))
}

/// Whether `text` has more than `max` characters; a text of at most `max` bytes
/// cannot, so only longer ones are counted.
fn longer_than(text: &str, max: usize) -> bool {
    text.len() > max && text.chars().count() > max
}

pub const NOTE_MAX: usize = 4_000;

/// A note: trailing and leading blank space dropped, at most NOTE_MAX characters, line
/// breaks and tabs allowed but no other control characters. `None` when empty.
pub fn note(text: Option<&str>) -> Result<Option<&str>> {
    let Some(text) = text else { return Ok(None) };
    let trimmed = text.trim();
    if trimmed
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(invalid("note", ErrorCode::NoteInvalidCharacters));
    }
    if longer_than(trimmed, NOTE_MAX) {
        return Err(invalid("note", ErrorCode::NoteTooLong));
    }
    Ok((!trimmed.is_empty()).then_some(trimmed))
}

/// The search form of a text, applied alike to what is indexed and to what is typed,
/// so that a word matches however each shipped language writes it. The full-text
/// tokenizer then lowercases and drops Latin diacritics (é, ş, ü); this folds what it
/// leaves apart:
/// - Turkish: İ, I, ı and i are one letter (a phone keyboard gives any of them);
/// - German: ß and ẞ are ss;
/// - Arabic: harakat, tanwin, shadda, sukun, the dagger alef and tatweel are dropped;
///   أ إ آ ٱ are ا, ى is ي, ة is ه.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'İ' | 'I' | 'ı' => out.push('i'),
            'ß' | 'ẞ' => out.push_str("ss"),
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' => out.push('ي'),
            'ة' => out.push('ه'),
            _ => out.push(c),
        }
    }
    out
}

/// A tip id as a file may carry it: kebab-case ASCII, at most TIP_ID_MAX bytes. Ids the
/// catalog does not know (a newer catalog on the other parent's phone) pass.
pub const TIP_ID_MAX: usize = 100;

pub fn check_tip_id(field: &'static str, id: &str) -> Result<()> {
    let kebab = !id.is_empty()
        && id.len() <= TIP_ID_MAX
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
    if !kebab {
        return Err(invalid(field, ErrorCode::TipIdInvalid));
    }
    Ok(())
}

/// Ids are UUIDs; anything else cannot name a row.
pub fn check_id(field: &'static str, id: &str) -> Result<()> {
    uuid::Uuid::try_parse(id)
        .map(|_| ())
        .map_err(|_| invalid(field, ErrorCode::IdInvalid))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        assert_eq!(
            label("name", "  Noor ", 80).ok().flatten().as_deref(),
            Some("Noor")
        );
        assert!(label("name", "   ", 80).ok().flatten().is_none());
        assert!(label("name", &"a".repeat(80), 80).is_ok());
        assert!(label("name", &"a".repeat(81), 80).is_err());
        // 80 Arabic letters are 80 characters, not 160 bytes.
        assert!(label("name", &"ن".repeat(80), 80).is_ok());
        assert!(label("name", "No\0or", 80).is_err());
        assert!(label("name", "\u{202E}rooN", 80).is_err());
    }

    #[test]
    fn folding_per_language() {
        // Arabic: harakat and tanwin, shadda, tatweel, hamza seats, alef maqsura, ta marbuta.
        assert_eq!(fold("مَرْحَبًا"), fold("مرحبا"));
        assert_eq!(fold("شـــكرا"), fold("شكرا"));
        assert_eq!(fold("أمّي"), fold("امي"));
        assert_eq!(fold("إبن"), "ابن");
        assert_eq!(fold("آمنة"), "امنه");
        assert_eq!(fold("مستشفى"), "مستشفي");
        // Turkish and German.
        assert_eq!(fold("İSTANBUL"), "iSTANBUL");
        assert_eq!(fold("ılık"), "ilik");
        assert_eq!(fold("Straße"), "Strasse");
        // Everything else stays.
        assert_eq!(fold("Noor knuffelt 3x"), "Noor knuffelt 3x");
    }

    #[test]
    fn tip_ids() {
        assert!(check_tip_id("tip_id", "skin-to-skin-every-carer").is_ok());
        assert!(check_tip_id("tip_id", "tip-from-a-newer-catalog-2").is_ok());
        for bad in [
            "",
            "Tip",
            "a--b",
            "-a",
            "a b",
            "a\0b",
            "a\u{7}",
            &"a".repeat(101),
        ] {
            assert!(check_tip_id("tip_id", bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn notes() {
        assert!(note(Some("regel 1\nregel 2\tx")).is_ok());
        assert!(note(Some("a\0b")).is_err());
        assert_eq!(note(Some("  ")).ok().flatten(), None);
        assert!(note(Some(&"é".repeat(4_000))).is_ok());
        assert!(note(Some(&"é".repeat(4_001))).is_err());
    }
}
