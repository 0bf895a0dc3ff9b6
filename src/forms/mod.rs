//! GitHub issue forms made from the request catalogue: one form per request
//! type that files, plus the template chooser's `config.yml`. The catalogue
//! stays the single source of truth for the questions of both front doors.
//!
//! Pure domain code: it builds values and YAML text; writing the files is the
//! command's job (`idreq forms export`). Nothing here knows of terminals,
//! trackers or HTTP.

pub mod lint;
pub mod yaml;

use serde::{Deserialize, Serialize};

use crate::faq::{search::relates_to, Faq, FaqEntry};
use crate::request::catalogue::{FieldKind, FieldSpec};
use crate::request::{title_for, Catalogue, RequestType};
use crate::workflow::labels::LabelScheme;

/// The name of the template chooser's file.
pub const CONFIG_FILE: &str = "config.yml";

/// How many FAQ entries a form's self-service hint links to.
pub const HINT_ENTRIES: usize = 3;

/// The placeholder of a date answer (web forms have no date picker).
pub const DATE_PLACEHOLDER: &str = "YYYY-MM-DD";

/// The answers of a yes/no field as the form offers them (idreq stores
/// `yes`/`no`; reading a web body maps them back case-insensitively).
pub const YES_NO_OPTIONS: [&str; 2] = ["Yes", "No"];

/// `[forms]`: what `idreq forms export` puts around the questions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FormsConfig {
    /// The URL of the FAQ folder on GitHub, e.g.
    /// `https://github.com/OWNER/REPO/blob/main/faq`; entries link to
    /// `<faq_url>/<slug>.md`. Without it the hint names the entries and the
    /// `idreq faq show` command.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub faq_url: Option<String>,
    /// Whether the chooser also offers a blank issue (default: no, so every
    /// request goes through a form).
    pub blank_issues_enabled: bool,
    /// The chooser's other ways to get help.
    pub contact_links: Vec<ContactLink>,
}

/// One `contact_links` entry of the chooser.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactLink {
    pub name: String,
    pub url: String,
    pub about: String,
}

impl Default for FormsConfig {
    fn default() -> Self {
        Self {
            faq_url: None,
            blank_issues_enabled: false,
            contact_links: vec![
                ContactLink {
                    name: "Ask in #identity-support on DSVA Slack".into(),
                    url: "https://dsva.slack.com/archives/CSFV4QTKN".into(),
                    about: "Quick questions for the Identity team; the Slack request form files the same requests.".into(),
                },
                ContactLink {
                    name: "Identity office hours".into(),
                    url: "https://github.com/department-of-veterans-affairs/va.gov-team/blob/master/products/identity/Support%20Process/identity-office-hours.md".into(),
                    about: "Weekly on Thursdays: frontend, backend and product pairing with the team.".into(),
                },
            ],
        }
    }
}

impl FormsConfig {
    /// Returns the contact links the chooser shows: the configured ones, plus
    /// the FAQ when its URL is known and no link points there yet.
    pub fn chooser_links(&self) -> Vec<ContactLink> {
        let mut links = self.contact_links.clone();
        if let Some(url) = self.faq_url.as_deref().map(|u| u.trim_end_matches('/')) {
            if !links.iter().any(|l| l.url.trim_end_matches('/') == url) {
                links.push(ContactLink {
                    name: "Identity FAQ".into(),
                    url: url.to_string(),
                    about: "Self-service answers to the most common requests.".into(),
                });
            }
        }
        links
    }
}

/// The template chooser (`config.yml`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChooserConfig {
    pub blank_issues_enabled: bool,
    pub contact_links: Vec<ContactLink>,
}

/// One issue form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssueForm {
    /// The request type's key; the file is `<type_key>.yml`.
    pub type_key: String,
    pub name: String,
    pub description: String,
    /// Pre-fills the title box with the prefix `idreq new` uses.
    pub title: String,
    /// The labels idreq sets on a new request of this type.
    pub labels: Vec<String>,
    pub body: Vec<Element>,
}

