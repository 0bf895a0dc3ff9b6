//! Similar open requests: before filing, the open requests of the same type
//! that share a key answer (a URL) or whose summary has much the same words,
//! so the requester can add to one instead of filing a duplicate.

use std::collections::{BTreeMap, BTreeSet};

use super::TrackedRequest;
use crate::request::{FieldValue, RequestType};

/// Open requests of the same type that share a key answer (a URL) or have a
/// title much like the summary, best match first (at most three).
pub fn similar_requests<'r>(
    t: &RequestType,
    summary: &str,
    fields: &BTreeMap<String, FieldValue>,
    open: &'r [TrackedRequest],
) -> Vec<&'r TrackedRequest> {
    let summary_words = word_set(summary);
    let urls: Vec<String> = fields
        .iter()
        .filter(|(_, v)| v.as_text().starts_with("http"))
        .map(|(k, v)| format!("{k}={}", v.as_text()))
        .collect();
    let mut scored: Vec<(f64, &TrackedRequest)> = open
        .iter()
        .filter(|r| r.type_key.as_deref() == Some(t.key.as_str()))
        .filter_map(|r| {
            let same_url = r
                .fields
                .iter()
                .any(|(k, v)| urls.contains(&format!("{k}={}", v.as_text())));
            let overlap = jaccard(&summary_words, &word_set(&r.summary));
            let score = if same_url { 1.0 + overlap } else { overlap };
            (score >= 0.5).then_some((score, r))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.number.cmp(&b.1.number)));
    scored.into_iter().take(3).map(|(_, r)| r).collect()
}

fn word_set(text: &str) -> BTreeSet<String> {
    crate::faq::index::highlight_words(text)
        .into_iter()
        .collect()
}

fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    a.intersection(b).count() as f64 / a.union(b).count() as f64
}
