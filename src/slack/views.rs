//! The catalogue as Slack modals: the type picker, one form per request
//! type (one input per active field, conditional fields shown as their
//! controlling answer changes), and the "Filing…", filed and failed views.
//! Built from the same `Catalogue` as `idreq new`; every limit in
//! [`super::blocks`] holds by construction.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::blocks::{
    button, choice_of_value, context, cut, options, picked_options, plain, section, ID_MAX,
    LABEL_MAX, METADATA_MAX, OPTIONS_MAX, PLACEHOLDER_MAX, TEXT_MAX, TITLE_MAX, VIEW_BLOCKS_MAX,
};
use super::mrkdwn::{escape, escape_line, link};
use crate::faq::search::FaqHit;
use crate::request::validate::{example_for, MIN_SUMMARY_CHARS, SUMMARY_KEY};
use crate::request::{
    is_active, max_summary_chars, Catalogue, FieldKind, FieldSpec, FieldValue, RequestType,
};

/// The type picker's callback id.
pub const PICK_CALLBACK: &str = "idreq.pick";
/// A request form's callback id.
pub const FORM_CALLBACK: &str = "idreq.form";
/// The picker's select.
pub const PICK_ACTION: &str = "idreq.pick_type";
/// The button under an FAQ suggestion.
pub const FAQ_ANSWERED_ACTION: &str = "idreq.faq_answered";
/// Every input's action id (block ids name the field).
pub const INPUT_ACTION: &str = "answer";

/// Blocks kept free for the summary, FAQ suggestions and notes.
const RESERVED_BLOCKS: usize = 12;

/// What a form carries between Slack and idreq (`private_metadata`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    #[serde(rename = "t")]
    pub type_key: String,
    /// The channel the command was run in.
    #[serde(rename = "c", default)]
    pub channel: String,
}

impl Meta {
    pub fn encode(&self) -> String {
        let text = serde_json::to_string(self).expect("plain strings serialise");
        if text.len() <= METADATA_MAX {
            text
        } else {
            // Type keys and channel ids are short; a config with a longer key
            // loses the channel rather than the type.
            serde_json::to_string(&Meta {
                type_key: cut(&self.type_key, 2000),
                channel: String::new(),
            })
            .expect("plain strings serialise")
        }
    }

    pub fn decode(text: &str) -> Option<Self> {
        serde_json::from_str(text).ok()
    }
}

/// A field of a form and the block id its input has.
pub struct FormField<'a> {
    pub block_id: String,
    pub spec: &'a FieldSpec,
}

/// Every field of type `t`, with its block id (the key, or `#f<n>` for a
/// key too long or clashing with idreq's own ids).
pub fn form_fields<'a>(catalogue: &'a Catalogue, t: &'a RequestType) -> Vec<FormField<'a>> {
    catalogue
        .fields_of(t)
        .enumerate()
        .map(|(i, spec)| FormField {
            block_id: if spec.key.len() <= ID_MAX
                && spec.key != SUMMARY_KEY
                && !spec.key.starts_with('#')
            {
                spec.key.clone()
            } else {
                format!("#f{i}")
            },
            spec,
        })
        .collect()
}

/// The raw answers (by field key) in a form's state (by block id), with
/// option values turned back into choices.
pub fn answers_from_state(
    catalogue: &Catalogue,
    t: &RequestType,
    state: &BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for f in form_fields(catalogue, t) {
        let Some(raw) = state.get(&f.block_id) else {
            continue;
        };
        let choices = f.spec.effective_choices();
        let value = match f.spec.kind {
            FieldKind::Choice | FieldKind::YesNo if choices.len() <= OPTIONS_MAX => {
                choice_of_value(&choices, raw)
            }
            FieldKind::MultiChoice if choices.len() <= OPTIONS_MAX => raw
                .split(',')
                .filter(|v| !v.is_empty())
                .map(|v| choice_of_value(&choices, v))
                .collect::<Vec<_>>()
                .join(","),
            _ => raw.clone(),
        };
        if !value.trim().is_empty() {
            out.insert(f.spec.key.clone(), value);
        }
    }
    out
}

/// Raw answers as the values `is_active` reads.
fn typed(
    catalogue: &Catalogue,
    t: &RequestType,
    raw: &BTreeMap<String, String>,
) -> BTreeMap<String, FieldValue> {
    catalogue
        .fields_of(t)
        .filter_map(|f| {
            let v = raw.get(&f.key)?;
            Some((
                f.key.clone(),
                if f.kind.is_list() {
                    FieldValue::Many(v.split(',').map(str::to_string).collect())
                } else {
                    FieldValue::One(v.clone())
                },
            ))
        })
        .collect()
}

