//! `idreq new` from flags: filing, validation, dry runs, drafts, concurrency.

use std::time::{Duration, Instant};

use crate::common::*;

#[test]
fn files_each_type_with_title_labels_and_fields() {
    let env = TestEnv::new();
    for (kind, name) in [
        ("pr-review", "PR review"),
        ("data-pull", "Data pull"),
        ("mock-auth", "Mocked authentication issue"),
    ] {
        let n = env.file(kind, "Help with our sign-in flow", &[]);
        let v = env.json(&["show", &n.to_string(), "--json"]);
        assert_eq!(v["title"], format!("[{name}] Help with our sign-in flow"));
        assert_eq!(v["type"], kind);
        assert_eq!(v["status"], "new");
        let labels: Vec<&str> = v["labels"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l.as_str().unwrap())
            .collect();
        assert_eq!(
            labels,
            ["identity-request", &format!("type: {kind}"), "status: new"]
        );
        for (key, value) in valid_fields(kind) {
            let got = &v["fields"][key];
            let text = match got {
                serde_json::Value::Array(items) => items
                    .iter()
                    .map(|i| i.as_str().unwrap())
                    .collect::<Vec<_>>()
                    .join(","),
                other => other.as_str().unwrap_or_default().to_string(),
            };
            assert_eq!(text, value.replace(", ", ","), "{kind}.{key}");
        }
    }
    let list = env.json(&["list", "--json"]);
    assert_eq!(list.as_array().unwrap().len(), 3);
}

#[test]
fn json_has_the_stable_request_shape() {
    let env = TestEnv::new();
    env.file("mock-auth", "Mocked sign-in fails on localhost", &[]);
    let v = env.json(&["show", "1", "--json"]);
    for key in [
        "number",
        "title",
        "type",
        "status",
        "priority",
        "estimate",
        "assignees",
        "author",
        "created_at",
        "updated_at",
        "state",
        "url",
        "fields",
        "request_id",
    ] {
        assert!(v.get(key).is_some(), "missing {key} in {v}");
    }
    assert_eq!(v["priority"], serde_json::Value::Null);
    assert_eq!(v["estimate"], serde_json::Value::Null);
    assert_eq!(v["author"], "tester");
    assert_eq!(v["state"], "open");
    assert_eq!(v["created_at"], "2026-11-30T15:00:00Z");
    assert_eq!(v["request_id"].as_str().unwrap().len(), 32);
}

#[test]
fn success_prints_the_number_and_says_the_tracker_is_local() {
    let env = TestEnv::new();
    let mut args = vec![
        "new",
        "--type",
        "data-pull",
        "--title",
        "Sign-in numbers for Q3",
    ];
    let fields: Vec<String> = valid_fields("data-pull")
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    for f in &fields {
        args.push("-f");
        args.push(f);
    }
    let out = env.run(&args);
    assert_success(&out);
    assert_eq!(stdout(&out), "#1\n");
    let err = stderr(&out);
    assert!(
        err.contains("Filed request #1 in the local tracker"),
        "{err}"
    );
    assert!(err.contains("the Identity team cannot see it"), "{err}");
}

#[test]
fn missing_fields_without_a_terminal_fail_at_once_naming_each_flag() {
    let env = TestEnv::new();
    let started = Instant::now();
    let out = env.run(&["new", "--type", "mock-auth", "--field", "csp=idme"]);
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_code(&out, 2);
    let err = stderr(&out);
    assert!(err.contains("missing required answers"), "{err}");
    for flag in [
        "--title",
        "--field requester_name=",
        "--field team_name=",
        "--field contact=",
        "--field prod_impact=",
        "--field details=",
        "--field environment=",
        "--field failure_step=",
        "--field troubleshooting_done=",
    ] {
        assert!(err.contains(flag), "{flag} not named in:\n{err}");
    }
    assert!(!err.contains("--field csp="), "csp was given:\n{err}");
    // Which mocked user was chosen is asked only once the answers say one was.
    assert!(!err.contains("--field mock_user="), "{err}");
    assert!(err.contains("idreq new --resume"), "{err}");
}

