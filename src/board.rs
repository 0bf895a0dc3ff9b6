//! The board as a domain value: every open request as a card (its rank and
//! age in business days) in columns by status, type, assignee or priority,
//! and the summation of the work underneath. Rendering is in `ui::render`.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use clap::ValueEnum;
use serde::Serialize;

use crate::config::EstimateDays;
use crate::support::sanitize::sanitize_line;
use crate::time::BusinessCalendar;
use crate::triage::ranking::ResponseState;
use crate::triage::RankedRequest;
use crate::workflow::{Priority, Status};

/// How to split the board into columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupBy {
    #[default]
    Status,
    Type,
    Assignee,
    Priority,
}

/// A card: a request with its rank and age.
#[derive(Debug, Clone, Serialize)]
pub struct Card {
    #[serde(flatten)]
    pub ranked: RankedRequest,
    pub age_business_days: i64,
}

/// One column.
#[derive(Debug, Clone, Serialize)]
pub struct Column {
    pub key: String,
    pub title: String,
    pub count: usize,
    #[serde(serialize_with = "crate::support::parallel_json::serialize")]
    pub requests: Vec<Card>,
}

/// Per-assignee load.
#[derive(Debug, Clone, Serialize)]
pub struct Load {
    pub assignee: String,
    pub open: usize,
    pub estimate_days: f64,
}

/// The oldest open request.
#[derive(Debug, Clone, Serialize)]
pub struct Oldest {
    pub number: u64,
    pub title: String,
    pub age_business_days: i64,
}

/// The summation of the work.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub open: usize,
    pub by_status: BTreeMap<String, usize>,
    pub by_type: BTreeMap<String, usize>,
    /// status → type → count
    pub by_status_and_type: BTreeMap<String, BTreeMap<String, usize>>,
    /// Estimated days of triaged and in-progress work.
    pub estimate_days_triaged: f64,
    pub estimate_days_in_progress: f64,
    pub estimate_days_total: f64,
    /// Triaged or in-progress requests without an estimate.
    pub unestimated: usize,
    pub by_assignee: Vec<Load>,
    pub unassigned: usize,
    pub overdue: usize,
    pub oldest: Option<Oldest>,
}

/// The whole board.
#[derive(Debug, Clone, Serialize)]
pub struct Board {
    pub as_of: DateTime<Utc>,
    /// When the requests were read from the tracker: now, or with `--offline`
    /// when the saved copy was fetched.
    pub fetched_at: DateTime<Utc>,
    /// True when the board comes from the saved copy (`--offline`).
    pub offline: bool,
    pub group_by: GroupBy,
    pub columns: Vec<Column>,
    pub summary: Summary,
    /// When today's open work will be done at the recent pace; null with
    /// `--offline` (the history is not saved).
    pub forecast: Option<crate::forecast::queue::QueueForecast>,
}

impl Board {
    /// Returns the open requests the team still works through (all but
    /// those waiting on their requester).
    pub fn open_work(&self) -> usize {
        self.columns
            .iter()
            .flat_map(|c| &c.requests)
            .filter(|c| c.ranked.request.status != Status::WaitingOnRequester)
            .count()
    }
}

/// Lays out the ranked open requests as a board as of `now`, with the sum
/// of the work; `fetched_at` is when the requests were read.
pub fn build(
    queue: Vec<RankedRequest>,
    now: DateTime<Utc>,
    fetched_at: DateTime<Utc>,
    group_by: GroupBy,
    cal: &BusinessCalendar,
    days: &EstimateDays,
) -> Board {
    let cards: Vec<Card> = queue
        .into_iter()
        .map(|ranked| Card {
            age_business_days: cal
                .business_days_between(ranked.request.created_at.date_naive(), now.date_naive()),
            ranked,
        })
        .collect();
    let summary = summarize(&cards, days);
    let mut columns: Vec<Column> = column_keys(&cards, group_by)
        .into_iter()
        .map(|(key, title)| Column {
            key,
            title,
            count: 0,
            requests: Vec::new(),
        })
        .collect();
    for card in cards {
        let key = group_key(&card, group_by);
        if let Some(col) = columns.iter_mut().find(|c| c.key == key) {
            col.requests.push(card);
        }
    }
    for c in &mut columns {
        c.count = c.requests.len();
    }
    Board {
        as_of: now,
        fetched_at,
        offline: false,
        group_by,
        columns,
        summary,
        forecast: None,
    }
}

