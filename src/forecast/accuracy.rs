//! Estimates checked against what happened: cycle-time percentiles per type
//! and per size, the weekly throughput, and how often each size finished
//! within its `[estimates]` days — so the team can recalibrate them.

use std::collections::BTreeMap;

use serde::Serialize;

use super::percentile::{percentiles, Percentiles};
use super::History;
use crate::config::EstimateDays;
use crate::workflow::labels::Estimate;

/// Cycle-time percentiles in business days.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CycleTime {
    pub all: Percentiles,
    pub by_type: BTreeMap<String, Percentiles>,
    pub by_estimate: BTreeMap<String, Percentiles>,
}

/// How one size did against its days.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SizeAccuracy {
    pub estimate_days: f64,
    pub completed: usize,
    pub within_estimate: usize,
    /// `within_estimate / completed`, or null.
    pub within_share: Option<f64>,
}

/// The forecast half of `report`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Accuracy {
    pub cycle_time: CycleTime,
    /// Mean completed requests per week over the period.
    pub throughput_per_week: f64,
    /// Completed requests per week, oldest first.
    pub throughput_by_week: Vec<u32>,
    /// Per size, S to XL.
    pub estimate_accuracy: BTreeMap<String, SizeAccuracy>,
}

/// Checks the estimates in `history` against `days`.
pub fn accuracy(history: &History, days: &EstimateDays) -> Accuracy {
    let done: Vec<_> = history
        .closed
        .iter()
        .filter_map(|c| c.cycle_days.map(|d| (c, d)))
        .collect();
    let mut by_type: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for (c, d) in &done {
        let key = c.type_key.clone().unwrap_or_else(|| "unknown".into());
        by_type.entry(key).or_default().push(*d);
    }
    let mut by_estimate = BTreeMap::new();
    let mut estimate_accuracy = BTreeMap::new();
    for e in Estimate::ALL {
        let cycles = history.cycle_days_of(e);
        let limit = days.days(e);
        let within = cycles.iter().filter(|d| **d <= limit).count();
        estimate_accuracy.insert(
            e.key().to_string(),
            SizeAccuracy {
                estimate_days: limit,
                completed: cycles.len(),
                within_estimate: within,
                within_share: (!cycles.is_empty())
                    .then(|| (within as f64 / cycles.len() as f64 * 1000.0).round() / 1000.0),
            },
        );
        if !cycles.is_empty() {
            by_estimate.insert(e.key().to_string(), percentiles(cycles));
        }
    }
    Accuracy {
        cycle_time: CycleTime {
            all: percentiles(done.iter().map(|(_, d)| *d).collect()),
            by_type: by_type
                .into_iter()
                .map(|(k, v)| (k, percentiles(v)))
                .collect(),
            by_estimate,
        },
        throughput_per_week: history.throughput_per_week(),
        throughput_by_week: history.weekly(),
        estimate_accuracy,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forecast::history::ClosedRequest;

    #[test]
    fn sizes_are_checked_against_their_days() {
        let at = "2026-11-30T15:00:00Z".parse().unwrap();
        let c = |e: Estimate, days: f64, kind: &str| ClosedRequest {
            number: 1,
            type_key: Some(kind.into()),
            estimate: Some(e),
            created_at: at,
            first_response_at: None,
            triaged_at: None,
            closed_at: at,
            completed: true,
            first_response_hours: None,
            cycle_days: Some(days),
        };
        let h = History {
            since: at,
            until: at,
            weeks: 2,
            closed: vec![
                c(Estimate::S, 0.5, "pr-review"),
                c(Estimate::S, 2.0, "pr-review"),
                c(Estimate::M, 3.0, "data-pull"),
            ],
            daily: vec![1, 0, 0, 0, 1, 0, 1, 0, 0, 0],
        };
        let a = accuracy(&h, &EstimateDays::default());
        assert_eq!(a.estimate_accuracy["S"].within_estimate, 1);
        assert_eq!(a.estimate_accuracy["S"].within_share, Some(0.5));
        assert_eq!(a.estimate_accuracy["M"].within_share, Some(1.0));
        assert_eq!(a.estimate_accuracy["XL"].within_share, None);
        assert_eq!(a.cycle_time.by_type["pr-review"].p50, Some(0.5));
        assert_eq!(a.cycle_time.by_estimate["S"].p95, Some(2.0));
        assert_eq!(a.cycle_time.all.count, 3);
        assert_eq!(a.throughput_by_week, vec![2, 1]);
        assert_eq!(a.throughput_per_week, 1.5);
    }
}
