//! `idreq update N`: move work along after triage.

use clap::Args;

use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::commands::{date_flag, report_action};
use crate::workflow::action::{Action, ActionError};
use crate::workflow::apply::apply_action;
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
    let mut action = Action::Update {
        status: args.status,
        assignees: args.assignee.clone(),
        priority: args.priority,
        estimate: args.estimate,
        target: None,
        uat: args.uat,
        message: args.message.clone(),
    };
    if args.target.is_none() && action.check(ctx.clock.today()) == Err(ActionError::NothingToUpdate)
    {
        return Err(CliError::usage("nothing to update")
            .hint("pass --status, --assignee, --priority, --estimate, --target or --uat"));
    }
    let tracker = ctx.tracker().await?;
    if let (Action::Update { target, .. }, Some(text)) = (&mut action, args.target.as_deref()) {
        *target = Some(date_flag(ctx, "--target", text)?);
    }
    let rules = ctx.rules()?;
    let result = apply_action(&tracker, &rules, args.number, &action).await?;
    let summary = format!(
        "Updated #{} (status {})",
        args.number, result.request.status
    );
    report_action(ctx, &result, &summary)
}