fn group_key(card: &Card, group_by: GroupBy) -> String {
    let r = &card.ranked.request;
    match group_by {
        GroupBy::Status => r.status.key().to_string(),
        GroupBy::Type => r.type_key.clone().unwrap_or_else(|| "unknown".into()),
        GroupBy::Assignee => r
            .assignees
            .first()
            .cloned()
            .unwrap_or_else(|| "unassigned".into()),
        GroupBy::Priority => r
            .priority
            .map_or("untriaged".into(), |p| p.key().to_string()),
    }
}

fn column_keys(cards: &[Card], group_by: GroupBy) -> Vec<(String, String)> {
    match group_by {
        GroupBy::Status => Status::OPEN
            .iter()
            .map(|s| (s.key().to_string(), s.title().to_string()))
            .collect(),
        GroupBy::Priority => Priority::ALL
            .iter()
            .map(|p| (p.key().to_string(), p.key().to_string()))
            .chain(std::iter::once((
                "untriaged".to_string(),
                "Untriaged".to_string(),
            )))
            .collect(),
        GroupBy::Type | GroupBy::Assignee => {
            let mut keys: Vec<String> = cards.iter().map(|c| group_key(c, group_by)).collect();
            keys.sort();
            keys.dedup();
            // Assignee logins come from the tracker: the title is shown.
            keys.into_iter()
                .map(|k| (k.clone(), sanitize_line(&k)))
                .collect()
        }
    }
}

/// The sum of the work on `cards`: counts, estimated days, load, the oldest.
pub fn summarize(cards: &[Card], days: &EstimateDays) -> Summary {
    let mut s = Summary {
        open: cards.len(),
        by_status: BTreeMap::new(),
        by_type: BTreeMap::new(),
        by_status_and_type: BTreeMap::new(),
        estimate_days_triaged: 0.0,
        estimate_days_in_progress: 0.0,
        estimate_days_total: 0.0,
        unestimated: 0,
        by_assignee: Vec::new(),
        unassigned: 0,
        overdue: 0,
        oldest: None,
    };
    let mut load: BTreeMap<String, (usize, f64)> = BTreeMap::new();
    let mut oldest = None;
    for c in cards {
        let r = &c.ranked.request;
        let status = r.status.key().to_string();
        let kind = r.type_key.clone().unwrap_or_else(|| "unknown".into());
        *s.by_status.entry(status.clone()).or_default() += 1;
        *s.by_type.entry(kind.clone()).or_default() += 1;
        *s.by_status_and_type
            .entry(status)
            .or_default()
            .entry(kind)
            .or_default() += 1;
        let estimate = r.estimate.map(|e| days.days(e));
        let working = matches!(r.status, Status::Triaged | Status::InProgress);
        match (working, estimate) {
            (true, Some(d)) if r.status == Status::Triaged => s.estimate_days_triaged += d,
            (true, Some(d)) => s.estimate_days_in_progress += d,
            (true, None) => s.unestimated += 1,
            _ => {}
        }
        if r.assignees.is_empty() {
            s.unassigned += 1;
        }
        for a in &r.assignees {
            let entry = load.entry(a.clone()).or_default();
            entry.0 += 1;
            entry.1 += estimate.unwrap_or(0.0);
        }
        if c.ranked.response == ResponseState::Overdue {
            s.overdue += 1;
        }
        // The oldest is the one created first; rank order never breaks a tie.
        if oldest.is_none_or(|(created, number)| (r.created_at, r.number) < (created, number)) {
            oldest = Some((r.created_at, r.number));
            s.oldest = Some(Oldest {
                number: r.number,
                title: r.title.clone(),
                age_business_days: c.age_business_days,
            });
        }
    }
    s.estimate_days_total = s.estimate_days_triaged + s.estimate_days_in_progress;
    s.by_assignee = load
        .into_iter()
        .map(|(assignee, (open, estimate_days))| Load {
            assignee,
            open,
            estimate_days,
        })
        .collect();
    s
}
