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

use std::collections::BTreeSet;
use std::hash::{BuildHasher, Hasher};
use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use futures::stream::{self, StreamExt, TryStreamExt};
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
use crate::repo::RepoSlug;
use crate::request::body;
use crate::request::RequestId;

/// GitHub's public API.
pub const DEFAULT_API_URL: &str = "https://api.github.com";

/// The REST API version idreq is written against.
const API_VERSION: &str = "2022-11-28";

/// Items per page (GitHub's maximum).
const PER_PAGE: u32 = 100;

/// Pages fetched at once once the first page says how many there are: a
/// queue of 2,000 requests (20 pages) arrives in one more round trip. GitHub
/// allows 100 concurrent requests.
pub const PAGE_CONCURRENCY: usize = 20;

/// How to reach the repository.
pub struct GitHubSettings {
    pub api_url: String,
    pub repo: RepoSlug,
    pub token: SecretString,
    pub connect_timeout: Duration,
    pub read_timeout: Duration,
}

/// How hard to try before giving up.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Attempts for requests that are safe to repeat (5xx, broken connections).
    pub attempts: u32,
    /// The first backoff; doubled each time, plus up to 50 % jitter.
    pub backoff: Duration,
    /// Waits for a secondary rate limit.
    pub rate_limit_retries: u32,
    /// The longest total wait for rate limits.
    pub max_rate_limit_wait: Duration,
}

impl RetryPolicy {
    /// Returns the wait before attempt `attempt + 1`: doubling, plus jitter.
    pub fn backoff_for(&self, attempt: u32) -> Duration {
        let base = self.backoff * 2u32.saturating_pow(attempt.saturating_sub(1));
        base + base.mul_f64(0.5 * jitter_fraction())
    }
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            attempts: 3,
            backoff: Duration::from_millis(300),
            rate_limit_retries: 2,
            max_rate_limit_wait: Duration::from_secs(60),
        }
    }
}

/// Who the token belongs to, and what it may do (`GET /user`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TokenOwner {
    pub login: String,
    /// From `X-OAuth-Scopes`; `None` for fine-grained tokens, which send none.
    pub scopes: Option<Vec<String>>,
}

/// The token's rights on the repository (`permissions` of `GET /repos/{owner}/{repo}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct RepoAccess {
    pub admin: bool,
    pub maintain: bool,
    pub push: bool,
    pub triage: bool,
    pub pull: bool,
}

impl RepoAccess {
    /// Returns true when labels and assignees set at creation will stick.
    pub fn can_triage(&self) -> bool {
        self.triage || self.push || self.maintain || self.admin
    }
}

/// A repository label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabelSpec {
    pub name: String,
    /// Six hex digits, no `#`.
    pub color: String,
    #[serde(default)]
    pub description: Option<String>,
}

/// The GitHub-backed tracker.
pub struct GitHubTracker {
    crab: Octocrab,
    repo: RepoSlug,
    api_url: String,
    user: tokio::sync::OnceCell<String>,
    retry: RetryPolicy,
    page_concurrency: usize,
    cache: Option<PageCache>,
    /// With an offline cache: when the oldest list served was fetched.
    served_from: std::sync::Mutex<Option<DateTime<Utc>>>,
}

/// Whether sending a request twice has the same effect as sending it once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Repeat {
    Safe,
    Unsafe,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verb {
    Get,
    Post,
    Patch,
    Delete,
}

fn verb_name(verb: Verb) -> &'static str {
    match verb {
        Verb::Get => "GET",
        Verb::Post => "POST",
        Verb::Patch => "PATCH",
        Verb::Delete => "DELETE",
    }
}

/// What a 404 means for a call.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Target {
    Repo,
    Issue(u64),
    Other(String),
}

/// An HTTP answer, with the headers idreq reads.
#[derive(Debug)]
struct Reply {
    status: u16,
    body: String,
    link: Option<String>,
    etag: Option<String>,
    retry_after: Option<u64>,
    ratelimit_remaining: Option<u64>,
    ratelimit_reset: Option<i64>,
    scopes: Option<String>,
}

