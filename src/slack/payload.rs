//! What Slack sends, parsed defensively: a slash command (a form body) and
//! interactions (a form body whose `payload` is JSON). Anything malformed is
//! an error value, never a panic; unknown fields are ignored.

use std::collections::BTreeMap;

use serde_json::Value;

/// Why a payload cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PayloadError {
    #[error("the body is not a form")]
    NotForm,
    #[error("`{0}` is missing")]
    Missing(&'static str),
    #[error("the interaction payload is not JSON: {0}")]
    BadJson(String),
}

/// A slash command invocation (`/identity-support faq sign in`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlashCommand {
    pub command: String,
    pub text: String,
    pub user_id: String,
    pub channel_id: String,
    pub trigger_id: String,
}

/// Reads a form body into its fields (last value wins).
pub fn form(body: &[u8]) -> Result<BTreeMap<String, String>, PayloadError> {
    if body.contains(&0) {
        return Err(PayloadError::NotForm);
    }
    Ok(form_urlencoded::parse(body).into_owned().collect())
}

impl SlashCommand {
    /// Parses the form body Slack POSTs for a slash command.
    pub fn parse(body: &[u8]) -> Result<Self, PayloadError> {
        let mut f = form(body)?;
        let mut take = |k: &'static str| f.remove(k).ok_or(PayloadError::Missing(k));
        Ok(Self {
            command: take("command")?,
            user_id: take("user_id")?,
            trigger_id: take("trigger_id")?,
            channel_id: take("channel_id").unwrap_or_default(),
            text: take("text").unwrap_or_default(),
        })
    }

    /// Reads a slash command from a Socket Mode envelope's payload.
    pub fn from_json(v: &Value) -> Result<Self, PayloadError> {
        let s = |k: &'static str| str_at(v, &[k]).ok_or(PayloadError::Missing(k));
        Ok(Self {
            command: s("command")?,
            user_id: s("user_id")?,
            trigger_id: s("trigger_id")?,
            channel_id: s("channel_id").unwrap_or_default(),
            text: s("text").unwrap_or_default(),
        })
    }
}

/// The modal a block action or submission came from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    pub id: String,
    pub hash: String,
    pub callback_id: String,
    pub private_metadata: String,
    /// The answers as typed, by block id (lists joined with ",").
    pub values: BTreeMap<String, String>,
}

/// One action in a `block_actions` payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockAction {
    pub block_id: String,
    pub action_id: String,
    /// A button's value, or the selected option's value.
    pub value: String,
}

/// An interaction payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Interaction {
    BlockActions {
        user_id: String,
        trigger_id: String,
        view: Option<ViewState>,
        actions: Vec<BlockAction>,
    },
    ViewSubmission {
        user_id: String,
        view: ViewState,
    },
    ViewClosed,
    /// A kind idreq does not handle (shortcuts, message actions).
    Other(String),
}

impl Interaction {
    /// Parses the form body Slack POSTs for an interaction.
    pub fn parse_form(body: &[u8]) -> Result<Self, PayloadError> {
        let f = form(body)?;
        let json = f.get("payload").ok_or(PayloadError::Missing("payload"))?;
        let v: Value =
            serde_json::from_str(json).map_err(|e| PayloadError::BadJson(e.to_string()))?;
        Self::from_json(&v)
    }

    /// Reads an interaction from its JSON (HTTP `payload`, or Socket Mode).
    pub fn from_json(v: &Value) -> Result<Self, PayloadError> {
        let kind = str_at(v, &["type"]).ok_or(PayloadError::Missing("type"))?;
        let user_id = || str_at(v, &["user", "id"]).ok_or(PayloadError::Missing("user.id"));
        Ok(match kind.as_str() {
            "block_actions" => Interaction::BlockActions {
                user_id: user_id()?,
                trigger_id: str_at(v, &["trigger_id"]).unwrap_or_default(),
                view: v.get("view").filter(|v| v.is_object()).map(view_state),
                actions: v
                    .get("actions")
                    .and_then(Value::as_array)
                    .map(|a| a.iter().map(block_action).collect())
                    .unwrap_or_default(),
            },
            "view_submission" => Interaction::ViewSubmission {
                user_id: user_id()?,
                view: view_state(v.get("view").ok_or(PayloadError::Missing("view"))?),
            },
            "view_closed" => Interaction::ViewClosed,
            _ => Interaction::Other(kind),
        })
    }
}

