//! `idreq auth logout`: forget the stored token.

use clap::Args;
use serde::Serialize;

use crate::app::error::{CliError, CliResult};
use crate::app::github;
use crate::app::Context;
use crate::auth::keyring;

/// Remove the stored token.
#[derive(Debug, Clone, Args)]
pub struct LogoutArgs {}

#[derive(Serialize)]
struct LogoutJson {
    host: String,
    removed_from_keyring: bool,
    removed_file: bool,
}

/// Runs `idreq auth logout`: deletes the keyring entry and any
/// `--insecure-storage` file for this API host.
pub fn cmd_auth_logout(ctx: &mut Context, _args: &LogoutArgs) -> CliResult {
    let host = github::api_host(ctx);
    let slot = github::token_slot(ctx)?;
    let from_keyring = match slot.delete() {
        Ok(removed) => removed,
        Err(keyring::KeyringError::Unavailable(_)) => false,
        Err(e) => {
            return Err(CliError::failure(format!(
                "could not remove the token: {e}"
            )))
        }
    };
    let path = github::insecure_path(ctx);
    let from_file = keyring::delete_insecure(&path)
        .map_err(|e| CliError::failure(format!("cannot delete {}: {e}", path.display())))?;
    if ctx.ui.json {
        ctx.ui.json(&LogoutJson {
            host: host.clone(),
            removed_from_keyring: from_keyring,
            removed_file: from_file,
        })?;
    } else if from_keyring || from_file {
        let mut places = Vec::new();
        if from_keyring {
            places.push(slot.choice.name().to_string());
        }
        if from_file {
            places.push(path.display().to_string());
        }
        ctx.ui.success(&format!(
            "Logged out of {host} (removed the token from {})",
            places.join(" and ")
        ));
    } else {
        ctx.ui.status(&format!("No token was stored for {host}."));
    }
    if ctx.env.gh_token.is_some() || ctx.env.github_token.is_some() {
        ctx.ui.warn("GH_TOKEN or GITHUB_TOKEN is set in the environment and is still used; unset it to log out completely");
    }
    Ok(())
}
