//! Writes a synthetic data directory for the scale run of `bench/run.sh`: N resources spread
//! over every ISO 3166-2 subdivision, each valid under `lifelines check`, with the repository's
//! emergency numbers, retired numbers and SMS lookup tables beside them. The output is for
//! benchmarks only and never belongs in `data/`.
//!
//! Usage: `cargo run --release --example generate -- OUTDIR [ROWS] [YYYY-MM-DD]`
//! (ROWS defaults to 50,000; the date, used for `verified_at`, to today).

use lifelines::domain::Topic;
use std::io::Write;
use std::path::{Path, PathBuf};

const HEADER: &str = "id,name,short_name,organization,regions,topics,phone,phone_option,sms,\
sms_keyword,chat_url,website,app_url,hours,timezone,languages,cost,priority,description,\
verified_at,source,notes";

/// Hours, with the zone each needs: always, a schedule across midnight, office hours, unknown.
const HOURS: &[(&str, &str)] = &[
    ("24/7", ""),
    ("Mo-Su 15:30-00:30", "Asia/Kolkata"),
    ("Mo-Fr 09:00-17:00", "America/New_York"),
    ("unknown", ""),
];

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(
        args.next()
            .ok_or_else(|| anyhow::anyhow!("usage: generate OUTDIR [ROWS] [YYYY-MM-DD]"))?,
    );
    let rows: usize = args
        .next()
        .map(|r| r.parse())
        .transpose()?
        .unwrap_or(50_000);
    let date = args.next().unwrap_or_else(|| {
        use lifelines::clock::Clock;
        lifelines::clock::SystemClock.now().date_naive().to_string()
    });
    std::fs::create_dir_all(&out)?;
    let mut subdivisions: Vec<String> = rust_iso3166::iso3166_2::SUBDIVISION_MAP
        .values()
        .map(|s| s.code.to_string())
        .filter(|c| lifelines::domain::Region::parse(c).is_some())
        .collect();
    subdivisions.sort();
    let topics: Vec<&str> = Topic::ALL.iter().map(|t| t.as_str()).collect();
    let mut w = std::io::BufWriter::new(std::fs::File::create(out.join("resources.csv"))?);
    writeln!(w, "{HEADER}")?;
    for n in 0..rows {
        let region = &subdivisions[n % subdivisions.len()];
        let topic = topics[n % topics.len()];
        let (hours, zone) = HOURS[n % HOURS.len()];
        writeln!(
            w,
            "syn-{n},Synthetic line {n},Line {n},Bench,{region},{topic},,,,,\
             https://example.org/chat/{n},https://example.org/{n},,{hours},{zone},en,free,{},\
             A synthetic line for benchmarks.,{date},https://example.org/source/{n},",
            10 + n % 50
        )?;
    }
    w.flush()?;
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    for name in lifelines::directory::load::FILES {
        let from = data.join(name);
        // The synthetic rows have no pairs; every other file is the repository's own.
        if *name != "resources.csv" && *name != "pairs.csv" && from.exists() {
            std::fs::copy(&from, out.join(name))?;
        }
    }
    eprintln!(
        "{rows} resources over {} subdivisions written to {}",
        subdivisions.len(),
        out.display()
    );
    Ok(())
}
