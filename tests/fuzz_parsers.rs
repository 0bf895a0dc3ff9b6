//! Parsers never panic. Property tests over arbitrary text and over
//! mutations of valid inputs for the issue-body parser (and what reads an
//! issue as a request), the config loader, the request-type catalogue
//! loader, the FAQ front-matter parser and the terminal-safety filter.
//!
//! Case counts follow `PROPTEST_CASES` (256 by default; .ci/run runs them
//! with 2,000). Inputs that once
//! failed live in tests/fixtures/fuzz-regressions/<target>/ and are replayed
//! every run.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{NaiveDate, TimeZone, Utc};
use proptest::prelude::*;
use proptest::test_runner::Config;

use idreq::config;
use idreq::request::body::{decode, parse, render};
use idreq::request::catalogue::CatalogueFile;
use idreq::request::validate::validate_request;
use idreq::request::{Catalogue, Request, RequestId};
use idreq::support::sanitize::{sanitize_line, sanitize_text};
use idreq::tracker::{Issue, IssueState};
use idreq::workflow::labels::LabelScheme;
use idreq::workflow::tracked::TrackedRequest;

const BUNDLED_TYPES: &str = include_str!("../src/request/request_types.toml");
const FAQ_SEED: &str = include_str!("../faq/after-you-submit.md");

/// A config that sets every section, so mutations reach every part.
const CONFIG_SEED: &str = r#"tracker = "github"
repo = "department-of-veterans-affairs/va.gov-team"
user = "jdoe"

[github]
api_url = "https://ghe.example/api/v3"
connect_timeout_secs = 10
read_timeout_secs = 30

[faq]
dirs = ["/tmp/faq"]

[labels]
base = "identity-request"

[estimates]
S = 1.0
M = 3.0
L = 5.0
XL = 10.0

[business_time]
day_start_hour = 14
day_end_hour = 22
holidays = ["2026-12-25", "2027-01-01"]

[ranking]
production_impact = 100.0
waiting = -200.0

[replies]
accepted = "Thanks {requester}, we have it."

[[type]]
key = "sis-onboarding"
name = "SiS onboarding"
description = "Start a Sign-in Service integration"
first_response = "2 business days"
faq_tags = ["sis"]

[[type.field]]
key = "app_name"
label = "Which application?"
kind = "choice"
choices = ["a", "b"]
required = true

[[type.field]]
key = "when"
label = "When?"
kind = "date"
allow = "future"
when = { field = "app_name", equals = "a" }

[[type.field]]
key = "code"
label = "Code"
kind = "text"
pattern = "^[A-Z]{3}$"
example = "ABC"
min_len = 3
max_len = 3
"#;

fn config() -> Config {
    Config {
        failure_persistence: None,
        ..Config::default()
    }
}

// ---------------------------------------------------------------- targets

/// The bundled catalogue, parsed once.
fn bundled() -> &'static Catalogue {
    static CATALOGUE: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
    CATALOGUE.get_or_init(Catalogue::bundled)
}

/// Reads `body` every way idreq reads an issue body.
pub fn check_body(body: &str) {
    let catalogue = bundled();
    let parsed = parse(body);
    for s in &parsed.sections {
        let _ = parsed.section(s.label);
    }
    let mut labels: Vec<String> = body.lines().take(8).map(str::to_string).collect();
    labels.extend(
        [
            "identity-request",
            "type: pr-review",
            "status: triaged",
            "priority: P1",
            "target: 2026-02-30",
            "snoozed-until: 9999-99-99",
        ]
        .map(String::from),
    );
    let fallback = RequestId::parse("issue-1").expect("id");
    let title = body.lines().next().unwrap_or("");
    let _ = decode(catalogue, title, body, &labels, fallback);
    let t = Utc.with_ymd_and_hms(2026, 11, 30, 15, 0, 0).unwrap();
    let issue = Issue {
        number: 1,
        title: title.to_string(),
        body: body.to_string(),
        labels,
        assignees: vec![body.chars().take(40).collect()],
        author: "someone".into(),
        state: IssueState::Open,
        state_reason: None,
        created_at: t,
        updated_at: t,
        closed_at: None,
        url: None,
    };
    let r = TrackedRequest::from_issue(&issue, catalogue, &LabelScheme::default());
    let _ = serde_json::to_string(&r).expect("serializes");
    let _ = idreq::triage::rank_input(&r, catalogue);
}

