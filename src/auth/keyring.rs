//! Where a GitHub token is kept between runs: the OS keyring through
//! `keyring-core`, or (only when asked with `--insecure-storage`) a plain
//! file readable by the user alone.
//!
//! Stores are chosen deliberately, not by whatever a wrapper crate defaults to:
//! on desktop Linux (a D-Bus session is there) the Secret Service (GNOME
//! Keyring, KWallet), which keeps the token across reboots; otherwise the
//! kernel keyutils store, which needs no daemon and works on headless servers
//! and in CI (`keyctl session -`); on macOS the login Keychain; on Windows the
//! Credential Manager. `IDREQ_KEYRING` picks `secret-service`, `keyutils`,
//! `keychain`, `windows` or `none`. The stores are the keyring-rs project's own
//! crates over `keyring-core`, which its `keyring` v4 crate recommends for
//! applications that choose their stores (its all-in-one mode cannot pick
//! keyutils on a headless Linux). Every keyring call runs on its own thread and is
//! abandoned after `KEYRING_TIMEOUT`, since a keyring that waits for an unlock
//! prompt nobody sees must not hang the CLI (gh does the same).

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};

/// The longest a keyring call may take.
pub const KEYRING_TIMEOUT: Duration = Duration::from_secs(3);

/// The keyring service name; the account is the API host.
pub const SERVICE: &str = "idreq";

/// Which OS keyring to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyringChoice {
    /// The Secret Service over D-Bus (GNOME Keyring, KWallet).
    SecretService,
    /// The Linux kernel keyring (keyutils).
    Keyutils,
    /// The macOS login Keychain.
    Keychain,
    /// The Windows Credential Manager.
    WindowsCredentials,
    /// No keyring: tokens come from the environment (or an opted-in file).
    None,
}

impl KeyringChoice {
    /// Reads `IDREQ_KEYRING`; unset means the platform's default store
    /// (`dbus_session`: a D-Bus session bus is there).
    pub fn from_setting(value: Option<&str>, dbus_session: bool) -> Result<Self, String> {
        match value.map(|v| v.trim().to_ascii_lowercase()).as_deref() {
            None | Some("") | Some("auto") | Some("default") => {
                Ok(Self::platform_default(dbus_session))
            }
            Some("secret-service") => Ok(Self::SecretService),
            Some("keyutils") => Ok(Self::Keyutils),
            Some("keychain") => Ok(Self::Keychain),
            Some("windows") | Some("credential-manager") => Ok(Self::WindowsCredentials),
            Some("none") => Ok(Self::None),
            Some(other) => Err(format!(
                "IDREQ_KEYRING is `{other}`; use secret-service, keyutils, keychain, windows or none"
            )),
        }
    }

    fn platform_default(dbus_session: bool) -> Self {
        if cfg!(target_os = "macos") {
            Self::Keychain
        } else if cfg!(target_os = "windows") {
            Self::WindowsCredentials
        } else if cfg!(target_os = "linux") && dbus_session {
            Self::SecretService
        } else if cfg!(target_os = "linux") {
            Self::Keyutils
        } else {
            Self::None
        }
    }

    /// Returns the store's name for messages.
    pub fn name(self) -> &'static str {
        match self {
            Self::SecretService => "the Secret Service keyring (GNOME Keyring, KWallet)",
            Self::Keyutils => "the Linux kernel keyring (keyutils)",
            Self::Keychain => "the macOS Keychain",
            Self::WindowsCredentials => "the Windows Credential Manager",
            Self::None => "no keyring",
        }
    }
}

/// Why the keyring could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyringError {
    #[error("no OS keyring is available here ({0})")]
    Unavailable(String),
    #[error("the keyring did not answer within {} seconds", KEYRING_TIMEOUT.as_secs())]
    TimedOut,
    #[error("the keyring failed: {0}")]
    Failed(String),
}

/// One token slot: a keyring entry for `account` (the API host).
#[derive(Debug, Clone)]
pub struct TokenSlot {
    pub choice: KeyringChoice,
    pub service: String,
    pub account: String,
}

