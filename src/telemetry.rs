//! Logging through `tracing`. Nothing personal ever reaches a log line: requests are logged by
//! method, route pattern and status only: no address, no query string, no header; and a panic
//! is logged by where it happened, never by what it said.
//!
//! The server writes its log through a non-blocking writer ([`init_stdout`]): a request thread
//! only queues its line, and a thread of the log's own writes it to stdout. A stdout that
//! cannot keep up (a slow collector, a full pipe) then costs log lines, counted in
//! `lifelines_log_lines_dropped`, never a stalled request.

use serde::{Deserialize, Serialize};
use std::sync::OnceLock;
use tracing_appender::non_blocking::{ErrorCounter, NonBlockingBuilder, WorkerGuard};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::EnvFilter;

/// How log lines are written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// One human-readable line per event.
    #[default]
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

/// Installs the global subscriber writing to `sink` (stdout in production, a buffer in tests).
/// Returns an error when a subscriber is already installed.
pub fn init<W>(
    filter: &str,
    format: LogFormat,
    sink: W,
) -> Result<(), tracing_subscriber::util::TryInitError>
where
    W: for<'a> MakeWriter<'a> + Send + Sync + 'static,
{
    use tracing_subscriber::util::SubscriberInitExt;
    let builder = tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info")))
        .with_writer(sink)
        .with_ansi(false)
        .with_target(false);
    match format {
        LogFormat::Text => builder.finish().try_init(),
        LogFormat::Json => builder.json().finish().try_init(),
    }
}

/// Installs the global subscriber writing to stdout through a non-blocking writer (up to
/// 128,000 lines queued; past that, lines are dropped and counted). Keep the guard it returns
/// for the life of the process: dropping it, at shutdown, writes out what is still queued
/// (waiting up to a second).
pub fn init_stdout(
    filter: &str,
    format: LogFormat,
) -> Result<WorkerGuard, tracing_subscriber::util::TryInitError> {
    let (writer, guard) = NonBlockingBuilder::default()
        .thread_name("lifelines-log")
        .finish(std::io::stdout());
    let _ = DROPPED.set(writer.error_counter());
    init(filter, format, writer)?;
    Ok(guard)
}

static DROPPED: OnceLock<ErrorCounter> = OnceLock::new();

/// How many log lines the non-blocking writer had to drop because its queue was full; 0 when
/// the log is not written through it.
pub fn dropped_lines() -> u64 {
    DROPPED
        .get()
        .map_or(0, |c| u64::try_from(c.dropped_lines()).unwrap_or(u64::MAX))
}

/// Replaces the panic hook with one that logs where a panic happened and never its message:
/// a panic inside, say, the phone-number parser could carry a sender's number in its payload.
pub fn log_panics_without_payload() {
    std::panic::set_hook(Box::new(|info| {
        let location = info
            .location()
            .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
            .unwrap_or_else(|| "an unknown place".into());
        tracing::error!(%location, "panic (its message is not logged)");
    }));
}
