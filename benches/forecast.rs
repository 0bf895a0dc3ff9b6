//! The forecast at scale: 10,000 requests closed over the 12-week window,
//! then the history, one request's forecast and the queue's, each with
//! 10,000 Monte Carlo runs. Printed as a ratio to a floor measured in the
//! same run: the history build alone (one pass over the closed requests).
//! Run: cargo bench --bench forecast

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use chrono::{DateTime, TimeDelta, Utc};
use idreq::config::EstimateDays;
use idreq::forecast::history::{build, window_start};
use idreq::forecast::request::{forecast, Situation};
use idreq::forecast::{queue, ForecastConfig};
use idreq::request::Catalogue;
use idreq::time::BusinessCalendar;
use idreq::tracker::{Issue, IssueState, StateReason};
use idreq::workflow::{LabelScheme, TrackedRequest};

const CLOSED: usize = 10_000;
const REPEAT: usize = 15;

fn closed_requests(now: DateTime<Utc>) -> Vec<TrackedRequest> {
    let (catalogue, labels) = (Catalogue::bundled(), LabelScheme::default());
    let sizes = ["S", "M", "L", "XL"];
    (0..CLOSED)
        .map(|i| {
            // Spread over 12 weeks, a few minutes apart; cycle times of 1-9 days.
            let closed = now - TimeDelta::minutes((i as i64 * 12_000) / CLOSED as i64 * 10);
            let created = closed - TimeDelta::hours(24 * (1 + (i as i64 * 7) % 9));
            let issue = Issue {
                number: i as u64 + 1,
                title: format!("Request {i}"),
                body: String::new(),
                labels: vec![
                    "identity-request".into(),
                    format!("estimate: {}", sizes[i % 4]),
                ],
                assignees: Vec::new(),
                author: "someone".into(),
                state: IssueState::Closed,
                state_reason: Some(StateReason::Completed),
                created_at: created,
                updated_at: closed,
                closed_at: Some(closed),
                url: None,
            };
            TrackedRequest::from_issue(&issue, &catalogue, &labels)
        })
        .collect()
}

fn median(mut d: Vec<Duration>) -> Duration {
    d.sort();
    d[d.len() / 2]
}

fn time<T>(f: impl Fn() -> T) -> Duration {
    let runs: Vec<Duration> = (0..REPEAT)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed()
        })
        .collect();
    median(runs)
}

fn main() {
    let now: DateTime<Utc> = "2026-11-30T15:00:00Z".parse().unwrap();
    let cfg = ForecastConfig::default();
    let cal = BusinessCalendar::default();
    let days = EstimateDays::default();
    let requests = closed_requests(now);
    let open = requests[0].clone();
    let mut open = open;
    open.status = idreq::workflow::Status::Triaged;
    open.closed_at = None;
    let since = window_start(now, cfg.window_weeks);
    let marks = BTreeMap::new();

    let floor = time(|| build(&requests, &marks, since, now, &cal));
    let total = time(|| {
        let history = build(&requests, &marks, since, now, &cal);
        let s = Situation {
            ahead: 500,
            first_response_at: None,
            target_hours: 8.0,
            now,
        };
        let one = forecast(&open, s, &history, &cfg, &cal, &days);
        let q = queue::forecast(4_000, 0.0, &history, &cfg, &cal, now);
        (one, q)
    });
    let history = build(&requests, &marks, since, now, &cal);
    println!(
        "forecast over {} closed requests, {} runs each (request with 500 ahead, queue of 4,000)",
        history.closed.len(),
        cfg.runs
    );
    println!(
        "floor (history build alone): {:.2} ms",
        floor.as_secs_f64() * 1e3
    );
    println!(
        "history + request + queue forecast: {:.2} ms ({:.1}x the floor)",
        total.as_secs_f64() * 1e3,
        total.as_secs_f64() / floor.as_secs_f64()
    );
}
