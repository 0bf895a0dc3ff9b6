//! The embedded tracker: a SQLite file in the user's data folder. It lets
//! anyone try every command with no account, and it is what the tests use.
//!
//! Several idreq processes may write at once: the file runs in WAL mode, every
//! write is one `BEGIN IMMEDIATE` transaction and waits for the lock, and
//! numbers come from SQLite's AUTOINCREMENT, so none is ever handed out twice.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

use super::{
    Comment, Issue, IssueChange, IssueFilter, IssueState, NewIssue, StateFilter, StateReason,
    Tracker, TrackerError, TrackerInfo, TrackerKind,
};
use crate::request::body;
use crate::request::RequestId;
use crate::time::clock::Clock;

/// The schema, one entry per version; `PRAGMA user_version` records how many ran.
const MIGRATIONS: &[&str] = &[
    // v1
    "CREATE TABLE issues (
        number       INTEGER PRIMARY KEY AUTOINCREMENT,
        title        TEXT NOT NULL,
        body         TEXT NOT NULL,
        labels       TEXT NOT NULL DEFAULT '[]',
        assignees    TEXT NOT NULL DEFAULT '[]',
        author       TEXT NOT NULL,
        state        TEXT NOT NULL DEFAULT 'open',
        state_reason TEXT,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        closed_at    TEXT,
        request_id   TEXT
     );
     CREATE INDEX issues_request_id ON issues(request_id);
     CREATE INDEX issues_state ON issues(state);
     CREATE TABLE comments (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        number     INTEGER NOT NULL REFERENCES issues(number),
        author     TEXT NOT NULL,
        body       TEXT NOT NULL,
        created_at TEXT NOT NULL
     );
     CREATE INDEX comments_number ON comments(number);",
];

/// The SQLite-backed tracker.
pub struct LocalTracker {
    path: PathBuf,
    conn: Connection,
    user: String,
    clock: Clock,
}

fn storage(e: impl std::fmt::Display) -> TrackerError {
    TrackerError::Storage {
        detail: e.to_string(),
    }
}

impl LocalTracker {
    /// Opens (creating and migrating as needed) the tracker file at `path`,
    /// acting as `user`.
    pub fn open(path: &Path, user: &str, clock: Clock) -> Result<Self, TrackerError> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| storage(format!("cannot create {}: {e}", dir.display())))?;
        }
        let conn = Connection::open(path)
            .map_err(|e| storage(format!("cannot open {}: {e}", path.display())))?;
        conn.busy_timeout(Duration::from_secs(30))
            .map_err(storage)?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(storage)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(storage)?;
        let mut tracker = Self {
            path: path.to_path_buf(),
            conn,
            user: user.to_string(),
            clock,
        };
        tracker.migrate()?;
        Ok(tracker)
    }

    fn migrate(&mut self) -> Result<(), TrackerError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(storage)?;
        let version: usize = tx
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(storage)?;
        if version > MIGRATIONS.len() {
            return Err(storage(format!(
                "{} was written by a newer idreq (schema v{version}); upgrade idreq",
                self.path.display()
            )));
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version) {
            tx.execute_batch(sql).map_err(storage)?;
            tx.pragma_update(None, "user_version", i + 1)
                .map_err(storage)?;
        }
        tx.commit().map_err(storage)
    }

    fn now(&self) -> String {
        self.clock.now().to_rfc3339()
    }

    fn read(&self, number: u64) -> Result<Issue, TrackerError> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM issues WHERE number = ?1"),
                params![number],
                row_to_issue,
            )
            .optional()
            .map_err(storage)?
            .ok_or_else(|| TrackerError::NotFound {
                what: format!("request #{number}"),
            })
    }

    /// Reads the issues matching the SQL condition `state`, by number.
    fn read_issues(&self, state: &str) -> Result<Vec<Issue>, TrackerError> {
        let (count, low, high): (i64, Option<i64>, Option<i64>) = self
            .conn
            .query_row(
                &format!("SELECT count(*), min(number), max(number) FROM issues WHERE {state}"),
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .map_err(storage)?;
        let (Some(low), Some(high)) = (low, high) else {
            return Ok(Vec::new());
        };
        if count < PARALLEL_READ_FROM {
            return read_range(&self.conn, state, low, high);
        }
        let middle = low + (high - low) / 2;
        let path = &self.path;
        let (lower, upper) = crate::support::parallel::join(
            || read_range(&self.conn, state, low, middle),
            || {
                let conn = Connection::open_with_flags(
                    path,
                    rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY
                        | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
                )
                .map_err(|e| storage(format!("cannot open {}: {e}", path.display())))?;
                read_range(&conn, state, middle + 1, high)
            },
        );
        let mut issues = lower?;
        issues.extend(upper?);
        Ok(issues)
    }
}

