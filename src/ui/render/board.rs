//! The board as text: a table for a terminal, tab-separated lines when
//! piped, Markdown for Slack or a GitHub comment.

use crate::board::{Board, Card, Summary};
use crate::support::sanitize::sanitize_line;

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

/// A table of columns side by side, for a terminal.
pub fn table(board: &Board) -> String {
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

/// One tab-separated line per request, for scripts.
pub fn plain(board: &Board) -> String {
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

/// Markdown, for pasting into Slack or a GitHub comment.
pub fn markdown(board: &Board) -> String {
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
