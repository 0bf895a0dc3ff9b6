//! Renders an issue body the way GitHub does when someone submits an issue
//! form (the documented rules, ../shared/reference/issue-forms.md §2.1): per
//! non-markdown element in form order `### <label>`, a blank line, the
//! answer; sections joined by a blank line; `_No response_` for an empty
//! input, textarea or dropdown; multi-select picks joined with `, `;
//! checkboxes as one `- [X]`/`- [ ]` line per option; `render:` textareas
//! fenced with the render value. Nothing is escaped.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;
use yaml_rust2::{Yaml, YamlLoader};

/// What the filer typed or picked for one question (by element id).
#[derive(Debug, Clone)]
pub enum Answer {
    Text(String),
    Picks(Vec<String>),
}

/// YAML 1.2 as JSON.
pub fn to_json(y: &Yaml) -> Value {
    match y {
        Yaml::String(s) => Value::String(s.clone()),
        Yaml::Integer(i) => Value::from(*i),
        Yaml::Real(r) => Value::from(r.parse::<f64>().unwrap()),
        Yaml::Boolean(b) => Value::Bool(*b),
        Yaml::Array(items) => Value::Array(items.iter().map(to_json).collect()),
        Yaml::Hash(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.as_str().expect("string keys").to_string(), to_json(v)))
                .collect(),
        ),
        Yaml::Null => Value::Null,
        other => panic!("unexpected YAML node {other:?}"),
    }
}

/// Reads one YAML file as JSON.
pub fn yaml_file(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    let docs = YamlLoader::load_from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not YAML: {e}", path.display()));
    assert_eq!(docs.len(), 1, "{} holds one document", path.display());
    to_json(&docs[0])
}

/// Returns the body GitHub files for `form` answered with `answers`
/// (missing ids are left empty); `crlf` as the web editor sends it.
pub fn render(form: &Value, answers: &BTreeMap<String, Answer>, crlf: bool) -> String {
    let mut sections = Vec::new();
    for element in form["body"].as_array().unwrap() {
        let kind = element["type"].as_str().unwrap();
        if kind == "markdown" {
            continue;
        }
        let a = &element["attributes"];
        let label = a["label"].as_str().unwrap();
        let answer = element["id"].as_str().and_then(|id| answers.get(id));
        let text = match (kind, answer) {
            ("checkboxes", picks) => {
                let ticked: Vec<String> = match picks {
                    Some(Answer::Picks(p)) => p.clone(),
                    _ => Vec::new(),
                };
                a["options"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|o| {
                        let l = o["label"].as_str().unwrap();
                        let mark = if ticked.iter().any(|t| t == l) {
                            "X"
                        } else {
                            " "
                        };
                        format!("- [{mark}] {l}")
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            }
            (_, None) => "_No response_".to_string(),
            (_, Some(Answer::Picks(p))) if p.is_empty() => "_No response_".to_string(),
            (_, Some(Answer::Picks(p))) => p.join(", "),
            (_, Some(Answer::Text(t))) if t.trim().is_empty() => "_No response_".to_string(),
            ("textarea", Some(Answer::Text(t))) => match a["render"].as_str() {
                Some(lang) => format!("```{lang}\n{t}\n```"),
                None => t.clone(),
            },
            (_, Some(Answer::Text(t))) => t.clone(),
        };
        sections.push(format!("### {label}\n\n{text}"));
    }
    let body = sections.join("\n\n");
    if crlf {
        body.replace('\n', "\r\n")
    } else {
        body
    }
}
