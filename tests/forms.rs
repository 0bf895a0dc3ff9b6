//! `idreq forms export`: the committed issue forms match the catalogue, and
//! `--check` names each file that drifted.

use std::path::Path;

use crate::common::*;

const REPO_TEMPLATES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/.github/ISSUE_TEMPLATE");
const REPO_FORMS_CONFIG: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/.github/idreq.toml");

fn repo_config(env: &TestEnv) {
    env.write_config(&std::fs::read_to_string(REPO_FORMS_CONFIG).unwrap());
}

#[test]
fn committed_issue_forms_are_in_sync_with_the_catalogue() {
    let env = TestEnv::new();
    repo_config(&env);
    let out = env.run(&["forms", "export", "--check", "--dir", REPO_TEMPLATES]);
    assert!(
        out.status.success(),
        "the committed issue forms drifted; regenerate with: cargo run -- --config .github/idreq.toml forms export --dir .github/ISSUE_TEMPLATE\n{}",
        stderr(&out)
    );
    assert_eq!(
        stderr(&out).trim(),
        "✓ the 4 issue-form files in ".to_string()
            + REPO_TEMPLATES
            + " are in sync with the request types"
    );
}

#[test]
fn export_writes_one_form_per_filed_type_and_is_byte_for_byte_stable() {
    let env = TestEnv::new();
    let dir = env.path().join("templates");
    let dir_s = dir.to_str().unwrap();
    assert_success(&env.run(&["forms", "export", "--dir", dir_s]));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "config.yml",
            "data-pull.yml",
            "mock-auth.yml",
            "pr-review.yml"
        ]
    );
    let before = std::fs::read(dir.join("pr-review.yml")).unwrap();
    let json = env.json(&["--json", "forms", "export", "--dir", dir_s]);
    assert!(json
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["state"] == "unchanged"));
    assert_eq!(std::fs::read(dir.join("pr-review.yml")).unwrap(), before);
    let text = String::from_utf8(before).unwrap();
    assert!(text.contains("title: \"[PR review] \"\n"));
    assert!(text.contains(
        "labels:\n  - \"identity-request\"\n  - \"type: pr-review\"\n  - \"status: new\"\n"
    ));
    // Without a FAQ URL the hint names the command that shows the entry.
    assert!(text.contains("(`idreq faq show pr-review-"), "{text}");
}

#[test]
fn check_fails_naming_each_file_that_is_missing_or_differs() {
    let env = TestEnv::new();
    let dir = env.path().join("templates");
    let dir_s = dir.to_str().unwrap();
    assert_success(&env.run(&["forms", "export", "--dir", dir_s]));
    let form = dir.join("data-pull.yml");
    let edited = std::fs::read_to_string(&form)
        .unwrap()
        .replace("Data pull", "Data pul");
    std::fs::write(&form, edited).unwrap();
    std::fs::remove_file(dir.join("config.yml")).unwrap();
    let out = env.run(&["forms", "export", "--check", "--dir", dir_s]);
    assert_code(&out, 1);
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "error: the issue forms in {dir_s} are out of sync with the request types"
        )),
        "{err}"
    );
    assert!(err.contains("config.yml: missing"), "{err}");
    assert!(err.contains("data-pull.yml: differs"), "{err}");
    assert!(!err.contains("pr-review.yml"), "{err}");
    assert!(err.contains(&format!("hint: run `idreq forms export --dir {dir_s}`")));
    assert!(
        !Path::new(&dir.join("config.yml")).exists(),
        "--check writes nothing"
    );
}

