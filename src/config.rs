//! Settings: the one place that reads the TOML file, `LIFELINES_*` environment variables and flags.
//!
//! Precedence, lowest first: built-in defaults, the TOML file, the environment
//! (`LIFELINES_LISTEN`, `LIFELINES_GEOIP__DATABASE`: a double underscore separates nesting), flags.

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use ipnet::IpNet;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Everything the service can be told.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// Address and port to listen on; port 0 picks a free one.
    pub listen: String,
    /// Directory holding `resources.csv`, `emergency.csv` and `retired.csv`.
    pub data_dir: PathBuf,
    /// The public origin of the site (`https://help.example.org`), used in absolute links.
    pub public_url: Option<String>,
    /// Where visitors report a problem with a listing: a URL or `mailto:` address; the
    /// resource id is appended as `?resource=ID` (or into the mail subject).
    pub report_url: String,
    /// Region detection.
    pub geo: GeoSettings,
    /// The SMS gateway.
    pub sms: SmsSettings,
    /// The published pages.
    pub pages: PagesSettings,
    /// Picking up changed data and GeoIP files while running.
    pub reload: ReloadSettings,
    /// Stopping without dropping a request.
    pub shutdown: ShutdownSettings,
    /// `/metrics`, in the Prometheus text format.
    pub metrics: MetricsSettings,
    /// What a client may send and for how long.
    pub limits: LimitSettings,
    /// The partner API (`/api/*`).
    pub api: ApiSettings,
    /// Signed data releases.
    pub release: ReleaseSettings,
    /// `lifelines verify`'s results, shown on `/data`.
    pub verify: VerifySettings,
    /// Log filter in `tracing` syntax, e.g. `info` or `lifelines=debug`.
    pub log: String,
    /// `text` (default) or `json`: one JSON object per line.
    pub log_format: crate::telemetry::LogFormat,
    /// `Strict-Transport-Security` max-age in seconds, for a site served over TLS (by
    /// lifelines' proxy); none sends no HSTS header.
    pub hsts_max_age: Option<u64>,
}

/// How the visitor's region is found when the URL does not name it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct GeoSettings {
    /// A MaxMind-format database (GeoIP2/GeoLite2 City or Country, DB-IP Lite); none disables lookups.
    pub database: Option<PathBuf>,
    /// Proxies whose `X-Forwarded-For`, `X-Forwarded-Host`, `X-Forwarded-Proto` and `Forwarded`
    /// headers are believed (addresses or CIDR ranges); by default only loopback, a proxy on the
    /// same host.
    pub trusted_proxies: Vec<IpNet>,
    /// A CDN header carrying the visitor's country, e.g. `CloudFront-Viewer-Country`.
    pub cdn_country_header: Option<String>,
    /// A CDN header carrying the visitor's subdivision, e.g. `CloudFront-Viewer-Country-Region`.
    pub cdn_region_header: Option<String>,
}

/// The SMS gateway (`/sms/twilio`, `/sms/reply`).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SmsSettings {
    /// Twilio's auth token. When set, `/sms/twilio` answers `403` unless `X-Twilio-Signature`
    /// is valid. Best given as `LIFELINES_SMS__AUTH_TOKEN` rather than in the file.
    pub auth_token: Option<Secret>,
    /// The webhook's URL exactly as entered at Twilio (`https://help.example.org/sms/twilio`):
    /// the signature is computed over it. Defaults to the top-level `public_url` followed by
    /// `/sms/twilio`; the request's query string is appended when this URL has none.
    pub public_url: Option<String>,
    /// The most SMS segments a reply may take, 1 to 10. Two segments carry 306 GSM-7
    /// characters, or 134 when a character needs UCS-2.
    pub segments: u8,
    /// The service's name, which carriers require in HELP, STOP and START replies.
    pub program_name: String,
    /// Where to get more help, given in the HELP reply: a URL, e-mail or toll-free number.
    pub help_contact: Option<String>,
    /// Texts one sender may send in a burst before being limited.
    pub sender_burst: u32,
    /// Texts per hour one sender may keep sending after the burst; 0 turns the limit off.
    pub sender_per_hour: u32,
    /// Requests one peer (a gateway's address) may make in a burst.
    pub peer_burst: u32,
    /// Requests per minute one peer may keep making; 0 turns the limit off.
    pub peer_per_minute: u32,
}

