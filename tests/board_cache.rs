//! The board's saved copy of the GitHub queue: a second run over an unchanged
//! queue downloads nothing (every list page answers 304 Not Modified), and
//! `idreq board --offline` shows the saved board with no network at all.
//! (Speed is measured in benches/, not here.)

use serde_json::Value;

use crate::common::fake_github::*;
use crate::common::*;

/// A fake with `n` open requests (100 per page).
fn queue(n: usize) -> FakeGitHub {
    let fake = FakeGitHub::start();
    for i in 0..n {
        fake.add_issue(
            &format!("[PR review] request {i}"),
            &format!(
                "<!-- idreq v=1 type=pr-review id=req{i} -->\n\n### Details\n\nPlease review.\n"
            ),
            &["identity-request", "type: pr-review", "status: new"],
            "someone",
        );
    }
    fake
}

/// The statuses of the list requests of the open queue (issue pages and the
/// marker search) logged since `from`, as (path, page, status).
fn list_answers(fake: &FakeGitHub, from: usize) -> Vec<(String, String, u16)> {
    answers_where(fake, from, false)
}

/// Like [`list_answers`], for the closed requests the forecast reads.
fn history_answers(fake: &FakeGitHub, from: usize) -> Vec<(String, String, u16)> {
    answers_where(fake, from, true)
}

fn answers_where(fake: &FakeGitHub, from: usize, closed: bool) -> Vec<(String, String, u16)> {
    fake.state().log[from..]
        .iter()
        .filter(|l| {
            l.method == "GET" && (l.path == "/repos/o/r/issues" || l.path == "/search/issues")
        })
        .filter(|l| {
            let state = query_param(&l.query, "state").unwrap_or_default();
            let q = query_param(&l.query, "q").unwrap_or_default();
            (state == "closed" || q.contains("is:closed")) == closed
        })
        .map(|l| {
            let page = query_param(&l.query, "page").unwrap_or_default();
            (l.path.clone(), page, l.status)
        })
        .collect()
}

fn open_count(board: &Value) -> u64 {
    board["summary"]["open"].as_u64().unwrap()
}

#[test]
fn board_second_run_on_an_unchanged_queue_downloads_nothing() {
    let env = TestEnv::new();
    let fake = queue(250);
    let first = json_of(&gh_run(&env, &fake, &["board", "--json"]));
    assert_eq!(open_count(&first), 250);
    let answers = list_answers(&fake, 0);
    assert_eq!(answers.len(), 4, "3 issue pages and 1 search: {answers:?}");
    assert!(answers.iter().all(|a| a.2 == 200), "{answers:?}");
    // The forecast's history: the closed requests of the window only, one
    // page and one search.
    let history = history_answers(&fake, 0);
    assert_eq!(history.len(), 2, "{history:?}");

    let mark = fake.state().log.len();
    let second = json_of(&gh_run(&env, &fake, &["board", "--json"]));
    let answers = list_answers(&fake, mark);
    let known: Vec<_> = answers
        .iter()
        .filter(|a| !(a.0 == "/repos/o/r/issues" && a.1 == "4"))
        .filter(|a| !(a.0 == "/search/issues" && a.1 == "2"))
        .collect();
    assert_eq!(known.len(), 4, "{answers:?}");
    assert!(
        known.iter().all(|a| a.2 == 304),
        "every known list page is answered 304 Not Modified: {answers:?}"
    );
    assert_eq!(
        answers.len(),
        6,
        "plus a look past each list's end: {answers:?}"
    );
    let history = history_answers(&fake, mark);
    // Known pages (page 1 of each) answer 304; the look past each end is a
    // page idreq had not seen yet.
    let known_history: Vec<_> = history.iter().filter(|a| a.1 == "1").collect();
    assert!(
        known_history.len() == 2 && known_history.iter().all(|a| a.2 == 304),
        "the history pages are answered 304 Not Modified too: {history:?}"
    );
    assert_eq!(
        first["columns"], second["columns"],
        "the same board from the saved pages"
    );

    // A change on the last page: only that page is downloaded again.
    fake.state().issues[249].title = "[PR review] renamed".into();
    let mark = fake.state().log.len();
    let third = json_of(&gh_run(&env, &fake, &["board", "--json"]));
    let changed: Vec<_> = list_answers(&fake, mark)
        .into_iter()
        .filter(|a| a.2 == 200)
        .collect();
    assert_eq!(
        changed,
        [("/repos/o/r/issues".to_string(), "3".to_string(), 200)]
    );
    assert!(third.to_string().contains("[PR review] renamed"));
}

