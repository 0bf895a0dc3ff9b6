//! `idreq faq search|list|show`: the self-service knowledge base.

pub mod list;
pub mod search;
pub mod show;

use clap::Subcommand;

use crate::app::error::CliResult;
use crate::app::Context;
use crate::faq::Faq;

/// FAQ subcommands.
#[derive(Debug, Clone, Subcommand)]
pub enum FaqCommand {
    /// Search the FAQ (typos and synonyms are fine)
    Search(search::FaqSearchArgs),
    /// List every FAQ entry
    List(list::FaqListArgs),
    /// Show one FAQ entry
    Show(show::FaqShowArgs),
}

/// Runs `idreq faq …`.
pub fn cmd_faq(ctx: &mut Context, command: &FaqCommand) -> CliResult {
    match command {
        FaqCommand::Search(args) => search::cmd_faq_search(ctx, args),
        FaqCommand::List(args) => list::cmd_faq_list(ctx, args),
        FaqCommand::Show(args) => show::cmd_faq_show(ctx, args),
    }
}

/// Loads the FAQ (see [`Context::faq`]).
pub fn load_faq(ctx: &mut Context) -> CliResult<Faq> {
    ctx.faq()
}
