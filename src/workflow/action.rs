//! The team's actions on a request — accept, need info, decline, duplicate,
//! snooze, update, close — and the one place each becomes a [`Change`] with
//! its standard reply. Every front door (flags, the triage session, Slack)
//! builds an [`Action`] and lets this module decide what it does.

use chrono::NaiveDate;

use super::change::Change;
use super::replies::Reply;
use super::{Estimate, Priority, Status, TrackedRequest};
use crate::tracker::StateReason;

/// Why a request is closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CloseReason {
    Done,
    Declined,
    Duplicate,
}

/// Something the team does to a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Triaged, with a priority (and estimate, assignee, target date).
    Accept {
        priority: Priority,
        estimate: Option<Estimate>,
        /// A login, or `@me`.
        assignee: Option<String>,
        target: Option<NaiveDate>,
        message: Option<String>,
    },
    /// Ask the requester for more information.
    NeedInfo { message: String },
    /// Closed as not planned.
    Decline { reason: Option<String> },
    /// Closed as a duplicate of request `of`.
    Duplicate { of: u64 },
    /// Out of triage until a date.
    Snooze { until: NaiveDate },
    /// Move the work along after triage.
    Update {
        status: Option<Status>,
        /// Logins, or `@me`; empty leaves the assignees as they are.
        assignees: Vec<String>,
        priority: Option<Priority>,
        estimate: Option<Estimate>,
        target: Option<NaiveDate>,
        /// Ask the requester to review the result.
        uat: bool,
        message: Option<String>,
    },
    /// Finish a request.
    Close {
        reason: CloseReason,
        /// With [`CloseReason::Duplicate`]: the request it duplicates.
        of: Option<u64>,
        message: Option<String>,
    },
}

/// Why an action cannot be taken as given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ActionError {
    #[error("{0} is not in the future")]
    NotInFuture(NaiveDate),
    #[error("a duplicate needs the number of the request it duplicates")]
    DuplicateNeedsOriginal,
    #[error("nothing to update")]
    NothingToUpdate,
}

impl Action {
    /// Returns the action's name, as in `--json` output ("need-info", …).
    pub fn name(&self) -> &'static str {
        match self {
            Action::Accept { .. } => "accept",
            Action::NeedInfo { .. } => "need-info",
            Action::Decline { .. } => "decline",
            Action::Duplicate { .. } => "duplicate",
            Action::Snooze { .. } => "snooze",
            Action::Update { .. } => "update",
            Action::Close { .. } => "close",
        }
    }

    /// Checks what can be checked without the tracker.
    pub fn check(&self, today: NaiveDate) -> Result<(), ActionError> {
        match self {
            Action::Snooze { until } if *until <= today => Err(ActionError::NotInFuture(*until)),
            Action::Close {
                reason: CloseReason::Duplicate,
                of: None,
                ..
            } => Err(ActionError::DuplicateNeedsOriginal),
            Action::Update {
                status: None,
                assignees,
                priority: None,
                estimate: None,
                target: None,
                uat: false,
                ..
            } if assignees.is_empty() => Err(ActionError::NothingToUpdate),
            _ => Ok(()),
        }
    }

    /// Returns the change this action makes to `before`, with its reply.
    pub fn change(&self, before: &TrackedRequest) -> Change {
        match self.clone() {
            Action::Accept {
                priority,
                estimate,
                assignee,
                target,
                message,
            } => Change {
                status: Some(Status::Triaged),
                priority: Some(priority),
                estimate,
                assignees: assignee.map(|a| vec![a]),
                target,
                message,
                reply: Some(Reply::Accepted),
                ..Change::default()
            },
            Action::NeedInfo { message } => Change {
                status: Some(Status::WaitingOnRequester),
                message: Some(message),
                reply: Some(Reply::NeedInfo),
                ..Change::default()
            },
            Action::Decline { reason } => Change {
                close: Some(StateReason::NotPlanned),
                reason,
                reply: Some(Reply::Declined),
                ..Change::default()
            },
            Action::Duplicate { of } => Change {
                close: Some(StateReason::Duplicate),
                duplicate_of: Some(of),
                reply: Some(Reply::Duplicate),
                ..Change::default()
            },
            Action::Snooze { until } => Change {
                snooze_until: Some(until),
                reply: Some(Reply::Snoozed),
                ..Change::default()
            },
            Action::Update {
                status,
                assignees,
                priority,
                estimate,
                target,
                uat,
                message,
            } => Change {
                reply: update_reply(before, uat, target, !assignees.is_empty()),
                status: if uat {
                    Some(Status::WaitingOnRequester)
                } else {
                    status
                },
                priority,
                estimate,
                assignees: (!assignees.is_empty()).then_some(assignees),
                target,
                message,
                ..Change::default()
            },
            Action::Close {
                reason,
                of,
                message,
            } => close_change(reason, of, message),
        }
    }
}

