//! The partner API over HTTP: `/api/v1/…` (JSON), `/api/v1/hsds/…` (HSDS 3.0),
//! `/api/openapi.json` (the OpenAPI 3.1 document, generated from these handlers and the answer
//! types), and the open data files under `/data/`.
//!
//! Every answer but `lookup` is a published page (`Page::Api`): rendered once per snapshot,
//! compressed, ETag'd and cacheable. Everything under `/api` is open to other origins (CORS for
//! `GET`, `HEAD` and the preflight), limited per client, and fails as RFC 9457 problem+json,
//! unknown paths included.

use super::answer::{respond, Cache};
use super::offload;
use super::page::client_ip;
use super::page::resolve_request;
use super::AppState;
use crate::api::changes::ChangeList;
use crate::api::hsds::{self, OrganizationPage, Service, ServicePage};
use crate::api::model::*;
use crate::api::params::{self, Accepts, ParamError};
use crate::api::{self, opendata, Endpoint, JSON, PROBLEM_JSON};
use crate::config::Settings;
use crate::error::PageError;
use crate::geo::RegionSource;
use crate::publish::{Edition, Effort, Published};
use crate::render::{Page, PageKey};
use crate::rendered::Rendered;
use crate::sms::{Limits, RateLimits};
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::{from_fn, Next};
use actix_web::{guard, web, HttpRequest, HttpResponse, ResponseError};
use std::sync::{Arc, OnceLock};
use std::time::Duration;
use utoipa::OpenApi;

/// What the API keeps across requests: the per-client limiter.
pub struct ApiState {
    limits: RateLimits,
}

impl ApiState {
    /// The API's state for `settings` (its `[api]` rate limit).
    pub fn new(settings: &Settings) -> anyhow::Result<Self> {
        Ok(ApiState {
            // The SMS limiter, keyed the same way (an HMAC, under a key drawn at startup, of
            // the client address through trusted proxies, IPv6 by /64), with only its per-peer
            // bucket on.
            limits: RateLimits::new(Limits {
                sender_burst: 1,
                sender_per_hour: 0,
                peer_burst: settings.api.rate_burst,
                peer_per_minute: settings.api.rate_per_minute,
            })?,
        })
    }
}

/// How an API request failed.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// No such path, region, resource or service.
    #[error("{0}")]
    NotFound(String),
    /// A parameter was wrong.
    #[error("{}", .0.detail)]
    BadParameter(ParamError),
    /// Anything but `GET`, `HEAD` or `OPTIONS`.
    #[error("only GET, HEAD and OPTIONS are allowed here")]
    MethodNotAllowed,
    /// Over the per-client rate limit; retry after the duration.
    #[error("too many requests from this client; retry after the time Retry-After gives")]
    RateLimited(Duration),
    /// Rendering failed; the cause goes to the log.
    #[error("internal error")]
    Internal(String),
}

impl From<ParamError> for ApiError {
    fn from(e: ParamError) -> Self {
        ApiError::BadParameter(e)
    }
}

impl ApiError {
    fn problem(&self) -> Problem {
        let status = self.status_code();
        let (parameter, allowed) = match self {
            ApiError::BadParameter(e) => (
                Some(e.parameter.clone()).filter(|p| !p.is_empty()),
                Some(e.allowed.clone()),
            ),
            _ => (None, None),
        };
        Problem {
            kind: "about:blank".into(),
            title: status.canonical_reason().unwrap_or("Error").into(),
            status: status.as_u16(),
            detail: match self {
                ApiError::Internal(_) => "the answer could not be rendered".into(),
                e => e.to_string(),
            },
            parameter,
            allowed,
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::BadParameter(e) if e.unknown => StatusCode::NOT_FOUND,
            ApiError::BadParameter(_) => StatusCode::BAD_REQUEST,
            ApiError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::RateLimited(_) => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    #[allow(
        clippy::disallowed_methods,
        reason = "a problem+json error, made for its request and never stored"
    )]
    fn error_response(&self) -> HttpResponse {
        if let ApiError::Internal(cause) = self {
            tracing::error!("API answer failed to render: {cause}");
        }
        let mut res = HttpResponse::build(self.status_code());
        res.insert_header((header::CONTENT_TYPE, PROBLEM_JSON))
            .insert_header((header::CACHE_CONTROL, "no-store"));
        match self {
            ApiError::MethodNotAllowed => {
                res.insert_header((header::ALLOW, "GET, HEAD, OPTIONS"));
            }
            ApiError::RateLimited(wait) => {
                let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
                res.insert_header((header::RETRY_AFTER, secs.max(1).to_string()));
            }
            _ => {}
        }
        res.body(serde_json::to_string(&self.problem()).unwrap_or_default())
    }
}

