//! The lookup tables an inbound text is read with: US ZIP prefixes → state, North American area
//! codes → state, province or country, Canadian postal districts → province.
//!
//! They are CSV files in the data directory, each naming its public source in `# source:`
//! comment lines above the header, validated like the directory's own files (every problem
//! reported at its `file:line:column`) and loaded once at startup into an immutable [`Tables`].
//!
//! A key can name several regions (area code 902 serves Nova Scotia and Prince Edward Island;
//! postal district X serves the Northwest Territories and Nunavut): such a key tells the country
//! only, and the person is asked to name the province when it matters.

use crate::directory::load::{noting_absent, FileRead};
use crate::directory::table::{Row, Table};
use crate::directory::Diagnostic;
use crate::domain::phone::calling_code;
use crate::domain::Region;
use std::collections::HashMap;
use std::path::Path;

/// US ZIP code prefixes, relative to the data directory.
pub const ZIP_PREFIXES: &str = "us-zip-prefixes.csv";
/// North American Numbering Plan area codes.
pub const AREA_CODES: &str = "nanp-area-codes.csv";
/// Canadian postal districts (the first letter of a postal code).
pub const POSTAL_DISTRICTS: &str = "ca-postal-districts.csv";

/// Where a table key leads: one region, or several that share the key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Regions(Vec<Region>);

impl Regions {
    /// Every region the key serves, as the file lists them.
    pub fn all(&self) -> &[Region] {
        &self.0
    }

    /// The region the key alone settles: the region itself, or the country that all of a
    /// shared key's regions are in.
    pub fn settled(&self) -> Region {
        match self.0.as_slice() {
            [one] => *one,
            many => Region::Country(many[0].country()),
        }
    }
}

/// The loaded tables; a table whose file is absent is empty.
#[derive(Debug, Default)]
pub struct Tables {
    zip_prefixes: HashMap<u16, Regions>,
    area_codes: HashMap<u16, Regions>,
    postal_districts: HashMap<char, Regions>,
    missing: Vec<&'static str>,
}

impl Tables {
    /// Reads and validates the three tables in `dir`. A file may be absent (a data directory
    /// made only for the resource list): that kind of code is then not understood, and
    /// [`Tables::missing`] says so. Any error fails the whole load, with every diagnostic.
    pub fn load(dir: &Path) -> Result<Tables, Vec<Diagnostic>> {
        crate::directory::load::read_alone(dir, |read, diags| Self::read(read, diags))
    }

