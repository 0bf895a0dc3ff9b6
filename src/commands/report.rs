//! `idreq report`: the team's monthly KPIs, computed from the tracker.

use std::collections::BTreeMap;

use chrono::{DateTime, TimeDelta, Utc};
use clap::Args;
use serde::Serialize;

use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::commands::board::BoardFormat;
use crate::commands::load_requests;
use crate::commands::triage::as_of;
use crate::tracker::{StateFilter, Tracker};
use crate::triage::calendar;
use crate::triage::ranking::EXPEDITE_TARGET_HOURS;
use crate::workflow::tracked::TrackedRequest;

/// Report the team's KPIs for a period.
#[derive(Debug, Clone, Args)]
pub struct ReportArgs {
    /// Start of the period (default: 30 days before --until)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// End of the period (default: now)
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// `markdown` for pasting into Slack or a GitHub comment
    #[arg(long, value_enum, default_value_t = BoardFormat::Text)]
    pub format: BoardFormat,
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
#[derive(Debug, Clone, Serialize)]
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

/// Runs `idreq report`.
pub async fn cmd_report(ctx: &mut Context, args: &ReportArgs) -> CliResult {
    let until = as_of(ctx, args.until.as_deref())?;
    let since = match &args.since {
        Some(s) => as_of(ctx, Some(s))?,
        None => until - TimeDelta::days(30),
    };
    if since >= until {
        return Err(CliError::usage(format!(
            "--since {since} is not before --until {until}"
        )));
    }
    let tracker = ctx.tracker().await?;
    let all = load_requests(ctx, &tracker, StateFilter::All).await?;
    let in_period = |t: DateTime<Utc>| t >= since && t <= until;
    let opened: Vec<&TrackedRequest> = all.iter().filter(|r| in_period(r.created_at)).collect();
    let closed: Vec<&TrackedRequest> = all
        .iter()
        .filter(|r| r.closed_at.is_some_and(in_period))
        .collect();
    let cal = calendar(&ctx.config.config);
    let catalogue = ctx.catalogue()?.clone();

    let mut first_hours = Vec::new();
    let mut fr = FirstResponse::default();
    for r in &opened {
        let comments = tracker.comments(r.number).await?;
        let first = comments
            .iter()
            .filter(|c| c.author != r.author && c.created_at >= r.created_at)
            .map(|c| c.created_at)
            .min();
        let target = if r.production_impact() {
            EXPEDITE_TARGET_HOURS
        } else {
            r.type_key
                .as_deref()
                .and_then(|k| catalogue.get(k))
                .map_or(8.0, |t| f64::from(t.first_response.business_hours))
        };
        match first {
            Some(at) => {
                let hours = cal.business_hours_between(r.created_at, at);
                first_hours.push(hours);
                if hours <= target {
                    fr.within_target += 1;
                } else {
                    fr.missed_target += 1;
                }
            }
            None if cal.business_hours_between(r.created_at, until) > target => {
                fr.missed_target += 1
            }
            None => {}
        }
    }
    fr.business_hours = spread(first_hours);
    let answered = fr.within_target + fr.missed_target;
    fr.within_target_share = (answered > 0)
        .then(|| ((fr.within_target as f64 / answered as f64) * 1000.0).round() / 1000.0);

    let close_days: Vec<f64> = closed
        .iter()
        .filter_map(|r| {
            r.closed_at
                .map(|c| cal.business_hours_between(r.created_at, c) / 8.0)
        })
        .collect();
    let count_by = |items: &[&TrackedRequest], key: &dyn Fn(&TrackedRequest) -> String| {
        let mut m: BTreeMap<String, usize> = BTreeMap::new();
        for r in items {
            *m.entry(key(r)).or_default() += 1;
        }
        m
    };
    let type_of = |r: &TrackedRequest| r.type_key.clone().unwrap_or_else(|| "unknown".into());
    let team_of = |r: &TrackedRequest| {
        r.field_text("team_name")
            .unwrap_or_else(|| "unknown".into())
    };
    let open: Vec<&TrackedRequest> = all.iter().filter(|r| r.status.is_open()).collect();
    let report = Report {
        since,
        until,
        opened: opened.len(),
        closed: closed.len(),
        opened_by_type: count_by(&opened, &type_of),
        closed_by_type: count_by(&closed, &type_of),
        opened_by_team: count_by(&opened, &team_of),
        open_by_status: count_by(&open, &|r: &TrackedRequest| r.status.key().to_string()),
        first_response: fr,
        time_to_close_business_days: spread(close_days),
    };
    let _ = tracker.info();
    if ctx.ui.json {
        return ctx.ui.json(&report);
    }
    let text = render(&report, args.format == BoardFormat::Markdown);
    ctx.ui.data(&text);
    Ok(())
}

fn render(r: &Report, markdown: bool) -> String {
    let bullet = if markdown { "- " } else { "  " };
    let map = |m: &BTreeMap<String, usize>| {
        if m.is_empty() {
            "—".to_string()
        } else {
            m.iter()
                .map(|(k, v)| format!("{} {v}", crate::ui::sanitize::sanitize_line(k)))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_p90() {
        let s = spread(vec![5.0, 1.0, 3.0, 2.0, 4.0, 6.0, 7.0, 8.0, 9.0, 10.0]);
        assert_eq!(s.median, Some(5.5));
        assert_eq!(s.p90, Some(9.0));
        assert_eq!(spread(vec![]).median, None);
        assert_eq!(spread(vec![2.0]).p90, Some(2.0));
    }
}
