//! `/partners`: how another site links to lifelines, embeds it, calls its API and takes its
//! data, with a snippet for any region and topic and API output from the current data.

use super::page::{html, page_language, RequestOptions};
use super::AppState;
use crate::api::{self, Endpoint};
use crate::domain::Region;
use crate::domain::{with_topics, Topics};
use crate::error::PageError;
use crate::render;
use crate::view::Chrome;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

/// One choice of the region list.
struct RegionOption {
    code: String,
    name: String,
    selected: bool,
}

/// One choice of the topic list.
struct TopicOption {
    value: &'static str,
    label: String,
    selected: bool,
}

#[derive(Template)]
#[template(path = "pages/partners.html")]
struct PartnersPage {
    chrome: Chrome,
    /// `https://help.example.org`.
    base: String,
    /// The chosen region's page, with the chosen topic (`/us/ca?topic=psychedelic`).
    link: String,
    /// The iframe snippet for the chosen region and topic.
    snippet: String,
    /// The embed's own address.
    embed: String,
    regions: Vec<RegionOption>,
    topics: Vec<TopicOption>,
    /// `curl …/api/v1/regions/US-CA?topic=psychedelic`.
    api_command: String,
    /// Its answer from the current data, pretty-printed and cut after its first resource.
    api_output: String,
    /// The data files' URLs, the HSDS package last.
    files: Vec<String>,
}

/// `GET /partners` (`?region=US-CA&topic=psychedelic` picks the snippet's region and topic).
pub async fn partners(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let opts = RequestOptions::parse(req.query_string())?;
    let (lang, vary) = page_language(&req, opts.lang, None);
    let (base, cache) = super::page::origin(&req, &state);
    let edition = state.publisher.edition();
    let snapshot = edition.snapshot();
    let region = opts
        .region
        .or_else(|| Region::parse("US-CA"))
        .ok_or(PageError::BadRequest(crate::error::BadInput::Region))?;
    let topics = if opts.region.is_none() && opts.topics.is_empty() {
        Topics::new([crate::domain::Topic::Psychedelic])
    } else {
        opts.topics.clone()
    };
    let link = with_topics(&region.path(), &topics);
    let embed = format!(
        "{base}{}",
        with_topics(&format!("/embed{}", region.path()), &topics)
    );
    let title = crate::i18n::t_args(
        lang,
        "partners-embed-title",
        &[("region", &crate::i18n::full_region_name(region, lang))],
    );
    let attr = |s: &str| s.replace('&', "&amp;").replace('"', "&quot;");
    let (embed_attr, title) = (attr(&embed), attr(&title));
    let snippet = format!(
        "<iframe src=\"{embed_attr}\" title=\"{title}\" width=\"100%\" height=\"520\" \
         style=\"border:0\" loading=\"lazy\" referrerpolicy=\"no-referrer\"></iframe>"
    );
    let mut regions: Vec<RegionOption> = snapshot
        .regions_with_data()
        .iter()
        .flat_map(|(cc, subs)| std::iter::once(Region::Country(*cc)).chain(subs.iter().copied()))
        .map(|r| RegionOption {
            code: r.code().to_string(),
            name: crate::i18n::full_region_name(r, lang),
            selected: r == region,
        })
        .collect();
    regions.sort_by(|a, b| a.name.cmp(&b.name));
    let topics_options = crate::domain::Topic::ALL
        .into_iter()
        .map(|t| TopicOption {
            value: t.as_str(),
            label: crate::i18n::t(lang, &t.label_key()),
            selected: topics.as_slice().contains(&t),
        })
        .collect();
    let query = with_topics(&format!("/api/v1/regions/{}", region.code()), &topics);
    let answer = api::render(
        snapshot,
        edition.hsds_cell(),
        &Endpoint::Region {
            region,
            topics: topics.clone(),
        },
        lang,
        state.clock.now(),
    );
    let page = PartnersPage {
        chrome: render::chrome(edition.site(), lang, "/partners"),
        link,
        snippet,
        embed,
        regions,
        topics: topics_options,
        api_command: format!("curl '{base}{query}'"),
        api_output: first_resource_only(&answer.body),
        files: api::opendata::urls(snapshot),
        base,
    };
    html(&req, &state, page, StatusCode::OK, cache, vary).await
}

/// The answer pretty-printed, its resource list cut to the first one so the page stays short.
fn first_resource_only(body: &str) -> String {
    let Ok(mut value) = serde_json::from_str::<serde_json::Value>(body) else {
        return body.to_string();
    };
    if let Some(list) = value
        .get_mut("resources")
        .and_then(serde_json::Value::as_array_mut)
    {
        list.truncate(1);
    }
    serde_json::to_string_pretty(&value).unwrap_or_else(|_| body.to_string())
}
