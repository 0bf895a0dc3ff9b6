//! The guided `idreq new` through a real pseudo-terminal: arrow keys, typed
//! answers, a rejected answer, the FAQ step, the preview, Ctrl-C.

use std::time::Duration;

use expectrl::{Eof, Expect, Session};

use crate::common::*;

const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";
const ENTER: &str = "\r";

fn spawn(env: &TestEnv, args: &[&str]) -> expectrl::session::OsSession {
    spawn_with(env, args, &[])
}

fn spawn_with(env: &TestEnv, args: &[&str], vars: &[(&str, &str)]) -> expectrl::session::OsSession {
    let mut cmd = env.terminal_cmd();
    for (k, v) in vars {
        cmd.env(k, v);
    }
    cmd.args(args);
    let mut p = Session::spawn(cmd).expect("spawn in a pty");
    p.set_expect_timeout(Some(Duration::from_secs(20)));
    p
}

fn answer(p: &mut expectrl::session::OsSession, prompt: &str, keys: &str) {
    p.expect(prompt)
        .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}"));
    std::thread::sleep(Duration::from_millis(60));
    p.send(keys).unwrap();
}

fn exit_code(p: &mut expectrl::session::OsSession) -> i32 {
    let _ = p.expect(Eof);
    match p.get_process_mut().wait().unwrap() {
        expectrl::process::unix::WaitStatus::Exited(_, code) => code,
        other => panic!("unexpected end: {other:?}"),
    }
}

#[test]
fn a_new_user_files_a_pr_review_through_the_prompts() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["new"]);
    answer(&mut p, "What do you need from the Identity team?", ENTER);
    answer(
        &mut p,
        "One-line summary",
        "Review the sign-in controller change\r",
    );
    answer(&mut p, "Did one of these answer it?", ENTER);
    answer(&mut p, "Your first and last name", "Jane Doe\r");
    answer(&mut p, "Which VA.gov team are you on?", "Claims Status\r");
    answer(&mut p, "Email or Slack handle", "@jdoe\r");
    answer(&mut p, "Your GitHub username (optional)", "octocat\r");
    answer(
        &mut p,
        "Is this affecting Veterans in production right now?",
        ENTER,
    );
    answer(
        &mut p,
        "What do you need?",
        "Please review the redirect list change.\r",
    );
    std::thread::sleep(Duration::from_millis(100));
    p.send("It only touches the sign-in controller.\r").unwrap();
    std::thread::sleep(Duration::from_millis(100));
    p.send(ENTER).unwrap();
    answer(
        &mut p,
        "When do you need this by? (optional)",
        "2026-12-04\r",
    );
    answer(
        &mut p,
        "Link to the pull request",
        "https://gitlab.com/x/pull/1\r",
    );
    p.expect("does not have the expected form").unwrap();
    answer(
        &mut p,
        "Link to the pull request",
        "https://github.com/department-of-veterans-affairs/vets-api/pull/4242\r",
    );
    answer(
        &mut p,
        "Have you tested these changes?",
        &format!("{UP}{ENTER}"),
    );
    answer(&mut p, "Where did you test?", &format!(" {DOWN} {ENTER}"));
    answer(&mut p, "How did you test? (optional)", ENTER);
    answer(
        &mut p,
        "Is the PR out of draft and passing CI?",
        &format!("{UP}{ENTER}"),
    );
    answer(
        &mut p,
        "Does it add data to the vets-api User model?",
        ENTER,
    );
    answer(
        &mut p,
        "Is a release blocked on this review? (optional)",
        ENTER,
    );
    answer(&mut p, "Linked issue or ticket (optional)", ENTER);
    p.expect("Preview").unwrap();
    answer(&mut p, "What next?", ENTER);
    p.expect("Filed request #1").unwrap();
    assert_eq!(exit_code(&mut p), 0);

    let v = env.json(&["show", "1", "--json"]);
    assert_eq!(
        v["title"],
        "[PR review] Review the sign-in controller change"
    );
    assert_eq!(
        v["labels"],
        serde_json::json!(["identity-request", "type: pr-review", "status: new"])
    );
    let f = &v["fields"];
    assert_eq!(f["requester_name"], "Jane Doe");
    assert_eq!(f["team_name"], "Claims Status");
    assert_eq!(f["contact"], "@jdoe");
    assert_eq!(f["github_user"], "octocat");
    assert_eq!(f["prod_impact"], "no");
    assert_eq!(
        f["details"],
        "Please review the redirect list change.\nIt only touches the sign-in controller."
    );
    assert_eq!(f["needed_by"], "2026-12-04");
    assert_eq!(
        f["pr_url"],
        "https://github.com/department-of-veterans-affairs/vets-api/pull/4242"
    );
    assert_eq!(f["tested"], "yes");
    assert_eq!(f["test_env"], serde_json::json!(["localhost", "dev"]));
    assert_eq!(f["pr_ready"], "yes");
    assert_eq!(f["user_model_change"], "no");
    assert!(f.get("blocking_release").is_none());
    assert!(
        !v["faq_shown"].as_array().unwrap().is_empty(),
        "the FAQ step is recorded: {v}"
    );
}

