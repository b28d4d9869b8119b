//! The directory: loading and validating the CSVs (and the SMS lookup tables) into an immutable
//! [`Snapshot`]. Publishing the current snapshot, and replacing it, is `publish`'s job.

pub mod channels;
pub mod checked;
pub mod diagnostic;
pub mod guidance;
pub mod history;
pub mod load;
pub mod lookup;
pub mod signed;
pub mod snapshot;
pub mod table;

pub use diagnostic::{Diagnostic, Severity};
pub use snapshot::{EmergencyNumber, Listing, Scope, Snapshot, Summary, EU_MEMBERS};

use crate::clock::SharedClock;
use std::path::{Path, PathBuf};

/// A data directory on disk and the clock its rows' freshness is judged by: loads snapshots,
/// and tells cheaply whether the files changed since one was loaded.
pub struct Directory {
    dir: PathBuf,
    clock: SharedClock,
    public_key: Option<String>,
    results: Option<PathBuf>,
}

impl Directory {
    /// The data directory `dir`, with "today" taken from `clock`.
    pub fn new(dir: &Path, clock: SharedClock) -> Self {
        Directory {
            dir: dir.to_path_buf(),
            clock,
            public_key: None,
            results: None,
        }
    }

    /// Loads only releases signed with the minisign public key `key` (see [`signed::check`]).
    pub fn with_public_key(mut self, key: Option<String>) -> Self {
        self.public_key = key;
        self
    }

    /// Reads `verify`'s results file at `path` with every load (see [`checked`]).
    pub fn with_results(mut self, path: Option<PathBuf>) -> Self {
        self.results = path;
        self
    }

    /// Where the files are.
    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Reads and validates every file into a new snapshot, or returns every diagnostic.
    /// With a public key, a directory whose release archive is unsigned, signed with another
    /// key, changed, or not the files read, is refused as a whole.
    pub fn load(&self) -> Result<Snapshot, Vec<Diagnostic>> {
        let today = self.clock.now().date_naive();
        let dir = self.resolved();
        let mut loaded = load::load_dir(&dir, today)?;
        let (released, warning) =
            signed::check(&dir, &loaded.files, self.public_key.as_deref()).map_err(|d| vec![d])?;
        loaded.warnings.extend(warning);
        let results = self.results_bytes();
        if let Some(bytes) = &results {
            loaded.version = with_results(&loaded.version, bytes);
        }
        let checked = match (self.results.as_deref(), results) {
            (Some(path), Some(bytes)) => match checked::Checked::parse(&bytes) {
                Ok(checked) => Some(checked),
                Err(e) => {
                    loaded.warnings.push(Diagnostic::warning(
                        &path.display().to_string(),
                        1,
                        1,
                        format!("{e}; left out"),
                    ));
                    None
                }
            },
            _ => None,
        };
        Ok(Snapshot::new(loaded)
            .with_released(released)
            .with_checked(checked))
    }

    /// The version the files on disk would load as, without parsing them.
    pub fn fingerprint(&self) -> String {
        let version = load::fingerprint(&self.resolved());
        match self.results_bytes() {
            Some(bytes) => with_results(&version, &bytes),
            None => version,
        }
    }

    /// The verify results file's bytes, when one is configured and there: its version is part
    /// of the data's, read or not (a file that cannot be parsed is a warning at load).
    fn results_bytes(&self) -> Option<Vec<u8>> {
        std::fs::read(self.results.as_deref()?).ok()
    }

    /// The real directory holding the files now, resolved once so that every file of one load
    /// comes from the same release: the data directory may be a symlink swapped to another
    /// release (`current -> releases/<version>`) while its files are being read, and in a
    /// Kubernetes ConfigMap mount every file is a symlink through `..data`, itself swapped
    /// whole. Reading each file through the link would take some files from the old release
    /// and some from the new.
    pub fn resolved(&self) -> PathBuf {
        let dir = std::fs::canonicalize(&self.dir).unwrap_or_else(|_| self.dir.clone());
        let configmap = dir.join("..data");
        let is_link =
            std::fs::symlink_metadata(&configmap).is_ok_and(|m| m.file_type().is_symlink());
        match std::fs::canonicalize(&configmap) {
            Ok(real) if is_link && real.is_dir() => real,
            _ => dir,
        }
    }
}

/// The version of data `version` shown with the verify results `bytes`: a new results file is a
/// new version (its pages show them), as new data is.
fn with_results(version: &str, bytes: &[u8]) -> String {
    let mut hasher = <sha2::Sha256 as sha2::Digest>::new();
    sha2::Digest::update(&mut hasher, version.as_bytes());
    sha2::Digest::update(&mut hasher, bytes);
    load::short_hash(hasher)
}
