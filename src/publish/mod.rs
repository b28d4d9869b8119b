//! Publishing: each data snapshot is the unit of publication. A page is rendered once, stored
//! uncompressed, gzip and brotli (each compressed once: see [`Effort`]) with an ETag per
//! representation, and served from memory until the snapshot is replaced or a line on it opens
//! or closes. Nothing here imports actix: `routes::answer` turns a [`Published`] into a response.

use crate::api::hsds::{Export, ExportCell};
use crate::api::opendata::{self, PackageError};
use crate::directory::{Diagnostic, Directory, Snapshot};
use crate::domain::{Region, Topics, UiLanguage};
use crate::metrics::{Metrics, ReloadOutcome};
use crate::render::{self, Page, PageKey, RenderError, Site};
use crate::rendered::Rendered;
use crate::sms::{Reply, Understanding};
use arc_swap::ArcSwap;
use bytes::Bytes;
use chrono::{DateTime, Utc};
use sha2::Digest;
use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

/// A content coding a page is stored in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coding {
    /// Brotli (`br`).
    Brotli,
    /// gzip.
    Gzip,
    /// Uncompressed.
    Identity,
}

impl Coding {
    /// The `Content-Encoding` token; `None` for identity.
    pub fn token(self) -> Option<&'static str> {
        match self {
            Coding::Brotli => Some("br"),
            Coding::Gzip => Some("gzip"),
            Coding::Identity => None,
        }
    }
}

/// One stored form of a page.
#[derive(Debug)]
pub struct Representation {
    /// How the bytes are encoded.
    pub coding: Coding,
    /// The bytes as sent.
    pub body: Bytes,
    /// Its strong ETag, quoted (`"3fa9…-br"`): each representation has its own, as RFC 9110
    /// requires of different bytes.
    pub etag: String,
}

/// A page ready to send: its representations, content type and how long it is true.
#[derive(Debug)]
pub struct Published {
    /// Brotli, then gzip, then identity, as far as stored.
    pub representations: Vec<Representation>,
    /// Its `Content-Type`.
    pub content_type: &'static str,
    /// When it stops being true; `None` while its snapshot lasts.
    pub valid_until: Option<DateTime<Utc>>,
}

/// The bytes an edition's kept SMS replies may take: about 2,000 replies of 1,000 characters.
const REPLY_BUDGET: u64 = 2 << 20;
/// What a kept reply costs beside its text (its key and the cache's own entry), roughly.
const REPLY_OVERHEAD: usize = 256;

/// gzip level: the highest, since each page is compressed once (about 0.25 ms for a region page).
const GZIP_LEVEL: u32 = 9;
/// Brotli's window: larger than any page.
const BROTLI_WINDOW: u32 = 22;

/// How hard to compress a page: the best when no one waits for it, less when someone does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effort {
    /// Brotli quality 11: about 18 ms for `/us/ca` on a 2-core machine, 2,985 bytes. For pages
    /// rendered ahead, off the request path.
    Best,
    /// Brotli quality 5: about 0.3 ms for the same page, 3,444 bytes (still smaller than gzip
    /// -9's 3,741). For a page a visitor is waiting for: its first request, or the first after
    /// a line on it opened or closed.
    Quick,
}

impl Effort {
    fn brotli_quality(self) -> u32 {
        match self {
            Effort::Best => 11,
            Effort::Quick => 5,
        }
    }
}

impl Published {
    /// Stores `rendered` uncompressed, gzip and brotli, the brotli at `effort`.
    pub fn compressed(rendered: Rendered, effort: Effort) -> Self {
        let mut page = Self::plain(rendered);
        let identity = page.representations[0].body.clone();
        // Each compressed representation's tag is the identity's with a suffix.
        let tag = page.representations[0].etag.trim_matches('"').to_string();
        let mut gz = flate2::write::GzEncoder::new(
            Vec::with_capacity(identity.len() / 3),
            flate2::Compression::new(GZIP_LEVEL),
        );
        let gzip = gz.write_all(&identity).and_then(|_| gz.finish());
        let mut br = Vec::with_capacity(identity.len() / 4);
        let brotli = {
            let mut w = brotli::CompressorWriter::new(
                &mut br,
                4096,
                effort.brotli_quality(),
                BROTLI_WINDOW,
            );
            w.write_all(&identity).and_then(|_| w.flush())
        };
        // Best first. Writing into memory cannot fail; were it to, the page is still served
        // uncompressed.
        let mut compressed = Vec::with_capacity(2);
        if brotli.is_ok() {
            compressed.push((Coding::Brotli, br, "-br"));
        }
        if let Ok(gzip) = gzip {
            compressed.push((Coding::Gzip, gzip, "-gz"));
        }
        page.representations.splice(
            0..0,
            compressed
                .into_iter()
                .map(|(coding, body, suffix)| Representation {
                    coding,
                    body: Bytes::from(body),
                    etag: format!("\"{tag}{suffix}\""),
                }),
        );
        page
    }

