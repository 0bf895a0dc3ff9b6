//! `idreq show N`: one request, its answers and its conversation.

use clap::Args;
use serde::Serialize;

use crate::app::error::CliResult;
use crate::app::Context;
use crate::commands::history::{ahead_of, forecast_request, load_history};
use crate::commands::{age_text, load_request, ranked_queue};
use crate::forecast::request::RequestForecast;
use crate::request::Catalogue;
use crate::support::sanitize::{sanitize_line, sanitize_text};
use crate::tracker::{AnyTracker, Comment, Tracker};
use crate::workflow::tracked::TrackedRequest;
use crate::workflow::Status;

/// Show one request.
#[derive(Debug, Clone, Args)]
pub struct ShowArgs {
    /// The request number
    pub number: u64,
    /// Also print how the forecast was made (window, samples, percentiles)
    #[arg(long)]
    pub explain: bool,
}

#[derive(Serialize)]
struct ShowJson<'a> {
    #[serde(flatten)]
    request: &'a TrackedRequest,
    comments: Vec<CommentJson<'a>>,
    forecast: Option<&'a RequestForecast>,
}

#[derive(Serialize)]
struct CommentJson<'a> {
    author: &'a str,
    created_at: String,
    body: &'a str,
}

/// Runs `idreq show`.
pub async fn cmd_show(ctx: &mut Context, args: &ShowArgs) -> CliResult {
    let tracker = ctx.tracker().await?;
    let request = load_request(ctx, &tracker, args.number).await?;
    let comments = tracker.comments(args.number).await?;
    let forecast = forecast_of(ctx, &tracker, &request, &comments).await?;
    if args.explain {
        for line in forecast.iter().flat_map(|f| &f.explain) {
            ctx.ui.status(line);
        }
    }
    if ctx.ui.json {
        let comments = comments
            .iter()
            .map(|c| CommentJson {
                author: &c.author,
                created_at: c.created_at.to_rfc3339(),
                body: &c.body,
            })
            .collect();
        return ctx
            .ui
            .json(&ShowJson {
                request: &request,
                comments,
                forecast: forecast.as_ref(),
            })
            .map_err(Into::into);
    }
    let catalogue = ctx.catalogue()?.clone();
    let mut text = render_request(ctx, &catalogue, &request, &comments);
    if let Some(f) = &forecast {
        let lines = crate::ui::render::forecast::request(f);
        text = insert_after_header(&text, &lines);
    }
    ctx.ui.data(&text);
    Ok(())
}

/// The forecast of `r` (None once it is closed or waits on the requester).
async fn forecast_of(
    ctx: &mut Context,
    tracker: &AnyTracker,
    r: &TrackedRequest,
    comments: &[Comment],
) -> CliResult<Option<RequestForecast>> {
    if !r.status.is_open() || r.status == Status::WaitingOnRequester {
        return Ok(None);
    }
    let now = ctx.clock.now();
    let queue = ranked_queue(ctx, tracker, now, |_| true).await?;
    let history = load_history(ctx, tracker, now, true).await?;
    forecast_request(ctx, r, ahead_of(&queue, r.number), comments, &history, now)
}

/// Puts `lines` after the header lines (up to the first blank line).
fn insert_after_header(text: &str, lines: &[String]) -> String {
    match text.split_once("\n\n") {
        Some((head, rest)) => format!("{head}\n{}\n\n{rest}", lines.join("\n")),
        None => format!("{text}\n{}", lines.join("\n")),
    }
}

fn render_request(
    ctx: &Context,
    catalogue: &Catalogue,
    r: &TrackedRequest,
    comments: &[Comment],
) -> String {
    let now = ctx.clock.now();
    let type_name = r
        .type_key
        .as_deref()
        .and_then(|k| catalogue.get(k))
        .map_or("unknown type", |t| t.name.as_str());
    let dash = || "—".to_string();
    let mut out = vec![
        console::style(format!("#{} {}", r.number, sanitize_line(&r.title)))
            .bold()
            .to_string(),
        format!(
            "{} · {} · priority {} · estimate {} · assignees {}",
            type_name,
            r.status.title(),
            r.priority.map_or_else(dash, |p| p.key().to_string()),
            r.estimate.map_or_else(dash, |e| e.key().to_string()),
            if r.assignees.is_empty() {
                dash()
            } else {
                sanitize_line(&r.assignees.join(", "))
            },
        ),
        format!(
            "opened by {} {} ago ({})",
            sanitize_line(&r.author),
            age_text(now - r.created_at),
            r.created_at.format("%Y-%m-%d %H:%M UTC")
        ),
    ];
    if let Some(d) = r.target_date {
        out.push(format!("target date {d}"));
    }
    if let Some(url) = &r.url {
        out.push(sanitize_line(url));
    }
    out.push(String::new());
    if let Some(t) = r.type_key.as_deref().and_then(|k| catalogue.get(k)) {
        for spec in catalogue.fields_of(t) {
            if let Some(v) = r.fields.get(&spec.key) {
                let value = sanitize_text(&v.as_text());
                let value = if value.contains('\n') {
                    format!("\n    {}", value.replace('\n', "\n    "))
                } else {
                    value
                };
                out.push(format!("{}: {value}", console::style(&spec.label).dim()));
            }
        }
    }
    if !comments.is_empty() {
        out.push(String::new());
        out.push(
            console::style(format!("{} comment(s)", comments.len()))
                .bold()
                .to_string(),
        );
        for c in comments {
            out.push(format!(
                "— {} on {}:",
                sanitize_line(&c.author),
                c.created_at.format("%Y-%m-%d %H:%M UTC")
            ));
            out.push(format!(
                "  {}",
                sanitize_text(&c.body).replace('\n', "\n  ")
            ));
        }
    }
    out.join("\n")
}
