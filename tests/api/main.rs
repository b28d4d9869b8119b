//! Integration tests: the real app on port 0, asserted through HTTP and parsed HTML; the real
//! binary for the command line. Compiled as one test binary.

#[path = "../support/mod.rs"]
mod support;

mod access;
mod caching;
mod changes;
mod check;
mod data;
mod geo;
mod helpers;
mod hostile;
mod hsds;
mod languages;
mod lifecycle;
mod limits;
mod metrics;
mod pages;
mod partner_api;
mod partners;
mod places;
mod privacy;
mod publish;
mod releases;
mod reload;
mod sms;
mod verify;
mod visitor;
mod weight;
