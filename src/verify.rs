//! `lifelines verify DIR`: fetches the page each row cites and checks that it still shows what
//! the row says: every number (compared as digits, in the forms people write them), SMS
//! keyword and chat address of a line, and every emergency number; for guidance steps, laws and
//! what-to-expect notes, that their source still answers. It never calls or texts a number.
//!
//! A polite client: rustls with the system's roots, a User-Agent naming the project, timeouts,
//! redirects followed one by one and reported, `robots.txt` respected, one request at a time
//! per host with a pause between, conditional GETs against a cache folder, and a cap on how much
//! of a page is read.

use crate::directory::Snapshot;
use crate::domain::{Channel, PhoneNumber};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How `verify` fetches.
#[derive(Clone, Debug)]
pub struct Options {
    /// Give up on a page after this long.
    pub timeout: Duration,
    /// Read at most this many bytes of a page.
    pub max_bytes: usize,
    /// The pause between two requests to one host.
    pub delay: Duration,
    /// Where ETags, Last-Modified dates and page texts are kept between runs; none to keep none.
    pub cache: Option<PathBuf>,
    /// Extra root certificates (PEM), for a private mirror or a test server.
    pub ca_certs: Vec<PathBuf>,
    /// Host names resolved to a fixed address, as curl's `--resolve` does.
    pub resolve: Vec<(String, SocketAddr)>,
    /// How many hosts are fetched from at once.
    pub hosts_at_once: usize,
    /// The User-Agent header ([`user_agent`]).
    pub user_agent: String,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            timeout: Duration::from_secs(20),
            max_bytes: 5 * 1024 * 1024,
            delay: Duration::from_secs(1),
            cache: None,
            ca_certs: Vec::new(),
            resolve: Vec::new(),
            hosts_at_once: 8,
            user_agent: user_agent(None),
        }
    }
}

/// The User-Agent: the project, its version and, when known, the site's address for a site
/// owner to read about it.
pub fn user_agent(site: Option<&str>) -> String {
    let name = concat!("lifelines-verify/", env!("CARGO_PKG_VERSION"));
    match site {
        Some(url) => format!("{name} (+{url})"),
        None => name.to_string(),
    }
}

/// What a source must still show.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Value {
    /// A number: the digits people dial, and whether a written form may carry a country code or
    /// trunk prefix before them (a full number) or must be exactly them (a short code).
    Number {
        field: &'static str,
        shown: String,
        digits: String,
        exact: bool,
    },
    /// A word to text.
    Keyword(String),
    /// A chat address.
    Url(String),
    /// Words a page states a fact in (`evidence`), compared without regard to case, spacing
    /// or the kind of quote mark.
    Words { field: String, words: String },
}

/// One row to check: its id (`resource/988-lifeline`, `emergency/SG/999/voice`,
/// `guide/overdose/2`, `law/US-CA`, `expect/988-lifeline/answers`), its source, and the values
/// the source must show.
#[derive(Clone, Debug)]
pub struct Item {
    /// The row.
    pub id: String,
    /// The page it cites.
    pub source: String,
    values: Vec<Value>,
}

/// What is wrong with a row's source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    /// The page answers with an error status.
    Gone {
        /// The status.
        status: u16,
    },
    /// The page has moved for good (301 or 308); the address it moved to.
    Moved {
        /// The final address.
        to: String,
    },
    /// The page no longer shows a value of the row.
    Missing {
        /// The row's field.
        field: String,
        /// The value as the row has it.
        value: String,
    },
    /// The page could not be fetched.
    Unreachable {
        /// Why.
        reason: String,
    },
    /// The site's `robots.txt` asks robots not to fetch it.
    Disallowed,
    /// The page is larger than `verify` reads.
    TooLarge {
        /// The cap, in bytes.
        limit: usize,
    },
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Gone { status } => write!(f, "gone (HTTP {status})"),
            Problem::Moved { to } => write!(f, "moved to {to}"),
            Problem::Missing { field, value } => write!(f, "no longer shows {field} {value}"),
            Problem::Unreachable { reason } => write!(f, "unreachable: {reason}"),
            Problem::Disallowed => write!(f, "robots.txt disallows fetching it"),
            Problem::TooLarge { limit } => write!(f, "larger than {limit} bytes"),
        }
    }
}

