//! The embedded assets and i18n files (see build.rs).

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// `assets/articles.toml` as rows: (id, order, theme, from_day, to_day).
pub(crate) use embedded::ARTICLES as ARTICLE_ROWS;
/// `i18n/locales.toml` as rows: (tag, native_name, direction, source, reviewed).
pub(crate) use embedded::LOCALES as LOCALE_ROWS;
/// `assets/tips.toml` as rows: (id, from_day, to_day, theme, concept, priority).
pub(crate) use embedded::TIPS as TIP_ROWS;

/// The text of an embedded file, by its path from the project root
/// (`assets/tips.toml`, `i18n/nl/app.ftl`).
pub fn file(path: &str) -> Option<&'static str> {
    embedded::FILES
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, text)| *text)
}

/// Every embedded file whose path starts with `prefix`, in path order.
pub fn files_under(prefix: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    embedded::FILES
        .iter()
        .filter(move |(p, _)| p.starts_with(prefix))
        .copied()
}
