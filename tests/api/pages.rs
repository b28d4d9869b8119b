//! Region pages, the picker, redirects, caching, filtering and the pages around them.

use crate::helpers::{data_copy, spawn_app, spawn_app_with, Page};
use lifelines::publish::Reload;

#[tokio::test]
async fn a_region_page_lists_the_emergency_number_first_then_lines_by_priority_then_the_more_local()
{
    let app = spawn_app().await;
    let page = app.page("/gb/sct").await;
    // The emergency block comes before every resource in the document.
    let emergency_at = page.html.find("class=\"emergency\"").unwrap();
    let first_resource_at = page.html.find("class=\"resource\"").unwrap();
    assert!(emergency_at < first_resource_at);
    let ids = page.resource_ids();
    let pos = |id: &str| {
        ids.iter()
            .position(|i| i == id)
            .unwrap_or_else(|| panic!("{id} not in {ids:?}"))
    };
    // Priority first: the UK's national line (10) before Scotland's NHS 24 hub (40).
    assert!(pos("samaritans-uk") < pos("gb-sct-nhs24-mental-health-hub"));
    // At equal priority (20), Scotland's own line before the UK-wide ones.
    assert!(pos("scotland-domestic-abuse-helpline") < pos("childline-uk"));
    assert!(pos("samaritans-uk") < pos("tripsit"));
    // Scotland's own line is not on the UK-wide page.
    assert!(!app
        .page("/gb")
        .await
        .resource_ids()
        .contains(&"gb-sct-breathing-space".to_string()));
    // A state's referral line (priority 40) never comes before the national crisis line (10).
    for (path, national, local) in [
        ("/us/ny", "988-lifeline", "us-ny-hopeline"),
        (
            "/ca/on",
            "988-suicide-crisis-helpline-ca",
            "ca-on-connexontario",
        ),
    ] {
        let ids = app.page(path).await.resource_ids();
        let at = |id: &str| ids.iter().position(|i| i == id).unwrap();
        assert!(at(national) < at(local), "{path}: {ids:?}");
    }
}

#[tokio::test]
async fn each_page_says_which_region_it_shows_and_how_to_change_it() {
    let app = spawn_app().await;
    let page = app.page("/us/ca").await;
    assert!(page
        .texts(".where")
        .join(" ")
        .starts_with("Showing help for California, United States · change"));
    assert_eq!(page.attrs(".where a", "href"), ["/regions"]);
}

#[tokio::test]
async fn call_and_text_links_are_one_tap_and_never_put_a_plus_on_a_short_code() {
    let app = spawn_app().await;
    let page = app.page("/us").await;
    let hrefs = page.attrs("a", "href");
    assert!(hrefs.contains(&"tel:+16234737433".to_string()));
    assert!(hrefs.contains(&"sms:741741?body=HOME".to_string()));
    assert!(hrefs.contains(&"sms:988?body=AYUDA".to_string()));
    for h in hrefs
        .iter()
        .filter(|h| h.starts_with("tel:") || h.starts_with("sms:"))
    {
        let number = h.split(['?', ':']).nth(1).unwrap();
        let digits = number.trim_start_matches('+');
        assert!(digits.bytes().all(|b| b.is_ascii_digit()), "{h}");
        assert!(
            !(number.starts_with('+') && digits.len() <= 8),
            "short code as E.164: {h}"
        );
    }
    assert!(page.text().contains("then press 1"));
}

#[tokio::test]
async fn services_without_a_line_are_listed_apart_after_every_line() {
    let app = spawn_app().await;
    for path in ["/us", "/"] {
        let page = app.page(path).await;
        let lines = page.attrs("section[aria-labelledby=lines] li.resource", "id");
        let services = page.attrs("section[aria-labelledby=services] li.resource", "id");
        assert!(!lines.is_empty() && !services.is_empty(), "{path}");
        // Lines first, then services, nothing else.
        assert_eq!(
            page.resource_ids(),
            [lines.clone(), services.clone()].concat()
        );
        for id in &lines {
            let links = page.attrs(&format!("[id='{id}'] a.button"), "href");
            assert!(!links.is_empty(), "{path}: line {id} has nothing to tap");
        }
        for id in &services {
            let links = page.attrs(&format!("[id='{id}'] a"), "href");
            assert!(
                !links
                    .iter()
                    .any(|h| h.starts_with("tel:") || h.starts_with("sms:")),
                "{path}: {id} {links:?}"
            );
        }
        assert!(page
            .text()
            .contains("These have no phone, text or chat line."));
    }
    let us = app.page("/us").await;
    let services = us.attrs("section[aria-labelledby=services] li.resource", "id");
    assert!(services.contains(&"dancesafe".to_string()), "{services:?}");
    assert!(services.contains(&"challenging-psychedelic-experiences".to_string()));
}

