//! The issue body format: the contract between `idreq new` and everything that
//! reads requests back (show, triage, board, report).
//!
//! Bodies look like GitHub issue forms render them (`### <label>`, a blank line,
//! the answer, `_No response_` when empty), so requests filed from a web form
//! parse the same way. The first line is a hidden marker
//! `<!-- idreq v=1 type=<key> id=<request id> -->`.
//!
//! An answer that could be mistaken for structure (a line starting with `#`, an
//! HTML comment, a code fence, surrounding blank space, a carriage return, ...)
//! is written inside a code fence longer than any backtick run it contains, so
//! no answer can forge another field or the marker, and parsing gives back
//! exactly what was rendered.

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::catalogue::{Catalogue, FieldKind, RequestType};
use super::{summary_of_title, title_for, FieldValue, Request, RequestId};

/// The body format version written into the marker.
pub const FORMAT_VERSION: u32 = 1;

/// The placeholder GitHub issue forms write for an empty optional answer.
pub const NO_RESPONSE: &str = "_No response_";

/// The section listing the FAQ entries shown to the requester before filing.
pub const FAQ_SHOWN_LABEL: &str = "FAQ entries shown before filing";

/// What the hidden marker says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    pub version: u32,
    pub type_key: String,
    pub request_id: RequestId,
}

impl Marker {
    fn render(&self) -> String {
        format!(
            "<!-- idreq v={} type={} id={} -->",
            self.version, self.type_key, self.request_id
        )
    }

    fn parse(line: &str) -> Option<Self> {
        let inner = line
            .trim()
            .strip_prefix("<!-- idreq ")?
            .strip_suffix(" -->")?;
        let mut version = None;
        let mut type_key = None;
        let mut request_id = None;
        for pair in inner.split_whitespace() {
            match pair.split_once('=')? {
                ("v", v) => version = v.parse().ok(),
                ("type", t) => type_key = Some(t.to_string()),
                ("id", id) => request_id = RequestId::parse(id),
                _ => {}
            }
        }
        Some(Self {
            version: version?,
            type_key: type_key?,
            request_id: request_id?,
        })
    }
}

/// Returns the text that marks an issue as carrying request `id` (for searches).
pub fn marker_needle(id: &RequestId) -> String {
    format!("id={id} -->")
}

/// Renders the issue body for `request` of type `t`.
pub fn render(catalogue: &Catalogue, t: &RequestType, request: &Request) -> String {
    let marker = Marker {
        version: FORMAT_VERSION,
        type_key: t.key.clone(),
        request_id: request.request_id.clone(),
    };
    let mut body = marker.render();
    body.push('\n');
    for field in catalogue.fields_of(t) {
        let value = request.fields.get(&field.key);
        if value.is_none() && !super::is_active(field, &request.fields) {
            continue;
        }
        let content = match value {
            None => NO_RESPONSE.to_string(),
            Some(v) if v.is_empty() => NO_RESPONSE.to_string(),
            Some(FieldValue::Many(items)) => render_list(items),
            Some(FieldValue::One(v)) => render_value(v),
        };
        push_section(&mut body, &field.label, &content);
    }
    if !request.faq_shown.is_empty() {
        let list: Vec<String> = request.faq_shown.iter().map(|s| format!("- {s}")).collect();
        push_section(&mut body, FAQ_SHOWN_LABEL, &render_value(&list.join("\n")));
    }
    body
}

/// Renders the title for `request` of type `t`.
pub fn render_title(t: &RequestType, request: &Request) -> String {
    title_for(t, &request.summary)
}

fn push_section(body: &mut String, label: &str, content: &str) {
    body.push_str("\n### ");
    body.push_str(label);
    body.push_str("\n\n");
    body.push_str(content);
    body.push('\n');
}

fn render_value(value: &str) -> String {
    if is_raw_safe(value) {
        value.to_string()
    } else {
        fence(value)
    }
}

fn render_list(items: &[String]) -> String {
    if items.iter().all(|i| is_plain_list_item(i)) {
        items.join(", ")
    } else {
        fence(&items.join("\n"))
    }
}

