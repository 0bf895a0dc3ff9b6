//! `idreq new`: file a request, from flags or guided in a terminal.

pub mod intake;

use std::collections::BTreeMap;
use std::io::Read;

use clap::Args;
use serde::Serialize;

use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::commands::new::intake::{Intake, Outcome};
use crate::request::body::{render, render_title};
use crate::request::draft::Draft;
use crate::request::validate::{check_summary, validate_request, Notice, Problem, SUMMARY_KEY};
use crate::request::{Catalogue, FieldKind, Request, RequestType};
use crate::tracker::{NewIssue, Tracker, TrackerKind};
use crate::ui::prompter::{DialoguerPrompter, PromptError};
use crate::ui::sanitize::sanitize_line;
use crate::workflow::tracked::TrackedRequest;

/// File a request.
#[derive(Debug, Clone, Default, Args)]
pub struct NewArgs {
    /// Request type: pr-review, data-pull, mock-auth, other (see `idreq types`)
    #[arg(long = "type", short = 't', value_name = "TYPE")]
    pub type_key: Option<String>,
    /// One-line summary; becomes the issue title
    #[arg(long, short = 's', value_name = "TEXT")]
    pub title: Option<String>,
    /// An answer as KEY=VALUE; KEY=@FILE reads a file, KEY=@- stdin; repeat for each field
    #[arg(long = "field", short = 'f', value_name = "KEY=VALUE")]
    pub fields: Vec<String>,
    /// File without asking for confirmation
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Print the title, labels and body that would be filed, and file nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Continue a saved draft (the newest one when ID is left out)
    #[arg(long, value_name = "ID", num_args = 0..=1, default_missing_value = "")]
    pub resume: Option<String>,
}

/// What `--dry-run --json` prints.
#[derive(Serialize)]
struct Preview<'a> {
    title: String,
    labels: Vec<String>,
    body: String,
    request: &'a Request,
}

/// What `--json` prints for the `other` type.
#[derive(Serialize)]
struct NotFiled<'a> {
    filed: bool,
    #[serde(rename = "type")]
    type_key: &'a str,
    redirect: &'a str,
}

/// Runs `idreq new`.
pub async fn cmd_new(ctx: &mut Context, args: &NewArgs) -> CliResult {
    let mut draft = start_draft(ctx, args)?;
    apply_flags(ctx, args, &mut draft)?;
    if ctx.ui.term.interactive {
        return run_interactive(ctx, &mut draft, args).await;
    }
    let request = complete_from_flags(ctx, &mut draft)?;
    let Some(request) = request else {
        return Ok(());
    };
    draft_from_request(&mut draft, &request);
    submit(ctx, &mut draft, args.dry_run).await
}

/// Starts a fresh draft, or loads the one named by `--resume`.
fn start_draft(ctx: &mut Context, args: &NewArgs) -> CliResult<Draft> {
    let now = ctx.clock.now().to_rfc3339();
    let Some(wanted) = &args.resume else {
        return Ok(Draft::new(&now));
    };
    let store = ctx.drafts();
    let io = |e: std::io::Error| {
        CliError::failure(format!(
            "cannot read drafts in {}: {e}",
            store.dir().display()
        ))
    };
    let matches = store.find(wanted).map_err(io)?;
    match matches.as_slice() {
        [one] => Ok(one.clone()),
        [] if wanted.is_empty() => {
            Err(CliError::usage("there is no draft to resume").hint("start one with `idreq new`"))
        }
        [] => Err(CliError::usage(format!("no draft has the id `{wanted}`"))
            .hint("`idreq drafts list` shows the saved drafts")),
        [newest, ..] if wanted.is_empty() => Ok(newest.clone()),
        several => Err(
            CliError::usage(format!("`{wanted}` matches {} drafts", several.len()))
                .hint("give more of the id; `idreq drafts list` shows them"),
        ),
    }
}

