//! The team's record as data: per closed request, when it was filed, first
//! answered, triaged and closed (from the tracker's timestamps, labels and
//! comments — the same on both trackers), its cycle time in business days,
//! and the completions per business day of the window.

use std::collections::BTreeMap;

use chrono::{DateTime, Days, NaiveDate, TimeDelta, Utc};
use serde::Serialize;

use super::ForecastConfig;
use crate::time::BusinessCalendar;
use crate::tracker::Comment;
use crate::triage::kpi::first_reply_at;
use crate::workflow::labels::Estimate;
use crate::workflow::{Status, TrackedRequest};

/// What a request's comments say about its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Marks {
    /// The first comment by someone other than the requester.
    pub first_response: Option<DateTime<Utc>>,
    /// The team's "triaged" reply (the `accepted` template), if posted.
    pub triaged: Option<DateTime<Utc>>,
}

/// Reads the marks of `r` from its `comments`.
pub fn marks(r: &TrackedRequest, comments: &[Comment]) -> Marks {
    let needle = format!("triaged #{}", r.number);
    Marks {
        first_response: first_reply_at(r, comments),
        triaged: comments
            .iter()
            .filter(|c| c.author != r.author && c.body.contains(&needle))
            .map(|c| c.created_at)
            .min(),
    }
}

/// One closed request.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClosedRequest {
    pub number: u64,
    #[serde(rename = "type")]
    pub type_key: Option<String>,
    pub estimate: Option<Estimate>,
    pub created_at: DateTime<Utc>,
    pub first_response_at: Option<DateTime<Utc>>,
    pub triaged_at: Option<DateTime<Utc>>,
    pub closed_at: DateTime<Utc>,
    /// Closed as done (not declined, not a duplicate).
    pub completed: bool,
    /// Filed to first response, in business hours.
    pub first_response_hours: Option<f64>,
    /// Triaged (or, without a triage reply, filed) to closed, in business
    /// days; only for completed requests.
    pub cycle_days: Option<f64>,
}

/// The closed requests of a window and the pace they set.
#[derive(Debug, Clone, PartialEq)]
pub struct History {
    pub since: DateTime<Utc>,
    pub until: DateTime<Utc>,
    pub weeks: u32,
    pub closed: Vec<ClosedRequest>,
    /// Completions on each business day of the window, oldest first.
    pub daily: Vec<u32>,
}

/// Returns the start of a window of `weeks` ending at `until`: midnight UTC,
/// so a tracker query for it stays the same all day (and can be cached).
pub fn window_start(until: DateTime<Utc>, weeks: u32) -> DateTime<Utc> {
    let day = (until - TimeDelta::weeks(i64::from(weeks))).date_naive();
    day.and_hms_opt(0, 0, 0).expect("midnight exists").and_utc()
}

/// Builds the history of `since..=until` from `requests` (any state; those
/// not closed in the window are skipped) and their `marks`.
pub fn build(
    requests: &[TrackedRequest],
    marks: &BTreeMap<u64, Marks>,
    since: DateTime<Utc>,
    until: DateTime<Utc>,
    cal: &BusinessCalendar,
) -> History {
    let weeks = ((until - since).num_days().max(1) as u32).div_ceil(7);
    let days = business_days(since.date_naive(), until.date_naive(), cal);
    let index: BTreeMap<NaiveDate, usize> = days.iter().enumerate().map(|(i, d)| (*d, i)).collect();
    let mut daily = vec![0u32; days.len()];
    let mut closed = Vec::new();
    for r in requests {
        let Some(at) = r.closed_at.filter(|t| *t >= since && *t <= until) else {
            continue;
        };
        let m = marks.get(&r.number).copied().unwrap_or_default();
        let completed = r.status == Status::Done;
        if completed {
            // A close on a weekend or holiday counts on the next business day.
            if let Some((_, i)) = index.range(at.date_naive()..).next() {
                daily[*i] += 1;
            }
        }
        let start = m.triaged.unwrap_or(r.created_at);
        closed.push(ClosedRequest {
            number: r.number,
            type_key: r.type_key.clone(),
            estimate: r.estimate,
            created_at: r.created_at,
            first_response_at: m.first_response,
            triaged_at: m.triaged,
            closed_at: at,
            completed,
            first_response_hours: m
                .first_response
                .map(|f| cal.business_hours_between(r.created_at, f).max(0.0)),
            cycle_days: completed.then(|| (cal.business_hours_between(start, at) / 8.0).max(0.0)),
        });
    }
    History {
        since,
        until,
        weeks,
        closed,
        daily,
    }
}

/// The business days after `from` up to and including `to`.
fn business_days(from: NaiveDate, to: NaiveDate, cal: &BusinessCalendar) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut d = from;
    while d < to {
        d = d + Days::new(1);
        if cal.is_business_day(d) {
            out.push(d);
        }
    }
    out
}

