//! `idreq config path|show|init`.

use clap::{Args, Subcommand};

use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::config::STARTER;

/// Config subcommands.
#[derive(Debug, Clone, Subcommand)]
pub enum ConfigCommand {
    /// Print the config file's path
    Path,
    /// Print the effective configuration (file over defaults) as TOML
    Show,
    /// Write a commented starter config file
    Init(ConfigInitArgs),
}

/// `idreq config init`
#[derive(Debug, Clone, Args)]
pub struct ConfigInitArgs {
    /// Replace an existing file
    #[arg(long)]
    pub force: bool,
}

/// Runs `idreq config …`.
pub fn cmd_config(ctx: &mut Context, command: &ConfigCommand) -> CliResult {
    let path = ctx.config.path.clone();
    match command {
        ConfigCommand::Path => {
            if ctx.ui.json {
                return ctx
                    .ui
                    .json(&serde_json::json!({ "path": path, "exists": ctx.config.exists }))
                    .map_err(Into::into);
            }
            ctx.ui.data(&path.display().to_string());
        }
        ConfigCommand::Show => {
            if ctx.ui.json {
                return ctx.ui.json(&ctx.config.config.clone()).map_err(Into::into);
            }
            let text = toml::to_string_pretty(&ctx.config.config)
                .map_err(|e| CliError::failure(format!("cannot print the configuration: {e}")))?;
            let origin = if ctx.config.exists {
                format!("# from {}", path.display())
            } else {
                format!("# defaults ({} does not exist)", path.display())
            };
            ctx.ui.data(&format!("{origin}\n{text}"));
        }
        ConfigCommand::Init(args) => {
            if path.exists() && !args.force {
                return Err(
                    CliError::usage(format!("{} already exists", path.display()))
                        .hint("pass --force to replace it"),
                );
            }
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| {
                    CliError::failure(format!("cannot create {}: {e}", dir.display()))
                })?;
            }
            std::fs::write(&path, STARTER)
                .map_err(|e| CliError::failure(format!("cannot write {}: {e}", path.display())))?;
            ctx.ui.data(&path.display().to_string());
            ctx.ui
                .success(&format!("Wrote a starter config to {}", path.display()));
        }
    }
    Ok(())
}
