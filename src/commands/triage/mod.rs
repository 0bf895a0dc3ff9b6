//! `idreq triage`: the untriaged requests, ranked with reasons; a one-key
//! triage session in a terminal; and scripted forms of every action.

mod actions;
mod session;

use clap::{Args, Subcommand};

use crate::app::error::CliResult;
use crate::app::Context;
use crate::commands::{as_of, check_type_key, ranked_queue};
use crate::support::sanitize::sanitize_line;
use crate::triage::RankedRequest;
use crate::workflow::labels::{Estimate, Priority, Status};

/// Triage new requests.
#[derive(Debug, Clone, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct TriageArgs {
    #[command(subcommand)]
    pub action: Option<TriageAction>,
    /// Show the parts of each score
    #[arg(long)]
    pub explain: bool,
    /// At most this many requests
    #[arg(long, short = 'L')]
    pub limit: Option<usize>,
    /// Only this request type
    #[arg(long = "type", value_name = "TYPE")]
    pub type_key: Option<String>,
    /// Rank as of another moment: a date (end of that working day), fri, +2d, or RFC 3339
    #[arg(long, value_name = "WHEN")]
    pub as_of: Option<String>,
    /// Print the ranked list instead of starting a session, even in a terminal
    #[arg(long)]
    pub list: bool,
}

/// Scripted triage actions.
#[derive(Debug, Clone, Subcommand)]
pub enum TriageAction {
    /// Accept a request: set priority (and estimate, assignee, target date)
    Accept(AcceptArgs),
    /// Ask the requester for more information
    NeedInfo(NeedInfoArgs),
    /// Decline a request (closed as not planned)
    Decline(DeclineArgs),
    /// Close a request as a duplicate of another
    Duplicate(DuplicateArgs),
    /// Hide a request from triage until a date
    Snooze(SnoozeArgs),
}

/// `triage accept`
#[derive(Debug, Clone, Args)]
pub struct AcceptArgs {
    pub number: u64,
    #[arg(long, value_enum)]
    pub priority: Priority,
    #[arg(long, value_enum)]
    pub estimate: Option<Estimate>,
    /// GitHub login (or @me)
    #[arg(long, value_name = "LOGIN")]
    pub assignee: Option<String>,
    /// Target date (2026-12-10, fri, +5d)
    #[arg(long, value_name = "DATE")]
    pub target: Option<String>,
    /// Extra text for the reply
    #[arg(long, value_name = "TEXT")]
    pub message: Option<String>,
}

/// `triage need-info`
#[derive(Debug, Clone, Args)]
pub struct NeedInfoArgs {
    pub number: u64,
    /// What the requester should add
    #[arg(long, value_name = "TEXT")]
    pub message: String,
}

/// `triage decline`
#[derive(Debug, Clone, Args)]
pub struct DeclineArgs {
    pub number: u64,
    /// Why, for the reply
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

/// `triage duplicate`
#[derive(Debug, Clone, Args)]
pub struct DuplicateArgs {
    pub number: u64,
    /// The request it duplicates
    #[arg(long, value_name = "N")]
    pub of: u64,
}

/// `triage snooze`
#[derive(Debug, Clone, Args)]
pub struct SnoozeArgs {
    pub number: u64,
    /// Back in triage on this date (2026-12-10, mon, +3d)
    #[arg(long, value_name = "DATE")]
    pub until: String,
}

/// Runs `idreq triage`.
pub async fn cmd_triage(ctx: &mut Context, args: &TriageArgs) -> CliResult {
    let tracker = ctx.tracker().await?;
    if let Some(action) = &args.action {
        return actions::run_action(ctx, &tracker, action).await;
    }
    if let Some(t) = &args.type_key {
        check_type_key(ctx, t)?;
    }
    let now = as_of(ctx, args.as_of.as_deref())?;
    let queue = ranked_queue(ctx, &tracker, now, |r| r.status == Status::New).await?;
    let queue: Vec<RankedRequest> = queue
        .into_iter()
        .filter(|r| {
            args.type_key
                .as_ref()
                .is_none_or(|t| r.request.type_key.as_ref() == Some(t))
        })
        .take(args.limit.unwrap_or(usize::MAX))
        .collect();
    // The process ends after printing; freeing thousands of requests first
    // would only delay the exit.
    let queue = std::mem::ManuallyDrop::new(queue);
    if ctx.ui.json {
        return ctx
            .ui
            .json(&crate::support::parallel_json::List(&queue))
            .map_err(Into::into);
    }
    if ctx.ui.term.interactive && !args.list {
        return session::session(ctx, &tracker, std::mem::ManuallyDrop::into_inner(queue)).await;
    }
    print_queue(ctx, &queue, args.explain);
    Ok(())
}

fn print_queue(ctx: &mut Context, queue: &[RankedRequest], explain: bool) {
    if queue.is_empty() {
        ctx.ui.note_if_tty("Nothing to triage.");
        return;
    }
    let mut lines = Vec::new();
    for r in queue {
        lines.push(format!(
            "{}. #{} {}  (score {:.1}, {})",
            r.rank,
            r.request.number,
            sanitize_line(&r.request.title),
            r.score,
            r.response.key()
        ));
        if explain {
            for reason in &r.reasons {
                lines.push(format!("     {:>+7.1}  {}", reason.points, reason.detail));
            }
        }
    }
    ctx.ui.data(&lines.join("\n"));
}
