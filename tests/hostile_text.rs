//! Untrusted text: titles, bodies, comments, labels and logins from the
//! tracker carrying ANSI and OSC escape sequences (OSC 8 hyperlinks, window
//! titles), carriage returns, C1 controls, bidi overrides and 10,000-character
//! lines. Every command that prints tracker text must show it safely, in
//! plain output, in a terminal (through a pty) and in JSON.

use std::path::Path;
use std::process::Output;
use std::time::Duration;

use serde_json::Value;

use crate::common::fake_github::*;
use crate::common::*;

/// Every trick at once. `pwned` and `evil.example` only appear inside escape
/// sequences, so neither may ever reach a terminal.
const HOSTILE: &str = concat!(
    "\x1b[31mRED\x1b[0m ",
    "\x1b]0;pwned\x07 ",
    "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\ ",
    "fine\rFORGED ",
    "\u{202e}gnp.exe\u{202c} ",
    "\u{9b}2J\u{9d}0;pwned\u{9c} ",
    "\x1bP+qpwned\x1b\\ ",
    "bell\x07 back\x08space \x1b[2K\x1bc"
);

fn long() -> String {
    "L".repeat(10_000)
}

fn is_bidi(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// Text shown to a person: no escape, no BEL, no C1, no bidi control, no CR
/// (a pty turns "\n" into "\r\n", so `in_pty` allows a CR right before LF).
fn assert_safe(what: &str, text: &str, in_pty: bool) {
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let cr_ok = in_pty && c == '\r' && chars.get(i + 1) == Some(&'\n');
        let bad = c == '\u{1b}'
            || c == '\u{7}'
            || ('\u{80}'..='\u{9f}').contains(&c)
            || is_bidi(c)
            || (c == '\r' && !cr_ok)
            || (c.is_control() && !matches!(c, '\n' | '\t' | '\r'));
        assert!(
            !bad,
            "{what}: unsafe character U+{:04X} at {i}: …{}…",
            c as u32,
            chars[i.saturating_sub(30)..(i + 30).min(chars.len())]
                .iter()
                .collect::<String>()
                .escape_debug()
        );
    }
    for secret in ["pwned", "evil.example"] {
        assert!(!text.contains(secret), "{what}: {secret:?} leaked:\n{text}");
    }
}

fn assert_output_safe(what: &str, out: &Output) {
    assert!(
        out.status.success(),
        "{what}: exit {:?}\n{}",
        out.status.code(),
        stderr(out)
    );
    assert_safe(&format!("{what} (stdout)"), &stdout(out), false);
    assert_safe(&format!("{what} (stderr)"), &stderr(out), false);
}

/// JSON keeps the text exactly, with control characters escaped.
fn assert_json_safe(what: &str, out: &Output) -> Value {
    assert!(out.status.success(), "{what}: {}", stderr(out));
    for &b in &out.stdout {
        assert!(
            b >= 0x20 || b == b'\n',
            "{what}: raw control byte 0x{b:02x} in JSON"
        );
    }
    assert_safe(&format!("{what} (stderr)"), &stderr(out), false);
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{what}: not JSON: {e}"))
}

/// An issue body in idreq's format with `value` as every answer.
fn hostile_body(id: &str, value: &str) -> String {
    let catalogue = idreq::request::Catalogue::bundled();
    let t = catalogue.get("pr-review").unwrap();
    let mut body = format!("<!-- idreq v=1 type=pr-review id={id} -->\n\n");
    for spec in catalogue.fields_of(t) {
        body.push_str(&format!("### {}\n\n{value}\n\n", spec.label));
    }
    body
}

/// Text-mode and JSON commands that print tracker text.
const TEXT_COMMANDS: &[&[&str]] = &[
    &["show", "1"],
    &["show", "2"],
    &["show", "3"],
    &["list"],
    &["list", "--state", "all"],
    &["list", "--mine"],
    &["triage"],
    &["triage", "--list"],
    &["triage", "--explain"],
    &["board"],
    &["board", "--format", "markdown"],
    &["board", "--group-by", "assignee"],
    &["board", "--group-by", "assignee", "--format", "markdown"],
    &["board", "--group-by", "type"],
    &["board", "--group-by", "priority"],
    &["report"],
    &["report", "--format", "markdown"],
];

