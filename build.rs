//! Precomputes the stems of every word in the bundled FAQ, so `idreq faq
//! search` does not spend its start-up stemming the same words on every run
//! (stemming was most of the search's cost). Words not in this table
//! (queries, a team's own entries) are stemmed at run time as usual.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

#[allow(clippy::disallowed_methods)] // build scripts get their paths from the environment
fn main() {
    println!("cargo:rerun-if-changed=faq");
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    let mut stems = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir("faq")
        .expect("faq/ exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(path)
            .expect("readable FAQ entry")
            .to_lowercase();
        for word in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            stems
                .entry(word.to_string())
                .or_insert_with(|| stemmer.stem(word).into_owned());
        }
    }
    // A fingerprint of the bundled FAQ, so a cached search index built from
    // another version of it is never used.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for path in &files {
        for b in std::fs::read(path).expect("readable FAQ entry") {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    println!("cargo:rustc-env=IDREQ_BUNDLED_FAQ_HASH={hash:016x}");
    let mut out = String::from("/// Stems of every word in the bundled FAQ, sorted by word.\npub static BUNDLED_STEMS: &[(&str, &str)] = &[\n");
    for (word, stem) in &stems {
        let _ = writeln!(out, "    ({word:?}, {stem:?}),");
    }
    out.push_str("];\n");
    let dest =
        Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR set by cargo")).join("faq_stems.rs");
    std::fs::write(dest, out).expect("write faq_stems.rs");
}
