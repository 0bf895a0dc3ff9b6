//! FAQ search: BM25F ranking over weighted fields (title and the alternative
//! questions above tags above the summary above the body), blended with how
//! closely the query reads like one of an entry's questions, with synonyms
//! and typo tolerance by edit distance (`strsim`) against the corpus words.
//!
//! The index is built in memory on every run. Words are interned to numbers
//! once, so indexing does one hash lookup per word and allocates only for
//! words it has not seen; a thousand entries index in a few milliseconds.

use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};

use super::analyze::{
    far_substitution, is_chat_noise, is_stopword, lower, match_phrase, raw_words, sentences,
    starts_phrase, stem, synonyms_of, words,
};
mod similarity;

use super::blob::Blob;
use super::FaqEntry;

/// The fields of an entry that are searched, and how much a match in each counts.
const FIELD_COUNT: usize = 5;
const FIELD_WEIGHTS: [f64; FIELD_COUNT] = [3.0, 2.5, 2.0, 1.5, 1.0]; // title, questions, tags, summary, body
const FIELD_B: [f64; FIELD_COUNT] = [0.5, 0.5, 0.3, 0.5, 0.75];
const K1: f64 = 1.2;
/// Fields whose adjacent words count as phrases (title, questions, tags, summary).
const PHRASE_FIELDS: usize = 4;
/// Share of the two words' weight added when they appear side by side.
const PHRASE_BONUS: f64 = 0.5;
/// Share of the final score that comes from BM25F; the rest is question similarity.
const BM25_SHARE: f64 = 0.5;
/// Weight of a word reached through a synonym or a typo fix, against 1.0 for
/// the word as typed.
const SYNONYM_WEIGHT: f64 = 0.5;
const TYPO_WEIGHT: f64 = 0.8;
/// Weight of a query word the FAQ does not have at all, against a word only
/// one entry has. Ranking counts it at half (chat messages carry names and
/// dates no entry needs); confidence counts it whole, since a message about
/// "PTO" or "kubernetes" is about something the FAQ does not cover.
const UNKNOWN_SHARE_RANKING: f64 = 0.5;
const UNKNOWN_SHARE_CONFIDENCE: f64 = 1.0;

type StemId = u32;

/// Words and stems, numbered. The maps serve indexing; once built, the
/// index keeps only the plain lists (cheap to cache and load).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Vocabulary {
    /// Word as written (lower-cased) → what indexing needs to know of it.
    #[serde(skip)]
    words: FxHashMap<String, WordInfo>,
    #[serde(skip)]
    stem_ids: FxHashMap<String, StemId>,
    stems: Vec<String>,
    /// Every word and what is known of it (for typo fixes and highlighting).
    word_list: Vec<(String, WordInfo)>,
    /// Stem ids in the order of their text, for lookups by binary search.
    stem_order: Vec<StemId>,
}

/// A known word: its stem, whether it is a stopword, whether a phrase starts with it.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
struct WordInfo {
    stem: StemId,
    stop: bool,
    phrase_start: bool,
}

impl Vocabulary {
    fn word(&mut self, w: &str) -> WordInfo {
        if let Some(&known) = self.words.get(w) {
            return known;
        }
        let s = stem(w);
        let id = match self.stem_ids.get(&s) {
            Some(&id) => id,
            None => {
                let id = self.stems.len() as StemId;
                self.stem_ids.insert(s.clone(), id);
                self.stems.push(s);
                id
            }
        };
        let entry = WordInfo {
            stem: id,
            stop: is_stopword(w),
            phrase_start: starts_phrase(w),
        };
        self.words.insert(w.to_string(), entry);
        entry
    }
}

/// Per-entry statistics, as built.
#[derive(Debug, Clone, Default)]
struct DocStats {
    tf: FxHashMap<StemId, [f32; FIELD_COUNT]>,
    len: [f32; FIELD_COUNT],
    pairs: FxHashSet<(StemId, StemId)>,
    questions: Vec<Vec<StemId>>,
}