/// GitHub's issue JSON, as much as idreq reads.
#[derive(Debug, Deserialize)]
struct GhIssue {
    number: u64,
    title: String,
    #[serde(default)]
    body: Option<String>,
    #[serde(default)]
    labels: Vec<GhLabel>,
    #[serde(default)]
    assignees: Option<Vec<GhUser>>,
    #[serde(default)]
    user: Option<GhUser>,
    state: String,
    #[serde(default)]
    state_reason: Option<String>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    #[serde(default)]
    closed_at: Option<DateTime<Utc>>,
    #[serde(default)]
    html_url: Option<String>,
    #[serde(default)]
    pull_request: Option<Value>,
}

/// A label on an issue: GitHub's schema allows a bare name or an object.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum GhLabel {
    Name(String),
    Object { name: Option<String> },
}

#[derive(Debug, Deserialize)]
struct GhUser {
    login: String,
}

#[derive(Debug, Deserialize)]
struct GhComment {
    id: u64,
    #[serde(default)]
    user: Option<GhUser>,
    #[serde(default)]
    body: Option<String>,
    created_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize)]
struct GhSearch {
    #[serde(default)]
    items: Vec<GhIssue>,
}

#[derive(Debug, Deserialize)]
struct GhRepo {
    #[serde(default)]
    permissions: Option<RepoAccess>,
}

#[derive(Debug, Default, Deserialize)]
struct GhError {
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    errors: Option<Vec<Value>>,
}

impl From<GhIssue> for Issue {
    fn from(i: GhIssue) -> Self {
        Issue {
            number: i.number,
            title: i.title,
            body: i.body.unwrap_or_default(),
            labels: i
                .labels
                .into_iter()
                .filter_map(|l| match l {
                    GhLabel::Name(n) => Some(n),
                    GhLabel::Object { name } => name,
                })
                .collect(),
            assignees: i
                .assignees
                .unwrap_or_default()
                .into_iter()
                .map(|u| u.login)
                .collect(),
            author: i.user.map(|u| u.login).unwrap_or_else(|| "ghost".into()),
            state: if i.state == "closed" {
                IssueState::Closed
            } else {
                IssueState::Open
            },
            state_reason: i.state_reason.as_deref().and_then(StateReason::parse),
            created_at: i.created_at,
            updated_at: i.updated_at,
            closed_at: i.closed_at,
            url: i.html_url,
        }
    }
}

/// Percent-encodes `text` for a URL path segment or query value.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Returns the URL of relation `rel` in a `Link` header.
fn link_target<'a>(link: &'a str, rel: &str) -> Option<&'a str> {
    let wanted = format!("rel=\"{rel}\"");
    link.split(',').find_map(|part| {
        let (url, params) = part.split_once(';')?;
        params
            .split(';')
            .any(|p| p.trim() == wanted)
            .then(|| url.trim().trim_start_matches('<').trim_end_matches('>'))
    })
}

/// Returns the `page` query parameter of a URL.
fn page_number(url: &str) -> Option<u32> {
    let query = url.split_once('?')?.1;
    query
        .split('&')
        .find_map(|kv| kv.strip_prefix("page="))
        .and_then(|v| v.parse().ok())
}

/// Returns a random fraction in [0, 1) for jitter (no extra crate needed).
fn jitter_fraction() -> f64 {
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(0x1d5e9);
    (h.finish() % 10_000) as f64 / 10_000.0
}

/// Describes GitHub's validation errors in one line.
fn github_message(body: &str) -> String {
    let parsed: GhError = serde_json::from_str(body).unwrap_or_default();
    let mut text = parsed.message.unwrap_or_else(|| {
        let t = body.trim();
        if t.is_empty() {
            "no details given".to_string()
        } else {
            t.chars().take(200).collect()
        }
    });
    let details: Vec<String> = parsed
        .errors
        .unwrap_or_default()
        .iter()
        .map(|e| match e {
            Value::String(s) => s.clone(),
            Value::Object(o) => {
                if let Some(m) = o.get("message").and_then(Value::as_str) {
                    return m.to_string();
                }
                let field = o.get("field").and_then(Value::as_str).unwrap_or("a field");
                match o.get("code").and_then(Value::as_str) {
                    Some("missing_field") => format!("`{field}` is missing"),
                    Some("invalid") => format!("`{field}` is invalid"),
                    Some("already_exists") => format!("`{field}` already exists"),
                    Some("missing") => format!("`{field}` does not exist"),
                    Some(code) => format!("`{field}`: {code}"),
                    None => format!("`{field}` was refused"),
                }
            }
            other => other.to_string(),
        })
        .collect();
    if !details.is_empty() {
        text = format!("{text} ({})", details.join("; "));
    }
    text
}

