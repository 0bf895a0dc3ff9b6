//! The one integration-test crate: every area is a module, so there is a
//! single link step.

mod common;

mod auth;
mod board_cache;
mod completions;
mod config;
mod contract;
mod faq;
mod faq_eval;
mod faults_network;
mod forecast;
mod fuzz_parsers;
mod github;
mod hostile_text;
mod layout;
mod new;
mod process_faults;
mod pty;
mod secrets;
mod show_list;
mod triage;

#[test]
fn every_test_file_is_a_module() {
    let listed = include_str!("cli.rs");
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "rs") {
            let stem = path.file_stem().unwrap().to_str().unwrap().to_string();
            if stem != "cli" {
                assert!(
                    listed.contains(&format!("mod {stem};")),
                    "tests/{stem}.rs is not listed in tests/cli.rs"
                );
            }
        }
    }
}
