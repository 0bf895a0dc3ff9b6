//! The GitHub token and the settings to reach GitHub: where the token comes
//! from (`GH_TOKEN`, `GITHUB_TOKEN`, the OS keyring, an opted-in file, in that
//! order), which repository and API address to use, and building the
//! `GitHubTracker` from them. The token lives in a `SecretString`; it is never
//! printed, logged or written to the config.

pub mod keyring;

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use secrecy::SecretString;
use serde::Serialize;

use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::tracker::github::{GitHubSettings, GitHubTracker, DEFAULT_API_URL};
use crate::tracker::repo::RepoSlug;
use keyring::{KeyringChoice, TokenSlot};

/// Default seconds to wait for a connection.
pub const CONNECT_TIMEOUT_SECS: u64 = 10;
/// Default seconds to wait for an answer.
pub const READ_TIMEOUT_SECS: u64 = 30;

/// Where the token in use came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum TokenSource {
    GhToken,
    GithubToken,
    Keyring { store: String },
    File { path: PathBuf },
}

impl fmt::Display for TokenSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TokenSource::GhToken => f.write_str("the GH_TOKEN environment variable"),
            TokenSource::GithubToken => f.write_str("the GITHUB_TOKEN environment variable"),
            TokenSource::Keyring { store } => write!(f, "{store}"),
            TokenSource::File { path } => {
                write!(f, "the file {} (insecure storage)", path.display())
            }
        }
    }
}

/// A token and where it came from.
pub struct FoundToken {
    pub token: SecretString,
    pub source: TokenSource,
}

/// Returns the API base URL: `IDREQ_GITHUB_API_URL`, config `github.api_url`,
/// else api.github.com.
pub fn api_url(ctx: &Context) -> String {
    ctx.env
        .github_api_url
        .clone()
        .or_else(|| ctx.config.config.github.api_url.clone())
        .unwrap_or_else(|| DEFAULT_API_URL.to_string())
        .trim_end_matches('/')
        .to_string()
}

/// Returns the host (and port) of the API URL: the keyring account name.
pub fn api_host(ctx: &Context) -> String {
    let url = api_url(ctx);
    let rest = url.split_once("://").map_or(url.as_str(), |(_, r)| r);
    rest.split('/').next().unwrap_or(rest).to_string()
}

/// Returns the repository: `--repo`/`IDREQ_REPO`, else config `repo`.
pub fn repo(ctx: &Context) -> CliResult<Option<RepoSlug>> {
    let Some(text) = ctx
        .global
        .repo
        .clone()
        .or_else(|| ctx.config.config.repo.clone())
    else {
        return Ok(None);
    };
    RepoSlug::parse(&text).map(Some).map_err(CliError::usage)
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
