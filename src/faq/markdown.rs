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
    if let Some(matter) = fast_front_matter(front).filter(|m| !m.title.trim().is_empty()) {
        return Ok((matter, text[body_start..].trim().to_string()));
    }
    let matter: FrontMatter = toml::from_str(front).map_err(|e| {
        let line = e
            .span()
            .map(|s| crate::support::position::line_and_column(front, s.start).0)
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

/// Reads the usual shape of front matter (`key = "text"` and arrays of
/// strings) without a full TOML parse, which is most of the cost of loading a
/// large FAQ folder. Anything else returns `None`, and the TOML parser (with
/// its precise errors) reads the entry instead.
fn fast_front_matter(front: &str) -> Option<FrontMatter> {
    let mut m = FrontMatter {
        title: String::new(),
        summary: String::new(),
        tags: Vec::new(),
        types: Vec::new(),
        questions: Vec::new(),
        sources: Vec::new(),
        updated: String::new(),
    };
    let (mut title, mut summary, mut updated) = (false, false, false);
    let mut lines = front.lines();
    while let Some(line) = lines.next() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) = line.split_once('=')?;
        let (key, value) = (key.trim(), value.trim());
        let list = match key {
            "tags" => &mut m.tags,
            "types" => &mut m.types,
            "questions" => &mut m.questions,
            "sources" => &mut m.sources,
            "title" | "summary" | "updated" => {
                let text = basic_string(value)?;
                match key {
                    "title" if !title => (m.title, title) = (text, true),
                    "summary" if !summary => (m.summary, summary) = (text, true),
                    "updated" if !updated => (m.updated, updated) = (text, true),
                    _ => return None,
                }
                continue;
            }
            _ => return None,
        };
        let mut rest = value.strip_prefix('[')?.trim().to_string();
        loop {
            let mut item = rest.trim();
            while !item.is_empty() {
                if let Some(after) = item.strip_prefix(']') {
                    if !after.trim().is_empty() {
                        return None;
                    }
                    item = "";
                    rest = "]".into();
                    break;
                }
                let end = closing_quote(item)?;
                list.push(basic_string(&item[..=end])?);
                item = item[end + 1..].trim_start();
                item = item.strip_prefix(',').unwrap_or(item).trim_start();
            }
            if rest == "]" {
                break;
            }
            rest = lines.next()?.trim().to_string();
            if rest.starts_with('#') {
                rest.clear();
            }
        }
    }
    (title && summary && updated).then_some(m)
}

/// Returns the index of the quote that closes the string starting `text`.
fn closing_quote(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    if bytes.first() != Some(&b'"') {
        return None;
    }
    let mut i = 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// Reads a one-line TOML basic string with only `\\"` and `\\\\` escapes.
fn basic_string(value: &str) -> Option<String> {
    let end = closing_quote(value)?;
    if end + 1 != value.len() {
        return None;
    }
    let inner = &value[1..end];
    if !inner.contains('\\') {
        return Some(inner.to_string());
    }
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next()? {
                '"' => out.push('"'),
                '\\' => out.push('\\'),
                _ => return None,
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
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
    fn the_fast_reader_agrees_with_toml_on_every_bundled_entry() {
        for file in super::super::bundled_files() {
            let text = file.contents_utf8().unwrap();
            let front = text.split("+++").nth(1).unwrap();
            let slow: FrontMatter = toml::from_str(front).unwrap();
            assert_eq!(fast_front_matter(front), Some(slow), "{:?}", file.path());
        }
        assert_eq!(
            fast_front_matter("title = 'single'\nsummary = \"s\"\nupdated = \"u\""),
            None
        );
        let escaped = fast_front_matter(
            "title = \"say \\\"hi\\\"\"\nsummary = \"s\"\nupdated = \"u\"\ntags = [\"a\", \"b\"]",
        )
        .unwrap();
        assert_eq!(escaped.title, "say \"hi\"");
        assert_eq!(escaped.tags, ["a", "b"]);
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
