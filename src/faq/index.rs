//! FAQ search: BM25F ranking over weighted fields (title and the alternative
//! questions above tags above the summary above the body), English stemming
//! (Snowball, via `rust-stemmers`), a small table of domain synonyms, and typo
//! tolerance by edit distance (`strsim`) against the corpus vocabulary.
//!
//! The index is built in memory on every run: a few hundred entries take well
//! under a millisecond, and there is no cache to go stale.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use rust_stemmers::{Algorithm, Stemmer};
use serde::Serialize;

use super::FaqEntry;

/// The fields of an entry that are searched, and how much a match in each counts.
const FIELDS: usize = 5;
const FIELD_WEIGHTS: [f64; FIELDS] = [3.0, 2.5, 2.0, 1.5, 1.0]; // title, questions, tags, summary, body
const FIELD_B: [f64; FIELDS] = [0.5, 0.5, 0.3, 0.5, 0.75];
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

const STOPWORDS: &[&str] = &[
    "a", "about", "an", "and", "are", "as", "at", "be", "but", "by", "can", "could", "do", "does",
    "for", "from", "get", "got", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its",
    "me", "my", "of", "on", "or", "our", "so", "that", "the", "their", "them", "then", "there",
    "this", "to", "us", "was", "we", "were", "what", "when", "where", "which", "who", "why",
    "will", "with", "would", "you", "your", "im", "ive", "dont", "should", "any", "some", "there",
    "just", "need", "want", "help", "please", "still", "way",
    // Generic verbs and fillers people put in questions; they carry no topic.
    "give", "go", "going", "make", "know", "tell", "like", "use", "using", "used", "try", "trying",
    "able", "someone", "anyone", "thing", "things", "kind", "kinds", "sort", "now", "also",
    "really", "one", "ok", "hi", "hello", "thanks", "folks", "team", "t", "s", "am", "been",
    "being", "did", "doing", "done", "let", "lets", "much", "many", "more", "most", "than", "very",
    "without", "through", "all", "out", "up", "over", "again", "other", "another", "same", "own",
    "say", "says", "said", "see",
];

/// Phrases rewritten to one token before tokenising (applied to entries and
/// queries alike), so "Login.gov", "login gov" and "logingov" are one word.
static PHRASES: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    [
        (r"sign[- ]?in[- ]service", " sis "),
        (r"login\s*\.?\s*gov|logingov", " logingov "),
        (r"\bid\s*\.?\s*me\b|\bidme\b", " idme "),
        (r"\bds[- ]?logon\b", " dslogon "),
        (r"\bmy\s*health\s*e\s*vet\b", " mhv "),
        (
            r"\b(sign|log)(ing|ging|ged|ed)?[- ]?(in|on)s?\b|\blogins?\b|\blogons?\b",
            " signin ",
        ),
        (r"\bpull[- ]requests?\b|\bprs\b", " pr "),
        (r"\btest[- ]user[- ]dashboard\b", " tud "),
        (r"\bmonthly[- ]active[- ]users?\b", " mau "),
        (r"\bcredential[- ]service[- ]providers?\b", " csp "),
        (r"\bclient[_ -]?ids?\b", " clientid "),
        (r"\bcode[- ]owners?\b", " codeowners "),
        (
            r"\bpersonally identifiable\b|\bpersonal (data|information|info)\b",
            " pii ",
        ),
        (r"\bvets[- ]api[- ]mockdata\b", " mockdata "),
        (r"\bmock[- ]?data\b", " mockdata "),
        (r"\be[- ]?mail\b", " email "),
        (r"\b(is ?n[o']?t|not) valid\b", " invalid "),
        (
            r"\b(does ?n[o']?t|not|won'?t) work(ing)?\b|\bbroken\b",
            " fail ",
        ),
    ]
    .into_iter()
    .map(|(p, r)| {
        (
            Regex::new(&format!("(?i){p}")).expect("valid synonym pattern"),
            r,
        )
    })
    .collect()
});

/// Words that mean the same here; each expands to the others.
const SYNONYM_GROUPS: &[&[&str]] = &[
    &["auth", "authentication", "signin"],
    &["mock", "mocked", "fake"],
    &["ticket", "request", "issue"],
    &["reply", "respond", "response", "answer", "hear"],
    &["urgent", "p1", "emergency", "outage", "critical"],
    &["loa3", "ial2", "verified", "verify", "verification"],
    &["loa1", "ial1", "unverified"],
    &["pii", "phi", "ssn", "privacy", "redact"],
    &["csp", "provider", "credential"],
    &["metrics", "data", "numbers", "stats", "statistics"],
    &["dashboard", "datadog"],
    &["error", "fail", "failure", "broken"],
    &["token", "session"],
    &["staging", "stage"],
    &["user", "account", "profile"],
    &["review", "approve", "approval"],
    &["contact", "reach", "talk"],
];

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// Lower-cases, rewrites phrases and splits into words (stopwords removed).
fn words(text: &str) -> Vec<String> {
    let mut t = text.to_lowercase();
    for (re, replacement) in PHRASES.iter() {
        if re.is_match(&t) {
            t = re.replace_all(&t, *replacement).into_owned();
        }
    }
    t.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !STOPWORDS.contains(w))
        .map(str::to_string)
        .collect()
}