fn fence(value: &str) -> String {
    let longest_run = value.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let ticks = "`".repeat((longest_run + 1).max(3));
    format!("{ticks}text\n{value}\n{ticks}")
}

/// Returns true when `value` can be written as-is without being read back as
/// structure (headings, fences, comments, padding).
fn is_raw_safe(value: &str) -> bool {
    let starts_or_ends_with_space =
        value.starts_with(char::is_whitespace) || value.ends_with(char::is_whitespace);
    !value.is_empty()
        && value != NO_RESPONSE
        && !starts_or_ends_with_space
        && !value.contains('\r')
        && !value.contains("<!--")
        && !value.contains("-->")
        && value.lines().all(is_raw_safe_line)
}

fn is_raw_safe_line(line: &str) -> bool {
    let t = line.trim_start();
    !(t.starts_with('#') || t.starts_with("```") || t.starts_with("~~~") || t.starts_with("- ["))
}

/// Returns true when a choice can appear in a comma-separated list unfenced.
pub fn is_plain_list_item(item: &str) -> bool {
    is_raw_safe(item) && !item.contains(", ") && !item.contains('\n') && !item.ends_with(',')
}

/// One `### label` section as read from a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section<'a> {
    pub label: &'a str,
    /// The answer, or `None` for `_No response_` or an empty section.
    /// Borrowed from the body unless it had to be changed (CRLF).
    pub content: Option<Cow<'a, str>>,
    /// Whether the answer was fenced (a fenced list holds one item per line).
    pub fenced: bool,
}

/// A body split into its marker and sections.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ParsedBody<'a> {
    pub marker: Option<Marker>,
    pub sections: Vec<Section<'a>>,
}

impl<'a> ParsedBody<'a> {
    /// Returns the section with this label.
    pub fn section(&self, label: &str) -> Option<&Section<'a>> {
        self.sections.iter().find(|s| s.label == label)
    }
}

/// Splits an issue body into its marker and `### ` sections. Never fails:
/// text that is not in the format simply yields fewer sections.
pub fn parse(body: &str) -> ParsedBody<'_> {
    let mut parsed = ParsedBody {
        marker: None,
        // Room for every section of the largest bundled type without regrowing.
        sections: Vec::with_capacity(32),
    };
    // The open section: its label and the byte offset where its text starts.
    // A section's text is contiguous, fenced blocks included.
    let mut current: Option<(&str, usize)> = None;
    let mut offset = 0;
    let mut lines = SplitLines { rest: Some(body) };
    while let Some(line) = lines.next() {
        let line_start = offset;
        offset += line.len() + 1;
        if let Some(label) = strip_heading(line) {
            if let Some((label, start)) = current.take() {
                finish_section(
                    &mut parsed,
                    label,
                    &body[start..line_start.saturating_sub(1).max(start)],
                );
            }
            current = Some((label.trim_end_matches('\r').trim(), offset.min(body.len())));
            continue;
        }
        if let Some(ticks) = fence_opening(line) {
            // Skip the fenced block whole, so nothing inside it reads as structure.
            for inner in lines.by_ref() {
                offset += inner.len() + 1;
                if inner == ticks {
                    break;
                }
            }
            continue;
        }
        if parsed.marker.is_none() {
            parsed.marker = Marker::parse(line);
        }
    }
    if let Some((label, start)) = current {
        finish_section(&mut parsed, label, &body[start.min(body.len())..]);
    }
    parsed
}

/// `body.split('\n')`, finding the newlines with memchr (splitting is most
/// of the cost of reading thousands of bodies).
struct SplitLines<'a> {
    rest: Option<&'a str>,
}

