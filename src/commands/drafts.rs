//! `idreq drafts list|show|discard`: requests that were started but not filed.

use clap::{Args, Subcommand};

use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::request::draft::Draft;
use crate::support::sanitize::sanitize_line;
use crate::ui::table;

/// Draft subcommands.
#[derive(Debug, Clone, Subcommand)]
pub enum DraftsCommand {
    /// List saved drafts, newest first
    List,
    /// Show one draft's answers
    Show(DraftIdArgs),
    /// Delete a draft
    Discard(DraftIdArgs),
}

/// A draft id (or a unique prefix of one).
#[derive(Debug, Clone, Args)]
pub struct DraftIdArgs {
    /// The draft id, or its first few characters
    pub id: String,
}

/// Runs `idreq drafts …`.
pub fn cmd_drafts(ctx: &mut Context, command: &DraftsCommand) -> CliResult {
    let store = ctx.drafts();
    let io = |e: std::io::Error| {
        CliError::failure(format!(
            "cannot read drafts in {}: {e}",
            store.dir().display()
        ))
    };
    match command {
        DraftsCommand::List => {
            let drafts = store.list().map_err(io)?;
            if ctx.ui.json {
                return ctx.ui.json(&drafts).map_err(Into::into);
            }
            if drafts.is_empty() {
                ctx.ui.note_if_tty("No drafts.");
                return Ok(());
            }
            let rows: Vec<Vec<String>> = drafts.iter().map(row).collect();
            let text = table::render(
                &["ID", "TYPE", "SUMMARY", "ANSWERS", "UPDATED"],
                &rows,
                ctx.ui.term.stdout_tty,
            );
            ctx.ui.data(&text);
            ctx.ui
                .note_if_tty("Continue one with: idreq new --resume <ID>");
        }
        DraftsCommand::Show(args) => {
            let draft = find_one(&store.find(&args.id).map_err(io)?, &args.id)?;
            if ctx.ui.json {
                return ctx.ui.json(&draft).map_err(Into::into);
            }
            let mut lines = vec![
                format!("draft {}", draft.id),
                format!("type: {}", draft.type_key.as_deref().unwrap_or("—")),
                format!(
                    "summary: {}",
                    sanitize_line(draft.summary.as_deref().unwrap_or("—"))
                ),
            ];
            for (k, v) in &draft.fields {
                lines.push(format!("{k}: {}", sanitize_line(&v.as_text())));
            }
            if let Some(e) = &draft.last_error {
                lines.push(format!("last submit failed: {}", sanitize_line(e)));
            }
            ctx.ui.data(&lines.join("\n"));
        }
        DraftsCommand::Discard(args) => {
            let draft = find_one(&store.find(&args.id).map_err(io)?, &args.id)?;
            store.discard(&draft.id).map_err(io)?;
            ctx.ui.success(&format!("Discarded draft {}", draft.id));
        }
    }
    Ok(())
}

fn row(d: &Draft) -> Vec<String> {
    vec![
        d.id.to_string(),
        d.type_key.clone().unwrap_or_else(|| "—".into()),
        d.summary.clone().unwrap_or_else(|| "—".into()),
        d.fields.len().to_string(),
        d.updated_at.clone(),
    ]
}

fn find_one(found: &[Draft], wanted: &str) -> CliResult<Draft> {
    match found {
        [one] => Ok(one.clone()),
        [] => Err(CliError::failure(format!("no draft has the id `{wanted}`"))
            .hint("`idreq drafts list` shows the saved drafts")),
        several => Err(CliError::usage(format!(
            "`{wanted}` matches {} drafts; give more of the id",
            several.len()
        ))),
    }
}
