//! The only place that reads the process environment. Everything else gets
//! these values passed in, so tests can set them without touching globals.

use std::ffi::OsString;
use std::path::PathBuf;

/// The environment variables idreq reads, resolved once at start-up.
#[derive(Debug, Clone, Default)]
pub struct Env {
    pub config: Option<PathBuf>,
    pub data_dir: Option<PathBuf>,
    pub now: Option<String>,
    pub user: Option<String>,
    pub no_color: bool,
    pub ci: bool,
    pub editor: Option<String>,
    pub gh_token: Option<String>,
    pub github_token: Option<String>,
    pub github_api_url: Option<String>,
    pub keyring: Option<String>,
    pub home: Option<PathBuf>,
    /// A D-Bus session bus is there (desktop Linux), so the Secret Service can be asked.
    pub dbus_session: bool,
    /// `IDREQ_GITHUB_PAGE_CONCURRENCY`: list pages fetched at once (benchmarks
    /// set 1 to measure fetching pages one after another).
    pub github_page_concurrency: Option<String>,
    /// `IDREQ_SLACK_BOT_TOKEN` (xoxb-…), for the Slack front door.
    pub slack_bot_token: Option<String>,
    /// `IDREQ_SLACK_SIGNING_SECRET`, for Slack's HTTP mode.
    pub slack_signing_secret: Option<String>,
}

fn var(name: &str) -> Option<String> {
    #[allow(clippy::disallowed_methods)]
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

fn path(name: &str) -> Option<PathBuf> {
    #[allow(clippy::disallowed_methods)]
    std::env::var_os(name)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

fn truthy(name: &str) -> bool {
    var(name).is_some_and(|v| !matches!(v.to_ascii_lowercase().as_str(), "0" | "false" | "no"))
}

impl Env {
    /// Reads the real environment.
    pub fn from_process() -> Self {
        Self {
            config: path("IDREQ_CONFIG"),
            data_dir: path("IDREQ_DATA_DIR"),
            now: var("IDREQ_NOW"),
            user: var("IDREQ_USER")
                .or_else(|| var("USER"))
                .or_else(|| var("USERNAME")),
            no_color: var("NO_COLOR").is_some(),
            ci: truthy("CI"),
            editor: var("VISUAL").or_else(|| var("EDITOR")),
            gh_token: var("GH_TOKEN"),
            github_token: var("GITHUB_TOKEN"),
            github_api_url: var("IDREQ_GITHUB_API_URL"),
            keyring: var("IDREQ_KEYRING"),
            home: path("HOME"),
            dbus_session: var("DBUS_SESSION_BUS_ADDRESS").is_some(),
            github_page_concurrency: var("IDREQ_GITHUB_PAGE_CONCURRENCY"),
            slack_bot_token: var("IDREQ_SLACK_BOT_TOKEN"),
            slack_signing_secret: var("IDREQ_SLACK_SIGNING_SECRET"),
        }
    }
}

/// Returns the raw argument list (a seam for tests of `main`).
pub fn args() -> Vec<OsString> {
    std::env::args_os().collect()
}
