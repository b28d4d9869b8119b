//! The `lifelines` binary: parse the command line, load settings, start telemetry, run a subcommand.

use anyhow::Context;
use clap::{Parser, Subcommand};
use lifelines::clock::{Clock, SystemClock};
use lifelines::config::Settings;
use lifelines::directory::{load, Severity, Snapshot};
use lifelines::domain::{Region, Topic};
use lifelines::geo::GeoDb;
use lifelines::startup::{geoip_path, Application};
use std::path::PathBuf;
use std::process::ExitCode;

/// A crisis and harm-reduction resource directory.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// A TOML config file (see lifelines.example.toml).
    #[arg(long, global = true, env = "LIFELINES_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web service.
    Serve {
        /// Address to listen on, e.g. 0.0.0.0:8080.
        #[arg(long)]
        listen: Option<String>,
        /// The data directory.
        #[arg(long)]
        data: Option<PathBuf>,
        /// A MaxMind-format GeoIP database.
        #[arg(long)]
        geoip: Option<PathBuf>,
    },
    /// Validate a data directory; exit 1 naming every error by file:line:column.
    Check {
        /// Treat warnings (rows not verified for a year) as errors.
        #[arg(long)]
        strict: bool,
        /// The day freshness is judged on, YYYY-MM-DD (default: today).
        #[arg(long)]
        today: Option<chrono::NaiveDate>,
        /// The data directory.
        dir: PathBuf,
    },
    /// Print a region's list, as a page would show it.
    Lookup {
        /// A region code: US, us-ca, GB-SCT, or `world`.
        region: String,
        /// Narrow to a topic (repeatable).
        #[arg(long = "topic")]
        topics: Vec<String>,
        /// The data directory.
        #[arg(long)]
        data: Option<PathBuf>,
    },
    /// Fetch each row's source and check it still shows the row's numbers, keywords and chat
    /// addresses (never calling or texting them); exit 1 when any row is not ok.
    Verify {
        /// The data directory.
        dir: PathBuf,
        /// Print a JSON array of {"id", "ok", "problems"} instead of the table.
        #[arg(long)]
        json: bool,
        /// Check only these rows (ids as the report names them, or resource ids), comma-separated.
        #[arg(long, value_delimiter = ',')]
        only: Vec<String>,
        /// Keep pages' ETags and Last-Modified dates here, to ask with conditional GETs next time.
        #[arg(long)]
        cache: Option<PathBuf>,
        /// Seconds to wait for a page.
        #[arg(long, default_value_t = 20)]
        timeout: u64,
        /// Read at most this many KiB of a page.
        #[arg(long, default_value_t = 5120)]
        max_kib: usize,
        /// Milliseconds between two requests to one host.
        #[arg(long, default_value_t = 1000)]
        delay_ms: u64,
        /// A further root certificate (PEM) to trust, e.g. a private mirror's.
        #[arg(long = "ca-cert")]
        ca_certs: Vec<PathBuf>,
        /// Resolve HOST to ADDR (HOST=IP:PORT), as curl's --resolve does.
        #[arg(long, value_parser = parse_resolve)]
        resolve: Vec<(String, std::net::SocketAddr)>,
        /// The day the data is loaded as of, YYYY-MM-DD (default: today).
        #[arg(long)]
        today: Option<chrono::NaiveDate>,
        /// Also write what was found to this file (JSON, outside the data directory), for
        /// servers configured with `[verify] results` to show on /data.
        #[arg(long)]
        results: Option<PathBuf>,
    },
    /// Make a data release: compare DIR with the previous release, append what changed to
    /// DIR/history.csv, and write the data files and `lifelines-data.zip` (signed, with
    /// --sign) into --out.
    Release {
        /// The data directory.
        dir: PathBuf,
        /// Where the release is written (a directory a server can load).
        #[arg(long, default_value = "target/release-data")]
        out: PathBuf,
        /// The previous release's archive or directory (default: --out's archive, if any).
        #[arg(long)]
        previous: Option<PathBuf>,
        /// The release's name (default: the time, e.g. 20261206-013000).
        #[arg(long)]
        name: Option<String>,
        /// When the release is made, RFC 3339 (default: now).
        #[arg(long)]
        at: Option<chrono::DateTime<chrono::Utc>>,
        /// A minisign secret key file to sign the archive with; it stays with the maintainer.
        #[arg(long)]
        sign: Option<PathBuf>,
        /// The secret key's password (for a key made with one).
        #[arg(long, env = "LIFELINES_MINISIGN_PASSWORD", hide_env_values = true)]
        password: Option<String>,
    },
    /// Print the partner API's OpenAPI 3.1 document (as `/api/openapi.json` serves it).
    Openapi,
    /// Print what the GeoIP database says about an address.
    Geoip {
        /// An IPv4 or IPv6 address.
        address: std::net::IpAddr,
        /// A MaxMind-format database (default: the configured one).
        #[arg(long)]
        database: Option<PathBuf>,
    },
}

