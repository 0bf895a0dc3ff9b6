//! The request-type catalogue: which kinds of request idreq files and the
//! questions each one asks. It is data (TOML), bundled in the binary and
//! extendable from the user's config, so new types need no code.
//!
//! This module knows nothing of terminals, trackers or HTTP.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use serde::{Deserialize, Serialize};

/// The catalogue compiled into the binary.
pub const BUNDLED_CATALOGUE: &str = include_str!("request_types.toml");

/// How a field's answer is entered and checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    Text,
    Multiline,
    Choice,
    MultiChoice,
    YesNo,
    Date,
    Url,
    GithubUser,
}

impl FieldKind {
    /// Returns true when the answer is a list of choices rather than one value.
    pub fn is_list(self) -> bool {
        self == FieldKind::MultiChoice
    }

    /// Returns the fixed choices of a yes/no field, or `None` for other kinds.
    pub fn implied_choices(self) -> Option<Vec<String>> {
        (self == FieldKind::YesNo).then(|| vec!["yes".to_string(), "no".to_string()])
    }
}

/// Which dates a date field accepts, relative to today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateRange {
    Past,
    Future,
    #[default]
    Any,
}

/// Asks a field only when another field has a given answer (`equals`, or
/// any of `or_equals`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub field: String,
    pub equals: String,
    /// Further answers that also meet the condition.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub or_equals: Vec<String>,
}

impl Condition {
    /// Every answer that meets the condition, `equals` first.
    pub fn values(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.equals.as_str()).chain(self.or_equals.iter().map(String::as_str))
    }

    /// Returns true when `answer` meets the condition.
    pub fn is_met_by(&self, answer: &super::FieldValue) -> bool {
        self.values().any(|v| answer.matches(v))
    }

    /// The answers that meet it, for people: `yes`, or `a, b or c`.
    pub fn describe_values(&self) -> String {
        let values: Vec<&str> = self.values().collect();
        match values.split_last() {
            Some((last, [])) => (*last).to_string(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => String::new(),
        }
    }
}

/// One question of a request type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldSpec {
    pub key: String,
    pub label: String,
    #[serde(default)]
    pub help: String,
    pub kind: FieldKind,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub choices: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_len: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_len: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// A good value, shown in errors when `pattern` does not match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    #[serde(default)]
    pub allow: DateRange,
    /// For date fields: the key of a date field this one may not precede.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_before: Option<String>,
    /// Notes printed when a given choice is picked (e.g. "mocked auth is dev only").
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub choice_notes: BTreeMap<String, String>,
    /// Whether free text is checked for PII (on by default).
    #[serde(default = "default_true")]
    pub pii_scan: bool,
}

fn default_true() -> bool {
    true
}

impl FieldSpec {
    /// Returns the allowed answers: the listed choices, or yes/no.
    pub fn effective_choices(&self) -> Vec<String> {
        self.kind
            .implied_choices()
            .unwrap_or_else(|| self.choices.clone())
    }
}

/// A response target such as "1 business day" or "4 business hours".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResponseTarget {
    /// The target in business hours (a business day counts as 8).
    pub business_hours: u32,
}

/// Business hours in one business day.
pub const HOURS_PER_BUSINESS_DAY: u32 = 8;

impl ResponseTarget {
    /// Parses "N business day(s)" or "N business hour(s)".
    pub fn parse(text: &str) -> Result<Self, String> {
        let words: Vec<&str> = text.split_whitespace().collect();
        let bad = || {
            format!("`{text}` is not a response target; write e.g. \"1 business day\" or \"4 business hours\"")
        };
        let [amount, "business", unit] = words.as_slice() else {
            return Err(bad());
        };
        let amount: u32 = amount.parse().map_err(|_| bad())?;
        let per_unit = match *unit {
            "day" | "days" => HOURS_PER_BUSINESS_DAY,
            "hour" | "hours" => 1,
            _ => return Err(bad()),
        };
        Ok(Self {
            business_hours: amount * per_unit,
        })
    }
}

impl fmt::Display for ResponseTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let hours = self.business_hours;
        let (amount, unit) = if hours.is_multiple_of(HOURS_PER_BUSINESS_DAY) {
            (hours / HOURS_PER_BUSINESS_DAY, "day")
        } else {
            (hours, "hour")
        };
        let plural = if amount == 1 { "" } else { "s" };
        write!(f, "{amount} business {unit}{plural}")
    }
}

