//! The partner API through HTTP: answers, caching, CORS, problems, the rate limit, metrics and
//! the open data files. Every JSON answer a test receives is validated against the schema the
//! server's own OpenAPI document gives for that path and status.

use crate::helpers::{repo_data, spawn_app, spawn_app_with, TestApp};
use crate::support::geoip;
use serde_json::{json, Value};

/// The server's OpenAPI document, and validation of answers against it.
pub struct Spec {
    doc: Value,
}

impl Spec {
    /// Fetches `/api/openapi.json`.
    pub async fn fetch(app: &TestApp) -> Spec {
        let res = app.get("/api/openapi.json").await;
        assert_eq!(res.status(), 200);
        assert_eq!(res.headers()["content-type"], "application/json");
        Spec {
            doc: res.json().await.unwrap(),
        }
    }

    /// Asserts `body` matches the document's component schema `name` (`Problem`).
    pub fn check_component(&self, name: &str, body: &Value) {
        let schema = json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$ref": format!("#/components/schemas/{name}"),
            "components": self.doc["components"],
        });
        let validator = jsonschema::options()
            .should_validate_formats(true)
            .build(&schema)
            .expect("the document's schemas compile");
        assert!(validator.is_valid(body), "{body} is not a {name}");
    }

    /// Asserts `body` matches the schema the document gives `template` (`/api/v1/regions/{code}`)
    /// for `status`, formats included.
    pub fn check(&self, template: &str, status: u16, body: &Value) {
        let response = &self.doc["paths"][template]["get"]["responses"][status.to_string()];
        let content = response["content"]
            .as_object()
            .unwrap_or_else(|| panic!("no {status} answer documented for {template}"));
        let (_, media) = content.iter().next().unwrap();
        let schema = json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$ref": "#/$defs/answer",
            "$defs": { "answer": media["schema"] },
            "components": self.doc["components"],
        });
        let validator = jsonschema::options()
            .should_validate_formats(true)
            .build(&schema)
            .expect("the document's schemas compile");
        let errors: Vec<String> = validator
            .iter_errors(body)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "{template} {status} does not match its schema:\n{}",
            errors.join("\n")
        );
    }

    /// `GET path`, asserting `status`, a JSON body matching the documented schema.
    pub async fn get(&self, app: &TestApp, path: &str, template: &str, status: u16) -> Value {
        let res = app.get(path).await;
        assert_eq!(res.status(), status, "GET {path}");
        let ct = res.headers()["content-type"].to_str().unwrap().to_string();
        let body: Value = res.json().await.unwrap();
        if status >= 400 {
            assert_eq!(ct, "application/problem+json", "GET {path}");
            assert_eq!(body["status"], status);
        } else {
            assert_eq!(ct, "application/json", "GET {path}");
        }
        self.check(template, status, &body);
        body
    }
}

