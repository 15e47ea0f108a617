//! `share` and `receive`: a sealed bundle for the other phone, and taking one in. The
//! pairing code comes from `--code` or `HECHTING_PAIRING_CODE`; once given, the journal
//! keeps it, so later runs need neither.

use std::io::Read;
use std::path::Path;

use hechting_core::ApiError;
use serde::Serialize;

use super::data::{file_error, show_report};
use crate::ctx::Ctx;
use crate::error::{CliError, CliResult};

/// Files larger than this are not read whole: the core refuses bundles above 32 MiB.
const READ_MAX_BYTES: u64 = 33 * 1024 * 1024;

/// Stores `--code` (or the environment's) when one was given.
fn use_code(ctx: &Ctx, code: Option<&str>) -> CliResult<()> {
    if let Some(code) = code {
        ctx.core.set_pairing_code(code)?;
    }
    Ok(())
}

/// A refused bundle names the file, as `import` does.
fn about_file(file: &Path, e: ApiError) -> CliError {
    match e {
        ApiError::InvalidInput { field, code } if field == "bundle" => {
            CliError::Api(ApiError::InvalidInput {
                field: file.display().to_string(),
                code,
            })
        }
        other => other.into(),
    }
}

#[derive(Serialize)]
struct ShareJson {
    file: String,
    bytes: u64,
}

/// `hechting share --out FILE [--code CODE]`
pub fn share(ctx: &mut Ctx, out: &Path, code: Option<&str>) -> CliResult<()> {
    use_code(ctx, code)?;
    let bundle = ctx.core.share_bundle()?;
    // Written beside the target and moved into place: never half a bundle.
    let tmp = out.with_extension("tmp-share");
    let written = std::fs::write(&tmp, &bundle).and_then(|()| std::fs::rename(&tmp, out));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(file_error(out, &e));
    }
    let shown = out.display().to_string();
    if ctx.json {
        return ctx.emit_json(&ShareJson {
            file: shown,
            bytes: bundle.len() as u64,
        });
    }
    let size = format!("{} kB", bundle.len().div_ceil(1024));
    ctx.line(format!(
        "{} {} {}",
        ctx.t("settings-share-done"),
        ctx.term.dim(&shown),
        ctx.term.dim(&size)
    ));
    Ok(())
}

/// `hechting receive FILE [--code CODE]`
pub fn receive(ctx: &mut Ctx, file: &Path, code: Option<&str>) -> CliResult<()> {
    let mut bytes = Vec::new();
    std::fs::File::open(file)
        .and_then(|f| f.take(READ_MAX_BYTES).read_to_end(&mut bytes))
        .map_err(|e| file_error(file, &e))?;
    use_code(ctx, code)?;
    let report = ctx
        .core
        .receive_bundle(&bytes)
        .map_err(|e| about_file(file, e))?;
    show_report(ctx, report)
}
