//! A small GeoIP2-City-shaped MaxMind DB for tests, mapping documentation-range addresses
//! (RFC 5737, RFC 3849) to known regions, so tests never depend on a real GeoIP download.

// Each test binary that includes this module uses a different subset of it.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufWriter, Write};
use std::net::IpAddr;
use std::path::Path;

use ipnet::IpNet;
use maxminddb_writer::metadata::IpVersion;
use maxminddb_writer::paths::IpAddrWithMask;
use maxminddb_writer::Database;
use serde::Serialize;

/// An address the test database places in California (`US-CA`).
pub const CALIFORNIA: &str = "192.0.2.10";
/// An address the test database places in Toronto, Ontario (`CA-ON`).
pub const TORONTO: &str = "192.0.2.200";
/// An address the test database places in London, England (`GB-ENG`).
pub const LONDON: &str = "198.51.100.10";
/// An address the test database places in Antarctica (`AQ`), with no subdivision: a country
/// the directory has no data for.
pub const ANTARCTICA: &str = "198.51.100.200";
/// An IPv6 address the test database places in New York (`US-NY`).
pub const NEW_YORK_V6: &str = "2001:db8:1::10";
/// An address the test database does not know.
pub const UNKNOWN: &str = "203.0.113.10";

/// The database's networks: (network, country, subdivision).
pub const NETWORKS: &[(&str, &str, Option<&str>)] = &[
    ("192.0.2.0/25", "US", Some("CA")),
    ("192.0.2.128/25", "CA", Some("ON")),
    ("198.51.100.0/25", "GB", Some("ENG")),
    ("198.51.100.128/25", "AQ", None),
    ("2001:db8:1::/48", "US", Some("NY")),
];

/// The `database_type` written to the metadata, as MaxMind's free City database has it.
pub const DATABASE_TYPE: &str = "GeoLite2-City";

/// A record shaped like GeoIP2 City's, reduced to the fields lifelines reads.
#[derive(Serialize)]
struct CityRecord<'a> {
    country: IsoCode<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    subdivisions: Vec<IsoCode<'a>>,
}

/// `{"iso_code": …}`, as in GeoIP2's `country` and `subdivisions[]` maps.
#[derive(Serialize)]
struct IsoCode<'a> {
    iso_code: &'a str,
}

/// Writes the test database to `path`; panics if it cannot (this is test setup).
pub fn write_test_db(path: &Path) {
    write_test_db_as(
        path,
        DATABASE_TYPE,
        "GeoLite2 City test database (documentation addresses only)",
    );
}

/// Writes the test database's networks to `path` under another vendor's metadata
/// (`DBIP-City-Lite`, `GeoIP2-City`), as a database swap brings.
pub fn write_test_db_as(path: &Path, database_type: &str, description: &str) {
    let mut db = Database::default();
    // An IPv6 tree with IPv4 under ::/96, the layout of MaxMind's own City databases.
    db.metadata.ip_version = IpVersion::V6;
    db.metadata.database_type = database_type.to_string();
    db.metadata.binary_format_major_version = 2;
    db.metadata.binary_format_minor_version = 0;
    db.metadata.build_epoch = 1_700_000_000;
    db.metadata.languages = vec!["en".to_string()];
    db.metadata.description = HashMap::from([("en".to_string(), description.to_string())]);

    for &(network, country, subdivision) in NETWORKS {
        let record = CityRecord {
            country: IsoCode { iso_code: country },
            subdivisions: subdivision
                .map(|iso_code| IsoCode { iso_code })
                .into_iter()
                .collect(),
        };
        let data = db
            .insert_value(record)
            .expect("the test GeoIP record serializes");
        db.insert_node(tree_path(network), data);
    }

    let file = std::fs::File::create(path)
        .unwrap_or_else(|e| panic!("cannot create {}: {e}", path.display()));
    let mut out = db
        .write_to(BufWriter::new(file))
        .expect("the test GeoIP database writes");
    out.flush().expect("the test GeoIP database flushes");
}

/// The search-tree path of `network` in an IPv6 tree: IPv4 networks live under `::/96`.
fn tree_path(network: &str) -> IpAddrWithMask {
    let network: IpNet = network.parse().expect("test networks are valid CIDR");
    match network {
        IpNet::V4(v4) => IpAddrWithMask::new(
            IpAddr::V6(v4.network().to_ipv6_compatible()),
            96 + v4.prefix_len(),
        ),
        IpNet::V6(v6) => IpAddrWithMask::new(IpAddr::V6(v6.network()), v6.prefix_len()),
    }
}
