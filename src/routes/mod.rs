//! The route table and what every response shares: security headers, the request log and
//! metrics, the body limit on pages, and error pages. `answer` is the one place a page becomes
//! a response.

mod answer;
mod api;
mod find;
mod health;
mod info;
mod metrics;
mod offload;
mod page;
mod partners;
mod region;
mod sms;

pub use answer::{respond, Cache};
pub use api::{openapi_json, ApiState};
pub use metrics::{metrics, MetricsListener};
pub use page::{html, resolve_request, ForwardedHeaders, RequestOptions};

use crate::clock::SharedClock;
use crate::config::Settings;
use crate::error::PageError;
use crate::geo::Resolver;
use crate::metrics::{Metrics, RequestLabels, RouteLabels};
use crate::publish::Publisher;
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{guard, web, Error, Route};
use std::sync::Arc;
use std::time::Instant;

/// What handlers share.
pub struct AppState {
    /// The published data: the current snapshot and its pages.
    pub publisher: Arc<Publisher>,
    /// Where "now" comes from.
    pub clock: SharedClock,
    /// Region detection.
    pub resolver: Arc<Resolver>,
    /// The settings the server started with.
    pub settings: Arc<Settings>,
    /// The SMS gateway: understanding, composing, rate limits, Twilio's credentials.
    pub sms: Arc<crate::sms::Gateway>,
    /// Set once `SIGTERM` arrives: `/readyz` answers 503 while pages keep answering.
    pub draining: Arc<std::sync::atomic::AtomicBool>,
    /// What the operator sees at `/metrics`.
    pub metrics: Metrics,
    /// Whether `/metrics` is on this listener (no listener of its own is configured).
    pub metrics_here: bool,
    /// The `Strict-Transport-Security` value, made once from `hsts_max_age`.
    pub hsts: Option<HeaderValue>,
}

/// A route answering `GET` and `HEAD` alike: `HEAD` gets the same status and headers, and
/// actix leaves out the body.
fn get() -> Route {
    web::route().guard(guard::Any(guard::Get()).or(guard::Head()))
}

/// Registers every route. Fixed paths come before the `/{cc}` catch-alls.
pub fn configure_app(cfg: &mut web::ServiceConfig) {
    cfg.route("/", get().to(region::home))
        .route("/livez", get().to(health::livez))
        .route("/healthz", get().to(health::livez))
        .route("/readyz", get().to(health::readyz))
        .route("/metrics", get().to(metrics::metrics))
        .route("/static/site.css", get().to(info::stylesheet))
        .route("/static/leave.js", get().to(info::leave_script))
        .route("/regions", get().to(info::regions))
        .route("/about", get().to(info::about))
        .route("/privacy", get().to(info::privacy))
        .route("/report", get().to(info::report))
        .route("/data", get().to(info::data))
        .route("/partners", get().to(partners::partners))
        .service(
            web::resource("/find")
                .app_data(web::PayloadConfig::new(find::MAX_BODY))
                .route(web::post().to(find::find))
                .route(get().to(find::to_picker)),
        )
        .route("/sms", get().to(sms::page))
        .route("/sms/twilio", web::post().to(sms::twilio))
        .route("/sms/twilio", get().to(sms::twilio))
        .route("/sms/reply", get().to(sms::reply))
        .route("/sms/reply", web::post().to(sms::reply))
        .configure(api::configure)
        // Behind a static prefix, which the router compares without running a pattern.
        .service(
            web::scope("/embed")
                .route("/{cc}", get().to(region::country_embed))
                .route("/{cc}/{sub}", get().to(region::subdivision_embed)),
        )
        // The page most visitors ask for, tried first of the region routes: every pattern
        // tried is a regular expression run, about a third of the CPU a cached page cost in
        // user space. A subdivision code is one to three characters (ISO 3166-2), never `card`
        // or `contacts.vcf`; anything else reaches the routes below as before.
        .route(SUBDIVISION_FAST, get().to(region::subdivision))
        .route("/{cc}/contacts.vcf", get().to(region::country_contacts))
        .route("/{cc}/card", get().to(region::country_card))
        .route(
            "/{cc}/{sub}/contacts.vcf",
            get().to(region::subdivision_contacts),
        )
        .route("/{cc}/{sub}/card", get().to(region::subdivision_card))
        .route("/{cc}", get().to(region::country))
        .route("/{cc}/{sub}", get().to(region::subdivision));
}

