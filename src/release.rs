//! Data releases: `lifelines release DIR` compares the data with the previous release, appends
//! what changed to the data's history file, and writes the release: the data files as they
//! are, and `lifelines-data.zip` (the data files and the HSDS package, byte for byte the same
//! for the same data), signed with a maintainer's minisign key when one is given.
//!
//! A release directory is itself a data directory: a server pointed at it loads the files and
//! serves the archive and its signature as released. With `[release] public_key` configured, a
//! server loads only a directory whose archive's signature verifies and whose files are the
//! archive's (see [`crate::directory::signed`]).

use crate::directory::history::{Change, Entry, History, Release, HISTORY};
use crate::directory::load::{self, FILES};
use crate::directory::signed::{ARCHIVE, HSDS_PREFIX, SIGNATURE};
use crate::directory::Snapshot;
use anyhow::{bail, Context};
use chrono::{DateTime, Utc};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};

/// What a release needs besides the data.
pub struct Options {
    /// Where the release is written (a directory, created if absent).
    pub out: PathBuf,
    /// The previous release: its archive or its directory. Default: `out`'s archive, if any.
    pub previous: Option<PathBuf>,
    /// The release's name (default: the time, `20261206-013000`).
    pub name: Option<String>,
    /// When the release is made.
    pub now: DateTime<Utc>,
    /// A minisign secret key file to sign the archive with.
    pub secret_key: Option<PathBuf>,
    /// The secret key's password; `None` for a key made without one (`minisign -G -W`).
    pub password: Option<String>,
}

/// What [`make`] made.
pub struct Made {
    /// The release, as appended to the history.
    pub release: Release,
    /// The archive's path.
    pub archive: PathBuf,
    /// Whether it was signed.
    pub signed: bool,
}

/// The data files of a release (or of a directory), by name.
type Files = BTreeMap<String, Vec<u8>>;
/// A CSV row, column to trimmed value.
type Record = BTreeMap<String, String>;
/// What names a row of a file across releases.
type KeyOf = fn(&Record) -> Option<String>;

/// Makes a release of `dir` into `options.out`, appending to `dir`'s history file.
pub fn make(dir: &Path, options: &Options) -> anyhow::Result<Made> {
    let today = options.now.date_naive();
    let failed = |diags: Vec<crate::directory::Diagnostic>| {
        for d in &diags {
            eprintln!("{d}");
        }
        anyhow::anyhow!(
            "{} does not pass `lifelines check`; no release made",
            dir.display()
        )
    };
    let current = Snapshot::new(load::load_dir(dir, today).map_err(failed)?);
    let previous_path = options
        .previous
        .clone()
        .or_else(|| Some(options.out.join(ARCHIVE)).filter(|p| p.is_file()));
    let previous = previous_path
        .as_deref()
        .map(|p| {
            read_release(p).with_context(|| format!("reading the previous release {}", p.display()))
        })
        .transpose()?;
    let files: Files = current
        .file_names()
        .filter(|n| *n != HISTORY)
        .filter_map(|n| Some((n.to_string(), current.file(n)?.to_vec())))
        .collect();
    let entries = match &previous {
        Some(before) => changes(before, &files)?,
        None => changes(&Files::new(), &files)?,
    };
    let latest = current.history().latest();
    if entries.is_empty() {
        bail!(
            "nothing changed since the previous release{}; no release made",
            latest.map(|r| format!(" ({})", r.name)).unwrap_or_default()
        );
    }
    let name = options
        .name
        .clone()
        .unwrap_or_else(|| options.now.format("%Y%m%d-%H%M%S").to_string());
    if !crate::directory::history::valid_release_name(&name) {
        bail!("{name:?} cannot name a release: letters, digits, '.', '-' and '_'");
    }
    if let Some(l) = latest {
        if l.name == name || l.at >= options.now {
            bail!(
                "release {} was made at {}: a new release needs a new name and a later time",
                l.name,
                l.at.to_rfc3339()
            );
        }
    }
    let release = Release {
        name,
        at: options.now,
        entries,
    };
    let history_path = dir.join(HISTORY);
    let before = std::fs::read(&history_path).ok();
    let history = History::append(before.as_deref(), &release)?;
    write_atomically(&history_path, &history)?;

    // Read again, so the release holds what `check` accepts, its history included; then build
    // and sign it in memory. Only then is anything written out: a release that cannot be made
    // leaves the history as it was and the output untouched.
    let built = load::load_dir(dir, today)
        .map_err(failed)
        .and_then(|loaded| {
            let released = Snapshot::new(loaded);
            let archive = archive(&released)?;
            let signature = match &options.secret_key {
                Some(key) => Some(sign(&archive, key, options.password.clone(), &release)?),
                None => None,
            };
            Ok((released, archive, signature))
        });
    let (released, archive, signature) = match built {
        Ok(built) => built,
        Err(e) => {
            match &before {
                Some(b) => write_atomically(&history_path, b)?,
                None => std::fs::remove_file(&history_path)?,
            }
            return Err(e);
        }
    };
    std::fs::create_dir_all(&options.out)
        .with_context(|| format!("creating {}", options.out.display()))?;
    // The data files, then the archive, then its signature: a directory that holds a
    // signature holds the archive it signs.
    for name in FILES {
        let path = options.out.join(name);
        match released.file(name) {
            Some(bytes) => write_atomically(&path, bytes)?,
            None if path.exists() => std::fs::remove_file(&path)?,
            None => {}
        }
    }
    let _ = std::fs::remove_file(options.out.join(SIGNATURE));
    let archive_path = options.out.join(ARCHIVE);
    write_atomically(&archive_path, &archive)?;
    let signed = signature.is_some();
    if let Some(signature) = signature {
        write_atomically(&options.out.join(SIGNATURE), signature.as_bytes())?;
    }
    Ok(Made {
        release,
        archive: archive_path,
        signed,
    })
}

