//! Which region a visitor is in, first match wins (PRODUCT.md "Regions"): the URL, then a CDN's
//! geo header when one is configured, then a GeoIP lookup of the client's address, then none.
//!
//! Knows nothing of HTTP: the caller hands in the region from the URL, a header lookup and the
//! socket peer, so the chain can be tested with plain values.

use crate::metrics::Metrics;
use arc_swap::ArcSwapOption;
use std::net::IpAddr;
use std::sync::Arc;

use ipnet::IpNet;
use serde::Deserialize;

use crate::domain::region::{CountryCode, Region};
use crate::geo::{client_addr, GeoDb};

/// How the region of a [`Resolution`] was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RegionSource {
    /// The URL named it: the path (`/us/ca`) or `?region=`.
    Url,
    /// The CDN's geo header said so.
    CdnHeader,
    /// The GeoIP database placed the client's address there.
    GeoIp,
    /// Nothing matched; the visitor gets the worldwide list and the picker.
    None,
}

/// The outcome of resolving a request's region. It never holds the client's address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolution {
    /// The region found, if any.
    pub region: Option<Region>,
    /// How it was found; [`RegionSource::None`] exactly when `region` is `None`.
    pub source: RegionSource,
}

impl Resolution {
    const NONE: Resolution = Resolution {
        region: None,
        source: RegionSource::None,
    };

    fn found(region: Region, source: RegionSource) -> Resolution {
        Resolution {
            region: Some(region),
            source,
        }
    }
}

/// The names of the request headers a CDN puts its geolocation in, as the operator configured them.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct CdnHeaders {
    /// The header with the ISO 3166-1 country code, e.g. `CloudFront-Viewer-Country`.
    pub country: String,
    /// The header with the subdivision, either its part after the hyphen (`CA`) or the full
    /// ISO 3166-2 code (`US-CA`), e.g. `CloudFront-Viewer-Country-Region`.
    #[serde(default)]
    pub region: Option<String>,
}

impl CdnHeaders {
    /// The region the CDN's headers name, or `None` when the country header is missing or not an
    /// ISO country (Cloudflare's `XX` for unknown and `T1` for Tor included).
    fn region<'h>(&self, header: &impl Fn(&str) -> Option<&'h str>) -> Option<Region> {
        let country = CountryCode::parse(header(&self.country)?.trim())?;
        let subdivision = self
            .region
            .as_deref()
            .and_then(header)
            .map(str::trim)
            .filter(|value| !value.is_empty())
            .and_then(|value| match Region::parse(value) {
                // A full code counts only when it agrees with the country header.
                Some(region @ Region::Subdivision(c, _)) if c == country => Some(region),
                _ => Region::subdivision(country, value),
            });
        // An unknown subdivision still leaves a good country.
        Some(subdivision.unwrap_or(Region::Country(country)))
    }
}

/// The region-resolution chain, built once from configuration and shared by every request.
#[derive(Debug)]
pub struct Resolver {
    cdn: Option<CdnHeaders>,
    /// Swappable: a replaced database file is reopened while the server runs.
    geo: ArcSwapOption<GeoDb>,
    trusted: Vec<IpNet>,
    metrics: Option<Metrics>,
}

impl Resolver {
    /// A resolver using the CDN headers and GeoIP database that are configured, believing
    /// forwarding headers only from peers in `trusted`.
    pub fn new(cdn: Option<CdnHeaders>, geo: Option<Arc<GeoDb>>, trusted: Vec<IpNet>) -> Self {
        Resolver {
            cdn,
            geo: ArcSwapOption::new(geo),
            trusted,
            metrics: None,
        }
    }

    /// Counts GeoIP lookups (found or not) in `metrics`.
    pub fn with_metrics(mut self, metrics: Metrics) -> Self {
        self.metrics = Some(metrics);
        self
    }

    /// The GeoIP database, if one is loaded (for its attribution and build date).
    pub fn geo(&self) -> Option<Arc<GeoDb>> {
        self.geo.load_full()
    }

    /// Puts a newly opened database in place of the current one; lookups already under way
    /// finish on the old one.
    pub fn replace_geo(&self, db: Arc<GeoDb>) {
        self.geo.store(Some(db));
    }

