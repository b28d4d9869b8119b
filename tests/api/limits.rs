//! Limits on what a client sends, each tripped through a raw connection: a stalled body, a body
//! on a page, too many headers.

use crate::helpers::{spawn_app_with, TestApp};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

async fn connect(app: &TestApp) -> TcpStream {
    let addr = app.address.trim_start_matches("http://");
    TcpStream::connect(addr).await.unwrap()
}

/// Reads until the server has sent a status line, or `limit` passes; the status code.
async fn status_within(stream: &mut TcpStream, limit: Duration) -> Option<u16> {
    let mut buf = Vec::new();
    let started = Instant::now();
    while started.elapsed() < limit {
        let mut chunk = [0u8; 1024];
        match tokio::time::timeout(Duration::from_millis(100), stream.read(&mut chunk)).await {
            Ok(Ok(0)) => break,
            Ok(Ok(n)) => buf.extend_from_slice(&chunk[..n]),
            Ok(Err(_)) => break,
            Err(_) => {}
        }
        let text = String::from_utf8_lossy(&buf);
        if let Some(line) = text.lines().next().filter(|_| text.contains("\r\n")) {
            return line.split(' ').nth(1).and_then(|c| c.parse().ok());
        }
    }
    None
}

#[tokio::test]
async fn a_body_that_stalls_is_answered_408_within_the_deadline() {
    let app = spawn_app_with(|s| s.limits.body_timeout_ms = 500).await;
    let mut stream = connect(&app).await;
    let started = Instant::now();
    stream
        .write_all(
            b"POST /sms/reply HTTP/1.1\r\nHost: x\r\n\
              Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\ntext=90210",
        )
        .await
        .unwrap();
    // ...and nothing more.
    let status = status_within(&mut stream, Duration::from_secs(5)).await;
    assert_eq!(status, Some(408));
    let took = started.elapsed();
    assert!(took >= Duration::from_millis(450), "{took:?}");
    assert!(took < Duration::from_secs(3), "{took:?}");
}

#[tokio::test]
async fn a_page_takes_no_body_and_too_many_headers_get_431() {
    let app = spawn_app_with(|_| {}).await;
    for request in [
        "GET /us/ca HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc",
        "POST /us HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
    ] {
        let mut stream = connect(&app).await;
        stream.write_all(request.as_bytes()).await.unwrap();
        assert_eq!(
            status_within(&mut stream, Duration::from_secs(3)).await,
            Some(413),
            "{request:?}"
        );
    }
    let mut request = String::from("GET /us/ca HTTP/1.1\r\nHost: x\r\n");
    for i in 0..120 {
        request.push_str(&format!("X-Filler-{i}: y\r\n"));
    }
    request.push_str("\r\n");
    let mut stream = connect(&app).await;
    stream.write_all(request.as_bytes()).await.unwrap();
    assert_eq!(
        status_within(&mut stream, Duration::from_secs(3)).await,
        Some(431)
    );
    // A page with no body is still a page.
    assert_eq!(app.get("/us/ca").await.status(), 200);
}

#[tokio::test]
async fn a_head_that_stalls_is_answered_408_within_its_deadline() {
    let app = spawn_app_with(|s| s.limits.header_timeout_ms = 400).await;
    let mut stream = connect(&app).await;
    let started = Instant::now();
    stream
        .write_all(b"GET /us/ca HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    let status = status_within(&mut stream, Duration::from_secs(5)).await;
    assert_eq!(status, Some(408));
    assert!(started.elapsed() < Duration::from_secs(3));
}