/// A route answering `GET` and `HEAD`; any other method but `OPTIONS` (answered by the CORS
/// layer) gets `405`.
fn resource(path: &str, route: actix_web::Route) -> actix_web::Resource {
    web::resource(path)
        .route(route)
        .default_service(web::to(|| async {
            Err::<HttpResponse, _>(ApiError::MethodNotAllowed)
        }))
}

fn get() -> actix_web::Route {
    web::route().guard(guard::Any(guard::Get()).or(guard::Head()))
}

/// Registers the API's routes and the data files. Call before the `/{cc}` catch-alls.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/api")
            .wrap(from_fn(api_layer))
            .service(resource("/openapi.json", get().to(openapi)))
            .service(resource("/v1/regions", get().to(regions)))
            .service(resource("/v1/regions/{code}", get().to(region)))
            .service(resource("/v1/resources/{id}", get().to(resource_by_id)))
            .service(resource("/v1/lookup", get().to(lookup)))
            .service(resource("/v1/changes", get().to(changes)))
            .service(resource("/v1/hsds", get().to(hsds_root)))
            .service(resource("/v1/hsds/services", get().to(hsds_services)))
            .service(resource("/v1/hsds/services/{id}", get().to(hsds_service)))
            .service(resource(
                "/v1/hsds/organizations",
                get().to(hsds_organizations),
            ))
            .default_service(web::to(|| async {
                // The path is the client's own words: answer without echoing it.
                Err::<HttpResponse, _>(ApiError::NotFound(
                    "no such API endpoint; see /api/openapi.json".into(),
                ))
            })),
    )
    // The open data files are bulk downloads (the zip is megabytes at scale): under the same
    // per-client limit as the API, so no client can download them in a loop.
    .service(
        web::scope("/data")
            .wrap(from_fn(data_layer))
            .route("/hsds.zip", get().to(hsds_zip))
            .route("/changes.atom", get().to(changes_atom))
            .route("/lifelines-data.zip", get().to(release_archive))
            .route("/lifelines-data.zip.minisig", get().to(release_signature))
            .route("/{file}", get().to(data_file)),
    );
}

/// How long the client of `req` must wait, when it is over the per-client limit.
fn over_limit(req: &ServiceRequest) -> Option<Duration> {
    match (
        req.app_data::<web::Data<AppState>>(),
        req.app_data::<web::Data<ApiState>>(),
    ) {
        (Some(state), Some(api)) => api
            .limits
            .check_peer(client_ip(req.request(), state))
            .err()
            .map(|e| e.retry_after()),
        _ => None,
    }
}

/// The open data files' rate limit: a client over it gets 429 with `Retry-After`.
async fn data_layer(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if let Some(wait) = over_limit(&req) {
        let res = ApiError::RateLimited(wait).error_response();
        return Ok(req.into_response(res).map_into_right_body());
    }
    next.call(req).await.map(|res| res.map_into_left_body())
}