/// The reply an update posts: UAT, a new or changed target date, a new
/// assignee, or none.
fn update_reply(
    before: &TrackedRequest,
    uat: bool,
    target: Option<NaiveDate>,
    assigned: bool,
) -> Option<Reply> {
    if uat {
        Some(Reply::Uat)
    } else if target.is_some() && before.target_date.is_some() && target != before.target_date {
        Some(Reply::TargetChanged)
    } else if target.is_some() && before.target_date.is_none() {
        Some(Reply::TargetSet)
    } else if assigned {
        Some(Reply::Assigned)
    } else {
        None
    }
}

fn close_change(reason: CloseReason, of: Option<u64>, message: Option<String>) -> Change {
    let (state, reply) = match reason {
        CloseReason::Done => (StateReason::Completed, Reply::Closed),
        CloseReason::Declined => (StateReason::NotPlanned, Reply::Declined),
        CloseReason::Duplicate => (StateReason::Duplicate, Reply::Duplicate),
    };
    Change {
        close: Some(state),
        duplicate_of: of.filter(|_| reason == CloseReason::Duplicate),
        reason: message.clone().filter(|_| reason == CloseReason::Declined),
        message,
        reply: Some(reply),
        ..Change::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workflow::test_support::request_with_labels;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    fn update(target: Option<NaiveDate>, assignees: &[&str], uat: bool) -> Action {
        Action::Update {
            status: None,
            assignees: assignees.iter().map(|s| s.to_string()).collect(),
            priority: None,
            estimate: None,
            target,
            uat,
            message: None,
        }
    }

    #[test]
    fn each_triage_action_has_its_reply_and_state() {
        let before = request_with_labels(&["identity-request", "status: new"]);
        let accept = Action::Accept {
            priority: Priority::P2,
            estimate: Some(Estimate::M),
            assignee: Some("@me".into()),
            target: Some(day(10)),
            message: None,
        }
        .change(&before);
        assert_eq!(accept.status, Some(Status::Triaged));
        assert_eq!(accept.assignees, Some(vec!["@me".to_string()]));
        assert_eq!(accept.reply, Some(Reply::Accepted));
        let decline = Action::Decline { reason: None }.change(&before);
        assert_eq!(decline.close, Some(StateReason::NotPlanned));
        assert_eq!(decline.reply, Some(Reply::Declined));
        let dup = Action::Duplicate { of: 3 }.change(&before);
        assert_eq!(
            (dup.close, dup.duplicate_of),
            (Some(StateReason::Duplicate), Some(3))
        );
        let info = Action::NeedInfo {
            message: "logs".into(),
        }
        .change(&before);
        assert_eq!(info.status, Some(Status::WaitingOnRequester));
        assert_eq!(info.message.as_deref(), Some("logs"));
        let snooze = Action::Snooze { until: day(9) }.change(&before);
        assert_eq!(
            (snooze.snooze_until, snooze.reply),
            (Some(day(9)), Some(Reply::Snoozed))
        );
    }

    #[test]
    fn an_update_picks_its_reply_from_what_changed() {
        let unset = request_with_labels(&["identity-request"]);
        let mut set = unset.clone();
        set.target_date = Some(day(10));
        assert_eq!(
            update(Some(day(10)), &[], false).change(&unset).reply,
            Some(Reply::TargetSet)
        );
        assert_eq!(
            update(Some(day(11)), &[], false).change(&set).reply,
            Some(Reply::TargetChanged)
        );
        assert_eq!(
            update(Some(day(10)), &["a"], false).change(&set).reply,
            Some(Reply::Assigned)
        );
        assert_eq!(update(None, &[], true).change(&set).reply, Some(Reply::Uat));
        assert_eq!(
            update(None, &[], true).change(&set).status,
            Some(Status::WaitingOnRequester)
        );
        assert_eq!(update(Some(day(10)), &[], false).change(&set).reply, None);
    }

    #[test]
    fn close_maps_each_reason() {
        let before = request_with_labels(&["identity-request"]);
        let close = |reason, of| {
            Action::Close {
                reason,
                of,
                message: Some("why".into()),
            }
            .change(&before)
        };
        let done = close(CloseReason::Done, Some(4));
        assert_eq!(
            (done.close, done.reply, done.duplicate_of, done.reason),
            (
                Some(StateReason::Completed),
                Some(Reply::Closed),
                None,
                None
            )
        );
        let declined = close(CloseReason::Declined, None);
        assert_eq!(declined.reason.as_deref(), Some("why"));
        assert_eq!(close(CloseReason::Duplicate, Some(4)).duplicate_of, Some(4));
    }

    #[test]
    fn checks_what_needs_no_tracker() {
        assert_eq!(
            Action::Snooze { until: day(1) }.check(day(1)),
            Err(ActionError::NotInFuture(day(1)))
        );
        assert_eq!(Action::Snooze { until: day(2) }.check(day(1)), Ok(()));
        assert_eq!(
            update(None, &[], false).check(day(1)),
            Err(ActionError::NothingToUpdate)
        );
        let dup = Action::Close {
            reason: CloseReason::Duplicate,
            of: None,
            message: None,
        };
        assert_eq!(dup.check(day(1)), Err(ActionError::DuplicateNeedsOriginal));
    }
}
