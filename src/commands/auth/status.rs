//! `idreq auth status`: where the token comes from, whose it is, its scopes
//! and whether it can triage the repository. Never the token itself.

use clap::Args;
use serde::Serialize;

use crate::app::error::{CliError, CliResult};
use crate::app::github;
use crate::app::Context;
use crate::auth::TokenSource;
use crate::support::sanitize::sanitize_line;
use crate::tracker::github::{GitHubTracker, RepoAccess};
use crate::tracker::repo::RepoSlug;
use crate::tracker::TrackerError;

/// Show the token's source, owner, scopes and repository rights.
#[derive(Debug, Clone, Args)]
pub struct StatusArgs {}

#[derive(Serialize)]
struct StatusJson {
    host: String,
    api_url: String,
    source: TokenSource,
    login: String,
    /// Classic tokens' scopes; null for fine-grained tokens.
    scopes: Option<Vec<String>>,
    repo: Option<String>,
    permissions: Option<RepoAccess>,
    can_triage: Option<bool>,
    repo_error: Option<String>,
}

/// Runs `idreq auth status`.
pub async fn cmd_auth_status(ctx: &mut Context, _args: &StatusArgs) -> CliResult {
    let found = github::require_token(ctx)?;
    let repo = github::repo(ctx)?;
    // `GET /user` needs no repository; a placeholder is never used for a call.
    let slug = repo.clone().unwrap_or(RepoSlug {
        owner: "-".into(),
        name: "-".into(),
    });
    let gh = GitHubTracker::new(github::settings(ctx, slug, found.token))?;
    let owner = gh
        .token_owner()
        .await
        .map_err(|e| rejected(e, &found.source))?;
    let (access, repo_error) = match &repo {
        None => (None, None),
        Some(_) => match gh.repo_access().await {
            Ok(a) => (Some(a), None),
            Err(e @ TrackerError::RepoNotFound { .. }) => (None, Some(e.to_string())),
            Err(e) => return Err(e.into()),
        },
    };
    if ctx.ui.json {
        ctx.ui.json(&StatusJson {
            host: github::api_host(ctx),
            api_url: github::api_url(ctx),
            source: found.source.clone(),
            login: owner.login.clone(),
            scopes: owner.scopes.clone(),
            repo: repo.as_ref().map(ToString::to_string),
            permissions: access,
            can_triage: access.map(|a| a.can_triage()),
            repo_error: repo_error.clone(),
        })?;
    } else {
        let mut lines = vec![
            format!("GitHub at {}", github::api_host(ctx)),
            format!(
                "  logged in as {} (token from {})",
                sanitize_line(&owner.login),
                found.source
            ),
            match &owner.scopes {
                Some(s) if s.is_empty() => "  token scopes: none".to_string(),
                Some(s) => format!("  token scopes: {}", s.join(", ")),
                None => "  token scopes: not reported (a fine-grained token; it needs Issues read and write)".to_string(),
            },
        ];
        match (&repo, access) {
            (None, _) => lines.push(
                "  repository: not set (--repo, IDREQ_REPO or `repo` in the config)".into(),
            ),
            (Some(r), Some(a)) if a.can_triage() => lines.push(format!(
                "  repository {r}: can triage; labels and assignees set by idreq will stick"
            )),
            (Some(r), Some(_)) => lines.push(format!(
                "  repository {r}: no triage rights; GitHub drops labels set when filing (idreq still finds the requests, and the team labels them at triage)"
            )),
            (Some(_), None) => {}
        }
        ctx.ui.data(&lines.join("\n"));
    }
    match repo_error {
        Some(message) => Err(CliError::failure(message).hint(
            "check the repository name, and that the token has access to it (for a fine-grained token: the repository is selected and Issues is read and write)",
        )),
        None => Ok(()),
    }
}

/// Says which token was rejected and how to replace it.
pub fn rejected(e: TrackerError, source: &TokenSource) -> CliError {
    match e {
        TrackerError::Unauthorized => {
            let fix = match source {
                TokenSource::GhToken => "set GH_TOKEN to a valid token",
                TokenSource::GithubToken => "set GITHUB_TOKEN to a valid token",
                _ => "run `idreq auth login` with a new token",
            };
            CliError::auth(format!(
                "GitHub rejected the token from {source} (HTTP 401)"
            ))
            .hint(fix)
        }
        other => other.into(),
    }
}