impl<'a> Iterator for SplitLines<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match memchr::memchr(b'\n', rest.as_bytes()) {
            Some(i) => {
                self.rest = Some(&rest[i + 1..]);
                Some(&rest[..i])
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

/// The label of a `### label` line. (Fixed-size compares here and in
/// `fence_opening` avoid a memcmp call per line.)
fn strip_heading(line: &str) -> Option<&str> {
    (line.as_bytes().first_chunk::<4>() == Some(b"### ")).then(|| &line[4..])
}

fn fence_opening(line: &str) -> Option<&str> {
    if line.as_bytes().last_chunk::<4>() != Some(b"text") {
        return None;
    }
    let ticks = &line[..line.len() - 4];
    (ticks.len() >= 3 && ticks.bytes().all(|b| b == b'`')).then_some(ticks)
}

fn finish_section<'a>(parsed: &mut ParsedBody<'a>, label: &'a str, text: &'a str) {
    // Blank lines around the answer are layout, not part of it. (An answer
    // written by idreq never starts or ends with white space: such answers
    // are fenced.)
    let text = text.trim();
    let may_be_fenced = text.as_bytes().first_chunk::<3>() == Some(b"```");
    let fenced_content = may_be_fenced
        .then(|| text.split_once('\n'))
        .flatten()
        .and_then(|(first, rest)| {
            let ticks = fence_opening(first.trim_end_matches('\r'))?;
            let (inner, last) = rest.rsplit_once('\n').unwrap_or(("", rest));
            (last == ticks).then_some(if rest == last { "" } else { inner })
        });
    let (content, fenced) = match fenced_content {
        Some(inner) => (Some(Cow::Borrowed(inner)), true),
        None => {
            // Bodies written in GitHub's web editor use CRLF; idreq's own raw
            // answers never hold a '\r' (those are fenced), so dropping it is exact.
            let text: Cow<'a, str> = if memchr::memchr(b'\r', text.as_bytes()).is_some() {
                Cow::Owned(text.replace("\r\n", "\n"))
            } else {
                Cow::Borrowed(text)
            };
            let empty = text.is_empty() || text == NO_RESPONSE;
            ((!empty).then_some(text), false)
        }
    };
    parsed.sections.push(Section {
        label,
        content,
        fenced,
    });
}

/// Why an issue could not be read as a request.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("the issue has no idreq marker and no request-type label")]
    UnknownType,
    #[error("the issue is of request type `{0}`, which this idreq does not know")]
    UnsupportedType(String),
}

/// Reads an issue (title, body, labels) back into a request. The type comes
/// from the marker or, for issues filed from a web form, from the labels (or
/// the title prefix or headings, see `web_form::type_of`);
/// `fallback_id` names requests that carry no marker.
pub fn decode(
    catalogue: &Catalogue,
    title: &str,
    body: &str,
    labels: &[String],
    fallback_id: RequestId,
) -> Result<Request, DecodeError> {
    decode_marked(catalogue, title, body, labels, || fallback_id).map(|(r, _)| r)
}

/// Like [`decode`], also saying whether the body carried an idreq marker.
/// `fallback_id` is only called for a body without a marker.
pub fn decode_marked(
    catalogue: &Catalogue,
    title: &str,
    body: &str,
    labels: &[String],
    fallback_id: impl FnOnce() -> RequestId,
) -> Result<(Request, bool), DecodeError> {
    let parsed = parse(body);
    let has_marker = parsed.marker.is_some();
    let t = match &parsed.marker {
        Some(m) => catalogue
            .get(&m.type_key)
            .ok_or_else(|| DecodeError::UnsupportedType(m.type_key.clone()))?,
        None => catalogue
            .by_label(labels)
            .or_else(|| super::web_form::type_of(catalogue, title, body))
            .ok_or(DecodeError::UnknownType)?,
    };
    let summary = summary_of_title(t, title).to_string();
    if !has_marker {
        // Filed through a GitHub issue form: read it the way GitHub wrote it.
        let request = Request {
            type_key: t.key.clone(),
            summary,
            fields: super::web_form::answers(catalogue, t, body),
            request_id: fallback_id(),
            faq_shown: Vec::new(),
        };
        return Ok((request, false));
    }
    let mut fields = BTreeMap::new();
    let mut sections = SectionCursor::new(&parsed.sections);
    for spec in catalogue.fields_of(t) {
        let Some(section) = sections.find(&spec.label) else {
            continue;
        };
        let Some(content) = &section.content else {
            continue;
        };
        let value = if spec.kind == FieldKind::MultiChoice {
            FieldValue::Many(split_list(content, section.fenced))
        } else {
            FieldValue::One(content.to_string())
        };
        fields.insert(spec.key.clone(), value);
    }
    let faq_shown = sections
        .find(FAQ_SHOWN_LABEL)
        .and_then(|s| s.content.as_deref())
        .map(|c| {
            c.lines()
                .filter_map(|l| l.strip_prefix("- "))
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let request = Request {
        type_key: t.key.clone(),
        summary,
        fields,
        request_id: match parsed.marker {
            Some(m) => m.request_id,
            None => fallback_id(),
        },
        faq_shown,
    };
    Ok((request, has_marker))
}

/// Finds sections by label, starting after the last one found: bodies list
/// their sections in catalogue order, so each lookup is usually one compare
/// instead of a scan (this is most of the work of reading 10,000 requests).
struct SectionCursor<'s, 'a> {
    sections: &'s [Section<'a>],
    next: usize,
}

impl<'s, 'a> SectionCursor<'s, 'a> {
    fn new(sections: &'s [Section<'a>]) -> Self {
        Self { sections, next: 0 }
    }

    fn find(&mut self, label: &str) -> Option<&'s Section<'a>> {
        let n = self.sections.len();
        let found = (0..n)
            .map(|i| (self.next + i) % n)
            .find(|&i| self.sections[i].label == label)?;
        self.next = found + 1;
        Some(&self.sections[found])
    }
}

