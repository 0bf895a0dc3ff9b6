//! `idreq faq search WORDS…`

use clap::Args;
use serde::Serialize;

use super::{load_for_search, search_entry_matches_type};
use crate::app::error::CliResult;
use crate::app::Context;
use crate::faq::cache::SearchEntry;
use crate::faq::index::{Hit, SearchIndex};
use crate::faq::Faq;
use crate::ui::sanitize::sanitize_line;

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

/// Results scoring under this share of the best possible are not shown.
pub const MIN_SCORE: f64 = 0.2;

/// One search result, as printed with `--json`.
#[derive(Debug, Clone, Serialize)]
pub struct FaqHit {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub snippet: String,
    pub score: f64,
    pub types: Vec<String>,
    /// Entry words that matched, for highlighting.
    #[serde(skip)]
    pub matched: Vec<String>,
}

/// Runs a search and returns the hits worth showing, best first.
pub fn search(faq: &Faq, query: &str, type_key: Option<&str>, limit: usize) -> Vec<FaqHit> {
    let entries: Vec<SearchEntry> = faq.entries.iter().map(SearchEntry::from).collect();
    search_with(
        &SearchIndex::build(&faq.entries),
        &entries,
        query,
        type_key,
        limit,
    )
}

/// Like [`search`], with an index already built for `entries`.
pub fn search_with(
    index: &SearchIndex,
    entries: &[SearchEntry],
    query: &str,
    type_key: Option<&str>,
    limit: usize,
) -> Vec<FaqHit> {
    index
        .search(query)
        .into_iter()
        .filter(|h| h.score >= MIN_SCORE)
        .filter(|h| search_entry_matches_type(&entries[h.entry], type_key))
        .take(limit)
        .map(|h| to_hit(&entries[h.entry], &h))
        .collect()
}

fn to_hit(entry: &SearchEntry, hit: &Hit) -> FaqHit {
    FaqHit {
        slug: entry.slug.clone(),
        title: entry.title.clone(),
        summary: entry.summary.clone(),
        snippet: snippet(entry, &hit.matched),
        score: (hit.score * 100.0).round() / 100.0,
        types: entry.types.clone(),
        matched: hit.matched.clone(),
    }
}

/// Picks the sentence of the summary or answer that holds the most matched words.
fn snippet(entry: &SearchEntry, matched: &[String]) -> String {
    let candidates = std::iter::once(entry.summary.as_str()).chain(
        entry
            .body
            .lines()
            .map(|l| l.trim_start_matches(['#', '-', '*', ' ', '>']).trim())
            .filter(|l| !l.is_empty() && !l.starts_with("```") && !l.contains("](faq:")),
    );
    // Counting plain lower-cased words is enough to pick a line, and cheap.
    let count = |line: &str| {
        let lower = crate::faq::analyze::lower(line);
        let mut seen: Vec<&str> = crate::faq::analyze::raw_words(&lower)
            .filter(|w| matched.iter().any(|m| m == w))
            .collect();
        seen.sort_unstable();
        seen.dedup();
        seen.len()
    };
    // The summary is written to answer the question in one sentence, so it
    // wins unless a line of the answer holds clearly more of the matched words.
    let best = candidates
        .enumerate()
        .max_by_key(|(i, l)| (count(l) + 2 * usize::from(*i == 0), std::cmp::Reverse(*i)))
        .map(|(_, l)| l)
        .unwrap_or("");
    shorten(best, 160)
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max - 1).collect();
    let cut = cut
        .rsplit_once(' ')
        .map_or(cut.as_str(), |(a, _)| a)
        .to_string();
    format!("{cut}…")
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
    if ctx.ui.json {
        return ctx.ui.json(&hits);
    }
    if hits.is_empty() {
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
            console::style(format!("[{}] score {:.2}", h.slug, h.score)).dim()
        ));
        out.push(format!("   {}", highlight(&h.snippet, &h.matched)));
    }
    ctx.ui.data(&out.join("\n"));
    ctx.ui.note_if_tty("Read one with: idreq faq show <slug>");
    Ok(())
}