    /// Stores `body` as it is, of type `content_type`: for a download already compressed (a
    /// zip), true while its snapshot lasts.
    pub fn binary(body: Vec<u8>, content_type: &'static str) -> Self {
        let body = Bytes::from(body);
        let tag = etag_base(&body);
        Published {
            representations: vec![Representation {
                coding: Coding::Identity,
                body,
                etag: format!("\"{tag}\""),
            }],
            content_type,
            valid_until: None,
        }
    }

    /// Stores `rendered` uncompressed only: for a page made for one request, which is not worth
    /// compressing at a high level and must not be compressed on the fly.
    pub fn plain(rendered: Rendered) -> Self {
        let identity = Bytes::from(rendered.body);
        let tag = etag_base(&identity);
        Published {
            representations: vec![Representation {
                coding: Coding::Identity,
                body: identity,
                etag: format!("\"{tag}\""),
            }],
            content_type: rendered.content_type,
            valid_until: rendered.valid_until,
        }
    }

    /// The stored representation in `coding`, if there is one.
    pub fn get(&self, coding: Coding) -> Option<&Representation> {
        self.representations.iter().find(|r| r.coding == coding)
    }

    /// The codings stored, best first.
    pub fn codings(&self) -> impl Iterator<Item = Coding> + '_ {
        self.representations.iter().map(|r| r.coding)
    }

    /// The bytes it holds, for the cache's budget.
    pub fn weight(&self) -> usize {
        self.representations
            .iter()
            .map(|r| r.body.len())
            .sum::<usize>()
            + 256
    }

    /// Whether it is still true at `now`.
    pub fn is_fresh(&self, now: DateTime<Utc>) -> bool {
        self.valid_until.is_none_or(|t| now < t)
    }
}

/// A short hash of the bytes: 20 hex digits are plenty to tell versions of one page apart.
fn etag_base(body: &[u8]) -> String {
    let digest = sha2::Sha256::digest(body);
    digest.iter().take(10).map(|b| format!("{b:02x}")).collect()
}

/// One snapshot, published: the data and the pages rendered from it. Replaced whole on reload,
/// so a page can never outlive the data it was rendered from.
///
/// What is derived from the whole snapshot (the HSDS export and its zipped data package) is
/// built here lazily, once: the first request that needs it builds it (off the request
/// threads: see `routes`), every later one shares it, and it goes with its snapshot. Built at
/// load time instead, every start-up and reload would pay for an export few ask for.
pub struct Edition {
    snapshot: Arc<Snapshot>,
    site: Arc<Site>,
    pages: moka::sync::Cache<PageKey, Arc<Published>>,
    replies: moka::sync::Cache<Understanding, Arc<Reply>>,
    hsds: ExportCell,
    package: OnceLock<Result<Arc<Published>, Arc<PackageError>>>,
    metrics: Metrics,
    renders: AtomicU64,
}

impl Edition {
    fn new(snapshot: Arc<Snapshot>, site: Arc<Site>, budget: u64, metrics: Metrics) -> Self {
        let pages = moka::sync::Cache::builder()
            .max_capacity(budget)
            .weigher(|_, page: &Arc<Published>| u32::try_from(page.weight()).unwrap_or(u32::MAX))
            .build();
        let replies = moka::sync::Cache::builder()
            .max_capacity(REPLY_BUDGET)
            .weigher(|_, reply: &Arc<Reply>| {
                u32::try_from(reply.text.len() + REPLY_OVERHEAD).unwrap_or(u32::MAX)
            })
            .build();
        Edition {
            snapshot,
            site,
            pages,
            replies,
            hsds: ExportCell::default(),
            package: OnceLock::new(),
            metrics,
            renders: AtomicU64::new(0),
        }
    }

    /// The data.
    pub fn snapshot(&self) -> &Arc<Snapshot> {
        &self.snapshot
    }

    /// What every page shares.
    pub fn site(&self) -> &Site {
        &self.site
    }

    /// The snapshot's HSDS export, as far as built.
    pub fn hsds_cell(&self) -> &ExportCell {
        &self.hsds
    }

    /// The snapshot's HSDS export, built now if it was not yet (in O(rows)).
    pub fn hsds(&self) -> &Arc<Export> {
        self.hsds.get(&self.snapshot)
    }

