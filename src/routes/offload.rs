//! Work kept off the request threads. An actix worker answers every connection it holds on one
//! thread: whatever slow thing it does itself (render a page, compress it, build the HSDS export
//! or its zip) stalls every other request on that worker, a cached crisis page included. So a
//! handler answers from what is already published when it can, and otherwise hands the work to
//! Tokio's blocking pool and waits for it without holding its worker, as docs.rs's
//! `run_blocking` does.
//!
//! At most [`concurrency`] such jobs run at once; the others wait, asleep, in the order they
//! came. However many clients ask for pages no one asked for before, the workers keep the rest
//! of the machine for the answers that are ready.

use crate::publish::{Edition, Published};
use crate::render::PageKey;
use anyhow::Context;
use chrono::{DateTime, Utc};
use std::sync::{Arc, OnceLock};
use tokio::sync::Semaphore;

/// How many jobs may run on the blocking pool at once: half the cores the process may use,
/// at least one.
pub fn concurrency() -> usize {
    std::thread::available_parallelism()
        .map(|n| (n.get() / 2).max(1))
        .unwrap_or(1)
}

fn permits() -> &'static Semaphore {
    static PERMITS: OnceLock<Semaphore> = OnceLock::new();
    PERMITS.get_or_init(|| Semaphore::new(concurrency()))
}

/// Runs `job` on the blocking pool, once a permit is free, and waits for it without holding
/// the worker.
pub async fn run_blocking<R, F>(job: F) -> anyhow::Result<R>
where
    F: FnOnce() -> R + Send + 'static,
    R: Send + 'static,
{
    let _permit = permits()
        .acquire()
        .await
        .context("the blocking pool is closed")?;
    actix_web::web::block(job)
        .await
        .context("a blocking job failed")
}

/// The page `key` names at `now`, from `edition`'s cache when stored, else rendered and
/// compressed on the blocking pool.
pub async fn page(
    edition: &Arc<Edition>,
    key: PageKey,
    now: DateTime<Utc>,
) -> anyhow::Result<Arc<Published>> {
    if let Some(page) = edition.cached(&key, now) {
        return Ok(page);
    }
    let edition = edition.clone();
    run_blocking(move || edition.page(&key, now))
        .await?
        .map_err(|e| anyhow::anyhow!("{e}"))
}
