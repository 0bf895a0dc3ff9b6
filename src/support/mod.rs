//! Small helpers every layer may use, importing nothing else from idreq:
//! cleaning untrusted text for display, two-thread joins and JSON arrays,
//! line and column for error messages, and the `--verbose` trace.

pub mod parallel;
pub mod parallel_json;
pub mod position;
pub mod sanitize;
pub mod trace;
