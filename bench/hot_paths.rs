//! Micro-benchmarks of the three hot paths: resolving a visitor's region (GeoIP through a
//! trusted proxy), rendering one page (and publishing it: gzip -9 and brotli 11), and composing
//! one SMS reply. Run with `cargo bench`; GeoIP figures need `scripts/fetch-geoip.sh` first.

// criterion_group! and criterion_main! define functions of their own, undocumented.
#![allow(missing_docs)]

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use lifelines::directory::{load, Snapshot};
use lifelines::domain::Topics;
use lifelines::domain::{Region, UiLanguage};
use lifelines::geo::{GeoDb, Resolver};
use lifelines::publish::{Effort, Published};
use lifelines::render::{self, PageKey, Site};
use lifelines::sms::{ComposeOptions, Inbound, Sender, Service};
use std::path::Path;
use std::sync::Arc;

fn snapshot() -> (Snapshot, chrono::DateTime<chrono::Utc>) {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let today = load::newest_verified(&data).expect("dated data");
    let loaded = load::load_dir(&data, today).expect("the repository data loads");
    let now = today.and_hms_opt(12, 0, 0).unwrap().and_utc();
    (Snapshot::new(loaded), now)
}

fn resolution(c: &mut Criterion) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(lifelines::startup::FETCHED_GEOIP);
    let Ok(db) = GeoDb::open(&path) else {
        eprintln!(
            "no {}: run scripts/fetch-geoip.sh for the GeoIP figures",
            path.display()
        );
        return;
    };
    let trusted = vec!["127.0.0.1/32".parse().unwrap()];
    let resolver = Resolver::new(None, Some(Arc::new(db)), trusted);
    // Addresses spread over the space, through the loopback proxy.
    let clients: Vec<String> = (0..1000u32)
        .map(|i| {
            let x = i.wrapping_mul(2_654_435_761);
            format!(
                "{}.{}.{}.{}",
                1 + (x >> 24) % 200,
                (x >> 16) & 255,
                (x >> 8) & 255,
                x & 255
            )
        })
        .collect();
    let peer = Some("127.0.0.1".parse().unwrap());
    let mut i = 0;
    c.bench_function("resolve a region by GeoIP through a trusted proxy", |b| {
        b.iter(|| {
            i = (i + 1) % clients.len();
            let xff = clients[i].as_str();
            let header = |name: &str| name.eq_ignore_ascii_case("x-forwarded-for").then_some(xff);
            black_box(resolver.resolve(None, header, peer))
        })
    });
}

fn rendering(c: &mut Criterion) {
    let (snapshot, now) = snapshot();
    let site = Site::default();
    let key = PageKey::listing(Region::parse("US-CA"), Topics::default(), UiLanguage::En);
    c.bench_function("render /us/ca", |b| {
        b.iter(|| {
            black_box(render::render(&snapshot, &Default::default(), &site, &key, now).unwrap())
        })
    });
    c.bench_function("render and publish /us/ca (gzip -9, brotli 11)", |b| {
        b.iter(|| {
            let page = render::render(&snapshot, &Default::default(), &site, &key, now).unwrap();
            black_box(Published::compressed(page, Effort::Best))
        })
    });
}

fn sms(c: &mut Criterion) {
    let (snapshot, now) = snapshot();
    let service = Service::new(ComposeOptions::default());
    c.bench_function("compose the SMS reply to \"90210\"", |b| {
        b.iter(|| {
            let inbound = Inbound {
                text: "90210",
                sender: Sender::unknown(),
                gateway: None,
            };
            black_box(service.reply(&snapshot, &inbound, now))
        })
    });
}

criterion_group!(benches, resolution, rendering, sms);
criterion_main!(benches);