/// Per-entry statistics, frozen into sorted fixed-size records in byte
/// buffers: loading them from the cache is a copy, and a lookup is a binary
/// search, with nothing to decode up front.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Doc {
    /// Term frequencies: records of (stem u32 LE, one count byte per field), sorted by stem.
    tf: Blob,
    len: [f32; FIELD_COUNT],
    /// Adjacent stems in the title, questions, tags and summary: records of
    /// (u32 LE, u32 LE), sorted. A query that keeps a phrase together ranks
    /// the entry that says it higher.
    pairs: Blob,
    /// The title and each alternative question, as stems: a query that reads
    /// like one of them is very likely asking that question.
    questions: Vec<Vec<StemId>>,
    /// The idf-weight of each question (same order), for the similarity.
    question_weights: Vec<f32>,
}

const TF_RECORD: usize = 4 + FIELD_COUNT;
const PAIR_RECORD: usize = 8;

impl Doc {
    fn tf(&self, term: StemId) -> Option<[f32; FIELD_COUNT]> {
        let at = self.tf.find(TF_RECORD, &term.to_be_bytes())?;
        let rec = &self.tf.0[at * TF_RECORD + 4..(at + 1) * TF_RECORD];
        let mut out = [0.0; FIELD_COUNT];
        for (o, c) in out.iter_mut().zip(rec) {
            *o = f32::from(*c);
        }
        Some(out)
    }

    fn has_pair(&self, a: StemId, b: StemId) -> bool {
        let mut key = [0u8; PAIR_RECORD];
        key[..4].copy_from_slice(&a.to_be_bytes());
        key[4..].copy_from_slice(&b.to_be_bytes());
        self.pairs.find(PAIR_RECORD, &key).is_some()
    }
}

/// The searchable index of a set of entries.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SearchIndex {
    docs: Vec<Doc>,
    df: Vec<u32>,
    vocab: Vocabulary,
    avg_len: [f64; FIELD_COUNT],
}

/// A query word and the index terms it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryTerm {
    pub word: String,
    /// (stem, weight); the first is the word as typed (or its best typo fix).
    pub terms: Vec<(String, f64)>,
    ids: Vec<(StemId, f64)>,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// Index into the entry list.
    #[serde(skip)]
    pub entry: usize,
    /// 0..1: how well the entry answers the query.
    pub score: f64,
    /// Words of the entry that matched (as written in the entry), for
    /// highlighting; filled for the best few hits only.
    pub matched: Vec<String>,
    /// 0..1: how closely the query (or one of its sentences) reads like the
    /// entry's title or one of its questions.
    #[serde(skip)]
    pub question: f64,
    /// 0..1: the share of the query's content (idf-weighted, words the FAQ
    /// does not know at all counted too) that the entry matched.
    #[serde(skip)]
    pub coverage: f64,
    #[serde(skip)]
    matched_ids: Vec<StemId>,
}

impl Hit {
    /// Returns how sure search is that this hit answers the query (0..1;
    /// see [`super::confidence`]).
    pub fn confidence(&self) -> f64 {
        super::confidence::score(self.question, self.coverage)
    }
}

/// Hits whose matched words are spelled out for highlighting.
const HIGHLIGHTED_HITS: usize = 10;

impl SearchIndex {
    /// Builds the index for `entries` (same order).
    pub fn build(entries: &[FaqEntry]) -> Self {
        let mut index = SearchIndex::default();
        for e in entries {
            let mut doc = DocStats::default();
            let title = index.add_text(&mut doc, 0, &e.meta.title);
            doc.questions.push(title);
            for q in &e.meta.questions {
                let stems = index.add_text(&mut doc, 1, q);
                doc.questions.push(stems);
            }
            doc.questions.retain(|q| !q.is_empty());
            for q in &mut doc.questions {
                q.dedup();
            }
            for t in &e.meta.tags {
                index.add_text(&mut doc, 2, t);
            }
            index.add_text(&mut doc, 3, &e.meta.summary);
            index.add_text(&mut doc, 4, &e.body);
            index.df.resize(index.vocab.stems.len(), 0);
            for term in doc.tf.keys() {
                index.df[*term as usize] += 1;
            }
            index.docs.push(freeze(doc));
        }
        index.freeze_vocabulary();
        let weights: Vec<Vec<f32>> = index
            .docs
            .iter()
            .map(|d| {
                d.questions
                    .iter()
                    .map(|q| q.iter().map(|s| index.idf(*s) as f32).sum())
                    .collect()
            })
            .collect();
        for (d, w) in index.docs.iter_mut().zip(weights) {
            d.question_weights = w;
        }
        let n = index.docs.len().max(1) as f64;
        for f in 0..FIELD_COUNT {
            index.avg_len[f] = index.docs.iter().map(|d| f64::from(d.len[f])).sum::<f64>() / n;
        }
        index
    }

