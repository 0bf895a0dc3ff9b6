//! What the team does to a request, as domain code: the workflow state and
//! its labels, a tracker issue read as a request, the standard replies.
//! Front-door neutral: no terminal, no prompts, no printing.

pub mod labels;
pub mod replies;
pub mod tracked;

pub use labels::{Estimate, LabelScheme, Priority, Status};
pub use tracked::TrackedRequest;
