//! The GitHub tracker, end to end: the real binary and the real octocrab
//! client against the stateful fake GitHub on 127.0.0.1.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::fake_github::*;
use crate::common::*;

#[test]
fn github_new_then_show_and_list_round_trip() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    let filed = json_of(&file(&env, &fake, "Review the login change"));
    assert_eq!(filed["number"], 1);
    assert_eq!(filed["url"], "https://github.com/o/r/issues/1");
    assert_eq!(filed["author"], "octocat");
    assert_eq!(
        filed["labels"],
        serde_json::json!(["identity-request", "type: pr-review", "status: new"])
    );
    let posts = fake.requests("POST", "/repos/o/r/issues");
    assert_eq!(posts.len(), 1);
    let sent: Value = serde_json::from_str(&posts[0].body).unwrap();
    assert_eq!(sent["title"], "[PR review] Review the login change");
    assert!(sent["body"]
        .as_str()
        .unwrap()
        .starts_with("<!-- idreq v=1 type=pr-review id="));
    // Read back after creating: what GitHub stored, not what was asked for.
    assert_eq!(fake.requests("GET", "/repos/o/r/issues/1").len(), 1);

    let shown = json_of(&gh_run(&env, &fake, &["show", "1", "--json"]));
    assert_eq!(shown["type"], "pr-review");
    assert_eq!(
        shown["fields"]["pr_url"],
        "https://github.com/department-of-veterans-affairs/vets-api/pull/12345"
    );
    assert_eq!(shown["request_id"], filed["request_id"]);
    let listed = json_of(&gh_run(&env, &fake, &["list", "--json"]));
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["number"], 1);
    let text = gh_run(&env, &fake, &["list"]);
    assert_eq!(
        stdout(&text),
        "#1\tpr-review\tnew\t\t\t0m\t[PR review] Review the login change\n"
    );
    let mine = json_of(&gh_run(&env, &fake, &["list", "--mine", "--json"]));
    assert_eq!(mine.as_array().unwrap().len(), 1);
}

#[test]
fn every_github_request_names_idreq_and_sends_each_header_once() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    assert_success(&file(&env, &fake, "Review the login change"));
    assert_success(&gh_run(&env, &fake, &["list", "--json"]));
    let log = fake.state().log.clone();
    assert!(log.len() >= 3, "{log:?}");
    let agent = format!("idreq/{}", env!("CARGO_PKG_VERSION"));
    for req in &log {
        let h = &req.headers;
        let at = format!("{} {}", req.method, req.path);
        assert_eq!(h.get("user-agent"), Some(&agent), "{at}");
        assert_eq!(
            h.get("x-github-api-version").map(String::as_str),
            Some("2022-11-28"),
            "{at}"
        );
        assert_eq!(
            h.get("authorization"),
            Some(&format!("Bearer {TOKEN}")),
            "{at}"
        );
        assert_eq!(
            h.get("accept").map(String::as_str),
            Some("application/vnd.github+json, application/json"),
            "{at}"
        );
    }
}

#[test]
fn github_dropped_labels_warn_and_the_request_is_still_listed() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    fake.state().triage = false;
    let out = file(&env, &fake, "Review without rights");
    let filed = json_of(&out);
    assert_eq!(filed["labels"], serde_json::json!([]));
    assert!(
        stderr(&out).contains("warning: GitHub did not apply the labels identity-request, type: pr-review, status: new (you have no triage rights on the repository)"),
        "{}",
        stderr(&out)
    );
    // A web-filed issue without a marker is not a request.
    fake.add_issue("Unrelated", "just a bug", &[], "someone");
    let listed = json_of(&gh_run(&env, &fake, &["list", "--json"]));
    let numbers: Vec<u64> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["number"].as_u64().unwrap())
        .collect();
    assert_eq!(numbers, [1]);
    assert_eq!(listed[0]["type"], "pr-review");
    let searches = fake.requests("GET", "/search/issues");
    assert!(!searches.is_empty());
    let q = query_param(&searches[0].query, "q").unwrap();
    assert!(
        q.contains("repo:o/r") && q.contains("-label:\"identity-request\""),
        "{q}"
    );
}

