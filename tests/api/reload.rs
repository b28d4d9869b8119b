//! Live reload: a valid edit to the data is served within seconds without a restart,
//! whether the file is renamed into place (as editors do), a ConfigMap swaps its `..data`
//! symlink, or the operator sends `SIGHUP`; a broken edit is refused, every problem is logged
//! at its file:line:column, and the last good data keeps serving.

use crate::helpers::{data_copy, logged, repo_data, serve, spawn_app_with, TestApp};
use crate::support::geoip;
use lifelines::metrics::ReloadOutcome;
use lifelines::publish::Reload;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const NAME: &str = "Fireside Project Psychedelic Peer Support Line";

/// How long a reload (or a GeoIP reopen) may take to show. One takes well under a second here;
/// the rest is room for a loaded machine running every test at once, so that the tests judge
/// whether a change is picked up, not how fast the machine is.
const WITHIN: Duration = Duration::from_secs(6);
const RENAMED: &str = "Fireside Project (renamed in a test)";

/// The repository's `resources.csv` with Fireside's name changed.
fn edited_resources() -> String {
    let csv = std::fs::read_to_string(repo_data().join("resources.csv")).unwrap();
    assert!(csv.contains(&format!(",{NAME},")));
    csv.replacen(&format!(",{NAME},"), &format!(",{RENAMED},"), 1)
}

/// The repository's `resources.csv` with a bad phone number in Fireside's row, and where.
fn broken_resources() -> String {
    let csv = std::fs::read_to_string(repo_data().join("resources.csv")).unwrap();
    csv.replacen(",US:988,", ",broken-phone,", 1)
}

/// Writes `content` beside `target` and renames it over `target`, as an editor saves.
fn replace_by_rename(target: &Path, content: &str) {
    let tmp = target.with_extension("csv.tmp-save");
    std::fs::write(&tmp, content).unwrap();
    std::fs::rename(&tmp, target).unwrap();
}

async fn watching_app(dir: &Path) -> TestApp {
    let dir = dir.to_path_buf();
    spawn_app_with(move |s| {
        s.data_dir = dir;
        s.reload.watch = true;
        s.reload.debounce_ms = 100;
    })
    .await
}

