//! Network faults that tests/github.rs does not already cover: a connection
//! reset in the middle of a read, answers that are not JSON or are cut short,
//! answers with unexpected extra or missing fields, and server errors, rate
//! limits, refusals and timeouts while *filing*. Each one must end with the
//! documented exit code and a clear message, keep the draft where there is
//! one, never panic, and never file a second copy.

use std::time::Duration;

use serde_json::{json, Value};

use crate::common::fake_github::*;
use crate::common::*;

/// No panic message, no backtrace hint, no Rust debug output on stderr.
fn assert_no_panic(out: &std::process::Output) {
    let err = stderr(out);
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE") && !err.contains("{ "),
        "{err}"
    );
    assert_ne!(out.status.code(), Some(101), "{err}");
}

/// The drafts on disk, as `idreq drafts list --json` shows them.
fn drafts(env: &TestEnv) -> Vec<Value> {
    env.json(&["drafts", "list", "--json"])
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// The draft id from the `idreq new --resume <id>` hint.
fn resume_id(err: &str) -> String {
    err.lines()
        .find_map(|l| l.split("`idreq new --resume ").nth(1))
        .and_then(|r| r.split('`').next())
        .unwrap_or_else(|| panic!("no resume hint in: {err}"))
        .to_string()
}

/// Asserts a failed `new`: exit `code`, stderr starting with `message`, the
/// draft kept (with the title), and the resume hint naming it.
fn assert_failed_new_kept_draft(
    env: &TestEnv,
    out: &std::process::Output,
    code: i32,
    message: &str,
) -> String {
    assert_code(out, code);
    assert_no_panic(out);
    let err = stderr(out);
    assert!(
        err.starts_with(message),
        "expected {message:?}, got:\n{err}"
    );
    let id = resume_id(&err);
    let kept = drafts(env);
    let draft = kept
        .iter()
        .find(|d| d["id"] == id.as_str())
        .unwrap_or_else(|| panic!("draft {id} not kept: {kept:?}"));
    assert_eq!(draft["type"], "pr-review");
    assert!(
        draft["fields"]["pr_url"]
            .as_str()
            .is_some_and(|u| u.contains("/pull/12345")),
        "{draft}"
    );
    id
}

#[test]
fn faults_reset_mid_answer_on_reads_is_retried_then_reported() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    fake.add_issue("x", &marked_body("a1"), &["identity-request"], "someone");
    // Once: the retry gets the whole answer.
    fake.fail("GET", "/repos/o/r/issues/1", 1, Fault::Truncate);
    // In a sandbox of its own: `show` reads the queue for its forecast, and
    // saved pages would let the `list` below answer from 304s.
    let shown = json_of(&gh_run(&TestEnv::new(), &fake, &["show", "1", "--json"]));
    assert_eq!(shown["number"], 1);
    assert_eq!(fake.requests("GET", "/repos/o/r/issues/1").len(), 2);

    // Every time, on a single read and on a list: 3 attempts, then exit 1.
    let broke = format!(
        "error: the connection to {} broke off before the answer was complete\nhint: check your connection and try again\n",
        fake.url()
    );
    for (fault, args, path) in [
        (Fault::Truncate, &["show", "1"][..], "/repos/o/r/issues/1"),
        (Fault::Drop, &["show", "1"][..], "/repos/o/r/issues/1"),
        (Fault::Truncate, &["list"][..], "/repos/o/r/issues"),
        (Fault::HandleThenDrop, &["board"][..], "/repos/o/r/issues"),
        (
            Fault::Truncate,
            &["show", "1"][..],
            "/repos/o/r/issues/1/comments",
        ),
    ] {
        let before = fake.requests("GET", path).len();
        fake.fail("GET", path, 3, fault.clone());
        let out = gh_run(&env, &fake, args);
        assert_code(&out, 1);
        assert_no_panic(&out);
        assert_eq!(stderr(&out), broke, "{fault:?} {args:?}");
        assert_eq!(
            fake.requests("GET", path).len() - before,
            3,
            "{fault:?} {args:?}: 3 attempts"
        );
        assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    }
}

