//! `idreq board`: every open request at a glance, in columns, with the
//! summation of the work underneath.

use clap::Args;

use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::board::{build, GroupBy};
use crate::commands::history::load_history;
use crate::commands::{age_text, as_of, ranked_queue, BoardFormat};
use crate::config::TrackerChoice;
use crate::tracker::{AnyTracker, Tracker};
use crate::ui::render::board as render;

/// Show every open request at a glance.
#[derive(Debug, Clone, Args)]
pub struct BoardArgs {
    /// Columns by status (default), type, assignee or priority
    #[arg(long, value_enum, default_value_t = GroupBy::Status)]
    pub group_by: GroupBy,
    /// Only this request type
    #[arg(long = "type", value_name = "TYPE")]
    pub type_key: Option<String>,
    /// Only requests assigned to this login
    #[arg(long, value_name = "LOGIN")]
    pub assignee: Option<String>,
    /// Only requests assigned to me
    #[arg(long)]
    pub mine: bool,
    /// `markdown` for pasting into Slack or a GitHub comment
    #[arg(long, value_enum, default_value_t = BoardFormat::Text)]
    pub format: BoardFormat,
    /// Rank and age as of another moment
    #[arg(long, value_name = "WHEN")]
    pub as_of: Option<String>,
    /// Show the board saved by the last online run, without the network
    #[arg(long)]
    pub offline: bool,
    /// Also print how the forecast was made (window, samples, percentiles)
    #[arg(long)]
    pub explain: bool,
}

/// Runs `idreq board`.
pub async fn cmd_board(ctx: &mut Context, args: &BoardArgs) -> CliResult {
    if let Some(t) = &args.type_key {
        crate::commands::check_type_key(ctx, t)?;
    }
    let offline = args.offline && matches!(ctx.tracker_choice(), TrackerChoice::Github);
    if offline && args.mine {
        return Err(
            CliError::usage("--mine needs the network to know who you are")
                .hint("with --offline, name the assignee: --assignee LOGIN"),
        );
    }
    let tracker = if offline {
        ctx.offline_tracker().await?
    } else {
        ctx.tracker().await?
    };
    let now = as_of(ctx, args.as_of.as_deref())?;
    let me = if args.mine {
        Some(tracker.current_user().await?)
    } else {
        None
    };
    let who = args
        .assignee
        .clone()
        .map(|a| a.trim_start_matches('@').to_string())
        .or(me);
    let queue = ranked_queue(ctx, &tracker, now, |r| {
        args.type_key
            .as_ref()
            .is_none_or(|t| r.type_key.as_ref() == Some(t))
            && who.as_ref().is_none_or(|w| r.assignees.contains(w))
    })
    .await;
    let queue =
        match queue {
            Err(_) if offline => return Err(CliError::failure(format!(
                "no saved board for {} yet",
                tracker.info().location
            ))
            .hint(
                "run `idreq board` once with a network connection; it keeps a copy for --offline",
            )),
            q => q?,
        };
    // The process ends after printing; freeing thousands of cards first
    // would only delay the exit.
    let mut board = std::mem::ManuallyDrop::new(crate::support::trace::step(
        |_| "built the board".into(),
        || {
            let config = &ctx.config.config;
            build(
                queue,
                now,
                ctx.clock.now(),
                args.group_by,
                &config.business_time,
                &config.estimates,
            )
        },
    ));
    if let AnyTracker::GitHub(gh) = &tracker {
        if let Some(saved) = gh.offline_as_of().filter(|_| offline) {
            board.fetched_at = saved;
            board.offline = true;
            ctx.ui.status(&format!(
                "board as of {} ({} ago), saved by the last online run",
                saved.format("%Y-%m-%d %H:%M UTC"),
                age_text(ctx.clock.now() - saved)
            ));
        }
    }
    if !board.offline {
        let history = load_history(ctx, &tracker, now, false).await?;
        let config = &ctx.config.config;
        let f = crate::forecast::queue::forecast(
            board.open_work(),
            board.summary.estimate_days_total,
            &history,
            &config.forecast,
            &config.business_time,
            now,
        );
        if args.explain {
            for line in &f.explain {
                ctx.ui.status(line);
            }
        }
        board.forecast = Some(f);
    }
    if ctx.ui.json {
        return crate::support::trace::step(
            |_| "wrote the JSON".into(),
            || ctx.ui.json(&*board).map_err(Into::into),
        );
    }
    let mut text = match args.format {
        BoardFormat::Markdown => render::markdown(&board),
        BoardFormat::Text if ctx.ui.term.stdout_tty => render::table(&board),
        BoardFormat::Text => render::plain(&board),
    };
    if let Some(f) = &board.forecast {
        text = format!(
            "{}\n{}",
            text.trim_end(),
            crate::ui::render::forecast::queue(f)
        );
    }
    ctx.ui.data(&text);
    Ok(())
}
