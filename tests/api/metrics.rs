//! `/metrics`: the counts an operator needs, and labels that never carry what a request sent.

use crate::helpers::{spawn_app, spawn_app_with, TestApp};
use crate::support::geoip;
use std::collections::BTreeMap;

/// Every route pattern in the route table, and the label of a request that matched none.
const ROUTES: &[&str] = &[
    "/",
    "/livez",
    "/healthz",
    "/readyz",
    "/metrics",
    "/static/site.css",
    "/regions",
    "/about",
    "/privacy",
    "/data",
    "/sms",
    "/sms/twilio",
    "/sms/reply",
    "/{cc}",
    "/{cc}/{sub}",
    "(unmatched)",
];

const OUTCOMES: &[&str] = &[
    "answered",
    "help",
    "stop",
    "start",
    "not_understood",
    "rate_limited",
    "bad_signature",
    "malformed",
    "replaced",
    "rejected",
];

/// Each sample line's name and labels.
fn samples(exposition: &str) -> Vec<(String, BTreeMap<String, String>, f64)> {
    exposition
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|line| {
            let (head, value) = line.rsplit_once(' ').unwrap();
            let (name, labels) = match head.split_once('{') {
                Some((name, rest)) => (name, rest.trim_end_matches('}')),
                None => (head, ""),
            };
            let labels = labels
                .split(',')
                .filter(|p| !p.is_empty())
                .map(|pair| {
                    let (k, v) = pair.split_once('=').unwrap();
                    (k.to_string(), v.trim_matches('"').to_string())
                })
                .collect();
            (name.to_string(), labels, value.parse().unwrap())
        })
        .collect()
}

fn allowed(key: &str, value: &str) -> bool {
    match key {
        "route" => ROUTES.contains(&value),
        "method" => ["GET", "HEAD", "POST", "OPTIONS", "OTHER"].contains(&value),
        "status" => value.len() == 3 && value.bytes().all(|b| b.is_ascii_digit()),
        "outcome" => OUTCOMES.contains(&value),
        "result" => ["found", "not_found"].contains(&value),
        "version" => value.len() == 12 && value.bytes().all(|b| b.is_ascii_hexdigit()),
        "le" => value == "+Inf" || value.parse::<f64>().is_ok(),
        _ => false,
    }
}

async fn hostile_requests(app: &TestApp) {
    for path in [
        "/192.0.2.55",
        "/us/+14155559876",
        "/?region=zz-secret",
        "/us?topic=quokka-zebra",
        "/%3Cscript%3E/x/y",
        "/us/ca?q=my+address+is+secret",
    ] {
        app.get_with(
            path,
            &[
                ("User-Agent", "secret-agent"),
                ("Referer", "https://x.example/"),
            ],
        )
        .await;
    }
    app.get_forwarded_for("/", geoip::CALIFORNIA).await;
    app.get_forwarded_for("/", geoip::UNKNOWN).await;
    let form = [
        ("text", "quokka zebra california"),
        ("from", "+14155559876"),
    ];
    app.client
        .post(format!("{}/sms/reply", app.address))
        .form(&form)
        .send()
        .await
        .unwrap();
    app.client
        .post(format!("{}/sms/reply", app.address))
        .form(&[("text", "gibberish words only")])
        .send()
        .await
        .unwrap();
    app.client
        .delete(format!("{}/us", app.address))
        .send()
        .await
        .unwrap();
}

