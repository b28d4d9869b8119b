//! The visitor's page: its language (asked, negotiated or the region's), open now in each
//! line's own zone, the topic choices and the overdose steps, the quick exit, and what a
//! visitor can take along (contacts and a printable card).

use crate::helpers::{data_copy, spawn_app, spawn_app_with, test_now, Page, TestApp};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Offset, TimeZone, Utc, Weekday};
use chrono_tz::Tz;

/// `hh:mm` on `day` in `tz`, in UTC.
pub(crate) fn local(tz: Tz, day: NaiveDate, h: u32, m: u32) -> DateTime<Utc> {
    tz.from_local_datetime(&day.and_hms_opt(h, m, 0).unwrap())
        .single()
        .unwrap()
        .with_timezone(&Utc)
}

/// The first `weekday` after the test clock's day.
pub(crate) fn next(weekday: Weekday) -> NaiveDate {
    let mut day = test_now().date_naive().succ_opt().unwrap();
    while day.weekday() != weekday {
        day = day.succ_opt().unwrap();
    }
    day
}

/// The next day after the test clock's on which `tz` changes its offset (a DST change).
fn next_offset_change(tz: Tz, from: NaiveDate) -> NaiveDate {
    let offset = |d: NaiveDate| local(tz, d, 12, 0).with_timezone(&tz).offset().fix();
    let mut day = from;
    while offset(day) == offset(day.succ_opt().unwrap()) {
        day = day.succ_opt().unwrap();
    }
    day.succ_opt().unwrap()
}

/// What a status line says, with the narrow no-break spaces CLDR puts before AM/PM made plain.
fn status(page: &Page, id: &str) -> String {
    page.texts(&format!("[id='{id}'] .status"))
        .join(" ")
        .replace(['\u{202f}', '\u{a0}'], " ")
}

fn varies_on_language(res: &reqwest::Response) -> bool {
    res.headers()
        .get_all("vary")
        .iter()
        .any(|v| v.to_str().unwrap_or("").contains("Accept-Language"))
}

