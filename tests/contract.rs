//! Contract test against GitHub's own OpenAPI description: Stoplight Prism
//! (`prism proxy --errors`) sits between idreq and the fake GitHub and checks
//! both directions: idreq's requests (a violation is a 422) and the fake's
//! answers (a violation is a 500). The spec is the trimmed and sanitized
//! subset in tests/contract/github-issues.openapi.json (see
//! .ci/trim-openapi.js); Prism comes from `npm ci` in tests/contract (run by
//! .ci/run). Without Prism the test skips locally and fails in CI.

use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::fake_github::*;
use crate::common::*;

struct Prism {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn contract_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/contract")
}

/// Starts `prism proxy --errors` in front of `upstream`; `None` when Prism
/// is not installed and this is not CI.
fn start_prism(upstream: &str, log_dir: &std::path::Path) -> Option<Prism> {
    let bin = contract_dir().join("node_modules/.bin/prism");
    if !bin.exists() {
        #[allow(clippy::disallowed_methods)]
        let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
        assert!(
            !ci,
            "Prism is not installed but CI is set: run `npm ci --prefix tests/contract` (.ci/run does)"
        );
        eprintln!("skipped: Prism is not installed; run `npm ci --prefix tests/contract` to run the contract test");
        return None;
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let log = log_dir.join("prism.log");
    let child = Command::new(bin)
        .args([
            "proxy",
            "--errors",
            "-h",
            "127.0.0.1",
            "-p",
            &port.to_string(),
        ])
        .arg(contract_dir().join("github-issues.openapi.json"))
        .arg(upstream)
        .stdout(std::fs::File::create(&log).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .expect("start prism");
    let prism = Prism { child, port, log };
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "Prism did not start in 60 s"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    eprintln!("prism ready in {:?}", started.elapsed());
    Some(prism)
}

fn through(env: &TestEnv, fake: &FakeGitHub, prism: &Prism, args: &[&str]) -> std::process::Output {
    let out = gh_cmd(env, fake)
        .env(
            "IDREQ_GITHUB_API_URL",
            format!("http://127.0.0.1:{}", prism.port),
        )
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?} failed through Prism\nstderr:\n{}\nviolations:\n{}",
        stderr(&out),
        violations(prism.port)
    );
    out
}

#[test]
fn contract_idreq_and_the_fake_match_githubs_openapi_description() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    fake.state().not_modified = false;
    let Some(prism) = start_prism(&fake.url(), env.path()) else {
        return;
    };
    // Create, read back, list (with the marker search), show with comments.
    let args = new_args("pr-review", "Contract check");
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let filed: Value = serde_json::from_slice(&through(&env, &fake, &prism, &refs).stdout).unwrap();
    assert_eq!(filed["number"], 1);
    through(&env, &fake, &prism, &["list", "--json"]);
    through(&env, &fake, &prism, &["list", "--state", "all", "--mine"]);
    through(&env, &fake, &prism, &["show", "1", "--json"]);
    through(&env, &fake, &prism, &["auth", "status", "--json"]);
    // Labels: list, create, update.
    fake.state().labels.push(FakeLabel {
        name: "identity-request".into(),
        color: "000000".into(),
        description: None,
    });
    through(&env, &fake, &prism, &["labels", "sync"]);
    // Update and comments, in process through the same client.
    {
        use idreq::request::RequestId;
        use idreq::tracker::github::{GitHubSettings, GitHubTracker};
        use idreq::tracker::repo::RepoSlug;
        use idreq::tracker::{IssueChange, IssueState, StateReason, Tracker};
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let gh = GitHubTracker::new(GitHubSettings {
                api_url: format!("http://127.0.0.1:{}", prism.port),
                repo: RepoSlug::parse("o/r").unwrap(),
                token: TOKEN.to_string().into(),
                connect_timeout: Duration::from_secs(5),
                read_timeout: Duration::from_secs(10),
            })
            .unwrap();
            let log = || std::fs::read_to_string(&prism.log).unwrap_or_default();
            gh.update(
                1,
                &IssueChange {
                    add_labels: vec!["priority: P2".into()],
                    remove_labels: vec!["status: new".into()],
                    assignees: Some(vec!["octocat".into()]),
                    state: None,
                },
            )
            .await
            .unwrap_or_else(|e| panic!("update: {e}\n{}", log()));
            gh.comment(1, "Thanks, on it")
                .await
                .unwrap_or_else(|e| panic!("comment: {e}\n{}", log()));
            gh.comments(1)
                .await
                .unwrap_or_else(|e| panic!("comments: {e}\n{}", log()));
            gh.update(
                1,
                &IssueChange {
                    state: Some((IssueState::Closed, Some(StateReason::Duplicate))),
                    ..Default::default()
                },
            )
            .await
            .unwrap_or_else(|e| panic!("close: {e}\n{}", log()));
            let id = RequestId::parse(filed["request_id"].as_str().unwrap()).unwrap();
            let found = gh
                .find_request(&id)
                .await
                .unwrap_or_else(|e| panic!("find: {e}\n{}", log()));
            assert_eq!(found.map(|i| i.number), Some(1));
        });
    }
    // Prism really checks: a request body that breaks the schema is refused.
    assert_eq!(raw_post(prism.port, r#"{"labels":"not-a-list"}"#), 422);
    let log = std::fs::read_to_string(&prism.log).unwrap_or_default();
    assert!(
        !log.contains("VIOLATIONS"),
        "the fake answered off-schema:\n{log}"
    );
}

/// Sends a POST to create an issue with `body` and returns the status.
fn raw_post(port: u16, body: &str) -> u16 {
    use std::io::{Read, Write};
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "POST /repos/o/r/issues HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {TOKEN}\r\nAccept: application/json\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut answer = String::new();
    let _ = s.read_to_string(&mut answer);
    answer
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
}

fn raw_get(port: u16, path: &str) -> String {
    use std::io::{Read, Write};
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {TOKEN}\r\nAccept: application/json\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    let _ = s.read_to_string(&mut answer);
    answer
}

/// Returns Prism's verdict on the fake's answers to the reads idreq makes.
fn violations(port: u16) -> String {
    [
        "/user",
        "/repos/o/r",
        "/repos/o/r/issues?state=all",
        "/repos/o/r/issues/1",
        "/repos/o/r/issues/1/comments",
        "/repos/o/r/labels",
        "/search/issues?q=idreq",
    ]
    .iter()
    .map(|p| {
        let a = raw_get(port, p);
        let v = a
            .lines()
            .find(|l| l.starts_with("sl-violations"))
            .unwrap_or("ok");
        format!("{p}: {v}")
    })
    .collect::<Vec<_>>()
    .join("\n")
}