#[test]
fn ctrl_c_keeps_a_draft_that_resume_completes() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["new", "--type", "data-pull"]);
    answer(
        &mut p,
        "One-line summary",
        "Sign-in counts for the quarterly report\r",
    );
    // No FAQ entry answers this summary with confidence, so none is offered.
    answer(&mut p, "Your first and last name", "Jane Doe\r");
    answer(&mut p, "Which VA.gov team are you on?", "\x03");
    p.expect("idreq new --resume").unwrap();
    assert_eq!(exit_code(&mut p), 130);

    let drafts = env.json(&["drafts", "list", "--json"]);
    let drafts = drafts.as_array().unwrap();
    assert_eq!(drafts.len(), 1);
    assert_eq!(drafts[0]["fields"]["requester_name"], "Jane Doe");
    let id = drafts[0]["id"].as_str().unwrap().to_string();

    let mut args: Vec<String> = vec![
        "new".into(),
        "--resume".into(),
        id.clone(),
        "--no-input".into(),
        "--json".into(),
    ];
    for (k, v) in valid_fields("data-pull")
        .into_iter()
        .filter(|(k, _)| *k != "requester_name")
    {
        args.push("-f".into());
        args.push(format!("{k}={v}"));
    }
    let out = env.cmd().args(&args).output().unwrap();
    assert_success(&out);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["title"],
        "[Data pull] Sign-in counts for the quarterly report"
    );
    assert_eq!(v["fields"]["requester_name"], "Jane Doe");
    assert_eq!(
        env.json(&["drafts", "list", "--json"]),
        serde_json::json!([])
    );
}

#[test]
fn an_faq_answer_files_nothing() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["new"]);
    answer(
        &mut p,
        "What do you need from the Identity team?",
        &format!("{DOWN}{DOWN}{ENTER}"),
    );
    answer(
        &mut p,
        "One-line summary",
        "The mocked auth user list is empty\r",
    );
    p.expect("Why is the mocked-auth user list empty?").unwrap();
    answer(
        &mut p,
        "Did one of these answer it?",
        &format!("{UP}{ENTER}"),
    );
    p.expect("Nothing was filed").unwrap();
    assert_eq!(exit_code(&mut p), 0);
    assert_eq!(env.json(&["list", "--json"]), serde_json::json!([]));
    assert_eq!(
        env.json(&["drafts", "list", "--json"]),
        serde_json::json!([])
    );
}