async fn page_with(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> (Page, bool) {
    let res = app.get_with(path, headers).await;
    assert_eq!(res.status(), 200, "{path}");
    let vary = varies_on_language(&res);
    (Page::new(res.text().await.unwrap()), vary)
}

fn html_lang(page: &Page) -> String {
    page.attrs("html", "lang").join("")
}

#[tokio::test]
async fn a_browser_asking_for_spanish_gets_spanish_with_open_now_from_the_datas_hours() {
    let app = spawn_app().await;
    // Trans Lifeline answers Mo-Fr 10:00-18:00 Los Angeles time; a Wednesday at 11:00 there.
    let la: Tz = "America/Los_Angeles".parse().unwrap();
    app.clock.set(local(la, next(Weekday::Wed), 11, 0));
    let (page, vary) = page_with(&app, "/us/ca", &[("accept-language", "es-MX,es;q=0.9")]).await;
    assert_eq!(html_lang(&page), "es");
    assert!(vary, "the answer depended on Accept-Language");
    assert!(page.text().contains("California, Estados Unidos"));
    let trans = status(&page, "trans-lifeline-us");
    assert!(
        trans.contains("18:00") && trans.contains("Pacífico"),
        "{trans}"
    );
    assert!(trans.starts_with("Abierto"), "{trans}");
    // At 19:00 it is closed and opens the next morning. No other line for LGBTQ+ adults is
    // open, so it gives the emergency sentence rather than a line of another kind.
    app.clock.set(local(la, next(Weekday::Wed), 19, 0));
    let (page, _) = page_with(&app, "/us/ca", &[("accept-language", "es-MX,es;q=0.9")]).await;
    let trans = status(&page, "trans-lifeline-us");
    assert!(
        trans.starts_with("Cerrado") && trans.contains("10:00"),
        "{trans}"
    );
    assert!(
        trans.ends_with("si estás en peligro, llama al número de emergencias."),
        "{trans}"
    );
}

#[tokio::test]
async fn spanish_times_say_la_at_one_oclock_and_las_at_the_other_hours() {
    let app = spawn_app().await;
    // Jaunimo linija's chat answers Mo-Su 13:00-01:00 Vilnius time.
    let vilnius: Tz = "Europe/Vilnius".parse().unwrap();
    app.clock.set(local(vilnius, next(Weekday::Wed), 12, 0));
    let (page, _) = page_with(&app, "/lt?lang=es", &[]).await;
    let chat = status(&page, "jaunimo-linija-lt-chat");
    assert!(chat.contains("abre a las 13:00 "), "{chat}");
    app.clock.set(local(vilnius, next(Weekday::Wed), 14, 0));
    let (page, _) = page_with(&app, "/lt?lang=es", &[]).await;
    let chat = status(&page, "jaunimo-linija-lt-chat");
    assert!(chat.starts_with("Abierto ahora"), "{chat}");
    assert!(chat.contains(" a la 01:00 "), "{chat}");
}

#[tokio::test]
async fn the_language_is_the_one_asked_then_the_browsers_then_the_regions_then_english() {
    let app = spawn_app().await;
    for (path, headers, want, vary) in [
        ("/ca/qc", &[][..], "fr", true),
        ("/mx", &[][..], "es", true),
        ("/fr", &[][..], "fr", true),
        ("/us", &[][..], "en", true),
        ("/de", &[][..], "de", true),
        ("/eg", &[][..], "ar", true),
        // Korean is no page language, and Taiwan reads traditional characters: English.
        ("/kr", &[][..], "en", true),
        ("/tw", &[][..], "en", true),
        ("/ca/qc?lang=en", &[][..], "en", false),
        ("/us?lang=fr", &[("accept-language", "es")][..], "fr", false),
        (
            "/us",
            &[("accept-language", "fr-CA,fr;q=0.9,en;q=0.8")][..],
            "fr",
            true,
        ),
        (
            "/mx",
            &[("accept-language", "ko-KR,ko;q=0.9")][..],
            "es",
            true,
        ),
        (
            "/mx",
            &[("accept-language", "en;q=0.4, ko;q=0.9")][..],
            "en",
            true,
        ),
        (
            "/ca/qc",
            &[("accept-language", "es;q=0, en")][..],
            "en",
            true,
        ),
        ("/regions", &[("accept-language", "fr")][..], "fr", true),
    ] {
        let (page, varies) = page_with(&app, path, headers).await;
        assert_eq!(html_lang(&page), want, "{path} {headers:?}");
        assert_eq!(varies, vary, "{path} {headers:?}: Vary");
    }
    let (qc, _) = page_with(&app, "/ca/qc", &[]).await;
    // The region's name in the page's language: Québec in French, not ISO's English Quebec.
    assert!(
        qc.text().contains("Région affichée : Québec, Canada"),
        "{}",
        qc.text()
    );
    // A menu option is chosen, as people say it in France, Belgium and Switzerland too.
    assert!(
        qc.text().contains("Appeler le 811 puis choisir l’option 2"),
        "{}",
        qc.text()
    );
    assert!(qc.text().contains("réduction des risques"), "{}", qc.text());
    let (mx, _) = page_with(&app, "/mx", &[]).await;
    assert!(mx.text().contains("Ayuda para México"), "{}", mx.text());
    assert_eq!(app.get("/us?lang=ko").await.status(), 400);
    // The 404 page speaks the language asked, too.
    let missing = app.get("/zz?lang=fr").await;
    assert_eq!(missing.status(), 404);
    assert_eq!(html_lang(&Page::new(missing.text().await.unwrap())), "fr");
    assert_eq!(app.get("/us?lang=").await.status(), 400);
}

#[tokio::test]
async fn every_page_links_to_itself_in_the_other_languages_and_keeps_the_language_on_links() {
    let app = spawn_app().await;
    let (page, _) = page_with(&app, "/us/ca?topic=psychedelic", &[]).await;
    let switcher = page.attrs(".langs a", "href");
    assert_eq!(switcher.len(), 12, "{switcher:?}");
    assert_eq!(
        switcher[..2],
        [
            "/us/ca?topic=psychedelic&lang=es",
            "/us/ca?topic=psychedelic&lang=fr"
        ]
    );
    assert_eq!(page.attrs(".langs a", "hreflang")[..3], ["es", "fr", "de"]);
    assert_eq!(
        page.texts(".langs a")[..3],
        ["Español", "Français", "Deutsch"]
    );
    let (es, _) = page_with(&app, "/us/ca?lang=es", &[]).await;
    assert!(es
        .attrs("footer nav a", "href")
        .iter()
        .all(|h| h.ends_with("lang=es")));
    assert!(es
        .attrs(".picker a, .choices a", "href")
        .iter()
        .all(|h| h.contains("lang=es")));
}

#[tokio::test]
async fn descriptions_are_translated_where_the_data_has_it_and_marked_english_where_not() {
    let app = spawn_app().await;
    let (page, _) = page_with(&app, "/us?lang=es", &[]).await;
    let english = page.attrs(".resource p[lang='en']", "lang").len();
    let all = page.resource_ids().len();
    assert!(
        english > 0 && english < all,
        "{english} of {all} in English"
    );
}

#[tokio::test]
async fn the_topic_choices_are_plain_words_and_overdose_puts_the_number_and_steps_first() {
    let app = spawn_app().await;
    let (page, _) = page_with(&app, "/us", &[]).await;
    let choices = page.texts(".choices a");
    for want in [
        "I'm having a hard trip",
        "I'm thinking about suicide",
        "Someone may be overdosing",
        "I want to talk about drug use",
    ] {
        assert!(choices.iter().any(|c| c == want), "{want}: {choices:?}");
    }
    let (od, _) = page_with(&app, "/us?topic=overdose", &[]).await;
    let sections: Vec<String> = od.attrs("main > section, main > nav", "class");
    assert_eq!(sections[..2], ["emergency", "steps"], "{sections:?}");
    let steps = od.texts(".steps li");
    assert_eq!(steps.len(), 6, "{steps:?}");
    assert!(steps[0].contains("treat it as an overdose"), "{steps:?}");
    assert!(steps[1].starts_with("Call 911."), "{steps:?}");
    assert!(steps.iter().any(|s| s.contains("naloxone")));
    assert!(steps.iter().any(|s| s.contains("second dose")));
    assert!(steps.iter().any(|s| s.contains("recovery position")));
    // Each step names its public-health source, with a link.
    assert_eq!(od.attrs(".steps li a.source", "href").len(), 6);
    assert!(od
        .texts(".steps li .source")
        .iter()
        .all(|s| s.starts_with("Source: ")));
    // /us: the laws are the states'; the page says so rather than guess.
    assert!(
        od.texts(".steps .law")[0].contains("differ by state"),
        "{:?}",
        od.texts(".law")
    );
    let (es, _) = page_with(&app, "/mx?topic=overdose", &[]).await;
    assert!(es.texts(".steps li")[1].contains("911"));
    assert!(es
        .text()
        .contains("aún no lo ha revisado un hablante nativo"));
}

#[tokio::test]
async fn each_moment_has_its_steps_with_a_source_and_the_law_where_one_is_sourced() {
    let app = spawn_app().await;
    for lang in ["en", "es", "fr"] {
        let (trip, _) =
            page_with(&app, &format!("/us/ca?topic=psychedelic&lang={lang}"), &[]).await;
        let ids = trip.attrs(".steps h2", "id");
        assert_eq!(ids, ["guide-hard-trip", "guide-heat-water"], "{lang}");
        let steps = trip.texts(".steps li").len();
        assert_eq!(
            trip.attrs(".steps li a.source", "href").len(),
            steps,
            "{lang}"
        );
        assert!(steps >= 9, "{lang}: {steps}");

        let (od, _) = page_with(&app, &format!("/us/ca?topic=overdose&lang={lang}"), &[]).await;
        let law = od.texts(".steps .law");
        assert!(
            law[0].contains("11376.5") || law[0].contains("California"),
            "{lang}: {law:?}"
        );
        assert_eq!(od.attrs(".steps .law a.source", "href").len(), 1, "{lang}");

        let (ca, _) = page_with(&app, &format!("/ca?topic=overdose&lang={lang}"), &[]).await;
        assert!(
            ca.texts(".steps .law")[0].contains("Good Samaritan Drug Overdose Act"),
            "{lang}"
        );

        let (gb, _) = page_with(&app, &format!("/gb?topic=suicide&lang={lang}"), &[]).await;
        assert_eq!(
            gb.attrs("section.steps h2", "id"),
            ["guide-suicide-self"],
            "{lang}"
        );
        // Helping someone else is folded beneath, and works without JavaScript.
        assert_eq!(gb.texts("details.steps summary").len(), 1, "{lang}");
        assert!(gb.texts("details.steps li").len() >= 5, "{lang}");
    }
}

#[tokio::test]
async fn the_quick_exit_is_a_plain_link_and_its_script_only_replaces_the_page() {
    let app = spawn_app().await;
    let (page, _) = page_with(&app, "/us/ca", &[]).await;
    assert_eq!(
        page.attrs("a#leave", "href"),
        ["https://www.wikipedia.org/"]
    );
    assert!(page.text().contains("does not erase your browser history"));
    let res = app.get("/static/leave.js").await;
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/javascript"));
    let js = res.text().await.unwrap();
    assert!(js.contains("location.replace") && js.contains("getElementById(\"leave\")"));
    // The note links to where the privacy page says how to clear the history.
    assert_eq!(page.attrs(".leave-note a", "href"), ["/privacy#history"]);
    let (privacy, _) = page_with(&app, "/privacy", &[]).await;
    assert!(privacy
        .texts("#history")
        .join(" ")
        .contains("does not erase"));
    assert!(privacy.text().contains("Ctrl+H"));
}

fn vcards(body: &str) -> Vec<&str> {
    body.split("BEGIN:VCARD").skip(1).collect()
}

#[tokio::test]
async fn a_regions_lines_can_be_saved_as_contacts() {
    let app = spawn_app().await;
    let res = app.get("/us/ca/contacts.vcf").await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "text/vcard; charset=utf-8");
    assert!(res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("lifelines-us-ca.vcf"));
    let body = res.text().await.unwrap();
    let cards = vcards(&body);
    assert!(
        cards[0].contains("TEL;VALUE=uri;TYPE=voice:tel:911"),
        "{}",
        cards[0]
    );
    assert!(cards
        .iter()
        .any(|c| c.contains("FN:988 Suicide & Crisis Lifeline")));
    for card in &cards {
        assert!(card.contains("VERSION:4.0\r\n") && card.contains("END:VCARD\r\n"));
        assert!(card.contains("\r\nFN:"));
    }
    for line in body.split("\r\n") {
        assert!(line.len() <= 75, "{line}");
        assert!(!line.contains('\n'));
    }
    // It imports: a vCard parser written elsewhere reads every card back, strictly.
    let parsed = vcard4::parse(&body).expect("the contacts parse as RFC 6350");
    assert_eq!(parsed.len(), cards.len());
    let tels = |c: &vcard4::Vcard| -> Vec<String> {
        c.tel
            .iter()
            .map(|t| match t {
                vcard4::property::TextOrUriProperty::Uri(u) => u.value.to_string(),
                vcard4::property::TextOrUriProperty::Text(t) => t.value.clone(),
            })
            .collect()
    };
    assert_eq!(tels(&parsed[0]), ["tel:911"]);
    let lifeline = parsed
        .iter()
        .find(|c| c.formatted_name[0].value == "988 Suicide & Crisis Lifeline")
        .unwrap();
    assert!(
        tels(lifeline).contains(&"tel:988".to_string()),
        "{:?}",
        tels(lifeline)
    );
    assert!(!lifeline.note[0].value.is_empty());
    // A topic narrows the contacts as it narrows the page.
    let psy = app
        .get("/us/ca/contacts.vcf?topic=psychedelic")
        .await
        .text()
        .await
        .unwrap();
    assert!(psy.contains("Fireside"));
    assert!(vcards(&psy).len() < cards.len());
    let (page, _) = page_with(&app, "/us/ca?topic=psychedelic", &[]).await;
    assert_eq!(
        page.attrs(".take a", "href"),
        [
            "/us/ca/contacts.vcf?topic=psychedelic",
            "/us/ca/card?topic=psychedelic"
        ]
    );
    assert_eq!(page.texts(".take a")[0], "Save these numbers to your phone");
    assert_eq!(app.get("/zz/contacts.vcf").await.status(), 404);
    assert_eq!(
        app.get("/us/ca/contacts.vcf?topic=nope").await.status(),
        400
    );
}

