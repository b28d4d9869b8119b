//! Published pages: content negotiation over the stored representations, ETags and `304`,
//! `HEAD`, re-rendering when a line opens or closes, one render per key, and rendering ahead.

use crate::helpers::{spawn_app, spawn_app_with, test_now, TestApp};
use chrono::{DateTime, Datelike, TimeZone, Utc, Weekday};
use std::io::Read;

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .unwrap();
    out
}

fn unbrotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli::Decompressor::new(bytes, 4096)
        .read_to_end(&mut out)
        .unwrap();
    out
}

async fn get_encoded(app: &TestApp, path: &str, accept: Option<&str>) -> reqwest::Response {
    match accept {
        Some(a) => app.get_with(path, &[("Accept-Encoding", a)]).await,
        None => app.get(path).await,
    }
}

#[tokio::test]
async fn a_page_is_sent_in_the_best_stored_encoding_the_client_accepts() {
    let app = spawn_app().await;
    let plain = app.get("/us/ca").await;
    assert!(plain.headers().get("content-encoding").is_none());
    assert_eq!(plain.headers()["vary"], "Accept-Encoding");
    let identity = plain.bytes().await.unwrap().to_vec();
    assert!(String::from_utf8_lossy(&identity).contains("tel:988"));

    for (accept, expected) in [
        ("gzip, deflate, br, zstd", Some("br")),
        ("gzip", Some("gzip")),
        ("br;q=0.5, gzip;q=0.8", Some("gzip")),
        ("gzip;q=0, br", Some("br")),
        ("identity", None),
        ("zstd", None),
        ("gzip;q=0, br;q=0", None),
        ("definitely not a header ;;;", None),
    ] {
        let res = get_encoded(&app, "/us/ca", Some(accept)).await;
        assert_eq!(res.status(), 200, "{accept}");
        let coding = res
            .headers()
            .get("content-encoding")
            .map(|v| v.to_str().unwrap().to_string());
        assert_eq!(coding.as_deref(), expected, "{accept}");
        let body = res.bytes().await.unwrap();
        let decoded = match expected {
            Some("br") => unbrotli(&body),
            Some("gzip") => gunzip(&body),
            _ => body.to_vec(),
        };
        assert_eq!(
            decoded, identity,
            "{accept}: the same page in every encoding"
        );
        if expected.is_some() {
            assert!(body.len() * 3 < identity.len(), "{accept}: compressed well");
        }
    }
}

#[tokio::test]
async fn each_representation_has_its_own_etag_and_if_none_match_compares_weakly() {
    let app = spawn_app().await;
    let etag_for = |accept: &'static str| {
        let app = &app;
        async move {
            let res = get_encoded(app, "/us/ca", Some(accept)).await;
            res.headers()["etag"].to_str().unwrap().to_string()
        }
    };
    let br = etag_for("br").await;
    let gz = etag_for("gzip").await;
    let id = etag_for("identity").await;
    assert!(br != gz && gz != id && br != id, "{br} {gz} {id}");

    let cases = [
        (br.clone(), "br", 304),
        (format!("W/{br}"), "br", 304),
        (format!("\"nope\", W/{br}"), "br", 304),
        ("*".to_string(), "br", 304),
        (gz.clone(), "br", 200),
        ("\"nope\"".to_string(), "br", 200),
        ("not an etag".to_string(), "br", 200),
        (gz.clone(), "gzip", 304),
    ];
    for (if_none_match, accept, status) in cases {
        let res = app
            .get_with(
                "/us/ca",
                &[
                    ("If-None-Match", &if_none_match),
                    ("Accept-Encoding", accept),
                ],
            )
            .await;
        assert_eq!(res.status(), status, "If-None-Match: {if_none_match}");
        if status == 304 {
            let h = res.headers();
            assert!(h.contains_key("etag") && h.contains_key("cache-control"));
            assert_eq!(h["vary"], "Accept-Encoding");
            assert!(res.bytes().await.unwrap().is_empty());
        }
    }
}

#[tokio::test]
async fn head_answers_wherever_get_does_with_the_same_status_and_headers() {
    let app = spawn_app().await;
    for path in [
        "/",
        "/us/ca",
        "/us",
        "/US-CA",
        "/regions",
        "/about",
        "/privacy",
        "/data",
        "/sms",
        "/static/site.css",
        "/healthz",
        "/readyz",
        "/nowhere/at/all",
        "/us?topic=nonsense",
    ] {
        let get = app.get_with(path, &[("Accept-Encoding", "gzip")]).await;
        let head = app
            .client
            .head(format!("{}{}", app.address, path))
            .header("Accept-Encoding", "gzip")
            .send()
            .await
            .unwrap();
        assert_eq!(head.status(), get.status(), "HEAD {path}");
        for name in [
            "content-type",
            "content-encoding",
            "cache-control",
            "etag",
            "location",
        ] {
            assert_eq!(
                head.headers().get(name),
                get.headers().get(name),
                "HEAD {path}: {name}"
            );
        }
        assert!(head.bytes().await.unwrap().is_empty(), "HEAD {path}");
    }
}