/// Copies `--type`, `--title` and `--field` into the draft (flags win over
/// what a resumed draft held).
fn apply_flags(ctx: &mut Context, args: &NewArgs, draft: &mut Draft) -> CliResult {
    if let Some(t) = &args.type_key {
        let catalogue = ctx.catalogue()?;
        let found = catalogue.get(t).ok_or_else(|| unknown_type(catalogue, t))?;
        draft.type_key = Some(found.key.clone());
    }
    if let Some(title) = &args.title {
        draft.summary = Some(title.clone());
    }
    let raw = parse_field_flags(&args.fields, ctx.ui.term.stdin_tty)?;
    if raw.is_empty() {
        return Ok(());
    }
    let type_key = draft.type_key.clone().ok_or_else(|| {
        CliError::usage("--field needs --type, so idreq knows which fields exist")
            .hint("e.g. idreq new --type pr-review --field pr_url=...")
    })?;
    let catalogue = ctx.catalogue()?.clone();
    let t = catalogue.get(&type_key).expect("type checked above");
    let raw = join_repeated(t, &catalogue, raw)?;
    let checked = validate_request(
        &catalogue,
        t,
        &merge_raw(&draft.fields, &raw),
        ctx.clock.today(),
    );
    let bad: Vec<&Problem> = checked
        .problems
        .iter()
        .filter(|p| !p.missing && (raw.contains_key(&p.field) || p.label == "unknown field"))
        .collect();
    if !bad.is_empty() {
        return Err(problems_error("some answers are not valid", &bad));
    }
    draft.fields = checked.fields;
    Ok(())
}

fn merge_raw(
    existing: &BTreeMap<String, crate::request::FieldValue>,
    raw: &BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    let mut merged: BTreeMap<String, String> = existing
        .iter()
        .map(|(k, v)| (k.clone(), v.as_text()))
        .collect();
    merged.extend(raw.clone());
    merged
}

/// Reads `KEY=VALUE` flags. Repeating a key collects a list (for multi-choice
/// fields); `@path` reads a file and `@-` standard input.
pub fn parse_field_flags(
    flags: &[String],
    stdin_is_tty: bool,
) -> CliResult<BTreeMap<String, Vec<String>>> {
    let mut raw: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut stdin_used = false;
    for flag in flags {
        let (key, value) = flag.split_once('=').ok_or_else(|| {
            CliError::usage(format!("--field `{flag}` is not KEY=VALUE")).hint("e.g. --field pr_url=https://github.com/department-of-veterans-affairs/vets-api/pull/1")
        })?;
        let key = key.trim().to_string();
        let value = match value.strip_prefix('@') {
            Some("-") => {
                if stdin_is_tty || stdin_used {
                    return Err(CliError::usage(format!("--field {key}=@- needs text piped on standard input (only one field can use it)")));
                }
                stdin_used = true;
                let mut text = String::new();
                std::io::stdin().read_to_string(&mut text).map_err(|e| {
                    CliError::usage(format!("cannot read standard input for `{key}`: {e}"))
                })?;
                text
            }
            Some(escaped) if escaped.starts_with('@') => escaped.to_string(),
            Some(path) => read_field_file(&key, path)?,
            None => value.to_string(),
        };
        raw.entry(key).or_default().push(value);
    }
    Ok(raw)
}

/// Joins repeated `--field` values: a list for multi-choice fields, an
/// error for any other field (which takes one answer).
fn join_repeated(
    t: &RequestType,
    catalogue: &Catalogue,
    raw: BTreeMap<String, Vec<String>>,
) -> CliResult<BTreeMap<String, String>> {
    let mut joined = BTreeMap::new();
    for (key, values) in raw {
        let multi = catalogue
            .fields_of(t)
            .any(|f| f.key == key && f.kind == FieldKind::MultiChoice);
        if values.len() > 1 && !multi {
            return Err(CliError::usage(format!(
                "--field {key} is given {} times, but it takes one answer",
                values.len()
            ))
            .hint("only multi-choice fields take several values (see `idreq types`)"));
        }
        joined.insert(key, values.join(","));
    }
    Ok(joined)
}

/// Reads `--field key=@path`. A value like `@jdoe` that names no file is
/// kept as typed (Slack handles start with `@`); `@@x` always means `@x`.
fn read_field_file(key: &str, path: &str) -> CliResult<String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && looks_like_handle(path) => {
            Ok(format!("@{path}"))
        }
        Err(e) => Err(
            CliError::usage(format!("cannot read {path} for --field {key}: {e}")).hint(format!(
                "to pass a value starting with @, double it: --field {key}=@@{path}"
            )),
        ),
    }
}

