//! Drafts: everything a requester typed, kept until the tracker confirms the
//! request exists. Saved after every answer, so Ctrl-C, a closed terminal or a
//! failed submit loses nothing.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{FieldValue, RequestId};

/// An unsent request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// Also the request id, so a retried submit can be matched to an issue.
    pub id: RequestId,
    #[serde(rename = "type")]
    pub type_key: Option<String>,
    pub summary: Option<String>,
    #[serde(default)]
    pub fields: BTreeMap<String, FieldValue>,
    #[serde(default)]
    pub faq_shown: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
    /// Why the last submit failed, if it did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
}

impl Draft {
    /// Starts an empty draft stamped with `now` (RFC 3339).
    pub fn new(now: &str) -> Self {
        Self {
            id: RequestId::new_random(),
            type_key: None,
            summary: None,
            fields: BTreeMap::new(),
            faq_shown: Vec::new(),
            created_at: now.to_string(),
            updated_at: now.to_string(),
            last_error: None,
        }
    }
}

/// Drafts on disk, one JSON file each.
#[derive(Debug, Clone)]
pub struct DraftStore {
    dir: PathBuf,
}

impl DraftStore {
    /// Uses `dir` (created on first save).
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    /// Returns the folder drafts live in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, id: &RequestId) -> PathBuf {
        self.dir.join(format!("{id}.json"))
    }

    /// Writes the draft atomically (temp file, then rename), so a crash never
    /// leaves half a draft.
    pub fn save(&self, draft: &Draft) -> io::Result<PathBuf> {
        fs::create_dir_all(&self.dir)?;
        let path = self.path(&draft.id);
        let tmp = self.dir.join(format!(".{}.tmp", draft.id));
        let json = serde_json::to_vec_pretty(draft).map_err(io::Error::other)?;
        fs::write(&tmp, json)?;
        fs::rename(&tmp, &path)?;
        Ok(path)
    }

    /// Reads one draft; `Ok(None)` when there is none with that id.
    pub fn load(&self, id: &RequestId) -> io::Result<Option<Draft>> {
        match fs::read(self.path(id)) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map(Some)
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Returns every readable draft, newest first. Unreadable files are skipped.
    pub fn list(&self) -> io::Result<Vec<Draft>> {
        let entries = match fs::read_dir(&self.dir) {
            Ok(e) => e,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e),
        };
        let mut drafts: Vec<Draft> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .filter_map(|p| fs::read(p).ok())
            .filter_map(|b| serde_json::from_slice(&b).ok())
            .collect();
        drafts.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));
        Ok(drafts)
    }

    /// Finds a draft by id or unique id prefix.
    pub fn find(&self, prefix: &str) -> io::Result<Vec<Draft>> {
        Ok(self
            .list()?
            .into_iter()
            .filter(|d| d.id.as_str().starts_with(prefix))
            .collect())
    }

    /// Deletes a draft; deleting one that is gone is not an error.
    pub fn discard(&self, id: &RequestId) -> io::Result<()> {
        match fs::remove_file(self.path(id)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}