#[tokio::test]
async fn the_printable_card_has_the_key_numbers_and_a_qr_code_back_to_the_page() {
    let app = spawn_app_with(|s| s.public_url = Some("https://help.example.org".into())).await;
    let res = app.get("/gb/sct/card?topic=crisis").await;
    assert_eq!(res.status(), 200);
    assert!(res.headers()["cache-control"]
        .to_str()
        .unwrap()
        .starts_with("public"));
    let page = Page::new(res.text().await.unwrap());
    assert_eq!(
        page.texts(".url"),
        ["https://help.example.org/gb/sct?topic=crisis"]
    );
    assert_eq!(page.attrs(".qr svg", "viewBox").len(), 1, "{}", page.html);
    assert!(page.text().contains("999"));
    assert!(page.texts(".card-lines li").len() >= 2);
    // Without a configured origin, the code names the host asked, so the card is not stored.
    let app = spawn_app().await;
    let res = app.get("/gb/sct/card").await;
    assert_eq!(res.headers()["cache-control"], "private, no-store");
    let page = Page::new(res.text().await.unwrap());
    assert!(page.texts(".url")[0].starts_with("http://127.0.0.1:"));
}

/// A copy of the data with three planted lines: a day line in Los Angeles, a night line across
/// midnight there, and a day line in Kolkata (+05:30).
async fn app_with_planted_hours() -> TestApp {
    let dir = data_copy();
    let path = dir.path().join("resources.csv");
    let mut csv = std::fs::read_to_string(&path).unwrap();
    let verified = test_now().date_naive();
    for (id, region, hours, tz, n) in [
        (
            "test-day-la",
            "US-CA",
            "Mo-Su 09:00-17:00",
            "America/Los_Angeles",
            0,
        ),
        (
            "test-night-la",
            "US-CA",
            "Mo-Su 18:00-02:00",
            "America/Los_Angeles",
            1,
        ),
        ("test-day-in", "IN", "Mo-Su 10:00-20:00", "Asia/Kolkata", 2),
    ] {
        csv.push_str(&format!(
            "{id},Test {id},Test {id},,{region},crisis,+1800555010{n},,,,,https://example.org/{id},,\
             {hours},{tz},en,free,50,A planted line.,{verified},https://example.org/{id},,,,,\n"
        ));
    }
    std::fs::write(&path, csv).unwrap();
    let app = spawn_app_with(|s| s.data_dir = dir.path().to_path_buf()).await;
    std::mem::forget(dir);
    app
}

