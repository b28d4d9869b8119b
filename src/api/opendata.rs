//! The open data files: the snapshot's own CSVs as read (`/data/resources.csv` …), and the HSDS
//! export in its tabular form, a CSV data package (`datapackage.json` and one CSV per table)
//! zipped into one download (`/data/hsds.zip`). All under CC BY 4.0.

use super::hsds::Export;
use super::{DATA_LICENSE, DATA_LICENSE_URL};
use crate::directory::Snapshot;
use std::io::Write;

/// The content type of a CSV file.
pub const CSV: &str = "text/csv; charset=utf-8";
/// The content type of the zipped data package.
pub const ZIP: &str = "application/zip";

/// The data files published as they are, in the order [`crate::directory::load::FILES`] reads
/// them: every file of the data directory a snapshot was loaded from.
pub fn is_published(snapshot: &Snapshot, name: &str) -> bool {
    crate::directory::load::FILES.contains(&name) && snapshot.file(name).is_some()
}

/// The licence a published file is under: the directory's CC BY 4.0 (GeoNames' places too),
/// but the word list drawn from wordfreq's frequencies, which are CC BY-SA 4.0.
pub fn license(name: &str) -> &'static str {
    if name == crate::directory::lookup::gazetteer::COMMON_WORDS {
        "https://creativecommons.org/licenses/by-sa/4.0/"
    } else {
        "https://creativecommons.org/licenses/by/4.0/"
    }
}

/// The URLs of the data files this snapshot publishes, `hsds.zip` included.
pub fn urls(snapshot: &Snapshot) -> Vec<String> {
    crate::directory::load::FILES
        .iter()
        .filter(|name| snapshot.file(name).is_some())
        .map(|name| format!("/data/{name}"))
        .chain(["/data/hsds.zip".to_string()])
        .collect()
}

/// One table of the data package: its file, its columns with their Frictionless types, and
/// its CSV.
struct Table {
    name: &'static str,
    columns: &'static [(&'static str, &'static str)],
    csv: Vec<u8>,
}

const SERVICES: &[(&str, &str)] = &[
    ("id", "string"),
    ("organization_id", "string"),
    ("name", "string"),
    ("alternate_name", "string"),
    ("description", "string"),
    ("url", "string"),
    ("status", "string"),
    ("fees_description", "string"),
    ("interpretation_services", "string"),
    ("assured_date", "date"),
    ("last_modified", "datetime"),
];
const ORGANIZATIONS: &[(&str, &str)] = &[
    ("id", "string"),
    ("name", "string"),
    ("description", "string"),
    ("website", "string"),
];
const PHONES: &[(&str, &str)] = &[
    ("id", "string"),
    ("service_id", "string"),
    ("number", "string"),
    ("type", "string"),
    ("description", "string"),
];
const SCHEDULES: &[(&str, &str)] = &[
    ("id", "string"),
    ("service_id", "string"),
    ("description", "string"),
    ("notes", "string"),
];
const SERVICE_AREAS: &[(&str, &str)] = &[
    ("id", "string"),
    ("service_id", "string"),
    ("name", "string"),
    ("description", "string"),
    ("extent", "string"),
    ("extent_type", "string"),
];
const LANGUAGES: &[(&str, &str)] = &[
    ("id", "string"),
    ("service_id", "string"),
    ("name", "string"),
    ("code", "string"),
];

fn opt(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or_default()
}

/// A table's CSV, written as the rows come.
fn writer(columns: &[(&str, &str)]) -> Result<csv::Writer<Vec<u8>>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(columns.iter().map(|(c, _)| c))?;
    Ok(w)
}