/// The first `weekday` on or after `from`'s date, at `hh:mm:ss` London time, in UTC.
fn london(from: DateTime<Utc>, weekday: Weekday, (h, m, s): (u32, u32, u32)) -> DateTime<Utc> {
    let mut day = from.date_naive();
    while day.weekday() != weekday {
        day = day.succ_opt().unwrap();
    }
    chrono_tz::Europe::London
        .from_local_datetime(&day.and_hms_opt(h, m, s).unwrap())
        .single()
        .unwrap()
        .with_timezone(&Utc)
}

fn status_of(app_page: &crate::helpers::Page, id: &str) -> String {
    app_page.texts(&format!("#{id} .meta span")).join(" ")
}

#[tokio::test]
async fn a_page_is_rendered_again_when_a_line_on_it_closes_and_never_cached_past_it() {
    // Breathing Space (Scotland) answers Mo-Th 18:00-02:00: on Tuesday it closes at 02:00
    // London time.
    let app = spawn_app().await;
    let just_before = london(test_now(), Weekday::Tue, (1, 59, 0));
    app.clock.set(just_before);
    let open = app.get("/gb/sct").await;
    assert_eq!(open.headers()["cache-control"], "public, max-age=60");
    let open_etag = open.headers()["etag"].clone();
    let page = crate::helpers::Page::new(open.text().await.unwrap());
    assert!(status_of(&page, "gb-sct-breathing-space").starts_with("Open"));
    let open_ids = page.resource_ids();

    // A second later nothing has changed: the same stored page.
    app.clock.set(just_before + chrono::Duration::seconds(1));
    let same = app.get("/gb/sct").await;
    assert_eq!(same.headers()["etag"], open_etag);
    assert_eq!(same.headers()["cache-control"], "public, max-age=59");

    app.clock.set(just_before + chrono::Duration::seconds(61));
    let closed = app.get("/gb/sct").await;
    assert_ne!(closed.headers()["etag"], open_etag);
    let page = crate::helpers::Page::new(closed.text().await.unwrap());
    assert!(status_of(&page, "gb-sct-breathing-space").starts_with("Closed"));
    // Closed now, it moves below every line that is open.
    let ids = page.resource_ids();
    let at = |ids: &[String], id: &str| ids.iter().position(|i| i == id).unwrap();
    assert!(
        at(&ids, "gb-sct-breathing-space") > at(&ids, "samaritans-uk"),
        "{ids:?}"
    );
    assert!(at(&open_ids, "gb-sct-breathing-space") < at(&ids, "gb-sct-breathing-space"));
}

#[tokio::test]
async fn concurrent_first_requests_for_a_page_render_it_once() {
    let app = spawn_app().await;
    let edition = app.publisher.edition();
    assert_eq!(edition.renders(), 0);
    let requests = (0..24).map(|_| app.get("/us/ca?topic=psychedelic&topic=overdose"));
    for res in futures_util::future::join_all(requests).await {
        assert_eq!(res.status(), 200);
    }
    // The same page under another spelling of its key is the same page.
    assert_eq!(
        app.get("/us/ca?topic=overdose&topic=psychedelic&topic=overdose")
            .await
            .status(),
        200
    );
    assert_eq!(edition.renders(), 1);
}

#[tokio::test]
async fn region_pages_are_rendered_ahead_without_holding_up_readiness() {
    let app = spawn_app_with(|s| s.pages.prewarm = true).await;
    assert_eq!(app.get("/readyz").await.status(), 200);
    let edition = app.publisher.edition();
    let wanted = edition.common_pages().len() as u64;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    // Done when the background thread says so (only this test renders ahead).
    while !crate::helpers::logged().contains("pages rendered ahead") {
        assert!(
            std::time::Instant::now() < deadline,
            "pages not rendered ahead"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(edition.renders(), wanted);
    let misses = app.publisher.metrics().cache_misses.get();
    // Every region in the picker (here the US, Scotland, France), the worldwide list and the
    // picker itself; a subdivision without lines of its own (`/us/ca`) is rendered when asked.
    for path in ["/us", "/gb/sct", "/fr", "/", "/regions"] {
        assert_eq!(app.get(path).await.status(), 200);
        assert_eq!(
            app.publisher.metrics().cache_misses.get(),
            misses,
            "{path} was not rendered ahead"
        );
    }
    assert_eq!(edition.renders(), wanted);
}
