//! Labels and statuses: how a request's workflow state is written onto a
//! tracker issue, and read back. Names are configurable; the defaults work
//! on any GitHub repository.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::request::RequestType;
use crate::tracker::{Issue, IssueState, StateReason};

/// Where a request is in its life.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    New,
    Triaged,
    InProgress,
    WaitingOnRequester,
    Done,
    Declined,
    Duplicate,
}

impl Status {
    /// The open statuses, in board order.
    pub const OPEN: [Status; 4] = [
        Status::New,
        Status::Triaged,
        Status::InProgress,
        Status::WaitingOnRequester,
    ];

    /// Returns the kebab-case key (as in JSON and flags).
    pub fn key(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Triaged => "triaged",
            Status::InProgress => "in-progress",
            Status::WaitingOnRequester => "waiting-on-requester",
            Status::Done => "done",
            Status::Declined => "declined",
            Status::Duplicate => "duplicate",
        }
    }

    /// Returns the column heading.
    pub fn title(self) -> &'static str {
        match self {
            Status::New => "New",
            Status::Triaged => "Triaged",
            Status::InProgress => "In progress",
            Status::WaitingOnRequester => "Waiting on requester",
            Status::Done => "Done",
            Status::Declined => "Declined",
            Status::Duplicate => "Duplicate",
        }
    }

    /// Returns true for statuses of open requests.
    pub fn is_open(self) -> bool {
        Self::OPEN.contains(&self)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// Triage priority; P1 is the most urgent.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
pub enum Priority {
    #[value(name = "P1", alias = "p1")]
    P1,
    #[value(name = "P2", alias = "p2")]
    P2,
    #[value(name = "P3", alias = "p3")]
    P3,
    #[value(name = "P4", alias = "p4")]
    P4,
}

impl Priority {
    /// All priorities, most urgent first.
    pub const ALL: [Priority; 4] = [Priority::P1, Priority::P2, Priority::P3, Priority::P4];

    /// Returns "P1".."P4".
    pub fn key(self) -> &'static str {
        match self {
            Priority::P1 => "P1",
            Priority::P2 => "P2",
            Priority::P3 => "P3",
            Priority::P4 => "P4",
        }
    }
}

/// T-shirt size of the work.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
pub enum Estimate {
    #[value(name = "S", alias = "s")]
    S,
    #[value(name = "M", alias = "m")]
    M,
    #[value(name = "L", alias = "l")]
    L,
    #[serde(rename = "XL")]
    #[value(name = "XL", alias = "xl")]
    Xl,
}

impl Estimate {
    /// All sizes, smallest first.
    pub const ALL: [Estimate; 4] = [Estimate::S, Estimate::M, Estimate::L, Estimate::Xl];

    /// Returns "S".."XL".
    pub fn key(self) -> &'static str {
        match self {
            Estimate::S => "S",
            Estimate::M => "M",
            Estimate::L => "L",
            Estimate::Xl => "XL",
        }
    }
}

/// The label names idreq writes. Configurable under `[labels]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LabelScheme {
    /// On every request.
    pub base: String,
    pub status_new: String,
    pub status_triaged: String,
    pub status_in_progress: String,
    pub status_waiting: String,
    /// Prefix of `priority: P1`…
    pub priority_prefix: String,
    /// Prefix of `estimate: M`…
    pub estimate_prefix: String,
    /// Prefix of `target: 2026-12-10`.
    pub target_prefix: String,
    /// Prefix of `snoozed-until: 2026-12-10`.
    pub snoozed_prefix: String,
    /// On requests that affect Veterans in production.
    pub production_impact: String,
}

impl Default for LabelScheme {
    fn default() -> Self {
        Self {
            base: "identity-request".into(),
            status_new: "status: new".into(),
            status_triaged: "status: triaged".into(),
            status_in_progress: "status: in-progress".into(),
            status_waiting: "status: waiting-on-requester".into(),
            priority_prefix: "priority: ".into(),
            estimate_prefix: "estimate: ".into(),
            target_prefix: "target: ".into(),
            snoozed_prefix: "snoozed-until: ".into(),
            production_impact: "production-impact".into(),
        }
    }
}

impl LabelScheme {
    /// Returns the label for an open status (closed statuses have none).
    pub fn status_label(&self, status: Status) -> Option<&str> {
        match status {
            Status::New => Some(&self.status_new),
            Status::Triaged => Some(&self.status_triaged),
            Status::InProgress => Some(&self.status_in_progress),
            Status::WaitingOnRequester => Some(&self.status_waiting),
            _ => None,
        }
    }

