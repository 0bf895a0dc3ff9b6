//! A stateful fake GitHub REST API on 127.0.0.1: a small hand-written
//! HTTP/1.1 server on `std::net::TcpListener`, one thread per connection, so
//! tests have full control over faults (a reset mid-answer, a truncated
//! body, a slow answer, a 502 after the issue was created).
//!
//! It keeps issues, comments and labels, paginates with absolute `Link`
//! headers, answers the issue search, drops labels and assignees on create
//! for users without triage rights (as GitHub does), and logs every request.
//! JSON shapes follow the examples in GitHub's OpenAPI description
//! (`@octokit/openapi`), with absolute URLs in every `*_url` field.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

pub const TOKEN: &str = "ghp_TESTtoken0123456789abcdefABCDEF0123";
pub const OWNER: &str = "o";
pub const REPO: &str = "r";

/// What to do instead of (or besides) answering normally.
#[derive(Debug, Clone)]
pub enum Fault {
    /// Answer with this status, extra headers and body; nothing changes.
    Status {
        status: u16,
        headers: Vec<(String, String)>,
        body: String,
    },
    /// Wait, then answer normally.
    Sleep(Duration),
    /// Carry the request out, then close the connection without answering.
    HandleThenDrop,
    /// Carry the request out, then answer 502.
    HandleThen502,
    /// Close the connection at once; nothing happens.
    Drop,
    /// Carry the request out, then send only half of the JSON body.
    Truncate,
    /// Carry the request out, then change the JSON answer before sending it
    /// (extra or missing fields, hostile values).
    Rewrite(fn(&mut Value)),
}

/// A fault for requests to exactly `method` `path` (no query), `times` times.
#[derive(Debug, Clone)]
pub struct FaultRule {
    pub method: String,
    pub path: String,
    pub times: usize,
    pub fault: Fault,
}

/// One request the fake received.
#[derive(Debug, Clone)]
pub struct Logged {
    pub method: String,
    pub path: String,
    pub query: String,
    pub body: String,
    pub headers: BTreeMap<String, String>,
    pub started: Instant,
    pub finished: Option<Instant>,
    /// The status answered (0 until answered).
    pub status: u16,
}

#[derive(Debug, Clone)]
pub struct FakeComment {
    pub id: u64,
    pub author: String,
    pub body: String,
    pub created_at: String,
}

#[derive(Debug, Clone)]
pub struct FakeIssue {
    pub number: u64,
    pub title: String,
    pub body: String,
    pub labels: Vec<String>,
    pub assignees: Vec<String>,
    pub author: String,
    pub state: String,
    pub state_reason: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub closed_at: Option<String>,
    pub is_pr: bool,
    pub comments: Vec<FakeComment>,
}

#[derive(Debug, Clone)]
pub struct FakeLabel {
    pub name: String,
    pub color: String,
    pub description: Option<String>,
}

/// Everything the fake knows.
#[derive(Debug)]
pub struct State {
    pub issues: Vec<FakeIssue>,
    pub labels: Vec<FakeLabel>,
    pub login: String,
    /// `X-OAuth-Scopes`; `None` sends no header (fine-grained token).
    pub scopes: Option<String>,
    /// Rights on the repository: admin, maintain, push, triage, pull.
    pub triage: bool,
    pub repo_exists: bool,
    pub token: String,
    pub faults: Vec<FaultRule>,
    pub log: Vec<Logged>,
    /// Delay for list pages after the first (to see them overlap).
    pub page_delay: Duration,
    /// Answer a matching `If-None-Match` with 304 (off behind Prism: GitHub's
    /// OpenAPI description lists no 304 for these endpoints).
    pub not_modified: bool,
    next_id: u64,
    clock: u64,
}

/// The running fake.
pub struct FakeGitHub {
    pub port: u16,
    state: Arc<Mutex<State>>,
    stop: Arc<AtomicBool>,
}

