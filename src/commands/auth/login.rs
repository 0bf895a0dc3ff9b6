//! `idreq auth login`: read a token (hidden prompt, or stdin with
//! `--with-token`), check it against GitHub, store it in the OS keyring, and
//! offer to make GitHub the default tracker.

use std::io::Read;
use std::path::Path;

use clap::Args;
use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;

use crate::app::error::{CliError, CliResult};
use crate::app::github;
use crate::app::Context;
use crate::auth::{keyring, TokenSource};
use crate::config::TrackerChoice;
use crate::support::sanitize::sanitize_line;
use crate::tracker::github::{GitHubTracker, RepoAccess};
use crate::tracker::repo::RepoSlug;
use crate::tracker::TrackerError;
use crate::ui::prompter::{DialoguerPrompter, PromptError, Prompter};

/// Check a GitHub token and store it in the OS keyring.
#[derive(Debug, Clone, Args)]
pub struct LoginArgs {
    /// Read the token from standard input instead of asking (e.g. `idreq auth login --with-token < token.txt`)
    #[arg(long)]
    pub with_token: bool,
    /// Store the token in a plain file readable only by you, instead of the OS keyring
    #[arg(long)]
    pub insecure_storage: bool,
}

#[derive(Serialize)]
struct LoginJson {
    host: String,
    login: String,
    stored_in: TokenSource,
    repo: Option<String>,
    can_triage: Option<bool>,
}

/// Runs `idreq auth login`.
pub async fn cmd_auth_login(ctx: &mut Context, args: &LoginArgs) -> CliResult {
    let mut prompter = DialoguerPrompter::new(ctx.env.editor.clone());
    login(ctx, args, &mut prompter).await
}

fn prompt_error(e: PromptError) -> CliError {
    match e {
        PromptError::Interrupted => CliError::cancelled("login cancelled; nothing was stored"),
        other => CliError::failure(format!("cannot ask for the token: {other}")),
    }
}

/// The login flow, with the questions asked through `prompter`.
pub async fn login(ctx: &mut Context, args: &LoginArgs, prompter: &mut dyn Prompter) -> CliResult {
    let host = github::api_host(ctx);
    let token = read_token(ctx, args, prompter, &host)?;
    let repo = github::repo(ctx)?;
    // `GET /user` needs no repository; a placeholder is never used for a call.
    let slug = repo.clone().unwrap_or(RepoSlug {
        owner: "-".into(),
        name: "-".into(),
    });
    let copy = SecretString::from(token.expose_secret().to_string());
    let gh = GitHubTracker::new(github::settings(ctx, slug, copy))?;
    let owner = gh.token_owner().await.map_err(|e| match e {
        TrackerError::Unauthorized => CliError::auth("GitHub rejected this token (HTTP 401); nothing was stored")
            .hint("create a token at https://github.com/settings/tokens (classic: `repo` scope; fine-grained: Issues read and write on the team's repository)"),
        other => CliError::from(other).detail("nothing was stored"),
    })?;
    let access = match &repo {
        Some(_) => match gh.repo_access().await {
            Ok(a) => Some(a),
            Err(e @ TrackerError::RepoNotFound { .. }) => {
                ctx.ui
                    .warn(&format!("{e}; check the token's repository access"));
                None
            }
            Err(e) => return Err(e.into()),
        },
        None => None,
    };
    let stored_in = store(ctx, args, &token)?;
    if ctx.ui.json {
        ctx.ui.json(&LoginJson {
            host: host.clone(),
            login: owner.login.clone(),
            stored_in: stored_in.clone(),
            repo: repo.as_ref().map(ToString::to_string),
            can_triage: access.map(|a| a.can_triage()),
        })?;
    }
    ctx.ui.success(&format!(
        "Logged in to {host} as {} (token stored in {stored_in})",
        sanitize_line(&owner.login)
    ));
    report_access(ctx, repo.as_ref(), access);
    if ctx.env.gh_token.is_some() || ctx.env.github_token.is_some() {
        ctx.ui
            .warn("GH_TOKEN or GITHUB_TOKEN is set and takes precedence over the stored token");
    }
    if !args.with_token && ctx.ui.term.interactive {
        offer_default(ctx, repo.as_ref(), prompter)?;
    }
    Ok(())
}