/// What every `/api` response shares: the rate limit, the CORS preflight, and CORS headers.
async fn api_layer(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let limited = over_limit(&req);
    let mut res = if let Some(wait) = limited {
        let res = ApiError::RateLimited(wait).error_response();
        req.into_response(res).map_into_right_body()
    } else if req.method() == Method::OPTIONS {
        let mut res = HttpResponse::NoContent();
        res.insert_header((header::ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD, OPTIONS"))
            .insert_header((
                header::ACCESS_CONTROL_ALLOW_HEADERS,
                "Accept, Accept-Encoding, Accept-Language, If-None-Match, Cache-Control",
            ))
            .insert_header((header::ACCESS_CONTROL_MAX_AGE, "86400"));
        req.into_response(res.finish()).map_into_right_body()
    } else {
        next.call(req).await?.map_into_left_body()
    };
    cors(res.headers_mut());
    Ok(res)
}

fn cors(headers: &mut header::HeaderMap) {
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    headers.insert(
        header::ACCESS_CONTROL_EXPOSE_HEADERS,
        HeaderValue::from_static("ETag, Retry-After"),
    );
    // Open data: other origins may embed and fetch it.
    headers.insert(
        header::HeaderName::from_static("cross-origin-resource-policy"),
        HeaderValue::from_static("cross-origin"),
    );
}

/// Answers with the published answer `endpoint` names, in `lang`, from `edition`; an answer
/// not stored yet is rendered off the request threads.
async fn published(
    req: &HttpRequest,
    state: &AppState,
    edition: &Arc<Edition>,
    endpoint: Endpoint,
    lang: crate::domain::UiLanguage,
) -> Result<HttpResponse, ApiError> {
    let now = state.clock.now();
    let key = PageKey::other(Page::Api(endpoint), lang);
    let page = offload::page(edition, key, now)
        .await
        .map_err(|e| ApiError::Internal(format!("{e:#}")))?;
    Ok(respond(req, &page, StatusCode::OK, Cache::PAGE, now))
}

/// The HSDS export of `edition`'s snapshot, built off the request threads the first time.
async fn hsds_export(edition: &Arc<Edition>) -> Result<Arc<hsds::Export>, ApiError> {
    if let Some(export) = edition.hsds_cell().ready() {
        return Ok(export.clone());
    }
    let edition = edition.clone();
    offload::run_blocking(move || edition.hsds().clone())
        .await
        .map_err(|e| ApiError::Internal(format!("{e:#}")))
}

const LANG: &str =
    "The language descriptions are in: en (default), es or fr. A resource without a \
                    translation is described in English, and says so in description_lang.";

/// Every region with data.
#[utoipa::path(get, path = "/api/v1/regions", tag = "regions",
    responses(
        (status = 200, description = "Every country with data, each followed by its subdivisions \
            with lines of their own.", body = RegionList,
            headers(("ETag" = String), ("Cache-Control" = String))),
        (status = 304, description = "Not modified (If-None-Match)."),
        (status = 400, description = "An unknown query parameter.", body = Problem,
            content_type = "application/problem+json"),
        (status = 429, description = "Over the per-client rate limit.", body = Problem,
            content_type = "application/problem+json", headers(("Retry-After" = u64))),
    ))]
pub async fn regions(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    params::parse(req.query_string(), Accepts::Nothing)?;
    let edition = state.publisher.edition();
    published(
        &req,
        &state,
        &edition,
        Endpoint::Regions,
        Default::default(),
    )
    .await
}

/// A region's lines, in the page's order.
#[utoipa::path(get, path = "/api/v1/regions/{code}", tag = "regions",
    params(
        ("code" = String, Path, description = "ISO 3166-1 alpha-2 (`US`) or ISO 3166-2 (`US-CA`) \
            code, any case.", example = "US-CA"),
        ("topic" = Option<Vec<String>>, Query, explode = true, description = "Narrow to these \
            topics (repeatable): crisis, suicide, psychedelic, substance-use, overdose, \
            drug-checking, poison, mental-health, peer-support, lgbtq, youth, veterans, \
            domestic-violence, sexual-assault."),
        ("lang" = Option<String>, Query, description = LANG),
    ),
    responses(
        (status = 200, description = "The region, its emergency number, and its resources in \
            the page's order.", body = RegionAnswer,
            headers(("ETag" = String), ("Cache-Control" = String))),
        (status = 304, description = "Not modified (If-None-Match)."),
        (status = 400, description = "A malformed region code, an unknown topic or language, \
            or an unknown parameter.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No region has this code: it is well formed but not in \
            ISO 3166.", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Over the per-client rate limit.", body = Problem,
            content_type = "application/problem+json", headers(("Retry-After" = u64))),
    ))]
pub async fn region(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let region = params::region(&path)?;
    let opts = params::parse(req.query_string(), Accepts::TopicAndLang)?;
    let endpoint = Endpoint::Region {
        region,
        topics: opts.topics,
    };
    let edition = state.publisher.edition();
    published(&req, &state, &edition, endpoint, opts.lang).await
}