    /// Adds `text` to field `field` of `doc`; returns its stems (stopwords out).
    fn add_text(&mut self, doc: &mut DocStats, field: usize, text: &str) -> Vec<StemId> {
        let text = lower(text);
        // One vocabulary lookup per word; phrases are checked only where a
        // known phrase can start.
        let raw: Vec<(&str, WordInfo)> =
            raw_words(&text).map(|w| (w, self.vocab.word(w))).collect();
        let mut stems: Vec<StemId> = Vec::with_capacity(raw.len());
        let mut i = 0;
        while i < raw.len() {
            let (_, info) = raw[i];
            let phrase = if info.phrase_start {
                let window: Vec<&str> = raw[i..raw.len().min(i + 4)]
                    .iter()
                    .map(|(w, _)| *w)
                    .collect();
                match_phrase(&window)
            } else {
                None
            };
            let (info, used) = match phrase {
                Some((len, replacement)) => (self.vocab.word(replacement), len),
                None => (info, 1),
            };
            if !info.stop {
                stems.push(info.stem);
            }
            i += used;
        }
        let mut previous: Option<StemId> = None;
        for &id in &stems {
            doc.tf.entry(id).or_default()[field] += 1.0;
            doc.len[field] += 1.0;
            if field < PHRASE_FIELDS {
                if let Some(p) = previous {
                    doc.pairs.insert((p, id));
                }
                previous = Some(id);
            }
        }
        stems
    }

    fn freeze_vocabulary(&mut self) {
        let v = &mut self.vocab;
        v.word_list = std::mem::take(&mut v.words).into_iter().collect();
        v.word_list.sort_by(|a, b| a.0.cmp(&b.0));
        v.stem_ids = FxHashMap::default();
        let mut order: Vec<StemId> = (0..v.stems.len() as StemId).collect();
        order.sort_by(|a, b| v.stems[*a as usize].cmp(&v.stems[*b as usize]));
        v.stem_order = order;
    }

    fn known_stem(&self, s: &str) -> Option<StemId> {
        let v = &self.vocab;
        v.stem_order
            .binary_search_by(|id| v.stems[*id as usize].as_str().cmp(s))
            .ok()
            .map(|i| v.stem_order[i])
            .filter(|&id| self.df.get(id as usize).is_some_and(|&df| df > 0))
    }

    fn word_info(&self, w: &str) -> Option<WordInfo> {
        let list = &self.vocab.word_list;
        list.binary_search_by(|(x, _)| x.as_str().cmp(w))
            .ok()
            .map(|i| list[i].1)
    }

    /// Turns a query into weighted index terms: each word as typed (stemmed),
    /// its synonyms, and, for words the corpus does not have, the closest
    /// words it does have.
    pub fn analyse(&self, query: &str) -> Vec<QueryTerm> {
        let mut out: Vec<QueryTerm> = Vec::new();
        for w in words(query) {
            if is_chat_noise(&w) || out.iter().any(|q| q.word == w) {
                continue;
            }
            let mut ids: Vec<(StemId, f64)> = Vec::new();
            let known = self.known_stem(&stem(&w));
            let as_typed: Vec<String> = match known {
                Some(id) => {
                    ids.push((id, 1.0));
                    vec![w.clone()]
                }
                None => {
                    let fixes = self.typo_words(&w);
                    for f in &fixes {
                        let Some(id) = self.word_info(f).map(|i| i.stem) else {
                            continue;
                        };
                        if !ids.iter().any(|(x, _)| *x == id) {
                            ids.push((id, TYPO_WEIGHT));
                        }
                    }
                    // A word the FAQ does not have can still have a
                    // synonym it does ("cypress" → "automate").
                    std::iter::once(w.clone()).chain(fixes).collect()
                }
            };
            for word in as_typed {
                for syn in synonyms_of(&word) {
                    if let Some(id) = self.known_stem(&stem(syn)) {
                        if !ids.iter().any(|(x, _)| *x == id) {
                            ids.push((id, SYNONYM_WEIGHT));
                        }
                    }
                }
            }
            let terms = ids
                .iter()
                .map(|(id, wt)| (self.vocab.stems[*id as usize].clone(), *wt))
                .collect();
            out.push(QueryTerm {
                word: w,
                terms,
                ids,
            });
        }
        out
    }

