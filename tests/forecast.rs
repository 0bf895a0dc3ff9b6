//! Forecasts end to end: requests filed, triaged and closed at chosen
//! moments, then the `forecast` objects of `show`, `list --mine` and `board`
//! and the estimate check of `report`, on the local tracker and on GitHub.

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc, Weekday};
use idreq::workflow::action::{Action, CloseReason};
use idreq::workflow::{Estimate, Priority};
use serde_json::Value;

use crate::common::fake_github::*;
use crate::common::*;

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

fn weekday(d: NaiveDate) -> bool {
    !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The `n` business days up to and including `last`, oldest first.
fn business_days_back(last: NaiveDate, n: usize) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut d = last;
    while out.len() < n {
        if weekday(d) {
            out.push(d);
        }
        d = d - Days::new(1);
    }
    out.reverse();
    out
}

/// The business day `n` business days after `d`.
fn business_days_after(d: NaiveDate, n: usize) -> NaiveDate {
    let mut d = d;
    let mut left = n;
    while left > 0 {
        d = d + Days::new(1);
        if weekday(d) {
            left -= 1;
        }
    }
    d
}

fn stamp(d: NaiveDate, hour: u32) -> String {
    format!("{d}T{hour:02}:00:00Z")
}

/// A steady history on the local tracker: one M request completed at 15:00
/// on each of the 60 business days of the 12 weeks up to NOW (Monday
/// 30 November 15:00), each filed and triaged two business days earlier;
/// and one declined, which must not count.
fn steady_history(env: &mut TestEnv) {
    let today = at(NOW).date_naive();
    for close_day in business_days_back(today, 60) {
        let filed_day = business_days_back(close_day, 3)[0];
        let n = env.file_at(
            &stamp(filed_day, 14),
            "mock-auth",
            "Mock login for staging",
            &[],
        );
        env.now = stamp(filed_day, 15);
        accept_m(env, n);
        env.now = stamp(close_day, 15);
        env.act_as(
            "lead",
            n,
            &Action::Close {
                reason: CloseReason::Done,
                of: None,
                message: None,
            },
        );
    }
    let declined = env.file_at("2026-11-23T14:00:00Z", "mock-auth", "Not for us", &[]);
    env.now = "2026-11-23T15:00:00Z".into();
    env.act_as("lead", declined, &Action::Decline { reason: None });
    env.now = NOW.into();
}

fn accept_m(env: &TestEnv, n: u64) {
    env.act_as(
        "lead",
        n,
        &Action::Accept {
            priority: Priority::P3,
            estimate: Some(Estimate::M),
            assignee: None,
            target: None,
            message: None,
        },
    );
}