/// One resource.
#[utoipa::path(get, path = "/api/v1/resources/{id}", tag = "resources",
    params(
        ("id" = String, Path, description = "The resource's id.", example = "fireside-project"),
        ("lang" = Option<String>, Query, description = LANG),
    ),
    responses(
        (status = 200, description = "The resource.", body = ResourceOut,
            headers(("ETag" = String), ("Cache-Control" = String))),
        (status = 304, description = "Not modified (If-None-Match)."),
        (status = 400, description = "A bad language or an unknown parameter.", body = Problem,
            content_type = "application/problem+json"),
        (status = 404, description = "No resource has this id.", body = Problem,
            content_type = "application/problem+json"),
    ))]
pub async fn resource_by_id(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let opts = params::parse(req.query_string(), Accepts::Lang)?;
    let edition = state.publisher.edition();
    let id = path.into_inner();
    if edition.snapshot().resource(&id).is_none() {
        return Err(ApiError::NotFound("no resource has this id".into()));
    }
    published(&req, &state, &edition, Endpoint::Resource(id), opts.lang).await
}

/// The caller's region, found as for `/`.
#[utoipa::path(get, path = "/api/v1/lookup", tag = "regions",
    params(
        ("region" = Option<String>, Query, description = "A region the caller chose; when \
            given, it wins, as on the site. With `place`, the caller's country: a bare postal \
            code is read in it, and a name several towns share prefers its own."),
        ("place" = Option<String>, Query, description = "A place as a person types it: a \
            city (`Denver`, `São Paulo`), a postal or ZIP code, a region's name or code in \
            English, Spanish or French. Read as the SMS gateway reads a text, but everyday \
            words are places here (`Nice`). Wins over `region` and the caller's address; the \
            answer is never stored."),
        ("lang" = Option<String>, Query, description = "Accepted for symmetry; the answer holds \
            no text in a language."),
    ),
    responses(
        (status = 200, description = "The region found (`null` for none) and how. Never \
            cached: the answer depends on who asks.", body = LookupAnswer),
        (status = 400, description = "A malformed region code, an unknown language or an \
            unknown parameter.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No region has the code `region` gives: it is well formed \
            but not in ISO 3166.", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn lookup(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let opts = params::parse(req.query_string(), Accepts::Lookup)?;
    if let Some(place) = &opts.place {
        let edition = state.publisher.edition();
        let country = opts.region.map(|r| r.country());
        let matches = state.sms.service.find(edition.snapshot(), place, country);
        let answer = LookupAnswer {
            region: matches
                .first()
                .map(|m| api::region_ref(m.region, opts.lang)),
            source: if matches.is_empty() {
                LookupSource::None
            } else {
                LookupSource::Place
            },
            matches: Some(
                matches
                    .into_iter()
                    .map(|m| PlaceMatchRef {
                        region: api::region_ref(m.region, opts.lang),
                        town: m.town,
                        population: m.population,
                    })
                    .collect(),
            ),
        };
        return json_answer(&req, &state, &answer, Cache::NoStore);
    }
    let resolution = resolve_request(&req, &state, opts.region);
    let answer = LookupAnswer {
        region: resolution.region.map(|r| api::region_ref(r, opts.lang)),
        source: match resolution.source {
            RegionSource::Url => LookupSource::Url,
            RegionSource::CdnHeader => LookupSource::CdnHeader,
            RegionSource::GeoIp => LookupSource::Geoip,
            RegionSource::None => LookupSource::None,
        },
        matches: None,
    };
    json_answer(&req, &state, &answer, Cache::Private)
}

/// A lookup's answer as JSON, made for this one request.
fn json_answer(
    req: &HttpRequest,
    state: &AppState,
    answer: &LookupAnswer,
    cache: Cache,
) -> Result<HttpResponse, ApiError> {
    let rendered = Rendered {
        body: serde_json::to_string(answer).map_err(|e| ApiError::Internal(e.to_string()))?,
        content_type: JSON,
        valid_until: None,
    };
    Ok(respond(
        req,
        &Published::plain(rendered),
        StatusCode::OK,
        cache,
        state.clock.now(),
    ))
}

/// What the HSDS API is (HSDS's `/` endpoint).
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct HsdsAbout {
    /// The HSDS version.
    pub version: String,
    /// The profile: none, plain HSDS.
    #[schema(format = "uri")]
    pub profile: String,
    /// This API's OpenAPI document.
    pub openapi_url: String,
}

/// What each data release changed.
#[utoipa::path(get, path = "/api/v1/changes", tag = "changes",
    responses(
        (status = 200, description = "Every data release, newest first, with what it changed: \
            which rows (resource ids, emergency numbers) and which of their fields were added, \
            changed or retired. The same as `/data/changes.atom`.", body = ChangeList,
            headers(("ETag" = String), ("Cache-Control" = String))),
        (status = 304, description = "Not modified (If-None-Match)."),
        (status = 400, description = "An unknown query parameter.", body = Problem,
            content_type = "application/problem+json"),
    ))]
