//! The command line, as plain data (clap derive). The `///` comments are the
//! help text. Nothing here does I/O.

use std::path::PathBuf;

use clap::builder::BoolishValueParser;
use clap::{Args, Parser, Subcommand};

use crate::commands;
use crate::config::TrackerChoice;
use crate::ui::ColorChoice;

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

/// Flags every command takes.
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Where requests live: `local` (this machine only) or `github`
    #[arg(long, global = true, env = "IDREQ_TRACKER", value_enum)]
    pub tracker: Option<TrackerChoice>,
    /// The team's repository, OWNER/REPO (GitHub tracker)
    #[arg(long, global = true, env = "IDREQ_REPO", value_name = "OWNER/REPO")]
    pub repo: Option<String>,
    /// Print machine-readable JSON on stdout
    #[arg(long, global = true)]
    pub json: bool,
    /// Never prompt; fail naming the missing flag instead
    #[arg(long, global = true, env = "IDREQ_NO_INPUT", value_parser = BoolishValueParser::new())]
    pub no_input: bool,
    /// When to use colour
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Config file (default: the platform config folder's idreq/config.toml)
    #[arg(long, global = true, env = "IDREQ_CONFIG", value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Trace each step and HTTP request with its time on stderr (never the token)
    #[arg(long, global = true, env = "IDREQ_VERBOSE", value_parser = BoolishValueParser::new())]
    pub verbose: bool,
    /// Extra FAQ folder, searched with the bundled entries (repeatable)
    #[arg(long = "faq-dir", global = true, value_name = "DIR")]
    pub faq_dirs: Vec<PathBuf>,
}

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
    /// The Slack front door: serve the app, print its manifest
    #[cfg(feature = "slack")]
    #[command(subcommand)]
    Slack(commands::slack::SlackCommand),
    /// Print shell completions
    Completions(commands::completions::CompletionsArgs),
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
