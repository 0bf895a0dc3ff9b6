//! The Slack front door: a thin adapter from Slack's slash commands, modals
//! and messages to the request lifecycle (`workflow`, `request`, `faq`).
//! Nothing here decides what a request is; it only translates.
//!
//! - [`signing`]: Slack's v0 request signatures (HTTP mode).
//! - [`payload`]: slash command and interaction payloads, parsed defensively.
//! - [`blocks`], [`views`]: the catalogue as Block Kit modals, within Slack's limits.
//! - [`mrkdwn`]: untrusted text made safe to post.
//! - [`handlers`]: what to answer at once and what to do next (both transports).
//! - [`worker`]: the Slack and tracker calls after the answer.
//! - [`api`]: a small Web API client; [`http`]: HTTP mode.

pub mod api;
pub mod blocks;
pub mod handlers;
pub mod http;
pub mod mrkdwn;
pub mod payload;
pub mod signing;
pub mod views;
pub mod worker;
