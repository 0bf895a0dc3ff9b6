//! `idreq triage`, `update`, `close`, `board` and `report` on a seeded queue.

use serde_json::Value;

use idreq::workflow::action::Action;
use idreq::workflow::labels::{Estimate, Priority, Status};

use crate::common::*;

const NOW: &str = "2026-12-02T18:00:00Z"; // a Wednesday, 13:00 US Eastern

/// Twelve requests of every type and age; #7–#12 are then moved along by the team.
pub fn seeded() -> TestEnv {
    let mut env = TestEnv::new();
    env.now = NOW.into();
    env.file_at(
        "2026-11-20T15:00:00Z",
        "pr-review",
        "Old review nobody answered",
        &[],
    );
    env.file_at(
        "2026-12-02T17:00:00Z",
        "mock-auth",
        "Veterans cannot sign in on dev",
        &["prod_impact=yes"],
    );
    env.file_at(
        "2026-12-02T17:30:00Z",
        "data-pull",
        "Numbers for tomorrow's briefing",
        &["needed_by=2026-12-03"],
    );
    env.file_at(
        "2026-12-02T17:30:00Z",
        "data-pull",
        "Quarterly sign-in numbers",
        &[],
    );
    env.file_at(
        "2026-11-30T15:00:00Z",
        "pr-review",
        "Release blocked on this review",
        &["blocking_release=yes"],
    );
    env.file_at(
        "2026-12-01T15:00:00Z",
        "mock-auth",
        "Mocked user list empty",
        &[],
    );
    env.file_at(
        "2026-11-25T15:00:00Z",
        "pr-review",
        "Review without a PR link",
        &[],
    );
    env.file_at("2026-11-26T15:00:00Z", "data-pull", "Small lookup", &[]);
    env.file_at(
        "2026-11-26T16:00:00Z",
        "pr-review",
        "Big refactor review",
        &[],
    );
    env.file_at(
        "2026-11-27T15:00:00Z",
        "mock-auth",
        "Mock auth on Codespaces",
        &[],
    );
    env.file_at("2026-11-27T16:00:00Z", "data-pull", "Row-level export", &[]);
    env.file_at(
        "2026-11-30T16:00:00Z",
        "pr-review",
        "Same review as #1",
        &[],
    );
    let date = |d: &str| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
    let accept = |priority, estimate, assignee: &str, target: Option<&str>| Action::Accept {
        priority,
        estimate: Some(estimate),
        assignee: Some(assignee.into()),
        target: target.map(date),
        message: None,
    };
    let moves = [
        (
            6,
            Action::Snooze {
                until: date("2026-12-09"),
            },
        ),
        (
            7,
            Action::NeedInfo {
                message: "Please add the PR link.".into(),
            },
        ),
        (8, accept(Priority::P1, Estimate::S, "@me", None)),
        (
            9,
            accept(Priority::P3, Estimate::Xl, "alice", Some("2026-12-18")),
        ),
        (10, accept(Priority::P2, Estimate::M, "bob", None)),
        (
            10,
            Action::Update {
                status: Some(Status::InProgress),
                assignees: Vec::new(),
                priority: None,
                estimate: None,
                target: None,
                uat: false,
                message: None,
            },
        ),
        (
            11,
            Action::Decline {
                reason: Some("We only share aggregate numbers.".into()),
            },
        ),
        (12, Action::Duplicate { of: 1 }),
    ];
    for (number, action) in &moves {
        env.act_as("lead", *number, action);
    }
    env
}

fn numbers(v: &Value) -> Vec<u64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| r["number"].as_u64().unwrap())
        .collect()
}

fn show(env: &TestEnv, n: u64) -> Value {
    env.json(&["show", &n.to_string(), "--json"])
}

