//! Process faults: `kill -9` of a guided `idreq new` at several points
//! leaves a usable draft holding every answer given so far, and 50
//! concurrent `idreq new` on the local store file 50 requests with unique
//! numbers.

use std::time::Duration;

use expectrl::process::unix::{Signal, WaitStatus};
use expectrl::{Expect, Session};
use serde_json::Value;

use crate::common::*;

const ENTER: &str = "\r";

type Pty = expectrl::session::OsSession;

fn spawn(env: &TestEnv, args: &[&str]) -> Pty {
    let mut cmd = env.terminal_cmd();
    cmd.args(args);
    let mut p = Session::spawn(cmd).expect("spawn in a pty");
    p.set_expect_timeout(Some(Duration::from_secs(20)));
    p
}

fn answer(p: &mut Pty, prompt: &str, keys: &str) {
    p.expect(prompt)
        .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}"));
    std::thread::sleep(Duration::from_millis(60));
    p.send(keys).unwrap();
}

/// Waits for `prompt` (so every earlier answer has been saved), then kills
/// the process with SIGKILL: no handler, no cleanup.
fn kill_at(p: &mut Pty, prompt: &str, partial: &str) {
    p.expect(prompt)
        .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}"));
    if !partial.is_empty() {
        // Half-typed and never confirmed: lost, but nothing else is.
        std::thread::sleep(Duration::from_millis(60));
        p.send(partial).unwrap();
        std::thread::sleep(Duration::from_millis(100));
    }
    p.get_process_mut().kill(Signal::SIGKILL).unwrap();
    match p.get_process_mut().wait().unwrap() {
        WaitStatus::Signaled(_, Signal::SIGKILL, _) => {}
        other => panic!("not killed: {other:?}"),
    }
}

/// Starts a guided pr-review and answers up to (not including) `stop`.
fn run_until(env: &TestEnv, stop: usize) -> Pty {
    let mut p = spawn(env, &["new"]);
    let steps: [(&str, &str); 5] = [
        ("What do you need from the Identity team?", ENTER),
        ("One-line summary", "Review the sign-in controller change\r"),
        ("Did one of these answer it?", ENTER),
        ("Your first and last name", "Jane Doe\r"),
        ("Which VA.gov team are you on?", "Claims Status\r"),
    ];
    for (prompt, keys) in steps.iter().take(stop) {
        answer(&mut p, prompt, keys);
    }
    p
}

fn only_draft(env: &TestEnv) -> Value {
    let drafts = env.json(&["drafts", "list", "--json"]);
    let drafts = drafts.as_array().unwrap();
    assert_eq!(drafts.len(), 1, "{drafts:?}");
    drafts[0].clone()
}

/// Completes the draft from flags, without a terminal: the answers it
/// lacks, plus `extra` flags.
fn finish(env: &TestEnv, d: &Value, extra: &[&str]) -> Value {
    let mut args: Vec<String> = vec![
        "new".into(),
        "--resume".into(),
        d["id"].as_str().unwrap().into(),
        "--no-input".into(),
        "--json".into(),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    for (k, v) in valid_fields("pr-review") {
        if d["fields"].get(k).is_none() {
            args.push("-f".into());
            args.push(format!("{k}={v}"));
        }
    }
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    env.json(&refs)
}

#[test]
fn process_kill_9_after_the_type_keeps_it() {
    let env = TestEnv::new();
    let mut p = run_until(&env, 1);
    kill_at(&mut p, "One-line summary", "Review the sig");
    let d = only_draft(&env);
    assert_eq!(d["type"], "pr-review");
    assert_eq!(d["summary"], Value::Null, "{d}");
    // Without a terminal, the missing answers are named (and the draft kept).
    let out = env.run(&["new", "--resume", d["id"].as_str().unwrap(), "--no-input"]);
    assert_code(&out, 2);
    assert!(stderr(&out).contains("--title"), "{}", stderr(&out));
    let filed = finish(
        &env,
        &d,
        &["--title", "Review the sign-in controller change"],
    );
    assert_eq!(filed["number"], 1);
    assert_eq!(filed["type"], "pr-review");
    assert_eq!(filed["request_id"], d["id"]);
    assert!(env
        .json(&["drafts", "list", "--json"])
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn process_kill_9_after_the_summary_and_mid_fields_keeps_every_answer() {
    // (answers given before the kill, the prompt it was killed at)
    for (stop, prompt, partial) in [
        (2, "Did one of these answer it?", ""),
        (4, "Which VA.gov team are you on?", "Claims St"),
        (5, "Email or Slack handle", ""),
    ] {
        let env = TestEnv::new();
        let mut p = run_until(&env, stop);
        kill_at(&mut p, prompt, partial);
        let d = only_draft(&env);
        assert_eq!(d["type"], "pr-review", "{d}");
        assert_eq!(d["summary"], "Review the sign-in controller change", "{d}");
        if stop >= 4 {
            assert_eq!(d["fields"]["requester_name"], "Jane Doe", "{d}");
            assert!(!d["faq_shown"].as_array().unwrap().is_empty(), "{d}");
        }
        if stop >= 5 {
            assert_eq!(d["fields"]["team_name"], "Claims Status", "{d}");
        } else {
            assert_eq!(d["fields"].get("team_name"), None, "{d}");
        }
        // Finish it from flags: the answers given in the terminal are kept.
        let filed = finish(&env, &d, &[]);
        assert_eq!(filed["number"], 1, "{filed}");
        assert_eq!(filed["summary"], "Review the sign-in controller change");
        assert_eq!(filed["fields"]["requester_name"], "Jane Doe");
        assert!(env
            .json(&["drafts", "list", "--json"])
            .as_array()
            .unwrap()
            .is_empty());
    }
}

#[test]
fn process_fifty_concurrent_new_get_fifty_unique_numbers() {
    let env = TestEnv::new();
    env.file("pr-review", "Warm up the store", &[]);
    let numbers = env.file_concurrently(50);
    assert_eq!(numbers.len(), 50);
    assert_eq!(numbers, (2..=51).collect::<Vec<u64>>());
    let list = env.json(&["list", "--json", "--limit", "100"]);
    assert_eq!(list.as_array().unwrap().len(), 51);
    let ids: std::collections::BTreeSet<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["request_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 51, "every request keeps its own id");
    assert!(env
        .json(&["drafts", "list", "--json"])
        .as_array()
        .unwrap()
        .is_empty());
}