const JSON_COMMANDS: &[&[&str]] = &[
    &["show", "1", "--json"],
    &["list", "--json"],
    &["list", "--mine", "--json"],
    &["triage", "--json"],
    &["board", "--json"],
    &["report", "--json"],
];

fn seed_github(fake: &FakeGitHub) {
    let hostile_login = "evil\x1b[8m-login\x1b]0;pwned\x07\u{202e}";
    let n1 = fake.add_issue(
        &format!("[PR review] {HOSTILE}"),
        &hostile_body("hostile1", HOSTILE),
        &[
            "identity-request",
            "type: pr-review",
            "status: new",
            "\x1b]0;pwned\x07label\u{202e}",
        ],
        hostile_login,
    );
    let n2 = fake.add_issue(
        &format!("[PR review] {}", long()),
        &hostile_body("hostile2", &long()),
        &["identity-request", "type: pr-review", "status: new"],
        &long(),
    );
    let n3 = fake.add_issue(
        &format!("[PR review] mine {HOSTILE}"),
        &hostile_body("hostile3", HOSTILE),
        &[
            "identity-request",
            "type: pr-review",
            "status: triaged",
            "priority: P2",
            "estimate: M",
        ],
        "octocat",
    );
    let mut s = fake.state();
    s.issues[n1 as usize - 1].assignees = vec![hostile_login.into()];
    s.issues[n2 as usize - 1].assignees = vec![long()];
    s.issues[n3 as usize - 1].assignees = vec![hostile_login.into(), "octocat".into()];
    for i in [n1, n2, n3] {
        s.issues[i as usize - 1].comments.push(FakeComment {
            id: 100 + i,
            author: hostile_login.into(),
            body: format!("{HOSTILE}\n{HOSTILE}\n{}", long()),
            created_at: "2026-11-30T16:00:00Z".into(),
        });
    }
}

#[test]
fn hostile_github_text_is_shown_safely_by_every_command() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    seed_github(&fake);
    for args in TEXT_COMMANDS {
        let out = gh_run(&env, &fake, args);
        assert_output_safe(&format!("{args:?}"), &out);
    }
    // The text is still there, just defused.
    let shown = stdout(&gh_run(&env, &fake, &["show", "1"]));
    assert!(shown.contains("RED  click fineFORGED gnp.exe"), "{shown}");
    assert!(shown.contains("opened by evil-login"), "{shown}");
    let board = stdout(&gh_run(&env, &fake, &["board"]));
    // Piped output keeps whole values (one long title and one long login on
    // a line; the login again in the load summary), but nothing multiplies them.
    assert!(board.lines().count() < 40, "{}", board.lines().count());
    assert!(board.len() < 4 * 10_000, "{}", board.len());
    let md = stdout(&gh_run(&env, &fake, &["board", "--format", "markdown"]));
    assert!(md.len() < 4 * 10_000, "{}", md.len());
    for args in JSON_COMMANDS {
        let out = gh_run(&env, &fake, args);
        assert_json_safe(&format!("{args:?}"), &out);
    }
    // JSON is exact: scripts get the text as the tracker holds it.
    let v = assert_json_safe(
        "show 1 --json",
        &gh_run(&env, &fake, &["show", "1", "--json"]),
    );
    assert_eq!(v["title"], format!("[PR review] {HOSTILE}"));
    assert_eq!(v["fields"]["details"], HOSTILE);

    // Actions print the posted reply, which quotes the requester's answers.
    for args in [
        &[
            "triage",
            "accept",
            "1",
            "--priority",
            "P2",
            "--assignee",
            "octocat",
        ][..],
        &["update", "3", "--status", "in-progress", "--message", "ok"],
        &["triage", "need-info", "2", "--message", "more please"],
        &["close", "3", "--reason", "done"],
    ] {
        let out = gh_run(&env, &fake, args);
        assert_output_safe(&format!("{args:?}"), &out);
    }

    // GitHub's own messages are quoted in errors.
    fake.fail(
        "GET",
        "/repos/o/r/issues/1",
        1,
        Fault::Status {
            status: 422,
            headers: vec![],
            body: serde_json::json!({"message": HOSTILE, "errors": [HOSTILE]}).to_string(),
        },
    );
    let out = gh_run(&env, &fake, &["show", "1"]);
    assert_code(&out, 1);
    assert_safe("422 message", &stderr(&out), false);
    assert!(stderr(&out).contains("RED  click"), "{}", stderr(&out));
}

