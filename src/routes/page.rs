//! The one place a page becomes a response (content type, status, cache headers, ETag), and the
//! query options every page accepts.

use super::AppState;
use crate::domain::{Region, Topic, UiLanguage};
use crate::error::PageError;
use crate::geo::Resolution;
use crate::view::{self, Chrome, ListingContext};
use actix_web::http::header::{self, HeaderValue};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use sha2::Digest;

/// How a response may be cached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cache {
    /// Depends on who asks (`/`): never stored anywhere.
    Private,
    /// The same for everyone: cacheable by browsers and CDNs, revalidated by ETag.
    Public,
}

/// Renders `page` as an HTML response. Public pages get an ETag from the body's hash and answer
/// `304` when the client already has that version.
pub fn html(
    req: &HttpRequest,
    page: &impl Template,
    status: StatusCode,
    cache: Cache,
) -> Result<HttpResponse, PageError> {
    let body = page.render()?;
    let mut res = HttpResponse::build(status);
    res.content_type("text/html; charset=utf-8");
    match cache {
        Cache::Private => {
            res.insert_header((header::CACHE_CONTROL, "private, no-store"));
        }
        Cache::Public => {
            let digest = sha2::Sha256::digest(body.as_bytes());
            let etag: String = digest.iter().take(10).map(|b| format!("{b:02x}")).collect();
            let etag = format!("\"{etag}\"");
            res.insert_header((header::CACHE_CONTROL, "public, max-age=300"));
            res.insert_header((header::ETAG, etag.clone()));
            let matches = req
                .headers()
                .get(header::IF_NONE_MATCH)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
            if matches && status == StatusCode::OK {
                return Ok(res.status(StatusCode::NOT_MODIFIED).finish());
            }
        }
    }
    Ok(res.body(body))
}

/// The query options any page takes: `topic=` (repeatable), `lang=`, `region=`.
#[derive(Debug, Default)]
pub struct RequestOptions {
    /// Topics to narrow the list to.
    pub topics: Vec<Topic>,
    /// The UI language asked for.
    pub lang: UiLanguage,
    /// A region named in `?region=`.
    pub region: Option<Region>,
}

impl RequestOptions {
    /// Parses the query string; an unknown topic, language or region is a `400`.
    pub fn parse(query: &str) -> Result<Self, PageError> {
        let mut out = RequestOptions::default();
        for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
            match &*key {
                "topic" => {
                    let topic = value
                        .parse::<Topic>()
                        .map_err(|e| PageError::BadRequest(e.to_string()))?;
                    if !out.topics.contains(&topic) {
                        out.topics.push(topic);
                    }
                }
                "lang" => {
                    out.lang = UiLanguage::parse(&value)
                        .filter(|l| UiLanguage::PAGES.contains(l))
                        .ok_or_else(|| {
                            PageError::BadRequest(format!("unknown language {value:?}"))
                        })?;
                }
                "region" => {
                    out.region = Some(Region::parse(&value).ok_or_else(|| {
                        PageError::BadRequest(format!("unknown region {value:?}"))
                    })?);
                }
                // Unknown parameters (tracking tags, cache busters) are ignored, not errors.
                _ => {}
            }
        }
        Ok(out)
    }
}

/// Every `Forwarded` and every `X-Forwarded-For` line of a request, each joined with commas.
///
/// A proxy may append its own header line rather than extend the first one; every line must be
/// seen, or a client could hide behind a line of its own.
pub struct ForwardedHeaders {
    /// `Forwarded` (RFC 7239).
    pub forwarded: Option<String>,
    /// `X-Forwarded-For`.
    pub x_forwarded_for: Option<String>,
}

impl ForwardedHeaders {
    /// Reads them from a request.
    pub fn of(req: &HttpRequest) -> Self {
        let joined = |name: &str| -> Option<String> {
            let lines: Vec<&str> = req
                .headers()
                .get_all(name)
                .filter_map(|v| v.to_str().ok())
                .collect();
            (!lines.is_empty()).then(|| lines.join(","))
        };
        ForwardedHeaders {
            forwarded: joined("forwarded"),
            x_forwarded_for: joined("x-forwarded-for"),
        }
    }
}

/// Finds the request's region through the resolution chain (URL, CDN header, GeoIP, none).
pub fn resolve_request(
    req: &HttpRequest,
    state: &AppState,
    explicit: Option<Region>,
) -> Resolution {
    let headers = req.headers();
    let fwd = ForwardedHeaders::of(req);
    state.resolver.resolve(
        explicit,
        |name| {
            if name.eq_ignore_ascii_case("forwarded") {
                fwd.forwarded.as_deref()
            } else if name.eq_ignore_ascii_case("x-forwarded-for") {
                fwd.x_forwarded_for.as_deref()
            } else {
                headers.get(name).and_then(|v| v.to_str().ok())
            }
        },
        req.peer_addr().map(|a| a.ip()),
    )
}

/// The chrome for a request.
pub fn chrome(state: &AppState, lang: UiLanguage) -> Chrome {
    Chrome {
        lang,
        geo_attribution: state.resolver.geo().and_then(|g| g.attribution()),
    }
}

#[derive(Template)]
#[template(path = "pages/not_found.html")]
struct ErrorPage {
    chrome: Chrome,
    heading: String,
    message: String,
    listing: view::ListingView,
    picker: Vec<view::CountryLink>,
}

/// The page for a 404 or 400: the message, the worldwide lines, and every region.
pub fn error_page(req: &HttpRequest, status: StatusCode, message: Option<String>) -> HttpResponse {
    let Some(state) = req.app_data::<web::Data<AppState>>() else {
        return HttpResponse::build(status).finish();
    };
    let lang = UiLanguage::default();
    let chrome = chrome(state, lang);
    let (heading, message) = match (status, message) {
        (StatusCode::NOT_FOUND, _) => (chrome.t("not-found-title"), chrome.t("not-found-text")),
        (_, Some(m)) => (chrome.t("bad-request-title"), m),
        (_, None) => (chrome.t("bad-request-title"), String::new()),
    };
    let snapshot = state.directory.snapshot();
    let ctx = ListingContext {
        lang,
        now: chrono::Utc::now(),
        report_url: &state.settings.report_url,
        base_path: "/",
    };
    let page = ErrorPage {
        listing: view::listing_view(&snapshot, None, &[], &ctx),
        picker: view::picker(&snapshot),
        chrome,
        heading,
        message,
    };
    match page.render() {
        Ok(body) => HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .insert_header((header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
            .body(body),
        Err(e) => {
            tracing::error!("error page failed to render: {e}");
            HttpResponse::build(status).finish()
        }
    }
}
