//! The forecast for one open request: when it will get its first response
//! (from its type's target), when work will start (once the requests ranked
//! ahead of it are done, at the recent pace) and when it will be done, at
//! 50 % and 85 % — the same simulation plus, once it has an estimate, a
//! draw from that size's cycle times.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::simulate::{simulate, Outcomes, Question};
use super::{too_little, Basis, ForecastConfig, History};
use crate::config::EstimateDays;
use crate::time::BusinessCalendar;
use crate::workflow::{Status, TrackedRequest};

/// A size needs this many completed requests in the window before its
/// cycle times are drawn from; below it, only the throughput is simulated.
const MIN_SIZE_SAMPLES: usize = 5;

/// The forecast `forecast` objects in the JSON hold.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RequestForecast {
    #[serde(serialize_with = "crate::time::rfc3339::serialize_option")]
    pub first_response_by: Option<DateTime<Utc>>,
    /// True when the first response has already been given (`first_response_by` is when).
    pub first_response_given: bool,
    #[serde(serialize_with = "crate::time::rfc3339::serialize_option")]
    pub start_by: Option<DateTime<Utc>>,
    #[serde(serialize_with = "crate::time::rfc3339::serialize_option")]
    pub done_by_p50: Option<DateTime<Utc>>,
    #[serde(serialize_with = "crate::time::rfc3339::serialize_option")]
    pub done_by_p85: Option<DateTime<Utc>>,
    /// Open requests ranked ahead of this one in the team's queue.
    pub ahead: usize,
    pub basis: Basis,
    /// How the numbers were picked, for `--explain`.
    #[serde(skip)]
    pub explain: Vec<String>,
}

/// What is known of the request besides the history.
#[derive(Debug, Clone, Copy)]
pub struct Situation {
    pub ahead: usize,
    /// When the team first answered, if it has.
    pub first_response_at: Option<DateTime<Utc>>,
    /// The type's first-response target, in business hours.
    pub target_hours: f64,
    pub now: DateTime<Utc>,
}

/// Forecasts `r` (None when it is closed or waits on its requester).
pub fn forecast(
    r: &TrackedRequest,
    s: Situation,
    history: &History,
    cfg: &ForecastConfig,
    cal: &BusinessCalendar,
    estimates: &EstimateDays,
) -> Option<RequestForecast> {
    if !r.status.is_open() || r.status == Status::WaitingOnRequester {
        return None;
    }
    let after_days = |days: f64| cal.add_business_hours(s.now, days * 8.0);
    let first_response_by = s.first_response_at.or_else(|| {
        Some(
            cal.add_business_hours(r.created_at, s.target_hours)
                .max(s.now),
        )
    });
    let started = r.status == Status::InProgress;
    let mut explain = vec![window_line(history)];
    if !history.enough(cfg) {
        let days = r.estimate.map(|e| estimates.days(e));
        let done = days.map(after_days);
        explain.push(too_little(history, cfg));
        return Some(RequestForecast {
            first_response_by,
            first_response_given: s.first_response_at.is_some(),
            start_by: started.then_some(s.now),
            done_by_p50: done,
            done_by_p85: done,
            ahead: s.ahead,
            basis: Basis::of(history, cfg, too_little(history, cfg)),
            explain,
        });
    }
    let sizes = r
        .estimate
        .map(|e| history.cycle_days_of(e))
        .filter(|c| c.len() >= MIN_SIZE_SAMPLES)
        .unwrap_or_default();
    let ask = |items: usize, then: &[f64]| -> Option<Outcomes> {
        simulate(&Question {
            daily: &history.daily,
            items,
            then,
            runs: cfg.runs,
            seed: cfg.seed,
        })
    };
    let start = ask(s.ahead, &[]);
    // With cycle times of its size: start, then work as long as that size
    // took; without, it is done when one more than those ahead is done.
    let done = if sizes.is_empty() {
        ask(s.ahead + 1, &[])
    } else {
        ask(s.ahead, &sizes)
    };
    let (start, done) = (start?, done?);
    explain.push(format!("start: {} ahead; {}", s.ahead, start.explain(50.0)));
    explain.push(format!(
        "done: {}; {}",
        done.explain(50.0),
        done.explain(85.0)
    ));
    let note = match (r.estimate, sizes.len()) {
        (Some(e), n) if n > 0 => format!(
            "{} ahead at the last {} weeks' pace, then {n} {} requests' cycle times",
            s.ahead,
            history.weeks,
            e.key()
        ),
        _ => format!(
            "{} ahead at the last {} weeks' pace",
            s.ahead, history.weeks
        ),
    };
    Some(RequestForecast {
        first_response_by,
        first_response_given: s.first_response_at.is_some(),
        start_by: Some(if started {
            s.now
        } else {
            after_days(start.percentile(50.0))
        }),
        done_by_p50: Some(after_days(done.percentile(50.0))),
        done_by_p85: Some(after_days(done.percentile(85.0))),
        ahead: s.ahead,
        basis: Basis::of(history, cfg, note),
        explain,
    })
}

