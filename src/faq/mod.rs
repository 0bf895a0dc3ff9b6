//! The FAQ: entries bundled in the binary (`faq/*.md`) plus any folders a team
//! configures, and search over them. Pure domain code: reading folders is the
//! only I/O, and nothing here prints.

pub mod analyze;
mod blob;
pub mod cache;
pub mod confidence;
pub mod index;
pub mod markdown;
pub mod search;

use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};
use serde::Serialize;

use markdown::{parse_entry, FrontMatter};

static BUNDLED: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/faq");

/// The bundled `faq/*.md` files, in name order.
pub(crate) fn bundled_files() -> Vec<&'static include_dir::File<'static>> {
    let mut files: Vec<_> = BUNDLED
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort_by_key(|f| f.path());
    files
}

/// Where an entry came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    Bundled,
    File(PathBuf),
}

/// One question and its answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FaqEntry {
    pub slug: String,
    #[serde(flatten)]
    pub meta: FrontMatter,
    pub body: String,
    #[serde(skip)]
    pub origin: Origin,
}

/// An entry that could not be read (it is skipped, never fatal).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Skipped {
    pub path: PathBuf,
    pub line: usize,
    pub message: String,
}

/// All entries, bundled first.
#[derive(Debug, Clone, Default)]
pub struct Faq {
    pub entries: Vec<FaqEntry>,
    pub skipped: Vec<Skipped>,
}

impl Faq {
    /// Loads the bundled entries. A broken bundled entry is a build defect
    /// (a test reads them all), so it is skipped like any other.
    pub fn bundled() -> Self {
        let mut faq = Faq::default();
        for file in bundled_files() {
            let text = file.contents_utf8().unwrap_or("");
            faq.add(file.path(), text, Origin::Bundled);
        }
        faq
    }

    /// Adds every `*.md` in `dir` (a team's own entries). An entry whose slug
    /// is taken replaces the earlier one, so a team can override bundled text.
    pub fn add_dir(&mut self, dir: &Path) {
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => {
                self.skipped.push(Skipped {
                    path: dir.to_path_buf(),
                    line: 0,
                    message: format!("cannot read the folder: {e}"),
                });
                return;
            }
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
            .collect();
        paths.sort();
        for path in paths {
            match std::fs::read_to_string(&path) {
                Ok(text) => self.add(&path, &text, Origin::File(path.clone())),
                Err(e) => self.skipped.push(Skipped {
                    path,
                    line: 0,
                    message: format!("cannot read: {e}"),
                }),
            }
        }
    }

    fn add(&mut self, path: &Path, text: &str, origin: Origin) {
        let slug = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        match parse_entry(text) {
            Ok((meta, body)) => {
                let entry = FaqEntry {
                    slug,
                    meta,
                    body,
                    origin,
                };
                match self.entries.iter_mut().find(|e| e.slug == entry.slug) {
                    Some(existing) => *existing = entry,
                    None => self.entries.push(entry),
                }
            }
            Err(e) => self.skipped.push(Skipped {
                path: path.to_path_buf(),
                line: e.line,
                message: e.message,
            }),
        }
    }

    /// Finds an entry by slug.
    pub fn get(&self, slug: &str) -> Option<&FaqEntry> {
        self.entries.iter().find(|e| e.slug == slug)
    }

    /// Returns the slugs closest to `wanted`, for "did you mean" hints.
    pub fn nearest_slugs(&self, wanted: &str, max: usize) -> Vec<&str> {
        let mut scored: Vec<(f64, &str)> = self
            .entries
            .iter()
            .map(|e| {
                let similarity = strsim::normalized_damerau_levenshtein(&e.slug, wanted);
                // A slug that starts with what was typed is the likeliest meaning.
                let prefix = if e.slug.starts_with(wanted) { 1.0 } else { 0.0 };
                (similarity + prefix, e.slug.as_str())
            })
            .filter(|(s, _)| *s > 0.5)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
        scored.into_iter().take(max).map(|(_, s)| s).collect()
    }

    /// Returns the `faq:` links in every entry that point nowhere.
    pub fn broken_links(&self) -> Vec<(String, String)> {
        let mut broken = Vec::new();
        for e in &self.entries {
            for target in internal_links(&e.body) {
                if self.get(&target).is_none() {
                    broken.push((e.slug.clone(), target));
                }
            }
        }
        broken
    }
}

/// Returns the slugs of `[text](faq:slug)` links in `body`.
pub fn internal_links(body: &str) -> Vec<String> {
    body.match_indices("](faq:")
        .filter_map(|(i, m)| {
            let rest = &body[i + m.len()..];
            rest.find(')').map(|end| rest[..end].to_string())
        })
        .collect()
}
