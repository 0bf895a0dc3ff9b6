//! The token never appears in any output, error, trace or file: every
//! command, and every failure path (401, 403, 422, 5xx, rate limits,
//! timeouts, refused and broken connections, unreadable answers), with
//! tracing and backtraces switched on, then a grep of every file idreq could
//! have written (data folder, drafts, config, caches, HOME).

use std::path::Path;
use std::process::Output;
use std::time::Duration;

use crate::common::fake_github::*;
use crate::common::*;

/// Parts of the token that must never show up, whole or in part.
fn token_parts() -> Vec<&'static str> {
    vec![TOKEN, &TOKEN[4..20], &TOKEN[TOKEN.len() - 16..]]
}

fn assert_no_token(what: &str, text: &str) {
    for part in token_parts() {
        assert!(!text.contains(part), "{what}: token leaked:\n{text}");
    }
    assert!(
        !text.to_ascii_lowercase().contains("bearer"),
        "{what}: an Authorization header leaked:\n{text}"
    );
}

/// The GitHub command for `fake`, with every cache and config folder inside
/// the sandbox and every trace switch on.
fn cmd(env: &TestEnv, fake: &FakeGitHub) -> std::process::Command {
    let mut c = gh_cmd(env, fake);
    c.env("XDG_CACHE_HOME", env.path().join("xdg-cache"))
        .env("XDG_STATE_HOME", env.path().join("xdg-state"))
        .env("RUST_LOG", "trace")
        .env("IDREQ_VERBOSE", "1")
        .env("RUST_BACKTRACE", "1");
    c
}

fn run(env: &TestEnv, fake: &FakeGitHub, args: &[&str]) -> Output {
    cmd(env, fake).args(args).output().expect("run idreq")
}

fn new_request(env: &TestEnv, fake: &FakeGitHub, title: &str) -> Output {
    let args = new_args("pr-review", title);
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    run(env, fake, &refs)
}

fn status(code: u16, body: &str) -> Fault {
    Fault::Status {
        status: code,
        headers: vec![],
        body: body.into(),
    }
}

/// Every file under `dir`, except the one the user asked to hold the token.
fn grep_files(dir: &Path, allowed: &Path) -> usize {
    let mut files = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path != allowed {
                files += 1;
                let bytes = std::fs::read(&path).unwrap();
                assert_no_token(
                    &path.display().to_string(),
                    &String::from_utf8_lossy(&bytes),
                );
            }
        }
    }
    files
}