/// The result for one row.
#[derive(Clone, Debug, Serialize)]
pub struct Outcome {
    /// The row.
    pub id: String,
    /// Whether its source still shows everything it should.
    pub ok: bool,
    /// What is wrong, each named.
    pub problems: Vec<Problem>,
    /// The page checked.
    pub source: String,
    /// Where a redirect that is not a permanent move led (reported, not a problem).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub redirected_to: Option<String>,
}

/// Refuses a results file inside the data directory `dir`, which holds only what maintainers
/// edit (and whose every change is a new version of the data).
pub fn results_outside(path: &Path, dir: &Path) -> anyhow::Result<()> {
    let dir = std::fs::canonicalize(dir)?;
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let parent = std::fs::canonicalize(parent)
        .map_err(|e| anyhow::anyhow!("the results file's folder {}: {e}", parent.display()))?;
    if parent.starts_with(&dir) {
        anyhow::bail!(
            "the results file must be outside the data directory {}",
            dir.display()
        );
    }
    Ok(())
}

/// Writes `outcomes` to `path` as a results file (see [`crate::directory::checked`]), through
/// a temporary file renamed over it, so a server reading it sees the old run or the new.
pub fn write_results(
    path: &Path,
    outcomes: &[Outcome],
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<()> {
    let results = crate::directory::checked::Results {
        checked_at: now,
        rows: outcomes.to_vec(),
    };
    crate::release::write_atomically(path, &serde_json::to_vec_pretty(&results)?)
}

/// Every row of `snapshot` that cites a source, narrowed to `only` when it is not empty.
pub fn items(snapshot: &Snapshot, only: &[String]) -> Vec<Item> {
    let mut out = Vec::new();
    for r in snapshot.resources() {
        let mut values = Vec::new();
        if let Some(p) = &r.phone {
            values.push(number("phone", p));
        }
        if let Some(p) = &r.sms {
            values.push(number("sms", p));
        }
        if let Some(k) = &r.sms_keyword {
            values.push(Value::Keyword(k.clone()));
        }
        if let Some(u) = &r.chat_url {
            values.push(Value::Url(u.clone()));
        }
        out.push(Item {
            id: format!("resource/{}", r.id),
            source: r.source.clone(),
            values,
        });
    }
    // Each fact confirmed on another page than the row's source, on that page, in its words.
    for r in snapshot.resources() {
        for e in &r.evidence {
            out.push(Item {
                id: format!("evidence/{}/{}", r.id, e.field),
                source: e.url.clone(),
                values: vec![Value::Words {
                    field: e.field.clone(),
                    words: e.words.clone(),
                }],
            });
        }
    }
    // Each way in without a voice call, where its own source shows it (the relay service's
    // number and the number asked for; a video page or videophone; an address).
    for r in snapshot.resources() {
        for (n, way) in r.access.iter().enumerate() {
            use crate::domain::Access;
            let values = match &way.access {
                Access::Tty(p) | Access::WhatsApp(p) => vec![number("value", p)],
                Access::Relay { via, number: p } => via
                    .iter()
                    .map(|v| Value::Number {
                        field: "via",
                        shown: v.clone(),
                        digits: v.clone(),
                        exact: true,
                    })
                    .chain([number("value", p)])
                    .collect(),
                Access::Video { url, number: p, .. } => url
                    .iter()
                    .map(|u| Value::Url(u.clone()))
                    .chain(p.iter().map(|p| number("value", p)))
                    .collect(),
                Access::Email(address) => vec![Value::Url(address.clone())],
            };
            out.push(Item {
                id: format!("channel/{}/{}/{}", r.id, way.access.kind(), n + 1),
                source: way.source.clone(),
                values,
            });
        }
    }
    for e in snapshot.emergency_numbers() {
        for c in &e.contacts {
            let key = c
                .number
                .clone()
                .or_else(|| c.url.clone())
                .unwrap_or_default();
            let values = match (&c.number, &c.url) {
                (Some(n), _) => vec![Value::Number {
                    field: "number",
                    shown: n.clone(),
                    digits: n.clone(),
                    exact: true,
                }],
                (None, Some(u)) => vec![Value::Url(u.clone())],
                (None, None) => Vec::new(),
            };
            let channel = match c.channel {
                Channel::Voice => "voice",
                other => other.as_str(),
            };
            out.push(Item {
                id: format!("emergency/{}/{key}/{channel}", e.country.as_str()),
                source: c.source.clone(),
                values,
            });
        }
    }
    let g = snapshot.guidance();
    for guide in &g.guides {
        for s in &guide.steps {
            out.push(Item {
                id: format!("guide/{}/{}", guide.id, s.number),
                source: s.source.clone(),
                values: Vec::new(),
            });
        }
    }
    for law in &g.laws {
        out.push(Item {
            id: format!("law/{}", law.region.code()),
            source: law.source.clone(),
            values: Vec::new(),
        });
    }
    for e in &g.expectations {
        out.push(Item {
            id: format!("expect/{}/{}", e.resource, e.aspect),
            source: e.source.clone(),
            values: Vec::new(),
        });
    }
    if !only.is_empty() {
        out.retain(|i| {
            only.iter()
                .any(|o| i.id == *o || i.id.strip_prefix("resource/") == Some(o))
        });
    }
    out
}

fn number(field: &'static str, p: &PhoneNumber) -> Value {
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    match p {
        // The national significant number: what every written form ends with, after any
        // country code or trunk prefix.
        PhoneNumber::E164 { national, .. } => Value::Number {
            field,
            shown: national.clone(),
            digits: digits(national).trim_start_matches('0').to_string(),
            exact: false,
        },
        PhoneNumber::Short { digits: d, .. } => Value::Number {
            field,
            shown: d.clone(),
            digits: d.clone(),
            exact: true,
        },
    }
}

/// A page as text, with the numbers and addresses its links carry.
struct Page {
    text: String,
    links: Vec<String>,
}

impl Page {
    fn from_html(html: &str) -> Page {
        let doc = scraper::Html::parse_document(html);
        let mut text = String::new();
        for node in doc.root_element().descendants() {
            if let Some(t) = node.value().as_text() {
                let hidden = node.ancestors().any(|a| {
                    a.value()
                        .as_element()
                        .is_some_and(|e| matches!(e.name(), "script" | "style" | "noscript"))
                });
                if !hidden {
                    text.push_str(t);
                    text.push(' ');
                }
            }
        }
        let links = doc
            .select(&scraper::Selector::parse("a[href]").expect("a valid selector"))
            .filter_map(|a| a.value().attr("href"))
            .map(str::to_string)
            .collect();
        Page { text, links }
    }

    /// The groups of digits as written: runs of digits with the separators people put between
    /// them (spaces, dots, dashes, slashes, brackets, a leading `+`), and the digits of every
    /// `tel:` and `sms:` link.
    fn digit_runs(&self) -> Vec<String> {
        let mut runs: Vec<String> = Vec::new();
        let mut tokens: Vec<String> = Vec::new();
        let flush = |tokens: &mut Vec<String>, runs: &mut Vec<String>| {
            // Every window of consecutive groups is a candidate written number.
            for start in 0..tokens.len() {
                let mut joined = String::new();
                for t in tokens.iter().skip(start).take(6) {
                    joined.push_str(t);
                    runs.push(joined.clone());
                }
            }
            tokens.clear();
        };
        let mut current = String::new();
        let mut gap = 0;
        for c in self.text.chars() {
            if c.is_ascii_digit() {
                current.push(c);
                gap = 0;
            } else if matches!(
                c,
                ' ' | '.' | '-' | '/' | '(' | ')' | '+' | '\u{a0}' | '\u{2011}'
            ) && gap < 3
            {
                if !current.is_empty() {
                    tokens.push(std::mem::take(&mut current));
                }
                gap += 1;
            } else {
                if !current.is_empty() {
                    tokens.push(std::mem::take(&mut current));
                }
                flush(&mut tokens, &mut runs);
                gap = 0;
            }
        }
        if !current.is_empty() {
            tokens.push(current);
        }
        flush(&mut tokens, &mut runs);
        for l in &self.links {
            let lower = l.to_ascii_lowercase();
            if let Some(rest) = lower
                .strip_prefix("tel:")
                .or_else(|| lower.strip_prefix("sms:"))
            {
                let number = rest.split(['?', ';', ',']).next().unwrap_or_default();
                runs.push(number.chars().filter(char::is_ascii_digit).collect());
            }
        }
        runs
    }

    fn shows(&self, value: &Value, runs: &[String]) -> bool {
        match value {
            Value::Number { digits, exact, .. } => runs.iter().any(|r| {
                if *exact {
                    r == digits
                } else {
                    // A country code (up to 3 digits) and a trunk prefix may come first.
                    r.ends_with(digits.as_str()) && r.len() <= digits.len() + 5
                }
            }),
            Value::Keyword(k) => {
                let k = k.to_lowercase();
                self.text
                    .to_lowercase()
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w == k)
            }
            Value::Url(u) => {
                let bare = |s: &str| {
                    s.trim_start_matches("https://")
                        .trim_start_matches("http://")
                        .trim_start_matches("www.")
                        .trim_end_matches('/')
                        .to_lowercase()
                };
                let want = bare(u);
                self.links.iter().any(|l| bare(l) == want)
                    || self.text.to_lowercase().contains(&want)
            }
            Value::Words { words, .. } => loose(&self.text).contains(&loose(words)),
        }
    }
}

