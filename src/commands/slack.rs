//! `idreq slack serve|manifest`: the Slack front door (see `crate::slack`).

use std::net::SocketAddr;
use std::sync::Arc;

use clap::{Args, Subcommand};
use secrecy::SecretString;
use serde_json::json;

use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::slack::api::{SlackApi, DEFAULT_API_URL};
use crate::slack::handlers::Handlers;
use crate::slack::http::{router, Door};
use crate::slack::signing::Verifier;
use crate::slack::worker::{self, Posting};

/// The Slack app.
#[derive(Debug, Subcommand)]
pub enum SlackCommand {
    /// Serve the Slack app: slash command, request forms, filing
    Serve(ServeArgs),
    /// Print the Slack app manifest (paste it when creating the app)
    Manifest(ManifestArgs),
}

/// `idreq slack serve`.
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Tokens come from the environment only: IDREQ_SLACK_BOT_TOKEN (xoxb-…), IDREQ_SLACK_SIGNING_SECRET (HTTP mode), IDREQ_SLACK_APP_TOKEN (xapp-…, Socket Mode)."
)]
pub struct ServeArgs {
    /// Serve HTTP on ADDR (POST /slack/commands, POST /slack/interactions, GET /healthz)
    #[arg(long, value_name = "ADDR")]
    pub http: Option<SocketAddr>,
    /// The team channel new requests are posted in (default: where the command was run)
    #[arg(long, env = "IDREQ_SLACK_CHANNEL", value_name = "CHANNEL")]
    pub channel: Option<String>,
    /// Slack's Web API base URL
    #[arg(long, env = "IDREQ_SLACK_API_URL", value_name = "URL", default_value = DEFAULT_API_URL)]
    pub api_url: String,
}

/// `idreq slack manifest`.
#[derive(Debug, Clone, Args)]
pub struct ManifestArgs {
    /// The slash command
    #[arg(long, env = "IDREQ_SLACK_COMMAND", default_value = "/identity-support")]
    pub command: String,
    /// HTTP mode: the public base URL idreq is served at (default: Socket Mode)
    #[arg(long, value_name = "URL")]
    pub request_url: Option<String>,
}

/// Runs `idreq slack`.
pub async fn cmd_slack(ctx: &mut Context, command: &SlackCommand) -> CliResult {
    match command {
        SlackCommand::Serve(args) => serve(ctx, args).await,
        SlackCommand::Manifest(args) => {
            let text = serde_json::to_string_pretty(&manifest(args)).expect("JSON serialises");
            ctx.ui.data(&text);
            Ok(())
        }
    }
}

async fn serve(ctx: &mut Context, args: &ServeArgs) -> CliResult {
    let bot = ctx.env.slack_bot_token.clone().ok_or_else(|| {
        CliError::auth("no Slack bot token")
            .hint("set IDREQ_SLACK_BOT_TOKEN to the app's xoxb- token")
    })?;
    let Some(addr) = args.http else {
        return Err(CliError::usage("Socket Mode is not built yet")
            .hint("serve HTTP instead: `idreq slack serve --http 0.0.0.0:3000` with IDREQ_SLACK_SIGNING_SECRET"));
    };
    let secret = ctx.env.slack_signing_secret.clone().ok_or_else(|| {
        CliError::auth("HTTP mode needs the app's signing secret")
            .hint("set IDREQ_SLACK_SIGNING_SECRET (Basic Information → App Credentials)")
    })?;
    let api = SlackApi::new(&args.api_url, SecretString::from(bot)).map_err(CliError::failure)?;
    let tracker = ctx.tracker().await?;
    let rules = Arc::new(ctx.rules()?);
    let (jobs, mut queue) = tokio::sync::mpsc::unbounded_channel();
    let door = Arc::new(Door {
        verifier: Verifier::new(secret),
        handlers: Handlers {
            rules: rules.clone(),
            clock: ctx.clock,
        },
        jobs,
    });
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| CliError::failure(format!("cannot listen on {addr}: {e}")))?;
    let bound = listener
        .local_addr()
        .map_err(|e| CliError::failure(e.to_string()))?;
    ctx.ui
        .status(&format!("idreq slack: listening on http://{bound}"));
    ctx.ui.flush();
    let server = tokio::spawn(async move { axum::serve(listener, router(door)).await });
    let posting = Posting {
        channel: args.channel.clone().unwrap_or_default(),
    };
    while let Some(job) = queue.recv().await {
        worker::run(job, &api, &tracker, &rules, &posting).await;
    }
    match server.await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => Err(CliError::failure(format!("the HTTP server stopped: {e}"))),
        Err(e) => Err(CliError::failure(format!("the HTTP server stopped: {e}"))),
    }
}

/// The app manifest: the command, the bot scopes, interactivity, and Socket
/// Mode unless a request URL is given.
pub fn manifest(args: &ManifestArgs) -> serde_json::Value {
    let base = args
        .request_url
        .as_deref()
        .map(|u| u.trim_end_matches('/').to_string());
    let mut command = json!({
        "command": args.command,
        "description": "Ask the Identity team for help",
        "usage_hint": "[request type | faq <words>]",
        "should_escape": false,
    });
    let mut interactivity = json!({"is_enabled": true});
    if let Some(b) = &base {
        command["url"] = json!(format!("{b}/slack/commands"));
        interactivity["request_url"] = json!(format!("{b}/slack/interactions"));
    }
    json!({
        "display_information": {"name": "idreq", "description": "The Identity team's request front door"},
        "features": {
            "bot_user": {"display_name": "idreq", "always_online": true},
            "slash_commands": [command],
        },
        "oauth_config": {"scopes": {"bot": ["commands", "chat:write", "chat:write.public", "incoming-webhook"]}},
        "settings": {
            "interactivity": interactivity,
            "org_deploy_enabled": false,
            "socket_mode_enabled": base.is_none(),
            "token_rotation_enabled": false,
        },
    })
}