fn parse_resolve(v: &str) -> Result<(String, std::net::SocketAddr), String> {
    let (host, addr) = v.split_once('=').ok_or("write HOST=IP:PORT")?;
    let addr = addr
        .parse()
        .map_err(|_| format!("{addr:?} is not IP:PORT"))?;
    Ok((host.to_string(), addr))
}

/// How many lines have their description in their own languages: each page language the line
/// answers in (`languages`), English being `resources.csv`'s own column.
struct OwnLanguage {
    /// Lines whose description is in every such language.
    have: usize,
    /// `id (languages)` of the lines whose description lacks some.
    missing: Vec<String>,
    /// Lines that answer in no page language (Korean, Thai): nowhere to put it yet.
    unspoken: usize,
}

fn own_language_descriptions(snapshot: &Snapshot) -> OwnLanguage {
    use lifelines::domain::UiLanguage;
    let mut out = OwnLanguage {
        have: 0,
        missing: Vec::new(),
        unspoken: 0,
    };
    for r in snapshot
        .resources()
        .iter()
        .filter(|r| r.area != lifelines::domain::Area::Everywhere)
    {
        let mut spoken: Vec<UiLanguage> = r
            .languages
            .iter()
            .filter_map(|l| UiLanguage::for_tag(l.as_str()))
            .collect();
        spoken.dedup();
        // Chinese in Taiwan, Hong Kong and Macau is written in traditional characters, which
        // no page is in yet: not a gap in the simplified ones.
        let traditional = r
            .area
            .countries()
            .all(|cc| ["TW", "HK", "MO"].contains(&cc.as_str()));
        if traditional {
            spoken.retain(|l| *l != UiLanguage::Zh);
        }
        if spoken.is_empty() {
            out.unspoken += 1;
            continue;
        }
        let lacking: Vec<&str> = spoken
            .iter()
            .filter(|l| **l != UiLanguage::En)
            .filter(|l| snapshot.guidance().description(**l, &r.id).is_none())
            .map(|l| l.tag())
            .collect();
        if lacking.is_empty() {
            out.have += 1;
        } else {
            out.missing
                .push(format!("{} ({})", r.id, lacking.join(" ")));
        }
    }
    out
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let mut settings =
        Settings::load(cli.config.as_deref()).context("Failed to read the configuration")?;
    match cli.command {
        Command::Serve {
            listen,
            data,
            geoip,
        } => {
            settings.listen = listen.unwrap_or(settings.listen);
            settings.data_dir = data.unwrap_or(settings.data_dir);
            settings.geo.database = geoip.or(settings.geo.database);
            settings.geo.database = geoip_path(&settings);
            // Held until the server has stopped: dropping it writes out the queued lines.
            let log = lifelines::telemetry::init_stdout(&settings.log, settings.log_format)?;
            lifelines::telemetry::log_panics_without_payload();
            let rt = tokio::runtime::Runtime::new()?;
            let served = rt.block_on(async {
                let app = Application::build(settings)?;
                tracing::info!(port = app.port(), "listening");
                app.run_until_stopped().await?;
                tracing::info!("stopped");
                anyhow::Ok(ExitCode::SUCCESS)
            });
            drop(rt);
            drop(log);
            served
        }
        Command::Check { strict, today, dir } => {
            let today = today.unwrap_or_else(|| SystemClock.now().date_naive());
            // One loader reads every file, the SMS tables and word files included, as the server
            // does.
            let (loaded, diags) = match load::load_dir(&dir, today) {
                Ok(loaded) => {
                    let warnings = loaded.warnings.clone();
                    (Some(loaded), warnings)
                }
                Err(diags) => (None, diags),
            };
            for d in &diags {
                println!("{d}");
            }
            let errors = diags
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            let warnings = diags.len() - errors;
            if let (Some(loaded), 0) = (loaded, errors) {
                let snapshot = Snapshot::new(loaded);
                println!("{}", snapshot.summary());
                if strict {
                    // So the count can be read: each country and the row that earns it.
                    let counted: Vec<String> = snapshot
                        .crisis_countries()
                        .into_iter()
                        .map(|(cc, id)| format!("{} {id}", cc.as_str()))
                        .collect();
                    println!("Countries with a crisis line: {}", counted.join(", "));
                }
                println!("{}", snapshot.emergency_sources());
                // Reported, not a diagnostic: most toll-free lines' operators do not say, and a
                // warning per line would make --strict unusable until all of them do.
                let (known, unknown) = snapshot.abroad_coverage();
                println!(
                    "Reach from abroad: {} lines with a number in a national-only format (toll-free, shared-cost or a short code); {} say whether it can be called from abroad, {} do not yet",
                    known.len() + unknown.len(),
                    known.len(),
                    unknown.len()
                );
                if strict && !unknown.is_empty() {
                    println!("Not yet known from abroad: {}", unknown.join(", "));
                }
                let tables = snapshot.tables();
                // A data directory may leave the SMS tables out; say nothing of them then.
                if tables.missing().len() < 3 {
                    let (zips, npas, letters) = tables.sizes();
                    println!(
                        "SMS tables: {zips} ZIP prefixes, {npas} area codes, {letters} postal districts"
                    );
                }
                let lexicon = snapshot.lexicon();
                if lexicon.missing().len() < 4 {
                    println!("SMS words: {}", lexicon.counts());
                }
                let gaz = snapshot.gazetteer();
                if gaz.missing().len() < 3 {
                    let (towns, keys, words, prefixes) = gaz.sizes();
                    println!(
                        "Places: {towns} towns and cities under {keys} names, {prefixes} postal prefixes, {words} words that are never a town"
                    );
                }
                let g = snapshot.guidance();
                if !g.guides.is_empty() || !g.laws.is_empty() || !g.expectations.is_empty() {
                    println!("Guidance: {}", g.counts());
                }
                let own = own_language_descriptions(&snapshot);
                println!(
                    "Descriptions in the line's own languages: {} of {} lines that answer in a page language have one in each ({} lack some); {} lines answer only in languages no page speaks yet",
                    own.have,
                    own.have + own.missing.len(),
                    own.missing.len(),
                    own.unspoken
                );
                if strict && !own.missing.is_empty() {
                    println!(
                        "Description missing in a language the line answers in: {}",
                        own.missing.join(", ")
                    );
                }
            }
            println!("{errors} errors, {warnings} warnings");
            if errors > 0 || (strict && warnings > 0) {
                if errors == 0 {
                    println!("failing because of --strict");
                }
                return Ok(ExitCode::FAILURE);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Lookup {
            region,
            topics,
            data,
        } => {
            let dir = data.unwrap_or(settings.data_dir);
            let today = SystemClock.now().date_naive();
            let loaded = load::load_dir(&dir, today).map_err(|d| {
                anyhow::anyhow!(
                    "{} has errors; run `lifelines check {}` ({} findings)",
                    dir.display(),
                    dir.display(),
                    d.len()
                )
            })?;
            let snapshot = Snapshot::new(loaded);
            let region = if region.eq_ignore_ascii_case("world") {
                None
            } else {
                Some(
                    Region::parse(&region)
                        .with_context(|| format!("{region:?} is not an ISO 3166 region code"))?,
                )
            };
            let topics = topics
                .iter()
                .map(|t| t.parse::<Topic>())
                .collect::<Result<Vec<_>, _>>()?;
            print!(
                "{}",
                lifelines::terminal::listing(&snapshot.listing(region, &topics, SystemClock.now()))
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Verify {
            dir,
            json,
            only,
            cache,
            timeout,
            max_kib,
            delay_ms,
            ca_certs,
            resolve,
            today,
            results,
        } => {
            if let Some(path) = &results {
                lifelines::verify::results_outside(path, &dir)?;
            }
            let today = today.unwrap_or_else(|| SystemClock.now().date_naive());
            let loaded = load::load_dir(&dir, today).map_err(|diags| {
                for d in &diags {
                    eprintln!("{d}");
                }
                anyhow::anyhow!("the data does not pass check; fix it first")
            })?;
            let snapshot = Snapshot::new(loaded);
            let items = lifelines::verify::items(&snapshot, &only);
            let options = lifelines::verify::Options {
                timeout: std::time::Duration::from_secs(timeout),
                max_bytes: max_kib * 1024,
                delay: std::time::Duration::from_millis(delay_ms),
                cache,
                ca_certs,
                resolve,
                user_agent: lifelines::verify::user_agent(settings.public_url.as_deref()),
                ..Default::default()
            };
            let bar = indicatif::ProgressBar::new(items.len() as u64);
            let rt = tokio::runtime::Runtime::new()?;
            let outcomes = rt.block_on(lifelines::verify::run(items, &options, || bar.inc(1)))?;
            bar.finish_and_clear();
            if let Some(path) = &results {
                lifelines::verify::write_results(path, &outcomes, SystemClock.now())?;
            }
            if json {
                println!("{}", serde_json::to_string_pretty(&outcomes)?);
            } else {
                print!("{}", lifelines::verify::table(&outcomes));
            }
            Ok(if outcomes.iter().all(|o| o.ok) {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Command::Release {
            dir,
            out,
            previous,
            name,
            at,
            sign,
            password,
        } => {
            let options = lifelines::release::Options {
                out,
                previous,
                name,
                now: at.unwrap_or_else(|| SystemClock.now()),
                secret_key: sign,
                password,
            };
            let made = lifelines::release::make(&dir, &options)?;
            for e in &made.release.entries {
                println!(
                    "{} {}{}",
                    e.change.as_str(),
                    e.item,
                    e.field
                        .as_deref()
                        .map(|f| format!(" {f}"))
                        .unwrap_or_default()
                );
            }
            println!(
                "release {}: {} changes, {} ({}), history in {}",
                made.release.name,
                made.release.entries.len(),
                made.archive.display(),
                if made.signed { "signed" } else { "unsigned" },
                dir.join(lifelines::directory::history::HISTORY).display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Openapi => {
            println!("{}", lifelines::routes::openapi_json());
            Ok(ExitCode::SUCCESS)
        }
        Command::Geoip { address, database } => {
            settings.geo.database = database.or(settings.geo.database);
            let path = geoip_path(&settings).context(
                "no GeoIP database configured; run scripts/fetch-geoip.sh or pass --database",
            )?;
            let db = GeoDb::open(&path)?;
            println!("database: {} ({})", path.display(), db.database_type());
            match db.lookup(address) {
                Some(region) => println!("{address}: {} ({})", region.code(), region.full_name()),
                None => println!("{address}: not in the database"),
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
