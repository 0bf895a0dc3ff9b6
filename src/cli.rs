//! The command line, as plain data (clap derive). The `///` comments are the
//! help text. `dispatch` hands each subcommand to its command file.

use clap::{CommandFactory, Parser, Subcommand};

use crate::app::error::CliResult;
use crate::app::Context;
use crate::commands;

/// The VA.gov Identity team's front door: file a request, find an answer in
/// the FAQ, triage and see all the work.
#[derive(Debug, Parser)]
#[command(
    name = "idreq",
    version,
    propagate_version = true,
    max_term_width = 100
)]
#[command(
    after_help = "Exit codes: 0 ok · 1 failed · 2 bad usage or input · 3 bad config · 4 auth · 130 cancelled"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

pub use crate::app::args::GlobalArgs;

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// File a request (guided in a terminal, or all from flags)
    New(commands::new::NewArgs),
    /// List, show or discard unsent requests
    #[command(subcommand)]
    Drafts(commands::drafts::DraftsCommand),
    /// Search and read the FAQ (self-service answers)
    #[command(subcommand)]
    Faq(commands::faq::FaqCommand),
    /// Show one request
    Show(commands::show::ShowArgs),
    /// List requests
    List(commands::list::ListArgs),
    /// Rank the untriaged requests, and triage them (accept, need info, decline, duplicate, snooze)
    Triage(commands::triage::TriageArgs),
    /// Every open request at a glance, and the sum of the work
    Board(commands::board::BoardArgs),
    /// Move a request along: status, assignee, priority, estimate, target date
    Update(commands::update::UpdateArgs),
    /// Close a request (done, declined or duplicate)
    Close(commands::close::CloseArgs),
    /// The team's KPIs for a period
    Report(commands::report::ReportArgs),
    /// Log in to GitHub (token in the OS keyring), check the login, log out
    #[command(subcommand)]
    Auth(commands::auth::AuthCommand),
    /// Create or update idreq's labels in the GitHub repository
    #[command(subcommand)]
    Labels(commands::labels::LabelsCommand),
    /// List the request types and their fields
    Types(commands::types::TypesArgs),
    /// Where the config file is, what it says, or write a starter file
    #[command(subcommand)]
    Config(commands::config::ConfigCommand),
    /// Export the request types as GitHub issue forms (the web front door)
    #[command(subcommand)]
    Forms(commands::forms::FormsCommand),
    /// The Slack front door: serve the app, print its manifest
    #[cfg(feature = "slack")]
    #[command(subcommand)]
    Slack(commands::slack::SlackCommand),
    /// Print shell completions
    Completions(commands::completions::CompletionsArgs),
}

/// Runs the chosen subcommand.
pub async fn dispatch(ctx: &mut Context, command: &Command) -> CliResult {
    match command {
        Command::New(args) => commands::new::cmd_new(ctx, args).await,
        Command::Show(args) => commands::show::cmd_show(ctx, args).await,
        Command::List(args) => commands::list::cmd_list(ctx, args).await,
        Command::Triage(args) => commands::triage::cmd_triage(ctx, args).await,
        Command::Board(args) => commands::board::cmd_board(ctx, args).await,
        Command::Update(args) => commands::update::cmd_update(ctx, args).await,
        Command::Close(args) => commands::close::cmd_close(ctx, args).await,
        Command::Report(args) => commands::report::cmd_report(ctx, args).await,
        Command::Types(args) => commands::types::cmd_types(ctx, args),
        Command::Config(command) => commands::config::cmd_config(ctx, command),
        Command::Drafts(command) => commands::drafts::cmd_drafts(ctx, command),
        Command::Faq(command) => commands::faq::cmd_faq(ctx, command),
        Command::Forms(command) => commands::forms::cmd_forms(ctx, command),
        Command::Completions(args) => {
            commands::completions::cmd_completions(ctx, args, Cli::command())
        }
        Command::Auth(command) => commands::auth::cmd_auth(ctx, command).await,
        Command::Labels(command) => commands::labels::cmd_labels(ctx, command).await,
        #[cfg(feature = "slack")]
        Command::Slack(command) => commands::slack::cmd_slack(ctx, command).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