impl Serialize for ResponseTarget {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for ResponseTarget {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        ResponseTarget::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// A kind of request, with its questions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestType {
    pub key: String,
    pub name: String,
    pub description: String,
    /// The tracker label for this type; defaults to `type: <key>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub first_response: ResponseTarget,
    #[serde(default)]
    pub faq_tags: Vec<String>,
    /// False for types that idreq explains but does not file (e.g. `other`).
    #[serde(default = "default_true")]
    pub filed: bool,
    /// Where requests of an unfiled type go instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect: Option<String>,
    #[serde(default, rename = "field")]
    pub fields: Vec<FieldSpec>,
}

impl RequestType {
    /// Returns the label that marks requests of this type.
    pub fn label(&self) -> String {
        self.label
            .clone()
            .unwrap_or_else(|| format!("type: {}", self.key))
    }
}

/// The raw shape of a catalogue file (bundled or from config).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueFile {
    #[serde(default)]
    pub common: Vec<FieldSpec>,
    #[serde(default, rename = "type")]
    pub types: Vec<RequestType>,
}

/// All request types plus the fields every request shares.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalogue {
    pub common: Vec<FieldSpec>,
    pub types: Vec<RequestType>,
}

/// A problem in a catalogue definition.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{0}")]
pub struct CatalogueError(pub String);

impl Catalogue {
    /// Returns the bundled catalogue.
    pub fn bundled() -> Self {
        let file: CatalogueFile = toml::from_str(BUNDLED_CATALOGUE)
            .unwrap_or_else(|e| panic!("the bundled request_types.toml is invalid: {e}"));
        let catalogue = Self {
            common: file.common,
            types: file.types,
        };
        // A test checks this; failing here means the shipped file is broken.
        if let Err(e) = catalogue.check() {
            panic!("the bundled request_types.toml is inconsistent: {e}");
        }
        catalogue
    }

    /// Adds or replaces types (matched by key) and returns the checked result.
    pub fn with_overrides(mut self, extra: Vec<RequestType>) -> Result<Self, CatalogueError> {
        for t in extra {
            match self.types.iter_mut().find(|existing| existing.key == t.key) {
                Some(existing) => *existing = t,
                None => self.types.push(t),
            }
        }
        self.check()?;
        Ok(self)
    }

    /// Looks up a type by key, or by its name (case-insensitive).
    pub fn get(&self, key: &str) -> Option<&RequestType> {
        self.types
            .iter()
            .find(|t| t.key == key)
            .or_else(|| self.types.iter().find(|t| t.name.eq_ignore_ascii_case(key)))
    }

    /// Returns the type whose label is among `labels`.
    pub fn by_label<'a>(&'a self, labels: &[String]) -> Option<&'a RequestType> {
        self.types.iter().find(|t| labels.contains(&t.label()))
    }

    /// Returns the type key closest to a mistyped `wanted` ("did you mean").
    pub fn nearest(&self, wanted: &str) -> Option<&str> {
        nearest(self.keys(), wanted)
    }

    /// Returns the type keys, for error messages.
    pub fn keys(&self) -> Vec<&str> {
        self.types.iter().map(|t| t.key.as_str()).collect()
    }

    /// Returns every field a request of this type may have: common first.
    pub fn fields_of<'a>(&'a self, t: &'a RequestType) -> impl Iterator<Item = &'a FieldSpec> {
        self.common.iter().chain(t.fields.iter())
    }

    /// Checks the catalogue's own consistency (unique keys, valid conditions,
    /// patterns that compile, choices that exist).
    pub fn check(&self) -> Result<(), CatalogueError> {
        let mut type_keys = HashSet::new();
        for t in &self.types {
            if !type_keys.insert(t.key.as_str()) {
                return Err(CatalogueError(format!(
                    "request type `{}` is defined twice",
                    t.key
                )));
            }
            if !t
                .key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                return Err(CatalogueError(format!(
                    "request type key `{}` may only use a-z, 0-9 and `-`",
                    t.key
                )));
            }
            if !t.filed && t.redirect.is_none() {
                return Err(CatalogueError(format!(
                    "request type `{}` is not filed, so it needs a `redirect` text",
                    t.key
                )));
            }
            self.check_fields(t)?;
        }
        Ok(())
    }

    fn check_fields(&self, t: &RequestType) -> Result<(), CatalogueError> {
        let fields: Vec<&FieldSpec> = self.fields_of(t).collect();
        let mut keys = HashSet::new();
        let mut labels = HashSet::new();
        for f in &fields {
            let at = || format!("field `{}` of type `{}`", f.key, t.key);
            if !keys.insert(f.key.as_str()) {
                return Err(CatalogueError(format!("{} is defined twice", at())));
            }
            if !labels.insert(f.label.as_str()) {
                return Err(CatalogueError(format!(
                    "{} repeats the label \"{}\"; labels must be unique within a type",
                    at(),
                    f.label
                )));
            }
            if f.label.contains('\n') || f.label.trim().is_empty() {
                return Err(CatalogueError(format!("{} needs a one-line label", at())));
            }
            if matches!(f.kind, FieldKind::Choice | FieldKind::MultiChoice) && f.choices.is_empty()
            {
                return Err(CatalogueError(format!(
                    "{} is a {:?} field without choices",
                    at(),
                    f.kind
                )));
            }
            let unfit =
                |c: &&String| !crate::request::body::is_plain_list_item(c) || c.contains(',');
            if let Some(bad) = f.choices.iter().find(unfit) {
                return Err(CatalogueError(format!(
                    "{} has the choice \"{bad}\", which may not contain commas, line breaks or markdown",
                    at()
                )));
            }
            if let Some(p) = &f.pattern {
                regex::Regex::new(p)
                    .map_err(|e| CatalogueError(format!("{} has an invalid pattern: {e}", at())))?;
            }
            if let Some(c) = &f.when {
                let Some(target) = fields.iter().find(|g| g.key == c.field) else {
                    return Err(CatalogueError(format!(
                        "{} depends on `{}`, which the type does not have",
                        at(),
                        c.field
                    )));
                };
                let choices = target.effective_choices();
                if let Some(missing) = c
                    .values()
                    .find(|v| !choices.is_empty() && !choices.iter().any(|choice| choice == v))
                {
                    return Err(CatalogueError(format!(
                        "{} waits for `{}` = \"{missing}\", which is not one of its choices",
                        at(),
                        c.field,
                    )));
                }
            }
            if let Some(other) = &f.not_before {
                if !fields
                    .iter()
                    .any(|g| &g.key == other && g.kind == FieldKind::Date)
                {
                    return Err(CatalogueError(format!(
                        "{} has not_before = `{other}`, which is not a date field of the type",
                        at()
                    )));
                }
            }
        }
        Ok(())
    }
}