pub async fn changes(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    params::parse(req.query_string(), Accepts::Nothing)?;
    let edition = state.publisher.edition();
    published(
        &req,
        &state,
        &edition,
        Endpoint::Changes,
        Default::default(),
    )
    .await
}

/// The HSDS API's description.
#[utoipa::path(get, path = "/api/v1/hsds", tag = "hsds",
    responses(
        (status = 200, description = "HSDS version and where the OpenAPI document is.",
            body = HsdsAbout),
        (status = 400, description = "An unknown query parameter.", body = Problem,
            content_type = "application/problem+json"),
    ))]
pub async fn hsds_root(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    params::parse(req.query_string(), Accepts::Nothing)?;
    let about = HsdsAbout {
        version: "3.0".into(),
        profile: "https://openreferral.org/hsds/3.0".into(),
        openapi_url: "/api/openapi.json".into(),
    };
    let rendered = Rendered {
        body: serde_json::to_string(&about).unwrap_or_default(),
        content_type: JSON,
        valid_until: None,
    };
    let now = state.clock.now();
    Ok(respond(
        &req,
        &Published::plain(rendered),
        StatusCode::OK,
        Cache::PAGE,
        now,
    ))
}

/// Every service, a page at a time.
#[utoipa::path(get, path = "/api/v1/hsds/services", tag = "hsds",
    params(
        ("page" = Option<u32>, Query, description = "The page, from 1. Every page past the \
            last is answered with one and the same empty page (`empty: true`, `page_number` one \
            past `total_pages`)."),
        ("per_page" = Option<u32>, Query, description = "Services per page, 1 to 500; 50 when \
            not given."),
        ("modified_after" = Option<String>, Query, format = DateTime, description = "Only the \
            services a data release changed on or after this time (RFC 3339), and any that no \
            release names; see `/api/v1/changes`."),
    ),
    responses(
        (status = 200, description = "One page of HSDS services, each with its organization, \
            phones, schedule, service areas and languages.", body = ServicePage,
            headers(("ETag" = String), ("Cache-Control" = String))),
        (status = 400, description = "A bad page number or an unknown parameter.",
            body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn hsds_services(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let opts = params::parse(req.query_string(), Accepts::PagingSince)?;
    let edition = state.publisher.edition();
    let since = hsds::Since::of(edition.snapshot(), opts.modified_after);
    let paging = opts.paging.within(since.count(edition.snapshot()));
    let endpoint = Endpoint::HsdsServices(paging, since);
    published(&req, &state, &edition, endpoint, Default::default()).await
}

/// One service, fully nested.
#[utoipa::path(get, path = "/api/v1/hsds/services/{id}", tag = "hsds",
    params(("id" = String, Path, description = "The service's UUID.")),
    responses(
        (status = 200, description = "The HSDS service.", body = Service,
            headers(("ETag" = String), ("Cache-Control" = String))),
        (status = 400, description = "An unknown query parameter.", body = Problem,
            content_type = "application/problem+json"),
        (status = 404, description = "No service has this id.", body = Problem,
            content_type = "application/problem+json"),
    ))]
pub async fn hsds_service(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    params::parse(req.query_string(), Accepts::Nothing)?;
    let edition = state.publisher.edition();
    let index = hsds_export(&edition)
        .await?
        .resource_index(&path)
        .ok_or_else(|| ApiError::NotFound("no service has this id".into()))?;
    let endpoint = Endpoint::HsdsService(index);
    published(&req, &state, &edition, endpoint, Default::default()).await
}

