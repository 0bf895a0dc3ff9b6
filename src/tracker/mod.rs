//! Where requests are stored: the one `Tracker` interface and its backends
//! (the embedded SQLite tracker and GitHub). Backend types never leave their
//! module; everything here is idreq's own.

pub mod cache;
pub mod github;
pub mod local;
pub mod repo;

pub use repo::RepoSlug;

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::request::RequestId;

/// Open or closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueState {
    Open,
    Closed,
}

/// Why an issue was closed (GitHub's `state_reason`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StateReason {
    Completed,
    NotPlanned,
    Duplicate,
    Reopened,
}

impl StateReason {
    /// Returns GitHub's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            StateReason::Completed => "completed",
            StateReason::NotPlanned => "not_planned",
            StateReason::Duplicate => "duplicate",
            StateReason::Reopened => "reopened",
        }
    }

    /// Parses GitHub's spelling.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "completed" => Some(Self::Completed),
            "not_planned" => Some(Self::NotPlanned),
            "duplicate" => Some(Self::Duplicate),
            "reopened" => Some(Self::Reopened),
            _ => None,
        }
    }
}

/// An issue as any tracker reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub number: u64,
    pub title: String,
    pub body: String,
    pub labels: Vec<String>,
    pub assignees: Vec<String>,
    pub author: String,
    pub state: IssueState,
    pub state_reason: Option<StateReason>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub closed_at: Option<DateTime<Utc>>,
    /// A web address for the issue; `None` on the local tracker.
    pub url: Option<String>,
}

/// What to file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewIssue {
    pub title: String,
    pub body: String,
    pub labels: Vec<String>,
    pub assignees: Vec<String>,
    /// The request id carried in the body marker (for idempotent retries).
    pub request_id: RequestId,
}

/// Which issues to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum StateFilter {
    #[default]
    Open,
    Closed,
    All,
}

/// A list query.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IssueFilter {
    pub state: StateFilter,
    /// Every one of these labels must be present.
    pub labels: Vec<String>,
    /// Also return issues that carry an idreq marker but lost their labels
    /// (GitHub drops labels set by people without triage rights).
    pub include_unlabelled_requests: bool,
    /// Only issues closed at or after this moment (forecast history): the
    /// tracker is asked for no older ones, so a long record costs nothing.
    pub closed_since: Option<DateTime<Utc>>,
}

impl IssueFilter {
    /// Returns true when `issue` passes the `closed_since` bound.
    pub fn closed_in_range(&self, issue: &Issue) -> bool {
        self.closed_since
            .is_none_or(|s| issue.closed_at.is_some_and(|c| c >= s))
    }
}

/// A change to an issue; fields left `None` or empty stay as they are.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IssueChange {
    pub add_labels: Vec<String>,
    pub remove_labels: Vec<String>,
    pub assignees: Option<Vec<String>>,
    pub state: Option<(IssueState, Option<StateReason>)>,
}

impl IssueChange {
    /// Returns the labels after applying this change to `current`.
    pub fn apply_labels(&self, current: &[String]) -> Vec<String> {
        let mut labels: Vec<String> = current
            .iter()
            .filter(|l| !self.remove_labels.contains(l))
            .cloned()
            .collect();
        for l in &self.add_labels {
            if !labels.contains(l) {
                labels.push(l.clone());
            }
        }
        labels
    }
}

/// A comment on an issue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub id: u64,
    pub author: String,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

/// Which backend, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrackerKind {
    Local,
    GitHub,
}

/// A short description of the tracker for messages ("local tracker at …").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrackerInfo {
    pub kind: TrackerKind,
    pub location: String,
}

impl fmt::Display for TrackerInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            TrackerKind::Local => write!(f, "the local tracker ({})", self.location),
            TrackerKind::GitHub => write!(f, "GitHub ({})", self.location),
        }
    }
}

