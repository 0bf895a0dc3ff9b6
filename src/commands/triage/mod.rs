//! `idreq triage`: the untriaged requests, ranked with reasons; a one-key
//! triage session in a terminal; and scripted forms of every action.

use chrono::{DateTime, Utc};
use clap::{Args, Subcommand};
use serde::Serialize;

use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::commands::workflow::{apply, date_flag, report, Change};
use crate::commands::{check_type_key, load_requests};
use crate::tracker::{AnyTracker, StateFilter, StateReason};
use crate::triage::ranking::{RankContext, Ranked, Reason, ResponseState};
use crate::triage::{calendar, rank_input};
use crate::ui::prompter::{DialoguerPrompter, PromptError, Prompter};
use crate::ui::sanitize::{sanitize_line, sanitize_text};
use crate::workflow::labels::{Estimate, Priority, Status};
use crate::workflow::tracked::TrackedRequest;

/// Triage new requests.
#[derive(Debug, Clone, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct TriageArgs {
    #[command(subcommand)]
    pub action: Option<TriageAction>,
    /// Show the parts of each score
    #[arg(long)]
    pub explain: bool,
    /// At most this many requests
    #[arg(long, short = 'L')]
    pub limit: Option<usize>,
    /// Only this request type
    #[arg(long = "type", value_name = "TYPE")]
    pub type_key: Option<String>,
    /// Rank as of another moment: a date (end of that working day), fri, +2d, or RFC 3339
    #[arg(long, value_name = "WHEN")]
    pub as_of: Option<String>,
    /// Print the ranked list instead of starting a session, even in a terminal
    #[arg(long)]
    pub list: bool,
}

/// Scripted triage actions.
#[derive(Debug, Clone, Subcommand)]
pub enum TriageAction {
    /// Accept a request: set priority (and estimate, assignee, target date)
    Accept(AcceptArgs),
    /// Ask the requester for more information
    NeedInfo(NeedInfoArgs),
    /// Decline a request (closed as not planned)
    Decline(DeclineArgs),
    /// Close a request as a duplicate of another
    Duplicate(DuplicateArgs),
    /// Hide a request from triage until a date
    Snooze(SnoozeArgs),
}

/// `triage accept`
#[derive(Debug, Clone, Args)]
pub struct AcceptArgs {
    pub number: u64,
    #[arg(long, value_enum)]
    pub priority: Priority,
    #[arg(long, value_enum)]
    pub estimate: Option<Estimate>,
    /// GitHub login (or @me)
    #[arg(long, value_name = "LOGIN")]
    pub assignee: Option<String>,
    /// Target date (2026-12-10, fri, +5d)
    #[arg(long, value_name = "DATE")]
    pub target: Option<String>,
    /// Extra text for the reply
    #[arg(long, value_name = "TEXT")]
    pub message: Option<String>,
}

/// `triage need-info`
#[derive(Debug, Clone, Args)]
pub struct NeedInfoArgs {
    pub number: u64,
    /// What the requester should add
    #[arg(long, value_name = "TEXT")]
    pub message: String,
}

