//! What a command runs with: the resolved configuration, the clock, the
//! output, and lazy constructors for the expensive parts (the tracker, the
//! FAQ), so `idreq faq search` never opens a database or a network client.

pub mod args;
pub mod env;
pub mod error;
pub mod github;
pub mod settings;

use std::path::PathBuf;

use crate::app::args::GlobalArgs;
use crate::app::env::Env;
use crate::app::error::{CliError, CliResult};
use crate::config::{self, LoadedConfig, TrackerChoice};
use crate::faq::Faq;
use crate::request::draft::DraftStore;
use crate::request::Catalogue;
use crate::time::clock::{parse_instant, Clock};
use crate::tracker::cache::PageCache;
use crate::tracker::github::GitHubTracker;
use crate::tracker::local::LocalTracker;
use crate::tracker::AnyTracker;
use crate::ui::Ui;
use crate::workflow::{Replies, Rules};
use settings::Settings;

/// The per-invocation state.
pub struct Context {
    pub env: Env,
    pub global: GlobalArgs,
    pub ui: Ui,
    pub clock: Clock,
    pub config: LoadedConfig,
    /// Flags, environment and config resolved once.
    pub settings: Settings,
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
        let settings = Settings::resolve(&global, &env, &config.config);
        Ok(Self {
            env,
            global,
            ui,
            clock,
            config,
            settings,
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
        self.settings.data_dir.clone()
    }

    /// Returns the draft store.
    pub fn drafts(&self) -> DraftStore {
        DraftStore::new(self.data_dir().join("drafts"))
    }

    /// Returns which tracker to use: flag/env, then config.
    pub fn tracker_choice(&self) -> TrackerChoice {
        self.settings.tracker
    }

    /// Returns the local user name.
    pub fn local_user(&self) -> String {
        self.settings.user.clone()
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
                let tracker = github::connect(self)?.with_cache(cache);
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
                let repo = github::require_repo(self)?;
                let settings = github::settings(self, repo, String::new().into());
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

impl Context {
    /// Loads the bundled FAQ entries plus the configured and `--faq-dir`
    /// folders, warning about (and skipping) entries that cannot be read.
    pub fn faq(&mut self) -> CliResult<crate::faq::Faq> {
        load_faq(self)
    }

    /// Returns what the request lifecycle reads: types, labels, replies, FAQ.
    pub fn rules(&mut self) -> CliResult<Rules> {
        let replies = self.replies()?;
        let faq = self.faq()?;
        self.rules_with(replies, faq)
    }

    /// Returns the reply templates: bundled, with the config's `[replies]`.
    pub fn replies(&self) -> CliResult<Replies> {
        Replies::new(&self.config.config.replies).map_err(|message| {
            CliError::from(config::ConfigError::Inconsistent {
                path: self.config.path.clone(),
                message,
            })
        })
    }

    /// Returns the rules with these replies and this FAQ.
    pub fn rules_with(&mut self, replies: Replies, faq: Faq) -> CliResult<Rules> {
        Ok(Rules {
            catalogue: self.catalogue()?.clone(),
            labels: self.config.config.labels.clone(),
            replies,
            faq,
        })
    }
}

/// The bundled and configured FAQ folders.
fn faq_dirs(ctx: &Context) -> Vec<std::path::PathBuf> {
    ctx.settings.faq_dirs.clone()
}

fn warn_skipped(ctx: &mut Context, skipped: &[crate::faq::Skipped]) {
    for s in skipped {
        let at = if s.line > 0 {
            format!("{}:{}", s.path.display(), s.line)
        } else {
            s.path.display().to_string()
        };
        ctx.ui
            .warn(&format!("skipped FAQ entry {at}: {}", s.message));
    }
}

/// Loads the bundled entries plus the configured and `--faq-dir` folders,
/// warning about (and skipping) entries that cannot be read.
pub fn load_faq(ctx: &mut Context) -> CliResult<Faq> {
    let mut faq = crate::faq::Faq::bundled();
    for dir in faq_dirs(ctx) {
        faq.add_dir(&dir);
    }
    warn_skipped(ctx, &faq.skipped);
    Ok(faq)
}

/// Loads what search needs, from the cache when nothing changed since it
/// was written (see `faq::cache`).
pub fn load_for_search(ctx: &mut Context) -> CliResult<crate::faq::cache::Loaded> {
    let dirs = faq_dirs(ctx);
    let key = dirs.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, d| {
        d.display()
            .to_string()
            .bytes()
            .fold(h, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
    });
    let cache_file = ctx
        .data_dir()
        .join("cache")
        .join(format!("faq-index-{key:016x}.bin"));
    let loaded = crate::faq::cache::load(&dirs, Some(&cache_file));
    warn_skipped(ctx, &loaded.skipped);
    Ok(loaded)
}