fn ids(answer: &Value) -> Vec<String> {
    answer["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn a_regions_psychedelic_lines_include_fireside_with_its_number_and_revalidate() {
    let app = spawn_app().await;
    let spec = Spec::fetch(&app).await;
    let path = "/api/v1/regions/US-CA?topic=psychedelic";
    let res = app.get(path).await;
    assert_eq!(res.status(), 200);
    let etag = res.headers()["etag"].to_str().unwrap().to_string();
    let cache = res.headers()["cache-control"].to_str().unwrap().to_string();
    assert!(cache.starts_with("public, max-age="), "{cache}");
    let body: Value = res.json().await.unwrap();
    spec.check("/api/v1/regions/{code}", 200, &body);
    assert_eq!(body["region"]["code"], "US-CA");
    assert_eq!(body["region"]["full_name"], "California, United States");
    assert_eq!(body["topics"], json!(["psychedelic"]));
    let es: Value = app
        .get("/api/v1/regions/US-CA?lang=es")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(es["region"]["full_name"], "California, Estados Unidos");
    assert_eq!(body["emergency"]["number"], "911");
    let fireside = body["resources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"].as_str().unwrap().contains("Fireside Project"))
        .expect("Fireside Project is listed");
    let phone = &fireside["contacts"]["phone"];
    assert_eq!(phone["e164"], "+16234737433");
    assert_eq!(phone["uri"], "tel:+16234737433");
    assert!(fireside["topics"]
        .as_array()
        .unwrap()
        .contains(&json!("psychedelic")));
    // Every listed resource has the topic (or is brought along by a pair).
    assert!(body["resources"].as_array().unwrap().len() >= 2);

    let again = app.get_with(path, &[("If-None-Match", &etag)]).await;
    assert_eq!(again.status(), 304);
    let head = app
        .client
        .head(format!("{}{path}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(head.status(), 200);
    assert_eq!(head.headers()["etag"].to_str().unwrap(), etag);
    assert!(head.bytes().await.unwrap().is_empty());
    assert_eq!(again.headers()["etag"].to_str().unwrap(), etag);
    // Topic order and repetition do not make another answer.
    let same = app
        .get_with(
            "/api/v1/regions/us-ca?topic=psychedelic&topic=psychedelic",
            &[("If-None-Match", &etag)],
        )
        .await;
    assert_eq!(same.status(), 304);
}

#[tokio::test]
async fn a_regions_answer_lists_the_pages_resources_in_the_pages_order() {
    let app = spawn_app().await;
    let spec = Spec::fetch(&app).await;
    for (api, page) in [
        ("/api/v1/regions/US-CA", "/us/ca"),
        ("/api/v1/regions/CA-ON?topic=crisis", "/ca/on?topic=crisis"),
        ("/api/v1/regions/GB", "/gb"),
    ] {
        let answer = spec.get(&app, api, "/api/v1/regions/{code}", 200).await;
        let html = app.page(page).await;
        assert_eq!(ids(&answer), html.resource_ids(), "{api} against {page}");
    }
}

#[tokio::test]
async fn open_now_until_and_opens_at_agree_for_every_listed_line() {
    let app = spawn_app().await;
    let spec = Spec::fetch(&app).await;
    let mut schedules = 0;
    for code in ["US", "US-CA", "CA", "GB", "AU", "DE", "IN"] {
        let answer = spec
            .get(
                &app,
                &format!("/api/v1/regions/{code}"),
                "/api/v1/regions/{code}",
                200,
            )
            .await;
        for r in answer["resources"].as_array().unwrap() {
            let h = &r["hours"];
            match h["kind"].as_str().unwrap() {
                "always" => {
                    assert_eq!(h["open_now"], true);
                    assert!(h["until"].is_null() && h["opens_at"].is_null());
                }
                "unknown" => assert!(h["open_now"].is_null() && h["timezone"].is_null()),
                "schedule" => {
                    schedules += 1;
                    assert!(h["timezone"].as_str().unwrap().contains('/'), "{h}");
                    let open = h["open_now"].as_bool().unwrap();
                    assert_eq!(h["until"].is_string(), open, "{h}");
                    assert_eq!(h["opens_at"].is_string(), !open, "{h}");
                }
                other => panic!("unknown kind {other}"),
            }
        }
    }
    assert!(schedules > 0, "some listed line has a schedule");
}

#[tokio::test]
async fn lang_selects_the_description_and_is_echoed() {
    let app = spawn_app().await;
    let spec = Spec::fetch(&app).await;
    let es = spec
        .get(
            &app,
            "/api/v1/regions/US?lang=es",
            "/api/v1/regions/{code}",
            200,
        )
        .await;
    assert_eq!(es["lang"], "es");
    let spanish = es["resources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "988-lifeline-es")
        .unwrap();
    assert_eq!(spanish["description_lang"], "es");
    assert!(spanish["description"]
        .as_str()
        .unwrap()
        .contains("Apoyo en crisis en español"));
    // A row without a French description falls back to English, and says so.
    let fr = spec
        .get(
            &app,
            "/api/v1/resources/fireside-project?lang=fr",
            "/api/v1/resources/{id}",
            200,
        )
        .await;
    assert_eq!(fr["description_lang"], "en");
    assert!(fr.get("scope").is_none());
}

#[tokio::test]
async fn regions_and_resources_answer_as_documented() {
    let app = spawn_app().await;
    let spec = Spec::fetch(&app).await;
    let list = spec
        .get(&app, "/api/v1/regions", "/api/v1/regions", 200)
        .await;
    let regions = list["regions"].as_array().unwrap();
    let sub = regions
        .iter()
        .find(|r| r["kind"] == "subdivision")
        .expect("a subdivision with lines of its own");
    let code = sub["code"].as_str().unwrap();
    assert_eq!(
        sub["path"],
        format!("/{}", code.to_ascii_lowercase().replace('-', "/"))
    );
    assert_eq!(sub["api_url"], format!("/api/v1/regions/{code}"));
    assert!(sub["full_name"]
        .as_str()
        .unwrap()
        .contains(sub["name"].as_str().unwrap()));
    assert!(regions
        .iter()
        .any(|r| r["code"] == "US" && r["kind"] == "country"));
    // Every region listed answers.
    for r in regions.iter().take(30) {
        let url = r["api_url"].as_str().unwrap();
        spec.get(&app, url, "/api/v1/regions/{code}", 200).await;
    }
    let r = spec
        .get(
            &app,
            "/api/v1/resources/fireside-project",
            "/api/v1/resources/{id}",
            200,
        )
        .await;
    assert_eq!(r["contacts"]["sms"]["uri"], "sms:+16234737433");
    assert_eq!(r["verified_at"].as_str().unwrap().len(), 10);
    let texted = spec
        .get(
            &app,
            "/api/v1/resources/988-lifeline-es",
            "/api/v1/resources/{id}",
            200,
        )
        .await;
    assert_eq!(texted["contacts"]["sms"]["uri"], "sms:988?body=AYUDA");
    assert_eq!(texted["contacts"]["sms"]["e164"], Value::Null);
    assert_eq!(texted["contacts"]["phone"]["option"], "2");
}

#[tokio::test]
async fn cors_is_open_on_answers_errors_and_the_preflight() {
    let app = spawn_app().await;
    let spec = Spec::fetch(&app).await;
    for (path, template) in [
        ("/api/v1/regions", "/api/v1/regions"),
        ("/api/v1/regions/XX", "/api/v1/regions/{code}"),
        ("/api/nothing", "/api/v1/resources/{id}"),
    ] {
        let res = app
            .get_with(path, &[("Origin", "https://partner.example")])
            .await;
        assert_eq!(res.headers()["access-control-allow-origin"], "*", "{path}");
        let exposed = res.headers()["access-control-expose-headers"]
            .to_str()
            .unwrap()
            .to_string();
        assert!(exposed.contains("ETag"), "{path}: {exposed}");
        let status = res.status().as_u16();
        spec.check(template, status, &res.json().await.unwrap());
    }
    let pre = app
        .client
        .request(
            reqwest::Method::OPTIONS,
            format!("{}/api/v1/regions/US-CA", app.address),
        )
        .header("Origin", "https://partner.example")
        .header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "if-none-match")
        .send()
        .await
        .unwrap();
    assert_eq!(pre.status(), 204);
    assert_eq!(pre.headers()["access-control-allow-origin"], "*");
    let methods = pre.headers()["access-control-allow-methods"]
        .to_str()
        .unwrap();
    assert!(methods.contains("GET") && methods.contains("HEAD"));
    let headers = pre.headers()["access-control-allow-headers"]
        .to_str()
        .unwrap()
        .to_ascii_lowercase();
    assert!(headers.contains("if-none-match"));
    // Pages stay same-origin.
    let page = app.get("/us/ca").await;
    assert!(page.headers().get("access-control-allow-origin").is_none());
}

#[tokio::test]
async fn every_problem_is_problem_json_naming_what_was_wrong() {
    let app = spawn_app().await;
    let spec = Spec::fetch(&app).await;
    let code = "/api/v1/regions/{code}";
    // Path, documented template, status, the parameter named, a value `allowed` lists.
    type Case<'a> = (&'a str, &'a str, u16, Option<&'a str>, Option<&'a str>);
    let cases: &[Case] = &[
        ("/api/v1/regions/US-ZZ", code, 404, Some("code"), None),
        ("/api/v1/regions/USA", code, 400, Some("code"), None),
        (
            "/api/v1/regions/US?topic=astrology",
            code,
            400,
            Some("topic"),
            Some("psychedelic"),
        ),
        (
            "/api/v1/regions/US?lang=ko",
            code,
            400,
            Some("lang"),
            Some("fr"),
        ),
        (
            "/api/v1/regions/US?topics=crisis",
            code,
            400,
            Some("topics"),
            Some("topic"),
        ),
        (
            "/api/v1/regions?utm_source=x",
            "/api/v1/regions",
            400,
            Some("utm_source"),
            None,
        ),
        (
            "/api/v1/resources/no-such-line",
            "/api/v1/resources/{id}",
            404,
            None,
            None,
        ),
        (
            "/api/v1/hsds/services?page=0",
            "/api/v1/hsds/services",
            400,
            Some("page"),
            None,
        ),
        (
            "/api/v1/hsds/services/00000000-0000-0000-0000-000000000000",
            "/api/v1/hsds/services/{id}",
            404,
            None,
            None,
        ),
    ];
    for (path, template, status, parameter, allowed) in cases {
        let body = spec.get(&app, path, template, *status).await;
        assert_eq!(body["type"], "about:blank", "{path}");
        assert!(
            body["title"].is_string() && body["detail"].is_string(),
            "{path}"
        );
        if let Some(p) = parameter {
            assert_eq!(body["parameter"], *p, "{path}");
        }
        if let Some(a) = allowed {
            assert!(
                body["allowed"].as_array().unwrap().contains(&json!(a)),
                "{path}: {body}"
            );
        }
    }
    // Unknown API paths are problems too, never the HTML help page.
    for path in [
        "/api/v2/regions",
        "/api",
        "/api/v1/regions/US/extra",
        "/api/v1",
    ] {
        let res = app.get(path).await;
        assert_eq!(res.status(), 404, "{path}");
        assert_eq!(res.headers()["content-type"], "application/problem+json");
        let body: Value = res.json().await.unwrap();
        spec.check("/api/v1/resources/{id}", 404, &body);
    }
    // Other methods: 405, naming what is allowed.
    for method in [
        reqwest::Method::POST,
        reqwest::Method::DELETE,
        reqwest::Method::PUT,
    ] {
        let res = app
            .client
            .request(method.clone(), format!("{}/api/v1/regions", app.address))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 405, "{method}");
        assert_eq!(res.headers()["allow"], "GET, HEAD, OPTIONS");
        assert_eq!(res.headers()["content-type"], "application/problem+json");
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["status"], 405);
        spec.check_component("Problem", &body);
    }
}

