//! Metrics for the operator, in the Prometheus text format (`/metrics`).
//!
//! Every label comes from a closed list written here or in the route table: a route pattern
//! (never the path as sent), a status code, an outcome. No label ever holds an address, a
//! number, a query string, a typed place or any other text from a request.

use prometheus_client::encoding::{EncodeLabelSet, EncodeLabelValue};
use prometheus_client::metrics::counter::{ConstCounter, Counter};
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;

/// A request's route pattern and status.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RequestLabels {
    /// The route pattern (`/{cc}/{sub}`), or `(unmatched)`.
    pub route: String,
    /// The HTTP method, when it is one of the few the routes answer; `OTHER` for the rest.
    pub method: &'static str,
    /// The status code.
    pub status: u16,
}

/// A route pattern alone.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RouteLabels {
    /// The route pattern, or `(unmatched)`.
    pub route: String,
}

/// What one SMS request came to.
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq, EncodeLabelValue)]
#[allow(non_camel_case_types)]
pub enum SmsOutcome {
    /// Lines for a place (or a question which place).
    answered,
    /// The HELP reply.
    help,
    /// The opt-out confirmation.
    stop,
    /// The opt-in confirmation.
    start,
    /// Nothing in the text was a place, topic or keyword: the worldwide lines and how to ask.
    not_understood,
    /// Refused: over a rate limit.
    rate_limited,
    /// Refused: Twilio's signature was missing or wrong.
    bad_signature,
    /// Refused: the request was malformed or too large.
    malformed,
}

/// Labels of an SMS outcome.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct SmsLabels {
    /// What the request came to.
    pub outcome: SmsOutcome,
}

/// Found or not found, for GeoIP lookups.
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq, EncodeLabelValue)]
#[allow(non_camel_case_types)]
pub enum Found {
    /// The database placed the address in a region.
    found,
    /// It did not.
    not_found,
}

/// Labels of a GeoIP lookup.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct GeoLabels {
    /// Whether the lookup placed the address.
    pub result: Found,
}

/// What a reload did.
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq, EncodeLabelValue)]
#[allow(non_camel_case_types)]
pub enum ReloadOutcome {
    /// A new snapshot was published.
    replaced,
    /// The files were invalid; the last good snapshot keeps serving.
    rejected,
}

/// Labels of a reload.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ReloadLabels {
    /// What it did.
    pub outcome: ReloadOutcome,
}

/// The data version served, as an info metric's label: a hash of the files, never request data.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct DataLabels {
    /// The snapshot's version.
    pub version: String,
}

/// A kind of problem `verify` found at a row's source, as a metric's label (a closed set).
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct SourceProblemLabels {
    /// `missing`, `gone`, `moved`, `unreachable`, `disallowed` or `too_large`.
    pub kind: &'static str,
}

/// Every metric the service keeps. Cheap to share: each handle is an `Arc` inside.
#[derive(Clone)]
pub struct Metrics {
    /// Requests by route pattern, method and status.
    pub requests: Family<RequestLabels, Counter>,
    /// Request latency in seconds by route pattern, from the moment a request thread took the
    /// request up: the wait before that is in `worker_delay`.
    pub latency: Family<RouteLabels, Histogram>,
    /// How late the request threads took up work that was due: what a request arriving then
    /// waited before a worker took it up.
    pub worker_delay: Histogram,
    /// Reloads by outcome.
    pub reloads: Family<ReloadLabels, Counter>,
    /// GeoIP lookups, found or not.
    pub geoip: Family<GeoLabels, Counter>,
    /// SMS requests by outcome.
    pub sms: Family<SmsLabels, Counter>,
    /// Pages answered from the cache.
    pub cache_hits: Counter,
    /// Pages that had to be rendered first.
    pub cache_misses: Counter,
    /// Bytes the current snapshot's pages take (all encodings).
    pub cache_bytes: Gauge,
    /// The data version served (always 1, labelled by version).
    pub data_info: Family<DataLabels, Gauge>,
    /// Resources in the served snapshot.
    pub resources: Gauge,
    /// Countries with an emergency number in the served snapshot.
    pub emergency_countries: Gauge,
    /// Rows whose source showed a problem of each kind at `verify`'s last run.
    pub source_problems: Family<SourceProblemLabels, Gauge>,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Metrics")
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics {
            requests: Family::default(),
            latency: Family::new_with_constructor(|| {
                // 0.1 ms to about 1.6 s.
                Histogram::new(exponential_buckets(0.0001, 2.0, 15))
            }),
            // 0.1 ms to about 1.6 s, as request latency.
            worker_delay: Histogram::new(exponential_buckets(0.0001, 2.0, 15)),
            reloads: Family::default(),
            geoip: Family::default(),
            sms: Family::default(),
            cache_hits: Counter::default(),
            cache_misses: Counter::default(),
            cache_bytes: Gauge::default(),
            data_info: Family::default(),
            resources: Gauge::default(),
            emergency_countries: Gauge::default(),
            source_problems: Family::default(),
        }
    }
}