impl IssueForm {
    /// Returns the file name of the form.
    pub fn file_name(&self) -> String {
        format!("{}.yml", self.type_key)
    }

    /// Returns the questions (every element but markdown).
    pub fn fields(&self) -> impl Iterator<Item = &FormField> {
        self.body.iter().filter_map(|e| match e {
            Element::Field(f) => Some(f),
            Element::Markdown { .. } => None,
        })
    }
}

/// One element of a form's body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Element {
    /// Text shown on the form, never submitted.
    Markdown {
        value: String,
    },
    Field(FormField),
}

/// The element types idreq uses for questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ElementType {
    Input,
    Textarea,
    Dropdown,
}

impl ElementType {
    /// Returns the schema's name for it.
    pub fn key(self) -> &'static str {
        match self {
            ElementType::Input => "input",
            ElementType::Textarea => "textarea",
            ElementType::Dropdown => "dropdown",
        }
    }
}

/// One question of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormField {
    pub element: ElementType,
    /// The catalogue's field key.
    pub id: String,
    /// The catalogue's label: the only thing that reaches the issue body.
    pub label: String,
    pub description: String,
    pub placeholder: Option<String>,
    /// Dropdown options.
    pub options: Vec<String>,
    /// Dropdown: several options may be picked.
    pub multiple: bool,
    /// Only for unconditional required fields.
    pub required: bool,
}

/// Returns the form of every request type that files, in catalogue order.
pub fn forms(
    catalogue: &Catalogue,
    labels: &LabelScheme,
    faq: &Faq,
    config: &FormsConfig,
) -> Vec<IssueForm> {
    catalogue
        .types
        .iter()
        .filter(|t| t.filed)
        .map(|t| form(catalogue, t, labels, faq, config))
        .collect()
}

/// Returns the chooser configuration.
pub fn chooser(config: &FormsConfig) -> ChooserConfig {
    ChooserConfig {
        blank_issues_enabled: config.blank_issues_enabled,
        contact_links: config.chooser_links(),
    }
}

/// Returns the form of request type `t`.
pub fn form(
    catalogue: &Catalogue,
    t: &RequestType,
    labels: &LabelScheme,
    faq: &Faq,
    config: &FormsConfig,
) -> IssueForm {
    let mut body = vec![Element::Markdown {
        value: hint(t, &top_entries(faq, t), config),
    }];
    body.extend(
        catalogue
            .fields_of(t)
            .map(|f| Element::Field(field(catalogue, t, f))),
    );
    IssueForm {
        type_key: t.key.clone(),
        name: t.name.clone(),
        description: t.description.clone(),
        title: title_for(t, ""),
        labels: labels.for_new_request(t, false),
        body,
    }
}

/// The FAQ entries a form points to: those written for the type, the most
/// specific first (fewest types), then those sharing its tags; ties in slug
/// order.
pub fn top_entries<'a>(faq: &'a Faq, t: &RequestType) -> Vec<&'a FaqEntry> {
    let mut related: Vec<&FaqEntry> = faq.entries.iter().filter(|e| relates_to(e, t)).collect();
    let rank = |e: &FaqEntry| {
        let own = e.meta.types.contains(&t.key);
        (!own, if own { e.meta.types.len() } else { 0 })
    };
    related.sort_by(|a, b| (rank(a), &a.slug).cmp(&(rank(b), &b.slug)));
    related.truncate(HINT_ENTRIES);
    related
}