/// Text as compared with quoted words: lower case, one space between words, one kind of quote
/// mark and apostrophe.
fn loose(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .replace(['\u{2018}', '\u{2019}'], "'")
        .replace(['\u{201c}', '\u{201d}'], "\"")
}

/// A page fetched, or why not.
enum Fetched {
    Page {
        page: Page,
        redirected_to: Option<String>,
    },
    Failed(Problem),
}

/// Checks every item, one host at a time per host and `hosts_at_once` hosts together, calling
/// `progress` after each.
pub async fn run(
    items: Vec<Item>,
    options: &Options,
    progress: impl Fn() + Send + Sync,
) -> anyhow::Result<Vec<Outcome>> {
    let client = client(options)?;
    // Rows citing one page share one fetch; pages of one host are fetched one after another.
    let mut by_host: BTreeMap<String, BTreeMap<String, Vec<Item>>> = BTreeMap::new();
    for item in items {
        let host = url::Url::parse(&item.source)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_default();
        by_host
            .entry(host)
            .or_default()
            .entry(item.source.clone())
            .or_default()
            .push(item);
    }
    use futures_util::StreamExt;
    let progress = &progress;
    let client = &client;
    let results: Vec<Vec<Outcome>> = futures_util::stream::iter(by_host)
        .map(|(_, pages)| async move {
            let mut out = Vec::new();
            let mut robots: Option<Option<texting_robots::Robot>> = None;
            let mut first = true;
            for (source, items) in pages {
                if !first {
                    tokio::time::sleep(options.delay).await;
                }
                first = false;
                let fetched = fetch(client, options, &source, &mut robots).await;
                for item in items {
                    out.push(outcome(item, &fetched));
                    progress();
                }
            }
            out
        })
        .buffer_unordered(options.hosts_at_once.max(1))
        .collect()
        .await;
    let mut all: Vec<Outcome> = results.into_iter().flatten().collect();
    all.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(all)
}

