//! Data releases through the real binary and the real app: `lifelines release` appends what
//! changed to the history, `/data/changes.atom`, `/api/v1/changes` and HSDS's `modified_after`
//! show it, and a server given the maintainers' public key loads only what they signed.

use crate::helpers::{data_copy, lifelines, spawn_app_with};
use lifelines::publish::Reload;
use std::path::Path;

/// A minisign key pair made in the test (no password): the secret key file, and the public
/// key as `/data` and `minisign -P` show it.
fn keys(dir: &Path) -> (std::path::PathBuf, String) {
    let minisign::KeyPair { pk, sk } = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
    let path = dir.join("test.key");
    std::fs::write(&path, sk.to_box(None).unwrap().to_string()).unwrap();
    (path, pk.to_base64())
}

/// `lifelines release DATA --out OUT --name NAME --at AT [--sign KEY]`, which must succeed; its
/// output.
fn release(data: &Path, out: &Path, name: &str, at: &str, key: Option<&Path>) -> String {
    let mut cmd = lifelines();
    cmd.arg("release")
        .arg(data)
        .arg("--out")
        .arg(out)
        .args(["--name", name, "--at", at]);
    if let Some(key) = key {
        cmd.arg("--sign").arg(key);
    }
    let run = cmd.output().unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout).into_owned();
    assert!(
        run.status.success(),
        "release {name} failed: {stdout}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    stdout
}

/// A copy of the repository's data without its history: these tests make their own releases.
fn unreleased() -> tempfile::TempDir {
    let data = data_copy();
    let _ = std::fs::remove_file(data.path().join("history.csv"));
    data
}

