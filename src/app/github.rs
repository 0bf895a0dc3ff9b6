//! Reaching GitHub from a command: the repository, the API address and the
//! token, looked up from the run's settings and the environment, and the
//! `GitHubTracker` built from them.

use std::path::PathBuf;
use std::time::Duration;

use secrecy::SecretString;

use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::auth::keyring::{self, KeyringChoice, TokenSlot};
use crate::auth::{FoundToken, TokenSource, CONNECT_TIMEOUT_SECS, READ_TIMEOUT_SECS};
use crate::tracker::github::{GitHubSettings, GitHubTracker};
use crate::tracker::repo::RepoSlug;

/// Returns the API base URL: `IDREQ_GITHUB_API_URL`, config `github.api_url`,
/// else api.github.com.
pub fn api_url(ctx: &Context) -> String {
    ctx.settings.api_url.clone()
}

/// Returns the host (and port) of the API URL: the keyring account name.
pub fn api_host(ctx: &Context) -> String {
    ctx.settings.api_host().to_string()
}

/// Returns the repository: `--repo`/`IDREQ_REPO`, else config `repo`.
pub fn repo(ctx: &Context) -> CliResult<Option<RepoSlug>> {
    let Some(text) = &ctx.settings.repo else {
        return Ok(None);
    };
    RepoSlug::parse(text).map(Some).map_err(CliError::usage)
}

/// Returns the repository, or fails naming every way to set it.
pub fn require_repo(ctx: &Context) -> CliResult<RepoSlug> {
    repo(ctx)?.ok_or_else(|| {
        CliError::usage("no GitHub repository is set")
            .hint("pass --repo OWNER/REPO, set IDREQ_REPO, or put `repo = \"OWNER/REPO\"` in the config file")
    })
}

/// Returns the keyring chosen by `IDREQ_KEYRING`.
pub fn keyring_choice(ctx: &Context) -> CliResult<KeyringChoice> {
    KeyringChoice::from_setting(ctx.env.keyring.as_deref(), ctx.env.dbus_session)
        .map_err(CliError::usage)
}

/// Returns the keyring slot for this API host.
pub fn token_slot(ctx: &Context) -> CliResult<TokenSlot> {
    Ok(TokenSlot::new(keyring_choice(ctx)?, &api_host(ctx)))
}

/// Returns the opted-in plain-text token file for this API host.
pub fn insecure_path(ctx: &Context) -> PathBuf {
    keyring::insecure_file(&ctx.data_dir(), &api_host(ctx))
}

/// Finds the token: `GH_TOKEN`, `GITHUB_TOKEN`, the keyring, then the
/// opted-in file. Returns why the keyring could not be read alongside, so a
/// "no token" error can say so.
pub fn find_token(ctx: &Context) -> CliResult<(Option<FoundToken>, Option<String>)> {
    if let Some(t) = &ctx.env.gh_token {
        return Ok((
            Some(FoundToken {
                token: SecretString::from(t.clone()),
                source: TokenSource::GhToken,
            }),
            None,
        ));
    }
    if let Some(t) = &ctx.env.github_token {
        return Ok((
            Some(FoundToken {
                token: SecretString::from(t.clone()),
                source: TokenSource::GithubToken,
            }),
            None,
        ));
    }
    let slot = token_slot(ctx)?;
    let mut keyring_problem = None;
    match slot.get() {
        Ok(Some(token)) => {
            return Ok((
                Some(FoundToken {
                    token,
                    source: TokenSource::Keyring {
                        store: slot.choice.name().to_string(),
                    },
                }),
                None,
            ))
        }
        Ok(None) => {}
        Err(e) => keyring_problem = Some(e.to_string()),
    }
    let path = insecure_path(ctx);
    match keyring::read_insecure(&path) {
        Ok(Some(token)) => Ok((
            Some(FoundToken {
                token,
                source: TokenSource::File { path },
            }),
            None,
        )),
        Ok(None) => Ok((None, keyring_problem)),
        Err(e) => Err(CliError::failure(format!(
            "cannot read the token file {}: {e}",
            path.display()
        ))),
    }
}

/// Returns the token, or fails with exit 4 saying how to provide one.
pub fn require_token(ctx: &Context) -> CliResult<FoundToken> {
    let (found, keyring_problem) = find_token(ctx)?;
    found.ok_or_else(|| {
        let mut err = CliError::auth(format!("not logged in to {}", api_host(ctx)));
        if let Some(p) = keyring_problem {
            err = err.detail(p);
        }
        err.hint("run `idreq auth login`, or set GH_TOKEN to a token that can read and write issues in the repository")
    })
}

/// Builds the GitHub tracker settings from a token and the configuration.
pub fn settings(ctx: &Context, repo: RepoSlug, token: SecretString) -> GitHubSettings {
    let gh = &ctx.config.config.github;
    GitHubSettings {
        api_url: api_url(ctx),
        repo,
        token,
        connect_timeout: Duration::from_secs(
            gh.connect_timeout_secs
                .unwrap_or(CONNECT_TIMEOUT_SECS)
                .max(1),
        ),
        read_timeout: Duration::from_secs(gh.read_timeout_secs.unwrap_or(READ_TIMEOUT_SECS).max(1)),
    }
}

/// Opens the GitHub tracker for the configured repository with the token found.
pub fn connect(ctx: &Context) -> CliResult<GitHubTracker> {
    let repo = require_repo(ctx)?;
    let found = require_token(ctx)?;
    Ok(GitHubTracker::new(settings(ctx, repo, found.token))?)
}
