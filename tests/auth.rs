//! `idreq auth login|status|logout` against the fake GitHub, with the
//! keyring switched off (always) or the real kernel keyring (CI, gated).

use std::io::Write;
use std::process::{Output, Stdio};

use serde_json::Value;

use crate::common::fake_github::*;
use crate::common::*;

/// Runs idreq against `fake` with no GH_TOKEN, `keyring` as IDREQ_KEYRING,
/// and `stdin` piped in.
fn run_auth(env: &TestEnv, fake: &FakeGitHub, keyring: &str, args: &[&str], stdin: &str) -> Output {
    let mut child = gh_cmd(env, fake)
        .env_remove("GH_TOKEN")
        .env("IDREQ_KEYRING", keyring)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn idreq");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn auth_status_reports_source_login_scopes_and_triage() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    let out = gh_run(&env, &fake, &["auth", "status"]);
    assert_success(&out);
    assert_eq!(
        stdout(&out),
        format!(
            "GitHub at 127.0.0.1:{}\n  logged in as octocat (token from the GH_TOKEN environment variable)\n  token scopes: repo, read:org\n  repository o/r: can triage; labels and assignees set by idreq will stick\n",
            fake.port
        )
    );
    fake.state().triage = false;
    fake.state().scopes = None;
    let out = gh_cmd(&env, &fake)
        .env_remove("GH_TOKEN")
        .env("GITHUB_TOKEN", TOKEN)
        .args(["auth", "status", "--json"])
        .output()
        .unwrap();
    assert_success(&out);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["source"], serde_json::json!({"kind": "github_token"}));
    assert_eq!(v["login"], "octocat");
    assert_eq!(v["scopes"], Value::Null);
    assert_eq!(v["can_triage"], false);
    assert_eq!(v["permissions"]["pull"], true);
}

#[test]
fn auth_status_without_a_token_exits_4() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    let out = run_auth(&env, &fake, "none", &["auth", "status"], "");
    assert_code(&out, 4);
    assert_eq!(
        stderr(&out),
        format!("error: not logged in to 127.0.0.1:{}\n  no OS keyring is available here (IDREQ_KEYRING=none, or no keyring on this system)\nhint: run `idreq auth login`, or set GH_TOKEN to a token that can read and write issues in the repository\n", fake.port)
    );
    // Every command that needs GitHub says the same.
    let out = run_auth(&env, &fake, "none", &["list"], "");
    assert_code(&out, 4);
}

#[test]
fn auth_status_with_a_repository_the_token_cannot_see_fails() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    fake.state().repo_exists = false;
    let out = gh_run(&env, &fake, &["auth", "status"]);
    assert_code(&out, 1);
    assert!(
        stderr(&out).starts_with("error: repository o/r not found, or your token cannot see it\n"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn auth_login_without_a_terminal_needs_with_token() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    let out = run_auth(&env, &fake, "none", &["auth", "login"], "");
    assert_code(&out, 2);
    assert_eq!(
        stderr(&out),
        "error: cannot ask for a token without a terminal\nhint: pipe it in: `idreq auth login --with-token < token.txt`, or set GH_TOKEN in the environment (CI)\n"
    );
}

#[test]
fn auth_login_rejects_a_bad_token_with_exit_4() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    let out = run_auth(
        &env,
        &fake,
        "none",
        &["auth", "login", "--with-token"],
        "ghp_nope\n",
    );
    assert_code(&out, 4);
    assert!(
        stderr(&out)
            .starts_with("error: GitHub rejected this token (HTTP 401); nothing was stored\n"),
        "{}",
        stderr(&out)
    );
    let out = run_auth(
        &env,
        &fake,
        "none",
        &["auth", "login", "--with-token"],
        "\n",
    );
    assert_code(&out, 2);
    assert_eq!(
        stderr(&out),
        "error: the token is empty; nothing was stored\n"
    );
}

#[test]
fn auth_login_without_a_keyring_says_so_and_points_to_gh_token() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    let out = run_auth(
        &env,
        &fake,
        "none",
        &["auth", "login", "--with-token"],
        TOKEN,
    );
    assert_code(&out, 1);
    assert_eq!(
        stderr(&out),
        "error: no OS keyring is available here (IDREQ_KEYRING=none, or no keyring on this system); the token was not stored\nhint: set GH_TOKEN in the environment instead (on a server, or in CI as a secret)\nhint: or run `idreq auth login --insecure-storage` to keep it in a file readable only by you\n"
    );
}