/// Classifies a failed HTTP exchange (no status received) by walking the
/// error's causes; octocrab's own Display text is never shown.
fn transport_error(url: &str, e: &octocrab::Error) -> TrackerError {
    let mut connect = false;
    let mut timed_out = false;
    let mut detail = None;
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind::*;
            match io.kind() {
                TimedOut => timed_out = true,
                ConnectionRefused | AddrNotAvailable | NotFound | HostUnreachable
                | NetworkUnreachable => {
                    connect = true;
                    detail = Some(match io.kind() {
                        ConnectionRefused => "connection refused".to_string(),
                        _ => "no route to the server".to_string(),
                    });
                }
                _ => {}
            }
        }
        let text = s.to_string();
        // hyper-util's client error says "(Connect)" when nothing was sent.
        if text.contains("(Connect)") {
            connect = true;
        }
        if text.starts_with("dns error") {
            connect = true;
            detail = Some("the host name could not be resolved".to_string());
        }
        source = s.source();
    }
    if connect {
        TrackerError::Unreachable {
            url: url.to_string(),
            detail: detail.unwrap_or_else(|| {
                if timed_out {
                    "the connection timed out".to_string()
                } else {
                    "the connection failed".to_string()
                }
            }),
        }
    } else if timed_out {
        TrackerError::Timeout
    } else {
        TrackerError::Interrupted {
            url: url.to_string(),
        }
    }
}

fn parse_json<T: DeserializeOwned>(body: &str) -> Result<T, TrackerError> {
    serde_json::from_str(body).map_err(|e| TrackerError::InvalidResponse {
        detail: format!("unexpected JSON from GitHub ({e})"),
    })
}

/// What to do about a 403/429.
enum RateLimit {
    /// A secondary limit: wait this long, then try again.
    Wait(Duration),
    /// The hourly quota is used up.
    Exhausted(Option<DateTime<Utc>>),
}