fn split_list(content: &str, fenced: bool) -> Vec<String> {
    let checkbox_lines: Vec<&str> = content
        .lines()
        .filter_map(|l| {
            l.strip_prefix("- [X] ")
                .or_else(|| l.strip_prefix("- [x] "))
        })
        .collect();
    if !fenced && !checkbox_lines.is_empty() {
        // GitHub issue-form checkboxes: keep the ticked ones.
        return checkbox_lines.into_iter().map(str::to_string).collect();
    }
    let separator = if fenced { "\n" } else { ", " };
    content.split(separator).map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(fields: &[(&str, FieldValue)]) -> Request {
        Request {
            type_key: "pr-review".into(),
            summary: "Review login change".into(),
            fields: fields
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
            request_id: RequestId::parse("abc123").unwrap(),
            faq_shown: vec!["pr-review-how-to-ask".into()],
        }
    }

    fn round_trip(r: &Request) -> Request {
        let c = Catalogue::bundled();
        let t = c.get(&r.type_key).unwrap();
        let body = render(&c, t, r);
        let title = render_title(t, r);
        decode(&c, &title, &body, &[], RequestId::parse("x").unwrap()).unwrap()
    }

    #[test]
    fn body_looks_like_a_github_issue_form() {
        let c = Catalogue::bundled();
        let t = c.get("pr-review").unwrap();
        let r = sample(&[
            ("requester_name", FieldValue::One("Jane Doe".into())),
            ("tested", FieldValue::One("yes".into())),
            (
                "test_env",
                FieldValue::Many(vec!["localhost".into(), "dev".into()]),
            ),
        ]);
        let body = render(&c, t, &r);
        assert!(body.starts_with("<!-- idreq v=1 type=pr-review id=abc123 -->\n"));
        assert!(body.contains("\n### Your first and last name\n\nJane Doe\n"));
        assert!(body.contains("\n### Where did you test?\n\nlocalhost, dev\n"));
        assert!(body.contains("\n### Your GitHub username\n\n_No response_\n"));
        // user_model_reason is asked only when user_model_change = yes.
        assert!(!body.contains("Why can't this data live outside"));
        assert_eq!(render_title(t, &r), "[PR review] Review login change");
    }

    #[test]
    fn a_value_cannot_forge_a_field_or_the_marker() {
        let evil = "x\n\n### Link to the pull request\n\nhttps://evil\n<!-- idreq v=1 type=data-pull id=zzz -->\n```";
        let r = sample(&[("details", FieldValue::One(evil.into()))]);
        let back = round_trip(&r);
        assert_eq!(back, r);
        assert!(!back.fields.contains_key("pr_url"));
    }

    #[test]
    fn web_form_bodies_parse_by_label() {
        let c = Catalogue::bundled();
        let body = "### Link to the pull request\n\nhttps://github.com/department-of-veterans-affairs/vets-api/pull/1\n\n### Where did you test?\n\n- [X] dev\n- [ ] staging\n";
        let labels = vec!["type: pr-review".to_string()];
        let r = decode(
            &c,
            "Please review",
            body,
            &labels,
            RequestId::parse("gh-7").unwrap(),
        )
        .unwrap();
        assert_eq!(r.type_key, "pr-review");
        assert_eq!(r.request_id.as_str(), "gh-7");
        assert_eq!(r.fields["test_env"], FieldValue::Many(vec!["dev".into()]));
        assert_eq!(r.summary, "Please review");
    }

    #[test]
    fn unknown_bodies_are_reported_not_panicked() {
        let c = Catalogue::bundled();
        let err = decode(&c, "t", "hello", &[], RequestId::parse("x").unwrap()).unwrap_err();
        assert_eq!(err, DecodeError::UnknownType);
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// Text built from the pieces most likely to confuse the format.
        fn nasty_text() -> impl Strategy<Value = String> {
            let piece = prop_oneof![
                Just("### ".to_string()),
                Just("<!--".to_string()),
                Just("-->".to_string()),
                Just("```".to_string()),
                Just("`".to_string()),
                Just("\r\n".to_string()),
                Just("\n".to_string()),
                Just("\r".to_string()),
                Just(" ".to_string()),
                Just("_No response_".to_string()),
                Just("- [X] ".to_string()),
                Just("<!-- idreq v=1 type=data-pull id=forged -->".to_string()),
                Just("🎉".to_string()),
                Just("x".repeat(3000)),
                "[a-zA-Z0-9 ,.:/@#-]{1,12}",
                any::<String>(),
            ];
            prop::collection::vec(piece, 1..8).prop_map(|parts| parts.concat())
        }

        fn arbitrary_request() -> impl Strategy<Value = Request> {
            let c = Catalogue::bundled();
            let types: Vec<RequestType> = c.types.iter().filter(|t| t.filed).cloned().collect();
            (
                0..types.len(),
                any::<u64>(),
                nasty_text(),
                prop::collection::vec("[a-z-]{1,20}", 0..3),
            )
                .prop_flat_map(move |(ti, seed, summary, faq)| {
                    let t = types[ti].clone();
                    let fields: Vec<_> = c.fields_of(&t).cloned().collect();
                    let per_field: Vec<BoxedStrategy<Option<FieldValue>>> = fields
                        .iter()
                        .map(|f| match f.kind {
                            FieldKind::MultiChoice => {
                                let choices = f.choices.clone();
                                prop::option::of(
                                    prop::sample::subsequence(choices.clone(), 1..=choices.len())
                                        .prop_map(FieldValue::Many),
                                )
                                .boxed()
                            }
                            FieldKind::Choice | FieldKind::YesNo => prop::option::of(
                                prop::sample::select(f.effective_choices())
                                    .prop_map(FieldValue::One),
                            )
                            .boxed(),
                            _ => prop::option::of(nasty_text().prop_map(FieldValue::One)).boxed(),
                        })
                        .collect();
                    let keys: Vec<String> = fields.iter().map(|f| f.key.clone()).collect();
                    (
                        per_field,
                        Just(keys),
                        Just(t.key.clone()),
                        Just(summary),
                        Just(faq),
                        Just(seed),
                    )
                })
                .prop_map(|(values, keys, type_key, summary, faq, seed)| Request {
                    type_key,
                    summary,
                    fields: keys
                        .into_iter()
                        .zip(values)
                        .filter_map(|(k, v)| v.filter(|v| !v.is_empty()).map(|v| (k, v)))
                        .collect(),
                    request_id: RequestId::parse(&format!("{seed:x}")).unwrap(),
                    faq_shown: faq,
                })
        }

        proptest! {
            #[test]
            fn parse_of_render_gives_back_the_request(r in arbitrary_request()) {
                prop_assert_eq!(round_trip(&r), r);
            }

            #[test]
            fn parse_never_panics_on_any_text(body in any::<String>(), nasty in nasty_text()) {
                let c = Catalogue::bundled();
                let _ = parse(&body);
                let _ = decode(&c, &nasty, &format!("{nasty}\n{body}"), &[], RequestId::parse("x").unwrap());
            }
        }
    }
}