/// `triage decline`
#[derive(Debug, Clone, Args)]
pub struct DeclineArgs {
    pub number: u64,
    /// Why, for the reply
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

/// `triage duplicate`
#[derive(Debug, Clone, Args)]
pub struct DuplicateArgs {
    pub number: u64,
    /// The request it duplicates
    #[arg(long, value_name = "N")]
    pub of: u64,
}

/// `triage snooze`
#[derive(Debug, Clone, Args)]
pub struct SnoozeArgs {
    pub number: u64,
    /// Back in triage on this date (2026-12-10, mon, +3d)
    #[arg(long, value_name = "DATE")]
    pub until: String,
}

/// A request with its place in the rank, as printed with `--json`.
#[derive(Debug, Clone, Serialize)]
pub struct RankedRequest {
    #[serde(flatten)]
    pub request: TrackedRequest,
    pub rank: usize,
    pub score: f64,
    pub reasons: Vec<Reason>,
    pub response: ResponseState,
}

/// Runs `idreq triage`.
pub async fn cmd_triage(ctx: &mut Context, args: &TriageArgs) -> CliResult {
    let tracker = ctx.tracker().await?;
    if let Some(action) = &args.action {
        return run_action(ctx, &tracker, action).await;
    }
    if let Some(t) = &args.type_key {
        check_type_key(ctx, t)?;
    }
    let now = as_of(ctx, args.as_of.as_deref())?;
    let queue = ranked_queue(ctx, &tracker, now, |r| r.status == Status::New).await?;
    let queue: Vec<RankedRequest> = queue
        .into_iter()
        .filter(|r| {
            args.type_key
                .as_ref()
                .is_none_or(|t| r.request.type_key.as_ref() == Some(t))
        })
        .take(args.limit.unwrap_or(usize::MAX))
        .collect();
    // The process ends after printing; freeing thousands of requests first
    // would only delay the exit.
    let queue = std::mem::ManuallyDrop::new(queue);
    if ctx.ui.json {
        return ctx.ui.json(&crate::ui::parallel_json::List(&queue));
    }
    if ctx.ui.term.interactive && !args.list {
        return session(ctx, &tracker, std::mem::ManuallyDrop::into_inner(queue)).await;
    }
    print_queue(ctx, &queue, args.explain);
    Ok(())
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
    let end_hour = ctx.config.config.business_time.day_end_hour.min(23);
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
    let ranked = rank_requests(ctx, requests, now);
    crate::ui::trace::done(began, || "ranked the queue".into());
    ranked
}

/// Ranks `requests` as of `now`.
pub fn rank_requests(
    ctx: &mut Context,
    requests: Vec<TrackedRequest>,
    now: DateTime<Utc>,
) -> CliResult<Vec<RankedRequest>> {
    let catalogue = ctx.catalogue()?.clone();
    let config = &ctx.config.config;
    let cal = calendar(config);
    let rank_ctx = RankContext {
        weights: &config.ranking,
        calendar: &cal,
        estimates: &config.estimates,
        now,
    };
    let inputs: Vec<_> = requests.iter().map(|r| rank_input(r, &catalogue)).collect();
    let ranked: Vec<Ranked> = rank_ctx.rank(&inputs);
    let mut by_number: std::collections::HashMap<u64, TrackedRequest> =
        requests.into_iter().map(|r| (r.number, r)).collect();
    Ok(ranked
        .into_iter()
        .filter_map(|r| {
            by_number.remove(&r.number).map(|request| RankedRequest {
                request,
                rank: r.rank,
                score: r.score,
                reasons: r.reasons,
                response: r.response,
            })
        })
        .collect())
}

fn print_queue(ctx: &mut Context, queue: &[RankedRequest], explain: bool) {
    if queue.is_empty() {
        ctx.ui.note_if_tty("Nothing to triage.");
        return;
    }
    let mut lines = Vec::new();
    for r in queue {
        lines.push(format!(
            "{}. #{} {}  (score {:.1}, {})",
            r.rank,
            r.request.number,
            sanitize_line(&r.request.title),
            r.score,
            r.response.key()
        ));
        if explain {
            for reason in &r.reasons {
                lines.push(format!("     {:>+7.1}  {}", reason.points, reason.detail));
            }
        }
    }
    ctx.ui.data(&lines.join("\n"));
}

async fn run_action(ctx: &mut Context, tracker: &AnyTracker, action: &TriageAction) -> CliResult {
    let (number, name, change, summary) = match action {
        TriageAction::Accept(a) => {
            let target = a
                .target
                .as_deref()
                .map(|t| date_flag(ctx, "--target", t))
                .transpose()?;
            let change = Change {
                status: Some(Status::Triaged),
                priority: Some(a.priority),
                estimate: a.estimate,
                assignees: a.assignee.clone().map(|x| vec![x]),
                target,
                message: a.message.clone(),
                reply: Some("accepted"),
                ..Change::default()
            };
            (
                a.number,
                "accept",
                change,
                format!("Accepted #{} as {}", a.number, a.priority.key()),
            )
        }
        TriageAction::NeedInfo(a) => {
            let change = Change {
                status: Some(Status::WaitingOnRequester),
                message: Some(a.message.clone()),
                reply: Some("need_info"),
                ..Change::default()
            };
            (
                a.number,
                "need-info",
                change,
                format!("Asked for more information on #{}", a.number),
            )
        }
        TriageAction::Decline(a) => {
            let change = Change {
                close: Some(StateReason::NotPlanned),
                reason: a.reason.clone(),
                reply: Some("declined"),
                ..Change::default()
            };
            (
                a.number,
                "decline",
                change,
                format!("Declined #{}", a.number),
            )
        }
        TriageAction::Duplicate(a) => {
            let change = Change {
                close: Some(StateReason::Duplicate),
                duplicate_of: Some(a.of),
                reply: Some("duplicate"),
                ..Change::default()
            };
            (
                a.number,
                "duplicate",
                change,
                format!("Closed #{} as a duplicate of #{}", a.number, a.of),
            )
        }
        TriageAction::Snooze(a) => {
            let until = date_flag(ctx, "--until", &a.until)?;
            if until <= ctx.clock.today() {
                return Err(CliError::usage(format!(
                    "--until {until} is not in the future"
                )));
            }
            let change = Change {
                snooze_until: Some(until),
                reply: Some("snoozed"),
                ..Change::default()
            };
            (
                a.number,
                "snooze",
                change,
                format!("Snoozed #{} until {until}", a.number),
            )
        }
    };
    let result = apply(ctx, tracker, number, name, change, None).await?;
    report(ctx, &result, &summary)
}

/// The one-request-at-a-time session.
async fn session(ctx: &mut Context, tracker: &AnyTracker, queue: Vec<RankedRequest>) -> CliResult {
    if queue.is_empty() {
        ctx.ui.success("Nothing to triage.");
        return Ok(());
    }
    crate::ui::interrupt::install();
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
        let change = match key {
            'q' => break,
            's' => continue,
            k => ask_change(ctx, &mut prompter, k).map_err(prompt_error)?,
        };
        let Some((name, change)) = change else {
            continue;
        };
        let mut amend = |text: String| -> CliResult<String> {
            offer_to_edit_reply(&mut prompter, text).map_err(prompt_error)
        };
        let result = apply(
            ctx,
            tracker,
            r.request.number,
            name,
            change,
            Some(&mut amend),
        )
        .await?;
        done += 1;
        report(ctx, &result, &format!("#{}: {name}", r.request.number))?;
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
fn ask_change(
    ctx: &Context,
    p: &mut dyn Prompter,
    key: char,
) -> Result<Option<(&'static str, Change)>, PromptError> {
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
            (
                "accept",
                Change {
                    status: Some(Status::Triaged),
                    priority: Some(priority),
                    estimate: Estimate::ALL.get(size).copied(),
                    assignees: Some(vec![assignee.trim().to_string()]).filter(|a| !a[0].is_empty()),
                    target,
                    reply: Some("accepted"),
                    ..Change::default()
                },
            )
        }
        'n' => {
            let message = p.multiline("What does the requester need to add?", "")?;
            (
                "need-info",
                Change {
                    status: Some(Status::WaitingOnRequester),
                    message: Some(message),
                    reply: Some("need_info"),
                    ..Change::default()
                },
            )
        }
        'd' => {
            let reason = p.input("Reason (optional)", "")?;
            (
                "decline",
                Change {
                    close: Some(StateReason::NotPlanned),
                    reason: Some(reason).filter(|r| !r.trim().is_empty()),
                    reply: Some("declined"),
                    ..Change::default()
                },
            )
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
            (
                "duplicate",
                Change {
                    close: Some(StateReason::Duplicate),
                    duplicate_of: Some(of),
                    reply: Some("duplicate"),
                    ..Change::default()
                },
            )
        }
        'z' => {
            let until = loop {
                let t = p.input("Snooze until (mon, +3d, 2026-12-10)", "+3d")?;
                match date_flag(ctx, "until", t.trim()) {
                    Ok(d) if d > ctx.clock.today() => break d,
                    Ok(d) => warn_in_session(&format!("{d} is not in the future")),
                    Err(e) => warn_in_session(&e.message),
                }
            };
            (
                "snooze",
                Change {
                    snooze_until: Some(until),
                    reply: Some("snoozed"),
                    ..Change::default()
                },
            )
        }
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
