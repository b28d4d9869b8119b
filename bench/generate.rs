//! Writes a synthetic data directory for the scale runs of `bench/run.sh` and `bench/stall.sh`:
//! N resources spread over every ISO 3166-2 subdivision, each valid under `lifelines check`,
//! with the repository's emergency numbers, retired numbers and SMS lookup tables beside them.
//! The output is for benchmarks only and never belongs in `data/`.
//!
//! Organizations are spread as in a real directory (211 data runs a few services per
//! organization, and a few networks run many): one organization per four rows, of which one
//! in a hundred is a network running a fifth of all rows between them (80 each at 50,000
//! rows), the rest about three each; and one row in ten names no organization (the service is
//! its own). At 50,000 rows: 125 networks and 12,375 other organizations, and 5,000 services
//! that are their own, so 17,500 organizations in the HSDS export.
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
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    // Only countries with an emergency number (or the EU's 112): check refuses a line elsewhere.
    let emergency = std::fs::read_to_string(data.join("emergency.csv"))?;
    let with_number: std::collections::HashSet<&str> = emergency
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split(',').next())
        // EU member states, where 112 works without a row of their own.
        .chain(lifelines::directory::EU_MEMBERS.iter().copied())
        .collect();
    let mut subdivisions: Vec<String> = rust_iso3166::iso3166_2::SUBDIVISION_MAP
        .values()
        .map(|s| s.code.to_string())
        .filter(|c| lifelines::domain::Region::parse(c).is_some())
        .filter(|c| with_number.contains(&c[..2]))
        .collect();
    subdivisions.sort();
    let topics: Vec<&str> = Topic::ALL.iter().map(|t| t.as_str()).collect();
    let mut w = std::io::BufWriter::new(std::fs::File::create(out.join("resources.csv"))?);
    writeln!(w, "{HEADER}")?;
    let organizations = (rows / 4).max(100);
    let networks = organizations / 100;
    // Rows run by neither a network nor themselves go to the other organizations in turn.
    let mut others = 0;
    let mut organization = |n: usize| -> String {
        if n % 10 == 9 {
            String::new()
        } else if n.is_multiple_of(5) {
            format!("Synthetic network {}", (n / 5) % networks)
        } else {
            others += 1;
            format!(
                "Synthetic organization {}",
                others % (organizations - networks)
            )
        }
    };
    for n in 0..rows {
        let region = &subdivisions[n % subdivisions.len()];
        let topic = topics[n % topics.len()];
        let (hours, zone) = HOURS[n % HOURS.len()];
        writeln!(
            w,
            "syn-{n},Synthetic line {n},Line {n},{},{region},{topic},,,,,\
             https://example.org/chat/{n},https://example.org/{n},,{hours},{zone},en,free,{},\
             A synthetic line for benchmarks.,{date},https://example.org/source/{n},",
            organization(n),
            10 + n % 50
        )?;
    }
    w.flush()?;
    for name in lifelines::directory::load::FILES {
        let from = data.join(name);
        // The synthetic rows have no pairs and nothing to expect; the texts keep what belongs
        // to no line; every other file is the repository's own.
        if ["resources.csv", "pairs.csv", "expect.csv"].contains(name) || !from.exists() {
            continue;
        }
        if name.starts_with("text-") {
            let text = std::fs::read_to_string(&from)?;
            let kept: Vec<&str> = text
                .lines()
                .filter(|l| !l.starts_with("resource/") && !l.starts_with("expect/"))
                .collect();
            std::fs::write(out.join(name), kept.join("\n") + "\n")?;
        } else {
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
