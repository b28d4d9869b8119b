//! `/`, `/{cc}` and `/{cc}/{sub}`: a region's lines, served from the published pages.

use super::answer::{respond, Cache};
use super::page::{resolve_request, RequestOptions};
use super::AppState;
use crate::domain::{CountryCode, Region};
use crate::error::PageError;
use crate::render::PageKey;
use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};

/// Answers with the published page of `region` (or the worldwide list) for `opts`.
fn listing(
    req: &HttpRequest,
    state: &AppState,
    region: Option<Region>,
    opts: RequestOptions,
    cache: Cache,
) -> Result<HttpResponse, PageError> {
    let now = state.clock.now();
    let key = PageKey::listing(region, opts.topics, opts.lang);
    let page = state.publisher.edition().page(&key, now)?;
    Ok(respond(req, &page, StatusCode::OK, cache, now))
}

/// `GET /`: detect the region and answer with its page directly, in one round trip. The page
/// is the region's published one; only the headers differ, since the answer depends on who
/// asks.
pub async fn home(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, PageError> {
    let opts = RequestOptions::parse(req.query_string())?;
    let resolution = resolve_request(&req, &state, opts.region);
    listing(&req, &state, resolution.region, opts, Cache::Private)
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
    listing(req, state, Some(region), opts, Cache::PAGE)
}
