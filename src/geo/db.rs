//! The GeoIP database: a memory-mapped MaxMind DB (GeoIP2/GeoLite2 City or Country, DB-IP Lite).

use std::fmt;
use std::net::IpAddr;
use std::path::Path;

use anyhow::Context;
use maxminddb::{path, Mmap, Reader};

use crate::domain::region::{CountryCode, Region};

/// A credit line a database's licence requires on pages that use it: `text`, then `link`
/// linked to `url`.
#[derive(Debug, PartialEq, Eq)]
pub struct Attribution {
    /// The words before the link; may be empty.
    pub text: &'static str,
    /// The linked words.
    pub link: &'static str,
    /// Where the link goes.
    pub url: &'static str,
}

impl fmt::Display for Attribution {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.text, self.link)?;
        if self.link != self.url {
            write!(f, " ({})", self.url)?;
        }
        Ok(())
    }
}

/// The attribution MaxMind's GeoLite2 licence requires wherever its data is used.
pub const GEOLITE2_ATTRIBUTION: Attribution = Attribution {
    text: "This product includes GeoLite2 data created by MaxMind, available from ",
    link: "https://www.maxmind.com",
    url: "https://www.maxmind.com",
};

/// The attribution DB-IP's Lite databases require under CC BY 4.0, in the form DB-IP asks
/// for: "IP Geolocation by DB-IP", linked to its site.
pub const DBIP_ATTRIBUTION: Attribution = Attribution {
    text: "",
    link: "IP Geolocation by DB-IP",
    url: "https://db-ip.com",
};

/// An open MaxMind-format database that turns an address into a [`Region`].
///
/// Cheap to share behind an `Arc`: lookups take `&self` and the file stays memory-mapped, so the
/// kernel can page it in and out instead of the process holding ~60 MB of heap.
pub struct GeoDb {
    reader: Reader<Mmap>,
    /// Worked out once from the metadata, since pages ask for it on every render.
    attribution: Option<&'static Attribution>,
}

impl GeoDb {
    /// Opens and memory-maps the database at `path`, checking that it is a MaxMind DB.
    pub fn open(path: &Path) -> anyhow::Result<GeoDb> {
        let reader = map_database(path)
            .with_context(|| format!("Failed to open the GeoIP database {}", path.display()))?;
        let attribution = attribution_for(reader.metadata());
        Ok(GeoDb {
            reader,
            attribution,
        })
    }

    /// The region `ip` is in: its subdivision when the database names one ISO 3166-2 knows,
    /// else its country; `None` when the database has no usable country for it.
    ///
    /// Never fails: a miss, an address of the wrong family or a malformed record is `None`.
    pub fn lookup(&self, ip: IpAddr) -> Option<Region> {
        // A dual-stack socket reports IPv4 peers as ::ffff:a.b.c.d, which the tree files as IPv6.
        let result = self.reader.lookup(ip.to_canonical()).ok()?;
        // Decode only the two codes, borrowed from the map: a full geoip2::City allocates maps of
        // localized names on every request.
        let country: &str = result
            .decode_path(&path!["country", "iso_code"])
            .ok()
            .flatten()?;
        let country = CountryCode::parse(country)?;
        let subdivision: Option<&str> = result
            .decode_path(&path!["subdivisions", 0, "iso_code"])
            .ok()
            .flatten();
        subdivision
            .and_then(|sub| Region::subdivision(country, sub))
            .or(Some(Region::Country(country)))
    }

    /// The metadata's database type, e.g. `GeoLite2-City` or `DBIP-City-Lite`.
    pub fn database_type(&self) -> &str {
        &self.reader.metadata().database_type
    }

    /// When the database was built, in seconds since the Unix epoch.
    pub fn build_date(&self) -> u64 {
        self.reader.metadata().build_epoch
    }

    /// The credit line the database's licence requires on pages that use it, if any.
    ///
    /// Commercial GeoIP2 databases need none; GeoLite2 and DB-IP Lite do.
    pub fn attribution(&self) -> Option<&'static Attribution> {
        self.attribution
    }
}

/// The credit line for a database whose type or description names GeoLite2 or DB-IP.
fn attribution_for(metadata: &maxminddb::Metadata) -> Option<&'static Attribution> {
    let mentions = |needle: &str| {
        std::iter::once(&metadata.database_type)
            .chain(metadata.description.values())
            .any(|text| text.to_ascii_lowercase().contains(needle))
    };
    if mentions("geolite2") {
        Some(&GEOLITE2_ATTRIBUTION)
    } else if mentions("db-ip") || mentions("dbip") {
        Some(&DBIP_ATTRIBUTION)
    } else {
        None
    }
}

/// Memory-maps the database file.
///
/// `Reader::open_mmap` is `unsafe` (RUSTSEC-2025-0132) because changing or truncating a mapped
/// file under a live reader is undefined behaviour. It is sound in practice here: database files
/// are only ever replaced by writing a new file and renaming it over the old one (as
/// `scripts/fetch-geoip.sh` does, and as any update job must), never modified in place, so an open
/// mapping keeps the old file's contents until it is dropped.
#[allow(unsafe_code)]
fn map_database(path: &Path) -> Result<Reader<Mmap>, maxminddb::MaxMindDbError> {
    // SAFETY: see above; the file is replaced by atomic rename, never written in place.
    unsafe { Reader::open_mmap(path) }
}

