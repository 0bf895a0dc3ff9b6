//! `idreq report`: the team's monthly KPIs for a period (computed by
//! `triage::kpi`).

use chrono::TimeDelta;
use clap::Args;

use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::commands::{as_of, load_requests, BoardFormat};
use crate::tracker::StateFilter;
use crate::triage::kpi::{self, Period};

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
    let first_replies = kpi::first_replies(&tracker, &opened).await?;
    let catalogue = ctx.catalogue()?.clone();
    let calendar = &ctx.config.config.business_time;
    let report = kpi::report(&all, &first_replies, period, calendar, &catalogue);
    if ctx.ui.json {
        return ctx.ui.json(&report).map_err(Into::into);
    }
    let text = crate::ui::render::report::render(&report, args.format == BoardFormat::Markdown);
    ctx.ui.data(&text);
    Ok(())
}
