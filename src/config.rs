//! The user's configuration: one TOML file (`--config`, `IDREQ_CONFIG`, or
//! the platform config folder), layered over built-in defaults. A broken file
//! is reported with its path, line and column and what to fix.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::faq::Faq;
use crate::request::Catalogue;
use crate::request::RequestType;
use crate::time::BusinessCalendar;
use crate::workflow::labels::{Estimate, LabelScheme};
use crate::workflow::{Replies, Rules, RulesError};

/// Which tracker commands use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum TrackerChoice {
    #[default]
    Local,
    Github,
}

/// `[github]`
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct GithubConfig {
    /// API base URL (GitHub Enterprise Server, or a test server).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_url: Option<String>,
    /// Seconds to wait for a connection.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connect_timeout_secs: Option<u64>,
    /// Seconds to wait for an answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_timeout_secs: Option<u64>,
}

/// `[faq]`
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FaqConfig {
    /// Extra folders of FAQ entries, searched with the bundled ones.
    pub dirs: Vec<PathBuf>,
}

/// `[ranking]`: the weights of the triage score. Every part is printed by
/// `--explain`, so a team can argue with the order and tune it here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RankingWeights {
    /// Affects Veterans in production.
    pub production_impact: f64,
    /// Per priority, once triaged.
    pub priority_p1: f64,
    pub priority_p2: f64,
    pub priority_p3: f64,
    pub priority_p4: f64,
    /// Per unit of response-target pressure (1.0 = due now); capped at 3.
    pub response_pressure: f64,
    /// When the requester's deadline is this close (business days) or past.
    pub deadline_window_days: f64,
    pub deadline: f64,
    /// A release is blocked on this.
    pub blocked_release: f64,
    /// Waiting on the requester, or snoozed: sinks to the bottom.
    pub waiting: f64,
}

impl Default for RankingWeights {
    fn default() -> Self {
        Self {
            production_impact: 100.0,
            priority_p1: 60.0,
            priority_p2: 30.0,
            priority_p3: 10.0,
            priority_p4: 0.0,
            response_pressure: 20.0,
            deadline_window_days: 5.0,
            deadline: 25.0,
            blocked_release: 15.0,
            waiting: -200.0,
        }
    }
}

/// `[estimates]`: days of work per size.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EstimateDays {
    #[serde(rename = "S")]
    pub s: f64,
    #[serde(rename = "M")]
    pub m: f64,
    #[serde(rename = "L")]
    pub l: f64,
    #[serde(rename = "XL")]
    pub xl: f64,
}

impl Default for EstimateDays {
    fn default() -> Self {
        Self {
            s: 1.0,
            m: 3.0,
            l: 5.0,
            xl: 10.0,
        }
    }
}

impl EstimateDays {
    /// Returns the days of work for a size.
    pub fn days(&self, e: Estimate) -> f64 {
        match e {
            Estimate::S => self.s,
            Estimate::M => self.m,
            Estimate::L => self.l,
            Estimate::Xl => self.xl,
        }
    }
}

/// The whole configuration file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// `local` (default) or `github`.
    pub tracker: TrackerChoice,
    /// `OWNER/REPO` for the GitHub tracker.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repo: Option<String>,
    /// Your name on the local tracker (default: your OS user name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    pub github: GithubConfig,
    pub faq: FaqConfig,
    pub labels: LabelScheme,
    /// Days of work per estimate size.
    pub estimates: EstimateDays,
    pub business_time: BusinessCalendar,
    pub ranking: RankingWeights,
    /// How forecasts read the team's history.
    pub forecast: crate::forecast::ForecastConfig,
    /// Replacement texts for the standard replies, by reply name.
    pub replies: BTreeMap<String, String>,
    /// Extra or replacement request types (same format as the bundled ones).
    #[serde(rename = "type", skip_serializing_if = "Vec::is_empty")]
    pub types: Vec<RequestType>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            tracker: TrackerChoice::Local,
            repo: None,
            user: None,
            github: GithubConfig::default(),
            faq: FaqConfig::default(),
            labels: LabelScheme::default(),
            estimates: EstimateDays::default(),
            business_time: BusinessCalendar::default(),
            ranking: RankingWeights::default(),
            forecast: crate::forecast::ForecastConfig::default(),
            replies: BTreeMap::new(),
            types: Vec::new(),
        }
    }
}

/// Why the configuration could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {detail}")]
    Unreadable { path: PathBuf, detail: String },
    #[error("{path}:{line}:{column}: {message}")]
    Invalid {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: {message}")]
    Inconsistent { path: PathBuf, message: String },
}

impl ConfigError {
    /// Returns the file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            ConfigError::Unreadable { path, .. }
            | ConfigError::Invalid { path, .. }
            | ConfigError::Inconsistent { path, .. } => path,
        }
    }
}

/// A loaded configuration and where it came from.
#[derive(Debug, Clone)]
pub struct LoadedConfig {
    pub config: Config,
    pub path: PathBuf,
    /// False when no file exists and the defaults are in use.
    pub exists: bool,
}

impl fmt::Display for TrackerChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TrackerChoice::Local => "local",
            TrackerChoice::Github => "github",
        })
    }
}

