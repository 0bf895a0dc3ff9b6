//! The triage rank: every open request gets a score from visible parts, and
//! each part is kept as a reason so `--explain` can show why the order is
//! what it is. Pure: no I/O, and "now" is an argument.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::request::catalogue::ResponseTarget;
use crate::time::business::{describe_hours, BusinessCalendar};
use crate::workflow::labels::EstimateDays;
use crate::workflow::labels::{Estimate, Priority, Status};

/// Requests that affect Veterans in production must get a first response within this.
pub const EXPEDITE_TARGET_HOURS: f64 = 1.0;
/// Share of the response target after which a request counts as due.
const DUE_SHARE: f64 = 0.5;
/// Response pressure counts up to this many times the target.
const MAX_PRESSURE: f64 = 3.0;
/// Points for a 1-day job under "small jobs first"; larger jobs get less.
const SMALL_JOB_POINTS: f64 = 10.0;

/// What the rank needs to know about a request.
#[derive(Debug, Clone, PartialEq)]
pub struct RankInput {
    pub number: u64,
    pub created_at: DateTime<Utc>,
    pub status: Status,
    pub production_impact: bool,
    pub priority: Option<Priority>,
    pub estimate: Option<Estimate>,
    pub first_response: ResponseTarget,
    /// The requester's "needed by" date.
    pub needed_by: Option<NaiveDate>,
    /// The team's target date, once set.
    pub target_date: Option<NaiveDate>,
    pub blocked_release: bool,
    pub snoozed_until: Option<NaiveDate>,
}

/// One part of a score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    /// A stable key: production_impact, priority, response_target, deadline, blocked_release, size, waiting, snoozed.
    pub factor: &'static str,
    pub points: f64,
    pub detail: String,
}

/// Where a request stands against its first-response target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ResponseState {
    /// Answered, or well within the target.
    Ok,
    /// More than half the target used.
    Due,
    /// Past the target.
    Overdue,
}

impl ResponseState {
    /// Returns "ok", "due" or "overdue".
    pub fn key(self) -> &'static str {
        match self {
            ResponseState::Ok => "ok",
            ResponseState::Due => "due",
            ResponseState::Overdue => "overdue",
        }
    }
}

/// A scored request.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    pub number: u64,
    /// 1 is the first to look at.
    pub rank: usize,
    pub score: f64,
    pub reasons: Vec<Reason>,
    pub response: ResponseState,
}

/// Everything the score depends on besides the request.
#[derive(Debug, Clone)]
pub struct RankContext<'a> {
    pub weights: &'a RankingWeights,
    pub calendar: &'a BusinessCalendar,
    pub estimates: &'a EstimateDays,
    pub now: DateTime<Utc>,
}