fn read_token(
    ctx: &Context,
    args: &LoginArgs,
    prompter: &mut dyn Prompter,
    host: &str,
) -> CliResult<SecretString> {
    let text = if args.with_token {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).map_err(|e| {
            CliError::usage(format!("cannot read the token from standard input: {e}"))
        })?;
        text
    } else if !ctx.ui.term.interactive {
        return Err(CliError::usage(
            "cannot ask for a token without a terminal",
        )
        .hint("pipe it in: `idreq auth login --with-token < token.txt`, or set GH_TOKEN in the environment (CI)"));
    } else {
        prompter
            .password(&format!("Paste a GitHub token for {host}"))
            .map_err(prompt_error)?
    };
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(CliError::usage("the token is empty; nothing was stored"));
    }
    if trimmed.chars().any(char::is_whitespace) {
        return Err(CliError::usage(
            "that does not look like a token (it contains spaces); nothing was stored",
        ));
    }
    Ok(SecretString::from(trimmed.to_string()))
}

/// Stores the token in the keyring (or the file with `--insecure-storage`).
fn store(ctx: &mut Context, args: &LoginArgs, token: &SecretString) -> CliResult<TokenSource> {
    if args.insecure_storage {
        let path = github::insecure_path(ctx);
        keyring::write_insecure(&path, token)
            .map_err(|e| CliError::failure(format!("cannot write {}: {e}", path.display())))?;
        ctx.ui.warn(&format!(
            "the token is stored in plain text in {} (readable only by you); prefer the OS keyring or GH_TOKEN where you can",
            path.display()
        ));
        return Ok(TokenSource::File { path });
    }
    let slot = github::token_slot(ctx)?;
    match slot.set(token) {
        Ok(()) => Ok(TokenSource::Keyring {
            store: slot.choice.name().to_string(),
        }),
        Err(e) => Err(CliError::failure(format!("{e}; the token was not stored"))
            .hint("set GH_TOKEN in the environment instead (on a server, or in CI as a secret)")
            .hint("or run `idreq auth login --insecure-storage` to keep it in a file readable only by you")),
    }
}

fn report_access(ctx: &mut Context, repo: Option<&RepoSlug>, access: Option<RepoAccess>) {
    match (repo, access) {
        (Some(r), Some(a)) if a.can_triage() => ctx.ui.status(&format!(
            "You can triage {r}: labels set by idreq will stick."
        )),
        (Some(r), Some(_)) => ctx.ui.status(&format!(
            "You have no triage rights on {r}: GitHub drops labels set when filing, so the team labels your requests at triage."
        )),
        (None, _) => ctx.ui.hint(
            "no repository is set; pass --repo OWNER/REPO or put `repo = \"OWNER/REPO\"` in the config",
        ),
        _ => {}
    }
}

/// Offers to write `tracker = "github"` and `repo` to the config file.
fn offer_default(
    ctx: &mut Context,
    repo: Option<&RepoSlug>,
    prompter: &mut dyn Prompter,
) -> CliResult {
    let Some(repo) = repo else { return Ok(()) };
    let config = &ctx.config.config;
    if config.tracker == TrackerChoice::Github && config.repo.as_deref() == Some(&repo.to_string())
    {
        return Ok(());
    }
    let yes = prompter
        .confirm(
            &format!("Make GitHub ({repo}) the default tracker for idreq?"),
            Some(true),
        )
        .map_err(prompt_error)?;
    if !yes {
        return Ok(());
    }
    let path = ctx.config.path.clone();
    set_default_tracker(&path, repo)
        .map_err(|e| CliError::failure(format!("cannot update {}: {e}", path.display())))?;
    ctx.ui.success(&format!(
        "Wrote tracker = \"github\" and repo = \"{repo}\" to {}",
        path.display()
    ));
    Ok(())
}

/// Sets `tracker` and `repo` in the config file at `path`, keeping
/// everything else in it (comments included).
pub fn set_default_tracker(path: &Path, repo: &RepoSlug) -> Result<(), String> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e.to_string()),
    };
    let mut doc: toml_edit::DocumentMut = text.parse().map_err(|e| format!("{e}"))?;
    doc["tracker"] = toml_edit::value("github");
    doc["repo"] = toml_edit::value(repo.to_string());
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    }
    std::fs::write(path, doc.to_string()).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn setting_the_default_keeps_the_rest_of_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(
            &path,
            "# mine\ntracker = \"local\"\n\n[github]\nread_timeout_secs = 5 # short\n",
        )
        .unwrap();
        set_default_tracker(&path, &RepoSlug::parse("o/r").unwrap()).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("# mine\ntracker = \"github\""), "{text}");
        assert!(text.contains("read_timeout_secs = 5 # short"), "{text}");
        let parsed = crate::config::parse(&text, &path).unwrap();
        assert_eq!(parsed.repo.as_deref(), Some("o/r"));
        assert_eq!(parsed.tracker, TrackerChoice::Github);
    }
}