/// The release archive of `snapshot`: its data files, then the HSDS package under `hsds/`,
/// each stored with a fixed time and mode, in name order, so the same data always gives the
/// same bytes.
pub fn archive(snapshot: &Snapshot) -> anyhow::Result<Vec<u8>> {
    let mut entries: Vec<(String, Vec<u8>)> = snapshot
        .file_names()
        .filter_map(|n| Some((n.to_string(), snapshot.file(n)?.to_vec())))
        .collect();
    entries.sort();
    let export = crate::api::hsds::Export::new(snapshot);
    for (name, bytes) in crate::api::opendata::hsds_entries(snapshot, &export)? {
        entries.push((format!("{HSDS_PREFIX}{name}"), bytes));
    }
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for (name, bytes) in entries {
        zip.start_file(name, options)?;
        zip.write_all(&bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

/// The data files of a release archive (its `hsds/` entries left out), or of a directory.
pub fn read_release(path: &Path) -> anyhow::Result<Files> {
    if path.is_dir() {
        return Ok(FILES
            .iter()
            .filter_map(|n| Some((n.to_string(), std::fs::read(path.join(n)).ok()?)))
            .collect());
    }
    let bytes = std::fs::read(path)?;
    crate::directory::signed::archive_files(&bytes)
        .map(|files| files.into_iter().collect())
        .map_err(anyhow::Error::msg)
}

/// What changed from `before` to `after`: resources and emergency rows by field, other files
/// whole. The history file itself is never compared.
fn changes(before: &Files, after: &Files) -> anyhow::Result<Vec<Entry>> {
    let mut entries = Vec::new();
    let keyed: [(&str, KeyOf); 2] = [
        (load::RESOURCES, |r| r.get("id").cloned()),
        (load::EMERGENCY, |r| {
            let cc = r.get("country")?;
            let number = r
                .get("number")
                .filter(|n| !n.is_empty())
                .or(r.get("url"))
                .cloned()
                .unwrap_or_default();
            Some(format!("emergency/{cc}/{number}/{}", r.get("channel")?))
        }),
    ];
    for (file, key) in keyed {
        let old = rows(before.get(file), key).with_context(|| format!("reading {file}"))?;
        let new = rows(after.get(file), key).with_context(|| format!("reading {file}"))?;
        for (id, row) in &new {
            match old.get(id) {
                None => entries.push(entry(id, None, Change::Added)),
                Some(was) => {
                    let fields: BTreeSet<&String> = was.keys().chain(row.keys()).collect();
                    for f in fields {
                        if was.get(f).map(String::as_str).unwrap_or_default()
                            != row.get(f).map(String::as_str).unwrap_or_default()
                        {
                            entries.push(entry(id, Some(f), Change::Changed));
                        }
                    }
                }
            }
        }
        for id in old.keys().filter(|id| !new.contains_key(*id)) {
            entries.push(entry(id, None, Change::Retired));
        }
    }
    for name in FILES
        .iter()
        .filter(|n| ![load::RESOURCES, load::EMERGENCY, HISTORY].contains(n))
    {
        let change = match (before.get(*name), after.get(*name)) {
            (None, Some(_)) => Change::Added,
            (Some(_), None) => Change::Retired,
            (Some(a), Some(b)) if a != b => Change::Changed,
            _ => continue,
        };
        entries.push(entry(name, None, change));
    }
    Ok(entries)
}

fn entry(item: &str, field: Option<&String>, change: Change) -> Entry {
    Entry {
        item: item.to_string(),
        field: field.cloned(),
        change,
    }
}

/// A CSV file's rows by key, each as column → trimmed value; comment lines skipped.
fn rows(bytes: Option<&Vec<u8>>, key: KeyOf) -> anyhow::Result<BTreeMap<String, Record>> {
    let Some(bytes) = bytes else {
        return Ok(BTreeMap::new());
    };
    let mut reader = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .flexible(true)
        .from_reader(bytes.as_slice());
    let headers = reader.headers()?.clone();
    let mut out = BTreeMap::new();
    for record in reader.records() {
        let record = record?;
        let row: Record = headers
            .iter()
            .zip(record.iter())
            .map(|(h, v)| (h.trim().to_string(), v.trim().to_string()))
            .collect();
        if let Some(k) = key(&row) {
            out.insert(k, row);
        }
    }
    Ok(out)
}

/// Signs `archive` with the minisign secret key in `key_file`; the trusted comment names the
/// release.
fn sign(
    archive: &[u8],
    key_file: &Path,
    password: Option<String>,
    release: &Release,
) -> anyhow::Result<String> {
    let text = std::fs::read_to_string(key_file)
        .with_context(|| format!("reading the secret key {}", key_file.display()))?;
    let sk_box = minisign::SecretKeyBox::from_string(&text)
        .map_err(|e| anyhow::anyhow!("{} is not a minisign secret key: {e}", key_file.display()))?;
    let sk = match password {
        Some(p) => sk_box.into_secret_key(Some(p)),
        None => sk_box
            .into_unencrypted_secret_key()
            .or_else(|e| without_checksum(&text).ok_or(e)),
    }
    .map_err(|e| anyhow::anyhow!("the secret key could not be opened: {e}"))?;
    let trusted = format!(
        "lifelines data release {} {}",
        release.name,
        release
            .at
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    );
    let signature = minisign::sign(
        None,
        &sk,
        std::io::Cursor::new(archive),
        Some(&trusted),
        Some("signature from a lifelines maintainer's key"),
    )
    .map_err(|e| anyhow::anyhow!("signing failed: {e}"))?;
    Ok(signature.into_string())
}

/// A key made without a password by minisign 0.11 (`minisign -G -W`), which leaves the key's
/// checksum empty (zeros): read as it is. Any other key must pass the crate's own checks.
fn without_checksum(text: &str) -> Option<minisign::SecretKey> {
    use base64::Engine;
    let line = text
        .lines()
        .find(|l| !l.starts_with("untrusted comment:"))?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(line.trim())
        .ok()?;
    let unencrypted = bytes.get(2..4) == Some(&[0, 0]);
    let no_checksum = bytes.len() > 32 && bytes[bytes.len() - 32..].iter().all(|&b| b == 0);
    (unencrypted && no_checksum)
        .then(|| minisign::SecretKey::from_bytes(&bytes).ok())
        .flatten()
}

/// Writes `bytes` to `path` through a temporary file renamed over it, so a reader sees the old
/// file or the new one.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let name = path
        .file_name()
        .context("a file path has a name")?
        .to_string_lossy();
    let tmp = path.with_file_name(format!(".{name}.tmp"));
    std::fs::write(&tmp, bytes).with_context(|| format!("writing {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}