const COLUMNS: &str =
    "number, title, body, labels, assignees, author, state, state_reason, created_at, updated_at, closed_at";

/// From this many rows, `list` reads the two halves of the number range at
/// once, on two connections (WAL lets readers run side by side).
const PARALLEL_READ_FROM: i64 = 2_000;

/// Reads the issues matching `state` numbered `low..=high`, by number.
fn read_range(
    conn: &Connection,
    state: &str,
    low: i64,
    high: i64,
) -> Result<Vec<Issue>, TrackerError> {
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM issues WHERE {state} AND number BETWEEN ?1 AND ?2 ORDER BY number"
        ))
        .map_err(storage)?;
    let issues = stmt
        .query_map(params![low, high], row_to_issue)
        .map_err(storage)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(storage)?;
    Ok(issues)
}

fn row_to_issue(row: &rusqlite::Row<'_>) -> rusqlite::Result<Issue> {
    // Borrowed reads: no String is made for text that is only looked at.
    let text = |i: usize| -> rusqlite::Result<Option<&str>> {
        match row.get_ref(i)? {
            rusqlite::types::ValueRef::Null => Ok(None),
            value => value.as_str().map(Some).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(i, value.data_type(), Box::new(e))
            }),
        }
    };
    let json_list = |i: usize| -> rusqlite::Result<Vec<String>> {
        serde_json::from_str(text(i)?.unwrap_or("[]")).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
        })
    };
    let time = |i: usize| -> rusqlite::Result<Option<DateTime<Utc>>> {
        Ok(text(i)?.and_then(crate::time::rfc3339::parse_utc))
    };
    let state = text(6)?;
    let reason = text(7)?;
    Ok(Issue {
        number: row.get(0)?,
        title: row.get(1)?,
        body: row.get(2)?,
        labels: json_list(3)?,
        assignees: json_list(4)?,
        author: row.get(5)?,
        state: if state == Some("closed") {
            IssueState::Closed
        } else {
            IssueState::Open
        },
        state_reason: reason.and_then(StateReason::parse),
        created_at: time(8)?.unwrap_or_default(),
        updated_at: time(9)?.unwrap_or_default(),
        closed_at: time(10)?,
        url: None,
    })
}

fn to_json(list: &[String]) -> String {
    serde_json::to_string(list).unwrap_or_else(|_| "[]".into())
}

impl Tracker for LocalTracker {
    fn info(&self) -> TrackerInfo {
        TrackerInfo {
            kind: TrackerKind::Local,
            location: self.path.display().to_string(),
        }
    }

    async fn create(&self, issue: &NewIssue) -> Result<Issue, TrackerError> {
        let now = self.now();
        let request_id = body::parse(&issue.body)
            .marker
            .map(|m| m.request_id.to_string());
        let number: u64 = self
            .conn
            .query_row(
                "INSERT INTO issues (title, body, labels, assignees, author, created_at, updated_at, request_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7) RETURNING number",
                params![
                    issue.title,
                    issue.body,
                    to_json(&issue.labels),
                    to_json(&issue.assignees),
                    self.user,
                    now,
                    request_id
                ],
                |r| r.get(0),
            )
            .map_err(storage)?;
        self.read(number)
    }

    async fn get(&self, number: u64) -> Result<Issue, TrackerError> {
        self.read(number)
    }

    async fn list(&self, filter: &IssueFilter) -> Result<Vec<Issue>, TrackerError> {
        let state = match filter.state {
            StateFilter::Open => "state = 'open'",
            StateFilter::Closed => "state = 'closed'",
            StateFilter::All => "1",
        };
        let issues = self.read_issues(state)?;
        Ok(issues
            .into_iter()
            .filter(|i| filter.labels.iter().all(|l| i.labels.contains(l)))
            .filter(|i| filter.closed_in_range(i))
            .collect())
    }

    async fn update(&self, number: u64, change: &IssueChange) -> Result<Issue, TrackerError> {
        // Read-modify-write under one write lock so concurrent label edits merge.
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(storage)?;
        let result = (|| {
            let current = self.read(number)?;
            let labels = change.apply_labels(&current.labels);
            let assignees = change.assignees.clone().unwrap_or(current.assignees);
            let (state, reason) = change
                .state
                .unwrap_or((current.state, current.state_reason));
            let now = self.now();
            let closed_at = match (state, current.closed_at) {
                (IssueState::Closed, Some(t)) => Some(t.to_rfc3339()),
                (IssueState::Closed, None) => Some(now.clone()),
                (IssueState::Open, _) => None,
            };
            let state_text = match state {
                IssueState::Open => "open",
                IssueState::Closed => "closed",
            };
            self.conn
                .execute(
                    "UPDATE issues SET labels = ?1, assignees = ?2, state = ?3, state_reason = ?4,
                     closed_at = ?5, updated_at = ?6 WHERE number = ?7",
                    params![
                        to_json(&labels),
                        to_json(&assignees),
                        state_text,
                        reason.map(StateReason::as_str),
                        closed_at,
                        now,
                        number
                    ],
                )
                .map_err(storage)?;
            self.read(number)
        })();
        let end = if result.is_ok() { "COMMIT" } else { "ROLLBACK" };
        self.conn.execute_batch(end).map_err(storage)?;
        result
    }

