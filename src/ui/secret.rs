//! Reading a secret from the terminal without echoing it.
//!
//! dialoguer's password prompt turns echo off with `TCSAFLUSH`, which throws
//! away anything typed or pasted before the prompt was drawn: a token pasted
//! while idreq was still starting up vanished and the prompt waited for
//! ever. This reader changes the terminal at once (`TCSANOW`) so early input
//! is kept, and records the terminal's settings so Ctrl-C puts echo back.

use std::io;
#[cfg(unix)]
use std::{io::BufRead, sync::Mutex};

/// The settings to restore if the process is interrupted while echo is off.
#[cfg(unix)]
static SAVED: Mutex<Option<rustix::termios::Termios>> = Mutex::new(None);

/// Reads one line from standard input (a terminal) with echo off; the
/// trailing newline is dropped. `Ok(None)` means end of input.
#[cfg(unix)]
pub fn read_hidden_line() -> io::Result<Option<String>> {
    use rustix::termios::{tcgetattr, tcsetattr, LocalModes, OptionalActions};
    let stdin = io::stdin();
    let original = tcgetattr(&stdin)?;
    let mut hidden = original.clone();
    hidden.local_modes.remove(LocalModes::ECHO);
    if let Ok(mut saved) = SAVED.lock() {
        *saved = Some(original.clone());
    }
    tcsetattr(&stdin, OptionalActions::Now, &hidden)?;
    let mut line = String::new();
    let read = stdin.lock().read_line(&mut line);
    let restored = tcsetattr(&stdin, OptionalActions::Now, &original);
    if let Ok(mut saved) = SAVED.lock() {
        *saved = None;
    }
    restored?;
    if read? == 0 {
        return Ok(None);
    }
    let len = line.trim_end_matches(['\r', '\n']).len();
    line.truncate(len);
    Ok(Some(line))
}

/// Puts echo back if a hidden read was cut short (called on Ctrl-C).
#[cfg(unix)]
pub fn restore_terminal() {
    use rustix::termios::{tcsetattr, OptionalActions};
    // try_lock: the interrupted thread may hold the lock; never block an exit.
    if let Ok(saved) = SAVED.try_lock() {
        if let Some(original) = saved.as_ref() {
            let _ = tcsetattr(io::stdin(), OptionalActions::Now, original);
        }
    }
}

#[cfg(not(unix))]
pub fn read_hidden_line() -> io::Result<Option<String>> {
    console::Term::stderr().read_secure_line().map(Some)
}

#[cfg(not(unix))]
pub fn restore_terminal() {}
