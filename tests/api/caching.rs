//! A shared cache must never give one visitor's answer to another: every answer a cache may
//! store either does not depend on a request header or names it in `Vary`. Each route is
//! asked twice, with two values of each header that could change it; where the answers differ
//! and may be stored, `Vary` must name that header. Headers no cache can key on (the client's
//! address, forwarded host and scheme) must never change a storable answer at all.

use crate::helpers::{spawn_app_with, TestApp};
use crate::support::geoip;

/// Every kind of route: pages, the card and contacts, the embed, the API, the data, static.
const ROUTES: &[&str] = &[
    "/",
    "/?region=US-CA",
    "/us",
    "/us/ca",
    "/us/ca?topic=psychedelic",
    "/us/ca?lang=es",
    "/US-CA",
    "/us/ca/card",
    "/us/ca/contacts.vcf",
    "/embed/us/ca",
    "/regions",
    "/about",
    "/privacy",
    "/data",
    "/partners",
    "/sms",
    "/static/site.css",
    "/static/leave.js",
    "/api/openapi.json",
    "/api/v1/regions",
    "/api/v1/regions/US-CA",
    "/api/v1/regions/US-CA?lang=fr",
    "/api/v1/resources/fireside-project",
    "/api/v1/lookup",
    "/api/v1/hsds",
    "/api/v1/hsds/services?per_page=2",
    "/data/resources.csv",
    "/data/hsds.zip",
    "/no/such/page",
    "/?region=XX",
    "/api/v1/nope",
];

/// A request header and two values of it that could change an answer; `keyable` when a cache
/// can key on it through `Vary`.
const HEADERS: &[(&str, &str, &str, bool)] = &[
    ("accept-language", "es", "fr", true),
    ("accept-language", "en", "", true),
    ("accept-encoding", "br", "identity", true),
    ("accept-encoding", "gzip", "", true),
    ("x-forwarded-for", geoip::CALIFORNIA, geoip::TORONTO, false),
    ("x-forwarded-host", "a.example", "b.example", false),
    ("x-forwarded-proto", "https", "http", false),
    (
        "forwarded",
        "host=a.example;proto=https",
        "for=192.0.2.200",
        false,
    ),
];

/// Whether a cache may store the answer.
fn storable(res: &reqwest::Response) -> bool {
    let cc = res
        .headers()
        .get("cache-control")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    !(cc.contains("no-store") || cc.contains("private"))
}

fn varies_on(res: &reqwest::Response, header: &str) -> bool {
    res.headers()
        .get_all("vary")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|v| v.trim().eq_ignore_ascii_case(header) || v.trim() == "*")
}

/// What a response says to a cache and to a reader: status, coding, location and body.
async fn answer(res: reqwest::Response) -> (u16, Option<String>, Option<String>, Vec<u8>) {
    let header = |name: &str| {
        res.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let (coding, location) = (header("content-encoding"), header("location"));
    (
        res.status().as_u16(),
        coding,
        location,
        res.bytes().await.unwrap().to_vec(),
    )
}

async fn audit(app: &TestApp, label: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for path in ROUTES {
        for (name, a, b, keyable) in HEADERS {
            let ask = |value: &'static str| {
                let headers: Vec<(&str, &str)> = if value.is_empty() {
                    vec![]
                } else {
                    vec![(*name, value)]
                };
                async move { app.get_with(path, &headers).await }
            };
            let (ra, rb) = (ask(a).await, ask(b).await);
            let stored = storable(&ra) || storable(&rb);
            let vary = varies_on(&ra, name) && varies_on(&rb, name);
            let differ = answer(ra).await != answer(rb).await;
            if stored && differ && !(*keyable && vary) {
                problems.push(format!(
                    "{label}: GET {path} is storable and differs by {name} ({a:?} / {b:?}){}",
                    if *keyable { " without Vary" } else { "" }
                ));
            }
        }
    }
    problems
}

#[tokio::test]
async fn no_storable_answer_depends_on_a_header_it_does_not_name_in_vary() {
    // The API's rate limit off: a 429 among the answers would differ for its own reasons.
    let plain = spawn_app_with(|s| s.api.rate_per_minute = 0).await;
    let public = spawn_app_with(|s| {
        s.api.rate_per_minute = 0;
        s.public_url = Some("https://help.example.org".into());
    })
    .await;
    let mut problems = audit(&plain, "without public_url").await;
    problems.extend(audit(&public, "with public_url").await);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[tokio::test]
async fn partners_and_sms_pages_name_accept_language_when_they_are_cacheable() {
    let app = spawn_app_with(|s| s.public_url = Some("https://help.example.org".into())).await;
    for path in ["/partners", "/sms"] {
        let res = app.get_with(path, &[("accept-language", "es")]).await;
        assert!(storable(&res), "{path} is cacheable with public_url");
        assert!(varies_on(&res, "accept-language"), "{path}");
        // Named explicitly, the language no longer depends on the header.
        let res = app.get_with(&format!("{path}?lang=es"), &[]).await;
        assert!(!varies_on(&res, "accept-language"), "{path}?lang=es");
    }
}
