//! The one-key triage session in a terminal: each ranked request in turn,
//! a key for the action, the questions it needs, a chance to edit the reply
//! before it is posted.

use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::commands::{date_flag, report_action};
use crate::support::sanitize::{sanitize_line, sanitize_text};
use crate::tracker::AnyTracker;
use crate::triage::RankedRequest;
use crate::ui::prompter::{DialoguerPrompter, PromptError, Prompter};
use crate::workflow::action::Action;
use crate::workflow::apply::{post, prepare_action};
use crate::workflow::labels::{Estimate, Priority};

/// The one-request-at-a-time session.
pub async fn session(
    ctx: &mut Context,
    tracker: &AnyTracker,
    queue: Vec<RankedRequest>,
) -> CliResult {
    if queue.is_empty() {
        ctx.ui.success("Nothing to triage.");
        return Ok(());
    }
    crate::ui::interrupt::install();
    let rules = ctx.rules()?;
    let mut prompter = DialoguerPrompter::new(ctx.env.editor.clone());
    let total = queue.len();
    let mut done = 0;
    for r in &queue {
        show_for_triage(ctx, r, total);
        let keys = [
            ('a', "accept"),
            ('n', "need info"),
            ('d', "decline"),
            ('u', "duplicate"),
            ('z', "snooze"),
            ('s', "skip"),
            ('q', "quit"),
        ];
        let key = prompter.key("Action?", &keys).map_err(prompt_error)?;
        let action = match key {
            'q' => break,
            's' => continue,
            k => ask_action(ctx, &mut prompter, k).map_err(prompt_error)?,
        };
        let Some(action) = action else {
            continue;
        };
        let number = r.request.number;
        let updated = prepare_action(tracker, &rules, number, &action).await?;
        let reply = match updated.reply.clone() {
            Some(text) => Some(offer_to_edit_reply(&mut prompter, text).map_err(prompt_error)?),
            None => None,
        };
        let result = post(tracker, updated, action.name(), reply).await?;
        done += 1;
        report_action(ctx, &result, &format!("#{number}: {}", action.name()))?;
    }
    ctx.ui.success(&format!("Triaged {done} of {total}."));
    Ok(())
}

fn prompt_error(e: PromptError) -> CliError {
    match e {
        PromptError::Interrupted => CliError::cancelled("triage stopped"),
        other => CliError::failure(format!("cannot ask in this terminal: {other}")),
    }
}

fn offer_to_edit_reply(prompter: &mut dyn Prompter, text: String) -> Result<String, PromptError> {
    if prompter.confirm("Edit the reply before it is posted?", Some(false))? {
        return prompter.multiline("Reply", &text);
    }
    Ok(text)
}

fn show_for_triage(ctx: &mut Context, r: &RankedRequest, total: usize) {
    let q = &r.request;
    ctx.ui.status("");
    ctx.ui.status(&format!(
        "{} of {total} · #{} {}",
        r.rank,
        q.number,
        console::style(sanitize_line(&q.title)).bold().for_stderr()
    ));
    ctx.ui.status(&format!(
        "  by {} · score {:.1} ({})",
        sanitize_line(&q.author),
        r.score,
        r.response.key()
    ));
    for reason in &r.reasons {
        ctx.ui
            .status(&format!("    {:>+7.1}  {}", reason.points, reason.detail));
    }
    for (k, v) in &q.fields {
        let value = sanitize_text(&v.as_text()).replace('\n', " ⏎ ");
        let value: String = value.chars().take(200).collect();
        ctx.ui.status(&format!("  {k}: {value}"));
    }
}

/// Asks what the chosen action needs. `None` means the user backed out.
fn ask_action(
    ctx: &Context,
    p: &mut dyn Prompter,
    key: char,
) -> Result<Option<Action>, PromptError> {
    Ok(Some(match key {
        'a' => {
            let priorities: Vec<String> =
                Priority::ALL.iter().map(|x| x.key().to_string()).collect();
            let priority = Priority::ALL[p.select("Priority", &priorities, 2)?];
            let mut sizes: Vec<String> =
                Estimate::ALL.iter().map(|x| x.key().to_string()).collect();
            sizes.push("(no estimate)".into());
            let size = p.select("Estimate", &sizes, sizes.len() - 1)?;
            let assignee = p.input("Assignee (GitHub login, @me)", "@me")?;
            let target = loop {
                let t = p.input("Target date (optional: 2026-12-10, fri, +5d)", "")?;
                if t.trim().is_empty() {
                    break None;
                }
                match date_flag(ctx, "target", t.trim()) {
                    Ok(d) => break Some(d),
                    Err(e) => warn_in_session(&e.message),
                }
            };
            let assignee = assignee.trim();
            Action::Accept {
                priority,
                estimate: Estimate::ALL.get(size).copied(),
                assignee: (!assignee.is_empty()).then(|| assignee.to_string()),
                target,
                message: None,
            }
        }
        'n' => {
            let message = p.multiline("What does the requester need to add?", "")?;
            Action::NeedInfo { message }
        }
        'd' => {
            let reason = p.input("Reason (optional)", "")?;
            Action::Decline {
                reason: Some(reason).filter(|r| !r.trim().is_empty()),
            }
        }
        'u' => {
            let of = loop {
                let t = p.input("Duplicate of request #", "")?;
                match t.trim().trim_start_matches('#').parse::<u64>() {
                    Ok(n) => break n,
                    Err(_) if t.trim().is_empty() => return Ok(None),
                    Err(_) => warn_in_session(&format!("`{}` is not a request number", t.trim())),
                }
            };
            Action::Duplicate { of }
        }
        'z' => loop {
            let t = p.input("Snooze until (mon, +3d, 2026-12-10)", "+3d")?;
            let action = date_flag(ctx, "until", t.trim()).map(|until| Action::Snooze { until });
            match action.as_ref().map(|a| a.check(ctx.clock.today())) {
                Ok(Ok(())) => break action.expect("checked"),
                Ok(Err(e)) => warn_in_session(&e.to_string()),
                Err(e) => warn_in_session(&e.message),
            }
        },
        _ => return Ok(None),
    }))
}

/// Warns during a triage session, between prompts (the prompts also write to
/// the terminal's stderr, so this keeps the order of what the user sees).
fn warn_in_session(text: &str) {
    let _ = console::Term::stderr().write_line(&format!(
        "{} {text}",
        console::style("warning:").yellow().for_stderr()
    ));
}