fn labels(v: &Value) -> Vec<String> {
    v["labels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap().to_string())
        .collect()
}

fn last_comment(v: &Value) -> String {
    v["comments"]
        .as_array()
        .unwrap()
        .last()
        .map(|c| c["body"].as_str().unwrap().to_string())
        .unwrap_or_default()
}

#[test]
fn triage_ranks_untriaged_requests_with_reasons() {
    let env = seeded();
    let v = env.json(&["triage", "--json"]);
    assert_eq!(numbers(&v), [2, 5, 1, 3, 4, 6], "{v:#}");
    let first = &v[0];
    assert_eq!(first["rank"], 1);
    assert_eq!(first["type"], "mock-auth");
    let factors: Vec<&str> = first["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["factor"].as_str().unwrap())
        .collect();
    assert_eq!(factors, ["production_impact", "response_target"]);
    let blocked = &v[1];
    assert!(blocked["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["factor"] == "blocked_release"));
    assert_eq!(v[2]["response"], "overdue");
    assert!(v[2]["reasons"][0]["detail"]
        .as_str()
        .unwrap()
        .starts_with("first response overdue by"));
    let deadline = &v[3]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["factor"] == "deadline")
        .unwrap()["detail"];
    assert_eq!(deadline, "needed by 2026-12-03 is in 1 business day(s)");
    assert_eq!(
        v[5]["reasons"].as_array().unwrap().last().unwrap()["detail"],
        "snoozed until 2026-12-09"
    );
    let scores: Vec<f64> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["score"].as_f64().unwrap())
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
}

#[test]
fn triage_text_explains_and_filters() {
    let env = seeded();
    let out = env.run(&["triage", "--explain", "--limit", "2"]);
    assert_success(&out);
    let text = stdout(&out);
    assert!(text.starts_with("1. #2 [Mocked authentication issue] Veterans cannot sign in on dev  (score 120.0, due)\n"), "{text}");
    assert!(
        text.contains("+100.0  affects Veterans in production: expedite"),
        "{text}"
    );
    assert!(text.contains("2. #5 "), "{text}");
    assert!(!text.contains("3. #"), "{text}");
    let v = env.json(&["triage", "--json", "--type", "data-pull"]);
    assert_eq!(numbers(&v), [3, 4]);
}

#[test]
fn as_of_ranks_another_moment() {
    let env = seeded();
    // By the end of Friday, #4 (no deadline) is overdue too, and #6's snooze is still on.
    let v = env.json(&["triage", "--json", "--as-of", "2026-12-04"]);
    let four = v
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["number"] == 4)
        .unwrap();
    assert_eq!(four["response"], "overdue");
    assert_eq!(numbers(&v).last(), Some(&6));
}

#[test]
fn scripted_actions_set_labels_state_and_post_the_reply() {
    let env = seeded();
    let eight = show(&env, 8);
    assert_eq!(eight["status"], "triaged");
    assert_eq!(eight["priority"], "P1");
    assert_eq!(eight["estimate"], "S");
    assert_eq!(eight["assignees"], serde_json::json!(["lead"]));
    assert!(labels(&eight).contains(&"status: triaged".to_string()));
    assert!(!labels(&eight).contains(&"status: new".to_string()));
    assert!(
        last_comment(&eight).starts_with(
            "Thanks, Jane Doe. We have triaged #8 as P1, size S. @lead is your point of contact."
        ),
        "{}",
        last_comment(&eight)
    );

    let nine = show(&env, 9);
    assert!(labels(&nine).contains(&"target: 2026-12-18".to_string()));
    assert!(last_comment(&nine)
        .contains("@alice is your point of contact, and we are aiming to finish by 2026-12-18."));

    let seven = show(&env, 7);
    assert_eq!(seven["status"], "waiting-on-requester");
    assert!(
        last_comment(&seven)
            .contains("we need a little more information:\n\nPlease add the PR link."),
        "{}",
        last_comment(&seven)
    );

    let eleven = show(&env, 11);
    assert_eq!(eleven["state"], "closed");
    assert_eq!(eleven["status"], "declined");
    assert!(
        last_comment(&eleven)
            .contains("We are not able to take on #11.\nReason: We only share aggregate numbers."),
        "{}",
        last_comment(&eleven)
    );

    let twelve = show(&env, 12);
    assert_eq!(twelve["status"], "duplicate");
    assert!(last_comment(&twelve).contains("#12 asks for the same thing as #1"));
    assert_eq!(
        last_comment(&show(&env, 1)),
        "#12 was closed as a duplicate of this request."
    );

    let six = show(&env, 6);
    assert_eq!(six["snoozed_until"], "2026-12-09");
    assert!(last_comment(&six).contains("will come back to it on 2026-12-09"));
}

#[test]
fn scripted_action_json_reports_state_reason() {
    let env = seeded();
    let out = env.run_as("lead", &["triage", "decline", "4", "--json"]);
    assert_success(&out);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["state_reason"], "not_planned");
    assert_eq!(v["status"], "declined");
    assert!(v["reply"].as_str().unwrap().contains("#4"));
}

