//! The forecast for the board: at the recent pace, when today's open work
//! (every open request not waiting on its requester) will be done.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::simulate::{simulate, Question};
use super::{too_little, Basis, ForecastConfig, History};
use crate::time::BusinessCalendar;

/// The `forecast` object of `board --json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QueueForecast {
    /// Open requests the forecast covers.
    pub open_work: usize,
    /// The pace it assumes (completed per week in the window).
    pub throughput_per_week: f64,
    pub business_days_p50: Option<f64>,
    pub business_days_p85: Option<f64>,
    #[serde(serialize_with = "crate::time::rfc3339::serialize_option")]
    pub done_by_p50: Option<DateTime<Utc>>,
    #[serde(serialize_with = "crate::time::rfc3339::serialize_option")]
    pub done_by_p85: Option<DateTime<Utc>>,
    pub basis: Basis,
    #[serde(skip)]
    pub explain: Vec<String>,
}

/// Forecasts when `open_work` requests will be done; with too little history,
/// from `estimate_days` (the estimated days of the triaged and started work).
pub fn forecast(
    open_work: usize,
    estimate_days: f64,
    history: &History,
    cfg: &ForecastConfig,
    cal: &BusinessCalendar,
    now: DateTime<Utc>,
) -> QueueForecast {
    let at = |days: f64| cal.add_business_hours(now, days * 8.0);
    let mut explain = vec![super::request::window_line(history)];
    let outcomes = history
        .enough(cfg)
        .then(|| {
            simulate(&Question {
                daily: &history.daily,
                items: open_work,
                then: &[],
                runs: cfg.runs,
                seed: cfg.seed,
            })
        })
        .flatten();
    let (p50, p85, note) = match &outcomes {
        Some(o) => {
            explain.push(format!(
                "{open_work} open; {}; {}",
                o.explain(50.0),
                o.explain(85.0)
            ));
            (
                o.percentile(50.0),
                o.percentile(85.0),
                format!(
                    "{open_work} open requests at the last {} weeks' pace",
                    history.weeks
                ),
            )
        }
        None => {
            explain.push(too_little(history, cfg));
            (estimate_days, estimate_days, too_little(history, cfg))
        }
    };
    let known = outcomes.is_some() || estimate_days > 0.0;
    QueueForecast {
        open_work,
        throughput_per_week: history.throughput_per_week(),
        business_days_p50: known.then_some(p50),
        business_days_p85: known.then_some(p85),
        done_by_p50: known.then(|| at(p50)),
        done_by_p85: known.then(|| at(p85)),
        basis: Basis::of(history, cfg, note),
        explain,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    fn history(daily: Vec<u32>) -> History {
        History {
            since: at("2026-09-07T00:00:00Z"),
            until: at("2026-11-30T15:00:00Z"),
            weeks: 12,
            closed: Vec::new(),
            daily,
        }
    }

    #[test]
    fn twenty_open_at_five_a_week_is_four_weeks() {
        let f = forecast(
            20,
            0.0,
            &history(vec![1; 60]),
            &ForecastConfig::default(),
            &BusinessCalendar::default(),
            at("2026-11-30T15:00:00Z"),
        );
        assert_eq!(f.business_days_p50, Some(20.0));
        assert_eq!(f.done_by_p50, Some(at("2026-12-28T15:00:00Z")));
        assert_eq!(f.throughput_per_week, 5.0);
        assert_eq!(f.basis.method, "monte_carlo");
    }

    #[test]
    fn too_little_history_uses_the_estimated_days() {
        let f = forecast(
            3,
            4.0,
            &history(vec![0; 60]),
            &ForecastConfig::default(),
            &BusinessCalendar::default(),
            at("2026-11-30T15:00:00Z"),
        );
        assert_eq!(f.basis.method, "fallback");
        assert_eq!(f.business_days_p85, Some(4.0));
        assert_eq!(f.done_by_p85, Some(at("2026-12-04T15:00:00Z")));
        let none = forecast(
            3,
            0.0,
            &history(vec![0; 60]),
            &ForecastConfig::default(),
            &BusinessCalendar::default(),
            at("2026-11-30T15:00:00Z"),
        );
        assert_eq!((none.done_by_p50, none.business_days_p50), (None, None));
    }
}