    /// Finds the visitor's region.
    ///
    /// - `explicit`: the region named in the URL path or `?region=`, already parsed;
    /// - `header`: looks up a request header by name (case-insensitive), `None` if absent; for
    ///   `Forwarded` and `X-Forwarded-For` it must return every header line, joined by `,` in the
    ///   order received, or a client could hide behind a line the proxy appended;
    /// - `peer`: the socket peer's address.
    ///
    /// The client's address is worked out only when a GeoIP database is loaded, and is dropped
    /// as soon as it has been looked up.
    pub fn resolve<'h>(
        &self,
        explicit: Option<Region>,
        header: impl Fn(&str) -> Option<&'h str>,
        peer: Option<IpAddr>,
    ) -> Resolution {
        if let Some(region) = explicit {
            return Resolution::found(region, RegionSource::Url);
        }
        if let Some(region) = self.cdn.as_ref().and_then(|cdn| cdn.region(&header)) {
            return Resolution::found(region, RegionSource::CdnHeader);
        }
        if let Some(region) = self.geoip(&header, peer) {
            return Resolution::found(region, RegionSource::GeoIp);
        }
        Resolution::NONE
    }

    fn geoip<'h>(
        &self,
        header: &impl Fn(&str) -> Option<&'h str>,
        peer: Option<IpAddr>,
    ) -> Option<Region> {
        let geo = self.geo.load();
        let geo = geo.as_deref()?;
        let client = client_addr(
            peer?,
            header("Forwarded"),
            header("X-Forwarded-For"),
            &self.trusted,
        );
        let found = geo.lookup(client);
        if let Some(m) = &self.metrics {
            m.geoip(found.is_some());
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::test_db;

    /// A header lookup over fixed pairs, case-insensitive like HTTP's.
    fn headers<'h>(pairs: &'h [(&'h str, &'h str)]) -> impl Fn(&str) -> Option<&'h str> + 'h {
        move |name| {
            pairs
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| *v)
        }
    }

    fn region(code: &str) -> Region {
        Region::parse(code).expect("test region")
    }

    fn ip(s: &str) -> Option<IpAddr> {
        Some(s.parse().expect("test address"))
    }

    fn cloudfront() -> CdnHeaders {
        CdnHeaders {
            country: "CloudFront-Viewer-Country".to_string(),
            region: Some("CloudFront-Viewer-Country-Region".to_string()),
        }
    }

    /// A resolver over the generated test database, which must outlive it.
    fn resolver(
        cdn: Option<CdnHeaders>,
        with_geo: bool,
        trusted: &[&str],
    ) -> (tempfile::TempDir, Resolver) {
        let dir = tempfile::tempdir().expect("temp dir");
        let geo = with_geo.then(|| {
            let path = dir.path().join("test-city.mmdb");
            test_db::write_test_db(&path);
            Arc::new(GeoDb::open(&path).expect("the test database opens"))
        });
        let trusted = trusted
            .iter()
            .map(|n| n.parse().expect("test network"))
            .collect();
        (dir, Resolver::new(cdn, geo, trusted))
    }

    fn found(code: &str, source: RegionSource) -> Resolution {
        Resolution::found(region(code), source)
    }

    #[test]
    fn the_url_wins_over_every_other_source() {
        let (_dir, r) = resolver(Some(cloudfront()), true, &[]);
        let h = [("CloudFront-Viewer-Country", "GB")];
        let got = r.resolve(Some(region("US-NY")), headers(&h), ip(test_db::CALIFORNIA));
        assert_eq!(got, found("US-NY", RegionSource::Url));
    }

    #[test]
    fn a_configured_cdn_header_wins_over_geoip() {
        let (_dir, r) = resolver(Some(cloudfront()), true, &[]);
        let cases: &[(&[(&str, &str)], &str)] = &[
            (&[("CloudFront-Viewer-Country", "GB")], "GB"),
            (&[("cloudfront-viewer-country", "us")], "US"),
            (
                &[
                    ("CloudFront-Viewer-Country", "US"),
                    ("CloudFront-Viewer-Country-Region", "CA"),
                ],
                "US-CA",
            ),
            (
                &[
                    ("CloudFront-Viewer-Country", "US"),
                    ("CloudFront-Viewer-Country-Region", "US-CA"),
                ],
                "US-CA",
            ),
            (
                &[
                    ("CloudFront-Viewer-Country", "CA"),
                    ("CloudFront-Viewer-Country-Region", "on"),
                ],
                "CA-ON",
            ),
            // A subdivision ISO does not know, or of another country, leaves the country.
            (
                &[
                    ("CloudFront-Viewer-Country", "US"),
                    ("CloudFront-Viewer-Country-Region", "ZZ"),
                ],
                "US",
            ),
            (
                &[
                    ("CloudFront-Viewer-Country", "US"),
                    ("CloudFront-Viewer-Country-Region", "GB-ENG"),
                ],
                "US",
            ),
            (
                &[
                    ("CloudFront-Viewer-Country", "US"),
                    ("CloudFront-Viewer-Country-Region", ""),
                ],
                "US",
            ),
        ];
        for (h, expected) in cases {
            let got = r.resolve(None, headers(h), ip(test_db::LONDON));
            assert_eq!(got, found(expected, RegionSource::CdnHeader), "{h:?}");
        }
    }

    #[test]
    fn a_country_header_iso_does_not_know_falls_through_to_geoip() {
        let (_dir, r) = resolver(Some(cloudfront()), true, &[]);
        for value in ["XX", "T1", "", "USA", "U", "EU", "A1", "../"] {
            let h = [
                ("CloudFront-Viewer-Country", value),
                ("CloudFront-Viewer-Country-Region", "CA"),
            ];
            let got = r.resolve(None, headers(&h), ip(test_db::LONDON));
            assert_eq!(got, found("GB-ENG", RegionSource::GeoIp), "{value:?}");
        }
    }

    #[test]
    fn cdn_headers_are_ignored_unless_configured() {
        let (_dir, r) = resolver(None, true, &[]);
        let h = [("CloudFront-Viewer-Country", "GB"), ("CF-IPCountry", "GB")];
        let got = r.resolve(None, headers(&h), ip(test_db::CALIFORNIA));
        assert_eq!(got, found("US-CA", RegionSource::GeoIp));
    }

    #[test]
    fn geoip_finds_subdivisions_and_countries() {
        let (_dir, r) = resolver(None, true, &[]);
        let cases = [
            (test_db::CALIFORNIA, "US-CA"),
            (test_db::TORONTO, "CA-ON"),
            (test_db::LONDON, "GB-ENG"),
            (test_db::NEW_YORK_V6, "US-NY"),
            (test_db::ANTARCTICA, "AQ"),
        ];
        for (addr, expected) in cases {
            let got = r.resolve(None, headers(&[]), ip(addr));
            assert_eq!(got, found(expected, RegionSource::GeoIp), "{addr}");
        }
    }

    #[test]
    fn forwarding_headers_count_only_from_a_trusted_proxy() {
        let (_dir, r) = resolver(None, true, &["10.0.0.0/8"]);
        let xff = [("X-Forwarded-For", test_db::LONDON)];

        // From the proxy, the forwarded address is looked up.
        let got = r.resolve(None, headers(&xff), ip("10.0.0.1"));
        assert_eq!(got, found("GB-ENG", RegionSource::GeoIp));

        // From anyone else, the header is a claim and the peer is looked up.
        let got = r.resolve(None, headers(&xff), ip(test_db::CALIFORNIA));
        assert_eq!(got, found("US-CA", RegionSource::GeoIp));

        let fwd = [("forwarded", "for=\"[2001:db8:1::10]:4711\"")];
        let got = r.resolve(None, headers(&fwd), ip("10.0.0.1"));
        assert_eq!(got, found("US-NY", RegionSource::GeoIp));
    }

    #[test]
    fn nothing_found_is_none() {
        let none = Resolution {
            region: None,
            source: RegionSource::None,
        };
        // An address the database does not know.
        let (_dir, r) = resolver(Some(cloudfront()), true, &[]);
        assert_eq!(r.resolve(None, headers(&[]), ip(test_db::UNKNOWN)), none);
        // No peer address (e.g. a Unix socket).
        assert_eq!(r.resolve(None, headers(&[]), None), none);
        // No database and no CDN.
        let (_dir, r) = resolver(None, false, &[]);
        assert_eq!(r.resolve(None, headers(&[]), ip(test_db::CALIFORNIA)), none);
        assert!(r.geo().is_none());
    }
}