fn hint(t: &RequestType, entries: &[&FaqEntry], config: &FormsConfig) -> String {
    let mut text = String::new();
    if !entries.is_empty() {
        text.push_str(&format!(
            "**Before you file:** these answers often settle a {} request without waiting for the team.\n\n",
            t.name
        ));
        for e in entries {
            let line = match config.faq_url.as_deref() {
                Some(url) => format!(
                    "- [{}]({}/{}.md)\n",
                    e.meta.title,
                    url.trim_end_matches('/'),
                    e.slug
                ),
                None => format!("- {} (`idreq faq show {}`)\n", e.meta.title, e.slug),
            };
            text.push_str(&line);
        }
        text.push('\n');
    }
    text.push_str(&format!(
        "The Identity team answers {} requests within {}.\n\n",
        t.name, t.first_response
    ));
    text.push_str(
        "**No PII:** this issue may be public. Do not include Veterans' names, SSNs, \
         dates of birth, ICNs, EDIPIs, addresses, tokens or passwords.",
    );
    text
}

fn field(catalogue: &Catalogue, t: &RequestType, f: &FieldSpec) -> FormField {
    let (element, options, multiple) = match f.kind {
        FieldKind::Multiline => (ElementType::Textarea, vec![], false),
        FieldKind::Choice => (ElementType::Dropdown, f.choices.clone(), false),
        // A multi-select dropdown rather than checkboxes: only it can be
        // required as a whole, and choices may not contain commas (the
        // catalogue checks it), so GitHub's `a, b` answer reads back exactly.
        FieldKind::MultiChoice => (ElementType::Dropdown, f.choices.clone(), true),
        FieldKind::YesNo => (
            ElementType::Dropdown,
            YES_NO_OPTIONS.iter().map(|o| o.to_string()).collect(),
            false,
        ),
        FieldKind::Text | FieldKind::Date | FieldKind::Url | FieldKind::GithubUser => {
            (ElementType::Input, vec![], false)
        }
    };
    let placeholder = f.example.clone().or_else(|| match f.kind {
        FieldKind::Date => Some(DATE_PLACEHOLDER.to_string()),
        FieldKind::GithubUser => Some("@login".to_string()),
        _ => None,
    });
    FormField {
        element,
        id: f.key.clone(),
        label: f.label.clone(),
        description: description(catalogue, t, f),
        placeholder,
        options,
        multiple,
        required: f.required && f.when.is_none(),
    }
}

fn description(catalogue: &Catalogue, t: &RequestType, f: &FieldSpec) -> String {
    let mut parts = Vec::new();
    if let Some(c) = &f.when {
        let on = catalogue
            .fields_of(t)
            .find(|g| g.key == c.field)
            .map_or(c.field.as_str(), |g| g.label.as_str());
        let values = c.describe_values();
        parts.push(if f.required {
            format!("Required if *{on}* is {values}.")
        } else {
            format!("Only if *{on}* is {values}.")
        });
    }
    if !f.help.is_empty() {
        parts.push(f.help.clone());
    }
    for (choice, note) in &f.choice_notes {
        let shown = if f.kind == FieldKind::YesNo {
            capitalize(choice)
        } else {
            choice.clone()
        };
        parts.push(format!("If *{shown}*: {note}"));
    }
    parts.join(" ")
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// One exported file: its name and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile {
    pub name: String,
    pub text: String,
}

