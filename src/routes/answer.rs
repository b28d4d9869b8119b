//! The one place a page becomes a response: content negotiation over the stored
//! representations, the ETag and `304`, `Vary`, and `Cache-Control`. No page is compressed
//! here; the bytes were compressed once, when the page was published.

use crate::publish::{Coding, Published, Representation};
use actix_web::http::header::{self, AcceptEncoding, Encoding, Header, HeaderValue, IfNoneMatch};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};

/// How a response may be cached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cache {
    /// Depends on who asks (`/`, a page naming the host it was asked from): never stored.
    Private,
    /// The same for everyone: cacheable by browsers and CDNs for up to `max_age` seconds, never
    /// past the moment the page stops being true, and revalidated by ETag.
    Public {
        /// The longest a cache may keep it, in seconds.
        max_age: u32,
    },
    /// An error page: not stored, so a fixed link or data is seen at once.
    NoStore,
}

impl Cache {
    /// Region pages and the pages around them: five minutes, so a data fix reaches visitors
    /// within minutes even through a CDN.
    pub const PAGE: Cache = Cache::Public { max_age: 300 };
}

/// Answers `req` with `page`: the representation the client prefers among those stored
/// (`br` over `gzip` over identity at equal q-values), `304` when its `If-None-Match` names
/// that representation (weak comparison, lists and `*` included), and the cache headers of
/// `cache`. `HEAD` gets the same status and headers without the body.
#[allow(clippy::disallowed_methods, reason = "the response helper itself")]
pub fn respond(
    req: &HttpRequest,
    page: &Published,
    status: StatusCode,
    cache: Cache,
    now: DateTime<Utc>,
) -> HttpResponse {
    let rep = negotiate(req, page);
    let mut res = HttpResponse::build(status);
    res.insert_header((
        header::CONTENT_TYPE,
        HeaderValue::from_static(page.content_type),
    ));
    if page.representations.len() > 1 {
        res.insert_header((header::VARY, HeaderValue::from_static("Accept-Encoding")));
    }
    res.insert_header((header::CACHE_CONTROL, cache_control(cache, page, now)));
    // Only what may be stored is worth revalidating.
    let public = matches!(cache, Cache::Public { .. });
    if public {
        res.insert_header((header::ETAG, rep.etag.as_str()));
    }
    if public && status == StatusCode::OK && not_modified(req, &rep.etag) {
        return res.status(StatusCode::NOT_MODIFIED).finish();
    }
    if let Some(token) = rep.coding.token() {
        res.insert_header((header::CONTENT_ENCODING, HeaderValue::from_static(token)));
    }
    res.body(rep.body.clone())
}

/// The stored representation to send. An unreadable `Accept-Encoding` counts as none, and a
/// client that refuses every stored coding still gets the uncompressed bytes (RFC 9110
/// §12.5.3 allows that instead of a 406).
fn negotiate<'p>(req: &HttpRequest, page: &'p Published) -> &'p Representation {
    let identity = page
        .get(Coding::Identity)
        .unwrap_or(&page.representations[0]);
    let Ok(accept) = AcceptEncoding::parse(req) else {
        return identity;
    };
    let supported: Vec<Encoding> = page.codings().map(encoding).collect();
    let chosen = accept.negotiate(supported.iter());
    chosen
        .and_then(|enc| page.codings().find(|c| encoding(*c) == enc))
        .and_then(|c| page.get(c))
        .unwrap_or(identity)
}

fn encoding(c: Coding) -> Encoding {
    match c {
        Coding::Brotli => Encoding::brotli(),
        Coding::Gzip => Encoding::gzip(),
        Coding::Identity => Encoding::identity(),
    }
}

/// Whether `If-None-Match` names `etag`. RFC 9110 §13.1.2 compares weakly: `W/"x"` matches
/// `"x"`. An unreadable header is ignored, so the full page is sent.
fn not_modified(req: &HttpRequest, etag: &str) -> bool {
    if !req.headers().contains_key(header::IF_NONE_MATCH) {
        return false;
    }
    let Ok(ours) = etag.parse::<header::EntityTag>() else {
        return false;
    };
    match IfNoneMatch::parse(req) {
        Ok(IfNoneMatch::Any) => true,
        Ok(IfNoneMatch::Items(tags)) => tags.iter().any(|t| t.weak_eq(&ours)),
        Err(_) => false,
    }
}

fn cache_control(cache: Cache, page: &Published, now: DateTime<Utc>) -> HeaderValue {
    match cache {
        Cache::Private => HeaderValue::from_static("private, no-store"),
        Cache::NoStore => HeaderValue::from_static("no-store"),
        Cache::Public { max_age } => {
            let left = page
                .valid_until
                .map(|t| (t - now).num_seconds().clamp(0, i64::from(max_age)))
                .unwrap_or(i64::from(max_age));
            HeaderValue::from_str(&format!("public, max-age={left}"))
                .unwrap_or_else(|_| HeaderValue::from_static("no-store"))
        }
    }
}