fn unavailable(e: &keyring_core::Error) -> KeyringError {
    use keyring_core::Error as E;
    match e {
        // keyutils refuses when the process has no session keyring of its own
        // (common over sudo, su or in containers).
        E::NoStorageAccess(_) => KeyringError::Unavailable(
            "the keyring refused access (it is locked, or there is no login session keyring)"
                .into(),
        ),
        E::PlatformFailure(inner) => KeyringError::Unavailable(inner.to_string()),
        E::NoDefaultStore => KeyringError::Unavailable("no store is configured".into()),
        other => KeyringError::Failed(other.to_string()),
    }
}

/// Runs `op` on a thread and gives up after `KEYRING_TIMEOUT`.
fn with_timeout<T: Send + 'static>(
    op: impl FnOnce() -> Result<T, KeyringError> + Send + 'static,
) -> Result<T, KeyringError> {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("keyring".into())
        .spawn(move || {
            let _ = tx.send(op());
        })
        .map_err(|e| KeyringError::Failed(format!("cannot start a thread: {e}")))?;
    rx.recv_timeout(KEYRING_TIMEOUT)
        .unwrap_or(Err(KeyringError::TimedOut))
}

/// Opens the chosen store. Each platform compiles only its own stores; asking
/// for another platform's store is reported as unavailable.
fn entry(
    choice: KeyringChoice,
    service: &str,
    account: &str,
) -> Result<keyring_core::Entry, KeyringError> {
    let store = open_store(choice)?;
    keyring_core::Entry::new_in_store(&store, service, account).map_err(|e| unavailable(&e))
}

type Store = std::sync::Arc<keyring_core::api::CredentialStore>;

fn open_store(choice: KeyringChoice) -> Result<Store, KeyringError> {
    let opened: Option<keyring_core::Result<Store>> = match choice {
        #[cfg(target_os = "linux")]
        KeyringChoice::SecretService => {
            Some(zbus_secret_service_keyring_store::Store::new().map(|s| s as Store))
        }
        #[cfg(target_os = "linux")]
        KeyringChoice::Keyutils => {
            Some(linux_keyutils_keyring_store::Store::new().map(|s| s as Store))
        }
        #[cfg(target_os = "macos")]
        KeyringChoice::Keychain => {
            Some(apple_native_keyring_store::keychain::Store::new().map(|s| s as Store))
        }
        #[cfg(target_os = "windows")]
        KeyringChoice::WindowsCredentials => {
            Some(windows_native_keyring_store::Store::new().map(|s| s as Store))
        }
        KeyringChoice::None => return Err(KeyringError::Unavailable("IDREQ_KEYRING=none".into())),
        #[allow(unreachable_patterns)]
        _ => None,
    };
    match opened {
        Some(store) => store.map_err(|e| unavailable(&e)),
        None => Err(KeyringError::Unavailable(format!(
            "{} is not available on this system",
            choice.name()
        ))),
    }
}

impl TokenSlot {
    /// The slot for `host` in the chosen keyring.
    pub fn new(choice: KeyringChoice, host: &str) -> Self {
        Self {
            choice,
            service: SERVICE.to_string(),
            account: host.to_string(),
        }
    }

    fn check(&self) -> Result<(), KeyringError> {
        match self.choice {
            KeyringChoice::None => Err(KeyringError::Unavailable(
                "IDREQ_KEYRING=none, or no keyring on this system".into(),
            )),
            _ => Ok(()),
        }
    }

    /// Reads the stored token; `Ok(None)` when there is none.
    pub fn get(&self) -> Result<Option<SecretString>, KeyringError> {
        self.check()?;
        let (choice, service, account) = (self.choice, self.service.clone(), self.account.clone());
        with_timeout(move || {
            let e = entry(choice, &service, &account)?;
            match e.get_password() {
                Ok(p) => Ok(Some(SecretString::from(p))),
                Err(keyring_core::Error::NoEntry) => Ok(None),
                Err(err) => Err(unavailable(&err)),
            }
        })
    }

