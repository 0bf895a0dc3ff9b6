//! Search quality on a set of realistic queries written without looking at
//! the entries: top-1 and top-3 accuracy, with the misses printed.

use idreq::faq::index::SearchIndex;
use idreq::faq::Faq;
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

#[test]
fn search_quality_meets_the_bar() {
    let set: EvalSet = toml::from_str(include_str!("fixtures/faq_queries.toml")).unwrap();
    let faq = Faq::bundled();
    let index = SearchIndex::build(&faq.entries);
    let (mut top1, mut top3) = (0, 0);
    let mut misses = Vec::new();
    for q in &set.query {
        assert!(faq.get(&q.expect).is_some(), "unknown slug {}", q.expect);
        let hits: Vec<&str> = index
            .search(&q.text)
            .iter()
            .take(3)
            .map(|h| faq.entries[h.entry].slug.as_str())
            .collect();
        let good = |s: &&str| *s == q.expect || q.also.iter().any(|a| a == s);
        if hits.first().is_some_and(good) {
            top1 += 1;
        }
        if hits.iter().any(good) {
            top3 += 1;
        } else {
            let all = index.search(&q.text);
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
            misses.push(format!(
                "{:?} → {:?} (want {} at {want}) terms {terms:?}",
                q.text, detail, q.expect
            ));
        }
    }
    let n = set.query.len() as f64;
    let (p1, p3) = (top1 as f64 / n, top3 as f64 / n);
    println!(
        "FAQ search on {} queries: top-1 {:.1}% ({top1}), top-3 {:.1}% ({top3})",
        set.query.len(),
        p1 * 100.0,
        p3 * 100.0
    );
    for m in &misses {
        println!("  miss: {m}");
    }
    assert!(set.query.len() >= 60);
    assert!(p3 >= 0.95, "top-3 accuracy {:.1}% is under 95%", p3 * 100.0);
    assert!(p1 >= 0.85, "top-1 accuracy {:.1}% is under 85%", p1 * 100.0);
}
