//! `idreq show N`: one request, its answers and its conversation.

use clap::Args;
use serde::Serialize;

use crate::app::error::CliResult;
use crate::app::Context;
use crate::commands::{age_text, load_request};
use crate::request::Catalogue;
use crate::support::sanitize::{sanitize_line, sanitize_text};
use crate::tracker::{Comment, Tracker};
use crate::workflow::tracked::TrackedRequest;

/// Show one request.
#[derive(Debug, Clone, Args)]
pub struct ShowArgs {
    /// The request number
    pub number: u64,
}

#[derive(Serialize)]
struct ShowJson<'a> {
    #[serde(flatten)]
    request: &'a TrackedRequest,
    comments: Vec<CommentJson<'a>>,
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
            })
            .map_err(Into::into);
    }
    let catalogue = ctx.catalogue()?.clone();
    let text = render_request(ctx, &catalogue, &request, &comments);
    ctx.ui.data(&text);
    Ok(())
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
