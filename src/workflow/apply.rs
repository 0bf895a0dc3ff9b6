//! Applying a change through any `Tracker`: labels, assignees and state in
//! one update, then the standard reply as a comment (and a note on the
//! original of a duplicate). Returns what was done; prints nothing, so a
//! terminal, a web hook or a Slack thread can show it as it likes.

use serde::Serialize;

use super::action::Action;
use super::change::{issue_change, resolve_assignees, Change};
use super::replies::render_reply;
use super::{Rules, TrackedRequest};
use crate::tracker::{Issue, StateReason, Tracker, TrackerError};

/// Why a change could not be applied.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApplyError {
    #[error(transparent)]
    Tracker(#[from] TrackerError),
    #[error("#{0} cannot be a duplicate of itself")]
    SelfDuplicate(u64),
    /// The request named as the original of a duplicate cannot be read.
    #[error("{error}")]
    NoSuchOriginal { of: u64, error: TrackerError },
}

/// The request changed, its reply rendered but not yet posted.
#[derive(Debug, Clone)]
pub struct Updated {
    pub before: TrackedRequest,
    pub after: TrackedRequest,
    pub issue: Issue,
    /// The standard reply for the change, if it has one.
    pub reply: Option<String>,
    pub labels_added: Vec<String>,
    pub labels_removed: Vec<String>,
    pub duplicate_of: Option<u64>,
}

/// What an action did (also what `--json` prints for it).
#[derive(Debug, Clone, Serialize)]
pub struct Applied {
    pub number: u64,
    pub action: String,
    #[serde(flatten)]
    pub request: TrackedRequest,
    pub state_reason: Option<StateReason>,
    /// The reply posted, if any.
    pub reply: Option<String>,
    /// Labels the update asked to add and to remove.
    #[serde(skip)]
    pub labels_added: Vec<String>,
    #[serde(skip)]
    pub labels_removed: Vec<String>,
}

/// Reads request `number` as it is now.
pub async fn read_request(
    tracker: &impl Tracker,
    rules: &Rules,
    number: u64,
) -> Result<TrackedRequest, TrackerError> {
    let issue = tracker.get(number).await?;
    Ok(TrackedRequest::from_issue(
        &issue,
        &rules.catalogue,
        &rules.labels,
    ))
}

/// Reads the request, builds `action`'s change and applies it.
pub async fn apply_action(
    tracker: &impl Tracker,
    rules: &Rules,
    number: u64,
    action: &Action,
) -> Result<Applied, ApplyError> {
    let updated = prepare_action(tracker, rules, number, action).await?;
    let reply = updated.reply.clone();
    post(tracker, updated, action.name(), reply).await
}

/// The first half of [`apply_action`]: reads the request, changes it and
/// renders the reply, posting nothing (so a person can edit the reply first).
pub async fn prepare_action(
    tracker: &impl Tracker,
    rules: &Rules,
    number: u64,
    action: &Action,
) -> Result<Updated, ApplyError> {
    let before = read_request(tracker, rules, number).await?;
    let change = action.change(&before);
    update_from(tracker, rules, before, &change).await
}

/// Applies `change` to request `number` and posts its reply.
pub async fn apply(
    tracker: &impl Tracker,
    rules: &Rules,
    number: u64,
    action_name: &str,
    change: &Change,
) -> Result<Applied, ApplyError> {
    let updated = update(tracker, rules, number, change).await?;
    let reply = updated.reply.clone();
    post(tracker, updated, action_name, reply).await
}

/// The first half of [`apply`]: changes the request and renders its reply,
/// posting nothing (so a person can edit the reply first).
pub async fn update(
    tracker: &impl Tracker,
    rules: &Rules,
    number: u64,
    change: &Change,
) -> Result<Updated, ApplyError> {
    let before = read_request(tracker, rules, number).await?;
    update_from(tracker, rules, before, change).await
}

async fn update_from(
    tracker: &impl Tracker,
    rules: &Rules,
    before: TrackedRequest,
    change: &Change,
) -> Result<Updated, ApplyError> {
    let number = before.number;
    if let Some(of) = change.duplicate_of {
        if of == number {
            return Err(ApplyError::SelfDuplicate(number));
        }
        tracker
            .get(of)
            .await
            .map_err(|error| ApplyError::NoSuchOriginal { of, error })?;
    }
    let me = tracker.current_user().await?;
    let assignees = change
        .assignees
        .as_ref()
        .map(|list| resolve_assignees(list, &me));
    let type_label = before
        .type_key
        .as_deref()
        .and_then(|k| rules.catalogue.get(k))
        .map(|t| t.label());
    let wanted = issue_change(&rules.labels, &before, change, assignees, type_label);
    let issue = tracker.update(number, &wanted).await?;
    let after = TrackedRequest::from_issue(&issue, &rules.catalogue, &rules.labels);
    let reply = change
        .reply
        .map(|r| render_reply(rules, r, &before, &after, change));
    Ok(Updated {
        before,
        after,
        issue,
        reply,
        labels_added: wanted.add_labels,
        labels_removed: wanted.remove_labels,
        duplicate_of: change.duplicate_of,
    })
}

/// The second half of [`apply`]: posts `reply` (unless blank) and, for a
/// duplicate, a note on the original.
pub async fn post(
    tracker: &impl Tracker,
    updated: Updated,
    action_name: &str,
    reply: Option<String>,
) -> Result<Applied, ApplyError> {
    let number = updated.after.number;
    if let Some(text) = reply.as_ref().filter(|t| !t.trim().is_empty()) {
        tracker.comment(number, text).await?;
    }
    if let Some(of) = updated.duplicate_of {
        let note = format!("#{number} was closed as a duplicate of this request.");
        tracker.comment(of, &note).await?;
    }
    Ok(Applied {
        number,
        action: action_name.to_string(),
        state_reason: updated.issue.state_reason,
        request: updated.after,
        reply,
        labels_added: updated.labels_added,
        labels_removed: updated.labels_removed,
    })
}