/// Every organization, a page at a time.
#[utoipa::path(get, path = "/api/v1/hsds/organizations", tag = "hsds",
    params(
        ("page" = Option<u32>, Query, description = "The page, from 1. Every page past the \
            last is answered with one and the same empty page (`empty: true`, `page_number` one \
            past `total_pages`)."),
        ("per_page" = Option<u32>, Query, description = "Organizations per page, 1 to 500; 50 \
            when not given."),
    ),
    responses(
        (status = 200, description = "One page of HSDS organizations.", body = OrganizationPage,
            headers(("ETag" = String), ("Cache-Control" = String))),
        (status = 400, description = "A bad page number or an unknown parameter.",
            body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn hsds_organizations(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let opts = params::parse(req.query_string(), Accepts::Paging)?;
    let edition = state.publisher.edition();
    let organizations = hsds_export(&edition).await?.organizations().len();
    let endpoint = Endpoint::HsdsOrganizations(opts.paging.within(organizations));
    published(&req, &state, &edition, endpoint, Default::default()).await
}

/// The OpenAPI 3.1 document of the API.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "lifelines partner API",
        description = "The directory's crisis and harm-reduction lines by region, as JSON and as \
            Open Referral HSDS 3.0. Answers carry ETags and Cache-Control; send If-None-Match to \
            revalidate. Errors are RFC 9457 problem+json. The data is offered under CC BY 4.0: \
            credit lifelines and link back. HSDS gives a schedule's time zone only as a UTC \
            offset, which cannot follow daylight saving time: HSDS schedules carry the \
            OpenStreetMap opening_hours text in `description` and the IANA zone in `notes`.",
        license(name = "CC-BY-4.0", url = "https://creativecommons.org/licenses/by/4.0/"),
    ),
    paths(regions, region, resource_by_id, lookup, changes, hsds_root, hsds_services,
        hsds_service, hsds_organizations),
    components(schemas(Problem)),
    tags(
        (name = "regions", description = "Regions and their lines, in the page's order."),
        (name = "resources", description = "One resource."),
        (name = "hsds", description = "The directory as HSDS 3.0 (Open Referral)."),
        (name = "changes", description = "What each data release changed."),
    )
)]
pub struct ApiDoc;

/// The OpenAPI document as JSON.
pub fn openapi_json() -> String {
    document().to_json().unwrap_or_default()
}

/// The document utoipa generates from the handlers, completed with what the macros cannot
/// say from the constants the handlers check against: each parameter's enum, pattern or
/// bounds ([`params::schema`]), and the answers every operation can give, `429` over the
/// per-client limit and `405` for any other method on its path.
fn document() -> utoipa::openapi::OpenApi {
    use utoipa::openapi::RefOr;
    let mut doc = ApiDoc::openapi();
    let problem = serde_json::json!({
        "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
    });
    let too_many = serde_json::json!({
        "description": "Over the per-client rate limit; Retry-After says in how many seconds \
            to try again.",
        "headers": {"Retry-After": {"schema": {"type": "integer", "minimum": 1}}},
        "content": problem,
    });
    let not_allowed = serde_json::json!({
        "description": "Not for GET: any method on this path but GET, HEAD and OPTIONS \
            (the CORS preflight) gets 405, with Allow listing those.",
        "headers": {"Allow": {"schema": {"type": "string"}}},
        "content": problem,
    });
    for item in doc.paths.paths.values_mut() {
        let Some(op) = item.get.as_mut() else {
            continue;
        };
        for param in op.parameters.iter_mut().flatten() {
            if let RefOr::T(param) = param {
                if let Some(schema) =
                    params::schema(&param.name).and_then(|s| serde_json::from_value(s).ok())
                {
                    param.schema = Some(schema);
                }
            }
        }
        for (status, response) in [("429", &too_many), ("405", &not_allowed)] {
            if let Ok(response) = serde_json::from_value(response.clone()) {
                op.responses
                    .responses
                    .entry(status.to_string())
                    .or_insert(RefOr::T(response));
            }
        }
    }
    doc
}