    fn max_distance(word: &str) -> usize {
        match word.chars().count() {
            0..=3 => 0,
            4..=7 => 1,
            _ => 2,
        }
    }

    /// Corpus words within the typo distance of `word`, closest first.
    fn typo_words(&self, word: &str) -> Vec<String> {
        let max = Self::max_distance(word);
        if max == 0 {
            return Vec::new();
        }
        let first = word.chars().next();
        let mut best: Vec<(usize, &String)> = self
            .vocab
            .word_list
            .iter()
            .filter(|(_, info)| {
                !info.stop && self.df.get(info.stem as usize).is_some_and(|&d| d > 0)
            })
            .map(|(v, _)| v)
            .filter(|v| v.len().abs_diff(word.len()) <= max)
            // People rarely mistype the first letter; requiring it keeps
            // "cypress" from turning into "press".
            .filter(|v| v.chars().next() == first)
            .map(|v| (strsim::damerau_levenshtein(v, word), v))
            .filter(|(d, _)| *d <= max)
            .filter(|(_, v)| !far_substitution(v, word))
            .collect();
        let Some(min) = best.iter().map(|(d, _)| *d).min() else {
            return Vec::new();
        };
        best.retain(|(d, _)| *d == min);
        best.sort_by(|a, b| a.1.cmp(b.1));
        best.into_iter().take(4).map(|(_, v)| v.clone()).collect()
    }

    fn idf(&self, term: StemId) -> f64 {
        let n = self.docs.len() as f64;
        let df = f64::from(*self.df.get(term as usize).unwrap_or(&0));
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// Scores every entry against the query; returns hits best first (ties
    /// by entry order), only those that matched something.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let terms = self.analyse(query);
        let mut hits: Vec<(usize, f64, f64, Vec<StemId>)> = Vec::new();
        let content = self.content_weight(&terms, UNKNOWN_SHARE_CONFIDENCE);
        for (i, doc) in self.docs.iter().enumerate() {
            let mut score = 0.0;
            let mut matched_words = 0usize;
            let mut matched_weight = 0.0;
            let mut matched = Vec::new();
            for q in &terms {
                let mut best_for_word: f64 = 0.0;
                let mut best_weight: f64 = 0.0;
                for (term, weight) in &q.ids {
                    let Some(tf) = doc.tf(*term) else { continue };
                    let mut pseudo_tf = 0.0;
                    for f in 0..FIELD_COUNT {
                        if tf[f] > 0.0 {
                            let norm = 1.0 - FIELD_B[f]
                                + FIELD_B[f] * f64::from(doc.len[f]) / self.avg_len[f].max(1.0);
                            pseudo_tf += FIELD_WEIGHTS[f] * f64::from(tf[f]) / norm;
                        }
                    }
                    let s = weight * self.idf(*term) * pseudo_tf / (K1 + pseudo_tf);
                    best_for_word = best_for_word.max(s);
                    best_weight = best_weight.max(weight * self.idf(*term));
                    matched.push(*term);
                }
                matched_weight += best_weight;
                if best_for_word > 0.0 {
                    matched_words += 1;
                    score += best_for_word;
                }
            }
            score += self.phrase_bonus(doc, &terms);
            if score > 0.0 {
                // Entries that match more of the query's words rank above
                // entries that match one word many times.
                let coverage = matched_words as f64 / terms.len().max(1) as f64;
                let covered = (matched_weight / content.max(f64::EPSILON)).min(1.0);
                hits.push((i, score * (0.5 + 0.5 * coverage), covered, matched));
            }
        }
        // Blend the BM25F score (scaled so the best is 1) with how closely the
        // query reads like one of the entry's questions; the result is 0..1.
        let best = hits.iter().map(|h| h.1).fold(0.0, f64::max);
        // A message of several sentences is compared with the questions as a
        // whole and sentence by sentence: the one that asks is what counts.
        let part = |t: &[QueryTerm]| {
            let (weights, total) = self.query_weights(t);
            (
                weights,
                total,
                self.content_weight(t, UNKNOWN_SHARE_CONFIDENCE),
            )
        };
        let mut parts = vec![part(&terms)];
        let split = sentences(query);
        if split.len() > 1 {
            for s in split {
                let t = self.analyse(s);
                if !t.is_empty() {
                    parts.push(part(&t));
                }
            }
        }
        let mut out: Vec<Hit> = hits
            .into_iter()
            .map(|(entry, score, covered, matched)| {
                let doc = &self.docs[entry];
                let question = parts
                    .iter()
                    .map(|(w, total, _)| self.question_similarity(doc, w, *total))
                    .fold(0.0, f64::max);
                let strict = parts
                    .iter()
                    .map(|(w, _, content)| self.question_similarity(doc, w, *content))
                    .fold(0.0, f64::max);
                Hit {
                    entry,
                    score: BM25_SHARE * score / best + (1.0 - BM25_SHARE) * question,
                    matched: Vec::new(),
                    question: strict,
                    coverage: covered,
                    matched_ids: matched,
                }
            })
            .collect();
        out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.entry.cmp(&b.entry)));
        let wanted: FxHashSet<StemId> = out
            .iter()
            .take(HIGHLIGHTED_HITS)
            .flat_map(|h| h.matched_ids.iter().copied())
            .collect();
        let forms = self.surface_forms(&wanted);
        for h in out.iter_mut().take(HIGHLIGHTED_HITS) {
            let mut words: Vec<String> = h
                .matched_ids
                .iter()
                .filter_map(|id| forms.get(id))
                .flatten()
                .cloned()
                .collect();
            words.sort();
            words.dedup();
            h.matched = words;
        }
        out
    }

    /// Returns, for each wanted stem, the words of the corpus that have it.
    fn surface_forms(&self, wanted: &FxHashSet<StemId>) -> FxHashMap<StemId, Vec<String>> {
        let mut forms: FxHashMap<StemId, Vec<String>> = FxHashMap::default();
        for (word, info) in &self.vocab.word_list {
            if !info.stop && wanted.contains(&info.stem) {
                forms.entry(info.stem).or_default().push(word.clone());
            }
        }
        forms
    }
}

