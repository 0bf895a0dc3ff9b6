//! `idreq forms export --dir DIR [--check]`: the catalogue as GitHub issue
//! forms (one per request type that files, plus `config.yml`). Glue only:
//! `forms::export` builds and lints the files; this writes or compares them.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use serde::Serialize;

use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::forms::ExportFile;

/// Issue-form subcommands.
#[derive(Debug, Clone, Subcommand)]
pub enum FormsCommand {
    /// Write the request types as GitHub issue forms (or check they are in sync)
    Export(FormsExportArgs),
}

/// Write the request types as GitHub issue forms.
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Commit the files under .github/ISSUE_TEMPLATE/ and run `--check` in CI.\nExit codes: 0 written or in sync · 1 out of sync (with --check) · 2 a form GitHub would reject"
)]
pub struct FormsExportArgs {
    /// The folder to write to, e.g. .github/ISSUE_TEMPLATE
    #[arg(long, value_name = "DIR")]
    pub dir: PathBuf,
    /// Write nothing; fail naming each file that is missing or differs
    #[arg(long)]
    pub check: bool,
}

/// What `--json` prints: each file and what happened to it.
#[derive(Debug, Serialize)]
struct FileReport {
    file: String,
    /// `written`, `unchanged`, `missing` or `differs`.
    state: &'static str,
}

/// Runs `idreq forms …`.
pub fn cmd_forms(ctx: &mut Context, command: &FormsCommand) -> CliResult {
    match command {
        FormsCommand::Export(args) => cmd_forms_export(ctx, args),
    }
}

/// Runs `idreq forms export`.
pub fn cmd_forms_export(ctx: &mut Context, args: &FormsExportArgs) -> CliResult {
    let files = exported_files(ctx)?;
    let reports: Vec<FileReport> = files
        .iter()
        .map(|f| compare_or_write(&args.dir, f, args.check))
        .collect::<CliResult<_>>()?;
    let stale: Vec<&FileReport> = reports
        .iter()
        .filter(|r| matches!(r.state, "missing" | "differs"))
        .collect();
    if ctx.ui.json {
        ctx.ui.json(&reports)?;
    } else if !args.check {
        let written = reports.iter().filter(|r| r.state == "written").count();
        ctx.ui.success(&format!(
            "{} issue-form files in {} ({written} written, {} unchanged)",
            reports.len(),
            args.dir.display(),
            reports.len() - written
        ));
    } else if stale.is_empty() {
        ctx.ui.success(&format!(
            "the {} issue-form files in {} are in sync with the request types",
            reports.len(),
            args.dir.display()
        ));
    }
    if args.check && !stale.is_empty() {
        let mut err = CliError::failure(format!(
            "the issue forms in {} are out of sync with the request types",
            args.dir.display()
        ));
        for r in stale {
            err = err.detail(format!("{}: {}", r.file, r.state));
        }
        return Err(err.hint(format!(
            "run `idreq forms export --dir {}` and commit the result",
            args.dir.display()
        )));
    }
    Ok(())
}

/// Returns the files to export, linted.
pub fn exported_files(ctx: &mut Context) -> CliResult<Vec<ExportFile>> {
    let catalogue = ctx.catalogue()?.clone();
    let faq = ctx.faq()?;
    let config = &ctx.config.config;
    crate::forms::export(&catalogue, &config.labels, &faq, &config.forms).map_err(|e| {
        CliError::usage(format!("a form GitHub would reject: {e}"))
            .hint("fix the request type in the catalogue or the config's [[type]] tables")
    })
}

fn compare_or_write(dir: &Path, file: &ExportFile, check: bool) -> CliResult<FileReport> {
    let path = dir.join(&file.name);
    let current = std::fs::read(&path).ok();
    let same = current.as_deref() == Some(file.text.as_bytes());
    let state = match (same, current.is_some(), check) {
        (true, _, _) => "unchanged",
        (false, false, true) => "missing",
        (false, true, true) => "differs",
        (false, _, false) => {
            std::fs::create_dir_all(dir)
                .and_then(|()| std::fs::write(&path, &file.text))
                .map_err(|e| {
                    CliError::failure(format!("cannot write {}: {e}", path.display()))
                        .hint("check that the folder exists and is writable")
                })?;
            "written"
        }
    };
    Ok(FileReport {
        file: file.name.clone(),
        state,
    })
}