#[tokio::test]
async fn open_now_holds_across_both_dst_changes_in_the_lines_own_zone() {
    let app = app_with_planted_hours().await;
    let la: Tz = "America/Los_Angeles".parse().unwrap();
    let first = next_offset_change(la, test_now().date_naive());
    let second = next_offset_change(la, first);
    for day in [first, second] {
        app.clock.set(local(la, day, 8, 30));
        let (page, _) = page_with(&app, "/us/ca", &[]).await;
        assert_eq!(
            status(&page, "test-day-la").split(" While").next().unwrap(),
            "Closed · opens 9:00 AM (Pacific Time)",
            "{day}"
        );
        app.clock.set(local(la, day, 12, 0));
        let (page, _) = page_with(&app, "/us/ca", &[]).await;
        assert_eq!(
            status(&page, "test-day-la"),
            "Open now · until 5:00 PM (Pacific Time)",
            "{day}"
        );
        app.clock.set(local(la, day, 16, 59));
        let (page, _) = page_with(&app, "/us/ca", &[]).await;
        assert!(
            status(&page, "test-day-la").starts_with("Open now"),
            "{day}"
        );
        app.clock.set(local(la, day, 17, 0));
        let (page, _) = page_with(&app, "/us/ca", &[]).await;
        assert!(
            status(&page, "test-day-la").starts_with("Closed · opens"),
            "{day}: {}",
            status(&page, "test-day-la")
        );
    }
}

