//! Search quality on sets of realistic queries written without looking at
//! the entries: top-1 and top-3 accuracy per set, with the misses printed
//! (`cargo test --test cli faq_eval -- --nocapture`).
//!
//! - `faq_queries.toml`: 133 short, search-box style queries (a quarter with typos).
//! - `faq_chat.toml`: Slack-style messages (greetings, context, two questions,
//!   abbreviations, typos); the set search was tuned on.
//! - `faq_chat_heldout.toml`: more of the same, never tuned against.

use idreq::faq::confidence::Confidence;
use idreq::faq::index::SearchIndex;
use idreq::faq::search::{search, suggest};
use idreq::faq::Faq;
use idreq::request::catalogue::Catalogue;
use serde::Deserialize;

#[derive(Deserialize)]
struct EvalSet {
    query: Vec<Query>,
}

#[derive(Deserialize)]
struct Query {
    text: String,
    expect: String,
    #[serde(default)]
    also: Vec<String>,
}

/// What one set scored.
struct Report {
    n: usize,
    top1: usize,
    top3: usize,
    /// Queries whose first hit is right and at the answer level.
    answered: usize,
}

impl Report {
    fn p1(&self) -> f64 {
        self.top1 as f64 / self.n as f64
    }
    fn p3(&self) -> f64 {
        self.top3 as f64 / self.n as f64
    }
}

/// Ranks every query of `set` and counts where the answer landed.
fn evaluate(name: &str, set: &str) -> Report {
    let set: EvalSet = toml::from_str(set).unwrap();
    let faq = Faq::bundled();
    let index = SearchIndex::build(&faq.entries);
    let (mut top1, mut top3, mut answered) = (0, 0, 0);
    let mut misses = Vec::new();
    for q in &set.query {
        for slug in std::iter::once(&q.expect).chain(&q.also) {
            assert!(faq.get(slug).is_some(), "unknown slug {slug} in {name}");
        }
        let all = index.search(&q.text);
        let hits: Vec<&str> = all
            .iter()
            .take(3)
            .map(|h| faq.entries[h.entry].slug.as_str())
            .collect();
        let good = |s: &&str| *s == q.expect || q.also.iter().any(|a| a == s);
        if hits.first().is_some_and(good) {
            top1 += 1;
            if Confidence::of(all[0].confidence()).answers() {
                answered += 1;
            }
        } else {
            let rank = all
                .iter()
                .position(|h| faq.entries[h.entry].slug == q.expect);
            let detail: Vec<String> = all
                .iter()
                .take(3)
                .map(|h| format!("{}={:.2}", faq.entries[h.entry].slug, h.score))
                .collect();
            let want = rank
                .map(|r| format!("rank {} score {:.2}", r + 1, all[r].score))
                .unwrap_or("not found".into());
            let terms: Vec<String> = index
                .analyse(&q.text)
                .iter()
                .map(|t| {
                    format!(
                        "{}:{:?}",
                        t.word,
                        t.terms.iter().map(|x| x.0.clone()).collect::<Vec<_>>()
                    )
                })
                .collect();
            let tag = if hits.iter().any(good) {
                "top-3"
            } else {
                "MISS "
            };
            misses.push(format!(
                "{tag} {:?} → {:?} (want {} at {want}) terms {terms:?}",
                q.text, detail, q.expect
            ));
        }
        if hits.iter().any(good) {
            top3 += 1;
        }
    }
    let r = Report {
        n: set.query.len(),
        top1,
        top3,
        answered,
    };
    println!(
        "FAQ search, {name}: {} queries, top-1 {:.1}% ({top1}), top-3 {:.1}% ({top3}); \
         right first hit at the answer level: {answered} of {top1}",
        r.n,
        r.p1() * 100.0,
        r.p3() * 100.0
    );
    for m in &misses {
        println!("  {m}");
    }
    r
}

#[test]
fn search_quality_meets_the_bar() {
    let r = evaluate("search-box set", include_str!("fixtures/faq_queries.toml"));
    assert!(r.n >= 133);
    // The bar is what search scored before conversational queries were
    // tuned for (115 and 130 of 133): it must not get worse.
    assert!(
        r.p3() >= 0.977,
        "top-3 {:.1}% is under 97.7%",
        r.p3() * 100.0
    );
    assert!(
        r.p1() >= 0.864,
        "top-1 {:.1}% is under 86.5%",
        r.p1() * 100.0
    );
    // Most right answers must be confident enough for a front door to post.
    assert!(
        r.answered * 10 >= r.top1 * 8,
        "{} of {}",
        r.answered,
        r.top1
    );
}

#[test]
fn conversational_quality_meets_the_bar() {
    let r = evaluate("conversational set", include_str!("fixtures/faq_chat.toml"));
    assert!(r.n >= 60);
    assert!(r.p3() >= 0.98, "top-3 {:.1}% is under 98%", r.p3() * 100.0);
    assert!(r.p1() >= 0.90, "top-1 {:.1}% is under 90%", r.p1() * 100.0);
    assert!(
        r.answered * 10 >= r.top1 * 9,
        "{} of {}",
        r.answered,
        r.top1
    );
}

#[test]
fn held_out_quality() {
    let r = evaluate(
        "held-out set",
        include_str!("fixtures/faq_chat_heldout.toml"),
    );
    assert!(r.n >= 20);
}

#[derive(Deserialize)]
struct NoAnswer {
    queries: Vec<String>,
}

#[test]
fn messages_no_entry_answers_are_no_match() {
    let set: NoAnswer = toml::from_str(include_str!("fixtures/faq_no_answer.toml")).unwrap();
    assert!(set.queries.len() >= 10);
    let faq = Faq::bundled();
    let catalogue = Catalogue::bundled();
    let mut highest = (0.0, String::new());
    for q in &set.queries {
        // What `idreq intake` and the Slack door call: nothing, for every type.
        for t in &catalogue.types {
            let hits = suggest(&faq, q, t, 3);
            let slugs: Vec<&str> = hits.iter().map(|h| h.slug.as_str()).collect();
            assert!(slugs.is_empty(), "{q:?} ({}) suggested {slugs:?}", t.key);
        }
        // What `idreq faq search` shows: hits, if any, all under the level.
        for h in search(&faq, q, None, 5) {
            if h.confidence_score > highest.0 {
                highest = (h.confidence_score, format!("{q:?} → {}", h.slug));
            }
            assert!(
                !h.confidence.answers(),
                "{q:?} → {} at {:?} ({})",
                h.slug,
                h.confidence,
                h.confidence_score
            );
        }
    }
    println!(
        "no-answer messages: {} checked, highest confidence {:.2} ({})",
        set.queries.len(),
        highest.0,
        highest.1
    );
}

#[test]
fn suggest_offers_the_answer_to_a_chat_message() {
    let faq = Faq::bundled();
    let catalogue = Catalogue::bundled();
    let t = catalogue
        .types
        .iter()
        .find(|t| t.key == "mock-auth")
        .unwrap();
    let hits = suggest(
        &faq,
        "hey all, my localhost mock sign in page shows zero users to pick from. thanks!",
        t,
        3,
    );
    assert_eq!(
        hits.first().map(|h| h.slug.as_str()),
        Some("mocked-auth-empty-user-list")
    );
    assert!(hits.iter().all(|h| h.confidence.answers()));
}
