//! HTTP mode (axum): `POST /slack/commands`, `POST /slack/interactions`
//! (both signature-checked, body-size limited) and `GET /healthz`. Each
//! request is answered from the handlers at once; the jobs it queues run
//! on the serving task (`worker`).

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use tokio::sync::mpsc::UnboundedSender;

use super::handlers::{Ack, Handlers, Job};
use super::payload::{Interaction, SlashCommand};
use super::signing::{Verifier, MAX_BODY_BYTES};

/// What the routes share.
pub struct Door {
    pub verifier: Verifier,
    pub handlers: Handlers,
    pub jobs: UnboundedSender<Job>,
}

/// The routes.
pub fn router(door: Arc<Door>) -> Router {
    Router::new()
        .route("/slack/commands", post(commands))
        .route("/slack/interactions", post(interactions))
        .route("/healthz", get(|| async { "ok" }))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(door)
}

fn verified(door: &Door, headers: &HeaderMap, body: &[u8]) -> Result<(), Box<Response>> {
    let h = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let now = chrono::Utc::now().timestamp();
    door.verifier
        .check(
            h("x-slack-request-timestamp"),
            h("x-slack-signature"),
            body,
            now,
        )
        .map_err(|e| {
            // One line, nothing from the request.
            eprintln!("idreq slack: refused a request: {e}");
            Box::new((StatusCode::UNAUTHORIZED, "invalid signature").into_response())
        })
}

async fn commands(State(door): State<Arc<Door>>, headers: HeaderMap, body: Bytes) -> Response {
    if let Err(refused) = verified(&door, &headers, &body) {
        return *refused;
    }
    if body.starts_with(b"ssl_check=") {
        return StatusCode::OK.into_response();
    }
    match SlashCommand::parse(&body) {
        Ok(cmd) => {
            let (ack, jobs) = door.handlers.on_command(&cmd);
            respond(&door, ack, jobs)
        }
        Err(e) => (StatusCode::BAD_REQUEST, e.to_string()).into_response(),
    }
}

async fn interactions(State(door): State<Arc<Door>>, headers: HeaderMap, body: Bytes) -> Response {
    if let Err(refused) = verified(&door, &headers, &body) {
        return *refused;
    }
    match Interaction::parse_form(&body) {
        Ok(i) => {
            let (ack, jobs) = door.handlers.on_interaction(&i);
            respond(&door, ack, jobs)
        }
        Err(e) => (StatusCode::BAD_REQUEST, e.to_string()).into_response(),
    }
}

fn respond(door: &Door, ack: Ack, jobs: Vec<Job>) -> Response {
    for job in jobs {
        // The receiver lives as long as the server.
        let _ = door.jobs.send(job);
    }
    match ack {
        Ack::Empty => StatusCode::OK.into_response(),
        Ack::Json(v) => {
            ([(header::CONTENT_TYPE, "application/json")], v.to_string()).into_response()
        }
    }
}
