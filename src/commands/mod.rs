//! One file per subcommand. Command files are glue: read the arguments, call
//! the domain and the tracker, hand the result to the UI.

pub mod auth;
pub mod board;
pub mod close;
pub mod completions;
pub mod config;
pub mod drafts;
pub mod faq;
pub mod labels;
pub mod list;
pub mod new;
pub mod report;
pub mod show;
pub mod triage;
pub mod types;
pub mod update;
pub mod workflow;

use chrono::TimeDelta;

use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::cli::Command;
use crate::tracker::{IssueFilter, StateFilter, Tracker};
use crate::workflow::tracked::TrackedRequest;

/// Runs the chosen subcommand.
pub async fn dispatch(ctx: &mut Context, command: &Command) -> CliResult {
    match command {
        Command::New(args) => new::cmd_new(ctx, args).await,
        Command::Show(args) => show::cmd_show(ctx, args).await,
        Command::List(args) => list::cmd_list(ctx, args).await,
        Command::Triage(args) => triage::cmd_triage(ctx, args).await,
        Command::Board(args) => board::cmd_board(ctx, args).await,
        Command::Update(args) => update::cmd_update(ctx, args).await,
        Command::Close(args) => close::cmd_close(ctx, args).await,
        Command::Report(args) => report::cmd_report(ctx, args).await,
        Command::Types(args) => types::cmd_types(ctx, args),
        Command::Config(command) => config::cmd_config(ctx, command),
        Command::Drafts(command) => drafts::cmd_drafts(ctx, command),
        Command::Faq(command) => faq::cmd_faq(ctx, command),
        Command::Completions(args) => completions::cmd_completions(ctx, args),
        Command::Auth(command) => auth::cmd_auth(ctx, command).await,
        Command::Labels(command) => labels::cmd_labels(ctx, command).await,
    }
}

/// Fails with the list of types when `key` is not one.
pub fn check_type_key(ctx: &mut Context, key: &str) -> CliResult {
    let catalogue = ctx.catalogue()?;
    if catalogue.get(key).is_some() {
        return Ok(());
    }
    Err(CliError::usage(format!("`{key}` is not a request type"))
        .detail(format!("request types: {}", catalogue.keys().join(", "))))
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
    let filter = IssueFilter {
        state,
        labels: vec![ctx.config.config.labels.base.clone()],
        include_unlabelled_requests: true,
    };
    let began = std::time::Instant::now();
    let issues = tracker.list(&filter).await?;
    crate::ui::trace::done(began, || {
        format!(
            "read {} issues from {}",
            issues.len(),
            tracker.info().location
        )
    });
    let catalogue = ctx.catalogue()?.clone();
    let labels = ctx.config.config.labels.clone();
    Ok(crate::ui::trace::step(
        |requests: &Vec<TrackedRequest>| {
            format!("read {} requests from their bodies", requests.len())
        },
        || decode_all(issues, &catalogue, &labels),
    ))
}

/// Below this many issues, reading them on one thread is quicker than
/// starting a second.
const PARALLEL_FROM: usize = 1_000;

/// Reads issues as requests, on two threads for a large queue (reading the
/// bodies is most of the work of `board` and `triage` over thousands).
fn decode_all(
    mut issues: Vec<crate::tracker::Issue>,
    catalogue: &crate::request::Catalogue,
    labels: &crate::workflow::labels::LabelScheme,
) -> Vec<TrackedRequest> {
    let decode = |part: Vec<crate::tracker::Issue>| -> Vec<TrackedRequest> {
        part.into_iter()
            .map(|i| TrackedRequest::from_owned_issue(i, catalogue, labels))
            .collect()
    };
    if issues.len() < PARALLEL_FROM {
        return decode(issues);
    }
    let second = issues.split_off(issues.len() / 2);
    let (mut first, second) = crate::parallel::join(|| decode(issues), || decode(second));
    first.extend(second);
    first
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