#[tokio::test]
async fn hours_say_open_24_7_or_not_confirmed_and_never_guess() {
    let app = spawn_app().await;
    let page = app.page("/us").await;
    let fireside = page.texts("#fireside-project .meta").join(" ");
    assert!(fireside.contains("Hours not confirmed"), "{fireside}");
    assert!(page
        .texts("[id='988-lifeline'] .meta")
        .join(" ")
        .contains("Open 24/7"));
    // Mo-Fr 10:00-18:00 in Los Angeles: either open until six or closed until ten, in the
    // line's own zone, never the raw schedule.
    let trans = page
        .texts("#trans-lifeline-us .status")
        .join(" ")
        .replace('\u{202f}', " ");
    assert!(
        trans.starts_with("Open now · until 6:00 PM (Pacific Time)")
            || (trans.starts_with("Closed · opens") && trans.contains("10:00 AM (Pacific Time)")),
        "{trans}"
    );
}

#[tokio::test]
async fn canonical_urls_are_lower_case_and_other_spellings_redirect_permanently() {
    let app = spawn_app().await;
    for (from, to) in [
        ("/US-CA", "/us/ca"),
        ("/US/CA", "/us/ca"),
        ("/us-ca", "/us/ca"),
        ("/US", "/us"),
        ("/Gb/Sct", "/gb/sct"),
        ("/US-CA?topic=suicide", "/us/ca?topic=suicide"),
    ] {
        let res = app.get(from).await;
        assert_eq!(res.status(), 301, "{from}");
        assert_eq!(res.headers()["location"], to, "{from}");
    }
}

#[tokio::test]
async fn unknown_regions_get_a_404_page_that_still_helps() {
    let app = spawn_app().await;
    for path in [
        "/xx",
        "/us/zz",
        "/nowhere/at/all",
        "/..%2f..%2fetc%2fpasswd",
        "/us-ca-x",
    ] {
        let res = app.get(path).await;
        assert_eq!(res.status(), 404, "{path}");
        let page = Page::new(res.text().await.unwrap());
        assert!(
            page.resource_ids().contains(&"tripsit".to_string()),
            "{path}"
        );
        assert!(
            page.attrs(".picker a", "href")
                .contains(&"/gb/sct".to_string()),
            "{path}"
        );
    }
}

#[tokio::test]
async fn the_home_page_is_never_cached_and_region_pages_are_with_an_etag() {
    let app = spawn_app().await;
    let home = app.get("/").await;
    assert_eq!(home.headers()["cache-control"], "private, no-store");
    assert!(home.headers().get("etag").is_none());

    let page = app.get("/us/ca").await;
    assert!(page.headers()["cache-control"]
        .to_str()
        .unwrap()
        .starts_with("public"));
    let etag = page.headers()["etag"].to_str().unwrap().to_string();
    let again = app.get_with("/us/ca", &[("If-None-Match", &etag)]).await;
    assert_eq!(again.status(), 304);
    assert!(again.bytes().await.unwrap().is_empty());
    let other = app.get_with("/us/ny", &[("If-None-Match", &etag)]).await;
    assert_eq!(other.status(), 200);
}

#[tokio::test]
async fn a_topic_narrows_the_list_and_an_unknown_topic_is_a_400_that_still_helps() {
    let app = spawn_app().await;
    let page = app.page("/us?topic=psychedelic").await;
    let ids = page.resource_ids();
    assert!(ids.contains(&"fireside-project".to_string()));
    assert!(!ids.contains(&"samhsa-national-helpline".to_string()));
    // The emergency number stays on every filtered page.
    assert_eq!(page.attrs(".call-now a, .also-call a", "href"), ["tel:911"]);
    let both = app
        .page("/us?topic=psychedelic&topic=poison")
        .await
        .resource_ids();
    assert!(
        both.contains(&"poison-help-us".to_string())
            && both.contains(&"fireside-project".to_string())
    );

    let res = app.get("/us?topic=%3Cscript%3E").await;
    assert_eq!(res.status(), 400);
    let page = Page::new(res.text().await.unwrap());
    assert!(page.resource_ids().contains(&"tripsit".to_string()));
    assert!(!page.html.contains("<script>"));
}

#[tokio::test]
async fn the_picker_lists_every_country_with_data_and_subdivisions_with_their_own_lines() {
    let app = spawn_app().await;
    let hrefs = app.page("/regions").await.attrs(".picker a", "href");
    for h in [
        "/us", "/ca", "/gb", "/ie", "/au", "/nz", "/ca/qc", "/gb/sct", "/us/ny", "/fr",
    ] {
        assert!(hrefs.contains(&h.to_string()), "{h}");
    }
    assert!(!hrefs.contains(&"/aq".to_string()));
}

