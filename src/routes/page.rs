//! What every page handler shares: the query options pages accept, the forwarded headers,
//! region resolution, and [`html`] for a page made for one request.

use super::answer::{respond, Cache};
use super::AppState;
use crate::domain::Topics;
use crate::domain::{Region, Topic, UiLanguage};
use crate::error::{BadInput, PageError};
use crate::geo::Resolution;
use crate::publish::Published;
use crate::render;
use crate::rendered::Rendered;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

/// Renders `page`, made for this one request (it names the host it was asked from, say), off
/// the request threads, and answers with it uncompressed: such a page is not worth
/// compressing. `vary` says whether its language came from `Accept-Language`: a cacheable page
/// that did must say so in `Vary`, or a shared cache would give one visitor's language to the
/// next.
pub async fn html(
    req: &HttpRequest,
    state: &AppState,
    page: impl Template + Send + 'static,
    status: StatusCode,
    cache: Cache,
    vary: VaryLanguage,
) -> Result<HttpResponse, PageError> {
    let body = super::offload::run_blocking(move || page.render())
        .await
        .map_err(PageError::Internal)??;
    let rendered = Rendered {
        body,
        content_type: "text/html; charset=utf-8",
        valid_until: None,
    };
    Ok(vary_language(
        respond(
            req,
            &Published::plain(rendered),
            status,
            cache,
            state.clock.now(),
        ),
        vary,
    ))
}

/// The query options any page takes: `topic=` (repeatable), `lang=`, `region=`.
#[derive(Debug, Default)]
pub struct RequestOptions {
    /// Topics to narrow the list to.
    pub topics: Topics,
    /// The UI language asked for with `?lang=`.
    pub lang: Option<UiLanguage>,
    /// A region named in `?region=`.
    pub region: Option<Region>,
    /// The embed's colours, `?theme=`.
    pub theme: Option<crate::render::Theme>,
}

impl RequestOptions {
    /// Parses the query string; an unknown topic, language or region is a `400`.
    pub fn parse(query: &str) -> Result<Self, PageError> {
        let mut out = RequestOptions::default();
        let mut topics: Vec<Topic> = Vec::new();
        for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
            match &*key {
                "topic" => {
                    let topic = value
                        .parse::<Topic>()
                        .map_err(|_| PageError::BadRequest(BadInput::Topic))?;
                    topics.push(topic);
                }
                "lang" => {
                    out.lang = Some(
                        UiLanguage::for_tag(&value)
                            .filter(|l| UiLanguage::PAGES.contains(l))
                            .ok_or(PageError::BadRequest(BadInput::Language))?,
                    );
                }
                "region" => {
                    out.region =
                        Some(Region::parse(&value).ok_or(PageError::BadRequest(BadInput::Region))?);
                }
                "theme" => {
                    out.theme = Some(
                        crate::render::Theme::parse(&value)
                            .ok_or(PageError::BadRequest(BadInput::Theme))?,
                    );
                }
                // Unknown parameters (tracking tags, cache busters) are ignored, not errors.
                _ => {}
            }
        }
        out.topics = Topics::new(topics);
        Ok(out)
    }
}

/// Answers with the published page `key` names, in the language the request decided, with
/// `Vary: Accept-Language` when the header decided it. A page not stored yet is rendered off
/// the request threads.
pub async fn published(
    req: &HttpRequest,
    state: &AppState,
    key: crate::render::PageKey,
    vary: VaryLanguage,
    cache: Cache,
) -> Result<HttpResponse, PageError> {
    let now = state.clock.now();
    let page = super::offload::page(&state.publisher.edition(), key, now)
        .await
        .map_err(PageError::Internal)?;
    Ok(vary_language(
        respond(req, &page, StatusCode::OK, cache, now),
        vary,
    ))
}