#[test]
fn faults_answers_that_are_not_json_or_cut_short_fail_clearly() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    fake.add_issue("x", &marked_body("a1"), &["identity-request"], "someone");
    let bodies = [
        "<html><body>Unicorn! This page is taking too long to load.</body></html>",
        // Complete as far as HTTP goes (the length matches), cut short as JSON.
        r#"{"number": 1, "title": "x", "labels": [{"name": "identity-#,
        "",
        "null",
        r#"{"message": "ok"}"#,
        "[1, 2, 3]",
    ];
    for (path, args) in [
        ("/repos/o/r/issues/1", &["show", "1"][..]),
        ("/repos/o/r/issues", &["list"][..]),
        ("/repos/o/r/issues", &["triage", "--json"][..]),
        ("/repos/o/r/issues/1/comments", &["show", "1", "--json"][..]),
    ] {
        for body in bodies {
            fake.fail(
                "GET",
                path,
                1,
                Fault::Status {
                    status: 200,
                    headers: vec![],
                    body: body.into(),
                },
            );
            let out = gh_run(&env, &fake, args);
            assert_code(&out, 1);
            assert_no_panic(&out);
            let err = stderr(&out);
            assert!(
                err.starts_with(
                    "error: the tracker sent an answer idreq could not read: unexpected JSON from GitHub ("
                ),
                "{path} {body:?}: {err}"
            );
            assert_eq!(err.lines().count(), 1, "{err}");
            // Not retried: the same answer would come back.
            fake.state().faults.clear();
        }
    }
}

#[test]
fn faults_unexpected_extra_fields_are_ignored() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    fake.add_issue(
        "[PR review] x",
        &marked_body("a1"),
        &["identity-request", "type: pr-review"],
        "someone",
    );
    fn extra_issue(v: &mut Value) {
        v["future_field"] = json!({"nested": [1, 2, {"deep": true}]});
        v["reactions"] = json!({"+1": 3, "url": "https://example"});
        v["type"] = json!({"id": 1, "name": "Bug"});
        v["sub_issues_summary"] = json!({"total": 0});
        v["labels"][0]["extra"] = json!("x");
        v["user"]["user_view_type"] = json!("public");
    }
    fn extra_list(v: &mut Value) {
        for item in v.as_array_mut().unwrap() {
            extra_issue(item);
        }
    }
    fake.fail("GET", "/repos/o/r/issues/1", 1, Fault::Rewrite(extra_issue));
    let shown = json_of(&gh_run(&env, &fake, &["show", "1", "--json"]));
    assert_eq!(shown["type"], "pr-review");
    assert_eq!(shown["author"], "someone");
    fake.fail("GET", "/repos/o/r/issues", 1, Fault::Rewrite(extra_list));
    let listed = json_of(&gh_run(&env, &fake, &["list", "--json"]));
    assert_eq!(listed[0]["number"], 1);
    // On a create too: filed once, exit 0.
    fake.fail("POST", "/repos/o/r/issues", 1, Fault::Rewrite(extra_issue));
    let filed = json_of(&file(&env, &fake, "Extra fields in the answer"));
    assert_eq!(filed["number"], 2);
    assert_eq!(fake.state().issues.len(), 2);
}