impl RankContext<'_> {
    /// Scores one request.
    pub fn score(&self, r: &RankInput) -> (f64, Vec<Reason>, ResponseState) {
        let w = self.weights;
        let mut reasons = Vec::new();
        let mut add = |factor, points: f64, detail: String| {
            reasons.push(Reason {
                factor,
                points: (points * 10.0).round() / 10.0,
                detail,
            })
        };
        if r.production_impact {
            add(
                "production_impact",
                w.production_impact,
                "affects Veterans in production: expedite".into(),
            );
        }
        if let Some(p) = r.priority {
            let points = match p {
                Priority::P1 => w.priority_p1,
                Priority::P2 => w.priority_p2,
                Priority::P3 => w.priority_p3,
                Priority::P4 => w.priority_p4,
            };
            add("priority", points, format!("priority {}", p.key()));
        }
        let response = self.response_state(r);
        if r.status == Status::New {
            let (ratio, detail) = self.response_pressure(r);
            add(
                "response_target",
                w.response_pressure * ratio.clamp(0.0, MAX_PRESSURE),
                detail,
            );
        }
        if let Some((deadline, whose)) = self.deadline(r) {
            let days_left =
                self.calendar
                    .business_days_between(self.now.date_naive(), deadline) as f64;
            if days_left <= w.deadline_window_days {
                let closeness = ((w.deadline_window_days - days_left)
                    / w.deadline_window_days.max(1.0))
                .min(1.0);
                let detail = if days_left < 0.0 {
                    format!(
                        "{whose} {deadline} passed {} business day(s) ago",
                        -days_left
                    )
                } else if days_left == 0.0 {
                    format!("{whose} {deadline} is today")
                } else {
                    format!("{whose} {deadline} is in {days_left} business day(s)")
                };
                add("deadline", w.deadline * (1.0 + closeness), detail);
            }
        }
        if r.blocked_release {
            add(
                "blocked_release",
                w.blocked_release,
                "a release is blocked on it".into(),
            );
        }
        if let (Some(e), true) = (r.estimate, r.status != Status::New) {
            let days = self.estimates.days(e).max(0.5);
            add(
                "size",
                SMALL_JOB_POINTS / days,
                format!("estimate {} ({days} days): small jobs first", e.key()),
            );
        }
        if r.status == Status::WaitingOnRequester {
            add("waiting", w.waiting, "waiting on the requester".into());
        } else if let Some(until) = r.snoozed_until.filter(|u| *u > self.now.date_naive()) {
            add("snoozed", w.waiting, format!("snoozed until {until}"));
        }
        let score = reasons.iter().map(|r| r.points).sum::<f64>();
        ((score * 10.0).round() / 10.0, reasons, response)
    }

    fn target_hours(&self, r: &RankInput) -> f64 {
        if r.production_impact {
            EXPEDITE_TARGET_HOURS
        } else {
            f64::from(r.first_response.business_hours)
        }
    }

    fn response_pressure(&self, r: &RankInput) -> (f64, String) {
        let target = self.target_hours(r);
        let elapsed = self.calendar.business_hours_between(r.created_at, self.now);
        let left = target - elapsed;
        let detail = if left < 0.0 {
            format!("first response overdue by {}", describe_hours(-left))
        } else {
            format!("first response due in {}", describe_hours(left))
        };
        (elapsed / target.max(0.1), detail)
    }

    /// Returns the response-target state (only untriaged requests can be due or overdue).
    pub fn response_state(&self, r: &RankInput) -> ResponseState {
        if r.status != Status::New {
            return ResponseState::Ok;
        }
        let ratio = self.calendar.business_hours_between(r.created_at, self.now)
            / self.target_hours(r).max(0.1);
        if ratio > 1.0 {
            ResponseState::Overdue
        } else if ratio >= DUE_SHARE {
            ResponseState::Due
        } else {
            ResponseState::Ok
        }
    }

    fn deadline(&self, r: &RankInput) -> Option<(NaiveDate, &'static str)> {
        match (r.needed_by, r.target_date) {
            (Some(n), Some(t)) if t < n => Some((t, "target date")),
            (Some(n), _) => Some((n, "needed by")),
            (None, Some(t)) => Some((t, "target date")),
            (None, None) => None,
        }
    }

    /// Scores and orders requests: highest score first, then oldest, then
    /// lowest number, so the order is the same on every run.
    pub fn rank(&self, inputs: &[RankInput]) -> Vec<Ranked> {
        let mut scored: Vec<(Ranked, DateTime<Utc>)> = inputs
            .iter()
            .map(|r| {
                let (score, reasons, response) = self.score(r);
                (
                    Ranked {
                        number: r.number,
                        rank: 0,
                        score,
                        reasons,
                        response,
                    },
                    r.created_at,
                )
            })
            .collect();
        scored.sort_by(|(a, at), (b, bt)| {
            b.score
                .total_cmp(&a.score)
                .then(at.cmp(bt))
                .then(a.number.cmp(&b.number))
        });
        scored
            .into_iter()
            .enumerate()
            .map(|(i, (mut r, _))| {
                r.rank = i + 1;
                r
            })
            .collect()
    }
}

/// `[ranking]`: the weights of the triage score. Every part is printed by
/// `--explain`, so a team can argue with the order and tune it here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RankingWeights {
    /// Affects Veterans in production.
    pub production_impact: f64,
    /// Per priority, once triaged.
    pub priority_p1: f64,
    pub priority_p2: f64,
    pub priority_p3: f64,
    pub priority_p4: f64,
    /// Per unit of response-target pressure (1.0 = due now); capped at 3.
    pub response_pressure: f64,
    /// When the requester's deadline is this close (business days) or past.
    pub deadline_window_days: f64,
    pub deadline: f64,
    /// A release is blocked on this.
    pub blocked_release: f64,
    /// Waiting on the requester, or snoozed: sinks to the bottom.
    pub waiting: f64,
}