/// The origin absolute links name (`https://help.example.org`), and how a page holding one may
/// be cached: the configured `public_url`, or else the host the request was asked from, which
/// makes the page the request's own (`Cache::Private`).
pub fn origin(req: &HttpRequest, state: &AppState) -> (String, Cache) {
    match &state.settings.public_url {
        Some(url) => (url.trim_end_matches('/').to_string(), Cache::PAGE),
        None => {
            // Not actix's ConnectionInfo, which believes forwarded headers from anyone.
            let joined = |name| joined_header(req, name);
            let (forwarded, x_host, x_proto) = (
                joined("forwarded"),
                joined("x-forwarded-host"),
                joined("x-forwarded-proto"),
            );
            let host = req
                .headers()
                .get(actix_web::http::header::HOST)
                .and_then(|v| v.to_str().ok())
                .or(req.uri().authority().map(|a| a.as_str()));
            let origin = crate::geo::request_origin(
                req.peer_addr().map(|a| a.ip()),
                crate::geo::OriginHeaders {
                    host,
                    forwarded: forwarded.as_deref(),
                    x_forwarded_host: x_host.as_deref(),
                    x_forwarded_proto: x_proto.as_deref(),
                },
                &state.settings.geo.trusted_proxies,
            );
            (
                format!("{}://{}", origin.scheme, origin.host),
                Cache::Private,
            )
        }
    }
}

/// Whether the answer depended on the request's `Accept-Language`, and so must say `Vary`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VaryLanguage(pub bool);

/// The page language: `?lang=`, then `Accept-Language` (q-values honoured), then the region's
/// main language among the page languages, then English.
pub fn page_language(
    req: &HttpRequest,
    explicit: Option<UiLanguage>,
    region: Option<Region>,
) -> (UiLanguage, VaryLanguage) {
    if let Some(lang) = explicit {
        return (lang, VaryLanguage(false));
    }
    let lang = accepted_language(req)
        .or_else(|| region.and_then(crate::i18n::region_language))
        .unwrap_or_default();
    (lang, VaryLanguage(true))
}

/// The page language `Accept-Language` prefers (every header line; highest q first, in the
/// order written at equal q; `q=0` refuses; an unreadable range is skipped).
fn accepted_language(req: &HttpRequest) -> Option<UiLanguage> {
    use actix_web::http::header::{AcceptLanguage, Header, Preference, Quality};
    let AcceptLanguage(mut ranges) = AcceptLanguage::parse(req).ok()?;
    // Stable: equal q-values keep the client's order.
    ranges.sort_by_key(|r| std::cmp::Reverse(r.quality));
    ranges
        .into_iter()
        .filter(|r| r.quality > Quality::ZERO)
        .find_map(|r| match r.item {
            Preference::Specific(tag) => {
                UiLanguage::for_tag(tag.as_str()).filter(|l| UiLanguage::PAGES.contains(l))
            }
            Preference::Any => None,
        })
}

/// Adds `Vary: Accept-Language` to `res` when the language came from that header (or could
/// have), so a shared cache keeps one copy per language asked.
pub fn vary_language(mut res: HttpResponse, vary: VaryLanguage) -> HttpResponse {
    if vary.0 {
        res.headers_mut().append(
            actix_web::http::header::VARY,
            actix_web::http::header::HeaderValue::from_static("Accept-Language"),
        );
    }
    res
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
        ForwardedHeaders {
            forwarded: joined_header(req, "forwarded"),
            x_forwarded_for: joined_header(req, "x-forwarded-for"),
        }
    }
}

/// Every line of the header `name`, joined with commas; `None` when there is none.
fn joined_header(req: &HttpRequest, name: &str) -> Option<String> {
    let lines: Vec<&str> = req
        .headers()
        .get_all(name)
        .filter_map(|v| v.to_str().ok())
        .collect();
    (!lines.is_empty()).then(|| lines.join(","))
}

/// The client's address, through trusted proxies only, as the rate limits key it (never
/// logged, never stored).
pub fn client_ip(req: &HttpRequest, state: &AppState) -> std::net::IpAddr {
    let fwd = ForwardedHeaders::of(req);
    let peer = req
        .peer_addr()
        .map(|a| a.ip())
        .unwrap_or(std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED));
    crate::geo::client_addr(
        peer,
        fwd.forwarded.as_deref(),
        fwd.x_forwarded_for.as_deref(),
        &state.settings.geo.trusted_proxies,
    )
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

