//! Turning the CSV files of a data directory into validated domain values, every rule of DATA.md
//! checked and every failure reported at its cell.

use super::diagnostic::{Diagnostic, Severity};
use super::guidance::Guidance;
use super::history::History;
use super::table::{Row, Table};
use crate::directory::lookup::gazetteer::{self, Gazetteer};
use crate::directory::lookup::lexicon::Lexicon;
use crate::directory::lookup::vocab::{self, Vocab};
use crate::directory::lookup::Tables;
use crate::domain::{
    Area, CountryCode, Emergency, Hours, LanguageTag, PhoneNumber, Region, Resource, Topic,
};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// The resources file, relative to the data directory.
pub const RESOURCES: &str = "resources.csv";
/// The emergency-numbers file.
pub const EMERGENCY: &str = "emergency.csv";
/// The deny list of numbers known to be wrong or retired (optional).
pub const RETIRED: &str = "retired.csv";
/// Resources that are one answer together and show together or not at all (optional).
pub const PAIRS: &str = "pairs.csv";

pub(super) const RESOURCE_COLUMNS: &[&str] = &[
    "id",
    "name",
    "short_name",
    "organization",
    "regions",
    "topics",
    "phone",
    "phone_option",
    "sms",
    "sms_keyword",
    "chat_url",
    "website",
    "app_url",
    "hours",
    "timezone",
    "languages",
    "cost",
    "priority",
    "kind",
    "description",
    "verified_at",
    "source",
    "evidence",
    "abroad",
    "networks",
    "notes",
];
const RESOURCE_REQUIRED: &[&str] = &[
    "id",
    "name",
    "short_name",
    "regions",
    "topics",
    "website",
    "hours",
    "languages",
    "description",
    "verified_at",
    "source",
];
pub(super) const EMERGENCY_COLUMNS: &[&str] = &[
    "country",
    "number",
    "service",
    "channel",
    "url",
    "register",
    "verified_at",
    "source",
    "source_kind",
    "notes",
];
const EMERGENCY_REQUIRED: &[&str] = &[
    "country",
    "service",
    "channel",
    "verified_at",
    "source",
    "source_kind",
];
const RETIRED_COLUMNS: &[&str] = &["number", "country", "option", "keyword", "reason", "source"];
const RETIRED_REQUIRED: &[&str] = &["number", "country", "reason", "source"];
const PAIRS_COLUMNS: &[&str] = &["first", "second", "reason"];

/// Rows older than this many days get a freshness warning (and `/data` marks them).
pub const STALE_AFTER_DAYS: i64 = 365;
/// Rows older than this many days (15 months) are an error: the details may no longer be true.
pub const EXPIRED_AFTER_DAYS: i64 = 455;

/// The validated content of a data directory.
pub struct Loaded {
    /// Resources in file order.
    pub resources: Vec<Resource>,
    /// Emergency numbers by country.
    pub emergency: HashMap<CountryCode, Emergency>,
    /// Pairs of resource indexes that show together or not at all.
    pub pairs: Vec<(usize, usize)>,
    /// The SMS lookup tables (ZIP prefixes, area codes, postal districts).
    pub tables: Tables,
    /// The words inbound texts are read with (keywords, topic and filler words, place names).
    pub lexicon: Lexicon,
    /// Towns and cities, postal-code prefixes and the words that are never a town.
    pub gazetteer: Gazetteer,
    /// The guides, laws and what to expect, with their sentences in each language.
    pub guidance: Guidance,
    /// Warnings (stale rows); errors make loading fail.
    pub warnings: Vec<Diagnostic>,
    /// A short hash of the files' bytes, naming this version of the data.
    pub version: String,
    /// What each release changed (empty without a history file).
    pub history: History,
    /// Every file read, by name (`resources.csv`), with its bytes as read: published as the
    /// open data files.
    pub files: Vec<(String, Vec<u8>)>,
}

/// A retired number: using it is an error.
struct Retired {
    number: String,
    option: Option<String>,
    keyword: Option<String>,
    reason: String,
}