fn mock_auth_args(failure_step: &str, mock_user: Option<&str>) -> Vec<String> {
    let mut args: Vec<String> = ["new", "--type", "mock-auth", "--yes"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    args.extend(["--title".into(), "The mocked user list is empty".into()]);
    let fields = [
        ("requester_name", "Jane Doe"),
        ("team_name", "Claims Status"),
        ("contact", "@jdoe"),
        ("prod_impact", "no"),
        (
            "details",
            "The mocked-auth page shows no users to pick from.",
        ),
        ("environment", "localhost"),
        ("csp", "idme"),
        ("failure_step", failure_step),
        ("troubleshooting_done", "nothing yet"),
    ];
    for (key, value) in fields
        .into_iter()
        .chain(mock_user.map(|u| ("mock_user", u)))
    {
        args.extend(["--field".into(), format!("{key}={value}")]);
    }
    args
}

#[test]
fn an_empty_mocked_user_list_files_without_a_user_id() {
    let env = TestEnv::new();
    let args = mock_auth_args("user list empty", None);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = env.run(&args);
    assert_success(&out);
    let v = env.json(&["show", "1", "--json"]);
    assert_eq!(v["type"], "mock-auth");
    assert_eq!(v["fields"]["failure_step"], "user list empty");
    assert!(v["fields"].get("mock_user").is_none(), "{v}");
    assert_eq!(v["fields"]["troubleshooting_done"][0], "nothing yet");
}

#[test]
fn a_chosen_mocked_user_must_be_named() {
    let env = TestEnv::new();
    let args = mock_auth_args("after redirect back", None);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = env.run(&args);
    assert_code(&out, 2);
    assert!(
        stderr(&out).contains("--field mock_user="),
        "{}",
        stderr(&out)
    );

    let args = mock_auth_args("after redirect back", Some("vetsgovuser228"));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    assert_success(&env.run(&args));
    let v = env.json(&["show", "1", "--json"]);
    assert_eq!(v["fields"]["mock_user"], "vetsgovuser228");
}

#[test]
fn missing_type_without_a_terminal_names_the_flag_and_the_types() {
    let env = TestEnv::new();
    let out = env.run(&["new"]);
    assert_code(&out, 2);
    let err = stderr(&out);
    assert!(err.contains("missing --type"), "{err}");
    assert!(
        err.contains("pr-review, data-pull, mock-auth, other"),
        "{err}"
    );
}

#[test]
fn unknown_type_suggests_the_nearest() {
    let env = TestEnv::new();
    let out = env.run(&["new", "--type", "pr-reveiw"]);
    assert_code(&out, 2);
    assert!(
        stderr(&out).contains("did you mean `--type pr-review`?"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn each_invalid_value_names_field_rule_and_example() {
    let env = TestEnv::new();
    let out = env.run(&[
        "new",
        "--type",
        "pr-review",
        "--title",
        "Review my PR",
        "-f",
        "pr_url=https://gitlab.com/foo/pull/1",
        "-f",
        "tested=maybe",
        "-f",
        "github_user=not a login",
        "-f",
        "needed_by=2020-01-01",
    ]);
    assert_code(&out, 2);
    let err = stderr(&out);
    assert!(err.contains("--field pr_url=...  Link to the pull request: `https://gitlab.com/foo/pull/1` does not have the expected form (e.g. https://github.com/department-of-veterans-affairs/vets-api/pull/12345)"), "{err}");
    assert!(err.contains("--field tested=...  Have you tested these changes?: `maybe` is not yes or no (e.g. yes)"), "{err}");
    assert!(err.contains("--field github_user=..."), "{err}");
    assert!(
        err.contains("--field needed_by=...  When do you need this by?: 2020-01-01 is in the past"),
        "{err}"
    );
}

#[test]
fn unknown_field_keys_are_refused_with_a_suggestion() {
    let env = TestEnv::new();
    let out = env.run(&["new", "--type", "pr-review", "-f", "pr_ulr=x"]);
    assert_code(&out, 2);
    assert!(
        stderr(&out).contains("did you mean `pr_url`?"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn pii_in_free_text_is_refused() {
    let env = TestEnv::new();
    let out = env.run(&[
        "new",
        "--type",
        "data-pull",
        "--title",
        "Look up a user",
        "-f",
        "details=Please check user with SSN 123-45-6789 now",
    ]);
    assert_code(&out, 2);
    assert!(
        stderr(&out).contains("Social Security number"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn dry_run_prints_title_labels_and_body_and_files_nothing() {
    let env = TestEnv::new();
    let mut args: Vec<String> = [
        "new",
        "--type",
        "pr-review",
        "--title",
        "Review the login change",
        "--dry-run",
    ]
    .map(String::from)
    .to_vec();
    for (k, v) in valid_fields("pr-review") {
        args.push("-f".into());
        args.push(format!("{k}={v}"));
    }
    let out = env.cmd().args(&args).output().unwrap();
    assert_success(&out);
    let text = stdout(&out);
    assert!(text.starts_with("title: [PR review] Review the login change\nlabels: identity-request, type: pr-review, status: new\nbody:\n<!-- idreq v=1 type=pr-review id="), "{text}");
    assert!(text.contains("### Link to the pull request\n\nhttps://github.com/department-of-veterans-affairs/vets-api/pull/12345\n"), "{text}");
    assert!(
        stderr(&out).contains("nothing was filed"),
        "{}",
        stderr(&out)
    );
    let list = env.json(&["list", "--json"]);
    assert_eq!(list, serde_json::json!([]));
    args.push("--json".into());
    let out = env.cmd().args(&args).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["labels"],
        serde_json::json!(["identity-request", "type: pr-review", "status: new"])
    );
}

#[test]
fn production_impact_adds_the_label() {
    let env = TestEnv::new();
    let n = env.file(
        "mock-auth",
        "Veterans cannot sign in on dev",
        &["prod_impact=yes"],
    );
    let v = env.json(&["show", &n.to_string(), "--json"]);
    assert!(
        v["labels"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l == "production-impact"),
        "{v}"
    );
}

#[test]
fn other_type_explains_where_to_go_and_files_nothing() {
    let env = TestEnv::new();
    let out = env.run(&["new", "--type", "other"]);
    assert_success(&out);
    assert!(
        stdout(&out).contains("Sign-in Service (SiS) onboarding"),
        "{}",
        stdout(&out)
    );
    assert!(stderr(&out).contains("Nothing was filed."));
    assert_eq!(env.json(&["list", "--json"]), serde_json::json!([]));
}

#[test]
fn field_values_can_come_from_a_file_or_stdin() {
    let env = TestEnv::new();
    let path = env.path().join("details.md");
    std::fs::write(
        &path,
        "Line one of the details\n\n### Not a heading\nline three",
    )
    .unwrap();
    let at = format!("details=@{}", path.display());
    let n = env.file("pr-review", "Review please", &[&at]);
    let v = env.json(&["show", &n.to_string(), "--json"]);
    assert_eq!(
        v["fields"]["details"],
        "Line one of the details\n\n### Not a heading\nline three"
    );

    let mut args: Vec<String> = [
        "new",
        "--type",
        "pr-review",
        "--title",
        "Second review",
        "--json",
    ]
    .map(String::from)
    .to_vec();
    for (k, v) in valid_fields("pr-review")
        .into_iter()
        .filter(|(k, _)| *k != "details")
    {
        args.push("-f".into());
        args.push(format!("{k}={v}"));
    }
    args.push("-f".into());
    args.push("details=@-".into());
    let mut child = env
        .cmd()
        .args(&args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Details piped in on standard input")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_success(&out);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["fields"]["details"], "Details piped in on standard input");
}

#[test]
fn an_incomplete_request_is_kept_as_a_draft_and_resumes() {
    let env = TestEnv::new();
    let out = env.run(&[
        "new",
        "--type",
        "pr-review",
        "--title",
        "Review please",
        "-f",
        "requester_name=Jane Doe",
    ]);
    assert_code(&out, 2);
    let drafts = std::fs::read_dir(env.data_dir().join("drafts"))
        .unwrap()
        .count();
    assert_eq!(drafts, 1);
    let mut args: Vec<String> = vec![
        "new".into(),
        "--resume".into(),
        "--json".into(),
        "--type".into(),
        "pr-review".into(),
    ];
    for (k, v) in valid_fields("pr-review")
        .into_iter()
        .filter(|(k, _)| *k != "requester_name")
    {
        args.push("-f".into());
        args.push(format!("{k}={v}"));
    }
    let out = env.cmd().args(&args).output().unwrap();
    assert_success(&out);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["fields"]["requester_name"], "Jane Doe");
    assert_eq!(v["title"], "[PR review] Review please");
    assert_eq!(
        std::fs::read_dir(env.data_dir().join("drafts"))
            .unwrap()
            .count(),
        0
    );
}

#[test]
fn twenty_concurrent_processes_get_twenty_unique_numbers() {
    let env = TestEnv::new();
    env.file("pr-review", "Warm up the store", &[]);
    let numbers = env.file_concurrently(20);
    assert_eq!(numbers.len(), 20);
    let list = env.json(&["list", "--json", "--limit", "100"]);
    assert_eq!(list.as_array().unwrap().len(), 21);
}

#[test]
fn piped_stdin_with_missing_fields_exits_2_at_once_naming_them() {
    use std::io::Write;
    let env = TestEnv::new();
    let started = Instant::now();
    let mut child = env
        .cmd()
        .args(["new", "--type", "pr-review", "--title", "Review my change"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Whatever arrives on stdin is not read as answers.
    let _ = child.stdin.take().unwrap().write_all(b"yes\nyes\n");
    let out = child.wait_with_output().unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
    assert_code(&out, 2);
    let err = stderr(&out);
    assert!(
        err.contains("--field pr_url=") && err.contains("--field tested="),
        "{err}"
    );
}
