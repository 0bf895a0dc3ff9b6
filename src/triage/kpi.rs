//! The team's KPIs for a period, from tracked requests: how many were opened
//! and closed (by type, by team), the first response against each type's
//! target in business hours, and the time to close in business days.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::ranking::EXPEDITE_TARGET_HOURS;
use crate::request::Catalogue;
use crate::time::BusinessCalendar;
use crate::tracker::{Comment, Tracker, TrackerError};
use crate::workflow::TrackedRequest;

/// The period a report covers (both ends included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub since: DateTime<Utc>,
    pub until: DateTime<Utc>,
}

impl Period {
    /// Returns true when `t` falls in the period.
    pub fn contains(&self, t: DateTime<Utc>) -> bool {
        t >= self.since && t <= self.until
    }
}

/// Median and 90th percentile of a set of durations.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Spread {
    pub count: usize,
    pub median: Option<f64>,
    pub p90: Option<f64>,
}

/// First-response figures.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct FirstResponse {
    /// In business hours.
    pub business_hours: Spread,
    /// Requests answered (or overdue) whose first response met the target.
    pub within_target: usize,
    /// Requests whose first response was late, or is overdue and still missing.
    pub missed_target: usize,
    /// `within_target / (within_target + missed_target)`, or null.
    pub within_target_share: Option<f64>,
}

/// The KPI report.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Report {
    pub since: DateTime<Utc>,
    pub until: DateTime<Utc>,
    pub opened: usize,
    pub closed: usize,
    pub opened_by_type: BTreeMap<String, usize>,
    pub closed_by_type: BTreeMap<String, usize>,
    pub opened_by_team: BTreeMap<String, usize>,
    pub open_by_status: BTreeMap<String, usize>,
    pub first_response: FirstResponse,
    /// Opened-to-closed time of requests closed in the period, in business days.
    pub time_to_close_business_days: Spread,
}

/// Returns the median and nearest-rank 90th percentile of `values`.
pub fn spread(mut values: Vec<f64>) -> Spread {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n == 0 {
        return Spread::default();
    }
    let median = if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    };
    let p90 = values[((0.9 * n as f64).ceil() as usize).clamp(1, n) - 1];
    let round = |v: f64| (v * 10.0).round() / 10.0;
    Spread {
        count: n,
        median: Some(round(median)),
        p90: Some(round(p90)),
    }
}

/// The requests opened in `period`, in the order given.
pub fn opened_in<'r>(all: &'r [TrackedRequest], period: &Period) -> Vec<&'r TrackedRequest> {
    all.iter()
        .filter(|r| period.contains(r.created_at))
        .collect()
}

/// When someone other than the author first commented on `r`.
pub fn first_reply_at(r: &TrackedRequest, comments: &[Comment]) -> Option<DateTime<Utc>> {
    comments
        .iter()
        .filter(|c| c.author != r.author && c.created_at >= r.created_at)
        .map(|c| c.created_at)
        .min()
}

/// The first reply to each of `requests` that has one, read from the tracker.
pub async fn first_replies(
    tracker: &impl Tracker,
    requests: &[&TrackedRequest],
) -> Result<BTreeMap<u64, DateTime<Utc>>, TrackerError> {
    let mut out = BTreeMap::new();
    for r in requests {
        let comments = tracker.comments(r.number).await?;
        if let Some(at) = first_reply_at(r, &comments) {
            out.insert(r.number, at);
        }
    }
    Ok(out)
}

/// The KPIs of `all` requests over `period`; `first_replies` holds the first
/// reply to each request opened in the period (see [`first_replies`]).
pub fn report(
    all: &[TrackedRequest],
    first_replies: &BTreeMap<u64, DateTime<Utc>>,
    period: Period,
    calendar: &BusinessCalendar,
    catalogue: &Catalogue,
) -> Report {
    let opened = opened_in(all, &period);
    let closed: Vec<&TrackedRequest> = all
        .iter()
        .filter(|r| r.closed_at.is_some_and(|t| period.contains(t)))
        .collect();
    let open: Vec<&TrackedRequest> = all.iter().filter(|r| r.status.is_open()).collect();
    let close_days: Vec<f64> = closed
        .iter()
        .filter_map(|r| {
            r.closed_at
                .map(|c| calendar.business_hours_between(r.created_at, c) / 8.0)
        })
        .collect();
    let type_of = |r: &TrackedRequest| r.type_key.clone().unwrap_or_else(|| "unknown".into());
    let team_of = |r: &TrackedRequest| {
        r.field_text("team_name")
            .unwrap_or_else(|| "unknown".into())
    };
    Report {
        since: period.since,
        until: period.until,
        opened: opened.len(),
        closed: closed.len(),
        opened_by_type: count_by(&opened, &type_of),
        closed_by_type: count_by(&closed, &type_of),
        opened_by_team: count_by(&opened, &team_of),
        open_by_status: count_by(&open, &|r: &TrackedRequest| r.status.key().to_string()),
        first_response: first_response(&opened, first_replies, period, calendar, catalogue),
        time_to_close_business_days: spread(close_days),
    }
}

