//! The Slack front door end to end: `idreq slack serve --http` against the
//! fake Slack Web API and the fake GitHub, driven by signed requests as
//! Slack sends them.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};

use crate::common::fake_github::{gh_cmd, FakeGitHub};
use crate::common::fake_slack::{FakeSlack, BOT_TOKEN};
use crate::common::*;

const SECRET: &str = "test-signing-secret";
const HOSTILE: &str = "Review <!channel> @here the sign-in PR";

struct Server {
    child: Child,
    addr: String,
    stderr: Arc<Mutex<String>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(env: &TestEnv, gh: &FakeGitHub, slack: &FakeSlack) -> Server {
    let mut child = gh_cmd(env, gh)
        .args(["slack", "serve", "--http", "127.0.0.1:0"])
        .env("IDREQ_SLACK_BOT_TOKEN", BOT_TOKEN)
        .env("IDREQ_SLACK_SIGNING_SECRET", SECRET)
        .env("IDREQ_SLACK_API_URL", slack.api_url())
        .env("IDREQ_SLACK_CHANNEL", "CTEAM")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start idreq slack serve");
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut addr = String::new();
    for line in lines.by_ref() {
        let line = line.unwrap();
        if let Some(a) = line.split("listening on http://").nth(1) {
            addr = a.trim().to_string();
            break;
        }
    }
    assert!(!addr.is_empty(), "the server did not say where it listens");
    let stderr = Arc::new(Mutex::new(String::new()));
    let s = stderr.clone();
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            s.lock().unwrap().push_str(&(line + "\n"));
        }
    });
    Server {
        child,
        addr,
        stderr,
    }
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// POSTs `body` to `path` with the given signature headers; returns (status, body).
fn post_raw(addr: &str, path: &str, body: &str, ts: &str, sig: &str) -> (u16, String) {
    let mut conn = TcpStream::connect(addr).expect("connect");
    let req = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/x-www-form-urlencoded\r\nX-Slack-Request-Timestamp: {ts}\r\nX-Slack-Signature: {sig}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    conn.write_all(req.as_bytes()).unwrap();
    let mut out = String::new();
    conn.read_to_string(&mut out).unwrap();
    let status = out
        .split_whitespace()
        .nth(1)
        .unwrap_or("0")
        .parse()
        .unwrap_or(0);
    let body = out
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

/// POSTs `body` signed as Slack signs it, now.
fn post(addr: &str, path: &str, body: &str) -> (u16, String) {
    let ts = now().to_string();
    let sig = idreq::slack::signing::sign(SECRET, &ts, body.as_bytes());
    post_raw(addr, path, body, &ts, &sig)
}

fn form(pairs: &[(&str, &str)]) -> String {
    let mut s = String::new();
    for (k, v) in pairs {
        if !s.is_empty() {
            s.push('&');
        }
        s.push_str(k);
        s.push('=');
        s.push_str(&percent(v));
    }
    s
}

fn percent(v: &str) -> String {
    v.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn interaction(payload: &Value) -> String {
    form(&[("payload", &payload.to_string())])
}

fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let began = Instant::now();
    while !done() {
        assert!(
            began.elapsed() < Duration::from_secs(30),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn block_ids(view: &Value) -> Vec<String> {
    view["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|b| b["block_id"].as_str().map(str::to_string))
        .collect()
}

fn text_input(v: &str) -> Value {
    json!({"answer": {"type": "plain_text_input", "value": v}})
}

fn picked(v: &str) -> Value {
    json!({"answer": {"type": "radio_buttons", "selected_option": {"value": v}}})
}

/// The form's state with every answer of a valid PR review, `pr_url` as given.
fn pr_review_state(pr_url: &str) -> Value {
    json!({
        "title": text_input(HOSTILE),
        "requester_name": text_input("Jane Doe"),
        "team_name": text_input("Claims Status"),
        "contact": text_input("@U777"),
        "prod_impact": picked("no"),
        "details": text_input("We need help from the Identity team with this request."),
        "pr_url": {"answer": {"type": "url_text_input", "value": pr_url}},
        "tested": picked("yes"),
        "test_env": {"answer": {"type": "multi_static_select",
            "selected_options": [{"value": "localhost"}, {"value": "dev"}]}},
        "pr_ready": picked("yes"),
        "user_model_change": picked("no"),
    })
}

fn submission(metadata: &str, state: Value) -> Value {
    json!({
        "type": "view_submission",
        "user": {"id": "U777"},
        "view": {"id": "V0SLACK1", "hash": "h2", "callback_id": "idreq.form",
            "private_metadata": metadata, "state": {"values": state}},
    })
}

#[test]
fn a_slack_request_is_filed_once_posted_in_the_channel_and_answered_in_its_thread() {
    let env = TestEnv::new();
    let gh = FakeGitHub::start();
    let slack = FakeSlack::start();
    slack.throttle_once("chat.postMessage");
    let server = serve(&env, &gh, &slack);
    let addr = &server.addr;

    // The slash command opens the PR review form directly.
    let command = form(&[
        ("command", "/identity-support"),
        ("text", "pr-review"),
        ("user_id", "U777"),
        ("channel_id", "CASK"),
        ("trigger_id", "1337.42.abc"),
    ]);
    let (status, _) = post(addr, "/slack/commands", &command);
    assert_eq!(status, 200);
    wait_for("views.open", || !slack.calls("views.open").is_empty());
    let opened = &slack.calls("views.open")[0].body;
    assert_eq!(opened["trigger_id"], "1337.42.abc");
    let view = &opened["view"];
    assert_eq!(view["title"]["text"], "PR review");
    let ids = block_ids(view);
    assert!(ids.contains(&"pr_url".to_string()) && ids.contains(&"tested".to_string()));
    assert!(
        !ids.contains(&"test_env".to_string()),
        "conditional field shown too early"
    );
    let contact = view["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["block_id"] == "contact")
        .unwrap();
    assert_eq!(contact["element"]["initial_value"], "@U777");
    let metadata = view["private_metadata"].as_str().unwrap().to_string();

    // Answering "tested: yes" reveals the test environments.
    let action = json!({
        "type": "block_actions",
        "user": {"id": "U777"},
        "trigger_id": "t2",
        "view": {"id": "V0SLACK1", "hash": "h1", "callback_id": "idreq.form",
            "private_metadata": metadata,
            "state": {"values": {"tested": picked("yes"), "title": text_input(HOSTILE)}}},
        "actions": [{"type": "radio_buttons", "block_id": "tested", "action_id": "answer",
            "selected_option": {"value": "yes"}}],
    });
    assert_eq!(
        post(addr, "/slack/interactions", &interaction(&action)).0,
        200
    );
    wait_for("views.update", || !slack.calls("views.update").is_empty());
    let updated = &slack.calls("views.update")[0].body;
    assert_eq!(updated["view_id"], "V0SLACK1");
    assert_eq!(updated["hash"], "h1");
    assert!(block_ids(&updated["view"]).contains(&"test_env".to_string()));

    // One bad answer comes back inline, on its field; nothing is filed.
    let (status, body) = post(
        addr,
        "/slack/interactions",
        &interaction(&submission(&metadata, pr_review_state("not a link"))),
    );
    assert_eq!(status, 200);
    let answer: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(answer["response_action"], "errors", "{answer}");
    let errors = answer["errors"].as_object().unwrap();
    assert_eq!(errors.keys().collect::<Vec<_>>(), ["pr_url"], "{answer}");
    assert!(gh.state().issues.is_empty());

    // Corrected: "Filing…" at once, then the issue, the link, the posts.
    let good = interaction(&submission(
        &metadata,
        pr_review_state("https://github.com/department-of-veterans-affairs/vets-api/pull/12345"),
    ));
    let first_ts = now();
    let sig = idreq::slack::signing::sign(SECRET, &first_ts.to_string(), good.as_bytes());
    let (status, body) = post_raw(
        addr,
        "/slack/interactions",
        &good,
        &first_ts.to_string(),
        &sig,
    );
    assert_eq!(status, 200);
    let answer: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(answer["response_action"], "update");
    assert!(
        answer["view"].to_string().contains("Filing your request"),
        "{answer}"
    );
    wait_for("the thread reply", || {
        slack.calls("chat.postMessage").len() >= 2
    });

    let issues = gh.state().issues.clone();
    assert_eq!(issues.len(), 1);
    let issue = &issues[0];
    assert_eq!(issue.title, format!("[PR review] {HOSTILE}"));
    assert!(issue.body.contains("id=slack-V0SLACK1"), "{}", issue.body);
    for answer in [
        "Jane Doe",
        "Claims Status",
        "@U777",
        "We need help from the Identity team with this request.",
        "https://github.com/department-of-veterans-affairs/vets-api/pull/12345",
        "localhost",
    ] {
        assert!(
            issue.body.contains(answer),
            "{answer} missing from\n{}",
            issue.body
        );
    }
    assert!(
        issue.labels.contains(&"type: pr-review".to_string()),
        "{:?}",
        issue.labels
    );

    let link_view = slack.calls("views.update").last().unwrap().body.to_string();
    assert!(
        link_view.contains(&format!("issues/{}", issue.number)),
        "{link_view}"
    );
    let posts = slack.calls("chat.postMessage");
    assert_eq!(posts.len(), 2, "the 429 was retried once, not posted twice");
    assert_eq!(posts[0].body["channel"], "CTEAM");
    assert!(posts[0].body["text"]
        .as_str()
        .unwrap()
        .contains("PR review"));
    assert!(posts[0].body["text"]
        .as_str()
        .unwrap()
        .contains(&format!("issues/{}", issue.number)));
    assert_eq!(posts[1].body["thread_ts"], "1700000000.000001");
    assert!(posts[1].body["text"]
        .as_str()
        .unwrap()
        .starts_with("<@U777>"));
    wait_for("the thread marker", || {
        gh.state().issues[0].comments.iter().any(|c| {
            c.body
                .contains("idreq slack channel=CTEAM ts=1700000000.000001")
        })
    });

    // A hostile title notifies nobody: escaped in every post and in the
    // filed view (the form's own text inputs echo what was typed, as plain text).
    let mut shown: Vec<String> = posts.iter().map(|p| p.body.to_string()).collect();
    shown.push(link_view.clone());
    for text in shown {
        assert!(
            !text.contains("<!channel>") && !text.contains("@here"),
            "{text}"
        );
    }
    assert!(posts[0].body["text"]
        .as_str()
        .unwrap()
        .contains("&lt;!channel&gt;"));

    // A redelivery of the same form (Slack signs it afresh) files nothing more.
    let updates_before = slack.calls("views.update").len();
    let ts = (first_ts - 1).to_string();
    let sig = idreq::slack::signing::sign(SECRET, &ts, good.as_bytes());
    assert_eq!(
        post_raw(addr, "/slack/interactions", &good, &ts, &sig).0,
        200
    );
    wait_for("the second link view", || {
        slack.calls("views.update").len() > updates_before
    });
    assert_eq!(gh.state().issues.len(), 1);
    assert_eq!(slack.calls("chat.postMessage").len(), 2);
}

#[test]
fn unsigned_badly_signed_stale_and_replayed_requests_are_refused() {
    let env = TestEnv::new();
    let gh = FakeGitHub::start();
    let slack = FakeSlack::start();
    let server = serve(&env, &gh, &slack);
    let addr = &server.addr;
    let body = form(&[
        ("command", "/identity-support"),
        ("text", ""),
        ("user_id", "U1"),
        ("channel_id", "C1"),
        ("trigger_id", "1.2.3"),
    ]);
    let ts = now().to_string();
    let good = idreq::slack::signing::sign(SECRET, &ts, body.as_bytes());
    let stale_ts = (now() - 600).to_string();
    let stale = idreq::slack::signing::sign(SECRET, &stale_ts, body.as_bytes());
    let other = idreq::slack::signing::sign("not-the-secret", &ts, body.as_bytes());
    assert_eq!(post_raw(addr, "/slack/commands", &body, &ts, "").0, 401);
    assert_eq!(post_raw(addr, "/slack/commands", &body, &ts, &other).0, 401);
    assert_eq!(
        post_raw(addr, "/slack/commands", &body, &stale_ts, &stale).0,
        401
    );
    assert_eq!(
        post_raw(addr, "/slack/interactions", &body, &ts, &other).0,
        401
    );
    // The genuine request is served once; its replay is refused.
    assert_eq!(post_raw(addr, "/slack/commands", &body, &ts, &good).0, 200);
    assert_eq!(post_raw(addr, "/slack/commands", &body, &ts, &good).0, 401);
    wait_for("views.open", || !slack.calls("views.open").is_empty());
    assert_eq!(
        slack.calls("views.open").len(),
        1,
        "only the genuine request opened a view"
    );
    assert!(gh.state().issues.is_empty());
    let log = server.stderr.lock().unwrap().clone();
    assert_eq!(
        log.lines().filter(|l| l.contains("refused")).count(),
        5,
        "{log}"
    );
    assert!(!log.contains(SECRET) && !log.contains(BOT_TOKEN));
}

#[test]
fn faq_from_the_slash_command_answers_privately_and_files_nothing() {
    let env = TestEnv::new();
    let gh = FakeGitHub::start();
    let slack = FakeSlack::start();
    let server = serve(&env, &gh, &slack);
    let body = form(&[
        ("command", "/identity-support"),
        ("text", "faq mocked authentication"),
        ("user_id", "U1"),
        ("channel_id", "C1"),
        ("trigger_id", "1.2.3"),
    ]);
    let (status, answer) = post(&server.addr, "/slack/commands", &body);
    assert_eq!(status, 200);
    let answer: Value = serde_json::from_str(&answer).unwrap();
    assert_eq!(answer["response_type"], "ephemeral");
    let text = answer["text"].as_str().unwrap();
    assert!(
        text.starts_with("From the Identity FAQ:") || text.starts_with("No FAQ entry matched"),
        "{text}"
    );
    assert!(slack.all_calls().is_empty());
    assert!(gh.state().issues.is_empty());
}

#[test]
fn the_manifest_registers_the_command_with_socket_mode_or_request_urls() {
    let env = TestEnv::new();
    let socket = env.json(&["slack", "manifest"]);
    assert_eq!(
        socket["features"]["slash_commands"][0]["command"],
        "/identity-support"
    );
    assert_eq!(socket["settings"]["socket_mode_enabled"], true);
    let http = env.json(&[
        "slack",
        "manifest",
        "--request-url",
        "https://idreq.example.gov/",
    ]);
    assert_eq!(http["settings"]["socket_mode_enabled"], false);
    assert_eq!(
        http["features"]["slash_commands"][0]["url"],
        "https://idreq.example.gov/slack/commands"
    );
    assert_eq!(
        http["settings"]["interactivity"]["request_url"],
        "https://idreq.example.gov/slack/interactions"
    );
}
