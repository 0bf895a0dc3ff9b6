//! `idreq completions SHELL`: shell completion scripts (also committed under
//! `completions/`).

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use crate::app::error::CliResult;
use crate::app::Context;
use crate::cli::Cli;

/// Print shell completions.
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Install, e.g.:\n  bash: idreq completions bash > ~/.local/share/bash-completion/completions/idreq\n  zsh:  idreq completions zsh > \"${fpath[1]}/_idreq\"\n  fish: idreq completions fish > ~/.config/fish/completions/idreq.fish"
)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Returns the completion script for `shell`.
pub fn script(shell: Shell) -> String {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "idreq", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// Runs `idreq completions`.
pub fn cmd_completions(ctx: &mut Context, args: &CompletionsArgs) -> CliResult {
    ctx.ui.data(script(args.shell).trim_end());
    Ok(())
}
