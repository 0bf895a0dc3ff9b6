//! Doing a handler's [`Job`]s: Slack Web API calls and filing through the
//! tracker. Runs on the command's own task (the trackers are not `Send`);
//! the transports only queue jobs.

use serde_json::json;

use super::api::{ApiError, SlackApi};
use super::handlers::{Filing, Job};
use super::mrkdwn::{escape, escape_line, link};
use super::views::{self, FormState};
use crate::tracker::Tracker;
use crate::workflow::filing::{file_request, Attempt};
use crate::workflow::Rules;

/// Where new requests are announced.
#[derive(Debug, Clone, Default)]
pub struct Posting {
    /// The team channel; empty: the channel the command was run in.
    pub channel: String,
}

/// The marker of a request's Slack thread, left as a comment on the issue.
pub fn thread_marker(channel: &str, ts: &str) -> String {
    format!("<!-- idreq slack channel={channel} ts={ts} -->\nThis request is followed in a Slack thread.")
}

/// Reads a thread marker back: (channel, ts).
pub fn parse_thread_marker(comment: &str) -> Option<(String, String)> {
    let rest = comment.split("<!-- idreq slack channel=").nth(1)?;
    let (channel, rest) = rest.split_once(" ts=")?;
    let (ts, _) = rest.split_once(" -->")?;
    let ok = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '.');
    (ok(channel) && ok(ts)).then(|| (channel.to_string(), ts.to_string()))
}

/// Does one job; failures are reported on stderr in one line (and, for a
/// filing, in the modal).
pub async fn run(
    job: Job,
    api: &SlackApi,
    tracker: &impl Tracker,
    rules: &Rules,
    posting: &Posting,
) {
    let result = match job {
        Job::OpenView { trigger_id, view } => api
            .call(
                "views.open",
                &json!({"trigger_id": trigger_id, "view": view}),
            )
            .await
            .map(|_| ()),
        Job::UpdateView {
            view_id,
            hash,
            view,
        } => {
            let mut body = json!({"view_id": view_id, "view": view});
            if !hash.is_empty() {
                body["hash"] = json!(hash);
            }
            api.call("views.update", &body).await.map(|_| ())
        }
        Job::File(filing) => file(*filing, api, tracker, rules, posting).await,
    };
    if let Err(e) = result {
        eprintln!("idreq slack: {e}");
    }
}

async fn file(
    f: Filing,
    api: &SlackApi,
    tracker: &impl Tracker,
    rules: &Rules,
    posting: &Posting,
) -> Result<(), ApiError> {
    let Some(t) = rules.catalogue.get(&f.request.type_key) else {
        return Ok(());
    };
    let update = |view| json!({"view_id": f.view_id, "view": view});
    // A retried or duplicated delivery finds the issue by its marker and
    // only shows the link again.
    let existing = tracker
        .find_request(&f.request.request_id)
        .await
        .ok()
        .flatten();
    let filed = match existing {
        Some(issue) => {
            let title = issue.title.clone();
            let view = views::filed(t, issue.number, issue.url.as_deref(), &title);
            return api.call("views.update", &update(view)).await.map(|_| ());
        }
        None => file_request(tracker, rules, &f.request, Attempt::Retry).await,
    };
    let filed = match filed {
        Ok(filed) => filed,
        Err(e) => {
            let message =
                format!("Could not file the request: {e}. Nothing you typed is lost; try again.");
            let view = views::form(
                &rules.catalogue,
                t,
                &FormState {
                    answers: &f.answers,
                    summary: &f.request.summary,
                    faq: &[],
                    error: Some(&message),
                    channel: &f.channel,
                },
            );
            return api.call("views.update", &update(view)).await.map(|_| ());
        }
    };
    let r = &filed.request;
    let view = views::filed(t, r.number, r.url.as_deref(), &r.title);
    api.call("views.update", &update(view)).await?;
    let channel = if posting.channel.is_empty() {
        f.channel.clone()
    } else {
        posting.channel.clone()
    };
    if channel.is_empty() {
        return Ok(());
    }
    let headline = match &r.url {
        Some(u) => link(u, &format!("#{} {}", r.number, r.title)),
        None => format!("#{} {}", r.number, escape_line(&r.title)),
    };
    let text = format!(
        "New {} request from <@{}>: {headline}",
        escape_line(&t.name),
        f.user_id
    );
    let posted = api
        .call(
            "chat.postMessage",
            &json!({"channel": channel, "text": text, "unfurl_links": false}),
        )
        .await?;
    let ts = posted["ts"].as_str().unwrap_or_default().to_string();
    let channel = posted["channel"].as_str().unwrap_or(&channel).to_string();
    if ts.is_empty() {
        return Ok(());
    }
    let reply = format!("<@{}> {}", f.user_id, escape(&filed.received));
    api.call(
        "chat.postMessage",
        &json!({"channel": channel, "thread_ts": ts, "text": reply}),
    )
    .await?;
    if let Err(e) = tracker
        .comment(r.number, &thread_marker(&channel, &ts))
        .await
    {
        eprintln!(
            "idreq slack: could not record the Slack thread on #{}: {e}",
            r.number
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_thread_marker_round_trips_and_refuses_junk() {
        let m = thread_marker("C123", "1700000000.000100");
        assert_eq!(
            parse_thread_marker(&m),
            Some(("C123".into(), "1700000000.000100".into()))
        );
        assert_eq!(
            parse_thread_marker("<!-- idreq slack channel=<!x> ts=1 -->"),
            None
        );
        assert_eq!(parse_thread_marker("hello"), None);
    }
}