    async fn comment(&self, number: u64, body: &str) -> Result<Comment, TrackerError> {
        self.read(number)?;
        let now = self.now();
        let id: u64 = self
            .conn
            .query_row(
                "INSERT INTO comments (number, author, body, created_at) VALUES (?1, ?2, ?3, ?4) RETURNING id",
                params![number, self.user, body, now],
                |r| r.get(0),
            )
            .map_err(storage)?;
        self.conn
            .execute(
                "UPDATE issues SET updated_at = ?1 WHERE number = ?2",
                params![now, number],
            )
            .map_err(storage)?;
        Ok(Comment {
            id,
            author: self.user.clone(),
            body: body.to_string(),
            created_at: self.clock.now(),
        })
    }

    async fn comments(&self, number: u64) -> Result<Vec<Comment>, TrackerError> {
        self.read(number)?;
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, author, body, created_at FROM comments WHERE number = ?1 ORDER BY id",
            )
            .map_err(storage)?;
        let rows = stmt
            .query_map(params![number], |r| {
                let created: String = r.get(3)?;
                Ok(Comment {
                    id: r.get(0)?,
                    author: r.get(1)?,
                    body: r.get(2)?,
                    created_at: DateTime::parse_from_rfc3339(&created)
                        .map(|t| t.with_timezone(&Utc))
                        .unwrap_or_default(),
                })
            })
            .map_err(storage)?;
        rows.collect::<Result<Vec<_>, _>>().map_err(storage)
    }

    async fn find_request(&self, id: &RequestId) -> Result<Option<Issue>, TrackerError> {
        let number: Option<u64> = self
            .conn
            .query_row(
                "SELECT number FROM issues WHERE request_id = ?1 ORDER BY number LIMIT 1",
                params![id.as_str()],
                |r| r.get(0),
            )
            .optional()
            .map_err(storage)?;
        number.map(|n| self.read(n)).transpose()
    }

    async fn current_user(&self) -> Result<String, TrackerError> {
        Ok(self.user.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter(state: StateFilter) -> IssueFilter {
        IssueFilter {
            state,
            labels: vec!["identity-request".into()],
            include_unlabelled_requests: true,
            closed_since: None,
        }
    }

    /// Above `PARALLEL_READ_FROM` rows the store is read in two halves on two
    /// connections: nothing may be lost, doubled or reordered at the seam.
    #[tokio::test]
    async fn a_large_store_is_read_whole_and_in_order_on_two_connections() {
        let dir = tempfile::tempdir().unwrap();
        let tracker =
            LocalTracker::open(&dir.path().join("requests.sqlite3"), "me", Clock::system())
                .unwrap();
        tracker.conn.execute_batch("BEGIN").unwrap();
        for n in 1..=2_501u64 {
            let issue = NewIssue {
                title: format!("request {n}"),
                body: format!("body {n}"),
                labels: vec!["identity-request".into(), format!("n{n}")],
                assignees: vec![],
                request_id: RequestId::parse(&format!("id{n}")).unwrap(),
            };
            tracker.create(&issue).await.unwrap();
        }
        tracker
            .conn
            .execute_batch("UPDATE issues SET state = 'closed' WHERE number % 7 = 0; COMMIT")
            .unwrap();
        type Keep = fn(u64) -> bool;
        let cases: [(StateFilter, Keep); 3] = [
            (StateFilter::Open, |n| n % 7 != 0),
            (StateFilter::All, |_| true),
            (StateFilter::Closed, |n| n % 7 == 0),
        ];
        for (state, keep) in cases {
            let expected: Vec<u64> = (1..=2_501u64).filter(|n| keep(*n)).collect();
            let issues = tracker.list(&filter(state)).await.unwrap();
            let numbers: Vec<u64> = issues.iter().map(|i| i.number).collect();
            assert_eq!(numbers, expected, "{state:?}");
            for i in &issues {
                assert_eq!(i.title, format!("request {}", i.number));
                assert_eq!(i.body, format!("body {}", i.number));
                assert_eq!(i.labels[1], format!("n{}", i.number));
            }
        }
    }
}