fn str_at(v: &Value, path: &[&str]) -> Option<String> {
    let mut at = v;
    for k in path {
        at = at.get(k)?;
    }
    at.as_str().map(str::to_string)
}

fn view_state(v: &Value) -> ViewState {
    let s = |k: &str| str_at(v, &[k]).unwrap_or_default();
    let mut values = BTreeMap::new();
    if let Some(blocks) = v.pointer("/state/values").and_then(Value::as_object) {
        for (block_id, actions) in blocks {
            // One element per input block: the first action's value is the answer.
            let value = actions
                .as_object()
                .and_then(|a| a.values().next())
                .and_then(element_value);
            if let Some(value) = value {
                values.insert(block_id.clone(), value);
            }
        }
    }
    ViewState {
        id: s("id"),
        hash: s("hash"),
        callback_id: s("callback_id"),
        private_metadata: s("private_metadata"),
        values,
    }
}

/// The answer an element holds, as text; `None` when nothing is entered.
fn element_value(e: &Value) -> Option<String> {
    if let Some(v) = e.get("value").and_then(Value::as_str) {
        return Some(v.to_string());
    }
    if let Some(v) = e.get("selected_date").and_then(Value::as_str) {
        return Some(v.to_string());
    }
    if let Some(v) = e.pointer("/selected_option/value").and_then(Value::as_str) {
        return Some(v.to_string());
    }
    let many = e.get("selected_options").and_then(Value::as_array)?;
    let values: Vec<&str> = many
        .iter()
        .filter_map(|o| o.get("value").and_then(Value::as_str))
        .collect();
    Some(values.join(","))
}

fn block_action(a: &Value) -> BlockAction {
    let s = |k: &str| str_at(a, &[k]).unwrap_or_default();
    BlockAction {
        block_id: s("block_id"),
        action_id: s("action_id"),
        value: element_value(a).unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_a_slash_command() {
        let body = "token=x&team_id=T1&channel_id=C1&user_id=U1&user_name=jdoe&command=%2Fidentity-support&text=faq+sign+in&response_url=https%3A%2F%2Fhooks.slack.com%2Fx&trigger_id=13345.7384";
        let c = SlashCommand::parse(body.as_bytes()).unwrap();
        assert_eq!(c.command, "/identity-support");
        assert_eq!(c.text, "faq sign in");
        assert_eq!((c.user_id.as_str(), c.channel_id.as_str()), ("U1", "C1"));
        assert_eq!(c.trigger_id, "13345.7384");
        assert_eq!(
            SlashCommand::parse(b"command=%2Fx&user_id=U1"),
            Err(PayloadError::Missing("trigger_id"))
        );
    }

    #[test]
    fn reads_every_kind_of_answer_from_a_submission() {
        let v = json!({
            "type": "view_submission",
            "user": {"id": "U1"},
            "view": {"id": "V1", "hash": "h", "callback_id": "idreq.form",
                "private_metadata": "{}",
                "state": {"values": {
                    "title": {"a": {"type": "plain_text_input", "value": "Hi"}},
                    "when": {"a": {"type": "datepicker", "selected_date": "2026-12-24"}},
                    "tested": {"a": {"type": "radio_buttons", "selected_option": {"value": "yes"}}},
                    "envs": {"a": {"type": "multi_static_select",
                        "selected_options": [{"value": "dev"}, {"value": "staging"}]}},
                    "empty": {"a": {"type": "plain_text_input", "value": null}}
                }}}
        });
        let Interaction::ViewSubmission { user_id, view } = Interaction::from_json(&v).unwrap()
        else {
            panic!("not a submission")
        };
        assert_eq!(user_id, "U1");
        assert_eq!(view.id, "V1");
        let got: Vec<(&str, &str)> = view
            .values
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("envs", "dev,staging"),
                ("tested", "yes"),
                ("title", "Hi"),
                ("when", "2026-12-24")
            ]
        );
    }

    #[test]
    fn malformed_interactions_are_errors() {
        assert!(Interaction::parse_form(b"payload=not-json").is_err());
        assert!(Interaction::parse_form(b"other=1").is_err());
        assert_eq!(
            Interaction::from_json(&json!({"type": "view_submission", "user": {"id": "U"}})),
            Err(PayloadError::Missing("view"))
        );
        assert_eq!(
            Interaction::from_json(&json!({"type": "shortcut"})),
            Ok(Interaction::Other("shortcut".into()))
        );
    }
}
