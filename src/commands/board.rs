//! `idreq board`: every open request at a glance, in columns, with the
//! summation of the work underneath.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use clap::{Args, ValueEnum};
use serde::Serialize;

use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::commands::age_text;
use crate::commands::triage::{as_of, ranked_queue, RankedRequest};
use crate::config::TrackerChoice;
use crate::tracker::{AnyTracker, Tracker};
use crate::triage::calendar;
use crate::ui::sanitize::sanitize_line;
use crate::workflow::labels::{Priority, Status};

/// How to split the board into columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupBy {
    #[default]
    Status,
    Type,
    Assignee,
    Priority,
}

/// Output formats besides `--json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum BoardFormat {
    #[default]
    Text,
    Markdown,
}

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
}

/// A card: a request with its rank and age.
#[derive(Debug, Clone, Serialize)]
pub struct Card {
    #[serde(flatten)]
    pub ranked: RankedRequest,
    pub age_business_days: i64,
}

/// One column.
#[derive(Debug, Clone, Serialize)]
pub struct Column {
    pub key: String,
    pub title: String,
    pub count: usize,
    #[serde(serialize_with = "crate::ui::parallel_json::serialize")]
    pub requests: Vec<Card>,
}

/// Per-assignee load.
#[derive(Debug, Clone, Serialize)]
pub struct Load {
    pub assignee: String,
    pub open: usize,
    pub estimate_days: f64,
}

/// The oldest open request.
#[derive(Debug, Clone, Serialize)]
pub struct Oldest {
    pub number: u64,
    pub title: String,
    pub age_business_days: i64,
}

/// The summation of the work.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub open: usize,
    pub by_status: BTreeMap<String, usize>,
    pub by_type: BTreeMap<String, usize>,
    /// status → type → count
    pub by_status_and_type: BTreeMap<String, BTreeMap<String, usize>>,
    /// Estimated days of triaged and in-progress work.
    pub estimate_days_triaged: f64,
    pub estimate_days_in_progress: f64,
    pub estimate_days_total: f64,
    /// Triaged or in-progress requests without an estimate.
    pub unestimated: usize,
    pub by_assignee: Vec<Load>,
    pub unassigned: usize,
    pub overdue: usize,
    pub oldest: Option<Oldest>,
}