impl Drop for FakeGitHub {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

impl FakeGitHub {
    /// Starts a fake for repository o/r, user `octocat`, with triage rights.
    pub fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().unwrap().port();
        let state = Arc::new(Mutex::new(State {
            issues: Vec::new(),
            labels: Vec::new(),
            login: "octocat".into(),
            scopes: Some("repo, read:org".into()),
            triage: true,
            repo_exists: true,
            token: TOKEN.into(),
            faults: Vec::new(),
            log: Vec::new(),
            page_delay: Duration::ZERO,
            not_modified: true,
            next_id: 1,
            clock: 0,
        }));
        let stop = Arc::new(AtomicBool::new(false));
        let (s, st) = (state.clone(), stop.clone());
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                if st.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let s = s.clone();
                std::thread::spawn(move || serve(conn, s, port));
            }
        });
        Self { port, state, stop }
    }

    /// The API base URL.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Adds a fault for the next `times` requests matching.
    pub fn fail(&self, method: &str, path: &str, times: usize, fault: Fault) {
        self.state().faults.push(FaultRule {
            method: method.into(),
            path: path.into(),
            times,
            fault,
        });
    }

    /// Returns the logged requests to exactly `method` `path` (any query).
    pub fn requests(&self, method: &str, path: &str) -> Vec<Logged> {
        self.state()
            .log
            .iter()
            .filter(|l| l.method == method && l.path == path)
            .cloned()
            .collect()
    }

    /// Adds an issue directly (as if filed on the web); returns its number.
    pub fn add_issue(&self, title: &str, body: &str, labels: &[&str], author: &str) -> u64 {
        let mut s = self.state();
        let now = s.tick();
        let number = s.issues.len() as u64 + 1;
        s.issues.push(FakeIssue {
            number,
            title: title.into(),
            body: body.into(),
            labels: labels.iter().map(|l| l.to_string()).collect(),
            assignees: Vec::new(),
            author: author.into(),
            state: "open".into(),
            state_reason: None,
            created_at: now.clone(),
            updated_at: now,
            closed_at: None,
            is_pr: false,
            comments: Vec::new(),
        });
        number
    }
}

impl State {
    fn tick(&mut self) -> String {
        self.clock += 1;
        let t = chrono::DateTime::parse_from_rfc3339("2026-11-30T15:00:00Z").unwrap()
            + chrono::Duration::seconds(self.clock as i64);
        t.with_timezone(&chrono::Utc)
            .format("%Y-%m-%dT%H:%M:%SZ")
            .to_string()
    }

    fn id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    fn take_fault(&mut self, method: &str, path: &str) -> Option<Fault> {
        let rule = self
            .faults
            .iter_mut()
            .find(|r| r.times > 0 && r.method == method && path == r.path)?;
        rule.times -= 1;
        Some(rule.fault.clone())
    }
}

/// An answer to send.
struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

fn answer(status: u16, body: Value) -> Answer {
    Answer {
        status,
        headers: Vec::new(),
        body: body.to_string(),
    }
}

fn error(status: u16, message: &str) -> Answer {
    answer(
        status,
        json!({"message": message, "documentation_url": "https://docs.github.com/rest"}),
    )
}

struct Request {
    method: String,
    path: String,
    query: String,
    headers: BTreeMap<String, String>,
    body: String,
}

