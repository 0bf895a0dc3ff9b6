//! Turning text into the words search compares: lower-casing, splitting,
//! joining known phrases ("sign in" → `signin`, "Login.gov" → `logingov`),
//! dropping stopwords, stemming (Snowball English via `rust-stemmers`), and
//! the synonym table. Used for entries and queries alike, so both sides agree.

use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;

pub const STOPWORDS: &[&str] = &[
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
    "say", "says", "said",
];

/// Words that are noise in a chat message but may be content in an entry
/// ("question" is a topic in "my question doesn't fit any category"): queries
/// drop them, entries keep them. Greetings, thanks, apologies, hedges.
pub const CHAT_NOISE: &[&str] = &[
    "hey",
    "heya",
    "hiya",
    "yo",
    "howdy",
    "morning",
    "afternoon",
    "evening",
    "good",
    "thx",
    "thank",
    "ty",
    "tia",
    "cheers",
    "appreciate",
    "appreciated",
    "advance",
    "quick",
    "question",
    "questions",
    "q",
    "qq",
    "sry",
    "sorry",
    "dumb",
    "silly",
    "stupid",
    "guys",
    "everyone",
    "everybody",
    "y",
    "yall",
    "anybody",
    "somebody",
    "ideas",
    "idea",
    "wondering",
    "wonder",
    "curious",
    "maybe",
    "probably",
    "actually",
    "basically",
    "currently",
    "anyway",
    "btw",
    "fyi",
    "pls",
    "plz",
    "hoping",
    "hope",
    "sure",
    "certain",
    "wanted",
    "wants",
    "noturgent",
    "point",
    "they",
    "he",
    "she",
    "best",
    "etc",
    "e",
    "g",
    "eg",
    "ie",
    "re",
    "ll",
    "d",
    "m",
    "ve",
];

/// Returns true for words a chat message carries that say nothing of its topic.
pub fn is_chat_noise(word: &str) -> bool {
    static SET: LazyLock<rustc_hash::FxHashSet<&'static str>> =
        LazyLock::new(|| CHAT_NOISE.iter().copied().collect());
    SET.contains(word)
}

