//! What the team does to a request, as domain code: the workflow state and
//! its labels, a tracker issue read as a request, the actions and the one
//! builder of their changes, the standard replies, filing once and applying
//! a change through any `Tracker`. Front-door neutral: no terminal, no
//! prompts, no printing; plain values in and out.

pub mod action;
pub mod apply;
pub mod change;
pub mod filing;
pub mod labels;
pub mod replies;
pub mod similar;
pub mod tracked;

pub use action::{Action, CloseReason};
pub use change::Change;
pub use labels::{Estimate, LabelScheme, Priority, Status};
pub use replies::{Replies, Reply};
pub use tracked::TrackedRequest;

use crate::faq::Faq;
use crate::request::Catalogue;

/// What the lifecycle reads besides the tracker: the request types, the
/// label names, the reply templates and the FAQ. A front door builds it once.
#[derive(Debug, Clone)]
pub struct Rules {
    pub catalogue: Catalogue,
    pub labels: LabelScheme,
    pub replies: Replies,
    pub faq: Faq,
}

/// Why the configuration's types or replies cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RulesError {
    #[error("request types: {0}")]
    Catalogue(String),
    #[error("{0}")]
    Replies(String),
}

#[cfg(test)]
pub(crate) mod test_support {
    //! Plain values for the workflow's unit tests.

    use std::collections::BTreeMap;

    use super::*;
    use crate::tracker::{Issue, IssueState};

    /// The bundled rules.
    pub fn rules() -> Rules {
        Rules {
            catalogue: Catalogue::bundled(),
            labels: LabelScheme::default(),
            replies: Replies::bundled(),
            faq: Faq::bundled(),
        }
    }

    /// A request with no answers and these labels.
    pub fn request_with_labels(labels: &[&str]) -> TrackedRequest {
        let at = "2026-12-01T15:00:00Z".parse().unwrap();
        let issue = Issue {
            number: 7,
            title: "[PR review] Look at my PR".into(),
            body: String::new(),
            labels: labels.iter().map(|s| s.to_string()).collect(),
            assignees: Vec::new(),
            author: "jdoe".into(),
            state: IssueState::Open,
            state_reason: None,
            created_at: at,
            updated_at: at,
            closed_at: None,
            url: None,
        };
        TrackedRequest::from_issue(&issue, &Catalogue::bundled(), &LabelScheme::default())
    }

    /// Valid raw answers for a `pr-review` request.
    pub fn pr_review_answers() -> BTreeMap<String, String> {
        [
            ("requester_name", "Jane Doe"),
            ("team_name", "Claims Status"),
            ("contact", "@jdoe"),
            ("prod_impact", "no"),
            (
                "details",
                "We need help from the Identity team with this request.",
            ),
            (
                "pr_url",
                "https://github.com/department-of-veterans-affairs/vets-api/pull/12345",
            ),
            ("tested", "yes"),
            ("test_env", "localhost,dev"),
            ("pr_ready", "yes"),
            ("user_model_change", "no"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
    }
}