#[test]
fn github_list_fetches_all_pages_concurrently() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    for n in 0..250 {
        fake.add_issue(
            &format!("[PR review] request {n}"),
            &marked_body(&format!("req{n}")),
            &["identity-request", "type: pr-review"],
            "someone",
        );
    }
    fake.state().issues[100].is_pr = true;
    fake.state().page_delay = Duration::from_millis(400);
    let started = Instant::now();
    let listed = json_of(&gh_run(&env, &fake, &["list", "--json", "--limit", "1000"]));
    let took = started.elapsed();
    assert_eq!(
        listed.as_array().unwrap().len(),
        249,
        "the pull request is skipped"
    );
    let pages = fake.requests("GET", "/repos/o/r/issues");
    let page = |n: &str| {
        pages
            .iter()
            .find(|r| query_param(&r.query, "page").as_deref() == Some(n))
            .unwrap_or_else(|| panic!("page {n} was not fetched"))
            .clone()
    };
    let (p2, p3) = (page("2"), page("3"));
    assert_eq!(query_param(&p2.query, "per_page").as_deref(), Some("100"));
    // Pages 2 and 3 were in flight at the same time.
    assert!(p3.started < p2.finished.unwrap() && p2.started < p3.finished.unwrap());
    eprintln!("listed 250 issues (3 pages, 400 ms each after the first) in {took:?}");
}

#[test]
fn github_rejected_token_exits_4_with_the_login_hint() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    let out = gh_cmd(&env, &fake)
        .env("GH_TOKEN", "ghp_wrong")
        .args(["list"])
        .output()
        .unwrap();
    assert_code(&out, 4);
    assert_eq!(
        stderr(&out),
        "error: GitHub rejected the token (HTTP 401)\nhint: run `idreq auth login`, or set GH_TOKEN to a valid token\n"
    );
}

#[test]
fn github_exhausted_rate_limit_says_when_it_resets() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    fake.fail("GET", "/repos/o/r/issues", 1, Fault::Status {
        status: 403,
        headers: vec![
            ("X-RateLimit-Remaining".into(), "0".into()),
            ("X-RateLimit-Reset".into(), "1796054400".into()),
        ],
        body: r#"{"message":"API rate limit exceeded for user ID 1.","documentation_url":"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api"}"#.into(),
    });
    let out = gh_run(&env, &fake, &["list"]);
    assert_code(&out, 1);
    assert!(
        stderr(&out).starts_with(
            "error: rate limited until 16:00:00 UTC\nhint: GitHub's API rate limit is used up"
        ),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        fake.requests("GET", "/repos/o/r/issues").len(),
        1,
        "not retried"
    );
}

#[test]
fn github_secondary_rate_limit_is_waited_out() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    fake.add_issue("x", &marked_body("a1"), &["identity-request"], "someone");
    fake.fail(
        "GET",
        "/repos/o/r/issues",
        1,
        Fault::Status {
            status: 429,
            headers: vec![("Retry-After".into(), "1".into())],
            body: r#"{"message":"You have exceeded a secondary rate limit."}"#.into(),
        },
    );
    let started = Instant::now();
    let listed = json_of(&gh_run(&env, &fake, &["list", "--json"]));
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert!(started.elapsed() >= Duration::from_secs(1));
    assert_eq!(fake.requests("GET", "/repos/o/r/issues").len(), 2);
}

#[test]
fn github_missing_repository_says_the_token_may_not_see_it() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    fake.state().repo_exists = false;
    for args in [&["list"][..], &["show", "3"][..]] {
        let out = gh_run(&env, &fake, args);
        assert_code(&out, 1);
        assert!(
            stderr(&out).starts_with("error: repository o/r not found, or your token cannot see it\nhint: check the repository name"),
            "{}",
            stderr(&out)
        );
    }
    // A missing issue in a visible repository is just that.
    fake.state().repo_exists = true;
    let out = gh_run(&env, &fake, &["show", "3"]);
    assert_code(&out, 1);
    assert_eq!(stderr(&out), "error: request #3 not found\n");
}

#[test]
fn github_validation_errors_show_githubs_message_and_keep_the_draft() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    fake.fail("POST", "/repos/o/r/issues", 1, Fault::Status {
        status: 422,
        headers: vec![],
        body: r#"{"message":"Validation Failed","errors":[{"resource":"Issue","code":"custom","field":"body","message":"body is too long (maximum is 65536 characters)"}]}"#.into(),
    });
    let out = file(&env, &fake, "Too long");
    assert_code(&out, 1);
    let err = stderr(&out);
    assert!(err.starts_with("error: the tracker refused the request: Validation Failed (body is too long (maximum is 65536 characters))\n"), "{err}");
    assert!(err.contains("idreq new --resume"), "{err}");
    assert_eq!(fake.requests("POST", "/repos/o/r/issues").len(), 1);
}

