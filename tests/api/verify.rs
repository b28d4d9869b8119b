//! `lifelines verify` against a local HTTPS server serving fixture pages: a page that still
//! shows the number, one that shows another number, a 404, a permanent move, a site whose
//! robots.txt disallows, a page that never answers and a 20 MB page. Each must be named.

use serde_json::Value;
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The day the fixture data is loaded as of.
const TODAY: &str = "2026-06-01";

/// A fixture answer: status, extra headers, body.
type Answer = (u16, Vec<(&'static str, String)>, Vec<u8>);

/// What the fixture server answers for `host` and `path`; `None` for a page that never answers.
fn answer(host: &str, path: &str) -> Option<Answer> {
    let html = |body: &str| format!("<!doctype html><html><body>{body}</body></html>").into_bytes();
    Some(match (host, path) {
        ("blocked.test", "/robots.txt") => (200, vec![], b"User-agent: *\nDisallow: /\n".to_vec()),
        (_, "/robots.txt") => (404, vec![], Vec::new()),
        (_, "/shows") => (
            200,
            vec![("etag", "\"v1\"".into())],
            html(
                "<p>Call us on <a href=\"tel:+16234737433\">1-623-473-7433</a>, or text \
                 <strong>HOME</strong> to 741741. In danger? Dial 911.</p>\
                 <script>var n = '000';</script>",
            ),
        ),
        (_, "/other") => (
            200,
            vec![],
            html("<p>Our new number is (623) 555-0199.</p>"),
        ),
        (_, "/gone") => (404, vec![], html("Not found")),
        (_, "/moved") => (
            301,
            vec![("location", "https://sources.test/shows".into())],
            Vec::new(),
        ),
        (_, "/huge") => (200, vec![], vec![b'a'; 20 * 1024 * 1024]),
        (_, "/slow") => return None,
        _ => (404, vec![], Vec::new()),
    })
}

/// A TLS server on a free port for `sources.test` and `blocked.test`, with a fresh self-signed
/// certificate; returns its address and the certificate (PEM) to trust.
async fn fixture_server() -> (std::net::SocketAddr, String) {
    let cert = rcgen::generate_simple_self_signed(vec![
        "sources.test".to_string(),
        "blocked.test".to_string(),
    ])
    .unwrap();
    let pem = cert.cert.pem();
    let key = tokio_rustls::rustls::pki_types::PrivateKeyDer::Pkcs8(
        cert.signing_key.serialize_der().into(),
    );
    let config = tokio_rustls::rustls::ServerConfig::builder()
        .with_no_client_auth()
        .with_single_cert(vec![cert.cert.der().clone()], key)
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else {
                return;
            };
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let mut request = Vec::new();
                let mut buf = [0u8; 4096];
                while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                    match tls.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => request.extend_from_slice(&buf[..n]),
                    }
                }
                let text = String::from_utf8_lossy(&request).to_string();
                let path = text.split(' ').nth(1).unwrap_or("/").to_string();
                let host = text
                    .lines()
                    .find_map(|l| {
                        l.strip_prefix("host: ")
                            .or_else(|| l.strip_prefix("Host: "))
                    })
                    .unwrap_or_default()
                    .split(':')
                    .next()
                    .unwrap_or_default()
                    .to_string();
                let Some((status, headers, body)) = answer(&host, &path) else {
                    // Never answers.
                    tokio::time::sleep(std::time::Duration::from_secs(600)).await;
                    return;
                };
                let mut head = format!(
                    "HTTP/1.1 {status} X\r\ncontent-type: text/html\r\ncontent-length: {}\r\nconnection: close\r\n",
                    body.len()
                );
                for (k, v) in headers {
                    head.push_str(&format!("{k}: {v}\r\n"));
                }
                head.push_str("\r\n");
                let _ = tls.write_all(head.as_bytes()).await;
                let _ = tls.write_all(&body).await;
                let _ = tls.shutdown().await;
            });
        }
    });
    (addr, pem)
}

