//! Picking up new data and a new GeoIP database while running: on `SIGHUP`, on a change in the
//! data directory or the database's directory, and on a periodic check.
//!
//! Directories are watched, not files: editors and `geoipupdate` replace a file by renaming a
//! new one over it, and Kubernetes ConfigMaps swap a `..data` symlink, so a watch on the file
//! itself would follow the old inode and go quiet. Every trigger does the same idempotent
//! check, so they may overlap: nothing changes unless the files did.

use crate::clock::SharedClock;
use crate::geo::{GeoDb, Resolver};
use crate::publish::{Publisher, Reload};
use anyhow::Context;
use notify::RecursiveMode;
use notify_debouncer_full::{new_debouncer, DebounceEventResult, Debouncer, RecommendedCache};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, Weak};
use std::time::{Duration, SystemTime};

/// What identifies one version of the GeoIP file without reading it: a rename puts a new inode
/// (and usually a new size and time) in place.
#[derive(Clone, Debug, PartialEq, Eq)]
struct FileStamp {
    inode: u64,
    len: u64,
    modified: Option<SystemTime>,
}

impl FileStamp {
    fn of(path: &Path) -> Option<Self> {
        let meta = std::fs::metadata(path).ok()?;
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(&meta);
        #[cfg(not(unix))]
        let inode = 0;
        Some(FileStamp {
            inode,
            len: meta.len(),
            modified: meta.modified().ok(),
        })
    }
}

/// Reloads the data and the GeoIP database when their files change.
pub struct Reloader {
    publisher: Arc<Publisher>,
    resolver: Arc<Resolver>,
    clock: SharedClock,
    geoip: Option<PathBuf>,
    geoip_stamp: Mutex<Option<FileStamp>>,
    prewarm: bool,
}

impl Reloader {
    /// A reloader for `publisher`'s data directory and, when given, the GeoIP database at
    /// `geoip` that `resolver` uses. `prewarm` renders the common pages after each new snapshot.
    pub fn new(
        publisher: Arc<Publisher>,
        resolver: Arc<Resolver>,
        clock: SharedClock,
        geoip: Option<PathBuf>,
        prewarm: bool,
    ) -> Self {
        let geoip_stamp = Mutex::new(geoip.as_deref().and_then(FileStamp::of));
        Reloader {
            publisher,
            resolver,
            clock,
            geoip,
            geoip_stamp,
            prewarm,
        }
    }

    /// Checks both the data and the GeoIP database, reloading what changed.
    pub fn check(&self) {
        self.reload_data();
        self.reload_geoip();
    }

    /// Reloads the data when its files changed, logging the outcome: a refused snapshot's
    /// every diagnostic with its file:line:column.
    pub fn reload_data(&self) -> Reload {
        let outcome = self.publisher.reload();
        match &outcome {
            Reload::Unchanged => {}
            Reload::Replaced(version) => {
                tracing::info!(version = %version, "data reloaded");
                self.start_prewarm();
            }
            Reload::Rejected(diags) => {
                let errors = diags
                    .iter()
                    .filter(|d| d.severity == crate::directory::Severity::Error)
                    .count();
                tracing::error!(
                    errors,
                    "data reload refused; still serving version {}",
                    self.publisher.edition().snapshot().version
                );
                for d in diags {
                    tracing::error!("{d}");
                }
            }
        }
        outcome
    }

    /// Reopens the GeoIP database when its file was replaced; keeps the open one when the new
    /// file cannot be opened.
    pub fn reload_geoip(&self) {
        let Some(path) = &self.geoip else { return };
        let mut stamp = self.geoip_stamp.lock().unwrap_or_else(|e| e.into_inner());
        let now = FileStamp::of(path);
        if now.is_none() || now == *stamp {
            return;
        }
        match GeoDb::open(path) {
            Ok(db) => {
                tracing::info!(kind = db.database_type(), "GeoIP database reopened");
                let attribution = db.attribution();
                self.resolver.replace_geo(Arc::new(db));
                // Another vendor's database needs another credit in every page's footer.
                if self.publisher.set_geo_attribution(attribution) {
                    self.start_prewarm();
                }
            }
            Err(e) => tracing::error!("GeoIP database not reopened, keeping the open one: {e:#}"),
        }
        // Either way this file has been seen: a bad one is not retried until it changes again.
        *stamp = now;
    }

    /// Renders the current edition's common pages on a thread of their own.
    pub fn start_prewarm(&self) {
        if !self.prewarm {
            return;
        }
        let publisher = self.publisher.clone();
        let clock = self.clock.clone();
        let spawned = std::thread::Builder::new()
            .name("prewarm".into())
            .spawn(move || {
                let started = std::time::Instant::now();
                let pages = publisher.prewarm(|| clock.now());
                tracing::info!(
                    pages,
                    ms = started.elapsed().as_millis() as u64,
                    "pages rendered ahead"
                );
            });
        if let Err(e) = spawned {
            tracing::warn!("pages are rendered on first request only: {e}");
        }
    }

