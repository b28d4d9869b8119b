//! The HSDS 3.0 export through HTTP: every exported service and every page of the lists is
//! validated against Open Referral's compiled schemas (`tests/fixtures/hsds-3.0/`); and the
//! tabular form, the zipped CSV data package.

use crate::helpers::{repo_data, spawn_app, spawn_app_with, TestApp};
use crate::partner_api::Spec;
use serde_json::Value;
use std::collections::HashSet;
use std::io::Read;
use std::path::PathBuf;

/// The HSDS 3.0 specification's compiled schemas, kept in the repository with their licence.
fn compiled_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hsds-3.0/compiled")
}

fn validator(name: &str) -> jsonschema::Validator {
    let path = compiled_dir().join(name);
    let schema: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn assert_valid(v: &jsonschema::Validator, item: &Value, what: &str) {
    let errors: Vec<String> = v
        .iter_errors(item)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}:\n{}", errors.join("\n"));
}

/// Every page of an HSDS list at `per_page`, each checked against HSDS's `Page` fields and the
/// document's own schema.
async fn all_pages(app: &TestApp, spec: &Spec, list: &str, per_page: u32) -> Vec<Value> {
    let mut items = Vec::new();
    let mut page: u32 = 1;
    loop {
        let path = format!("/api/v1/hsds/{list}?page={page}&per_page={per_page}");
        let body = spec
            .get(app, &path, &format!("/api/v1/hsds/{list}"), 200)
            .await;
        let contents = body["contents"].as_array().unwrap();
        assert_eq!(body["page_number"], page);
        assert_eq!(body["size"], contents.len());
        assert_eq!(body["first_page"], page == 1);
        assert_eq!(body["empty"], contents.is_empty());
        let total_pages = body["total_pages"].as_u64().unwrap();
        assert_eq!(body["last_page"], u64::from(page) >= total_pages);
        items.extend(contents.iter().cloned());
        if body["last_page"] == true {
            assert_eq!(items.len() as u64, body["total_items"].as_u64().unwrap());
            return items;
        }
        page += 1;
    }
}

fn resource_rows() -> Vec<csv::StringRecord> {
    let mut r = csv::Reader::from_path(repo_data().join("resources.csv")).unwrap();
    r.records().map(Result::unwrap).collect()
}

#[tokio::test]
async fn every_service_and_every_page_of_services_is_valid_hsds() {
    // One request per service: more than a client's burst.
    let app = spawn_app_with(|s| s.api.rate_per_minute = 0).await;
    let spec = Spec::fetch(&app).await;
    let list_item = validator("service_list.json");
    let full = validator("service.json");
    let services = all_pages(&app, &spec, "services", 40).await;
    assert_eq!(services.len(), resource_rows().len());
    let mut ids = HashSet::new();
    for s in &services {
        let id = s["id"].as_str().unwrap();
        assert!(ids.insert(id.to_string()), "ids are unique");
        assert_valid(&list_item, s, &format!("list item {id}"));
        let one = spec
            .get(
                &app,
                &format!("/api/v1/hsds/services/{id}"),
                "/api/v1/hsds/services/{id}",
                200,
            )
            .await;
        assert_valid(&full, &one, &format!("service {id}"));
        assert_eq!(&one, s);
    }
}

#[tokio::test]
async fn every_page_of_organizations_is_valid_hsds_and_each_service_names_one() {
    let app = spawn_app().await;
    let spec = Spec::fetch(&app).await;
    let v = validator("organization_list.json");
    let orgs = all_pages(&app, &spec, "organizations", 25).await;
    for o in &orgs {
        assert_valid(&v, o, &format!("organization {}", o["id"]));
    }
    let org_ids: HashSet<&str> = orgs.iter().map(|o| o["id"].as_str().unwrap()).collect();
    let services = all_pages(&app, &spec, "services", 500).await;
    for s in &services {
        assert!(org_ids.contains(s["organization_id"].as_str().unwrap()));
    }
}

#[tokio::test]
async fn a_service_carries_its_phones_schedule_areas_languages_and_assured_date() {
    let app = spawn_app().await;
    let spec = Spec::fetch(&app).await;
    let services = all_pages(&app, &spec, "services", 500).await;
    let by_name = |name: &str| {
        services
            .iter()
            .find(|s| s["name"] == name)
            .or_else(|| {
                services
                    .iter()
                    .find(|s| s["name"].as_str().unwrap().starts_with(name))
            })
            .unwrap_or_else(|| panic!("{name}"))
            .clone()
    };
    let fireside = by_name("Fireside Project");
    let phones = fireside["phones"].as_array().unwrap();
    let kinds: Vec<(&str, &str)> = phones
        .iter()
        .map(|p| (p["type"].as_str().unwrap(), p["number"].as_str().unwrap()))
        .collect();
    assert_eq!(kinds, [("voice", "+16234737433"), ("text", "+16234737433")]);
    let row = resource_rows()
        .into_iter()
        .find(|r| &r[0] == "fireside-project")
        .unwrap();
    let verified_at = csv::Reader::from_path(repo_data().join("resources.csv"))
        .unwrap()
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "verified_at")
        .unwrap();
    assert_eq!(fireside["assured_date"], row[verified_at].to_string());
    assert_eq!(fireside["service_areas"][0]["extent"], "US");
    assert_eq!(fireside["languages"][0]["code"], "en");

    // A schedule in a time zone: the opening_hours text and the IANA zone, no offset.
    let rows = resource_rows();
    let scheduled = rows
        .iter()
        .find(|r| !["24/7", "unknown"].contains(&&r[13]))
        .expect("a row with a schedule");
    let s = by_name(&scheduled[1]);
    let schedule = &s["schedules"][0];
    assert_eq!(
        schedule["description"],
        format!("opening_hours: {}", &scheduled[13])
    );
    assert!(schedule["notes"].as_str().unwrap().contains(&scheduled[14]));
    assert!(schedule.get("timezone").is_none());

    // What to expect reaches HSDS only where HSDS has a field: interpreters, for 988.
    let lifeline = by_name("988 Suicide & Crisis Lifeline");
    assert!(
        lifeline["interpretation_services"]
            .as_str()
            .unwrap()
            .contains("240 languages"),
        "{lifeline}"
    );
    assert!(fireside.get("interpretation_services").is_none());
}