/// The whole board.
#[derive(Debug, Clone, Serialize)]
pub struct Board {
    pub as_of: DateTime<Utc>,
    /// When the requests were read from the tracker: now, or with `--offline`
    /// when the saved copy was fetched.
    pub fetched_at: DateTime<Utc>,
    /// True when the board comes from the saved copy (`--offline`).
    pub offline: bool,
    pub group_by: GroupBy,
    pub columns: Vec<Column>,
    pub summary: Summary,
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
    let mut board = std::mem::ManuallyDrop::new(crate::ui::trace::step(
        |_| "built the board".into(),
        || build(ctx, queue, now, args.group_by),
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
    if ctx.ui.json {
        return crate::ui::trace::step(|_| "wrote the JSON".into(), || ctx.ui.json(&*board));
    }
    let text = match args.format {
        BoardFormat::Markdown => markdown(&board),
        BoardFormat::Text if ctx.ui.term.stdout_tty => table(&board),
        BoardFormat::Text => plain(&board),
    };
    ctx.ui.data(&text);
    Ok(())
}

fn build(ctx: &Context, queue: Vec<RankedRequest>, now: DateTime<Utc>, group_by: GroupBy) -> Board {
    let cal = calendar(&ctx.config.config);
    let cards: Vec<Card> = queue
        .into_iter()
        .map(|ranked| Card {
            age_business_days: cal
                .business_days_between(ranked.request.created_at.date_naive(), now.date_naive()),
            ranked,
        })
        .collect();
    let summary = summarize(ctx, &cards);
    let mut columns: Vec<Column> = column_keys(&cards, group_by)
        .into_iter()
        .map(|(key, title)| Column {
            key,
            title,
            count: 0,
            requests: Vec::new(),
        })
        .collect();
    for card in cards {
        let key = group_key(&card, group_by);
        if let Some(col) = columns.iter_mut().find(|c| c.key == key) {
            col.requests.push(card);
        }
    }
    for c in &mut columns {
        c.count = c.requests.len();
    }
    Board {
        as_of: now,
        fetched_at: ctx.clock.now(),
        offline: false,
        group_by,
        columns,
        summary,
    }
}

fn group_key(card: &Card, group_by: GroupBy) -> String {
    let r = &card.ranked.request;
    match group_by {
        GroupBy::Status => r.status.key().to_string(),
        GroupBy::Type => r.type_key.clone().unwrap_or_else(|| "unknown".into()),
        GroupBy::Assignee => r
            .assignees
            .first()
            .cloned()
            .unwrap_or_else(|| "unassigned".into()),
        GroupBy::Priority => r
            .priority
            .map_or("untriaged".into(), |p| p.key().to_string()),
    }
}

fn column_keys(cards: &[Card], group_by: GroupBy) -> Vec<(String, String)> {
    match group_by {
        GroupBy::Status => Status::OPEN
            .iter()
            .map(|s| (s.key().to_string(), s.title().to_string()))
            .collect(),
        GroupBy::Priority => Priority::ALL
            .iter()
            .map(|p| (p.key().to_string(), p.key().to_string()))
            .chain(std::iter::once((
                "untriaged".to_string(),
                "Untriaged".to_string(),
            )))
            .collect(),
        GroupBy::Type | GroupBy::Assignee => {
            let mut keys: Vec<String> = cards.iter().map(|c| group_key(c, group_by)).collect();
            keys.sort();
            keys.dedup();
            // Assignee logins come from the tracker: the title is shown.
            keys.into_iter()
                .map(|k| (k.clone(), sanitize_line(&k)))
                .collect()
        }
    }
}

fn summarize(ctx: &Context, cards: &[Card]) -> Summary {
    let days = &ctx.config.config.estimates;
    let mut s = Summary {
        open: cards.len(),
        by_status: BTreeMap::new(),
        by_type: BTreeMap::new(),
        by_status_and_type: BTreeMap::new(),
        estimate_days_triaged: 0.0,
        estimate_days_in_progress: 0.0,
        estimate_days_total: 0.0,
        unestimated: 0,
        by_assignee: Vec::new(),
        unassigned: 0,
        overdue: 0,
        oldest: None,
    };
    let mut load: BTreeMap<String, (usize, f64)> = BTreeMap::new();
    for c in cards {
        let r = &c.ranked.request;
        let status = r.status.key().to_string();
        let kind = r.type_key.clone().unwrap_or_else(|| "unknown".into());
        *s.by_status.entry(status.clone()).or_default() += 1;
        *s.by_type.entry(kind.clone()).or_default() += 1;
        *s.by_status_and_type
            .entry(status)
            .or_default()
            .entry(kind)
            .or_default() += 1;
        let estimate = r.estimate.map(|e| days.days(e));
        let working = matches!(r.status, Status::Triaged | Status::InProgress);
        match (working, estimate) {
            (true, Some(d)) if r.status == Status::Triaged => s.estimate_days_triaged += d,
            (true, Some(d)) => s.estimate_days_in_progress += d,
            (true, None) => s.unestimated += 1,
            _ => {}
        }
        if r.assignees.is_empty() {
            s.unassigned += 1;
        }
        for a in &r.assignees {
            let entry = load.entry(a.clone()).or_default();
            entry.0 += 1;
            entry.1 += estimate.unwrap_or(0.0);
        }
        if c.ranked.response == crate::triage::ranking::ResponseState::Overdue {
            s.overdue += 1;
        }
        let older = s
            .oldest
            .as_ref()
            .is_none_or(|o| c.age_business_days > o.age_business_days);
        if older {
            s.oldest = Some(Oldest {
                number: r.number,
                title: r.title.clone(),
                age_business_days: c.age_business_days,
            });
        }
    }
    s.estimate_days_total = s.estimate_days_triaged + s.estimate_days_in_progress;
    s.by_assignee = load
        .into_iter()
        .map(|(assignee, (open, estimate_days))| Load {
            assignee,
            open,
            estimate_days,
        })
        .collect();
    s
}

fn card_lines(c: &Card) -> [String; 3] {
    let r = &c.ranked.request;
    let mut head = format!("#{}", r.number);
    if let Some(p) = r.priority {
        head.push_str(&format!(" {}", p.key()));
    }
    if let Some(e) = r.estimate {
        head.push_str(&format!(" {}", e.key()));
    }
    for a in &r.assignees {
        head.push_str(&format!(" @{}", sanitize_line(a)));
    }
    let title: String = sanitize_line(&r.summary).chars().take(40).collect();
    let kind = r.type_key.clone().unwrap_or_else(|| "?".into());
    [
        head,
        format!("{kind}: {title}"),
        format!("{}d · {}", c.age_business_days, c.ranked.response.key()),
    ]
}

fn summary_lines(s: &Summary) -> Vec<String> {
    let mut lines = vec![format!(
        "{} open · {} overdue · oldest {}",
        s.open,
        s.overdue,
        s.oldest.as_ref().map_or("—".into(), |o| format!(
            "#{} ({} business days)",
            o.number, o.age_business_days
        ))
    )];
    lines.push(format!(
        "estimated work: {} days triaged + {} days in progress = {} days ({} without an estimate)",
        s.estimate_days_triaged, s.estimate_days_in_progress, s.estimate_days_total, s.unestimated
    ));
    for (status, types) in &s.by_status_and_type {
        let parts: Vec<String> = types.iter().map(|(t, n)| format!("{t} {n}")).collect();
        lines.push(format!("{status}: {}", parts.join(", ")));
    }
    let mut load: Vec<String> = s
        .by_assignee
        .iter()
        .map(|l| {
            format!(
                "@{} {} open / {} days",
                sanitize_line(&l.assignee),
                l.open,
                l.estimate_days
            )
        })
        .collect();
    load.push(format!("unassigned {}", s.unassigned));
    lines.push(format!("load: {}", load.join(" · ")));
    lines
}

fn table(board: &Board) -> String {
    use comfy_table::{presets, ContentArrangement, Table};
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(
            board
                .columns
                .iter()
                .map(|c| format!("{} ({})", c.title, c.count)),
        );
    t.add_row(board.columns.iter().map(|c| {
        c.requests
            .iter()
            .map(|card| card_lines(card).join("\n"))
            .collect::<Vec<_>>()
            .join("\n\n")
    }));
    format!("{t}\n{}", summary_lines(&board.summary).join("\n"))
}

fn plain(board: &Board) -> String {
    let mut out = Vec::new();
    for c in &board.columns {
        out.push(format!("== {} ({})", c.title, c.count));
        for card in &c.requests {
            let r = &card.ranked.request;
            out.push(
                [
                    format!("#{}", r.number),
                    r.type_key.clone().unwrap_or_default(),
                    r.priority.map(|p| p.key().to_string()).unwrap_or_default(),
                    r.estimate.map(|e| e.key().to_string()).unwrap_or_default(),
                    sanitize_line(&r.assignees.join(",")),
                    format!("{}d", card.age_business_days),
                    card.ranked.response.key().to_string(),
                    sanitize_line(&r.title),
                ]
                .join("\t"),
            );
        }
    }
    out.push("== Summary".into());
    out.extend(summary_lines(&board.summary));
    out.join("\n")
}

fn markdown(board: &Board) -> String {
    let esc = |t: &str| sanitize_line(t).replace('|', "\\|");
    let mut out = vec![format!(
        "## Identity requests — {} open",
        board.summary.open
    )];
    for c in &board.columns {
        out.push(String::new());
        out.push(format!("### {} ({})", c.title, c.count));
        if c.requests.is_empty() {
            continue;
        }
        out.push("| # | type | priority | estimate | assignee | age | response | title |".into());
        out.push("|---|---|---|---|---|---|---|---|".into());
        for card in &c.requests {
            let r = &card.ranked.request;
            out.push(format!(
                "| #{} | {} | {} | {} | {} | {}d | {} | {} |",
                r.number,
                r.type_key.clone().unwrap_or_default(),
                r.priority.map(|p| p.key().to_string()).unwrap_or_default(),
                r.estimate.map(|e| e.key().to_string()).unwrap_or_default(),
                esc(&r.assignees.join(", ")),
                card.age_business_days,
                card.ranked.response.key(),
                esc(&r.title)
            ));
        }
    }
    out.push(String::new());
    out.push("### Summary".into());
    out.extend(
        summary_lines(&board.summary)
            .into_iter()
            .map(|l| format!("- {}", l)),
    );
    out.join("\n")
}
