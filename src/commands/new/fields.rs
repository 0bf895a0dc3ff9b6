//! `idreq new` from flags: `--field KEY=VALUE` (with `@file` and `@-`), the
//! check of every answer, and the errors that name the flag fixing each
//! problem.

use std::collections::BTreeMap;
use std::io::Read;

use super::print_redirect;
use super::submit::save_draft_quietly;
use crate::app::error::{CliError, CliResult};
use crate::app::Context;
use crate::commands::unknown_type;
use crate::request::draft::Draft;
use crate::request::validate::{
    check_request, validate_request, Notice, Problem, RawRequest, SUMMARY_KEY,
};
use crate::request::{Catalogue, FieldKind, FieldValue, Request, RequestType};

use super::NewArgs;

/// Copies `--type`, `--title` and `--field` into the draft (flags win over
/// what a resumed draft held).
pub(super) fn apply_flags(ctx: &mut Context, args: &NewArgs, draft: &mut Draft) -> CliResult {
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
    existing: &BTreeMap<String, FieldValue>,
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
pub(super) fn complete_from_flags(
    ctx: &mut Context,
    draft: &mut Draft,
) -> CliResult<Option<Request>> {
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
    let raw = RawRequest {
        type_key: t.key.clone(),
        summary: draft.summary.clone().unwrap_or_default(),
        answers: draft
            .fields
            .iter()
            .map(|(k, v)| (k.clone(), v.as_text()))
            .collect(),
        request_id: draft.id.clone(),
        faq_shown: draft.faq_shown.clone(),
    };
    match check_request(&catalogue, &raw, ctx.clock.today()) {
        Ok((request, notices)) => {
            print_notices(ctx, &notices);
            Ok(Some(request))
        }
        Err(problems) => {
            save_draft_quietly(ctx, draft);
            let refs: Vec<&Problem> = problems.iter().collect();
            let headline = if problems.iter().all(|p| p.missing) {
                "missing required answers (there is no terminal to ask in)"
            } else {
                "the request is not complete"
            };
            Err(problems_error(headline, &refs).hint(format!(
                "nothing was filed; your answers are kept as draft {} (`idreq new --resume {}` continues it)",
                draft.id, draft.id
            )))
        }
    }
}

pub(super) fn draft_from_request(draft: &mut Draft, request: &Request) {
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
