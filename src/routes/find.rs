//! `POST /find`: the place search on the region picker, region pages and the 404 page.
//!
//! A plain form, no script. It is a POST so what was typed stays out of the address bar, the
//! browser's history, proxy logs and referrers; the answer is never stored (`no-store`), the
//! request log has the route and status only, and no page shows what was typed back. The place
//! is read with the same reader as texts ([`crate::sms::find_place`]): one region answers
//! `303` to its page; a name that is places in several regions lists them, most populous
//! first; nothing matched answers the picker with "We could not find that place".

use super::answer::Cache;
use super::page::{page_language, RequestOptions, VaryLanguage};
use super::AppState;
use crate::domain::{CountryCode, Region, UiLanguage};
use crate::error::PageError;
use crate::publish::Published;
use crate::sms::PlaceMatch;
use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};

/// The most bytes a search's form body may have: one field and a country code.
pub const MAX_BODY: usize = 2048;

/// `POST /find`.
pub async fn find(
    req: HttpRequest,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let opts = RequestOptions::parse(req.query_string())?;
    let (lang, _) = page_language(&req, opts.lang, None);
    let mut place = None;
    let mut country = None;
    for (key, value) in url::form_urlencoded::parse(&body) {
        match &*key {
            "place" if place.is_none() => place = Some(value.into_owned()),
            // The page's own country; anything else is no country at all.
            "country" => country = CountryCode::parse(&value),
            _ => {}
        }
    }
    let edition = state.publisher.edition();
    let snapshot = edition.snapshot();
    let matches = match place.as_deref().map(str::trim) {
        Some(place) if !place.is_empty() => state.sms.service.find(snapshot, place, country),
        _ => Vec::new(),
    };
    if let [one] = matches.as_slice() {
        return Ok(see_other(&link(&one.region.path(), lang)));
    }
    let links = matches
        .iter()
        .map(|m| (label(m, lang), link(&m.region.path(), lang)))
        .collect();
    let page = crate::render::find_page(snapshot, edition.site(), lang, links)?;
    // Rendered for this request; the form's language link keeps the visitor's language.
    Ok(super::page::vary_language(
        super::answer::respond(
            &req,
            &Published::plain(page),
            StatusCode::OK,
            Cache::NoStore,
            state.clock.now(),
        ),
        VaryLanguage(opts.lang.is_none()),
    ))
}

/// `GET /find` (an address bar, a reload after the answer): the region picker, which has the
/// form.
pub async fn to_picker(req: HttpRequest) -> Result<HttpResponse, PageError> {
    let opts = RequestOptions::parse(req.query_string())?;
    let lang = opts.lang.unwrap_or_default();
    Ok(see_other(&link("/regions", lang)))
}

/// `path` in `lang`, as the site links it (`/us/co?lang=es`); English is the plain path.
fn link(path: &str, lang: UiLanguage) -> String {
    if lang == UiLanguage::En {
        path.to_string()
    } else {
        format!("{path}?lang={}", lang.tag())
    }
}

/// How a match is listed: `Paris, Île-de-France, France`, `Springfield, Illinois, United
/// States`, or a region alone: `Georgia, United States`.
fn label(m: &PlaceMatch, lang: UiLanguage) -> String {
    let country = crate::i18n::country_name(m.region.country(), lang);
    let region = match m.region {
        Region::Country(_) => country,
        Region::Subdivision(..) => format!("{}, {country}", m.region.name()),
    };
    match &m.town {
        Some(town) => format!("{town}, {region}"),
        None => region,
    }
}

/// `303 See Other` to `location`, never stored.
#[allow(
    clippy::disallowed_methods,
    reason = "a redirect has no body to negotiate"
)]
fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .finish()
}
