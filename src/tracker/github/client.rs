//! The HTTP client under octocrab, assembled by hand so every request carries
//! exactly the headers GitHub asks for: `User-Agent: idreq/<version>` (GitHub
//! asks that it name the application) and one `X-GitHub-Api-Version`.
//!
//! octocrab's default builder always adds `User-Agent: octocrab` and appends
//! extra headers rather than replacing them, and octocrab itself already sends
//! the API version header, so adding ours there sent both twice. Its custom
//! builder takes the layers from us instead: TLS (rustls with ring, the
//! system's roots), connect/read/write timeouts, the base URI, the token and
//! the static headers. No retry layer: idreq decides what may be resent.

use std::sync::Arc;
use std::time::Duration;

use http::header::{HeaderName, HeaderValue, ACCEPT, USER_AGENT};
use octocrab::service::middleware::auth_header::AuthHeaderLayer;
use octocrab::service::middleware::base_uri::BaseUriLayer;
use octocrab::service::middleware::extra_headers::ExtraHeadersLayer;
use octocrab::{AuthState, Octocrab, OctocrabBuilder};
use secrecy::{ExposeSecret, SecretString};

/// What idreq says it is, in every request.
pub const USER_AGENT_VALUE: &str = concat!("idreq/", env!("CARGO_PKG_VERSION"));

/// The timeouts of one client.
pub struct Timeouts {
    pub connect: Duration,
    pub read: Duration,
}

/// Builds the client for `base_uri` with `token`. Fails only when the TLS
/// roots cannot be loaded or the token is not a valid header value.
pub fn build(
    base_uri: http::Uri,
    token: &SecretString,
    timeouts: Timeouts,
) -> Result<Octocrab, String> {
    let connector = hyper_rustls::HttpsConnectorBuilder::new()
        .with_provider_and_native_roots(Arc::new(rustls::crypto::ring::default_provider()))
        .map_err(|e| format!("cannot load the TLS root certificates: {e}"))?
        .https_or_http()
        .enable_http1()
        .build();
    let mut connector = hyper_timeout::TimeoutConnector::new(connector);
    connector.set_connect_timeout(Some(timeouts.connect));
    connector.set_read_timeout(Some(timeouts.read));
    connector.set_write_timeout(Some(timeouts.read));
    let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
        .build(connector);

    let mut auth = HeaderValue::from_str(&format!("Bearer {}", token.expose_secret()))
        .map_err(|_| "the token contains characters that cannot be sent".to_string())?;
    auth.set_sensitive(true);
    let upload_uri = base_uri.clone();
    OctocrabBuilder::new_empty()
        .with_service(client)
        .with_layer(&ExtraHeadersLayer::new(Arc::new(static_headers())))
        .with_layer(&BaseUriLayer::new(base_uri.clone()))
        .with_layer(&AuthHeaderLayer::new(Some(auth), base_uri, upload_uri))
        .with_auth(AuthState::None)
        .build()
        .map_err(|e| format!("cannot set up the HTTP client: {e}"))
}

fn static_headers() -> Vec<(HeaderName, HeaderValue)> {
    vec![
        (USER_AGENT, HeaderValue::from_static(USER_AGENT_VALUE)),
        // Both media types: GitHub's, and the one its OpenAPI description declares.
        (
            ACCEPT,
            HeaderValue::from_static("application/vnd.github+json, application/json"),
        ),
    ]
}
