//! Health endpoints for load balancers and orchestrators. Neither is ever cached.

use super::AppState;
use actix_web::http::header;
use actix_web::{web, HttpResponse};
use std::sync::atomic::Ordering;

/// `GET /livez` (and `/healthz`, its older name): the process is up. It never depends on the
/// data: a failed reload leaves the last good data serving, which is no reason to restart.
#[allow(
    clippy::disallowed_methods,
    reason = "a probe's fixed plain-text answer, never cached"
)]
pub async fn livez() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body("ok\n")
}

/// `GET /readyz`: data is loaded and the server is not shutting down; says which version of
/// the data it serves. While draining after `SIGTERM` it answers 503, so load balancers stop
/// sending before the listener closes.
#[allow(
    clippy::disallowed_methods,
    reason = "a probe's fixed plain-text answer, never cached"
)]
pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    let version = state.publisher.edition().snapshot().version.clone();
    let (mut res, body) = if state.draining.load(Ordering::SeqCst) {
        (
            HttpResponse::ServiceUnavailable(),
            format!("draining {version}\n"),
        )
    } else {
        (HttpResponse::Ok(), format!("ready {version}\n"))
    };
    res.content_type("text/plain; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body)
}
