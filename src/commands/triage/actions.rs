//! The scripted triage verbs (`idreq triage accept|need-info|decline|
//! duplicate|snooze N`): their flags become a `workflow::Action`.

use super::TriageAction;
use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::commands::{date_flag, report_action};
use crate::tracker::AnyTracker;
use crate::workflow::action::{Action, ActionError};
use crate::workflow::apply::apply_action;

/// Runs one scripted action and prints what it did.
pub async fn run_action(ctx: &mut Context, tracker: &AnyTracker, verb: &TriageAction) -> CliResult {
    let (number, action) = action_of(ctx, verb)?;
    if let Err(ActionError::NotInFuture(until)) = action.check(ctx.clock.today()) {
        return Err(CliError::usage(format!(
            "--until {until} is not in the future"
        )));
    }
    let rules = ctx.rules()?;
    let result = apply_action(tracker, &rules, number, &action).await?;
    report_action(ctx, &result, &summary_of(number, &action))
}

/// The request number and the action the verb's flags describe.
fn action_of(ctx: &Context, verb: &TriageAction) -> CliResult<(u64, Action)> {
    Ok(match verb {
        TriageAction::Accept(a) => (
            a.number,
            Action::Accept {
                priority: a.priority,
                estimate: a.estimate,
                assignee: a.assignee.clone(),
                target: a
                    .target
                    .as_deref()
                    .map(|t| date_flag(ctx, "--target", t))
                    .transpose()?,
                message: a.message.clone(),
            },
        ),
        TriageAction::NeedInfo(a) => (
            a.number,
            Action::NeedInfo {
                message: a.message.clone(),
            },
        ),
        TriageAction::Decline(a) => (
            a.number,
            Action::Decline {
                reason: a.reason.clone(),
            },
        ),
        TriageAction::Duplicate(a) => (a.number, Action::Duplicate { of: a.of }),
        TriageAction::Snooze(a) => (
            a.number,
            Action::Snooze {
                until: date_flag(ctx, "--until", &a.until)?,
            },
        ),
    })
}

/// The line printed after the action.
fn summary_of(number: u64, action: &Action) -> String {
    match action {
        Action::Accept { priority, .. } => format!("Accepted #{number} as {}", priority.key()),
        Action::NeedInfo { .. } => format!("Asked for more information on #{number}"),
        Action::Decline { .. } => format!("Declined #{number}"),
        Action::Duplicate { of } => format!("Closed #{number} as a duplicate of #{of}"),
        Action::Snooze { until } => format!("Snoozed #{number} until {until}"),
        other => format!("#{number}: {}", other.name()),
    }
}
