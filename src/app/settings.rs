//! Settings resolved once per run, in one place: a flag beats the
//! environment, which beats the config file, which beats the default. Every
//! command reads these values; none works the order out again.

use std::path::{Path, PathBuf};

use crate::app::args::GlobalArgs;
use crate::app::env::Env;
use crate::config::{Config, TrackerChoice};
use crate::tracker::github::DEFAULT_API_URL;

/// What a run uses, with the precedence applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Which tracker: `--tracker`/`IDREQ_TRACKER`, then config `tracker`.
    pub tracker: TrackerChoice,
    /// The repository as written (`--repo`/`IDREQ_REPO`, then config `repo`);
    /// parsed where a command needs it, so a bad value only fails those.
    pub repo: Option<String>,
    /// GitHub's API base URL, without a trailing `/`.
    pub api_url: String,
    /// The folder for the local tracker, drafts and caches.
    pub data_dir: PathBuf,
    /// Extra FAQ folders: config `faq.dirs`, then `--faq-dir`, `~` expanded.
    pub faq_dirs: Vec<PathBuf>,
    /// Who "me" is on the local tracker: config `user`, `IDREQ_USER`/`USER`, else `me`.
    pub user: String,
}

impl Settings {
    /// Applies the precedence to the flags, the environment and the config.
    pub fn resolve(global: &GlobalArgs, env: &Env, config: &Config) -> Self {
        Self {
            tracker: global.tracker.unwrap_or(config.tracker),
            repo: global.repo.clone().or_else(|| config.repo.clone()),
            api_url: env
                .github_api_url
                .clone()
                .or_else(|| config.github.api_url.clone())
                .unwrap_or_else(|| DEFAULT_API_URL.to_string())
                .trim_end_matches('/')
                .to_string(),
            data_dir: env.data_dir.clone().unwrap_or_else(default_data_dir),
            faq_dirs: config
                .faq
                .dirs
                .iter()
                .chain(global.faq_dirs.iter())
                .map(|d| expand_home(d, env.home.as_deref()))
                .collect(),
            user: config
                .user
                .clone()
                .or_else(|| env.user.clone())
                .unwrap_or_else(|| "me".to_string()),
        }
    }

    /// The host (and port) of the API URL: the keyring account name.
    pub fn api_host(&self) -> &str {
        let rest = self
            .api_url
            .split_once("://")
            .map_or(self.api_url.as_str(), |(_, r)| r);
        rest.split('/').next().unwrap_or(rest)
    }
}

fn default_data_dir() -> PathBuf {
    directories::ProjectDirs::from("gov", "va", "idreq")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".idreq"))
}

fn expand_home(path: &Path, home: Option<&Path>) -> PathBuf {
    match (path.strip_prefix("~"), home) {
        (Ok(rest), Some(home)) => home.join(rest),
        _ => path.to_path_buf(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(text: &str) -> Config {
        toml::from_str(text).expect("test config parses")
    }

    #[test]
    fn a_flag_beats_the_config_and_the_config_beats_the_default() {
        let env = Env::default();
        let from_config = config("tracker = \"github\"\nrepo = \"team/requests\"\n");
        let settings = Settings::resolve(&GlobalArgs::default(), &env, &from_config);
        assert_eq!(settings.tracker, TrackerChoice::Github);
        assert_eq!(settings.repo.as_deref(), Some("team/requests"));

        let global = GlobalArgs {
            tracker: Some(TrackerChoice::Local),
            repo: Some("other/repo".into()),
            ..GlobalArgs::default()
        };
        let settings = Settings::resolve(&global, &env, &from_config);
        assert_eq!(settings.tracker, TrackerChoice::Local);
        assert_eq!(settings.repo.as_deref(), Some("other/repo"));

        let settings = Settings::resolve(&GlobalArgs::default(), &env, &config(""));
        assert_eq!(settings.api_url, DEFAULT_API_URL);
        assert_eq!(settings.user, "me");
    }

    #[test]
    fn the_environment_beats_the_config_for_the_api_url_and_the_host_is_the_keyring_account() {
        let env = Env {
            github_api_url: Some("http://127.0.0.1:8765/".into()),
            ..Env::default()
        };
        let settings = Settings::resolve(
            &GlobalArgs::default(),
            &env,
            &config("[github]\napi_url = \"https://ghe.example/api/v3\"\n"),
        );
        assert_eq!(settings.api_url, "http://127.0.0.1:8765");
        assert_eq!(settings.api_host(), "127.0.0.1:8765");
    }

    #[test]
    fn faq_folders_from_the_config_come_first_and_tilde_is_home() {
        let env = Env {
            home: Some(PathBuf::from("/home/ana")),
            ..Env::default()
        };
        let global = GlobalArgs {
            faq_dirs: vec![PathBuf::from("/extra")],
            ..GlobalArgs::default()
        };
        let settings =
            Settings::resolve(&global, &env, &config("[faq]\ndirs = [\"~/team-faq\"]\n"));
        assert_eq!(
            settings.faq_dirs,
            vec![PathBuf::from("/home/ana/team-faq"), PathBuf::from("/extra")]
        );
    }
}