/// The type picker: one select of the filed types.
pub fn picker(catalogue: &Catalogue, channel: &str) -> Value {
    let filed: Vec<&RequestType> = catalogue.types.iter().filter(|t| t.filed).collect();
    let names: Vec<String> = filed.iter().map(|t| t.name.clone()).collect();
    let mut opts = options(&names);
    for (o, t) in opts.iter_mut().zip(&filed) {
        o["value"] = json!(cut(&t.key, 75));
    }
    let mut blocks = vec![
        section("What do you need from the Identity team?"),
        json!({
            "type": "actions",
            "block_id": "idreq.pick",
            "elements": [{
                "type": "static_select",
                "action_id": PICK_ACTION,
                "placeholder": plain("Choose a request type", PLACEHOLDER_MAX),
                "options": opts,
            }]
        }),
    ];
    for t in filed.iter().take(VIEW_BLOCKS_MAX - 3) {
        blocks.push(context(&format!(
            "*{}*: {}",
            escape_line(&t.name),
            escape_line(&t.description)
        )));
    }
    json!({
        "type": "modal",
        "callback_id": PICK_CALLBACK,
        "private_metadata": Meta { type_key: String::new(), channel: channel.into() }.encode(),
        "title": plain("Identity support", TITLE_MAX),
        "close": plain("Cancel", TITLE_MAX),
        "blocks": blocks,
    })
}

/// Everything a form view shows besides the catalogue.
#[derive(Debug)]
pub struct FormState<'a> {
    /// Raw answers by field key (what was typed so far).
    pub answers: &'a BTreeMap<String, String>,
    pub summary: &'a str,
    /// FAQ entries matching the summary.
    pub faq: &'a [FaqHit],
    /// Shown above the form (e.g. a filing error), already plain text.
    pub error: Option<&'a str>,
    pub channel: &'a str,
}

/// The form for type `t`: the summary, then one input per active field.
pub fn form(catalogue: &Catalogue, t: &RequestType, state: &FormState<'_>) -> Value {
    let meta = Meta {
        type_key: t.key.clone(),
        channel: state.channel.into(),
    };
    let active = typed(catalogue, t, state.answers);
    let controlling: Vec<&str> = catalogue
        .fields_of(t)
        .filter_map(|f| f.when.as_ref().map(|w| w.field.as_str()))
        .collect();
    let fields: Vec<FormField> = form_fields(catalogue, t)
        .into_iter()
        .filter(|f| is_active(f.spec, &active))
        .collect();
    if fields.len() + RESERVED_BLOCKS > VIEW_BLOCKS_MAX {
        return too_big(t, &meta);
    }
    let mut blocks = Vec::new();
    if let Some(error) = state.error {
        blocks.push(section(&format!(":warning: {}", escape(error))));
    }
    blocks.push(summary_block(t, state.summary));
    blocks.extend(faq_blocks(state.faq));
    for f in &fields {
        let dispatch = controlling.contains(&f.spec.key.as_str());
        blocks.push(input_block(f, state.answers.get(&f.spec.key), dispatch));
    }
    let submit = if state.error.is_some() {
        "Try again"
    } else {
        "Send request"
    };
    json!({
        "type": "modal",
        "callback_id": FORM_CALLBACK,
        "private_metadata": meta.encode(),
        "title": plain(&t.name, TITLE_MAX),
        "submit": plain(submit, TITLE_MAX),
        "close": plain("Cancel", TITLE_MAX),
        "blocks": blocks,
    })
}

fn too_big(t: &RequestType, meta: &Meta) -> Value {
    json!({
        "type": "modal",
        "callback_id": FORM_CALLBACK,
        "private_metadata": meta.encode(),
        "title": plain(&t.name, TITLE_MAX),
        "close": plain("Close", TITLE_MAX),
        "blocks": [section(&format!(
            "*{}* asks more questions than a Slack form can hold. File it with `idreq new --type {}` or the web form.",
            escape_line(&t.name), escape_line(&t.key)
        ))],
    })
}

fn summary_block(t: &RequestType, summary: &str) -> Value {
    let max = max_summary_chars(t).clamp(MIN_SUMMARY_CHARS, TEXT_MAX);
    let mut element = json!({
        "type": "plain_text_input",
        "action_id": INPUT_ACTION,
        "min_length": MIN_SUMMARY_CHARS,
        "max_length": max,
        "placeholder": plain("One line: what you need", PLACEHOLDER_MAX),
        "dispatch_action_config": {"trigger_actions_on": ["on_enter_pressed"]},
    });
    if !summary.is_empty() {
        element["initial_value"] = json!(cut(summary, max));
    }
    json!({
        "type": "input",
        "block_id": SUMMARY_KEY,
        "dispatch_action": true,
        "label": plain("Summary", LABEL_MAX),
        "hint": plain("Press Enter to see FAQ entries that may already answer it.", LABEL_MAX),
        "element": element,
    })
}

