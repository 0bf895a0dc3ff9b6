//! Text views of domain values: tables, plain lines and Markdown. Pure
//! functions from a value to a `String`; the caller prints it.

pub mod board;
pub mod forecast;
pub mod report;
