//! `idreq faq list`

use clap::Args;
use serde::Serialize;

use super::load_faq;
use crate::app::error::CliResult;
use crate::app::Context;
use crate::faq::search::matches_type;
use crate::ui::table;

/// List every FAQ entry.
#[derive(Debug, Clone, Args)]
pub struct FaqListArgs {
    /// Only entries related to this request type
    #[arg(long = "type", value_name = "TYPE")]
    pub type_key: Option<String>,
}

#[derive(Serialize)]
struct ListedEntry<'a> {
    slug: &'a str,
    title: &'a str,
    summary: &'a str,
    tags: &'a [String],
    types: &'a [String],
}

/// Runs `idreq faq list`.
pub fn cmd_faq_list(ctx: &mut Context, args: &FaqListArgs) -> CliResult {
    if let Some(t) = &args.type_key {
        crate::commands::check_type_key(ctx, t)?;
    }
    let faq = load_faq(ctx)?;
    let entries: Vec<_> = faq
        .entries
        .iter()
        .filter(|e| matches_type(e, args.type_key.as_deref()))
        .collect();
    if ctx.ui.json {
        let listed: Vec<ListedEntry> = entries
            .iter()
            .map(|e| ListedEntry {
                slug: &e.slug,
                title: &e.meta.title,
                summary: &e.meta.summary,
                tags: &e.meta.tags,
                types: &e.meta.types,
            })
            .collect();
        return ctx.ui.json(&listed).map_err(Into::into);
    }
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|e| vec![e.slug.clone(), e.meta.title.clone()])
        .collect();
    ctx.ui.data(&table::render(
        &["SLUG", "QUESTION"],
        &rows,
        ctx.ui.term.stdout_tty,
    ));
    Ok(())
}
