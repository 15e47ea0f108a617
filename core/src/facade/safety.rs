//! The facade's calls that keep a parent's words safe: export, import, backups, recovery.

use crate::backup::{self, BackupInfo, ImportReport, OpenOutcome};
use crate::error::{self, ApiError, ApiResult, ErrorCode};
use crate::{db, settings, Core};

impl Core {
    /// What opening — or the last recovery since — found: normally `Normal`; after
    /// damage, what was done about it.
    pub fn open_outcome(&self) -> OpenOutcome {
        self.outcome
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Checks the journal alone and, when it is damaged, recovers it as opening would
    /// (the damaged file kept aside, the newest sound backup restored, what can be read
    /// salvaged). For after a `Corrupt` error that could not recover at once because
    /// another process (a widget, an extension) had the journal open. A sound journal
    /// is left alone and gives `Normal`.
    /// Errors: `JournalBusy` while another process keeps the journal open.
    pub fn recover(&self) -> ApiResult<OpenOutcome> {
        Ok(self.recover_inner()?)
    }

    /// Everything a parent wrote (removed rows as tombstones) as one JSON document.
    /// Errors: `Interrupted` when `interrupt()` is called meanwhile.
    pub fn export_json(&self) -> ApiResult<String> {
        let scope = self.db.scope();
        let doc = self.recovering(|db| db.read_scoped(&scope, backup::export_doc))?;
        Ok(backup::to_json(&doc)?)
    }

    /// Writes the export to a new file readable by its owner only.
    pub fn export_to_file(&self, path: &str) -> ApiResult<()> {
        let json = self.export_json()?;
        let path = std::path::Path::new(path);
        let tmp = path.with_extension("tmp-export");
        let _ = std::fs::remove_file(&tmp);
        db::create_private(&tmp).map_err(ApiError::from)?;
        let written = std::fs::write(&tmp, json).and_then(|()| std::fs::rename(&tmp, path));
        if let Err(e) = written {
            let _ = std::fs::remove_file(&tmp);
            return Err(error::Error::from(e).into());
        }
        Ok(())
    }

    /// Merges an export into this database in one transaction: all of it or nothing.
    pub fn import_json(&self, json: &str) -> ApiResult<ImportReport> {
        self.import_json_with_progress(json, &mut |_, _| {})
    }

    /// `import_json`, reporting (done, total) rows as it goes. `progress` runs on the
    /// calling thread outside every lock, so it may call this Core (a call that writes
    /// waits until the import is done). `interrupt()` cancels the import; nothing is
    /// then changed.
    pub fn import_json_with_progress(
        &self,
        json: &str,
        progress: &mut dyn FnMut(u64, u64),
    ) -> ApiResult<ImportReport> {
        let doc = backup::parse(json)?;
        let scope = self.db.scope();
        let (sender, receiver) = std::sync::mpsc::channel::<(u64, u64)>();
        let report = std::thread::scope(|s| {
            let worker = s.spawn(move || {
                self.write(|tx| {
                    backup::merge(tx, &doc, &scope, &mut |done, total| {
                        let _ = sender.send((done, total));
                    })
                })
            });
            // Ends when the worker drops its sender, finished or failed.
            for (done, total) in receiver {
                progress(done, total);
            }
            worker.join()
        });
        let report = match report {
            Ok(r) => r?,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        // The file may carry the parent's language choice.
        let choice = self.read(|c| settings::get(c, settings::LANGUAGE))?;
        self.relocalize(choice.as_deref());
        Ok(report)
    }

    /// The automatic backups, newest first.
    pub fn backups(&self) -> ApiResult<Vec<BackupInfo>> {
        Ok(backup::list_backups(std::path::Path::new(self.db.path()))?)
    }

    /// Makes (or refreshes) today's backup now.
    pub fn backup_now(&self) -> ApiResult<BackupInfo> {
        if self.db.path() == db::MEMORY {
            return Err(ApiError::NotFound {
                code: ErrorCode::BackupNotFound,
            });
        }
        Ok(backup::backup_now(std::path::Path::new(self.db.path()))?)
    }

    /// Replaces the journal with a backup. The current file is kept beside it, never
    /// deleted; when the backup cannot be opened, the current file stays in use.
    /// Errors: `NotFound` (`backup-not-found`); `JournalBusy` while another process
    /// keeps the journal open.
    pub fn restore_backup(&self, name: &str) -> ApiResult<()> {
        let path = std::path::PathBuf::from(self.db.path());
        if !self.backups()?.iter().any(|b| b.name == name) {
            return Err(ApiError::NotFound {
                code: ErrorCode::BackupNotFound,
            });
        }
        backup::restore(&self.db, &backup::backup_dir(&path).join(name))?;
        let choice = self.read(|c| settings::get(c, settings::LANGUAGE))?;
        self.relocalize(choice.as_deref());
        Ok(())
    }

    #[cfg(feature = "test-hooks")]
    /// Caps the database file at `pages` pages: lets tests fill the disk.
    pub fn limit_storage_for_tests(&self, pages: u32) -> ApiResult<()> {
        Ok(self.db.limit_pages(pages)?)
    }
}
