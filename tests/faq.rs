//! `idreq faq`: the bundled entries are valid, and search/list/show behave.

use std::collections::HashSet;

use idreq::faq::Faq;
use idreq::request::Catalogue;

use crate::common::*;

#[test]
fn every_bundled_entry_is_complete_and_consistent() {
    let faq = Faq::bundled();
    assert!(
        faq.skipped.is_empty(),
        "unreadable entries: {:?}",
        faq.skipped
    );
    assert!(
        faq.entries.len() >= 26,
        "only {} entries",
        faq.entries.len()
    );
    let catalogue = Catalogue::bundled();
    let mut slugs = HashSet::new();
    for e in &faq.entries {
        assert!(slugs.insert(e.slug.clone()), "duplicate slug {}", e.slug);
        assert!(
            e.slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "bad slug {}",
            e.slug
        );
        let m = &e.meta;
        assert!(!m.title.trim().is_empty(), "{}: empty title", e.slug);
        assert!(!m.summary.trim().is_empty(), "{}: empty summary", e.slug);
        assert!(!m.tags.is_empty(), "{}: no tags", e.slug);
        assert!(m.questions.len() >= 3, "{}: fewer than 3 questions", e.slug);
        assert!(!m.sources.is_empty(), "{}: no sources", e.slug);
        assert!(
            chrono::NaiveDate::parse_from_str(&m.updated, "%Y-%m-%d").is_ok(),
            "{}: bad updated date",
            e.slug
        );
        assert!(!e.body.trim().is_empty(), "{}: empty answer", e.slug);
        for t in &m.types {
            assert!(
                catalogue.get(t).is_some(),
                "{}: unknown request type {t}",
                e.slug
            );
        }
    }
    assert_eq!(faq.broken_links(), Vec::<(String, String)>::new());
}

#[test]
fn search_ranks_with_typos_and_prints_title_slug_snippet_and_score() {
    let env = TestEnv::new();
    let out = env.run(&["faq", "search", "mocekd", "auth", "user", "list", "empty"]);
    assert_success(&out);
    let text = stdout(&out);
    assert!(
        text.starts_with(
            "1. Why is the mocked-auth user list empty?  [mocked-auth-empty-user-list] score "
        ),
        "{text}"
    );
    assert!(
        !text.contains('\u{1b}'),
        "piped output must be plain: {text:?}"
    );
}

#[test]
fn search_json_and_type_filter() {
    let env = TestEnv::new();
    let v = env.json(&[
        "faq", "search", "sigin", "error", "code", "--json", "--limit", "3",
    ]);
    let hits = v.as_array().unwrap();
    assert!(!hits.is_empty() && hits.len() <= 3);
    assert_eq!(hits[0]["slug"], "sign-in-error-codes");
    for key in ["slug", "title", "summary", "snippet", "score", "types"] {
        assert!(hits[0].get(key).is_some(), "missing {key}");
    }
    let scores: Vec<f64> = hits.iter().map(|h| h["score"].as_f64().unwrap()).collect();
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "not ranked: {scores:?}"
    );
    let typed = env.json(&["faq", "search", "review", "--type", "pr-review", "--json"]);
    for h in typed.as_array().unwrap() {
        assert!(
            h["types"]
                .as_array()
                .unwrap()
                .iter()
                .any(|t| t == "pr-review"),
            "{h}"
        );
    }
}

