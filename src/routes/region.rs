//! `/`, `/{cc}` and `/{cc}/{sub}`: a region's lines, served from the published pages.

use super::answer::{respond, Cache};
use super::offload::run_blocking;
use super::page::{
    origin, page_language, published, resolve_request, vary_language, RequestOptions,
};
use super::AppState;
use crate::domain::{CountryCode, Region};
use crate::error::PageError;
use crate::publish::Published;
use crate::render::{self, PageKey, Variant};
use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};

/// Answers with the published page of `region` (or the worldwide list) for `opts`.
async fn listing(
    req: &HttpRequest,
    state: &AppState,
    region: Option<Region>,
    opts: RequestOptions,
    cache: Cache,
) -> Result<HttpResponse, PageError> {
    let (lang, vary) = page_language(req, opts.lang, region);
    published(
        req,
        state,
        PageKey::listing(region, opts.topics, lang),
        vary,
        cache,
    )
    .await
}

/// `GET /{cc}[/{sub}]/contacts.vcf` and `…/card`: the region's lines to keep, as contacts or
/// as a printable card.
async fn keep(
    req: &HttpRequest,
    state: &AppState,
    region: Region,
    variant: Variant,
) -> Result<HttpResponse, PageError> {
    let opts = RequestOptions::parse(req.query_string())?;
    let (lang, vary) = page_language(req, opts.lang, Some(region));
    let mut res = match (variant, state.settings.public_url.is_some()) {
        // Without a configured origin, the card's QR code names the host it was asked from; it
        // then depends on the request, so it is made for it and not stored.
        (Variant::Card, false) => {
            let (origin, cache) = origin(req, state);
            let now = state.clock.now();
            let edition = state.publisher.edition();
            let topics = opts.topics;
            let rendered = run_blocking(move || {
                render::card(
                    edition.snapshot(),
                    edition.site(),
                    Some(region),
                    &topics,
                    lang,
                    Some(&origin),
                    now,
                )
            })
            .await
            .map_err(PageError::Internal)??;
            vary_language(
                respond(req, &Published::plain(rendered), StatusCode::OK, cache, now),
                vary,
            )
        }
        _ => {
            let key = PageKey::listing_as(Some(region), opts.topics, lang, variant);
            published(req, state, key, vary, Cache::PAGE).await?
        }
    };
    if variant == Variant::Contacts {
        let name = region.code().to_ascii_lowercase();
        if let Ok(v) =
            header::HeaderValue::from_str(&format!("attachment; filename=\"lifelines-{name}.vcf\""))
        {
            res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
        }
    }
    Ok(res)
}

/// `GET /embed/{cc}[/{sub}]` (`?topic=`, `?lang=`, `?theme=light|dark|auto`): the region's
/// lines as a widget for another site's frame, the only route that may be framed.
async fn embed(
    req: &HttpRequest,
    state: &AppState,
    region: Region,
) -> Result<HttpResponse, PageError> {
    let opts = RequestOptions::parse(req.query_string())?;
    let (lang, vary) = page_language(req, opts.lang, Some(region));
    let theme = opts.theme.unwrap_or_default();
    let key = PageKey::listing_as(Some(region), opts.topics, lang, Variant::Embed(theme));
    published(req, state, key, vary, Cache::PAGE).await
}

/// `GET /embed/{cc}`.
pub async fn country_embed(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let region = Region::parse(&path).ok_or(PageError::NotFound)?;
    embed(&req, &state, region).await
}

/// `GET /embed/{cc}/{sub}`.
pub async fn subdivision_embed(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    embed(&req, &state, subdivision_of(path)?).await
}

/// `GET /{cc}/contacts.vcf`.
pub async fn country_contacts(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let region = Region::parse(&path).ok_or(PageError::NotFound)?;
    keep(&req, &state, region, Variant::Contacts).await
}

/// `GET /{cc}/card`.
pub async fn country_card(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let region = Region::parse(&path).ok_or(PageError::NotFound)?;
    keep(&req, &state, region, Variant::Card).await
}

/// `GET /{cc}/{sub}/contacts.vcf`.
pub async fn subdivision_contacts(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    keep(&req, &state, subdivision_of(path)?, Variant::Contacts).await
}

/// `GET /{cc}/{sub}/card`.
pub async fn subdivision_card(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    keep(&req, &state, subdivision_of(path)?, Variant::Card).await
}

fn subdivision_of(path: web::Path<(String, String)>) -> Result<Region, PageError> {
    let (cc, sub) = path.into_inner();
    let country = CountryCode::parse(&cc).ok_or(PageError::NotFound)?;
    Region::subdivision(country, &sub).ok_or(PageError::NotFound)
}

/// `GET /`: detect the region and answer with its page directly, in one round trip. The page
/// is the region's published one; only the headers differ, since the answer depends on who
/// asks.
pub async fn home(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, PageError> {
    let opts = RequestOptions::parse(req.query_string())?;
    let resolution = resolve_request(&req, &state, opts.region);
    listing(&req, &state, resolution.region, opts, Cache::Private).await
}

/// `GET /{cc}`: a country's page; other spellings of a region redirect to the canonical path.
pub async fn country(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let region = Region::parse(&path).ok_or(PageError::NotFound)?;
    region_page(&req, &state, region).await
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
    region_page(&req, &state, region).await
}

async fn region_page(
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
    listing(req, state, Some(region), opts, Cache::PAGE).await
}