#[test]
fn faults_missing_optional_fields_have_defaults_and_missing_required_ones_fail() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    fake.add_issue(
        "[PR review] x",
        &marked_body("a1"),
        &["identity-request", "type: pr-review"],
        "someone",
    );
    fake.state().issues[0].comments.push(FakeComment {
        id: 7,
        author: "team".into(),
        body: "hello".into(),
        created_at: "2026-11-30T15:10:00Z".into(),
    });
    fn strip_optional(v: &mut Value) {
        let o = v.as_object_mut().unwrap();
        for k in [
            "user",
            "assignees",
            "assignee",
            "html_url",
            "closed_at",
            "state_reason",
            "milestone",
            "comments",
        ] {
            o.remove(k);
        }
        // Bare label names are allowed by GitHub's schema; a null body too.
        o.insert(
            "labels".into(),
            json!(["identity-request", {"color": "fff"}]),
        );
        o.insert("body".into(), Value::Null);
    }
    fn strip_comment(v: &mut Value) {
        for c in v.as_array_mut().unwrap() {
            let o = c.as_object_mut().unwrap();
            o.remove("user");
            o.remove("body");
        }
    }
    fake.fail(
        "GET",
        "/repos/o/r/issues/1",
        1,
        Fault::Rewrite(strip_optional),
    );
    fake.fail(
        "GET",
        "/repos/o/r/issues/1/comments",
        1,
        Fault::Rewrite(strip_comment),
    );
    let out = gh_run(&env, &fake, &["show", "1"]);
    assert_success(&out);
    let text = stdout(&out);
    assert!(text.starts_with("#1 [PR review] x\n"), "{text}");
    assert!(text.contains("opened by ghost"), "{text}");
    assert!(text.contains("— ghost on 2026-11-30 15:10 UTC:"), "{text}");

    // Without a field idreq cannot do without, the answer is unreadable.
    fn no_title(v: &mut Value) {
        v.as_object_mut().unwrap().remove("title");
    }
    fn number_as_text(v: &mut Value) {
        v["number"] = json!("one");
    }
    fn bad_date(v: &mut Value) {
        v["created_at"] = json!("yesterday");
    }
    for f in [no_title as fn(&mut Value), number_as_text, bad_date] {
        fake.fail("GET", "/repos/o/r/issues/1", 1, Fault::Rewrite(f));
        let out = gh_run(&env, &fake, &["show", "1"]);
        assert_code(&out, 1);
        assert_no_panic(&out);
        assert!(
            stderr(&out).starts_with(
                "error: the tracker sent an answer idreq could not read: unexpected JSON from GitHub ("
            ),
            "{}",
            stderr(&out)
        );
    }

    // `GET /user` without a login: `list --mine` says the answer was unreadable.
    fn no_login(v: &mut Value) {
        v.as_object_mut().unwrap().remove("login");
    }
    fake.fail("GET", "/user", 1, Fault::Rewrite(no_login));
    let out = gh_run(&env, &fake, &["list", "--mine"]);
    assert_code(&out, 1);
    assert_no_panic(&out);
    assert!(
        stderr(&out).starts_with("error: the tracker sent an answer idreq could not read"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn faults_server_errors_on_create_keep_the_draft_and_never_file_twice() {
    for status in [500u16, 502, 503] {
        let env = TestEnv::new();
        let fake = FakeGitHub::start();
        // Every attempt fails: idreq looks for the issue before each resend.
        fake.fail(
            "POST",
            "/repos/o/r/issues",
            9,
            Fault::Status {
                status,
                headers: vec![],
                body: "{\"message\":\"Server Error\"}".into(),
            },
        );
        let out = file(&env, &fake, "Filed through a flaky server");
        let id = assert_failed_new_kept_draft(
            &env,
            &out,
            1,
            &format!("error: the tracker failed with HTTP {status}\nhint: check your connection and try again\nhint: nothing you typed is lost: `idreq new --resume "),
        );
        assert_eq!(fake.requests("POST", "/repos/o/r/issues").len(), 3);
        assert!(fake.state().issues.is_empty());
        let draft = drafts(&env);
        assert_eq!(
            draft[0]["last_error"],
            format!("the tracker failed with HTTP {status}")
        );
        // Resume once the server is back: one issue.
        fake.state().faults.clear();
        let filed = json_of(&gh_run(&env, &fake, &["new", "--resume", &id, "--json"]));
        assert_eq!(filed["number"], 1);
        assert_eq!(fake.state().issues.len(), 1);
        assert!(drafts(&env).is_empty(), "the draft is gone once filed");
    }
    // A single 503: looked for, not there, sent again, filed once.
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    fake.fail(
        "POST",
        "/repos/o/r/issues",
        1,
        Fault::Status {
            status: 503,
            headers: vec![],
            body: String::new(),
        },
    );
    let filed = json_of(&file(&env, &fake, "One 503 then fine"));
    assert_eq!(filed["number"], 1);
    assert_eq!(fake.state().issues.len(), 1);
    assert_eq!(fake.requests("POST", "/repos/o/r/issues").len(), 2);
}

#[test]
fn faults_rate_limits_and_auth_on_create_keep_the_draft() {
    // The hourly limit is used up: not retried, the reset time is shown.
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    fake.fail(
        "POST",
        "/repos/o/r/issues",
        1,
        Fault::Status {
            status: 403,
            headers: vec![
                ("X-RateLimit-Remaining".into(), "0".into()),
                ("X-RateLimit-Reset".into(), "1796054400".into()),
            ],
            body: r#"{"message":"API rate limit exceeded for user ID 1."}"#.into(),
        },
    );
    let out = file(&env, &fake, "Rate limited create");
    assert_failed_new_kept_draft(
        &env,
        &out,
        1,
        "error: rate limited until 16:00:00 UTC\nhint: GitHub's API rate limit is used up",
    );
    assert_eq!(fake.requests("POST", "/repos/o/r/issues").len(), 1);
    assert!(fake.state().issues.is_empty());

    // A secondary limit with Retry-After on the create: waited out, filed once.
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    fake.fail(
        "POST",
        "/repos/o/r/issues",
        1,
        Fault::Status {
            status: 403,
            headers: vec![("Retry-After".into(), "1".into())],
            body: r#"{"message":"You have exceeded a secondary rate limit."}"#.into(),
        },
    );
    let filed = json_of(&file(&env, &fake, "Secondary limit on create"));
    assert_eq!(filed["number"], 1);
    assert_eq!(fake.state().issues.len(), 1);
    assert!(drafts(&env).is_empty());

    // A rejected token: exit 4, and the draft kept for after `auth login`.
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    let args = new_args("pr-review", "Filed with a stale token");
    let out = gh_cmd(&env, &fake)
        .env("GH_TOKEN", "ghp_stale")
        .args(&args)
        .output()
        .unwrap();
    assert_failed_new_kept_draft(
        &env,
        &out,
        4,
        "error: GitHub rejected the token (HTTP 401)\nhint: run `idreq auth login`",
    );
    assert!(fake.state().issues.is_empty());
}

#[test]
fn faults_refused_and_timed_out_creates_keep_the_draft_and_file_once() {
    // Nothing listens: exit 1, the draft is kept.
    let env = TestEnv::new();
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let fake = FakeGitHub::start();
    let args = new_args("pr-review", "Nobody is listening");
    let out = gh_cmd(&env, &fake)
        .env("IDREQ_GITHUB_API_URL", format!("http://127.0.0.1:{port}"))
        .args(&args)
        .output()
        .unwrap();
    let id = assert_failed_new_kept_draft(
        &env,
        &out,
        1,
        &format!("error: could not reach http://127.0.0.1:{port}: connection refused\n"),
    );
    // Resumed against a server that answers: filed once.
    let filed = json_of(&gh_run(&env, &fake, &["new", "--resume", &id, "--json"]));
    assert_eq!(filed["number"], 1);
    assert_eq!(fake.state().issues.len(), 1);

    // The create is carried out, but only after idreq gave up waiting.
    let env = TestEnv::new();
    env.write_config("[github]\nread_timeout_secs = 1\n");
    let fake = FakeGitHub::start();
    fake.fail(
        "POST",
        "/repos/o/r/issues",
        1,
        Fault::Sleep(Duration::from_millis(2500)),
    );
    let out = file(&env, &fake, "Slow create");
    // Let the slow create land before counting.
    std::thread::sleep(Duration::from_millis(2000));
    assert_no_panic(&out);
    assert_eq!(
        fake.state().issues.len(),
        1,
        "a create that timed out must not be sent again blindly\nstderr:\n{}",
        stderr(&out)
    );
    assert_eq!(fake.requests("POST", "/repos/o/r/issues").len(), 1);
    let id = assert_failed_new_kept_draft(
        &env,
        &out,
        1,
        "error: the tracker did not answer in time\nhint: check your connection and try again\n",
    );
    // The resume finds the issue that landed late instead of filing it again.
    let filed = json_of(&gh_run(&env, &fake, &["new", "--resume", &id, "--json"]));
    assert_eq!(filed["number"], 1);
    assert_eq!(fake.state().issues.len(), 1);
    assert_eq!(fake.requests("POST", "/repos/o/r/issues").len(), 1);
}

#[test]
fn faults_unreadable_answer_to_a_create_keeps_the_draft_and_resume_finds_the_issue() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    fn garbage(v: &mut Value) {
        *v = json!({"message": "created, but this is not an issue"});
    }
    fake.fail("POST", "/repos/o/r/issues", 1, Fault::Rewrite(garbage));
    let out = file(&env, &fake, "Created but unreadable");
    assert_no_panic(&out);
    assert_eq!(fake.state().issues.len(), 1);
    // The answer cannot be read, so idreq cannot say what was filed: it
    // fails, keeps the draft, and the resume finds the issue.
    let id = assert_failed_new_kept_draft(
        &env,
        &out,
        1,
        "error: the tracker sent an answer idreq could not read",
    );
    let filed = json_of(&gh_run(&env, &fake, &["new", "--resume", &id, "--json"]));
    assert_eq!(filed["number"], 1);
    assert_eq!(fake.state().issues.len(), 1, "never a second copy");
    assert_eq!(fake.requests("POST", "/repos/o/r/issues").len(), 1);
}
