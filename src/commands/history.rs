//! What the forecasts read from the tracker: the requests closed in the
//! window (the tracker is asked for those only) and, where a forecast needs
//! cycle times, their comments; and the forecast of one open request.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use futures::{StreamExt, TryStreamExt};

use crate::app::error::CliResult;
use crate::app::Context;
use crate::forecast::history::{self, window_start, Marks};
use crate::forecast::request::{self as request_forecast, RequestForecast, Situation};
use crate::forecast::History;
use crate::tracker::{Comment, IssueFilter, StateFilter, Tracker, TrackerError};
use crate::triage::RankedRequest;
use crate::workflow::{Status, TrackedRequest};

/// Comment reads in flight at once.
const COMMENT_READS: usize = 8;

/// Reads the comments of each of `numbers`.
pub async fn comments_of(
    tracker: &impl Tracker,
    numbers: impl IntoIterator<Item = u64>,
) -> Result<BTreeMap<u64, Vec<Comment>>, TrackerError> {
    futures::stream::iter(numbers)
        .map(|n| async move { tracker.comments(n).await.map(|c| (n, c)) })
        .buffer_unordered(COMMENT_READS)
        .try_collect()
        .await
}

/// Reads the requests closed in the `[forecast]` window before `until`.
/// With `with_comments`, also their comments (first response, triage), which
/// cycle times start from; without, cycle times run from filing.
pub async fn load_history(
    ctx: &mut Context,
    tracker: &impl Tracker,
    until: DateTime<Utc>,
    with_comments: bool,
) -> CliResult<History> {
    let since = window_start(until, ctx.config.config.forecast.window_weeks);
    let closed = load_closed(ctx, tracker, since).await?;
    let marks = if with_comments {
        marks_of(tracker, &closed).await?
    } else {
        BTreeMap::new()
    };
    let cal = &ctx.config.config.business_time;
    Ok(history::build(&closed, &marks, since, until, cal))
}

/// Reads the requests closed at or after `since`.
pub async fn load_closed(
    ctx: &mut Context,
    tracker: &impl Tracker,
    since: DateTime<Utc>,
) -> CliResult<Vec<TrackedRequest>> {
    let labels = ctx.config.config.labels.clone();
    let filter = IssueFilter {
        closed_since: Some(since),
        ..crate::workflow::tracked::request_filter(&labels, StateFilter::Closed)
    };
    let issues = tracker.list(&filter).await?;
    let catalogue = ctx.catalogue()?.clone();
    Ok(crate::workflow::tracked::decode_all(
        issues, &catalogue, &labels,
    ))
}

/// Reads the comment marks of `requests`.
pub async fn marks_of(
    tracker: &impl Tracker,
    requests: &[TrackedRequest],
) -> Result<BTreeMap<u64, Marks>, TrackerError> {
    let comments = comments_of(tracker, requests.iter().map(|r| r.number)).await?;
    Ok(requests
        .iter()
        .map(|r| {
            let c = comments.get(&r.number).map_or(&[][..], Vec::as_slice);
            (r.number, history::marks(r, c))
        })
        .collect())
}

/// Returns true for the open requests the team's queue works through.
pub fn in_work_queue(status: Status) -> bool {
    matches!(status, Status::New | Status::Triaged | Status::InProgress)
}

/// Returns how many requests of the work queue are ranked ahead of `number`.
pub fn ahead_of(queue: &[RankedRequest], number: u64) -> usize {
    queue
        .iter()
        .filter(|q| in_work_queue(q.request.status))
        .take_while(|q| q.request.number != number)
        .count()
}

/// Forecasts `r`, `ahead` in the queue, with its `comments` read.
pub fn forecast_request(
    ctx: &mut Context,
    r: &TrackedRequest,
    ahead: usize,
    comments: &[Comment],
    history: &History,
    now: DateTime<Utc>,
) -> CliResult<Option<RequestForecast>> {
    let target_hours = crate::triage::kpi::target_hours(r, ctx.catalogue()?);
    let config = &ctx.config.config;
    let situation = Situation {
        ahead,
        first_response_at: crate::triage::kpi::first_reply_at(r, comments),
        target_hours,
        now,
    };
    Ok(request_forecast::forecast(
        r,
        situation,
        history,
        &config.forecast,
        &config.business_time,
        &config.estimates,
    ))
}
