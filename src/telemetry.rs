//! Logging through `tracing`. Nothing personal ever reaches a log line: requests are logged by
//! method, route pattern and status only: no address, no query string, no header; and a panic
//! is logged by where it happened, never by what it said.

use serde::{Deserialize, Serialize};
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