    /// The snapshot's HSDS data package, zipped (`/data/hsds.zip`), built now if it was not
    /// yet. Concurrent callers wait for the one build.
    pub fn hsds_zip(&self) -> Result<Arc<Published>, Arc<PackageError>> {
        self.package
            .get_or_init(|| {
                opendata::hsds_zip(&self.snapshot, self.hsds())
                    .map(|bytes| Arc::new(Published::binary(bytes, opendata::ZIP)))
                    .map_err(Arc::new)
            })
            .clone()
    }

    /// The zipped data package, if it was built already.
    pub fn hsds_zip_ready(&self) -> Option<Result<Arc<Published>, Arc<PackageError>>> {
        self.package.get().cloned()
    }

    /// The page `key` names, when it is stored and still true at `now`: what can be answered
    /// without rendering anything.
    pub fn cached(&self, key: &PageKey, now: DateTime<Utc>) -> Option<Arc<Published>> {
        let page = self.pages.get(key).filter(|page| page.is_fresh(now))?;
        self.metrics.cache_hits.inc();
        Some(page)
    }

    /// The page `key` names as it stands at `now`: from the cache, or rendered and compressed
    /// once, quickly, since a visitor is waiting (concurrent requests for one key wait for that
    /// one render).
    pub fn page(
        &self,
        key: &PageKey,
        now: DateTime<Utc>,
    ) -> Result<Arc<Published>, Arc<RenderError>> {
        self.page_with(key, now, Effort::Quick)
    }

    /// As [`Edition::page`], compressing a page it has to render at `effort`.
    pub fn page_with(
        &self,
        key: &PageKey,
        now: DateTime<Utc>,
        effort: Effort,
    ) -> Result<Arc<Published>, Arc<RenderError>> {
        if let Some(page) = self.pages.get(key) {
            if page.is_fresh(now) {
                self.metrics.cache_hits.inc();
                return Ok(page);
            }
            // A line on it opened or closed: render it again.
            self.pages.invalidate(key);
        }
        self.metrics.cache_misses.inc();
        self.pages.try_get_with_by_ref(key, || {
            self.renders.fetch_add(1, Ordering::Relaxed);
            render::render(&self.snapshot, &self.hsds, &self.site, key, now)
                .map(|r| Arc::new(Published::compressed(r, effort)))
        })
    }

    /// The SMS reply to `u` as it stands at `now`: kept from an earlier text understood the
    /// same way while it is still true, else composed by `compose` (concurrent requests for one
    /// understanding wait for that one). Composing is the SMS path's largest cost; reading the
    /// text is not kept, since the text itself must not outlive its request.
    pub fn reply(
        &self,
        u: &Understanding,
        now: DateTime<Utc>,
        compose: impl FnOnce() -> Reply,
    ) -> Arc<Reply> {
        let fresh = |reply: &Reply| reply.valid_until.is_none_or(|until| now < until);
        if let Some(reply) = self.replies.get(u) {
            if fresh(&reply) {
                return reply;
            }
            self.replies.invalidate(u);
        }
        self.replies.get_with_by_ref(u, || Arc::new(compose()))
    }

    /// The bytes this edition's stored pages take.
    pub fn cached_bytes(&self) -> u64 {
        self.pages.run_pending_tasks();
        self.pages.weighted_size()
    }

    /// How many pages this edition has rendered.
    pub fn renders(&self) -> u64 {
        self.renders.load(Ordering::Relaxed)
    }

    /// Every page worth having before anyone asks: each region with data (and the worldwide
    /// list), without a topic, in the SMS languages (English, Spanish, French: the languages
    /// most visitors of any region read) and in the region's own language; the region list
    /// and the not-found page in every page language. Other pages are rendered when first
    /// asked for.
    pub fn common_pages(&self) -> Vec<PageKey> {
        let mut regions: Vec<Option<Region>> = vec![None];
        for (cc, subs) in self.snapshot.regions_with_data() {
            regions.push(Some(Region::Country(*cc)));
            regions.extend(subs.iter().copied().map(Some));
        }
        let mut keys = Vec::new();
        for region in &regions {
            let own = region
                .and_then(crate::i18n::region_language)
                .filter(|l| !UiLanguage::SMS.contains(l));
            for lang in UiLanguage::SMS.into_iter().chain(own) {
                keys.push(PageKey::listing(*region, Topics::default(), lang));
            }
        }
        for lang in UiLanguage::PAGES {
            keys.push(PageKey::other(Page::NotFound, lang));
            keys.push(PageKey::other(Page::Regions, lang));
        }
        keys
    }
}