/// Returns every file `idreq forms export` writes, in name order, after
/// linting each form. The text is deterministic byte for byte.
pub fn export(
    catalogue: &Catalogue,
    labels: &LabelScheme,
    faq: &Faq,
    config: &FormsConfig,
) -> Result<Vec<ExportFile>, lint::LintError> {
    let mut files = Vec::new();
    for form in forms(catalogue, labels, faq, config) {
        let text = yaml::form(&form);
        lint::lint_form(&form, &text)?;
        files.push(ExportFile {
            name: form.file_name(),
            text,
        });
    }
    let chooser = chooser(config);
    lint::lint_chooser(&chooser)?;
    files.push(ExportFile {
        name: CONFIG_FILE.to_string(),
        text: yaml::chooser(&chooser),
    });
    files.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled_forms() -> Vec<IssueForm> {
        forms(
            &Catalogue::bundled(),
            &LabelScheme::default(),
            &Faq::bundled(),
            &FormsConfig::default(),
        )
    }

    #[test]
    fn one_form_per_filed_type_with_the_labels_idreq_sets() {
        let forms = bundled_forms();
        let keys: Vec<&str> = forms.iter().map(|f| f.type_key.as_str()).collect();
        assert_eq!(keys, ["pr-review", "data-pull", "mock-auth"]);
        let pr = &forms[0];
        assert_eq!(pr.title, "[PR review] ");
        assert_eq!(
            pr.labels,
            ["identity-request", "type: pr-review", "status: new"]
        );
        assert!(matches!(pr.body[0], Element::Markdown { .. }));
    }

    #[test]
    fn kinds_map_to_elements_and_conditions_are_optional_and_described() {
        let forms = bundled_forms();
        let pr = &forms[0];
        let get = |id: &str| pr.fields().find(|f| f.id == id).unwrap().clone();
        let tested = get("tested");
        assert_eq!(tested.element, ElementType::Dropdown);
        assert_eq!(tested.options, ["Yes", "No"]);
        assert!(tested.required);
        assert!(tested
            .description
            .contains("If *No*: Identity does not test"));
        let env = get("test_env");
        assert!(env.multiple);
        assert!(!env.required, "conditional fields are optional on the web");
        assert!(env
            .description
            .starts_with("Required if *Have you tested these changes?* is yes."));
        assert_eq!(get("details").element, ElementType::Textarea);
        assert_eq!(get("needed_by").placeholder.as_deref(), Some("YYYY-MM-DD"));
        assert_eq!(
            get("pr_url").placeholder.as_deref(),
            Some("https://github.com/department-of-veterans-affairs/vets-api/pull/12345")
        );
    }

    #[test]
    fn the_hint_links_faq_entries_when_the_url_is_known() {
        let c = Catalogue::bundled();
        let t = c.get("pr-review").unwrap();
        let faq = Faq::bundled();
        let entries = top_entries(&faq, t);
        assert!(!entries.is_empty());
        let config = FormsConfig {
            faq_url: Some("https://github.com/o/r/blob/main/faq/".into()),
            ..FormsConfig::default()
        };
        let f = form(&c, t, &LabelScheme::default(), &faq, &config);
        let Element::Markdown { value } = &f.body[0] else {
            panic!("first element is markdown");
        };
        let link = format!(
            "- [{}](https://github.com/o/r/blob/main/faq/{}.md)",
            entries[0].meta.title, entries[0].slug
        );
        assert!(value.contains(&link), "{value}");
        assert!(value.contains("**No PII:**"));
        let plain = form(
            &c,
            t,
            &LabelScheme::default(),
            &faq,
            &FormsConfig::default(),
        );
        let Element::Markdown { value } = &plain.body[0] else {
            panic!("first element is markdown");
        };
        assert!(value.contains(&format!("(`idreq faq show {}`)", entries[0].slug)));
    }

    #[test]
    fn the_chooser_adds_the_faq_link_once() {
        let config = FormsConfig {
            faq_url: Some("https://example.gov/faq".into()),
            ..FormsConfig::default()
        };
        let c = chooser(&config);
        assert!(!c.blank_issues_enabled);
        let urls: Vec<&str> = c.contact_links.iter().map(|l| l.url.as_str()).collect();
        assert_eq!(
            urls.iter()
                .filter(|u| **u == "https://example.gov/faq")
                .count(),
            1
        );
        assert_eq!(chooser(&FormsConfig::default()).contact_links.len(), 2);
    }

    #[test]
    fn export_is_deterministic_and_sorted() {
        let run = || {
            export(
                &Catalogue::bundled(),
                &LabelScheme::default(),
                &Faq::bundled(),
                &FormsConfig::default(),
            )
            .unwrap()
        };
        let files = run();
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "config.yml",
                "data-pull.yml",
                "mock-auth.yml",
                "pr-review.yml"
            ]
        );
        assert_eq!(files, run());
    }
}