impl History {
    /// Returns how many requests were completed in the window.
    pub fn completed(&self) -> usize {
        self.daily.iter().map(|d| *d as usize).sum()
    }

    /// Returns true when there is enough history to simulate.
    pub fn enough(&self, cfg: &ForecastConfig) -> bool {
        self.completed() >= cfg.min_history.max(1)
    }

    /// Returns the mean completions per week (of five business days), to a tenth.
    pub fn throughput_per_week(&self) -> f64 {
        let weeks = (self.daily.len() as f64 / 5.0).max(1.0);
        let per_week = self.completed() as f64 / weeks;
        (per_week * 10.0).round() / 10.0
    }

    /// Returns the completions of each week of the window, oldest first
    /// (five business days to a week, the last one possibly short).
    pub fn weekly(&self) -> Vec<u32> {
        self.daily.chunks(5).map(|w| w.iter().sum()).collect()
    }

    /// Returns the cycle times (business days) of completed requests of size `e`.
    pub fn cycle_days_of(&self, e: Estimate) -> Vec<f64> {
        self.closed
            .iter()
            .filter(|c| c.estimate == Some(e))
            .filter_map(|c| c.cycle_days)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workflow::test_support::request_with_labels;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    fn closed(number: u64, created: &str, closed: &str, status: Status) -> TrackedRequest {
        let mut r = request_with_labels(&["identity-request", "estimate: M"]);
        r.number = number;
        r.created_at = at(created);
        r.closed_at = Some(at(closed));
        r.status = status;
        r
    }

    #[test]
    fn cycle_time_runs_from_the_triage_reply_in_business_days() {
        // Filed Friday 2026-11-20, triaged Monday 15:00, closed Wednesday 15:00
        // with Tuesday a holiday: one business day of work.
        let r = closed(
            1,
            "2026-11-20T15:00:00Z",
            "2026-11-25T15:00:00Z",
            Status::Done,
        );
        let comment = |author: &str, body: &str, t: &str| Comment {
            id: 1,
            author: author.into(),
            body: body.into(),
            created_at: at(t),
        };
        let comments = [
            comment("jdoe", "any news?", "2026-11-20T16:00:00Z"),
            comment("lead", "We have triaged #1 as P2", "2026-11-23T15:00:00Z"),
        ];
        let m = marks(&r, &comments);
        assert_eq!(m.first_response, Some(at("2026-11-23T15:00:00Z")));
        assert_eq!(m.triaged, Some(at("2026-11-23T15:00:00Z")));
        let cal = BusinessCalendar {
            holidays: vec!["2026-11-24".parse().unwrap()],
            ..Default::default()
        };
        let until = at("2026-11-30T15:00:00Z");
        let h = build(&[r], &[(1, m)].into(), window_start(until, 2), until, &cal);
        let c = &h.closed[0];
        assert_eq!(c.cycle_days, Some(1.0));
        // Friday 15:00 to Monday 15:00 is one business day: 8 hours.
        assert_eq!(c.first_response_hours, Some(8.0));
        // Two weeks back from Monday 30 November, less the holiday: 9 days.
        assert_eq!(h.daily.len(), 9);
        assert_eq!(h.completed(), 1);
    }

    #[test]
    fn declined_and_duplicates_stay_out_of_cycle_times_and_throughput() {
        let rs = [
            closed(
                1,
                "2026-11-23T15:00:00Z",
                "2026-11-24T15:00:00Z",
                Status::Done,
            ),
            closed(
                2,
                "2026-11-23T15:00:00Z",
                "2026-11-24T15:00:00Z",
                Status::Declined,
            ),
            closed(
                3,
                "2026-11-23T15:00:00Z",
                "2026-11-24T15:00:00Z",
                Status::Duplicate,
            ),
            // Closed before the window: not in it at all.
            closed(
                4,
                "2026-08-03T15:00:00Z",
                "2026-08-04T15:00:00Z",
                Status::Done,
            ),
        ];
        let h = build(
            &rs,
            &BTreeMap::new(),
            window_start(at("2026-11-30T15:00:00Z"), 12),
            at("2026-11-30T15:00:00Z"),
            &Default::default(),
        );
        assert_eq!(h.closed.len(), 3);
        assert_eq!(h.completed(), 1);
        assert_eq!(h.cycle_days_of(Estimate::M), vec![1.0]);
        assert_eq!((h.weeks, h.daily.len()), (12, 60));
        assert_eq!(h.throughput_per_week(), 0.1);
    }

    #[test]
    fn a_weekend_close_counts_on_monday() {
        let r = closed(
            1,
            "2026-11-23T15:00:00Z",
            "2026-11-28T12:00:00Z",
            Status::Done,
        );
        let h = build(
            &[r],
            &BTreeMap::new(),
            window_start(at("2026-11-30T15:00:00Z"), 1),
            at("2026-11-30T15:00:00Z"),
            &Default::default(),
        );
        assert_eq!(h.daily.last(), Some(&1));
        assert_eq!(h.weekly(), vec![1]);
    }
}
