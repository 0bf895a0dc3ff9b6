//! How closely a query reads like an entry's questions, how much of it an
//! entry covers, and the bonus for keeping an entry's phrases together: the
//! measures [`SearchIndex::search`] blends with BM25F, and confidence is
//! made of.

use rustc_hash::FxHashMap;

use super::{Doc, QueryTerm, SearchIndex, StemId, PHRASE_BONUS, UNKNOWN_SHARE_RANKING};

impl SearchIndex {
    /// Returns the best F1 overlap (idf-weighted) between the query and the
    /// entry's title or one of its questions.
    pub(super) fn question_similarity(
        &self,
        doc: &Doc,
        weights: &FxHashMap<StemId, f64>,
        query_weight: f64,
    ) -> f64 {
        if query_weight == 0.0 {
            return 0.0;
        }
        doc.questions
            .iter()
            .zip(&doc.question_weights)
            .map(|(question, &question_weight)| {
                let matched: f64 = question.iter().filter_map(|s| weights.get(s)).sum();
                if matched == 0.0 || question_weight == 0.0 {
                    return 0.0;
                }
                let precision = matched / f64::from(question_weight);
                let recall = (matched / query_weight).min(1.0);
                2.0 * precision * recall / (precision + recall)
            })
            .fold(0.0, f64::max)
    }

    /// Each query stem's best weight times its idf, and the query's total.
    pub(super) fn query_weights(&self, terms: &[QueryTerm]) -> (FxHashMap<StemId, f64>, f64) {
        let mut weights: FxHashMap<StemId, f64> = FxHashMap::default();
        for (t, w) in terms.iter().flat_map(|q| q.ids.iter()) {
            let v = w * self.idf(*t);
            let e = weights.entry(*t).or_insert(0.0);
            *e = e.max(v);
        }
        (weights, self.content_weight(terms, UNKNOWN_SHARE_RANKING))
    }

    /// The query's content weight: each word's idf as typed (or as its best
    /// typo fix); a word the FAQ does not have at all counts as the rarest,
    /// times `unknown_share`.
    pub(super) fn content_weight(&self, terms: &[QueryTerm], unknown_share: f64) -> f64 {
        let n = self.docs.len() as f64;
        let unknown = unknown_share * (1.0 + (n + 0.5) / 0.5).ln();
        terms
            .iter()
            .map(|q| q.ids.first().map_or(unknown, |(t, w)| w * self.idf(*t)))
            .sum()
    }

    pub(super) fn phrase_bonus(&self, doc: &Doc, terms: &[QueryTerm]) -> f64 {
        let mut bonus = 0.0;
        for pair in terms.windows(2) {
            let best = pair[0]
                .ids
                .iter()
                .flat_map(|(a, wa)| pair[1].ids.iter().map(move |(b, wb)| (*a, *b, wa * wb)))
                .filter(|(a, b, _)| doc.has_pair(*a, *b))
                .map(|(a, b, w)| w * (self.idf(a) + self.idf(b)) / 2.0)
                .fold(0.0, f64::max);
            bonus += PHRASE_BONUS * best;
        }
        bonus
    }
}
