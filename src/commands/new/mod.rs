//! `idreq new`: file a request, from flags or guided in a terminal. This
//! file holds the arguments and the choice of path; `fields` reads the
//! flags, `intake` is the guided flow, `submit` files through
//! `workflow::filing`.

mod fields;
pub mod intake;
mod submit;

use clap::Args;
use serde::Serialize;

use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::commands::new::intake::{Intake, Outcome};
use crate::request::draft::Draft;
use crate::request::RequestType;
use crate::ui::prompter::{DialoguerPrompter, PromptError};
use crate::workflow::tracked::TrackedRequest;
use fields::{apply_flags, complete_from_flags, draft_from_request};
pub use fields::{parse_field_flags, problems_error};
use submit::{comment_instead, submit};

/// File a request.
#[derive(Debug, Clone, Default, Args)]
pub struct NewArgs {
    /// Request type: pr-review, data-pull, mock-auth, other (see `idreq types`)
    #[arg(long = "type", short = 't', value_name = "TYPE")]
    pub type_key: Option<String>,
    /// One-line summary; becomes the issue title
    #[arg(long, short = 's', value_name = "TEXT")]
    pub title: Option<String>,
    /// An answer as KEY=VALUE; KEY=@FILE reads a file, KEY=@- stdin; repeat for each field
    #[arg(long = "field", short = 'f', value_name = "KEY=VALUE")]
    pub fields: Vec<String>,
    /// File without asking for confirmation
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Print the title, labels and body that would be filed, and file nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Continue a saved draft (the newest one when ID is left out)
    #[arg(long, value_name = "ID", num_args = 0..=1, default_missing_value = "")]
    pub resume: Option<String>,
}

/// What `--json` prints for the `other` type.
#[derive(Serialize)]
struct NotFiled<'a> {
    filed: bool,
    #[serde(rename = "type")]
    type_key: &'a str,
    redirect: &'a str,
}

/// Runs `idreq new`.
pub async fn cmd_new(ctx: &mut Context, args: &NewArgs) -> CliResult {
    let mut draft = start_draft(ctx, args)?;
    apply_flags(ctx, args, &mut draft)?;
    if ctx.ui.term.interactive {
        return run_interactive(ctx, &mut draft, args).await;
    }
    let request = complete_from_flags(ctx, &mut draft)?;
    let Some(request) = request else {
        return Ok(());
    };
    draft_from_request(&mut draft, &request);
    submit(ctx, &mut draft, args.dry_run).await
}

/// Starts a fresh draft, or loads the one named by `--resume`.
fn start_draft(ctx: &mut Context, args: &NewArgs) -> CliResult<Draft> {
    let now = ctx.clock.now().to_rfc3339();
    let Some(wanted) = &args.resume else {
        return Ok(Draft::new(&now));
    };
    let store = ctx.drafts();
    let io = |e: std::io::Error| {
        CliError::failure(format!(
            "cannot read drafts in {}: {e}",
            store.dir().display()
        ))
    };
    let matches = store.find(wanted).map_err(io)?;
    match matches.as_slice() {
        [one] => Ok(one.clone()),
        [] if wanted.is_empty() => {
            Err(CliError::usage("there is no draft to resume").hint("start one with `idreq new`"))
        }
        [] => Err(CliError::usage(format!("no draft has the id `{wanted}`"))
            .hint("`idreq drafts list` shows the saved drafts")),
        [newest, ..] if wanted.is_empty() => Ok(newest.clone()),
        several => Err(
            CliError::usage(format!("`{wanted}` matches {} drafts", several.len()))
                .hint("give more of the id; `idreq drafts list` shows them"),
        ),
    }
}

/// The guided flow in a terminal.
async fn run_interactive(ctx: &mut Context, draft: &mut Draft, args: &NewArgs) -> CliResult {
    let faq = ctx.faq()?;
    let catalogue = ctx.catalogue()?.clone();
    let open = open_requests_for_duplicates(ctx).await;
    let store = ctx.drafts();
    let labels = ctx.config.config.labels.clone();
    crate::ui::interrupt::watch_draft(&draft.id);
    let outcome = {
        let mut prompter = DialoguerPrompter::new(ctx.env.editor.clone());
        Intake {
            catalogue: &catalogue,
            faq: &faq,
            labels: &labels,
            prompter: &mut prompter,
            store: &store,
            clock: ctx.clock,
            ui: &mut ctx.ui,
            open_requests: &open,
            skip_preview: args.yes,
        }
        .run(draft)
    };
    let kept = |draft: &Draft| {
        format!(
            "your answers are kept: `idreq new --resume {}` continues",
            draft.id
        )
    };
    match outcome {
        Ok(Outcome::Submit) => submit(ctx, draft, args.dry_run).await,
        Ok(Outcome::Answered) => {
            store.discard(&draft.id).ok();
            ctx.ui
                .success("Glad the FAQ answered it. Nothing was filed.");
            Ok(())
        }
        Ok(Outcome::NotFiled) => Ok(()),
        Ok(Outcome::SavedDraft) => {
            ctx.ui.success(&format!("Draft saved; {}", kept(draft)));
            Ok(())
        }
        Ok(Outcome::CommentOn(number)) => comment_instead(ctx, draft, number).await,
        Ok(Outcome::Cancelled) | Err(PromptError::Interrupted) => {
            Err(CliError::cancelled("cancelled").hint(kept(draft)))
        }
        Err(e) => Err(
            CliError::failure(format!("cannot ask in this terminal: {e}"))
                .hint(kept(draft))
                .hint("pass the answers as flags with --no-input (see `idreq types`)"),
        ),
    }
}

/// Open requests to compare with, for the "similar request" check. A
/// tracker that cannot be read must not stop the requester from typing.
async fn open_requests_for_duplicates(ctx: &mut Context) -> Vec<TrackedRequest> {
    let tracker = match ctx.tracker().await {
        Ok(t) => t,
        Err(_) => return Vec::new(),
    };
    crate::commands::load_requests(ctx, &tracker, crate::tracker::StateFilter::Open)
        .await
        .unwrap_or_default()
}

/// Explains where requests of an unfiled type go.
pub fn print_redirect(ctx: &mut Context, t: &RequestType) -> CliResult {
    let redirect = t.redirect.as_deref().unwrap_or("");
    if ctx.ui.json {
        return ctx
            .ui
            .json(&NotFiled {
                filed: false,
                type_key: &t.key,
                redirect,
            })
            .map_err(Into::into);
    }
    ctx.ui.data(redirect.trim_end());
    ctx.ui.status("Nothing was filed.");
    Ok(())
}
