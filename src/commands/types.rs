//! `idreq types`: the request types and their fields, for people and scripts.

use clap::Args;
use serde::Serialize;

use crate::app::error::CliResult;
use crate::app::Context;
use crate::request::catalogue::Condition;
use crate::request::{Catalogue, FieldKind, RequestType};

/// List the request types and their fields.
#[derive(Debug, Clone, Args)]
pub struct TypesArgs {
    /// Only this type
    #[arg(value_name = "TYPE")]
    pub type_key: Option<String>,
}

#[derive(Serialize)]
struct TypeJson<'a> {
    key: &'a str,
    name: &'a str,
    description: &'a str,
    label: String,
    first_response: String,
    filed: bool,
    faq_tags: &'a [String],
    fields: Vec<FieldJson<'a>>,
}

#[derive(Serialize)]
struct FieldJson<'a> {
    key: &'a str,
    label: &'a str,
    help: &'a str,
    kind: FieldKind,
    required: bool,
    choices: Vec<String>,
    when: Option<&'a Condition>,
}

fn to_json<'a>(catalogue: &'a Catalogue, t: &'a RequestType) -> TypeJson<'a> {
    TypeJson {
        key: &t.key,
        name: &t.name,
        description: &t.description,
        label: t.label(),
        first_response: t.first_response.to_string(),
        filed: t.filed,
        faq_tags: &t.faq_tags,
        fields: if t.filed {
            catalogue
                .fields_of(t)
                .map(|f| FieldJson {
                    key: &f.key,
                    label: &f.label,
                    help: &f.help,
                    kind: f.kind,
                    required: f.required,
                    choices: f.effective_choices(),
                    when: f.when.as_ref(),
                })
                .collect()
        } else {
            Vec::new()
        },
    }
}

/// Runs `idreq types`.
pub fn cmd_types(ctx: &mut Context, args: &TypesArgs) -> CliResult {
    if let Some(k) = &args.type_key {
        crate::commands::check_type_key(ctx, k)?;
    }
    let catalogue = ctx.catalogue()?.clone();
    let types: Vec<&RequestType> = catalogue
        .types
        .iter()
        .filter(|t| {
            args.type_key
                .as_ref()
                .is_none_or(|k| catalogue.get(k).is_some_and(|x| x.key == t.key))
        })
        .collect();
    if ctx.ui.json {
        let json: Vec<TypeJson> = types.iter().map(|t| to_json(&catalogue, t)).collect();
        return ctx.ui.json(&json).map_err(Into::into);
    }
    let mut out = Vec::new();
    for t in types {
        out.push(format!(
            "{} — {}: {} (first response within {})",
            console::style(&t.key).bold(),
            t.name,
            t.description,
            t.first_response
        ));
        if !t.filed {
            out.push(
                "    not filed by idreq: `idreq new --type other` says where it goes".to_string(),
            );
        } else {
            for f in catalogue.fields_of(t) {
                out.push(format!("    {}", describe_field(f)));
            }
        }
        out.push(String::new());
    }
    ctx.ui.data(out.join("\n").trim_end());
    Ok(())
}

fn describe_field(f: &crate::request::FieldSpec) -> String {
    let kind = match f.kind {
        FieldKind::Choice | FieldKind::MultiChoice => {
            let sep = if f.kind == FieldKind::MultiChoice {
                " | (several, comma-separated)"
            } else {
                ""
            };
            format!("one of: {}{sep}", f.choices.join(" | "))
        }
        FieldKind::YesNo => "yes | no".into(),
        other => format!("{other:?}").to_lowercase(),
    };
    let req = if f.required { "required" } else { "optional" };
    let when = f
        .when
        .as_ref()
        .map(|c| format!(", when {} = {}", c.field, c.describe_values()))
        .unwrap_or_default();
    format!("{:<22} {} [{req}{when}; {kind}]", f.key, f.label)
}