#[test]
fn board_offline_without_a_saved_copy_fails_clearly() {
    let env = TestEnv::new();
    let fake = queue(3);
    let out = gh_cmd(&env, &fake)
        .env_remove("GH_TOKEN")
        .args(["board", "--offline"])
        .output()
        .unwrap();
    assert_code(&out, 1);
    let err = stderr(&out);
    assert!(err.contains("no saved board for o/r yet"), "{err}");
    assert!(
        err.contains("run `idreq board` once with a network connection"),
        "{err}"
    );
    assert!(fake.state().log.is_empty(), "--offline never connects");
}

#[test]
fn board_offline_shows_the_saved_board_and_its_age() {
    let env = TestEnv::new();
    let fake = queue(120);
    let online = json_of(&gh_run(&env, &fake, &["board", "--json"]));
    assert_eq!(online["offline"], false);
    assert_eq!(online["fetched_at"], NOW);
    let requests = fake.state().log.len();

    // Two hours later, with no token and the queue changed on the server.
    fake.state().issues[0].state = "closed".into();
    let out = gh_cmd(&env, &fake)
        .env_remove("GH_TOKEN")
        .env("IDREQ_NOW", "2026-11-30T17:00:00Z")
        .args(["board", "--offline", "--json"])
        .output()
        .unwrap();
    let offline = json_of(&out);
    assert_eq!(fake.state().log.len(), requests, "--offline never connects");
    assert_eq!(offline["offline"], true);
    assert_eq!(offline["fetched_at"], NOW);
    assert_eq!(
        open_count(&offline),
        120,
        "the saved board, not the server's"
    );
    assert_eq!(
        online["columns"][0]["count"],
        offline["columns"][0]["count"]
    );
    let err = stderr(&out);
    assert!(
        err.contains("board as of 2026-11-30 15:00 UTC (2h ago)"),
        "{err}"
    );

    let out = gh_cmd(&env, &fake)
        .args(["board", "--offline", "--mine"])
        .output()
        .unwrap();
    assert_code(&out, 2);
}

#[test]
fn board_offline_on_the_local_tracker_just_works() {
    let env = TestEnv::new();
    env.file("pr-review", "Local is always offline", &[]);
    let board = env.json(&["board", "--offline", "--json"]);
    assert_eq!(open_count(&board), 1);
    assert_eq!(board["offline"], false);
}

/// The titles on a board, in board order.
fn titles(board: &Value) -> Vec<String> {
    board["columns"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["requests"].as_array().unwrap().iter())
        .map(|c| c["title"].as_str().unwrap().to_string())
        .collect()
}

/// Whether `shown` has the request titled `[PR review] {name}` (with or
/// without the type prefix, however the board shows it).
fn has(shown: &[String], name: &str) -> bool {
    shown
        .iter()
        .any(|t| t == name || t.ends_with(&format!("] {name}")))
}

/// Adds open requests `from..to` to the fake.
fn add_requests(fake: &FakeGitHub, from: usize, to: usize) {
    for i in from..to {
        fake.add_issue(
            &format!("[PR review] request {i}"),
            &format!(
                "<!-- idreq v=1 type=pr-review id=req{i} -->\n\n### Details\n\nPlease review.\n"
            ),
            &["identity-request", "type: pr-review", "status: new"],
            "someone",
        );
    }
}

