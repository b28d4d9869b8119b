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
    /// Log filter in `tracing` syntax, e.g. `info` or `lifelines=debug`.
    pub log: String,
}

/// How the visitor's region is found when the URL does not name it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct GeoSettings {
    /// A MaxMind-format database (GeoIP2/GeoLite2 City or Country, DB-IP Lite); none disables lookups.
    pub database: Option<PathBuf>,
    /// Proxies whose `X-Forwarded-For`/`Forwarded` headers are believed (addresses or CIDR ranges);
    /// by default only loopback, a proxy on the same host.
    pub trusted_proxies: Vec<IpNet>,
    /// A CDN header carrying the visitor's country, e.g. `CloudFront-Viewer-Country`.
    pub cdn_country_header: Option<String>,
    /// A CDN header carrying the visitor's subdivision, e.g. `CloudFront-Viewer-Country-Region`.
    pub cdn_region_header: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            listen: "127.0.0.1:8080".into(),
            data_dir: PathBuf::from("data"),
            public_url: None,
            report_url: "mailto:data@lifelines.invalid".into(),
            geo: GeoSettings {
                trusted_proxies: vec![
                    IpNet::from(ipnet::Ipv4Net::from(std::net::Ipv4Addr::LOCALHOST)),
                    IpNet::from(ipnet::Ipv6Net::from(std::net::Ipv6Addr::LOCALHOST)),
                ],
                ..GeoSettings::default()
            },
            log: "info".into(),
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
    }
}