/// The `--explain` line naming the window and its throughput samples.
pub fn window_line(history: &History) -> String {
    let weekly: Vec<String> = history.weekly().iter().map(u32::to_string).collect();
    format!(
        "window {} to {} ({} weeks, {} business days drawn from); completed per week: [{}]",
        history.since.format("%Y-%m-%d"),
        history.until.format("%Y-%m-%d %H:%M UTC"),
        history.weeks,
        history.daily.len(),
        weekly.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forecast::history::{ClosedRequest, History};
    use crate::forecast::Confidence;
    use crate::workflow::test_support::request_with_labels;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    /// A steady five a week for 12 weeks, none of them estimated.
    fn steady(per_day: u32, days: usize) -> History {
        History {
            since: at("2026-09-07T00:00:00Z"),
            until: at("2026-11-30T15:00:00Z"),
            weeks: (days / 5) as u32,
            closed: Vec::new(),
            daily: vec![per_day; days],
        }
    }

    fn situation(ahead: usize) -> Situation {
        Situation {
            ahead,
            first_response_at: None,
            target_hours: 8.0,
            now: at("2026-11-30T15:00:00Z"),
        }
    }

    #[test]
    fn five_a_week_and_twenty_ahead_is_about_four_weeks() {
        let r = request_with_labels(&["identity-request", "status: triaged"]);
        let f = forecast(
            &r,
            situation(19),
            &steady(1, 60),
            &ForecastConfig::default(),
            &BusinessCalendar::default(),
            &EstimateDays::default(),
        )
        .unwrap();
        // Nineteen ahead: work starts in 19 business days, done on the 20th,
        // four weeks from Monday 30 November 15:00.
        assert_eq!(f.start_by, Some(at("2026-12-25T15:00:00Z")));
        assert_eq!(f.done_by_p50, Some(at("2026-12-28T15:00:00Z")));
        assert_eq!(f.done_by_p85, f.done_by_p50);
        assert_eq!(f.basis.method, "monte_carlo");
        assert_eq!(f.basis.throughput_per_week, 5.0);
        assert_eq!(f.basis.confidence, Confidence::High);
        // Filed Tuesday 1 December 15:00, target one business day.
        assert_eq!(f.first_response_by, Some(at("2026-12-02T15:00:00Z")));
    }

    #[test]
    fn holidays_push_the_dates_out() {
        let r = request_with_labels(&["identity-request", "status: triaged"]);
        let cal = BusinessCalendar {
            holidays: vec!["2026-12-25".parse().unwrap()],
            ..Default::default()
        };
        let f = forecast(
            &r,
            situation(19),
            &steady(1, 60),
            &ForecastConfig::default(),
            &cal,
            &EstimateDays::default(),
        )
        .unwrap();
        assert_eq!(f.done_by_p50, Some(at("2026-12-29T15:00:00Z")));
    }

    #[test]
    fn an_estimate_draws_from_its_size_cycle_times() {
        let mut r = request_with_labels(&["identity-request", "status: triaged", "estimate: L"]);
        r.number = 99;
        let mut h = steady(1, 60);
        let base = ClosedRequest {
            number: 1,
            type_key: None,
            estimate: r.estimate,
            created_at: h.since,
            first_response_at: None,
            triaged_at: None,
            closed_at: h.until,
            completed: true,
            first_response_hours: None,
            cycle_days: Some(6.0),
        };
        h.closed = vec![base; 6];
        let f = forecast(
            &r,
            situation(0),
            &h,
            &ForecastConfig::default(),
            &BusinessCalendar::default(),
            &EstimateDays::default(),
        )
        .unwrap();
        // Nothing ahead: it starts now and takes the six days L took.
        assert_eq!(f.done_by_p50, Some(at("2026-12-08T15:00:00Z")));
        assert!(
            f.basis.note.contains("6 L requests' cycle times"),
            "{}",
            f.basis.note
        );
    }

    #[test]
    fn too_little_history_falls_back_to_target_and_estimate() {
        let r = request_with_labels(&["identity-request", "status: triaged", "estimate: M"]);
        let mut h = steady(0, 60);
        h.daily[3] = 9;
        let f = forecast(
            &r,
            situation(4),
            &h,
            &ForecastConfig::default(),
            &BusinessCalendar::default(),
            &EstimateDays::default(),
        )
        .unwrap();
        assert_eq!(f.basis.method, "fallback");
        assert_eq!(f.basis.confidence, Confidence::None);
        assert_eq!(f.basis.runs, 0);
        assert!(f
            .basis
            .note
            .starts_with("too little history: 9 completed in the last 12 weeks (need 10)"));
        // M is three days of work, from now.
        assert_eq!(f.done_by_p50, Some(at("2026-12-03T15:00:00Z")));
        assert_eq!(f.done_by_p85, f.done_by_p50);
        assert_eq!(f.start_by, None);
        assert_eq!(f.first_response_by, Some(at("2026-12-02T15:00:00Z")));
    }

    #[test]
    fn no_forecast_for_closed_or_waiting_requests() {
        let waiting = request_with_labels(&["identity-request", "status: waiting-on-requester"]);
        let h = steady(1, 60);
        let cfg = ForecastConfig::default();
        let cal = BusinessCalendar::default();
        let f = forecast(
            &waiting,
            situation(0),
            &h,
            &cfg,
            &cal,
            &EstimateDays::default(),
        );
        assert_eq!(f, None);
    }
}
