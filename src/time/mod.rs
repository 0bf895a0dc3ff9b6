//! Time: the clock (pinned by `IDREQ_NOW` in tests), business hours on
//! working days, and the fast RFC 3339 timestamps of the JSON output.

pub mod business;
pub mod clock;
pub mod rfc3339;

pub use business::BusinessCalendar;
pub use clock::Clock;