#[test]
fn forecast_local_steady_pace_gives_known_dates() {
    let mut env = TestEnv::new();
    steady_history(&mut env);
    // Two open M requests, triaged: the older is ranked first.
    let first = env.file_at("2026-11-27T14:00:00Z", "mock-auth", "First in line", &[]);
    let second = env.file_at("2026-11-30T14:00:00Z", "mock-auth", "Second in line", &[]);
    accept_m(&env, first);
    accept_m(&env, second);

    let shown = env.json(&["show", &second.to_string(), "--json"]);
    let f = &shown["forecast"];
    assert_eq!(f["ahead"], 1, "{f:#}");
    let basis = &f["basis"];
    assert_eq!(basis["method"], "monte_carlo");
    assert_eq!(
        basis["closed_in_window"], 60,
        "the declined one is left out"
    );
    assert_eq!(basis["throughput_per_week"], 5.0);
    assert_eq!(basis["runs"], 10000);
    assert_eq!(basis["confidence"], "high");
    // One ahead at one a day: work starts tomorrow; every M took two
    // business days from triage, so it is done two business days later.
    let today = at(NOW).date_naive();
    assert_eq!(f["start_by"], stamp(business_days_after(today, 1), 15));
    assert_eq!(f["done_by_p50"], stamp(business_days_after(today, 3), 15));
    assert_eq!(f["done_by_p85"], f["done_by_p50"]);
    // Triaged by the lead at NOW: the first response is given.
    assert_eq!(f["first_response_given"], true);
    assert_eq!(f["first_response_by"], NOW);

    // The same seed and history give the same forecast.
    let again = env.json(&["show", &second.to_string(), "--json"]);
    assert_eq!(again["forecast"], shown["forecast"]);

    // `list --mine` carries the same object for each open request.
    let mine = env.json(&["list", "--mine", "--json"]);
    let row = mine
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["number"] == second)
        .expect("the request is listed");
    assert_eq!(row["forecast"], shown["forecast"]);

    // The board: 2 open at 5 a week, two business days.
    let board = env.json(&["board", "--json"]);
    let q = &board["forecast"];
    assert_eq!(q["open_work"], 2);
    assert_eq!(q["throughput_per_week"], 5.0);
    assert_eq!(q["business_days_p50"], 2.0);
    assert_eq!(q["done_by_p85"], stamp(business_days_after(today, 2), 15));

    // The report over the same 12 weeks: every M took 2 business days,
    // within its 3.
    let report = env.json(&["report", "--since", "2026-09-07T00:00:00Z", "--json"]);
    assert_eq!(report["cycle_time"]["by_estimate"]["M"]["p85"], 2.0);
    assert_eq!(report["cycle_time"]["by_type"]["mock-auth"]["count"], 60);
    assert_eq!(report["estimate_accuracy"]["M"]["within_share"], 1.0);
    assert_eq!(report["estimate_accuracy"]["S"]["completed"], 0);
    assert_eq!(report["throughput_per_week"], 5.0);

    // --explain names the window and the percentile picked, on stderr.
    let out = env.run(&["show", &second.to_string(), "--explain"]);
    assert_success(&out);
    let err = stderr(&out);
    assert!(err.contains("window 2026-09-07 to 2026-11-30 15:00 UTC (12 weeks, 60 business days drawn from); completed per week: [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]"), "{err}");
    assert!(
        err.contains("p85 = run 8500 of 10000 = 3 business days"),
        "{err}"
    );
    assert!(
        stdout(&out).contains("done by Thu 2026-12-03 (50 %) / Thu 2026-12-03 (85 %)"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn forecast_local_too_little_history_falls_back() {
    let mut env = TestEnv::new();
    env.write_config("[forecast]\nmin_history = 61\n");
    steady_history(&mut env);
    let n = env.file_at("2026-11-30T14:00:00Z", "mock-auth", "Only one", &[]);
    accept_m(&env, n);
    let f = env.json(&["show", &n.to_string(), "--json"])["forecast"].clone();
    assert_eq!(f["basis"]["method"], "fallback");
    assert_eq!(f["basis"]["confidence"], "none");
    assert_eq!(
        f["basis"]["note"],
        "too little history: 60 completed in the last 12 weeks (need 61); using the type's response target and the estimate's days"
    );
    // M is three days of work from now.
    assert_eq!(f["done_by_p50"], "2026-12-03T15:00:00Z");
    assert_eq!(f["done_by_p85"], "2026-12-03T15:00:00Z");
    assert_eq!(f["start_by"], Value::Null);
}

#[test]
fn forecast_github_reads_the_window_only() {
    let env = TestEnv::new();
    let fake = FakeGitHub::start();
    let today = at(NOW).date_naive();
    // Twelve completed in the window, one a week on Wednesdays at 16:00
    // (after the working day starts), and one closed long before it.
    let days: Vec<NaiveDate> = business_days_back(today, 60)
        .into_iter()
        .filter(|d| d.weekday() == Weekday::Wed)
        .collect();
    assert_eq!(days.len(), 12);
    for (i, d) in days
        .iter()
        .chain([NaiveDate::from_ymd_opt(2026, 3, 4).unwrap()].iter())
        .enumerate()
    {
        let n = fake.add_issue(
            "[Mock auth] Done",
            &marked_body(&format!("done{i}")),
            &["identity-request", "estimate: S"],
            "someone",
        );
        let mut s = fake.state();
        let issue = &mut s.issues[n as usize - 1];
        issue.created_at = stamp(business_days_back(*d, 2)[0], 14);
        issue.closed_at = Some(stamp(*d, 16));
        issue.updated_at = stamp(*d, 16);
        issue.state = "closed".into();
        issue.state_reason = Some("completed".into());
    }
    let open = fake.add_issue(
        "[Mock auth] Open",
        &marked_body("open1"),
        &["identity-request"],
        "someone",
    );
    fake.state().issues[open as usize - 1].created_at = NOW.into();

    let board = json_of(&gh_run(&env, &fake, &["board", "--json"]));
    let q = &board["forecast"];
    assert_eq!(q["basis"]["method"], "monte_carlo");
    assert_eq!(
        q["basis"]["closed_in_window"], 12,
        "the old one is outside the window"
    );
    assert_eq!(q["throughput_per_week"], 1.0);
    assert_eq!(q["open_work"], 1);
    // The history was asked for by closing date, not read whole.
    let closed_reads: Vec<_> = fake
        .requests("GET", "/repos/o/r/issues")
        .into_iter()
        .filter(|l| query_param(&l.query, "state").as_deref() == Some("closed"))
        .collect();
    assert!(!closed_reads.is_empty());
    assert!(closed_reads
        .iter()
        .all(|l| query_param(&l.query, "since").as_deref() == Some("2026-09-07T00:00:00Z")));

    let shown = json_of(&gh_run(&env, &fake, &["show", &open.to_string(), "--json"]));
    let f = &shown["forecast"];
    for key in ["first_response_by", "done_by_p50", "done_by_p85"] {
        assert!(f[key].is_string(), "{key} in {f:#}");
    }
    assert_eq!(f["basis"]["closed_in_window"], 12);
    assert_eq!(f["first_response_given"], false);
    // Filed at NOW with a one-business-day target.
    assert_eq!(f["first_response_by"], "2026-12-01T15:00:00Z");
    assert!(f["done_by_p50"].as_str() <= f["done_by_p85"].as_str());
}
