//! One file (or folder) per subcommand, and the helpers the verbs share.
//! Command files are glue: read the arguments, call the domain and the
//! tracker, hand the result to the UI.

pub mod auth;
pub mod board;
pub mod close;
pub mod completions;
pub mod config;
pub mod drafts;
pub mod faq;
pub mod history;
pub mod labels;
pub mod list;
pub mod new;
pub mod report;
pub mod show;
pub mod triage;
pub mod types;
pub mod update;

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use clap::ValueEnum;

use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::request::dates::{parse_date, DATE_EXAMPLES};
use crate::tracker::AnyTracker;
use crate::tracker::{StateFilter, Tracker};
use crate::triage::RankedRequest;
use crate::workflow::apply::Applied;
use crate::workflow::tracked::TrackedRequest;

/// Fails with the list of types when `key` is not one.
pub fn check_type_key(ctx: &mut Context, key: &str) -> CliResult {
    let catalogue = ctx.catalogue()?;
    if catalogue.get(key).is_some() {
        return Ok(());
    }
    Err(unknown_type(catalogue, key))
}

/// The error for a `--type` that names no request type, with the nearest
/// key as a suggestion.
pub fn unknown_type(catalogue: &crate::request::Catalogue, wanted: &str) -> CliError {
    let err = CliError::usage(format!("`{wanted}` is not a request type"))
        .detail(format!("request types: {}", catalogue.keys().join(", ")));
    match catalogue.nearest(wanted) {
        Some(k) => err.hint(format!("did you mean `--type {k}`?")),
        None => err,
    }
}

/// Reads one request.
pub async fn load_request(
    ctx: &mut Context,
    tracker: &impl Tracker,
    number: u64,
) -> CliResult<TrackedRequest> {
    let issue = tracker.get(number).await?;
    let catalogue = ctx.catalogue()?.clone();
    Ok(TrackedRequest::from_issue(
        &issue,
        &catalogue,
        &ctx.config.config.labels,
    ))
}

/// Reads every request in the given state (issues with the base label, plus
/// marked issues whose labels were dropped).
pub async fn load_requests(
    ctx: &mut Context,
    tracker: &impl Tracker,
    state: StateFilter,
) -> CliResult<Vec<TrackedRequest>> {
    let filter = crate::workflow::tracked::request_filter(&ctx.config.config.labels, state);
    let began = std::time::Instant::now();
    let issues = tracker.list(&filter).await?;
    crate::support::trace::done(began, || {
        format!(
            "read {} issues from {}",
            issues.len(),
            tracker.info().location
        )
    });
    let catalogue = ctx.catalogue()?.clone();
    let labels = ctx.config.config.labels.clone();
    Ok(crate::support::trace::step(
        |requests: &Vec<TrackedRequest>| {
            format!("read {} requests from their bodies", requests.len())
        },
        || crate::workflow::tracked::decode_all(issues, &catalogue, &labels),
    ))
}

/// Returns "3d", "5h", "12m" for a duration.
pub fn age_text(d: TimeDelta) -> String {
    let minutes = d.num_minutes().max(0);
    match minutes {
        m if m < 60 => format!("{m}m"),
        m if m < 60 * 24 => format!("{}h", m / 60),
        m => format!("{}d", m / (60 * 24)),
    }
}

/// Output formats besides `--json` (`board`, `report`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum BoardFormat {
    #[default]
    Text,
    Markdown,
}

/// Reads a date flag (`2026-12-01`, `fri`, `+3d`, …).
pub fn date_flag(ctx: &Context, flag: &str, text: &str) -> CliResult<NaiveDate> {
    parse_date(text, ctx.clock.today()).ok_or_else(|| {
        CliError::usage(format!("{flag} `{text}` is not a date"))
            .hint(format!("use e.g. {DATE_EXAMPLES}"))
    })
}

/// Returns "now", or the moment `--as-of` names.
pub fn as_of(ctx: &Context, text: Option<&str>) -> CliResult<DateTime<Utc>> {
    let Some(text) = text else {
        return Ok(ctx.clock.now());
    };
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Ok(t.with_timezone(&Utc));
    }
    let day = date_flag(ctx, "--as-of", text)?;
    let end_hour = ctx.config.config.business_time.end_hour.min(23);
    Ok(day
        .and_hms_opt(end_hour, 0, 0)
        .expect("valid hour")
        .and_utc())
}

/// Ranks the open requests that pass `keep`, best first.
pub async fn ranked_queue(
    ctx: &mut Context,
    tracker: &AnyTracker,
    now: DateTime<Utc>,
    keep: impl Fn(&TrackedRequest) -> bool,
) -> CliResult<Vec<RankedRequest>> {
    let requests: Vec<TrackedRequest> = load_requests(ctx, tracker, StateFilter::Open)
        .await?
        .into_iter()
        .filter(|r| keep(r))
        .collect();
    let began = std::time::Instant::now();
    let catalogue = ctx.catalogue()?.clone();
    let config = &ctx.config.config;
    let ranked = crate::triage::rank_requests(
        requests,
        &catalogue,
        &crate::triage::ranking::RankContext {
            weights: &config.ranking,
            calendar: &config.business_time,
            estimates: &config.estimates,
            now,
        },
    );
    crate::support::trace::done(began, || "ranked the queue".into());
    Ok(ranked)
}

/// Prints what an action did: `--json`, or a summary line and the reply posted.
pub fn report_action(ctx: &mut Context, result: &Applied, summary: &str) -> CliResult {
    if ctx.ui.json {
        return ctx.ui.json(result).map_err(Into::into);
    }
    ctx.ui.success(summary);
    if let Some(reply) = &result.reply {
        ctx.ui.status(&format!(
            "Posted:\n{}",
            indent(&crate::support::sanitize::sanitize_text(reply))
        ));
    }
    Ok(())
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("  {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}
