//! The one error type the CLI layer returns, its exit codes, and how it is
//! printed (once, in `main`): `error: …`, then details, then `hint: …`.

use std::fmt;

use crate::config::ConfigError;
use crate::support::sanitize::sanitize_text;
use crate::tracker::TrackerError;
use crate::workflow::apply::ApplyError;
use crate::workflow::filing::FilingError;

/// The documented exit codes (see the README).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Success, including an empty list.
    Success = 0,
    /// The operation failed (tracker, network, storage).
    Failure = 1,
    /// Usage or invalid input (bad flags, an invalid field, a value missing without a terminal).
    Usage = 2,
    /// The configuration is invalid.
    Config = 3,
    /// Authentication required or rejected.
    Auth = 4,
    /// Cancelled by the user.
    Cancelled = 130,
}

impl Exit {
    /// Returns the process exit code.
    pub fn code(self) -> u8 {
        self as u8
    }
}

/// An error on its way to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliError {
    pub exit: Exit,
    pub message: String,
    pub details: Vec<String>,
    pub hints: Vec<String>,
}

impl CliError {
    fn new(exit: Exit, message: impl Into<String>) -> Self {
        Self {
            exit,
            message: message.into(),
            details: Vec::new(),
            hints: Vec::new(),
        }
    }

    /// Bad flags or input (exit 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Exit::Usage, message)
    }

    /// The operation failed (exit 1).
    pub fn failure(message: impl Into<String>) -> Self {
        Self::new(Exit::Failure, message)
    }

    /// Authentication needed (exit 4).
    pub fn auth(message: impl Into<String>) -> Self {
        Self::new(Exit::Auth, message)
    }

    /// The user cancelled (exit 130).
    pub fn cancelled(message: impl Into<String>) -> Self {
        Self::new(Exit::Cancelled, message)
    }

    /// Adds a line under the message.
    pub fn detail(mut self, line: impl Into<String>) -> Self {
        self.details.push(line.into());
        self
    }

    /// Adds a next step.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// Returns the text printed on stderr (control characters removed, since
    /// messages may quote tracker text).
    pub fn render(&self) -> String {
        self.render_wrapped(None)
    }

    /// [`render`](Self::render), wrapped to `width` columns when stderr is a
    /// terminal of that width.
    pub fn render_wrapped(&self, width: Option<usize>) -> String {
        let wrap = |text: &str, label: usize| match width {
            Some(w) => crate::ui::wrap::wrap(&sanitize_text(text), w, label, label),
            None => sanitize_text(text),
        };
        let mut out = format!("error: {}\n", wrap(&self.message, "error: ".len()));
        for d in &self.details {
            out.push_str(&format!("  {}\n", wrap(d, 2)));
        }
        for h in &self.hints {
            out.push_str(&format!("hint: {}\n", wrap(h, "hint: ".len())));
        }
        out
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<crate::ui::JsonWriteError> for CliError {
    fn from(e: crate::ui::JsonWriteError) -> Self {
        CliError::failure(e.to_string())
    }
}

impl From<ConfigError> for CliError {
    fn from(e: ConfigError) -> Self {
        Self::new(Exit::Config, format!("invalid configuration: {e}")).hint(format!(
            "fix {} (or move it aside; `idreq config init --force` writes a fresh one)",
            e.path().display()
        ))
    }
}

impl From<TrackerError> for CliError {
    fn from(e: TrackerError) -> Self {
        let message = e.to_string();
        match e {
            TrackerError::Unauthorized => Self::auth("GitHub rejected the token (HTTP 401)")
                .hint("run `idreq auth login`, or set GH_TOKEN to a valid token"),
            TrackerError::Forbidden { .. } => Self::auth(message)
                .hint("check that the token can read and write issues in the repository (`idreq auth status`)"),
            TrackerError::RateLimited { .. } => Self::failure(message)
                .hint("GitHub's API rate limit is used up; try again after the time shown"),
            TrackerError::NotFound { .. } => Self::failure(message),
            TrackerError::Rejected { .. } => Self::failure(message),
            TrackerError::Unreachable { .. } | TrackerError::Timeout | TrackerError::Server { .. } => {
                Self::failure(message).hint("check your connection and try again")
            }
            TrackerError::InvalidResponse { .. } => Self::failure(message),
            TrackerError::Storage { .. } => Self::failure(message)
                .hint("check that the data folder is writable (IDREQ_DATA_DIR moves it)"),
            TrackerError::RepoNotFound { .. } => Self::failure(message).hint(
                "check the repository name (--repo, IDREQ_REPO or `repo` in the config) and that the token has access to it (`idreq auth status`)",
            ),
            TrackerError::Interrupted { .. } => {
                Self::failure(message).hint("check your connection and try again")
            }
        }
    }
}

impl From<ApplyError> for CliError {
    fn from(e: ApplyError) -> Self {
        match e {
            ApplyError::Tracker(e) => e.into(),
            ApplyError::SelfDuplicate(_) => Self::usage(e.to_string()),
            ApplyError::NoSuchOriginal { of, error } => {
                CliError::from(error).hint(format!("--of {of} must name an existing request"))
            }
        }
    }
}

impl From<FilingError> for CliError {
    fn from(e: FilingError) -> Self {
        match e {
            FilingError::Tracker(e) => e.into(),
            other => Self::usage(other.to_string()),
        }
    }
}

/// Shorthand for command results.
pub type CliResult<T = ()> = Result<T, CliError>;