#[tokio::test]
async fn hours_across_midnight_say_the_day_they_end_and_closed_lines_sink() {
    let app = app_with_planted_hours().await;
    let la: Tz = "America/Los_Angeles".parse().unwrap();
    let tue = next(Weekday::Tue);
    app.clock.set(local(la, tue, 23, 0));
    let (page, _) = page_with(&app, "/us/ca", &[]).await;
    assert_eq!(
        status(&page, "test-night-la"),
        "Open now · until Wednesday 2:00 AM (Pacific Time)"
    );
    app.clock.set(local(la, tue, 23, 0) + Duration::hours(2));
    let (page, _) = page_with(&app, "/us/ca", &[]).await;
    assert_eq!(
        status(&page, "test-night-la"),
        "Open now · until 2:00 AM (Pacific Time)"
    );
    app.clock.set(local(la, tue, 23, 0) + Duration::hours(4));
    let (page, _) = page_with(&app, "/us/ca", &[]).await;
    let night = status(&page, "test-night-la");
    assert!(
        night.starts_with("Closed · opens 6:00 PM (Pacific Time)"),
        "{night}"
    );
    assert!(
        night.contains("is open now"),
        "says what to use instead: {night}"
    );
    let ids = page.resource_ids();
    let at = |id: &str| ids.iter().position(|i| i == id).unwrap();
    assert!(at("test-night-la") > at("988-lifeline"), "{ids:?}");
}

