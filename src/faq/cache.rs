//! A cache of the loaded FAQ and its search index, so `idreq faq search`
//! (run many times a day) does not re-read and re-index every entry each
//! time. The cache records what it was built from — the bundled FAQ's
//! fingerprint and each extra file's path, size and modification time — and
//! is used only when all of that still matches; otherwise the FAQ is loaded
//! afresh and the cache rewritten. A missing, stale, unreadable or corrupt
//! cache is never an error.

use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use super::index::SearchIndex;
use super::{Faq, FaqEntry, Skipped};

/// Bumped whenever the cached layout changes.
const FORMAT: u32 = 2;

/// One thing the FAQ was built from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Stamp {
    path: String,
    size: u64,
    modified_ns: u128,
}

/// What search shows of an entry (the rest of it lives in the index).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchEntry {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub types: Vec<String>,
    pub body: String,
}

impl From<&FaqEntry> for SearchEntry {
    fn from(e: &FaqEntry) -> Self {
        Self {
            slug: e.slug.clone(),
            title: e.meta.title.clone(),
            summary: e.meta.summary.clone(),
            types: e.meta.types.clone(),
            body: e.body.clone(),
        }
    }
}

/// Everything search needs, loaded.
#[derive(Debug, Serialize, Deserialize)]
pub struct Loaded {
    pub entries: Vec<SearchEntry>,
    pub skipped: Vec<Skipped>,
    pub index: SearchIndex,
}

#[derive(Debug, Serialize, Deserialize)]
struct CacheFile {
    format: u32,
    sources: Vec<Stamp>,
    loaded: Loaded,
}

/// Describes the sources: the bundled fingerprint, then every `*.md` in
/// `dirs` (and each folder itself, so adding a file is noticed).
fn stamps(dirs: &[PathBuf]) -> Vec<Stamp> {
    let mut out = vec![Stamp {
        path: format!(
            "bundled:{}:{}",
            env!("CARGO_PKG_VERSION"),
            env!("IDREQ_BUNDLED_FAQ_HASH")
        ),
        size: 0,
        modified_ns: 0,
    }];
    for dir in dirs {
        out.push(stamp_of(dir));
        let Ok(read) = std::fs::read_dir(dir) else {
            continue;
        };
        let mut files: Vec<PathBuf> = read
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
            .collect();
        files.sort();
        out.extend(files.iter().map(|f| stamp_of(f)));
    }
    out
}

fn stamp_of(path: &Path) -> Stamp {
    let meta = std::fs::metadata(path).ok();
    Stamp {
        path: path.display().to_string(),
        size: meta.as_ref().map_or(u64::MAX, |m| m.len()),
        modified_ns: meta
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos()),
    }
}

/// Loads what search needs for the FAQ (bundled plus `dirs`), from
/// `cache_file` when it is current, else afresh (then saving the cache).
pub fn load(dirs: &[PathBuf], cache_file: Option<&Path>) -> Loaded {
    let sources = stamps(dirs);
    if let Some(cached) = cache_file
        .and_then(read)
        .filter(|c| c.format == FORMAT && c.sources == sources)
    {
        return cached.loaded;
    }
    let mut faq = Faq::bundled();
    for dir in dirs {
        faq.add_dir(dir);
    }
    let loaded = Loaded {
        index: SearchIndex::build(&faq.entries),
        entries: faq.entries.iter().map(SearchEntry::from).collect(),
        skipped: faq.skipped,
    };
    if let Some(path) = cache_file {
        write(path, &loaded, sources);
    }
    loaded
}

fn read(path: &Path) -> Option<CacheFile> {
    let bytes = std::fs::read(path).ok()?;
    postcard::from_bytes(&bytes).ok()
}

fn write(path: &Path, loaded: &Loaded, sources: Vec<Stamp>) {
    #[derive(Serialize)]
    struct Out<'a> {
        format: u32,
        sources: Vec<Stamp>,
        loaded: &'a Loaded,
    }
    let Ok(bytes) = postcard::to_allocvec(&Out {
        format: FORMAT,
        sources,
        loaded,
    }) else {
        return;
    };
    let Some(dir) = path.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    // Write then rename, so a reader never sees half a cache.
    let tmp = dir.join(format!(".faq-index.{}.tmp", std::process::id()));
    if std::fs::write(&tmp, bytes).is_ok() && std::fs::rename(&tmp, path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(dir: &Path, slug: &str, title: &str) {
        std::fs::write(
            dir.join(format!("{slug}.md")),
            format!("+++\ntitle = \"{title}\"\nsummary = \"s\"\nupdated = \"2026-11-01\"\n+++\nBody about {title}.\n"),
        )
        .unwrap();
    }

    #[test]
    fn a_current_cache_is_used_and_a_changed_folder_rebuilds_it() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("faq");
        std::fs::create_dir_all(&dir).unwrap();
        entry(&dir, "vpn", "Connecting to the VPN");
        let cache = tmp.path().join("cache/faq.bin");
        let first = load(std::slice::from_ref(&dir), Some(&cache));
        assert!(cache.exists());
        assert!(first.entries.iter().any(|e| e.slug == "vpn"));
        let fresh = first.index.search("vpn");
        let second = load(std::slice::from_ref(&dir), Some(&cache));
        assert_eq!(second.entries, first.entries);
        assert_eq!(second.index.search("vpn"), fresh);
        entry(&dir, "proxy", "Setting up the SOCKS proxy");
        let third = load(std::slice::from_ref(&dir), Some(&cache));
        assert!(
            third.entries.iter().any(|e| e.slug == "proxy"),
            "a new file is noticed"
        );
        assert!(!third.index.search("socks proxy").is_empty());
    }

    #[test]
    fn a_corrupt_cache_is_ignored() {
        let tmp = tempfile::tempdir().unwrap();
        let cache = tmp.path().join("faq.bin");
        std::fs::write(&cache, b"not a cache").unwrap();
        let loaded = load(&[], Some(&cache));
        assert!(!loaded.entries.is_empty());
    }
}