impl Default for SmsSettings {
    fn default() -> Self {
        SmsSettings {
            auth_token: None,
            public_url: None,
            segments: 2,
            program_name: "lifelines".into(),
            help_contact: None,
            sender_burst: 10,
            sender_per_hour: 60,
            peer_burst: 200,
            peer_per_minute: 1200,
        }
    }
}

/// The published pages: each is rendered and compressed once per data snapshot.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PagesSettings {
    /// The most memory the rendered pages may take, in MiB (all three encodings counted);
    /// past it the least used are dropped and rendered again when asked for.
    pub cache_mb: u64,
    /// Render every region's page in the background after each (re)load, so the first visitor
    /// of each region is served from memory too. The server is ready before this finishes.
    pub prewarm: bool,
}

impl Default for PagesSettings {
    fn default() -> Self {
        PagesSettings {
            cache_mb: 64,
            prewarm: true,
        }
    }
}

/// When the data directory and the GeoIP database are read again. `SIGHUP` always reloads.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ReloadSettings {
    /// Watch the data directory and the GeoIP database's directory for changes.
    pub watch: bool,
    /// How long changes must settle before a reload, in milliseconds (an editor or a
    /// ConfigMap update touches several files).
    pub debounce_ms: u64,
    /// Check the files every this many seconds as well, in case a change was not seen
    /// (network file systems send no events); 0 turns it off.
    pub poll_seconds: u64,
}

impl Default for ReloadSettings {
    fn default() -> Self {
        ReloadSettings {
            watch: true,
            debounce_ms: 250,
            poll_seconds: 60,
        }
    }
}

/// What `SIGTERM` does: `/readyz` answers 503 at once, pages keep answering for the drain (so a
/// load balancer sees the 503 and stops sending), then the listener closes and requests in
/// flight get up to the timeout to finish.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ShutdownSettings {
    /// Seconds between `SIGTERM` and closing the listener; 0 closes it at once.
    pub drain_seconds: u64,
    /// Seconds requests in flight may take to finish once the listener is closed.
    pub timeout_seconds: u64,
}

impl Default for ShutdownSettings {
    fn default() -> Self {
        // 5 + 20 stays inside Kubernetes' default 30 s grace period.
        ShutdownSettings {
            drain_seconds: 5,
            timeout_seconds: 20,
        }
    }
}

/// Limits on what a client sends. Request heads over 96 headers or 128 KiB get `431` (actix's
/// fixed limits); page routes take no body (`413`); the SMS routes take at most 32 KiB.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LimitSettings {
    /// Milliseconds a client has to send a request's head (`408` after).
    pub header_timeout_ms: u64,
    /// Milliseconds a client has to send a request's body once its head arrived (`408` after).
    pub body_timeout_ms: u64,
    /// Seconds an idle keep-alive connection stays open.
    pub keep_alive_seconds: u64,
    /// Connections each worker holds at once; past it new ones wait in the listen backlog.
    pub max_connections: usize,
}

impl Default for LimitSettings {
    fn default() -> Self {
        LimitSettings {
            header_timeout_ms: 5000,
            body_timeout_ms: 10_000,
            keep_alive_seconds: 5,
            max_connections: 25_000,
        }
    }
}

/// The partner API: how often one client may call it. A client is its address through
/// trusted proxies (IPv6 by its /64), as for the SMS routes.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ApiSettings {
    /// Requests one client may make at once.
    pub rate_burst: u32,
    /// Requests one client may make per minute, sustained; 0 turns the limit off.
    pub rate_per_minute: u32,
}

impl Default for ApiSettings {
    fn default() -> Self {
        // Generous for a partner's server behind one address; answers are cacheable, so a
        // partner that honours ETags rarely comes near it.
        ApiSettings {
            rate_burst: 120,
            rate_per_minute: 600,
        }
    }
}

