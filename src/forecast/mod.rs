//! Forecasts from the team's own history: when a request will get its first
//! response, start and be done, how long the open queue will take, and how
//! good the T-shirt estimates were. Cycle-time percentiles and a seeded Monte
//! Carlo over recent throughput, the way flow-metrics tools do it.
//!
//! Domain code: takes tracked requests and comment marks, returns values.
//! It knows nothing of trackers, terminals or HTTP.

pub mod accuracy;
pub mod history;
pub mod percentile;
pub mod queue;
pub mod request;
pub mod simulate;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub use history::History;

/// `[forecast]` in the config.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ForecastConfig {
    /// How many weeks of closed requests the forecasts rest on.
    pub window_weeks: u32,
    /// Monte Carlo runs per forecast.
    pub runs: u32,
    /// Fewer completed requests than this in the window: no simulation,
    /// the type's response target and the estimate's days instead.
    pub min_history: usize,
    /// The simulator's seed; the same seed and history give the same dates.
    pub seed: u64,
}

impl Default for ForecastConfig {
    fn default() -> Self {
        Self {
            window_weeks: 12,
            runs: 10_000,
            min_history: 10,
            seed: 14,
        }
    }
}

/// How much a forecast can be trusted, from the size of its history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Too little history: the numbers are the targets and estimates.
    None,
    Low,
    Medium,
    High,
}

impl Confidence {
    /// Returns the confidence `completed` requests in the window give, when
    /// `min` are needed for any simulation at all.
    pub fn of(completed: usize, min: usize) -> Self {
        match completed {
            n if n < min.max(1) => Confidence::None,
            n if n < 3 * min.max(1) => Confidence::Low,
            n if n < 6 * min.max(1) => Confidence::Medium,
            _ => Confidence::High,
        }
    }
}

/// What a forecast rests on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Basis {
    /// `monte_carlo`, or `fallback` (too little history).
    pub method: &'static str,
    pub confidence: Confidence,
    #[serde(serialize_with = "crate::time::rfc3339::serialize")]
    pub window_since: DateTime<Utc>,
    #[serde(serialize_with = "crate::time::rfc3339::serialize")]
    pub window_until: DateTime<Utc>,
    /// Completed requests closed in the window (declined and duplicates left out).
    pub closed_in_window: usize,
    pub throughput_per_week: f64,
    /// Simulation runs (0 for a fallback).
    pub runs: u32,
    /// One sentence a person can read.
    pub note: String,
}

impl Basis {
    /// The basis of a forecast from `history` under `cfg`.
    pub fn of(history: &History, cfg: &ForecastConfig, note: String) -> Self {
        let completed = history.completed();
        let enough = history.enough(cfg);
        Basis {
            method: if enough { "monte_carlo" } else { "fallback" },
            confidence: Confidence::of(completed, cfg.min_history),
            window_since: history.since,
            window_until: history.until,
            closed_in_window: completed,
            throughput_per_week: history.throughput_per_week(),
            runs: if enough { cfg.runs } else { 0 },
            note,
        }
    }
}

/// Returns the "too little history" sentence for `history`.
pub fn too_little(history: &History, cfg: &ForecastConfig) -> String {
    format!(
        "too little history: {} completed in the last {} weeks (need {}); using the type's response target and the estimate's days",
        history.completed(),
        history.weeks,
        cfg.min_history
    )
}
