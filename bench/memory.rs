//! How much memory one data snapshot holds and how long it takes to build: the live heap bytes
//! a counting allocator sees after loading a data directory into a `Snapshot` (what a reload
//! builds beside the one in use), and the process's resident set.
//!
//! `cargo run --release --example memory -- [DATA_DIR]` (default: the repository's data/).

// A counting global allocator needs `unsafe impl GlobalAlloc`; it only wraps the system's.
#![allow(unsafe_code)]
#![allow(missing_docs)]

use lifelines::directory::{load, Snapshot};
use std::alloc::{GlobalAlloc, Layout, System};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            LIVE.fetch_add(new_size, Ordering::Relaxed);
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn rss_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data"));
    let today = load::newest_verified(&dir).expect("dated data");
    let rss_before = rss_kib("VmRSS:");
    let before = LIVE.load(Ordering::Relaxed);
    let started = Instant::now();
    let loaded = load::load_dir(&dir, today).expect("the data loads");
    let snapshot = Snapshot::new(loaded);
    let took = started.elapsed();
    let live = LIVE.load(Ordering::Relaxed) - before;
    let rss_after = rss_kib("VmRSS:");
    println!(
        "snapshot of {}: {:.1} MiB live heap, built in {} ms; resident set {:.1} -> {:.1} MiB (peak {:.1} MiB)",
        dir.display(),
        mib(live as u64),
        took.as_millis(),
        mib(rss_before * 1024),
        mib(rss_after * 1024),
        mib(rss_kib("VmHWM:") * 1024),
    );
    drop(snapshot);
}
