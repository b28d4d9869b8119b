//! What each data release changed (`history.csv`), written by `lifelines release` and read by
//! every replica alike, so that "when did this row last change" never depends on git or on a
//! replica's memory.
//!
//! One row per change: `release,released_at,item,field,change`. `item` names what changed as
//! `lifelines verify` names it: a resource by its id (`988-lifeline`), an emergency way in by
//! `emergency/CC/NUMBER/CHANNEL`, and any other data file by its name (`guidance.csv`), whose
//! changes are kept whole. `field` is the column that changed (for `changed` rows of a
//! resource or an emergency number), `change` is `added`, `changed` or `retired`.

use super::diagnostic::Diagnostic;
use super::table::{Row, Table};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::HashMap;

/// The history file, relative to the data directory (optional).
pub const HISTORY: &str = "history.csv";
/// Its columns, in order.
pub const COLUMNS: &[&str] = &["release", "released_at", "item", "field", "change"];
const REQUIRED: &[&str] = &["release", "released_at", "item", "change"];

/// How an item changed in a release.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    /// It is new in this release.
    Added,
    /// A field of it changed (the field is named).
    Changed,
    /// It is gone from this release.
    Retired,
}

impl Change {
    /// The word the file uses.
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Added => "added",
            Change::Changed => "changed",
            Change::Retired => "retired",
        }
    }

    fn parse(s: &str) -> Option<Change> {
        [Change::Added, Change::Changed, Change::Retired]
            .into_iter()
            .find(|c| c.as_str() == s)
    }
}

/// One change of one release.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// What changed: a resource id, `emergency/CC/NUMBER/CHANNEL` or a file name.
    pub item: String,
    /// The column that changed, for `changed` rows and columns.
    pub field: Option<String>,
    /// How it changed.
    pub change: Change,
}

/// One release: its name, when it was made, and what it changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Release {
    /// The release's name (`20261206-013000`): letters, digits, `.`, `-` and `_`.
    pub name: String,
    /// When it was made.
    pub at: DateTime<Utc>,
    /// What it changed, in file order.
    pub entries: Vec<Entry>,
}

/// Every release, oldest first, and when each item last changed.
#[derive(Clone, Debug, Default)]
pub struct History {
    releases: Vec<Release>,
    last_changed: HashMap<String, DateTime<Utc>>,
}

/// Whether `name` can name a release: a directory name on every replica.
pub fn valid_release_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

/// What kind of thing an item names, and so which fields it may name.
enum ItemKind {
    Resource,
    Emergency,
    File,
}

