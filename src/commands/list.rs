//! `idreq list`: requests, filtered.

use clap::Args;

use crate::app::error::CliResult;
use crate::app::Context;
use crate::commands::history::{
    ahead_of, comments_of, forecast_request, in_work_queue, load_history,
};
use crate::commands::ranked_queue;
use crate::commands::{age_text, load_requests};
use crate::forecast::request::RequestForecast;
use crate::tracker::AnyTracker;
use crate::tracker::{StateFilter, Tracker};
use crate::ui::table;
use crate::workflow::labels::Status;
use crate::workflow::tracked::TrackedRequest;
use serde::Serialize;

/// List requests.
#[derive(Debug, Clone, Args)]
pub struct ListArgs {
    /// Only requests I filed
    #[arg(long)]
    pub mine: bool,
    /// Only this request type
    #[arg(long = "type", value_name = "TYPE")]
    pub type_key: Option<String>,
    /// Only this status
    #[arg(long, value_enum)]
    pub status: Option<Status>,
    /// Open, closed or all requests
    #[arg(long, value_enum, default_value_t = StateFilter::Open)]
    pub state: StateFilter,
    /// At most this many (newest first)
    #[arg(long, short = 'L', default_value_t = 100)]
    pub limit: usize,
}

/// Runs `idreq list`.
pub async fn cmd_list(ctx: &mut Context, args: &ListArgs) -> CliResult {
    let tracker = ctx.tracker().await?;
    if let Some(t) = &args.type_key {
        crate::commands::check_type_key(ctx, t)?;
    }
    let me = if args.mine {
        Some(tracker.current_user().await?)
    } else {
        None
    };
    let mut requests: Vec<TrackedRequest> = load_requests(ctx, &tracker, args.state)
        .await?
        .into_iter()
        .filter(|r| me.as_ref().is_none_or(|m| &r.author == m))
        .filter(|r| {
            args.type_key
                .as_ref()
                .is_none_or(|t| r.type_key.as_ref() == Some(t))
        })
        .filter(|r| args.status.is_none_or(|s| r.status == s))
        .collect();
    requests.sort_by_key(|r| std::cmp::Reverse(r.number));
    requests.truncate(args.limit);
    if args.mine {
        return print_mine(ctx, &tracker, requests).await;
    }
    if ctx.ui.json {
        return ctx.ui.json(&requests).map_err(Into::into);
    }
    if requests.is_empty() {
        ctx.ui.note_if_tty("No requests match.");
        return Ok(());
    }
    let now = ctx.clock.now();
    let rows: Vec<Vec<String>> = requests
        .iter()
        .map(|r| {
            vec![
                format!("#{}", r.number),
                r.type_key.clone().unwrap_or_else(|| "?".into()),
                r.status.key().to_string(),
                r.priority.map(|p| p.key().to_string()).unwrap_or_default(),
                r.assignees.join(", "),
                age_text(now - r.created_at),
                r.title.clone(),
            ]
        })
        .collect();
    let header = [
        "#",
        "TYPE",
        "STATUS",
        "PRIORITY",
        "ASSIGNEES",
        "AGE",
        "TITLE",
    ];
    let text = table::render(&header, &rows, ctx.ui.term.stdout_tty);
    ctx.ui.data(&text);
    Ok(())
}

/// Where a request waits, as shown by `list --mine`.
#[derive(Debug, Clone, Serialize)]
pub struct QueuePlace {
    /// "triage" (waiting for a first look), "work" (triaged or in progress),
    /// or "you" (waiting on the requester).
    pub stage: &'static str,
    pub position: Option<usize>,
    pub of: Option<usize>,
}

#[derive(Serialize)]
struct Mine {
    #[serde(flatten)]
    request: TrackedRequest,
    queue: Option<QueuePlace>,
    forecast: Option<RequestForecast>,
}

/// Returns "1st", "2nd", "3rd", "4th", … "11th", "21st".
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

fn describe(q: &QueuePlace) -> String {
    match (q.stage, q.position, q.of) {
        ("triage", Some(p), Some(of)) => format!("{} of {of} waiting for triage", ordinal(p)),
        ("work", Some(p), Some(of)) => format!("{} of {of} in the team's queue", ordinal(p)),
        _ => "waiting on you".into(),
    }
}

/// My requests, each with its place in the team's queue.
async fn print_mine(
    ctx: &mut Context,
    tracker: &AnyTracker,
    requests: Vec<TrackedRequest>,
) -> CliResult {
    let now = ctx.clock.now();
    let queue = ranked_queue(ctx, tracker, now, |_| true).await?;
    let place = |r: &TrackedRequest| -> Option<QueuePlace> {
        let stage_of = |s: Status| match s {
            Status::New => Some("triage"),
            Status::Triaged | Status::InProgress => Some("work"),
            Status::WaitingOnRequester => Some("you"),
            _ => None,
        };
        let stage = stage_of(r.status)?;
        if stage == "you" {
            return Some(QueuePlace {
                stage,
                position: None,
                of: None,
            });
        }
        let same: Vec<u64> = queue
            .iter()
            .filter(|q| stage_of(q.request.status) == Some(stage))
            .map(|q| q.request.number)
            .collect();
        let position = same.iter().position(|n| *n == r.number).map(|i| i + 1);
        Some(QueuePlace {
            stage,
            position,
            of: Some(same.len()),
        })
    };
    let waiting: Vec<u64> = requests
        .iter()
        .filter(|r| in_work_queue(r.status))
        .map(|r| r.number)
        .collect();
    let (history, comments) = if waiting.is_empty() {
        (None, Default::default())
    } else {
        let history = load_history(ctx, tracker, now, true).await?;
        (Some(history), comments_of(tracker, waiting).await?)
    };
    let mut mine = Vec::with_capacity(requests.len());
    for r in requests {
        let forecast = match (&history, comments.get(&r.number)) {
            (Some(h), Some(c)) => forecast_request(ctx, &r, ahead_of(&queue, r.number), c, h, now)?,
            _ => None,
        };
        mine.push(Mine {
            queue: place(&r),
            forecast,
            request: r,
        });
    }
    if ctx.ui.json {
        return ctx.ui.json(&mine).map_err(Into::into);
    }
    if mine.is_empty() {
        ctx.ui.note_if_tty("You have no requests.");
        return Ok(());
    }
    let rows: Vec<Vec<String>> = mine
        .iter()
        .map(|m| {
            let r = &m.request;
            vec![
                format!("#{}", r.number),
                r.status.key().to_string(),
                r.assignees.join(", "),
                m.queue.as_ref().map(describe).unwrap_or_default(),
                m.forecast
                    .as_ref()
                    .map(crate::ui::render::forecast::done_by)
                    .unwrap_or_default(),
                r.title.clone(),
            ]
        })
        .collect();
    let text = table::render(
        &[
            "#",
            "STATUS",
            "ASSIGNEES",
            "QUEUE",
            "DONE BY 50/85 %",
            "TITLE",
        ],
        &rows,
        ctx.ui.term.stdout_tty,
    );
    ctx.ui.data(&text);
    Ok(())
}
