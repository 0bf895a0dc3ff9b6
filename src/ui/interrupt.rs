//! Ctrl-C during a prompt. dialoguer reads keys with the terminal's signal
//! keys left on, so Ctrl-C kills the process mid-prompt with the cursor
//! hidden. This handler puts the cursor back, says where the draft is (it was
//! saved after the last answer) and exits with 130.

use std::sync::{Mutex, Once};

use crate::request::RequestId;

static DRAFT: Mutex<Option<String>> = Mutex::new(None);
static INSTALL: Once = Once::new();

/// Remembers the draft to mention if the user presses Ctrl-C, and installs
/// the handler once.
pub fn watch_draft(id: &RequestId) {
    if let Ok(mut d) = DRAFT.lock() {
        *d = Some(id.to_string());
    }
    install();
}

/// Installs the handler (once): cursor back, a note, exit 130.
pub fn install() {
    INSTALL.call_once(|| {
        let _ = ctrlc::set_handler(|| {
            crate::ui::secret::restore_terminal();
            let term = console::Term::stderr();
            let _ = term.show_cursor();
            let id = DRAFT.lock().ok().and_then(|d| d.clone());
            let _ = term.write_line("");
            match id {
                Some(id) => {
                    let _ = term.write_line(&format!(
                        "Cancelled. Your answers are kept: `idreq new --resume {id}` continues."
                    ));
                }
                None => {
                    let _ = term.write_line("Cancelled.");
                }
            }
            std::process::exit(130);
        });
    });
}
