//! What a request is: its type, its answers, and the rules they must follow.
//! Pure domain code: no terminal, no tracker, no HTTP.

pub mod body;
pub mod catalogue;
pub mod dates;
pub mod draft;
pub mod pii;
pub mod validate;
pub mod web_form;

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

pub use catalogue::{Catalogue, FieldKind, FieldSpec, RequestType};

/// One answer: a single value, or a list for multi-choice fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FieldValue {
    One(String),
    Many(Vec<String>),
}

impl FieldValue {
    /// Returns the value as text (lists joined with ", ").
    pub fn as_text(&self) -> String {
        match self {
            FieldValue::One(v) => v.clone(),
            FieldValue::Many(items) => items.join(", "),
        }
    }

    /// Returns true when the answer holds nothing.
    pub fn is_empty(&self) -> bool {
        match self {
            FieldValue::One(v) => v.is_empty(),
            FieldValue::Many(items) => items.is_empty(),
        }
    }

    /// Returns true when this answer equals `choice` (or contains it, for lists).
    pub fn matches(&self, choice: &str) -> bool {
        match self {
            FieldValue::One(v) => v == choice,
            FieldValue::Many(items) => items.iter().any(|i| i == choice),
        }
    }
}

/// The unique id of a request, carried in the issue body's marker so a retry
/// can find an issue that was created but never confirmed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RequestId(String);

impl RequestId {
    /// Returns a fresh random id.
    pub fn new_random() -> Self {
        Self(uuid::Uuid::new_v4().simple().to_string())
    }

    /// Accepts an id read back from a marker; ids are 1–64 of `[A-Za-z0-9-]`.
    pub fn parse(text: &str) -> Option<Self> {
        let ok = !text.is_empty()
            && text.len() <= 64
            && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        ok.then(|| Self(text.to_string()))
    }

    /// Returns the id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Returns the id's text, consuming it.
    pub fn into_string(self) -> String {
        self.0
    }
}

impl fmt::Display for RequestId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A complete request, before or after filing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    /// The request type's key, e.g. `pr-review`.
    #[serde(rename = "type")]
    pub type_key: String,
    /// The one-line summary; the issue title is `[<Type name>] <summary>`.
    pub summary: String,
    /// Answers by field key; unanswered optional fields are absent.
    pub fields: BTreeMap<String, FieldValue>,
    pub request_id: RequestId,
    /// FAQ entries the requester was shown before filing (slugs).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub faq_shown: Vec<String>,
}

impl Request {
    /// Builds the request a draft describes; `None` until it has a type.
    pub fn from_draft(draft: &draft::Draft) -> Option<Request> {
        Some(Request {
            type_key: draft.type_key.clone()?,
            summary: draft.summary.clone().unwrap_or_default(),
            fields: draft.fields.clone(),
            request_id: draft.id.clone(),
            faq_shown: draft.faq_shown.clone(),
        })
    }

    /// Returns true when the requester said Veterans are affected in production.
    pub fn production_impact(&self) -> bool {
        production_impact(&self.fields)
    }
}

/// Returns true when the answers say Veterans are affected in production.
pub fn production_impact(fields: &BTreeMap<String, FieldValue>) -> bool {
    fields.get("prod_impact").is_some_and(|v| v.matches("yes"))
}

/// GitHub rejects issue titles longer than this many characters.
pub const MAX_TITLE_CHARS: usize = 256;

/// Returns the issue title for a request of type `t`.
pub fn title_for(t: &RequestType, summary: &str) -> String {
    format!("[{}] {}", t.name, summary)
}

/// The summary in a title made by [`title_for`] (the whole title when it does
/// not start with the type's prefix). Borrowed: it runs for every request read.
pub fn summary_of_title<'a>(t: &RequestType, title: &'a str) -> &'a str {
    title
        .strip_prefix('[')
        .and_then(|rest| rest.strip_prefix(t.name.as_str()))
        .and_then(|rest| rest.strip_prefix("] "))
        .unwrap_or(title)
}

/// Returns the longest summary that keeps the title of type `t` within GitHub's limit.
pub fn max_summary_chars(t: &RequestType) -> usize {
    MAX_TITLE_CHARS.saturating_sub(title_for(t, "").chars().count())
}

/// Returns true when `field` should be asked, given the answers so far.
pub fn is_active(field: &FieldSpec, answers: &BTreeMap<String, FieldValue>) -> bool {
    match &field.when {
        None => true,
        Some(c) => answers.get(&c.field).is_some_and(|v| c.is_met_by(v)),
    }
}

/// Removes answers whose condition no longer holds.
pub fn drop_inactive(
    catalogue: &Catalogue,
    t: &RequestType,
    fields: &mut BTreeMap<String, FieldValue>,
) {
    loop {
        let inactive: Vec<String> = catalogue
            .fields_of(t)
            .filter(|f| fields.contains_key(&f.key) && !is_active(f, fields))
            .map(|f| f.key.clone())
            .collect();
        if inactive.is_empty() {
            return;
        }
        for k in inactive {
            fields.remove(&k);
        }
    }
}