#[test]
fn auth_login_insecure_storage_then_status_and_logout() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    let out = run_auth(
        &env,
        &fake,
        "none",
        &["auth", "login", "--with-token", "--insecure-storage"],
        &format!("{TOKEN}\n"),
    );
    assert_success(&out);
    let path = env
        .data_dir()
        .join("credentials")
        .join(format!("127.0.0.1_{}.token", fake.port));
    assert!(
        stderr(&out).contains(&format!(
            "warning: the token is stored in plain text in {}",
            path.display()
        )),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("✓ Logged in to 127.0.0.1:"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("You can triage o/r: labels set by idreq will stick."),
        "{}",
        stderr(&out)
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let status = run_auth(&env, &fake, "none", &["auth", "status"], "");
    assert_success(&status);
    assert!(
        stdout(&status).contains("(insecure storage)"),
        "{}",
        stdout(&status)
    );
    // The stored token works for every command.
    let listed = run_auth(&env, &fake, "none", &["list", "--json"], "");
    assert_success(&listed);
    let out = run_auth(&env, &fake, "none", &["auth", "logout"], "");
    assert_success(&out);
    assert!(!path.exists());
    let out = run_auth(&env, &fake, "none", &["auth", "status"], "");
    assert_code(&out, 4);
    let out = run_auth(&env, &fake, "none", &["auth", "logout"], "");
    assert_success(&out);
    assert!(
        stderr(&out).starts_with("No token was stored for 127.0.0.1:"),
        "{}",
        stderr(&out)
    );
}

/// A real OS keyring. Runs when IDREQ_KEYRING_IT=1: the kernel keyring
/// inside `keyctl session - cargo test --locked --test cli keyring`, or the
/// Secret Service with IDREQ_KEYRING_IT_STORE=secret-service inside
/// `dbus-run-session` with gnome-keyring unlocked (see .ci/run).
#[test]
fn auth_keyring_round_trip_in_the_kernel_keyring() {
    #[allow(clippy::disallowed_methods)]
    if std::env::var("IDREQ_KEYRING_IT").as_deref() != Ok("1") {
        eprintln!("skipped: set IDREQ_KEYRING_IT=1 and run inside `keyctl session -` to test the real keyring");
        return;
    }
    #[allow(clippy::disallowed_methods)]
    let store = std::env::var("IDREQ_KEYRING_IT_STORE").unwrap_or_else(|_| "keyutils".into());
    let (store, name) = match store.as_str() {
        "secret-service" => ("secret-service", "the Secret Service keyring"),
        _ => ("keyutils", "the Linux kernel keyring (keyutils)"),
    };
    let env = TestEnv::new();
    // A fresh port per run makes the keyring entry (service idreq, account 127.0.0.1:PORT) unique.
    let fake = FakeGitHub::start();
    let out = run_auth(
        &env,
        &fake,
        store,
        &["auth", "login", "--with-token"],
        TOKEN,
    );
    assert_success(&out);
    assert!(
        stderr(&out).contains(&format!("token stored in {name}")),
        "{}",
        stderr(&out)
    );
    let status = run_auth(&env, &fake, store, &["auth", "status", "--json"], "");
    assert_success(&status);
    let v: Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!(v["source"]["kind"], "keyring");
    let listed = run_auth(&env, &fake, store, &["list", "--json"], "");
    assert_success(&listed);
    let out = run_auth(&env, &fake, store, &["auth", "logout"], "");
    assert_success(&out);
    assert!(
        stderr(&out).contains(&format!("removed the token from {name}")),
        "{}",
        stderr(&out)
    );
    let out = run_auth(&env, &fake, store, &["auth", "status"], "");
    assert_code(&out, 4);
}

/// The interactive login through a real pseudo-terminal: hidden token input,
/// then the offer to make GitHub the default tracker.
#[test]
fn auth_login_in_a_terminal_offers_to_make_github_the_default() {
    use expectrl::{Eof, Expect};
    let env = TestEnv::new();
    env.write_config("# my settings\nuser = \"jdoe\"\n");
    let fake = FakeGitHub::start();
    let mut cmd = gh_cmd(&env, &fake);
    cmd.env_remove("GH_TOKEN")
        .env_remove("CI")
        .env_remove("IDREQ_TRACKER")
        .args(["auth", "login", "--insecure-storage"])
        .stdin(Stdio::inherit());
    let mut p = expectrl::Session::spawn(cmd).expect("spawn in a pty");
    p.set_expect_timeout(Some(std::time::Duration::from_secs(20)));
    p.expect("Paste a GitHub token").unwrap();
    p.send(TOKEN).unwrap();
    p.send("\r").unwrap();
    p.expect("Make GitHub (o/r) the default tracker for idreq?")
        .unwrap();
    p.send("y").unwrap();
    let rest = p.expect(Eof).unwrap();
    let text = String::from_utf8_lossy(rest.before()).into_owned();
    assert!(!text.contains(TOKEN), "the token was echoed: {text}");
    let config = std::fs::read_to_string(env.config_path()).unwrap();
    assert!(
        config.starts_with("# my settings\nuser = \"jdoe\"\n"),
        "{config}"
    );
    assert!(
        config.contains("tracker = \"github\"") && config.contains("repo = \"o/r\""),
        "{config}"
    );
    // The new default works with the stored token alone.
    let listed = run_auth(&env, &fake, "none", &["list", "--json"], "");
    assert_success(&listed);
}

/// A token pasted while idreq is still starting (before the hidden prompt is
/// drawn) is read, not thrown away with a flush of the terminal's input.
#[test]
fn auth_login_keeps_a_token_pasted_before_the_prompt_appears() {
    use expectrl::{Eof, Expect};
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    let mut cmd = gh_cmd(&env, &fake);
    cmd.env_remove("GH_TOKEN")
        .env_remove("CI")
        .args(["auth", "login", "--insecure-storage"])
        .stdin(Stdio::inherit());
    let mut p = expectrl::Session::spawn(cmd).expect("spawn in a pty");
    p.set_expect_timeout(Some(std::time::Duration::from_secs(20)));
    p.send(TOKEN).unwrap();
    p.send("\r").unwrap();
    p.expect("Paste a GitHub token").unwrap();
    p.expect("Logged in to").unwrap();
    p.expect("the default tracker for idreq?").unwrap();
    p.send("n").unwrap();
    let rest = p.expect(Eof).unwrap();
    let text = String::from_utf8_lossy(rest.before()).into_owned();
    assert!(!text.contains(TOKEN), "the token was echoed: {text}");
    let config = std::fs::read_to_string(env.config_path()).unwrap_or_default();
    assert!(!config.contains("tracker"), "{config}");
}

/// Ctrl-C at the hidden token prompt exits 130 and turns echo back on, so
/// the user's shell is not left typing blind.
#[test]
fn auth_login_ctrl_c_at_the_token_prompt_restores_echo() {
    use expectrl::{Eof, Expect};
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    let idreq = gh_cmd(&env, &fake);
    // A shell's terminal echoes, and the pty starts with echo off: turn it on
    // in the child before idreq starts (doing it from here would race idreq).
    let mut cmd = with_env_of(&idreq, "sh");
    cmd.args(["-c", "stty echo && exec \"$0\" \"$@\""])
        .arg(idreq.get_program())
        .args(["auth", "login", "--insecure-storage"])
        .env_remove("GH_TOKEN")
        .env_remove("CI");
    let mut p = expectrl::Session::spawn(cmd).expect("spawn in a pty");
    p.set_expect_timeout(Some(std::time::Duration::from_secs(20)));
    p.expect("Paste a GitHub token").unwrap();
    // Wait until the prompt has turned echo off before interrupting it.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while p.get_process().get_echo().unwrap() {
        assert!(std::time::Instant::now() < deadline, "echo never went off");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    p.send("\x03").unwrap();
    p.expect("Cancelled.").unwrap();
    let _ = p.expect(Eof);
    match p.get_process_mut().wait().unwrap() {
        expectrl::process::unix::WaitStatus::Exited(_, code) => assert_eq!(code, 130),
        other => panic!("unexpected end: {other:?}"),
    }
    assert!(p.get_process().get_echo().unwrap(), "echo was left off");
    assert!(!env.data_dir().join("credentials").exists());
}