/// The subdivision page's route, restricted to what an ISO 3166-2 subdivision code can be.
const SUBDIVISION_FAST: &str = "/{cc}/{sub:[^/.]{1,3}}";

/// A matched route's pattern as logs and metrics name it: `{sub:[^/.]{1,3}}` is `{sub}`, so a
/// route's label does not change with the expression it is matched by.
fn route_label(pattern: String) -> String {
    if !pattern.contains(':') {
        return pattern;
    }
    let mut out = String::with_capacity(pattern.len());
    let mut skipping = false;
    let mut depth = 0usize;
    for c in pattern.chars() {
        match c {
            '{' => {
                depth += 1;
                if !skipping {
                    out.push(c);
                }
            }
            '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    skipping = false;
                    out.push(c);
                }
            }
            ':' if depth == 1 => skipping = true,
            _ if !skipping => out.push(c),
            _ => {}
        }
    }
    out
}

/// The security headers of every response, per route, from this one place.
///
/// Pages allow the one script and the stylesheet, both from this origin, and nothing inline.
/// Only the embed route may be framed (`frame-ancestors *`) and read from another origin
/// (`Cross-Origin-Resource-Policy: cross-origin`); everything else is `frame-ancestors 'none'`.
/// The API's own CORS and resource policy headers stand. HSTS is sent when configured.
pub async fn security_headers(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let mut res = next.call(req).await?;
    let embed = res.request().path().starts_with("/embed/")
        && res
            .request()
            .match_pattern()
            .is_some_and(|p| p.starts_with("/embed/"));
    let hsts = res
        .request()
        .app_data::<web::Data<AppState>>()
        .and_then(|s| s.hsts.clone());
    let csp = if embed {
        "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; \
         form-action 'none'; frame-ancestors *"
    } else {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
         form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    };
    let headers = res.headers_mut();
    let mut set = |name: &'static str, value: HeaderValue| {
        let name = HeaderName::from_static(name);
        if !headers.contains_key(&name) {
            headers.insert(name, value);
        }
    };
    set("content-security-policy", HeaderValue::from_static(csp));
    set("referrer-policy", HeaderValue::from_static("no-referrer"));
    set(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    set(
        "permissions-policy",
        HeaderValue::from_static("geolocation=(), camera=(), microphone=(), interest-cohort=()"),
    );
    set(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    set(
        "cross-origin-resource-policy",
        HeaderValue::from_static(if embed { "cross-origin" } else { "same-origin" }),
    );
    if let Some(value) = hsts {
        set("strict-transport-security", value);
    }
    Ok(res)
}

/// How often each request thread checks how late it takes up a timer.
const DELAY_PERIOD: std::time::Duration = std::time::Duration::from_millis(50);

/// Starts, once per request thread (call it from the app factory, which runs on each), a timer
/// that records how late the thread took it up in `worker_delay`: the time a request arriving
/// then would have waited for the thread, which request latency, measured from the moment a
/// thread takes the request up, cannot see.
pub fn watch_worker_delay(metrics: &Metrics) {
    thread_local! {
        static WATCHED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if WATCHED.with(|w| w.replace(true)) {
        return;
    }
    let delay = metrics.worker_delay.clone();
    actix_web::rt::spawn(async move {
        loop {
            let due = tokio::time::Instant::now() + DELAY_PERIOD;
            tokio::time::sleep_until(due).await;
            delay.observe(due.elapsed().as_secs_f64());
        }
    });
}

/// Logs one line per request: method, route pattern, status, time. Never the path as sent (it may
/// carry a region the visitor chose), never the query, never an address. `ms` counts from the
/// moment a request thread took the request up: a wait for a free thread before that is not in
/// it (`lifelines_worker_delay_seconds` measures that wait).
pub async fn log_requests(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let started = Instant::now();
    let method = req.method().clone();
    let res = next.call(req).await?;
    let elapsed = started.elapsed();
    let route = res
        .request()
        .match_pattern()
        .map_or_else(|| "(unmatched)".into(), route_label);
    let status = res.status().as_u16();
    tracing::info!(
        %method,
        route = %route,
        status,
        ms = elapsed.as_millis() as u64,
        "request"
    );
    if let Some(state) = res.request().app_data::<web::Data<AppState>>() {
        let m = &state.metrics;
        m.latency
            .get_or_create(&RouteLabels {
                route: route.clone(),
            })
            .observe(elapsed.as_secs_f64());
        m.requests
            .get_or_create(&RequestLabels {
                route: route.clone(),
                method: method_label(&method),
                status,
            })
            .inc();
    }
    if let Some(err) = res.response().error() {
        if let Some(PageError::Internal(cause)) = err.as_error::<PageError>() {
            tracing::error!(route = %route, "render failed: {cause:#}");
        }
    }
    Ok(res)
}

/// The method as a metric label: one of the few the routes answer, or `OTHER`, so a client
/// cannot invent label values.
fn method_label(method: &actix_web::http::Method) -> &'static str {
    use actix_web::http::Method;
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::OPTIONS => "OPTIONS",
        _ => "OTHER",
    }
}

