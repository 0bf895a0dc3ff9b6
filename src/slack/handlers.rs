//! The front door's logic, shared by both transports: what to answer Slack
//! at once (within its 3-second deadline, no network), and the [`Job`]s to
//! do right after (Slack and tracker calls, see `worker`).

use std::collections::BTreeMap;
use std::sync::Arc;

use serde_json::{json, Value};

use super::mrkdwn::escape_line;
use super::payload::{Interaction, SlashCommand, ViewState};
use super::views::{
    self, answers_from_state, form_fields, FormState, Meta, FAQ_ANSWERED_ACTION, FORM_CALLBACK,
    INPUT_ACTION, PICK_ACTION,
};
use crate::faq::search::{search, suggest};
use crate::request::validate::{check_request, Problem, RawRequest, SUMMARY_KEY};
use crate::request::{Request, RequestId, RequestType};
use crate::workflow::Rules;

/// What Slack is answered at once: an empty 200, or a JSON body.
#[derive(Debug, Clone, PartialEq)]
pub enum Ack {
    Empty,
    Json(Value),
}

/// Work done after the ack.
#[derive(Debug, Clone, PartialEq)]
pub enum Job {
    OpenView {
        trigger_id: String,
        view: Value,
    },
    UpdateView {
        view_id: String,
        hash: String,
        view: Value,
    },
    File(Box<Filing>),
}

/// A valid submission to file.
#[derive(Debug, Clone, PartialEq)]
pub struct Filing {
    pub view_id: String,
    pub user_id: String,
    pub channel: String,
    pub request: Request,
    /// The raw answers, to show the form again if filing fails.
    pub answers: BTreeMap<String, String>,
}

/// The handlers' settings.
#[derive(Debug, Clone)]
pub struct Handlers {
    pub rules: Arc<Rules>,
    pub clock: crate::time::Clock,
}

/// The FAQ entries shown for `/identity-support faq <words>` and in forms.
const FAQ_LIMIT: usize = 3;

impl Handlers {
    /// A slash command: the type picker, a type's form, FAQ answers.
    pub fn on_command(&self, cmd: &SlashCommand) -> (Ack, Vec<Job>) {
        let text = cmd.text.trim();
        let (word, rest) = text.split_once(char::is_whitespace).unwrap_or((text, ""));
        let open = |view| {
            let job = Job::OpenView {
                trigger_id: cmd.trigger_id.clone(),
                view,
            };
            (Ack::Empty, vec![job])
        };
        match word {
            "" => open(views::picker(&self.rules.catalogue, &cmd.channel_id)),
            "faq" => (
                Ack::Json(ephemeral(&self.faq_answer(rest.trim()))),
                Vec::new(),
            ),
            "help" => (Ack::Json(ephemeral(&help(&cmd.command))), Vec::new()),
            key => match self.rules.catalogue.get(key).filter(|t| t.filed) {
                Some(t) => open(self.form(t, &contact_for(&cmd.user_id), "", &cmd.channel_id)),
                None => (
                    Ack::Json(ephemeral(&self.unknown(key, &cmd.command))),
                    Vec::new(),
                ),
            },
        }
    }

    fn form(
        &self,
        t: &RequestType,
        answers: &BTreeMap<String, String>,
        summary: &str,
        channel: &str,
    ) -> Value {
        let faq = if summary.trim().is_empty() {
            Vec::new()
        } else {
            suggest(&self.rules.faq, summary, t, FAQ_LIMIT)
        };
        views::form(
            &self.rules.catalogue,
            t,
            &FormState {
                answers,
                summary,
                faq: &faq,
                error: None,
                channel,
            },
        )
    }

    fn faq_answer(&self, words: &str) -> String {
        if words.is_empty() {
            return "Add some words after `faq`, e.g. `faq mocked sign in`.".into();
        }
        // Only entries good enough to show (#16's answer level).
        let hits: Vec<_> = search(&self.rules.faq, words, None, FAQ_LIMIT)
            .into_iter()
            .filter(|h| h.confidence.answers())
            .collect();
        if hits.is_empty() {
            return format!(
                "No FAQ entry matched “{}”. Nothing was filed.",
                escape_line(words)
            );
        }
        let mut text = String::from("From the Identity FAQ:\n");
        for h in hits {
            text.push_str(&format!(
                "• *{}*: {}\n",
                escape_line(&h.title),
                escape_line(&h.summary)
            ));
        }
        text
    }

    fn unknown(&self, key: &str, command: &str) -> String {
        let keys = self
            .rules
            .catalogue
            .types
            .iter()
            .filter(|t| t.filed)
            .map(|t| format!("`{}`", escape_line(&t.key)));
        format!(
            "`{}` is not a request type. Try `{}` alone for the list, or one of: {}.",
            escape_line(key),
            escape_line(command),
            keys.collect::<Vec<_>>().join(", ")
        )
    }