/// Every file a data directory may hold, in the order [`load_dir`] reads and hashes them.
pub const FILES: &[&str] = &[
    RETIRED,
    EMERGENCY,
    RESOURCES,
    PAIRS,
    crate::directory::lookup::tables::ZIP_PREFIXES,
    crate::directory::lookup::tables::AREA_CODES,
    crate::directory::lookup::tables::POSTAL_DISTRICTS,
    vocab::KEYWORDS,
    vocab::WORDS,
    vocab::ALIASES,
    vocab::NOT_PLACES,
    gazetteer::PLACES,
    gazetteer::POSTAL_PREFIXES,
    gazetteer::COMMON_WORDS,
    super::guidance::GUIDES,
    super::guidance::STEPS,
    super::guidance::LAWS,
    super::guidance::EXPECT,
    super::guidance::SILENT,
    super::guidance::TEXTS[0],
    super::guidance::TEXTS[1],
    super::guidance::TEXTS[2],
    super::guidance::TEXTS[3],
    super::guidance::TEXTS[4],
    super::guidance::TEXTS[5],
    super::guidance::TEXTS[6],
    super::guidance::TEXTS[7],
    super::guidance::TEXTS[8],
    super::guidance::TEXTS[9],
    super::guidance::TEXTS[10],
    super::guidance::TEXTS[11],
    super::guidance::TEXTS[12],
    super::channels::CHANNELS,
    super::history::HISTORY,
];

/// The version [`load_dir`] would give `dir`'s files as they are now, without parsing them: a
/// cheap way to tell whether anything changed. Unreadable files count as absent.
pub fn fingerprint(dir: &Path) -> String {
    let mut hasher = <sha2::Sha256 as sha2::Digest>::new();
    let released = [super::signed::ARCHIVE, super::signed::SIGNATURE];
    for name in FILES.iter().chain(&released) {
        if let Ok(bytes) = std::fs::read(dir.join(name)) {
            sha2::Digest::update(&mut hasher, name.as_bytes());
            sha2::Digest::update(&mut hasher, &bytes);
        }
    }
    short_hash(hasher)
}

