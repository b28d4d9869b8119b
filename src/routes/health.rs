//! Health endpoints for load balancers and orchestrators.

use super::AppState;
use actix_web::{web, HttpResponse};

/// `GET /healthz`: the process is alive.
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain").body("ok\n")
}

/// `GET /readyz`: data is loaded; reports the data version.
pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    let snapshot = state.directory.snapshot();
    HttpResponse::Ok()
        .content_type("text/plain")
        .body(format!("ready {}\n", snapshot.version))
}
