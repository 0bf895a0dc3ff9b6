//! Reads a body exactly as GitHub renders a submitted issue form (no idreq
//! marker) into the answers `idreq new` would have filed.
//!
//! GitHub writes, per question in form order, `### <label>`, a blank line,
//! the answer and a blank line; `_No response_` for an empty answer; the
//! picks of a multi-select dropdown joined with `, `; checkboxes as `- [X]` /
//! `- [x]` / `- [ ]` lines. It escapes nothing, so an answer may itself hold
//! `###` lines or code fences, and the web editor may send CRLF. Hence: a
//! heading only starts a question when it is the label of a question that
//! comes later in the form, and never inside a code fence; anything else is
//! text of the answer above it.
//!
//! Pure domain code: no terminal, no tracker.

use std::collections::BTreeMap;

use super::body::NO_RESPONSE;
use super::catalogue::{Catalogue, FieldKind, FieldSpec, RequestType};
use super::FieldValue;

/// One `### heading` and the text under it, as filed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebSection {
    pub heading: String,
    /// The answer, trimmed; `None` for `_No response_` or nothing.
    pub text: Option<String>,
}

/// Splits `body` at its headings. With `labels` (a type's labels in form
/// order) only those headings count, in that order; without, every heading
/// outside a code fence does (for issues of no known type).
pub fn sections(body: &str, labels: Option<&[&str]>) -> Vec<WebSection> {
    let body = body.replace("\r\n", "\n");
    let mut out: Vec<(String, Vec<&str>)> = Vec::new();
    // Index into `labels` after the current section's label.
    let mut next_label = 0;
    let mut fence: Option<(char, usize)> = None;
    for line in body.split('\n') {
        if let Some((ch, len)) = fence {
            if closes_fence(line, ch, len) {
                fence = None;
            }
            if let Some((_, text)) = out.last_mut() {
                text.push(line);
            }
            continue;
        }
        if let Some(heading) = line.strip_prefix("### ") {
            let heading = heading.trim();
            let starts = match labels {
                None => true,
                Some(labels) => match labels[next_label.min(labels.len())..]
                    .iter()
                    .position(|l| *l == heading)
                {
                    Some(i) => {
                        next_label += i + 1;
                        true
                    }
                    None => false,
                },
            };
            if starts {
                out.push((heading.to_string(), Vec::new()));
                continue;
            }
        }
        fence = opens_fence(line);
        if let Some((_, text)) = out.last_mut() {
            text.push(line);
        }
    }
    out.into_iter()
        .map(|(heading, lines)| {
            let text = lines.join("\n");
            let text = text.trim();
            let empty = text.is_empty() || text == NO_RESPONSE || is_empty_fence(text);
            WebSection {
                heading,
                text: (!empty).then(|| text.to_string()),
            }
        })
        .collect()
}

fn opens_fence(line: &str) -> Option<(char, usize)> {
    let t = line.trim_start_matches(' ');
    let ch = t.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let len = t.chars().take_while(|c| *c == ch).count();
    (len >= 3).then_some((ch, len))
}

fn closes_fence(line: &str, ch: char, len: usize) -> bool {
    let t = line.trim();
    t.chars().count() >= len && t.chars().all(|c| c == ch)
}

/// An empty `render:` textarea: an opening fence and its closing fence.
fn is_empty_fence(text: &str) -> bool {
    let mut lines = text.lines();
    match (
        lines.next().and_then(opens_fence),
        lines.next(),
        lines.next(),
    ) {
        (Some((ch, len)), Some(close), None) => closes_fence(close, ch, len),
        _ => false,
    }
}

/// Reads the answers of a web-filed request of type `t`, keyed by field.
pub fn answers(catalogue: &Catalogue, t: &RequestType, body: &str) -> BTreeMap<String, FieldValue> {
    let fields: Vec<&FieldSpec> = catalogue.fields_of(t).collect();
    let labels: Vec<&str> = fields.iter().map(|f| f.label.as_str()).collect();
    let mut answers = BTreeMap::new();
    for section in sections(body, Some(&labels)) {
        let (Some(spec), Some(text)) = (
            fields.iter().find(|f| f.label == section.heading),
            section.text,
        ) else {
            continue;
        };
        if let Some(value) = value_of(spec, &text) {
            answers.insert(spec.key.clone(), value);
        }
    }
    answers
}

/// The answer of one question: choices in the catalogue's spelling
/// (`Yes` → `yes`), lists split the way GitHub joined them.
fn value_of(spec: &FieldSpec, text: &str) -> Option<FieldValue> {
    let choices = spec.effective_choices();
    let canonical = |answer: &str| {
        let answer = answer.trim();
        choices
            .iter()
            .find(|c| c.eq_ignore_ascii_case(answer))
            .cloned()
            .unwrap_or_else(|| answer.to_string())
    };
    match spec.kind {
        FieldKind::MultiChoice => {
            let is_checkbox = |l: &str| l.trim_start().starts_with("- [");
            let items: Vec<String> = if text.lines().all(is_checkbox) {
                text.lines()
                    .filter_map(|l| {
                        let l = l.trim_start();
                        l.strip_prefix("- [x] ")
                            .or_else(|| l.strip_prefix("- [X] "))
                    })
                    .map(canonical)
                    .collect()
            } else {
                text.split(", ").map(canonical).collect()
            };
            (!items.is_empty()).then_some(FieldValue::Many(items))
        }
        FieldKind::Choice | FieldKind::YesNo => Some(FieldValue::One(canonical(text))),
        _ => Some(FieldValue::One(text.to_string())),
    }
}

/// The type of a web-filed issue without a type label: the title's
/// `[Type name]` prefix, else the filed type whose own questions' labels
/// appear most among the headings (at least one).
pub fn type_of<'a>(catalogue: &'a Catalogue, title: &str, body: &str) -> Option<&'a RequestType> {
    let filed = || catalogue.types.iter().filter(|t| t.filed);
    if let Some(t) = filed().find(|t| super::summary_of_title(t, title) != title) {
        return Some(t);
    }
    let headings: Vec<String> = sections(body, None)
        .into_iter()
        .map(|s| s.heading)
        .collect();
    filed()
        .map(|t| {
            let own = t
                .fields
                .iter()
                .filter(|f| headings.contains(&f.label))
                .count();
            (own, t)
        })
        .filter(|(own, _)| *own > 0)
        .max_by_key(|(own, _)| *own)
        .map(|(_, t)| t)
}
