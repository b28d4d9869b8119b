//! The SMS gateway through HTTP: `/sms/reply`, Twilio's `/sms/twilio` with and without a
//! signing token, the limits on what a client sends, and the `/sms` page.

use crate::helpers::{logged, spawn_app, spawn_app_with, TestApp};
use base64::Engine;
use hmac::{Hmac, Mac};
use lifelines::config::Secret;
use lifelines::domain::UiLanguage;
use lifelines::sms::gsm7;

const US_NUMBER: &str = "+14155550100";
const TOKEN: &str = "test-auth-token";
const WEBHOOK: &str = "https://help.example.org/sms/twilio";

/// A form body, encoded as a browser or Twilio would.
fn form(params: &[(&str, &str)]) -> String {
    let mut s = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in params {
        s.append_pair(k, v);
    }
    s.finish()
}

/// Twilio's signature, computed here independently of the crate's own implementation.
fn twilio_signature(token: &str, url: &str, params: &[(&str, &str)]) -> String {
    let mut sorted = params.to_vec();
    sorted.sort();
    let mut data = url.to_string();
    for (k, v) in sorted {
        data.push_str(k);
        data.push_str(v);
    }
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(token.as_bytes()).unwrap();
    mac.update(data.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// What the endpoints answered: status, content type and body.
struct Answer {
    status: u16,
    content_type: String,
    retry_after: Option<String>,
    body: String,
}

async fn answer(res: reqwest::Response) -> Answer {
    let header = |name: &str| {
        res.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let content_type = header("content-type").unwrap_or_default();
    let retry_after = header("retry-after");
    Answer {
        status: res.status().as_u16(),
        content_type,
        retry_after,
        body: res.text().await.unwrap(),
    }
}

impl TestApp {
    /// `POST path` with a raw body, its content type and extra headers.
    async fn post_raw(
        &self,
        path: &str,
        content_type: &str,
        body: impl Into<reqwest::Body>,
        headers: &[(&str, &str)],
    ) -> Answer {
        let mut req = self
            .client
            .post(format!("{}{}", self.address, path))
            .header("Content-Type", content_type)
            .body(body);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        answer(req.send().await.expect("request sent")).await
    }

    /// `POST /sms/reply` with form parameters.
    async fn sms_reply(&self, params: &[(&str, &str)]) -> Answer {
        self.post_raw(
            "/sms/reply",
            "application/x-www-form-urlencoded",
            form(params),
            &[],
        )
        .await
    }

    /// `GET /sms/reply?query`.
    async fn sms_reply_get(&self, query: &str) -> Answer {
        answer(self.get(&format!("/sms/reply?{query}")).await).await
    }

    /// `POST /sms/twilio` with form parameters and, when given, a signature header.
    async fn twilio(&self, params: &[(&str, &str)], signature: Option<&str>) -> Answer {
        self.twilio_at("/sms/twilio", params, signature).await
    }

    /// `POST path` (the webhook, perhaps with a query string) as Twilio would.
    async fn twilio_at(
        &self,
        path: &str,
        params: &[(&str, &str)],
        signature: Option<&str>,
    ) -> Answer {
        let headers: Vec<(&str, &str)> = signature
            .map(|s| vec![("X-Twilio-Signature", s)])
            .unwrap_or_default();
        self.post_raw(
            path,
            "application/x-www-form-urlencoded",
            form(params),
            &headers,
        )
        .await
    }
}

/// A Twilio request as Twilio sends one.
fn twilio_params<'a>(body: &'a str, from: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("ToCountry", "US"),
        ("SmsMessageSid", "SM0123456789abcdef0123456789abcdef"),
        ("NumMedia", "0"),
        ("FromCountry", "US"),
        ("FromState", "CA"),
        ("Body", body),
        ("From", from),
        ("To", "+15005550006"),
        ("MessageSid", "SM0123456789abcdef0123456789abcdef"),
        ("AccountSid", "AC0123456789abcdef0123456789abcdef"),
        ("ApiVersion", "2010-04-01"),
    ]
}

/// The text of a TwiML `<Message>`, unescaped; panics unless the body is a TwiML reply.
fn twiml_message(body: &str) -> String {
    let inner = body
        .trim()
        .strip_prefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .and_then(|b| b.trim().strip_prefix("<Response><Message>"))
        .and_then(|b| b.strip_suffix("</Message></Response>"))
        .unwrap_or_else(|| panic!("not a TwiML message: {body}"));
    assert!(
        !inner.contains('<') && !inner.contains('>'),
        "unescaped markup: {inner}"
    );
    inner
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#38;", "&")
        .replace("&amp;", "&")
}

/// Whether a reply fits two SMS segments: 306 GSM-7 characters or 134 UCS-2 code units.
fn fits_two_segments(text: &str) -> bool {
    let limit = match gsm7::encoding(text) {
        gsm7::Encoding::Gsm7 => 306,
        gsm7::Encoding::Ucs2 => 134,
    };
    gsm7::units(text) <= limit && gsm7::segments(text) <= 2
}

#[tokio::test]
async fn a_zip_code_answers_911_then_988_within_306_characters() {
    let app = spawn_app().await;
    let a = app.sms_reply(&[("text", "90210")]).await;
    assert_eq!(a.status, 200);
    assert_eq!(a.content_type, "text/plain; charset=utf-8");
    let lines: Vec<&str> = a.body.lines().collect();
    assert!(lines[0].contains("911"), "{}", a.body);
    assert!(lines[1].contains("988"), "{}", a.body);
    assert!(a.body.chars().count() <= 306, "{}", a.body);
    assert!(fits_two_segments(&a.body));
}

#[tokio::test]
async fn ayuda_from_a_us_number_answers_in_spanish() {
    let app = spawn_app().await;
    // `+` must be %2B in a query string; a bare `+` (read as a space) is accepted too.
    for query in [
        "text=ayuda&from=%2B14155550100",
        "text=AYUDA&from=+14155550100",
    ] {
        let a = app.sms_reply_get(query).await;
        assert_eq!(a.status, 200, "{query}");
        assert!(
            a.body.starts_with("California. Emergencias: 911\n"),
            "{}",
            a.body
        );
        assert!(a.body.contains("SMS AYUDA al 988"), "{}", a.body);
        assert!(a.body.contains("Pueden aplicarse tarifas"), "{}", a.body);
        // It says what the service is: numbers sent automatically, no counsellor.
        assert!(a.body.contains("No es consejeria."), "{}", a.body);
        assert!(fits_two_segments(&a.body));
    }
}

#[tokio::test]
async fn a_canadian_postal_code_answers_911_and_988_canada() {
    let app = spawn_app().await;
    let a = app.sms_reply_get("text=M5V%202T6").await;
    assert_eq!(a.status, 200);
    assert!(
        a.body.starts_with("Ontario. Emergency: 911\n"),
        "{}",
        a.body
    );
    assert!(
        a.body.contains("9-8-8 Canada: call or text 988"),
        "{}",
        a.body
    );
    assert!(fits_two_segments(&a.body));
}

#[tokio::test]
async fn stop_answers_a_confirmation_and_no_list() {
    let app = spawn_app().await;
    for text in ["STOP", "stop", "Unsubscribe", "ARRÊT", "stopall"] {
        let a = app.sms_reply(&[("text", text), ("from", US_NUMBER)]).await;
        assert_eq!(a.status, 200, "{text}");
        assert_eq!(a.body.lines().count(), 1, "{text}: {}", a.body);
        assert!(a.body.contains("START"), "{text}: {}", a.body);
        assert!(
            !a.body.contains("911") && !a.body.contains("988"),
            "{}",
            a.body
        );
    }
}

#[tokio::test]
async fn the_region_comes_from_country_when_the_text_names_none() {
    let app = spawn_app().await;
    let a = app.sms_reply(&[("text", "hello"), ("country", "GB")]).await;
    assert!(
        a.body.starts_with("United Kingdom. Emergency: 999"),
        "{}",
        a.body
    );
    let a = app
        .sms_reply(&[("text", "overdose"), ("country", "US-MA")])
        .await;
    assert!(
        a.body.starts_with("Massachusetts. Emergency: 911"),
        "{}",
        a.body
    );
    assert!(a.body.contains("MA Overdose Helpline"), "{}", a.body);
}

#[tokio::test]
async fn twilio_gets_twiml_with_the_same_reply_xml_escaped() {
    let app = spawn_app().await;
    // HELP's "Msg&data" has an ampersand to escape.
    let a = app.twilio(&twilio_params("HELP", US_NUMBER), None).await;
    assert_eq!(a.status, 200, "{}", a.body);
    assert_eq!(a.content_type, "text/xml; charset=utf-8");
    assert!(
        a.body.contains("Msg&#38;data rates may apply") || a.body.contains("Msg&amp;data"),
        "{}",
        a.body
    );
    let message = twiml_message(&a.body);
    let plain = app
        .sms_reply(&[("text", "HELP"), ("from", US_NUMBER)])
        .await;
    assert_eq!(message, plain.body);
    assert!(
        message.starts_with("California. Emergency: 911\n988 Lifeline"),
        "{message}"
    );

    // The gateway's FromCountry/FromState place a sender the text does not.
    let params = [
        ("Body", "hello"),
        ("FromCountry", "US"),
        ("FromState", "NY"),
    ];
    let a = app.twilio(&params, None).await;
    assert!(
        twiml_message(&a.body).starts_with("New York. Emergency: 911"),
        "{}",
        a.body
    );

    // Markup in the body is text, and never echoed.
    let a = app
        .twilio(
            &twilio_params("</Message><Redirect>x</Redirect> ontario", US_NUMBER),
            None,
        )
        .await;
    assert_eq!(a.status, 200);
    let message = twiml_message(&a.body);
    assert!(message.starts_with("Ontario. Emergency: 911"), "{message}");
    assert!(!a.body.contains("Redirect"), "{}", a.body);
}

async fn signed_app() -> TestApp {
    spawn_app_with(|s| {
        s.sms.auth_token = Some(Secret::new(TOKEN));
        s.sms.public_url = Some(WEBHOOK.into());
    })
    .await
}

#[tokio::test]
async fn with_a_token_a_missing_or_wrong_signature_gets_403_and_no_reply() {
    let app = signed_app().await;
    let params = twilio_params("90210", US_NUMBER);
    let good = twilio_signature(TOKEN, WEBHOOK, &params);
    let wrong_token = twilio_signature("another-token", WEBHOOK, &params);
    let wrong_url = twilio_signature(TOKEN, "https://help.example.org/sms/reply", &params);
    for signature in [
        None,
        Some(""),
        Some("garbage"),
        Some(&wrong_token[..]),
        Some(&wrong_url[..]),
    ] {
        let a = app.twilio(&params, signature).await;
        assert_eq!(a.status, 403, "{signature:?}");
        assert!(
            !a.body.contains("911") && !a.body.contains("<Message>"),
            "{}",
            a.body
        );
    }
    let a = app.twilio(&params, Some(&good)).await;
    assert_eq!(a.status, 200, "{}", a.body);
    assert!(twiml_message(&a.body).starts_with("California. Emergency: 911"));
}

#[tokio::test]
async fn the_signature_covers_every_parameter_twilio_sends() {
    let app = signed_app().await;
    let params = twilio_params("90210", US_NUMBER);
    let good = twilio_signature(TOKEN, WEBHOOK, &params);
    // A parameter added after signing (Twilio adds new ones without notice; so could anyone).
    let mut added = params.clone();
    added.push(("NewField", "1"));
    assert_eq!(app.twilio(&added, Some(&good)).await.status, 403);
    // A changed body.
    let changed = twilio_params("10001", US_NUMBER);
    assert_eq!(app.twilio(&changed, Some(&good)).await.status, 403);
    // A dropped parameter.
    assert_eq!(app.twilio(&params[1..], Some(&good)).await.status, 403);
    // The URL with the default port made explicit is the same URL.
    let with_port = twilio_signature(TOKEN, "https://help.example.org:443/sms/twilio", &params);
    assert_eq!(app.twilio(&params, Some(&with_port)).await.status, 200);
}

#[tokio::test]
async fn a_query_string_on_the_webhook_is_signed_as_part_of_the_url() {
    let app = signed_app().await;
    let params = twilio_params("90210", US_NUMBER);
    let with_query = format!("{WEBHOOK}?org=7");
    let good = twilio_signature(TOKEN, &with_query, &params);
    let a = app
        .twilio_at("/sms/twilio?org=7", &params, Some(&good))
        .await;
    assert_eq!(a.status, 200, "{}", a.body);
    // Signed without the query string: not the URL Twilio requested.
    let without = twilio_signature(TOKEN, WEBHOOK, &params);
    let a = app
        .twilio_at("/sms/twilio?org=7", &params, Some(&without))
        .await;
    assert_eq!(a.status, 403);
    // A number set to use GET: the parameters are in the signed URL, none are appended.
    let query = form(&[("Body", "M5V 2T6"), ("From", US_NUMBER)]);
    let signature = twilio_signature(TOKEN, &format!("{WEBHOOK}?{query}"), &[]);
    let res = app
        .get_with(
            &format!("/sms/twilio?{query}"),
            &[("X-Twilio-Signature", &signature)],
        )
        .await;
    let a = answer(res).await;
    assert_eq!(a.status, 200, "{}", a.body);
    assert!(twiml_message(&a.body).starts_with("Ontario. Emergency: 911"));
}

#[tokio::test]
async fn the_documented_test_vector_passes_the_signature_check() {
    // Token 12345 and the documented URL and parameters give 0/KCTR6DLpKmkAf8muzZqo1nDgQ=.
    // The request then has no Body, so passing the signature shows as 400, not 403.
    let app = spawn_app_with(|s| {
        s.sms.auth_token = Some(Secret::new("12345"));
        s.sms.public_url = Some("https://mycompany.com/myapp.php?foo=1&bar=2".into());
    })
    .await;
    let params = [
        ("CallSid", "CA1234567890ABCDE"),
        ("Caller", "+12349013030"),
        ("Digits", "1234"),
        ("From", "+12349013030"),
        ("To", "+18005551212"),
    ];
    let a = app
        .twilio(&params, Some("0/KCTR6DLpKmkAf8muzZqo1nDgQ="))
        .await;
    assert_eq!(a.status, 400, "{}", a.body);
    let a = app
        .twilio(&params, Some("1/KCTR6DLpKmkAf8muzZqo1nDgQ="))
        .await;
    assert_eq!(a.status, 403);
}

#[tokio::test]
async fn a_body_over_the_limit_gets_413() {
    let app = spawn_app().await;
    let big = form(&[("text", &"a".repeat(40 * 1024))]);
    for path in ["/sms/reply", "/sms/twilio"] {
        let a = app
            .post_raw(path, "application/x-www-form-urlencoded", big.clone(), &[])
            .await;
        assert_eq!(a.status, 413, "{path}");
        assert!(!a.body.contains("Emergency"), "{}", a.body);
    }
}

#[tokio::test]
async fn malformed_requests_get_400_and_no_reply_text() {
    let app = spawn_app().await;
    let cases: &[(&str, &str, &str)] = &[
        ("/sms/reply", "application/x-www-form-urlencoded", ""),
        (
            "/sms/reply",
            "application/x-www-form-urlencoded",
            "from=%2B14155550100",
        ),
        (
            "/sms/reply",
            "application/x-www-form-urlencoded",
            "text=hi&from=4155550100",
        ),
        (
            "/sms/reply",
            "application/x-www-form-urlencoded",
            "text=hi&from=%2Bphone",
        ),
        (
            "/sms/reply",
            "application/x-www-form-urlencoded",
            "text=hi&country=Narnia",
        ),
        (
            "/sms/reply",
            "application/x-www-form-urlencoded",
            "text=hi&text=there",
        ),
        ("/sms/reply", "application/json", "{\"text\":\"90210\"}"),
        ("/sms/reply", "text/plain", "text=90210"),
        (
            "/sms/twilio",
            "application/x-www-form-urlencoded",
            "From=%2B14155550100",
        ),
        (
            "/sms/twilio",
            "application/x-www-form-urlencoded",
            "Body=a&Body=b",
        ),
        ("/sms/twilio", "application/json", "{\"Body\":\"90210\"}"),
    ];
    for (path, content_type, body) in cases {
        let a = app
            .post_raw(path, content_type, body.to_string(), &[])
            .await;
        assert_eq!(a.status, 400, "{path} {content_type} {body}");
        assert!(!a.body.contains("Emergency"), "{}", a.body);
    }
    // Bytes that are not UTF-8.
    let a = app
        .post_raw(
            "/sms/reply",
            "application/x-www-form-urlencoded",
            vec![b't', b'e', b'x', b't', b'=', 0xff, 0xfe],
            &[],
        )
        .await;
    assert_eq!(a.status, 400);
    // Twilio's rejections are TwiML that sends nothing.
    let a = app
        .post_raw(
            "/sms/twilio",
            "application/x-www-form-urlencoded",
            "To=1",
            &[],
        )
        .await;
    assert_eq!(a.status, 400);
    assert!(a.content_type.starts_with("text/xml"), "{}", a.content_type);
    assert!(a.body.contains("<Response/>"), "{}", a.body);
}

#[tokio::test]
async fn hostile_and_odd_texts_get_a_reply_that_fits_two_segments() {
    let app = spawn_app().await;
    let long = "x".repeat(1600);
    let emoji = "🆘".repeat(400);
    let texts = [
        "",
        "   ",
        long.as_str(),
        emoji.as_str(),
        "🙏 california 🙏",
        "'; DROP TABLE resources; --",
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
        "<script>alert('x')</script>",
        "%00%0d%0a\r\nSet-Cookie: a=b",
        "Québec ÉCOSSE méxico",
        "Punjab",
        "CA",
        "\u{202e}olleh\u{200b}",
    ];
    for (i, text) in texts.into_iter().enumerate() {
        let a = app.sms_reply(&[("text", text)]).await;
        assert_eq!(a.status, 200, "{text:?}");
        assert!(fits_two_segments(&a.body), "{text:?}: {}", a.body);
        assert!(
            !a.body.contains("script") && !a.body.contains("passwd"),
            "{}",
            a.body
        );
        // A sender per text, to stay under the per-sender limit.
        let from = format!("+1415555{i:04}");
        let t = app.twilio(&twilio_params(text, &from), None).await;
        assert_eq!(t.status, 200, "{text:?}");
        assert!(fits_two_segments(&twiml_message(&t.body)), "{text:?}");
    }
}

#[tokio::test]
async fn a_sender_over_the_rate_limit_gets_429_without_reply_text() {
    let app = spawn_app_with(|s| {
        s.sms.sender_burst = 2;
        s.sms.sender_per_hour = 1;
    })
    .await;
    for _ in 0..2 {
        let a = app
            .sms_reply(&[("text", "90210"), ("from", US_NUMBER)])
            .await;
        assert_eq!(a.status, 200);
    }
    let a = app
        .sms_reply(&[("text", "90210"), ("from", US_NUMBER)])
        .await;
    assert_eq!(a.status, 429);
    assert!(a.retry_after.is_some_and(|s| s.parse::<u64>().unwrap() > 0));
    assert!(!a.body.contains("911"), "{}", a.body);
    // The same number through Twilio is the same sender.
    let t = app.twilio(&twilio_params("90210", US_NUMBER), None).await;
    assert_eq!(t.status, 429);
    // Another sender is not limited.
    let a = app
        .sms_reply(&[("text", "90210"), ("from", "+14155550199")])
        .await;
    assert_eq!(a.status, 200);
}

#[tokio::test]
async fn a_peer_over_the_rate_limit_gets_429() {
    let app = spawn_app_with(|s| {
        s.sms.peer_burst = 3;
        s.sms.peer_per_minute = 1;
    })
    .await;
    let mut statuses = Vec::new();
    for _ in 0..4 {
        statuses.push(app.sms_reply(&[("text", "90210")]).await.status);
    }
    assert_eq!(statuses, [200, 200, 200, 429]);
    // Behind a trusted proxy (loopback), each client is its own peer.
    let a = app
        .post_raw(
            "/sms/reply",
            "application/x-www-form-urlencoded",
            "text=90210",
            &[("X-Forwarded-For", "192.0.2.55")],
        )
        .await;
    assert_eq!(a.status, 200);
}

#[tokio::test]
async fn neither_the_text_nor_the_sender_reaches_a_log() {
    let app = spawn_app().await;
    let body = "quokka-zebra california";
    let from = "+14155559876";
    app.sms_reply(&[("text", body), ("from", from)]).await;
    app.sms_reply_get("text=quokka-zebra&from=%2B14155559876")
        .await;
    app.twilio(&twilio_params(body, from), None).await;
    app.sms_reply(&[("text", "quokka-zebra"), ("from", "not-a-number")])
        .await;
    let logs = logged();
    assert!(
        logs.contains("/sms/reply") && logs.contains("/sms/twilio"),
        "{logs}"
    );
    // Timestamps never hold a run of seven digits, so the number's digits are distinctive.
    for secret in ["quokka", "zebra", "4155559876", "5559876", "not-a-number"] {
        assert!(!logs.contains(secret), "a log line contains {secret:?}");
    }
}

#[tokio::test]
async fn the_sms_page_shows_how_to_connect_with_examples_that_work() {
    let app = spawn_app().await;
    let page = app.page("/sms").await;
    let codes = page.texts("pre code");
    let samples = page.texts("pre samp");
    assert_eq!(codes.len(), samples.len());
    assert!(codes.len() >= 3, "{codes:?}");
    assert!(
        page.texts("code")
            .iter()
            .any(|c| c.ends_with("/sms/twilio")),
        "the webhook URL is shown"
    );
    // The first example is a curl command for this server; the reply shown is what it gets.
    let first = &codes[0];
    assert!(
        first.starts_with(&format!("curl -s {}/sms/reply ", app.address)),
        "{first}"
    );
    assert!(first.contains("text=90210"), "{first}");
    let live = app.sms_reply(&[("text", "90210")]).await;
    let fold = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(samples[0], fold(&live.body));
    // Without a token, the page says requests are not yet checked.
    assert!(
        page.text().contains("no auth token configured"),
        "{}",
        page.text()
    );
}

#[test]
fn check_names_a_bad_sms_table_row_by_file_line_and_column() {
    let dir = crate::helpers::data_copy();
    let zips = dir.path().join("us-zip-prefixes.csv");
    let text = std::fs::read_to_string(&zips).unwrap();
    let line = text.lines().position(|l| l == "902,US-CA").unwrap() + 1;
    std::fs::write(&zips, text.replace("902,US-CA", "902,US-XX")).unwrap();
    let areas = dir.path().join("nanp-area-codes.csv");
    let text = std::fs::read_to_string(&areas).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("# source:"))
        .collect();
    std::fs::write(&areas, kept.join("\n")).unwrap();
    let out = crate::helpers::lifelines()
        .arg("check")
        .arg(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(!out.status.success(), "{stdout}");
    assert!(
        stdout.contains(&format!(
            "us-zip-prefixes.csv:{line}:5: error: region: \"US-XX\" is not an ISO 3166-1 or 3166-2 code"
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains("nanp-area-codes.csv:1:1: error: no `# source:"),
        "{stdout}"
    );
    assert!(stdout.contains("2 errors"), "{stdout}");
}

/// How each reply language says "no such line here" (`sms-topic-none`), in words that folding
/// to GSM-7 leaves alone.
const NO_LINE: [&str; 3] = ["line found for", "No encontramos una", "Aucune ligne"];

#[tokio::test]
async fn a_text_whose_place_is_not_understood_never_hears_there_is_no_line() {
    let app = spawn_app().await;
    // No place and nothing known of the sender, or a place not understood, in each language.
    for (text, ask) in [
        // Atlantis is a town in South Africa (places.csv); Mordor is nowhere.
        ("im in crisis in mordor", "Text a place"),
        ("i want to die", "Text a place"),
        ("estoy en crisis", "Envia tu estado, provincia o pais"),
        (
            "quiero morir en narnia",
            "Envia tu estado, provincia o pais",
        ),
        ("je veux mourir", "Envoyez votre province ou pays"),
        (
            "je suis en crise a gondor",
            "Envoyez votre province ou pays",
        ),
    ] {
        let a = app.sms_reply(&[("text", text)]).await;
        assert_eq!(a.status, 200, "{text}");
        for no in NO_LINE {
            assert!(!a.body.contains(no), "{text}: {}", a.body);
        }
        assert!(a.body.contains(ask), "{text}: {}", a.body);
        assert!(a.body.contains("findahelpline.com"), "{text}: {}", a.body);
        // TripSit is a psychedelic peer-support chat, not a suicide or crisis line.
        assert!(!a.body.contains("TripSit"), "{text}: {}", a.body);
        assert!(fits_two_segments(&a.body), "{text}: {}", a.body);
    }
}

#[tokio::test]
async fn a_text_with_no_place_gets_the_lines_of_the_senders_country() {
    let app = spawn_app().await;
    for (from, line) in [("+447700900123", "116 123"), ("+12125550123", "988")] {
        let a = app
            .sms_reply(&[("text", "i want to die"), ("from", from)])
            .await;
        assert!(a.body.contains(line), "{from}: {}", a.body);
        for no in NO_LINE {
            assert!(!a.body.contains(no), "{from}: {}", a.body);
        }
    }
}

#[tokio::test]
async fn a_named_region_with_no_such_line_says_so_with_the_nearest_help() {
    let app = spawn_app().await;
    // A country the data knows (its emergency number) with no suicide or crisis line of its own.
    let edition = app.publisher.edition();
    let snapshot = edition.snapshot();
    let now = crate::helpers::test_now();
    let country = snapshot
        .emergency_numbers()
        .map(|e| e.country)
        .filter(|cc| {
            let listing = snapshot.listing(
                Some(lifelines::domain::Region::Country(*cc)),
                &[lifelines::domain::Topic::Suicide],
                now,
            );
            !listing.resources.iter().any(|(_, r)| !r.is_worldwide())
        })
        .min_by_key(|cc| cc.as_str().to_string())
        .expect("a country with no suicide line");
    let code = country.as_str();
    for (text, no, lang) in [
        (format!("suicide {code}"), NO_LINE[0], UiLanguage::En),
        (format!("suicidio {code}"), NO_LINE[1], UiLanguage::Es),
        (format!("suicide {code} aide"), NO_LINE[2], UiLanguage::Fr),
    ] {
        let a = app.sms_reply(&[("text", &text)]).await;
        let first = a.body.lines().next().unwrap_or_default();
        // Named in the reply's language (folded to GSM-7 where the whole reply can be).
        let name = lifelines::i18n::country_name(country, lang);
        assert!(
            first.contains(&name) || first.contains(&gsm7::fold(&name)),
            "{text}: {}",
            a.body
        );
        assert!(a.body.contains(no), "{text}: {}", a.body);
        // Then the nearest help: the country's other lines, or the directory where it has none.
        let lines: Vec<&str> = a.body.lines().collect();
        assert!(
            lines.len() >= 3 && lines[2].contains(':'),
            "{text}: {}",
            a.body
        );
    }
}

#[tokio::test]
async fn a_region_with_its_own_crisis_line_does_not_list_the_directory() {
    let app = spawn_app().await;
    let a = app.sms_reply(&[("text", "suicide california")]).await;
    assert!(a.body.contains("988"), "{}", a.body);
    assert!(!a.body.contains("findahelpline"), "{}", a.body);
    let page = app.page("/us/ca").await;
    assert!(!page.resource_ids().contains(&"find-a-helpline".to_string()));
    // Loopback is in no GeoIP range: `/` is the worldwide list.
    let world = app.page("/").await;
    let ids = world.resource_ids();
    assert_eq!(
        ids.first().map(String::as_str),
        Some("find-a-helpline"),
        "{ids:?}"
    );
}

#[tokio::test]
async fn the_emergency_line_names_each_service_where_one_number_does_not_reach_all() {
    let app = spawn_app().await;
    let a = app.sms_reply(&[("text", "japan")]).await;
    let first = a.body.lines().next().unwrap();
    assert_eq!(
        first,
        "Japan. Emergency: 119 (ambulance and fire), 110 (police)"
    );
    let a = app.sms_reply(&[("text", "estoy en japon")]).await;
    assert!(
        a.body
            .contains("119 (ambulancia y bomberos), 110 (policía)"),
        "{}",
        a.body
    );
    // One number for every service needs no label.
    let a = app.sms_reply(&[("text", "UK")]).await;
    assert!(
        a.body.starts_with("United Kingdom. Emergency: 999\n"),
        "{}",
        a.body
    );
}

/// The SMS form of `guide`'s step `n` in `lang`, from the repository's data, as a reply folds
/// it to GSM-7.
fn short_step(lang: &str, guide: &str, n: u32, emergency: &str) -> String {
    let path = crate::helpers::repo_data().join(format!("text-{lang}.csv"));
    let mut csv = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .from_path(path)
        .unwrap();
    let item = format!("guide/{guide}/{n}");
    let row = csv
        .records()
        .map(Result::unwrap)
        .find(|r| r[0] == *item && &r[1] == "short")
        .unwrap_or_else(|| panic!("{item} has a short form in {lang}"));
    gsm7::fold(&row[2].replace("{emergency}", emergency))
}

/// Whether `line` is a line to reach a resource: `Short name: how` (`Short name : how` in French).
fn is_resource_line(line: &str) -> bool {
    short_names().iter().any(|n| {
        line.strip_prefix(n.as_str())
            .is_some_and(|rest| rest.trim_start().starts_with(": "))
    })
}

/// The short names of the repository's resources, as reply lines begin.
fn short_names() -> Vec<String> {
    let path = crate::helpers::repo_data().join("resources.csv");
    let mut csv = csv::Reader::from_path(path).unwrap();
    let at = csv
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "short_name")
        .unwrap();
    csv.records().map(|r| gsm7::fold(&r.unwrap()[at])).collect()
}

#[tokio::test]
async fn a_text_naming_an_overdose_a_hard_trip_or_heat_gets_two_steps_before_the_lines() {
    let app = spawn_app().await;
    for (lang, text, guide, steps, emergency) in [
        ("en", "overdose 90210", "overdose", [2, 3], "911"),
        ("es", "sobredosis en california", "overdose", [2, 3], "911"),
        ("fr", "surdose quebec", "overdose", [2, 3], "911"),
        ("en", "bad trip japan", "hard-trip", [1, 5], "119"),
        ("es", "mal viaje en japon", "hard-trip", [1, 5], "119"),
        ("en", "too hot in california", "heat-water", [2, 5], "911"),
        (
            "es",
            "golpe de calor en california",
            "heat-water",
            [2, 5],
            "911",
        ),
        ("fr", "coup de chaleur quebec", "heat-water", [2, 5], "911"),
    ] {
        let a = app.sms_reply(&[("text", text)]).await;
        assert!(fits_two_segments(&a.body), "{text}: {}", a.body);
        let lines: Vec<&str> = a.body.lines().collect();
        assert!(lines[0].contains(emergency), "{text}: {}", a.body);
        assert_eq!(
            lines[1..3],
            [
                short_step(lang, guide, steps[0], emergency),
                short_step(lang, guide, steps[1], emergency)
            ],
            "{text}: {}",
            a.body
        );
        // At least one line to reach follows.
        assert!(
            lines[3..].iter().any(|l| is_resource_line(l)),
            "{text}: {}",
            a.body
        );
    }
    // A text with no situation word gets no steps.
    let a = app.sms_reply(&[("text", "90210")]).await;
    assert!(
        a.body.lines().nth(1).unwrap().starts_with("988"),
        "{}",
        a.body
    );
}

#[tokio::test]
async fn with_one_segment_the_steps_give_way_to_a_line_to_reach() {
    let app = spawn_app_with(|s| s.sms.segments = 1).await;
    for text in [
        "overdose 90210",
        "bad trip japan",
        "sobredosis en california",
    ] {
        let a = app.sms_reply(&[("text", text)]).await;
        assert!(gsm7::segments(&a.body) <= 1, "{text}: {}", a.body);
        let lines: Vec<&str> = a.body.lines().collect();
        assert!(lines.len() >= 2, "{text}: {}", a.body);
        // The last line is one of the lines to reach, never a step alone.
        let last = lines.last().unwrap();
        assert!(is_resource_line(last), "{text}: {}", a.body);
    }
}

#[tokio::test]
async fn places_are_named_in_the_replys_language() {
    let app = spawn_app().await;
    // (text, sender, the reply's first line, a line further on)
    let cases: &[(&str, Option<&str>, &str, Option<&str>)] = &[
        // Countries by CLDR, as the pages name them.
        ("españa", None, "España. Emergencias: 112", None),
        (
            "suicidio",
            Some("+447700900123"),
            "Reino Unido. Emergencias: 999",
            Some("¿No estas en Reino Unido? Envia tu estado, provincia o pais."),
        ),
        // States and provinces by the project's own names or Debian iso-codes'.
        (
            "estoy en texas",
            None,
            "Texas. Emergencias: 911",
            Some("988 Lifeline: llamada o SMS al 988"),
        ),
        (
            "new york",
            Some("+525512345678"),
            "Nueva York. Emergencias: 911",
            None,
        ),
        (
            "suicidio",
            Some("+12125550123"),
            "Nueva York. Emergencias: 911",
            Some("¿No estas en Nueva York?"),
        ),
        (
            "quebec",
            Some("+15145550100"),
            "Québec. Urgence : 911",
            None,
        ),
        ("californie", None, "Californie. Urgence : 911", None),
        ("scotland crisis", None, "Scotland. Emergency: 999", None),
        // Where a name could be several places, each country in the reply's language.
        (
            "punjab",
            Some("+33612345678"),
            "Inde. Urgence : 112",
            Some("Plusieurs lieux s'appellent Penjab. Envoyez IN-PB (Inde), PK-PB (Pakistan)."),
        ),
    ];
    for (text, from, first, further) in cases {
        let mut form = vec![("text", *text)];
        form.extend(from.map(|f| ("from", f)));
        let a = app.sms_reply(&form).await;
        assert_eq!(a.status, 200, "{text}");
        assert_eq!(
            a.body.lines().next(),
            Some(*first),
            "{text} {from:?}: {}",
            a.body
        );
        if let Some(further) = further {
            assert!(a.body.contains(further), "{text} {from:?}: {}", a.body);
        }
        assert!(!a.body.contains("United States"), "{text}: {}", a.body);
        assert!(fits_two_segments(&a.body), "{text}: {}", a.body);
    }
}

#[tokio::test]
async fn help_says_in_each_language_that_numbers_come_automatically_and_no_counsellor_answers() {
    let app = spawn_app().await;
    for (text, from, says) in [
        (
            "help",
            "+14155550100",
            "lifelines: free crisis line numbers, sent automatically. Not a counsellor.",
        ),
        (
            "ayuda",
            "+525512345678",
            "lifelines: envio automatico y gratis de numeros de lineas de crisis. No es consejeria.",
        ),
        (
            "ayuda",
            "+14155550100",
            "lifelines: envio automatico y gratis de numeros de lineas de crisis. No es consejeria.",
        ),
        (
            "aide",
            "+15145550100",
            "lifelines : envoi automatique de numéros d'aide, gratuit. Pas un service d'écoute.",
        ),
        (
            "aide",
            "+33612345678",
            "lifelines : envoi automatique de numéros d'aide, gratuit. Pas un service d'écoute.",
        ),
    ] {
        let a = app.sms_reply(&[("text", text), ("from", from)]).await;
        assert_eq!(a.status, 200);
        assert!(a.body.lines().any(|l| l == says), "{text} {from}: {}", a.body);
        // What carriers require stays within the two segments: how to ask, rates, opt-out.
        assert_eq!(a.body.lines().count(), 5, "{text} {from}: {}", a.body);
        assert!(a.body.contains("STOP"), "{text} {from}: {}", a.body);
        assert!(fits_two_segments(&a.body), "{text} {from}: {}", a.body);
    }
}

#[tokio::test]
async fn words_said_alike_in_several_languages_answer_in_the_senders() {
    let app = spawn_app().await;
    for (text, from, first, step) in [
        (
            "bad trip",
            Some("+525512345678"),
            "México. Emergencias: 911",
            "Busca un lugar tranquilo",
        ),
        (
            "bad trip",
            Some("+15145550100"),
            "Québec. Urgence : 911",
            "Allez dans un endroit calme",
        ),
        (
            "bad trip",
            Some("+14155550100"),
            "California. Emergency: 911",
            "Go somewhere calm",
        ),
        (
            "trip",
            Some("+33612345678"),
            "France. Urgence : 112",
            "Allez dans",
        ),
        (
            "ontario",
            Some("+15145550100"),
            "Ontario. Urgence : 911",
            "9-8-8 Canada",
        ),
        (
            "texas",
            Some("+525512345678"),
            "Texas. Emergencias: 911",
            "988 en español",
        ),
        // A word that tells its language still decides.
        (
            "mauvais trip",
            Some("+14155550100"),
            "Californie. Urgence : 911",
            "Allez dans",
        ),
    ] {
        let mut form = vec![("text", text)];
        form.extend(from.map(|f| ("from", f)));
        let a = app.sms_reply(&form).await;
        assert_eq!(
            a.body.lines().next(),
            Some(first),
            "{text} {from:?}: {}",
            a.body
        );
        assert!(a.body.contains(step), "{text} {from:?}: {}", a.body);
    }
}

#[tokio::test]
async fn a_city_alone_or_in_a_sentence_gets_its_regions_lines_in_the_texters_language() {
    let app = spawn_app().await;
    // Denver: Colorado's and the US lines, in English.
    for text in ["denver", "im in crisis in denver", "Denver, CO"] {
        let a = app.sms_reply(&[("text", text)]).await;
        assert_eq!(a.status, 200);
        assert!(
            a.body.starts_with("Denver, Colorado. Emergency: 911\n"),
            "{text}: {}",
            a.body
        );
        assert!(a.body.contains("988 Lifeline"), "{text}: {}", a.body);
        assert!(!a.body.contains("No crisis line"), "{text}: {}", a.body);
        assert!(fits_two_segments(&a.body), "{text}: {}", a.body);
    }
    // Madrid: Spain's lines, in Spanish for a Spanish text.
    let a = app
        .sms_reply(&[("text", "estoy en crisis en madrid")])
        .await;
    assert!(a.body.starts_with("Madrid"), "{}", a.body);
    assert!(a.body.contains("Emergencias: 112"), "{}", a.body);
    assert!(
        a.body.contains("Línea 024") || a.body.contains("Linea 024"),
        "{}",
        a.body
    );
    assert!(fits_two_segments(&a.body), "{}", a.body);
    // Mumbai: India's lines.
    let a = app.sms_reply(&[("text", "mumbai")]).await;
    assert!(
        a.body.starts_with("Mumbai, Maharashtra. Emergency: 112"),
        "{}",
        a.body
    );
    assert!(a.body.contains("Tele-MANAS"), "{}", a.body);
    assert!(fits_two_segments(&a.body), "{}", a.body);
}

#[tokio::test]
async fn a_name_several_towns_share_names_the_one_chosen_and_how_to_reach_another() {
    let app = spawn_app().await;
    // From nowhere known: the most populous, and how to text the next.
    let a = app.sms_reply(&[("text", "paris")]).await;
    assert!(
        a.body.starts_with("Paris, Île-de-France") || a.body.starts_with("Paris, Ile-de-France"),
        "{}",
        a.body
    );
    // The next most populous Paris, in whatever country, is one text away.
    assert!(
        a.body
            .contains("Un autre lieu nommé Paris ? Envoyez PARIS "),
        "{}",
        a.body
    );
    // From a US number: the sender's country picks Texas, and France is one text away.
    let a = app
        .sms_reply(&[("text", "paris"), ("from", US_NUMBER)])
        .await;
    assert!(
        a.body.starts_with("Paris, Texas. Emergency: 911"),
        "{}",
        a.body
    );
    assert!(a.body.contains("PARIS FR"), "{}", a.body);
    let a = app
        .sms_reply(&[("text", "PARIS FR"), ("from", US_NUMBER)])
        .await;
    assert!(
        a.body.starts_with("Paris, Île-de-France") || a.body.starts_with("Paris, Ile-de-France"),
        "{}",
        a.body
    );
}

#[tokio::test]
async fn five_digits_are_a_zip_code_only_from_the_us_or_nobody_known() {
    let app = spawn_app().await;
    // From Spain: Madrid's postal code, Spain's lines, in Spanish.
    let a = app
        .sms_reply(&[("text", "28013"), ("from", "+34612345678")])
        .await;
    // The region as Spanish speakers name it.
    assert!(a.body.starts_with("Comunidad de Madrid"), "{}", a.body);
    assert!(a.body.contains("Emergencias: 112"), "{}", a.body);
    assert!(!a.body.contains("911"), "{}", a.body);
    assert!(fits_two_segments(&a.body), "{}", a.body);
    // The gateway's country field tells the same.
    let a = app.sms_reply(&[("text", "28013"), ("country", "ES")]).await;
    assert!(a.body.contains("Emergencias: 112"), "{}", a.body);
    // From nobody known or a US number: North Carolina's ZIP code.
    for params in [
        vec![("text", "28013")],
        vec![("text", "28013"), ("from", US_NUMBER)],
    ] {
        let a = app.sms_reply(&params).await;
        assert!(
            a.body.starts_with("North Carolina. Emergency: 911"),
            "{params:?}: {}",
            a.body
        );
    }
}

/// Replies are kept per snapshot and understanding; one kept while a line in it was open must
/// not outlive the line's closing. With Trans Lifeline (Mo-Fr 10:00-18:00 Los Angeles time)
/// made the first line for California's LGBTQ+ texts, it leads while open and gives way to the
/// Trevor Project (24/7) once closed, and leads again the next morning.
#[tokio::test]
async fn a_kept_reply_changes_when_a_line_in_it_opens_or_closes() {
    use crate::visitor::{local, next};
    use chrono::Weekday::{Thu, Wed};
    let dir = crate::helpers::data_copy();
    let path = dir.path().join("resources.csv");
    let csv = std::fs::read_to_string(&path).unwrap();
    let first = ",free,40,\"Peer support by and for trans people";
    assert!(csv.contains(first), "Trans Lifeline's row changed");
    std::fs::write(&path, csv.replace(first, &first.replace(",40,", ",1,"))).unwrap();
    let app = spawn_app_with(|s| s.data_dir = dir.path().to_path_buf()).await;
    let la: chrono_tz::Tz = "America/Los_Angeles".parse().unwrap();
    let first_line = |body: &str| body.lines().nth(1).unwrap_or_default().to_string();
    let ask = || app.sms_reply(&[("text", "trans california")]);

    app.clock.set(local(la, next(Wed), 11, 0));
    let open = ask().await.body;
    assert!(first_line(&open).starts_with("Trans Lifeline: "), "{open}");
    assert_eq!(ask().await.body, open, "the same text, the same moment");
    app.clock.set(local(la, next(Wed), 17, 59));
    assert_eq!(ask().await.body, open, "still open at 17:59");

    app.clock.set(local(la, next(Wed), 18, 0));
    let closed = ask().await.body;
    assert!(
        first_line(&closed).starts_with("Trevor Project: "),
        "{closed}"
    );
    assert!(closed.contains("Trans Lifeline: "), "{closed}");

    app.clock.set(local(la, next(Thu), 10, 0));
    assert_eq!(ask().await.body, open, "open again the next morning");
}

/// "deaf", "can't talk", "sordo", "je ne peux pas parler": the reply says, right after the
/// emergency number, how to reach the emergency services without a voice call (with what must
/// be done first), and the lines that take texts or chat come before those that only answer
/// calls. The same place without those words gets neither.
#[tokio::test]
async fn a_text_saying_the_person_cannot_speak_leads_with_the_ways_without_a_call() {
    let app = spawn_app().await;
    let position = |body: &str, start: &str| body.lines().position(|l| l.starts_with(start));

    let uk = app.sms_reply(&[("text", "i can't talk, uk")]).await.body;
    let lines: Vec<&str> = uk.lines().collect();
    assert_eq!(lines[0], "United Kingdom. Emergency: 999", "{uk}");
    assert_eq!(
        lines[1],
        "If you cannot speak or hear: Text 999, register first: text REGISTER to 999; \
         Relay call: 18000",
        "{uk}"
    );
    let (shout, samaritans) = (position(&uk, "Shout"), position(&uk, "Samaritans"));
    assert!(shout.is_some() && shout < samaritans, "{uk}");

    let plain = app.sms_reply(&[("text", "uk")]).await.body;
    assert!(!plain.contains("cannot speak"), "{plain}");
    assert!(
        position(&plain, "Samaritans") < position(&plain, "Shout"),
        "{plain}"
    );

    // Where texting works in some areas only, the row's note says so, and a line to reach
    // stays in the reply whatever the segment budget drops.
    let us = app.sms_reply(&[("text", "deaf california")]).await.body;
    assert!(
        us.contains("If you cannot speak or hear: Text 911\n"),
        "{us}"
    );
    assert!(us.contains("Not every area accepts texts yet"), "{us}");
    assert!(
        us.lines()
            .nth(3)
            .unwrap_or_default()
            .starts_with("988 Lifeline: call or text 988"),
        "{us}"
    );

    let es = app.sms_reply(&[("text", "sordo california")]).await.body;
    assert!(
        es.contains("Envia un SMS al 911") || es.contains("Envía un SMS al 911"),
        "{es}"
    );
    let fr = app
        .sms_reply(&[("text", "je ne peux pas parler quebec")])
        .await
        .body;
    assert!(
        fr.contains("Envoyez un SMS au 911, inscrivez-vous avant"),
        "{fr}"
    );
    assert!(fr.contains("9-8-8 Canada"), "{fr}");
}