impl Metrics {
    /// A registry holding every metric, for encoding.
    pub fn registry(&self) -> Registry {
        let mut r = Registry::with_prefix("lifelines");
        r.register(
            "http_requests",
            "Requests by route pattern, method and status",
            self.requests.clone(),
        );
        r.register(
            "http_request_duration_seconds",
            "Request latency by route pattern, from the moment a request thread took the \
             request up; the time it waited for a thread before that is not included: see \
             lifelines_worker_delay_seconds",
            self.latency.clone(),
        );
        r.register(
            "worker_delay_seconds",
            "How late each request thread took up a timer that was due, sampled every 50 ms: \
             how long a request arriving then waited before a thread took it up (not in \
             lifelines_http_request_duration_seconds)",
            self.worker_delay.clone(),
        );
        r.register(
            "log_lines_dropped",
            "Log lines dropped because the log's writer could not keep up",
            ConstCounter::new(crate::telemetry::dropped_lines()),
        );
        r.register("reloads", "Data reloads by outcome", self.reloads.clone());
        r.register(
            "geoip_lookups",
            "GeoIP lookups, found or not",
            self.geoip.clone(),
        );
        r.register("sms_replies", "SMS requests by outcome", self.sms.clone());
        r.register(
            "page_cache_hits",
            "Pages answered from the cache",
            self.cache_hits.clone(),
        );
        r.register(
            "page_cache_misses",
            "Pages rendered before answering",
            self.cache_misses.clone(),
        );
        r.register(
            "page_cache_bytes",
            "Bytes the current snapshot's pages take",
            self.cache_bytes.clone(),
        );
        r.register(
            "data_info",
            "The data version served",
            self.data_info.clone(),
        );
        r.register(
            "data_resources",
            "Resources in the data served",
            self.resources.clone(),
        );
        r.register(
            "data_emergency_countries",
            "Countries with an emergency number in the data served",
            self.emergency_countries.clone(),
        );
        r.register(
            "data_rows_with_source_problems",
            "Rows whose source showed a problem at lifelines verify's last run, by kind: \
             kind=\"missing\" counts sources that no longer show the row's number (alert on it); \
             absent when no results file is configured",
            self.source_problems.clone(),
        );
        r
    }

    /// Counts one SMS request's outcome.
    pub fn sms(&self, outcome: SmsOutcome) {
        self.sms.get_or_create(&SmsLabels { outcome }).inc();
    }

    /// Counts one GeoIP lookup.
    pub fn geoip(&self, found: bool) {
        let result = if found {
            Found::found
        } else {
            Found::not_found
        };
        self.geoip.get_or_create(&GeoLabels { result }).inc();
    }

    /// Counts one reload.
    pub fn reload(&self, outcome: ReloadOutcome) {
        self.reloads.get_or_create(&ReloadLabels { outcome }).inc();
    }

    /// How many reloads came to `outcome`.
    pub fn reloads(&self, outcome: ReloadOutcome) -> u64 {
        self.reloads.get_or_create(&ReloadLabels { outcome }).get()
    }

    /// The text exposition of every metric.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        // Writing into a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut out, &self.registry());
        out
    }
}