#[test]
fn the_forms_config_sets_faq_links_and_the_chooser() {
    let env = TestEnv::new();
    env.write_config(
        "[forms]\nfaq_url = \"https://github.com/o/r/blob/main/faq/\"\nblank_issues_enabled = true\ncontact_links = [{ name = \"Team\", url = \"https://example.gov/team\", about = \"Talk to us\" }]\n",
    );
    let dir = env.path().join("t");
    assert_success(&env.run(&["forms", "export", "--dir", dir.to_str().unwrap()]));
    let config = std::fs::read_to_string(dir.join("config.yml")).unwrap();
    assert!(config.contains("blank_issues_enabled: true\n"));
    assert!(config.contains("  - name: \"Team\"\n    url: \"https://example.gov/team\"\n"));
    assert!(config.contains("    url: \"https://github.com/o/r/blob/main/faq\"\n"));
    let form = std::fs::read_to_string(dir.join("mock-auth.yml")).unwrap();
    assert!(
        form.contains("](https://github.com/o/r/blob/main/faq/mocked-auth-"),
        "{form}"
    );
}

#[test]
fn a_type_with_repeated_labels_is_refused_naming_the_type_and_label() {
    let env = TestEnv::new();
    env.write_config(
        "[[type]]\nkey = \"dup\"\nname = \"Dup\"\ndescription = \"d\"\nfirst_response = \"1 business day\"\n[[type.field]]\nkey = \"a\"\nlabel = \"What do you need?\"\nkind = \"text\"\n",
    );
    let out = env.run(&["forms", "export", "--dir", env.path().to_str().unwrap()]);
    assert_code(&out, 3);
    assert!(
        stderr(&out).contains(
            "field `a` of type `dup` repeats the label \"What do you need?\"; labels must be unique within a type"
        ),
        "{}",
        stderr(&out)
    );
}

mod schema {
    //! Every exported file passes SchemaStore's schemas (vendored under
    //! tests/fixtures/schemastore/, see its README for source and date).

    use serde_json::Value;

    use super::*;
    use crate::common::github_form::yaml_file;

    const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schemastore");

    fn validator(name: &str) -> jsonschema::Validator {
        let text = std::fs::read_to_string(format!("{FIXTURES}/{name}")).unwrap();
        let schema: Value = serde_json::from_str(&text).unwrap();
        jsonschema::validator_for(&schema).unwrap()
    }

    fn errors(validator: &jsonschema::Validator, doc: &Value) -> Vec<String> {
        validator
            .iter_errors(doc)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect()
    }

    fn check_folder(dir: &Path) -> usize {
        let forms = validator("github-issue-forms.json");
        let config = validator("github-issue-config.json");
        let mut checked = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let doc = yaml_file(&path);
            let v = if path.ends_with("config.yml") {
                &config
            } else {
                &forms
            };
            let found = errors(v, &doc);
            assert!(found.is_empty(), "{}: {found:#?}", path.display());
            checked += 1;
        }
        checked
    }

    #[test]
    fn committed_forms_pass_the_schemastore_schemas() {
        assert_eq!(check_folder(Path::new(REPO_TEMPLATES)), 4);
    }

    #[test]
    fn forms_exported_with_defaults_pass_the_schemastore_schemas() {
        let env = TestEnv::new();
        let dir = env.path().join("t");
        assert_success(&env.run(&["forms", "export", "--dir", dir.to_str().unwrap()]));
        assert_eq!(check_folder(&dir), 4);
    }

    #[test]
    fn the_schemas_do_reject_a_broken_form() {
        let mut doc = yaml_file(&Path::new(REPO_TEMPLATES).join("pr-review.yml"));
        doc["body"][1]["attributes"]["visible_if"] = Value::from("tested");
        doc["body"][2]["id"] = Value::from("not an id");
        let found = errors(&validator("github-issue-forms.json"), &doc);
        assert!(found.iter().any(|e| e.starts_with("/body/1")), "{found:#?}");
        assert!(found.iter().any(|e| e.starts_with("/body/2")), "{found:#?}");
        let mut chooser = yaml_file(&Path::new(REPO_TEMPLATES).join("config.yml"));
        chooser["contact_links"][0]["url"] = Value::from("dsva.slack.com");
        assert!(!errors(&validator("github-issue-config.json"), &chooser).is_empty());
    }
}