fn looks_like_handle(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        && !text.contains("..")
        && !text.ends_with(".md")
        && !text.ends_with(".txt")
}

/// Without a terminal: everything must be in the flags. Returns `None` when
/// nothing is to be filed (the `other` type).
fn complete_from_flags(ctx: &mut Context, draft: &mut Draft) -> CliResult<Option<Request>> {
    let catalogue = ctx.catalogue()?.clone();
    let Some(type_key) = draft.type_key.clone() else {
        return Err(CliError::usage("missing --type (there is no terminal to ask in)")
            .detail(format!("request types: {}", catalogue.keys().join(", ")))
            .hint("e.g. idreq new --type pr-review --title \"...\" --field key=value ...; `idreq types` lists every field"));
    };
    let t = catalogue.get(&type_key).expect("checked when applied");
    if !t.filed {
        print_redirect(ctx, t)?;
        return Ok(None);
    }
    let today = ctx.clock.today();
    let raw: BTreeMap<String, String> = draft
        .fields
        .iter()
        .map(|(k, v)| (k.clone(), v.as_text()))
        .collect();
    let checked = validate_request(&catalogue, t, &raw, today);
    let mut problems = checked.problems;
    let summary = match check_summary(t, draft.summary.as_deref().unwrap_or("")) {
        Ok(s) => Some(s),
        Err(p) => {
            problems.insert(0, p);
            None
        }
    };
    if !problems.is_empty() {
        save_draft_quietly(ctx, draft);
        let refs: Vec<&Problem> = problems.iter().collect();
        let headline = if problems.iter().all(|p| p.missing) {
            "missing required answers (there is no terminal to ask in)"
        } else {
            "the request is not complete"
        };
        return Err(problems_error(headline, &refs).hint(format!(
            "nothing was filed; your answers are kept as draft {} (`idreq new --resume {}` continues it)",
            draft.id, draft.id
        )));
    }
    print_notices(ctx, &checked.notices);
    Ok(Some(Request {
        type_key: t.key.clone(),
        summary: summary.expect("no problems"),
        fields: checked.fields,
        request_id: draft.id.clone(),
        faq_shown: draft.faq_shown.clone(),
    }))
}

fn draft_from_request(draft: &mut Draft, request: &Request) {
    draft.type_key = Some(request.type_key.clone());
    draft.summary = Some(request.summary.clone());
    draft.fields = request.fields.clone();
}

/// Builds one error listing every problem, each as the flag that fixes it.
pub fn problems_error(headline: &str, problems: &[&Problem]) -> CliError {
    let mut err = CliError::usage(headline);
    for p in problems {
        let flag = if p.field == SUMMARY_KEY {
            "--title \"...\"".to_string()
        } else {
            format!("--field {}=...", p.field)
        };
        let example = p
            .example
            .as_ref()
            .map(|e| format!(" (e.g. {e})"))
            .unwrap_or_default();
        err = err.detail(format!("{flag}  {}: {}{example}", p.label, p.message));
    }
    err
}

fn print_notices(ctx: &mut Context, notices: &[Notice]) {
    for n in notices {
        ctx.ui.warn(&format!("{} (field `{}`)", n.message, n.field));
    }
}

/// Explains where requests of an unfiled type go.
pub fn print_redirect(ctx: &mut Context, t: &RequestType) -> CliResult {
    let redirect = t.redirect.as_deref().unwrap_or("");
    if ctx.ui.json {
        return ctx.ui.json(&NotFiled {
            filed: false,
            type_key: &t.key,
            redirect,
        });
    }
    ctx.ui.data(redirect.trim_end());
    ctx.ui.status("Nothing was filed.");
    Ok(())
}

fn unknown_type(catalogue: &Catalogue, wanted: &str) -> CliError {
    let nearest = catalogue
        .keys()
        .into_iter()
        .min_by_key(|k| strsim::damerau_levenshtein(k, wanted))
        .filter(|k| strsim::damerau_levenshtein(k, wanted) <= 3);
    let mut err = CliError::usage(format!("`{wanted}` is not a request type"))
        .detail(format!("request types: {}", catalogue.keys().join(", ")));
    if let Some(k) = nearest {
        err = err.hint(format!("did you mean `--type {k}`?"));
    }
    err
}