#[tokio::test]
async fn every_page_renders_with_strict_headers_no_inline_script_no_cookie_and_nothing_from_elsewhere(
) {
    let app = spawn_app().await;
    for path in [
        "/", "/us", "/us/ca", "/gb/sct", "/regions", "/about", "/privacy", "/data", "/nope",
    ] {
        let res = app.get(path).await;
        assert_eq!(
            res.status(),
            if path == "/nope" { 404 } else { 200 },
            "{path}"
        );
        let h = res.headers().clone();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("default-src 'none'") && !csp.contains("unsafe"),
            "{path}"
        );
        assert!(csp.contains("frame-ancestors 'none'"));
        assert_eq!(h["referrer-policy"], "no-referrer");
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert!(h.get("permissions-policy").is_some());
        assert!(h.get("set-cookie").is_none(), "{path}");
        let page = Page::new(res.text().await.unwrap());
        // One script, from this origin, and nothing inline.
        assert_eq!(page.attrs("script", "src"), ["/static/leave.js"], "{path}");
        assert_eq!(page.html.matches("<script").count(), 1, "{path}");
        assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"));
        for url in page
            .attrs("link", "href")
            .iter()
            .chain(page.attrs("img", "src").iter())
        {
            assert!(url.starts_with('/'), "{path} loads {url}");
        }
        assert_eq!(
            page.texts(".leave").len(),
            1,
            "{path} lacks the quick-exit link"
        );
    }
}

#[tokio::test]
async fn the_first_page_fits_in_14_kb_compressed_with_its_stylesheet() {
    let app = spawn_app().await;
    let mut total = 0;
    for path in ["/us/ca", "/static/site.css"] {
        let res = app.get_with(path, &[("Accept-Encoding", "gzip")]).await;
        assert_eq!(res.headers()["content-encoding"], "gzip", "{path}");
        total += res.bytes().await.unwrap().len();
    }
    assert!(total <= 14 * 1024, "{total} bytes");
}

#[tokio::test]
async fn the_data_page_lists_every_row_oldest_first_with_its_source() {
    let app = spawn_app().await;
    let page = app.page("/data").await;
    let dates = page.texts("table.data tbody td:first-child");
    let resources =
        std::fs::read_to_string(crate::helpers::repo_data().join("resources.csv")).unwrap();
    let rows = resources.lines().count() - 1;
    assert!(dates.len() > rows, "{} rows on the page", dates.len());
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
    assert_eq!(page.attrs("table.data a", "href").len(), dates.len());
}

#[tokio::test]
async fn every_listing_links_to_a_problem_report_with_its_id() {
    let app = spawn_app_with(|s| s.report_url = "https://example.org/report".into()).await;
    let page = app.page("/ie").await;
    let ids = page.resource_ids();
    let reports = page.attrs(".report a", "href");
    assert_eq!(ids.len(), reports.len());
    for (id, href) in ids.iter().zip(&reports) {
        assert_eq!(href, &format!("https://example.org/report?resource={id}"));
    }
}

#[tokio::test]
async fn markup_in_a_csv_cell_comes_out_escaped() {
    let data = data_copy();
    let path = data.path().join("resources.csv");
    let csv = std::fs::read_to_string(&path).unwrap();
    let csv = csv.replacen(
        "Fireside Project Psychedelic Peer Support Line",
        "<script>alert(1)</script><img src=x onerror=alert(2)>",
        1,
    );
    std::fs::write(&path, csv).unwrap();
    let dir = data.path().to_path_buf();
    let app = spawn_app_with(move |s| s.data_dir = dir).await;
    let page = app.page("/us").await;
    assert!(!page.html.contains("<script>alert(1)"));
    assert!(!page.html.contains("<img src=x"));
    assert!(
        page.html.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
            || page.html.contains("&#60;script&#62;")
    );
    assert!(page.texts("#fireside-project h3")[0].contains("<script>alert(1)</script>"));
}

