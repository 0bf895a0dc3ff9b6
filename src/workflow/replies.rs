//! Standard replies: a bundled template per step of a request's life (the
//! research's six touchpoints plus need-info, declined, duplicate, snoozed),
//! each replaceable from the config, and the variables they are filled with.

use std::collections::BTreeMap;

use super::change::Change;
use super::{Rules, TrackedRequest};

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

/// A standard reply: one per step of a request's life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reply {
    Created,
    Accepted,
    Assigned,
    TargetSet,
    TargetChanged,
    Uat,
    Closed,
    NeedInfo,
    Declined,
    Duplicate,
    Snoozed,
}

impl Reply {
    /// Every reply, in the order of [`NAMES`].
    pub const ALL: [Reply; 11] = [
        Reply::Created,
        Reply::Accepted,
        Reply::Assigned,
        Reply::TargetSet,
        Reply::TargetChanged,
        Reply::Uat,
        Reply::Closed,
        Reply::NeedInfo,
        Reply::Declined,
        Reply::Duplicate,
        Reply::Snoozed,
    ];

    /// Returns the reply's name, as used under `[replies]` in the config.
    pub fn name(self) -> &'static str {
        NAMES[Self::ALL.iter().position(|r| *r == self).expect("listed")]
    }
}

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
    /// The bundled templates alone.
    pub fn bundled() -> Self {
        Self::new(&BTreeMap::new()).expect("no overrides to reject")
    }

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
    pub fn render(&self, reply: Reply, values: &BTreeMap<&str, String>) -> String {
        let template = self
            .templates
            .get(reply.name())
            .map(String::as_str)
            .unwrap_or("");
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

/// Fills `reply` for `after` (`before` holds the old target date; `change`
/// the message, reason, duplicate and snooze date).
pub fn render_reply(
    rules: &Rules,
    reply: Reply,
    before: &TrackedRequest,
    after: &TrackedRequest,
    change: &Change,
) -> String {
    let values = reply_values(rules, reply, before, after, change);
    rules.replies.render(reply, &values)
}

/// The "we have your request" reply, shown to the requester after filing.
pub fn received_reply(rules: &Rules, filed: &TrackedRequest) -> String {
    render_reply(rules, Reply::Created, filed, filed, &Change::default())
}

/// The value of every placeholder for `reply`.
pub fn reply_values(
    rules: &Rules,
    reply: Reply,
    before: &TrackedRequest,
    after: &TrackedRequest,
    change: &Change,
) -> BTreeMap<&'static str, String> {
    let t = after
        .type_key
        .as_deref()
        .and_then(|k| rules.catalogue.get(k));
    let mut v: BTreeMap<&'static str, String> = BTreeMap::new();
    v.insert("requester", requester_name(after));
    v.insert("number", after.number.to_string());
    v.insert("type", t.map_or("Identity".into(), |t| t.name.clone()));
    v.insert(
        "response_target",
        t.map_or("1 business day".into(), |t| t.first_response.to_string()),
    );
    v.insert("assignee", assignee_text(after));
    let target = after.target_date.map(|d| d.to_string()).unwrap_or_default();
    v.insert(
        "target_date",
        if reply == Reply::Accepted && !target.is_empty() {
            format!(", and we are aiming to finish by {target}")
        } else {
            target
        },
    );
    v.insert(
        "old_target_date",
        before
            .target_date
            .map(|d| d.to_string())
            .unwrap_or_else(|| "unset".into()),
    );
    v.insert(
        "priority",
        after
            .priority
            .map_or("untriaged".into(), |p| p.key().to_string()),
    );
    v.insert(
        "estimate",
        after
            .estimate
            .map(|e| format!(", size {}", e.key()))
            .unwrap_or_default(),
    );
    v.insert("message", change.message.clone().unwrap_or_default());
    v.insert(
        "reason",
        change
            .reason
            .clone()
            .map(|r| format!("Reason: {r}"))
            .unwrap_or_default(),
    );
    v.insert("duplicate_of", optional_text(change.duplicate_of));
    v.insert("until", optional_text(change.snooze_until));
    v.insert("faq_links", faq_links(rules, after));
    v
}

fn optional_text(value: Option<impl ToString>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn assignee_text(r: &TrackedRequest) -> String {
    if r.assignees.is_empty() {
        return "The Identity team".to_string();
    }
    r.assignees
        .iter()
        .map(|a| format!("@{a}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Addresses the requester by name, or by GitHub login, or as the author.
pub fn requester_name(r: &TrackedRequest) -> String {
    r.field_text("requester_name")
        .or_else(|| r.field_text("github_user").map(|g| format!("@{g}")))
        .unwrap_or_else(|| format!("@{}", r.author))
}

/// "These answers may help: …" for the FAQ entries closest to the request.
fn faq_links(rules: &Rules, r: &TrackedRequest) -> String {
    // Only entries at the answer level: a reply that links weak matches
    // teaches people to skip the links.
    let hits: Vec<_> = crate::faq::search::search(&rules.faq, &r.summary, r.type_key.as_deref(), 2)
        .into_iter()
        .filter(|h| h.confidence.answers())
        .collect();
    if hits.is_empty() {
        return String::new();
    }
    let links: Vec<String> = hits
        .iter()
        .map(|h| format!("- {} (`idreq faq show {}`)", h.title, h.slug))
        .collect();
    format!("\nThese answers may help:\n{}", links.join("\n"))
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
            r.render(Reply::Duplicate, &values),
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
            r.render(Reply::Accepted, &[("requester", "Jane".to_string())].into()),
            "OK Jane"
        );
    }
}
