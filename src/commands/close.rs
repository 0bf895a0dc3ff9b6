//! `idreq close N`: finish a request.

use clap::Args;

use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::commands::report_action;
use crate::workflow::action::{Action, ActionError, CloseReason};
use crate::workflow::apply::apply_action;

/// Close a request.
#[derive(Debug, Clone, Args)]
pub struct CloseArgs {
    pub number: u64,
    #[arg(long, value_enum, default_value_t = CloseReason::Done)]
    pub reason: CloseReason,
    /// With --reason duplicate: the request it duplicates
    #[arg(long, value_name = "N")]
    pub of: Option<u64>,
    /// Extra text for the reply
    #[arg(long, value_name = "TEXT")]
    pub message: Option<String>,
}

/// Runs `idreq close`.
pub async fn cmd_close(ctx: &mut Context, args: &CloseArgs) -> CliResult {
    let action = Action::Close {
        reason: args.reason,
        of: args.of,
        message: args.message.clone(),
    };
    if let Err(ActionError::DuplicateNeedsOriginal) = action.check(ctx.clock.today()) {
        return Err(CliError::usage(
            "--reason duplicate needs --of N, the request it duplicates",
        ));
    }
    let tracker = ctx.tracker().await?;
    let rules = ctx.rules()?;
    let result = apply_action(&tracker, &rules, args.number, &action).await?;
    let summary = format!("Closed #{} ({})", args.number, result.request.status);
    report_action(ctx, &result, &summary)
}