#[tokio::test]
async fn a_reload_with_broken_data_keeps_serving_the_last_good_data() {
    let data = data_copy();
    let dir = data.path().to_path_buf();
    let app = spawn_app_with({
        let dir = dir.clone();
        move |s| s.data_dir = dir
    })
    .await;
    let before = app.publisher.edition().snapshot().version.clone();
    std::fs::write(
        dir.join("emergency.csv"),
        "country,number,service,channel,url,register,verified_at,source,source_kind\n\
         US,,all,voice,,,2026-01-02,https://e.org,official\n",
    )
    .unwrap();
    let Reload::Rejected(err) = app.reloader.reload_data() else {
        panic!("broken data is rejected");
    };
    assert!(
        err.iter()
            .any(|d| d.to_string().contains("emergency.csv:2:4")),
        "{err:?}"
    );
    assert_eq!(app.publisher.edition().snapshot().version, before);
    assert_eq!(
        app.page("/us")
            .await
            .attrs(".call-now a, .also-call a", "href"),
        ["tel:911"]
    );
}

#[tokio::test]
async fn health_endpoints_answer() {
    let app = spawn_app().await;
    assert_eq!(app.get("/healthz").await.status(), 200);
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status(), 200);
    assert!(ready.text().await.unwrap().starts_with("ready "));
}

#[tokio::test]
async fn hostile_requests_get_a_4xx_not_a_crash() {
    let app = spawn_app().await;
    let long = "a".repeat(10_000);
    for path in [
        format!("/{long}"),
        "/us?region=%00%ff".to_string(),
        "/?region=ZZ-ZZ".to_string(),
        "/?lang=xx".to_string(),
        "/us/%E2%80%AE".to_string(),
        "/%00".to_string(),
    ] {
        let status = app.get(&path).await.status().as_u16();
        assert!((400..500).contains(&status), "{path}: {status}");
    }
    assert_eq!(app.get("/healthz").await.status(), 200);
}

#[tokio::test]
async fn every_emergency_number_names_its_service_medical_help_first_police_never_first() {
    let app = spawn_app().await;
    // (lang, a word of the ambulance label, the police label)
    let langs = [
        ("en", "ambulance", "Police"),
        ("es", "ambulancia", "Policía"),
        ("fr", "ambulance", "Police"),
    ];
    for cc in ["jp", "cn", "de", "br", "kr", "sg", "ae", "gb"] {
        for (lang, ambulance, police) in langs {
            let page = app.page(&format!("/{cc}?lang={lang}")).await;
            let first = page.texts(".emergency .call-now a");
            let first = first
                .first()
                .unwrap_or_else(|| panic!("/{cc} {lang}: no number"));
            // The first number says what it reaches, and that is medical help.
            let all = [
                "all emergencies",
                "todas las emergencias",
                "toutes les urgences",
            ];
            assert!(
                first.contains(ambulance) || all.iter().any(|a| first.contains(a)),
                "/{cc} {lang}: {first}"
            );
            assert!(
                !first.contains(&police.to_lowercase()),
                "/{cc} {lang}: {first}"
            );
            // Every further number is labelled with its service, never "Also".
            for other in page.texts(".emergency .also-call li") {
                let (label, _) = other.split_once(':').unwrap();
                assert!(
                    !["Also", "También", "Aussi"].contains(&label),
                    "/{cc}: {other}"
                );
            }
            if cc == "sg" {
                let others = page.texts(".emergency .also-call li");
                assert!(
                    others
                        .iter()
                        .any(|o| o.starts_with(police) && o.contains("999")),
                    "/sg {lang}: {others:?}"
                );
            }
        }
    }
    let jp = app.page("/jp?lang=en").await;
    assert_eq!(
        jp.texts(".emergency .call-now a")[0],
        "In danger now? Call 119 (ambulance and fire)"
    );
    assert!(jp
        .texts(".emergency .also-call li")
        .contains(&"Police: 110".to_string()));
}

#[tokio::test]
async fn report_a_problem_leads_to_a_page_on_the_site_and_no_page_links_to_an_invalid_address() {
    let app = crate::helpers::spawn_app().await;
    let listing = app.page("/gb").await;
    let reports = listing.attrs(".report a", "href");
    assert!(!reports.is_empty());
    assert!(
        reports.iter().all(|h| h.starts_with("/report?resource=")),
        "{reports:?}"
    );
    for lang in ["en", "es", "fr"] {
        let page = app.page(&format!("/report?lang={lang}")).await;
        assert!(page.texts("h1").len() == 1);
        assert!(page
            .attrs("main a, a", "href")
            .iter()
            .any(|h| h == "/data" || h.contains("/issues/new?template=correction.yml")));
    }
    for path in [
        "/",
        "/gb",
        "/us/ca",
        "/us?topic=overdose",
        "/regions",
        "/about",
        "/privacy",
        "/report",
        "/data",
        "/sms",
        "/partners",
        "/embed/us",
        "/us/card",
    ] {
        let html = app.get(path).await.text().await.unwrap();
        assert!(
            !html.contains(".invalid"),
            "{path} names an .invalid address"
        );
    }
}
