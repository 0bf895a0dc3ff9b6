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
    assert_eq!(answers.len(), 4, "{answers:?}");
    assert!(
        answers.iter().all(|a| a.2 == 304),
        "every list page is answered 304 Not Modified: {answers:?}"
    );
    let history = history_answers(&fake, mark);
    assert!(
        history.len() == 2 && history.iter().all(|a| a.2 == 304),
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
