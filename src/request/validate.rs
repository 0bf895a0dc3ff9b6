//! Checking and normalising answers. Each problem names the field, the rule it
//! broke and an example of a good value, so a person (or a script author) can
//! fix it in one go.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::catalogue::{Catalogue, DateRange, FieldKind, FieldSpec, RequestType};
use super::dates::{parse_date, DATE_EXAMPLES};
use super::pii::{scan, PiiFinding};
use super::{is_active, max_summary_chars, FieldValue, Request, RequestId};

/// The pseudo field key used for the one-line summary (the `--title` flag).
pub const SUMMARY_KEY: &str = "title";

/// The pseudo field key used for the request type (the `--type` flag).
pub const TYPE_KEY: &str = "type";

/// The shortest summary accepted.
pub const MIN_SUMMARY_CHARS: usize = 5;

/// One broken rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The field key (or `title` for the summary).
    pub field: String,
    /// The question, as the requester saw it.
    pub label: String,
    /// What is wrong, e.g. "is required".
    pub message: String,
    /// An example of a good value.
    pub example: Option<String>,
    /// True when the answer is simply missing.
    pub missing: bool,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` ({}): {}", self.field, self.label, self.message)?;
        if let Some(e) = &self.example {
            write!(f, " (e.g. {e})")?;
        }
        Ok(())
    }
}

/// Something worth telling the requester that does not block filing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub field: String,
    pub message: String,
}

static URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^https?://[A-Za-z0-9.-]+(:\d+)?(/\S*)?$").expect("valid regex"));
static GITHUB_LOGIN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Za-z0-9](-?[A-Za-z0-9]){0,38}$").expect("valid regex"));

/// Checks and normalises one answer typed for `spec`. An empty answer is
/// `Ok(None)`; required-ness is checked by [`validate_request`].
pub fn check_answer(
    spec: &FieldSpec,
    raw: &str,
    answers: &BTreeMap<String, FieldValue>,
    today: NaiveDate,
) -> Result<(Option<FieldValue>, Vec<Notice>), Problem> {
    let problem = |message: String, example: Option<String>| Problem {
        field: spec.key.clone(),
        label: spec.label.clone(),
        message,
        example,
        missing: false,
    };
    let text = raw.replace("\r\n", "\n");
    let text = text.trim();
    if text.is_empty() {
        return Ok((None, Vec::new()));
    }
    let value = match spec.kind {
        FieldKind::Text | FieldKind::Multiline => {
            if spec.kind == FieldKind::Text && text.contains('\n') {
                return Err(problem(
                    "must be a single line".into(),
                    spec.example.clone(),
                ));
            }
            check_length(spec, text).map_err(|m| problem(m, spec.example.clone()))?;
            FieldValue::One(text.to_string())
        }
        FieldKind::YesNo => match text.to_ascii_lowercase().as_str() {
            "y" | "yes" | "true" => FieldValue::One("yes".into()),
            "n" | "no" | "false" => FieldValue::One("no".into()),
            _ => {
                return Err(problem(
                    format!("`{text}` is not yes or no"),
                    Some("yes".into()),
                ))
            }
        },
        FieldKind::Choice => {
            let choice = match_choice(spec, text).map_err(|m| problem(m, first_choice(spec)))?;
            FieldValue::One(choice)
        }
        FieldKind::MultiChoice => {
            let mut picked = Vec::new();
            for part in text
                .split([',', '\n'])
                .map(str::trim)
                .filter(|p| !p.is_empty())
            {
                let choice =
                    match_choice(spec, part).map_err(|m| problem(m, first_choice(spec)))?;
                if !picked.contains(&choice) {
                    picked.push(choice);
                }
            }
            FieldValue::Many(picked)
        }
        FieldKind::Date => {
            let date = parse_date(text, today).ok_or_else(|| {
                problem(
                    format!("`{text}` is not a date"),
                    Some(DATE_EXAMPLES.into()),
                )
            })?;
            check_date(spec, date, answers, today).map_err(|m| problem(m, None))?;
            FieldValue::One(date.format("%Y-%m-%d").to_string())
        }
        FieldKind::Url => {
            if !URL.is_match(text) {
                let example = spec
                    .example
                    .clone()
                    .or(Some("https://github.com/org/repo/pull/1".into()));
                return Err(problem(format!("`{text}` is not a web address"), example));
            }
            FieldValue::One(text.to_string())
        }
        FieldKind::GithubUser => {
            let login = text.strip_prefix('@').unwrap_or(text);
            if !GITHUB_LOGIN.is_match(login) {
                return Err(problem(
                    format!("`{text}` is not a GitHub username (letters, digits and single hyphens, up to 39)"),
                    Some("octocat".into()),
                ));
            }
            FieldValue::One(login.to_string())
        }
    };
    if let (Some(pattern), FieldValue::One(v)) = (&spec.pattern, &value) {
        let re = Regex::new(pattern)
            .map_err(|e| problem(format!("has a broken pattern in the catalogue: {e}"), None))?;
        if !re.is_match(v) {
            return Err(problem(
                format!("`{v}` does not have the expected form"),
                spec.example.clone(),
            ));
        }
    }
    let notices = notices_for(spec, &value).map_err(|m| problem(m, None))?;
    Ok((Some(value), notices))
}

fn check_length(spec: &FieldSpec, text: &str) -> Result<(), String> {
    let chars = text.chars().count();
    if let Some(min) = spec.min_len.filter(|&min| chars < min) {
        return Err(format!("is too short ({chars} characters; at least {min})"));
    }
    if let Some(max) = spec.max_len.filter(|&max| chars > max) {
        return Err(format!("is too long ({chars} characters; at most {max})"));
    }
    Ok(())
}

fn first_choice(spec: &FieldSpec) -> Option<String> {
    spec.effective_choices().first().cloned()
}

fn match_choice(spec: &FieldSpec, text: &str) -> Result<String, String> {
    let choices = spec.effective_choices();
    choices
        .iter()
        .find(|c| c.eq_ignore_ascii_case(text))
        .cloned()
        .ok_or_else(|| {
            let list: Vec<String> = choices.iter().map(|c| format!("\"{c}\"")).collect();
            format!("`{text}` is not one of {}", list.join(", "))
        })
}

fn check_date(
    spec: &FieldSpec,
    date: NaiveDate,
    answers: &BTreeMap<String, FieldValue>,
    today: NaiveDate,
) -> Result<(), String> {
    match spec.allow {
        DateRange::Past if date > today => {
            return Err(format!(
                "{date} is in the future; use a date up to today ({today})"
            ))
        }
        DateRange::Future if date < today => {
            return Err(format!(
                "{date} is in the past; use today ({today}) or later"
            ))
        }
        _ => {}
    }
    if let Some(other) = &spec.not_before {
        let earlier = answers.get(other).and_then(|v| match v {
            FieldValue::One(s) => NaiveDate::parse_from_str(s, "%Y-%m-%d").ok(),
            FieldValue::Many(_) => None,
        });
        if let Some(earlier) = earlier.filter(|&e| date < e) {
            return Err(format!("{date} is before `{other}` ({earlier})"));
        }
    }
    Ok(())
}

fn notices_for(spec: &FieldSpec, value: &FieldValue) -> Result<Vec<Notice>, String> {
    let mut notices: Vec<Notice> = spec
        .choice_notes
        .iter()
        .filter(|(choice, _)| value.matches(choice))
        .map(|(_, note)| Notice {
            field: spec.key.clone(),
            message: note.clone(),
        })
        .collect();
    let scans_text = matches!(spec.kind, FieldKind::Text | FieldKind::Multiline);
    if spec.pii_scan && scans_text {
        for finding in scan(&value.as_text()) {
            match finding {
                PiiFinding::Refuse(why) => {
                    return Err(format!(
                        "looks like personal data ({why}); remove it, the issue may be public"
                    ))
                }
                PiiFinding::Warn(why) => notices.push(Notice {
                    field: spec.key.clone(),
                    message: why,
                }),
            }
        }
    }
    Ok(notices)
}

/// Checks the one-line summary that becomes the issue title.
pub fn check_summary(t: &RequestType, raw: &str) -> Result<String, Problem> {
    let problem = |message: String| Problem {
        field: SUMMARY_KEY.into(),
        label: "One-line summary".into(),
        message,
        example: Some("\"Review sign-in controller change for the claims app\"".into()),
        missing: false,
    };
    let text = raw.trim();
    if text.is_empty() {
        return Err(Problem {
            missing: true,
            ..problem("is required".into())
        });
    }
    if text.contains(['\n', '\r']) {
        return Err(problem("must be a single line".into()));
    }
    let chars = text.chars().count();
    if chars < MIN_SUMMARY_CHARS {
        return Err(problem(format!(
            "is too short ({chars} characters; at least {MIN_SUMMARY_CHARS})"
        )));
    }
    let max = max_summary_chars(t);
    if chars > max {
        return Err(problem(format!(
            "is too long ({chars} characters; at most {max}, so the title fits GitHub's 256)"
        )));
    }
    if let Some(PiiFinding::Refuse(why)) = scan(text)
        .into_iter()
        .find(|f| matches!(f, PiiFinding::Refuse(_)))
    {
        return Err(problem(format!("looks like personal data ({why})")));
    }
    Ok(text.to_string())
}

/// The outcome of checking a whole set of raw answers.
#[derive(Debug, Clone, Default)]
pub struct Checked {
    pub fields: BTreeMap<String, FieldValue>,
    pub notices: Vec<Notice>,
    pub problems: Vec<Problem>,
}

/// Checks every raw answer for type `t` (in catalogue order, so conditions and
/// `not_before` see earlier answers), then reports missing required fields and
/// answers the type does not have.
pub fn validate_request(
    catalogue: &Catalogue,
    t: &RequestType,
    raw: &BTreeMap<String, String>,
    today: NaiveDate,
) -> Checked {
    let mut checked = Checked::default();
    for spec in catalogue.fields_of(t) {
        let active = is_active(spec, &checked.fields);
        match raw.get(&spec.key) {
            Some(_) if !active => checked.notices.push(Notice {
                field: spec.key.clone(),
                message: "was given but does not apply to this request, so it was left out".into(),
            }),
            Some(text) => match check_answer(spec, text, &checked.fields, today) {
                Ok((Some(v), notes)) => {
                    checked.fields.insert(spec.key.clone(), v);
                    checked.notices.extend(notes);
                }
                Ok((None, _)) => {}
                Err(p) => checked.problems.push(p),
            },
            None => {}
        }
        let answered = checked.fields.contains_key(&spec.key)
            || checked.problems.iter().any(|p| p.field == spec.key);
        if active && spec.required && !answered {
            if let Some(default) = &spec.default {
                checked
                    .fields
                    .insert(spec.key.clone(), FieldValue::One(default.clone()));
            } else {
                checked.problems.push(missing(spec));
            }
        }
    }
    for key in raw.keys() {
        if !catalogue.fields_of(t).any(|f| &f.key == key) {
            checked.problems.push(unknown_field(catalogue, t, key));
        }
    }
    checked
}

/// A request as a front door receives it: raw text per field key (a web
/// form, a Slack modal, `--field` flags; multi-choice answers as "a,b").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRequest {
    pub type_key: String,
    pub summary: String,
    pub answers: BTreeMap<String, String>,
    /// `RequestId::new_random()` for a new request; kept across retries.
    pub request_id: RequestId,
    /// FAQ entries shown to the requester before filing (slugs).
    pub faq_shown: Vec<String>,
}

/// Checks a whole request: its type, its summary and every answer. Returns
/// the normalised request with the notices worth showing, or every problem
/// at once (the summary's first, keyed [`SUMMARY_KEY`]; an unknown type is
/// keyed [`TYPE_KEY`]).
pub fn check_request(
    catalogue: &Catalogue,
    raw: &RawRequest,
    today: NaiveDate,
) -> Result<(Request, Vec<Notice>), Vec<Problem>> {
    let Some(t) = catalogue.get(&raw.type_key) else {
        return Err(vec![unknown_type(catalogue, &raw.type_key)]);
    };
    let checked = validate_request(catalogue, t, &raw.answers, today);
    let mut problems = checked.problems;
    let summary = check_summary(t, &raw.summary).map_err(|p| problems.insert(0, p));
    match summary {
        Ok(summary) if problems.is_empty() => Ok((
            Request {
                type_key: t.key.clone(),
                summary,
                fields: checked.fields,
                request_id: raw.request_id.clone(),
                faq_shown: raw.faq_shown.clone(),
            },
            checked.notices,
        )),
        _ => Err(problems),
    }
}

fn unknown_type(catalogue: &Catalogue, key: &str) -> Problem {
    let message = match catalogue.nearest(key) {
        Some(k) => format!("`{key}` is not a request type; did you mean `{k}`?"),
        None => format!(
            "`{key}` is not a request type; the types are {}",
            catalogue.keys().join(", ")
        ),
    };
    Problem {
        field: TYPE_KEY.into(),
        label: "request type".into(),
        message,
        example: catalogue.keys().first().map(|k| k.to_string()),
        missing: key.is_empty(),
    }
}

/// Returns the problem for a required field with no answer.
pub fn missing(spec: &FieldSpec) -> Problem {
    Problem {
        field: spec.key.clone(),
        label: spec.label.clone(),
        message: "is required".into(),
        example: example_for(spec),
        missing: true,
    }
}

fn unknown_field(catalogue: &Catalogue, t: &RequestType, key: &str) -> Problem {
    let keys: Vec<&str> = catalogue.fields_of(t).map(|f| f.key.as_str()).collect();
    let nearest = super::catalogue::nearest(keys.iter().copied(), key);
    let message = match nearest {
        Some(k) => format!("is not a field of `{}`; did you mean `{k}`?", t.key),
        None => format!(
            "is not a field of `{}`; its fields are {}",
            t.key,
            keys.join(", ")
        ),
    };
    Problem {
        field: key.to_string(),
        label: "unknown field".into(),
        message,
        example: None,
        missing: false,
    }
}

/// Returns an example value for a field, for hints.
pub fn example_for(spec: &FieldSpec) -> Option<String> {
    if let Some(e) = &spec.example {
        return Some(e.clone());
    }
    match spec.kind {
        FieldKind::YesNo => Some("yes".into()),
        FieldKind::Choice | FieldKind::MultiChoice => first_choice(spec),
        FieldKind::Date => Some("2026-12-01".into()),
        FieldKind::Url => Some("https://github.com/org/repo/issues/1".into()),
        FieldKind::GithubUser => Some("octocat".into()),
        FieldKind::Text | FieldKind::Multiline => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
    }

    fn raw(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn missing_required_fields_are_each_named() {
        let c = Catalogue::bundled();
        let t = c.get("mock-auth").unwrap();
        let checked = validate_request(&c, t, &raw(&[("csp", "idme")]), today());
        let missing: Vec<&str> = checked
            .problems
            .iter()
            .filter(|p| p.missing)
            .map(|p| p.field.as_str())
            .collect();
        assert_eq!(
            missing,
            [
                "requester_name",
                "team_name",
                "contact",
                "prod_impact",
                "details",
                "environment",
                "failure_step",
                "troubleshooting_done"
            ]
        );
    }

    #[test]
    fn answers_are_normalised() {
        let c = Catalogue::bundled();
        let t = c.get("pr-review").unwrap();
        let checked = validate_request(
            &c,
            t,
            &raw(&[
                ("tested", "Y"),
                ("test_env", "DEV, localhost"),
                ("github_user", "@octocat"),
            ]),
            today(),
        );
        assert_eq!(checked.fields["tested"], FieldValue::One("yes".into()));
        assert_eq!(
            checked.fields["test_env"],
            FieldValue::Many(vec!["dev".into(), "localhost".into()])
        );
        assert_eq!(
            checked.fields["github_user"],
            FieldValue::One("octocat".into())
        );
    }

    #[test]
    fn bad_values_name_the_rule_and_an_example() {
        let c = Catalogue::bundled();
        let t = c.get("pr-review").unwrap();
        let checked = validate_request(
            &c,
            t,
            &raw(&[("pr_url", "https://gitlab.com/x/pull/1")]),
            today(),
        );
        let p = checked
            .problems
            .iter()
            .find(|p| p.field == "pr_url")
            .unwrap();
        assert!(p.message.contains("expected form"), "{p}");
        assert_eq!(
            p.example.as_deref(),
            Some("https://github.com/department-of-veterans-affairs/vets-api/pull/12345")
        );
    }

    #[test]
    fn dates_respect_direction_and_order() {
        let c = Catalogue::bundled();
        let t = c.get("data-pull").unwrap();
        let checked = validate_request(
            &c,
            t,
            &raw(&[("date_from", "2026-06-01"), ("date_to", "2026-05-01")]),
            today(),
        );
        assert!(checked
            .problems
            .iter()
            .any(|p| p.field == "date_to" && p.message.contains("before `date_from`")));
        let checked = validate_request(&c, t, &raw(&[("date_from", "+3d")]), today());
        assert!(checked
            .problems
            .iter()
            .any(|p| p.field == "date_from" && p.message.contains("future")));
    }

    #[test]
    fn pii_is_refused_and_emails_warned() {
        let c = Catalogue::bundled();
        let t = c.get("data-pull").unwrap();
        let checked = validate_request(
            &c,
            t,
            &raw(&[("details", "look up 123-45-6789 for me please")]),
            today(),
        );
        assert!(checked
            .problems
            .iter()
            .any(|p| p.field == "details" && p.message.contains("Social Security")));
        let checked = validate_request(
            &c,
            t,
            &raw(&[("details", "please send the numbers to jane@va.gov")]),
            today(),
        );
        assert!(checked
            .notices
            .iter()
            .any(|n| n.message.contains("jane@va.gov")));
    }

    #[test]
    fn unknown_fields_suggest_the_nearest() {
        let c = Catalogue::bundled();
        let t = c.get("pr-review").unwrap();
        let checked = validate_request(&c, t, &raw(&[("pr_ulr", "x")]), today());
        assert!(checked
            .problems
            .iter()
            .any(|p| p.message.contains("did you mean `pr_url`")));
    }

    #[test]
    fn summary_rules() {
        let c = Catalogue::bundled();
        let t = c.get("pr-review").unwrap();
        assert!(check_summary(t, "  ").unwrap_err().missing);
        assert!(check_summary(t, &"x".repeat(300))
            .unwrap_err()
            .message
            .contains("at most 244"));
        assert_eq!(check_summary(t, " Review my PR ").unwrap(), "Review my PR");
    }
}
