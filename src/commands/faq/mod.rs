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

/// The bundled and configured FAQ folders.
fn faq_dirs(ctx: &Context) -> Vec<std::path::PathBuf> {
    ctx.config
        .config
        .faq
        .dirs
        .iter()
        .chain(ctx.global.faq_dirs.iter())
        .map(|d| expand_home(d, ctx.env.home.as_deref()))
        .collect()
}

fn warn_skipped(ctx: &mut Context, skipped: &[crate::faq::Skipped]) {
    for s in skipped {
        let at = if s.line > 0 {
            format!("{}:{}", s.path.display(), s.line)
        } else {
            s.path.display().to_string()
        };
        ctx.ui
            .warn(&format!("skipped FAQ entry {at}: {}", s.message));
    }
}

/// Loads the bundled entries plus the configured and `--faq-dir` folders,
/// warning about (and skipping) entries that cannot be read.
pub fn load_faq(ctx: &mut Context) -> CliResult<Faq> {
    let mut faq = Faq::bundled();
    for dir in faq_dirs(ctx) {
        faq.add_dir(&dir);
    }
    warn_skipped(ctx, &faq.skipped);
    Ok(faq)
}

/// Loads what search needs, from the cache when nothing changed since it
/// was written (see `faq::cache`).
pub fn load_for_search(ctx: &mut Context) -> CliResult<crate::faq::cache::Loaded> {
    let dirs = faq_dirs(ctx);
    let key = dirs.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, d| {
        d.display()
            .to_string()
            .bytes()
            .fold(h, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
    });
    let cache_file = ctx
        .data_dir()
        .join("cache")
        .join(format!("faq-index-{key:016x}.bin"));
    let loaded = crate::faq::cache::load(&dirs, Some(&cache_file));
    warn_skipped(ctx, &loaded.skipped);
    Ok(loaded)
}

fn expand_home(path: &std::path::Path, home: Option<&std::path::Path>) -> std::path::PathBuf {
    match (path.strip_prefix("~"), home) {
        (Ok(rest), Some(home)) => home.join(rest),
        _ => path.to_path_buf(),
    }
}
