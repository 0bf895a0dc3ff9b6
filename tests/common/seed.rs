//! Seeding a sandbox's local tracker through the library — the same filing
//! and workflow code `idreq new` and `idreq triage` run — instead of running
//! the binary once per request.

use std::collections::BTreeMap;

use idreq::faq::Faq;
use idreq::request::validate::{check_request, RawRequest};
use idreq::request::RequestId;
use idreq::time::clock::{parse_instant, Clock};
use idreq::tracker::local::LocalTracker;
use idreq::workflow::action::Action;
use idreq::workflow::apply::apply_action;
use idreq::workflow::filing::{file_request, Attempt};
use idreq::workflow::Rules;

use super::{valid_fields, TestEnv};

impl TestEnv {
    /// The rules the binary would use in this sandbox (its config, if any).
    pub fn rules(&self) -> Rules {
        let config = idreq::config::load(&self.config_path()).expect("the sandbox config loads");
        config
            .config
            .rules(Faq::bundled())
            .expect("the sandbox rules")
    }

    fn local_tracker(&self, user: &str, at: &str) -> LocalTracker {
        let clock = Clock::fixed(parse_instant(at).expect("an RFC 3339 time"));
        LocalTracker::open(&self.data_dir().join("requests.sqlite3"), user, clock)
            .expect("the sandbox's local tracker opens")
    }

    /// Files a valid request of `kind` as if at time `at`, with `extra`
    /// (KEY=VALUE) answers replacing or adding to the valid ones.
    pub fn file_at(&self, at: &str, kind: &str, title: &str, extra: &[&str]) -> u64 {
        let mut answers: BTreeMap<String, String> = valid_fields(kind)
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        for e in extra {
            let (k, v) = e.split_once('=').expect("KEY=VALUE");
            answers.insert(k.into(), v.into());
        }
        let rules = self.rules();
        let today = Clock::fixed(parse_instant(at).expect("a time")).today();
        let raw = RawRequest {
            type_key: kind.into(),
            summary: title.into(),
            answers,
            request_id: RequestId::new_random(),
            faq_shown: Vec::new(),
        };
        let (request, _) = check_request(&rules.catalogue, &raw, today)
            .unwrap_or_else(|p| panic!("a valid {kind} request: {p:?}"));
        let tracker = self.local_tracker("tester", at);
        let filed = runtime()
            .block_on(file_request(&tracker, &rules, &request, Attempt::First))
            .expect("filed");
        filed.request.number
    }

    /// Applies a team action to request `number` as `user`, at the sandbox's time.
    pub fn act_as(&self, user: &str, number: u64, action: &Action) {
        let rules = self.rules();
        let tracker = self.local_tracker(user, &self.now);
        runtime()
            .block_on(apply_action(&tracker, &rules, number, action))
            .unwrap_or_else(|e| panic!("{} on #{number}: {e}", action.name()));
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
}