/// `GET /api/openapi.json`: the document, compressed once per process.
async fn openapi(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    params::parse(req.query_string(), Accepts::Nothing)?;
    static DOC: OnceLock<Published> = OnceLock::new();
    let doc = DOC.get_or_init(|| {
        Published::compressed(
            Rendered {
                body: openapi_json(),
                content_type: JSON,
                valid_until: None,
            },
            Effort::Best,
        )
    });
    Ok(respond(
        &req,
        doc,
        StatusCode::OK,
        Cache::PAGE,
        state.clock.now(),
    ))
}

/// `GET /data/{file}`: one of the snapshot's own CSV files, as read.
async fn data_file(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let name = path.into_inner();
    let edition = state.publisher.edition();
    if !opendata::is_published(edition.snapshot(), &name) {
        return Err(PageError::NotFound);
    }
    let now = state.clock.now();
    let license = opendata::license(&name);
    let key = PageKey::other(Page::Api(Endpoint::DataFile(name)), Default::default());
    let page = offload::page(&edition, key, now)
        .await
        .map_err(PageError::Internal)?;
    let mut res = respond(&req, &page, StatusCode::OK, Cache::PAGE, now);
    licensed_as(res.headers_mut(), license);
    Ok(res)
}

fn licensed(headers: &mut header::HeaderMap) {
    licensed_as(headers, "https://creativecommons.org/licenses/by/4.0/");
}

/// CORS and a `Link: rel="license"` naming `license`'s URL.
fn licensed_as(headers: &mut header::HeaderMap, license: &str) {
    cors(headers);
    if let Ok(value) = HeaderValue::from_str(&format!("<{license}>; rel=\"license\"")) {
        headers.insert(header::LINK, value);
    }
}

/// `GET /data/changes.atom`: what each data release changed, as an Atom feed.
async fn changes_atom(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let edition = state.publisher.edition();
    let now = state.clock.now();
    let key = PageKey::other(Page::Api(Endpoint::ChangesAtom), Default::default());
    let page = offload::page(&edition, key, now)
        .await
        .map_err(PageError::Internal)?;
    let mut res = respond(&req, &page, StatusCode::OK, Cache::PAGE, now);
    licensed(res.headers_mut());
    Ok(res)
}

/// `GET /data/lifelines-data.zip`: the release archive, byte for byte as released.
async fn release_archive(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    released(&req, &state, |r| Some(r.archive.clone()), opendata::ZIP)
}

/// `GET /data/lifelines-data.zip.minisig`: its minisign signature, as released.
async fn release_signature(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    released(
        &req,
        &state,
        |r| r.signature.clone(),
        "text/plain; charset=utf-8",
    )
}

/// One file of the release the snapshot was loaded with, as released; 404 without one.
// Byte for byte as released and signed: never re-encoded or compressed again, so not through
// `respond`; the ETag, the bytes' own hash, was made when the release was loaded.
#[allow(clippy::disallowed_methods)]
fn released(
    req: &HttpRequest,
    state: &AppState,
    part: impl Fn(&crate::directory::signed::Released) -> Option<crate::directory::signed::Served>,
    content_type: &'static str,
) -> Result<HttpResponse, PageError> {
    let edition = state.publisher.edition();
    let served = edition
        .snapshot()
        .released()
        .and_then(part)
        .ok_or(PageError::NotFound)?;
    let tag = served.etag.as_str();
    let matches = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag || t.trim() == "*"));
    let mut res = if matches {
        HttpResponse::NotModified().finish()
    } else {
        HttpResponse::Ok()
            .content_type(content_type)
            .body(served.bytes.clone())
    };
    let headers = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(tag) {
        headers.insert(header::ETAG, v);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=300"),
    );
    licensed(headers);
    Ok(res)
}

/// `GET /data/hsds.zip`: the HSDS CSV data package, zipped once per snapshot, off the request
/// threads.
async fn hsds_zip(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, PageError> {
    let edition = state.publisher.edition();
    let built = match edition.hsds_zip_ready() {
        Some(built) => built,
        None => {
            let edition = edition.clone();
            offload::run_blocking(move || edition.hsds_zip())
                .await
                .map_err(PageError::Internal)?
        }
    };
    let page = built.map_err(|e| PageError::Internal(anyhow::anyhow!("{e}")))?;
    let mut res = respond(&req, &page, StatusCode::OK, Cache::PAGE, state.clock.now());
    licensed(res.headers_mut());
    res.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"lifelines-hsds.zip\""),
    );
    Ok(res)
}
