//! `idreq faq show SLUG`

use clap::Args;

use super::load_faq;
use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::faq::search::search;
use crate::faq::FaqEntry;
use crate::ui::markdown;

/// Show one FAQ entry.
#[derive(Debug, Clone, Args)]
pub struct FaqShowArgs {
    /// The entry's slug (see `idreq faq list`)
    pub slug: String,
}

/// Runs `idreq faq show`.
pub fn cmd_faq_show(ctx: &mut Context, args: &FaqShowArgs) -> CliResult {
    let faq = load_faq(ctx)?;
    let Some(entry) = faq.get(&args.slug) else {
        let mut near: Vec<String> = faq
            .nearest_slugs(&args.slug, 3)
            .into_iter()
            .map(str::to_string)
            .collect();
        for hit in search(&faq, &args.slug.replace('-', " "), None, 3) {
            if !near.contains(&hit.slug) && near.len() < 3 {
                near.push(hit.slug);
            }
        }
        let mut err = CliError::failure(format!("there is no FAQ entry `{}`", args.slug));
        if !near.is_empty() {
            err = err.hint(format!("did you mean: {}", near.join(", ")));
        }
        return Err(
            err.hint("`idreq faq list` shows every entry; `idreq faq search WORDS` searches them")
        );
    };
    if ctx.ui.json {
        return ctx.ui.json(entry).map_err(Into::into);
    }
    let text = render_entry(entry, terminal_width());
    ctx.ui.data(&text);
    Ok(())
}

fn terminal_width() -> usize {
    console::Term::stdout()
        .size_checked()
        .map_or(80, |(_, w)| usize::from(w))
}

/// Renders an entry for reading: question, short answer, full answer, sources.
pub fn render_entry(entry: &FaqEntry, width: usize) -> String {
    let mut out = vec![
        console::style(&entry.meta.title).bold().to_string(),
        String::new(),
        markdown::render(&entry.meta.summary, width),
        String::new(),
        markdown::render(&entry.body, width),
    ];
    if !entry.meta.types.is_empty() {
        out.push(String::new());
        out.push(format!(
            "Related request types: {}",
            entry.meta.types.join(", ")
        ));
    }
    if !entry.meta.sources.is_empty() {
        out.push(
            console::style(format!("Sources: {}", entry.meta.sources.join("; ")))
                .dim()
                .to_string(),
        );
    }
    out.push(
        console::style(format!("Updated {}", entry.meta.updated))
            .dim()
            .to_string(),
    );
    out.join("\n")
}
