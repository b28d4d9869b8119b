//! Health endpoints and a graceful stop: on `SIGTERM` readiness fails at once, pages keep
//! answering through the drain, and the process then exits cleanly.

use crate::helpers::{data_copy, serve, spawn_app};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[tokio::test]
async fn liveness_and_readiness_answer_uncached_and_readiness_names_the_data_version() {
    let app = spawn_app().await;
    for path in ["/livez", "/healthz"] {
        let res = app.get(path).await;
        assert_eq!(res.status(), 200, "{path}");
        assert_eq!(res.headers()["cache-control"], "no-store", "{path}");
        assert_eq!(res.text().await.unwrap(), "ok\n");
    }
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status(), 200);
    assert_eq!(ready.headers()["cache-control"], "no-store");
    let version = app.publisher.edition().snapshot().version.clone();
    assert_eq!(ready.text().await.unwrap(), format!("ready {version}\n"));
}

#[tokio::test]
async fn sigterm_fails_readiness_at_once_and_drains_without_a_failed_request() {
    let data = data_copy();
    let served = serve(data.path(), &[("LIFELINES_SHUTDOWN__DRAIN_SECONDS", "1")]);
    let client = reqwest::Client::new();
    let stop = Arc::new(AtomicBool::new(false));
    // Every answer: when it came, and whether it was a 200.
    let results: Arc<Mutex<Vec<(Instant, bool)>>> = Arc::default();
    let mut load = Vec::new();
    for _ in 0..4 {
        let (client, stop, results) = (client.clone(), stop.clone(), results.clone());
        let url = format!("{}/us", served.address);
        load.push(tokio::spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                let ok = match client.get(&url).send().await {
                    Ok(res) => res.status() == 200 && res.bytes().await.is_ok(),
                    Err(_) => false,
                };
                results.lock().unwrap().push((Instant::now(), ok));
                if !ok {
                    break;
                }
            }
        }));
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let term = Instant::now();
    let sent = std::process::Command::new("kill")
        .args(["-TERM", &served.child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());

    // Readiness fails at once, on a new connection, while the server still answers.
    let ready = reqwest::Client::new();
    let readyz = format!("{}/readyz", served.address);
    loop {
        let res = ready.get(&readyz).send().await.expect("still listening");
        if res.status() == 503 {
            assert!(res.text().await.unwrap().starts_with("draining "));
            break;
        }
        assert!(
            term.elapsed() < Duration::from_millis(500),
            "readiness still 200"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }

    let mut served = served;
    let started = Instant::now();
    let status = loop {
        if let Some(status) = served.child.try_wait().unwrap() {
            break status;
        }
        assert!(started.elapsed() < Duration::from_secs(15), "did not exit");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert!(status.success(), "{status:?}");
    stop.store(true, Ordering::Relaxed);
    for task in load {
        task.await.unwrap();
    }
    let results = results.lock().unwrap();
    let drain_end = term + Duration::from_millis(900);
    let during: Vec<bool> = results
        .iter()
        .filter(|(at, _)| *at > term && *at < drain_end)
        .map(|(_, ok)| *ok)
        .collect();
    assert!(
        during.len() > 20,
        "too little load during the drain: {}",
        during.len()
    );
    assert!(
        during.iter().all(|ok| *ok),
        "a request failed during the drain"
    );
    assert!(results
        .iter()
        .filter(|(at, _)| *at < term)
        .all(|(_, ok)| *ok));
}

#[tokio::test]
async fn json_logs_are_one_object_a_line_and_carry_no_request_data() {
    let data = data_copy();
    let served = serve(data.path(), &[("LIFELINES_LOG_FORMAT", "json")]);
    let client = reqwest::Client::new();
    client
        .get(format!("{}/us/ca?where=quokka-street", served.address))
        .header("X-Forwarded-For", "198.51.100.77")
        .header("User-Agent", "zebra-agent")
        .send()
        .await
        .unwrap();
    client
        .post(format!("{}/sms/reply", served.address))
        .form(&[("text", "quokka lane"), ("from", "+14155559876")])
        .send()
        .await
        .unwrap();
    let started = Instant::now();
    let request_lines = || {
        served
            .output
            .lock()
            .unwrap()
            .iter()
            .filter(|l| l.contains("\"request\""))
            .count()
    };
    while request_lines() < 2 {
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "no request lines"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let lines = served.output.lock().unwrap().clone();
    for line in &lines {
        let value: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert!(value.get("level").is_some(), "{line}");
    }
    let all = lines.join("\n");
    assert!(
        all.contains("/{cc}/{sub}") && all.contains("/sms/reply"),
        "{all}"
    );
    for secret in ["quokka", "198.51.100.77", "zebra", "4155559876", "where="] {
        assert!(!all.contains(secret), "a log line contains {secret:?}");
    }
}

#[tokio::test]
async fn the_request_log_is_written_off_the_request_threads_and_out_before_exit() {
    let data = data_copy();
    let served = serve(data.path(), &[("LIFELINES_SHUTDOWN__DRAIN_SECONDS", "0")]);
    let client = reqwest::Client::new();
    for _ in 0..50 {
        let res = client
            .get(format!(
                "{}/us/ca?topic=crisis&where=quokka",
                served.address
            ))
            .header("X-Forwarded-For", "198.51.100.77")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
    }
    // Stopped at once: every line queued for the log's writer is still written out.
    let sent = std::process::Command::new("kill")
        .args(["-TERM", &served.child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let mut served = served;
    let started = Instant::now();
    loop {
        if let Some(status) = served.child.try_wait().unwrap() {
            assert!(status.success(), "{status:?}");
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(15), "did not exit");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // The readers drain the pipes once the process is gone.
    let lines = || served.output.lock().unwrap().clone();
    while !lines().iter().any(|l| l.contains("stopped")) {
        assert!(started.elapsed() < Duration::from_secs(15), "{:?}", lines());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let lines = lines();
    let requests: Vec<&String> = lines
        .iter()
        .filter(|l| l.contains("request") && l.contains("route=/{cc}/{sub}"))
        .collect();
    assert_eq!(requests.len(), 50, "{lines:#?}");
    for line in &requests {
        assert!(
            line.contains("status=200") && line.contains("ms="),
            "{line}"
        );
    }
    let all = lines.join("\n");
    for secret in ["quokka", "198.51.100.77", "topic="] {
        assert!(!all.contains(secret), "a log line contains {secret:?}");
    }
}
