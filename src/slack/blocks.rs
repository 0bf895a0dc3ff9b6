//! Block Kit pieces with Slack's limits applied where they are built, so no
//! view idreq sends can be refused for size: every text is cut to its
//! limit, option values that could be too long are replaced by an index.
//! Limits: docs.slack.dev Block Kit reference (see shared/reference/slack.md §3).

use serde_json::{json, Value};

/// A modal's title, submit and close labels.
pub const TITLE_MAX: usize = 24;
/// Blocks in a modal.
pub const VIEW_BLOCKS_MAX: usize = 100;
/// Blocks in a message.
pub const MESSAGE_BLOCKS_MAX: usize = 50;
/// An input's label and hint.
pub const LABEL_MAX: usize = 2000;
/// A placeholder.
pub const PLACEHOLDER_MAX: usize = 150;
/// An option's text, and its value (the smaller of Slack's two documented limits).
pub const OPTION_MAX: usize = 75;
/// Options in a select.
pub const OPTIONS_MAX: usize = 100;
/// A plain text input's length, and a section's text.
pub const TEXT_MAX: usize = 3000;
/// `private_metadata`.
pub const METADATA_MAX: usize = 3000;
/// A block id or action id.
pub const ID_MAX: usize = 255;
/// A button's text.
pub const BUTTON_MAX: usize = 75;

/// `text` cut to `max` characters (with an ellipsis when cut).
pub fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// A plain_text object, cut to `max`; never empty (Slack refuses that).
pub fn plain(text: &str, max: usize) -> Value {
    let text = if text.trim().is_empty() { "-" } else { text };
    json!({"type": "plain_text", "text": cut(text, max)})
}

/// A mrkdwn object that Slack does not parse for mentions or links
/// (`verbatim`); the text must already be escaped (`mrkdwn::escape`).
pub fn mrkdwn(text: &str) -> Value {
    json!({"type": "mrkdwn", "text": cut(text, TEXT_MAX), "verbatim": true})
}

/// A section block of escaped mrkdwn.
pub fn section(text: &str) -> Value {
    json!({"type": "section", "text": mrkdwn(text)})
}

/// A context block of escaped mrkdwn.
pub fn context(text: &str) -> Value {
    json!({"type": "context", "elements": [mrkdwn(text)]})
}

/// A button.
pub fn button(action_id: &str, text: &str, value: &str) -> Value {
    json!({
        "type": "button",
        "action_id": cut(action_id, ID_MAX),
        "text": plain(text, BUTTON_MAX),
        "value": cut(value, 2000),
    })
}

/// The value sent for choice `index` of `choices`: the choice itself when
/// it fits, else `#<index>` (see [`choice_of_value`]).
pub fn option_value(choices: &[String], index: usize) -> String {
    let choice = &choices[index];
    if choice.chars().count() <= OPTION_MAX && !choice.starts_with('#') {
        choice.clone()
    } else {
        format!("#{index}")
    }
}

/// The choice an option value stands for.
pub fn choice_of_value(choices: &[String], value: &str) -> String {
    if let Some(i) = value
        .strip_prefix('#')
        .and_then(|n| n.parse::<usize>().ok())
    {
        if let Some(c) = choices.get(i) {
            return c.clone();
        }
    }
    value.to_string()
}

/// One option object for choice `index`.
pub fn option(choices: &[String], index: usize) -> Value {
    json!({
        "text": plain(&choices[index], OPTION_MAX),
        "value": option_value(choices, index),
    })
}

/// The option objects for `choices` (at most [`OPTIONS_MAX`]).
pub fn options(choices: &[String]) -> Vec<Value> {
    (0..choices.len().min(OPTIONS_MAX))
        .map(|i| option(choices, i))
        .collect()
}

/// The options among `choices` whose choice is in `picked`.
pub fn picked_options(choices: &[String], picked: &[&str]) -> Vec<Value> {
    (0..choices.len().min(OPTIONS_MAX))
        .filter(|&i| picked.contains(&choices[i].as_str()))
        .map(|i| option(choices, i))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_respects_the_limit_in_characters() {
        assert_eq!(cut("short", 24), "short");
        let long = "é".repeat(30);
        let c = cut(&long, 24);
        assert_eq!(c.chars().count(), 24);
        assert!(c.ends_with('…'));
    }

    #[test]
    fn long_choices_travel_as_indexes_and_come_back() {
        let choices = vec!["dev".to_string(), "x".repeat(200), "#3".to_string()];
        assert_eq!(option_value(&choices, 0), "dev");
        assert_eq!(option_value(&choices, 1), "#1");
        assert_eq!(option_value(&choices, 2), "#2");
        for i in 0..choices.len() {
            assert_eq!(
                choice_of_value(&choices, &option_value(&choices, i)),
                choices[i]
            );
        }
    }
}
