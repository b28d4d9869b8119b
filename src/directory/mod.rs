//! The directory: loading and validating the CSVs into an immutable [`Snapshot`], and the one
//! handle through which requests read the current snapshot.

pub mod diagnostic;
pub mod load;
pub mod snapshot;
pub mod table;

pub use diagnostic::{Diagnostic, Severity};
pub use snapshot::{EmergencyNumber, Listing, Scope, Snapshot, Summary};

use arc_swap::ArcSwap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The current snapshot, swappable as a whole: readers never see half a reload.
pub struct Directory {
    dir: PathBuf,
    current: ArcSwap<Snapshot>,
}

impl Directory {
    /// Loads `dir` for the first time; fails with every diagnostic when the data is invalid.
    pub fn open(dir: &Path) -> Result<Self, Vec<Diagnostic>> {
        let snapshot = Self::build(dir)?;
        Ok(Directory {
            dir: dir.to_path_buf(),
            current: ArcSwap::from_pointee(snapshot),
        })
    }

    fn build(dir: &Path) -> Result<Snapshot, Vec<Diagnostic>> {
        let today = chrono::Utc::now().date_naive();
        load::load_dir(dir, today).map(Snapshot::new)
    }

    /// The snapshot to answer one request with.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.current.load_full()
    }

    /// Re-reads the files; swaps in the new snapshot only when it is valid, otherwise keeps
    /// serving the last good one and returns why.
    pub fn reload(&self) -> Result<Arc<Snapshot>, Vec<Diagnostic>> {
        let snapshot = Arc::new(Self::build(&self.dir)?);
        self.current.store(snapshot.clone());
        Ok(snapshot)
    }
}
