//! `idreq show`, `idreq list` and `idreq types`.

use crate::common::*;

#[test]
fn show_prints_the_request_readably() {
    let env = TestEnv::new();
    env.file("pr-review", "Review the login change", &[]);
    let out = env.run(&["show", "1"]);
    assert_success(&out);
    let text = stdout(&out);
    assert!(text.starts_with("#1 [PR review] Review the login change\nPR review · New · priority — · estimate — · assignees —\n"), "{text}");
    assert!(text.contains("Link to the pull request: https://github.com/department-of-veterans-affairs/vets-api/pull/12345"), "{text}");
}

#[test]
fn show_of_a_missing_request_fails_with_code_1() {
    let env = TestEnv::new();
    let out = env.run(&["show", "42"]);
    assert_code(&out, 1);
    assert_eq!(stderr(&out), "error: request #42 not found\n");
}

#[test]
fn list_filters_by_type_and_state_and_is_tab_separated_when_piped() {
    let env = TestEnv::new();
    env.file("pr-review", "Review one", &[]);
    env.file("data-pull", "Numbers please", &[]);
    let out = env.run(&["list", "--type", "data-pull"]);
    assert_success(&out);
    assert_eq!(
        stdout(&out),
        "#2\tdata-pull\tnew\t\t\t0m\t[Data pull] Numbers please\n"
    );
    let closed = env.json(&["list", "--state", "closed", "--json"]);
    assert_eq!(closed, serde_json::json!([]));
    let mine = env.json(&["list", "--mine", "--json"]);
    assert_eq!(mine.as_array().unwrap().len(), 2);
}

#[test]
fn an_empty_list_is_success_with_nothing_on_stdout() {
    let env = TestEnv::new();
    let out = env.run(&["list"]);
    assert_success(&out);
    assert_eq!(stdout(&out), "");
}

#[test]
fn types_json_lists_keys_fields_and_conditions() {
    let env = TestEnv::new();
    let v = env.json(&["types", "--json"]);
    let keys: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["key"].as_str().unwrap())
        .collect();
    assert_eq!(keys, ["pr-review", "data-pull", "mock-auth", "other"]);
    let pr = &v[0];
    assert_eq!(pr["name"], "PR review");
    assert_eq!(pr["label"], "type: pr-review");
    let test_env = pr["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == "test_env")
        .unwrap();
    assert_eq!(test_env["kind"], "multi_choice");
    assert_eq!(
        test_env["when"],
        serde_json::json!({"field": "tested", "equals": "yes"})
    );
    assert_eq!(
        test_env["choices"],
        serde_json::json!(["localhost", "dev", "staging", "review instance"])
    );
    let tested = pr["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == "tested")
        .unwrap();
    assert_eq!(tested["choices"], serde_json::json!(["yes", "no"]));
    for f in pr["fields"].as_array().unwrap() {
        for k in [
            "key", "label", "help", "kind", "required", "choices", "when",
        ] {
            assert!(f.get(k).is_some(), "field lacks {k}: {f}");
        }
    }
}

#[test]
fn a_config_type_adds_a_request_type_without_code() {
    let env = TestEnv::new();
    env.write_config(
        r#"
[[type]]
key = "sis-onboarding"
name = "SiS onboarding"
description = "Start a Sign-in Service integration"
first_response = "2 business days"

[[type.field]]
key = "app_name"
label = "Which application?"
kind = "text"
required = true
"#,
    );
    let n = env.file(
        "sis-onboarding",
        "Onboard the claims app",
        &["app_name=Claims status"],
    );
    let v = env.json(&["show", &n.to_string(), "--json"]);
    assert_eq!(v["title"], "[SiS onboarding] Onboard the claims app");
    assert_eq!(v["fields"]["app_name"], "Claims status");
}
