//! `/metrics`: every metric in the Prometheus text format (OpenMetrics), with the gauges that
//! describe the served snapshot brought up to date at each scrape.

use super::AppState;
use crate::error::PageError;
use crate::metrics::DataLabels;
use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};

/// Marks the app of the metrics listener of its own.
#[derive(Clone, Copy, Debug)]
pub struct MetricsListener;

/// `GET /metrics`: every metric in the Prometheus text format (OpenMetrics). On the main
/// listener only when no metrics listener of its own is configured; there it is then a 404.
#[allow(
    clippy::disallowed_methods,
    reason = "the scrape's text, made per request and never cached"
)]
pub async fn metrics(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, PageError> {
    if !state.metrics_here && req.app_data::<MetricsListener>().is_none() {
        return Err(PageError::NotFound);
    }
    let edition = state.publisher.edition();
    let snapshot = edition.snapshot();
    let m = &state.metrics;
    m.cache_bytes
        .set(i64::try_from(edition.cached_bytes()).unwrap_or(i64::MAX));
    let summary = snapshot.summary();
    m.resources.set(summary.resources as i64);
    m.emergency_countries
        .set(summary.emergency_countries as i64);
    m.source_problems.clear();
    if let Some(checked) = snapshot.checked() {
        for (kind, rows) in checked.problem_counts() {
            m.source_problems
                .get_or_create(&crate::metrics::SourceProblemLabels { kind })
                .set(rows as i64);
        }
    }
    m.data_info.clear();
    m.data_info
        .get_or_create(&DataLabels {
            version: snapshot.version.clone(),
        })
        .set(1);
    Ok(HttpResponse::Ok()
        .content_type("application/openmetrics-text; version=1.0.0; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(m.encode()))
}
