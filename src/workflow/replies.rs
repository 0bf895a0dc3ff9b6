//! Standard replies: a bundled template per step of a request's life (the
//! research's six touchpoints plus need-info, declined, duplicate, snoozed),
//! each replaceable from the config.

use std::collections::BTreeMap;

/// The bundled templates.
const BUNDLED: &str = include_str!("replies.toml");

/// Every reply name, in the order they happen.
pub const NAMES: [&str; 11] = [
    "created",
    "accepted",
    "assigned",
    "target_set",
    "target_changed",
    "uat",
    "closed",
    "need_info",
    "declined",
    "duplicate",
    "snoozed",
];

/// The placeholders a template may use.
pub const PLACEHOLDERS: [&str; 14] = [
    "requester",
    "number",
    "type",
    "assignee",
    "target_date",
    "old_target_date",
    "response_target",
    "priority",
    "estimate",
    "message",
    "duplicate_of",
    "until",
    "reason",
    "faq_links",
];

/// The reply templates in force.
#[derive(Debug, Clone)]
pub struct Replies {
    templates: BTreeMap<String, String>,
}

impl Replies {
    /// Bundled templates with `overrides` (from the config) on top; fails on
    /// an unknown reply name or placeholder.
    pub fn new(overrides: &BTreeMap<String, String>) -> Result<Self, String> {
        let mut templates: BTreeMap<String, String> = toml::from_str(BUNDLED)
            .unwrap_or_else(|e| panic!("bundled replies.toml is invalid: {e}"));
        for (name, text) in overrides {
            if !NAMES.contains(&name.as_str()) {
                return Err(format!(
                    "[replies] has `{name}`, which is not a reply; the replies are {}",
                    NAMES.join(", ")
                ));
            }
            if let Some(bad) = unknown_placeholder(text) {
                return Err(format!(
                    "[replies] `{name}` uses {{{bad}}}, which is not a placeholder; use {}",
                    PLACEHOLDERS.map(|p| format!("{{{p}}}")).join(" ")
                ));
            }
            templates.insert(name.clone(), text.clone());
        }
        Ok(Self { templates })
    }

    /// Fills reply `name` with `values` (missing placeholders become empty),
    /// dropping blank lines at the ends and runs of blank lines.
    pub fn render(&self, name: &str, values: &BTreeMap<&str, String>) -> String {
        let template = self.templates.get(name).map(String::as_str).unwrap_or("");
        let mut text = template.to_string();
        for p in PLACEHOLDERS {
            text = text.replace(
                &format!("{{{p}}}"),
                values.get(p).map(String::as_str).unwrap_or(""),
            );
        }
        tidy(&text)
    }

    /// Returns the template text of reply `name`.
    pub fn template(&self, name: &str) -> Option<&str> {
        self.templates.get(name).map(String::as_str)
    }
}

fn unknown_placeholder(text: &str) -> Option<String> {
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else { break };
        let name = &after[..end];
        if name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
            && !name.is_empty()
            && !PLACEHOLDERS.contains(&name)
        {
            return Some(name.to_string());
        }
        rest = &after[end + 1..];
    }
    None
}

fn tidy(text: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim_end) {
        if line.is_empty() && out.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        out.push(line);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reply_exists_and_fills_placeholders() {
        let r = Replies::new(&BTreeMap::new()).unwrap();
        for name in NAMES {
            assert!(r.template(name).is_some(), "{name} missing");
        }
        let values: BTreeMap<&str, String> = [
            ("requester", "Jane".to_string()),
            ("number", "7".into()),
            ("duplicate_of", "3".into()),
        ]
        .into();
        assert_eq!(
            r.render("duplicate", &values),
            "Thanks, Jane. #7 asks for the same thing as #3, so we are closing it as a duplicate. Please follow #3 for updates."
        );
    }

    #[test]
    fn overrides_are_checked() {
        let bad: BTreeMap<String, String> = [("acepted".to_string(), "x".to_string())].into();
        assert!(Replies::new(&bad).unwrap_err().contains("not a reply"));
        let bad: BTreeMap<String, String> =
            [("accepted".to_string(), "Hi {name}".to_string())].into();
        assert!(Replies::new(&bad).unwrap_err().contains("{name}"));
        let good: BTreeMap<String, String> =
            [("accepted".to_string(), "OK {requester}".to_string())].into();
        let r = Replies::new(&good).unwrap();
        assert_eq!(
            r.render("accepted", &[("requester", "Jane".to_string())].into()),
            "OK Jane"
        );
    }
}
