//! Health endpoints for load balancers and orchestrators.

use super::AppState;
use actix_web::http::header;
use actix_web::{web, HttpResponse};

/// `GET /healthz`: the process is alive.
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body("ok\n")
}

/// `GET /readyz`: data is loaded; reports the version of the data being served.
pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    let edition = state.publisher.edition();
    HttpResponse::Ok()
        .content_type("text/plain")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(format!("ready {}\n", edition.snapshot().version))
}
