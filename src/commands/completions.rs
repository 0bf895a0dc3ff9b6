//! `idreq completions SHELL`: shell completion scripts (also committed under
//! `completions/`).

use clap::Args;
use clap_complete::Shell;

use crate::app::error::CliResult;
use crate::app::Context;

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

/// Returns the completion script for `shell` and this command line.
pub fn script(shell: Shell, mut command_line: clap::Command) -> String {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut command_line, "idreq", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// Runs `idreq completions`.
pub fn cmd_completions(
    ctx: &mut Context,
    args: &CompletionsArgs,
    command_line: clap::Command,
) -> CliResult {
    ctx.ui.data(script(args.shell, command_line).trim_end());
    Ok(())
}