    /// Reads the three tables through `read` (which returns a file's shown path and bytes, or
    /// `None` when it is absent), adding every problem to `diags`. This is how the directory's
    /// one loader reads them, with the rest of the data and into the same version hash.
    pub fn read(
        read: impl FnMut(&'static str, &mut Vec<Diagnostic>) -> FileRead,
        diags: &mut Vec<Diagnostic>,
    ) -> Tables {
        let mut tables = Tables::default();
        let mut missing = Vec::new();
        let mut read = noting_absent(read, &mut missing);
        let zip = read(ZIP_PREFIXES, diags);
        let npa = read(AREA_CODES, diags);
        let postal = read(POSTAL_DISTRICTS, diags);
        drop(read);
        tables.missing = missing;
        if let Some((file, bytes)) = zip {
            tables.zip_prefixes = parse(
                &file,
                &bytes,
                &KeySpec::ZIP_PREFIX,
                |r| r.country().as_str() == "US" && matches!(r, Region::Subdivision(..)),
                "a US state or territory (US-xx)",
                diags,
            );
        }
        if let Some((file, bytes)) = npa {
            tables.area_codes = parse(
                &file,
                &bytes,
                &KeySpec::AREA_CODE,
                |r| calling_code(r.country()) == Some(1),
                "a region of the North American Numbering Plan (calling code +1)",
                diags,
            );
        }
        if let Some((file, bytes)) = postal {
            tables.postal_districts = parse(
                &file,
                &bytes,
                &KeySpec::POSTAL_LETTER,
                |r| r.country().as_str() == "CA" && matches!(r, Region::Subdivision(..)),
                "a Canadian province or territory (CA-xx)",
                diags,
            )
            .into_iter()
            .filter_map(|(k, v)| char::from_u32(u32::from(k)).map(|c| (c, v)))
            .collect();
        }
        tables
    }

    /// The tables whose files were absent.
    pub fn missing(&self) -> &[&'static str] {
        &self.missing
    }

    /// The state of a five-digit ZIP code, by its three-digit prefix.
    ///
    /// The prefix decides, so the few ZIP codes that sit inside another territory's prefix go
    /// to that territory: 96799 (American Samoa) reads as Hawaii's 967, and 96950–96952 (the
    /// Northern Mariana Islands) as Guam's 969. Both get the same US-wide lines.
    pub fn zip(&self, zip5: &str) -> Option<&Regions> {
        if zip5.len() != 5 || !zip5.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        self.zip_prefixes.get(&zip5[..3].parse().ok()?)
    }

    /// The regions of a North American area code (`415` → California).
    pub fn area_code(&self, npa: u16) -> Option<&Regions> {
        self.area_codes.get(&npa)
    }

    /// The province of a Canadian postal code's first letter, any case.
    pub fn postal_district(&self, letter: char) -> Option<&Regions> {
        self.postal_districts.get(&letter.to_ascii_uppercase())
    }

    /// How many keys each table holds: ZIP prefixes, area codes, postal districts.
    pub fn sizes(&self) -> (usize, usize, usize) {
        (
            self.zip_prefixes.len(),
            self.area_codes.len(),
            self.postal_districts.len(),
        )
    }
}

/// The shape of one table's key column.
struct KeySpec {
    column: &'static str,
    describe: &'static str,
    valid: fn(&str) -> bool,
    value: fn(&str) -> u16,
}

impl KeySpec {
    const ZIP_PREFIX: KeySpec = KeySpec {
        column: "prefix",
        describe: "three digits, e.g. 902",
        valid: |k| k.len() == 3 && k.bytes().all(|b| b.is_ascii_digit()),
        value: |k| k.parse().unwrap_or(0),
    };
    const AREA_CODE: KeySpec = KeySpec {
        column: "area_code",
        describe: "three digits, the first 2 to 9 (NXX), e.g. 415",
        valid: |k| {
            k.len() == 3 && k.bytes().all(|b| b.is_ascii_digit()) && !k.starts_with(['0', '1'])
        },
        value: |k| k.parse().unwrap_or(0),
    };
    const POSTAL_LETTER: KeySpec = KeySpec {
        column: "letter",
        describe: "one upper-case letter, e.g. M",
        valid: |k| k.len() == 1 && k.bytes().all(|b| b.is_ascii_uppercase()),
        value: |k| u16::from(k.as_bytes()[0]),
    };
}

/// Whether the comment block above the header names a source: a `# source: https://…` line.
pub(crate) fn has_source(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    text.lines().take_while(|l| l.starts_with('#')).any(|l| {
        l.trim_start_matches('#')
            .trim()
            .strip_prefix("source:")
            .is_some_and(|rest| rest.trim().starts_with("https://"))
    })
}

fn parse(
    file: &str,
    bytes: &[u8],
    key: &KeySpec,
    region_ok: fn(&Region) -> bool,
    region_wanted: &str,
    diags: &mut Vec<Diagnostic>,
) -> HashMap<u16, Regions> {
    if !has_source(bytes) {
        diags.push(Diagnostic::error(
            file,
            1,
            1,
            "no `# source: https://…` comment line above the header: name where the table comes from",
        ));
    }
    let columns: &[&'static str] = &[key.column, "region"];
    let table = Table::parse(file, bytes, columns, columns, diags);
    let mut out: HashMap<u16, Regions> = HashMap::new();
    let mut first_line: HashMap<u16, u64> = HashMap::new();
    for row in &table.rows {
        let error = |diags: &mut Vec<Diagnostic>, column: &str, message: String| {
            diags.push(row.error(&table.file, column, message));
        };
        let k = match row.get(key.column) {
            None => {
                error(diags, key.column, "required".into());
                None
            }
            Some(k) if !(key.valid)(k) => {
                error(diags, key.column, format!("{k:?} is not {}", key.describe));
                None
            }
            Some(k) => {
                let v = (key.value)(k);
                match first_line.get(&v) {
                    Some(line) => {
                        error(
                            diags,
                            key.column,
                            format!("{k} is already listed on line {line}"),
                        );
                        None
                    }
                    None => {
                        first_line.insert(v, row.line);
                        Some(v)
                    }
                }
            }
        };
        let regions = regions(row, region_ok, region_wanted)
            .map_err(|m| error(diags, "region", m))
            .ok();
        if let (Some(k), Some(regions)) = (k, regions) {
            out.insert(k, regions);
        }
    }
    out
}

fn regions(
    row: &Row,
    region_ok: fn(&Region) -> bool,
    region_wanted: &str,
) -> Result<Regions, String> {
    let cell = row.get("region").ok_or("required")?;
    let mut list: Vec<Region> = Vec::new();
    for code in cell.split_whitespace() {
        let canonical = code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-');
        let region = Region::parse(code)
            .filter(|r| canonical && r.code() == code)
            .ok_or_else(|| {
                format!("{code:?} is not an ISO 3166-1 or 3166-2 code (write it like US or US-CA)")
            })?;
        if !region_ok(&region) {
            return Err(format!("{code} is not {region_wanted}"));
        }
        if list.contains(&region) {
            return Err(format!("{code} is listed twice"));
        }
        if list
            .first()
            .is_some_and(|f| f.country() != region.country())
        {
            return Err(format!(
                "{code} is in another country than {}: a shared key must stay in one country",
                list[0]
            ));
        }
        list.push(region);
    }
    if list.is_empty() {
        return Err("required".into());
    }
    Ok(Regions(list))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo_data() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
    }

    #[test]
    fn the_repository_tables_load_clean() {
        let tables = Tables::load(&repo_data()).expect("valid tables");
        assert!(tables.missing().is_empty());
        let (zips, npas, letters) = tables.sizes();
        assert!(
            zips > 800 && npas > 400 && letters == 18,
            "{zips} {npas} {letters}"
        );
        let code = |t: Option<&Regions>| t.map(|r| r.settled().code().to_string());
        assert_eq!(code(tables.zip("90210")).as_deref(), Some("US-CA"));
        assert_eq!(code(tables.zip("10001")).as_deref(), Some("US-NY"));
        assert_eq!(code(tables.zip("00901")).as_deref(), Some("US-PR"));
        // American Samoa's only ZIP sits in Hawaii's prefix: the prefix decides.
        assert_eq!(code(tables.zip("96799")).as_deref(), Some("US-HI"));
        assert_eq!(code(tables.area_code(415)).as_deref(), Some("US-CA"));
        assert_eq!(code(tables.area_code(416)).as_deref(), Some("CA-ON"));
        assert_eq!(code(tables.area_code(876)).as_deref(), Some("JM"));
        // Shared codes settle on the country.
        assert_eq!(code(tables.area_code(902)).as_deref(), Some("CA"));
        assert_eq!(tables.area_code(902).unwrap().all().len(), 2);
        assert_eq!(code(tables.postal_district('m')).as_deref(), Some("CA-ON"));
        assert_eq!(code(tables.postal_district('X')).as_deref(), Some("CA"));
        assert!(tables.zip("9021").is_none() && tables.zip("abcde").is_none());
    }

    fn load_one(name: &str, content: &str) -> Result<Tables, Vec<Diagnostic>> {
        let dir = tempfile::tempdir().unwrap();
        for other in [ZIP_PREFIXES, AREA_CODES, POSTAL_DISTRICTS] {
            if other != name {
                std::fs::copy(repo_data().join(other), dir.path().join(other)).unwrap();
            }
        }
        std::fs::write(dir.path().join(name), content).unwrap();
        Tables::load(dir.path())
    }

    fn messages(diags: &[Diagnostic]) -> Vec<String> {
        diags
            .iter()
            .map(|d| {
                let file = Path::new(&d.file).file_name().unwrap().to_string_lossy();
                format!("{file}:{}:{}: {}", d.line, d.column, d.message)
            })
            .collect()
    }

    #[test]
    fn bad_rows_are_named_by_line_and_column() {
        let csv = "# source: https://example.org/zip3\nprefix,region\n902,US-CA\n90,US-CA\n902,US-NY\n903,US-ZZ\n904,CA-ON\n905,\n";
        let diags = load_one(ZIP_PREFIXES, csv).unwrap_err();
        let got = messages(&diags);
        assert_eq!(
            got,
            vec![
                "us-zip-prefixes.csv:4:1: prefix: \"90\" is not three digits, e.g. 902",
                "us-zip-prefixes.csv:5:1: prefix: 902 is already listed on line 3",
                "us-zip-prefixes.csv:6:5: region: \"US-ZZ\" is not an ISO 3166-1 or 3166-2 code (write it like US or US-CA)",
                "us-zip-prefixes.csv:7:5: region: CA-ON is not a US state or territory (US-xx)",
                "us-zip-prefixes.csv:8:5: region: required",
            ],
            "{got:#?}"
        );
    }

    #[test]
    fn a_table_must_name_its_source() {
        let diags = load_one(POSTAL_DISTRICTS, "letter,region\nM,CA-ON\n").unwrap_err();
        assert!(
            messages(&diags)[0].starts_with("ca-postal-districts.csv:1:1: no `# source:"),
            "{diags:?}"
        );
    }

    #[test]
    fn area_codes_must_stay_in_the_numbering_plan_and_one_country() {
        let csv = "# source: https://example.org/npa\narea_code,region\n415,US-CA\n020,GB\n416,GB\n902,CA-NS US-ME\n";
        let got = messages(&load_one(AREA_CODES, csv).unwrap_err());
        assert_eq!(got.len(), 4, "{got:#?}");
        assert!(got[0].contains(":4:1: area_code: \"020\""), "{got:#?}");
        assert!(got[1].contains(":4:5: region: GB is not a region of the North American"));
        assert!(got[2].contains(":5:5: region: GB is not a region of the North American"));
        assert!(got[3].contains(":6:5: region: US-ME is in another country than CA-NS"));
    }

    #[test]
    fn a_missing_table_is_empty_and_named() {
        let dir = tempfile::tempdir().unwrap();
        let tables = Tables::load(dir.path()).unwrap();
        assert_eq!(
            tables.missing(),
            [ZIP_PREFIXES, AREA_CODES, POSTAL_DISTRICTS]
        );
        assert!(tables.zip("90210").is_none());
    }
}
