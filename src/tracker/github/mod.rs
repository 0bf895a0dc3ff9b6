//! The GitHub tracker: requests are issues in the team's repository, read and
//! written through octocrab's raw HTTP calls with idreq's own small serde
//! types, so every header (Link, Retry-After, X-RateLimit-*, X-OAuth-Scopes)
//! is in reach and no octocrab type leaves this module.
//!
//! Failure policy (users are never left guessing):
//! - octocrab is built without its `retry` feature, so it never re-sends
//!   anything by itself; connect and read timeouts are always set.
//! - Requests that are safe to repeat (reads, label edits, PATCH) are retried
//!   on 5xx and broken connections, with backoff and jitter, 3 attempts.
//! - A secondary rate limit (429, or 403 with `Retry-After`) is waited out,
//!   at most twice and at most a minute in all; an exhausted primary limit
//!   fails at once, saying when it resets.
//! - A create is never simply re-sent: when a failure may have reached GitHub,
//!   the issue carrying the request's marker is looked for first.

mod admin;
mod client;
mod errors;
mod pages;
mod transport;
mod wire;

pub use admin::{LabelSpec, RepoAccess, TokenOwner};
use errors::*;
pub use pages::encode;
pub use transport::RetryPolicy;
use transport::*;
use wire::*;

use std::collections::BTreeSet;
use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use octocrab::Octocrab;
use secrecy::SecretString;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::cache::{CachedPage, PageCache};
use super::{
    Comment, Issue, IssueChange, IssueFilter, IssueState, NewIssue, StateFilter, StateReason,
    Tracker, TrackerError, TrackerInfo, TrackerKind,
};
use crate::request::body;
use crate::request::RequestId;
use crate::tracker::repo::RepoSlug;

/// GitHub's public API.
pub const DEFAULT_API_URL: &str = "https://api.github.com";

/// Items per page (GitHub's maximum).
const PER_PAGE: u32 = 100;

/// Requests in flight at once, over every list one command reads (the issue
/// pages and the search beside them). GitHub's documented secondary rate
/// limits allow "no more than 100 concurrent requests", shared by the REST
/// and GraphQL APIs (docs.github.com, REST API > Rate limits for the REST
/// API > About secondary rate limits); 50 stays well inside that with room
/// for a second client, and fetches a queue of 5,000 requests (50 pages)
/// in one round trip after the first page.
pub const PAGE_CONCURRENCY: usize = 50;

/// How to reach the repository.
pub struct GitHubSettings {
    pub api_url: String,
    pub repo: RepoSlug,
    pub token: SecretString,
    pub connect_timeout: Duration,
    pub read_timeout: Duration,
}

/// The GitHub-backed tracker.
pub struct GitHubTracker {
    crab: Octocrab,
    repo: RepoSlug,
    api_url: String,
    user: tokio::sync::OnceCell<String>,
    retry: RetryPolicy,
    in_flight: std::sync::Arc<tokio::sync::Semaphore>,
    cache: Option<PageCache>,
    /// With an offline cache: when the oldest list served was fetched.
    served_from: std::sync::Mutex<Option<DateTime<Utc>>>,
}

impl GitHubTracker {
    /// Builds the client: no automatic retries (the `retry` feature is off),
    /// connect and read timeouts set, plain `http://` allowed for tests.
    pub fn new(settings: GitHubSettings) -> Result<Self, TrackerError> {
        let bad_url = |detail: String| TrackerError::Unreachable {
            url: settings.api_url.clone(),
            detail,
        };
        let uri: http::Uri = settings
            .api_url
            .parse()
            .map_err(|_| bad_url("not a valid URL".into()))?;
        if uri.scheme().is_none() || uri.authority().is_none() {
            return Err(bad_url(
                "not an absolute URL (e.g. https://api.github.com)".into(),
            ));
        }
        let timeouts = client::Timeouts {
            connect: settings.connect_timeout,
            read: settings.read_timeout,
        };
        let crab = client::build(uri, &settings.token, timeouts).map_err(bad_url)?;
        Ok(Self {
            crab,
            repo: settings.repo,
            api_url: settings.api_url.trim_end_matches('/').to_string(),
            user: tokio::sync::OnceCell::new(),
            retry: RetryPolicy::default(),
            in_flight: std::sync::Arc::new(tokio::sync::Semaphore::new(PAGE_CONCURRENCY)),
            cache: None,
            served_from: std::sync::Mutex::new(None),
        })
    }

    /// Sets how many list pages are fetched at once (at least 1).
    pub fn with_page_concurrency(mut self, pages: usize) -> Self {
        self.in_flight = std::sync::Arc::new(tokio::sync::Semaphore::new(pages.max(1)));
        self
    }