    /// Watches the data directory, and the GeoIP database's directory, reloading once changes
    /// have settled for `debounce`. The watch lasts as long as the returned value.
    ///
    /// A data directory that is a symlink (`current -> releases/<version>`) is followed: the
    /// directory holding the link is watched, where a swap shows as a rename, and so is the
    /// directory the link points at, moved to the new one after every swap. (A watch on the
    /// link's path alone would stay on the release it pointed at first and miss every swap.)
    pub fn watch(self: &Arc<Self>, debounce: Duration) -> anyhow::Result<Watch> {
        let data = self.publisher.directory().path().to_path_buf();
        let is_link = std::fs::symlink_metadata(&data).is_ok_and(|m| m.file_type().is_symlink());
        let follow = Arc::new(Follow {
            link: data.clone(),
            debouncer: OnceLock::new(),
            target: Mutex::new(None),
        });
        let this = self.clone();
        let handler_follow = follow.clone();
        let debouncer = new_debouncer(debounce, None, move |events: DebounceEventResult| {
            if is_link {
                // A failure is logged there; the check below still reads the new release.
                let _ = handler_follow.retarget();
            }
            match events {
                Ok(events) if events.is_empty() => {}
                Ok(_) => this.check(),
                Err(errors) => {
                    for e in errors {
                        tracing::warn!("file watch: {e}");
                    }
                    // Something may have changed unseen: look.
                    this.check();
                }
            }
        })
        .context("Failed to start watching files")?;
        let debouncer = Arc::new(Mutex::new(debouncer));
        let _ = follow.debouncer.set(Arc::downgrade(&debouncer));
        let watched = if is_link {
            let parent = parent_dir(&data).to_path_buf();
            lock(&debouncer)
                .watch(&parent, RecursiveMode::NonRecursive)
                .with_context(|| format!("Failed to watch {}", parent.display()))?;
            follow
                .retarget()
                .with_context(|| format!("Failed to watch {}", data.display()))?;
            parent
        } else {
            lock(&debouncer)
                .watch(&data, RecursiveMode::NonRecursive)
                .with_context(|| format!("Failed to watch {}", data.display()))?;
            data
        };
        if let Some(dir) = self.geoip.as_deref().and_then(Path::parent) {
            let dir = parent_dir_or_dot(dir);
            if dir != watched && dir != follow.link {
                lock(&debouncer)
                    .watch(dir, RecursiveMode::NonRecursive)
                    .with_context(|| format!("Failed to watch {}", dir.display()))?;
            }
        }
        Ok(Watch(debouncer))
    }

    /// Reloads on every `SIGHUP` and, when `poll` is set, at that interval, until the runtime
    /// stops. Each check runs on a blocking thread, off the request path.
    pub fn spawn_triggers(self: &Arc<Self>, poll: Option<Duration>) {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{signal, SignalKind};
            match signal(SignalKind::hangup()) {
                Ok(mut hangups) => {
                    let this = self.clone();
                    tokio::spawn(async move {
                        while hangups.recv().await.is_some() {
                            tracing::info!("SIGHUP: reloading");
                            let this = this.clone();
                            let _ = tokio::task::spawn_blocking(move || this.check()).await;
                        }
                    });
                }
                Err(e) => tracing::warn!("SIGHUP will not reload: {e}"),
            }
        }
        if let Some(every) = poll {
            let this = self.clone();
            tokio::spawn(async move {
                let mut ticks = tokio::time::interval(every);
                ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
                ticks.tick().await;
                loop {
                    ticks.tick().await;
                    let this = this.clone();
                    let _ = tokio::task::spawn_blocking(move || this.check()).await;
                }
            });
        }
    }
}

type FileDebouncer = Debouncer<notify::RecommendedWatcher, RecommendedCache>;

/// A running directory watch; dropping it stops the watch.
pub struct Watch(#[allow(dead_code)] Arc<Mutex<FileDebouncer>>);

/// The data directory's symlink and the real directory it points at, which is watched.
struct Follow {
    link: PathBuf,
    /// The watch itself, set once it exists; weak, so that dropping [`Watch`] stops it.
    debouncer: OnceLock<Weak<Mutex<FileDebouncer>>>,
    /// The directory watched as the link's target.
    target: Mutex<Option<PathBuf>>,
}

impl Follow {
    /// Moves the watch to the directory the link points at now, if it changed.
    fn retarget(&self) -> notify::Result<()> {
        let Some(debouncer) = self.debouncer.get().and_then(Weak::upgrade) else {
            return Ok(());
        };
        let now = std::fs::canonicalize(&self.link).ok();
        let mut target = lock(&self.target);
        if *target == now {
            return Ok(());
        }
        let mut debouncer = lock(&debouncer);
        if let Some(old) = target.take() {
            // Already gone when the old release was deleted: nothing to undo then.
            let _ = debouncer.unwatch(&old);
        }
        if let Some(new) = now {
            if let Err(e) = debouncer.watch(&new, RecursiveMode::NonRecursive) {
                tracing::warn!("file watch: {} not watched: {e}", new.display());
                return Err(e);
            }
            *target = Some(new);
        }
        Ok(())
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

/// The directory holding `path`: its parent, or `.` for a bare name.
fn parent_dir(path: &Path) -> &Path {
    parent_dir_or_dot(path.parent().unwrap_or(Path::new(".")))
}

fn parent_dir_or_dot(dir: &Path) -> &Path {
    if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    }
}
