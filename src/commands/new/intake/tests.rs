//! The guided flow driven by scripted answers, given by field key and by
//! question, never by position.

use super::*;
use crate::ui::prompter::{Answer, ScriptedPrompter};
use crate::ui::Terminal;

struct Harness {
    catalogue: Catalogue,
    faq: Faq,
    labels: LabelScheme,
    store: DraftStore,
    _dir: tempfile::TempDir,
}

impl Harness {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        Self {
            catalogue: Catalogue::bundled(),
            faq: Faq::bundled(),
            labels: LabelScheme::default(),
            store: DraftStore::new(dir.path().join("drafts")),
            _dir: dir,
        }
    }

    /// A script that answers the type's fields by key and the flow's own
    /// questions by their text; unlisted optional questions are skipped.
    fn script(
        &self,
        type_key: &str,
        fields: &[(&str, Vec<Answer>)],
        questions: &[(&str, Vec<Answer>)],
    ) -> ScriptedPrompter {
        let t = self.catalogue.get(type_key).expect("a bundled type");
        let label = |key: &str| {
            self.catalogue
                .common
                .iter()
                .chain(&t.fields)
                .find(|f| f.key == key)
                .unwrap_or_else(|| panic!("{type_key} has no field {key}"))
                .label
                .clone()
        };
        ScriptedPrompter::by_prompt(
            fields
                .iter()
                .map(|(key, answers)| (label(key), answers.clone()))
                .chain(questions.iter().map(|(q, a)| (q.to_string(), a.clone()))),
        )
    }

    fn run(
        &self,
        mut prompter: ScriptedPrompter,
        draft: &mut Draft,
        open: &[TrackedRequest],
    ) -> (Step<Outcome>, ScriptedPrompter, String) {
        let err = SharedBuf::default();
        let mut ui = Ui::with_writers(
            Box::new(std::io::sink()),
            Box::new(err.clone()),
            Terminal::default(),
            false,
        );
        let outcome = Intake {
            catalogue: &self.catalogue,
            faq: &self.faq,
            labels: &self.labels,
            prompter: &mut prompter,
            store: &self.store,
            clock: Clock::fixed(crate::time::clock::parse_instant("2026-11-30T15:00:00Z").unwrap()),
            ui: &mut ui,
            open_requests: open,
            skip_preview: false,
        }
        .run(draft);
        (outcome, prompter, err.text())
    }
}

#[derive(Clone, Default)]
struct SharedBuf(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);
impl std::io::Write for SharedBuf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
impl SharedBuf {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.borrow()).into_owned()
    }
}

fn text(s: &str) -> Answer {
    Answer::Text(s.into())
}
fn pick(s: &str) -> Answer {
    Answer::Pick(s.into())
}

const TYPE_QUESTION: &str = "What do you need from the Identity team?";
const SUMMARY_QUESTION: &str = "One-line summary";
const FAQ_QUESTION: &str = "Did one of these answer it?";
const NEXT_QUESTION: &str = "What next?";

/// The answers every type asks for.
fn common_answers() -> Vec<(&'static str, Vec<Answer>)> {
    vec![
        ("requester_name", vec![text("Jane Doe")]),
        ("team_name", vec![text("Claims Status")]),
        ("contact", vec![text("@jdoe")]),
        ("prod_impact", vec![pick("no")]),
        (
            "details",
            vec![text("We need an Identity review of the sign-in change.")],
        ),
    ]
}

/// Every answer of a PR review of pull request `pr` that was not tested.
fn untested_pr_review(pr: u32) -> Vec<(&'static str, Vec<Answer>)> {
    let mut fields = common_answers();
    fields.extend([
        (
            "pr_url",
            vec![text(&format!(
                "https://github.com/department-of-veterans-affairs/vets-api/pull/{pr}"
            ))],
        ),
        ("tested", vec![pick("no")]),
        ("pr_ready", vec![pick("yes")]),
        ("user_model_change", vec![pick("no")]),
    ]);
    fields
}

fn now() -> String {
    "2026-11-30T15:00:00Z".into()
}