#[test]
fn github_server_errors_are_retried_for_reads_then_fail() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    fake.add_issue("x", &marked_body("a1"), &["identity-request"], "someone");
    fake.fail(
        "GET",
        "/repos/o/r/issues/1",
        2,
        Fault::Status {
            status: 502,
            headers: vec![],
            body: "<html>bad gateway</html>".into(),
        },
    );
    let shown = json_of(&gh_run(&env, &fake, &["show", "1", "--json"]));
    assert_eq!(shown["number"], 1);
    assert_eq!(
        fake.requests("GET", "/repos/o/r/issues/1").len(),
        3,
        "two failures, then the answer"
    );

    for status in [500u16, 503] {
        let fake = FakeGitHub::start();
        fake.add_issue("x", &marked_body("a1"), &["identity-request"], "someone");
        fake.fail(
            "GET",
            "/repos/o/r/issues/1",
            9,
            Fault::Status {
                status,
                headers: vec![],
                body: "{\"message\":\"Server Error\"}".into(),
            },
        );
        let out = gh_run(&env, &fake, &["show", "1"]);
        assert_code(&out, 1);
        assert_eq!(
            stderr(&out),
            format!("error: the tracker failed with HTTP {status}\nhint: check your connection and try again\n")
        );
        assert_eq!(
            fake.requests("GET", "/repos/o/r/issues/1").len(),
            3,
            "3 attempts"
        );
    }
}

#[test]
fn github_connection_refused_fails_with_exit_1() {
    let env = TestEnv::new();
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let fake = FakeGitHub::start();
    let out = gh_cmd(&env, &fake)
        .env("IDREQ_GITHUB_API_URL", format!("http://127.0.0.1:{port}"))
        .args(["list"])
        .output()
        .unwrap();
    assert_code(&out, 1);
    assert_eq!(
        stderr(&out),
        format!("error: could not reach http://127.0.0.1:{port}: connection refused\nhint: check your connection and try again\n")
    );
}

#[test]
fn github_slow_server_times_out() {
    let env = TestEnv::new();
    env.write_config("[github]\nread_timeout_secs = 1\n");
    let fake = FakeGitHub::start();
    fake.add_issue("x", &marked_body("a1"), &["identity-request"], "someone");
    fake.fail(
        "GET",
        "/repos/o/r/issues/1",
        3,
        Fault::Sleep(Duration::from_secs(3)),
    );
    let started = Instant::now();
    let out = gh_run(&env, &fake, &["show", "1"]);
    assert_code(&out, 1);
    assert_eq!(
        stderr(&out),
        "error: the tracker did not answer in time\nhint: check your connection and try again\n"
    );
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn github_ambiguous_create_files_exactly_one_issue() {
    for fault in [Fault::HandleThen502, Fault::HandleThenDrop, Fault::Truncate] {
        let env = TestEnv::new();
        let fake = FakeGitHub::start();
        fake.fail("POST", "/repos/o/r/issues", 1, fault.clone());
        let out = file(&env, &fake, "Only once");
        let filed = json_of(&out);
        assert_eq!(filed["number"], 1, "{fault:?}");
        assert_eq!(fake.state().issues.len(), 1, "{fault:?}");
        assert_eq!(
            fake.requests("POST", "/repos/o/r/issues").len(),
            1,
            "{fault:?}: not re-sent"
        );
    }
}

#[test]
fn github_ambiguous_create_then_resume_does_not_file_a_second_copy() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    // The issue is created but the answer is lost, and the check for it
    // fails too: idreq must give up, keep the draft, and not guess.
    fake.fail("POST", "/repos/o/r/issues", 1, Fault::HandleThenDrop);
    fake.fail(
        "GET",
        "/repos/o/r/issues",
        3,
        Fault::Status {
            status: 503,
            headers: vec![],
            body: String::new(),
        },
    );
    let out = file(&env, &fake, "Resume me");
    assert_code(&out, 1);
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!(
            "error: the connection to {} broke off before the answer was complete\n",
            fake.url()
        )),
        "{err}"
    );
    let resume = err
        .lines()
        .find_map(|l| l.split("`idreq new --resume ").nth(1))
        .and_then(|r| r.split('`').next())
        .expect("resume hint")
        .to_string();
    assert_eq!(fake.state().issues.len(), 1);
    let again = gh_run(&env, &fake, &["new", "--resume", &resume, "--json"]);
    let filed = json_of(&again);
    assert_eq!(filed["number"], 1);
    assert_eq!(fake.state().issues.len(), 1);
    assert_eq!(fake.requests("POST", "/repos/o/r/issues").len(), 1);
}

