//! `idreq auth login|status|logout`: the GitHub token in the OS keyring.

pub mod login;
pub mod logout;
pub mod status;

use clap::Subcommand;

use crate::app::error::CliResult;
use crate::app::Context;

/// Sign in to GitHub, check the token, or sign out.
#[derive(Debug, Clone, Subcommand)]
pub enum AuthCommand {
    /// Check a GitHub token and store it in the OS keyring
    Login(login::LoginArgs),
    /// Show where the token comes from, whose it is and what it may do
    Status(status::StatusArgs),
    /// Remove the stored token
    Logout(logout::LogoutArgs),
}

/// Runs `idreq auth …`.
pub async fn cmd_auth(ctx: &mut Context, command: &AuthCommand) -> CliResult {
    match command {
        AuthCommand::Login(args) => login::cmd_auth_login(ctx, args).await,
        AuthCommand::Status(args) => status::cmd_auth_status(ctx, args).await,
        AuthCommand::Logout(args) => logout::cmd_auth_logout(ctx, args),
    }
}
