//! `idreq report`: the team's monthly KPIs for a period (computed by
//! `triage::kpi`).

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, TimeDelta, Utc};
use clap::Args;
use serde::Serialize;

use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::commands::history::comments_of;
use crate::commands::{as_of, load_requests, BoardFormat};
use crate::forecast::accuracy::{accuracy, Accuracy};
use crate::forecast::history::{self, marks};
use crate::tracker::StateFilter;
use crate::triage::kpi::{self, Period};
use crate::workflow::TrackedRequest;

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
    /// Also print the weekly throughput the estimate check rests on
    #[arg(long)]
    pub explain: bool,
}

/// The KPIs and, beside them, the estimates checked.
#[derive(Serialize)]
struct ReportJson<'a> {
    #[serde(flatten)]
    kpis: &'a kpi::Report,
    #[serde(flatten)]
    accuracy: &'a Accuracy,
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
    let period = Period { since, until };
    let opened = kpi::opened_in(&all, &period);
    let closed: Vec<TrackedRequest> = all
        .iter()
        .filter(|r| r.closed_at.is_some_and(|t| period.contains(t)))
        .cloned()
        .collect();
    // One read of the comments serves both the first responses of the
    // opened requests and the triage moments of the closed ones.
    let numbers: BTreeSet<u64> = opened
        .iter()
        .map(|r| r.number)
        .chain(closed.iter().map(|r| r.number))
        .collect();
    let comments = comments_of(&tracker, numbers).await?;
    let none = Vec::new();
    let comments_on = |n: u64| comments.get(&n).unwrap_or(&none);
    let first_replies: BTreeMap<u64, DateTime<Utc>> = opened
        .iter()
        .filter_map(|r| kpi::first_reply_at(r, comments_on(r.number)).map(|t| (r.number, t)))
        .collect();
    let marks = closed
        .iter()
        .map(|r| (r.number, marks(r, comments_on(r.number))))
        .collect();
    let catalogue = ctx.catalogue()?.clone();
    let config = &ctx.config.config;
    let calendar = &config.business_time;
    let report = kpi::report(&all, &first_replies, period, calendar, &catalogue);
    let history = history::build(&closed, &marks, since, until, calendar);
    let checked = accuracy(&history, &config.estimates);
    if args.explain {
        ctx.ui
            .status(&crate::forecast::request::window_line(&history));
    }
    if ctx.ui.json {
        return ctx
            .ui
            .json(&ReportJson {
                kpis: &report,
                accuracy: &checked,
            })
            .map_err(Into::into);
    }
    let markdown = args.format == BoardFormat::Markdown;
    let mut text = crate::ui::render::report::render(&report, markdown);
    let bullet = if markdown { "- " } else { "  " };
    for line in crate::ui::render::forecast::accuracy(&checked, bullet) {
        text.push('\n');
        text.push_str(&line);
    }
    ctx.ui.data(&text);
    Ok(())
}