#[test]
fn github_labels_sync_creates_then_is_idempotent() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    fake.state().labels.push(FakeLabel {
        name: "Identity-Request".into(),
        color: "000000".into(),
        description: None,
    });
    let plan = json_of(&gh_run(
        &env,
        &fake,
        &["labels", "sync", "--dry-run", "--json"],
    ));
    assert_eq!(plan["updated"], serde_json::json!(["identity-request"]));
    assert_eq!(plan["created"].as_array().unwrap().len(), 3 + 4 + 4 + 4 + 1);
    assert!(
        fake.requests("POST", "/repos/o/r/labels").is_empty(),
        "dry run changes nothing"
    );
    let out = gh_run(&env, &fake, &["labels", "sync"]);
    assert_success(&out);
    assert!(
        stderr(&out).contains("16 created, 1 updated, 0 already up to date in o/r"),
        "{}",
        stderr(&out)
    );
    assert!(
        stdout(&out).contains("created\tpriority: P1\n"),
        "{}",
        stdout(&out)
    );
    let names: Vec<String> = fake.state().labels.iter().map(|l| l.name.clone()).collect();
    assert!(
        names.contains(&"identity-request".to_string())
            && names.contains(&"estimate: XL".to_string()),
        "{names:?}"
    );
    let again = json_of(&gh_run(&env, &fake, &["labels", "sync", "--json"]));
    assert_eq!(again["created"], serde_json::json!([]));
    assert_eq!(again["updated"], serde_json::json!([]));
    assert_eq!(again["unchanged"].as_array().unwrap().len(), 17);
}

#[test]
fn github_update_comment_and_list_comments_in_process() {
    use idreq::tracker::github::{GitHubSettings, GitHubTracker};
    use idreq::tracker::repo::RepoSlug;
    use idreq::tracker::{IssueChange, IssueState, StateReason, Tracker};
    let fake = FakeGitHub::start();
    fake.add_issue(
        "x",
        &marked_body("a1"),
        &["identity-request", "status: new"],
        "someone",
    );
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let gh = GitHubTracker::new(GitHubSettings {
            api_url: fake.url(),
            repo: RepoSlug::parse("o/r").unwrap(),
            token: TOKEN.to_string().into(),
            connect_timeout: Duration::from_secs(5),
            read_timeout: Duration::from_secs(5),
        })
        .unwrap();
        let changed = gh
            .update(
                1,
                &IssueChange {
                    add_labels: vec!["status: triaged".into(), "priority: P2".into()],
                    remove_labels: vec!["status: new".into(), "not-there".into()],
                    assignees: Some(vec!["octocat".into()]),
                    state: None,
                },
            )
            .await
            .unwrap();
        assert_eq!(
            changed.labels,
            ["identity-request", "status: triaged", "priority: P2"]
        );
        assert_eq!(changed.assignees, ["octocat"]);
        let c = gh.comment(1, "Thanks, on it").await.unwrap();
        assert_eq!(c.author, "octocat");
        let closed = gh
            .update(
                1,
                &IssueChange {
                    state: Some((IssueState::Closed, Some(StateReason::NotPlanned))),
                    ..Default::default()
                },
            )
            .await
            .unwrap();
        assert_eq!(closed.state, IssueState::Closed);
        assert_eq!(closed.state_reason, Some(StateReason::NotPlanned));
        let comments = gh.comments(1).await.unwrap();
        assert_eq!(comments.len(), 1);
        assert_eq!(comments[0].body, "Thanks, on it");
        assert_eq!(gh.current_user().await.unwrap(), "octocat");
    });
    let patch = fake.requests("PATCH", "/repos/o/r/issues/1");
    assert_eq!(patch.len(), 2);
    assert_eq!(
        serde_json::from_str::<Value>(&patch[1].body).unwrap(),
        serde_json::json!({"state": "closed", "state_reason": "not_planned"})
    );
}