#[test]
fn secrets_token_never_appears_in_output_errors_traces_or_files() {
    let env = TestEnv::new();
    env.write_config("tracker = \"github\"\n[github]\nread_timeout_secs = 1\n");
    let fake = FakeGitHub::start();
    let mut outputs: Vec<(String, Output)> = Vec::new();
    let mut record = |what: &str, out: Output| outputs.push((what.to_string(), out));

    // Successful commands of every kind.
    record("new", new_request(&env, &fake, "Secret check one"));
    record("new 2", new_request(&env, &fake, "Secret check two"));
    for args in [
        &["show", "1"][..],
        &["show", "1", "--json"],
        &["list"],
        &["list", "--mine", "--json"],
        &["triage", "--explain"],
        &["board"],
        &["board", "--json"],
        &["report"],
        &["auth", "status"],
        &["auth", "status", "--json"],
        &["labels", "sync"],
        &["config", "show"],
        &["drafts", "list"],
        &[
            "triage",
            "accept",
            "1",
            "--priority",
            "P2",
            "--assignee",
            "@me",
        ],
        &["update", "1", "--status", "in-progress"],
        &["close", "2", "--reason", "done"],
    ] {
        record(&format!("{args:?}"), run(&env, &fake, args));
    }

    // The --verbose trace was on: it names each request, never its headers.
    let board = run(&env, &fake, &["board", "--verbose"]);
    assert!(
        stderr(&board).contains("GET /repos/o/r/issues?") && stderr(&board).contains("→ 200"),
        "{}",
        stderr(&board)
    );
    record("board --verbose", board);

    // Failures on reads.
    let faults: Vec<(&str, &str, Fault)> = vec![
        (
            "GET",
            "/repos/o/r/issues/1",
            status(401, "{\"message\":\"Bad credentials\"}"),
        ),
        (
            "GET",
            "/repos/o/r/issues/1",
            status(
                403,
                "{\"message\":\"Resource not accessible by integration\"}",
            ),
        ),
        (
            "GET",
            "/repos/o/r/issues/1",
            Fault::Status {
                status: 403,
                headers: vec![
                    ("X-RateLimit-Remaining".into(), "0".into()),
                    ("X-RateLimit-Reset".into(), "1796054400".into()),
                ],
                body: "{\"message\":\"API rate limit exceeded\"}".into(),
            },
        ),
        (
            "GET",
            "/repos/o/r/issues/1",
            status(422, "{\"message\":\"Validation Failed\"}"),
        ),
        (
            "GET",
            "/repos/o/r/issues/1",
            status(500, "{\"message\":\"Server Error\"}"),
        ),
        (
            "GET",
            "/repos/o/r/issues/1",
            status(502, "<html>bad gateway</html>"),
        ),
        ("GET", "/repos/o/r/issues/1", status(200, "not json")),
        ("GET", "/repos/o/r/issues/1", Fault::Truncate),
        ("GET", "/repos/o/r/issues/1", Fault::Drop),
        (
            "GET",
            "/repos/o/r/issues/1",
            Fault::Sleep(Duration::from_millis(1500)),
        ),
    ];
    for (method, path, fault) in faults {
        fake.fail(method, path, 3, fault.clone());
        let out = run(&env, &fake, &["show", "1"]);
        assert_ne!(out.status.code(), Some(0), "{fault:?} should fail");
        record(&format!("show with {fault:?}"), out);
        fake.state().faults.clear();
    }

    // Failures while filing: each keeps a draft on disk.
    for fault in [
        status(401, "{\"message\":\"Bad credentials\"}"),
        status(
            422,
            "{\"message\":\"Validation Failed\",\"errors\":[\"title is too long\"]}",
        ),
        status(503, ""),
        Fault::Sleep(Duration::from_millis(1500)),
        Fault::Drop,
    ] {
        fake.fail("POST", "/repos/o/r/issues", 9, fault.clone());
        fake.fail("GET", "/repos/o/r/issues", 9, status(503, ""));
        record(
            &format!("new with {fault:?}"),
            new_request(&env, &fake, "Kept as a draft"),
        );
        fake.state().faults.clear();
    }
    // The known token, rejected: the 401 path names no token.
    fake.state().token = "ghp_someOtherTokenTheServerWants".into();
    record("list rejected", run(&env, &fake, &["list"]));
    record(
        "auth status rejected",
        run(&env, &fake, &["auth", "status"]),
    );
    record(
        "new rejected",
        new_request(&env, &fake, "Rejected token, kept as a draft"),
    );
    fake.state().token = TOKEN.into();

    // Nobody listening.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let args = new_args("pr-review", "Refused");
    record(
        "new refused",
        cmd(&env, &fake)
            .env("IDREQ_GITHUB_API_URL", format!("http://127.0.0.1:{port}"))
            .args(&args)
            .output()
            .unwrap(),
    );

    // Login with the token on stdin into the insecure file store, status,
    // then logout.
    let login = cmd(&env, &fake)
        .env_remove("GH_TOKEN")
        .args(["auth", "login", "--with-token", "--insecure-storage"])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin
                .take()
                .unwrap()
                .write_all(format!("{TOKEN}\n").as_bytes())?;
            c.wait_with_output()
        })
        .unwrap();
    assert_success(&login);
    record("auth login", login);
    record(
        "auth status from file",
        cmd(&env, &fake)
            .env_remove("GH_TOKEN")
            .args(["auth", "status"])
            .output()
            .unwrap(),
    );
    record(
        "list from file",
        cmd(&env, &fake)
            .env_remove("GH_TOKEN")
            .args(["list"])
            .output()
            .unwrap(),
    );

    for (what, out) in &outputs {
        assert_no_token(&format!("{what} (stdout)"), &stdout(out));
        assert_no_token(&format!("{what} (stderr)"), &stderr(out));
    }
    // Drafts were kept by the failed creates; the config file exists.
    let drafts = std::fs::read_dir(env.data_dir().join("drafts"))
        .map(|d| d.count())
        .unwrap_or(0);
    assert!(drafts >= 3, "{drafts} drafts");
    // The one file meant to hold the token (by the user's choice) does, and
    // only it; then logout removes it.
    let insecure = find_file_containing(env.path(), TOKEN).expect("the insecure token file");
    let files = grep_files(env.path(), &insecure);
    assert!(files >= 4, "{files} files checked");
    let out = cmd(&env, &fake)
        .env_remove("GH_TOKEN")
        .args(["auth", "logout"])
        .output()
        .unwrap();
    assert_success(&out);
    assert_no_token("auth logout", &stderr(&out));
    assert!(!insecure.exists(), "logout removes the token file");
    grep_files(env.path(), Path::new("/nonexistent"));
}

fn find_file_containing(dir: &Path, needle: &str) -> Option<std::path::PathBuf> {
    let mut stack = vec![dir.to_path_buf()];
    let mut found = Vec::new();
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).ok()? {
            let path = entry.ok()?.path();
            if path.is_dir() {
                stack.push(path);
            } else if std::fs::read(&path)
                .is_ok_and(|b| String::from_utf8_lossy(&b).contains(needle))
            {
                found.push(path);
            }
        }
    }
    assert!(found.len() <= 1, "the token is in several files: {found:?}");
    found.pop()
}