fn rate_limit_of(reply: &Reply) -> Option<RateLimit> {
    if reply.status != 403 && reply.status != 429 {
        return None;
    }
    if let Some(secs) = reply.retry_after {
        return Some(RateLimit::Wait(Duration::from_secs(secs)));
    }
    let reset_at = reply
        .ratelimit_reset
        .and_then(|t| Utc.timestamp_opt(t, 0).single());
    if reply.ratelimit_remaining == Some(0) {
        return Some(RateLimit::Exhausted(reset_at));
    }
    let message = github_message(&reply.body).to_ascii_lowercase();
    if reply.status == 429 || message.contains("secondary rate limit") {
        // GitHub: without Retry-After, wait at least a minute.
        return Some(RateLimit::Wait(Duration::from_secs(60)));
    }
    None
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
        let crab = Octocrab::builder()
            .base_uri(uri)
            .map_err(|_| bad_url("not a valid URL".into()))?
            .personal_token(settings.token)
            .set_connect_timeout(Some(settings.connect_timeout))
            .set_read_timeout(Some(settings.read_timeout))
            .set_write_timeout(Some(settings.read_timeout))
            .add_header(
                http::header::ACCEPT,
                // Both media types: GitHub's, and the one its OpenAPI description declares.
                "application/vnd.github+json, application/json".to_string(),
            )
            .add_header(
                http::HeaderName::from_static("x-github-api-version"),
                API_VERSION.to_string(),
            )
            .build()
            // octocrab's error text is not for users; this fails only when no TLS
            // roots can be loaded.
            .map_err(|_| bad_url("cannot set up the HTTP client (TLS root certificates)".into()))?;
        Ok(Self {
            crab,
            repo: settings.repo,
            api_url: settings.api_url.trim_end_matches('/').to_string(),
            user: tokio::sync::OnceCell::new(),
            retry: RetryPolicy::default(),
            page_concurrency: PAGE_CONCURRENCY,
            cache: None,
            served_from: std::sync::Mutex::new(None),
        })
    }

    /// Sets how many list pages are fetched at once (at least 1).
    pub fn with_page_concurrency(mut self, pages: usize) -> Self {
        self.page_concurrency = pages.max(1);
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

    /// Sends one request, without retries; a GET with `if_none_match` is
    /// conditional.
    async fn send_once(
        &self,
        verb: Verb,
        path: &str,
        body: Option<&Value>,
        if_none_match: Option<&str>,
    ) -> Result<Reply, TrackerError> {
        if self.is_offline() {
            return Err(TrackerError::Unreachable {
                url: self.api_url.clone(),
                detail: "not connecting (--offline)".into(),
            });
        }
        let conditional = if_none_match
            .and_then(|tag| http::HeaderValue::from_str(tag).ok())
            .map(|tag| {
                let mut headers = http::HeaderMap::new();
                headers.insert(http::header::IF_NONE_MATCH, tag);
                headers
            });
        let began = std::time::Instant::now();
        let result = match verb {
            Verb::Get if conditional.is_some() => {
                self.crab._get_with_headers(path, conditional).await
            }
            Verb::Get => self.crab._get(path).await,
            Verb::Post => self.crab._post(path, body).await,
            Verb::Patch => self.crab._patch(path, body).await,
            Verb::Delete => self.crab._delete(path, body).await,
        };
        let response = result.map_err(|e| {
            let error = transport_error(&self.api_url, &e);
            crate::trace::done(began, || {
                format!("{} {path} failed: {error}", verb_name(verb))
            });
            error
        })?;
        let headers = response.headers();
        let header = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let status = response.status().as_u16();
        let link = header("link");
        let retry_after = header("retry-after").and_then(|v| v.trim().parse().ok());
        let ratelimit_remaining = header("x-ratelimit-remaining").and_then(|v| v.parse().ok());
        let ratelimit_reset = header("x-ratelimit-reset").and_then(|v| v.parse().ok());
        let scopes = header("x-oauth-scopes");
        let etag = header("etag");
        let body = self.crab.body_to_string(response).await.map_err(|e| {
            match transport_error(&self.api_url, &e) {
                // The status line arrived, so this was not a connect failure.
                TrackerError::Unreachable { url, .. } => TrackerError::Interrupted { url },
                other => other,
            }
        })?;
        crate::trace::done(began, || {
            let conditional = if if_none_match.is_some() {
                " (conditional)"
            } else {
                ""
            };
            format!(
                "{} {path}{conditional} → {status}, {} bytes",
                verb_name(verb),
                body.len()
            )
        });
        Ok(Reply {
            status,
            body,
            link,
            etag,
            retry_after,
            ratelimit_remaining,
            ratelimit_reset,
            scopes,
        })
    }

    /// Sends a request under the retry policy and maps every failure to a
    /// `TrackerError`.
    async fn request(
        &self,
        verb: Verb,
        path: &str,
        body: Option<&Value>,
        repeat: Repeat,
        target: Target,
    ) -> Result<Reply, TrackerError> {
        self.request_if(verb, path, body, repeat, target, None)
            .await
    }

    /// `request`, conditional on `if_none_match` (a `304` is then an answer).
    async fn request_if(
        &self,
        verb: Verb,
        path: &str,
        body: Option<&Value>,
        repeat: Repeat,
        target: Target,
        if_none_match: Option<&str>,
    ) -> Result<Reply, TrackerError> {
        let mut attempt = 1;
        let mut rate_waits = 0;
        let mut waited = Duration::ZERO;
        loop {
            let err = match self.send_once(verb, path, body, if_none_match).await {
                Ok(reply) if (200..300).contains(&reply.status) => return Ok(reply),
                Ok(reply) if reply.status == 304 && if_none_match.is_some() => return Ok(reply),
                Ok(reply) => match rate_limit_of(&reply) {
                    Some(RateLimit::Wait(wait)) => {
                        if rate_waits < self.retry.rate_limit_retries
                            && waited + wait <= self.retry.max_rate_limit_wait
                        {
                            tokio::time::sleep(wait).await;
                            waited += wait;
                            rate_waits += 1;
                            continue;
                        }
                        let reset = chrono::Duration::from_std(wait).unwrap_or_default();
                        return Err(TrackerError::RateLimited {
                            reset_at: Some(Utc::now() + reset),
                        });
                    }
                    Some(RateLimit::Exhausted(reset_at)) => {
                        return Err(TrackerError::RateLimited { reset_at })
                    }
                    None => self.status_error(&reply, &target).await,
                },
                Err(e) => e,
            };
            let transient = matches!(
                err,
                TrackerError::Server { .. }
                    | TrackerError::Timeout
                    | TrackerError::Interrupted { .. }
                    | TrackerError::Unreachable { .. }
            );
            if transient && repeat == Repeat::Safe && attempt < self.retry.attempts {
                tokio::time::sleep(self.backoff(attempt)).await;
                attempt += 1;
                continue;
            }
            return Err(err);
        }
    }

    fn backoff(&self, attempt: u32) -> Duration {
        self.retry.backoff_for(attempt)
    }

    /// Maps an error status to what the user is told.
    async fn status_error(&self, reply: &Reply, target: &Target) -> TrackerError {
        match reply.status {
            401 => TrackerError::Unauthorized,
            403 => TrackerError::Forbidden {
                message: github_message(&reply.body),
            },
            404 => match target {
                Target::Repo => TrackerError::RepoNotFound {
                    repo: self.repo.to_string(),
                },
                Target::Issue(n) => {
                    // Tell a missing issue from a repository the token cannot see.
                    let path = self.repo_path();
                    match self.send_once(Verb::Get, &path, None, None).await {
                        Ok(r) if r.status == 404 => TrackerError::RepoNotFound {
                            repo: self.repo.to_string(),
                        },
                        _ => TrackerError::NotFound {
                            what: format!("request #{n}"),
                        },
                    }
                }
                Target::Other(what) => TrackerError::NotFound { what: what.clone() },
            },
            410 => TrackerError::Rejected {
                message: format!("{} (HTTP 410)", github_message(&reply.body)),
            },
            s if s >= 500 => TrackerError::Server { status: s },
            _ => TrackerError::Rejected {
                message: github_message(&reply.body),
            },
        }
    }

    /// Fetches every page of a list endpoint. The first page's `Link`
    /// header says how many pages there are; the rest are then fetched
    /// concurrently (at most `page_concurrency` at once) and returned in order.
    async fn get_pages(&self, path: &str, target: Target) -> Result<Vec<String>, TrackerError> {
        self.get_pages_with(path, target, None).await
    }

    /// `get_pages`, through the page cache when one is set: every page is
    /// asked for with `If-None-Match` and a `304` is answered from the copy;
    /// an offline cache answers from the copy alone.
    async fn get_pages_cached(
        &self,
        path: &str,
        target: Target,
    ) -> Result<Vec<String>, TrackerError> {
        match &self.cache {
            Some(cache) if cache.is_offline() => self.saved_pages(cache, path),
            Some(cache) => {
                let bodies = self.get_pages_with(path, target, Some(cache)).await?;
                cache.store_meta(&self.api_url, path, bodies.len());
                Ok(bodies)
            }
            None => self.get_pages(path, target).await,
        }
    }

    /// Returns the saved pages of the list at `path` (offline).
    fn saved_pages(&self, cache: &PageCache, path: &str) -> Result<Vec<String>, TrackerError> {
        let missing = || TrackerError::NotFound {
            what: "a saved copy of this list".into(),
        };
        let meta = cache.meta(&self.api_url, path).ok_or_else(missing)?;
        let bodies = (1..=meta.pages)
            .map(|n| cache.page(&self.api_url, path, n).map(|p| p.body))
            .collect::<Option<Vec<String>>>()
            .ok_or_else(missing)?;
        let mut from = self.served_from.lock().unwrap_or_else(|e| e.into_inner());
        *from = Some(from.map_or(meta.fetched_at, |t| t.min(meta.fetched_at)));
        Ok(bodies)
    }

    async fn get_pages_with(
        &self,
        path: &str,
        target: Target,
        cache: Option<&PageCache>,
    ) -> Result<Vec<String>, TrackerError> {
        let first = self.get_page(path, 1, target.clone(), cache).await?;
        let link = first.link.clone().unwrap_or_default();
        let mut bodies = vec![first.body];
        let last = link_target(&link, "last").and_then(page_number);
        match last {
            Some(last) if last > 1 => {
                let rest: Vec<(u32, String)> = stream::iter(2..=last)
                    .map(|n| {
                        let t = target.clone();
                        async move { self.get_page(path, n, t, cache).await.map(|r| (n, r.body)) }
                    })
                    .buffer_unordered(self.page_concurrency)
                    .try_collect()
                    .await?;
                let mut rest = rest;
                rest.sort_by_key(|(n, _)| *n);
                bodies.extend(rest.into_iter().map(|(_, b)| b));
            }
            _ => {
                // No `last` relation: follow `next` one page at a time.
                let mut next = link_target(&link, "next").and_then(page_number);
                let mut guard = 0;
                while let Some(n) = next {
                    guard += 1;
                    if guard > 1000 {
                        break;
                    }
                    let r = self.get_page(path, n, target.clone(), cache).await?;
                    next = r
                        .link
                        .as_deref()
                        .and_then(|l| link_target(l, "next"))
                        .and_then(page_number);
                    bodies.push(r.body);
                }
            }
        }
        Ok(bodies)
    }

    /// Fetches page `n` of the list at `path`; with a cache, conditionally.
    async fn get_page(
        &self,
        path: &str,
        n: u32,
        target: Target,
        cache: Option<&PageCache>,
    ) -> Result<CachedPage, TrackerError> {
        let sep = if path.contains('?') { '&' } else { '?' };
        let url = format!("{path}{sep}per_page={PER_PAGE}&page={n}");
        let saved = cache.and_then(|c| c.page(&self.api_url, path, n as usize));
        let tag = saved.as_ref().map(|p| p.etag.as_str());
        let reply = self
            .request_if(Verb::Get, &url, None, Repeat::Safe, target, tag)
            .await?;
        if reply.status == 304 {
            return saved.ok_or_else(|| TrackerError::InvalidResponse {
                detail: "304 Not Modified for a page idreq did not ask about".into(),
            });
        }
        let page = CachedPage {
            etag: reply.etag.unwrap_or_default(),
            link: reply.link,
            body: reply.body,
        };
        if let Some(c) = cache.filter(|_| !page.etag.is_empty()) {
            c.store_page(&self.api_url, path, n as usize, &page);
        }
        Ok(page)
    }

    async fn get_issue(&self, number: u64) -> Result<Issue, TrackerError> {
        // https://docs.github.com/en/rest/issues/issues#get-an-issue
        let path = format!("{}/issues/{number}", self.repo_path());
        let reply = self
            .request(Verb::Get, &path, None, Repeat::Safe, Target::Issue(number))
            .await?;
        Ok(parse_json::<GhIssue>(&reply.body)?.into())
    }

    /// Looks through the newest issues this user opened (consistent at once,
    /// unlike the search index) for request `id`.
    async fn find_recent(&self, id: &RequestId) -> Result<Option<Issue>, TrackerError> {
        let me = self.current_user().await?;
        // https://docs.github.com/en/rest/issues/issues#list-repository-issues
        let path = format!(
            "{}/issues?state=all&creator={}&sort=created&direction=desc&per_page={PER_PAGE}",
            self.repo_path(),
            encode(&me)
        );
        let reply = self
            .request(Verb::Get, &path, None, Repeat::Safe, Target::Repo)
            .await?;
        let issues: Vec<GhIssue> = parse_json(&reply.body)?;
        Ok(issues
            .into_iter()
            .filter(|i| i.pull_request.is_none())
            .map(Issue::from)
            .find(|i| carries(i, id)))
    }

    /// Runs an issue search in this repository, all pages; `cached` goes
    /// through the page cache.
    async fn search(&self, query: &str, cached: bool) -> Result<Vec<Issue>, TrackerError> {
        // https://docs.github.com/en/rest/search/search#search-issues-and-pull-requests
        let path = format!("/search/issues?q={}", encode(query));
        let target = Target::Other("the search".into());
        let bodies = if cached {
            self.get_pages_cached(&path, target).await?
        } else {
            self.get_pages(&path, target).await?
        };
        let mut out = Vec::new();
        for b in bodies {
            let page: GhSearch = parse_json(&b)?;
            out.extend(
                page.items
                    .into_iter()
                    .filter(|i| i.pull_request.is_none())
                    .map(Issue::from),
            );
        }
        Ok(out)
    }

    /// Returns who the token belongs to and its classic scopes.
    pub async fn token_owner(&self) -> Result<TokenOwner, TrackerError> {
        // https://docs.github.com/en/rest/users/users#get-the-authenticated-user
        let reply = self
            .request(
                Verb::Get,
                "/user",
                None,
                Repeat::Safe,
                Target::Other("the user".into()),
            )
            .await?;
        let user: GhUser = parse_json(&reply.body)?;
        let scopes = reply.scopes.map(|s| {
            s.split(',')
                .map(|x| x.trim().to_string())
                .filter(|x| !x.is_empty())
                .collect()
        });
        let _ = self.user.set(user.login.clone());
        Ok(TokenOwner {
            login: user.login,
            scopes,
        })
    }

    /// Returns the token's rights on the repository.
    pub async fn repo_access(&self) -> Result<RepoAccess, TrackerError> {
        // https://docs.github.com/en/rest/repos/repos#get-a-repository
        let reply = self
            .request(
                Verb::Get,
                &self.repo_path(),
                None,
                Repeat::Safe,
                Target::Repo,
            )
            .await?;
        let repo: GhRepo = parse_json(&reply.body)?;
        Ok(repo.permissions.unwrap_or_default())
    }

    /// Lists the repository's labels.
    pub async fn repo_labels(&self) -> Result<Vec<LabelSpec>, TrackerError> {
        // https://docs.github.com/en/rest/issues/labels#list-labels-for-a-repository
        let path = format!("{}/labels", self.repo_path());
        let mut out = Vec::new();
        for b in self.get_pages(&path, Target::Repo).await? {
            out.extend(parse_json::<Vec<LabelSpec>>(&b)?);
        }
        Ok(out)
    }

    /// Creates a label.
    pub async fn create_label(&self, label: &LabelSpec) -> Result<(), TrackerError> {
        // https://docs.github.com/en/rest/issues/labels#create-a-label
        let path = format!("{}/labels", self.repo_path());
        let body = serde_json::to_value(label).unwrap_or_default();
        self.request(Verb::Post, &path, Some(&body), Repeat::Unsafe, Target::Repo)
            .await
            .map(|_| ())
    }

    /// Updates the label now called `current` (colour, description, and the
    /// spelling of its name).
    pub async fn update_label(&self, current: &str, label: &LabelSpec) -> Result<(), TrackerError> {
        // https://docs.github.com/en/rest/issues/labels#update-a-label
        let path = format!("{}/labels/{}", self.repo_path(), encode(current));
        let body = json!({
            "new_name": label.name,
            "color": label.color,
            "description": label.description.clone().unwrap_or_default(),
        });
        self.request(Verb::Patch, &path, Some(&body), Repeat::Safe, Target::Repo)
            .await
            .map(|_| ())
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

fn comment_of(c: GhComment) -> Comment {
    Comment {
        id: c.id,
        author: c.user.map(|u| u.login).unwrap_or_else(|| "ghost".into()),
        body: c.body.unwrap_or_default(),
        created_at: c.created_at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_link_headers() {
        let link = r#"<http://127.0.0.1:9/repos/o/r/issues?per_page=100&page=2>; rel="next", <http://127.0.0.1:9/repos/o/r/issues?per_page=100&page=3>; rel="last""#;
        assert_eq!(link_target(link, "last").and_then(page_number), Some(3));
        assert_eq!(link_target(link, "next").and_then(page_number), Some(2));
        assert_eq!(link_target(link, "prev"), None);
    }

    #[test]
    fn encodes_label_names() {
        assert_eq!(encode("status: new"), "status%3A%20new");
        assert_eq!(encode("a,b"), "a%2Cb");
    }

    #[test]
    fn describes_validation_errors() {
        let body = r#"{"message":"Validation Failed","errors":[{"resource":"Issue","code":"missing_field","field":"title"}]}"#;
        assert_eq!(
            github_message(body),
            "Validation Failed (`title` is missing)"
        );
        assert_eq!(github_message(""), "no details given");
    }

    #[test]
    fn backoff_grows_with_jitter() {
        let policy = RetryPolicy::default();
        let one = policy.backoff_for(1);
        let two = policy.backoff_for(2);
        assert!(one >= Duration::from_millis(300) && one <= Duration::from_millis(450));
        assert!(two >= Duration::from_millis(600) && two <= Duration::from_millis(900));
    }
}