#[test]
fn bad_triage_input_fails_clearly() {
    let env = seeded();
    let out = env.run(&["triage", "duplicate", "3", "--of", "3"]);
    assert_code(&out, 2);
    assert!(stderr(&out).contains("cannot be a duplicate of itself"));
    let out = env.run(&["triage", "snooze", "3", "--until", "someday"]);
    assert_code(&out, 2);
    assert!(
        stderr(&out).contains("--until `someday` is not a date"),
        "{}",
        stderr(&out)
    );
    let out = env.run(&["triage", "accept", "99", "--priority", "P2"]);
    assert_code(&out, 1);
    assert!(stderr(&out).contains("request #99 not found"));
    let out = env.run(&["triage", "accept", "3", "--priority", "P9"]);
    assert_code(&out, 2);
}

#[test]
fn update_and_close_post_the_touchpoint_replies() {
    let env = seeded();
    let out = env.run_as("lead", &["update", "9", "--target", "2026-12-22"]);
    assert_success(&out);
    assert!(last_comment(&show(&env, 9)).contains("has moved from 2026-12-18 to 2026-12-22"));
    assert_success(&env.run_as("lead", &["update", "8", "--uat"]));
    let eight = show(&env, 8);
    assert_eq!(eight["status"], "waiting-on-requester");
    assert!(last_comment(&eight).contains("ready for you to review"));
    assert_success(&env.run_as("lead", &["close", "8"]));
    let eight = show(&env, 8);
    assert_eq!(eight["status"], "done");
    assert!(last_comment(&eight).contains("we are closing #8 as done"));
    let out = env.run(&["update", "8"]);
    assert_code(&out, 2);
    let out = env.run(&["update", "8", "--status", "done"]);
    assert_code(&out, 2);
}

