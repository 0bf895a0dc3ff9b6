//! `OWNER/REPO` names.

use std::fmt;

/// A GitHub repository name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RepoSlug {
    pub owner: String,
    pub name: String,
}

impl RepoSlug {
    /// Parses `OWNER/REPO`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let valid = |s: &str| {
            !s.is_empty()
                && s.len() <= 100
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        };
        match text.trim().split_once('/') {
            Some((owner, name)) if valid(owner) && valid(name) => Ok(Self {
                owner: owner.to_string(),
                name: name.to_string(),
            }),
            _ => Err(format!(
                "`{text}` is not a repository; write OWNER/REPO, e.g. department-of-veterans-affairs/va.gov-team"
            )),
        }
    }
}

impl fmt::Display for RepoSlug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.owner, self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_owner_and_name() {
        let r = RepoSlug::parse("department-of-veterans-affairs/va.gov-team").unwrap();
        assert_eq!(r.owner, "department-of-veterans-affairs");
        assert_eq!(r.to_string(), "department-of-veterans-affairs/va.gov-team");
        assert!(RepoSlug::parse("a/b/c").is_err());
        assert!(RepoSlug::parse("nope").is_err());
    }
}