    /// Stores `token`, replacing any earlier one.
    pub fn set(&self, token: &SecretString) -> Result<(), KeyringError> {
        self.check()?;
        let (choice, service, account) = (self.choice, self.service.clone(), self.account.clone());
        let token = SecretString::from(token.expose_secret().to_string());
        with_timeout(move || {
            let e = entry(choice, &service, &account)?;
            e.set_password(token.expose_secret())
                .map_err(|err| unavailable(&err))
        })
    }

    /// Deletes the stored token; returns false when there was none.
    pub fn delete(&self) -> Result<bool, KeyringError> {
        self.check()?;
        let (choice, service, account) = (self.choice, self.service.clone(), self.account.clone());
        with_timeout(move || {
            let e = entry(choice, &service, &account)?;
            match e.delete_credential() {
                Ok(()) => Ok(true),
                Err(keyring_core::Error::NoEntry) => Ok(false),
                Err(err) => Err(unavailable(&err)),
            }
        })
    }
}

/// The opted-in plain-text token file for `host` under `dir`.
pub fn insecure_file(dir: &Path, host: &str) -> PathBuf {
    let safe: String = host
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect();
    dir.join("credentials").join(format!("{safe}.token"))
}

/// Reads the token file, if any.
pub fn read_insecure(path: &Path) -> std::io::Result<Option<SecretString>> {
    match std::fs::read_to_string(path) {
        Ok(t) if !t.trim().is_empty() => Ok(Some(SecretString::from(t.trim().to_string()))),
        Ok(_) => Ok(None),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Writes the token file, readable and writable by the user only (0600, in
/// a 0700 folder), created with those modes so it is never briefly readable.
pub fn write_insecure(path: &Path, token: &SecretString) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        options.mode(0o600);
    }
    let mut f = options.open(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    f.write_all(token.expose_secret().as_bytes())?;
    f.write_all(b"\n")
}

/// Deletes the token file; returns false when there was none.
pub fn delete_insecure(path: &Path) -> std::io::Result<bool> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_setting_picks_a_store() {
        assert_eq!(
            KeyringChoice::from_setting(Some("none"), true),
            Ok(KeyringChoice::None)
        );
        assert_eq!(
            KeyringChoice::from_setting(Some("keyutils"), true),
            Ok(KeyringChoice::Keyutils)
        );
        assert_eq!(
            KeyringChoice::from_setting(Some("secret-service"), false),
            Ok(KeyringChoice::SecretService)
        );
        assert_eq!(
            KeyringChoice::from_setting(Some("Keychain"), false),
            Ok(KeyringChoice::Keychain)
        );
        assert_eq!(
            KeyringChoice::from_setting(Some("windows"), false),
            Ok(KeyringChoice::WindowsCredentials)
        );
        let bogus = KeyringChoice::from_setting(Some("bogus"), false).unwrap_err();
        assert!(bogus.contains("keychain, windows or none"), "{bogus}");
        if cfg!(target_os = "linux") {
            // A desktop session has the Secret Service; a server or CI does not.
            assert_eq!(
                KeyringChoice::from_setting(None, true),
                Ok(KeyringChoice::SecretService)
            );
            assert_eq!(
                KeyringChoice::from_setting(None, false),
                Ok(KeyringChoice::Keyutils)
            );
        }
    }

    #[test]
    fn another_platforms_store_is_unavailable_not_a_crash() {
        let foreign = if cfg!(target_os = "macos") {
            KeyringChoice::WindowsCredentials
        } else {
            KeyringChoice::Keychain
        };
        let Err(err) = open_store(foreign) else {
            panic!("a foreign store was opened");
        };
        assert!(
            matches!(&err, KeyringError::Unavailable(m) if m.contains("not available on this system")),
            "{err}"
        );
    }

    #[test]
    fn the_insecure_file_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = insecure_file(dir.path(), "127.0.0.1:8080");
        write_insecure(&path, &SecretString::from("t0k")).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let back = read_insecure(&path).unwrap().unwrap();
        assert_eq!(back.expose_secret(), "t0k");
        assert!(delete_insecure(&path).unwrap());
        assert!(!delete_insecure(&path).unwrap());
    }
}