/// Freezes a built document into sorted records.
fn freeze(doc: DocStats) -> Doc {
    let mut tf: Vec<(StemId, [f32; FIELD_COUNT])> = doc.tf.into_iter().collect();
    tf.sort_by_key(|(t, _)| *t);
    let mut tf_bytes = Vec::with_capacity(tf.len() * TF_RECORD);
    for (t, counts) in tf {
        tf_bytes.extend_from_slice(&t.to_be_bytes());
        tf_bytes.extend(counts.iter().map(|c| c.min(255.0) as u8));
    }
    let mut pairs: Vec<(StemId, StemId)> = doc.pairs.into_iter().collect();
    pairs.sort_unstable();
    let mut pair_bytes = Vec::with_capacity(pairs.len() * PAIR_RECORD);
    for (a, b) in pairs {
        pair_bytes.extend_from_slice(&a.to_be_bytes());
        pair_bytes.extend_from_slice(&b.to_be_bytes());
    }
    Doc {
        tf: Blob(tf_bytes),
        len: doc.len,
        pairs: Blob(pair_bytes),
        questions: doc.questions,
        question_weights: Vec::new(),
    }
}

/// Returns the words of `text` as search sees them, for highlighting.
pub fn highlight_words(text: &str) -> Vec<String> {
    words(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::faq::Faq;

    fn top(query: &str) -> String {
        let faq = Faq::bundled();
        let index = SearchIndex::build(&faq.entries);
        let hits = index.search(query);
        hits.first()
            .map(|h| faq.entries[h.entry].slug.clone())
            .unwrap_or_default()
    }

    #[test]
    fn finds_by_question_title_and_typo() {
        assert_eq!(
            top("mocked auth user list empty"),
            "mocked-auth-empty-user-list"
        );
        assert_eq!(
            top("mocekd auth dropdown empty"),
            "mocked-auth-empty-user-list"
        );
        assert_eq!(
            top("Code in state is not valid"),
            "mocked-auth-code-in-state"
        );
    }

    #[test]
    fn synonyms_join_spellings() {
        let faq = Faq::bundled();
        let index = SearchIndex::build(&faq.entries);
        let terms = index.analyse("Login.gov sign-in");
        assert_eq!(terms[0].word, "logingov");
        assert_eq!(terms[1].word, "signin");
    }

    #[test]
    fn nothing_matches_nonsense() {
        let faq = Faq::bundled();
        let index = SearchIndex::build(&faq.entries);
        assert!(index.search("zzzqqq xyzzy").is_empty());
    }
}