/// Loads `text` as a config file, then uses what it says.
pub fn check_config(text: &str) {
    let Ok(cfg) = config::parse(text, Path::new("fuzz.toml")) else {
        return;
    };
    let cal = idreq::triage::calendar(&cfg);
    let a = Utc.with_ymd_and_hms(2026, 11, 27, 9, 30, 0).unwrap();
    let b = Utc.with_ymd_and_hms(2026, 12, 8, 23, 59, 59).unwrap();
    let _ = cal.business_hours_between(a, b);
    let _ = cal.business_days_between(a.date_naive(), b.date_naive());
    let _ = cal.add_business_hours(a, 17.5);
    let _ = toml::to_string(&cfg);
    if let Ok(catalogue) = bundled().clone().with_overrides(cfg.types.clone()) {
        exercise_catalogue(&catalogue);
    }
}

/// Loads `text` as `[[type]]` tables over the bundled catalogue.
pub fn check_catalogue(text: &str) {
    let Ok(file) = toml::from_str::<CatalogueFile>(text) else {
        return;
    };
    if let Ok(catalogue) = bundled().clone().with_overrides(file.types) {
        exercise_catalogue(&catalogue);
    }
}

/// Validates, renders and reads back a request of every type.
fn exercise_catalogue(catalogue: &Catalogue) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    for t in &catalogue.types {
        let mut raw = BTreeMap::new();
        for spec in catalogue.fields_of(t) {
            let value = spec
                .effective_choices()
                .first()
                .cloned()
                .or_else(|| spec.example.clone())
                .unwrap_or_else(|| "2026-12-10".to_string());
            raw.insert(spec.key.clone(), value);
        }
        let checked = validate_request(catalogue, t, &raw, today);
        let request = Request {
            type_key: t.key.clone(),
            summary: "Fuzzed request summary".into(),
            fields: checked.fields,
            request_id: RequestId::parse("fuzz1").unwrap(),
            faq_shown: Vec::new(),
        };
        let body = render(catalogue, t, &request);
        let title = idreq::request::body::render_title(t, &request);
        let fallback = RequestId::parse("issue-1").unwrap();
        let _ = decode(catalogue, &title, &body, &[t.label()], fallback);
        let _ = validate_request(catalogue, t, &BTreeMap::new(), today);
    }
}

/// Reads `text` as an FAQ entry, and renders its answer for a terminal.
pub fn check_faq(text: &str) {
    if let Ok((_, body)) = idreq::faq::markdown::parse_entry(text) {
        let _ = idreq::ui::markdown::render(&body, 80);
    }
}

/// The terminal-safety filter removes every control that could act on a terminal.
pub fn check_sanitize(text: &str) {
    for out in [sanitize_text(text), sanitize_line(text)] {
        for c in out.chars() {
            assert!(
                c == '\n' || c == '\t' || !c.is_control(),
                "U+{:04X} survived in {out:?}",
                c as u32
            );
            assert!(
                !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'),
                "bidi control survived in {out:?}"
            );
        }
    }
    assert!(!sanitize_line(text).contains('\n'));
    let _ = idreq::ui::markdown::render(text, 60);
}

// ------------------------------------------------------------- strategies