#[test]
fn no_hits_is_success_and_suggests_filing() {
    let env = TestEnv::new();
    let out = env.run(&["faq", "search", "xylophone", "quasar"]);
    assert_success(&out);
    assert_eq!(stdout(&out), "");
    assert!(
        stderr(&out).contains("No FAQ entry matches"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("idreq new"), "{}", stderr(&out));
    assert_eq!(
        env.json(&["faq", "search", "xylophone", "--json"]),
        serde_json::json!([])
    );
}

#[test]
fn a_message_no_entry_answers_is_reported_as_no_match() {
    let env = TestEnv::new();
    for q in ["what is the capital of France", "lunch plans?"] {
        let out = env.run(&["faq", "search", q]);
        assert_success(&out);
        assert_eq!(stdout(&out), "", "{q}");
        assert!(
            stderr(&out).contains(&format!("No FAQ entry matches \"{q}\"")),
            "{q}: {}",
            stderr(&out)
        );
        // JSON keeps whatever weak hits there are, each under the answer level.
        let v = env.json(&["faq", "search", q, "--json"]);
        for h in v.as_array().unwrap() {
            let level = h["confidence"].as_str().unwrap();
            assert!(level == "low" || level == "none", "{q}: {h}");
        }
    }
}

#[test]
fn search_reads_a_chat_message_and_reports_confidence() {
    let env = TestEnv::new();
    let msg = "hey all, my localhost mock sign in page shows zero users to pick from. thanks!";
    let v = env.json(&["faq", "search", msg, "--json"]);
    let hits = v.as_array().unwrap();
    assert_eq!(hits[0]["slug"], "mocked-auth-empty-user-list");
    // At the answer level: what `idreq intake` and Slack would post.
    let level = hits[0]["confidence"].as_str().unwrap();
    assert!(level == "high" || level == "medium", "{level}");
    let score = hits[0]["confidence_score"].as_f64().unwrap();
    assert!((0.42..=1.0).contains(&score), "{score}");
    let out = env.run(&["faq", "search", msg]);
    let first = stdout(&out).lines().next().unwrap_or_default().to_string();
    assert!(
        first.starts_with(
            "1. Why is the mocked-auth user list empty?  [mocked-auth-empty-user-list] score "
        ) && first.ends_with(&format!(", {level} confidence")),
        "{first}"
    );
}

#[test]
fn show_renders_the_answer_and_suggests_near_slugs() {
    let env = TestEnv::new();
    let out = env.run(&["faq", "show", "mocked-auth-code-in-state"]);
    assert_success(&out);
    let text = stdout(&out);
    assert!(
        text.starts_with("Why does mocked auth fail with \"Code in state is not valid\"?\n"),
        "{text}"
    );
    assert!(
        text.contains("(idreq faq show "),
        "internal links become commands: {text}"
    );
    assert!(!text.contains("+++"));
    let out = env.run(&["faq", "show", "mocked-auth-code-in-stat"]);
    assert_code(&out, 1);
    assert!(
        stderr(&out).contains("did you mean: mocked-auth-code-in-state"),
        "{}",
        stderr(&out)
    );
    let v = env.json(&["faq", "show", "office-hours", "--json"]);
    assert_eq!(v["slug"], "office-hours");
    assert!(v["body"].as_str().unwrap().len() > 100);
}

#[test]
fn list_shows_every_entry_and_filters_by_type() {
    let env = TestEnv::new();
    let all = env.json(&["faq", "list", "--json"]);
    assert_eq!(all.as_array().unwrap().len(), Faq::bundled().entries.len());
    let mock = env.json(&["faq", "list", "--type", "mock-auth", "--json"]);
    assert!(mock.as_array().unwrap().iter().all(|e| e["types"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t == "mock-auth")));
    assert!(mock.as_array().unwrap().len() >= 5);
}

#[test]
fn extra_folders_add_entries_and_broken_ones_are_skipped_with_file_and_line() {
    let env = TestEnv::new();
    let dir = env.path().join("team-faq");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("vpn-setup.md"),
        "+++\ntitle = \"How do I connect to the VA VPN for staging?\"\nsummary = \"Use the team's VPN profile.\"\ntags = [\"vpn\"]\ntypes = []\nquestions = [\"citrix access gateway\"]\nsources = [\"team wiki\"]\nupdated = \"2026-11-01\"\n+++\nAsk your team lead for the profile.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("broken.md"),
        "+++\ntitle = \"Broken\"\nsummary = 12\nupdated = \"2026-11-01\"\n+++\nx\n",
    )
    .unwrap();
    let out = env.run(&[
        "faq",
        "search",
        "citrix",
        "vpn",
        "--faq-dir",
        dir.to_str().unwrap(),
    ]);
    assert_success(&out);
    assert!(stdout(&out).contains("[vpn-setup]"), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "skipped FAQ entry {}:3:",
            dir.join("broken.md").display()
        )),
        "{err}"
    );
    env.write_config(&format!(
        "[faq]\ndirs = [{:?}]\n",
        dir.display().to_string()
    ));
    let v = env.json(&["faq", "show", "vpn-setup", "--json"]);
    assert_eq!(v["title"], "How do I connect to the VA VPN for staging?");
}
