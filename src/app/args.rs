//! The flags every command takes, as clap reads them (`--tracker`, `--repo`,
//! `--json`, ...). `settings` turns them into the values a run uses.

use std::path::PathBuf;

use clap::builder::BoolishValueParser;
use clap::Args;

use crate::config::TrackerChoice;
use crate::ui::ColorChoice;

/// Flags every command takes.
#[derive(Debug, Clone, Default, Args)]
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