#[test]
fn a_triage_session_accepts_one_and_declines_one() {
    let env = crate::triage::seeded();
    let mut p = spawn_with(&env, &["triage"], &[("IDREQ_USER", "lead")]);
    p.expect("#2 [Mocked authentication issue] Veterans cannot sign in on dev")
        .unwrap();
    answer(&mut p, "Action?", "a");
    answer(&mut p, "Priority", &format!("{UP}{UP}{ENTER}"));
    answer(&mut p, "Estimate", &format!("{UP}{UP}{UP}{UP}{ENTER}"));
    answer(&mut p, "Assignee", ENTER);
    answer(&mut p, "Target date", ENTER);
    answer(&mut p, "Edit the reply before it is posted?", "n");
    p.expect("#5 [PR review] Release blocked on this review")
        .unwrap();
    answer(&mut p, "Action?", "d");
    answer(
        &mut p,
        "Reason (optional)",
        "Not an Identity-owned change\r",
    );
    answer(&mut p, "Edit the reply before it is posted?", "n");
    answer(&mut p, "Action?", "q");
    p.expect("Triaged 2 of 6").unwrap();
    assert_eq!(exit_code(&mut p), 0);

    let two = env.json(&["show", "2", "--json"]);
    assert_eq!(two["status"], "triaged");
    assert_eq!(two["priority"], "P1");
    assert_eq!(two["estimate"], "S");
    assert_eq!(two["assignees"], serde_json::json!(["lead"]));
    assert!(two["comments"][0]["body"]
        .as_str()
        .unwrap()
        .contains("We have triaged #2 as P1, size S."));
    let five = env.json(&["show", "5", "--json"]);
    assert_eq!(five["status"], "declined");
    assert!(five["comments"][0]["body"]
        .as_str()
        .unwrap()
        .contains("Reason: Not an Identity-owned change"));
}

#[test]
fn idreq_no_input_1_in_a_terminal_never_prompts() {
    let env = TestEnv::new();
    for value in ["1", "true", "yes"] {
        let mut p = spawn_with(&env, &["new"], &[("IDREQ_NO_INPUT", value)]);
        p.expect("missing --type")
            .unwrap_or_else(|e| panic!("IDREQ_NO_INPUT={value}: {e}"));
        assert_eq!(exit_code(&mut p), 2, "IDREQ_NO_INPUT={value}");
    }
}

#[test]
fn long_messages_wrap_to_the_terminal_width_and_stay_whole_when_piped() {
    let env = TestEnv::new();
    let mut args = new_request_args("pr-review", "Review the sign-in controller change", &[]);
    args.retain(|a| a != "--json");
    let idreq = env.terminal_cmd();
    let mut cmd = with_env_of(&idreq, "sh");
    // The size is set once the pty exists and the test says go, so nothing that
    // sizes the pty at spawn time can undo it.
    cmd.arg("-c")
        .arg("read go; stty cols 60 rows 40; exec \"$0\" \"$@\"")
        .arg(idreq.get_program())
        .args(&args);
    let mut p = Session::spawn(cmd).expect("spawn in a pty");
    p.set_expect_timeout(Some(Duration::from_secs(20)));
    p.send("\r").unwrap();
    p.expect("These FAQ entries may already answer it:")
        .unwrap();
    let shown = p.expect("Did one of these answer it?").unwrap();
    let shown = String::from_utf8_lossy(shown.before()).to_string();
    let lines: Vec<&str> = shown.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(lines.len() >= 3, "the summaries should wrap:\n{shown}");
    for line in &lines {
        let visible = console::measure_text_width(line.trim_end_matches('\r'));
        assert!(
            visible <= 60,
            "wider than the terminal ({visible}): {line:?}"
        );
    }
    // Continuation lines hang under the entry's text, not under its bullet.
    assert!(lines[0].trim_start().starts_with('•'), "{shown}");
    assert!(lines[1].starts_with("    "), "{shown}");
    std::thread::sleep(Duration::from_millis(60));
    p.send("\x03").unwrap();
    assert_eq!(exit_code(&mut p), 130);

    let args = new_request_args("pr-review", "Review it", &[]);
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let piped = stderr(&env.run(&refs));
    assert!(
        piped.lines().any(
            |l| l.starts_with("hint: this request is in the local tracker")
                && l.ends_with("to reach them.")
        ),
        "a piped hint is one line:\n{piped}"
    );
}