/// The page for a 404, a 400 or a 500: what went wrong in general terms, the worldwide lines,
/// and every region. The 404 page is published once per snapshot; the others are rendered for
/// their request, off the request threads. None repeats a word of the request: a stranger
/// could otherwise put a sentence ("this line is down, call …") on this site's own page and
/// send the link.
pub async fn error_page(
    req: &HttpRequest,
    status: StatusCode,
    bad: Option<BadInput>,
) -> HttpResponse {
    let Some(state) = req.app_data::<web::Data<AppState>>() else {
        return HttpResponse::build(status).finish();
    };
    // The language `?lang=` asks for, even when another parameter is what the 400 is about,
    // then the browser's.
    let asked = url::form_urlencoded::parse(req.query_string().as_bytes())
        .filter(|(k, _)| k == "lang")
        .find_map(|(_, v)| UiLanguage::for_tag(&v).filter(|l| UiLanguage::PAGES.contains(l)));
    let (lang, _) = page_language(req, asked, None);
    let edition = state.publisher.edition();
    let now = state.clock.now();
    let (heading, message) = error_strings(status, bad);
    let page = match status {
        StatusCode::NOT_FOUND => {
            let key = render::PageKey::other(render::Page::NotFound, lang);
            super::offload::page(&edition, key, now)
                .await
                .map_err(|e| format!("{e:#}"))
        }
        _ => {
            let message = crate::i18n::t(lang, message);
            super::offload::run_blocking(move || {
                render::bad_request(
                    edition.snapshot(),
                    edition.site(),
                    lang,
                    heading,
                    message,
                    now,
                )
            })
            .await
            .map_err(|e| format!("{e:#}"))
            .and_then(|r| r.map_err(|e| e.to_string()))
            .map(|r| std::sync::Arc::new(Published::plain(r)))
        }
    };
    match page {
        Ok(page) => respond(req, &page, status, Cache::NoStore, now),
        Err(e) => {
            tracing::error!("error page failed to render: {e}");
            HttpResponse::build(status).finish()
        }
    }
}

/// The interface strings an error page shows: its heading and what went wrong, in general
/// terms, for a bad request of kind `bad` or a status without one.
fn error_strings(status: StatusCode, bad: Option<BadInput>) -> (&'static str, &'static str) {
    match (status, bad) {
        (_, Some(bad)) => ("bad-request-title", bad.message_key()),
        (s, None) if s.is_server_error() => ("server-error-title", "server-error-text"),
        _ => ("bad-request-title", "bad-request-text"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    #[test]
    fn a_server_error_says_it_is_ours_and_a_bad_request_says_what_kind() {
        let strings = |status, bad| {
            let (heading, text) = error_strings(status, bad);
            (
                crate::i18n::t(UiLanguage::En, heading),
                crate::i18n::t(UiLanguage::En, text),
            )
        };
        let (heading, text) = strings(StatusCode::INTERNAL_SERVER_ERROR, None);
        assert_eq!(heading, "Something went wrong on our side");
        assert!(text.contains("error on our server"), "{text}");
        let (heading, text) = strings(StatusCode::BAD_REQUEST, Some(BadInput::Region));
        assert_eq!(heading, "We could not read that request");
        assert_eq!(
            text,
            "That region code is not one we know. Pick your region from the list below."
        );
    }

    #[test]
    fn accept_language_is_read_with_its_q_values() {
        use UiLanguage::*;
        for (header, want) in [
            ("es-MX,es;q=0.9", Some(Es)),
            ("fr-CA", Some(Fr)),
            ("ko-KR,ko;q=0.9,fr;q=0.5,en;q=0.4", Some(Fr)),
            ("de-DE,de;q=0.9,fr;q=0.5", Some(De)),
            ("zh-TW,fr;q=0.5", Some(Fr)),
            ("en;q=0.5, es;q=0.8", Some(Es)),
            ("es;q=0, en", Some(En)),
            ("ko, tr", None),
            ("*", None),
            ("", None),
            // An unreadable range is skipped; the rest still counts.
            ("es;q=abc, fr", Some(Fr)),
        ] {
            let req = TestRequest::default()
                .insert_header(("accept-language", header))
                .to_http_request();
            assert_eq!(accepted_language(&req), want, "{header:?}");
        }
        // Every header line counts.
        let req = TestRequest::default()
            .append_header(("accept-language", "ko;q=0.9"))
            .append_header(("accept-language", "fr;q=0.5"))
            .to_http_request();
        assert_eq!(accepted_language(&req), Some(Fr));
    }
}