/// Replaces `old` by `new` in `dir/resources.csv`, where it must appear once.
fn edit(dir: &Path, old: &str, new: &str) {
    let path = dir.join("resources.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.matches(old).count(), 1, "{old} is not in one row");
    std::fs::write(&path, text.replace(old, new)).unwrap();
}

/// Release times from the test's "now" (after the data was last confirmed), never the calendar.
fn at(days: u64) -> String {
    (crate::helpers::test_now() + chrono::Days::new(days))
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
/// FRANK's number, and the one the test changes it to.
const FRANK: &str = "+443001236600";
const CHANGED: &str = "+443001236601";

#[tokio::test]
async fn a_changed_number_is_in_the_atom_feed_the_changes_api_and_modified_after() {
    let data = unreleased();
    let out = tempfile::tempdir().unwrap();
    let (key, public) = keys(out.path());
    let first = release(data.path(), out.path(), "r1", &at(0), Some(&key));
    assert!(first.contains("added frank-uk"), "{first}");
    edit(data.path(), FRANK, CHANGED);
    let second = release(data.path(), out.path(), "r2", &at(5), Some(&key));
    assert!(second.starts_with("changed frank-uk phone\n"), "{second}");
    assert!(second.contains("release r2: 1 changes"), "{second}");

    let served = out.path().to_path_buf();
    let app = spawn_app_with(|s| {
        s.data_dir = served;
        s.release.public_key = Some(public.clone());
    })
    .await;

    // The feed: Atom (RFC 4287), the newest release first, naming the row and the field.
    let res = app.get("/data/changes.atom").await;
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/atom+xml"));
    let xml = res.text().await.unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let feed = doc.root_element();
    const ATOM: &str = "http://www.w3.org/2005/Atom";
    assert_eq!(feed.tag_name().name(), "feed");
    assert_eq!(feed.tag_name().namespace(), Some(ATOM));
    fn child<'a, 'input>(
        node: roxmltree::Node<'a, 'input>,
        name: &str,
    ) -> Option<roxmltree::Node<'a, 'input>> {
        node.children()
            .find(|c| c.tag_name().name() == name && c.tag_name().namespace() == Some(ATOM))
    }
    for required in ["id", "title", "updated", "author"] {
        assert!(
            child(feed, required).is_some(),
            "the feed has no {required}"
        );
    }
    let entries: Vec<_> = feed
        .children()
        .filter(|c| c.tag_name().name() == "entry")
        .collect();
    assert_eq!(entries.len(), 2);
    for e in &entries {
        for required in ["id", "title", "updated", "content"] {
            assert!(child(*e, required).is_some(), "an entry has no {required}");
        }
    }
    let newest = entries[0];
    assert_eq!(
        child(newest, "updated").unwrap().text(),
        Some(
            chrono::DateTime::parse_from_rfc3339(&at(5))
                .unwrap()
                .to_rfc3339()
                .as_str()
        )
    );
    let content = child(newest, "content").unwrap().text().unwrap();
    assert_eq!(content.trim(), "changed frank-uk phone");
    assert!(child(entries[1], "content")
        .unwrap()
        .text()
        .unwrap()
        .contains("added frank-uk"));

    // The same as JSON.
    let changes: serde_json::Value = app.get("/api/v1/changes").await.json().await.unwrap();
    assert_eq!(changes["releases"][0]["release"], "r2");
    assert_eq!(
        changes["releases"][0]["changes"],
        serde_json::json!([{"item": "frank-uk", "field": "phone", "change": "changed"}])
    );

    // HSDS: only what changed on or after the second release, with when it changed.
    let page: serde_json::Value = app
        .get(&format!("/api/v1/hsds/services?modified_after={}", at(5)))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(page["total_items"], 1, "{page}");
    let service = &page["contents"][0];
    assert_eq!(service["phones"][0]["number"], CHANGED);
    assert_eq!(service["last_modified"], at(5));
    let later: serde_json::Value = app
        .get(&format!(
            "/api/v1/hsds/services?modified_after={}",
            (crate::helpers::test_now() + chrono::Days::new(5) + chrono::Duration::seconds(1))
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        ))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(later["total_items"], 0);
    let all: serde_json::Value = app
        .get(&format!("/api/v1/hsds/services?modified_after={}", at(0)))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        all["total_items"],
        app.publisher.edition().snapshot().resources().len()
    );
    let bad = app
        .get("/api/v1/hsds/services?modified_after=yesterday")
        .await;
    assert_eq!(bad.status(), 400);

    // The archive and its signature, as released, verify with the key `/data` shows.
    let page = app.page("/data").await;
    assert!(page.text().contains(&public), "/data does not show the key");
    let archive = app.get("/data/lifelines-data.zip").await;
    assert_eq!(archive.status(), 200);
    let archive = archive.bytes().await.unwrap();
    assert_eq!(
        archive.as_ref(),
        std::fs::read(out.path().join("lifelines-data.zip")).unwrap()
    );
    let signature = app
        .get("/data/lifelines-data.zip.minisig")
        .await
        .text()
        .await
        .unwrap();
    let pk = minisign_verify::PublicKey::from_base64(&public).unwrap();
    let sig = minisign_verify::Signature::decode(&signature).unwrap();
    pk.verify(&archive, &sig, false).unwrap();
    assert!(sig.trusted_comment().contains("r2"));
    let mut changed = archive.to_vec();
    let middle = changed.len() / 2;
    changed[middle] ^= 1;
    assert!(pk.verify(&changed, &sig, false).is_err());
}

#[tokio::test]
async fn a_server_with_the_public_key_refuses_a_changed_byte_and_keeps_the_last_good_release() {
    let data = unreleased();
    let out = tempfile::tempdir().unwrap();
    let (key, public) = keys(out.path());
    release(data.path(), out.path(), "r1", &at(0), Some(&key));
    let served = out.path().to_path_buf();
    let app = spawn_app_with(|s| {
        s.data_dir = served;
        s.release.public_key = Some(public.clone());
    })
    .await;
    let version = app.publisher.edition().snapshot().version.clone();
    let page = app.get("/gb").await.text().await.unwrap();
    assert!(page.contains("0300 123 6600"), "FRANK is not on /gb");

    // One byte of one served file changed: refused, and the release keeps serving.
    edit(out.path(), FRANK, CHANGED);
    assert!(matches!(app.reloader.reload_data(), Reload::Rejected(_)));
    assert_eq!(app.publisher.edition().snapshot().version, version);
    assert_eq!(app.get("/gb").await.text().await.unwrap(), page);

    // The file put back but one byte of the archive changed: refused too.
    edit(out.path(), CHANGED, FRANK);
    let zip = out.path().join("lifelines-data.zip");
    let mut bytes = std::fs::read(&zip).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 1;
    std::fs::write(&zip, &bytes).unwrap();
    assert!(matches!(app.reloader.reload_data(), Reload::Rejected(_)));
    assert_eq!(app.get("/gb").await.text().await.unwrap(), page);

    // A release signed with another key: refused.
    bytes[middle] ^= 1;
    std::fs::write(&zip, &bytes).unwrap();
    let other = tempfile::tempdir().unwrap();
    let (other_key, _) = keys(other.path());
    edit(data.path(), FRANK, CHANGED);
    release(data.path(), out.path(), "r2", &at(5), Some(&other_key));
    assert!(matches!(app.reloader.reload_data(), Reload::Rejected(_)));
    assert_eq!(app.get("/gb").await.text().await.unwrap(), page);

    // Signed with the maintainers' key, the same change is served.
    edit(data.path(), CHANGED, "+443001236602");
    release(data.path(), out.path(), "r3", &at(6), Some(&key));
    assert!(matches!(app.reloader.reload_data(), Reload::Replaced(_)));
    assert!(app
        .get("/gb")
        .await
        .text()
        .await
        .unwrap()
        .contains("0300 123 6602"));
}

#[tokio::test]
async fn a_server_without_a_key_serves_unsigned_data_and_says_so() {
    let app = spawn_app_with(|_| {}).await;
    let page = app.page("/data").await;
    assert!(
        page.text().contains("served unsigned"),
        "/data does not say the data is unsigned"
    );
    assert_eq!(app.get("/data/lifelines-data.zip").await.status(), 404);
    // With a key, the repository's data (no signed release) is not served at all.
    let repo = crate::helpers::repo_data();
    let refused = lifelines::startup::Application::build({
        let mut s = lifelines::config::Settings {
            listen: "127.0.0.1:0".into(),
            data_dir: repo,
            ..Default::default()
        };
        s.release.public_key =
            Some("RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3".into());
        s
    });
    assert!(refused.is_err());
}

#[test]
fn a_release_is_the_same_bytes_for_the_same_data_and_is_not_made_without_a_change() {
    let a = unreleased();
    let b = unreleased();
    let out_a = tempfile::tempdir().unwrap();
    let out_b = tempfile::tempdir().unwrap();
    release(a.path(), out_a.path(), "r1", &at(0), None);
    release(b.path(), out_b.path(), "r1", &at(0), None);
    let zip = |dir: &Path| std::fs::read(dir.join("lifelines-data.zip")).unwrap();
    assert_eq!(zip(out_a.path()), zip(out_b.path()));
    assert_eq!(
        std::fs::read(a.path().join("history.csv")).unwrap(),
        std::fs::read(b.path().join("history.csv")).unwrap()
    );
    // Nothing changed since r1: no release, and the history is as it was.
    let history = std::fs::read(a.path().join("history.csv")).unwrap();
    let again = lifelines()
        .arg("release")
        .arg(a.path())
        .arg("--out")
        .arg(out_a.path())
        .args(["--name", "r2", "--at", &at(5)])
        .output()
        .unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("nothing changed since"));
    assert_eq!(
        std::fs::read(a.path().join("history.csv")).unwrap(),
        history
    );
    // `check` reads the history it wrote.
    let check = lifelines()
        .args(["check", "--today"])
        .arg(crate::helpers::test_now().date_naive().to_string())
        .arg(a.path())
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}