#[test]
fn github_token_never_appears_in_output_or_files() {
    let env = TestEnv::new();
    env.write_config("tracker = \"github\"\n[github]\nread_timeout_secs = 30\n");
    let fake = FakeGitHub::start();
    let mut outputs = vec![file(&env, &fake, "Secret check")];
    for args in [
        &["list"][..],
        &["list", "--json"],
        &["show", "1", "--json"],
        &["auth", "status"],
        &["auth", "status", "--json"],
        &["labels", "sync", "--dry-run"],
        &["config", "show"],
    ] {
        outputs.push(gh_run(&env, &fake, args));
    }
    fake.fail(
        "GET",
        "/repos/o/r/issues",
        1,
        Fault::Status {
            status: 500,
            headers: vec![],
            body: "{\"message\":\"echo\"}".into(),
        },
    );
    outputs.push(gh_run(&env, &fake, &["show", "9"]));
    fake.fail("POST", "/repos/o/r/issues", 1, Fault::Drop);
    outputs.push(file(&env, &fake, "Dropped, checked, sent again"));
    // A failed create keeps a draft on disk: it must not hold the token either.
    fake.fail(
        "POST",
        "/repos/o/r/issues",
        1,
        Fault::Status {
            status: 422,
            headers: vec![],
            body: "{\"message\":\"Validation Failed\"}".into(),
        },
    );
    outputs.push(file(&env, &fake, "Kept as a draft"));
    // Rejected tokens are not printed either.
    outputs.push(
        gh_cmd(&env, &fake)
            .env("GH_TOKEN", "ghp_rejectedSECRET999")
            .args(["list"])
            .output()
            .unwrap(),
    );
    for out in &outputs {
        for text in [stdout(out), stderr(out)] {
            assert!(
                !text.contains(TOKEN) && !text.contains("ghp_rejectedSECRET999"),
                "token leaked: {text}"
            );
        }
    }
    let mut stack = vec![env.path().to_path_buf()];
    let mut files = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files += 1;
                let bytes = std::fs::read(&path).unwrap();
                let text = String::from_utf8_lossy(&bytes);
                assert!(!text.contains(TOKEN), "token in {}", path.display());
            }
        }
    }
    assert!(files >= 2, "the sandbox holds a draft and the config");
}

#[test]
fn github_triage_and_board_work_on_requests_whose_labels_were_dropped() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    fake.state().triage = false;
    json_of(&file(&env, &fake, "Filed without triage rights"));
    fake.state().triage = true;
    json_of(&file(&env, &fake, "Filed by a team member"));

    let queue = json_of(&gh_run(&env, &fake, &["triage", "--json"]));
    let numbers: Vec<u64> = queue
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["number"].as_u64().unwrap())
        .collect();
    assert_eq!(numbers, [1, 2], "the unlabelled request is untriaged too");

    let accepted = json_of(&gh_run(
        &env,
        &fake,
        &[
            "triage",
            "accept",
            "1",
            "--priority",
            "P2",
            "--estimate",
            "M",
            "--json",
        ],
    ));
    assert_eq!(accepted["status"], "triaged");
    let labels = &fake.state().issues[0].labels.clone();
    for l in [
        "identity-request",
        "type: pr-review",
        "status: triaged",
        "priority: P2",
        "estimate: M",
    ] {
        assert!(labels.iter().any(|x| x == l), "{l} missing from {labels:?}");
    }
    let comments = fake.requests("POST", "/repos/o/r/issues/1/comments");
    assert_eq!(comments.len(), 1);
    assert!(
        comments[0]
            .body
            .contains("We have triaged #1 as P2, size M."),
        "{}",
        comments[0].body
    );

    let board = json_of(&gh_run(&env, &fake, &["board", "--json"]));
    assert_eq!(
        board["summary"]["by_status"],
        serde_json::json!({"new": 1, "triaged": 1})
    );
    assert_eq!(board["summary"]["estimate_days_triaged"], 3.0);

    let declined = json_of(&gh_run(&env, &fake, &["triage", "decline", "2", "--json"]));
    assert_eq!(declined["state"], "closed");
    assert_eq!(declined["state_reason"], "not_planned");
    let patch = fake.requests("PATCH", "/repos/o/r/issues/2");
    let sent: Value = serde_json::from_str(&patch.last().unwrap().body).unwrap();
    assert_eq!(sent["state"], "closed");
    assert_eq!(sent["state_reason"], "not_planned");
}