/// Splits a message into its sentences (and the parts of a sentence a
/// semicolon or a line break separates), each searched as a question of
/// its own as well as the whole.
pub fn sentences(text: &str) -> Vec<&str> {
    text.split(['.', '?', '!', ';', '\n'])
        // "Login.gov", "id.me", "v0.1": a full stop inside a word is not a sentence end.
        .fold(Vec::<(usize, usize)>::new(), |mut acc, part| {
            let start = part.as_ptr() as usize - text.as_ptr() as usize;
            let end = start + part.len();
            let joins = acc.last().is_some_and(|&(_, e)| {
                text.as_bytes().get(e) == Some(&b'.')
                    && !part.starts_with(char::is_whitespace)
                    && !part.is_empty()
            });
            match acc.last_mut() {
                Some(last) if joins => last.1 = end,
                _ => acc.push((start, end)),
            }
            acc
        })
        .into_iter()
        .map(|(s, e)| text[s..e].trim())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Word sequences read as one word (applied to entries and queries alike),
/// so "Login.gov", "login gov" and "logingov" are one word, and "sign in",
/// "signing in" and "login" are too. Matched on lower-cased words, longest first.
pub const PHRASES: &[(&[&str], &str)] = &[
    (&["sign", "in", "service"], "sis"),
    (&["signin", "service"], "sis"),
    (&["login", "gov"], "logingov"),
    (&["id", "me"], "idme"),
    (&["ds", "logon"], "dslogon"),
    (&["my", "health", "e", "vet"], "mhv"),
    (&["my", "healthevet"], "mhv"),
    (&["myhealthevet"], "mhv"),
    (&["sign", "in"], "signin"),
    (&["sign", "ins"], "signin"),
    (&["sign", "on"], "signin"),
    (&["signing", "in"], "signin"),
    (&["signed", "in"], "signin"),
    (&["log", "in"], "signin"),
    (&["log", "on"], "signin"),
    (&["logging", "in"], "signin"),
    (&["logged", "in"], "signin"),
    (&["signins"], "signin"),
    (&["login"], "signin"),
    (&["logins"], "signin"),
    (&["logon"], "signin"),
    (&["logons"], "signin"),
    (&["signon"], "signin"),
    (&["pull", "request"], "pr"),
    (&["pull", "requests"], "pr"),
    (&["prs"], "pr"),
    (&["test", "user", "dashboard"], "tud"),
    (&["monthly", "active", "users"], "mau"),
    (&["monthly", "active", "user"], "mau"),
    (&["credential", "service", "providers"], "csp"),
    (&["credential", "service", "provider"], "csp"),
    (&["client", "id"], "clientid"),
    (&["client", "ids"], "clientid"),
    (&["code", "owners"], "codeowners"),
    (&["code", "owner"], "codeowners"),
    (&["personally", "identifiable"], "pii"),
    (&["personal", "data"], "pii"),
    (&["personal", "information"], "pii"),
    (&["personal", "info"], "pii"),
    (&["vets", "api", "mockdata"], "mockdata"),
    (&["mock", "data"], "mockdata"),
    (&["e", "mail"], "email"),
    (&["not", "valid"], "invalid"),
    (&["isn", "t", "valid"], "invalid"),
    (&["isnt", "valid"], "invalid"),
    (&["doesn", "t", "work"], "fail"),
    (&["doesnt", "work"], "fail"),
    (&["not", "working"], "fail"),
    (&["won", "t", "work"], "fail"),
    (&["broken"], "fail"),
    // "not urgent" says the opposite of "urgent": the pair is chat noise.
    (&["review", "instance"], "ri"),
    (&["review", "instances"], "ri"),
    (&["review", "app"], "ri"),
    (&["review", "apps"], "ri"),
    (&["end", "to", "end"], "e2e"),
    (&["health", "e", "vet"], "mhv"),
    (&["healthevet"], "mhv"),
    (&["master", "person", "index"], "mpi"),
    (&["master", "veteran", "index"], "mpi"),
    (&["integration", "control", "number"], "icn"),
    (&["single", "sign", "on"], "ssoe"),
    (&["va", "gov"], "vagov"),
    (&["another", "team"], "otherteam"),
    (&["other", "team"], "otherteam"),
    (&["other", "teams"], "otherteam"),
    (&["different", "team"], "otherteam"),
    (&["self", "serve"], "myself"),
    (&["self", "service"], "myself"),
    (&["on", "my", "own"], "myself"),
    (&["without", "filing"], "myself"),
    (&["set", "up"], "setup"),
    // "I filed a request" is about a request already made, like "submitted";
    // "how do I file one" is not.
    (&["filed"], "submitted"),
    (&["how", "many"], "numbers"),
    (&["how", "long"], "howlong"),
    (&["how", "fast"], "howlong"),
    (&["how", "quickly"], "howlong"),
    (&["how", "soon"], "howlong"),
    (&["not", "urgent"], "noturgent"),
    (&["non", "urgent"], "noturgent"),
    (&["isn", "t", "urgent"], "noturgent"),
    (&["isnt", "urgent"], "noturgent"),
];

/// Words that mean the same here; each expands to the others.
pub const SYNONYM_GROUPS: &[&[&str]] = &[
    &["auth", "authentication", "signin"],
    &["mock", "mocked", "fake"],
    &["ticket", "request", "issue"],
    &["reply", "respond", "response", "answer", "hear"],
    &["urgent", "p1", "emergency", "outage", "critical"],
    &["loa3", "ial2", "verified", "verify", "verification"],
    &["loa1", "ial1", "unverified"],
    &["pii", "phi", "ssn", "privacy", "redact"],
    &["csp", "provider", "credential"],
    &[
        "metrics",
        "data",
        "numbers",
        "statistics",
        "report",
        "counts",
        "breakdown",
    ],
    &[
        "automate",
        "automated",
        "automation",
        "script",
        "scripts",
        "cypress",
        "e2e",
        "rspec",
        "jest",
        "playwright",
        "selenium",
        "ci",
    ],
    &["ssoe", "eauth", "iam"],
    &["create", "add", "new", "setup"],
    &[
        "recover", "recovery", "reset", "unlock", "locked", "lockout", "password",
    ],
    &["mpi", "mvi"],
    &["ri", "reviewinstance"],
    &["dashboard", "datadog"],
    &["error", "fail", "failure", "broken"],
    &["token", "session"],
    &["staging", "stage"],
    &["user", "account", "profile"],
    &["review", "approve", "approval"],
    &["contact", "reach", "talk"],
];

mod bundled_stems {
    include!(concat!(env!("OUT_DIR"), "/faq_stems.rs"));
}

/// Returns the stem of `word`: from the table built at compile time for the
/// bundled FAQ's words, or from the stemmer for anything else.
pub fn stem(word: &str) -> String {
    // Snowball cuts "status" to "stat", the stem of "stats": a request's
    // status is not a statistic.
    if matches!(word, "status" | "statuses") {
        return "status".to_string();
    }
    static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));
    match bundled_stems::BUNDLED_STEMS.binary_search_by(|(w, _)| (*w).cmp(word)) {
        Ok(i) => bundled_stems::BUNDLED_STEMS[i].1.to_string(),
        Err(_) => STEMMER.stem(word).into_owned(),
    }
}

