//! Filing the draft's request through `workflow::filing` (or previewing it
//! with `--dry-run`), reporting the filed request, and adding the answers
//! to an open request instead. The draft is kept until the tracker confirms.

use serde::Serialize;

use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::faq::Faq;
use crate::request::body::render;
use crate::request::draft::Draft;
use crate::request::Request;
use crate::support::sanitize::{sanitize_line, sanitize_text};
use crate::tracker::{Tracker, TrackerKind};
use crate::workflow::filing::{file_request, new_issue, Attempt, Filed};
use crate::workflow::{Replies, Rules};

/// What `--dry-run --json` prints.
#[derive(Serialize)]
struct Preview<'a> {
    title: String,
    labels: Vec<String>,
    body: String,
    request: &'a Request,
}

/// Saves the draft, warning (only) when it cannot be written.
pub(super) fn save_draft_quietly(ctx: &mut Context, draft: &mut Draft) {
    draft.updated_at = ctx.clock.now().to_rfc3339();
    if let Err(e) = ctx.drafts().save(draft) {
        ctx.ui.warn(&format!("could not save the draft: {e}"));
    }
}

/// Files the draft's request (or previews it with `--dry-run`). The draft is
/// deleted only once the tracker confirms the issue exists.
pub(super) async fn submit(ctx: &mut Context, draft: &mut Draft, dry_run: bool) -> CliResult {
    let request = request_of(draft)?;
    let (rules, show_received) = filing_rules(ctx, !dry_run && !ctx.ui.json)?;
    let preview = new_issue(&rules, &request)?;
    if dry_run {
        return print_preview(ctx, preview.title, preview.labels, preview.body, &request);
    }
    save_draft_quietly(ctx, draft);
    let tracker = ctx.tracker().await?;
    let attempt = match draft.last_error {
        Some(_) => Attempt::Retry,
        None => Attempt::First,
    };
    let filed = match file_request(&tracker, &rules, &request, attempt).await {
        Ok(filed) => filed,
        Err(e) => {
            draft.last_error = Some(e.to_string());
            save_draft_quietly(ctx, draft);
            return Err(CliError::from(e).hint(format!(
                "nothing you typed is lost: `idreq new --resume {}` tries again (it will not file a second copy)",
                draft.id
            )));
        }
    };
    ctx.drafts().discard(&draft.id).ok();
    report_filed(ctx, &tracker, &filed, show_received)
}

/// The rules for filing. The "received" reply is shown only in a
/// person-facing run and with usable reply templates (a broken `[replies]`
/// table must not stop a request being filed); only then is the FAQ read,
/// for the reply's links.
fn filing_rules(ctx: &mut Context, wants_reply: bool) -> CliResult<(Rules, bool)> {
    let replies = ctx.replies().ok().filter(|_| wants_reply);
    let show_received = replies.is_some();
    let faq = if show_received {
        ctx.faq()?
    } else {
        Faq::default()
    };
    let rules = ctx.rules_with(replies.unwrap_or_else(Replies::bundled), faq)?;
    Ok((rules, show_received))
}

fn request_of(draft: &Draft) -> CliResult<Request> {
    Request::from_draft(draft).ok_or_else(|| CliError::usage("the draft has no request type"))
}

fn print_preview(
    ctx: &mut Context,
    title: String,
    labels: Vec<String>,
    body: String,
    request: &Request,
) -> CliResult {
    if ctx.ui.json {
        return ctx
            .ui
            .json(&Preview {
                title,
                labels,
                body,
                request,
            })
            .map_err(Into::into);
    }
    ctx.ui.data(&format!("title: {title}"));
    ctx.ui.data(&format!("labels: {}", labels.join(", ")));
    ctx.ui.data("body:");
    ctx.ui.data(&body);
    ctx.ui.status("Dry run: nothing was filed.");
    Ok(())
}

fn report_filed(
    ctx: &mut Context,
    tracker: &impl Tracker,
    filed: &Filed,
    show_received: bool,
) -> CliResult {
    let info = tracker.info();
    let created = &filed.issue;
    if ctx.ui.json {
        ctx.ui.json(&filed.request)?;
    } else {
        let shown = match &created.url {
            Some(url) => sanitize_line(url),
            None => format!("#{}", created.number),
        };
        ctx.ui.data(&shown);
    }
    ctx.ui
        .success(&format!("Filed request #{} in {info}", created.number));
    if !filed.labels_dropped.is_empty() {
        ctx.ui.warn(&format!(
            "GitHub did not apply the labels {} (you have no triage rights on the repository); the Identity team will label it at triage",
            filed.labels_dropped.join(", ")
        ));
    }
    if show_received {
        ctx.ui.status(&sanitize_text(&filed.received));
    }
    if info.kind == TrackerKind::Local {
        ctx.ui.hint("this request is in the local tracker on this machine: the Identity team cannot see it. File with --tracker github to reach them.");
    }
    Ok(())
}

/// Posts the draft's answers as a comment on an existing request.
pub(super) async fn comment_instead(
    ctx: &mut Context,
    draft: &mut Draft,
    number: u64,
) -> CliResult {
    let catalogue = ctx.catalogue()?.clone();
    let request = request_of(draft)?;
    let t = catalogue.get(&request.type_key).expect("validated type");
    let body = format!(
        "Another request for the same thing, filed with idreq:\n\n**{}**\n{}",
        request.summary,
        render(&catalogue, t, &request)
    );
    let tracker = ctx.tracker().await?;
    tracker.comment(number, &body).await.map_err(|e| {
        CliError::from(e).hint(format!(
            "your answers are kept: `idreq new --resume {}`",
            draft.id
        ))
    })?;
    ctx.drafts().discard(&draft.id).ok();
    ctx.ui
        .success(&format!("Added your details to request #{number}"));
    Ok(())
}