#[tokio::test]
async fn lookup_finds_the_callers_region_as_the_home_page_does_and_is_never_cached() {
    let app = spawn_app().await;
    let spec = Spec::fetch(&app).await;
    let res = app
        .get_forwarded_for("/api/v1/lookup", geoip::CALIFORNIA)
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "private, no-store");
    assert!(res.headers().get("etag").is_none());
    let body: Value = res.json().await.unwrap();
    spec.check("/api/v1/lookup", 200, &body);
    assert_eq!(body["region"]["code"], "US-CA");
    assert_eq!(body["source"], "geoip");
    let chosen = spec
        .get(&app, "/api/v1/lookup?region=ca-on", "/api/v1/lookup", 200)
        .await;
    assert_eq!(chosen["region"]["code"], "CA-ON");
    assert_eq!(chosen["source"], "url");
    let nowhere = spec
        .get(&app, "/api/v1/lookup", "/api/v1/lookup", 200)
        .await;
    assert_eq!(nowhere["region"], Value::Null);
    assert_eq!(nowhere["source"], "none");
}

#[tokio::test]
async fn a_client_over_the_api_rate_limit_gets_429_with_retry_after_and_others_do_not() {
    let app = spawn_app_with(|s| {
        s.api.rate_burst = 2;
        s.api.rate_per_minute = 1;
    })
    .await;
    let spec = Spec::fetch(&app).await;
    let path = "/api/v1/regions";
    let client = "198.51.100.7";
    for _ in 0..2 {
        let res = app.get_forwarded_for(path, client).await;
        assert_eq!(res.status(), 200);
        spec.check(path, 200, &res.json().await.unwrap());
    }
    let over = app.get_forwarded_for(path, client).await;
    assert_eq!(over.status(), 429);
    let retry: u64 = over.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry), "{retry}");
    assert_eq!(over.headers()["access-control-allow-origin"], "*");
    let body: Value = over.json().await.unwrap();
    spec.check("/api/v1/regions", 429, &body);
    assert_eq!(
        app.get_forwarded_for(path, "198.51.100.8").await.status(),
        200
    );
    // Pages are not limited by the API's limit.
    assert_eq!(app.get_forwarded_for("/us", client).await.status(), 200);
    // The open data files are: a bulk download in a loop is refused the same way.
    let other = "198.51.100.9";
    for _ in 0..2 {
        let res = app.get_forwarded_for("/data/hsds.zip", other).await;
        assert_eq!(res.status(), 200);
    }
    let over = app.get_forwarded_for("/data/resources.csv", other).await;
    assert_eq!(over.status(), 429);
    assert!(over.headers().contains_key("retry-after"));
}

