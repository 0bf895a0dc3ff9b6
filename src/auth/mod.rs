//! The GitHub token: where one can come from (`GH_TOKEN`, `GITHUB_TOKEN`,
//! the OS keyring, an opted-in file, in that order; `app::github` looks them
//! up) and the keyring stores. The token lives in a `SecretString`; it is
//! never printed, logged or written to the config.

pub mod keyring;

use std::fmt;
use std::path::PathBuf;

use secrecy::SecretString;
use serde::Serialize;

/// Default seconds to wait for a connection.
pub const CONNECT_TIMEOUT_SECS: u64 = 10;
/// Default seconds to wait for an answer.
pub const READ_TIMEOUT_SECS: u64 = 30;

/// Where the token in use came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum TokenSource {
    GhToken,
    GithubToken,
    Keyring { store: String },
    File { path: PathBuf },
}

impl fmt::Display for TokenSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TokenSource::GhToken => f.write_str("the GH_TOKEN environment variable"),
            TokenSource::GithubToken => f.write_str("the GITHUB_TOKEN environment variable"),
            TokenSource::Keyring { store } => write!(f, "{store}"),
            TokenSource::File { path } => {
                write!(f, "the file {} (insecure storage)", path.display())
            }
        }
    }
}

/// A token and where it came from.
pub struct FoundToken {
    pub token: SecretString,
    pub source: TokenSource,
}
