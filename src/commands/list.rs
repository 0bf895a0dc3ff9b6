//! `idreq list`: requests, filtered.

use clap::Args;

use crate::commands::{age_text, load_requests};
use crate::context::Context;
use crate::error::CliResult;
use crate::labels::Status;
use crate::tracked::TrackedRequest;
use crate::tracker::{StateFilter, Tracker};
use crate::ui::table;

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
    if ctx.ui.json {
        return ctx.ui.json(&requests);
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
