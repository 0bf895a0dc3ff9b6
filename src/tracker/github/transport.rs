//! Sending one HTTP request and the retry loop around it: backoff with
//! jitter, waiting out secondary rate limits, and the answer's headers.

use super::*;
use std::hash::{BuildHasher, Hasher};

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

/// Whether sending a request twice has the same effect as sending it once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Repeat {
    Safe,
    Unsafe,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Verb {
    Get,
    Post,
    Patch,
    Delete,
}

pub(super) fn verb_name(verb: Verb) -> &'static str {
    match verb {
        Verb::Get => "GET",
        Verb::Post => "POST",
        Verb::Patch => "PATCH",
        Verb::Delete => "DELETE",
    }
}

/// What a 404 means for a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Target {
    Repo,
    Issue(u64),
    Other(String),
}

/// An HTTP answer, with the headers idreq reads.
#[derive(Debug)]
pub(super) struct Reply {
    pub(super) status: u16,
    pub(super) body: String,
    pub(super) link: Option<String>,
    pub(super) etag: Option<String>,
    pub(super) retry_after: Option<u64>,
    pub(super) ratelimit_remaining: Option<u64>,
    pub(super) ratelimit_reset: Option<i64>,
    pub(super) scopes: Option<String>,
}

/// Returns a random fraction in [0, 1) for jitter (no extra crate needed).
pub(super) fn jitter_fraction() -> f64 {
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(0x1d5e9);
    (h.finish() % 10_000) as f64 / 10_000.0
}

/// What to do about a 403/429.
pub(super) enum RateLimit {
    /// A secondary limit: wait this long, then try again.
    Wait(Duration),
    /// The hourly quota is used up.
    Exhausted(Option<DateTime<Utc>>),
}

pub(super) fn rate_limit_of(reply: &Reply) -> Option<RateLimit> {
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
    /// Sends one request, without retries; a GET with `if_none_match` is
    /// conditional.
    pub(super) async fn send_once(
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
            crate::support::trace::done(began, || {
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
        crate::support::trace::done(began, || {
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
    pub(super) async fn request(
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
    pub(super) async fn request_if(
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

    pub(super) fn backoff(&self, attempt: u32) -> Duration {
        self.retry.backoff_for(attempt)
    }

    /// Maps an error status to what the user is told.
    pub(super) async fn status_error(&self, reply: &Reply, target: &Target) -> TrackerError {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_with_jitter() {
        let policy = RetryPolicy::default();
        let one = policy.backoff_for(1);
        let two = policy.backoff_for(2);
        assert!(one >= Duration::from_millis(300) && one <= Duration::from_millis(450));
        assert!(two >= Duration::from_millis(600) && two <= Duration::from_millis(900));
    }
}
