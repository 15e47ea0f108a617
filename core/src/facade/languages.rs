//! The facade's calls for languages, UI strings and articles.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::articles::{self, Article};
use crate::error::{invalid, ApiError, ApiResult, ErrorCode};
use crate::l10n::{self, LocaleInfo};
use crate::records::{Arg, ArticleSummary, LocaleOption};
use crate::{settings, words, Core};

impl Core {
    /// The OS's preferred list changed (the parent changed the phone's language).
    pub fn set_locales(&self, preferred: &[String]) -> ApiResult<LocaleInfo> {
        *self.os_locales.lock().unwrap_or_else(|p| p.into_inner()) = preferred.to_vec();
        let choice = self.read(|c| settings::get(c, settings::LANGUAGE))?;
        Ok(self.relocalize(choice.as_deref()))
    }

    /// The parent's own language choice, kept across restarts; `None` follows the
    /// phone again.
    pub fn set_language(&self, tag: Option<&str>) -> ApiResult<LocaleInfo> {
        if let Some(tag) = tag {
            if !l10n::locales().iter().any(|l| l.tag == tag) {
                return Err(invalid("language", ErrorCode::LocaleUnknown).into());
            }
        }
        self.db
            .write(|tx| settings::set(tx, settings::LANGUAGE, tag))?;
        Ok(self.relocalize(tag))
    }

    pub fn locale_info(&self) -> LocaleInfo {
        self.loc().info()
    }

    pub fn available_locales(&self) -> Vec<LocaleOption> {
        l10n::locales()
            .iter()
            .map(|l| LocaleOption {
                tag: l.tag.clone(),
                native_name: l.native_name.clone(),
                direction: l.direction,
                reviewed: l.reviewed,
            })
            .collect()
    }

    /// Every UI string without placeables, in the current language, in one call.
    pub fn ui_strings(&self) -> Arc<BTreeMap<String, String>> {
        self.loc().ui_strings()
    }

    /// A number that changes whenever the language of the UI strings changes (the
    /// phone's list, the parent's choice, an import or a restore that carries one): a
    /// shell copies `ui_strings()` again only when it differs from the last one it saw.
    pub fn ui_strings_version(&self) -> i64 {
        self.strings_version
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// One UI string (or `id.attr`), with its placeables filled in.
    pub fn ui_string(&self, key: &str, args: &[(String, Arg)]) -> String {
        let fluent_args = words::fluent_args(args);
        let (id, attr) = match key.split_once('.') {
            Some((id, attr)) => (id, Some(attr)),
            None => (key, None),
        };
        self.loc().format(id, attr, Some(&fluent_args))
    }

    pub fn articles(&self) -> Vec<ArticleSummary> {
        let chain = self.loc().info().chain;
        articles::defs()
            .iter()
            .filter_map(|def| {
                let a = articles::load(&def.id, &chain)?;
                Some(ArticleSummary {
                    id: a.id,
                    title: a.title,
                    summary: a.summary,
                    minutes: a.minutes,
                    theme: def.theme,
                    from_day: def.from_day,
                    to_day: def.to_day,
                })
            })
            .collect()
    }

    pub fn article(&self, id: &str) -> ApiResult<Article> {
        let chain = self.loc().info().chain;
        articles::defs()
            .iter()
            .find(|d| d.id == id)
            .and_then(|d| articles::load(&d.id, &chain))
            .ok_or(ApiError::NotFound {
                code: ErrorCode::ArticleNotFound,
            })
    }
}