fn item_kind(item: &str) -> Option<ItemKind> {
    if let Some(rest) = item.strip_prefix("emergency/") {
        // CC/NUMBER/CHANNEL, NUMBER being a URL for a video service or an app.
        let (cc, rest) = rest.split_once('/')?;
        let channel = rest.rsplit('/').next()?;
        (cc.len() == 2 && cc.chars().all(|c| c.is_ascii_uppercase()) && !channel.is_empty())
            .then_some(ItemKind::Emergency)
    } else if item.ends_with(".csv") {
        super::load::FILES.contains(&item).then_some(ItemKind::File)
    } else {
        (!item.contains('/')
            && item
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
        .then_some(ItemKind::Resource)
    }
}

impl History {
    /// Reads and validates a history file: every rule is checked at its cell.
    pub fn read(file: &str, bytes: &[u8], diags: &mut Vec<Diagnostic>) -> History {
        let table = Table::parse(file, bytes, COLUMNS, REQUIRED, diags);
        let mut releases: Vec<Release> = Vec::new();
        for row in &table.rows {
            let before = diags.len();
            let entry = entry(file, row, diags);
            let name = row.get("release").unwrap_or_default();
            if !valid_release_name(name) {
                diags.push(row.error(
                    file,
                    "release",
                    "a release name is letters, digits, '.', '-' and '_' (at most 64), not starting with '.'",
                ));
            }
            let at = row.get("released_at").and_then(|v| {
                let parsed = DateTime::parse_from_rfc3339(v).ok().map(|t| t.to_utc());
                if parsed.is_none() {
                    diags.push(row.error(
                        file,
                        "released_at",
                        format!("{v:?} is not an RFC 3339 time such as 2026-12-06T01:30:00Z"),
                    ));
                }
                parsed
            });
            let (Some(entry), Some(at)) = (entry, at) else {
                continue;
            };
            if diags.len() > before {
                continue;
            }
            let same = releases.last().is_some_and(|l| l.name == name);
            if same {
                let last = releases.last_mut().expect("just seen");
                if last.at != at {
                    diags.push(row.error(
                        file,
                        "released_at",
                        format!(
                            "release {name} was made at {}; one release has one time",
                            last.at.to_rfc3339()
                        ),
                    ));
                } else {
                    last.entries.push(entry);
                }
                continue;
            }
            if releases.iter().any(|r| r.name == name) {
                diags.push(row.error(
                    file,
                    "release",
                    format!(
                        "release {name} appears again after another: a release's rows stand together"
                    ),
                ));
                continue;
            }
            if let Some(last) = releases.last().filter(|l| l.at >= at) {
                diags.push(row.error(
                    file,
                    "released_at",
                    format!(
                        "release {name} is not later than release {} ({}): releases are appended in time order",
                        last.name,
                        last.at.to_rfc3339()
                    ),
                ));
                continue;
            }
            releases.push(Release {
                name: name.to_string(),
                at,
                entries: vec![entry],
            });
        }
        History::new(releases)
    }

    /// A history of `releases`, oldest first.
    pub fn new(releases: Vec<Release>) -> History {
        let mut last_changed = HashMap::new();
        for r in &releases {
            for e in &r.entries {
                last_changed.insert(e.item.clone(), r.at);
            }
        }
        History {
            releases,
            last_changed,
        }
    }

    /// Every release, oldest first.
    pub fn releases(&self) -> &[Release] {
        &self.releases
    }

    /// The newest release.
    pub fn latest(&self) -> Option<&Release> {
        self.releases.last()
    }

    /// When `item` (a resource id, `emergency/…` or a file name) last changed in a release;
    /// `None` when no release names it.
    pub fn last_changed(&self, item: &str) -> Option<DateTime<Utc>> {
        self.last_changed.get(item).copied()
    }

    /// The file's text with `release` appended: the header when there was no file, then one
    /// row per change.
    pub fn append(existing: Option<&[u8]>, release: &Release) -> Result<Vec<u8>, csv::Error> {
        let mut out = existing.map(<[u8]>::to_vec).unwrap_or_default();
        if !out.is_empty() && !out.ends_with(b"\n") {
            out.push(b'\n');
        }
        let mut w = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(Vec::new());
        if out.is_empty() {
            w.write_record(COLUMNS)?;
        }
        let at = release
            .at
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        for e in &release.entries {
            w.write_record([
                release.name.as_str(),
                at.as_str(),
                e.item.as_str(),
                e.field.as_deref().unwrap_or_default(),
                e.change.as_str(),
            ])?;
        }
        out.extend(w.into_inner().map_err(|e| e.into_error())?);
        Ok(out)
    }
}

/// One row's item, field and change, each checked.
fn entry(file: &str, row: &Row, diags: &mut Vec<Diagnostic>) -> Option<Entry> {
    let item = row.get("item")?;
    let kind = item_kind(item);
    if kind.is_none() {
        diags.push(row.error(
            file,
            "item",
            format!(
                "{item:?} names no kind of item: a resource id, emergency/CC/NUMBER/CHANNEL or a data file's name"
            ),
        ));
    }
    let change_cell = row.get("change")?;
    let Some(change) = Change::parse(change_cell) else {
        diags.push(row.error(
            file,
            "change",
            format!("{change_cell:?} is not a change: added, changed or retired"),
        ));
        return None;
    };
    let field = row.get("field");
    match (change, field, kind.as_ref()) {
        (Change::Changed, None, Some(ItemKind::Resource | ItemKind::Emergency)) => {
            diags.push(row.error(file, "field", "required: the column that changed"));
        }
        (Change::Added | Change::Retired, Some(_), _) | (_, Some(_), Some(ItemKind::File)) => {
            diags.push(row.error(
                file,
                "field",
                "only a changed resource or emergency row names a field",
            ));
        }
        (Change::Changed, Some(f), Some(kind)) => {
            let (columns, name) = match kind {
                ItemKind::Resource => (super::load::RESOURCE_COLUMNS, super::load::RESOURCES),
                _ => (super::load::EMERGENCY_COLUMNS, super::load::EMERGENCY),
            };
            if !columns.contains(&f) {
                diags.push(row.error(file, "field", format!("{f:?} is not a column of {name}")));
            }
        }
        _ => {}
    }
    Some(Entry {
        item: item.to_string(),
        field: field.map(str::to_string),
        change,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (History, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let h = History::read("history.csv", text.as_bytes(), &mut diags);
        (h, diags)
    }

    const HEADER: &str = "release,released_at,item,field,change\n";

    #[test]
    fn a_history_gives_each_item_its_last_change() {
        let (h, diags) = read(&format!(
            "{HEADER}r1,2026-12-01T00:00:00Z,988-lifeline,,added\n\
             r1,2026-12-01T00:00:00Z,emergency/US/911/voice,,added\n\
             r2,2026-12-06T01:30:00Z,988-lifeline,phone,changed\n\
             r2,2026-12-06T01:30:00Z,guidance.csv,,changed\n"
        ));
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(h.releases().len(), 2);
        assert_eq!(
            h.last_changed("988-lifeline").unwrap().to_rfc3339(),
            "2026-12-06T01:30:00+00:00"
        );
        assert_eq!(
            h.last_changed("emergency/US/911/voice")
                .unwrap()
                .to_rfc3339(),
            "2026-12-01T00:00:00+00:00"
        );
        assert_eq!(h.last_changed("samaritans-uk"), None);
        assert_eq!(
            h.latest().unwrap().entries[0].field.as_deref(),
            Some("phone")
        );
    }

    #[test]
    fn each_rule_is_named_at_its_cell() {
        let cases = [
            ("r1,yesterday,988-lifeline,,added", "released_at:"),
            ("r1,2026-12-07T00:00:00Z,988-lifeline,,moved", "change:"),
            (
                "r1,2026-12-07T00:00:00Z,988-lifeline,,changed",
                "field: required",
            ),
            (
                "r1,2026-12-07T00:00:00Z,988-lifeline,colour,changed",
                "field:",
            ),
            (
                "r1,2026-12-07T00:00:00Z,988-lifeline,phone,added",
                "field: only",
            ),
            ("r1,2026-12-07T00:00:00Z,Not An Id,,added", "item:"),
            ("r1,2026-12-07T00:00:00Z,elsewhere.csv,,added", "item:"),
            (
                "r0,2026-11-30T00:00:00Z,988-lifeline,,added",
                "released_at: release r0 is not later",
            ),
            (
                "r0,2026-12-01T00:00:00Z,x,,added",
                "released_at: release r0 is not later",
            ),
            (
                "r1,2026-12-02T00:00:00Z,x,,added",
                "released_at: release r1 was made at",
            ),
            ("../x,2026-12-07T00:00:00Z,x,,added", "release:"),
        ];
        for (row, expected) in cases {
            let (_, diags) = read(&format!(
                "{HEADER}r1,2026-12-01T00:00:00Z,samaritans-uk,,added\n{row}\n"
            ));
            let shown: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
            assert!(
                diags.iter().all(|d| d.line == 3) && shown.iter().any(|d| d.contains(expected)),
                "{row}: expected {expected:?} in {shown:?}"
            );
        }
        let (_, diags) = read(&format!(
            "{HEADER}r1,2026-12-01T00:00:00Z,a,,added\nr2,2026-12-02T00:00:00Z,b,,added\nr1,2026-12-01T00:00:00Z,c,,added\n"
        ));
        assert!(diags[0].to_string().contains("appears again"), "{diags:?}");
    }

    #[test]
    fn an_appended_release_reads_back() {
        let first = Release {
            name: "r1".into(),
            at: "2026-12-01T00:00:00Z".parse().unwrap(),
            entries: vec![Entry {
                item: "988-lifeline".into(),
                field: None,
                change: Change::Added,
            }],
        };
        let second = Release {
            name: "r2".into(),
            at: "2026-12-06T01:30:00Z".parse().unwrap(),
            entries: vec![Entry {
                item: "988-lifeline".into(),
                field: Some("phone".into()),
                change: Change::Changed,
            }],
        };
        let once = History::append(None, &first).unwrap();
        let twice = History::append(Some(&once), &second).unwrap();
        let (h, diags) = read(std::str::from_utf8(&twice).unwrap());
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(h.releases(), &[first, second]);
    }
}