    /// An interaction: picker choice, conditional field, FAQ button, submit.
    pub fn on_interaction(&self, i: &Interaction) -> (Ack, Vec<Job>) {
        match i {
            Interaction::BlockActions {
                user_id,
                view: Some(view),
                actions,
                ..
            } => {
                let jobs = actions
                    .first()
                    .and_then(|a| self.on_action(user_id, view, &a.action_id, &a.value));
                (Ack::Empty, jobs.into_iter().collect())
            }
            Interaction::ViewSubmission { user_id, view } if view.callback_id == FORM_CALLBACK => {
                self.on_submit(user_id, view)
            }
            _ => (Ack::Empty, Vec::new()),
        }
    }

    fn on_action(&self, user_id: &str, view: &ViewState, action: &str, value: &str) -> Option<Job> {
        let meta = Meta::decode(&view.private_metadata).unwrap_or_default();
        let new_view = match action {
            PICK_ACTION => {
                let t = self.rules.catalogue.get(value).filter(|t| t.filed)?;
                self.form(t, &contact_for(user_id), "", &meta.channel)
            }
            FAQ_ANSWERED_ACTION => views::notice_view(
                "Identity support",
                "Glad the FAQ answered it. Nothing was filed; run the command again any time.",
            ),
            INPUT_ACTION => {
                let t = self.rules.catalogue.get(&meta.type_key)?;
                let answers = answers_from_state(&self.rules.catalogue, t, &view.values);
                let summary = view
                    .values
                    .get(SUMMARY_KEY)
                    .map(String::as_str)
                    .unwrap_or("");
                self.form(t, &answers, summary, &meta.channel)
            }
            _ => return None,
        };
        Some(Job::UpdateView {
            view_id: view.id.clone(),
            hash: view.hash.clone(),
            view: new_view,
        })
    }

    fn on_submit(&self, user_id: &str, view: &ViewState) -> (Ack, Vec<Job>) {
        let meta = Meta::decode(&view.private_metadata).unwrap_or_default();
        let Some(t) = self.rules.catalogue.get(&meta.type_key) else {
            return (
                Ack::Json(errors([(
                    SUMMARY_KEY.to_string(),
                    "This request type no longer exists; close the form and start again."
                        .to_string(),
                )])),
                Vec::new(),
            );
        };
        let answers = answers_from_state(&self.rules.catalogue, t, &view.values);
        let raw = RawRequest {
            type_key: t.key.clone(),
            summary: view.values.get(SUMMARY_KEY).cloned().unwrap_or_default(),
            answers: answers.clone(),
            request_id: request_id_for(&view.id),
            faq_shown: Vec::new(),
        };
        match check_request(&self.rules.catalogue, &raw, self.clock.today()) {
            Err(problems) => (Ack::Json(errors(self.inline(t, &problems))), Vec::new()),
            Ok((request, _notices)) => {
                let ack = json!({"response_action": "update", "view": views::filing(t)});
                let filing = Filing {
                    view_id: view.id.clone(),
                    user_id: user_id.to_string(),
                    channel: meta.channel,
                    request,
                    answers,
                };
                (Ack::Json(ack), vec![Job::File(Box::new(filing))])
            }
        }
    }

    /// Problems keyed by the block id of their field (the summary block for
    /// problems with no field in the form).
    fn inline(&self, t: &RequestType, problems: &[Problem]) -> Vec<(String, String)> {
        let fields = form_fields(&self.rules.catalogue, t);
        let mut out: Vec<(String, String)> = Vec::new();
        for p in problems {
            let block = fields
                .iter()
                .find(|f| f.spec.key == p.field)
                .map_or(SUMMARY_KEY.to_string(), |f| f.block_id.clone());
            let mut message = p.message.clone();
            if let Some(e) = &p.example {
                message.push_str(&format!(" (e.g. {e})"));
            }
            match out.iter_mut().find(|(b, _)| *b == block) {
                Some((_, m)) => m.push_str(&format!("; {message}")),
                None => out.push((block, message)),
            }
        }
        out
    }
}

/// The request id of a submission: from Slack's view id, which stays the
/// same across updates, retries and duplicate deliveries of one form.
pub fn request_id_for(view_id: &str) -> RequestId {
    let clean: String = view_id
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(56)
        .collect();
    RequestId::parse(&format!("slack-{clean}")).unwrap_or_else(RequestId::new_random)
}

/// The contact answer for a Slack user: their id as an @handle.
pub fn contact_for(user_id: &str) -> BTreeMap<String, String> {
    let clean: String = user_id
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(80)
        .collect();
    [("contact".to_string(), format!("@{clean}"))]
        .into_iter()
        .collect()
}

fn ephemeral(text: &str) -> Value {
    json!({"response_type": "ephemeral", "text": super::blocks::cut(text, 3000)})
}

fn errors(pairs: impl IntoIterator<Item = (String, String)>) -> Value {
    let map: serde_json::Map<String, Value> = pairs
        .into_iter()
        .map(|(b, m)| (b, Value::String(super::blocks::cut(&m, 2000))))
        .collect();
    json!({"response_action": "errors", "errors": map})
}

fn help(command: &str) -> String {
    let c = escape_line(command);
    format!("`{c}` opens the request form · `{c} pr-review` opens one type's form · `{c} faq <words>` searches the FAQ")
}
