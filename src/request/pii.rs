//! A guard against personal data in free text: requests may become public
//! GitHub issues, so SSN-like numbers, dates of birth and passwords are
//! refused, and e-mail addresses are flagged.

use std::sync::LazyLock;

use regex::Regex;

static SSN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d{3}[- ]?\d{2}[- ]?\d{4}\b").expect("valid regex"));
static DOB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(dob|date of birth|birth ?date)\b\s*[:=]?\s*\d").expect("valid regex")
});
static PASSWORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(password|passwd|pwd)\b\s*(is|:|=)\s*\S").expect("valid regex")
});
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}").expect("valid regex")
});

/// What the guard found in a piece of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PiiFinding {
    /// Text that must not be filed.
    Refuse(String),
    /// Text worth a second look before filing.
    Warn(String),
}

/// Scans free text for personal data.
pub fn scan(text: &str) -> Vec<PiiFinding> {
    let mut findings = Vec::new();
    if SSN.is_match(text) {
        findings.push(PiiFinding::Refuse(
            "it contains a number shaped like a Social Security number".into(),
        ));
    }
    if DOB.is_match(text) {
        findings.push(PiiFinding::Refuse("it contains a date of birth".into()));
    }
    if PASSWORD.is_match(text) {
        findings.push(PiiFinding::Refuse("it contains a password".into()));
    }
    let personal_emails: Vec<&str> = EMAIL
        .find_iter(text)
        .map(|m| m.as_str())
        .filter(|e| !looks_like_test_address(e))
        .collect();
    if !personal_emails.is_empty() {
        findings.push(PiiFinding::Warn(format!(
            "it contains the e-mail address {}; the issue may be public",
            personal_emails.join(", ")
        )));
    }
    findings
}

fn looks_like_test_address(email: &str) -> bool {
    let e = email.to_ascii_lowercase();
    ["@example.", "test", "mock", "vets.gov.user"]
        .iter()
        .any(|marker| e.contains(marker))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_ssn_dob_and_passwords() {
        assert!(matches!(
            scan("my ssn 123-45-6789")[0],
            PiiFinding::Refuse(_)
        ));
        assert!(matches!(scan("ssn 123456789")[0], PiiFinding::Refuse(_)));
        assert!(matches!(scan("DOB: 01/02/1960")[0], PiiFinding::Refuse(_)));
        assert!(matches!(
            scan("password is hunter2")[0],
            PiiFinding::Refuse(_)
        ));
    }

    #[test]
    fn warns_on_real_emails_but_not_test_ones() {
        assert!(matches!(scan("mail jane@va.gov")[0], PiiFinding::Warn(_)));
        assert!(scan("user vets.gov.user+228@gmail.com or test@example.com").is_empty());
    }

    #[test]
    fn ordinary_text_passes() {
        assert!(scan("PR 12345 changes the sign-in controller on 2026-12-01").is_empty());
    }
}