fn save_draft_quietly(ctx: &mut Context, draft: &mut Draft) {
    draft.updated_at = ctx.clock.now().to_rfc3339();
    if let Err(e) = ctx.drafts().save(draft) {
        ctx.ui.warn(&format!("could not save the draft: {e}"));
    }
}

/// Files the draft's request (or previews it with `--dry-run`). The draft is
/// deleted only once the tracker confirms the issue exists.
async fn submit(ctx: &mut Context, draft: &mut Draft, dry_run: bool) -> CliResult {
    let catalogue = ctx.catalogue()?.clone();
    let request = request_of(draft)?;
    let t = catalogue.get(&request.type_key).expect("validated type");
    let title = render_title(t, &request);
    let body = render(&catalogue, t, &request);
    let labels = ctx.config.config.labels.for_new_request(
        t,
        request
            .fields
            .get("prod_impact")
            .is_some_and(|v| v.matches("yes")),
    );
    if dry_run {
        return print_preview(ctx, title, labels, body, &request);
    }
    save_draft_quietly(ctx, draft);
    let tracker = ctx.tracker().await?;
    let new_issue = NewIssue {
        title,
        body,
        labels: labels.clone(),
        assignees: Vec::new(),
        request_id: request.request_id.clone(),
    };
    let created = match file_once(&tracker, &new_issue, draft.last_error.is_some()).await {
        Ok(issue) => issue,
        Err(e) => {
            draft.last_error = Some(e.to_string());
            save_draft_quietly(ctx, draft);
            return Err(CliError::from(e).hint(format!(
                "nothing you typed is lost: `idreq new --resume {}` tries again (it will not file a second copy)",
                draft.id
            )));
        }
    };
    ctx.drafts().discard(&draft.id).ok();
    report_filed(ctx, &tracker, &created, &labels, &catalogue)
}

fn request_of(draft: &Draft) -> CliResult<Request> {
    Ok(Request {
        type_key: draft
            .type_key
            .clone()
            .ok_or_else(|| CliError::usage("the draft has no request type"))?,
        summary: draft.summary.clone().unwrap_or_default(),
        fields: draft.fields.clone(),
        request_id: draft.id.clone(),
        faq_shown: draft.faq_shown.clone(),
    })
}

/// Creates the issue, unless an earlier attempt that may have landed did.
async fn file_once(
    tracker: &impl Tracker,
    issue: &NewIssue,
    earlier_attempt_failed: bool,
) -> Result<crate::tracker::Issue, crate::tracker::TrackerError> {
    if earlier_attempt_failed {
        if let Some(existing) = tracker.find_request(&issue.request_id).await? {
            return Ok(existing);
        }
    }
    tracker.create(issue).await
}

fn print_preview(
    ctx: &mut Context,
    title: String,
    labels: Vec<String>,
    body: String,
    request: &Request,
) -> CliResult {
    if ctx.ui.json {
        return ctx.ui.json(&Preview {
            title,
            labels,
            body,
            request,
        });
    }
    ctx.ui.data(&format!("title: {title}"));
    ctx.ui.data(&format!("labels: {}", labels.join(", ")));
    ctx.ui.data("body:");
    ctx.ui.data(&body);
    ctx.ui.status("Dry run: nothing was filed.");
    Ok(())
}

