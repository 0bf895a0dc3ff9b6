//! A change the team makes to a request, and the label arithmetic that turns
//! it into one tracker update: which labels go, which come, and whether the
//! issue closes or reopens.

use chrono::NaiveDate;

use super::replies::Reply;
use super::{Estimate, LabelScheme, Priority, Status, TrackedRequest};
use crate::tracker::{IssueChange, IssueState, StateReason};

/// A change the team makes to a request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Change {
    pub status: Option<Status>,
    pub priority: Option<Priority>,
    pub estimate: Option<Estimate>,
    /// Logins; `@me` means the current user.
    pub assignees: Option<Vec<String>>,
    pub target: Option<NaiveDate>,
    pub snooze_until: Option<NaiveDate>,
    pub close: Option<StateReason>,
    pub duplicate_of: Option<u64>,
    /// Extra text for the reply.
    pub message: Option<String>,
    pub reason: Option<String>,
    /// Which standard reply to post; `None` posts nothing.
    pub reply: Option<Reply>,
}

/// Returns the tracker update that makes `change` to `before`: `assignees`
/// are the logins with `@me` resolved, `type_label` the request type's label.
pub fn issue_change(
    scheme: &LabelScheme,
    before: &TrackedRequest,
    change: &Change,
    assignees: Option<Vec<String>>,
    type_label: Option<String>,
) -> IssueChange {
    let mut c = IssueChange {
        assignees,
        ..IssueChange::default()
    };
    // Requests whose labels GitHub dropped get them back at triage.
    c.add_labels.push(scheme.base.clone());
    if let Some(t) = type_label {
        c.add_labels.push(t);
    }
    if let Some(s) = change.status {
        c.remove_labels.extend(scheme.all_status_labels());
        if let Some(l) = scheme.status_label(s) {
            c.add_labels.push(l.to_string());
        }
        // Working on it again ends a snooze.
        c.remove_labels
            .extend(scheme.with_prefix(&before.labels, &scheme.snoozed_prefix));
    }
    let mut replace = |prefix: &str, label: String| {
        c.remove_labels
            .extend(scheme.with_prefix(&before.labels, prefix));
        c.add_labels.push(label);
    };
    if let Some(p) = change.priority {
        replace(&scheme.priority_prefix, scheme.priority_label(p));
    }
    if let Some(e) = change.estimate {
        replace(&scheme.estimate_prefix, scheme.estimate_label(e));
    }
    if let Some(d) = change.target {
        replace(&scheme.target_prefix, scheme.target_label(d));
    }
    if let Some(d) = change.snooze_until {
        replace(&scheme.snoozed_prefix, scheme.snoozed_label(d));
    }
    if let Some(reason) = change.close {
        c.remove_labels.extend(scheme.all_status_labels());
        c.state = Some((IssueState::Closed, Some(reason)));
    } else if before.state == IssueState::Closed && change.status.is_some() {
        c.state = Some((IssueState::Open, Some(StateReason::Reopened)));
    }
    // A label both removed and added stays.
    c.remove_labels.retain(|l| !c.add_labels.contains(l));
    c
}

/// Resolves `@me` to `me` and drops a leading `@` from other logins.
pub fn resolve_assignees(list: &[String], me: &str) -> Vec<String> {
    list.iter()
        .map(|a| {
            if a == "@me" {
                me.to_string()
            } else {
                a.trim_start_matches('@').to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workflow::test_support::request_with_labels;

    fn labels(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn accepting_sets_status_and_priority_and_ends_a_snooze() {
        let scheme = LabelScheme::default();
        let before = request_with_labels(&[
            "identity-request",
            "status: new",
            "priority: P3",
            "snoozed-until: 2026-12-01",
        ]);
        let change = Change {
            status: Some(Status::Triaged),
            priority: Some(Priority::P1),
            ..Change::default()
        };
        let c = issue_change(
            &scheme,
            &before,
            &change,
            None,
            Some("type: pr-review".into()),
        );
        assert_eq!(
            c.add_labels,
            labels(&[
                "identity-request",
                "type: pr-review",
                "status: triaged",
                "priority: P1"
            ])
        );
        assert!(c.remove_labels.contains(&"status: new".to_string()));
        assert!(c.remove_labels.contains(&"priority: P3".to_string()));
        assert!(c
            .remove_labels
            .contains(&"snoozed-until: 2026-12-01".to_string()));
        assert!(!c.remove_labels.contains(&"status: triaged".to_string()));
        assert_eq!(c.state, None);
    }

    #[test]
    fn closing_drops_every_status_label_and_closes_with_the_reason() {
        let scheme = LabelScheme::default();
        let before = request_with_labels(&["identity-request", "status: in-progress"]);
        let change = Change {
            close: Some(StateReason::NotPlanned),
            ..Change::default()
        };
        let c = issue_change(&scheme, &before, &change, None, None);
        assert_eq!(c.add_labels, labels(&["identity-request"]));
        assert_eq!(c.remove_labels, scheme.all_status_labels());
        assert_eq!(
            c.state,
            Some((IssueState::Closed, Some(StateReason::NotPlanned)))
        );
    }

    #[test]
    fn a_status_on_a_closed_request_reopens_it() {
        let scheme = LabelScheme::default();
        let mut before = request_with_labels(&["identity-request"]);
        before.state = IssueState::Closed;
        let change = Change {
            status: Some(Status::InProgress),
            ..Change::default()
        };
        let c = issue_change(&scheme, &before, &change, None, None);
        assert_eq!(
            c.state,
            Some((IssueState::Open, Some(StateReason::Reopened)))
        );
    }

    #[test]
    fn snoozing_again_replaces_the_old_date() {
        let scheme = LabelScheme::default();
        let before = request_with_labels(&["identity-request", "snoozed-until: 2026-12-01"]);
        let change = Change {
            snooze_until: NaiveDate::from_ymd_opt(2026, 12, 9),
            ..Change::default()
        };
        let c = issue_change(&scheme, &before, &change, None, None);
        assert_eq!(
            c.add_labels,
            labels(&["identity-request", "snoozed-until: 2026-12-09"])
        );
        assert_eq!(c.remove_labels, labels(&["snoozed-until: 2026-12-01"]));
    }

    #[test]
    fn at_me_becomes_the_current_user() {
        let got = resolve_assignees(&labels(&["@me", "@jdoe", "asmith"]), "me1");
        assert_eq!(got, labels(&["me1", "jdoe", "asmith"]));
    }
}