    /// Returns every status label (to remove before setting a new one).
    pub fn all_status_labels(&self) -> Vec<String> {
        Status::OPEN
            .iter()
            .filter_map(|s| self.status_label(*s))
            .map(str::to_string)
            .collect()
    }

    /// Returns the labels a new request of type `t` is filed with.
    pub fn for_new_request(&self, t: &RequestType, production_impact: bool) -> Vec<String> {
        let mut labels = vec![self.base.clone(), t.label(), self.status_new.clone()];
        if production_impact {
            labels.push(self.production_impact.clone());
        }
        labels
    }

    /// Returns `priority: P2`.
    pub fn priority_label(&self, p: Priority) -> String {
        format!("{}{}", self.priority_prefix, p.key())
    }

    /// Returns `estimate: M`.
    pub fn estimate_label(&self, e: Estimate) -> String {
        format!("{}{}", self.estimate_prefix, e.key())
    }

    /// Returns `target: 2026-12-10`.
    pub fn target_label(&self, d: NaiveDate) -> String {
        format!("{}{}", self.target_prefix, d.format("%Y-%m-%d"))
    }

    /// Returns `snoozed-until: 2026-12-10`.
    pub fn snoozed_label(&self, d: NaiveDate) -> String {
        format!("{}{}", self.snoozed_prefix, d.format("%Y-%m-%d"))
    }

    /// Returns the labels on `issue` that start with `prefix`.
    pub fn with_prefix(&self, labels: &[String], prefix: &str) -> Vec<String> {
        labels
            .iter()
            .filter(|l| l.starts_with(prefix))
            .cloned()
            .collect()
    }

    /// Reads the status of an issue from its state and labels. An open issue
    /// with no status label is new (it has not been triaged).
    pub fn status_of(&self, issue: &Issue) -> Status {
        if issue.state == IssueState::Closed {
            return match issue.state_reason {
                Some(StateReason::NotPlanned) => Status::Declined,
                Some(StateReason::Duplicate) => Status::Duplicate,
                _ => Status::Done,
            };
        }
        [
            Status::WaitingOnRequester,
            Status::InProgress,
            Status::Triaged,
        ]
        .into_iter()
        .find(|s| {
            self.status_label(*s)
                .is_some_and(|l| issue.labels.iter().any(|x| x == l))
        })
        .unwrap_or(Status::New)
    }

    /// Reads the priority label, if any (the most urgent wins).
    pub fn priority_of(&self, labels: &[String]) -> Option<Priority> {
        let keys = self.keys_with_prefix(labels, &self.priority_prefix);
        Priority::ALL
            .into_iter()
            .find(|p| keys.clone().any(|k| k == p.key()))
    }

    /// The rest of each label that starts with `prefix` (no label strings are
    /// built: this runs for every request of a board).
    fn keys_with_prefix<'l>(
        &self,
        labels: &'l [String],
        prefix: &'l str,
    ) -> impl Iterator<Item = &'l str> + Clone {
        labels.iter().filter_map(move |l| l.strip_prefix(prefix))
    }

    /// Reads the estimate label, if any (the largest wins).
    pub fn estimate_of(&self, labels: &[String]) -> Option<Estimate> {
        let keys = self.keys_with_prefix(labels, &self.estimate_prefix);
        Estimate::ALL
            .into_iter()
            .rev()
            .find(|e| keys.clone().any(|k| k == e.key()))
    }

    fn date_with_prefix(&self, labels: &[String], prefix: &str) -> Option<NaiveDate> {
        self.keys_with_prefix(labels, prefix)
            .filter_map(|d| NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
            .max()
    }

    /// Reads the target date label, if any.
    pub fn target_of(&self, labels: &[String]) -> Option<NaiveDate> {
        self.date_with_prefix(labels, &self.target_prefix)
    }

    /// Reads the snooze label, if any.
    pub fn snoozed_until(&self, labels: &[String]) -> Option<NaiveDate> {
        self.date_with_prefix(labels, &self.snoozed_prefix)
    }
}

/// `[estimates]`: days of work per size.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EstimateDays {
    #[serde(rename = "S")]
    pub s: f64,
    #[serde(rename = "M")]
    pub m: f64,
    #[serde(rename = "L")]
    pub l: f64,
    #[serde(rename = "XL")]
    pub xl: f64,
}

impl Default for EstimateDays {
    fn default() -> Self {
        Self {
            s: 1.0,
            m: 3.0,
            l: 5.0,
            xl: 10.0,
        }
    }
}

impl EstimateDays {
    /// Returns the days of work for a size.
    pub fn days(&self, e: Estimate) -> f64 {
        match e {
            Estimate::S => self.s,
            Estimate::M => self.m,
            Estimate::L => self.l,
            Estimate::Xl => self.xl,
        }
    }
}
