//! What a command runs with: the resolved configuration, the clock, the
//! output, and lazy constructors for the expensive parts (the tracker, the
//! FAQ), so `idreq faq search` never opens a database or a network client.

pub mod env;
pub mod error;

use std::path::PathBuf;

use crate::app::env::Env;
use crate::app::error::{CliError, CliResult};
use crate::cli::GlobalArgs;
use crate::config::{self, LoadedConfig, TrackerChoice};
use crate::request::draft::DraftStore;
use crate::request::Catalogue;
use crate::time::clock::{parse_instant, Clock};
use crate::tracker::cache::PageCache;
use crate::tracker::github::GitHubTracker;
use crate::tracker::local::LocalTracker;
use crate::tracker::AnyTracker;
use crate::ui::Ui;

/// The per-invocation state.
pub struct Context {
    pub env: Env,
    pub global: GlobalArgs,
    pub ui: Ui,
    pub clock: Clock,
    pub config: LoadedConfig,
    catalogue: Option<Catalogue>,
}

/// Returns the config file path: `--config`/`IDREQ_CONFIG`, else the platform default.
pub fn config_path(global: &GlobalArgs) -> PathBuf {
    global.config.clone().unwrap_or_else(|| {
        directories::ProjectDirs::from("gov", "va", "idreq")
            .map(|d| d.config_dir().join("config.toml"))
            .unwrap_or_else(|| PathBuf::from("idreq-config.toml"))
    })
}

impl Context {
    /// Resolves clock and configuration.
    pub fn new(env: Env, global: GlobalArgs, ui: Ui) -> CliResult<Self> {
        let clock = match &env.now {
            None => Clock::system(),
            Some(text) => Clock::fixed(parse_instant(text).ok_or_else(|| {
                CliError::usage(format!("IDREQ_NOW is `{text}`, which is not a time")).hint(
                    "use RFC 3339, e.g. IDREQ_NOW=2026-12-01T15:00:00Z, or a date like 2026-12-01",
                )
            })?),
        };
        let config = config::load(&config_path(&global))?;
        Ok(Self {
            env,
            global,
            ui,
            clock,
            config,
            catalogue: None,
        })
    }

    /// Returns the request types: bundled, plus those from the config.
    pub fn catalogue(&mut self) -> CliResult<&Catalogue> {
        if self.catalogue.is_none() {
            let c = Catalogue::bundled()
                .with_overrides(self.config.config.types.clone())
                .map_err(|e| {
                    CliError::from(config::ConfigError::Inconsistent {
                        path: self.config.path.clone(),
                        message: format!("request types: {e}"),
                    })
                })?;
            self.catalogue = Some(c);
        }
        Ok(self.catalogue.as_ref().expect("set just above"))
    }

    /// Returns the folder for the local tracker and drafts.
    pub fn data_dir(&self) -> PathBuf {
        self.env.data_dir.clone().unwrap_or_else(|| {
            directories::ProjectDirs::from("gov", "va", "idreq")
                .map(|d| d.data_dir().to_path_buf())
                .unwrap_or_else(|| PathBuf::from(".idreq"))
        })
    }

    /// Returns the draft store.
    pub fn drafts(&self) -> DraftStore {
        DraftStore::new(self.data_dir().join("drafts"))
    }

    /// Returns which tracker to use: flag/env, then config.
    pub fn tracker_choice(&self) -> TrackerChoice {
        self.global.tracker.unwrap_or(self.config.config.tracker)
    }

    /// Returns the local user name.
    pub fn local_user(&self) -> String {
        self.config
            .config
            .user
            .clone()
            .or_else(|| self.env.user.clone())
            .unwrap_or_else(|| "me".to_string())
    }

    /// Opens the configured tracker.
    pub async fn tracker(&mut self) -> CliResult<AnyTracker> {
        match self.tracker_choice() {
            TrackerChoice::Local => {
                let path = self.data_dir().join("requests.sqlite3");
                Ok(AnyTracker::Local(LocalTracker::open(
                    &path,
                    &self.local_user(),
                    self.clock,
                )?))
            }
            TrackerChoice::Github => {
                let cache = PageCache::new(self.github_cache_dir(), self.clock.now());
                let tracker = crate::auth::connect(self)?.with_cache(cache);
                Ok(AnyTracker::GitHub(self.tuned(tracker)))
            }
        }
    }

    /// Opens the configured tracker without the network: GitHub answers lists
    /// from the pages saved by the last online run (and needs no token); the
    /// local tracker is always offline.
    pub async fn offline_tracker(&mut self) -> CliResult<AnyTracker> {
        match self.tracker_choice() {
            TrackerChoice::Local => self.tracker().await,
            TrackerChoice::Github => {
                let repo = crate::auth::require_repo(self)?;
                let settings = crate::auth::settings(self, repo, String::new().into());
                let cache = PageCache::offline(self.github_cache_dir(), self.clock.now());
                Ok(AnyTracker::GitHub(
                    GitHubTracker::new(settings)?.with_cache(cache),
                ))
            }
        }
    }

    /// Returns the folder for saved GitHub list pages.
    pub fn github_cache_dir(&self) -> PathBuf {
        self.data_dir().join("cache").join("github")
    }

    /// Applies the undocumented tuning knobs (benchmarks only).
    fn tuned(&self, tracker: GitHubTracker) -> GitHubTracker {
        match self.env.github_page_concurrency.as_deref().map(str::parse) {
            Some(Ok(pages)) => tracker.with_page_concurrency(pages),
            _ => tracker,
        }
    }
}
