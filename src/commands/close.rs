//! `idreq close N`: finish a request.

use clap::{Args, ValueEnum};

use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::commands::workflow::{apply, report, Change};
use crate::tracker::StateReason;

/// Why a request is closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CloseReason {
    Done,
    Declined,
    Duplicate,
}

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
    let (state, reply) = match args.reason {
        CloseReason::Done => (StateReason::Completed, "closed"),
        CloseReason::Declined => (StateReason::NotPlanned, "declined"),
        CloseReason::Duplicate => (StateReason::Duplicate, "duplicate"),
    };
    if args.reason == CloseReason::Duplicate && args.of.is_none() {
        return Err(CliError::usage(
            "--reason duplicate needs --of N, the request it duplicates",
        ));
    }
    let tracker = ctx.tracker().await?;
    let change = Change {
        close: Some(state),
        duplicate_of: args.of.filter(|_| args.reason == CloseReason::Duplicate),
        message: args.message.clone(),
        reason: args
            .message
            .clone()
            .filter(|_| args.reason == CloseReason::Declined),
        reply: Some(reply),
        ..Change::default()
    };
    let result = apply(ctx, &tracker, args.number, "close", change, None).await?;
    let summary = format!("Closed #{} ({})", args.number, result.request.status);
    report(ctx, &result, &summary)
}