#[test]
fn hostile_github_login_and_issue_url_are_shown_safely() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    fake.state().login = "octo\x1b]0;pwned\x07cat\u{202e}".into();
    // `auth status` and `auth login` print the token owner's login.
    let out = gh_run(&env, &fake, &["auth", "status"]);
    assert_output_safe("auth status", &out);
    assert!(
        stdout(&out).contains("logged in as octocat"),
        "{}",
        stdout(&out)
    );
    let out = gh_cmd(&env, &fake)
        .env_remove("GH_TOKEN")
        .args(["auth", "login", "--with-token", "--insecure-storage"])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(TOKEN.as_bytes())?;
            c.wait_with_output()
        })
        .unwrap();
    assert_output_safe("auth login", &out);

    // The address GitHub returns for a new issue is printed after filing.
    fn hostile_url(v: &mut Value) {
        v["html_url"] = Value::String(
            "https://github.com/o/r/issues/1\x1b]8;;https://evil.example\x07\u{202e}".into(),
        );
    }
    fake.fail("POST", "/repos/o/r/issues", 1, Fault::Rewrite(hostile_url));
    fake.fail("GET", "/repos/o/r/issues/1", 9, Fault::Rewrite(hostile_url));
    let args: Vec<String> = new_args("pr-review", "Hostile address")
        .into_iter()
        .filter(|a| a != "--json")
        .collect();
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = gh_run(&env, &fake, &refs);
    assert_output_safe("new", &out);
    assert!(
        stdout(&out).starts_with("https://github.com/o/r/issues/1"),
        "{}",
        stdout(&out)
    );
    let out = gh_run(&env, &fake, &["show", "1"]);
    assert_output_safe("show with a hostile url", &out);
}

/// Makes the local tracker's requests hostile, straight in its SQLite file.
fn poison_local(data_dir: &Path) {
    let conn = rusqlite::Connection::open(data_dir.join("requests.sqlite3")).unwrap();
    let login = "loc\x1b]0;pwned\x07al\u{202e}";
    conn.execute(
        "UPDATE issues SET title = ?1, author = ?2, assignees = ?3, body = ?4 WHERE number = 1",
        rusqlite::params![
            format!("[PR review] {HOSTILE}"),
            login,
            serde_json::json!([login]).to_string(),
            hostile_body("hostile1", HOSTILE)
        ],
    )
    .unwrap();
    conn.execute(
        "UPDATE issues SET title = ?1, assignees = ?2, body = ?3, labels = ?4 WHERE number = 2",
        rusqlite::params![
            format!("[PR review] {}", long()),
            serde_json::json!([long()]).to_string(),
            hostile_body("hostile2", &long()),
            serde_json::json!([
                "identity-request",
                "type: pr-review",
                "status: triaged",
                "priority: P1",
                "\x1b]0;pwned\x07"
            ])
            .to_string()
        ],
    )
    .unwrap();
    for n in [1, 2, 3] {
        conn.execute(
            "INSERT INTO comments (number, author, body, created_at) VALUES (?1, ?2, ?3, ?4)",
            rusqlite::params![
                n,
                login,
                format!("{HOSTILE}\n{}", long()),
                "2026-11-30T16:00:00Z"
            ],
        )
        .unwrap();
    }
}

fn seed_local(env: &TestEnv) {
    // What validation lets through from the requester's side: escapes and
    // bidi controls in a one-line title and in the answers.
    let sneaky = "\x1b]0;pwned\x07Title \u{202e}with tricks \x1b[5m";
    env.file("pr-review", sneaky, &[&format!("details={HOSTILE}")]);
    env.file("pr-review", "Second request", &[]);
    env.file("mock-auth", &format!("Mine {sneaky}"), &[]);
    poison_local(&env.data_dir());
}

