//! Where a visitor is: the GeoIP database, the client address behind trusted proxies, and the
//! resolution chain (URL → CDN header → GeoIP → none) of PRODUCT.md "Regions".
//!
//! The client's address is used for one lookup and then dropped: nothing here logs or stores it,
//! and a [`Resolution`] never carries it.

pub mod client;
pub mod db;
pub mod resolve;

pub use client::{client_addr, request_origin, Origin, OriginHeaders};
pub use db::{Attribution, GeoDb};
pub use resolve::{CdnHeaders, RegionSource, Resolution, Resolver};

// The generated database the integration tests use, shared so there is one test fixture.
#[cfg(test)]
#[path = "../../tests/support/geoip.rs"]
pub(crate) mod test_db;
