use super::*;
use crate::request::catalogue::Condition;

/// Asserts every Slack limit idreq knows of on a modal.
fn assert_within_limits(view: &Value) {
    let text_len = |v: &Value| v["text"].as_str().map_or(0, |s| s.chars().count());
    for k in ["title", "submit", "close"] {
        assert!(text_len(&view[k]) <= TITLE_MAX, "{k}: {}", view[k]);
    }
    assert!(text_len(&view["title"]) > 0);
    let blocks = view["blocks"].as_array().expect("blocks");
    assert!(blocks.len() <= VIEW_BLOCKS_MAX, "{} blocks", blocks.len());
    assert!(view["private_metadata"].as_str().map_or(0, str::len) <= METADATA_MAX);
    let has_input = blocks.iter().any(|b| b["type"] == "input");
    assert!(
        !has_input || view["submit"].is_object(),
        "inputs need a submit"
    );
    for b in blocks {
        assert!(b["block_id"].as_str().map_or(0, str::len) <= ID_MAX);
        assert!(text_len(&b["label"]) <= LABEL_MAX && text_len(&b["hint"]) <= LABEL_MAX);
        assert!(text_len(&b["text"]) <= TEXT_MAX);
        if b["type"] == "input" {
            assert!(text_len(&b["label"]) > 0);
        }
        let mut elements: Vec<&Value> = b["elements"].as_array().into_iter().flatten().collect();
        elements.extend(
            [&b["element"], &b["accessory"]]
                .into_iter()
                .filter(|e| e.is_object()),
        );
        for e in elements {
            assert_element_within_limits(e);
        }
    }
}

fn assert_element_within_limits(e: &Value) {
    if e["type"] == "mrkdwn" {
        return;
    }
    assert!(e["action_id"].as_str().map_or(0, str::len) <= ID_MAX);
    assert!(
        e["placeholder"]["text"]
            .as_str()
            .map_or(0, |s| s.chars().count())
            <= PLACEHOLDER_MAX
    );
    let opts = e["options"].as_array().cloned().unwrap_or_default();
    assert!(opts.len() <= OPTIONS_MAX);
    if e["type"] == "radio_buttons" || e["type"] == "checkboxes" {
        assert!(opts.len() <= 10);
    }
    for o in &opts {
        assert!(
            o["text"]["text"].as_str().unwrap().chars().count() <= 75,
            "{o}"
        );
        assert!(o["value"].as_str().unwrap().chars().count() <= 75, "{o}");
    }
    let max = e["max_length"].as_u64().unwrap_or(TEXT_MAX as u64);
    assert!(max <= TEXT_MAX as u64 && e["min_length"].as_u64().unwrap_or(0) <= max);
    let initial = e["initial_value"].as_str().map_or(0, |s| s.chars().count());
    assert!(initial as u64 <= max);
}

/// Answers that meet every condition of `t`.
fn answers_meeting_every_condition(
    catalogue: &Catalogue,
    t: &RequestType,
) -> BTreeMap<String, String> {
    catalogue
        .fields_of(t)
        .filter_map(|f| f.when.as_ref())
        .map(|w| (w.field.clone(), w.equals.clone()))
        .collect()
}

fn form_of(catalogue: &Catalogue, t: &RequestType, answers: &BTreeMap<String, String>) -> Value {
    form(
        catalogue,
        t,
        &FormState {
            answers,
            summary: "Sign-in fails on staging",
            channel: "C1",
            faq: &[],
            error: None,
        },
    )
}