fn read_request(stream: &mut TcpStream) -> Option<Request> {
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_string();
    let target = parts.next()?.to_string();
    let mut headers = BTreeMap::new();
    loop {
        let mut h = String::new();
        reader.read_line(&mut h).ok()?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            // A header sent twice is kept as HTTP folds it ("a, b"), so tests see repeats.
            headers
                .entry(k.trim().to_ascii_lowercase())
                .and_modify(|seen: &mut String| {
                    seen.push_str(", ");
                    seen.push_str(v.trim());
                })
                .or_insert_with(|| v.trim().to_string());
        }
    }
    let len: usize = headers
        .get("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; len];
    reader.read_exact(&mut body).ok()?;
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_string(), q.to_string()),
        None => (target, String::new()),
    };
    Some(Request {
        method,
        path,
        query,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

fn write_answer(stream: &mut TcpStream, a: &Answer, truncate: bool) {
    let reason = match a.status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        304 => "Not Modified",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    };
    let mut head = format!(
        "HTTP/1.1 {} {reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n",
        a.status,
        a.body.len()
    );
    for (k, v) in &a.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let body = if truncate {
        &a.body[..a.body.len() / 2]
    } else {
        &a.body[..]
    };
    let _ = stream.write_all(body.as_bytes());
    let _ = stream.flush();
}

fn serve(mut stream: TcpStream, state: Arc<Mutex<State>>, port: u16) {
    let Some(req) = read_request(&mut stream) else {
        return;
    };
    let index = {
        let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
        s.log.push(Logged {
            method: req.method.clone(),
            path: req.path.clone(),
            query: req.query.clone(),
            body: req.body.clone(),
            headers: req.headers.clone(),
            started: Instant::now(),
            finished: None,
            status: 0,
        });
        s.log.len() - 1
    };
    let fault = state
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .take_fault(&req.method, &req.path);
    let finish = |state: &Arc<Mutex<State>>| {
        state.lock().unwrap_or_else(|e| e.into_inner()).log[index].finished = Some(Instant::now());
    };
    match fault {
        Some(Fault::Drop) => {
            finish(&state);
            let _ = stream.shutdown(std::net::Shutdown::Both);
            return;
        }
        Some(Fault::Status {
            status,
            headers,
            body,
        }) => {
            write_answer(
                &mut stream,
                &Answer {
                    status,
                    headers,
                    body,
                },
                false,
            );
            finish(&state);
            return;
        }
        Some(Fault::Sleep(d)) => std::thread::sleep(d),
        _ => {}
    }
    let page_delay = state.lock().unwrap_or_else(|e| e.into_inner()).page_delay;
    if !page_delay.is_zero()
        && req.method == "GET"
        && query_param(&req.query, "page").is_some_and(|p| p != "1")
    {
        std::thread::sleep(page_delay);
    }
    let not_modified = state.lock().unwrap_or_else(|e| e.into_inner()).not_modified;
    let a = conditional(&req, handle(&req, &state, port), not_modified);
    finish(&state);
    state.lock().unwrap_or_else(|e| e.into_inner()).log[index].status = a.status;
    match fault {
        Some(Fault::HandleThenDrop) => {
            let _ = stream.shutdown(std::net::Shutdown::Both);
        }
        Some(Fault::HandleThen502) => write_answer(&mut stream, &error(502, "Server Error"), false),
        Some(Fault::Truncate) => write_answer(&mut stream, &a, true),
        Some(Fault::Rewrite(f)) => {
            let mut a = a;
            if let Ok(mut v) = serde_json::from_str::<Value>(&a.body) {
                f(&mut v);
                a.body = v.to_string();
            }
            write_answer(&mut stream, &a, false)
        }
        _ => write_answer(&mut stream, &a, false),
    }
}

/// Gives list answers (issues, searches) an ETag over body and `Link`, as
/// GitHub does, and answers a matching `If-None-Match` with 304.
fn conditional(req: &Request, mut a: Answer, not_modified: bool) -> Answer {
    use std::hash::{Hash, Hasher};
    let list = req.path.ends_with("/issues") || req.path == "/search/issues";
    if req.method != "GET" || a.status != 200 || !list {
        return a;
    }
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (&a.headers, &a.body).hash(&mut h);
    let etag = format!("W/\"{:016x}\"", h.finish());
    a.headers.push(("ETag".into(), etag.clone()));
    if not_modified && req.headers.get("if-none-match") == Some(&etag) {
        a.status = 304;
        a.body.clear();
    }
    a
}

/// Decodes a percent-encoded query value (`+` is a space).
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(b) => out.push(b),
                    Err(_) => out.push(b'%'),
                }
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub fn query_param(query: &str, name: &str) -> Option<String> {
    query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| decode(v))
}

