//! Logging through `tracing`. Nothing personal ever reaches a log line: requests are logged by
//! method, route pattern and status only: no address, no query string, no header.

use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::EnvFilter;

/// Installs the global subscriber writing to `sink` (stdout in production, a buffer in tests).
/// Returns an error when a subscriber is already installed.
pub fn init<W>(filter: &str, sink: W) -> Result<(), tracing_subscriber::util::TryInitError>
where
    W: for<'a> MakeWriter<'a> + Send + Sync + 'static,
{
    use tracing_subscriber::util::SubscriberInitExt;
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info")))
        .with_writer(sink)
        .with_ansi(false)
        .with_target(false)
        .finish()
        .try_init()
}
