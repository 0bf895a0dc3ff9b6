//! A small Slack Web API client over the HTTP stack already in the tree
//! (hyper-util + rustls, as the GitHub client): JSON bodies, the bot token
//! in the Authorization header (never logged), `ok: false` as an error, and
//! HTTP 429 answered by waiting `Retry-After` and trying again.

use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http::header::{AUTHORIZATION, CONTENT_TYPE, RETRY_AFTER};
use http::{HeaderValue, Request, StatusCode};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use secrecy::{ExposeSecret, SecretString};
use serde_json::Value;

/// Slack's Web API.
pub const DEFAULT_API_URL: &str = "https://slack.com/api";

/// Tries of one call when Slack answers 429.
const MAX_TRIES: u32 = 4;
/// The longest `Retry-After` honoured.
const MAX_WAIT: Duration = Duration::from_secs(60);

/// Why a call failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    #[error("Slack {method}: {error}")]
    Slack { method: String, error: String },
    #[error("Slack {method}: HTTP {status}")]
    Status { method: String, status: u16 },
    #[error("Slack {method}: {error}")]
    Network { method: String, error: String },
}

type Https = hyper_rustls::HttpsConnector<HttpConnector>;

/// The client.
#[derive(Clone)]
pub struct SlackApi {
    base: String,
    token: Arc<SecretString>,
    client: Client<Https, Full<Bytes>>,
}

impl std::fmt::Debug for SlackApi {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SlackApi {{ base: {:?}, token: <redacted> }}", self.base)
    }
}

impl SlackApi {
    /// A client for the API at `base` (e.g. [`DEFAULT_API_URL`]).
    pub fn new(base: &str, token: SecretString) -> Result<Self, String> {
        let connector = hyper_rustls::HttpsConnectorBuilder::new()
            .with_provider_and_native_roots(Arc::new(rustls::crypto::ring::default_provider()))
            .map_err(|e| format!("cannot load the TLS root certificates: {e}"))?
            .https_or_http()
            .enable_http1()
            .build();
        let client = Client::builder(hyper_util::rt::TokioExecutor::new()).build(connector);
        Ok(Self {
            base: base.trim_end_matches('/').to_string(),
            token: Arc::new(token),
            client,
        })
    }

    /// Calls `method` with a JSON body and returns Slack's answer.
    pub async fn call(&self, method: &str, body: &Value) -> Result<Value, ApiError> {
        let url = format!("{}/{method}", self.base);
        let answer = self.post_json(method, &url, body, true).await?;
        let v: Value = serde_json::from_slice(&answer).map_err(|e| ApiError::Network {
            method: method.into(),
            error: format!("not JSON: {e}"),
        })?;
        if v["ok"] != true {
            return Err(ApiError::Slack {
                method: method.into(),
                error: v["error"].as_str().unwrap_or("unknown_error").to_string(),
            });
        }
        Ok(v)
    }

    /// Posts `body` to an incoming webhook (no token; the URL is the secret).
    pub async fn webhook(&self, url: &str, body: &Value) -> Result<(), ApiError> {
        self.post_json("webhook", url, body, false)
            .await
            .map(|_| ())
    }

    async fn post_json(
        &self,
        method: &str,
        url: &str,
        body: &Value,
        with_token: bool,
    ) -> Result<Bytes, ApiError> {
        let net = |error: String| ApiError::Network {
            method: method.into(),
            error,
        };
        let payload = Bytes::from(serde_json::to_vec(body).expect("JSON values serialise"));
        for attempt in 1..=MAX_TRIES {
            let mut req = Request::post(url)
                .header(CONTENT_TYPE, "application/json; charset=utf-8")
                .body(Full::new(payload.clone()))
                .map_err(|e| net(format!("bad URL: {e}")))?;
            if with_token {
                let mut auth =
                    HeaderValue::from_str(&format!("Bearer {}", self.token.expose_secret()))
                        .map_err(|_| net("the token has characters that cannot be sent".into()))?;
                auth.set_sensitive(true);
                req.headers_mut().insert(AUTHORIZATION, auth);
            }
            let began = Instant::now();
            let resp = self
                .client
                .request(req)
                .await
                .map_err(|e| net(e.to_string()))?;
            let status = resp.status();
            crate::support::trace::done(began, || {
                format!("Slack {method}: HTTP {}", status.as_u16())
            });
            if status == StatusCode::TOO_MANY_REQUESTS && attempt < MAX_TRIES {
                let wait = resp
                    .headers()
                    .get(RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.trim().parse::<u64>().ok())
                    .map_or(Duration::from_secs(1), Duration::from_secs)
                    .min(MAX_WAIT);
                tokio::time::sleep(wait).await;
                continue;
            }
            let bytes = resp
                .into_body()
                .collect()
                .await
                .map_err(|e| net(e.to_string()))?
                .to_bytes();
            if !status.is_success() {
                return Err(ApiError::Status {
                    method: method.into(),
                    status: status.as_u16(),
                });
            }
            return Ok(bytes);
        }
        Err(ApiError::Status {
            method: method.into(),
            status: 429,
        })
    }
}