fn report_filed(
    ctx: &mut Context,
    tracker: &impl Tracker,
    created: &crate::tracker::Issue,
    wanted_labels: &[String],
    catalogue: &Catalogue,
) -> CliResult {
    let info = tracker.info();
    let view = TrackedRequest::from_issue(created, catalogue, &ctx.config.config.labels);
    let dropped: Vec<&String> = wanted_labels
        .iter()
        .filter(|l| !created.labels.contains(l))
        .collect();
    if ctx.ui.json {
        ctx.ui.json(&view)?;
    } else {
        let shown = match &created.url {
            Some(url) => sanitize_line(url),
            None => format!("#{}", created.number),
        };
        ctx.ui.data(&shown);
    }
    ctx.ui
        .success(&format!("Filed request #{} in {info}", created.number));
    if !dropped.is_empty() {
        let names: Vec<&str> = dropped.iter().map(|s| s.as_str()).collect();
        ctx.ui.warn(&format!(
            "GitHub did not apply the labels {} (you have no triage rights on the repository); the Identity team will label it at triage",
            names.join(", ")
        ));
    }
    if !ctx.ui.json {
        if let Ok(next) = crate::commands::workflow::created_message(ctx, &view) {
            ctx.ui.status(&crate::ui::sanitize::sanitize_text(&next));
        }
    }
    if info.kind == TrackerKind::Local {
        ctx.ui.hint("this request is in the local tracker on this machine: the Identity team cannot see it. File with --tracker github to reach them.");
    }
    Ok(())
}

/// The guided flow in a terminal.
async fn run_interactive(ctx: &mut Context, draft: &mut Draft, args: &NewArgs) -> CliResult {
    let faq = crate::commands::faq::load_faq(ctx)?;
    let catalogue = ctx.catalogue()?.clone();
    let open = open_requests_for_duplicates(ctx).await;
    let store = ctx.drafts();
    let labels = ctx.config.config.labels.clone();
    crate::ui::interrupt::watch_draft(&draft.id);
    let outcome = {
        let mut prompter = DialoguerPrompter::new(ctx.env.editor.clone());
        Intake {
            catalogue: &catalogue,
            faq: &faq,
            labels: &labels,
            prompter: &mut prompter,
            store: &store,
            clock: ctx.clock,
            ui: &mut ctx.ui,
            open_requests: &open,
            skip_preview: args.yes,
        }
        .run(draft)
    };
    let kept = |draft: &Draft| {
        format!(
            "your answers are kept: `idreq new --resume {}` continues",
            draft.id
        )
    };
    match outcome {
        Ok(Outcome::Submit) => submit(ctx, draft, args.dry_run).await,
        Ok(Outcome::Answered) => {
            store.discard(&draft.id).ok();
            ctx.ui
                .success("Glad the FAQ answered it. Nothing was filed.");
            Ok(())
        }
        Ok(Outcome::NotFiled) => Ok(()),
        Ok(Outcome::SavedDraft) => {
            ctx.ui.success(&format!("Draft saved; {}", kept(draft)));
            Ok(())
        }
        Ok(Outcome::CommentOn(number)) => comment_instead(ctx, draft, number).await,
        Ok(Outcome::Cancelled) | Err(PromptError::Interrupted) => {
            Err(CliError::cancelled("cancelled").hint(kept(draft)))
        }
        Err(e) => Err(
            CliError::failure(format!("cannot ask in this terminal: {e}"))
                .hint(kept(draft))
                .hint("pass the answers as flags with --no-input (see `idreq types`)"),
        ),
    }
}

/// Open requests to compare with, for the "similar request" check. A
/// tracker that cannot be read must not stop the requester from typing.
async fn open_requests_for_duplicates(ctx: &mut Context) -> Vec<TrackedRequest> {
    let tracker = match ctx.tracker().await {
        Ok(t) => t,
        Err(_) => return Vec::new(),
    };
    crate::commands::load_requests(ctx, &tracker, crate::tracker::StateFilter::Open)
        .await
        .unwrap_or_default()
}

/// Posts the draft's answers as a comment on an existing request.
async fn comment_instead(ctx: &mut Context, draft: &mut Draft, number: u64) -> CliResult {
    let catalogue = ctx.catalogue()?.clone();
    let request = request_of(draft)?;
    let t = catalogue.get(&request.type_key).expect("validated type");
    let body = format!(
        "Another request for the same thing, filed with idreq:\n\n**{}**\n{}",
        request.summary,
        render(&catalogue, t, &request)
    );
    let tracker = ctx.tracker().await?;
    tracker.comment(number, &body).await.map_err(|e| {
        CliError::from(e).hint(format!(
            "your answers are kept: `idreq new --resume {}`",
            draft.id
        ))
    })?;
    ctx.drafts().discard(&draft.id).ok();
    ctx.ui
        .success(&format!("Added your details to request #{number}"));
    Ok(())
}