pub(super) fn short_hash(hasher: sha2::Sha256) -> String {
    let digest = sha2::Digest::finalize(hasher);
    digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

/// The latest `verified_at` in `dir`'s resource and emergency files: the day the data was last
/// confirmed. Tests and benches take "today" from it, so they move with the data and never
/// with the calendar. Unreadable files and cells are skipped.
pub fn newest_verified(dir: &Path) -> Option<NaiveDate> {
    [RESOURCES, EMERGENCY]
        .iter()
        .filter_map(|name| csv::Reader::from_path(dir.join(name)).ok())
        .flat_map(|mut reader| {
            let column = reader
                .headers()
                .ok()
                .and_then(|h| h.iter().position(|c| c == "verified_at"));
            reader
                .records()
                .filter_map(Result::ok)
                .filter_map(move |r| {
                    let cell = r.get(column?)?;
                    NaiveDate::parse_from_str(cell, "%Y-%m-%d").ok()
                })
                .collect::<Vec<_>>()
        })
        .max()
}

/// Reads and validates every file of `dir`: the directory's own CSVs, the SMS lookup tables and
/// the SMS word files (from which the snapshot's lexicon is built).
/// `today` bounds `verified_at`. The version is a hash over every file read. On failure, every
/// diagnostic (errors and warnings) is returned, sorted by file and position.
pub fn load_dir(dir: &Path, today: NaiveDate) -> Result<Loaded, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let mut hasher = <sha2::Sha256 as sha2::Digest>::new();
    let mut files = Vec::new();
    let mut read = |name: &str, optional: bool, diags: &mut Vec<Diagnostic>| {
        let found = read_data_file(dir, name, optional, diags);
        if let Some((_, bytes)) = &found {
            sha2::Digest::update(&mut hasher, name.as_bytes());
            sha2::Digest::update(&mut hasher, bytes);
            files.push((name.to_string(), bytes.clone()));
        }
        found
    };
    let retired_file = read(RETIRED, true, &mut diags);
    let emergency_file = read(EMERGENCY, false, &mut diags);
    let resources_file = read(RESOURCES, false, &mut diags);
    let pairs_file = read(PAIRS, true, &mut diags);
    let tables = Tables::read(|name, diags| read(name, true, diags), &mut diags);
    let vocab = Vocab::read(|name, diags| read(name, true, diags), &mut diags);
    let gazetteer = Gazetteer::read(|name, diags| read(name, true, diags), &mut diags);
    let guidance_files: Vec<(&'static str, FileRead)> = [
        super::guidance::GUIDES,
        super::guidance::STEPS,
        super::guidance::LAWS,
        super::guidance::EXPECT,
        super::guidance::SILENT,
    ]
    .into_iter()
    .chain(super::guidance::TEXTS)
    .map(|name| (name, read(name, true, &mut diags)))
    .collect();
    let channels_file = read(super::channels::CHANNELS, true, &mut diags);
    let history = read(super::history::HISTORY, true, &mut diags)
        .map(|(f, b)| History::read(&f, &b, &mut diags))
        .unwrap_or_default();
    // The release archive and its signature are not data files, but a new signature is a new
    // version, as the fingerprint says: hashed, read again when checked (`signed::check`).
    for name in [super::signed::ARCHIVE, super::signed::SIGNATURE] {
        if let Ok(bytes) = std::fs::read(dir.join(name)) {
            sha2::Digest::update(&mut hasher, name.as_bytes());
            sha2::Digest::update(&mut hasher, &bytes);
        }
    }

    let retired = retired_file
        .map(|(f, b)| {
            let t = Table::parse(&f, &b, RETIRED_COLUMNS, RETIRED_REQUIRED, &mut diags);
            retired_rows(&t, &mut diags)
        })
        .unwrap_or_default();
    let emergency = emergency_file
        .map(|(f, b)| {
            let t = Table::parse(&f, &b, EMERGENCY_COLUMNS, EMERGENCY_REQUIRED, &mut diags);
            emergency_rows(&t, today, &mut diags)
        })
        .unwrap_or_default();
    // Every id the resources file names, valid row or not: what other files may refer to, so a
    // row's own error is not repeated as "unknown id" wherever it is named.
    let mut resource_ids: HashSet<String> = HashSet::new();
    let resources = resources_file
        .map(|(f, b)| {
            let t = Table::parse(&f, &b, RESOURCE_COLUMNS, RESOURCE_REQUIRED, &mut diags);
            resource_ids.extend(
                t.rows
                    .iter()
                    .filter_map(|r| r.get("id"))
                    .map(str::to_string),
            );
            let has_number =
                |cc: CountryCode| emergency.contains_key(&cc) || super::snapshot::eu_member(cc);
            resource_rows(&t, today, &retired, has_number, &mut diags)
        })
        .unwrap_or_default();
    let mut resources = resources;
    if let Some((f, b)) = channels_file {
        super::channels::read(&f, &b, &mut resources, today, &mut diags);
    }
    let pairs = pairs_file
        .map(|(f, b)| {
            let t = Table::parse(&f, &b, PAIRS_COLUMNS, PAIRS_COLUMNS, &mut diags);
            pair_rows(&t, &resources, &mut diags)
        })
        .unwrap_or_default();

    let guidance = Guidance::read(
        |name, _| {
            guidance_files
                .iter()
                .find(|(n, _)| *n == name)
                .and_then(|(_, f)| f.clone())
        },
        &resource_ids,
        &emergency
            .values()
            .flat_map(|e| e.contacts.iter().map(|c| c.item(e.country)))
            .collect(),
        today,
        &mut diags,
    );

    for (guide, file, line, column) in &vocab.guide_refs {
        if !guidance.guides.iter().any(|g| &g.id == guide) {
            diags.push(Diagnostic::error(
                file,
                *line,
                *column,
                format!(
                    "means: guide:{guide} is not a guide in {}",
                    super::guidance::GUIDES
                ),
            ));
        }
    }
    let diags = settle(diags)?;
    let version = short_hash(hasher);
    let lexicon = Lexicon::new(&vocab, |id| {
        guidance.guides.iter().find(|g| g.id == id).map(|g| g.topic)
    });
    Ok(Loaded {
        guidance,
        resources,
        emergency,
        pairs,
        tables,
        lexicon,
        gazetteer,
        warnings: diags,
        version,
        history,
        files,
    })
}

/// Sorts `diags` by file and position: the warnings when there is no error, or every
/// diagnostic when there is one.
pub fn settle(mut diags: Vec<Diagnostic>) -> Result<Vec<Diagnostic>, Vec<Diagnostic>> {
    diags.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    if diags.iter().any(|d| d.severity == Severity::Error) {
        Err(diags)
    } else {
        Ok(diags)
    }
}

/// A reader of optional data files from `dir` alone, with [`settle`]: how the SMS tables and
/// word files are loaded outside the directory's one loader (in their unit tests).
pub fn read_alone<T>(
    dir: &Path,
    read: impl FnOnce(
        &mut dyn FnMut(&'static str, &mut Vec<Diagnostic>) -> FileRead,
        &mut Vec<Diagnostic>,
    ) -> T,
) -> Result<T, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let value = read(
        &mut |name, diags| read_data_file(dir, name, true, diags),
        &mut diags,
    );
    settle(diags).map(|_| value)
}

/// A file as read: the path shown in diagnostics and the bytes; `None` when it is absent or
/// could not be read (then with a diagnostic).
pub type FileRead = Option<(String, Vec<u8>)>;

