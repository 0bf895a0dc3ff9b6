//! What the team's actions do to a request, shared by `triage`, `update` and
//! `close`: the label and state changes, and the standard reply posted with
//! each. Every change goes through the `Tracker` interface.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::commands::load_request;
use crate::request::dates::{parse_date, DATE_EXAMPLES};
use crate::tracker::{AnyTracker, IssueChange, IssueState, StateReason, Tracker};
use crate::workflow::labels::{Estimate, Priority, Status};
use crate::workflow::replies::Replies;
use crate::workflow::tracked::TrackedRequest;

/// A change the team makes to a request.
#[derive(Debug, Clone, Default)]
pub struct Change {
    pub status: Option<Status>,
    pub priority: Option<Priority>,
    pub estimate: Option<Estimate>,
    /// Logins; `@me` means the current user.
    pub assignees: Option<Vec<String>>,
    pub target: Option<NaiveDate>,
    pub snooze_until: Option<NaiveDate>,
    pub close: Option<StateReason>,
    pub duplicate_of: Option<u64>,
    /// Extra text for the reply.
    pub message: Option<String>,
    pub reason: Option<String>,
    /// Which standard reply to post; `None` posts nothing.
    pub reply: Option<&'static str>,
}

/// What an action did, as printed with `--json`.
#[derive(Debug, Clone, Serialize)]
pub struct ActionResult {
    pub number: u64,
    pub action: String,
    #[serde(flatten)]
    pub request: TrackedRequest,
    pub state_reason: Option<StateReason>,
    /// The reply posted, if any.
    pub reply: Option<String>,
}

/// Reads a date flag (`2026-12-01`, `fri`, `+3d`, …).
pub fn date_flag(ctx: &Context, flag: &str, text: &str) -> CliResult<NaiveDate> {
    parse_date(text, ctx.clock.today()).ok_or_else(|| {
        CliError::usage(format!("{flag} `{text}` is not a date"))
            .hint(format!("use e.g. {DATE_EXAMPLES}"))
    })
}

/// Applies `change` to request `number`: labels, assignees and state in one
/// update, then the reply as a comment. `amend` may edit the reply first.
pub async fn apply(
    ctx: &mut Context,
    tracker: &AnyTracker,
    number: u64,
    action: &str,
    change: Change,
    amend: Option<&mut dyn FnMut(String) -> CliResult<String>>,
) -> CliResult<ActionResult> {
    let before = load_request(ctx, tracker, number).await?;
    if let Some(of) = change.duplicate_of {
        if of == number {
            return Err(CliError::usage(format!(
                "#{number} cannot be a duplicate of itself"
            )));
        }
        tracker.get(of).await.map_err(|e| {
            CliError::from(e).hint(format!("--of {of} must name an existing request"))
        })?;
    }
    let me = tracker.current_user().await?;
    let assignees = change.assignees.as_ref().map(|list| {
        list.iter()
            .map(|a| {
                if a == "@me" {
                    me.clone()
                } else {
                    a.trim_start_matches('@').to_string()
                }
            })
            .collect::<Vec<_>>()
    });
    let catalogue = ctx.catalogue()?.clone();
    let type_label = before
        .type_key
        .as_deref()
        .and_then(|k| catalogue.get(k))
        .map(|t| t.label());
    let issue_change = issue_change(ctx, &before, &change, assignees, type_label);
    let after_issue = tracker.update(number, &issue_change).await?;
    let after = crate::workflow::tracked::TrackedRequest::from_issue(
        &after_issue,
        &catalogue,
        &ctx.config.config.labels,
    );
    let mut reply = match change.reply {
        Some(name) => Some(render_reply(ctx, name, &before, &after, &change)?),
        None => None,
    };
    if let Some(amend) = amend {
        if let Some(text) = reply.take() {
            reply = Some(amend(text)?);
        }
    }
    if let Some(text) = reply.as_ref().filter(|t| !t.trim().is_empty()) {
        tracker.comment(number, text).await?;
    }
    if let Some(of) = change.duplicate_of {
        let note = format!("#{number} was closed as a duplicate of this request.");
        tracker.comment(of, &note).await?;
    }
    Ok(ActionResult {
        number,
        action: action.to_string(),
        state_reason: after_issue.state_reason,
        request: after,
        reply,
    })
}

