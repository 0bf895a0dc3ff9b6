//! A tracker issue read as a request: its type, answers and workflow state.
//! This is the stable JSON shape scripts rely on; later fields are added,
//! never renamed.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::request::body::decode_marked;
use crate::request::{Catalogue, FieldValue, RequestId};
use crate::tracker::{Issue, IssueFilter, IssueState, StateFilter, Tracker, TrackerError};
use crate::workflow::labels::{Estimate, LabelScheme, Priority, Status};

/// A request as stored in a tracker.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrackedRequest {
    pub number: u64,
    pub title: String,
    /// The request type key, or null for an issue idreq cannot classify.
    #[serde(rename = "type")]
    pub type_key: Option<String>,
    pub status: Status,
    pub priority: Option<Priority>,
    pub estimate: Option<Estimate>,
    pub assignees: Vec<String>,
    pub author: String,
    #[serde(serialize_with = "crate::time::rfc3339::serialize")]
    pub created_at: DateTime<Utc>,
    #[serde(serialize_with = "crate::time::rfc3339::serialize")]
    pub updated_at: DateTime<Utc>,
    #[serde(serialize_with = "crate::time::rfc3339::serialize_option")]
    pub closed_at: Option<DateTime<Utc>>,
    pub state: IssueState,
    pub url: Option<String>,
    pub fields: BTreeMap<String, FieldValue>,
    pub request_id: Option<String>,
    pub summary: String,
    pub labels: Vec<String>,
    pub target_date: Option<NaiveDate>,
    pub snoozed_until: Option<NaiveDate>,
    pub faq_shown: Vec<String>,
}

impl TrackedRequest {
    /// Reads `issue` with the catalogue and label scheme.
    pub fn from_issue(issue: &Issue, catalogue: &Catalogue, labels: &LabelScheme) -> Self {
        Self::from_owned_issue(issue.clone(), catalogue, labels)
    }

    /// Like [`TrackedRequest::from_issue`], taking the issue (no copies).
    pub fn from_owned_issue(issue: Issue, catalogue: &Catalogue, labels: &LabelScheme) -> Self {
        let number = issue.number;
        let decoded = decode_marked(catalogue, &issue.title, &issue.body, &issue.labels, || {
            RequestId::parse(&format!("issue-{number}")).expect("valid id")
        })
        .ok();
        let (type_key, fields, request_id, summary, faq_shown) = match decoded {
            Some((r, marked)) => (
                Some(r.type_key),
                r.fields,
                marked.then(|| r.request_id.into_string()),
                r.summary,
                r.faq_shown,
            ),
            None => (
                None,
                Default::default(),
                None,
                issue.title.clone(),
                Vec::new(),
            ),
        };
        let status = labels.status_of(&issue);
        Self {
            number: issue.number,
            type_key,
            status,
            priority: labels.priority_of(&issue.labels),
            estimate: labels.estimate_of(&issue.labels),
            created_at: issue.created_at,
            updated_at: issue.updated_at,
            closed_at: issue.closed_at,
            state: issue.state,
            fields,
            request_id,
            summary,
            target_date: labels.target_of(&issue.labels),
            snoozed_until: labels.snoozed_until(&issue.labels),
            faq_shown,
            title: issue.title,
            assignees: issue.assignees,
            author: issue.author,
            url: issue.url,
            labels: issue.labels,
        }
    }

    /// Returns an answer as text, if given.
    pub fn field_text(&self, key: &str) -> Option<String> {
        self.fields.get(key).map(FieldValue::as_text)
    }

    /// Returns true when the requester said Veterans are affected in production.
    pub fn production_impact(&self) -> bool {
        crate::request::production_impact(&self.fields)
    }
}

/// Reads every request in the given state from `tracker`: issues with the
/// base label, plus marked issues whose labels were dropped.
pub async fn read_requests(
    tracker: &impl Tracker,
    catalogue: &Catalogue,
    labels: &LabelScheme,
    state: StateFilter,
) -> Result<Vec<TrackedRequest>, TrackerError> {
    let issues = tracker.list(&request_filter(labels, state)).await?;
    Ok(decode_all(issues, catalogue, labels))
}

/// The list query for every request in `state`.
pub fn request_filter(labels: &LabelScheme, state: StateFilter) -> IssueFilter {
    IssueFilter {
        state,
        labels: vec![labels.base.clone()],
        include_unlabelled_requests: true,
        closed_since: None,
    }
}

/// Below this many issues, reading them on one thread is quicker than
/// starting a second.
const PARALLEL_FROM: usize = 1_000;

/// Reads issues as requests, on two threads for a large queue (reading the
/// bodies is most of the work of `board` and `triage` over thousands).
pub fn decode_all(
    mut issues: Vec<Issue>,
    catalogue: &Catalogue,
    labels: &LabelScheme,
) -> Vec<TrackedRequest> {
    let decode = |part: Vec<Issue>| -> Vec<TrackedRequest> {
        part.into_iter()
            .map(|i| TrackedRequest::from_owned_issue(i, catalogue, labels))
            .collect()
    };
    if issues.len() < PARALLEL_FROM {
        return decode(issues);
    }
    let second = issues.split_off(issues.len() / 2);
    let (mut first, second) = crate::support::parallel::join(|| decode(issues), || decode(second));
    first.extend(second);
    first
}
