//! The pages around the lists: the region picker, about, privacy, the data page, the stylesheet.

use super::answer::{respond, Cache};
use super::page::{page_language, RequestOptions};
use super::AppState;
use crate::error::PageError;
use crate::publish::{Effort, Published};
use crate::render::{Page, PageKey};
use crate::rendered::Rendered;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use std::sync::LazyLock;

/// Answers with the published `page` in the language the request asks for.
async fn published(
    req: &HttpRequest,
    state: &AppState,
    page: Page,
) -> Result<HttpResponse, PageError> {
    let opts = RequestOptions::parse(req.query_string())?;
    let (lang, vary) = page_language(req, opts.lang, None);
    super::page::published(req, state, PageKey::other(page, lang), vary, Cache::PAGE).await
}

/// `GET /regions`: every country with data, and its subdivisions, as plain links.
pub async fn regions(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    published(&req, &state, Page::Regions).await
}

/// `GET /about`.
pub async fn about(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    published(&req, &state, Page::About).await
}

/// `GET /privacy`.
pub async fn privacy(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    published(&req, &state, Page::Privacy).await
}

/// `GET /report`: how to send a correction, where "Report a problem" leads by default.
pub async fn report(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    published(&req, &state, Page::Report).await
}

/// `GET /data`: every row with its last verification and source, oldest first.
pub async fn data(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, PageError> {
    published(&req, &state, Page::Data).await
}

/// The stylesheet, compiled in and compressed once.
static STYLESHEET: LazyLock<Published> = LazyLock::new(|| {
    Published::compressed(
        Rendered {
            body: include_str!("../../static/site.css").to_string(),
            content_type: "text/css; charset=utf-8",
            valid_until: None,
        },
        Effort::Best,
    )
});

/// The quick-exit script: the one script, from this origin (CSP `script-src 'self'`).
static LEAVE_SCRIPT: LazyLock<Published> = LazyLock::new(|| {
    Published::compressed(
        Rendered {
            body: include_str!("../../static/leave.js").to_string(),
            content_type: "text/javascript; charset=utf-8",
            valid_until: None,
        },
        Effort::Best,
    )
});

/// `GET /static/leave.js`: makes "Leave this site quickly" replace the page in the history.
pub async fn leave_script(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    respond(
        &req,
        &LEAVE_SCRIPT,
        StatusCode::OK,
        Cache::Public { max_age: 86400 },
        state.clock.now(),
    )
}

/// `GET /static/site.css`: the one stylesheet.
pub async fn stylesheet(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    respond(
        &req,
        &STYLESHEET,
        StatusCode::OK,
        Cache::Public { max_age: 86400 },
        state.clock.now(),
    )
}