/// Why a tracker call failed, in terms the CLI can give advice for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TrackerError {
    #[error("the tracker rejected the credentials")]
    Unauthorized,
    #[error("access denied: {message}")]
    Forbidden { message: String },
    #[error("rate limited{}", reset_at.map(|t| format!(" until {}", t.format("%H:%M:%S UTC"))).unwrap_or_default())]
    RateLimited { reset_at: Option<DateTime<Utc>> },
    #[error("{what} not found")]
    NotFound { what: String },
    #[error("the tracker refused the request: {message}")]
    Rejected { message: String },
    #[error("could not reach {url}: {detail}")]
    Unreachable { url: String, detail: String },
    #[error("the tracker did not answer in time")]
    Timeout,
    #[error("the tracker failed with HTTP {status}")]
    Server { status: u16 },
    #[error("the tracker sent an answer idreq could not read: {detail}")]
    InvalidResponse { detail: String },
    #[error("local storage failed: {detail}")]
    Storage { detail: String },
    #[error("repository {repo} not found, or your token cannot see it")]
    RepoNotFound { repo: String },
    #[error("the connection to {url} broke off before the answer was complete")]
    Interrupted { url: String },
}

impl TrackerError {
    /// Returns true when the request may have reached the tracker before the
    /// failure, so a create must check before it is sent again.
    pub fn may_have_landed(&self) -> bool {
        matches!(
            self,
            TrackerError::Timeout
                | TrackerError::Server { .. }
                | TrackerError::InvalidResponse { .. }
                | TrackerError::Interrupted { .. }
        )
    }
}

/// Where requests live. Every backend answers the same questions.
#[allow(async_fn_in_trait)]
pub trait Tracker {
    /// Returns what and where this tracker is.
    fn info(&self) -> TrackerInfo;
    /// Files a new issue.
    async fn create(&self, issue: &NewIssue) -> Result<Issue, TrackerError>;
    /// Reads one issue.
    async fn get(&self, number: u64) -> Result<Issue, TrackerError>;
    /// Lists issues matching `filter`, all pages, oldest first.
    async fn list(&self, filter: &IssueFilter) -> Result<Vec<Issue>, TrackerError>;
    /// Changes labels, assignees or state.
    async fn update(&self, number: u64, change: &IssueChange) -> Result<Issue, TrackerError>;
    /// Posts a comment.
    async fn comment(&self, number: u64, body: &str) -> Result<Comment, TrackerError>;
    /// Lists an issue's comments, oldest first.
    async fn comments(&self, number: u64) -> Result<Vec<Comment>, TrackerError>;
    /// Finds the issue that carries request `id` in its marker, if any.
    async fn find_request(&self, id: &RequestId) -> Result<Option<Issue>, TrackerError>;
    /// Returns the login of whoever this tracker acts as.
    async fn current_user(&self) -> Result<String, TrackerError>;
}

/// The configured tracker. An enum rather than a trait object, because async
/// trait methods are not object-safe and there are only two backends.
pub enum AnyTracker {
    Local(local::LocalTracker),
    GitHub(github::GitHubTracker),
}

macro_rules! delegate {
    ($self:ident, $t:ident => $call:expr) => {
        match $self {
            AnyTracker::Local($t) => $call,
            AnyTracker::GitHub($t) => $call,
        }
    };
}

impl Tracker for AnyTracker {
    fn info(&self) -> TrackerInfo {
        delegate!(self, t => t.info())
    }
    async fn create(&self, issue: &NewIssue) -> Result<Issue, TrackerError> {
        delegate!(self, t => t.create(issue).await)
    }
    async fn get(&self, number: u64) -> Result<Issue, TrackerError> {
        delegate!(self, t => t.get(number).await)
    }
    async fn list(&self, filter: &IssueFilter) -> Result<Vec<Issue>, TrackerError> {
        delegate!(self, t => t.list(filter).await)
    }
    async fn update(&self, number: u64, change: &IssueChange) -> Result<Issue, TrackerError> {
        delegate!(self, t => t.update(number, change).await)
    }
    async fn comment(&self, number: u64, body: &str) -> Result<Comment, TrackerError> {
        delegate!(self, t => t.comment(number, body).await)
    }
    async fn comments(&self, number: u64) -> Result<Vec<Comment>, TrackerError> {
        delegate!(self, t => t.comments(number).await)
    }
    async fn find_request(&self, id: &RequestId) -> Result<Option<Issue>, TrackerError> {
        delegate!(self, t => t.find_request(id).await)
    }
    async fn current_user(&self) -> Result<String, TrackerError> {
        delegate!(self, t => t.current_user().await)
    }
}
