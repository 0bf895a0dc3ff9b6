//! Everything that reaches the terminal goes through here: data on stdout,
//! messages on stderr, JSON when asked, tables only on a terminal, colour
//! only when wanted. Commands never print directly.

pub mod interrupt;
pub mod markdown;
pub mod prompter;
pub mod render;
pub mod secret;
pub mod table;
pub mod wrap;

use std::io::{self, IsTerminal, Write};

use serde::Serialize;

/// JSON could not be written to stdout (not a closed pipe: that is fine).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot write JSON: {0}")]
pub struct JsonWriteError(pub String);

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

/// Facts about the terminal and the user's choices, decided once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Terminal {
    pub stdin_tty: bool,
    pub stdout_tty: bool,
    pub stderr_tty: bool,
    pub color: bool,
    /// Prompting allowed: all three streams are terminals and neither
    /// `--no-input`, `IDREQ_NO_INPUT` nor `CI` is set.
    pub interactive: bool,
    /// Columns to wrap messages on stderr at; `None` when stderr is not a
    /// terminal (piped messages are never wrapped).
    pub stderr_width: Option<usize>,
}

impl Terminal {
    /// Looks at the real streams.
    pub fn detect(color: ColorChoice, no_color_env: bool, no_input: bool, ci: bool) -> Self {
        let stdin_tty = io::stdin().is_terminal();
        let stdout_tty = io::stdout().is_terminal();
        let stderr_tty = io::stderr().is_terminal();
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => stdout_tty && !no_color_env,
        };
        let stderr_width = stderr_tty
            .then(|| console::Term::stderr().size_checked())
            .flatten()
            .map(|(_, columns)| usize::from(columns).max(20));
        Self {
            stdin_tty,
            stdout_tty,
            stderr_tty,
            color,
            interactive: stdin_tty && stdout_tty && stderr_tty && !no_input && !ci,
            stderr_width,
        }
    }
}

/// The output side of a command.
pub struct Ui {
    out: Box<dyn Write>,
    err: Box<dyn Write>,
    pub term: Terminal,
    /// `--json` was given.
    pub json: bool,
}

impl Ui {
    /// Writes to the process's stdout and stderr.
    pub fn stdio(term: Terminal, json: bool) -> Self {
        crate::support::parallel_json::set_compact(!term.stdout_tty);
        console::set_colors_enabled(term.color);
        console::set_colors_enabled_stderr(term.color && term.stderr_tty);
        Self {
            out: Box::new(io::stdout()),
            err: Box::new(io::stderr()),
            term,
            json,
        }
    }

    /// Writes to the given sinks (tests).
    pub fn with_writers(
        out: Box<dyn Write>,
        err: Box<dyn Write>,
        term: Terminal,
        json: bool,
    ) -> Self {
        Self {
            out,
            err,
            term,
            json,
        }
    }

    /// Prints data (one or more lines) on stdout. A closed pipe is not an
    /// error: `idreq list | head -1` must exit 0.
    pub fn data(&mut self, text: &str) {
        let _ = writeln!(self.out, "{text}");
    }

    /// Prints a value as pretty JSON on stdout.
    /// Indented for a person at a terminal; compact when piped, where a
    /// program reads it (jq and friends indent it again if asked).
    pub fn json<T: Serialize>(&mut self, value: &T) -> Result<(), JsonWriteError> {
        let mut w = io::BufWriter::new(&mut self.out);
        let result = if self.term.stdout_tty {
            serde_json::to_writer_pretty(&mut w, value)
        } else {
            serde_json::to_writer(&mut w, value)
        };
        match result {
            // A reader that stops early (`| head`) is not a failure.
            Err(e) if e.io_error_kind() == Some(io::ErrorKind::BrokenPipe) => return Ok(()),
            Err(e) => return Err(JsonWriteError(e.to_string())),
            Ok(()) => {}
        }
        let _ = writeln!(w);
        let _ = w.flush();
        Ok(())
    }

    /// Prints a status line on stderr.
    pub fn status(&mut self, text: &str) {
        let text = self.wrapped(text, 0, 0);
        let _ = writeln!(self.err, "{text}");
    }

    /// Prints `warning: …` on stderr.
    pub fn warn(&mut self, text: &str) {
        let label = console::style("warning:").yellow().bold().for_stderr();
        let text = self.wrapped(text, "warning: ".len(), "warning: ".len());
        let _ = writeln!(self.err, "{label} {text}");
    }

    /// Prints `hint: …` on stderr.
    pub fn hint(&mut self, text: &str) {
        let label = console::style("hint:").cyan().for_stderr();
        let text = self.wrapped(text, "hint: ".len(), "hint: ".len());
        let _ = writeln!(self.err, "{label} {text}");
    }

    /// Prints a success line (`✓ …`) on stderr.
    pub fn success(&mut self, text: &str) {
        let mark = console::style("✓").green().for_stderr();
        let text = self.wrapped(text, 2, 2);
        let _ = writeln!(self.err, "{mark} {text}");
    }

    /// `text` wrapped to stderr's width when it is a terminal, else as it is.
    pub fn wrapped<'t>(
        &self,
        text: &'t str,
        first_used: usize,
        indent: usize,
    ) -> std::borrow::Cow<'t, str> {
        match self.term.stderr_width {
            Some(width) => wrap::wrap(text, width, first_used, indent).into(),
            None => text.into(),
        }
    }

    /// Prints a note on stderr only when a person is watching (an empty list
    /// note, for instance, must not pollute a pipe).
    pub fn note_if_tty(&mut self, text: &str) {
        if self.term.stderr_tty {
            self.status(text);
        }
    }

    /// Flushes both streams.
    pub fn flush(&mut self) {
        let _ = self.out.flush();
        let _ = self.err.flush();
    }
}