/// Returns true for words that carry no topic.
pub fn is_stopword(word: &str) -> bool {
    static SET: LazyLock<rustc_hash::FxHashSet<&'static str>> =
        LazyLock::new(|| STOPWORDS.iter().copied().collect());
    SET.contains(word)
}

/// A phrase rule: the words, and the one word they become.
type PhraseRule = (&'static [&'static str], &'static str);

/// The phrase rules by first word, longest first.
fn phrase_rules(first: &str) -> Option<&'static [PhraseRule]> {
    static INDEX: LazyLock<FxHashMap<&'static str, Vec<PhraseRule>>> = LazyLock::new(|| {
        let mut index: FxHashMap<&str, Vec<PhraseRule>> = FxHashMap::default();
        for (words, replacement) in PHRASES {
            index
                .entry(words[0])
                .or_default()
                .push((words, replacement));
        }
        for rules in index.values_mut() {
            rules.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        index
    });
    INDEX.get(first).map(Vec::as_slice)
}

/// Returns true when some phrase starts with `word` (cheap pre-check).
pub fn starts_phrase(word: &str) -> bool {
    phrase_rules(word).is_some()
}

/// Splits lower-cased `text` into raw words (no allocation). ASCII, which
/// is nearly all of it, is classified a byte at a time.
pub fn raw_words(lower: &str) -> impl Iterator<Item = &str> {
    let bytes = lower.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        let is_word_at = |i: usize| -> (bool, usize) {
            let b = bytes[i];
            if b < 0x80 {
                (b.is_ascii_alphanumeric(), 1)
            } else {
                let c = lower[i..].chars().next().unwrap_or(' ');
                (c.is_alphanumeric(), c.len_utf8())
            }
        };
        while i < bytes.len() {
            let (word, len) = is_word_at(i);
            if word {
                break;
            }
            i += len;
        }
        if i >= bytes.len() {
            return None;
        }
        let start = i;
        while i < bytes.len() {
            let (word, len) = is_word_at(i);
            if !word {
                break;
            }
            i += len;
        }
        Some(&lower[start..i])
    })
}

/// Lower-cases text, cheaply when it is ASCII.
pub fn lower(text: &str) -> std::borrow::Cow<'_, str> {
    if !text
        .bytes()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
    {
        std::borrow::Cow::Borrowed(text)
    } else if text.is_ascii() {
        std::borrow::Cow::Owned(text.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Owned(text.to_lowercase())
    }
}

