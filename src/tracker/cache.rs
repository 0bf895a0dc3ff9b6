//! A saved copy of GitHub list pages (issue lists and searches), kept in the
//! data folder. It serves two purposes:
//! - conditional requests: each page is sent again with `If-None-Match`, and a
//!   `304 Not Modified` (which costs no rate limit on GitHub) is answered from
//!   the copy, so an unchanged queue is never downloaded twice;
//! - `idreq board --offline`: the last fetched list, with no network at all.
//!
//! Only response bodies, ETags and `Link` headers are stored; never the token
//! or any request header. The cache is best effort: a copy that cannot be
//! written or read is simply fetched again.
//!
//! Writes go to one background thread, in order, so saving 33 MB of pages
//! overlaps the network and the parsing instead of blocking the (single)
//! runtime thread; the last `PageCache` to go (after the answer is printed)
//! waits for them, and `flush` waits on demand.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Where the copies live, and whether the network may be used at all.
#[derive(Debug, Clone)]
pub struct PageCache {
    dir: PathBuf,
    now: DateTime<Utc>,
    offline: bool,
    writer: Arc<Writer>,
}

/// A file to write, or a request to say when everything before it is written.
enum Job {
    Write(PathBuf, Vec<u8>),
    Flush(Sender<()>),
}

/// The background thread that writes pages; started on the first write,
/// joined when the last `PageCache` sharing it is dropped.
#[derive(Debug, Default)]
struct Writer {
    thread: Mutex<Option<(Sender<Job>, JoinHandle<()>)>>,
}

impl Writer {
    fn send(&self, job: Job) {
        let mut slot = self.thread.lock().unwrap_or_else(|e| e.into_inner());
        let (tx, _) = slot.get_or_insert_with(|| {
            let (tx, rx) = mpsc::channel::<Job>();
            let handle = std::thread::spawn(move || {
                for job in rx {
                    match job {
                        Job::Write(path, data) => {
                            if let Some(dir) = path.parent() {
                                let _ = fs::create_dir_all(dir)
                                    .and_then(|_| write_atomic(&path, &data));
                            }
                        }
                        Job::Flush(done) => {
                            let _ = done.send(());
                        }
                    }
                }
            });
            (tx, handle)
        });
        if let Err(mpsc::SendError(Job::Write(path, data))) = tx.send(job) {
            // The thread is gone (it panicked): write here instead.
            if let Some(dir) = path.parent() {
                let _ = fs::create_dir_all(dir).and_then(|_| write_atomic(&path, &data));
            }
        }
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        let slot = self.thread.get_mut().unwrap_or_else(|e| e.into_inner());
        if let Some((tx, handle)) = slot.take() {
            drop(tx);
            let _ = handle.join();
        }
    }
}

/// One saved page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CachedPage {
    pub etag: String,
    pub link: Option<String>,
    pub body: String,
}

/// The first line of a page file.
#[derive(Debug, Serialize, Deserialize)]
struct PageHead {
    etag: String,
    #[serde(default)]
    link: Option<String>,
}

/// What was last fetched for one list: when, and how many pages.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ListMeta {
    pub fetched_at: DateTime<Utc>,
    pub pages: usize,
    pub api_url: String,
    pub path: String,
}

