//! What partner sites use besides the API: the embed widget (the one route that may be
//! framed), the `/partners` page with its snippet and live API output, and the data files
//! linked from `/data`.

use crate::helpers::{spawn_app, spawn_app_with};

fn header<'a>(res: &'a reqwest::Response, name: &str) -> &'a str {
    res.headers()
        .get(name)
        .map(|v| v.to_str().unwrap())
        .unwrap_or("")
}

#[tokio::test]
async fn the_embed_is_the_only_route_that_may_be_framed_or_read_from_another_origin() {
    let app = spawn_app().await;
    let res = app.get("/embed/us/ca").await;
    assert_eq!(res.status(), 200);
    assert!(header(&res, "content-security-policy").contains("frame-ancestors *"));
    assert!(!header(&res, "content-security-policy").contains("script-src"));
    assert_eq!(header(&res, "cross-origin-resource-policy"), "cross-origin");
    assert_eq!(header(&res, "referrer-policy"), "no-referrer");
    for path in [
        "/",
        "/us/ca",
        "/regions",
        "/partners",
        "/data",
        "/nope",
        "/us/ca/card",
    ] {
        let res = app.get(path).await;
        let csp = header(&res, "content-security-policy").to_string();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert_eq!(
            header(&res, "cross-origin-resource-policy"),
            "same-origin",
            "{path}"
        );
        assert!(res.headers().get("strict-transport-security").is_none());
    }
}

#[tokio::test]
async fn hsts_is_sent_everywhere_once_configured() {
    let app = spawn_app_with(|s| s.hsts_max_age = Some(31_536_000)).await;
    for path in ["/", "/embed/us/ca", "/api/v1/regions", "/nope"] {
        let res = app.get(path).await;
        assert_eq!(
            header(&res, "strict-transport-security"),
            "max-age=31536000",
            "{path}"
        );
    }
}

#[tokio::test]
async fn the_embed_lists_the_emergency_number_and_lines_and_opens_links_outside_the_frame() {
    let app = spawn_app().await;
    let page = app.page("/embed/us/ca?topic=psychedelic").await;
    assert_eq!(page.attrs(".emergency a", "href"), ["tel:911"]);
    assert!(page.resource_ids().is_empty(), "no full-page chrome");
    assert!(page.text().contains("Fireside Project"));
    for a in page.attrs("a[href^='tel:'], a[href^='sms:']", "target") {
        assert_eq!(a, "_top");
    }
    let web = page.attrs("a[href^='http']", "target");
    assert!(!web.is_empty());
    assert!(web.iter().all(|t| t == "_blank"));
    assert!(page
        .attrs("a[href^='http']", "rel")
        .iter()
        .all(|r| r.contains("noopener")));
    assert_eq!(page.attrs(".full a", "href"), ["/us/ca?topic=psychedelic"]);
    assert!(page.attrs("script", "src").is_empty());
    let dark = app.page("/embed/us/ca?theme=dark").await;
    assert_eq!(dark.attrs("html", "class"), ["theme-dark"]);
    let es = app.page("/embed/mx").await;
    assert_eq!(es.attrs("html", "lang"), ["es"]);
    assert_eq!(app.get("/embed/us/ca?theme=neon").await.status(), 400);
    assert_eq!(app.get("/embed/zz").await.status(), 404);
}

#[tokio::test]
async fn the_partners_page_builds_its_snippet_and_api_example_from_live_data() {
    let app = spawn_app_with(|s| s.public_url = Some("https://help.example.org/".into())).await;
    let page = app.page("/partners").await;
    let snippet = page.texts(".snippet").join("");
    assert!(
        snippet
            .starts_with("<iframe src=\"https://help.example.org/embed/us/ca?topic=psychedelic\""),
        "{snippet}"
    );
    let output = page.texts(".output").join("");
    let json: serde_json::Value = serde_json::from_str(&output).unwrap();
    assert_eq!(json["region"]["code"], "US-CA");
    assert!(output.contains("Fireside Project"), "{output}");
    // Any region and topic, chosen with a plain form.
    let page = app.page("/partners?region=GB-SCT&topic=crisis").await;
    let snippet = page.texts(".snippet").join("");
    assert!(snippet.contains("/embed/gb/sct?topic=crisis"), "{snippet}");
    assert_eq!(
        page.attrs("option[selected]", "value"),
        ["GB-SCT", "crisis"]
    );
    assert_eq!(app.get("/partners?region=XX-YY").await.status(), 400);
}

#[tokio::test]
async fn the_data_page_links_the_files_themselves_and_the_hsds_package() {
    let app = spawn_app().await;
    let page = app.page("/data").await;
    let links = page.attrs("main a[href^='/data/']", "href");
    for want in [
        "/data/resources.csv",
        "/data/emergency.csv",
        "/data/hsds.zip",
    ] {
        assert!(links.contains(&want.to_string()), "{want}: {links:?}");
    }
    assert!(page.text().contains("CC BY 4.0"));
    for link in links {
        assert_eq!(app.get(&link).await.status(), 200, "{link}");
    }
}

#[tokio::test]
async fn forwarded_host_and_scheme_are_believed_only_from_trusted_proxies() {
    let forged = [
        ("x-forwarded-host", "evil.example"),
        ("x-forwarded-proto", "https"),
    ];
    let rfc7239 = [("forwarded", "host=evil.example;proto=https")];
    // Loopback is trusted by default: a proxy there says where the visitor asked.
    let trusting = spawn_app().await;
    // The same requests from a peer that is no proxy of ours.
    let untrusting = spawn_app_with(|s| s.geo.trusted_proxies = vec![]).await;
    for headers in [&forged[..], &rfc7239[..]] {
        for path in ["/partners", "/sms", "/us/ca/card"] {
            let res = trusting.get_with(path, headers).await;
            let body = res.text().await.unwrap();
            assert!(body.contains("https://evil.example/"), "{path}: trusted");
            let res = untrusting.get_with(path, headers).await;
            assert_eq!(res.headers()["cache-control"], "private, no-store");
            let body = res.text().await.unwrap();
            assert!(!body.contains("evil.example"), "{path}: untrusted peer");
            let own = untrusting.address.replace("http://", "");
            assert!(body.contains(&format!("http://{own}/")), "{path}: {own}");
        }
    }
}
