//! Triage: the rank of open requests, with its reasons, and the team's KPIs.
//! Pure domain code over idreq's own types.

pub mod kpi;
pub mod ranking;

use crate::request::Catalogue;
use crate::workflow::tracked::TrackedRequest;
use ranking::{RankContext, RankInput, Ranked, Reason, ResponseState};
use serde::Serialize;

/// Builds the rank input for a request (the type's response target, the
/// requester's answers, the triage labels).
pub fn rank_input(r: &TrackedRequest, catalogue: &Catalogue) -> RankInput {
    let first_response = r
        .type_key
        .as_deref()
        .and_then(|k| catalogue.get(k))
        .map(|t| t.first_response)
        .unwrap_or(crate::request::catalogue::ResponseTarget { business_hours: 8 });
    let needed_by = r
        .field_text("needed_by")
        .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok());
    RankInput {
        number: r.number,
        created_at: r.created_at,
        status: r.status,
        production_impact: r.production_impact(),
        priority: r.priority,
        estimate: r.estimate,
        first_response,
        needed_by,
        target_date: r.target_date,
        blocked_release: r.field_text("blocking_release").is_some_and(|v| v == "yes"),
        snoozed_until: r.snoozed_until,
    }
}

/// A request with its place in the rank, as printed with `--json`.
#[derive(Debug, Clone, Serialize)]
pub struct RankedRequest {
    #[serde(flatten)]
    pub request: TrackedRequest,
    pub rank: usize,
    pub score: f64,
    pub reasons: Vec<Reason>,
    pub response: ResponseState,
}

/// Ranks `requests` (best first) with the weights, calendar and moment in `how`.
pub fn rank_requests(
    requests: Vec<TrackedRequest>,
    catalogue: &Catalogue,
    how: &RankContext<'_>,
) -> Vec<RankedRequest> {
    let inputs: Vec<_> = requests.iter().map(|r| rank_input(r, catalogue)).collect();
    let ranked: Vec<Ranked> = how.rank(&inputs);
    let mut by_number: std::collections::HashMap<u64, TrackedRequest> =
        requests.into_iter().map(|r| (r.number, r)).collect();
    ranked
        .into_iter()
        .filter_map(|r| {
            by_number.remove(&r.number).map(|request| RankedRequest {
                request,
                rank: r.rank,
                score: r.score,
                reasons: r.reasons,
                response: r.response,
            })
        })
        .collect()
}