#[test]
fn board_groups_open_work_and_sums_it() {
    let env = seeded();
    let v = env.json(&["board", "--json"]);
    let cols: Vec<(&str, u64)> = v["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["key"].as_str().unwrap(), c["count"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        cols,
        [
            ("new", 6),
            ("triaged", 2),
            ("in-progress", 1),
            ("waiting-on-requester", 1)
        ]
    );
    assert_eq!(
        numbers(&v["columns"][0]["requests"]),
        [2, 5, 1, 3, 4, 6],
        "ranked inside a column"
    );
    let s = &v["summary"];
    assert_eq!(s["open"], 10);
    assert_eq!(s["estimate_days_triaged"], 11.0);
    assert_eq!(s["estimate_days_in_progress"], 3.0);
    assert_eq!(s["estimate_days_total"], 14.0);
    assert_eq!(s["unestimated"], 0);
    assert_eq!(s["by_status_and_type"]["new"]["pr-review"], 2);
    assert_eq!(s["by_status_and_type"]["new"]["mock-auth"], 2);
    assert_eq!(s["oldest"]["number"], 1);
    let load: Vec<(&str, u64, f64)> = s["by_assignee"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["assignee"].as_str().unwrap(),
                l["open"].as_u64().unwrap(),
                l["estimate_days"].as_f64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        load,
        [("alice", 1, 10.0), ("bob", 1, 3.0), ("lead", 1, 1.0)]
    );
    assert_eq!(s["overdue"], 3, "#1, #5 and the snoozed #6");
    let by_type = env.json(&["board", "--json", "--group-by", "type"]);
    let keys: Vec<&str> = by_type["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["key"].as_str().unwrap())
        .collect();
    assert_eq!(keys, ["data-pull", "mock-auth", "pr-review"]);
    let mine = env
        .cmd()
        .env("IDREQ_USER", "bob")
        .args(["board", "--json", "--mine"])
        .output()
        .unwrap();
    let mine: Value = serde_json::from_slice(&mine.stdout).unwrap();
    assert_eq!(mine["summary"]["open"], 1);
}

#[test]
fn board_markdown_and_plain() {
    let env = seeded();
    let out = env.run(&["board", "--format", "markdown"]);
    assert_success(&out);
    let md = stdout(&out);
    assert!(
        md.starts_with("## Identity requests — 10 open\n\n### New (6)\n| # | type |"),
        "{md}"
    );
    let out = env.run(&["board"]);
    let plain = stdout(&out);
    assert!(plain.starts_with("== New (6)\n#2\tmock-auth\t"), "{plain}");
    assert!(
        plain.contains("estimated work: 11 days triaged + 3 days in progress = 14 days"),
        "{plain}"
    );
}

#[test]
fn report_counts_a_known_history() {
    let env = seeded();
    let v = env.json(&["report", "--since", "2026-11-01", "--json"]);
    assert_eq!(v["opened"], 12);
    assert_eq!(v["closed"], 2);
    assert_eq!(
        v["opened_by_type"],
        serde_json::json!({"data-pull": 4, "mock-auth": 3, "pr-review": 5})
    );
    assert_eq!(
        v["closed_by_type"],
        serde_json::json!({"data-pull": 1, "pr-review": 1})
    );
    assert_eq!(
        v["opened_by_team"],
        serde_json::json!({"Claims Status": 12})
    );
    assert_eq!(
        v["open_by_status"],
        serde_json::json!({"in-progress": 1, "new": 6, "triaged": 2, "waiting-on-requester": 1})
    );
    assert_eq!(v["first_response"]["business_hours"]["count"], 8);
    assert!(v["first_response"]["within_target_share"]
        .as_f64()
        .is_some());
    assert_eq!(v["time_to_close_business_days"]["count"], 2);
    let out = env.run(&["report", "--since", "2026-11-01", "--format", "markdown"]);
    assert!(
        stdout(&out)
            .starts_with("## Identity requests 2026-11-01 – 2026-12-02\n- opened 12 · closed 2"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn list_mine_shows_the_place_in_the_queue() {
    let env = seeded();
    let v = env.json(&["list", "--mine", "--json"]);
    let four = v
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["number"] == 4)
        .unwrap();
    assert_eq!(
        four["queue"],
        serde_json::json!({"stage": "triage", "position": 5, "of": 6})
    );
    let out = env.run(&["list", "--mine"]);
    assert!(
        stdout(&out).contains("5th of 6 waiting for triage"),
        "{}",
        stdout(&out)
    );
    assert!(stdout(&out).contains("waiting on you"), "{}", stdout(&out));
}

#[test]
fn the_boards_oldest_is_the_request_created_first_even_on_a_tie_in_age() {
    let env = TestEnv::new();
    let first = env.file_at("2026-11-30T14:00:00Z", "data-pull", "Sign-in numbers", &[]);
    // Filed half an hour later the same day, but ranked ahead: production is affected.
    let urgent = env.file_at(
        "2026-11-30T14:30:00Z",
        "mock-auth",
        "Mocked sign-in is down",
        &["prod_impact=yes"],
    );
    let v = env.json(&["board", "--json"]);
    assert_eq!(v["columns"][0]["requests"][0]["number"], urgent, "{v}");
    let oldest = &v["summary"]["oldest"];
    assert_eq!(oldest["number"], first, "{v}");
    assert_eq!(oldest["age_business_days"], 0);
}