/// A data directory whose lines cite the fixture pages.
fn fixture_data() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut resources = String::from(
        "id,name,short_name,regions,topics,phone,sms,sms_keyword,website,hours,languages,priority,description,verified_at,source,evidence\n",
    );
    for (n, (id, source)) in [
        ("still-shown", "https://sources.test/shows"),
        ("number-changed", "https://sources.test/other"),
        ("page-gone", "https://sources.test/gone"),
        ("page-moved", "https://sources.test/moved"),
        ("robots-say-no", "https://blocked.test/shows"),
        ("never-answers", "https://sources.test/slow"),
        ("too-large", "https://sources.test/huge"),
    ]
    .into_iter()
    .enumerate()
    {
        // The first line's numbers are on its page; each other line has a number of its own.
        let (phone, sms) = match n {
            0 => ("+16234737433", "US:741741,HOME"),
            _ => (&*format!("+1623473740{n}"), ","),
        };
        // A fact confirmed elsewhere: its words are on the first page, not on the second.
        let evidence = match n {
            0 => "hours=https://sources.test/shows|in danger?  DIAL 911",
            1 => "hours=https://sources.test/other|Open all night",
            _ => "",
        };
        resources.push_str(&format!(
            "{id},Line {id},Line {n},US,crisis,{phone},{sms},https://example.org,24/7,en,10,A line.,{TODAY},{source},{evidence}\n"
        ));
    }
    std::fs::write(dir.path().join("resources.csv"), resources).unwrap();
    std::fs::write(
        dir.path().join("emergency.csv"),
        format!(
            "country,number,service,channel,url,register,verified_at,source,source_kind\n\
             US,911,all,voice,,,{TODAY},https://sources.test/shows,official\n"
        ),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("sms-keywords.csv"),
        "keyword,kind,language\nhelp,help,en\nstop,stop,\nstart,start,\n",
    )
    .unwrap();
    dir
}

fn verify(
    data: &std::path::Path,
    addr: std::net::SocketAddr,
    cert: &std::path::Path,
    extra: &[&str],
) -> (bool, String) {
    let out = crate::helpers::lifelines()
        .arg("verify")
        .arg(data)
        .args(["--today", TODAY, "--timeout", "5", "--delay-ms", "0"])
        .arg("--ca-cert")
        .arg(cert)
        .args(["--resolve", &format!("sources.test={addr}")])
        .args(["--resolve", &format!("blocked.test={addr}")])
        .args(extra)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("error:"), "verify failed to run: {stderr}");
    (out.status.success(), String::from_utf8(out.stdout).unwrap())
}

