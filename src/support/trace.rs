//! `--verbose`: a trace on stderr of what idreq does and how long each step
//! took — every HTTP request (method, path, status, time), tracker reads,
//! decoding, ranking, output. It never prints headers or bodies, so never
//! the token. Off by default, when it costs one atomic load per event.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;
use std::time::Instant;

static ENABLED: AtomicBool = AtomicBool::new(false);
static STARTED: OnceLock<Instant> = OnceLock::new();

/// Turns the trace on (once, at start-up).
pub fn enable() {
    STARTED.get_or_init(Instant::now);
    ENABLED.store(true, Ordering::Relaxed);
}

/// Says whether the trace is on.
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Prints `what` (built only when tracing) with the time since start-up
/// and since `began`.
pub fn done(began: Instant, what: impl FnOnce() -> String) {
    if !enabled() {
        return;
    }
    let since_start = STARTED.get().map_or(0.0, |s| ms(s.elapsed()));
    // Paths and labels can hold text from the tracker: no control characters.
    let text = crate::support::sanitize::sanitize_line(&what());
    eprintln!(
        "idreq: [{since_start:8.1} ms] {text} ({:.1} ms)",
        ms(began.elapsed())
    );
}

/// Runs `step` and traces how long it took.
pub fn step<T>(what: impl FnOnce(&T) -> String, step: impl FnOnce() -> T) -> T {
    let began = Instant::now();
    let result = step();
    done(began, || what(&result));
    result
}

fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
