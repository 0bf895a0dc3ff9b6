//! Forecasts as text: one request's dates, the queue's, and the estimate
//! check of the report.

use chrono::{DateTime, Utc};

use crate::forecast::accuracy::Accuracy;
use crate::forecast::percentile::Percentiles;
use crate::forecast::queue::QueueForecast;
use crate::forecast::request::RequestForecast;
use crate::forecast::Basis;

fn day(t: Option<DateTime<Utc>>) -> String {
    t.map_or("—".into(), |t| t.format("%a %Y-%m-%d").to_string())
}

fn basis_text(b: &Basis) -> String {
    match b.method {
        "monte_carlo" => format!("{}; {} runs, {:?} confidence", b.note, b.runs, b.confidence)
            .replace("Low", "low")
            .replace("Medium", "medium")
            .replace("High", "high"),
        _ => b.note.clone(),
    }
}

/// The forecast lines of `show` and `list --mine`.
pub fn request(f: &RequestForecast) -> Vec<String> {
    let answered = if f.first_response_given {
        "first response given"
    } else {
        "first response by"
    };
    vec![
        format!(
            "forecast: {answered} {} · start by {} · done by {} (50 %) / {} (85 %)",
            day(f.first_response_by),
            day(f.start_by),
            day(f.done_by_p50),
            day(f.done_by_p85)
        ),
        format!("  ({})", basis_text(&f.basis)),
    ]
}

/// The short done-by text of one `list --mine` row.
pub fn done_by(f: &RequestForecast) -> String {
    format!("{} / {}", day(f.done_by_p50), day(f.done_by_p85))
}

/// The forecast line under the board.
pub fn queue(f: &QueueForecast) -> String {
    format!(
        "Forecast: {} open requests done by {} (50 %) / {} (85 %) at {} a week ({})",
        f.open_work,
        day(f.done_by_p50),
        day(f.done_by_p85),
        f.throughput_per_week,
        basis_text(&f.basis)
    )
}

fn spread(p: &Percentiles) -> String {
    match (p.p50, p.p85, p.p95) {
        (Some(a), Some(b), Some(c)) => format!("50 % {a}, 85 % {b}, 95 % {c} (n={})", p.count),
        _ => "no data".into(),
    }
}

/// The estimate check of `report`.
pub fn accuracy(a: &Accuracy, bullet: &str) -> Vec<String> {
    let sanitize = crate::support::sanitize::sanitize_line;
    let mut out = vec![format!(
        "{bullet}cycle time (business days): {}",
        spread(&a.cycle_time.all)
    )];
    for (k, p) in &a.cycle_time.by_type {
        out.push(format!("{bullet}  type {}: {}", sanitize(k), spread(p)));
    }
    for (k, p) in &a.cycle_time.by_estimate {
        out.push(format!("{bullet}  size {k}: {}", spread(p)));
    }
    let weeks: Vec<String> = a.throughput_by_week.iter().map(u32::to_string).collect();
    out.push(format!(
        "{bullet}throughput: {} a week ([{}])",
        a.throughput_per_week,
        weeks.join(", ")
    ));
    let sizes: Vec<String> = a
        .estimate_accuracy
        .iter()
        .filter(|(_, s)| s.completed > 0)
        .map(|(k, s)| {
            format!(
                "{k} {}/{} within {} days",
                s.within_estimate, s.completed, s.estimate_days
            )
        })
        .collect();
    out.push(format!(
        "{bullet}estimates met: {}",
        if sizes.is_empty() {
            "no estimated requests completed".into()
        } else {
            sizes.join(", ")
        }
    ));
    out
}
