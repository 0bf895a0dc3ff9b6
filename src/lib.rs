//! idreq: the VA.gov Identity team's request front door.
//!
//! The domain (`request`, `labels`, …) knows nothing of terminals or HTTP;
//! `tracker` holds the storage backends behind one trait; `ui` is the only
//! place that writes to the terminal; `commands` glue them together.

pub mod app;
pub mod auth;
pub mod board;
pub mod cli;
pub mod commands;
pub mod config;
pub mod faq;
pub mod forecast;
pub mod forms;
pub mod request;
#[cfg(feature = "slack")]
pub mod slack;
pub mod support;
pub mod time;
pub mod tracker;
pub mod triage;
pub mod ui;
pub mod workflow;

use clap::Parser;

use crate::app::env::Env;
use crate::app::error::{CliError, Exit};
use crate::app::Context;
use crate::cli::Cli;
use crate::ui::{Terminal, Ui};

/// Parses `args`, runs the command, prints any error once, and returns the
/// exit code.
pub fn run(args: Vec<std::ffi::OsString>, env: Env) -> u8 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    Exit::Success.code()
                }
                _ => Exit::Usage.code(),
            };
        }
    };
    if cli.global.verbose {
        support::trace::enable();
    }
    let term = Terminal::detect(cli.global.color, env.no_color, cli.global.no_input, env.ci);
    let ui = Ui::stdio(term, cli.global.json);
    let result = execute(cli, env, ui);
    match result {
        Ok(()) => Exit::Success.code(),
        Err(e) => {
            eprint!("{}", e.render_wrapped(term.stderr_width));
            e.exit.code()
        }
    }
}

fn execute(cli: Cli, env: Env, ui: Ui) -> Result<(), CliError> {
    let mut ctx = Context::new(env, cli.global.clone(), ui)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::failure(format!("cannot start the async runtime: {e}")))?;
    let result = runtime.block_on(cli::dispatch(&mut ctx, &cli.command));
    ctx.ui.flush();
    result
}
