//! Requests filed through the exported GitHub issue forms (bodies rendered
//! the way GitHub renders them, no idreq marker, created by a user without
//! triage rights) read back as the same request `idreq new` would file.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{json, Value};

use crate::common::fake_github::{gh_run, json_of, FakeGitHub};
use crate::common::github_form::{render, yaml_file, Answer};
use crate::common::*;

const TEMPLATES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/.github/ISSUE_TEMPLATE");

/// A free-text answer with everything GitHub does not escape.
pub const NASTY_DETAILS: &str = "We need help with the login flow.\n\n### Not a question of the form\n\n```ruby\n### What do you need?\nputs 'inside a fence'\n```\n\n- [x] a ticked line in prose\nThanks!";

pub fn form_of(kind: &str) -> Value {
    yaml_file(&Path::new(TEMPLATES).join(format!("{kind}.yml")))
}

/// The answers a web filer gives (option text as the form shows it), and
/// the fields idreq should read back.
pub fn web_answers(kind: &str, form: &Value) -> (BTreeMap<String, Answer>, Value) {
    let mut answers = BTreeMap::new();
    let mut expected = serde_json::Map::new();
    for (key, value) in valid_fields(kind) {
        let value = if key == "details" {
            NASTY_DETAILS
        } else {
            value
        };
        let element = form["body"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == key)
            .unwrap_or_else(|| panic!("{kind} form has no `{key}`"));
        if element["type"] == "dropdown" {
            let options: Vec<&str> = element["attributes"]["options"]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| o.as_str().unwrap())
                .collect();
            let picks: Vec<String> = value
                .split(',')
                .map(|v| {
                    options
                        .iter()
                        .find(|o| o.eq_ignore_ascii_case(v))
                        .unwrap_or_else(|| panic!("`{v}` is not an option of {key}"))
                        .to_string()
                })
                .collect();
            let multiple = element["attributes"]["multiple"] == true;
            let wanted: Vec<Value> = value.split(',').map(|v| json!(v)).collect();
            expected.insert(
                key.into(),
                if multiple {
                    Value::Array(wanted)
                } else {
                    json!(value)
                },
            );
            answers.insert(key.to_string(), Answer::Picks(picks));
        } else {
            expected.insert(key.into(), json!(value));
            answers.insert(key.to_string(), Answer::Text(value.to_string()));
        }
    }
    (answers, Value::Object(expected))
}

fn form_labels(form: &Value) -> Vec<String> {
    form["labels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_form_filed_request_of_every_type_reads_back_as_typed() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    for (i, kind) in ["pr-review", "data-pull", "mock-auth"].iter().enumerate() {
        let form = form_of(kind);
        let (answers, expected) = web_answers(kind, &form);
        // Every other type in Windows line endings, as the web editor may send.
        let body = render(&form, &answers, i % 2 == 1);
        assert!(
            body.contains("_No response_"),
            "an optional answer is empty"
        );
        let labels = form_labels(&form);
        let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
        let title = format!("{}Web request {i}", form["title"].as_str().unwrap());
        let n = fake.add_issue(&title, &body, &labels, "outsider");
        let shown = json_of(&gh_run(&env, &fake, &["show", &n.to_string(), "--json"]));
        assert_eq!(shown["type"], *kind, "{shown:#}");
        assert_eq!(shown["summary"], format!("Web request {i}"));
        assert_eq!(shown["fields"], expected, "{kind}:\n{body}");
    }
    let listed = json_of(&gh_run(&env, &fake, &["list", "--json"]));
    assert_eq!(listed.as_array().unwrap().len(), 3);
}

#[test]
fn without_the_type_label_the_title_prefix_or_the_headings_decide() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    let form = form_of("data-pull");
    let (answers, _) = web_answers("data-pull", &form);
    let body = render(&form, &answers, false);
    let by_title = fake.add_issue("[Data pull] Sign-ins", &body, &["identity-request"], "o");
    let by_headings = fake.add_issue("Sign-ins please", &body, &["identity-request"], "o");
    for n in [by_title, by_headings] {
        let shown = json_of(&gh_run(&env, &fake, &["show", &n.to_string(), "--json"]));
        assert_eq!(shown["type"], "data-pull");
        assert_eq!(shown["fields"]["granularity"], "month");
    }
}
