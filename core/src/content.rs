//! The embedded assets and i18n files (see build.rs), and the tips' texts compiled
//! from `i18n/<locale>/tips.ftl`. Deflated ones are inflated on first use and kept
//! for the life of the process.

use std::sync::OnceLock;

/// How build.rs stored a file.
enum Stored {
    Plain(&'static str),
    Deflated(&'static [u8]),
}

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

pub(crate) use embedded::TipRow;
/// `assets/articles.toml` as rows: (id, order, theme, from_day, to_day).
pub(crate) use embedded::ARTICLES as ARTICLE_ROWS;
/// `i18n/locales.toml` as rows: (tag, native_name, direction, source, reviewed).
pub(crate) use embedded::LOCALES as LOCALE_ROWS;
/// `assets/tips.toml`'s retired ids as rows: (id, replaced_by).
pub(crate) use embedded::RETIRED_TIPS as RETIRED_TIP_ROWS;
/// `assets/tips.toml` as rows (`TipRow`: id, from_day, to_day, theme, concept,
/// priority, show_by_day, born_early).
pub(crate) use embedded::TIPS as TIP_ROWS;

/// Inflates `packed` once; the text lives as long as the process.
fn inflate(what: &str, packed: &[u8]) -> Option<&'static str> {
    let bytes = miniz_oxide::inflate::decompress_to_vec(packed)
        .map_err(|e| log::error!("{what}: cannot inflate: {e:?}"))
        .ok()?;
    let text = String::from_utf8(bytes).ok()?;
    Some(&*Box::leak(text.into_boxed_str()))
}

#[cfg(any(test, feature = "test-hooks"))]
/// Every deflated block of tip texts, for checking that a built library carries them.
pub fn tip_blocks() -> impl Iterator<Item = &'static [u8]> {
    embedded::TIP_TEXTS
        .iter()
        .flat_map(|(_, blocks)| blocks.iter().copied())
}

#[cfg(any(test, feature = "test-hooks"))]
/// The bytes of content the library carries: every embedded file as stored (deflated
/// or plain) and every block of tip texts. For the size benchmark.
pub fn embedded_bytes() -> usize {
    let files: usize = embedded::FILES
        .iter()
        .map(|(_, stored)| match stored {
            Stored::Plain(text) => text.len(),
            Stored::Deflated(packed) => packed.len(),
        })
        .sum();
    let tips: usize = embedded::TIP_TEXTS
        .iter()
        .flat_map(|(_, blocks)| blocks.iter())
        .map(|b| b.len())
        .sum();
    files + tips
}

/// The ids of every tip that has texts, sorted (the source locale's tips).
pub fn tip_ids() -> &'static [&'static str] {
    embedded::TIP_IDS
}

/// A tip's title and body in `locale`; `None` when that locale lacks the tip or the
/// id is unknown. Only the block of 32 tips that holds it is inflated (once).
pub fn tip_text(locale: &str, id: &str) -> Option<(&'static str, &'static str)> {
    type Block = Option<Vec<(&'static str, &'static str)>>;
    static INFLATED: OnceLock<Vec<Vec<OnceLock<Block>>>> = OnceLock::new();
    let place = embedded::TIP_IDS.binary_search(&id).ok()?;
    let (n, blocks) = embedded::TIP_TEXTS
        .iter()
        .enumerate()
        .find_map(|(n, (tag, blocks))| (*tag == locale).then_some((n, blocks)))?;
    let slots = INFLATED.get_or_init(|| {
        embedded::TIP_TEXTS
            .iter()
            .map(|(_, blocks)| blocks.iter().map(|_| OnceLock::new()).collect())
            .collect()
    });
    let b = place / embedded::TIP_BLOCK;
    let block = slots.get(n)?.get(b)?.get_or_init(|| {
        let text = inflate(locale, blocks.get(b)?)?;
        // `title US body RS` per tip; a tip the locale lacks is an empty entry.
        Some(
            text.split_terminator('\u{1e}')
                .map(|entry| entry.split_once('\u{1f}').unwrap_or(("", "")))
                .collect(),
        )
    });
    let &(title, body) = block.as_ref()?.get(place % embedded::TIP_BLOCK)?;
    (!title.is_empty()).then_some((title, body))
}

fn text(index: usize) -> Option<&'static str> {
    static INFLATED: OnceLock<Vec<OnceLock<Option<&'static str>>>> = OnceLock::new();
    let (path, stored) = embedded::FILES.get(index)?;
    match stored {
        Stored::Plain(text) => Some(text),
        Stored::Deflated(packed) => {
            let slots =
                INFLATED.get_or_init(|| embedded::FILES.iter().map(|_| OnceLock::new()).collect());
            *slots.get(index)?.get_or_init(|| inflate(path, packed))
        }
    }
}

/// The text of an embedded file, by its path from the project root
/// (`assets/tips.toml`, `i18n/nl/app.ftl`).
pub fn file(path: &str) -> Option<&'static str> {
    let index = embedded::FILES.iter().position(|(p, _)| *p == path)?;
    text(index)
}

/// Every embedded file whose path starts with `prefix`, in path order.
pub fn files_under(prefix: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    embedded::FILES
        .iter()
        .enumerate()
        .filter(move |(_, (p, _))| p.starts_with(prefix))
        .filter_map(|(i, (p, _))| Some((*p, text(i)?)))
}

#[cfg(test)]
mod tests {
    /// The size reports read build.rs's count from two sides; they must agree.
    #[test]
    fn the_content_counted_by_the_build_is_what_the_library_carries() {
        let counted = include_str!(concat!(env!("OUT_DIR"), "/content-bytes"));
        assert_eq!(super::embedded_bytes().to_string(), counted);
    }
}