/// Pages take no body: a request to anything but the SMS endpoints and the place search that
/// carries one gets `413` before any handler runs. (Those bound theirs themselves.)
#[allow(clippy::disallowed_methods, reason = "a fixed plain-text refusal")]
pub async fn no_body_on_pages(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let headers = req.headers();
    let has_body = headers
        .get(actix_web::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim() != "0")
        || headers.contains_key(actix_web::http::header::TRANSFER_ENCODING);
    if has_body && !req.path().starts_with("/sms/") && req.path() != "/find" {
        let res = actix_web::HttpResponse::PayloadTooLarge()
            .content_type("text/plain; charset=utf-8")
            .insert_header((actix_web::http::header::CONNECTION, "close"))
            .body("this address takes no request body\n");
        return Ok(req.into_response(res).map_into_right_body());
    }
    Ok(next.call(req).await?.map_into_left_body())
}

/// Turns a [`PageError`] into a page that still helps: the worldwide lines and the region picker.
pub async fn render_errors(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let res = next.call(req).await?;
    let status = res.status();
    let error = res.response().error();
    let bad = match error.and_then(|e| e.as_error::<PageError>()) {
        Some(PageError::BadRequest(bad)) => Some(*bad),
        Some(_) => None,
        // No route matched: the default 404, which carries no error of its own. Routes with
        // their own error format (API, SMS) attach their error and are left alone.
        None if status == actix_web::http::StatusCode::NOT_FOUND && error.is_none() => None,
        None => return Ok(res.map_into_boxed_body()),
    };
    let (req, _) = res.into_parts();
    let response = page::error_page(&req, status, bad).await;
    Ok(ServiceResponse::new(req, response).map_into_boxed_body())
}

#[cfg(test)]
mod tests {
    use super::route_label;

    #[test]
    fn a_route_label_leaves_out_the_expression() {
        assert_eq!(route_label(super::SUBDIVISION_FAST.into()), "/{cc}/{sub}");
        assert_eq!(route_label("/{cc}/{sub}".into()), "/{cc}/{sub}");
        assert_eq!(route_label("/a/{n:[0-9]{2}}/b".into()), "/a/{n}/b");
    }
}
