//! idreq's own checks of an issue form, for what SchemaStore's schema lets
//! through but GitHub rejects (see `docs` "Common validation errors when
//! creating issue forms"): duplicate ids or labels (also "too similar"
//! ones), a `None` option, unquoted yes/no words, a body of markdown only,
//! empty strings, and "password" in a question's label.

use std::collections::HashSet;

use super::{ChooserConfig, IssueForm};

/// A form GitHub would reject, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {message}")]
pub struct LintError {
    pub file: String,
    pub message: String,
}

/// Words YAML 1.1 (GitHub's reader) takes as booleans when unquoted.
const BOOLEAN_WORDS: [&str; 11] = [
    "y", "n", "yes", "no", "on", "off", "true", "false", "~", "null", "none",
];

/// Checks one form and its YAML text.
pub fn lint_form(form: &IssueForm, text: &str) -> Result<(), LintError> {
    let fail = |message: String| LintError {
        file: form.file_name(),
        message,
    };
    for (key, value) in [("name", &form.name), ("description", &form.description)] {
        if value.trim().is_empty() {
            return Err(fail(format!("`{key}` is empty")));
        }
    }
    if form.labels.iter().any(|l| l.trim().is_empty()) {
        return Err(fail("a label is empty".into()));
    }
    if form.fields().next().is_none() {
        return Err(fail(
            "the body has only markdown; GitHub needs at least one question".into(),
        ));
    }
    let mut ids = HashSet::new();
    let mut slugs = HashSet::new();
    for f in form.fields() {
        let at = format!("question `{}`", f.id);
        if f.id.is_empty()
            || !f
                .id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(fail(format!(
                "{at}: ids may only use letters, digits, `-` and `_`"
            )));
        }
        if !ids.insert(f.id.as_str()) {
            return Err(fail(format!("{at}: the id is used twice")));
        }
        if f.label.trim().is_empty() {
            return Err(fail(format!("{at}: the label is empty")));
        }
        if !slugs.insert(parameterize(&f.label)) {
            return Err(fail(format!(
                "{at}: the label \"{}\" repeats (or is too similar to) another label",
                f.label
            )));
        }
        if f.label.to_lowercase().contains("password") {
            return Err(fail(format!(
                "{at}: GitHub does not allow the word \"password\" in a label"
            )));
        }
        let mut options = HashSet::new();
        for o in &f.options {
            if o.trim().is_empty() {
                return Err(fail(format!("{at}: an option is empty")));
            }
            if o.eq_ignore_ascii_case("none") {
                return Err(fail(format!(
                    "{at}: \"None\" may not be an option (GitHub adds it to optional dropdowns)"
                )));
            }
            if !options.insert(o.as_str()) {
                return Err(fail(format!("{at}: the option \"{o}\" is listed twice")));
            }
        }
    }
    if let Some((n, line)) = unquoted_boolean(text) {
        return Err(fail(format!(
            "line {n}: `{}` would be read as a boolean; quote it",
            line.trim()
        )));
    }
    Ok(())
}

/// Checks the chooser configuration.
pub fn lint_chooser(config: &ChooserConfig) -> Result<(), LintError> {
    for l in &config.contact_links {
        let fail = |message: String| LintError {
            file: super::CONFIG_FILE.into(),
            message: format!("contact link \"{}\": {message}", l.name),
        };
        if l.name.trim().is_empty() || l.about.trim().is_empty() {
            return Err(fail("`name` and `about` may not be empty".into()));
        }
        if !(l.url.starts_with("https://") || l.url.starts_with("http://")) {
            return Err(fail(format!(
                "the url `{}` must start with https://",
                l.url
            )));
        }
    }
    Ok(())
}

/// Rails' `parameterize`, which GitHub uses to compare labels: lowercase,
/// runs of anything but letters and digits become one `-`, trimmed.
pub fn parameterize(label: &str) -> String {
    let mut slug = String::new();
    for c in label.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_matches('-').to_string()
}

/// The first line (1-based) whose plain value is a YAML boolean word.
fn unquoted_boolean(text: &str) -> Option<(usize, &str)> {
    // The indentation of an open literal block: its lines are text, not YAML.
    let mut block: Option<usize> = None;
    text.lines().enumerate().find_map(|(i, line)| {
        let t = line.trim_start();
        let indent = line.len() - t.len();
        match block {
            Some(b) if t.is_empty() || indent > b => return None,
            _ => block = None,
        }
        if t.ends_with(": |-") || t.ends_with(": |") {
            block = Some(indent);
        }
        if t.starts_with('#') {
            return None;
        }
        let value = match t.strip_prefix("- ") {
            Some(item) => item.split_once(": ").map_or(item, |(_, v)| v),
            None => {
                let (key, v) = t.split_once(": ")?;
                if matches!(key, "required" | "multiple" | "blank_issues_enabled") {
                    return None;
                }
                v
            }
        };
        let value = value.trim();
        BOOLEAN_WORDS
            .iter()
            .any(|w| value.eq_ignore_ascii_case(w))
            .then_some((i + 1, line))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::{yaml, Element, ElementType, FormField};

    fn question(id: &str, label: &str, options: &[&str]) -> Element {
        Element::Field(FormField {
            element: if options.is_empty() {
                ElementType::Input
            } else {
                ElementType::Dropdown
            },
            id: id.into(),
            label: label.into(),
            description: String::new(),
            placeholder: None,
            options: options.iter().map(|o| o.to_string()).collect(),
            multiple: false,
            required: false,
        })
    }

    fn form(body: Vec<Element>) -> IssueForm {
        IssueForm {
            type_key: "t".into(),
            name: "T".into(),
            description: "d".into(),
            title: "[T] ".into(),
            labels: vec!["x".into()],
            body,
        }
    }

    fn lint(f: &IssueForm) -> Result<(), String> {
        lint_form(f, &yaml::form(f)).map_err(|e| e.to_string())
    }

    #[test]
    fn catches_what_the_schema_misses() {
        let md = Element::Markdown { value: "hi".into() };
        assert_eq!(
            lint(&form(vec![md.clone()])).unwrap_err(),
            "t.yml: the body has only markdown; GitHub needs at least one question"
        );
        let dup = form(vec![
            question("a", "Name?", &[]),
            question("a", "Other", &[]),
        ]);
        assert_eq!(
            lint(&dup).unwrap_err(),
            "t.yml: question `a`: the id is used twice"
        );
        let similar = form(vec![
            question("a", "Name?", &[]),
            question("b", "Name???", &[]),
        ]);
        assert!(lint(&similar).unwrap_err().contains("too similar"));
        let none = form(vec![question("a", "Pick", &["One", "None"])]);
        assert!(lint(&none)
            .unwrap_err()
            .contains("\"None\" may not be an option"));
        let ok = form(vec![md, question("a", "OK?", &["Yes", "No"])]);
        assert_eq!(lint(&ok), Ok(()));
    }

    #[test]
    fn unquoted_yes_no_is_found_in_the_text() {
        let f = form(vec![question("a", "OK?", &["Yes", "No"])]);
        let text = yaml::form(&f).replace("- \"Yes\"", "- Yes");
        let err = lint_form(&f, &text).unwrap_err();
        assert!(err
            .message
            .ends_with("`- Yes` would be read as a boolean; quote it"));
    }

    #[test]
    fn parameterize_matches_rails() {
        assert_eq!(parameterize("Name?"), "name");
        assert_eq!(parameterize("Where did you test?"), "where-did-you-test");
    }
}
