//! The KPI report as text or Markdown.

use std::collections::BTreeMap;

use crate::triage::kpi::{Report, Spread};

/// The report, one figure a line; `markdown` for Slack or a GitHub comment.
pub fn render(r: &Report, markdown: bool) -> String {
    let bullet = if markdown { "- " } else { "  " };
    let map = |m: &BTreeMap<String, usize>| {
        if m.is_empty() {
            "—".to_string()
        } else {
            m.iter()
                .map(|(k, v)| format!("{} {v}", crate::support::sanitize::sanitize_line(k)))
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let spread_text = |s: &Spread, unit: &str| match (s.median, s.p90) {
        (Some(m), Some(p)) => format!(
            "median {m} {unit}, 90th percentile {p} {unit} (n={})",
            s.count
        ),
        _ => "no data".to_string(),
    };
    let heading = format!(
        "{}Identity requests {} – {}",
        if markdown { "## " } else { "" },
        r.since.format("%Y-%m-%d"),
        r.until.format("%Y-%m-%d")
    );
    let share = r
        .first_response
        .within_target_share
        .map_or("—".to_string(), |s| format!("{:.0}%", s * 100.0));
    [
        heading,
        format!("{bullet}opened {} · closed {}", r.opened, r.closed),
        format!("{bullet}opened by type: {}", map(&r.opened_by_type)),
        format!("{bullet}closed by type: {}", map(&r.closed_by_type)),
        format!("{bullet}opened by team: {}", map(&r.opened_by_team)),
        format!("{bullet}open now by status: {}", map(&r.open_by_status)),
        format!(
            "{bullet}first response: {}",
            spread_text(&r.first_response.business_hours, "business hours")
        ),
        format!(
            "{bullet}answered within the response target: {share} ({} of {})",
            r.first_response.within_target,
            r.first_response.within_target + r.first_response.missed_target
        ),
        format!(
            "{bullet}time to close: {}",
            spread_text(&r.time_to_close_business_days, "business days")
        ),
    ]
    .join("\n")
}
