//! Building and running the server: the listener is bound first, so tests can start the real app
//! on port 0 and ask which port it got.

use crate::config::Settings;
use crate::directory::Directory;
use crate::geo::{CdnHeaders, GeoDb, Resolver};
use crate::routes::{self, AppState};
use actix_web::dev::Server;
use actix_web::middleware::{from_fn, Compress};
use actix_web::{web, App, HttpServer};
use anyhow::Context;
use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::Arc;

/// The GeoLite2 database `scripts/fetch-geoip.sh` downloads, used when none is configured.
pub const FETCHED_GEOIP: &str = "geoip/GeoLite2-City.mmdb";

/// A server bound to its port, ready to run.
pub struct Application {
    port: u16,
    server: Server,
    directory: Arc<Directory>,
}

impl Application {
    /// Loads the data and the GeoIP database and binds the listener. Fails when the data is
    /// invalid (naming every problem) or the database cannot be opened.
    pub fn build(settings: Settings) -> anyhow::Result<Self> {
        let directory = Directory::open(&settings.data_dir).map_err(|diags| {
            let list: Vec<String> = diags.iter().map(ToString::to_string).collect();
            anyhow::anyhow!(
                "the data in {} is invalid:\n{}",
                settings.data_dir.display(),
                list.join("\n")
            )
        })?;
        let directory = Arc::new(directory);
        let resolver = Arc::new(build_resolver(&settings)?);
        let sms = Arc::new(crate::sms::Gateway::from_settings(&settings)?);
        let listener = TcpListener::bind(&settings.listen)
            .with_context(|| format!("Failed to bind {}", settings.listen))?;
        let port = listener.local_addr()?.port();
        let state = web::Data::new(AppState {
            directory: directory.clone(),
            resolver,
            settings: Arc::new(settings),
            sms,
        });
        let server = HttpServer::new(move || {
            App::new()
                .app_data(state.clone())
                .wrap(from_fn(routes::render_errors))
                .wrap(Compress::default())
                .wrap(routes::security_headers())
                .wrap(from_fn(routes::log_requests))
                .configure(routes::configure_app)
        })
        .listen(listener)?
        .run();
        Ok(Application {
            port,
            server,
            directory,
        })
    }

    /// The port the server listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The data handle, e.g. to trigger a reload.
    pub fn directory(&self) -> Arc<Directory> {
        self.directory.clone()
    }

    /// Serves until the server is stopped (SIGTERM/SIGINT).
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
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
