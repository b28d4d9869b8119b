//! `/`, `/{cc}` and `/{cc}/{sub}`: a region's lines.

use super::page::{chrome, html, resolve_request, Cache, RequestOptions};
use super::AppState;
use crate::domain::{CountryCode, Region};
use crate::error::PageError;
use crate::view::{self, Chrome, ListingContext, ListingView};
use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

#[derive(Template)]
#[template(path = "pages/region.html")]
struct RegionPage {
    chrome: Chrome,
    listing: ListingView,
}

fn render(
    req: &HttpRequest,
    state: &AppState,
    region: Option<Region>,
    opts: &RequestOptions,
    base_path: &str,
    cache: Cache,
) -> Result<HttpResponse, PageError> {
    let snapshot = state.directory.snapshot();
    let ctx = ListingContext {
        lang: opts.lang,
        now: chrono::Utc::now(),
        report_url: &state.settings.report_url,
        base_path,
    };
    let page = RegionPage {
        chrome: chrome(state, opts.lang),
        listing: view::listing_view(&snapshot, region, &opts.topics, &ctx),
    };
    html(req, &page, StatusCode::OK, cache)
}

/// `GET /`: detect the region and render its page directly, in one round trip.
pub async fn home(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, PageError> {
    let opts = RequestOptions::parse(req.query_string())?;
    let resolution = resolve_request(&req, &state, opts.region);
    let base = resolution
        .region
        .map(|r| r.path())
        .unwrap_or_else(|| "/".into());
    render(
        &req,
        &state,
        resolution.region,
        &opts,
        &base,
        Cache::Private,
    )
}

/// `GET /{cc}`: a country's page; other spellings of a region redirect to the canonical path.
pub async fn country(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let region = Region::parse(&path).ok_or(PageError::NotFound)?;
    region_page(&req, &state, region)
}

/// `GET /{cc}/{sub}`: a subdivision's page.
pub async fn subdivision(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (cc, sub) = path.into_inner();
    let country = CountryCode::parse(&cc).ok_or(PageError::NotFound)?;
    let region = Region::subdivision(country, &sub).ok_or(PageError::NotFound)?;
    region_page(&req, &state, region)
}

fn region_page(
    req: &HttpRequest,
    state: &AppState,
    region: Region,
) -> Result<HttpResponse, PageError> {
    let canonical = region.path();
    if req.path() != canonical {
        let location = match req.query_string() {
            "" => canonical,
            q => format!("{canonical}?{q}"),
        };
        return Ok(HttpResponse::MovedPermanently()
            .insert_header((header::LOCATION, location))
            .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
            .finish());
    }
    let opts = RequestOptions::parse(req.query_string())?;
    render(req, state, Some(region), &opts, &canonical, Cache::Public)
}