/// Every table of the data package, in one pass over the services: each service is built once,
/// written into the tables it has rows in, and dropped.
fn tables(snapshot: &Snapshot, export: &Export) -> Result<Vec<Table>, PackageError> {
    let mut organizations = writer(ORGANIZATIONS)?;
    for o in export.organizations() {
        organizations.write_record([&o.id, &o.name, &o.description, opt(&o.website)])?;
    }
    let mut services = writer(SERVICES)?;
    let mut phones = writer(PHONES)?;
    let mut schedules = writer(SCHEDULES)?;
    let mut service_areas = writer(SERVICE_AREAS)?;
    let mut languages = writer(LANGUAGES)?;
    for s in (0..snapshot.resources().len()).filter_map(|i| export.service(snapshot, i)) {
        services.write_record([
            &s.id,
            &s.organization_id,
            &s.name,
            opt(&s.alternate_name),
            &s.description,
            &s.url,
            &s.status,
            opt(&s.fees_description),
            opt(&s.interpretation_services),
            &s.assured_date,
            opt(&s.last_modified),
        ])?;
        for p in &s.phones {
            phones.write_record([
                &p.id,
                &p.service_id,
                &p.number,
                &p.kind,
                opt(&p.description),
            ])?;
        }
        for x in &s.schedules {
            schedules.write_record([&x.id, &x.service_id, &x.description, opt(&x.notes)])?;
        }
        for a in &s.service_areas {
            service_areas.write_record([
                &a.id,
                &a.service_id,
                &a.name,
                &a.description,
                &a.extent,
                &a.extent_type,
            ])?;
        }
        for l in &s.languages {
            languages.write_record([&l.id, &l.service_id, &l.name, &l.code])?;
        }
    }
    [
        ("organizations", ORGANIZATIONS, organizations),
        ("services", SERVICES, services),
        ("phones", PHONES, phones),
        ("schedules", SCHEDULES, schedules),
        ("service_areas", SERVICE_AREAS, service_areas),
        ("languages", LANGUAGES, languages),
    ]
    .into_iter()
    .map(|(name, columns, w)| {
        Ok(Table {
            name,
            columns,
            csv: w.into_inner().map_err(|e| e.into_error())?,
        })
    })
    .collect()
}

fn datapackage(snapshot: &Snapshot, tables: &[Table]) -> serde_json::Value {
    serde_json::json!({
        "name": "lifelines-hsds",
        "title": "lifelines: crisis and harm-reduction lines, as HSDS 3.0",
        "profile": "tabular-data-package",
        "version": snapshot.version,
        "licenses": [{
            "name": DATA_LICENSE,
            "path": DATA_LICENSE_URL,
            "title": "Creative Commons Attribution 4.0"
        }],
        "resources": tables.iter().map(|t| serde_json::json!({
            "name": t.name,
            "path": format!("{}.csv", t.name),
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": {
                "fields": t.columns.iter().map(|(name, kind)| serde_json::json!({
                    "name": name,
                    "type": kind,
                })).collect::<Vec<_>>(),
                "primaryKey": "id",
            },
        })).collect::<Vec<_>>(),
    })
}

/// Why the data package could not be built.
#[derive(Debug, thiserror::Error)]
pub enum PackageError {
    /// Writing a CSV failed.
    #[error("writing a CSV failed: {0}")]
    Csv(#[from] csv::Error),
    /// Writing the zip failed.
    #[error("writing the zip failed: {0}")]
    Zip(#[from] zip::result::ZipError),
    /// Writing into memory failed.
    #[error("writing failed: {0}")]
    Io(#[from] std::io::Error),
}

/// The HSDS data package of `snapshot` (whose export is `export`), file by file:
/// `datapackage.json` and a CSV per table, in O(rows).
pub fn hsds_entries(
    snapshot: &Snapshot,
    export: &Export,
) -> Result<Vec<(String, Vec<u8>)>, PackageError> {
    let tables = tables(snapshot, export)?;
    let package = serde_json::to_vec_pretty(&datapackage(snapshot, &tables))
        .map_err(std::io::Error::other)?;
    Ok(std::iter::once(("datapackage.json".to_string(), package))
        .chain(
            tables
                .into_iter()
                .map(|t| (format!("{}.csv", t.name), t.csv)),
        )
        .collect())
}

/// The HSDS data package as one zip. Every entry carries the same fixed timestamp, so one
/// snapshot always zips to the same bytes (and the same ETag).
pub fn hsds_zip(snapshot: &Snapshot, export: &Export) -> Result<Vec<u8>, PackageError> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for (name, bytes) in hsds_entries(snapshot, export)? {
        zip.start_file(name, options)?;
        zip.write_all(&bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}
