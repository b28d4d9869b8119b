//! Region detection on `/`: URL, CDN header, GeoIP through trusted proxies only, then worldwide.

use crate::helpers::{spawn_app, spawn_app_with, Page};
use crate::support::geoip::{ANTARCTICA, CALIFORNIA, LONDON, NEW_YORK_V6, TORONTO, UNKNOWN};

async fn home_for(client: &str) -> Page {
    let app = spawn_app().await;
    let res = app.get_forwarded_for("/", client).await;
    assert_eq!(res.status(), 200);
    Page::new(res.text().await.unwrap())
}

#[tokio::test]
async fn a_california_visitor_behind_a_trusted_proxy_sees_911_988_samhsa_and_fireside() {
    let page = home_for(CALIFORNIA).await;
    assert!(page
        .text()
        .contains("Showing help for California, United States"));
    assert_eq!(page.attrs(".call-now a, .also-call a", "href"), ["tel:911"]);
    let ids = page.resource_ids();
    for id in [
        "988-lifeline",
        "samhsa-national-helpline",
        "fireside-project",
    ] {
        assert!(ids.contains(&id.to_string()), "{id} missing from {ids:?}");
    }
    assert!(page.attrs("a", "href").contains(&"tel:988".to_string()));
}

#[tokio::test]
async fn a_toronto_visitor_sees_911_and_988_canada_and_not_the_us_lines() {
    let page = home_for(TORONTO).await;
    assert!(page.text().contains("Showing help for Ontario, Canada"));
    assert_eq!(page.attrs(".call-now a, .also-call a", "href"), ["tel:911"]);
    let ids = page.resource_ids();
    assert!(ids.contains(&"988-suicide-crisis-helpline-ca".to_string()));
    assert!(!ids.contains(&"988-lifeline".to_string()));
    assert!(!ids.contains(&"samhsa-national-helpline".to_string()));
}

#[tokio::test]
async fn a_london_visitor_sees_999_and_samaritans() {
    let page = home_for(LONDON).await;
    assert_eq!(
        page.attrs(".call-now a, .also-call a", "href"),
        ["tel:999", "tel:112"]
    );
    assert!(page.resource_ids().contains(&"samaritans-uk".to_string()));
    assert!(page.attrs("a", "href").contains(&"tel:116123".to_string()));
    assert!(page.text().contains("Call 116 123"));
}

#[tokio::test]
async fn an_ipv6_address_is_located_too() {
    let page = home_for(NEW_YORK_V6).await;
    assert!(page.text().contains("New York, United States"));
}

#[tokio::test]
async fn a_country_without_data_or_an_unknown_address_gets_the_worldwide_list_and_the_picker() {
    for client in [ANTARCTICA, UNKNOWN, "not an address"] {
        let page = home_for(client).await;
        let ids = page.resource_ids();
        assert!(ids.contains(&"tripsit".to_string()), "{client}: {ids:?}");
        assert!(!ids.contains(&"988-lifeline".to_string()), "{client}");
        assert!(page
            .attrs(".where a", "href")
            .contains(&"/regions".to_string()));
    }
}

#[tokio::test]
async fn forwarded_headers_from_an_untrusted_peer_are_ignored() {
    let app = spawn_app_with(|s| s.geo.trusted_proxies = vec![]).await;
    let res = app.get_forwarded_for("/", CALIFORNIA).await;
    let page = Page::new(res.text().await.unwrap());
    assert!(
        !page.text().contains("California"),
        "spoofed X-Forwarded-For was believed"
    );
    assert!(page.resource_ids().contains(&"tripsit".to_string()));
    let res = app
        .get_with("/", &[("Forwarded", &format!("for={CALIFORNIA}"))])
        .await;
    assert!(!res.text().await.unwrap().contains("California"));
}

#[tokio::test]
async fn a_spoofed_leftmost_entry_does_not_beat_what_the_trusted_proxy_appended() {
    let app = spawn_app().await;
    // The client claims California; the trusted proxy appended the address it saw (London).
    let res = app
        .get_forwarded_for("/", &format!("{CALIFORNIA}, {LONDON}"))
        .await;
    let page = Page::new(res.text().await.unwrap());
    assert!(page.text().contains("United Kingdom"));
    assert!(!page.text().contains("California"));
}

#[tokio::test]
async fn the_url_beats_the_cdn_header_which_beats_geoip() {
    let app = spawn_app_with(|s| {
        s.geo.cdn_country_header = Some("CloudFront-Viewer-Country".into());
        s.geo.cdn_region_header = Some("CloudFront-Viewer-Country-Region".into());
    })
    .await;
    let cdn = [
        ("CloudFront-Viewer-Country", "CA"),
        ("CloudFront-Viewer-Country-Region", "QC"),
        ("X-Forwarded-For", LONDON),
    ];
    let page = Page::new(app.get_with("/", &cdn).await.text().await.unwrap());
    assert!(page.text().contains("Quebec, Canada") || page.text().contains("Québec, Canada"));
    let page = Page::new(
        app.get_with("/?region=NZ", &cdn)
            .await
            .text()
            .await
            .unwrap(),
    );
    assert!(page.text().contains("Showing help for New Zealand"));
    let unknown_cdn = [
        ("CloudFront-Viewer-Country", "XX"),
        ("X-Forwarded-For", LONDON),
    ];
    let page = Page::new(app.get_with("/", &unknown_cdn).await.text().await.unwrap());
    assert!(page.text().contains("United Kingdom"));
}

#[tokio::test]
async fn cdn_headers_are_ignored_unless_configured() {
    let app = spawn_app().await;
    let res = app.get_with("/", &[("CF-IPCountry", "NZ")]).await;
    assert!(!res.text().await.unwrap().contains("New Zealand"));
}

#[tokio::test]
async fn the_geolite2_attribution_shows_when_a_geolite2_database_is_loaded() {
    let app = spawn_app().await;
    let about = app.page("/about").await;
    assert!(about.text().contains("GeoLite2 data created by MaxMind"));
    assert!(app
        .page("/us")
        .await
        .texts("footer")
        .join(" ")
        .contains("GeoLite2"));
    let without = spawn_app_with(|s| s.geo.database = None).await;
    assert!(!without.page("/us").await.text().contains("GeoLite2"));
}

#[test]
fn the_geoip_command_prints_what_the_database_says() {
    let db = crate::helpers::test_geoip();
    let out = crate::helpers::lifelines()
        .args(["geoip", CALIFORNIA, "--database"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("US-CA (California, United States)"),
        "{stdout}"
    );
}
