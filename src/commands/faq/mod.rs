//! `idreq faq search|list|show`: the self-service knowledge base.

pub mod list;
pub mod search;
pub mod show;

use clap::Subcommand;

use crate::context::Context;
use crate::error::CliResult;
use crate::faq::{Faq, FaqEntry};

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

/// Loads the bundled entries plus the configured and `--faq-dir` folders,
/// warning about (and skipping) entries that cannot be read.
pub fn load_faq(ctx: &mut Context) -> CliResult<Faq> {
    let mut faq = Faq::bundled();
    let dirs: Vec<_> = ctx
        .config
        .config
        .faq
        .dirs
        .iter()
        .chain(ctx.global.faq_dirs.iter())
        .map(|d| expand_home(d, ctx.env.home.as_deref()))
        .collect();
    for dir in dirs {
        faq.add_dir(&dir);
    }
    for s in &faq.skipped {
        let at = if s.line > 0 {
            format!("{}:{}", s.path.display(), s.line)
        } else {
            s.path.display().to_string()
        };
        ctx.ui
            .warn(&format!("skipped FAQ entry {at}: {}", s.message));
    }
    Ok(faq)
}

fn expand_home(path: &std::path::Path, home: Option<&std::path::Path>) -> std::path::PathBuf {
    match (path.strip_prefix("~"), home) {
        (Ok(rest), Some(home)) => home.join(rest),
        _ => path.to_path_buf(),
    }
}

/// Returns true when `entry` relates to request type `type_key` (or no filter).
pub fn matches_type(entry: &FaqEntry, type_key: Option<&str>) -> bool {
    type_key.is_none_or(|t| entry.meta.types.iter().any(|x| x == t))
}