#[test]
fn hostile_local_text_is_shown_safely_by_every_command() {
    let env = TestEnv::new();
    seed_local(&env);
    for args in TEXT_COMMANDS {
        let out = env.run(args);
        assert_output_safe(&format!("local {args:?}"), &out);
    }
    for args in JSON_COMMANDS {
        let out = env.run(args);
        assert_json_safe(&format!("local {args:?}"), &out);
    }
    let out = env.run(&["drafts", "list"]);
    assert_output_safe("drafts list", &out);
}

/// Runs idreq in a pseudo-terminal (so tables are drawn with comfy-table)
/// and returns everything it wrote.
fn run_in_pty(env: &TestEnv, args: &[&str], color: bool) -> String {
    use expectrl::{Eof, Expect, Session};
    let mut cmd = env.terminal_cmd();
    cmd.args(args);
    if color {
        cmd.env_remove("NO_COLOR");
    }
    let mut p = Session::spawn(cmd).expect("spawn in a pty");
    p.set_expect_timeout(Some(Duration::from_secs(30)));
    let seen = p.expect(Eof).expect("output until the end");
    String::from_utf8_lossy(seen.as_bytes()).into_owned()
}

#[test]
fn hostile_text_in_terminal_tables_is_shown_safely() {
    let env = TestEnv::new();
    seed_local(&env);
    for args in [
        &["list"][..],
        &["list", "--mine"],
        &["board"],
        &["board", "--group-by", "assignee"],
        &["show", "1"],
        &["show", "2"],
        &["triage", "--list", "--explain"],
        &["drafts", "list"],
    ] {
        let text = run_in_pty(&env, args, false);
        assert!(!text.trim().is_empty(), "{args:?}: no output");
        assert_safe(&format!("pty {args:?}"), &text, true);
        if args[0] == "list" || args[0] == "board" {
            // Drawn as a table, fitted to the terminal.
            assert!(text.contains('│'), "{args:?}: not a table:\n{text}");
        }
    }
    // With colour on, idreq's own styling is the only escape sequence: SGR
    // (ESC [ … m), never OSC, window titles, hyperlinks or cursor moves.
    for args in [&["show", "1"][..], &["list"], &["board"]] {
        let text = run_in_pty(&env, args, true);
        let defused = strip_sgr(&text);
        assert_safe(&format!("pty colour {args:?}"), &defused, true);
    }
}

/// Removes `ESC [ digits/; m` (colour and bold), leaving anything else.
fn strip_sgr(text: &str) -> String {
    let re = regex::Regex::new("\x1b\\[[0-9;]*m").unwrap();
    re.replace_all(text, "").into_owned()
}

/// The interactive triage session shows each request's title, author,
/// reasons and answers in a terminal: none of the hostile text may act on it.
/// Driven through util-linux `script` (a real pty), skipping every request.
/// The session's own prompt redraws with CSI sequences (colour, clear line)
/// and carriage returns, so those are removed first; what must never appear
/// is an OSC (titles, hyperlinks), a DCS, BEL, C1 controls, bidi overrides or
/// the text hidden inside the escapes.
#[test]
fn hostile_text_in_the_interactive_triage_session_is_shown_safely() {
    use std::io::Write;
    let env = TestEnv::new();
    seed_local(&env);
    let idreq = env.terminal_cmd();
    let mut cmd = with_env_of(&idreq, "timeout");
    cmd.args(["60", "script", "-qec"])
        .arg(format!("{} triage", idreq.get_program().to_string_lossy()))
        .arg("/dev/null")
        .env_remove("NO_COLOR")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped());
    let mut child = cmd.spawn().expect("script(1) from util-linux");
    let mut keys = child.stdin.take().unwrap();
    // One key per request, then quit; the session reads them as it asks.
    for key in ["s", "s", "s", "q"] {
        std::thread::sleep(Duration::from_millis(700));
        let _ = keys.write_all(key.as_bytes());
        let _ = keys.flush();
    }
    let out = child.wait_with_output().unwrap();
    let seen = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(0), "{seen}");
    assert!(seen.contains("Action?"), "no session prompt:\n{seen}");
    let own_redraws = regex::Regex::new("\x1b\\[[0-9;?]*[A-Za-z]|\r").unwrap();
    assert_safe("triage session", &own_redraws.replace_all(&seen, ""), true);
    assert!(seen.contains("Title with tricks"), "{seen}");
    assert!(seen.contains("fine"), "the answers were not shown:\n{seen}");
}