/// Wraps `read` so each file that is absent (`None` without a new diagnostic) is noted in
/// `missing`.
pub fn noting_absent<'a>(
    mut read: impl FnMut(&'static str, &mut Vec<Diagnostic>) -> FileRead + 'a,
    missing: &'a mut Vec<&'static str>,
) -> impl FnMut(&'static str, &mut Vec<Diagnostic>) -> FileRead + 'a {
    move |name, diags| {
        let before = diags.len();
        let found = read(name, diags);
        if found.is_none() && diags.len() == before {
            missing.push(name);
        }
        found
    }
}

/// Reads `dir/name` whole, as `(the path as shown in diagnostics, bytes)`. A missing optional
/// file is `None` without a diagnostic; any other failure is an error at `file:1:1`.
pub fn read_data_file(
    dir: &Path,
    name: &str,
    optional: bool,
    diags: &mut Vec<Diagnostic>,
) -> Option<(String, Vec<u8>)> {
    let path = dir.join(name);
    let shown = path.display().to_string();
    match std::fs::read(&path) {
        Ok(bytes) => Some((shown, bytes)),
        Err(e) if optional && e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            diags.push(Diagnostic::error(&shown, 1, 1, format!("cannot read: {e}")));
            None
        }
    }
}

/// Reports problems of one row, each at the cell it concerns.
pub(crate) struct RowCheck<'a> {
    file: &'a str,
    row: &'a Row,
    diags: &'a mut Vec<Diagnostic>,
    pub(super) failed: bool,
}

impl<'a> RowCheck<'a> {
    pub(super) fn new(table: &'a Table, row: &'a Row, diags: &'a mut Vec<Diagnostic>) -> Self {
        RowCheck {
            file: &table.file,
            row,
            diags,
            failed: false,
        }
    }

    pub(super) fn error(&mut self, column: &str, message: impl std::fmt::Display) {
        self.diags.push(self.row.error(self.file, column, message));
        self.failed = true;
    }

    fn warn(&mut self, column: &str, message: impl std::fmt::Display) {
        self.diags
            .push(self.row.warning(self.file, column, message));
    }

    pub(super) fn get(&self, column: &str) -> Option<&'a str> {
        self.row.get(column)
    }

    pub(super) fn required(&mut self, column: &str) -> Option<&'a str> {
        let v = self.row.get(column);
        if v.is_none() {
            self.error(column, "required");
        }
        v
    }

    pub(super) fn parsed<T, E: std::fmt::Display>(
        &mut self,
        column: &str,
        parse: impl FnOnce(&'a str) -> Result<T, E>,
    ) -> Option<T> {
        let v = self.get(column)?;
        match parse(v) {
            Ok(t) => Some(t),
            Err(e) => {
                self.error(column, e);
                None
            }
        }
    }

    pub(super) fn https_url(&mut self, column: &str) -> Option<String> {
        self.parsed(column, |v| match url::Url::parse(v) {
            Ok(u) if u.scheme() == "https" && u.host().is_some() => Ok(v.to_string()),
            Ok(_) => Err(format!("{v:?} must be an https:// URL")),
            Err(e) => Err(format!("{v:?} is not a URL ({e})")),
        })
    }

    pub(super) fn date(&mut self, today: NaiveDate) -> Option<NaiveDate> {
        self.required("verified_at")?;
        let d = self.parsed("verified_at", |v| {
            NaiveDate::parse_from_str(v, "%Y-%m-%d")
                .map_err(|_| format!("{v:?} is not a YYYY-MM-DD date"))
        })?;
        let age = (today - d).num_days();
        if d > today {
            self.error("verified_at", format!("{d} is in the future"));
        } else if age > EXPIRED_AFTER_DAYS {
            self.error(
                "verified_at",
                format!("last verified {d}, more than {EXPIRED_AFTER_DAYS} days ago: confirm it at the source before it is listed again"),
            );
        } else if age > STALE_AFTER_DAYS {
            self.warn(
                "verified_at",
                format!("last verified {d}, more than {STALE_AFTER_DAYS} days ago: confirm it again at the source"),
            );
        }
        Some(d)
    }

    pub(super) fn source(&mut self) -> Option<String> {
        self.required("source")?;
        self.https_url("source")
    }
}

fn retired_rows(table: &Table, diags: &mut Vec<Diagnostic>) -> Vec<Retired> {
    let mut out = Vec::new();
    for row in &table.rows {
        let mut c = RowCheck::new(table, row, diags);
        let number = c.required("number");
        if let Some(cc) = c.required("country") {
            if CountryCode::parse(cc).is_none() {
                c.error(
                    "country",
                    format!("{cc:?} is not an ISO 3166-1 alpha-2 code"),
                );
            }
        }
        let reason = c.required("reason");
        c.source();
        if let (Some(number), Some(reason), false) = (number, reason, c.failed) {
            out.push(Retired {
                number: number.to_string(),
                option: c.get("option").map(str::to_string),
                keyword: c.get("keyword").map(str::to_ascii_uppercase),
                reason: reason.to_string(),
            });
        }
    }
    out
}