/// Returns an example response from GitHub's OpenAPI description (the
/// committed subset used by the contract test), so large shapes like the
/// full repository are exactly GitHub's.
fn spec_example(name: &str) -> Value {
    static SPEC: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    let spec = SPEC.get_or_init(|| {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/contract/github-issues.openapi.json"
        );
        serde_json::from_str(&std::fs::read_to_string(path).expect("read the OpenAPI subset"))
            .expect("parse the OpenAPI subset")
    });
    spec["components"]["examples"][name]["value"].clone()
}

fn user_json(login: &str, base: &str) -> Value {
    json!({
        "login": login, "id": 583231, "node_id": "MDQ6VXNlcjU4MzIzMQ==",
        "avatar_url": "https://avatars.githubusercontent.com/u/583231?v=4", "gravatar_id": "",
        "url": format!("{base}/users/{login}"), "html_url": format!("https://github.com/{login}"),
        "followers_url": format!("{base}/users/{login}/followers"),
        "following_url": format!("{base}/users/{login}/following{{/other_user}}"),
        "gists_url": format!("{base}/users/{login}/gists{{/gist_id}}"),
        "starred_url": format!("{base}/users/{login}/starred{{/owner}}{{/repo}}"),
        "subscriptions_url": format!("{base}/users/{login}/subscriptions"),
        "organizations_url": format!("{base}/users/{login}/orgs"),
        "repos_url": format!("{base}/users/{login}/repos"),
        "events_url": format!("{base}/users/{login}/events{{/privacy}}"),
        "received_events_url": format!("{base}/users/{login}/received_events"),
        "type": "User", "site_admin": false
    })
}

