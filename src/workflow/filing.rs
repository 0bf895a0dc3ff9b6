//! Filing a request through any `Tracker`, exactly once: render the title,
//! labels and body, create the issue — or, when an earlier attempt failed in
//! a way that may have reached the tracker, first look for the issue that
//! carries the request's marker — and return the filed request with the
//! "we have your request" reply. Every front door files through here.

use super::replies::received_reply;
use super::{Rules, TrackedRequest};
use crate::request::body::{render, render_title};
use crate::request::{Request, RequestType};
use crate::tracker::{Issue, NewIssue, Tracker, TrackerError};

/// Whether an earlier attempt to file the same request (same request id) failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    /// Nothing was sent before: create the issue.
    First,
    /// An earlier attempt failed and may have landed: look for the marker first.
    Retry,
}

/// A request filed.
#[derive(Debug, Clone)]
pub struct Filed {
    /// The issue as the tracker returned it.
    pub issue: Issue,
    /// The same issue read as a request (number, URL, labels, answers).
    pub request: TrackedRequest,
    /// Labels asked for that the tracker did not apply (on GitHub: the filer
    /// has no triage rights on the repository).
    pub labels_dropped: Vec<String>,
    /// The "received" reply for the requester.
    pub received: String,
}

/// Why a request was not filed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FilingError {
    #[error("`{0}` is not a request type")]
    UnknownType(String),
    /// The type is not filed by idreq; `redirect` says where it goes.
    #[error("`{type_key}` requests are not filed with idreq")]
    NotFiled { type_key: String, redirect: String },
    #[error(transparent)]
    Tracker(#[from] TrackerError),
}

impl FilingError {
    /// True when the request may have been filed despite the error: file
    /// again with [`Attempt::Retry`] and the same request id.
    pub fn may_have_landed(&self) -> bool {
        matches!(self, FilingError::Tracker(e) if e.may_have_landed())
    }
}

/// Returns the issue that filing `request` would create (also the
/// `--dry-run` preview).
pub fn new_issue(rules: &Rules, request: &Request) -> Result<NewIssue, FilingError> {
    let t = filed_type(rules, request)?;
    Ok(NewIssue {
        title: render_title(t, request),
        body: render(&rules.catalogue, t, request),
        labels: rules.labels.for_new_request(t, request.production_impact()),
        assignees: Vec::new(),
        request_id: request.request_id.clone(),
    })
}

/// Files `request` once (see the module header) and returns it as filed.
pub async fn file_request(
    tracker: &impl Tracker,
    rules: &Rules,
    request: &Request,
    attempt: Attempt,
) -> Result<Filed, FilingError> {
    let wanted = new_issue(rules, request)?;
    let issue = file_once(tracker, &wanted, attempt).await?;
    let filed = TrackedRequest::from_issue(&issue, &rules.catalogue, &rules.labels);
    let labels_dropped = wanted
        .labels
        .into_iter()
        .filter(|l| !issue.labels.contains(l))
        .collect();
    Ok(Filed {
        received: received_reply(rules, &filed),
        request: filed,
        issue,
        labels_dropped,
    })
}

/// Creates the issue, unless an earlier attempt that may have landed did.
async fn file_once(
    tracker: &impl Tracker,
    issue: &NewIssue,
    attempt: Attempt,
) -> Result<Issue, TrackerError> {
    if attempt == Attempt::Retry {
        if let Some(existing) = tracker.find_request(&issue.request_id).await? {
            return Ok(existing);
        }
    }
    tracker.create(issue).await
}

fn filed_type<'r>(rules: &'r Rules, request: &Request) -> Result<&'r RequestType, FilingError> {
    let t = rules
        .catalogue
        .get(&request.type_key)
        .ok_or_else(|| FilingError::UnknownType(request.type_key.clone()))?;
    if !t.filed {
        return Err(FilingError::NotFiled {
            type_key: t.key.clone(),
            redirect: t.redirect.clone().unwrap_or_default(),
        });
    }
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::validate::{check_request, RawRequest};
    use crate::request::RequestId;
    use crate::time::Clock;
    use crate::tracker::local::LocalTracker;
    use crate::workflow::test_support::{pr_review_answers, rules};

    fn at() -> chrono::DateTime<chrono::Utc> {
        "2026-12-01T15:00:00Z".parse().unwrap()
    }

    fn request(rules: &Rules) -> Request {
        let raw = RawRequest {
            type_key: "pr-review".into(),
            summary: "Review the MHV sign-in PR".into(),
            answers: pr_review_answers(),
            request_id: RequestId::new_random(),
            faq_shown: Vec::new(),
        };
        check_request(&rules.catalogue, &raw, at().date_naive())
            .expect("valid answers")
            .0
    }

    #[tokio::test]
    async fn files_once_and_returns_the_request_and_the_received_reply() {
        let dir = tempfile::tempdir().unwrap();
        let tracker =
            LocalTracker::open(&dir.path().join("r.sqlite3"), "jdoe", Clock::fixed(at())).unwrap();
        let rules = rules();
        let request = request(&rules);
        let filed = file_request(&tracker, &rules, &request, Attempt::First)
            .await
            .unwrap();
        assert_eq!(filed.request.number, 1);
        assert_eq!(filed.request.title, "[PR review] Review the MHV sign-in PR");
        assert_eq!(filed.request.type_key.as_deref(), Some("pr-review"));
        assert_eq!(
            filed.request.request_id.as_deref(),
            Some(request.request_id.as_str())
        );
        assert!(filed.request.labels.contains(&"status: new".to_string()));
        assert!(filed.labels_dropped.is_empty());
        assert!(filed.received.contains("#1"), "{}", filed.received);

        // A retry of the same request finds the issue instead of filing a second.
        let again = file_request(&tracker, &rules, &request, Attempt::Retry)
            .await
            .unwrap();
        assert_eq!(again.request.number, 1);
        let all = tracker
            .list(&crate::tracker::IssueFilter::default())
            .await
            .unwrap();
        assert_eq!(all.len(), 1);
    }

    #[tokio::test]
    async fn an_unfiled_type_is_refused_with_its_redirect() {
        let rules = rules();
        let mut request = request(&rules);
        request.type_key = "other".into();
        match new_issue(&rules, &request) {
            Err(FilingError::NotFiled { redirect, .. }) => assert!(!redirect.is_empty()),
            other => panic!("expected NotFiled, got {other:?}"),
        }
        request.type_key = "nope".into();
        assert_eq!(
            new_issue(&rules, &request).unwrap_err(),
            FilingError::UnknownType("nope".into())
        );
    }
}