    /// Keeps list pages in `cache`: later lists send `If-None-Match` and use
    /// the saved page on `304`; an offline cache answers lists with no network.
    pub fn with_cache(mut self, cache: PageCache) -> Self {
        self.cache = Some(cache);
        self
    }

    /// With an offline cache: when the oldest list served so far was fetched.
    pub fn offline_as_of(&self) -> Option<DateTime<Utc>> {
        *self.served_from.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn is_offline(&self) -> bool {
        self.cache.as_ref().is_some_and(PageCache::is_offline)
    }

    /// Replaces the retry policy (tests, or callers that must not wait).
    pub fn with_retry_policy(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Returns the repository.
    pub fn repo(&self) -> &RepoSlug {
        &self.repo
    }

    fn repo_path(&self) -> String {
        format!(
            "/repos/{}/{}",
            encode(&self.repo.owner),
            encode(&self.repo.name)
        )
    }
}

/// Returns true when `issue` carries request `id` in its marker.
fn carries(issue: &Issue, id: &RequestId) -> bool {
    issue.body.contains(&body::marker_needle(id))
        && body::parse(&issue.body)
            .marker
            .is_some_and(|m| &m.request_id == id)
}

impl Tracker for GitHubTracker {
    fn info(&self) -> TrackerInfo {
        TrackerInfo {
            kind: TrackerKind::GitHub,
            location: self.repo.to_string(),
        }
    }

    async fn create(&self, issue: &NewIssue) -> Result<Issue, TrackerError> {
        // https://docs.github.com/en/rest/issues/issues#create-an-issue
        let path = format!("{}/issues", self.repo_path());
        let mut payload = json!({ "title": issue.title, "body": issue.body });
        if !issue.labels.is_empty() {
            payload["labels"] = json!(issue.labels);
        }
        if !issue.assignees.is_empty() {
            payload["assignees"] = json!(issue.assignees);
        }
        let mut attempt = 1;
        loop {
            let sent = self
                .request(
                    Verb::Post,
                    &path,
                    Some(&payload),
                    Repeat::Unsafe,
                    Target::Repo,
                )
                .await;
            match sent {
                Ok(reply) => {
                    let created: Issue = parse_json::<GhIssue>(&reply.body)?.into();
                    // Read it back: GitHub silently drops labels and assignees
                    // set by people without triage rights. The issue exists, so
                    // a failed read-back must not turn into a failure.
                    return Ok(self.get_issue(created.number).await.unwrap_or(created));
                }
                Err(e) if e.may_have_landed() => {
                    // The request may have reached GitHub: look before sending again.
                    match self.find_request(&issue.request_id).await {
                        Ok(Some(found)) => return Ok(found),
                        // After a timeout GitHub may still be working on the
                        // create: not finding it yet proves nothing, so never
                        // send it again (the draft is kept; a resume looks first).
                        Ok(None) if attempt < self.retry.attempts && e != TrackerError::Timeout => {
                            tokio::time::sleep(self.backoff(attempt)).await;
                            attempt += 1;
                        }
                        _ => return Err(e),
                    }
                }
                Err(e) => return Err(e),
            }
        }
    }

    async fn get(&self, number: u64) -> Result<Issue, TrackerError> {
        let issue = self.get_issue(number).await?;
        Ok(issue)
    }

    async fn list(&self, filter: &IssueFilter) -> Result<Vec<Issue>, TrackerError> {
        let state = match filter.state {
            StateFilter::Open => "open",
            StateFilter::Closed => "closed",
            StateFilter::All => "all",
        };
        // https://docs.github.com/en/rest/issues/issues#list-repository-issues
        let mut path = format!(
            "{}/issues?state={state}&sort=created&direction=asc",
            self.repo_path()
        );
        if !filter.labels.is_empty() {
            path.push_str(&format!("&labels={}", encode(&filter.labels.join(","))));
        }
        // `since` bounds the last update, and closing is an update: every
        // issue closed since then is in the answer (the rest is dropped below).
        if let Some(since) = filter.closed_since {
            path.push_str(&format!(
                "&since={}",
                encode(&since.format("%Y-%m-%dT%H:%M:%SZ").to_string())
            ));
        }
        // Requests whose labels GitHub dropped: marked bodies without the base
        // label. The search runs alongside the list, not after it.
        let unlabelled_query = filter
            .labels
            .first()
            .filter(|_| filter.include_unlabelled_requests)
            .map(|base| {
                let mut q = format!(
                    "repo:{} is:issue idreq in:body -label:\"{}\"",
                    self.repo,
                    base.replace('"', "")
                );
                match filter.state {
                    StateFilter::Open => q.push_str(" is:open"),
                    StateFilter::Closed => q.push_str(" is:closed"),
                    StateFilter::All => {}
                }
                if let Some(since) = filter.closed_since {
                    q.push_str(&format!(" closed:>={}", since.format("%Y-%m-%d")));
                }
                q
            });
        let unlabelled = async {
            match &unlabelled_query {
                Some(q) => self.search(q, true).await,
                None => Ok(Vec::new()),
            }
        };
        let (bodies, unlabelled) =
            futures::try_join!(self.get_pages_cached(&path, Target::Repo), unlabelled)?;
        let mut seen = BTreeSet::new();
        let mut issues = Vec::new();
        for b in bodies {
            for i in parse_json::<Vec<GhIssue>>(&b)? {
                if i.pull_request.is_none() && seen.insert(i.number) {
                    issues.push(Issue::from(i));
                }
            }
        }
        for i in unlabelled {
            let marked = body::parse(&i.body).marker.is_some();
            if marked && seen.insert(i.number) {
                issues.push(i);
            }
        }
        issues.retain(|i| filter.closed_in_range(i));
        issues.sort_by_key(|i| i.number);
        Ok(issues)
    }

    async fn update(&self, number: u64, change: &IssueChange) -> Result<Issue, TrackerError> {
        let issue_path = format!("{}/issues/{number}", self.repo_path());
        if !change.add_labels.is_empty() {
            // https://docs.github.com/en/rest/issues/labels#add-labels-to-an-issue
            let body = json!({ "labels": change.add_labels });
            self.request(
                Verb::Post,
                &format!("{issue_path}/labels"),
                Some(&body),
                Repeat::Safe,
                Target::Issue(number),
            )
            .await?;
        }
        for label in &change.remove_labels {
            // https://docs.github.com/en/rest/issues/labels#remove-a-label-from-an-issue
            let path = format!("{issue_path}/labels/{}", encode(label));
            match self
                .request(
                    Verb::Delete,
                    &path,
                    None,
                    Repeat::Safe,
                    Target::Other(format!("label `{label}` on request #{number}")),
                )
                .await
            {
                // Not on the issue (any more): nothing to remove.
                Ok(_) | Err(TrackerError::NotFound { .. }) => {}
                Err(e) => return Err(e),
            }
        }
        let mut patch = serde_json::Map::new();
        if let Some(assignees) = &change.assignees {
            patch.insert("assignees".into(), json!(assignees));
        }
        if let Some((state, reason)) = change.state {
            let state = match state {
                IssueState::Open => "open",
                IssueState::Closed => "closed",
            };
            patch.insert("state".into(), json!(state));
            if let Some(r) = reason {
                patch.insert("state_reason".into(), json!(r.as_str()));
            }
        }
        if !patch.is_empty() {
            // https://docs.github.com/en/rest/issues/issues#update-an-issue
            self.request(
                Verb::Patch,
                &issue_path,
                Some(&Value::Object(patch)),
                Repeat::Safe,
                Target::Issue(number),
            )
            .await?;
        }
        self.get_issue(number).await
    }

    async fn comment(&self, number: u64, body: &str) -> Result<Comment, TrackerError> {
        // https://docs.github.com/en/rest/issues/comments#create-an-issue-comment
        let path = format!("{}/issues/{number}/comments", self.repo_path());
        let reply = self
            .request(
                Verb::Post,
                &path,
                Some(&json!({ "body": body })),
                Repeat::Unsafe,
                Target::Issue(number),
            )
            .await?;
        Ok(comment_of(parse_json(&reply.body)?))
    }

    async fn comments(&self, number: u64) -> Result<Vec<Comment>, TrackerError> {
        // https://docs.github.com/en/rest/issues/comments#list-issue-comments
        let path = format!("{}/issues/{number}/comments", self.repo_path());
        let mut out = Vec::new();
        for b in self.get_pages(&path, Target::Issue(number)).await? {
            out.extend(
                parse_json::<Vec<GhComment>>(&b)?
                    .into_iter()
                    .map(comment_of),
            );
        }
        Ok(out)
    }

    async fn find_request(&self, id: &RequestId) -> Result<Option<Issue>, TrackerError> {
        if let Some(found) = self.find_recent(id).await? {
            return Ok(Some(found));
        }
        // Older requests: the search index (which lags a little behind).
        let q = format!("repo:{} is:issue \"{}\" in:body", self.repo, id);
        Ok(self
            .search(&q, false)
            .await?
            .into_iter()
            .filter(|i| carries(i, id))
            .min_by_key(|i| i.number))
    }

    async fn current_user(&self) -> Result<String, TrackerError> {
        self.user
            .get_or_try_init(|| async { self.token_owner().await.map(|o| o.login) })
            .await
            .cloned()
    }
}