/// Pieces of syntax the parsers care about.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("### ".to_string()),
        Just("```text\n".to_string()),
        Just("````text".to_string()),
        Just("```".to_string()),
        Just("<!-- idreq v=1 type=pr-review id=abc -->".to_string()),
        Just("<!-- idreq v=9 type= id= -->".to_string()),
        Just("_No response_".to_string()),
        Just("- ".to_string()),
        Just("+++".to_string()),
        Just("+++\n".to_string()),
        Just("=".to_string()),
        Just("\"".to_string()),
        Just("\"\"\"".to_string()),
        Just("'''".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        Just("[[type]]\n".to_string()),
        Just("[[type.field]]\n".to_string()),
        Just("{ field = \"x\", equals = \"y\" }".to_string()),
        Just("key = \"pr-review\"\n".to_string()),
        Just("kind = \"multi_choice\"\n".to_string()),
        Just("pattern = \"(\"\n".to_string()),
        Just("not_before = \"missing\"\n".to_string()),
        Just("first_response = \"0 business days\"\n".to_string()),
        Just("first_response = \"99999999999 business days\"\n".to_string()),
        Just("day_start_hour = 4294967295\n".to_string()),
        Just("1e999".to_string()),
        Just("-0".to_string()),
        Just("9999-99-99".to_string()),
        Just("2026-02-30".to_string()),
        Just("\u{feff}".to_string()),
        Just("\u{1b}[31m".to_string()),
        Just("\u{1b}]8;;x\u{7}".to_string()),
        Just("\u{9b}".to_string()),
        Just("é".to_string()),
        Just("🦀".to_string()),
        "[a-z_]{1,10}",
        "-?[0-9]{1,20}",
        any::<String>().prop_map(|s| s.chars().take(12).collect()),
    ]
}

/// Text made mostly of syntax pieces.
fn structured() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..40).prop_map(|v| v.concat())
}

fn boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `seed` with a few random edits: inserts, deletions, truncation,
/// duplicated or dropped lines.
fn mutated(seed: &'static str) -> impl Strategy<Value = String> {
    prop::collection::vec(
        (any::<prop::sample::Index>(), 0u8..6, fragment(), 1usize..40),
        1..8,
    )
    .prop_map(move |ops| {
        let mut s = seed.to_string();
        for (idx, kind, frag, len) in ops {
            let pos = boundary(&s, idx.index(s.len() + 1));
            match kind {
                0 => s.insert_str(pos, &frag),
                1 => {
                    let end = boundary(&s, pos + len);
                    s.replace_range(pos..end, "");
                }
                2 => s.truncate(pos),
                3 => {
                    let start = s[..pos].rfind('\n').map_or(0, |i| i + 1);
                    let end = s[pos..].find('\n').map_or(s.len(), |i| pos + i + 1);
                    let line = s[start..end].to_string();
                    s.insert_str(start, &line);
                }
                4 => {
                    let start = s[..pos].rfind('\n').map_or(0, |i| i + 1);
                    let end = s[pos..].find('\n').map_or(s.len(), |i| pos + i + 1);
                    s.replace_range(start..end, "");
                }
                _ => {
                    let end = boundary(&s, pos + len.min(4));
                    s.replace_range(pos..end, &frag);
                }
            }
        }
        s
    })
}

/// A valid body of idreq's own format, to mutate.
fn body_seed() -> &'static str {
    static SEED: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SEED.get_or_init(|| {
        let catalogue = Catalogue::bundled();
        let t = catalogue.get("pr-review").unwrap();
        let mut raw = BTreeMap::new();
        for (k, v) in [
            ("requester_name", "Jane Doe"),
            ("team_name", "Claims"),
            ("contact", "@jdoe"),
            ("prod_impact", "no"),
            (
                "details",
                "### not a heading\n```text\nfenced\n```\n<!-- x -->",
            ),
            ("pr_url", "https://github.com/o/r/pull/1"),
            ("tested", "yes"),
            ("test_env", "localhost,dev"),
            ("pr_ready", "yes"),
            ("user_model_change", "no"),
        ] {
            raw.insert(k.to_string(), v.to_string());
        }
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let checked = validate_request(&catalogue, t, &raw, today);
        let request = Request {
            type_key: t.key.clone(),
            summary: "Seed".into(),
            fields: checked.fields,
            request_id: RequestId::parse("seed1").unwrap(),
            faq_shown: vec!["after-you-submit".into()],
        };
        render(&catalogue, t, &request)
    })
}

