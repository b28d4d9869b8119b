//! Property tests: no input to the parsers at the edge panics, whatever it is. The loader reads
//! arbitrary CSV bytes; region codes, forwarded headers and query strings come from anyone.

use lifelines::directory::load;
use lifelines::domain::Region;
use proptest::prelude::*;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        ..ProptestConfig::default()
    }
}

/// A CSV-ish line: fields drawn from what a resources file holds, and some that break it.
fn field() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("US".to_string()),
        Just("US:988".to_string()),
        Just("+16234737433".to_string()),
        Just("24/7".to_string()),
        Just("Mo-Fr 10:00-18:00".to_string()),
        Just("\"".to_string()),
        Just("2026-01-02".to_string()),
        Just("https://example.org".to_string()),
        "\\PC{0,12}",
    ]
}

const HEADER: &str = "id,name,short_name,organization,regions,topics,phone,phone_option,sms,\
sms_keyword,chat_url,website,app_url,hours,timezone,languages,cost,priority,description,\
verified_at,source,notes";

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_loader_never_panics_on_any_resources_file(
        rows in proptest::collection::vec(proptest::collection::vec(field(), 0..26), 0..4),
        raw in proptest::collection::vec(any::<u8>(), 0..200),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut csv = String::from(HEADER);
        csv.push('\n');
        for row in &rows {
            csv.push_str(&row.join(","));
            csv.push('\n');
        }
        let mut bytes = csv.into_bytes();
        bytes.extend_from_slice(&raw);
        std::fs::write(dir.path().join("resources.csv"), &bytes).unwrap();
        std::fs::write(
            dir.path().join("emergency.csv"),
            "country,number,service,channel,url,register,verified_at,source,source_kind\n\
             US,911,all,voice,,,2026-01-02,https://e.org,official\n",
        )
        .unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        // Either loads or names its problems; never panics.
        if let Err(diags) = load::load_dir(dir.path(), today) {
            prop_assert!(!diags.is_empty());
        }
    }

    #[test]
    fn region_codes_never_panic(code in "\\PC{0,12}") {
        let _ = Region::parse(&code);
        if let Some((cc, sub)) = code.split_once('/') {
            if let Some(cc) = lifelines::domain::CountryCode::parse(cc) {
                let _ = Region::subdivision(cc, sub);
            }
        }
    }

    #[test]
    fn forwarded_headers_never_panic_and_untrusted_peers_are_never_overridden(
        forwarded in "\\PC{0,60}",
        xff in "[0-9a-f.:, \\[\\]for=;\"]{0,60}",
        trusted_peer in any::<bool>(),
    ) {
        let peer: std::net::IpAddr = if trusted_peer { "127.0.0.1" } else { "203.0.113.9" }
            .parse()
            .unwrap();
        let trusted = vec!["127.0.0.1/32".parse().unwrap()];
        let client = lifelines::geo::client_addr(peer, Some(&forwarded), Some(&xff), &trusted);
        if !trusted_peer {
            prop_assert_eq!(client, peer);
        }
    }

    #[test]
    fn page_query_strings_never_panic(query in "\\PC{0,80}") {
        let _ = lifelines::routes::RequestOptions::parse(&query);
    }
}

/// Words a stranger might put in a link to lifelines and send to someone in crisis.
const TYPED: &str = "988 IS DOWN. Call +1-555-0100 instead";

/// Whether `body` repeats any part of [`TYPED`] that could mislead.
fn repeats_typed_words(body: &str) -> Option<&'static str> {
    [
        "IS DOWN",
        "555-0100",
        "+1-555",
        "5550100",
        "IS%20DOWN",
        "IS+DOWN",
    ]
    .into_iter()
    .find(|w| body.contains(w))
}

#[tokio::test]
async fn error_pages_and_problems_never_repeat_the_words_of_the_request() {
    let app = crate::helpers::spawn_app_with(|s| s.api.rate_per_minute = 0).await;
    let words: String = url::form_urlencoded::byte_serialize(TYPED.as_bytes()).collect();
    let path_words = TYPED.replace(' ', "%20");
    // Where the words go, and the status that answers them.
    let cases: Vec<(String, u16)> = vec![
        (format!("/?region={words}"), 400),
        (format!("/?topic={words}"), 400),
        (format!("/?lang={words}"), 400),
        (format!("/us/ca?topic={words}"), 400),
        (format!("/us/ca?lang={words}&topic=crisis"), 400),
        (format!("/embed/us/ca?theme={words}"), 400),
        (format!("/us/ca/card?topic={words}"), 400),
        (format!("/partners?region={words}"), 400),
        (format!("/sms?lang={words}"), 400),
        (format!("/regions?lang={words}"), 400),
        (format!("/{path_words}"), 404),
        (format!("/us/{path_words}"), 404),
        (format!("/embed/{path_words}"), 404),
        (format!("/data/{path_words}"), 404),
        (format!("/api/v1/regions/{path_words}"), 400),
        (format!("/api/v1/regions/US?topic={words}"), 400),
        (format!("/api/v1/regions/US?lang={words}"), 400),
        (format!("/api/v1/regions?{words}=1"), 400),
        (format!("/api/v1/regions/US?lang=en&lang={words}"), 400),
        (format!("/api/v1/hsds/services?page={words}"), 400),
        (format!("/api/v1/lookup?region={words}"), 400),
        (format!("/api/v1/resources/{path_words}"), 404),
        (format!("/api/v1/{path_words}"), 404),
    ];
    for (path, status) in cases {
        let res = app.get(&path).await;
        assert_eq!(res.status(), status, "GET {path}");
        let headers = format!("{:?}", res.headers());
        let body = res.text().await.unwrap();
        assert_eq!(repeats_typed_words(&body), None, "GET {path}: {body}");
        assert_eq!(repeats_typed_words(&headers), None, "GET {path}: {headers}");
    }
}

#[tokio::test]
async fn a_bad_request_page_says_in_general_terms_what_was_wrong() {
    let app = crate::helpers::spawn_app().await;
    let words: String = url::form_urlencoded::byte_serialize(TYPED.as_bytes()).collect();
    for (path, says) in [
        (
            format!("/?region={words}"),
            "That region code is not one we know.",
        ),
        (
            format!("/us/ca?topic={words}"),
            "That topic is not one we know.",
        ),
        (
            format!("/?lang={words}"),
            "That language is not one this site is in.",
        ),
        (
            format!("/embed/us/ca?theme={words}"),
            "That colour theme is not one we know",
        ),
    ] {
        let res = app.get(&path).await;
        assert_eq!(res.status(), 400, "{path}");
        assert_eq!(res.headers()["cache-control"], "no-store", "{path}");
        let page = crate::helpers::Page::new(res.text().await.unwrap());
        let text = page.texts("main p").join(" ");
        assert!(text.contains(says), "{path}: {text}");
    }
    // In the language asked for, when that part of the request could be read.
    let page = app.get(&format!("/?region={words}&lang=es")).await;
    let body = page.text().await.unwrap();
    assert!(
        body.contains("No conocemos ese código de región."),
        "{body}"
    );
}
