//! Data releases side by side, as the data sidecar lays them out (`deploy/`,
//! `scripts/data-sync.sh`): `releases/<version>/` directories and one `current` symlink to one of
//! them, swapped by renaming a new symlink over it. The server, pointed at `current`, follows
//! every swap without a restart, and a swap while it reloads never serves half of one release
//! and half of another.

use crate::helpers::{repo_data, spawn_app_with, TestApp};
use lifelines::metrics::ReloadOutcome;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A page showing rows of two files: a resource (`resources.csv`) and a guide's step
/// (`text-en.csv`).
const PAGE: &str = "/us?topic=psychedelic";
const NAME: &str = "Fireside Project Psychedelic Peer Support Line";
const STEP: &str = "Move somewhere calm, warm and quiet, away from noise and crowds.";

/// The marker a release carries in both files, e.g. `[release a]`.
fn marker(release: &str) -> String {
    format!("[release {release}]")
}

/// Writes the repository's data into `root/releases/<release>/`, with the release's marker
/// added to the resource's name and to the guide's step: a page showing both shows the marker
/// twice when it comes from one release, and two different markers when it mixes two.
fn release(root: &Path, release: &str) -> PathBuf {
    let dir = root.join("releases").join(release);
    std::fs::create_dir_all(&dir).unwrap();
    let mark = marker(release);
    for entry in std::fs::read_dir(repo_data()).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        let mut text = std::fs::read_to_string(entry.path()).unwrap();
        let (from, to) = match name.as_str() {
            "resources.csv" => (format!(",{NAME},"), format!(",{NAME} {mark},")),
            "text-en.csv" => (STEP.to_string(), format!("{STEP} {mark}")),
            _ => (String::new(), String::new()),
        };
        if !from.is_empty() {
            assert!(text.contains(&from), "{name} no longer holds {from:?}");
            text = text.replacen(&from, &to, 1);
        }
        std::fs::write(dir.join(&name), text).unwrap();
    }
    dir
}

/// Points `root/current` at `releases/<release>` as the sidecar does: a new relative symlink
/// beside it, renamed over it (one atomic step).
fn activate(root: &Path, release: &str) {
    let staged = root.join(".current.tmp");
    let _ = std::fs::remove_file(&staged);
    std::os::unix::fs::symlink(Path::new("releases").join(release), &staged).unwrap();
    std::fs::rename(&staged, root.join("current")).unwrap();
}

/// Which release a page came from; panics when it shows anything but both markers of one.
fn release_of(html: &str) -> &'static str {
    let count = |r: &str| html.matches(&marker(r)).count();
    match (count("a"), count("b")) {
        (2, 0) => "a",
        (0, 2) => "b",
        (a, b) => panic!("a page mixes two releases: {a} marks of a, {b} of b"),
    }
}

async fn page_release(app: &TestApp) -> &'static str {
    let res = app.get(PAGE).await;
    assert_eq!(res.status(), 200);
    release_of(&res.text().await.unwrap())
}