/// Returns the candidate within three edits of `wanted`, the closest first
/// (typos, swapped letters).
pub fn nearest<'a>(candidates: impl IntoIterator<Item = &'a str>, wanted: &str) -> Option<&'a str> {
    candidates
        .into_iter()
        .min_by_key(|k| strsim::damerau_levenshtein(k, wanted))
        .filter(|k| strsim::damerau_levenshtein(k, wanted) <= 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_catalogue_has_the_mvp_types_and_other() {
        let c = Catalogue::bundled();
        assert_eq!(c.keys(), ["pr-review", "data-pull", "mock-auth", "other"]);
        assert!(!c.get("other").unwrap().filed);
        assert_eq!(c.get("PR review").unwrap().key, "pr-review");
    }

    #[test]
    fn response_targets_parse_and_print() {
        let t = ResponseTarget::parse("1 business day").unwrap();
        assert_eq!(t.business_hours, 8);
        assert_eq!(t.to_string(), "1 business day");
        assert_eq!(
            ResponseTarget::parse("4 business hours")
                .unwrap()
                .to_string(),
            "4 business hours"
        );
        assert!(ResponseTarget::parse("soon").is_err());
    }

    #[test]
    fn overrides_replace_by_key_and_are_checked() {
        let mut t = Catalogue::bundled().get("data-pull").unwrap().clone();
        t.name = "Metrics pull".into();
        let c = Catalogue::bundled()
            .with_overrides(vec![t.clone()])
            .unwrap();
        assert_eq!(c.get("data-pull").unwrap().name, "Metrics pull");
        t.fields[0].when = Some(Condition {
            field: "nope".into(),
            equals: "x".into(),
            or_equals: vec![],
        });
        let err = Catalogue::bundled().with_overrides(vec![t]).unwrap_err();
        assert!(err.0.contains("depends on `nope`"), "{err}");
    }

    #[test]
    fn a_condition_can_name_several_answers_and_each_is_checked() {
        let bundled = Catalogue::bundled();
        let t = bundled.get("mock-auth").unwrap();
        let user = t.fields.iter().find(|f| f.key == "mock_user").unwrap();
        let when = user.when.as_ref().unwrap();
        assert_eq!(
            when.describe_values(),
            "after choosing a user, after redirect back or API or curl flow"
        );
        let answer = |v: &str| super::super::FieldValue::One(v.into());
        assert!(when.is_met_by(&answer("after redirect back")));
        assert!(!when.is_met_by(&answer("user list empty")));

        let mut bad = t.clone();
        let user = bad
            .fields
            .iter_mut()
            .find(|f| f.key == "mock_user")
            .unwrap();
        user.when
            .as_mut()
            .unwrap()
            .or_equals
            .push("after lunch".into());
        let err = Catalogue::bundled().with_overrides(vec![bad]).unwrap_err();
        assert!(
            err.0
                .contains("\"after lunch\", which is not one of its choices"),
            "{err}"
        );
    }
}