/// FAQ suggestions with a "This answered my question" button each.
pub fn faq_blocks(hits: &[FaqHit]) -> Vec<Value> {
    if hits.is_empty() {
        return Vec::new();
    }
    let mut blocks = vec![context("These FAQ entries may already answer it:")];
    for h in hits.iter().take(3) {
        blocks.push(json!({
            "type": "section",
            "text": super::blocks::mrkdwn(&format!("*{}*\n{}", escape_line(&h.title), escape_line(&h.summary))),
            "accessory": button(FAQ_ANSWERED_ACTION, "This answered my question", &h.slug),
        }));
    }
    blocks
}

fn input_block(f: &FormField<'_>, answer: Option<&String>, dispatch: bool) -> Value {
    let spec = f.spec;
    let mut block = json!({
        "type": "input",
        "block_id": f.block_id,
        "optional": !spec.required,
        "label": plain(if spec.label.is_empty() { &spec.key } else { &spec.label }, LABEL_MAX),
        "element": element(spec, answer.map(String::as_str)),
    });
    if dispatch {
        block["dispatch_action"] = json!(true);
    }
    if !spec.help.trim().is_empty() {
        block["hint"] = plain(&spec.help, LABEL_MAX);
    }
    block
}

fn element(spec: &FieldSpec, answer: Option<&str>) -> Value {
    let choices = spec.effective_choices();
    let mut e = match spec.kind {
        FieldKind::YesNo => json!({"type": "radio_buttons", "options": options(&choices)}),
        FieldKind::Choice if choices.len() <= OPTIONS_MAX => {
            json!({"type": "static_select", "options": options(&choices)})
        }
        FieldKind::MultiChoice if choices.len() <= OPTIONS_MAX => {
            json!({"type": "multi_static_select", "options": options(&choices)})
        }
        FieldKind::Date => json!({"type": "datepicker"}),
        FieldKind::Url => json!({"type": "url_text_input"}),
        FieldKind::Multiline => text_input(spec, true),
        _ => text_input(spec, false),
    };
    e["action_id"] = json!(INPUT_ACTION);
    let kind = e["type"].as_str().unwrap_or_default().to_string();
    if let Some(example) = example_for(spec).filter(|_| kind.ends_with("_input")) {
        e["placeholder"] = plain(&format!("e.g. {example}"), PLACEHOLDER_MAX);
    }
    let answer = answer.or(spec.default.as_deref()).filter(|a| !a.is_empty());
    if let Some(a) = answer {
        set_initial(&mut e, &kind, &choices, a);
    }
    e
}

fn text_input(spec: &FieldSpec, multiline: bool) -> Value {
    let mut e = json!({"type": "plain_text_input", "multiline": multiline});
    if let Some(min) = spec.min_len {
        e["min_length"] = json!(min.min(TEXT_MAX));
    }
    e["max_length"] = json!(spec
        .max_len
        .unwrap_or(TEXT_MAX)
        .clamp(1, TEXT_MAX)
        .max(spec.min_len.unwrap_or(0).min(TEXT_MAX)));
    e
}

fn set_initial(e: &mut Value, kind: &str, choices: &[String], answer: &str) {
    match kind {
        "radio_buttons" | "static_select" => {
            if let Some(o) = picked_options(choices, &[answer]).pop() {
                e["initial_option"] = o;
            }
        }
        "multi_static_select" => {
            let picked: Vec<&str> = answer.split(',').map(str::trim).collect();
            let opts = picked_options(choices, &picked);
            if !opts.is_empty() {
                e["initial_options"] = json!(opts);
            }
        }
        "datepicker" => {
            if chrono::NaiveDate::parse_from_str(answer, "%Y-%m-%d").is_ok() {
                e["initial_date"] = json!(answer);
            }
        }
        _ => {
            let max = e["max_length"].as_u64().unwrap_or(TEXT_MAX as u64) as usize;
            e["initial_value"] = json!(cut(answer, max));
        }
    }
}

/// The view shown while the request is filed.
pub fn filing(t: &RequestType) -> Value {
    notice_view(&t.name, ":hourglass_flowing_sand: Filing your request…")
}

/// The view once the request is filed: its number and link.
pub fn filed(t: &RequestType, number: u64, url: Option<&str>, title: &str) -> Value {
    let what = match url {
        Some(u) => link(u, &format!("#{number} {title}")),
        None => format!("#{number} {}", escape_line(title)),
    };
    notice_view(
        &t.name,
        &format!(
            ":white_check_mark: Filed {what}.\nThe team will reply in the thread in the channel."
        ),
    )
}

/// A view with one message and a Close button (`text` is escaped mrkdwn).
pub fn notice_view(title: &str, text: &str) -> Value {
    json!({
        "type": "modal",
        "callback_id": "idreq.notice",
        "title": plain(title, TITLE_MAX),
        "close": plain("Close", TITLE_MAX),
        "blocks": [section(text)],
    })
}

#[cfg(test)]
#[path = "views_tests.rs"]
mod tests;
