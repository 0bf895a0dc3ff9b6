//! `idreq config` and configuration errors.

use crate::common::*;

#[test]
fn a_broken_config_names_file_line_and_column_and_exits_3() {
    let env = TestEnv::new();
    env.write_config("tracker = \"local\"\n\n[labels]\nbase = 42\n");
    let out = env.run(&["list"]);
    assert_code(&out, 3);
    let err = stderr(&out);
    let path = env.config_path().display().to_string();
    assert!(err.starts_with(&format!("error: invalid configuration: {path}:4:8: invalid type: integer `42`, expected a string")), "{err}");
    assert!(err.contains("hint: fix"), "{err}");
}

#[test]
fn an_unknown_key_is_reported() {
    let env = TestEnv::new();
    env.write_config("trackr = \"github\"\n");
    let out = env.run(&["types"]);
    assert_code(&out, 3);
    assert!(
        stderr(&out).contains(":1:1: unknown field `trackr`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn init_writes_a_starter_that_show_reads_back() {
    let env = TestEnv::new();
    let out = env.run(&["config", "init"]);
    assert_success(&out);
    assert_eq!(stdout(&out).trim(), env.config_path().display().to_string());
    let again = env.run(&["config", "init"]);
    assert_code(&again, 2);
    assert!(stderr(&again).contains("--force"));
    let shown = env.run(&["config", "show"]);
    assert_success(&shown);
    assert!(
        stdout(&shown).contains("base = \"identity-request\""),
        "{}",
        stdout(&shown)
    );
    let path = env.run(&["config", "path"]);
    assert_eq!(
        stdout(&path).trim(),
        env.config_path().display().to_string()
    );
}

#[test]
fn a_bad_clock_override_is_a_usage_error() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .env("IDREQ_NOW", "yesterday-ish")
        .args(["list"])
        .output()
        .unwrap();
    assert_code(&out, 2);
    assert!(stderr(&out).contains("IDREQ_NOW"), "{}", stderr(&out));
}