fn issue_change(
    ctx: &Context,
    before: &TrackedRequest,
    change: &Change,
    assignees: Option<Vec<String>>,
    type_label: Option<String>,
) -> IssueChange {
    let scheme = &ctx.config.config.labels;
    let mut c = IssueChange {
        assignees,
        ..IssueChange::default()
    };
    // Requests whose labels GitHub dropped get them back at triage.
    c.add_labels.push(scheme.base.clone());
    if let Some(t) = type_label {
        c.add_labels.push(t);
    }
    if let Some(s) = change.status {
        c.remove_labels.extend(scheme.all_status_labels());
        if let Some(l) = scheme.status_label(s) {
            c.add_labels.push(l.to_string());
        }
        // Working on it again ends a snooze.
        c.remove_labels
            .extend(scheme.with_prefix(&before.labels, &scheme.snoozed_prefix));
    }
    if let Some(p) = change.priority {
        c.remove_labels
            .extend(scheme.with_prefix(&before.labels, &scheme.priority_prefix));
        c.add_labels.push(scheme.priority_label(p));
    }
    if let Some(e) = change.estimate {
        c.remove_labels
            .extend(scheme.with_prefix(&before.labels, &scheme.estimate_prefix));
        c.add_labels.push(scheme.estimate_label(e));
    }
    if let Some(d) = change.target {
        c.remove_labels
            .extend(scheme.with_prefix(&before.labels, &scheme.target_prefix));
        c.add_labels.push(scheme.target_label(d));
    }
    if let Some(d) = change.snooze_until {
        c.remove_labels
            .extend(scheme.with_prefix(&before.labels, &scheme.snoozed_prefix));
        c.add_labels.push(scheme.snoozed_label(d));
    }
    if let Some(reason) = change.close {
        c.remove_labels.extend(scheme.all_status_labels());
        c.state = Some((IssueState::Closed, Some(reason)));
    } else if before.state == IssueState::Closed && change.status.is_some() {
        c.state = Some((IssueState::Open, Some(StateReason::Reopened)));
    }
    // A label both removed and added stays.
    c.remove_labels.retain(|l| !c.add_labels.contains(l));
    c
}

/// Fills a standard reply for `after` (`before` holds the old target date).
fn render_reply(
    ctx: &mut Context,
    name: &str,
    before: &TrackedRequest,
    after: &TrackedRequest,
    change: &Change,
) -> CliResult<String> {
    let replies = Replies::new(&ctx.config.config.replies).map_err(|message| {
        CliError::from(crate::config::ConfigError::Inconsistent {
            path: ctx.config.path.clone(),
            message,
        })
    })?;
    let catalogue = ctx.catalogue()?.clone();
    let t = after.type_key.as_deref().and_then(|k| catalogue.get(k));
    let mut v: BTreeMap<&str, String> = BTreeMap::new();
    v.insert("requester", requester_name(after));
    v.insert("number", after.number.to_string());
    v.insert("type", t.map_or("Identity".into(), |t| t.name.clone()));
    v.insert(
        "response_target",
        t.map_or("1 business day".into(), |t| t.first_response.to_string()),
    );
    let assignee = if after.assignees.is_empty() {
        "The Identity team".to_string()
    } else {
        after
            .assignees
            .iter()
            .map(|a| format!("@{a}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    v.insert("assignee", assignee);
    let target = after.target_date.map(|d| d.to_string()).unwrap_or_default();
    v.insert(
        "target_date",
        if name == "accepted" && !target.is_empty() {
            format!(", and we are aiming to finish by {target}")
        } else {
            target
        },
    );
    v.insert(
        "old_target_date",
        before
            .target_date
            .map(|d| d.to_string())
            .unwrap_or_else(|| "unset".into()),
    );
    v.insert(
        "priority",
        after
            .priority
            .map_or("untriaged".into(), |p| p.key().to_string()),
    );
    v.insert(
        "estimate",
        after
            .estimate
            .map(|e| format!(", size {}", e.key()))
            .unwrap_or_default(),
    );
    v.insert("message", change.message.clone().unwrap_or_default());
    v.insert(
        "reason",
        change
            .reason
            .clone()
            .map(|r| format!("Reason: {r}"))
            .unwrap_or_default(),
    );
    v.insert(
        "duplicate_of",
        change
            .duplicate_of
            .map(|n| n.to_string())
            .unwrap_or_default(),
    );
    v.insert(
        "until",
        change
            .snooze_until
            .map(|d| d.to_string())
            .unwrap_or_default(),
    );
    v.insert("faq_links", faq_links(ctx, after)?);
    Ok(replies.render(name, &v))
}

/// The "we have your request" message, shown to the requester after filing.
pub fn created_message(ctx: &mut Context, request: &TrackedRequest) -> CliResult<String> {
    let change = Change::default();
    render_reply(ctx, "created", request, request, &change)
}

/// Addresses the requester by name, or by GitHub login, or as the author.
pub fn requester_name(r: &TrackedRequest) -> String {
    r.field_text("requester_name")
        .or_else(|| r.field_text("github_user").map(|g| format!("@{g}")))
        .unwrap_or_else(|| format!("@{}", r.author))
}

/// "Related answers: …" for the FAQ entries closest to the request.
fn faq_links(ctx: &mut Context, r: &TrackedRequest) -> CliResult<String> {
    let faq = crate::commands::faq::load_faq(ctx)?;
    let hits = crate::faq::search::search(&faq, &r.summary, r.type_key.as_deref(), 2);
    if hits.is_empty() {
        return Ok(String::new());
    }
    let links: Vec<String> = hits
        .iter()
        .map(|h| format!("- {} (`idreq faq show {}`)", h.title, h.slug))
        .collect();
    Ok(format!("\nThese answers may help:\n{}", links.join("\n")))
}

/// Prints what an action did.
pub fn report(ctx: &mut Context, result: &ActionResult, summary: &str) -> CliResult {
    if ctx.ui.json {
        return ctx.ui.json(result);
    }
    ctx.ui.success(summary);
    if let Some(reply) = &result.reply {
        ctx.ui.status(&format!(
            "Posted:\n{}",
            indent(&crate::ui::sanitize::sanitize_text(reply))
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
