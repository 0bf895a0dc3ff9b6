//! The guided intake behind `idreq new` in a terminal: pick a type, write a
//! summary, see the FAQ entries that may already answer it, answer each
//! question (validated at once), check for similar open requests, preview,
//! then submit, edit, save or cancel.
//!
//! Every question goes through `Prompter`, so tests drive this flow with a
//! script of answers; the draft is saved after every answer, so nothing typed
//! is lost to Ctrl-C, a closed terminal or a crash.

use crate::faq::search::suggest;
use crate::faq::Faq;
use crate::request::body::{render, render_title};
use crate::request::draft::{Draft, DraftStore};
use crate::request::validate::{check_answer, check_summary};
use crate::request::{
    drop_inactive, is_active, Catalogue, FieldKind, FieldSpec, FieldValue, Request, RequestType,
};
use crate::support::sanitize::{sanitize_line, sanitize_text};
use crate::time::clock::Clock;
use crate::ui::prompter::{PromptError, Prompter};
use crate::ui::Ui;
use crate::workflow::labels::LabelScheme;
use crate::workflow::similar::similar_requests;
use crate::workflow::tracked::TrackedRequest;

/// How the session ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// File the request now.
    Submit,
    /// An FAQ entry answered the question; nothing is filed.
    Answered,
    /// The type is not filed by idreq (its redirect was shown).
    NotFiled,
    /// The requester chose to keep it as a draft.
    SavedDraft,
    /// Add the details to this open request instead of filing a new one.
    CommentOn(u64),
    /// The requester cancelled from the menu (the draft is kept).
    Cancelled,
}

/// FAQ entries shown per suggestion step.
const FAQ_SUGGESTIONS: usize = 3;

/// One guided session.
pub struct Intake<'a> {
    pub catalogue: &'a Catalogue,
    pub faq: &'a Faq,
    pub labels: &'a LabelScheme,
    pub prompter: &'a mut dyn Prompter,
    pub store: &'a DraftStore,
    pub clock: Clock,
    pub ui: &'a mut Ui,
    /// Open requests, to spot duplicates before filing.
    pub open_requests: &'a [TrackedRequest],
    /// Skip the final preview menu (`--yes`).
    pub skip_preview: bool,
}

type Step<T> = Result<T, PromptError>;