fn block_ids(view: &Value) -> Vec<String> {
    view["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|b| b["block_id"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn every_bundled_type_makes_a_form_within_slacks_limits() {
    let catalogue = Catalogue::bundled();
    assert_within_limits(&picker(&catalogue, "C1"));
    for t in catalogue.types.iter().filter(|t| t.filed) {
        let none = BTreeMap::new();
        let all = answers_meeting_every_condition(&catalogue, t);
        for answers in [&none, &all] {
            let view = form_of(&catalogue, t, answers);
            assert_within_limits(&view);
            assert_eq!(view["callback_id"], FORM_CALLBACK);
            assert_eq!(
                Meta::decode(view["private_metadata"].as_str().unwrap())
                    .unwrap()
                    .type_key,
                t.key
            );
        }
        // With every condition met, every field of the type has an input.
        let ids = block_ids(&form_of(&catalogue, t, &all));
        for f in form_fields(&catalogue, t) {
            assert!(
                ids.contains(&f.block_id),
                "{}: {} missing",
                t.key,
                f.block_id
            );
        }
    }
}

#[test]
fn a_conditional_field_appears_only_when_its_condition_is_met() {
    let catalogue = Catalogue::bundled();
    let t = catalogue.get("pr-review").unwrap();
    let mut answers = BTreeMap::new();
    answers.insert("tested".to_string(), "no".to_string());
    let ids = block_ids(&form_of(&catalogue, t, &answers));
    assert!(!ids.contains(&"test_env".to_string()));
    answers.insert("tested".to_string(), "yes".to_string());
    let view = form_of(&catalogue, t, &answers);
    assert!(block_ids(&view).contains(&"test_env".to_string()));
    // The controlling question sends its answer as it changes; others do not.
    let tested = view["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["block_id"] == "tested")
        .unwrap();
    assert_eq!(tested["dispatch_action"], true);
    assert_eq!(tested["element"]["initial_option"]["value"], "yes");
    let pr_url = view["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["block_id"] == "pr_url")
        .unwrap();
    assert!(pr_url.get("dispatch_action").is_none());
}

#[test]
fn every_field_kind_maps_to_its_element_and_optional_fields_say_so() {
    let catalogue = Catalogue::bundled();
    let t = catalogue.get("pr-review").unwrap();
    let all = answers_meeting_every_condition(&catalogue, t);
    let view = form_of(&catalogue, t, &all);
    let blocks = view["blocks"].as_array().unwrap();
    for f in form_fields(&catalogue, t) {
        let b = blocks
            .iter()
            .find(|b| b["block_id"] == f.block_id.as_str())
            .unwrap();
        let want = match f.spec.kind {
            FieldKind::Text | FieldKind::Multiline | FieldKind::GithubUser => "plain_text_input",
            FieldKind::Url => "url_text_input",
            FieldKind::Date => "datepicker",
            FieldKind::YesNo => "radio_buttons",
            FieldKind::Choice => "static_select",
            FieldKind::MultiChoice => "multi_static_select",
        };
        assert_eq!(b["element"]["type"], want, "{}", f.spec.key);
        assert_eq!(b["optional"], !f.spec.required, "{}", f.spec.key);
        assert_eq!(
            b["element"]["multiline"] == true,
            f.spec.kind == FieldKind::Multiline
        );
    }
}

fn long_type(fields: usize) -> RequestType {
    let long = "Very long words ".repeat(300);
    let choices: Vec<String> = (0..150)
        .map(|i| format!("{i} {}", "choice text ".repeat(20)))
        .collect();
    let mut specs = Vec::new();
    for i in 0..fields {
        let kind = [
            FieldKind::Text,
            FieldKind::Multiline,
            FieldKind::Choice,
            FieldKind::MultiChoice,
            FieldKind::YesNo,
            FieldKind::Date,
            FieldKind::Url,
            FieldKind::GithubUser,
        ][i % 8];
        let is_choice = matches!(kind, FieldKind::Choice | FieldKind::MultiChoice);
        specs.push(FieldSpec {
            key: format!("f{i}_{}", "k".repeat(300)),
            label: long.clone(),
            help: long.clone(),
            kind,
            required: i % 2 == 0,
            choices: if is_choice {
                choices[..if i % 3 == 0 { 150 } else { 60 }].to_vec()
            } else {
                Vec::new()
            },
            min_len: Some(5000),
            max_len: Some(9000),
            pattern: None,
            example: Some(long.clone()),
            when: (i == 5).then(|| Condition {
                field: format!("f4_{}", "k".repeat(300)),
                equals: "yes".into(),
                or_equals: Vec::new(),
            }),
            default: None,
            allow: Default::default(),
            not_before: None,
            choice_notes: Default::default(),
            pii_scan: true,
        });
    }
    RequestType {
        key: format!("long-{}", "x".repeat(250)),
        name: "A request type with a very long name indeed".into(),
        description: long.clone(),
        label: None,
        first_response: crate::request::catalogue::ResponseTarget { business_hours: 8 },
        faq_tags: Vec::new(),
        filed: true,
        redirect: None,
        fields: specs,
    }
}

#[test]
fn long_catalogues_from_config_stay_within_slacks_limits() {
    for n in [16, 80, 120] {
        let catalogue = Catalogue {
            common: Catalogue::bundled().common,
            types: (0..120).map(|_| long_type(n)).collect(),
        };
        assert_within_limits(&picker(&catalogue, "C1"));
        let t = &catalogue.types[0];
        let mut answers = BTreeMap::new();
        for f in catalogue.fields_of(t) {
            answers.insert(
                f.key.clone(),
                f.effective_choices()
                    .first()
                    .cloned()
                    .unwrap_or_else(|| "y".repeat(5000)),
            );
        }
        assert_within_limits(&form_of(&catalogue, t, &answers));
        assert_within_limits(&filed(t, 1, Some("https://x/1"), &"t".repeat(5000)));
        assert_within_limits(&filing(t));
    }
}

#[test]
fn a_long_choice_round_trips_through_the_form() {
    let catalogue = Catalogue {
        common: Vec::new(),
        types: vec![long_type(4)],
    };
    let t = &catalogue.types[0];
    let fields = form_fields(&catalogue, t);
    let choice = &fields[2];
    assert!(
        choice.block_id.starts_with("#f"),
        "a 300-character key gets an index id"
    );
    let mut state = BTreeMap::new();
    state.insert(choice.block_id.clone(), "#1".to_string());
    let answers = answers_from_state(&catalogue, t, &state);
    assert_eq!(answers[&choice.spec.key], choice.spec.choices[1]);
}

#[test]
fn hostile_text_in_faq_suggestions_is_escaped() {
    let hit = FaqHit {
        slug: "s".into(),
        title: "<!channel> read me".into(),
        summary: "@here too".into(),
        snippet: String::new(),
        score: 1.0,
        confidence: crate::faq::confidence::Confidence::High,
        confidence_score: 1.0,
        types: Vec::new(),
        matched: Vec::new(),
        entry: 0,
    };
    let text = serde_json::to_string(&faq_blocks(&[hit])).unwrap();
    assert!(
        !text.contains("<!channel>") && !text.contains("@here"),
        "{text}"
    );
    assert!(text.contains(FAQ_ANSWERED_ACTION));
}