#[tokio::test]
async fn a_half_hour_zone_reads_its_own_local_time() {
    let app = app_with_planted_hours().await;
    let kolkata: Tz = "Asia/Kolkata".parse().unwrap();
    let day = next(Weekday::Mon);
    app.clock.set(local(kolkata, day, 10, 5));
    let (page, _) = page_with(&app, "/in?lang=en", &[]).await;
    assert_eq!(
        status(&page, "test-day-in"),
        "Open now · until 8:00 PM (India Standard Time)"
    );
    app.clock.set(local(kolkata, day, 9, 45));
    let (page, _) = page_with(&app, "/in?lang=fr", &[]).await;
    let fr = status(&page, "test-day-in");
    assert!(fr.contains("10:00") && fr.contains("Inde"), "{fr}");
}

#[tokio::test]
async fn a_closed_line_points_to_an_open_line_of_the_same_kind_or_to_the_emergency_number() {
    let dir = data_copy();
    let path = dir.path().join("resources.csv");
    let mut csv = std::fs::read_to_string(&path).unwrap();
    let verified = test_now().date_naive();
    for (id, topics, n) in [
        ("test-overdose-night", "overdose", 0),
        ("test-lgbtq-night", "lgbtq peer-support crisis", 1),
        ("test-crisis-night", "crisis", 2),
    ] {
        csv.push_str(&format!(
            "{id},Test {id},Test {id},,US-CA,{topics},+1800555010{n},,,,,https://example.org/{id},,\
             Mo-Su 18:00-02:00,America/Los_Angeles,en,free,50,A planted line.,{verified},https://example.org/{id},,,,,\n"
        ));
    }
    std::fs::write(&path, csv).unwrap();
    let app = spawn_app_with(|s| s.data_dir = dir.path().to_path_buf()).await;
    let la: Tz = "America/Los_Angeles".parse().unwrap();
    // Saturday noon: the planted lines and Trans Lifeline (weekdays) are closed.
    app.clock.set(local(la, next(Weekday::Sat), 12, 0));
    let (page, _) = page_with(&app, "/us/ca", &[]).await;

    // An overdose line names an open overdose line, never the suicide line listed first.
    let overdose = status(&page, "test-overdose-night");
    assert!(
        overdose.contains("While it is closed, Never Use Alone is open now.")
            || overdose.contains("While it is closed, Poison Help is open now."),
        "{overdose}"
    );
    // An LGBTQ+ line for everyone has no open peer on the page but a youth line; it gives the
    // emergency sentence rather than send adults to a youth line.
    assert_eq!(
        status(&page, "test-lgbtq-night"),
        "Closed · opens 6:00 PM (Pacific Time) While it is closed: if you are in danger, call the emergency number."
    );
    // A general crisis line names the first open general line, 988.
    assert!(
        status(&page, "test-crisis-night")
            .ends_with("While it is closed, 988 Lifeline is open now."),
        "{}",
        status(&page, "test-crisis-night")
    );

    // The same choices in Spanish and French.
    let (es, _) = page_with(&app, "/us/ca?lang=es", &[]).await;
    assert!(
        status(&es, "test-lgbtq-night")
            .ends_with("Mientras tanto, si estás en peligro, llama al número de emergencias."),
        "{}",
        status(&es, "test-lgbtq-night")
    );
    assert!(
        status(&es, "test-crisis-night")
            .ends_with("Mientras tanto, 988 Lifeline está disponible ahora."),
        "{}",
        status(&es, "test-crisis-night")
    );
    let (fr, _) = page_with(&app, "/us/ca?lang=fr", &[]).await;
    assert!(
        status(&fr, "test-crisis-night")
            .ends_with("En attendant, 988 Lifeline est disponible maintenant."),
        "{}",
        status(&fr, "test-crisis-night")
    );
    std::mem::forget(dir);
}

