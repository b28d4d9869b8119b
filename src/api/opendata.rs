//! The open data files: the snapshot's own CSVs as read (`/data/resources.csv` …), and the HSDS
//! export in its tabular form, a CSV data package (`datapackage.json` and one CSV per table)
//! zipped into one download (`/data/hsds.zip`). All under CC BY 4.0.

use super::hsds::{self, Service};
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
    if name == crate::sms::gazetteer::COMMON_WORDS {
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
/// its rows.
struct Table {
    name: &'static str,
    columns: &'static [(&'static str, &'static str)],
    rows: Vec<Vec<String>>,
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
    ("assured_date", "date"),
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

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

fn tables(snapshot: &Snapshot) -> Vec<Table> {
    let services: Vec<Service> = hsds::services(
        snapshot,
        hsds::Paging {
            page: 1,
            per_page: u32::MAX,
        },
    )
    .contents;
    let rows = |f: &dyn Fn(&Service) -> Vec<Vec<String>>| -> Vec<Vec<String>> {
        services.iter().flat_map(f).collect()
    };
    vec![
        Table {
            name: "organizations",
            columns: ORGANIZATIONS,
            rows: hsds::all_organizations(snapshot)
                .into_iter()
                .map(|o| vec![o.id, o.name, o.description, opt(&o.website)])
                .collect(),
        },
        Table {
            name: "services",
            columns: SERVICES,
            rows: rows(&|s| {
                vec![vec![
                    s.id.clone(),
                    s.organization_id.clone(),
                    s.name.clone(),
                    opt(&s.alternate_name),
                    s.description.clone(),
                    s.url.clone(),
                    s.status.clone(),
                    opt(&s.fees_description),
                    s.assured_date.clone(),
                ]]
            }),
        },
        Table {
            name: "phones",
            columns: PHONES,
            rows: rows(&|s| {
                s.phones
                    .iter()
                    .map(|p| {
                        vec![
                            p.id.clone(),
                            p.service_id.clone(),
                            p.number.clone(),
                            p.kind.clone(),
                            opt(&p.description),
                        ]
                    })
                    .collect()
            }),
        },
        Table {
            name: "schedules",
            columns: SCHEDULES,
            rows: rows(&|s| {
                s.schedules
                    .iter()
                    .map(|x| {
                        vec![
                            x.id.clone(),
                            x.service_id.clone(),
                            x.description.clone(),
                            opt(&x.notes),
                        ]
                    })
                    .collect()
            }),
        },
        Table {
            name: "service_areas",
            columns: SERVICE_AREAS,
            rows: rows(&|s| {
                s.service_areas
                    .iter()
                    .map(|a| {
                        vec![
                            a.id.clone(),
                            a.service_id.clone(),
                            a.name.clone(),
                            a.description.clone(),
                            a.extent.clone(),
                            a.extent_type.clone(),
                        ]
                    })
                    .collect()
            }),
        },
        Table {
            name: "languages",
            columns: LANGUAGES,
            rows: rows(&|s| {
                s.languages
                    .iter()
                    .map(|l| {
                        vec![
                            l.id.clone(),
                            l.service_id.clone(),
                            l.name.clone(),
                            l.code.clone(),
                        ]
                    })
                    .collect()
            }),
        },
    ]
}

fn csv_bytes(table: &Table) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(table.columns.iter().map(|(c, _)| c))?;
    for row in &table.rows {
        w.write_record(row)?;
    }
    w.into_inner().map_err(|e| e.into_error().into())
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

/// The HSDS data package of `snapshot` as one zip: `datapackage.json` and a CSV per table.
/// Every entry carries the same fixed timestamp, so one snapshot always zips to the same bytes
/// (and the same ETag).
pub fn hsds_zip(snapshot: &Snapshot) -> Result<Vec<u8>, PackageError> {
    let tables = tables(snapshot);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    zip.start_file("datapackage.json", options)?;
    let package = serde_json::to_vec_pretty(&datapackage(snapshot, &tables))
        .map_err(std::io::Error::other)?;
    zip.write_all(&package)?;
    for t in &tables {
        zip.start_file(format!("{}.csv", t.name), options)?;
        zip.write_all(&csv_bytes(t)?)?;
    }
    Ok(zip.finish()?.into_inner())
}