/// Polls `/us` until `done` holds of its HTML, for at most `limit`; returns how long it took.
async fn until_page(app: &TestApp, limit: Duration, done: impl Fn(&str) -> bool) -> Duration {
    let started = Instant::now();
    loop {
        let html = app.get("/us").await.text().await.unwrap();
        if done(&html) {
            return started.elapsed();
        }
        assert!(
            started.elapsed() < limit,
            "the page did not change in {limit:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_valid_edit_renamed_into_place_is_served_within_seconds() {
    let data = data_copy();
    let app = watching_app(data.path()).await;
    let before = app.publisher.edition().snapshot().version.clone();
    assert!(app.get("/us").await.text().await.unwrap().contains(NAME));
    replace_by_rename(&data.path().join("resources.csv"), &edited_resources());
    until_page(&app, WITHIN, |html| html.contains(RENAMED)).await;
    let after = app.publisher.edition().snapshot().version.clone();
    assert_ne!(before, after);
    let ready = app.get("/readyz").await.text().await.unwrap();
    assert_eq!(ready.trim(), format!("ready {after}"));
}

#[tokio::test]
async fn a_broken_edit_is_refused_logged_at_its_cell_and_the_last_good_data_keeps_serving() {
    let data = data_copy();
    let app = watching_app(data.path()).await;
    let version = app.publisher.edition().snapshot().version.clone();
    let page_before = app.get("/us").await.text().await.unwrap();
    let rejected = || app.publisher.metrics().reloads(ReloadOutcome::rejected);
    replace_by_rename(&data.path().join("resources.csv"), &broken_resources());
    let started = Instant::now();
    while rejected() == 0 {
        assert!(started.elapsed() < WITHIN, "no reload attempted");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // The 988 row is line 2; its phone is the seventh column.
    let csv = broken_resources();
    let line2 = csv.lines().nth(1).unwrap();
    let column = line2.find(",broken-phone,").unwrap() + 2;
    let file = data.path().join("resources.csv");
    let expected = format!("{}:2:{column}: error: phone", file.display());
    let started = Instant::now();
    while !logged().contains(&expected) {
        assert!(started.elapsed() < WITHIN, "{expected} not logged");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(app.publisher.edition().snapshot().version, version);
    assert_eq!(app.get("/readyz").await.status(), 200);
    assert_eq!(app.get("/us").await.text().await.unwrap(), page_before);
    // The same broken files are not validated, or logged, again on the next trigger.
    let refusals = rejected();
    assert!(matches!(app.reloader.reload_data(), Reload::Unchanged));
    assert_eq!(rejected(), refusals);

    // Fixing the file is picked up as usual.
    replace_by_rename(&data.path().join("resources.csv"), &edited_resources());
    until_page(&app, WITHIN, |html| html.contains(RENAMED)).await;
}

/// Lays out `dir` as Kubernetes mounts a ConfigMap: the files are symlinks through `..data`,
/// itself a symlink to a timestamped directory holding the real files.
fn configmap(dir: &Path, generation: &str, files: &[(String, Vec<u8>)]) {
    let real = dir.join(generation);
    std::fs::create_dir(&real).unwrap();
    for (name, bytes) in files {
        std::fs::write(real.join(name), bytes).unwrap();
    }
    let staged = dir.join("..data_tmp");
    std::os::unix::fs::symlink(generation, &staged).unwrap();
    // The swap itself: one rename of the `..data` symlink.
    std::fs::rename(&staged, dir.join("..data")).unwrap();
    for (name, _) in files {
        let link = dir.join(name);
        if std::fs::symlink_metadata(&link).is_err() {
            std::os::unix::fs::symlink(Path::new("..data").join(name), &link).unwrap();
        }
    }
}

fn repo_files() -> Vec<(String, Vec<u8>)> {
    std::fs::read_dir(repo_data())
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_configmap_swapping_its_data_symlink_is_picked_up() {
    let mount = tempfile::tempdir().unwrap();
    let mut files = repo_files();
    configmap(mount.path(), "..2026_12_01_first", &files);
    let app = watching_app(mount.path()).await;
    assert!(app.get("/us").await.text().await.unwrap().contains(NAME));
    for (name, bytes) in &mut files {
        if name == "resources.csv" {
            *bytes = edited_resources().into_bytes();
        }
    }
    configmap(mount.path(), "..2026_12_01_second", &files);
    until_page(&app, WITHIN, |html| html.contains(RENAMED)).await;
}

#[tokio::test]
async fn sighup_makes_the_running_binary_reload() {
    let data = data_copy();
    let served = serve(data.path(), &[]);
    let client = reqwest::Client::new();
    let page = || async {
        client
            .get(format!("{}/us", served.address))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    };
    assert!(page().await.contains(NAME));
    // Edited in place: nothing watches, so only the signal can bring it in.
    std::fs::write(data.path().join("resources.csv"), edited_resources()).unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(page().await.contains(NAME), "reloaded without being asked");
    let status = std::process::Command::new("kill")
        .args(["-HUP", &served.child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let started = Instant::now();
    while !page().await.contains(RENAMED) {
        assert!(started.elapsed() < WITHIN, "SIGHUP did not reload");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_replaced_geoip_database_is_reopened_and_a_broken_one_keeps_the_open_one() {
    let dir = tempfile::tempdir().unwrap();
    let db: PathBuf = dir.path().join("GeoLite2-City.mmdb");
    geoip::write_test_db(&db);
    let app = spawn_app_with({
        let db = db.clone();
        move |s| {
            s.geo.database = Some(db);
            s.reload.watch = true;
            s.reload.debounce_ms = 100;
        }
    })
    .await;
    let region = |html: String| crate::helpers::Page::new(html).texts(".where").join(" ");
    let shown = || async {
        region(
            app.get_forwarded_for("/", geoip::CALIFORNIA)
                .await
                .text()
                .await
                .unwrap(),
        )
    };
    assert!(shown().await.contains("California"));

    // A truncated download renamed into place is refused; the open database keeps answering.
    let tmp = dir.path().join("download.tmp");
    std::fs::write(&tmp, b"not a MaxMind database").unwrap();
    std::fs::rename(&tmp, &db).unwrap();
    let started = Instant::now();
    while !logged().contains("GeoIP database not reopened") {
        assert!(started.elapsed() < WITHIN, "no reopen attempted");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(shown().await.contains("California"));

    // A good database renamed into place is opened.
    let before = logged().matches("GeoIP database reopened").count();
    geoip::write_test_db(&tmp);
    std::fs::rename(&tmp, &db).unwrap();
    let started = Instant::now();
    while logged().matches("GeoIP database reopened").count() == before {
        assert!(started.elapsed() < WITHIN, "not reopened");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(shown().await.contains("California"));
}

#[tokio::test]
async fn a_word_added_to_the_word_file_is_understood_after_the_reload_without_a_restart() {
    let data = data_copy();
    let app = watching_app(data.path()).await;
    let reply = |text: &'static str| {
        let app = &app;
        async move {
            let response = app.get(&format!("/sms/reply?text={text}")).await;
            assert_eq!(response.status(), 200);
            response.text().await.unwrap()
        }
    };
    // "shrooms" is a psychedelic word: California's lines narrowed to that topic. "mushies" is
    // not known yet, so it gets California's lines as a word nobody knows does.
    let psychedelic = reply("shrooms%20california").await;
    let unknown = reply("zzzz%20california").await;
    assert_ne!(psychedelic, unknown);
    assert_eq!(reply("mushies%20california").await, unknown);
    let before = app.publisher.edition().snapshot().version.clone();

    let path = data.path().join("sms-words.csv");
    let words = std::fs::read_to_string(&path).unwrap();
    let added = words.replacen(
        "shrooms,psychedelic,en\n",
        "shrooms,psychedelic,en\nmushies,psychedelic,en\n",
        1,
    );
    assert_ne!(added, words);
    replace_by_rename(&path, &added);
    let started = Instant::now();
    while reply("mushies%20california").await != psychedelic {
        assert!(
            started.elapsed() < WITHIN,
            "the new word was not understood after the reload"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_ne!(app.publisher.edition().snapshot().version, before);
    assert_eq!(reply("Mushies!%20California").await, psychedelic);
}

#[tokio::test]
async fn the_footer_credits_the_geoip_database_loaded_after_every_swap() {
    let dir = tempfile::tempdir().unwrap();
    let db: PathBuf = dir.path().join("city.mmdb");
    geoip::write_test_db(&db);
    let app = spawn_app_with({
        let db = db.clone();
        move |s| s.geo.database = Some(db)
    })
    .await;
    // The credit in the footer: its words and where its link goes.
    let credit = |path: &'static str| {
        let app = &app;
        async move {
            let page = app.page(path).await;
            (
                page.texts("footer .attribution").join(" "),
                page.attrs("footer .attribution a", "href").join(" "),
            )
        }
    };
    let swap = |database_type: &str, description: &str| {
        let tmp = dir.path().join("download.tmp");
        geoip::write_test_db_as(&tmp, database_type, description);
        std::fs::rename(&tmp, &db).unwrap();
        app.reloader.reload_geoip();
    };
    let maxmind = (
        "This product includes GeoLite2 data created by MaxMind, available from \
         https://www.maxmind.com"
            .to_string(),
        "https://www.maxmind.com".to_string(),
    );
    let dbip = (
        "IP Geolocation by DB-IP".to_string(),
        "https://db-ip.com".to_string(),
    );
    assert_eq!(credit("/us/ca").await, maxmind);
    // Pages already stored (this one, just asked for) and new ones alike follow the swap.
    swap("DBIP-City-Lite", "IP to City Lite (DB-IP, CC BY 4.0)");
    for path in ["/us/ca", "/regions", "/about"] {
        assert_eq!(credit(path).await, dbip, "{path}");
    }
    assert!(app
        .page("/about")
        .await
        .text()
        .contains("IP Geolocation by DB-IP"));
    // A commercial database needs no credit.
    swap("GeoIP2-City", "GeoIP2 City database");
    assert_eq!(credit("/us/ca").await, (String::new(), String::new()));
    swap("GeoLite2-City", "GeoLite2 City database");
    assert_eq!(credit("/us/ca").await, maxmind);
    // The lookups use the new file all along.
    let home = app.get_forwarded_for("/", geoip::CALIFORNIA).await;
    assert!(home.text().await.unwrap().contains("California"));
}

#[tokio::test]
async fn a_town_added_to_the_gazetteer_is_found_after_the_reload_and_a_broken_row_is_refused() {
    let data = data_copy();
    let app = watching_app(data.path()).await;
    let reply = |text: &'static str| {
        let app = &app;
        async move {
            let response = app.get(&format!("/sms/reply?text={text}")).await;
            assert_eq!(response.status(), 200);
            response.text().await.unwrap()
        }
    };
    assert!(!reply("zqxville").await.starts_with("Zqxville"));
    let path = data.path().join("places.csv");
    let places = std::fs::read_to_string(&path).unwrap();
    let header = "name,region,population,keys\n";
    // A made-up town: the data is validated and swapped in whole, then it is read.
    let added = places.replacen(
        header,
        &format!("{header}Zqxville,US-CO,20001,zqxville\n"),
        1,
    );
    replace_by_rename(&path, &added);
    let started = Instant::now();
    while !reply("zqxville")
        .await
        .starts_with("Zqxville, Colorado. Emergency: 911")
    {
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "the new town was not read after the reload"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // A row with an unknown region: refused at its cell, and the last good data keeps serving.
    let version = app.publisher.edition().snapshot().version.clone();
    let rejected = || app.publisher.metrics().reloads(ReloadOutcome::rejected);
    let before = rejected();
    let broken = places.replacen(
        header,
        &format!("{header}Zqxville,US-ZZ,20001,zqxville\n"),
        1,
    );
    replace_by_rename(&path, &broken);
    let started = Instant::now();
    while rejected() == before {
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "no reload attempted"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let line = broken
        .lines()
        .position(|l| l.starts_with("Zqxville"))
        .unwrap()
        + 1;
    let expected = format!("places.csv:{line}:10: error: region");
    let started = Instant::now();
    while !logged().contains(&expected) {
        assert!(started.elapsed() < WITHIN, "{expected} not logged");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(app.publisher.edition().snapshot().version, version);
    assert!(reply("zqxville").await.starts_with("Zqxville, Colorado"));
}
