//! The place search: `POST /find` from the form on the region picker, region pages and the 404
//! page, and `/api/v1/lookup?place=`. Both read a typed place as the SMS gateway reads a text.

use crate::helpers::{logged, spawn_app, Page, TestApp};
use crate::partner_api::Spec;
use serde_json::Value;

/// What `/find` answered.
struct Found {
    status: u16,
    location: Option<String>,
    cache_control: String,
    page: Page,
}

impl TestApp {
    /// `POST /find` (with `query`, the form's `?lang=`) with form fields, as the form sends.
    async fn find(&self, query: &str, fields: &[(&str, &str)]) -> Found {
        let body: String = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let res = self
            .client
            .post(format!("{}/find{query}", self.address))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .expect("request sent");
        let header = |name: &str| {
            res.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        Found {
            status: res.status().as_u16(),
            location: header("location"),
            cache_control: header("cache-control").unwrap_or_default(),
            page: Page::new(res.text().await.unwrap()),
        }
    }
}

#[tokio::test]
async fn the_picker_the_region_pages_and_the_404_page_offer_the_search_as_a_plain_form() {
    let app = spawn_app().await;
    let not_found = app.get("/no-such-region-here").await;
    assert_eq!(not_found.status(), 404);
    let not_found = Page::new(not_found.text().await.unwrap());
    for (path, page, country) in [
        ("/regions", app.page("/regions").await, None),
        ("/us/co", app.page("/us/co").await, Some("US")),
        ("/es?lang=es", app.page("/es?lang=es").await, Some("ES")),
        ("404", not_found, None),
    ] {
        assert_eq!(page.attrs("form.find", "method"), ["post"], "{path}");
        let action = &page.attrs("form.find", "action")[0];
        assert!(action.starts_with("/find"), "{path}: {action}");
        assert_eq!(
            page.attrs("form.find input[name=place]", "id"),
            ["find-place"],
            "{path}"
        );
        // Labelled, and no script anywhere in it.
        assert_eq!(
            page.attrs("label[for=find-place]", "for").len(),
            1,
            "{path}"
        );
        assert!(page.attrs("form.find script", "src").is_empty());
        let hidden = page.attrs("form.find input[name=country]", "value");
        assert_eq!(hidden.first().map(String::as_str), country, "{path}");
    }
    let es = app.page("/es?lang=es").await;
    assert_eq!(es.attrs("form.find", "action"), ["/find?lang=es"]);
    assert_eq!(
        es.texts("label[for=find-place]"),
        ["Ciudad, código postal o región"]
    );
}

#[tokio::test]
async fn a_city_leads_to_its_region_page_and_the_answer_is_never_stored() {
    let app = spawn_app().await;
    for place in [
        "denver",
        "Denver",
        "im in denver",
        "DENVER, CO",
        "80202",
        "Denver, Colorado",
    ] {
        let f = app.find("", &[("place", place)]).await;
        assert_eq!(f.status, 303, "{place}");
        assert_eq!(f.location.as_deref(), Some("/us/co"), "{place}");
        assert_eq!(f.cache_control, "no-store", "{place}");
    }
    // The page's language is kept.
    let f = app.find("?lang=es", &[("place", "Madrid")]).await;
    assert_eq!(f.location.as_deref(), Some("/es/md?lang=es"));
    // A far smaller place of the same name (Paris, Texas) is not offered beside Paris.
    let f = app.find("", &[("place", "Paris")]).await;
    assert_eq!(f.location.as_deref(), Some("/fr/idf"));
    // Region names and codes in any of the languages, and an everyday word that is a town:
    // the field is a place by definition.
    for (place, want) in [
        ("Californie", "/us/ca"),
        ("US-CA", "/us/ca"),
        ("Nueva York", "/us/ny"),
        ("Nice", "/fr/pac"),
        ("Mumbai", "/in/mh"),
        ("São Paulo", "/br/sp"),
        ("M5V 2T6", "/ca/on"),
    ] {
        let f = app.find("", &[("place", place)]).await;
        assert_eq!(f.location.as_deref(), Some(want), "{place}");
    }
}

#[tokio::test]
async fn a_bare_postal_code_is_read_in_the_country_of_the_page_the_form_is_on() {
    let app = spawn_app().await;
    let f = app.find("", &[("place", "28013"), ("country", "ES")]).await;
    assert_eq!(f.location.as_deref(), Some("/es/md"));
    let f = app.find("", &[("place", "75011"), ("country", "FR")]).await;
    assert_eq!(f.location.as_deref(), Some("/fr/idf"));
    // On a US page, or with no country: a ZIP code.
    for fields in [
        vec![("place", "28013"), ("country", "US")],
        vec![("place", "28013")],
    ] {
        let f = app.find("", &fields).await;
        assert_eq!(f.location.as_deref(), Some("/us/nc"), "{fields:?}");
    }
    // A country the form never sends is no country.
    let f = app
        .find("", &[("place", "28013"), ("country", "<b>")])
        .await;
    assert_eq!(f.location.as_deref(), Some("/us/nc"));
}

#[tokio::test]
async fn a_name_of_places_in_several_regions_lists_them_most_populous_first() {
    let app = spawn_app().await;
    // Valencia: Venezuela's (1.6 million) and Spain's (820,000).
    let f = app.find("", &[("place", "valencia")]).await;
    assert_eq!(f.status, 200);
    assert_eq!(f.cache_control, "no-store");
    let links = f.page.attrs("ul.matches a", "href");
    let names = f.page.texts("ul.matches a");
    assert_eq!(links[..2], ["/ve/g", "/es/vc"], "{names:?}");
    assert!(names[1].starts_with("Valencia, "), "{names:?}");
    assert!(names[1].ends_with(", Spain"), "{names:?}");
    // Springfield: several US states, most populous first.
    let f = app.find("", &[("place", "springfield")]).await;
    let links = f.page.attrs("ul.matches a", "href");
    assert!(links.len() >= 3 && links[0] == "/us/mo", "{links:?}");
    // The form is there again, empty: what was typed is never shown back.
    assert_eq!(
        f.page.attrs("form.find input[name=place]", "value"),
        Vec::<String>::new()
    );
    // On a Spanish page, Spain's: its province of that name, as a region's name wins over a
    // town's in its own country. On a US page, Paris, Texas.
    let f = app
        .find("", &[("place", "valencia"), ("country", "ES")])
        .await;
    assert_eq!(f.location.as_deref(), Some("/es/v"));
    let f = app.find("", &[("place", "paris"), ("country", "US")]).await;
    assert_eq!(f.location.as_deref(), Some("/us/tx"));
}

#[tokio::test]
async fn nothing_matched_answers_the_picker_in_general_words_and_never_what_was_typed() {
    let app = spawn_app().await;
    let typed = "Zzyzxqwv Call 0800 FAKE";
    for (query, fields, heading) in [
        ("", vec![("place", typed)], "We could not find that place"),
        ("", vec![("place", "")], "We could not find that place"),
        ("", vec![], "We could not find that place"),
        (
            "?lang=fr",
            vec![("place", typed)],
            "Nous n’avons pas trouvé ce lieu",
        ),
    ] {
        let f = app.find(query, &fields).await;
        assert_eq!(f.status, 200, "{fields:?}");
        assert_eq!(f.cache_control, "no-store");
        assert_eq!(f.page.texts("h1"), [heading], "{fields:?}");
        assert!(
            !f.page.html.contains("Zzyzxqwv"),
            "the page shows what was typed"
        );
        assert!(
            !f.page.html.contains("0800"),
            "the page shows what was typed"
        );
        assert!(
            !f.page.attrs("ul.picker a", "href").is_empty(),
            "the picker"
        );
    }
    // Nothing typed reaches a log line.
    app.find("", &[("place", "denver zqxsecretplace")]).await;
    let logs = logged();
    assert!(logs.contains("/find"), "the request is logged by route");
    for secret in ["Zzyzxqwv", "zqxsecretplace", "0800 FAKE"] {
        assert!(!logs.contains(secret), "log contains {secret:?}");
    }
}

#[tokio::test]
async fn find_takes_a_small_form_body_only() {
    let app = spawn_app().await;
    let big = "a".repeat(8 * 1024);
    let f = app.find("", &[("place", &big)]).await;
    assert_eq!(f.status, 413);
    // An address bar or a reload after the answer: the picker.
    let get = app.get("/find").await;
    assert_eq!(get.status(), 303);
    assert_eq!(get.headers()["location"], "/regions");
}

#[tokio::test]
async fn lookup_reads_a_typed_place_and_answers_as_the_document_says() {
    let app = spawn_app().await;
    let spec = Spec::fetch(&app).await;
    let path = "/api/v1/lookup";
    let denver = spec
        .get(&app, "/api/v1/lookup?place=denver", path, 200)
        .await;
    assert_eq!(denver["region"]["code"], "US-CO");
    assert_eq!(denver["source"], "place");
    assert_eq!(denver["matches"][0]["town"], "Denver");
    assert!(denver["matches"][0]["population"].as_u64().unwrap() > 500_000);
    let res = app.get("/api/v1/lookup?place=denver").await;
    assert_eq!(res.headers()["cache-control"], "no-store");
    // Several regions: each, most populous first; the first is `region`.
    let valencia = spec
        .get(&app, "/api/v1/lookup?place=valencia", path, 200)
        .await;
    let codes: Vec<&str> = valencia["matches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["region"]["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes[..2], ["VE-G", "ES-VC"], "{codes:?}");
    assert_eq!(valencia["region"]["code"], "VE-G");
    let nice = spec.get(&app, "/api/v1/lookup?place=Nice", path, 200).await;
    assert_eq!(nice["region"]["code"], "FR-PAC");
    // `region` is the caller's country: a postal code is read in it.
    let es = spec
        .get(&app, "/api/v1/lookup?place=28013&region=ES", path, 200)
        .await;
    assert_eq!(es["region"]["code"], "ES-MD");
    assert_eq!(es["matches"].as_array().unwrap().len(), 1);
    let zip = spec
        .get(&app, "/api/v1/lookup?place=28013", path, 200)
        .await;
    assert_eq!(zip["region"]["code"], "US-NC");
    // Nothing matched: no region, no matches.
    let none = spec
        .get(&app, "/api/v1/lookup?place=zzyzxqwv", path, 200)
        .await;
    assert_eq!(none["region"], Value::Null);
    assert_eq!(none["source"], "none");
    assert_eq!(none["matches"], serde_json::json!([]));
    // Out of the documented bounds: 400, and the problem does not repeat the value.
    let long = "a".repeat(101);
    for bad in ["place=", &format!("place={long}")] {
        let problem = spec.get(&app, &format!("{path}?{bad}"), path, 400).await;
        assert_eq!(problem["parameter"], "place");
        assert!(!problem.to_string().contains("aaaa"));
    }
    // Without `place`, no `matches`.
    let plain = spec
        .get(&app, "/api/v1/lookup?region=US-CA", path, 200)
        .await;
    assert!(plain.get("matches").is_none());
}

#[tokio::test]
async fn the_place_files_are_open_data_under_their_own_licences() {
    let app = spawn_app().await;
    for (file, licence, source) in [
        (
            "places.csv",
            "/licenses/by/4.0/",
            "# source: https://download.geonames.org/",
        ),
        (
            "postal-prefixes.csv",
            "/licenses/by/4.0/",
            "# source: https://download.geonames.org/",
        ),
        (
            "sms-common-words.csv",
            "/licenses/by-sa/4.0/",
            "# source: https://github.com/rspeer/wordfreq",
        ),
    ] {
        let res = app.get(&format!("/data/{file}")).await;
        assert_eq!(res.status(), 200, "{file}");
        let link = res.headers()["link"].to_str().unwrap().to_string();
        assert!(link.contains(licence), "{file}: {link}");
        assert!(res.text().await.unwrap().starts_with(source), "{file}");
    }
    // /about credits GeoNames.
    let about = app.page("/about").await;
    assert!(about.text().contains("GeoNames"), "{}", about.text());
}
