//! How sure search is that a hit answers the query, on a fixed scale a front
//! door can act on: `high`, `medium`, `low`, `none`.
//!
//! A hit's `score` ranks entries against each other (the best hit of any
//! query that matches anything scores at least 0.5), so it cannot say "no
//! entry answers this". Confidence is absolute instead: the mean of
//!
//! - how closely the query, or one of its sentences, reads like the entry's
//!   title or one of its alternative questions (idf-weighted F1), and
//! - the share of the query's content the entry matched (idf-weighted; a
//!   word no entry has, such as "lunch" or "kubernetes", counts against it).
//!
//! The thresholds are calibrated on the evaluation sets in `tests/fixtures/`:
//! every no-answer message (`faq_no_answer.toml`) stays under
//! [`ANSWER_LEVEL`] (the highest, "can someone approve my PTO request", is at
//! 0.40), while 59 of the conversational set's 63 right first hits and 103 of
//! the search-box set's 117 reach it.

use serde::Serialize;

/// From this score a hit is `high`: it is very likely the answer.
pub const HIGH: f64 = 0.6;
/// From this score a hit is `medium`: it probably answers the query. This is
/// the answer level ([`ANSWER_LEVEL`]).
pub const MEDIUM: f64 = 0.42;
/// From this score a hit is `low`: related, but probably not the answer.
/// Under it, `none`.
pub const LOW: f64 = 0.25;

/// The least confidence at which a hit counts as an answer: what
/// [`crate::faq::search::suggest`] returns, and what `idreq faq search`
/// needs to show a hit rather than "No FAQ entry matches".
pub const ANSWER_LEVEL: Confidence = Confidence::Medium;

/// How sure search is that a hit answers the query.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    None,
    Low,
    Medium,
    High,
}

impl Confidence {
    /// Returns the level of a confidence score (0..1).
    pub fn of(score: f64) -> Self {
        if score >= HIGH {
            Confidence::High
        } else if score >= MEDIUM {
            Confidence::Medium
        } else if score >= LOW {
            Confidence::Low
        } else {
            Confidence::None
        }
    }

    /// Returns true when a hit at this level counts as an answer.
    pub fn answers(self) -> bool {
        self >= ANSWER_LEVEL
    }

    /// Returns the level's name, as `--json` writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::None => "none",
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

/// Returns the confidence score (0..1) from the two measures a hit carries:
/// question similarity and content coverage, both 0..1.
pub fn score(question: f64, coverage: f64) -> f64 {
    0.5 * question.clamp(0.0, 1.0) + 0.5 * coverage.clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_follow_the_thresholds() {
        assert_eq!(Confidence::of(0.0), Confidence::None);
        assert_eq!(Confidence::of(LOW), Confidence::Low);
        assert_eq!(Confidence::of(MEDIUM - 0.001), Confidence::Low);
        assert_eq!(Confidence::of(MEDIUM), Confidence::Medium);
        assert_eq!(Confidence::of(0.95), Confidence::High);
        assert!(Confidence::Medium.answers() && Confidence::High.answers());
        assert!(!Confidence::Low.answers() && !Confidence::None.answers());
        assert_eq!(score(1.0, 0.0), 0.5);
    }
}
