//! Reading one FAQ entry: TOML front matter between `+++` lines, then the
//! markdown answer. Errors carry the line they are on.

use serde::{Deserialize, Serialize};

/// The front matter of an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Related request types.
    #[serde(default)]
    pub types: Vec<String>,
    /// Other ways people ask this question.
    #[serde(default)]
    pub questions: Vec<String>,
    /// Where the facts come from (`owner/repo:path`).
    #[serde(default)]
    pub sources: Vec<String>,
    pub updated: String,
}

/// Why an entry could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct EntryError {
    pub line: usize,
    pub message: String,
}

/// Splits `text` into front matter and body.
pub fn parse_entry(text: &str) -> Result<(FrontMatter, String), EntryError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "+++" {
        return Err(EntryError {
            line: 1,
            message: "the entry must start with a `+++` line, then TOML front matter, then `+++`"
                .into(),
        });
    }
    let start = first.len();
    let mut offset = start;
    let mut end = None;
    for line in lines {
        if line.trim_end() == "+++" {
            end = Some((offset, offset + line.len()));
            break;
        }
        offset += line.len();
    }
    let Some((front_end, body_start)) = end else {
        return Err(EntryError {
            line: 1,
            message: "the front matter is never closed: add a `+++` line after it".into(),
        });
    };
    let front = &text[start..front_end];
    let matter: FrontMatter = toml::from_str(front).map_err(|e| {
        let line = e
            .span()
            .map(|s| crate::config::line_and_column(front, s.start).0)
            .unwrap_or(1);
        EntryError {
            line: line + 1,
            message: e.message().trim().to_string(),
        }
    })?;
    if matter.title.trim().is_empty() {
        return Err(EntryError {
            line: 2,
            message: "`title` is empty".into(),
        });
    }
    Ok((matter, text[body_start..].trim().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_body() {
        let (m, body) = parse_entry(
            "+++\ntitle = \"T\"\nsummary = \"S\"\nupdated = \"2026-11-29\"\n+++\nAnswer.\n",
        )
        .unwrap();
        assert_eq!(m.title, "T");
        assert_eq!(body, "Answer.");
    }

    #[test]
    fn errors_name_the_line() {
        let err =
            parse_entry("+++\ntitle = \"T\"\nsummary = 3\nupdated = \"x\"\n+++\n").unwrap_err();
        assert_eq!(err.line, 3, "{err}");
        assert_eq!(parse_entry("no front matter").unwrap_err().line, 1);
        assert!(parse_entry("+++\ntitle = \"T\"\n")
            .unwrap_err()
            .message
            .contains("never closed"));
    }
}
