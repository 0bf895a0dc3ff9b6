//! GitHub's failures in idreq's terms: an HTTP status or a broken transport
//! becomes a `TrackerError`, with GitHub's own message in one line.

use super::*;

/// Describes GitHub's validation errors in one line.
pub(super) fn github_message(body: &str) -> String {
    let parsed: GhError = serde_json::from_str(body).unwrap_or_default();
    let mut text = parsed.message.unwrap_or_else(|| {
        let t = body.trim();
        if t.is_empty() {
            "no details given".to_string()
        } else {
            t.chars().take(200).collect()
        }
    });
    let details: Vec<String> = parsed
        .errors
        .unwrap_or_default()
        .iter()
        .map(|e| match e {
            Value::String(s) => s.clone(),
            Value::Object(o) => {
                if let Some(m) = o.get("message").and_then(Value::as_str) {
                    return m.to_string();
                }
                let field = o.get("field").and_then(Value::as_str).unwrap_or("a field");
                match o.get("code").and_then(Value::as_str) {
                    Some("missing_field") => format!("`{field}` is missing"),
                    Some("invalid") => format!("`{field}` is invalid"),
                    Some("already_exists") => format!("`{field}` already exists"),
                    Some("missing") => format!("`{field}` does not exist"),
                    Some(code) => format!("`{field}`: {code}"),
                    None => format!("`{field}` was refused"),
                }
            }
            other => other.to_string(),
        })
        .collect();
    if !details.is_empty() {
        text = format!("{text} ({})", details.join("; "));
    }
    text
}

/// Classifies a failed HTTP exchange (no status received) by walking the
/// error's causes; octocrab's own Display text is never shown.
pub(super) fn transport_error(url: &str, e: &octocrab::Error) -> TrackerError {
    let mut connect = false;
    let mut timed_out = false;
    let mut detail = None;
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind::*;
            match io.kind() {
                TimedOut => timed_out = true,
                ConnectionRefused | AddrNotAvailable | NotFound | HostUnreachable
                | NetworkUnreachable => {
                    connect = true;
                    detail = Some(match io.kind() {
                        ConnectionRefused => "connection refused".to_string(),
                        _ => "no route to the server".to_string(),
                    });
                }
                _ => {}
            }
        }
        let text = s.to_string();
        // hyper-util's client error says "(Connect)" when nothing was sent.
        if text.contains("(Connect)") {
            connect = true;
        }
        if text.starts_with("dns error") {
            connect = true;
            detail = Some("the host name could not be resolved".to_string());
        }
        source = s.source();
    }
    if connect {
        TrackerError::Unreachable {
            url: url.to_string(),
            detail: detail.unwrap_or_else(|| {
                if timed_out {
                    "the connection timed out".to_string()
                } else {
                    "the connection failed".to_string()
                }
            }),
        }
    } else if timed_out {
        TrackerError::Timeout
    } else {
        TrackerError::Interrupted {
            url: url.to_string(),
        }
    }
}

pub(super) fn parse_json<T: DeserializeOwned>(body: &str) -> Result<T, TrackerError> {
    serde_json::from_str(body).map_err(|e| TrackerError::InvalidResponse {
        detail: format!("unexpected JSON from GitHub ({e})"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_validation_errors() {
        let body = r#"{"message":"Validation Failed","errors":[{"resource":"Issue","code":"missing_field","field":"title"}]}"#;
        assert_eq!(
            github_message(body),
            "Validation Failed (`title` is missing)"
        );
        assert_eq!(github_message(""), "no details given");
    }
}