#[tokio::test]
async fn the_hsds_zip_is_a_csv_data_package_of_the_same_services() {
    let app = spawn_app().await;
    let res = app.get("/data/hsds.zip").await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/zip");
    let etag = res.headers()["etag"].to_str().unwrap().to_string();
    let bytes = res.bytes().await.unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut read = |name: &str| {
        let mut s = String::new();
        zip.by_name(name)
            .unwrap_or_else(|_| panic!("{name} in the zip"))
            .read_to_string(&mut s)
            .unwrap();
        s
    };
    let package: Value = serde_json::from_str(&read("datapackage.json")).unwrap();
    assert_eq!(package["licenses"][0]["name"], "CC-BY-4.0");
    let tables: Vec<String> = package["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["path"].as_str().unwrap().to_string())
        .collect();
    for t in [
        "services.csv",
        "organizations.csv",
        "phones.csv",
        "schedules.csv",
        "service_areas.csv",
        "languages.csv",
    ] {
        assert!(tables.contains(&t.to_string()), "{t}");
    }
    for r in package["resources"].as_array().unwrap() {
        let path = r["path"].as_str().unwrap();
        let text = read(path);
        let mut csv = csv::Reader::from_reader(text.as_bytes());
        let header: Vec<String> = csv.headers().unwrap().iter().map(String::from).collect();
        let fields: Vec<String> = r["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(header, fields, "{path}");
        if path == "services.csv" {
            assert_eq!(csv.records().count(), resource_rows().len());
        }
    }
    let spec = Spec::fetch(&app).await;
    let services = all_pages(&app, &spec, "services", 500).await;
    let csv_ids: HashSet<String> = csv::Reader::from_reader(read("services.csv").as_bytes())
        .records()
        .map(|r| r.unwrap()[0].to_string())
        .collect();
    let api_ids: HashSet<String> = services
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(csv_ids, api_ids);
    let again = app
        .get_with("/data/hsds.zip", &[("If-None-Match", &etag)])
        .await;
    assert_eq!(
        again.status(),
        304,
        "built once per snapshot: the same bytes"
    );
}

#[test]
fn the_hsds_validators_refuse_what_hsds_forbids() {
    let v = validator("service.json");
    let good = serde_json::json!({
        "id": "ac148810-d857-441c-9679-408f346de14b", "name": "x", "status": "active"
    });
    assert!(v.is_valid(&good));
    for bad in [
        serde_json::json!({"id": "fireside-project", "name": "x", "status": "active"}),
        serde_json::json!({"id": "ac148810-d857-441c-9679-408f346de14b", "name": "x"}),
        serde_json::json!({"id": "ac148810-d857-441c-9679-408f346de14b", "name": "x",
            "status": "open"}),
    ] {
        assert!(!v.is_valid(&bad), "{bad}");
    }
}

#[tokio::test]
async fn every_page_past_the_last_is_one_shared_empty_page() {
    let app = spawn_app().await;
    let spec = Spec::fetch(&app).await;
    for list in ["services", "organizations"] {
        let route = format!("/api/v1/hsds/{list}");
        let last = spec
            .get(&app, &format!("{route}?per_page=50"), &route, 200)
            .await;
        let total_pages = last["total_pages"].as_u64().unwrap();
        let past = spec
            .get(&app, &format!("{route}?page=10&per_page=50"), &route, 200)
            .await;
        assert!(
            total_pages < 10,
            "{list}: the test needs fewer than 10 pages"
        );
        assert_eq!(past["empty"], true, "{list}");
        assert_eq!(past["size"], 0, "{list}");
        assert_eq!(past["contents"], serde_json::json!([]), "{list}");
        assert_eq!(past["last_page"], true, "{list}");
        assert_eq!(past["first_page"], false, "{list}");
        assert_eq!(past["total_items"], last["total_items"], "{list}");
        assert_eq!(past["total_pages"], total_pages, "{list}");
        assert_eq!(past["page_number"], total_pages + 1, "{list}");

        // Any number past the end is the same page, stored once: not rendered again.
        let renders = app.publisher.edition().renders();
        for page in ["10000", "4294967295"] {
            let res = app.get(&format!("{route}?page={page}&per_page=50")).await;
            assert_eq!(res.status(), 200, "{list} page {page}");
            let body: Value = res.json().await.unwrap();
            assert_eq!(body, past, "{list} page {page}");
        }
        assert_eq!(
            app.publisher.edition().renders(),
            renders,
            "{list}: a page number past the end is not a page of its own"
        );
    }
}
