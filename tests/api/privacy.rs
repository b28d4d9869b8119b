//! Nothing personal reaches a log line.

use crate::helpers::{logged, spawn_app};
use crate::support::geoip::{CALIFORNIA, LONDON, NEW_YORK_V6};

#[tokio::test]
async fn no_log_line_contains_a_client_address_or_a_query_string() {
    let app = spawn_app().await;
    app.get_forwarded_for("/?region=US-CA&topic=suicide", CALIFORNIA)
        .await;
    app.get_forwarded_for("/", LONDON).await;
    app.get_with("/", &[("Forwarded", &format!("for=\"[{NEW_YORK_V6}]\""))])
        .await;
    app.get("/us/ca?topic=overdose").await;
    app.get("/no-such-page-zq").await;
    let logs = logged();
    assert!(
        logs.contains("request"),
        "the request log is captured: {logs}"
    );
    for secret in [CALIFORNIA, LONDON, NEW_YORK_V6, "topic=", "no-such-page-zq"] {
        assert!(!logs.contains(secret), "log contains {secret:?}");
    }
}