/// FNV-1a: a hash that stays the same across Rust releases, for file names.
fn fnv1a(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Writes `data` to `path` through a temporary file and a rename, so a
/// reader never sees half a file even with two idreq processes at once.
fn write_atomic(path: &Path, data: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let mut f = fs::File::create(&tmp)?;
    f.write_all(data)?;
    drop(f);
    fs::rename(&tmp, path)
}

impl PageCache {
    /// A cache in `dir`, used for conditional requests; `now` is recorded as
    /// the time of each fetch.
    pub fn new(dir: PathBuf, now: DateTime<Utc>) -> Self {
        Self {
            dir,
            now,
            offline: false,
            writer: Arc::default(),
        }
    }

    /// A cache that answers every list from its copy and never uses the network.
    pub fn offline(dir: PathBuf, now: DateTime<Utc>) -> Self {
        Self {
            dir,
            now,
            offline: true,
            writer: Arc::default(),
        }
    }

    /// Returns true when the network must not be used.
    pub fn is_offline(&self) -> bool {
        self.offline
    }

    /// The folder for one list: the API and the query without the page number.
    fn slot(&self, api_url: &str, path: &str) -> PathBuf {
        self.dir
            .join(format!("{:016x}", fnv1a(&format!("{api_url}\n{path}"))))
    }

    /// Returns page `n` of the list at `path`, if saved.
    pub fn page(&self, api_url: &str, path: &str, n: usize) -> Option<CachedPage> {
        let text = fs::read_to_string(self.slot(api_url, path).join(format!("page-{n}"))).ok()?;
        let (head, body) = text.split_once('\n')?;
        let head: PageHead = serde_json::from_str(head).ok()?;
        Some(CachedPage {
            etag: head.etag,
            link: head.link,
            body: body.to_string(),
        })
    }

    /// Saves page `n` of the list at `path`.
    pub fn store_page(&self, api_url: &str, path: &str, n: usize, page: &CachedPage) {
        let dir = self.slot(api_url, path);
        let head = PageHead {
            etag: page.etag.clone(),
            link: page.link.clone(),
        };
        let Ok(head) = serde_json::to_string(&head) else {
            return;
        };
        let mut data = Vec::with_capacity(head.len() + 1 + page.body.len());
        data.extend_from_slice(head.as_bytes());
        data.push(b'\n');
        data.extend_from_slice(page.body.as_bytes());
        self.writer
            .send(Job::Write(dir.join(format!("page-{n}")), data));
    }

    /// Waits until every write sent so far is on disk.
    pub fn flush(&self) {
        let (tx, rx) = mpsc::channel();
        self.writer.send(Job::Flush(tx));
        let _ = rx.recv();
    }

    /// Returns what was last fetched for the list at `path`.
    pub fn meta(&self, api_url: &str, path: &str) -> Option<ListMeta> {
        let text = fs::read_to_string(self.slot(api_url, path).join("list.json")).ok()?;
        serde_json::from_str(&text).ok()
    }

    /// Records that all `pages` pages of the list at `path` were just fetched.
    pub fn store_meta(&self, api_url: &str, path: &str, pages: usize) {
        let meta = ListMeta {
            fetched_at: self.now,
            pages,
            api_url: api_url.to_string(),
            path: path.to_string(),
        };
        let dir = self.slot(api_url, path);
        if let Ok(text) = serde_json::to_string_pretty(&meta) {
            self.writer
                .send(Job::Write(dir.join("list.json"), text.into_bytes()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_and_meta_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let now = DateTime::parse_from_rfc3339("2026-11-30T15:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let cache = PageCache::new(dir.path().to_path_buf(), now);
        let page = CachedPage {
            etag: "W/\"abc\"".into(),
            link: Some("<http://127.0.0.1:9/x?page=2>; rel=\"next\"".into()),
            body: "[{\"a\":\"line\\nbreak\"}]\n".into(),
        };
        cache.store_page(
            "http://127.0.0.1:9",
            "/repos/o/r/issues?state=open",
            1,
            &page,
        );
        cache.store_meta("http://127.0.0.1:9", "/repos/o/r/issues?state=open", 1);
        cache.flush();
        assert_eq!(
            cache.page("http://127.0.0.1:9", "/repos/o/r/issues?state=open", 1),
            Some(page)
        );
        assert_eq!(
            cache.page("http://127.0.0.1:9", "/repos/o/r/issues?state=all", 1),
            None
        );
        let meta = cache
            .meta("http://127.0.0.1:9", "/repos/o/r/issues?state=open")
            .unwrap();
        assert_eq!((meta.pages, meta.fetched_at), (1, now));
    }

    #[test]
    fn background_writes_land_when_the_cache_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let now = DateTime::parse_from_rfc3339("2026-11-30T15:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let cache = PageCache::new(dir.path().to_path_buf(), now);
        let copy = cache.clone();
        for n in 1..=30 {
            let page = CachedPage {
                etag: format!("W/\"{n}\""),
                link: None,
                body: format!("[{n}]"),
            };
            copy.store_page("http://127.0.0.1:9", "/list", n, &page);
        }
        copy.store_meta("http://127.0.0.1:9", "/list", 30);
        drop(copy);
        drop(cache);
        let reader = PageCache::new(dir.path().to_path_buf(), now);
        assert_eq!(
            reader.meta("http://127.0.0.1:9", "/list").unwrap().pages,
            30
        );
        let last = reader.page("http://127.0.0.1:9", "/list", 30).unwrap();
        assert_eq!(
            (last.etag.as_str(), last.body.as_str()),
            ("W/\"30\"", "[30]")
        );
    }
}
