//! The pages around the lists: the region picker, about, privacy, the data page, the stylesheet.

use super::page::{chrome, html, Cache, RequestOptions};
use super::AppState;
use crate::directory::load::STALE_AFTER_DAYS;
use crate::error::PageError;
use crate::view::{self, Chrome};
use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

#[derive(Template)]
#[template(path = "pages/regions.html")]
struct RegionsPage {
    chrome: Chrome,
    picker: Vec<view::CountryLink>,
}

/// `GET /regions`: every country with data, and its subdivisions, as plain links.
pub async fn regions(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let opts = RequestOptions::parse(req.query_string())?;
    let page = RegionsPage {
        chrome: chrome(&state, opts.lang),
        picker: view::picker(&state.directory.snapshot()),
    };
    html(&req, &page, StatusCode::OK, Cache::Public)
}

#[derive(Template)]
#[template(path = "pages/text.html")]
struct TextPage {
    chrome: Chrome,
    heading: String,
    paragraphs: Vec<String>,
}

fn text_page(
    req: &HttpRequest,
    state: &AppState,
    title: &str,
    keys: &[&str],
) -> Result<HttpResponse, PageError> {
    let opts = RequestOptions::parse(req.query_string())?;
    let chrome = chrome(state, opts.lang);
    let mut paragraphs: Vec<String> = keys.iter().map(|k| chrome.t(k)).collect();
    if title == "about-title" {
        if let Some(attribution) = chrome.geo_attribution {
            paragraphs.push(attribution.to_string());
        }
    }
    let page = TextPage {
        heading: chrome.t(title),
        paragraphs,
        chrome,
    };
    html(req, &page, StatusCode::OK, Cache::Public)
}

/// `GET /about`.
pub async fn about(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    text_page(&req, &state, "about-title", &["about-text", "about-geo"])
}

/// `GET /privacy`.
pub async fn privacy(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    text_page(&req, &state, "privacy-title", &["privacy-text"])
}

/// One row of the data page.
struct DataRow {
    anchor: String,
    label: String,
    verified_at: chrono::NaiveDate,
    stale: bool,
    source: String,
    source_host: String,
}

#[derive(Template)]
#[template(path = "pages/data.html")]
struct DataPage {
    chrome: Chrome,
    rows: Vec<DataRow>,
}

/// `GET /data`: every row with its last verification and source, oldest first.
pub async fn data(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, PageError> {
    let opts = RequestOptions::parse(req.query_string())?;
    let chrome = chrome(&state, opts.lang);
    let snapshot = state.directory.snapshot();
    let today = chrono::Utc::now().date_naive();
    let row = |anchor: String, label: String, verified_at, source: &str| DataRow {
        anchor,
        label,
        verified_at,
        stale: (today - verified_at).num_days() > STALE_AFTER_DAYS,
        source_host: url::Url::parse(source)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_else(|| source.to_string()),
        source: source.to_string(),
    };
    let mut rows: Vec<DataRow> = snapshot
        .resources()
        .iter()
        .map(|r| row(r.id.clone(), r.name.clone(), r.verified_at, &r.source))
        .chain(snapshot.emergency_numbers().map(|e| {
            row(
                format!("emergency-{}", e.country.as_str().to_ascii_lowercase()),
                crate::i18n::t_args(
                    opts.lang,
                    "data-emergency-row",
                    &[("country", &e.country.name()), ("number", &e.number)],
                ),
                e.verified_at,
                &e.source,
            )
        }))
        .collect();
    rows.sort_by(|a, b| (a.verified_at, &a.label).cmp(&(b.verified_at, &b.label)));
    let page = DataPage { chrome, rows };
    html(&req, &page, StatusCode::OK, Cache::Public)
}

/// `GET /static/site.css`: the one stylesheet, compiled in.
pub async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
        .body(include_str!("../../static/site.css"))
}