/// Returns the phrase that starts `raw` (how many words, and the word it
/// becomes), if any.
pub fn match_phrase(raw: &[&str]) -> Option<(usize, &'static str)> {
    let rules = phrase_rules(raw.first()?)?;
    rules
        .iter()
        .find(|(seq, _)| raw.len() >= seq.len() && raw[..seq.len()] == **seq)
        .map(|(seq, replacement)| (seq.len(), *replacement))
}

/// Joins phrases in a run of raw words: calls `emit` with each resulting
/// word (stopwords included; the caller drops them).
pub fn join_phrases<'a>(raw: &[&'a str], mut emit: impl FnMut(&'a str)) {
    let mut i = 0;
    while i < raw.len() {
        let rule =
            match_phrase(&raw[i..]).map(|(len, replacement)| (&raw[i..i + len], replacement));
        match rule {
            Some((seq, replacement)) => {
                emit(replacement);
                i += seq.len();
            }
            None => {
                emit(raw[i]);
                i += 1;
            }
        }
    }
}

/// Returns the words of `text` as search sees them (phrases joined, stopwords
/// dropped), unstemmed.
pub fn words(text: &str) -> Vec<String> {
    let lower = lower(text);
    let raw: Vec<&str> = raw_words(&lower).collect();
    let mut out = Vec::with_capacity(raw.len());
    join_phrases(&raw, |w| {
        if !is_stopword(w) {
            out.push(w.to_string());
        }
    });
    out
}

/// The synonym groups with each member's stem, computed once.
static SYNONYM_STEMS: LazyLock<Vec<Vec<(&'static str, String)>>> = LazyLock::new(|| {
    SYNONYM_GROUPS
        .iter()
        .map(|g| g.iter().map(|w| (*w, stem(w))).collect())
        .collect()
});

/// Returns the words that mean the same as `word` here.
pub fn synonyms_of(word: &str) -> Vec<&'static str> {
    let s = stem(word);
    SYNONYM_STEMS
        .iter()
        .filter(|g| g.iter().any(|(m, ms)| *m == word || *ms == s))
        .flat_map(|g| g.iter().map(|(m, _)| *m))
        .filter(|m| *m != word)
        .collect()
}

/// Returns true when `a` and `b` differ by one letter swapped for a letter
/// far from it on a QWERTY keyboard: "modal" and "model", "saying" and
/// "saving" are other words, not slips of a finger.
pub fn far_substitution(a: &str, b: &str) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let diff: Vec<(u8, u8)> = a.bytes().zip(b.bytes()).filter(|(x, y)| x != y).collect();
    match diff.as_slice() {
        [(x, y)] => !keys_adjacent(*x, *y),
        _ => false,
    }
}

/// Returns true for two letters next to each other on a QWERTY keyboard.
fn keys_adjacent(a: u8, b: u8) -> bool {
    const ROWS: [&[u8]; 3] = [b"qwertyuiop", b"asdfghjkl", b"zxcvbnm"];
    let at = |c: u8| {
        ROWS.iter().enumerate().find_map(|(r, row)| {
            row.iter()
                .position(|&k| k == c)
                .map(|i| (r as i32, i as i32))
        })
    };
    // Rows are staggered by about half a key, so "one row and one
    // column away" is a fair neighbourhood.
    match (at(a), at(b)) {
        (Some((ra, ia)), Some((rb, ib))) => (ra - rb).abs() <= 1 && (ia - ib).abs() <= 1,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_join_and_stopwords_drop() {
        assert_eq!(
            words("How do I log in with Login.gov?"),
            ["signin", "logingov"]
        );
        assert_eq!(words("Sign-in Service client_id"), ["sis", "clientid"]);
        assert_eq!(stem("mocked"), "mock");
        assert!(synonyms_of("auth").contains(&"authentication"));
    }
}