#[tokio::test(flavor = "multi_thread")]
async fn verify_names_each_problem_of_each_source() {
    let (addr, pem) = fixture_server().await;
    let data = fixture_data();
    let cert = data.path().join("fixture.pem");
    std::fs::write(&cert, pem).unwrap();
    let cache = tempfile::tempdir().unwrap();
    let cache_arg = cache.path().to_str().unwrap().to_string();
    let (ok, out) = tokio::task::spawn_blocking({
        let data = data.path().to_path_buf();
        let cert = cert.clone();
        move || verify(&data, addr, &cert, &["--json", "--cache", &cache_arg])
    })
    .await
    .unwrap();
    assert!(!ok, "some rows are not ok, so verify exits 1");
    let report: Vec<Value> = serde_json::from_str(&out).unwrap();
    let of = |id: &str| -> &Value {
        report
            .iter()
            .find(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("{id} in {out}"))
    };
    let kinds = |id: &str| -> Vec<String> {
        of(id)["problems"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["kind"].as_str().unwrap().to_string())
            .collect()
    };

    // Still shown: the number as written, the text number and keyword; and 911 for the
    // emergency row on the same page.
    assert_eq!(of("resource/still-shown")["ok"], true, "{out}");
    assert_eq!(of("emergency/US/911/voice")["ok"], true, "{out}");
    // Another number on the page: the phone is named as missing; the others too.
    let changed = &of("resource/number-changed")["problems"];
    assert!(
        changed
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["kind"] == "missing"
                && p["field"] == "phone"
                && p["value"] == "(623) 473-7401"),
        "{changed}"
    );
    // Facts confirmed on another page, checked there in their words (case and spacing aside).
    assert_eq!(of("evidence/still-shown/hours")["ok"], true, "{out}");
    let words = &of("evidence/number-changed/hours")["problems"][0];
    assert_eq!(
        (&words["kind"], &words["field"], &words["value"]),
        (&"missing".into(), &"hours".into(), &"Open all night".into()),
        "{words}"
    );
    assert_eq!(of("resource/page-gone")["problems"][0]["status"], 404);
    assert_eq!(kinds("resource/page-gone"), ["gone"]);
    assert_eq!(kinds("resource/page-moved"), ["moved"]);
    assert_eq!(
        of("resource/page-moved")["problems"][0]["to"],
        "https://sources.test/shows"
    );
    assert_eq!(kinds("resource/robots-say-no"), ["disallowed"]);
    assert_eq!(kinds("resource/never-answers"), ["unreachable"]);
    assert_eq!(kinds("resource/too-large"), ["too_large"]);

    // The cache holds what a conditional GET needs next time.
    assert!(std::fs::read_dir(cache.path()).unwrap().count() >= 1);

    // --only narrows the run; a run with only good rows exits 0, and the table says so.
    let (ok, table) = tokio::task::spawn_blocking({
        let data = data.path().to_path_buf();
        move || {
            verify(
                &data,
                addr,
                &cert,
                &["--only", "still-shown,emergency/US/911/voice"],
            )
        }
    })
    .await
    .unwrap();
    assert!(ok, "{table}");
    assert_eq!(
        table.trim(),
        "2 rows checked, 2 ok, 0 with problems; 0 sources redirected elsewhere"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_results_file_shows_on_data_and_in_the_metrics_and_follows_the_next_run() {
    let (addr, pem) = fixture_server().await;
    let data = fixture_data();
    let outside = tempfile::tempdir().unwrap();
    let cert = outside.path().join("fixture.pem");
    std::fs::write(&cert, pem).unwrap();
    let results = outside.path().join("verify.json");

    // Never inside the data directory, which holds only what maintainers edit.
    let inside = data.path().join("verify.json");
    let refused = crate::helpers::lifelines()
        .arg("verify")
        .arg(data.path())
        .arg("--results")
        .arg(&inside)
        .args(["--today", TODAY])
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("outside the data directory"));
    assert!(!inside.exists());

    let (ok, _) = tokio::task::spawn_blocking({
        let data = data.path().to_path_buf();
        let (cert, results) = (cert.clone(), results.clone());
        move || {
            verify(
                &data,
                addr,
                &cert,
                &[
                    "--only",
                    "number-changed,still-shown",
                    "--results",
                    results.to_str().unwrap(),
                ],
            )
        }
    })
    .await
    .unwrap();
    assert!(!ok);
    let written: Value = serde_json::from_slice(&std::fs::read(&results).unwrap()).unwrap();
    assert!(written["checked_at"].as_str().is_some(), "{written}");
    assert_eq!(written["rows"].as_array().unwrap().len(), 2);

    let served = data.path().to_path_buf();
    let configured = results.clone();
    let app = crate::helpers::spawn_app_with(|s| {
        s.data_dir = served;
        s.verify.results = Some(configured);
    })
    .await;
    let page = app.page("/data").await;
    let flagged = page.texts("tr.flagged");
    assert_eq!(flagged.len(), 1, "{flagged:?}");
    assert!(
        flagged[0].contains("Line number-changed")
            && flagged[0].contains("no longer shows (623) 473-7401"),
        "{flagged:?}"
    );
    let shown = page.texts("#still-shown td");
    assert!(
        shown.iter().any(|t| t.contains("still shows it")),
        "{shown:?}"
    );
    let metrics = app.metrics().await.text().await.unwrap();
    assert!(
        metrics.contains("lifelines_data_rows_with_source_problems{kind=\"missing\"} 1"),
        "{metrics}"
    );

    // The next run finds every source well: the flag goes with the reload.
    let clean = serde_json::json!({
        "checked_at": "2026-06-02T03:00:00Z",
        "rows": [{"id": "resource/number-changed", "ok": true, "problems": []}],
    });
    std::fs::write(&results, clean.to_string()).unwrap();
    assert!(matches!(
        app.reloader.reload_data(),
        lifelines::publish::Reload::Replaced(_)
    ));
    let page = app.page("/data").await;
    assert!(page.texts("tr.flagged").is_empty());
    assert!(page.text().contains("2026-06-02"));
    let metrics = app.metrics().await.text().await.unwrap();
    assert!(metrics.contains("lifelines_data_rows_with_source_problems{kind=\"missing\"} 0"));

    // A results file that cannot be read never stops the data: logged and left out.
    std::fs::write(&results, "not json").unwrap();
    assert!(matches!(
        app.reloader.reload_data(),
        lifelines::publish::Reload::Replaced(_)
    ));
    assert_eq!(app.get("/data").await.status(), 200);
    assert!(app.page("/data").await.texts("tr.flagged").is_empty());
}

#[test]
fn check_names_a_bad_evidence_entry_at_its_cell() {
    let data = fixture_data();
    let path = data.path().join("resources.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    for (bad, expected) in [
        (
            "hours=http://sources.test/shows|open",
            "must be an https:// URL",
        ),
        (
            "colour=https://sources.test/shows|blue",
            "\"colour\" is not a field",
        ),
        (
            "chat_url=https://sources.test/shows|chat",
            "chat_url: the row has no value",
        ),
        ("hours https://sources.test/shows", "write FIELD=URL|WORDS"),
        (
            "hours=https://sources.test/shows|",
            "quote the page's words",
        ),
    ] {
        let edited = text.replacen("in danger?  DIAL 911", "", 1).replacen(
            "hours=https://sources.test/shows|",
            bad,
            1,
        );
        std::fs::write(&path, edited).unwrap();
        let out = crate::helpers::lifelines()
            .args(["check", "--today", TODAY])
            .arg(data.path())
            .output()
            .unwrap();
        let report = String::from_utf8_lossy(&out.stdout);
        assert!(!out.status.success(), "{bad}: {report}");
        assert!(
            report.lines().any(|l| l.contains("resources.csv:2:")
                && l.contains("evidence:")
                && l.contains(expected)),
            "{bad}: {expected:?} not in {report}"
        );
    }
}