/// The emergency rows, grouped by country: one row per number (or app, or video service),
/// each with the services it reaches as its source states them.
fn emergency_rows(
    table: &Table,
    today: NaiveDate,
    diags: &mut Vec<Diagnostic>,
) -> HashMap<CountryCode, Emergency> {
    use crate::domain::{Channel, EmergencyContact, Registration, Service, SourceKind};
    // Each country with its rows and where its first row stands (for a country-wide error).
    let mut by_country: Vec<(CountryCode, Vec<EmergencyContact>, (u64, u64))> = Vec::new();
    let mut seen: HashSet<(CountryCode, String, &'static str)> = HashSet::new();
    for row in &table.rows {
        let mut c = RowCheck::new(table, row, diags);
        let country = c.required("country").and_then(|v| {
            let cc = CountryCode::parse(v).filter(|_| v.bytes().all(|b| b.is_ascii_uppercase()));
            if cc.is_none() {
                c.error(
                    "country",
                    format!("{v:?} is not an upper-case ISO 3166-1 alpha-2 code"),
                );
            }
            cc
        });
        let services = c.required("service").and_then(|v| {
            let mut out = Vec::new();
            for word in v.split_whitespace() {
                match Service::parse(word) {
                    Some(s) if !out.contains(&s) => out.push(s),
                    Some(s) => c.error("service", format!("{} is listed twice", s.as_str())),
                    None => c.error(
                        "service",
                        format!("{word:?} is not a service; known: {}", Service::known()),
                    ),
                }
            }
            let alone = [Service::All, Service::Unstated];
            if out.len() > 1 {
                if let Some(s) = out.iter().find(|s| alone.contains(s)) {
                    c.error(
                        "service",
                        format!("{} stands alone: it cannot be combined", s.as_str()),
                    );
                }
            }
            (!out.is_empty()).then_some(out)
        });
        let channel = c.required("channel").and_then(|v| {
            let ch = Channel::parse(v);
            if ch.is_none() {
                c.error(
                    "channel",
                    format!("{v:?} is not a channel; known: {}", Channel::known()),
                );
            }
            ch
        });
        let number = c.get("number").map(str::to_string);
        let url = c.https_url("url");
        match (channel, &number, c.get("url")) {
            (Some(Channel::Video | Channel::App), _, None) => {
                c.error("url", "a video service or an app needs its https:// URL")
            }
            (Some(Channel::Video | Channel::App), Some(_), _) => c.error(
                "number",
                "a video service or an app has a url, not a number",
            ),
            (Some(Channel::Voice | Channel::Sms | Channel::Tty | Channel::Relay), None, _) => c
                .error(
                    "number",
                    "number: required for a call, a text, a textphone or relay",
                ),
            (
                Some(Channel::Voice | Channel::Sms | Channel::Tty | Channel::Relay),
                Some(_),
                Some(_),
            ) => c.error("url", "only a video service or an app has a url"),
            _ => {}
        }
        if let (Some(ch), Some(n)) = (channel, &number) {
            let longest = if ch == Channel::Voice { 6 } else { 15 };
            if n.is_empty() || n.len() > longest || !n.bytes().all(|b| b.is_ascii_digit()) {
                c.error("number", format!("{n:?} must be 1 to {longest} digits"));
            }
        }
        let register = c.get("register").and_then(|v| {
            if v == "required" {
                Some(Registration::Required)
            } else if let Some(word) = v.strip_prefix("sms:") {
                if word.is_empty() || word.contains(char::is_whitespace) {
                    c.error("register", "sms:WORD names the one word to text");
                    None
                } else {
                    Some(Registration::Sms(word.to_string()))
                }
            } else if v.starts_with("https://") {
                c.https_url("register").map(Registration::Url)
            } else {
                c.error(
                    "register",
                    format!("{v:?}: write required, sms:WORD or an https:// URL"),
                );
                None
            }
        });
        let source_kind = c.required("source_kind").and_then(|v| {
            let k = SourceKind::parse(v);
            if k.is_none() {
                c.error(
                    "source_kind",
                    format!(
                        "{v:?} is not a kind of source; known: {}",
                        SourceKind::known()
                    ),
                );
            }
            k
        });
        let verified_at = c.date(today);
        let source = c.source();
        if let (Some(kind), Some(url)) = (source_kind, &source) {
            if let Some(why) =
                SourceKind::compiled_by_host(url).filter(|_| kind != SourceKind::Compiled)
            {
                c.error(
                    "source_kind",
                    format!("{} but the source is {why}: write compiled, or cite the official or first-party page", kind.as_str()),
                );
            }
        }
        if let (Some(cc), Some(ch)) = (country, channel) {
            let key = number.clone().or(url.clone()).unwrap_or_default();
            if !seen.insert((cc, key.clone(), ch.as_str())) {
                c.error(
                    "number",
                    format!("{cc} lists {key} by {} twice", ch.as_str()),
                );
            }
        }
        if let (
            Some(country),
            Some(services),
            Some(channel),
            Some(verified_at),
            Some(source),
            Some(source_kind),
            false,
        ) = (
            country,
            services,
            channel,
            verified_at,
            source,
            source_kind,
            c.failed,
        ) {
            let contact = EmergencyContact {
                number,
                services,
                channel,
                url,
                register,
                verified_at,
                source,
                source_kind,
            };
            match by_country.iter_mut().find(|(cc, ..)| *cc == country) {
                Some((_, list, _)) => list.push(contact),
                None => by_country.push((country, vec![contact], row.position("channel"))),
            }
        }
    }
    let mut out = HashMap::new();
    for (country, contacts, (line, column)) in by_country {
        match Emergency::new(country, contacts) {
            Some(e) => {
                out.insert(country, e);
            }
            None => diags.push(Diagnostic::error(
                &table.file,
                line,
                column,
                format!("channel: {country} has no number to call (channel voice)"),
            )),
        }
    }
    out
}

fn resource_rows(
    table: &Table,
    today: NaiveDate,
    retired: &[Retired],
    has_emergency_number: impl Fn(CountryCode) -> bool,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Resource> {
    let mut out = Vec::new();
    let mut ids = HashSet::new();
    let mut names = HashSet::new();
    // (column, number, option or keyword) → the id that uses it first.
    let mut routes: HashMap<(&str, String, String), String> = HashMap::new();
    for row in &table.rows {
        let mut c = RowCheck::new(table, row, diags);
        let id = c.required("id").and_then(|v| {
            let ok = v
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !ok {
                c.error("id", format!("{v:?} must match [a-z0-9-]+"));
                None
            } else if !ids.insert(v.to_string()) {
                c.error("id", format!("{v:?} is used by an earlier row"));
                None
            } else {
                Some(v.to_string())
            }
        });
        let name = c.required("name").and_then(|v| {
            if names.insert(v.to_string()) {
                Some(v.to_string())
            } else {
                c.error("name", format!("{v:?} is used by an earlier row"));
                None
            }
        });
        let short_name = c.required("short_name").and_then(|v| {
            let n = v.chars().count();
            if n > 24 {
                c.error("short_name", format!("{n} characters; at most 24"));
                None
            } else {
                Some(v.to_string())
            }
        });
        let area = c.required("regions").and_then(|v| parse_area(&mut c, v));
        // A visitor shown a line must also be shown what to call in danger.
        if let Some(area) = &area {
            let mut without: Vec<String> = area
                .countries()
                .filter(|cc| !has_emergency_number(*cc))
                .map(|cc| cc.as_str().to_string())
                .collect();
            without.dedup();
            if !without.is_empty() {
                c.error(
                    "regions",
                    format!(
                        "{} has no emergency number in {EMERGENCY}: a country with a line needs one",
                        without.join(", ")
                    ),
                );
            }
        }
        let topics = c.required("topics").map(|v| {
            let mut topics = Vec::new();
            for word in v.split_whitespace() {
                match word.parse::<Topic>() {
                    Ok(t) if !topics.contains(&t) => topics.push(t),
                    Ok(t) => c.error("topics", format!("{t} is listed twice")),
                    Err(e) => c.error(
                        "topics",
                        format!("{e}; known: {}", Topic::ALL.map(|t| t.as_str()).join(" ")),
                    ),
                }
            }
            topics
        });
        let phone = c.parsed("phone", PhoneNumber::parse);
        let sms = c.parsed("sms", PhoneNumber::parse);
        let phone_option = c.get("phone_option").map(str::to_string);
        let sms_keyword = c.get("sms_keyword").map(str::to_string);
        if phone_option.is_some() && c.get("phone").is_none() {
            c.error("phone_option", "set without a phone number");
        }
        if sms_keyword.is_some() && c.get("sms").is_none() {
            c.error("sms_keyword", "set without an sms number");
        }
        let chat_url = c.https_url("chat_url");
        let website = c.required("website").and(c.https_url("website"));
        let evidence = c
            .parsed("evidence", crate::domain::parse_evidence)
            .unwrap_or_default();
        for e in &evidence {
            let own = ["id", "source", "verified_at", "evidence", "notes"];
            if !RESOURCE_COLUMNS.contains(&e.field.as_str()) || own.contains(&e.field.as_str()) {
                c.error(
                    "evidence",
                    format!(
                        "{:?} is not a field whose fact can be confirmed elsewhere",
                        e.field
                    ),
                );
            } else if c.get(&e.field).is_none() {
                c.error(
                    "evidence",
                    format!("{}: the row has no value to confirm", e.field),
                );
            }
        }
        let abroad = c.parsed("abroad", crate::domain::Abroad::parse);
        let networks = c.get("networks").map(str::to_string);
        for field in ["abroad", "networks"] {
            if c.get(field).is_some() && c.get("phone").is_none() {
                c.error(field, "set without a phone number");
            }
        }
        let app_url = c.https_url("app_url");
        let directory = match c.get("kind") {
            None => false,
            Some("directory") => true,
            Some(v) => {
                c.error("kind", format!("{v:?} is not a kind; known: directory"));
                false
            }
        };
        if directory && !matches!(area, Some(Area::Everywhere) | None) {
            c.error(
                "kind",
                "a directory of lines is for anywhere: its regions must be *",
            );
        }
        let has_line = ["phone", "sms", "chat_url"]
            .iter()
            .any(|column| c.get(column).is_some());
        if let (false, false, Some(topics)) = (has_line, directory, &topics) {
            if let Some(t) = topics.iter().find(|t| !Topic::WEBSITE_ONLY.contains(t)) {
                c.error(
                    "phone",
                    format!(
                        "a resource needs at least one of phone, sms, chat_url; only {} services may have a website alone, and this row is also for {t}",
                        Topic::WEBSITE_ONLY.map(|t| t.as_str()).join(", ")
                    ),
                );
            }
        }
        // Short codes only work in their own country, which must be one the row serves.
        for (column, number) in [("phone", &phone), ("sms", &sms)] {
            if let (Some(PhoneNumber::Short { country, .. }), Some(area)) = (number, &area) {
                if !area.countries().any(|cc| cc == *country) {
                    c.error(
                        column,
                        format!("short code of {country} but the row's regions do not include {country}"),
                    );
                }
            }
        }
        let hours = c.required("hours").and_then(|h| {
            let tz = c.get("timezone");
            match crate::domain::Hours::parse(h, tz) {
                Ok(hours) => Some(hours),
                Err(
                    e @ (crate::domain::hours::HoursError::Timezone(_)
                    | crate::domain::hours::HoursError::MissingTimezone),
                ) => {
                    c.error("timezone", e);
                    None
                }
                Err(e) => {
                    c.error("hours", e);
                    None
                }
            }
        });
        if matches!(hours, Some(Hours::Always | Hours::Unknown)) && c.get("timezone").is_some() {
            // Harmless, but it suggests the maintainer meant a schedule.
            c.warn("timezone", "ignored: hours are 24/7 or unknown");
        }
        let languages = c.required("languages").map(|v| {
            let mut langs = Vec::new();
            for tag in v.split_whitespace() {
                match LanguageTag::parse(tag) {
                    Ok(t) => langs.push(t),
                    Err(e) => c.error("languages", e),
                }
            }
            langs
        });
        let priority = c
            .parsed("priority", |v| {
                v.parse::<i32>()
                    .map_err(|_| format!("{v:?} is not an integer"))
            })
            .unwrap_or(100);
        let text = |c: &mut RowCheck, column: &str, required: bool| -> Option<String> {
            let v = if required {
                c.required(column)
            } else {
                c.get(column)
            }?;
            let n = v.chars().count();
            if n > 200 {
                c.error(column, format!("{n} characters; at most 200"));
            }
            Some(v.to_string())
        };
        let description = text(&mut c, "description", true);
        let verified_at = c.date(today);
        let source = c.source();

        for (column, number, detail, detail_name) in [
            ("phone", &phone, &phone_option, "phone_option"),
            ("sms", &sms, &sms_keyword, "sms_keyword"),
        ] {
            let Some(number) = number else { continue };
            let canonical = number.to_string();
            let detail_key = detail.as_deref().unwrap_or("").to_ascii_uppercase();
            for r in retired.iter().filter(|r| r.number == canonical) {
                let matches = match column {
                    "phone" => {
                        r.keyword.is_none()
                            && (r.option.is_none() || r.option.as_deref() == detail.as_deref())
                    }
                    _ => {
                        r.option.is_none()
                            && (r.keyword.is_none()
                                || r.keyword.as_deref() == Some(detail_key.as_str()))
                    }
                };
                if matches {
                    c.error(
                        column,
                        format!(
                            "{canonical} is on the retired list (retired.csv): {}",
                            r.reason
                        ),
                    );
                }
            }
            let key = (column, canonical.clone(), detail_key);
            if let Some(first) = routes.get(&key) {
                c.error(
                    column,
                    format!("{canonical} is already used by {first:?} with the same {detail_name}"),
                );
            } else if let Some(id) = &id {
                routes.insert(key, id.clone());
            }
        }

        if c.failed {
            continue;
        }
        if let (
            Some(id),
            Some(name),
            Some(short_name),
            Some(area),
            Some(topics),
            Some(website),
            Some(hours),
            Some(languages),
            Some(description),
            Some(verified_at),
            Some(source),
        ) = (
            id,
            name,
            short_name,
            area,
            topics,
            website,
            hours,
            languages,
            description,
            verified_at,
            source,
        ) {
            out.push(Resource {
                id,
                name,
                short_name,
                organization: c.get("organization").map(str::to_string),
                area,
                topics,
                phone,
                phone_option,
                sms,
                sms_keyword,
                chat_url,
                website,
                app_url,
                hours,
                languages,
                cost: c.get("cost").map(str::to_string),
                priority,
                directory,
                description,
                verified_at,
                source,
                access: Vec::new(),
                evidence,
                abroad,
                networks,
            });
        }
    }
    out
}

/// Parses the `regions` cell; `None` when any code is bad, so rules that depend on the area
/// (short-code countries) do not pile consequential errors on top.
fn pair_rows(
    table: &Table,
    resources: &[Resource],
    diags: &mut Vec<Diagnostic>,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for row in &table.rows {
        let mut c = RowCheck::new(table, row, diags);
        let index = |c: &mut RowCheck, column: &str| {
            let id = c.required(column)?;
            let found = resources.iter().position(|r| r.id == id);
            if found.is_none() {
                c.error(column, format!("no resource has the id {id:?}"));
            }
            found
        };
        let first = index(&mut c, "first");
        let second = index(&mut c, "second");
        c.required("reason");
        if let (Some(a), Some(b)) = (first, second) {
            let (ra, rb) = (&resources[a], &resources[b]);
            let overlap = match (&ra.area, &rb.area) {
                (Area::Everywhere, _) | (_, Area::Everywhere) => true,
                (Area::Regions(x), Area::Regions(y)) => x
                    .iter()
                    .any(|p| y.iter().any(|q| p.covers(q) || q.covers(p))),
            };
            if a == b {
                c.error("second", "a resource cannot pair with itself");
            } else if !overlap {
                c.error(
                    "second",
                    format!("{} and {} serve no region in common", ra.id, rb.id),
                );
            } else if !c.failed {
                out.push((a, b));
            }
        }
    }
    out
}

fn parse_area(c: &mut RowCheck, v: &str) -> Option<Area> {
    if v == "*" {
        return Some(Area::Everywhere);
    }
    let mut regions = Vec::new();
    let mut bad = false;
    for code in v.split_whitespace() {
        if code == "*" {
            c.error("regions", "`*` cannot be combined with other regions");
            return None;
        }
        let canonical = code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-');
        match Region::parse(code).filter(|r| canonical && r.code() == code) {
            Some(r) if !regions.contains(&r) => regions.push(r),
            Some(r) => {
                bad = true;
                c.error("regions", format!("{r} is listed twice"));
            }
            None => {
                bad = true;
                c.error(
                    "regions",
                    format!(
                        "{code:?} is not an ISO 3166-1 or 3166-2 code (write it like US or US-CA)"
                    ),
                );
            }
        }
    }
    (!bad).then_some(Area::Regions(regions))
}

#[cfg(test)]
mod files {
    use super::*;

    /// `FILES` names the guidance files one by one (a const cannot splice `TEXTS` in): a text file
    /// missing from it would be left out of fingerprints, releases and the sidecar's swaps.
    #[test]
    fn every_guidance_and_text_file_is_a_data_file() {
        let guidance = super::super::guidance::TEXTS.into_iter().chain([
            super::super::guidance::GUIDES,
            super::super::guidance::STEPS,
            super::super::guidance::LAWS,
            super::super::guidance::EXPECT,
            super::super::guidance::SILENT,
        ]);
        for name in guidance {
            assert!(FILES.contains(&name), "{name} is not in FILES");
        }
    }
}