impl Intake<'_> {
    /// Runs the flow on `draft`, asking only what it does not hold yet.
    pub fn run(&mut self, draft: &mut Draft) -> Step<Outcome> {
        let t = match &draft.type_key {
            Some(k) => self
                .catalogue
                .get(k)
                .cloned()
                .expect("type checked before the intake"),
            None => self.ask_type(draft)?,
        };
        if !t.filed {
            self.ui.data(t.redirect.as_deref().unwrap_or("").trim_end());
            self.ui.status("Nothing was filed.");
            let _ = self.store.discard(&draft.id);
            return Ok(Outcome::NotFiled);
        }
        if draft.summary.is_none() {
            self.ask_summary(&t, draft)?;
        }
        if draft.faq_shown.is_empty() && self.suggest_faq(&t, draft)? {
            return Ok(Outcome::Answered);
        }
        self.ask_missing_fields(&t, draft)?;
        if let Some(n) = self.check_similar(&t, draft)? {
            return Ok(Outcome::CommentOn(n));
        }
        loop {
            self.preview(&t, draft);
            if self.skip_preview {
                return Ok(Outcome::Submit);
            }
            let choices = [
                "Submit".to_string(),
                "Edit an answer".to_string(),
                "Save as draft and quit".to_string(),
                "Cancel".to_string(),
            ];
            match self.prompter.select("What next?", &choices, 0)? {
                0 => return Ok(Outcome::Submit),
                1 => self.edit_answer(&t, draft)?,
                2 => return Ok(Outcome::SavedDraft),
                _ => return Ok(Outcome::Cancelled),
            }
        }
    }

    fn save(&mut self, draft: &mut Draft) {
        draft.updated_at = self.clock.now().to_rfc3339();
        if let Err(e) = self.store.save(draft) {
            self.ui.warn(&format!("could not save the draft: {e}"));
        }
    }

    fn ask_type(&mut self, draft: &mut Draft) -> Step<RequestType> {
        let items: Vec<String> = self
            .catalogue
            .types
            .iter()
            .map(|t| format!("{} — {}", t.name, t.description))
            .collect();
        let i = self
            .prompter
            .select("What do you need from the Identity team?", &items, 0)?;
        let t = self.catalogue.types[i].clone();
        draft.type_key = Some(t.key.clone());
        if t.filed {
            self.save(draft);
        }
        Ok(t)
    }

    fn ask_summary(&mut self, t: &RequestType, draft: &mut Draft) -> Step<()> {
        loop {
            let text = self
                .prompter
                .input("One-line summary (it becomes the issue title)", "")?;
            match check_summary(t, &text) {
                Ok(s) => {
                    draft.summary = Some(s);
                    self.save(draft);
                    return Ok(());
                }
                Err(p) => self
                    .ui
                    .warn(&format!("the summary {}; try again", p.message)),
            }
        }
    }

    /// Shows the FAQ entries that may answer the summary. Returns true when
    /// the requester says one did.
    fn suggest_faq(&mut self, t: &RequestType, draft: &mut Draft) -> Step<bool> {
        let summary = draft.summary.clone().unwrap_or_default();
        let hits: Vec<usize> = suggest(self.faq, &summary, t, FAQ_SUGGESTIONS)
            .into_iter()
            .map(|h| h.entry)
            .collect();
        if hits.is_empty() {
            return Ok(false);
        }
        draft.faq_shown = hits
            .iter()
            .map(|&i| self.faq.entries[i].slug.clone())
            .collect();
        self.save(draft);
        self.ui.status("These FAQ entries may already answer it:");
        for &i in &hits {
            let e = &self.faq.entries[i];
            self.ui
                .status(&format!("  • {} — {}", e.meta.title, e.meta.summary));
        }
        loop {
            let mut items: Vec<String> = hits
                .iter()
                .map(|&i| format!("Read: {}", self.faq.entries[i].meta.title))
                .collect();
            items.push("This answered my question".to_string());
            items.push("Continue with my request".to_string());
            let pick =
                self.prompter
                    .select("Did one of these answer it?", &items, items.len() - 1)?;
            if pick < hits.len() {
                let entry = &self.faq.entries[hits[pick]];
                let text = crate::commands::faq::show::render_entry(entry, 80);
                self.ui.status(&text);
                continue;
            }
            return Ok(pick == hits.len());
        }
    }

    fn ask_missing_fields(&mut self, t: &RequestType, draft: &mut Draft) -> Step<()> {
        let fields: Vec<FieldSpec> = self.catalogue.fields_of(t).cloned().collect();
        for spec in &fields {
            if !is_active(spec, &draft.fields) || draft.fields.contains_key(&spec.key) {
                continue;
            }
            self.ask_field(spec, draft)?;
        }
        Ok(())
    }

    /// Asks one field until the answer passes its checks (or an optional
    /// field is skipped), then saves the draft.
    fn ask_field(&mut self, spec: &FieldSpec, draft: &mut Draft) -> Step<()> {
        if !spec.help.is_empty() {
            self.ui.status(
                &console::style(format!("  {}", spec.help))
                    .dim()
                    .for_stderr()
                    .to_string(),
            );
        }
        loop {
            let raw = self.read_raw(spec, draft.fields.get(&spec.key))?;
            match check_answer(spec, &raw, &draft.fields, self.clock.today()) {
                Ok((Some(value), notices)) => {
                    for n in notices {
                        self.ui.warn(&n.message);
                    }
                    draft.fields.insert(spec.key.clone(), value);
                    break;
                }
                Ok((None, _)) if !spec.required => {
                    draft.fields.remove(&spec.key);
                    break;
                }
                Ok((None, _)) => self.ui.warn(&format!("\"{}\" is required", spec.label)),
                Err(p) => {
                    let example = p
                        .example
                        .map(|e| format!(" (e.g. {e})"))
                        .unwrap_or_default();
                    self.ui.warn(&format!("{}{example}; try again", p.message));
                }
            }
        }
        self.save(draft);
        Ok(())
    }

    /// Reads an answer in the form that suits the field's kind, as text the
    /// validator understands.
    fn read_raw(&mut self, spec: &FieldSpec, current: Option<&FieldValue>) -> Step<String> {
        let label = if spec.required {
            spec.label.clone()
        } else {
            format!("{} (optional)", spec.label)
        };
        match spec.kind {
            FieldKind::Choice | FieldKind::YesNo => {
                let mut items = spec.effective_choices();
                if !spec.required {
                    items.push("(skip)".into());
                }
                // Start on the current answer or the field's default; otherwise on
                // "(skip)" for optional fields and "no" for yes/no questions, so
                // pressing Enter never claims something the requester did not say.
                let fallback = if spec.required {
                    items.iter().position(|i| i == "no").unwrap_or(0)
                } else {
                    items.len() - 1
                };
                let default = current
                    .and_then(|v| items.iter().position(|i| v.matches(i)))
                    .or_else(|| {
                        spec.default
                            .as_ref()
                            .and_then(|d| items.iter().position(|i| i == d))
                    })
                    .unwrap_or(fallback);
                let i = self.prompter.select(&label, &items, default)?;
                Ok(if items[i] == "(skip)" {
                    String::new()
                } else {
                    items[i].clone()
                })
            }
            FieldKind::MultiChoice => {
                let items = spec.effective_choices();
                let checked: Vec<bool> = items
                    .iter()
                    .map(|i| current.is_some_and(|v| v.matches(i)))
                    .collect();
                let picked = self.prompter.multi_select(&label, &items, &checked)?;
                Ok(picked
                    .iter()
                    .map(|&i| items[i].clone())
                    .collect::<Vec<_>>()
                    .join(","))
            }
            FieldKind::Multiline => {
                let initial = current.map(FieldValue::as_text).unwrap_or_default();
                self.prompter.multiline(&label, &initial)
            }
            _ => {
                let initial = current.map(FieldValue::as_text).unwrap_or_default();
                self.prompter.input(&label, &initial)
            }
        }
    }

    /// Offers to comment on an open request that looks the same instead of
    /// filing a duplicate. Returns the request to comment on, if chosen.
    fn check_similar(&mut self, t: &RequestType, draft: &Draft) -> Step<Option<u64>> {
        let similar = similar_requests(
            t,
            draft.summary.as_deref().unwrap_or(""),
            &draft.fields,
            self.open_requests,
        );
        if similar.is_empty() {
            return Ok(None);
        }
        self.ui.status("These open requests look similar:");
        for r in &similar {
            self.ui.status(&format!(
                "  #{} {} ({})",
                r.number,
                sanitize_line(&r.title),
                r.status.title()
            ));
        }
        let mut items = vec!["File my request anyway".to_string()];
        items.extend(
            similar
                .iter()
                .map(|r| format!("Add my details as a comment on #{} instead", r.number)),
        );
        let pick = self.prompter.select("File a new request?", &items, 0)?;
        Ok((pick > 0).then(|| similar[pick - 1].number))
    }

    fn preview(&mut self, t: &RequestType, draft: &Draft) {
        let request = Request::from_draft(draft).expect("the type is chosen before the preview");
        let labels = self.labels.for_new_request(t, request.production_impact());
        self.ui.status(
            &console::style("── Preview ──")
                .bold()
                .for_stderr()
                .to_string(),
        );
        self.ui.status(&format!(
            "title:  {}",
            sanitize_line(&render_title(t, &request))
        ));
        self.ui.status(&format!("labels: {}", labels.join(", ")));
        self.ui
            .status(&sanitize_text(&render(self.catalogue, t, &request)));
    }

    fn edit_answer(&mut self, t: &RequestType, draft: &mut Draft) -> Step<()> {
        let mut keys: Vec<Option<FieldSpec>> = vec![None];
        let mut items = vec![format!(
            "Summary: {}",
            draft.summary.clone().unwrap_or_default()
        )];
        for spec in self.catalogue.fields_of(t) {
            if is_active(spec, &draft.fields) {
                let value = draft
                    .fields
                    .get(&spec.key)
                    .map(FieldValue::as_text)
                    .unwrap_or_else(|| "—".into());
                items.push(format!("{}: {}", spec.label, shorten(&value, 50)));
                keys.push(Some(spec.clone()));
            }
        }
        let pick = self.prompter.select("Which answer?", &items, 0)?;
        match &keys[pick] {
            None => {
                draft.summary = None;
                self.ask_summary(t, draft)?;
            }
            Some(spec) => {
                self.ask_field(spec, draft)?;
                // Answers that no longer apply go; questions that now apply are asked.
                drop_inactive(self.catalogue, t, &mut draft.fields);
                self.ask_missing_fields(t, draft)?;
            }
        }
        self.save(draft);
        Ok(())
    }
}

fn shorten(text: &str, max: usize) -> String {
    let one_line = sanitize_line(text);
    if one_line.chars().count() <= max {
        one_line
    } else {
        format!("{}…", one_line.chars().take(max - 1).collect::<String>())
    }
}

#[cfg(test)]
mod tests;