/// Signed data releases (`lifelines release --sign`).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ReleaseSettings {
    /// The maintainers' minisign public key (the base64 line `minisign -G` writes, `RW…`).
    /// When set, the server loads only a data directory holding a release archive signed with
    /// it whose files are the archive's, and keeps serving the last good data otherwise;
    /// `/data` shows it. Without it, data serves unsigned and `/data` says so.
    pub public_key: Option<String>,
}

/// Where `lifelines verify --results` writes what it found, for the server to show.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct VerifySettings {
    /// The results file (outside the data directory). Read with every load and reloaded when
    /// it changes; `/data` shows each row's last machine check, and `/metrics` counts the rows
    /// whose source showed a problem. A file that cannot be read is logged and left out.
    pub results: Option<PathBuf>,
}

/// Where `/metrics` is served.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MetricsSettings {
    /// A listen address of its own, kept off the public port (default `127.0.0.1:9090`; the
    /// main port then answers `/metrics` with 404), or [`MetricsSettings::MAIN`] to serve it
    /// on the main listener instead.
    pub listen: String,
}

impl MetricsSettings {
    /// The `listen` value that serves `/metrics` on the main listener.
    pub const MAIN: &'static str = "main";

    /// The address of a listener of its own, unless `/metrics` is on the main one.
    pub fn own_listener(&self) -> Option<&str> {
        (self.listen != Self::MAIN).then_some(self.listen.as_str())
    }
}

impl Default for MetricsSettings {
    fn default() -> Self {
        MetricsSettings {
            listen: "127.0.0.1:9090".into(),
        }
    }
}

/// A secret setting: read like a string, never shown by `Debug`.
#[derive(Clone, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// Wraps a value.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The value, for the one place that uses it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            listen: "127.0.0.1:8080".into(),
            data_dir: PathBuf::from("data"),
            public_url: None,
            report_url: "/report".into(),
            geo: GeoSettings {
                trusted_proxies: vec![
                    IpNet::from(ipnet::Ipv4Net::from(std::net::Ipv4Addr::LOCALHOST)),
                    IpNet::from(ipnet::Ipv6Net::from(std::net::Ipv6Addr::LOCALHOST)),
                ],
                ..GeoSettings::default()
            },
            sms: SmsSettings::default(),
            pages: PagesSettings::default(),
            reload: ReloadSettings::default(),
            shutdown: ShutdownSettings::default(),
            metrics: MetricsSettings::default(),
            limits: LimitSettings::default(),
            api: ApiSettings::default(),
            release: ReleaseSettings::default(),
            verify: VerifySettings::default(),
            log: "info".into(),
            log_format: crate::telemetry::LogFormat::Text,
            hsts_max_age: None,
        }
    }
}

impl Settings {
    /// Reads defaults, then `file` (when given, it must exist), then `LIFELINES_*` variables.
    pub fn load(file: Option<&Path>) -> Result<Self, Box<figment::Error>> {
        let mut figment = Figment::from(Serialized::defaults(Settings::default()));
        if let Some(file) = file {
            if !file.exists() {
                return Err(Box::new(figment::Error::from(format!(
                    "config file {} does not exist",
                    file.display()
                ))));
            }
            figment = figment.merge(Toml::file(file));
        }
        figment
            .merge(Env::prefixed("LIFELINES_").split("__"))
            .extract()
            .map_err(Box::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_config_is_complete_and_valid() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("lifelines.example.toml");
        let settings = Settings::load(Some(&path)).expect("example config parses");
        assert_eq!(settings.listen, "127.0.0.1:8080");
        assert!(!settings.geo.trusted_proxies.is_empty());
        assert_eq!(settings.sms.segments, 2);
        assert!(settings.sms.auth_token.is_none());
    }

    #[test]
    fn the_sms_auth_token_never_shows_in_debug_output() {
        let mut settings = Settings::default();
        settings.sms.auth_token = Some(Secret::new("tok-123"));
        assert!(!format!("{settings:?}").contains("tok-123"));
        assert_eq!(
            settings.sms.auth_token.as_ref().map(Secret::expose),
            Some("tok-123")
        );
    }
}
