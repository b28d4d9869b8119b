//! Ways to reach a line without a voice call (`channels.csv`): on the listing, in the API and
//! HSDS, in contacts.vcf, and refused by `check` when a row is wrong.

use crate::helpers::{data_copy, lifelines, spawn_app};

#[tokio::test]
async fn a_lines_textphone_is_on_the_page_in_the_api_in_hsds_and_in_the_contacts_file() {
    let app = spawn_app().await;
    let page = app.page("/us").await;
    let shown = page.texts("#samhsa-national-helpline .access");
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(
        shown[0].contains("Textphone (TTY): (800) 487-4889"),
        "{shown:?}"
    );
    assert!(page
        .attrs("#samhsa-national-helpline .access a", "href")
        .contains(&"tel:+18004874889".to_string()));
    let asl = page.texts("[id='988-lifeline'] .access");
    assert!(asl[0].contains("ASL video"), "{asl:?}");

    let spanish = app.page("/us?lang=es").await;
    assert!(
        spanish.texts("#samhsa-national-helpline .access")[0].contains("Teléfono de texto (TTY)")
    );

    let answer: serde_json::Value = app
        .get("/api/v1/resources/samhsa-national-helpline")
        .await
        .json()
        .await
        .unwrap();
    let access = &answer["contacts"]["access"][0];
    assert_eq!(access["type"], "tty");
    assert_eq!(access["number"], "+18004874889");
    assert_eq!(access["uri"], "tel:+18004874889");
    assert!(access["source"].as_str().unwrap().starts_with("https://"));
    let australia: serde_json::Value = app
        .get("/api/v1/resources/lifeline-australia")
        .await
        .json()
        .await
        .unwrap();
    let relay = &australia["contacts"]["access"][0];
    assert_eq!(
        (relay["type"].as_str(), relay["via"].as_str()),
        (Some("relay"), Some("133677"))
    );
    assert_eq!(relay["number"], "131114");

    let id = lifelines::api::hsds::uuid("service", "samhsa-national-helpline");
    let service: serde_json::Value = app
        .get(&format!("/api/v1/hsds/services/{id}"))
        .await
        .json()
        .await
        .unwrap();
    let phones = service["phones"].as_array().unwrap();
    assert!(
        phones
            .iter()
            .any(|p| p["type"] == "textphone" && p["number"] == "+18004874889"),
        "{phones:?}"
    );
    let samaritans = lifelines::api::hsds::uuid("service", "samaritans-uk");
    let service: serde_json::Value = app
        .get(&format!("/api/v1/hsds/services/{samaritans}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(service["email"], "jo@samaritans.org");

    // On the printable card: what can be dialled (a textphone, a relay service), not pages.
    let card = app.page("/us/card").await.text();
    assert!(card.contains("Textphone (TTY): (800) 787-3224"), "{card}");
    assert!(!card.contains("ASL video"));
    let card = app.page("/au/card").await.text();
    assert!(
        card.contains("Relay: dial 133677, then ask for 13 11 14"),
        "{card}"
    );

    let vcf = app.get("/us/contacts.vcf").await.text().await.unwrap();
    assert!(vcf.contains("TEL;VALUE=uri;TYPE=textphone:tel:+18004874889"));
    let gb = app.get("/gb/contacts.vcf").await.text().await.unwrap();
    assert!(gb.contains("EMAIL:jo@samaritans.org"));
}

#[test]
fn check_names_each_wrong_channel_row_at_its_cell() {
    let data = data_copy();
    let _ = std::fs::remove_file(data.path().join("history.csv"));
    let rows = [
        (
            "no-such-line,tty,+18004874889,,,",
            "resource: \"no-such-line\" is not a resource",
        ),
        (
            "samhsa-national-helpline,fax,+18004874889,,,",
            "channel: \"fax\" is not a channel",
        ),
        (
            "988-lifeline,video,https://988lifeline.org,,,",
            "sign_language: required",
        ),
        (
            "988-lifeline,video,https://988lifeline.org,,xyz,",
            "sign_language: \"xyz\" is not one of",
        ),
        (
            "samaritans-uk,email,jo-at-samaritans,,,",
            "value: \"jo-at-samaritans\" is not an e-mail address",
        ),
        (
            "samaritans-uk,whatsapp,GB:116123,,,",
            "value: a WhatsApp number is written in E.164",
        ),
        (
            "lifeline-australia,relay,AU:131114,13a,,",
            "via: \"13a\" is not the digits",
        ),
        (
            "samhsa-national-helpline,tty,+18004874889,711,,",
            "via: only a relay row",
        ),
        ("samhsa-national-helpline,tty,,,,", "value: required"),
    ];
    let day = crate::helpers::test_now().date_naive();
    let mut csv =
        String::from("resource,channel,value,via,sign_language,verified_at,source,notes\n");
    for (row, _) in rows {
        csv.push_str(&format!("{row}{day},https://example.org/source,\n"));
    }
    std::fs::write(data.path().join("channels.csv"), csv).unwrap();
    let out = lifelines()
        .args(["check", "--today"])
        .arg(crate::helpers::test_now().date_naive().to_string())
        .arg(data.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let report = String::from_utf8_lossy(&out.stdout);
    for (n, (_, expected)) in rows.iter().enumerate() {
        let line = n + 2;
        assert!(
            report
                .lines()
                .any(|l| l.contains(&format!("channels.csv:{line}:")) && l.contains(expected)),
            "line {line}: {expected:?} not in\n{report}"
        );
    }
}
