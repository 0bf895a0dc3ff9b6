//! Slack's v0 request signatures, for HTTP mode: `X-Slack-Signature` is
//! `v0=` + hex(HMAC-SHA256(signing secret, "v0:" + timestamp + ":" + raw
//! body)), compared in constant time; the timestamp must be within five
//! minutes of now, and a signature is accepted once (replay cache). Over
//! Socket Mode Slack authenticates the socket, so this is not used there.

use std::collections::HashMap;
use std::sync::Mutex;

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// How far a request's timestamp may be from now, in seconds.
pub const MAX_AGE_SECS: i64 = 60 * 5;

/// The largest body accepted (Slack's payloads are a few KiB; a modal's
/// state at most a few hundred).
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// Why a request is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    #[error("no X-Slack-Signature or X-Slack-Request-Timestamp header")]
    Missing,
    #[error("the timestamp is not a number")]
    BadTimestamp,
    #[error("the timestamp is more than five minutes from now")]
    Stale,
    #[error("the signature does not match")]
    Mismatch,
    #[error("the signature was already used")]
    Replayed,
}

/// The v0 signature of `body` sent at `timestamp`.
pub fn sign(secret: &str, timestamp: &str, body: &[u8]) -> String {
    let mut mac = hmac_for(secret);
    mac.update(b"v0:");
    mac.update(timestamp.as_bytes());
    mac.update(b":");
    mac.update(body);
    let digest = mac.finalize().into_bytes();
    let mut out = String::with_capacity(3 + digest.len() * 2);
    out.push_str("v0=");
    for b in digest {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

fn hmac_for(secret: &str) -> Hmac<Sha256> {
    Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes a key of any length")
}

/// Checks one request's signature and age (not replays: see [`Verifier`]).
pub fn verify(
    secret: &str,
    timestamp: Option<&str>,
    signature: Option<&str>,
    body: &[u8],
    now: i64,
) -> Result<(), SignatureError> {
    let (Some(timestamp), Some(signature)) = (timestamp, signature) else {
        return Err(SignatureError::Missing);
    };
    let ts: i64 = timestamp
        .trim()
        .parse()
        .map_err(|_| SignatureError::BadTimestamp)?;
    if (now - ts).abs() > MAX_AGE_SECS {
        return Err(SignatureError::Stale);
    }
    let Some(hex) = signature.trim().strip_prefix("v0=") else {
        return Err(SignatureError::Mismatch);
    };
    let Some(given) = decode_hex(hex) else {
        return Err(SignatureError::Mismatch);
    };
    let mut mac = hmac_for(secret);
    mac.update(b"v0:");
    mac.update(timestamp.as_bytes());
    mac.update(b":");
    mac.update(body);
    // `verify_slice` compares in constant time.
    mac.verify_slice(&given)
        .map_err(|_| SignatureError::Mismatch)
}

fn decode_hex(hex: &str) -> Option<Vec<u8>> {
    if !hex.len().is_multiple_of(2) || hex.len() > 128 {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Verifies requests and remembers accepted signatures for the age window,
/// so a captured request cannot be replayed to this process.
pub struct Verifier {
    secret: String,
    seen: Mutex<HashMap<String, i64>>,
}

impl Verifier {
    pub fn new(secret: String) -> Self {
        Self {
            secret,
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// Verifies and records one request.
    pub fn check(
        &self,
        timestamp: Option<&str>,
        signature: Option<&str>,
        body: &[u8],
        now: i64,
    ) -> Result<(), SignatureError> {
        verify(&self.secret, timestamp, signature, body, now)?;
        let signature = signature.unwrap_or_default().trim().to_string();
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        seen.retain(|_, at| (now - *at).abs() <= MAX_AGE_SECS);
        if seen.insert(signature, now).is_some() {
            return Err(SignatureError::Replayed);
        }
        Ok(())
    }
}

impl std::fmt::Debug for Verifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Verifier { secret: <redacted> }")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Slack's published example (docs.slack.dev, "Verifying requests from
    // Slack"; also python-slack-sdk's fixture).
    const SECRET: &str = "8f742231b10e8888abcd99yyyzzz85a5";
    const TS: &str = "1531420618";
    const BODY: &str = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    const EXPECTED: &str = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    #[test]
    fn slacks_published_example_signs_and_verifies() {
        assert_eq!(sign(SECRET, TS, BODY.as_bytes()), EXPECTED);
        let now = 1531420618 + 10;
        assert_eq!(
            verify(SECRET, Some(TS), Some(EXPECTED), BODY.as_bytes(), now),
            Ok(())
        );
    }

    #[test]
    fn a_changed_body_secret_or_signature_is_refused() {
        let now = 1531420618;
        let v = |secret: &str, sig: &str, body: &str| {
            verify(secret, Some(TS), Some(sig), body.as_bytes(), now)
        };
        let mismatch = Err(SignatureError::Mismatch);
        assert_eq!(v(SECRET, EXPECTED, &format!("{BODY}x")), mismatch);
        assert_eq!(v("other", EXPECTED, BODY), mismatch);
        assert_eq!(v(SECRET, &EXPECTED.replace("v0=a", "v0=b"), BODY), mismatch);
        assert_eq!(v(SECRET, &EXPECTED.replace("v0=", "v1="), BODY), mismatch);
        assert_eq!(v(SECRET, "v0=zz", BODY), mismatch);
        assert_eq!(
            verify(SECRET, None, Some(EXPECTED), BODY.as_bytes(), now),
            Err(SignatureError::Missing)
        );
    }

    #[test]
    fn stale_and_future_timestamps_are_refused() {
        let ts: i64 = TS.parse().unwrap();
        for now in [ts + MAX_AGE_SECS + 1, ts - MAX_AGE_SECS - 1] {
            assert_eq!(
                verify(SECRET, Some(TS), Some(EXPECTED), BODY.as_bytes(), now),
                Err(SignatureError::Stale)
            );
        }
        assert_eq!(
            verify(SECRET, Some("soon"), Some(EXPECTED), BODY.as_bytes(), ts),
            Err(SignatureError::BadTimestamp)
        );
    }

    #[test]
    fn a_replayed_request_is_refused() {
        let v = Verifier::new(SECRET.into());
        let now = TS.parse().unwrap();
        assert_eq!(
            v.check(Some(TS), Some(EXPECTED), BODY.as_bytes(), now),
            Ok(())
        );
        assert_eq!(
            v.check(Some(TS), Some(EXPECTED), BODY.as_bytes(), now + 1),
            Err(SignatureError::Replayed)
        );
        assert!(!format!("{v:?}").contains(SECRET));
    }
}
