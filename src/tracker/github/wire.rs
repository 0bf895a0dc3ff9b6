//! GitHub's JSON, as much as idreq reads, and its conversion into idreq's
//! own types (no GitHub type leaves `tracker::github`).

use super::*;

/// GitHub's issue JSON, as much as idreq reads.
#[derive(Debug, Deserialize)]
pub(super) struct GhIssue {
    pub(super) number: u64,
    pub(super) title: String,
    #[serde(default)]
    pub(super) body: Option<String>,
    #[serde(default)]
    pub(super) labels: Vec<GhLabel>,
    #[serde(default)]
    pub(super) assignees: Option<Vec<GhUser>>,
    #[serde(default)]
    pub(super) user: Option<GhUser>,
    pub(super) state: String,
    #[serde(default)]
    pub(super) state_reason: Option<String>,
    pub(super) created_at: DateTime<Utc>,
    pub(super) updated_at: DateTime<Utc>,
    #[serde(default)]
    pub(super) closed_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub(super) html_url: Option<String>,
    #[serde(default)]
    pub(super) pull_request: Option<Value>,
}

/// A label on an issue: GitHub's schema allows a bare name or an object.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub(super) enum GhLabel {
    Name(String),
    Object { name: Option<String> },
}

#[derive(Debug, Deserialize)]
pub(super) struct GhUser {
    pub(super) login: String,
}

#[derive(Debug, Deserialize)]
pub(super) struct GhComment {
    pub(super) id: u64,
    #[serde(default)]
    pub(super) user: Option<GhUser>,
    #[serde(default)]
    pub(super) body: Option<String>,
    pub(super) created_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize)]
pub(super) struct GhSearch {
    #[serde(default)]
    pub(super) items: Vec<GhIssue>,
}

#[derive(Debug, Deserialize)]
pub(super) struct GhRepo {
    #[serde(default)]
    pub(super) permissions: Option<RepoAccess>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct GhError {
    #[serde(default)]
    pub(super) message: Option<String>,
    #[serde(default)]
    pub(super) errors: Option<Vec<Value>>,
}

impl From<GhIssue> for Issue {
    fn from(i: GhIssue) -> Self {
        Issue {
            number: i.number,
            title: i.title,
            body: i.body.unwrap_or_default(),
            labels: i
                .labels
                .into_iter()
                .filter_map(|l| match l {
                    GhLabel::Name(n) => Some(n),
                    GhLabel::Object { name } => name,
                })
                .collect(),
            assignees: i
                .assignees
                .unwrap_or_default()
                .into_iter()
                .map(|u| u.login)
                .collect(),
            author: i.user.map(|u| u.login).unwrap_or_else(|| "ghost".into()),
            state: if i.state == "closed" {
                IssueState::Closed
            } else {
                IssueState::Open
            },
            state_reason: i.state_reason.as_deref().and_then(StateReason::parse),
            created_at: i.created_at,
            updated_at: i.updated_at,
            closed_at: i.closed_at,
            url: i.html_url,
        }
    }
}

pub(super) fn comment_of(c: GhComment) -> Comment {
    Comment {
        id: c.id,
        author: c.user.map(|u| u.login).unwrap_or_else(|| "ghost".into()),
        body: c.body.unwrap_or_default(),
        created_at: c.created_at,
    }
}
