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

#[tokio::test]
async fn a_line_says_whether_it_can_be_called_from_abroad_on_the_page_and_in_the_api() {
    let app = spawn_app().await;
    // /de in German, as a visitor in Germany gets it, and in English for a friend abroad.
    let german = app.page("/de").await;
    assert_eq!(
        german.texts("#telefonseelsorge-de .abroad"),
        ["Nur aus Telefonnetzen in diesem Land erreichbar: Deutschland"]
    );
    let english = app.page("/de?lang=en").await;
    assert_eq!(
        english.texts("#telefonseelsorge-de .abroad"),
        ["Only from phone networks in Germany"]
    );
    // A line the data says nothing about says nothing.
    assert!(english.texts("#sucht-drogen-hotline-de .abroad").is_empty());
    let answer: serde_json::Value = app
        .get("/api/v1/resources/telefonseelsorge-de")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(answer["contacts"]["phone"]["abroad"], "no");
    assert!(answer["contacts"]["phone"].get("abroad_number").is_none());
    let unknown: serde_json::Value = app
        .get("/api/v1/resources/sucht-drogen-hotline-de")
        .await
        .json()
        .await
        .unwrap();
    assert!(unknown["contacts"]["phone"].get("abroad").is_none());
}

#[tokio::test]
async fn an_international_number_for_callers_abroad_and_a_networks_limit_are_shown_and_checked() {
    let data = data_copy();
    let path = data.path().join("resources.csv");
    let mut rows = csv::Reader::from_path(&path).unwrap();
    let headers = rows.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(&headers).unwrap();
    for row in rows.records() {
        let mut row: Vec<String> = row.unwrap().iter().map(str::to_string).collect();
        if row[col("id")] == "sucht-drogen-hotline-de" {
            row[col("abroad")] = "+4930123456789".into();
            row[col("networks")] = "Telekom".into();
        }
        out.write_record(&row).unwrap();
    }
    std::fs::write(&path, out.into_inner().unwrap()).unwrap();
    let app = crate::helpers::spawn_app_with(|s| s.data_dir = data.path().to_path_buf()).await;
    let page = app.page("/de?lang=en").await;
    assert_eq!(
        page.texts("#sucht-drogen-hotline-de .abroad"),
        ["From outside Germany: call +49 30 123456789 · Only from Telekom phones"]
    );
    assert_eq!(
        page.attrs("#sucht-drogen-hotline-de .abroad a", "href"),
        ["tel:+4930123456789"]
    );
    let answer: serde_json::Value = app
        .get("/api/v1/resources/sucht-drogen-hotline-de")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(answer["contacts"]["phone"]["abroad"], "other_number");
    assert_eq!(
        answer["contacts"]["phone"]["abroad_number"],
        "+4930123456789"
    );
    assert_eq!(answer["contacts"]["phone"]["networks"], "Telekom");

    // A short code is no number for callers abroad, and a value needs a phone to be about.
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("+4930123456789", "DE:116123")).unwrap();
    let out = lifelines().arg("check").arg(data.path()).output().unwrap();
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success());
    assert!(
        printed.contains("abroad: \"DE:116123\": a number for callers abroad is written in E.164"),
        "{printed}"
    );
}

#[test]
fn check_counts_the_national_only_numbers_that_do_not_yet_say_whether_they_reach_abroad() {
    let out = lifelines()
        .args(["check", "--strict"])
        .arg(crate::helpers::repo_data())
        .output()
        .unwrap();
    let printed = String::from_utf8_lossy(&out.stdout);
    let line = printed
        .lines()
        .find(|l| l.starts_with("Reach from abroad: "))
        .unwrap();
    assert!(
        line.contains(" say whether it can be called from abroad, "),
        "{line}"
    );
    let unknown = printed
        .lines()
        .find_map(|l| l.strip_prefix("Not yet known from abroad: "))
        .unwrap();
    // TelefonSeelsorge says; the Sucht & Drogen Hotline (a shared-cost 01806 number) does not.
    assert!(!unknown.split(", ").any(|id| id == "telefonseelsorge-de"));
    assert!(unknown
        .split(", ")
        .any(|id| id == "sucht-drogen-hotline-de"));
    assert!(out.status.success(), "{printed}");
}

#[tokio::test]
async fn when_a_call_cannot_be_spoken_the_page_and_the_api_say_what_to_do_with_a_source() {
    let app = spawn_app().await;
    let gb = app.page("/gb").await;
    let silent = gb.texts(".emergency .silent");
    assert_eq!(silent.len(), 1, "{silent:?}");
    assert!(
        silent[0].starts_with(
            "On a mobile, if you cannot speak or make a sound: call 999 and press 55 when prompted"
        ),
        "{silent:?}"
    );
    assert!(gb.attrs(".emergency .silent a.source", "href")[0].starts_with("https://"));
    // Beside it, texting 999 needs registering first, and says how.
    assert!(gb
        .attrs(".emergency .ways a", "href")
        .iter()
        .any(|h| h.starts_with("sms:999")));
    let german = app.page("/gb?lang=de").await;
    assert!(german.texts(".emergency .silent")[0].contains("drück 55"));
    // A country with no source for it says nothing rather than guess.
    assert!(app.page("/us").await.texts(".emergency .silent").is_empty());

    let answer: serde_json::Value = app
        .get("/api/v1/regions/AU?lang=es")
        .await
        .json()
        .await
        .unwrap();
    let silent = &answer["emergency"]["silent"];
    assert!(silent["text"]["text"]
        .as_str()
        .unwrap()
        .contains("pulsa 55"));
    assert_eq!(silent["text"]["lang"], "es");
    assert_eq!(silent["text"]["reviewed"], false);
    assert!(silent["source"].as_str().unwrap().starts_with("https://"));
    let us: serde_json::Value = app.get("/api/v1/regions/US").await.json().await.unwrap();
    assert!(us["emergency"].get("silent").is_none());
}

#[test]
fn a_silent_call_row_needs_its_words_in_every_language() {
    let data = data_copy();
    crate::helpers::drop_lines(data.path(), "text-ja.csv", "silent/GB,");
    let out = lifelines().arg("check").arg(data.path()).output().unwrap();
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success());
    assert!(
        printed.contains("silent.csv:") && printed.contains("silent/GB has no text in text-ja.csv"),
        "{printed}"
    );
}