fn stem(word: &str) -> String {
    STEMMER.stem(word).into_owned()
}

/// Per-entry statistics.
#[derive(Debug, Clone, Default)]
struct DocStats {
    tf: HashMap<String, [f32; FIELDS]>,
    len: [f32; FIELDS],
    /// Adjacent word pairs (stems) in the title, questions, tags and summary:
    /// a query that keeps a phrase together ranks the entry that says it higher.
    pairs: std::collections::HashSet<(String, String)>,
    /// The title and each alternative question, as stems: a query that reads
    /// like one of them is very likely asking that question.
    questions: Vec<Vec<String>>,
}

/// The searchable index of a set of entries.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    docs: Vec<DocStats>,
    df: HashMap<String, u32>,
    /// Every word seen (as written, lower-cased) and its stem, for typo fixes.
    vocabulary: HashMap<String, String>,
    avg_len: [f64; FIELDS],
}

/// A query word and the index terms it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryTerm {
    pub word: String,
    /// (stem, weight)
    pub terms: Vec<(String, f64)>,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// Index into the entry list.
    #[serde(skip)]
    pub entry: usize,
    pub score: f64,
    /// Words of the entry that matched (as written in the entry), for highlighting.
    pub matched: Vec<String>,
}

impl SearchIndex {
    /// Builds the index for `entries` (same order).
    pub fn build(entries: &[FaqEntry]) -> Self {
        let mut index = SearchIndex::default();
        let mut stems: HashMap<String, String> = HashMap::new();
        for e in entries {
            let fields: [String; FIELDS] = [
                e.meta.title.clone(),
                e.meta.questions.join(" \n "),
                e.meta.tags.join(" ").replace('-', " "),
                e.meta.summary.clone(),
                e.body.clone(),
            ];
            let mut doc = DocStats::default();
            for (f, text) in fields.iter().enumerate() {
                let mut previous: Option<String> = None;
                for w in words(text) {
                    let s = stems.entry(w.clone()).or_insert_with(|| stem(&w)).clone();
                    index.vocabulary.entry(w).or_insert_with(|| s.clone());
                    doc.tf.entry(s.clone()).or_default()[f] += 1.0;
                    doc.len[f] += 1.0;
                    if f < PHRASE_FIELDS {
                        if let Some(p) = previous.take() {
                            doc.pairs.insert((p, s.clone()));
                        }
                        previous = Some(s);
                    }
                }
            }
            doc.questions = std::iter::once(&e.meta.title)
                .chain(e.meta.questions.iter())
                .map(|q| {
                    let mut stems_of_q: Vec<String> = words(q).iter().map(|w| stem(w)).collect();
                    stems_of_q.dedup();
                    stems_of_q
                })
                .filter(|q| !q.is_empty())
                .collect();
            for term in doc.tf.keys() {
                *index.df.entry(term.clone()).or_default() += 1;
            }
            index.docs.push(doc);
        }
        let n = index.docs.len().max(1) as f64;
        for f in 0..FIELDS {
            index.avg_len[f] = index.docs.iter().map(|d| f64::from(d.len[f])).sum::<f64>() / n;
        }
        index
    }