#[tokio::test]
async fn the_988_listing_says_what_to_expect_folded_with_a_source_per_note() {
    let app = spawn_app().await;
    for (lang, heading) in [
        ("en", "What to expect when you call or text"),
        ("es", "Qué esperar cuando llamas o escribes"),
        ("fr", "À quoi s’attendre quand vous appelez ou écrivez"),
    ] {
        let (page, _) = page_with(&app, &format!("/us/ca?lang={lang}"), &[]).await;
        let summary = page.texts("[id='988-lifeline'] details.expect summary");
        assert_eq!(summary, [heading], "{lang}");
        let notes = page.texts("[id='988-lifeline'] details.expect li");
        assert_eq!(notes.len(), 3, "{lang}: {notes:?}");
        let sources = page.attrs("[id='988-lifeline'] details.expect li a.source", "href");
        assert_eq!(sources.len(), 3, "{lang}");
        assert!(
            sources.iter().all(|s| s.contains(".gov/")),
            "government pages about the line: {sources:?}"
        );
        // A translation no native speaker has read says so; the English needs no such note.
        let marked = page.texts("[id='988-lifeline'] details.expect .meta").len();
        assert_eq!(marked, usize::from(lang != "en"), "{lang}");
        // Who answers comes first, then when they may send emergency services.
        assert!(notes[1].contains("911"), "{lang}: {notes:?}");
    }
    // A line without a sourced note has none.
    let (page, _) = page_with(&app, "/us/ca", &[]).await;
    assert!(page.texts("#never-use-alone details.expect").is_empty());
}

#[tokio::test]
async fn the_card_and_the_embed_carry_the_steps_of_the_topic_chosen() {
    let app = spawn_app().await;
    for lang in ["en", "es", "fr"] {
        let page = app
            .page(&format!("/us/ca/card?topic=overdose&lang={lang}"))
            .await;
        let titles = page.texts(".card-steps h2");
        assert_eq!(titles.len(), 1, "{lang}: {}", page.html);
        let full = app
            .page(&format!("/us/ca?topic=overdose&lang={lang}"))
            .await;
        assert_eq!(titles, full.texts(".steps h2"), "{lang}");
        // The same steps as the page, each naming its source on paper.
        assert_eq!(
            page.texts(".card-steps li").len(),
            full.texts(".steps li").len(),
            "{lang}"
        );
        assert!(page
            .texts(".card-steps li small")
            .iter()
            .all(|s| s.starts_with('(')));
        assert_eq!(page.texts(".card-steps .law").len(), 1, "{lang}");

        let embed = app
            .page(&format!("/embed/us/ca?topic=psychedelic&lang={lang}"))
            .await;
        assert_eq!(
            embed.texts("details.steps summary"),
            app.page(&format!("/us/ca?topic=psychedelic&lang={lang}"))
                .await
                .texts(".steps h2"),
            "{lang}"
        );
        // Links in the embed leave the frame.
        for target in embed.attrs("details.steps a.source", "target") {
            assert_eq!(target, "_blank");
        }
    }
    // With no topic chosen, neither carries steps.
    assert!(app
        .page("/us/ca/card")
        .await
        .texts(".card-steps")
        .is_empty());
    assert!(app
        .page("/embed/us/ca")
        .await
        .texts("details.steps")
        .is_empty());
}