// ------------------------------------------------------------------ tests

proptest! {
    #![proptest_config(config())]

    #[test]
    fn fuzz_body_parser_arbitrary_text(text in any::<String>()) {
        check_body(&text);
    }

    #[test]
    fn fuzz_body_parser_structured_text(text in structured()) {
        check_body(&text);
    }

    #[test]
    fn fuzz_body_parser_mutated_bodies(text in mutated(body_seed())) {
        check_body(&text);
    }

    #[test]
    fn fuzz_config_arbitrary_text(text in any::<String>()) {
        check_config(&text);
    }

    #[test]
    fn fuzz_config_mutated(text in mutated(CONFIG_SEED)) {
        check_config(&text);
    }

    #[test]
    fn fuzz_config_starter_mutated(text in mutated(config::STARTER)) {
        check_config(&text);
    }

    #[test]
    fn fuzz_catalogue_structured(text in structured()) {
        check_catalogue(&text);
    }

    #[test]
    fn fuzz_catalogue_mutated_bundled(text in mutated(BUNDLED_TYPES)) {
        check_catalogue(&text);
    }

    #[test]
    fn fuzz_faq_front_matter_arbitrary(text in any::<String>()) {
        check_faq(&text);
    }

    #[test]
    fn fuzz_faq_front_matter_structured(text in structured()) {
        check_faq(&text);
    }

    #[test]
    fn fuzz_faq_front_matter_mutated(text in mutated(FAQ_SEED)) {
        check_faq(&text);
    }

    #[test]
    fn fuzz_sanitize_arbitrary(text in any::<String>()) {
        check_sanitize(&text);
    }

    #[test]
    fn fuzz_sanitize_structured(text in structured()) {
        check_sanitize(&text);
    }
}

/// Replays every input that once made a target fail.
#[test]
fn fuzz_regressions_replay() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz-regressions");
    type Check = fn(&str);
    let targets: [(&str, Check); 5] = [
        ("body", check_body),
        ("config", check_config),
        ("catalogue", check_catalogue),
        ("faq", check_faq),
        ("sanitize", check_sanitize),
    ];
    let mut replayed = 0;
    for (name, check) in targets {
        let dir = root.join(name);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "md") && path.ends_with("README.md") {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            let result = std::panic::catch_unwind(|| check(&text));
            assert!(result.is_ok(), "{} panics again", path.display());
            replayed += 1;
        }
    }
    assert!(
        replayed > 0,
        "no regression inputs under {}",
        root.display()
    );
}

/// Found by the replay above: hours outside a day were accepted, and a
/// calendar built from them panicked. The loader now refuses them (exit 3).
#[test]
fn fuzz_config_hours_outside_a_day_are_refused() {
    for text in [
        "[business_time]\nday_start_hour = 4294967295\n",
        "[business_time]\nday_start_hour = 22\nday_end_hour = 14\n",
        "[business_time]\nday_end_hour = 25\n",
    ] {
        let err = config::parse(text, Path::new("c.toml")).unwrap_err();
        assert!(err.to_string().contains("business_time"), "{err}");
    }
    assert!(config::parse(
        "[business_time]\nday_start_hour = 0\nday_end_hour = 24\n",
        Path::new("c.toml")
    )
    .is_ok());
}

/// The seeds themselves are valid, so mutations start from a working file.
#[test]
fn fuzz_seeds_are_valid() {
    config::parse(CONFIG_SEED, Path::new("seed.toml")).expect("config seed");
    let file: CatalogueFile = toml::from_str(BUNDLED_TYPES).expect("catalogue seed");
    assert!(!file.types.is_empty());
    idreq::faq::markdown::parse_entry(FAQ_SEED).expect("faq seed");
    assert!(parse(body_seed()).marker.is_some());
}