    /// Turns a query into weighted index terms: each word as typed (stemmed),
    /// its synonyms, and, for words the corpus does not have, the closest
    /// words it does have.
    pub fn analyse(&self, query: &str) -> Vec<QueryTerm> {
        let mut out: Vec<QueryTerm> = Vec::new();
        for w in words(query) {
            if out.iter().any(|q| q.word == w) {
                continue;
            }
            let mut terms: Vec<(String, f64)> = Vec::new();
            let s = stem(&w);
            let known = self.df.contains_key(&s);
            if known {
                terms.push((s, 1.0));
            } else {
                for fixed in self.typo_fixes(&w) {
                    terms.push((fixed, TYPO_WEIGHT));
                }
            }
            let as_typed: Vec<String> = if known {
                vec![w.clone()]
            } else {
                self.typo_words(&w)
            };
            for word in as_typed {
                for syn in synonyms_of(&word) {
                    let st = stem(syn);
                    if self.df.contains_key(&st) && !terms.iter().any(|(t, _)| *t == st) {
                        terms.push((st, SYNONYM_WEIGHT));
                    }
                }
            }
            out.push(QueryTerm { word: w, terms });
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
        let mut best: Vec<(usize, &String)> = self
            .vocabulary
            .keys()
            .filter(|v| v.len().abs_diff(word.len()) <= max)
            // People rarely mistype the first letter; requiring it keeps
            // "cypress" from turning into "press".
            .filter(|v| v.chars().next() == word.chars().next())
            .map(|v| (strsim::damerau_levenshtein(v, word), v))
            .filter(|(d, _)| *d <= max)
            .collect();
        let Some(min) = best.iter().map(|(d, _)| *d).min() else {
            return Vec::new();
        };
        best.retain(|(d, _)| *d == min);
        best.sort_by(|a, b| a.1.cmp(b.1));
        best.into_iter().take(4).map(|(_, v)| v.clone()).collect()
    }

    fn typo_fixes(&self, word: &str) -> Vec<String> {
        let mut stems: Vec<String> = Vec::new();
        for w in self.typo_words(word) {
            let s = self.vocabulary[&w].clone();
            if !stems.contains(&s) {
                stems.push(s);
            }
        }
        stems
    }

    /// Scores every entry against the query; returns hits best first (ties
    /// by entry order), only those that matched something.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let terms = self.analyse(query);
        let n = self.docs.len() as f64;
        let mut hits = Vec::new();
        for (i, doc) in self.docs.iter().enumerate() {
            let mut score = 0.0;
            let mut matched_words = 0usize;
            let mut matched_stems = Vec::new();
            for q in &terms {
                let mut best_for_word: f64 = 0.0;
                for (term, weight) in &q.terms {
                    let Some(tf) = doc.tf.get(term) else { continue };
                    let df = f64::from(*self.df.get(term).unwrap_or(&0));
                    let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
                    let mut pseudo_tf = 0.0;
                    for f in 0..FIELDS {
                        if tf[f] > 0.0 {
                            let norm = 1.0 - FIELD_B[f]
                                + FIELD_B[f] * f64::from(doc.len[f]) / self.avg_len[f].max(1.0);
                            pseudo_tf += FIELD_WEIGHTS[f] * f64::from(tf[f]) / norm;
                        }
                    }
                    let s = weight * idf * pseudo_tf / (K1 + pseudo_tf);
                    best_for_word = best_for_word.max(s);
                    matched_stems.push(term.clone());
                }
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
                hits.push(Hit {
                    entry: i,
                    score: score * (0.5 + 0.5 * coverage),
                    matched: matched_stems,
                });
            }
        }
        // Blend the BM25F score (scaled so the best is 1) with how closely the
        // query reads like one of the entry's questions; the result is 0..1.
        let best = hits.iter().map(|h| h.score).fold(0.0, f64::max);
        for h in &mut hits {
            let question = self.question_similarity(&self.docs[h.entry], &terms);
            h.score = BM25_SHARE * h.score / best + (1.0 - BM25_SHARE) * question;
        }
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.entry.cmp(&b.entry)));
        for h in &mut hits {
            h.matched = self.surface_forms(&h.matched);
        }
        hits
    }

    fn idf(&self, term: &str) -> f64 {
        let n = self.docs.len() as f64;
        let df = f64::from(*self.df.get(term).unwrap_or(&0));
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// Returns the best F1 overlap (idf-weighted) between the query and the
    /// entry's title or one of its questions.
    fn question_similarity(&self, doc: &DocStats, terms: &[QueryTerm]) -> f64 {
        let query_weight: f64 = terms
            .iter()
            .filter_map(|q| q.terms.first())
            .map(|(t, w)| w * self.idf(t))
            .sum();
        if query_weight == 0.0 {
            return 0.0;
        }
        doc.questions
            .iter()
            .map(|question| {
                let question_weight: f64 = question.iter().map(|s| self.idf(s)).sum();
                let matched: f64 = question
                    .iter()
                    .filter_map(|s| {
                        terms
                            .iter()
                            .flat_map(|q| q.terms.iter())
                            .filter(|(t, _)| t == s)
                            .map(|(_, w)| *w)
                            .reduce(f64::max)
                            .map(|w| w * self.idf(s))
                    })
                    .sum();
                if matched == 0.0 || question_weight == 0.0 {
                    return 0.0;
                }
                let precision = matched / question_weight;
                let recall = (matched / query_weight).min(1.0);
                2.0 * precision * recall / (precision + recall)
            })
            .fold(0.0, f64::max)
    }

    fn phrase_bonus(&self, doc: &DocStats, terms: &[QueryTerm]) -> f64 {
        let mut bonus = 0.0;
        for pair in terms.windows(2) {
            let best = pair[0]
                .terms
                .iter()
                .flat_map(|(a, wa)| pair[1].terms.iter().map(move |(b, wb)| (a, b, wa * wb)))
                .filter(|(a, b, _)| doc.pairs.contains(&((*a).clone(), (*b).clone())))
                .map(|(a, b, w)| w * (self.idf(a) + self.idf(b)) / 2.0)
                .fold(0.0, f64::max);
            bonus += PHRASE_BONUS * best;
        }
        bonus
    }

    fn surface_forms(&self, stems: &[String]) -> Vec<String> {
        let mut forms: Vec<String> = self
            .vocabulary
            .iter()
            .filter(|(_, s)| stems.contains(s))
            .map(|(w, _)| w.clone())
            .collect();
        forms.sort();
        forms.dedup();
        forms
    }
}

fn synonyms_of(word: &str) -> Vec<&'static str> {
    let s = stem(word);
    SYNONYM_GROUPS
        .iter()
        .filter(|g| g.iter().any(|m| *m == word || stem(m) == s))
        .flat_map(|g| g.iter().copied())
        .filter(|m| *m != word)
        .collect()
}

/// Returns the words of `text` (lower-cased, as they appear) for highlighting.
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
