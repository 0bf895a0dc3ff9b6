//! The committed completion scripts match what the binary generates.

use crate::common::*;

#[test]
fn committed_completions_are_up_to_date() {
    let env = TestEnv::new();
    for (shell, file) in [
        ("bash", "idreq.bash"),
        ("zsh", "_idreq"),
        ("fish", "idreq.fish"),
        ("powershell", "_idreq.ps1"),
        ("elvish", "idreq.elv"),
    ] {
        let out = env.run(&["completions", shell]);
        assert_success(&out);
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("completions")
            .join(file);
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == stdout(&out),
            "completions/{file} is out of date; regenerate with: cargo run -- completions {shell} > completions/{file}"
        );
    }
}
