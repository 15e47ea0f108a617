//! The embedded assets and i18n files (see build.rs). Deflated ones are inflated on
//! first use and kept for the life of the process.

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
/// `assets/tips.toml` as rows: (id, from_day, to_day, theme, concept, priority).
pub(crate) use embedded::RETIRED_TIPS as RETIRED_TIP_ROWS;
pub(crate) use embedded::TIPS as TIP_ROWS;

fn text(index: usize) -> Option<&'static str> {
    static INFLATED: OnceLock<Vec<OnceLock<Option<&'static str>>>> = OnceLock::new();
    let (path, stored) = embedded::FILES.get(index)?;
    match stored {
        Stored::Plain(text) => Some(text),
        Stored::Deflated(packed) => {
            let slots =
                INFLATED.get_or_init(|| embedded::FILES.iter().map(|_| OnceLock::new()).collect());
            *slots.get(index)?.get_or_init(|| {
                let bytes = miniz_oxide::inflate::decompress_to_vec(packed)
                    .map_err(|e| log::error!("{path}: cannot inflate: {e:?}"))
                    .ok()?;
                let text = String::from_utf8(bytes).ok()?;
                // Inflated at most once per file and process; it lives as long as the process.
                Some(&*Box::leak(text.into_boxed_str()))
            })
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
