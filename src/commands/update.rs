//! `idreq update N`: move work along after triage.

use clap::Args;

use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::commands::load_request;
use crate::commands::workflow::{apply, date_flag, report, Change};
use crate::workflow::labels::{Estimate, Priority, Status};

/// Change a request's status, assignee, priority, estimate or target date.
#[derive(Debug, Clone, Args)]
pub struct UpdateArgs {
    pub number: u64,
    /// New status
    #[arg(long, value_enum, value_parser = open_status)]
    pub status: Option<Status>,
    /// Assign to this GitHub login (or @me); repeat for several
    #[arg(long, value_name = "LOGIN")]
    pub assignee: Vec<String>,
    #[arg(long, value_enum)]
    pub priority: Option<Priority>,
    #[arg(long, value_enum)]
    pub estimate: Option<Estimate>,
    /// Target date (2026-12-10, fri, +5d); a change posts the "target date changed" reply
    #[arg(long, value_name = "DATE")]
    pub target: Option<String>,
    /// Ask the requester to review the result (user acceptance testing)
    #[arg(long)]
    pub uat: bool,
    /// Extra text for the reply
    #[arg(long, value_name = "TEXT")]
    pub message: Option<String>,
}

fn open_status(text: &str) -> Result<Status, String> {
    let s = <Status as clap::ValueEnum>::from_str(text, true)?;
    if s.is_open() && s != Status::New {
        Ok(s)
    } else {
        Err(
            "use triaged, in-progress or waiting-on-requester (close a request with `idreq close`)"
                .into(),
        )
    }
}

/// Runs `idreq update`.
pub async fn cmd_update(ctx: &mut Context, args: &UpdateArgs) -> CliResult {
    let nothing = args.status.is_none()
        && args.assignee.is_empty()
        && args.priority.is_none()
        && args.estimate.is_none()
        && args.target.is_none()
        && !args.uat;
    if nothing {
        return Err(CliError::usage("nothing to update")
            .hint("pass --status, --assignee, --priority, --estimate, --target or --uat"));
    }
    let tracker = ctx.tracker().await?;
    let before = load_request(ctx, &tracker, args.number).await?;
    let target = args
        .target
        .as_deref()
        .map(|t| date_flag(ctx, "--target", t))
        .transpose()?;
    let reply = if args.uat {
        Some("uat")
    } else if target.is_some() && before.target_date.is_some() && target != before.target_date {
        Some("target_changed")
    } else if target.is_some() && before.target_date.is_none() {
        Some("target_set")
    } else if !args.assignee.is_empty() {
        Some("assigned")
    } else {
        None
    };
    let status = if args.uat {
        Some(Status::WaitingOnRequester)
    } else {
        args.status
    };
    let change = Change {
        status,
        priority: args.priority,
        estimate: args.estimate,
        assignees: (!args.assignee.is_empty()).then(|| args.assignee.clone()),
        target,
        message: args.message.clone(),
        reply,
        ..Change::default()
    };
    let result = apply(ctx, &tracker, args.number, "update", change, None).await?;
    let summary = format!(
        "Updated #{} (status {})",
        args.number, result.request.status
    );
    report(ctx, &result, &summary)
}
