//! A sandbox per test: its own data folder, config path, clock and user, and
//! commands that run the real `idreq` binary inside it.

#![allow(dead_code)]

pub mod fake_github;
pub mod fake_slack;
pub mod github_form;
pub mod seed;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;
use tempfile::TempDir;

pub const NOW: &str = "2026-11-30T15:00:00Z";

/// Runs `program` with the environment `from` was given (variables set and
/// removed) but none of its redirections: under a pty, stdin must stay the
/// terminal, where `TestEnv::cmd` points it at /dev/null.
pub fn with_env_of(from: &Command, program: impl AsRef<std::ffi::OsStr>) -> Command {
    let mut c = Command::new(program);
    for (k, v) in from.get_envs() {
        match v {
            Some(v) => c.env(k, v),
            None => c.env_remove(k),
        };
    }
    c
}

pub struct TestEnv {
    pub dir: TempDir,
    pub now: String,
}

impl TestEnv {
    pub fn new() -> Self {
        Self {
            dir: tempfile::tempdir().expect("temp dir"),
            now: NOW.to_string(),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn data_dir(&self) -> PathBuf {
        self.path().join("data")
    }

    pub fn config_path(&self) -> PathBuf {
        self.path().join("config.toml")
    }

    pub fn write_config(&self, text: &str) {
        std::fs::write(self.config_path(), text).expect("write config");
    }

    /// A command for the real binary with a clean, pinned environment.
    pub fn cmd(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_idreq"));
        for var in [
            "GH_TOKEN",
            "GITHUB_TOKEN",
            "IDREQ_TRACKER",
            "IDREQ_REPO",
            "IDREQ_NO_INPUT",
            "IDREQ_GITHUB_API_URL",
            "VISUAL",
            "EDITOR",
            "IDREQ_KEYRING",
        ] {
            c.env_remove(var);
        }
        c.env("IDREQ_DATA_DIR", self.data_dir())
            .env("IDREQ_CONFIG", self.config_path())
            .env("IDREQ_NOW", &self.now)
            .env("IDREQ_USER", "tester")
            .env("NO_COLOR", "1")
            .env("HOME", self.path())
            .env("XDG_CONFIG_HOME", self.path().join("xdg-config"))
            .env("XDG_DATA_HOME", self.path().join("xdg-data"))
            .stdin(std::process::Stdio::null());
        c
    }

    /// idreq as a person at a terminal runs it: the sandbox's environment,
    /// not CI, a real `TERM`, stdin left alone (for a pty).
    pub fn terminal_cmd(&self) -> Command {
        let base = self.cmd();
        let mut c = with_env_of(&base, base.get_program());
        c.env_remove("CI").env("TERM", "xterm-256color");
        c
    }

    /// Runs idreq with `args` and returns the output.
    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().expect("run idreq")
    }

    /// Runs idreq and parses stdout as JSON, failing on a non-zero exit.
    pub fn json(&self, args: &[&str]) -> Value {
        let out = self.run(args);
        assert_success(&out);
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(&out)))
    }

    /// Files a request of `kind` with valid answers plus `extra` flags and returns its number.
    pub fn file(&self, kind: &str, title: &str, extra: &[&str]) -> u64 {
        let args = new_request_args(kind, title, extra);
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let v = self.json(&refs);
        v["number"].as_u64().expect("number")
    }
}

/// `new --json` arguments for a valid request of `kind`; `extra` (KEY=VALUE)
/// replaces or adds answers.
pub fn new_request_args(kind: &str, title: &str, extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = ["new", "--type", kind, "--title", title, "--json"]
        .map(String::from)
        .to_vec();
    for (k, v) in valid_fields(kind) {
        if !extra.iter().any(|e| e.starts_with(&format!("{k}="))) {
            args.push("--field".into());
            args.push(format!("{k}={v}"));
        }
    }
    for e in extra {
        args.push("--field".into());
        args.push(e.to_string());
    }
    args
}

/// Valid answers for each request type.
pub fn valid_fields(kind: &str) -> Vec<(&'static str, &'static str)> {
    let mut fields = vec![
        ("requester_name", "Jane Doe"),
        ("team_name", "Claims Status"),
        ("contact", "@jdoe"),
        ("prod_impact", "no"),
        (
            "details",
            "We need help from the Identity team with this request.",
        ),
    ];
    match kind {
        "pr-review" => fields.extend([
            (
                "pr_url",
                "https://github.com/department-of-veterans-affairs/vets-api/pull/12345",
            ),
            ("tested", "yes"),
            ("test_env", "localhost,dev"),
            ("pr_ready", "yes"),
            ("user_model_change", "no"),
        ]),
        "data-pull" => fields.extend([
            (
                "data_description",
                "Monthly sign-ins by credential provider for our app",
            ),
            ("sensitive", "no"),
            ("purpose", "A quarterly report to VA leadership on adoption"),
            ("metrics", "authentications,credential provider share"),
            ("date_from", "2026-01-01"),
            ("date_to", "2026-10-31"),
            ("granularity", "month"),
            ("format", "CSV"),
            ("recurrence", "one-time"),
        ]),
        "mock-auth" => fields.extend([
            ("environment", "localhost"),
            ("csp", "idme"),
            ("mock_user", "vetsgovuser228"),
            ("failure_step", "after choosing a user"),
            (
                "troubleshooting_done",
                "pulled latest vets-api-mockdata,ran rails db:seed",
            ),
        ]),
        _ => {}
    }
    fields
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn assert_success(out: &Output) {
    assert!(
        out.status.success(),
        "expected success, got {:?}\nstdout:\n{}\nstderr:\n{}",
        out.status.code(),
        stdout(out),
        stderr(out)
    );
}

pub fn assert_code(out: &Output, code: i32) {
    assert_eq!(
        out.status.code(),
        Some(code),
        "unexpected exit code\nstdout:\n{}\nstderr:\n{}",
        stdout(out),
        stderr(out)
    );
}

impl TestEnv {
    /// Runs idreq as team member `user`.
    pub fn run_as(&self, user: &str, args: &[&str]) -> Output {
        self.cmd()
            .env("IDREQ_USER", user)
            .args(args)
            .output()
            .expect("run idreq")
    }
}

impl TestEnv {
    /// Files `n` mock-auth requests from `n` processes at once and returns
    /// their numbers, sorted, duplicates removed.
    pub fn file_concurrently(&self, n: usize) -> Vec<u64> {
        let children: Vec<_> = (0..n)
            .map(|i| {
                let mut args: Vec<String> = vec![
                    "new".into(),
                    "--type".into(),
                    "mock-auth".into(),
                    "--title".into(),
                    format!("Concurrent request number {i}"),
                    "--json".into(),
                ];
                for (k, v) in valid_fields("mock-auth") {
                    args.push("-f".into());
                    args.push(format!("{k}={v}"));
                }
                self.cmd()
                    .args(&args)
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .expect("spawn idreq")
            })
            .collect();
        let mut numbers: Vec<u64> = children
            .into_iter()
            .map(|c| {
                let out = c.wait_with_output().expect("wait for idreq");
                assert_success(&out);
                serde_json::from_slice::<Value>(&out.stdout).expect("json")["number"]
                    .as_u64()
                    .expect("number")
            })
            .collect();
        numbers.sort();
        numbers.dedup();
        numbers
    }
}
