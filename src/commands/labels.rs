//! `idreq labels sync`: create or update the repository labels idreq uses
//! (names from `[labels]` and the request types), so they have colours and
//! descriptions before the first request. Safe to run again and again.

use clap::{Args, Subcommand};
use serde::Serialize;

use crate::app::error::CliResult;
use crate::app::github;
use crate::app::Context;
use crate::tracker::github::LabelSpec;
use crate::workflow::labels::{Estimate, Priority, Status};

/// Manage the repository's labels.
#[derive(Debug, Clone, Subcommand)]
pub enum LabelsCommand {
    /// Create or update idreq's labels in the GitHub repository
    Sync(SyncArgs),
}

/// Create or update idreq's labels.
#[derive(Debug, Clone, Args)]
pub struct SyncArgs {
    /// Show what would change, and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Default, Serialize)]
struct SyncJson {
    repo: String,
    dry_run: bool,
    created: Vec<String>,
    updated: Vec<String>,
    unchanged: Vec<String>,
}

/// Runs `idreq labels …`.
pub async fn cmd_labels(ctx: &mut Context, command: &LabelsCommand) -> CliResult {
    match command {
        LabelsCommand::Sync(args) => cmd_labels_sync(ctx, args).await,
    }
}

fn spec(name: &str, color: &str, description: &str) -> LabelSpec {
    LabelSpec {
        name: name.to_string(),
        color: color.to_string(),
        // GitHub allows 100 characters.
        description: Some(description.chars().take(100).collect()),
    }
}

/// Returns the labels idreq writes, with colours and descriptions.
pub fn wanted_labels(ctx: &mut Context) -> CliResult<Vec<LabelSpec>> {
    let scheme = ctx.config.config.labels.clone();
    let mut out = vec![spec(
        &scheme.base,
        "1d76db",
        "A request to the VA.gov Identity team (filed with idreq)",
    )];
    let catalogue = ctx.catalogue()?.clone();
    for key in catalogue.keys() {
        if let Some(t) = catalogue.get(key).filter(|t| t.filed) {
            out.push(spec(
                &t.label(),
                "5319e7",
                &format!("{}: {}", t.name, t.description),
            ));
        }
    }
    let status_colors = [
        (Status::New, "fbca04", "Filed, not yet triaged"),
        (
            Status::Triaged,
            "0e8a16",
            "Triaged: prioritised and estimated",
        ),
        (
            Status::InProgress,
            "1d76db",
            "Someone on the Identity team is working on it",
        ),
        (
            Status::WaitingOnRequester,
            "d4c5f9",
            "Waiting for an answer from the requester",
        ),
    ];
    for (status, color, text) in status_colors {
        if let Some(name) = scheme.status_label(status) {
            out.push(spec(name, color, text));
        }
    }
    let priority_colors = ["b60205", "d93f0b", "fbca04", "c5def5"];
    let priority_text = ["Urgent: drop other work", "High", "Normal", "Low"];
    for (i, p) in Priority::ALL.into_iter().enumerate() {
        out.push(spec(
            &scheme.priority_label(p),
            priority_colors[i],
            &format!("Priority {}: {}", p.key(), priority_text[i]),
        ));
    }
    for e in Estimate::ALL {
        let days = ctx.config.config.estimates.days(e);
        out.push(spec(
            &scheme.estimate_label(e),
            "bfdadc",
            &format!("Estimate {}: about {days} days of work", e.key()),
        ));
    }
    out.push(spec(
        &scheme.production_impact,
        "b60205",
        "Affects Veterans in production",
    ));
    Ok(out)
}

/// Runs `idreq labels sync`.
pub async fn cmd_labels_sync(ctx: &mut Context, args: &SyncArgs) -> CliResult {
    let wanted = wanted_labels(ctx)?;
    let gh = github::connect(ctx)?;
    let existing = gh.repo_labels().await?;
    let mut report = SyncJson {
        repo: gh.repo().to_string(),
        dry_run: args.dry_run,
        ..SyncJson::default()
    };
    for label in &wanted {
        // GitHub label names are case-insensitive.
        let current = existing
            .iter()
            .find(|l| l.name.eq_ignore_ascii_case(&label.name));
        match current {
            None => {
                if !args.dry_run {
                    gh.create_label(label).await?;
                }
                report.created.push(label.name.clone());
            }
            Some(c)
                if c.name != label.name
                    || !c.color.eq_ignore_ascii_case(&label.color)
                    || c.description.as_deref().unwrap_or("")
                        != label.description.as_deref().unwrap_or("") =>
            {
                if !args.dry_run {
                    gh.update_label(&c.name, label).await?;
                }
                report.updated.push(label.name.clone());
            }
            Some(_) => report.unchanged.push(label.name.clone()),
        }
    }
    if ctx.ui.json {
        return ctx.ui.json(&report).map_err(Into::into);
    }
    let (create, update) = if args.dry_run {
        ("would create", "would update")
    } else {
        ("created", "updated")
    };
    for name in &report.created {
        ctx.ui.data(&format!("{create}\t{name}"));
    }
    for name in &report.updated {
        ctx.ui.data(&format!("{update}\t{name}"));
    }
    let summary = format!(
        "{} {create}, {} {update}, {} already up to date in {}",
        report.created.len(),
        report.updated.len(),
        report.unchanged.len(),
        report.repo
    );
    if args.dry_run {
        ctx.ui
            .status(&format!("Dry run: {summary}; nothing was changed."));
    } else {
        ctx.ui.success(&summary);
    }
    Ok(())
}