impl fmt::Debug for GeoDb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GeoDb")
            .field("database_type", &self.database_type())
            .field("build_date", &self.build_date())
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::test_db;

    fn open_test_db() -> (tempfile::TempDir, GeoDb) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("test-city.mmdb");
        test_db::write_test_db(&path);
        let db = GeoDb::open(&path).expect("the test database opens");
        (dir, db)
    }

    fn lookup(db: &GeoDb, ip: &str) -> Option<String> {
        let ip: IpAddr = ip.parse().expect("test address");
        db.lookup(ip).map(|r| r.code().to_string())
    }

    #[test]
    fn finds_the_subdivision_when_the_database_has_one() {
        let (_dir, db) = open_test_db();
        let cases = [
            (test_db::CALIFORNIA, Some("US-CA")),
            (test_db::TORONTO, Some("CA-ON")),
            (test_db::LONDON, Some("GB-ENG")),
            (test_db::NEW_YORK_V6, Some("US-NY")),
            (test_db::ANTARCTICA, Some("AQ")),
            (test_db::UNKNOWN, None),
        ];
        for (ip, expected) in cases {
            assert_eq!(lookup(&db, ip).as_deref(), expected, "{ip}");
        }
    }

    #[test]
    fn ipv4_mapped_ipv6_addresses_are_looked_up_as_ipv4() {
        let (_dir, db) = open_test_db();
        assert_eq!(lookup(&db, "::ffff:192.0.2.10").as_deref(), Some("US-CA"));
    }

    #[test]
    fn addresses_outside_every_network_are_none() {
        let (_dir, db) = open_test_db();
        for ip in ["127.0.0.1", "10.0.0.1", "::1", "2001:db8:2::1", "0.0.0.0"] {
            assert_eq!(lookup(&db, ip), None, "{ip}");
        }
    }

    #[test]
    fn reports_metadata_and_the_geolite2_attribution() {
        let (_dir, db) = open_test_db();
        assert_eq!(db.database_type(), "GeoLite2-City");
        assert_eq!(db.build_date(), 1_700_000_000);
        assert_eq!(db.attribution(), Some(&GEOLITE2_ATTRIBUTION));
    }

    #[test]
    fn attribution_follows_the_database_vendor() {
        let metadata = |database_type: &str, description: &str| maxminddb::Metadata {
            binary_format_major_version: 2,
            binary_format_minor_version: 0,
            build_epoch: 0,
            database_type: database_type.to_string(),
            description: [("en".to_string(), description.to_string())].into(),
            ip_version: 6,
            languages: vec!["en".to_string()],
            node_count: 1,
            record_size: 24,
        };
        let cases = [
            (
                "GeoLite2-Country",
                "GeoLite2 Country database",
                Some(&GEOLITE2_ATTRIBUTION),
            ),
            (
                "GeoIP2-City",
                "Built from GeoLite2 data",
                Some(&GEOLITE2_ATTRIBUTION),
            ),
            ("DBIP-City-Lite", "dbip-city-lite", Some(&DBIP_ATTRIBUTION)),
            (
                "Custom",
                "IP to City Lite by DB-IP",
                Some(&DBIP_ATTRIBUTION),
            ),
            ("GeoIP2-City", "GeoIP2 City database", None),
        ];
        for (database_type, description, expected) in cases {
            let got = attribution_for(&metadata(database_type, description));
            assert_eq!(got, expected, "{database_type}: {description}");
        }
    }

    #[test]
    fn a_db_ip_file_is_credited_to_db_ip_from_its_metadata() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("dbip.mmdb");
        test_db::write_test_db_as(&path, "DBIP-City-Lite", "IP to City Lite (DB-IP)");
        let db = GeoDb::open(&path).expect("opens");
        assert_eq!(db.attribution(), Some(&DBIP_ATTRIBUTION));
        assert_eq!(
            DBIP_ATTRIBUTION.to_string(),
            "IP Geolocation by DB-IP (https://db-ip.com)"
        );
        assert_eq!(
            GEOLITE2_ATTRIBUTION.to_string(),
            "This product includes GeoLite2 data created by MaxMind, available from \
             https://www.maxmind.com"
        );
    }

    #[test]
    fn opening_a_missing_or_foreign_file_fails_with_the_path() {
        let dir = tempfile::tempdir().expect("temp dir");
        let missing = dir.path().join("missing.mmdb");
        let err = GeoDb::open(&missing).expect_err("missing file");
        assert!(format!("{err:#}").contains("missing.mmdb"), "{err:#}");

        let garbage = dir.path().join("garbage.mmdb");
        std::fs::write(&garbage, b"not a MaxMind database").expect("write");
        let err = GeoDb::open(&garbage).expect_err("not a database");
        assert!(format!("{err:#}").contains("garbage.mmdb"), "{err:#}");
    }
}