#[tokio::test]
async fn metrics_count_requests_reloads_geoip_cache_and_sms_with_only_closed_labels() {
    let app = spawn_app().await;
    hostile_requests(&app).await;
    app.get("/us/ca").await;
    app.get("/us/ca").await;
    let res = app.metrics().await;
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/openmetrics-text"));
    let text = res.text().await.unwrap();
    let samples = samples(&text);
    for (name, labels, _) in &samples {
        for (k, v) in labels {
            assert!(
                allowed(k, v),
                "{name}: label {k}={v:?} is not from a closed list"
            );
        }
    }
    for secret in ["192.0.2", "4155559876", "quokka", "secret", "script", "zz"] {
        assert!(!text.contains(secret), "the metrics contain {secret:?}");
    }
    let value = |name: &str, label: Option<(&str, &str)>| -> f64 {
        samples
            .iter()
            .filter(|(n, l, _)| {
                n == name && label.is_none_or(|(k, v)| l.get(k).map(String::as_str) == Some(v))
            })
            .map(|(_, _, v)| v)
            .sum()
    };
    assert!(
        value(
            "lifelines_http_requests_total",
            Some(("route", "/{cc}/{sub}"))
        ) >= 2.0
    );
    assert!(value("lifelines_http_requests_total", Some(("status", "404"))) >= 1.0);
    assert!(
        value(
            "lifelines_http_request_duration_seconds_count",
            Some(("route", "/"))
        ) >= 2.0
    );
    assert_eq!(
        value("lifelines_geoip_lookups_total", Some(("result", "found"))),
        1.0
    );
    assert_eq!(
        value(
            "lifelines_geoip_lookups_total",
            Some(("result", "not_found"))
        ),
        1.0
    );
    assert_eq!(
        value("lifelines_sms_replies_total", Some(("outcome", "answered"))),
        1.0
    );
    assert_eq!(
        value(
            "lifelines_sms_replies_total",
            Some(("outcome", "not_understood"))
        ),
        1.0
    );
    assert!(value("lifelines_page_cache_hits_total", None) >= 1.0);
    assert!(value("lifelines_page_cache_misses_total", None) >= 1.0);
    assert!(value("lifelines_page_cache_bytes", None) > 1000.0);
    assert!(value("lifelines_data_resources", None) > 100.0);
    let version = app.publisher.edition().snapshot().version.clone();
    assert_eq!(
        value("lifelines_data_info", Some(("version", &version))),
        1.0
    );
}

#[tokio::test]
async fn metrics_have_a_listener_of_their_own_off_the_public_port_by_default() {
    assert_eq!(
        lifelines::config::Settings::default().metrics.listen,
        "127.0.0.1:9090"
    );
    let app = spawn_app().await;
    assert_eq!(app.get("/metrics").await.status(), 404);
    let port = app.metrics_port.expect("a metrics port");
    let res = reqwest::get(format!("http://127.0.0.1:{port}/metrics"))
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.text().await.unwrap().contains("lifelines_data_info"));
}

#[tokio::test]
async fn metrics_are_on_the_main_port_only_when_configured_there() {
    let app = spawn_app_with(|s| s.metrics.listen = "main".into()).await;
    assert_eq!(app.metrics_port, None);
    let res = app.get("/metrics").await;
    assert_eq!(res.status(), 200);
    assert!(res.text().await.unwrap().contains("lifelines_data_info"));
}

#[tokio::test]
async fn request_latency_says_it_leaves_out_the_wait_for_a_thread_and_that_wait_is_measured() {
    let app = spawn_app().await;
    app.get("/us/ca").await;
    // The request threads sample their delay every 50 ms.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let text = app.metrics().await.text().await.unwrap();
    let help = |name: &str| {
        text.lines()
            .find(|l| l.starts_with(&format!("# HELP {name} ")))
            .unwrap_or_else(|| panic!("no help for {name}:\n{text}"))
            .to_string()
    };
    let latency = help("lifelines_http_request_duration_seconds");
    assert!(
        latency.contains("not included") && latency.contains("lifelines_worker_delay_seconds"),
        "{latency}"
    );
    assert!(help("lifelines_worker_delay_seconds").contains("waited"));
    let count = samples(&text)
        .into_iter()
        .find(|(name, _, _)| name == "lifelines_worker_delay_seconds_count")
        .map(|(_, _, v)| v)
        .unwrap_or_default();
    assert!(count >= 2.0, "the delay is sampled: {count}");
    assert!(
        samples(&text)
            .iter()
            .any(|(name, _, _)| name == "lifelines_log_lines_dropped_total"),
        "{text}"
    );
}
