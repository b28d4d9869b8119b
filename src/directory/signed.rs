//! A release's archive and its minisign signature, as `lifelines release` writes them into a
//! release directory: what a server serves as released, and, with a public key configured,
//! the proof it checks before it loads a directory at all.

use super::diagnostic::Diagnostic;
use std::io::Read;
use std::path::Path;

/// The release archive's name in a release directory and under `/data/`.
pub const ARCHIVE: &str = "lifelines-data.zip";
/// Its minisign signature.
pub const SIGNATURE: &str = "lifelines-data.zip.minisig";
/// Where the archive keeps the HSDS package.
pub const HSDS_PREFIX: &str = "hsds/";
/// The largest entry an archive may hold: no data file comes near it, and a zip bomb stops here.
const ENTRY_LIMIT: u64 = 256 * 1024 * 1024;

/// A release as a directory holds it: the archive's bytes and, if signed, the signature.
#[derive(Clone, Debug)]
pub struct Released {
    /// `lifelines-data.zip` as released, with its ETag (from its SHA-256).
    pub archive: Served,
    /// Its `.minisig`, as released.
    pub signature: Option<Served>,
    /// The signature's trusted comment, when it was verified with the configured key.
    pub verified: Option<String>,
    /// The configured public key it was verified with.
    pub public_key: Option<String>,
}

/// A file served byte for byte as released, and its ETag, both made once per load.
#[derive(Clone, Debug)]
pub struct Served {
    /// The bytes (cheap to clone into each answer).
    pub bytes: bytes::Bytes,
    /// `"…"`: the first 12 bytes of the SHA-256, in hex.
    pub etag: String,
}

impl Served {
    fn new(bytes: Vec<u8>) -> Served {
        use sha2::Digest;
        let digest = sha2::Sha256::digest(&bytes);
        let hex: String = digest.iter().take(12).map(|b| format!("{b:02x}")).collect();
        Served {
            bytes: bytes.into(),
            etag: format!("\"{hex}\""),
        }
    }
}

/// The data files of a release archive, by name, in archive order (its `hsds/` entries left
/// out); a file that is not one of the data files is refused.
pub fn archive_files(bytes: &[u8]) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("not a zip archive: {e}"))?;
    let mut files = Vec::new();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(|e| format!("entry {i}: {e}"))?;
        let name = entry
            .name()
            .map_err(|e| format!("entry {i}: {e}"))?
            .to_string();
        if name.starts_with(HSDS_PREFIX) {
            continue;
        }
        if !super::load::FILES.contains(&name.as_str()) {
            return Err(format!("{name:?} is not a data file"));
        }
        let mut data = Vec::new();
        (&mut entry)
            .take(ENTRY_LIMIT + 1)
            .read_to_end(&mut data)
            .map_err(|e| format!("{name}: {e}"))?;
        if data.len() as u64 > ENTRY_LIMIT {
            return Err(format!("{name} is larger than any data file may be"));
        }
        files.push((name, data));
    }
    Ok(files)
}

/// Reads `dir`'s release archive and signature, if any, and checks them against `files` (the
/// data files just loaded from `dir`, as read). With `public_key` (a minisign public key, as
/// `minisign -G` writes it: the base64 line, or the whole file), the archive must be there,
/// signed with that key, and hold exactly `files`; otherwise it is an error naming what
/// failed, and the directory must not be served. Without a key, an archive that does not hold
/// exactly `files` is left out (a warning), so what `/data` serves is never another version.
pub fn check(
    dir: &Path,
    files: &[(String, Vec<u8>)],
    public_key: Option<&str>,
) -> Result<(Option<Released>, Option<Diagnostic>), Diagnostic> {
    let shown = |name: &str| dir.join(name).display().to_string();
    let refuse = |name: &str, message: String| Err(Diagnostic::error(&shown(name), 1, 1, message));
    let archive = match std::fs::read(dir.join(ARCHIVE)) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return refuse(ARCHIVE, format!("cannot read: {e}")),
    };
    let signature = match std::fs::read(dir.join(SIGNATURE)) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return refuse(SIGNATURE, format!("cannot read: {e}")),
    };
    let Some(archive) = archive else {
        return match public_key {
            Some(_) => refuse(
                ARCHIVE,
                "a public key is configured ([release] public_key) but the data directory holds no signed release: make one with `lifelines release`".into(),
            ),
            None => Ok((None, None)),
        };
    };
    let mut verified = None;
    if let Some(key) = public_key {
        let Some(signature) = &signature else {
            return refuse(SIGNATURE, "missing: the release is not signed".into());
        };
        match verify(key, &archive, signature) {
            Ok(comment) => verified = Some(comment),
            Err(e) => return refuse(SIGNATURE, e),
        }
    }
    let same = match archive_files(&archive) {
        Ok(mut held) => {
            held.sort();
            let mut read: Vec<(String, Vec<u8>)> = files.to_vec();
            read.sort();
            if held == read {
                Ok(())
            } else {
                let differs: Vec<&str> = read
                    .iter()
                    .map(|(n, _)| n.as_str())
                    .chain(held.iter().map(|(n, _)| n.as_str()))
                    .filter(|n| {
                        held.iter().find(|(h, _)| h == n) != read.iter().find(|(r, _)| r == n)
                    })
                    .collect::<std::collections::BTreeSet<_>>()
                    .into_iter()
                    .collect();
                Err(format!(
                    "the data files differ from the release archive's: {}",
                    differs.join(", ")
                ))
            }
        }
        Err(e) => Err(e),
    };
    match (same, public_key) {
        (Ok(()), _) => Ok((
            Some(Released {
                archive: Served::new(archive),
                signature: signature.map(Served::new),
                public_key: verified
                    .as_ref()
                    .and(public_key)
                    .map(|k| k.trim().to_string()),
                verified,
            }),
            None,
        )),
        (Err(e), Some(_)) => refuse(ARCHIVE, e),
        (Err(e), None) => Ok((
            None,
            Some(Diagnostic::warning(
                &shown(ARCHIVE),
                1,
                1,
                format!("{e}; the archive is not served"),
            )),
        )),
    }
}

/// Verifies `signature` over `archive` with the minisign public key `key`; the trusted comment
/// on success.
pub fn verify(key: &str, archive: &[u8], signature: &[u8]) -> Result<String, String> {
    let key = key.trim();
    let public = if key.contains('\n') {
        minisign_verify::PublicKey::decode(key)
    } else {
        minisign_verify::PublicKey::from_base64(key)
    }
    .map_err(|e| format!("the configured public key cannot be read: {e}"))?;
    let text =
        std::str::from_utf8(signature).map_err(|_| "the signature is not text".to_string())?;
    let sig = minisign_verify::Signature::decode(text)
        .map_err(|e| format!("the signature cannot be read: {e}"))?;
    public.verify(archive, &sig, false).map_err(|e| {
        format!("the release archive's signature does not verify with the configured key: {e}")
    })?;
    Ok(sig.trusted_comment().to_string())
}
