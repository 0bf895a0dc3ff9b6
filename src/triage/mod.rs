//! Triage: the rank of open requests and the standard replies. Pure domain
//! code over idreq's own types.

pub mod ranking;

use crate::config::Config;
use crate::request::Catalogue;
use crate::time::business::BusinessCalendar;
use crate::workflow::tracked::TrackedRequest;
use ranking::RankInput;

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

/// The business calendar from the config.
pub fn calendar(config: &Config) -> BusinessCalendar {
    BusinessCalendar {
        start_hour: config.business_time.day_start_hour,
        end_hour: config.business_time.day_end_hour,
        holidays: config.business_time.holidays.clone(),
    }
}