#[test]
fn warm_board_asks_for_every_known_page_in_one_burst() {
    let env = TestEnv::new();
    let fake = queue(250);
    gh_run(&env, &fake, &["board", "--json"]);
    let mark = fake.state().log.len();
    let board = json_of(&gh_run(&env, &fake, &["board", "--json"]));
    assert_eq!(open_count(&board), 250);
    let pages: Vec<String> = list_answers(&fake, mark)
        .into_iter()
        .filter(|a| a.0 == "/repos/o/r/issues")
        .map(|a| a.1)
        .collect();
    let mut sorted = pages.clone();
    sorted.sort();
    assert_eq!(sorted, ["1", "2", "3", "4"], "pages 1-3 and the one after");
}

#[test]
fn warm_board_sees_a_queue_that_grew_by_pages() {
    let env = TestEnv::new();
    let fake = queue(150);
    let first = json_of(&gh_run(&env, &fake, &["board", "--json"]));
    assert_eq!(open_count(&first), 150);
    // From 2 pages to 4: the look past the end finds page 3, whose Link
    // leads to page 4.
    add_requests(&fake, 150, 360);
    let grown = json_of(&gh_run(&env, &fake, &["board", "--json"]));
    assert_eq!(open_count(&grown), 360);
    let shown = titles(&grown);
    assert!(has(&shown, "request 359"));
    assert!(has(&shown, "request 0"));
    // The saved copy now knows 4 pages: offline shows the grown queue.
    let offline = json_of(&gh_run(&env, &fake, &["board", "--offline", "--json"]));
    assert_eq!(open_count(&offline), 360);
}

#[test]
fn warm_board_sees_a_queue_that_shrank() {
    let env = TestEnv::new();
    let fake = queue(250);
    gh_run(&env, &fake, &["board", "--json"]);
    // 120 closed: 130 open, 2 pages; page 3 comes back empty.
    for i in 0..120 {
        fake.state().issues[i].state = "closed".into();
    }
    let shrunk = json_of(&gh_run(&env, &fake, &["board", "--json"]));
    assert_eq!(open_count(&shrunk), 130);
    let shown = titles(&shrunk);
    assert!(!has(&shown, "request 0"));
    assert!(has(&shown, "request 249"));
    let offline = json_of(&gh_run(&env, &fake, &["board", "--offline", "--json"]));
    assert_eq!(open_count(&offline), 130, "the saved copy shrank too");
}

#[test]
fn warm_board_mixes_a_changed_page_with_unchanged_ones() {
    let env = TestEnv::new();
    let fake = queue(250);
    gh_run(&env, &fake, &["board", "--json"]);
    gh_run(&env, &fake, &["board", "--json"]);
    fake.state().issues[150].title = "[PR review] renamed in the middle".into();
    let mark = fake.state().log.len();
    let board = json_of(&gh_run(&env, &fake, &["board", "--json"]));
    let mut answers: Vec<_> = list_answers(&fake, mark)
        .into_iter()
        .filter(|a| a.0 == "/repos/o/r/issues")
        .map(|a| (a.1, a.2))
        .collect();
    answers.sort();
    assert_eq!(
        answers,
        [
            ("1".to_string(), 304),
            ("2".to_string(), 200),
            ("3".to_string(), 304),
            ("4".to_string(), 304)
        ]
    );
    let shown = titles(&board);
    assert_eq!(shown.len(), 250);
    assert!(has(&shown, "renamed in the middle"));
    assert!(has(&shown, "request 249"));
}

#[test]
fn cold_board_leaves_every_page_saved_when_it_exits() {
    let env = TestEnv::new();
    let fake = queue(250);
    let online = json_of(&gh_run(&env, &fake, &["board", "--json"]));
    // Written in the background, finished before the process ended.
    let saved: usize = std::fs::read_dir(env.data_dir().join("cache/github"))
        .unwrap()
        .map(|slot| {
            std::fs::read_dir(slot.unwrap().path())
                .unwrap()
                .filter(|f| {
                    let name = f.as_ref().unwrap().file_name();
                    name.to_string_lossy().starts_with("page-")
                })
                .count()
        })
        .sum();
    assert_eq!(
        saved, 6,
        "3 issue pages and 1 search page, and the forecast's history: 1 page, 1 search"
    );
    let offline = json_of(&gh_run(&env, &fake, &["board", "--offline", "--json"]));
    assert_eq!(titles(&offline), titles(&online));
}