/// Polls until the page comes from `release`, for at most `limit`.
async fn until_release(app: &TestApp, release: &str, limit: Duration) {
    let started = Instant::now();
    while page_release(app).await != release {
        assert!(
            started.elapsed() < limit,
            "release {release} not served within {limit:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Two releases, `a` current, and a server watching `current` (and polling never).
async fn two_releases(debounce_ms: u64) -> (tempfile::TempDir, TestApp) {
    let root = tempfile::tempdir().unwrap();
    release(root.path(), "a");
    release(root.path(), "b");
    activate(root.path(), "a");
    let current = root.path().join("current");
    let app = spawn_app_with(move |s| {
        s.data_dir = current;
        s.reload.watch = true;
        s.reload.debounce_ms = debounce_ms;
        s.reload.poll_seconds = 0;
    })
    .await;
    (root, app)
}

/// How long a swap may take to be served: a debounce and one load, with room for a busy
/// machine (the test beside this one keeps both cores loaded).
const FOLLOW: Duration = Duration::from_secs(5);

#[tokio::test]
async fn the_server_follows_every_swap_of_the_current_symlink() {
    let (root, app) = two_releases(100).await;
    assert_eq!(page_release(&app).await, "a");
    for next in ["b", "a", "b"] {
        activate(root.path(), next);
        until_release(&app, next, FOLLOW).await;
    }
    // The release now current is watched too: a file renamed into it is seen.
    let dir = root.path().join("releases/b");
    let csv = std::fs::read_to_string(dir.join("resources.csv")).unwrap();
    let edited = csv.replacen(&marker("b"), "[release b edited]", 1);
    std::fs::write(dir.join("resources.csv.tmp"), edited).unwrap();
    std::fs::rename(dir.join("resources.csv.tmp"), dir.join("resources.csv")).unwrap();
    let started = Instant::now();
    while !app
        .get(PAGE)
        .await
        .text()
        .await
        .unwrap()
        .contains("[release b edited]")
    {
        assert!(
            started.elapsed() < FOLLOW,
            "an edit in the current release was not seen"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn swapping_releases_under_load_serves_one_whole_release_per_answer_and_never_fails() {
    const RELOADS: u64 = 8;
    const CLIENTS: usize = 3;
    let (root, app) = two_releases(5).await;
    assert_eq!(page_release(&app).await, "a");
    let versions: Vec<String> = ["a", "b"]
        .iter()
        .map(|r| lifelines::directory::load::fingerprint(&root.path().join("releases").join(r)))
        .collect();
    let stop = Arc::new(AtomicBool::new(false));
    let served = Arc::new([AtomicUsize::new(0), AtomicUsize::new(0)]);

    // Clients asking for the page as fast as it is answered; every answer must be a 200 from
    // exactly one release.
    let mut clients = Vec::new();
    for _ in 0..CLIENTS {
        let (client, url) = (app.client.clone(), format!("{}{PAGE}", app.address));
        let (stop, served) = (stop.clone(), served.clone());
        clients.push(tokio::spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                let res = client.get(&url).send().await.expect("request answered");
                assert_eq!(res.status(), 200, "a request failed during the swaps");
                let html = res.text().await.expect("body read");
                let index = usize::from(release_of(&html) == "b");
                served[index].fetch_add(1, Ordering::Relaxed);
            }
        }));
    }

    // Reloads beside the watcher's, as `SIGHUP` and the periodic check make them: they start
    // at any moment of a swap, not only once it has settled.
    let reloader = app.reloader.clone();
    let poller_stop = stop.clone();
    let poller = std::thread::spawn(move || {
        while !poller_stop.load(Ordering::Relaxed) {
            reloader.reload_data();
            std::thread::sleep(Duration::from_millis(10));
        }
    });

    // The swaps, at uneven intervals so that they land before, during and after the loads,
    // until the server has published a new snapshot `RELOADS` times.
    let swapper_root = root.path().to_path_buf();
    let publisher = app.publisher.clone();
    let swapper = std::thread::spawn(move || {
        let started = Instant::now();
        let mut seen = std::collections::HashSet::new();
        let mut swaps = 0;
        while publisher.metrics().reloads(ReloadOutcome::replaced) < RELOADS {
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "{RELOADS} reloads not done in a minute of swaps"
            );
            swaps += 1;
            activate(&swapper_root, if swaps % 2 == 1 { "b" } else { "a" });
            std::thread::sleep(Duration::from_millis((swaps * 37 % 23) * 10));
            seen.insert(publisher.edition().snapshot().version.clone());
        }
        (swaps, seen)
    });
    let (swaps, seen) = tokio::task::spawn_blocking(move || swapper.join().unwrap())
        .await
        .unwrap();
    // The last swap's release is served in the end.
    let last = if swaps % 2 == 1 { "b" } else { "a" };
    until_release(&app, last, FOLLOW).await;
    stop.store(true, Ordering::Relaxed);
    for client in clients {
        client.await.expect("no client saw a failure or a mix");
    }
    poller.join().unwrap();

    let [a, b] = [0, 1].map(|i| served[i].load(Ordering::Relaxed));
    let replaced = app.publisher.metrics().reloads(ReloadOutcome::replaced);
    let rejected = app.publisher.metrics().reloads(ReloadOutcome::rejected);
    eprintln!("{swaps} swaps, {replaced} reloads, pages served: {a} from a, {b} from b");
    assert!(
        a > 0 && b > 0,
        "both releases served: {a} from a, {b} from b"
    );
    assert_eq!(rejected, 0, "a reload was refused");
    for version in &seen {
        assert!(
            versions.contains(version),
            "a snapshot {version} of neither release was published"
        );
    }
}