fn count_by(
    items: &[&TrackedRequest],
    key: &dyn Fn(&TrackedRequest) -> String,
) -> BTreeMap<String, usize> {
    let mut m: BTreeMap<String, usize> = BTreeMap::new();
    for r in items {
        *m.entry(key(r)).or_default() += 1;
    }
    m
}

/// The response target of `r` in business hours (expedited for production).
pub fn target_hours(r: &TrackedRequest, catalogue: &Catalogue) -> f64 {
    if r.production_impact() {
        return EXPEDITE_TARGET_HOURS;
    }
    r.type_key
        .as_deref()
        .and_then(|k| catalogue.get(k))
        .map_or(8.0, |t| f64::from(t.first_response.business_hours))
}

fn first_response(
    opened: &[&TrackedRequest],
    first_replies: &BTreeMap<u64, DateTime<Utc>>,
    period: Period,
    calendar: &BusinessCalendar,
    catalogue: &Catalogue,
) -> FirstResponse {
    let mut hours_taken = Vec::new();
    let mut fr = FirstResponse::default();
    for r in opened {
        let target = target_hours(r, catalogue);
        match first_replies.get(&r.number) {
            Some(&at) => {
                let hours = calendar.business_hours_between(r.created_at, at);
                hours_taken.push(hours);
                if hours <= target {
                    fr.within_target += 1;
                } else {
                    fr.missed_target += 1;
                }
            }
            None if calendar.business_hours_between(r.created_at, period.until) > target => {
                fr.missed_target += 1
            }
            None => {}
        }
    }
    fr.business_hours = spread(hours_taken);
    let answered = fr.within_target + fr.missed_target;
    fr.within_target_share = (answered > 0)
        .then(|| ((fr.within_target as f64 / answered as f64) * 1000.0).round() / 1000.0);
    fr
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workflow::test_support::request_with_labels;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn median_and_p90() {
        let s = spread(vec![5.0, 1.0, 3.0, 2.0, 4.0, 6.0, 7.0, 8.0, 9.0, 10.0]);
        assert_eq!(s.median, Some(5.5));
        assert_eq!(s.p90, Some(9.0));
        assert_eq!(spread(vec![]).median, None);
        assert_eq!(spread(vec![2.0]).p90, Some(2.0));
    }

    #[test]
    fn counts_and_first_response_against_the_target() {
        // Three PR reviews opened Tuesday 2026-12-01 15:00 UTC (target 8 business hours).
        let mut answered_fast = request_with_labels(&["identity-request", "status: triaged"]);
        answered_fast.number = 1;
        let mut answered_late = answered_fast.clone();
        answered_late.number = 2;
        let mut never = answered_fast.clone();
        never.number = 3;
        let mut closed = answered_fast.clone();
        closed.number = 4;
        closed.status = crate::workflow::Status::Done;
        closed.closed_at = Some(at("2026-12-02T15:00:00Z"));
        let all = vec![answered_fast, answered_late, never, closed];
        let replies: BTreeMap<u64, DateTime<Utc>> = [
            (1, at("2026-12-01T17:00:00Z")),
            (2, at("2026-12-03T15:00:00Z")),
            (4, at("2026-12-01T16:00:00Z")),
        ]
        .into();
        let period = Period {
            since: at("2026-11-30T00:00:00Z"),
            until: at("2026-12-04T22:00:00Z"),
        };
        let r = report(
            &all,
            &replies,
            period,
            &BusinessCalendar::default(),
            &Catalogue::bundled(),
        );
        assert_eq!((r.opened, r.closed), (4, 1));
        assert_eq!(r.opened_by_type.get("unknown"), Some(&4));
        assert_eq!(r.open_by_status.get("triaged"), Some(&3));
        assert_eq!(r.first_response.within_target, 2);
        // #2 answered after 16 business hours; #3 still unanswered after 4 days.
        assert_eq!(r.first_response.missed_target, 2);
        assert_eq!(r.first_response.within_target_share, Some(0.5));
        assert_eq!(r.first_response.business_hours.count, 3);
        assert_eq!(r.time_to_close_business_days.median, Some(1.0));
    }

    #[test]
    fn the_first_reply_is_the_first_not_by_the_author() {
        let r = request_with_labels(&["identity-request"]);
        let c = |author: &str, t: &str| Comment {
            id: 1,
            author: author.into(),
            body: String::new(),
            created_at: at(t),
        };
        let comments = [
            c("jdoe", "2026-12-01T16:00:00Z"),
            c("asmith", "2026-12-02T16:00:00Z"),
            c("bjones", "2026-12-01T18:00:00Z"),
        ];
        assert_eq!(
            first_reply_at(&r, &comments),
            Some(at("2026-12-01T18:00:00Z"))
        );
    }
}