/// Reads the config file at `path`; a missing file means the defaults.
pub fn load(path: &Path) -> Result<LoadedConfig, ConfigError> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(LoadedConfig {
                config: Config::default(),
                path: path.to_path_buf(),
                exists: false,
            })
        }
        Err(e) => {
            return Err(ConfigError::Unreadable {
                path: path.to_path_buf(),
                detail: e.to_string(),
            })
        }
    };
    let config = parse(&text, path)?;
    Ok(LoadedConfig {
        config,
        path: path.to_path_buf(),
        exists: true,
    })
}

/// Parses config text; `path` is only used in error messages.
pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
    let config: Config = toml::from_str(text).map_err(|e| {
        let (line, column) = e
            .span()
            .map(|s| line_and_column(text, s.start))
            .unwrap_or((1, 1));
        ConfigError::Invalid {
            path: path.to_path_buf(),
            line,
            column,
            message: e.message().trim().to_string(),
        }
    })?;
    let hours = &config.business_time;
    if hours.start_hour >= hours.end_hour || hours.end_hour > 24 {
        return Err(ConfigError::Inconsistent {
            path: path.to_path_buf(),
            message: format!(
                "`business_time`: the working day must start before it ends, within 0-24 (day_start_hour = {}, day_end_hour = {})",
                hours.start_hour, hours.end_hour
            ),
        });
    }
    if let Some(repo) = &config.repo {
        if let Err(message) = crate::tracker::repo::RepoSlug::parse(repo) {
            return Err(ConfigError::Inconsistent {
                path: path.to_path_buf(),
                message: format!("`repo`: {message}"),
            });
        }
    }
    Ok(config)
}

pub use crate::support::position::line_and_column;

/// The starter file `idreq config init` writes: every setting, commented.
pub const STARTER: &str = r#"# idreq configuration. Every setting is optional; the values shown are the defaults.

# Where requests go: "local" (an embedded tracker on this machine; the Identity
# team cannot see it) or "github".
# tracker = "local"

# The team's repository, for the GitHub tracker.
# repo = "department-of-veterans-affairs/va.gov-team"

# Your name on the local tracker (default: your OS user name).
# user = "jdoe"

[github]
# api_url = "https://api.github.com"   # GitHub Enterprise Server: https://HOST/api/v3
# connect_timeout_secs = 10
# read_timeout_secs = 30

[faq]
# Extra folders of FAQ entries (markdown with +++ front matter), searched with
# the bundled ones.
# dirs = ["~/identity-faq"]

[labels]
# base = "identity-request"
# status_new = "status: new"
# status_triaged = "status: triaged"
# status_in_progress = "status: in-progress"
# status_waiting = "status: waiting-on-requester"
# priority_prefix = "priority: "
# estimate_prefix = "estimate: "
# target_prefix = "target: "
# snoozed_prefix = "snoozed-until: "
# production_impact = "production-impact"

[estimates]
# Days of work per size.
# S = 1.0
# M = 3.0
# L = 5.0
# XL = 10.0

[business_time]
# Working hours in UTC (14-22 is 9:00-17:00 US Eastern standard time).
# day_start_hour = 14
# day_end_hour = 22
# holidays = [2026-12-25, 2027-01-01]

[forecast]
# Weeks of closed requests the forecasts rest on, Monte Carlo runs, the fewest
# completed requests in the window before a simulation is trusted, the seed.
# window_weeks = 12
# runs = 10000
# min_history = 10
# seed = 14

[ranking]
# production_impact = 100.0
# priority_p1 = 60.0
# priority_p2 = 30.0
# priority_p3 = 10.0
# priority_p4 = 0.0
# response_pressure = 20.0
# deadline_window_days = 5.0
# deadline = 25.0
# blocked_release = 15.0
# waiting = -200.0

[replies]
# Replace a standard reply by name; see `idreq triage replies`.
# accepted = "Thanks {requester}! ..."

# Add or replace request types with [[type]] tables in the same format as the
# bundled catalogue (see `idreq types --json`).
"#;

impl Config {
    /// The bundled types and replies with this config's additions, and `faq`.
    pub fn rules(&self, faq: Faq) -> Result<Rules, RulesError> {
        Ok(Rules {
            catalogue: self.catalogue()?,
            labels: self.labels.clone(),
            replies: Replies::new(&self.replies).map_err(RulesError::Replies)?,
            faq,
        })
    }

    /// The bundled request types with this config's `[[type]]` tables on top.
    pub fn catalogue(&self) -> Result<Catalogue, RulesError> {
        Catalogue::bundled()
            .with_overrides(self.types.clone())
            .map_err(|e| RulesError::Catalogue(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starter_file_is_valid_and_means_the_defaults() {
        assert_eq!(parse(STARTER, Path::new("x")).unwrap(), Config::default());
    }

    #[test]
    fn errors_point_at_line_and_column() {
        let err = parse(
            "tracker = \"local\"\n[faq]\ndirz = []\n",
            Path::new("c.toml"),
        )
        .unwrap_err();
        match err {
            ConfigError::Invalid {
                line,
                column,
                message,
                ..
            } => {
                assert_eq!((line, column), (3, 1));
                assert!(message.contains("unknown field `dirz`"), "{message}");
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn a_bad_repo_is_reported() {
        let err = parse("repo = \"nope\"", Path::new("c.toml")).unwrap_err();
        assert!(err.to_string().contains("OWNER/REPO"), "{err}");
    }
}