fn outcome(item: Item, fetched: &Fetched) -> Outcome {
    let (problems, redirected_to) = match fetched {
        Fetched::Failed(p) => (vec![p.clone()], None),
        Fetched::Page {
            page,
            redirected_to,
        } => {
            let runs = page.digit_runs();
            let problems = item
                .values
                .iter()
                .filter(|v| !page.shows(v, &runs))
                .map(|v| match v {
                    Value::Number { field, shown, .. } => Problem::Missing {
                        field: field.to_string(),
                        value: shown.clone(),
                    },
                    Value::Keyword(k) => Problem::Missing {
                        field: "sms_keyword".into(),
                        value: k.clone(),
                    },
                    Value::Url(u) => Problem::Missing {
                        field: "url".into(),
                        value: u.clone(),
                    },
                    Value::Words { field, words } => Problem::Missing {
                        field: field.clone(),
                        value: words.clone(),
                    },
                })
                .collect();
            (problems, redirected_to.clone())
        }
    };
    Outcome {
        id: item.id,
        ok: problems.is_empty(),
        problems,
        source: item.source,
        redirected_to,
    }
}

fn client(options: &Options) -> anyhow::Result<reqwest::Client> {
    let mut builder = reqwest::Client::builder()
        .user_agent(options.user_agent.clone())
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(options.timeout)
        .timeout(options.timeout);
    for path in &options.ca_certs {
        let pem = std::fs::read(path)?;
        builder = builder.add_root_certificate(reqwest::Certificate::from_pem(&pem)?);
    }
    for (host, addr) in &options.resolve {
        builder = builder.resolve(host, *addr);
    }
    Ok(builder.build()?)
}

