//! The one source of "now". `IDREQ_NOW` pins it, so tests and demos are
//! reproducible.

use chrono::{DateTime, NaiveDate, Timelike, Utc};

/// Reads the time: real, or pinned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Clock {
    fixed: Option<DateTime<Utc>>,
}

impl Clock {
    /// A clock that always says `at`.
    pub fn fixed(at: DateTime<Utc>) -> Self {
        Self { fixed: Some(at) }
    }

    /// The real clock.
    pub fn system() -> Self {
        Self { fixed: None }
    }

    /// Returns the current time, to the second (trackers store no finer).
    pub fn now(&self) -> DateTime<Utc> {
        let now = self.fixed.unwrap_or_else(Utc::now);
        now.with_nanosecond(0).unwrap_or(now)
    }

    /// Returns today's date (UTC).
    pub fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }
}

/// Parses an RFC 3339 time or a plain date (midnight UTC).
pub fn parse_instant(text: &str) -> Option<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(text.trim()) {
        return Some(t.with_timezone(&Utc));
    }
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc())
}
