//! The directory: loading and validating the CSVs (and the SMS lookup tables) into an immutable
//! [`Snapshot`]. Publishing the current snapshot, and replacing it, is `publish`'s job.

pub mod diagnostic;
pub mod guidance;
pub mod load;
pub mod snapshot;
pub mod table;

pub use diagnostic::{Diagnostic, Severity};
pub use snapshot::{EmergencyNumber, Listing, Scope, Snapshot, Summary};

use crate::clock::SharedClock;
use std::path::{Path, PathBuf};

/// A data directory on disk and the clock its rows' freshness is judged by: loads snapshots,
/// and tells cheaply whether the files changed since one was loaded.
pub struct Directory {
    dir: PathBuf,
    clock: SharedClock,
}

impl Directory {
    /// The data directory `dir`, with "today" taken from `clock`.
    pub fn new(dir: &Path, clock: SharedClock) -> Self {
        Directory {
            dir: dir.to_path_buf(),
            clock,
        }
    }

    /// Where the files are.
    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Reads and validates every file into a new snapshot, or returns every diagnostic.
    pub fn load(&self) -> Result<Snapshot, Vec<Diagnostic>> {
        let today = self.clock.now().date_naive();
        load::load_dir(&self.dir, today).map(Snapshot::new)
    }

    /// The version the files on disk would load as, without parsing them.
    pub fn fingerprint(&self) -> String {
        load::fingerprint(&self.dir)
    }
}
