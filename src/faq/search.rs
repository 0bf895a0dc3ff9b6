//! FAQ search as a library: the hits worth showing for a query, and the
//! entries worth suggesting before a request of a given type is filed. One
//! relevance threshold, [`MIN_SCORE`], serves both; each hit also carries a
//! [`Confidence`], and [`suggest`] returns only hits at the answer level
//! ([`ANSWER_LEVEL`]), so an empty list means "no FAQ entry matched".

use serde::Serialize;

use super::cache::SearchEntry;
pub use super::confidence::{Confidence, ANSWER_LEVEL};
use super::index::{Hit, SearchIndex};
use super::{Faq, FaqEntry};
use crate::request::RequestType;

/// The one relevance threshold: results scoring under this share of the best
/// possible are neither shown by `idreq faq search` nor suggested before a
/// request is filed.
pub const MIN_SCORE: f64 = 0.2;

/// One search result, as printed with `--json`.
#[derive(Debug, Clone, Serialize)]
pub struct FaqHit {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub snippet: String,
    pub score: f64,
    /// How sure search is that this entry answers the query: `high`,
    /// `medium` (the answer level), `low` or `none`.
    pub confidence: Confidence,
    /// The confidence as a number, 0..1 (see [`super::confidence`]).
    pub confidence_score: f64,
    pub types: Vec<String>,
    /// Entry words that matched, for highlighting.
    #[serde(skip)]
    pub matched: Vec<String>,
    /// Where the entry is in the list searched (`Faq::entries`).
    #[serde(skip)]
    pub entry: usize,
}

/// Runs a search and returns the hits worth showing, best first: those at
/// [`MIN_SCORE`] or above and above confidence `none`. Whether any of them
/// answers the query is [`answers`].
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
        .filter(|h| h.score >= MIN_SCORE && Confidence::of(h.confidence()) > Confidence::None)
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
        confidence: Confidence::of(hit.confidence()),
        // Rounded down, so the number shown never reaches a level the hit is not at.
        confidence_score: (hit.confidence() * 100.0).floor() / 100.0,
        types: entry.types.clone(),
        matched: hit.matched.clone(),
        entry: hit.entry,
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

/// Returns true when at least one of `hits` is at the answer level.
pub fn answers(hits: &[FaqHit]) -> bool {
    hits.iter().any(|h| h.confidence.answers())
}

/// FAQ entries worth suggesting before filing a request of type `t`: those
/// listing the type, or one of the type's FAQ tags, at the answer level
/// ([`ANSWER_LEVEL`]), best first. `query` is the summary (and any details
/// the front door has), as typed: greetings and chat noise are fine. An
/// empty list means no FAQ entry matched.
pub fn suggest(faq: &Faq, query: &str, t: &RequestType, limit: usize) -> Vec<FaqHit> {
    let entries: Vec<SearchEntry> = faq.entries.iter().map(SearchEntry::from).collect();
    SearchIndex::build(&faq.entries)
        .search(query)
        .into_iter()
        .filter(|h| h.score >= MIN_SCORE && Confidence::of(h.confidence()).answers())
        .filter(|h| relates_to(&faq.entries[h.entry], t))
        .take(limit)
        .map(|h| to_hit(&entries[h.entry], &h))
        .collect()
}

/// Returns true when `entry` lists type `t` or shares one of its FAQ tags.
pub fn relates_to(entry: &FaqEntry, t: &RequestType) -> bool {
    entry.meta.types.contains(&t.key) || entry.meta.tags.iter().any(|tag| t.faq_tags.contains(tag))
}

/// Returns true when `entry` relates to request type `type_key` (or no filter).
pub fn matches_type(entry: &FaqEntry, type_key: Option<&str>) -> bool {
    type_key.is_none_or(|t| entry.meta.types.iter().any(|x| x == t))
}

/// Like [`matches_type`], for what search keeps of an entry.
pub fn search_entry_matches_type(entry: &SearchEntry, type_key: Option<&str>) -> bool {
    type_key.is_none_or(|t| entry.types.iter().any(|x| x == t))
}