fn label_json(l: &FakeLabel, base: &str, id: u64) -> Value {
    json!({
        "id": id, "node_id": "MDU6TGFiZWwyMDgwNDU5NDY=",
        "url": format!("{base}/repos/{OWNER}/{REPO}/labels/{}", encode(&l.name)),
        "name": l.name, "description": l.description, "color": l.color, "default": false
    })
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn issue_json(i: &FakeIssue, s: &State, base: &str) -> Value {
    let n = i.number;
    let repo_url = format!("{base}/repos/{OWNER}/{REPO}");
    let labels: Vec<Value> = i
        .labels
        .iter()
        .enumerate()
        .map(|(k, name)| {
            let l = s
                .labels
                .iter()
                .find(|l| &l.name == name)
                .cloned()
                .unwrap_or(FakeLabel {
                    name: name.clone(),
                    color: "ededed".into(),
                    description: None,
                });
            label_json(&l, base, 1000 + k as u64)
        })
        .collect();
    let assignees: Vec<Value> = i.assignees.iter().map(|a| user_json(a, base)).collect();
    let mut v = json!({
        "id": 1_000_000 + n, "node_id": "MDU6SXNzdWUx",
        "url": format!("{repo_url}/issues/{n}"),
        "repository_url": repo_url,
        "labels_url": format!("{repo_url}/issues/{n}/labels{{/name}}"),
        "comments_url": format!("{repo_url}/issues/{n}/comments"),
        "events_url": format!("{repo_url}/issues/{n}/events"),
        "html_url": format!("https://github.com/{OWNER}/{REPO}/issues/{n}"),
        "number": n, "state": i.state, "state_reason": i.state_reason,
        "title": i.title, "body": i.body,
        "user": user_json(&i.author, base),
        "labels": labels,
        "assignee": assignees.first().cloned().unwrap_or(Value::Null),
        "assignees": assignees,
        "milestone": null, "locked": false, "active_lock_reason": null,
        "comments": i.comments.len(),
        "closed_at": i.closed_at, "created_at": i.created_at, "updated_at": i.updated_at,
        "closed_by": null, "author_association": "CONTRIBUTOR"
    });
    if i.is_pr {
        v["pull_request"] = json!({
            "url": format!("{repo_url}/pulls/{n}"),
            "html_url": format!("https://github.com/{OWNER}/{REPO}/pull/{n}"),
            "diff_url": format!("https://github.com/{OWNER}/{REPO}/pull/{n}.diff"),
            "patch_url": format!("https://github.com/{OWNER}/{REPO}/pull/{n}.patch")
        });
    }
    v
}

fn comment_json(c: &FakeComment, number: u64, base: &str) -> Value {
    json!({
        "id": c.id, "node_id": "MDEyOklzc3VlQ29tbWVudDE=",
        "url": format!("{base}/repos/{OWNER}/{REPO}/issues/comments/{}", c.id),
        "html_url": format!("https://github.com/{OWNER}/{REPO}/issues/{number}#issuecomment-{}", c.id),
        "issue_url": format!("{base}/repos/{OWNER}/{REPO}/issues/{number}"),
        "body": c.body, "user": user_json(&c.author, base),
        "created_at": c.created_at, "updated_at": c.created_at,
        "author_association": "CONTRIBUTOR"
    })
}

/// Returns one page of `items` and the `Link` header for `path`.
fn paginate(items: Vec<Value>, req: &Request, base: &str) -> Answer {
    let per_page: usize = query_param(&req.query, "per_page")
        .and_then(|v| v.parse().ok())
        .unwrap_or(30)
        .clamp(1, 100);
    let page: usize = query_param(&req.query, "page")
        .and_then(|v| v.parse().ok())
        .unwrap_or(1)
        .max(1);
    let pages = items.len().div_ceil(per_page).max(1);
    let chunk: Vec<Value> = items
        .into_iter()
        .skip((page - 1) * per_page)
        .take(per_page)
        .collect();
    let other: Vec<&str> = req
        .query
        .split('&')
        .filter(|kv| !kv.starts_with("page=") && !kv.is_empty())
        .collect();
    let url = |p: usize| {
        let mut q = other.clone();
        let page = format!("page={p}");
        q.push(&page);
        format!("<{base}{}?{}>", req.path, q.join("&"))
    };
    let mut links = Vec::new();
    if page < pages {
        links.push(format!("{}; rel=\"next\"", url(page + 1)));
        links.push(format!("{}; rel=\"last\"", url(pages)));
    }
    if page > 1 {
        links.push(format!("{}; rel=\"first\"", url(1)));
        links.push(format!("{}; rel=\"prev\"", url(page - 1)));
    }
    let mut a = answer(200, Value::Array(chunk));
    if !links.is_empty() {
        a.headers.push(("Link".into(), links.join(", ")));
    }
    a
}

/// Splits a search query into terms, keeping quoted parts together.
fn search_terms(q: &str) -> Vec<String> {
    let mut terms = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in q.chars() {
        match c {
            '"' => quoted = !quoted,
            c if c.is_whitespace() && !quoted => {
                if !cur.is_empty() {
                    terms.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        terms.push(cur);
    }
    terms
}

fn search_matches(i: &FakeIssue, terms: &[String]) -> bool {
    terms.iter().all(|t| {
        if let Some(l) = t.strip_prefix("-label:") {
            !i.labels.iter().any(|x| x.eq_ignore_ascii_case(l))
        } else if let Some(l) = t.strip_prefix("label:") {
            i.labels.iter().any(|x| x.eq_ignore_ascii_case(l))
        } else if t == "is:issue" {
            !i.is_pr
        } else if t == "is:open" || t == "is:closed" {
            i.state == t[3..]
        } else if let Some(day) = t.strip_prefix("closed:>=") {
            i.closed_at.as_deref().is_some_and(|c| c[..10] >= *day)
        } else if t == "no:label" {
            i.labels.is_empty()
        } else if t.starts_with("repo:") || t.starts_with("in:") {
            true
        } else {
            i.body.to_lowercase().contains(&t.to_lowercase())
        }
    })
}

fn handle(req: &Request, state: &Arc<Mutex<State>>, port: u16) -> Answer {
    let base = format!("http://127.0.0.1:{port}");
    let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
    let auth = req
        .headers
        .get("authorization")
        .cloned()
        .unwrap_or_default();
    if auth != format!("Bearer {}", s.token) {
        return error(401, "Bad credentials");
    }
    let body: Value = serde_json::from_str(&req.body).unwrap_or(Value::Null);
    let repo_prefix = format!("/repos/{OWNER}/{REPO}");
    let segs: Vec<String> = req
        .path
        .trim_start_matches('/')
        .split('/')
        .map(decode)
        .collect();
    let segs: Vec<&str> = segs.iter().map(String::as_str).collect();
    let m = req.method.as_str();
    if m == "GET" && segs == ["user"] {
        let mut user =
            spec_example("private-user-response-with-public-and-private-profile-information");
        user["login"] = json!(s.login);
        let mut a = answer(200, user);
        if let Some(sc) = &s.scopes {
            a.headers.push(("X-OAuth-Scopes".into(), sc.clone()));
        }
        return a;
    }
    if m == "GET" && segs.len() == 2 && segs[0] == "search" && segs[1] == "issues" {
        let q = query_param(&req.query, "q").unwrap_or_default();
        let terms = search_terms(&q);
        let items: Vec<Value> = s
            .issues
            .iter()
            .filter(|i| search_matches(i, &terms))
            .map(|i| {
                let mut v = issue_json(i, &s, &base);
                v["score"] = json!(1.0);
                v
            })
            .collect();
        let total = items.len();
        let page = paginate(items, req, &base);
        let items: Value = serde_json::from_str(&page.body).unwrap();
        return Answer {
            status: 200,
            headers: page.headers,
            body: json!({"total_count": total, "incomplete_results": false, "items": items, "search_type": "lexical"})
                .to_string(),
        };
    }
    if !req.path.starts_with(&repo_prefix) {
        return error(404, "Not Found");
    }
    if !s.repo_exists {
        return error(404, "Not Found");
    }
    let rest = &segs[3..];
    match (m, rest) {
        ("GET", []) => {
            let t = s.triage;
            let mut repo = spec_example("full-repository-default-response");
            // GitHub's own example lacks `language`, which its schema requires.
            for key in ["source", "parent"] {
                if repo[key].is_object() {
                    repo[key]["language"] = json!(null);
                }
            }
            repo["language"] = json!(null);
            repo["name"] = json!(REPO);
            repo["full_name"] = json!(format!("{OWNER}/{REPO}"));
            repo["permissions"] =
                json!({"admin": false, "maintain": false, "push": t, "triage": t, "pull": true});
            answer(200, repo)
        }
        ("GET", ["issues"]) => {
            let state_q = query_param(&req.query, "state").unwrap_or_else(|| "open".into());
            let labels_q = query_param(&req.query, "labels").unwrap_or_default();
            let want: Vec<&str> = labels_q.split(',').filter(|l| !l.is_empty()).collect();
            let creator = query_param(&req.query, "creator");
            let desc = query_param(&req.query, "direction").as_deref() == Some("desc");
            let since = query_param(&req.query, "since");
            let mut items: Vec<&FakeIssue> = s
                .issues
                .iter()
                .filter(|i| state_q == "all" || i.state == state_q)
                .filter(|i| want.iter().all(|w| i.labels.iter().any(|l| l == w)))
                .filter(|i| creator.as_ref().is_none_or(|c| &i.author == c))
                .filter(|i| since.as_ref().is_none_or(|t| &i.updated_at >= t))
                .collect();
            if desc {
                items.reverse();
            }
            let items = items.iter().map(|i| issue_json(i, &s, &base)).collect();
            paginate(items, req, &base)
        }
        ("POST", ["issues"]) => {
            let Some(title) = body["title"].as_str().filter(|t| !t.is_empty()) else {
                return answer(
                    422,
                    json!({"message": "Validation Failed", "errors": [{"resource": "Issue", "code": "missing_field", "field": "title"}], "documentation_url": "https://docs.github.com/rest/issues/issues#create-an-issue"}),
                );
            };
            let strings = |v: &Value| -> Vec<String> {
                v.as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|x| x.as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default()
            };
            // GitHub drops labels and assignees silently without triage rights.
            let (labels, assignees) = if s.triage {
                (strings(&body["labels"]), strings(&body["assignees"]))
            } else {
                (Vec::new(), Vec::new())
            };
            for l in &labels {
                if !s.labels.iter().any(|x| &x.name == l) {
                    s.labels.push(FakeLabel {
                        name: l.clone(),
                        color: "ededed".into(),
                        description: None,
                    });
                }
            }
            let now = s.tick();
            let number = s.issues.len() as u64 + 1;
            let issue = FakeIssue {
                number,
                title: title.to_string(),
                body: body["body"].as_str().unwrap_or("").to_string(),
                labels,
                assignees,
                author: s.login.clone(),
                state: "open".into(),
                state_reason: None,
                created_at: now.clone(),
                updated_at: now,
                closed_at: None,
                is_pr: false,
                comments: Vec::new(),
            };
            s.issues.push(issue);
            let v = issue_json(s.issues.last().unwrap(), &s, &base);
            let mut a = answer(201, v);
            a.headers.push((
                "Location".into(),
                format!("{base}/repos/{OWNER}/{REPO}/issues/{number}"),
            ));
            a
        }
        (_, ["issues", n, tail @ ..]) => {
            let Some(idx) = n
                .parse::<u64>()
                .ok()
                .and_then(|n| s.issues.iter().position(|i| i.number == n))
            else {
                return error(404, "Not Found");
            };
            let number = s.issues[idx].number;
            match (m, tail) {
                ("GET", []) => answer(200, issue_json(&s.issues[idx], &s, &base)),
                ("PATCH", []) => {
                    let now = s.tick();
                    let i = &mut s.issues[idx];
                    if let Some(st) = body["state"].as_str() {
                        i.state = st.to_string();
                        i.closed_at = (st == "closed").then(|| now.clone());
                        i.state_reason = body["state_reason"]
                            .as_str()
                            .map(str::to_string)
                            .or_else(|| (st == "closed").then(|| "completed".into()));
                    }
                    if let Some(a) = body["assignees"].as_array() {
                        i.assignees = a
                            .iter()
                            .filter_map(|x| x.as_str().map(str::to_string))
                            .collect();
                    }
                    i.updated_at = now;
                    answer(200, issue_json(&s.issues[idx], &s, &base))
                }
                ("POST", ["labels"]) => {
                    let add: Vec<String> = body["labels"]
                        .as_array()
                        .map(|a| {
                            a.iter()
                                .filter_map(|x| x.as_str().map(str::to_string))
                                .collect()
                        })
                        .unwrap_or_default();
                    for l in add {
                        if !s.issues[idx].labels.contains(&l) {
                            s.issues[idx].labels.push(l);
                        }
                    }
                    let labels = issue_json(&s.issues[idx], &s, &base)["labels"].clone();
                    answer(200, labels)
                }
                ("DELETE", ["labels", name]) => {
                    let i = &mut s.issues[idx];
                    let Some(p) = i.labels.iter().position(|l| l == name) else {
                        return error(404, "Label does not exist");
                    };
                    i.labels.remove(p);
                    let labels = issue_json(&s.issues[idx], &s, &base)["labels"].clone();
                    answer(200, labels)
                }
                ("GET", ["comments"]) => {
                    let items = s.issues[idx]
                        .comments
                        .iter()
                        .map(|c| comment_json(c, number, &base))
                        .collect();
                    paginate(items, req, &base)
                }
                ("POST", ["comments"]) => {
                    let Some(text) = body["body"].as_str() else {
                        return error(422, "Validation Failed");
                    };
                    let id = s.id();
                    let now = s.tick();
                    let c = FakeComment {
                        id,
                        author: s.login.clone(),
                        body: text.to_string(),
                        created_at: now,
                    };
                    s.issues[idx].comments.push(c.clone());
                    answer(201, comment_json(&c, number, &base))
                }
                _ => error(404, "Not Found"),
            }
        }
        ("GET", ["labels"]) => {
            let items = s
                .labels
                .iter()
                .enumerate()
                .map(|(k, l)| label_json(l, &base, 100 + k as u64))
                .collect();
            paginate(items, req, &base)
        }
        ("POST", ["labels"]) => {
            let name = body["name"].as_str().unwrap_or("").to_string();
            if s.labels.iter().any(|l| l.name.eq_ignore_ascii_case(&name)) {
                return answer(
                    422,
                    json!({"message": "Validation Failed", "errors": [{"resource": "Label", "code": "already_exists", "field": "name"}]}),
                );
            }
            let l = FakeLabel {
                name,
                color: body["color"].as_str().unwrap_or("ededed").to_string(),
                description: body["description"].as_str().map(str::to_string),
            };
            s.labels.push(l.clone());
            answer(201, label_json(&l, &base, 100 + s.labels.len() as u64))
        }
        ("PATCH", ["labels", name]) => {
            let Some(l) = s.labels.iter_mut().find(|l| l.name == *name) else {
                return error(404, "Not Found");
            };
            if let Some(n) = body["new_name"].as_str() {
                l.name = n.to_string();
            }
            if let Some(c) = body["color"].as_str() {
                l.color = c.to_string();
            }
            if let Some(d) = body["description"].as_str() {
                l.description = Some(d.to_string());
            }
            let l = l.clone();
            answer(200, label_json(&l, &base, 100))
        }
        _ => error(404, "Not Found"),
    }
}

/// A command for the real binary pointed at `fake` as the GitHub tracker,
/// with the fake's token in GH_TOKEN and no keyring.
pub fn gh_cmd(env: &super::TestEnv, fake: &FakeGitHub) -> std::process::Command {
    let mut c = env.cmd();
    c.env("IDREQ_TRACKER", "github")
        .env("IDREQ_REPO", format!("{OWNER}/{REPO}"))
        .env("IDREQ_GITHUB_API_URL", fake.url())
        .env("GH_TOKEN", TOKEN)
        .env("IDREQ_KEYRING", "none");
    c
}

/// Runs `gh_cmd` with `args`.
pub fn gh_run(env: &super::TestEnv, fake: &FakeGitHub, args: &[&str]) -> std::process::Output {
    gh_cmd(env, fake).args(args).output().expect("run idreq")
}

/// The `new` arguments for a valid request of `kind`.
pub fn new_args(kind: &str, title: &str) -> Vec<String> {
    super::new_request_args(kind, title, &[])
}

/// A minimal idreq-marked body of a PR review request `id`.
pub fn marked_body(id: &str) -> String {
    format!("<!-- idreq v=1 type=pr-review id={id} -->\n\n### Details\n\nPlease review.\n")
}

/// Files a valid PR review titled `title` through the fake.
pub fn file(env: &super::TestEnv, fake: &FakeGitHub, title: &str) -> std::process::Output {
    let args = new_args("pr-review", title);
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    gh_run(env, fake, &refs)
}

/// Asserts success and parses stdout as JSON.
pub fn json_of(out: &std::process::Output) -> serde_json::Value {
    super::assert_success(out);
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", super::stdout(out)))
}