#[tokio::test]
async fn a_country_whose_laws_differ_by_state_links_the_states_with_a_sourced_law() {
    let app = spawn_app().await;
    let page = app.page("/us?topic=overdose&lang=es").await;
    let links = page.attrs(".steps .law a", "href");
    assert!(
        links.contains(&"/us/ca?topic=overdose&lang=es".to_string()),
        "{links:?}"
    );
    // Each link leads to a page that names that state's law.
    let ny = app.page("/us/ny?topic=overdose&lang=es").await;
    assert!(ny.texts(".steps .law")[0].contains("Nueva York"));
}

#[tokio::test]
async fn every_region_page_reaches_each_guide_in_one_tap() {
    let app = spawn_app().await;
    for path in ["/jp", "/de", "/br", "/us/wy", "/gb/sct", "/kr"] {
        let page = app.page(path).await;
        let links = page.attrs(".choices a", "href");
        for topic in ["psychedelic", "overdose", "suicide"] {
            let href = format!("{path}?topic={topic}");
            assert!(
                links.iter().any(|l| l.starts_with(&href)),
                "{path}: no choice for {topic}: {links:?}"
            );
            let chosen = app.page(&href).await;
            assert!(!chosen.texts(".steps li").is_empty(), "{href}: no steps");
            // The emergency number still comes first.
            let html = &chosen.html;
            assert!(
                html.find("class=\"emergency").unwrap() < html.find("class=\"steps").unwrap(),
                "{href}"
            );
        }
    }
}

#[tokio::test]
async fn a_person_who_cannot_speak_sees_how_to_reach_the_emergency_services_without_a_call() {
    let app = spawn_app().await;
    // The UK: text 999 only after registering, with a one-tap link that registers; Relay UK.
    let gb = app.page("/gb").await;
    assert_eq!(gb.texts("p.ways"), ["If you cannot speak or hear:"]);
    let hrefs = gb.attrs("ul.ways a", "href");
    assert!(hrefs.contains(&"sms:999".to_string()), "{hrefs:?}");
    assert!(
        hrefs.contains(&"sms:999?body=REGISTER".to_string()),
        "{hrefs:?}"
    );
    assert!(hrefs.contains(&"tel:18000".to_string()), "{hrefs:?}");
    assert!(gb.texts("ul.ways li")[0].contains("register first: text REGISTER to 999"));
    // The US: texting 911 works only where the local centre takes texts, and the page says so.
    for (lang, caveat) in [
        ("en", "Not every area accepts texts yet"),
        ("es", "Todavía no todas las zonas aceptan mensajes"),
        ("fr", "Les SMS ne sont pas encore acceptés partout"),
    ] {
        let us = app.page(&format!("/us/ca?lang={lang}")).await;
        let ways = us.texts("ul.ways li");
        assert_eq!(ways.len(), 1, "{lang}: {ways:?}");
        assert!(ways[0].contains(caveat), "{lang}: {ways:?}");
    }
    // Australia: a textphone number, and no promise of SMS.
    let au = app.page("/au").await;
    assert_eq!(au.attrs("ul.ways a", "href"), ["tel:106"]);
    assert!(au.texts("ul.ways li")[0].contains("do not work in Australia"));
    // A country with no such way shows nothing of the kind.
    assert!(app.page("/jp").await.texts("ul.ways").is_empty());
}

#[tokio::test]
async fn a_line_is_called_by_the_name_its_operator_uses_in_the_page_language() {
    let app = spawn_app().await;
    let (qc, _) = page_with(&app, "/ca/qc", &[]).await;
    assert_eq!(qc.texts("#kids-help-phone h3"), ["Jeunesse, J’écoute"]);
    let (es, _) = page_with(&app, "/us?lang=es", &[]).await;
    assert_eq!(
        es.texts("#veterans-crisis-line h3"),
        ["Línea de Crisis para Veteranos"]
    );
    // In English, and where the operator gives no such name, the row's own.
    let (en, _) = page_with(&app, "/ca?lang=en", &[]).await;
    assert_eq!(en.texts("#kids-help-phone h3"), ["Kids Help Phone"]);
    let (de, _) = page_with(&app, "/ca?lang=de", &[]).await;
    assert_eq!(de.texts("#kids-help-phone h3"), ["Kids Help Phone"]);
}