#[tokio::test]
async fn metrics_count_api_requests_by_route_pattern() {
    let app = spawn_app().await;
    app.get("/api/v1/regions/US-CA").await;
    app.get("/api/v1/regions/CA-ON").await;
    app.get("/api/v1/resources/fireside-project").await;
    app.get("/data/resources.csv").await;
    let metrics = app.metrics().await.text().await.unwrap();
    assert!(
        metrics.contains(r#"route="/api/v1/regions/{code}""#),
        "{metrics}"
    );
    assert!(metrics.contains(r#"route="/api/v1/resources/{id}""#));
    assert!(metrics.contains(r#"route="/data/{file}""#));
    assert!(!metrics.contains("CA-ON") && !metrics.contains("fireside-project"));
}

#[tokio::test]
async fn the_data_files_are_the_snapshots_own_bytes_cacheable_and_licensed() {
    let app = spawn_app().await;
    for name in ["resources.csv", "emergency.csv", "pairs.csv", "retired.csv"] {
        let path = format!("/data/{name}");
        let res = app.get(&path).await;
        assert_eq!(res.status(), 200, "{path}");
        assert_eq!(res.headers()["content-type"], "text/csv; charset=utf-8");
        assert!(res.headers()["link"]
            .to_str()
            .unwrap()
            .contains("creativecommons.org/licenses/by/4.0"));
        assert!(res.headers()["cache-control"]
            .to_str()
            .unwrap()
            .starts_with("public"));
        let etag = res.headers()["etag"].to_str().unwrap().to_string();
        let body = res.bytes().await.unwrap();
        assert_eq!(
            body,
            std::fs::read(repo_data().join(name)).unwrap(),
            "{path}"
        );
        let again = app.get_with(&path, &[("If-None-Match", &etag)]).await;
        assert_eq!(again.status(), 304);
    }
    assert_eq!(app.get("/data/secrets.csv").await.status(), 404);
    assert_eq!(app.get("/data/..%2Fresources.csv").await.status(), 404);
}

#[tokio::test]
async fn the_openapi_document_is_3_1_and_names_every_endpoint() {
    let app = spawn_app().await;
    let spec = Spec::fetch(&app).await;
    assert!(spec.doc["openapi"].as_str().unwrap().starts_with("3.1"));
    for path in [
        "/api/v1/regions",
        "/api/v1/regions/{code}",
        "/api/v1/resources/{id}",
        "/api/v1/lookup",
        "/api/v1/hsds/services",
        "/api/v1/hsds/services/{id}",
        "/api/v1/hsds/organizations",
    ] {
        assert!(spec.doc["paths"][path]["get"].is_object(), "{path}");
    }
    let res = app
        .get_with("/api/openapi.json", &[("Accept-Encoding", "br")])
        .await;
    assert_eq!(res.headers()["content-encoding"], "br");
    assert!(res.headers().contains_key("etag"));
}

#[test]
fn the_openapi_command_prints_the_served_document() {
    let out = crate::helpers::lifelines().arg("openapi").output().unwrap();
    assert!(out.status.success());
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    let served: Value = serde_json::from_str(&lifelines::routes::openapi_json()).unwrap();
    assert_eq!(printed, served);
    assert!(printed["paths"]["/api/v1/regions"]["get"].is_object());
}

#[tokio::test]
async fn a_regions_emergency_numbers_carry_their_services_and_channels() {
    let app = spawn_app().await;
    let spec = Spec::fetch(&app).await;
    let body = spec
        .get(&app, "/api/v1/regions/SG", "/api/v1/regions/{code}", 200)
        .await;
    let numbers = body["emergency"]["numbers"].as_array().unwrap();
    let calls: Vec<(&str, Vec<&str>)> = numbers
        .iter()
        .filter(|n| n["channel"] == "voice")
        .map(|n| {
            let services = n["services"].as_array().unwrap();
            (
                n["number"].as_str().unwrap(),
                services.iter().map(|s| s.as_str().unwrap()).collect(),
            )
        })
        .collect();
    assert_eq!(
        calls,
        [("995", vec!["ambulance", "fire"]), ("999", vec!["police"])]
    );
    // The fields that were there keep their meaning.
    assert_eq!(body["emergency"]["number"], "995");
    assert_eq!(body["emergency"]["also"], json!(["999"]));
    let sms = numbers.iter().find(|n| n["channel"] == "sms").unwrap();
    assert_eq!(sms["uri"], "sms:70995");
    assert_eq!(sms["register"], "required");
}

#[tokio::test]
async fn a_regions_answer_carries_the_guides_with_sources_the_law_and_review_status() {
    let app = spawn_app().await;
    let spec = Spec::fetch(&app).await;
    let template = "/api/v1/regions/{code}";
    let guide_ids = |body: &Value| -> Vec<String> {
        body["guides"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["id"].as_str().unwrap().to_string())
            .collect()
    };

    // Overdose in California: the steps, each with a source, and California's own law.
    let body = spec
        .get(&app, "/api/v1/regions/US-CA?topic=overdose", template, 200)
        .await;
    assert_eq!(guide_ids(&body), ["overdose"]);
    let guide = &body["guides"][0];
    let steps = guide["steps"].as_array().unwrap();
    assert!(steps.len() >= 6, "{steps:?}");
    for s in steps {
        assert!(s["source"].as_str().unwrap().starts_with("https://"), "{s}");
        assert!(!s["text"]["text"].as_str().unwrap().contains("{emergency}"));
    }
    assert!(
        steps
            .iter()
            .any(|s| s["text"]["text"].as_str().unwrap().contains("911")),
        "the emergency number is filled in"
    );
    assert_eq!(guide["law"]["region"], "US-CA");
    assert!(guide["law"]["covers"]["text"]
        .as_str()
        .unwrap()
        .starts_with("In California"));
    assert!(guide["law"]["source"]
        .as_str()
        .unwrap()
        .starts_with("https://"));
    assert_eq!(guide["laws_by_subdivision"], json!([]));

    // In Spanish, each sentence says its language and that no native speaker has reviewed it.
    let es = spec
        .get(
            &app,
            "/api/v1/regions/US-CA?topic=overdose&lang=es",
            template,
            200,
        )
        .await;
    let title = &es["guides"][0]["title"];
    assert_eq!(title["lang"], "es");
    assert_eq!(title["reviewed"], false);
    assert_ne!(title["text"], guide["title"]["text"]);
    assert_eq!(guide["title"]["reviewed"], true);

    // Canada's Act, by name.
    let ca = spec
        .get(&app, "/api/v1/regions/CA?topic=overdose", template, 200)
        .await;
    assert!(ca["guides"][0]["law"]["name"]
        .as_str()
        .unwrap()
        .contains("Good Samaritan Drug Overdose Act"));

    // No topic: every guide; the United States' laws differ by state, so no law but the states'.
    let us = spec.get(&app, "/api/v1/regions/US", template, 200).await;
    assert_eq!(
        guide_ids(&us),
        [
            "hard-trip",
            "heat-water",
            "overdose",
            "suicide-self",
            "suicide-other"
        ]
    );
    let overdose = us["guides"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["id"] == "overdose")
        .unwrap();
    assert_eq!(overdose["law"], Value::Null);
    let states: Vec<&str> = overdose["laws_by_subdivision"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap())
        .collect();
    assert!(
        states.contains(&"US-CA") && states.contains(&"US-NY"),
        "{states:?}"
    );

    // A country with no sourced law says none.
    let jp = spec
        .get(&app, "/api/v1/regions/JP?topic=overdose", template, 200)
        .await;
    assert_eq!(jp["guides"][0]["law"], Value::Null);
    assert_eq!(jp["guides"][0]["laws_by_subdivision"], json!([]));
}

#[tokio::test]
async fn a_resource_says_what_to_expect_with_a_source_per_note() {
    let app = spawn_app().await;
    let spec = Spec::fetch(&app).await;
    let body = spec
        .get(
            &app,
            "/api/v1/resources/988-lifeline?lang=fr",
            "/api/v1/resources/{id}",
            200,
        )
        .await;
    let expect = body["expect"].as_array().unwrap();
    let aspects: Vec<&str> = expect
        .iter()
        .map(|e| e["aspect"].as_str().unwrap())
        .collect();
    assert_eq!(aspects, ["answers", "emergency", "interpreters"]);
    for e in expect {
        assert_eq!(e["text"]["lang"], "fr", "{e}");
        assert!(e["source"].as_str().unwrap().starts_with("https://"), "{e}");
    }
    // In a region's answer too; a line with nothing sourced has an empty list.
    let region = spec
        .get(&app, "/api/v1/regions/US-CA", "/api/v1/regions/{code}", 200)
        .await;
    let of = |id: &str| {
        region["resources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .unwrap()["expect"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(of("988-lifeline"), 3);
    assert_eq!(of("never-use-alone"), 0);
}