#[test]
fn full_pr_review_with_a_rejected_answer_then_submit() {
    let h = Harness::new();
    let mut draft = Draft::new(&now());
    let mut fields = common_answers();
    fields.extend([
        (
            "pr_url",
            vec![
                text("https://gitlab.com/nope"),
                text("https://github.com/department-of-veterans-affairs/vets-api/pull/9"),
            ],
        ),
        ("tested", vec![pick("yes")]),
        ("test_env", vec![Answer::PickMany(vec!["dev".into()])]),
        ("pr_ready", vec![pick("yes")]),
        ("user_model_change", vec![pick("no")]),
    ]);
    let script = h.script(
        "pr-review",
        &fields,
        &[
            (TYPE_QUESTION, vec![pick("PR review")]),
            (
                SUMMARY_QUESTION,
                vec![text("Review the sign-in controller change")],
            ),
            (FAQ_QUESTION, vec![pick("Continue")]),
            (NEXT_QUESTION, vec![pick("Submit")]),
        ],
    );
    let (outcome, prompter, err) = h.run(script, &mut draft, &[]);
    assert_eq!(
        outcome,
        Ok(Outcome::Submit),
        "asked: {:?}\n{err}",
        prompter.asked
    );
    assert!(
        prompter.unused().is_empty(),
        "unused answers: {:?}",
        prompter.unused()
    );
    assert!(err.contains("does not have the expected form"), "{err}");
    assert_eq!(
        draft.fields["pr_url"],
        FieldValue::One("https://github.com/department-of-veterans-affairs/vets-api/pull/9".into())
    );
    assert_eq!(
        draft.fields["test_env"],
        FieldValue::Many(vec!["dev".into()])
    );
    assert!(
        !draft.fields.contains_key("test_notes"),
        "a skipped optional answer is not stored"
    );
    assert!(!draft.faq_shown.is_empty(), "FAQ entries were shown");
    assert!(
        h.store.load(&draft.id).unwrap().is_some(),
        "draft saved along the way"
    );
    assert!(err.contains("── Preview ──"));
}

#[test]
fn the_conditional_question_is_asked_only_when_its_condition_holds() {
    let h = Harness::new();
    let mut draft = Draft::new(&now());
    let fields = untested_pr_review(10);
    let script = h.script(
        "pr-review",
        &fields,
        &[
            (TYPE_QUESTION, vec![pick("PR review")]),
            (SUMMARY_QUESTION, vec![text("Review the logout change")]),
            (FAQ_QUESTION, vec![pick("Continue")]),
            (NEXT_QUESTION, vec![pick("Submit")]),
        ],
    );
    let (outcome, prompter, err) = h.run(script, &mut draft, &[]);
    assert_eq!(outcome, Ok(Outcome::Submit), "{:?}\n{err}", prompter.asked);
    assert!(
        !prompter
            .asked
            .iter()
            .any(|q| q.starts_with("Where did you test?")),
        "{:?}",
        prompter.asked
    );
}

#[test]
fn faq_answer_ends_the_flow_without_filing() {
    let h = Harness::new();
    let mut draft = Draft::new(&now());
    let script = h.script(
        "mock-auth",
        &[],
        &[
            (TYPE_QUESTION, vec![pick("Mocked")]),
            (
                SUMMARY_QUESTION,
                vec![text("mocked auth user list is empty")],
            ),
            (FAQ_QUESTION, vec![pick("Read: "), pick("This answered")]),
        ],
    );
    let (outcome, prompter, err) = h.run(script, &mut draft, &[]);
    assert_eq!(outcome, Ok(Outcome::Answered), "{:?}", prompter.asked);
    assert!(
        draft
            .faq_shown
            .contains(&"mocked-auth-empty-user-list".to_string()),
        "{:?}",
        draft.faq_shown
    );
    assert!(
        err.contains("Why is the mocked-auth user list empty?"),
        "{err}"
    );
}

#[test]
fn other_explains_and_files_nothing() {
    let h = Harness::new();
    let mut draft = Draft::new(&now());
    let script = h.script(
        "other",
        &[],
        &[(TYPE_QUESTION, vec![pick("Something else")])],
    );
    let (outcome, _, _) = h.run(script, &mut draft, &[]);
    assert_eq!(outcome, Ok(Outcome::NotFiled));
}