/// What a reload did.
#[derive(Debug)]
pub enum Reload {
    /// The files are as the current snapshot was loaded from, or as they were when last
    /// refused (they are not validated, or logged, again until they change).
    Unchanged,
    /// A new snapshot was loaded and published, with this version.
    Replaced(String),
    /// The files are invalid: every diagnostic; the last good snapshot keeps serving.
    Rejected(Vec<Diagnostic>),
}

/// The current edition, and the one way to replace it.
pub struct Publisher {
    directory: Directory,
    site: ArcSwap<Site>,
    budget: u64,
    current: ArcSwap<Edition>,
    /// Held while reloading, with the fingerprint of the files last refused.
    reloading: Mutex<Option<String>>,
    metrics: Metrics,
}

impl Publisher {
    /// Loads the first snapshot from `directory`; fails with every diagnostic when it is invalid.
    /// `budget` is the page cache's size in bytes; cache use and reloads are counted in `metrics`.
    pub fn open(
        directory: Directory,
        site: Site,
        budget: u64,
        metrics: Metrics,
    ) -> Result<Self, Vec<Diagnostic>> {
        let snapshot = Arc::new(directory.load()?);
        let site = Arc::new(site);
        let edition = Edition::new(snapshot, site.clone(), budget, metrics.clone());
        Ok(Publisher {
            directory,
            site: ArcSwap::new(site),
            budget,
            current: ArcSwap::from_pointee(edition),
            reloading: Mutex::new(None),
            metrics,
        })
    }

    /// The metrics this publisher counts into.
    pub fn metrics(&self) -> &Metrics {
        &self.metrics
    }

    /// The edition to answer one request with.
    pub fn edition(&self) -> Arc<Edition> {
        self.current.load_full()
    }

    /// The data directory.
    pub fn directory(&self) -> &Directory {
        &self.directory
    }

    /// Loads the files again when they changed, builds and validates the whole new snapshot,
    /// and swaps it in at once; an invalid one is refused and the current one keeps serving.
    /// Runs one reload at a time; it reads files and renders nothing, so call it off the
    /// request path.
    pub fn reload(&self) -> Reload {
        let mut refused = self.reloading.lock().unwrap_or_else(|e| e.into_inner());
        let fingerprint = self.directory.fingerprint();
        if fingerprint == self.edition().snapshot.version || refused.as_ref() == Some(&fingerprint)
        {
            return Reload::Unchanged;
        }
        match self.directory.load() {
            Ok(snapshot) => {
                let version = snapshot.version.clone();
                let edition = Edition::new(
                    Arc::new(snapshot),
                    self.site.load_full(),
                    self.budget,
                    self.metrics.clone(),
                );
                self.current.store(Arc::new(edition));
                *refused = None;
                self.metrics.reload(ReloadOutcome::replaced);
                Reload::Replaced(version)
            }
            Err(diags) => {
                // Remember the refused files only if they did not change while being read: the
                // fingerprint taken before loading may be of a good file that was replaced by
                // the broken one just after, and must not be skipped when it comes back.
                *refused = (self.directory.fingerprint() == fingerprint).then_some(fingerprint);
                self.metrics.reload(ReloadOutcome::rejected);
                Reload::Rejected(diags)
            }
        }
    }

    /// Credits `attribution` (the GeoIP database now loaded) in every page from now on: the
    /// same snapshot is published again, so no stored page keeps the old credit. Returns
    /// whether anything changed.
    pub fn set_geo_attribution(
        &self,
        attribution: Option<&'static crate::geo::Attribution>,
    ) -> bool {
        let _reloading = self.reloading.lock().unwrap_or_else(|e| e.into_inner());
        let site = self.site.load_full();
        if site.geo_attribution == attribution {
            return false;
        }
        let site = Arc::new(Site {
            geo_attribution: attribution,
            ..(*site).clone()
        });
        self.site.store(site.clone());
        let snapshot = self.edition().snapshot.clone();
        let edition = Edition::new(snapshot, site, self.budget, self.metrics.clone());
        self.current.store(Arc::new(edition));
        true
    }

    /// Renders the current edition's common pages ([`Edition::common_pages`]) at `now`,
    /// stopping early when the edition is replaced meanwhile. Meant for a background thread:
    /// the server is ready before this finishes, and a page asked for first is rendered then.
    pub fn prewarm(&self, now: impl Fn() -> DateTime<Utc>) -> usize {
        let edition = self.edition();
        let mut done = 0;
        for key in edition.common_pages() {
            if !Arc::ptr_eq(&edition, &self.current.load()) {
                break;
            }
            if edition.page_with(&key, now(), Effort::Best).is_ok() {
                done += 1;
            }
        }
        done
    }
}
