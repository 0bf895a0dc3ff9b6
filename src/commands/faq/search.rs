//! `idreq faq search WORDS…`

use clap::Args;

use crate::app::error::CliResult;
use crate::app::load_for_search;
use crate::app::Context;
use crate::faq::search::{answers, search_with};
use crate::support::sanitize::sanitize_line;

/// Search the FAQ.
#[derive(Debug, Clone, Args)]
pub struct FaqSearchArgs {
    /// What to look for, in your own words
    #[arg(required = true, value_name = "WORDS")]
    pub query: Vec<String>,
    /// At most this many results
    #[arg(long, short = 'L', default_value_t = 5)]
    pub limit: usize,
    /// Only entries related to this request type
    #[arg(long = "type", value_name = "TYPE")]
    pub type_key: Option<String>,
}

/// Wraps the matched words of `text` in the highlight style (a no-op when
/// colour is off, so piped output stays plain).
pub fn highlight(text: &str, matched: &[String]) -> String {
    let mut out = String::new();
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let bare = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if !bare.is_empty() && matched.contains(&bare) {
            out.push_str(&console::style(word).yellow().bold().to_string());
        } else {
            out.push_str(word);
        }
    }
    out
}

/// Runs `idreq faq search`.
pub fn cmd_faq_search(ctx: &mut Context, args: &FaqSearchArgs) -> CliResult {
    if let Some(t) = &args.type_key {
        crate::commands::check_type_key(ctx, t)?;
    }
    // The process ends right after printing, so freeing the FAQ and its index
    // (thousands of small allocations) would only delay the exit.
    let loaded = std::mem::ManuallyDrop::new(load_for_search(ctx)?);
    let query = args.query.join(" ");
    let hits = search_with(
        &loaded.index,
        &loaded.entries,
        &query,
        args.type_key.as_deref(),
        args.limit,
    );
    // JSON carries every hit with its confidence, so a caller can tell "no
    // answer" (all under `medium`) from a weak one; people see hits only
    // when one of them is at the answer level.
    if ctx.ui.json {
        return ctx.ui.json(&hits).map_err(Into::into);
    }
    if !answers(&hits) {
        ctx.ui.status(&format!(
            "No FAQ entry matches \"{}\".",
            sanitize_line(&query)
        ));
        ctx.ui.hint(
            "try other words, `idreq faq list` to browse, or `idreq new` to ask the Identity team",
        );
        return Ok(());
    }
    let mut out = Vec::new();
    for (i, h) in hits.iter().enumerate() {
        out.push(format!(
            "{}. {}  {}",
            i + 1,
            console::style(&h.title).bold(),
            console::style(format!(
                "[{}] score {:.2}, {} confidence",
                h.slug,
                h.score,
                h.confidence.as_str()
            ))
            .dim()
        ));
        out.push(format!("   {}", highlight(&h.snippet, &h.matched)));
    }
    ctx.ui.data(&out.join("\n"));
    ctx.ui.note_if_tty("Read one with: idreq faq show <slug>");
    Ok(())
}