#[test]
fn interrupt_keeps_the_answers_so_far() {
    let h = Harness::new();
    let mut draft = Draft::new(&now());
    let script = h.script(
        "data-pull",
        &[
            ("requester_name", vec![text("Jane Doe")]),
            ("team_name", vec![Answer::Interrupt]),
        ],
        &[
            (TYPE_QUESTION, vec![pick("Data pull")]),
            (
                SUMMARY_QUESTION,
                vec![text("Sign-in counts for our quarterly report")],
            ),
            (FAQ_QUESTION, vec![pick("Continue")]),
        ],
    );
    let (outcome, _, _) = h.run(script, &mut draft, &[]);
    assert_eq!(outcome, Err(PromptError::Interrupted));
    let saved = h.store.load(&draft.id).unwrap().unwrap();
    assert_eq!(saved.type_key.as_deref(), Some("data-pull"));
    assert_eq!(
        saved.fields["requester_name"],
        FieldValue::One("Jane Doe".into())
    );
}

#[test]
fn a_resumed_draft_asks_only_what_is_missing() {
    let h = Harness::new();
    let mut draft = Draft::new(&now());
    draft.type_key = Some("mock-auth".into());
    draft.summary = Some("Mocked sign-in fails after choosing a user".into());
    draft.faq_shown = vec!["mocked-auth-code-in-state".into()];
    for (k, v) in [
        ("requester_name", "Jane Doe"),
        ("team_name", "Claims"),
        ("contact", "@jdoe"),
        ("prod_impact", "no"),
        ("details", "It fails right after I choose the user."),
    ] {
        draft.fields.insert(k.into(), FieldValue::One(v.into()));
    }
    let script = h.script(
        "mock-auth",
        &[
            ("environment", vec![pick("localhost")]),
            ("csp", vec![pick("idme")]),
            ("failure_step", vec![pick("after choosing a user")]),
            ("mock_user", vec![text("vetsgovuser228")]),
            (
                "troubleshooting_done",
                vec![Answer::PickMany(vec!["ran rails".into()])],
            ),
        ],
        &[(NEXT_QUESTION, vec![pick("Save as draft")])],
    );
    let (outcome, prompter, _) = h.run(script, &mut draft, &[]);
    assert_eq!(outcome, Ok(Outcome::SavedDraft), "{:?}", prompter.asked);
    assert_eq!(prompter.asked[0], "Your GitHub username (optional)");
    for answered in ["Your first and last name", "Which VA.gov team are you on?"] {
        assert!(
            !prompter.asked.iter().any(|q| q.starts_with(answered)),
            "{answered} was asked again: {:?}",
            prompter.asked
        );
    }
    assert!(prompter.unused().is_empty(), "{:?}", prompter.unused());
}

#[test]
fn similar_open_requests_are_offered_for_a_comment() {
    let h = Harness::new();
    let mut draft = Draft::new(&now());
    draft.type_key = Some("pr-review".into());
    draft.summary = Some("Review the claims sign-in redirect change".into());
    draft.faq_shown = vec!["x".into()];
    let fields = untested_pr_review(77);
    let script = h.script(
        "pr-review",
        &fields,
        &[(
            "File a new request?",
            vec![pick("Add my details as a comment on #4")],
        )],
    );
    let open = vec![TrackedRequest {
        number: 4,
        title: "[PR review] Please review PR 77".into(),
        type_key: Some("pr-review".into()),
        status: crate::workflow::labels::Status::New,
        priority: None,
        estimate: None,
        assignees: vec![],
        author: "someone".into(),
        created_at: Default::default(),
        updated_at: Default::default(),
        closed_at: None,
        state: crate::tracker::IssueState::Open,
        url: None,
        fields: [(
            "pr_url".to_string(),
            FieldValue::One(
                "https://github.com/department-of-veterans-affairs/vets-api/pull/77".into(),
            ),
        )]
        .into(),
        request_id: None,
        summary: "Please review PR 77".into(),
        labels: vec![],
        target_date: None,
        snoozed_until: None,
        faq_shown: vec![],
    }];
    let (outcome, prompter, _) = h.run(script, &mut draft, &open);
    assert_eq!(outcome, Ok(Outcome::CommentOn(4)), "{:?}", prompter.asked);
}
