//! A fake Slack Web API on 127.0.0.1: answers `views.open`, `views.update`
//! and `chat.postMessage` as Slack does, checks the bot token, records
//! every call, and can answer 429 with `Retry-After` first.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use serde_json::{json, Value};

pub const BOT_TOKEN: &str = "xoxb-test-bot-token";

/// One Web API call.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub body: Value,
}

#[derive(Default)]
struct State {
    calls: Vec<Call>,
    /// 429s still to answer, per method.
    throttle: Vec<String>,
    next_ts: u64,
}

pub struct FakeSlack {
    pub port: u16,
    state: Arc<Mutex<State>>,
}

impl FakeSlack {
    pub fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().unwrap().port();
        let state = Arc::new(Mutex::new(State::default()));
        let s = state.clone();
        std::thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                let s = s.clone();
                std::thread::spawn(move || serve(conn, s));
            }
        });
        Self { port, state }
    }

    /// The Web API base URL (`IDREQ_SLACK_API_URL`).
    pub fn api_url(&self) -> String {
        format!("http://127.0.0.1:{}/api", self.port)
    }

    /// The calls to `method`, in order.
    pub fn calls(&self, method: &str) -> Vec<Call> {
        let s = self.state.lock().unwrap();
        s.calls
            .iter()
            .filter(|c| c.method == method)
            .cloned()
            .collect()
    }

    /// Every call.
    pub fn all_calls(&self) -> Vec<Call> {
        self.state.lock().unwrap().calls.clone()
    }

    /// Answers the next call to `method` with 429, `Retry-After: 0`.
    pub fn throttle_once(&self, method: &str) {
        self.state.lock().unwrap().throttle.push(method.into());
    }
}

fn serve(mut conn: TcpStream, state: Arc<Mutex<State>>) {
    let mut reader = BufReader::new(conn.try_clone().unwrap());
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let path = line.split_whitespace().nth(1).unwrap_or("").to_string();
        let (mut len, mut auth) = (0usize, String::new());
        loop {
            let mut h = String::new();
            if reader.read_line(&mut h).unwrap_or(0) == 0 {
                return;
            }
            let h = h.trim_end();
            if h.is_empty() {
                break;
            }
            let (name, value) = h.split_once(':').unwrap_or((h, ""));
            match name.to_ascii_lowercase().as_str() {
                "content-length" => len = value.trim().parse().unwrap_or(0),
                "authorization" => auth = value.trim().to_string(),
                _ => {}
            }
        }
        let mut body = vec![0; len];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        let method = path.trim_start_matches("/api/").to_string();
        let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        let (status, answer) = answer(&state, &method, &auth, body);
        let text = answer.to_string();
        let extra = if status == 429 {
            "Retry-After: 0\r\n"
        } else {
            ""
        };
        let head = format!(
            "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\n{extra}\r\n",
            text.len()
        );
        if conn
            .write_all(head.as_bytes())
            .and_then(|_| conn.write_all(text.as_bytes()))
            .is_err()
        {
            return;
        }
    }
}

fn answer(state: &Mutex<State>, method: &str, auth: &str, body: Value) -> (u16, Value) {
    let mut s = state.lock().unwrap();
    if let Some(i) = s.throttle.iter().position(|m| m == method) {
        s.throttle.remove(i);
        return (429, json!({"ok": false, "error": "ratelimited"}));
    }
    if auth != format!("Bearer {BOT_TOKEN}") {
        return (200, json!({"ok": false, "error": "not_authed"}));
    }
    s.calls.push(Call {
        method: method.into(),
        body: body.clone(),
    });
    match method {
        "views.open" => (
            200,
            json!({"ok": true, "view": {"id": "V0SLACK1", "hash": "h1"}}),
        ),
        "views.update" => (200, json!({"ok": true, "view": {"id": body["view_id"]}})),
        "chat.postMessage" => {
            s.next_ts += 1;
            let ts = format!("1700000000.{:06}", s.next_ts);
            (
                200,
                json!({"ok": true, "channel": body["channel"], "ts": ts}),
            )
        }
        _ => (200, json!({"ok": false, "error": "unknown_method"})),
    }
}