impl Default for RankingWeights {
    fn default() -> Self {
        Self {
            production_impact: 100.0,
            priority_p1: 60.0,
            priority_p2: 30.0,
            priority_p3: 10.0,
            priority_p4: 0.0,
            response_pressure: 20.0,
            deadline_window_days: 5.0,
            deadline: 25.0,
            blocked_release: 15.0,
            waiting: -200.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn base(number: u64, created: &str) -> RankInput {
        RankInput {
            number,
            created_at: t(created),
            status: Status::New,
            production_impact: false,
            priority: None,
            estimate: None,
            first_response: ResponseTarget { business_hours: 8 },
            needed_by: None,
            target_date: None,
            blocked_release: false,
            snoozed_until: None,
        }
    }

    fn order(inputs: &[RankInput], now: &str) -> Vec<u64> {
        let weights = RankingWeights::default();
        let calendar = BusinessCalendar {
            holidays: vec![d("2026-12-25")],
            ..BusinessCalendar::default()
        };
        let estimates = EstimateDays::default();
        let ctx = RankContext {
            weights: &weights,
            calendar: &calendar,
            estimates: &estimates,
            now: t(now),
        };
        ctx.rank(inputs).iter().map(|r| r.number).collect()
    }

    const NOW: &str = "2026-12-02T18:00:00Z"; // a Wednesday afternoon

    #[test]
    fn production_impact_comes_first() {
        let old = base(1, "2026-11-20T15:00:00Z");
        let prod = RankInput {
            production_impact: true,
            ..base(2, "2026-12-02T17:00:00Z")
        };
        assert_eq!(order(&[old, prod], NOW), [2, 1]);
    }

    #[test]
    fn overdue_before_fresh() {
        assert_eq!(
            order(
                &[
                    base(1, "2026-12-02T17:00:00Z"),
                    base(2, "2026-11-30T15:00:00Z")
                ],
                NOW
            ),
            [2, 1]
        );
    }

    #[test]
    fn a_deadline_tomorrow_before_no_deadline() {
        let with = RankInput {
            needed_by: Some(d("2026-12-03")),
            ..base(1, "2026-12-02T17:00:00Z")
        };
        let without = base(2, "2026-12-02T17:00:00Z");
        assert_eq!(order(&[without, with], NOW), [1, 2]);
    }

    #[test]
    fn p1_before_p3() {
        let p3 = RankInput {
            status: Status::Triaged,
            priority: Some(Priority::P3),
            ..base(1, "2026-11-01T15:00:00Z")
        };
        let p1 = RankInput {
            status: Status::Triaged,
            priority: Some(Priority::P1),
            ..base(2, "2026-12-01T15:00:00Z")
        };
        assert_eq!(order(&[p3, p1], NOW), [2, 1]);
    }

    #[test]
    fn waiting_and_snoozed_sink_to_the_bottom() {
        let waiting = RankInput {
            status: Status::WaitingOnRequester,
            priority: Some(Priority::P1),
            ..base(1, "2026-11-01T15:00:00Z")
        };
        let snoozed = RankInput {
            snoozed_until: Some(d("2026-12-09")),
            ..base(2, "2026-11-01T15:00:00Z")
        };
        let fresh = base(3, "2026-12-02T17:55:00Z");
        let ranked = order(&[waiting, snoozed, fresh], NOW);
        assert_eq!(ranked[0], 3, "{ranked:?}");
    }

    #[test]
    fn small_urgent_jobs_first_among_equals() {
        let big = RankInput {
            status: Status::Triaged,
            priority: Some(Priority::P2),
            estimate: Some(Estimate::Xl),
            ..base(1, "2026-11-01T15:00:00Z")
        };
        let small = RankInput {
            status: Status::Triaged,
            priority: Some(Priority::P2),
            estimate: Some(Estimate::S),
            ..base(2, "2026-11-02T15:00:00Z")
        };
        assert_eq!(order(&[big, small], NOW), [2, 1]);
    }

    #[test]
    fn ties_break_by_age_then_number() {
        let a = base(5, "2026-12-02T17:00:00Z");
        let b = base(3, "2026-12-02T17:00:00Z");
        let older = RankInput {
            status: Status::Triaged,
            ..base(9, "2026-11-01T10:00:00Z")
        };
        let older2 = RankInput {
            status: Status::Triaged,
            ..base(8, "2026-11-02T10:00:00Z")
        };
        assert_eq!(order(&[a, b], NOW), [3, 5]);
        assert_eq!(order(&[older2, older], NOW), [9, 8]);
    }

    #[test]
    fn response_state_and_explanations() {
        let weights = RankingWeights::default();
        let calendar = BusinessCalendar::default();
        let estimates = EstimateDays::default();
        let ctx = RankContext {
            weights: &weights,
            calendar: &calendar,
            estimates: &estimates,
            now: t(NOW),
        };
        let fresh = base(1, "2026-12-02T17:00:00Z");
        assert_eq!(ctx.response_state(&fresh), ResponseState::Ok);
        let (_, reasons, _) = ctx.score(&fresh);
        assert_eq!(reasons[0].detail, "first response due in 7h");
        let late = base(2, "2026-11-27T15:00:00Z");
        assert_eq!(ctx.response_state(&late), ResponseState::Overdue);
        let (_, reasons, _) = ctx.score(&late);
        assert_eq!(
            reasons[0].detail,
            "first response overdue by 2 business days"
        );
        let half = base(3, "2026-12-02T14:00:00Z");
        assert_eq!(ctx.response_state(&half), ResponseState::Due);
    }
}