/// What the cache keeps of a page: its validators and its text.
#[derive(serde::Serialize, serde::Deserialize)]
struct Cached {
    etag: Option<String>,
    last_modified: Option<String>,
    html: String,
}

fn cache_path(dir: &Path, url: &str) -> PathBuf {
    use sha2::Digest;
    let hash = sha2::Sha256::digest(url.as_bytes());
    let name: String = hash.iter().take(16).map(|b| format!("{b:02x}")).collect();
    dir.join(format!("{name}.json"))
}

async fn fetch(
    client: &reqwest::Client,
    options: &Options,
    source: &str,
    robots: &mut Option<Option<texting_robots::Robot>>,
) -> Fetched {
    let Ok(url) = url::Url::parse(source) else {
        return Fetched::Failed(Problem::Unreachable {
            reason: "not a URL".into(),
        });
    };
    // robots.txt, once per host: a missing or unreadable one allows everything.
    if robots.is_none() {
        let robots_url = format!("{}://{}/robots.txt", url.scheme(), url.authority());
        let robot = match client.get(&robots_url).send().await {
            Ok(r) if r.status().is_success() => match r.bytes().await {
                Ok(body) => texting_robots::Robot::new("lifelines-verify", &body).ok(),
                Err(_) => None,
            },
            _ => None,
        };
        *robots = Some(robot);
    }
    if let Some(Some(robot)) = robots {
        if !robot.allowed(source) {
            return Fetched::Failed(Problem::Disallowed);
        }
    }

    let cached_at = options.cache.as_deref().map(|d| cache_path(d, source));
    let cached: Option<Cached> = cached_at
        .as_ref()
        .and_then(|p| std::fs::read(p).ok())
        .and_then(|b| serde_json::from_slice(&b).ok());
    let mut current = url;
    let mut redirected_to = None;
    for _ in 0..6 {
        let mut req = client.get(current.clone());
        if let (Some(c), true) = (&cached, redirected_to.is_none()) {
            if let Some(etag) = &c.etag {
                req = req.header(reqwest::header::IF_NONE_MATCH, etag);
            }
            if let Some(lm) = &c.last_modified {
                req = req.header(reqwest::header::IF_MODIFIED_SINCE, lm);
            }
        }
        let mut res = match req.send().await {
            Ok(r) => r,
            Err(e) => return Fetched::Failed(unreachable(&e)),
        };
        let status = res.status();
        if status.is_redirection() && status != reqwest::StatusCode::NOT_MODIFIED {
            let Some(next) = res
                .headers()
                .get(reqwest::header::LOCATION)
                .and_then(|l| l.to_str().ok())
                .and_then(|l| current.join(l).ok())
            else {
                return Fetched::Failed(Problem::Gone {
                    status: status.as_u16(),
                });
            };
            if matches!(status.as_u16(), 301 | 308) {
                return Fetched::Failed(Problem::Moved {
                    to: next.to_string(),
                });
            }
            redirected_to = Some(next.to_string());
            current = next;
            continue;
        }
        if status == reqwest::StatusCode::NOT_MODIFIED {
            if let Some(c) = cached {
                return Fetched::Page {
                    page: Page::from_html(&c.html),
                    redirected_to,
                };
            }
        }
        if !status.is_success() {
            return Fetched::Failed(Problem::Gone {
                status: status.as_u16(),
            });
        }
        let header = |name: reqwest::header::HeaderName, res: &reqwest::Response| {
            res.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let etag = header(reqwest::header::ETAG, &res);
        let last_modified = header(reqwest::header::LAST_MODIFIED, &res);
        let mut body = Vec::new();
        loop {
            match res.chunk().await {
                Ok(Some(chunk)) => {
                    if body.len() + chunk.len() > options.max_bytes {
                        return Fetched::Failed(Problem::TooLarge {
                            limit: options.max_bytes,
                        });
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(e) => return Fetched::Failed(unreachable(&e)),
            }
        }
        let html = String::from_utf8_lossy(&body).into_owned();
        if let Some(path) = &cached_at {
            let entry = Cached {
                etag,
                last_modified,
                html: html.clone(),
            };
            if let (Some(dir), Ok(bytes)) = (path.parent(), serde_json::to_vec(&entry)) {
                let _ = std::fs::create_dir_all(dir).and_then(|_| std::fs::write(path, bytes));
            }
        }
        return Fetched::Page {
            page: Page::from_html(&html),
            redirected_to,
        };
    }
    Fetched::Failed(Problem::Unreachable {
        reason: "more than 5 redirects".into(),
    })
}

fn unreachable(e: &reqwest::Error) -> Problem {
    let reason = if e.is_timeout() {
        "timed out".to_string()
    } else if e.is_connect() {
        "could not connect".to_string()
    } else {
        // The error's own words, without the URL (the report names the source already).
        e.to_string()
    };
    Problem::Unreachable { reason }
}

/// The outcomes as a table: one line per row that is not ok, then a summary.
pub fn table(outcomes: &[Outcome]) -> String {
    let mut out = String::new();
    let width = outcomes
        .iter()
        .filter(|o| !o.ok)
        .map(|o| o.id.len())
        .max()
        .unwrap_or(2)
        .max(2);
    let bad: Vec<&Outcome> = outcomes.iter().filter(|o| !o.ok).collect();
    if !bad.is_empty() {
        out.push_str(&format!("{:width$}  PROBLEM\n", "ID"));
        for o in &bad {
            for p in &o.problems {
                out.push_str(&format!("{:width$}  {p}\n", o.id));
            }
        }
    }
    let mut kinds: HashMap<&str, usize> = HashMap::new();
    for o in outcomes {
        let kind = o.id.split('/').next().unwrap_or_default();
        *kinds.entry(kind).or_default() += 1;
    }
    let redirected = outcomes
        .iter()
        .filter(|o| o.redirected_to.is_some())
        .count();
    out.push_str(&format!(
        "{} rows checked, {} ok, {} with problems; {redirected} sources redirected elsewhere\n",
        outcomes.len(),
        outcomes.len() - bad.len(),
        bad.len()
    ));
    out
}
