//! The immutable, indexed directory that every request reads.

use super::checked::Checked;
use super::diagnostic::Diagnostic;
use super::guidance::Guidance;
use super::history::History;
use super::load::Loaded;
use super::signed::Released;
use crate::directory::lookup::gazetteer::Gazetteer;
use crate::directory::lookup::lexicon::Lexicon;
use crate::directory::lookup::Tables;
use crate::domain::{Area, CountryCode, Emergency, Region, Resource, Topic};
use chrono::{DateTime, Utc};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One consistent version of the data, built once per (re)load and never changed.
pub struct Snapshot {
    resources: Vec<Resource>,
    by_id: HashMap<String, usize>,
    /// Resources that name a region, by that exact region, in file order.
    by_region: HashMap<Region, Vec<usize>>,
    /// Resources for everywhere, in file order.
    worldwide: Vec<usize>,
    emergency: HashMap<CountryCode, Emergency>,
    /// For each resource index, the resources it must show with.
    partners: HashMap<usize, Vec<usize>>,
    /// Countries with data and their subdivisions with lines of their own, sorted by name.
    regions: Vec<(CountryCode, Vec<Region>)>,
    /// The SMS lookup tables, loaded and reloaded with the rest.
    tables: Tables,
    /// The words texts are read with, built from this version's word files.
    lexicon: Lexicon,
    /// Towns and cities, postal prefixes and the words never read as a town.
    gazetteer: Gazetteer,
    /// The guides, laws and what to expect, with their sentences.
    guidance: Guidance,
    /// Warnings found when the data was loaded (stale rows).
    pub warnings: Vec<Diagnostic>,
    /// A short hash naming this version of the data.
    pub version: String,
    /// What each release changed.
    history: History,
    /// The release archive and signature the directory holds, when they match its files.
    released: Option<Released>,
    /// What `verify` last found for each row, when a results file is configured.
    checked: Option<Checked>,
    /// The files it was loaded from, by name, as read.
    files: Vec<(String, Vec<u8>)>,
}

/// Where a listed resource's area matched the visitor's region; the more local sorts first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    /// It serves the visitor's subdivision specifically.
    Subdivision,
    /// It serves the visitor's whole country.
    Country,
    /// It serves everywhere.
    Worldwide,
}

/// What a region's page, SMS reply or API answer lists, in order.
pub struct Listing<'a> {
    /// The region asked for; `None` is the worldwide list.
    pub region: Option<Region>,
    /// The country's emergency number, shown first.
    pub emergency: Option<EmergencyNumber<'a>>,
    /// The resources in [`listing_order`].
    pub resources: Vec<(Scope, &'a Resource)>,
}

/// The number a page shows first.
pub enum EmergencyNumber<'a> {
    /// The country's row in `emergency.csv`.
    Listed(&'a Emergency),
    /// No row, but the country is an EU member state, where 112 works by EU law.
    Eu112,
}

impl EmergencyNumber<'_> {
    /// The number to call first.
    pub fn first(&self) -> &str {
        match self {
            EmergencyNumber::Listed(e) => &e.number,
            EmergencyNumber::Eu112 => "112",
        }
    }
}

/// EU member states: 112 works in each (Directive (EU) 2018/1972, art. 109).
pub const EU_MEMBERS: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];

/// Whether 112 works in `country` by EU law, with or without a row of its own.
pub(super) fn eu_member(country: CountryCode) -> bool {
    EU_MEMBERS.contains(&country.as_str())
}

impl Snapshot {
    /// Indexes loaded data.
    pub fn new(loaded: Loaded) -> Self {
        let Loaded {
            resources,
            emergency,
            pairs,
            tables,
            lexicon,
            gazetteer,
            guidance,
            warnings,
            version,
            history,
            files,
        } = loaded;
        let mut partners: HashMap<usize, Vec<usize>> = HashMap::new();
        for (a, b) in pairs {
            partners.entry(a).or_default().push(b);
            partners.entry(b).or_default().push(a);
        }
        let mut by_region: HashMap<Region, Vec<usize>> = HashMap::new();
        let mut worldwide = Vec::new();
        for (i, r) in resources.iter().enumerate() {
            match &r.area {
                Area::Everywhere => worldwide.push(i),
                Area::Regions(regions) => {
                    for region in regions {
                        by_region.entry(*region).or_default().push(i);
                    }
                }
            }
        }
        let by_id = resources
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.clone(), i))
            .collect();
        let regions = regions_with_data(&emergency, &by_region);
        Snapshot {
            resources,
            by_id,
            regions,
            by_region,
            worldwide,
            emergency,
            partners,
            tables,
            lexicon,
            gazetteer,
            guidance,
            warnings,
            version,
            history,
            files,
            released: None,
            checked: None,
        }
    }

    /// This snapshot with `verify`'s last results.
    pub fn with_checked(mut self, checked: Option<Checked>) -> Self {
        self.checked = checked;
        self
    }

    /// What `verify` last found for each row, if known.
    pub fn checked(&self) -> Option<&Checked> {
        self.checked.as_ref()
    }

    /// This snapshot with the release archive its directory holds.
    pub fn with_released(mut self, released: Option<Released>) -> Self {
        self.released = released;
        self
    }

    /// The release archive and signature this snapshot was loaded with, if any.
    pub fn released(&self) -> Option<&Released> {
        self.released.as_ref()
    }

    /// What each data release changed, and so when each row last changed.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// The bytes of the data file `name` (`resources.csv`) this snapshot was loaded from.
    pub fn file(&self, name: &str) -> Option<&[u8]> {
        self.files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, b)| b.as_slice())
    }

    /// The names of the data files this snapshot was loaded from, in reading order.
    pub fn file_names(&self) -> impl Iterator<Item = &str> {
        self.files.iter().map(|(n, _)| n.as_str())
    }

    /// The SMS lookup tables.
    pub fn tables(&self) -> &Tables {
        &self.tables
    }

    /// The guides, laws and what to expect, with their sentences in each language.
    pub fn guidance(&self) -> &Guidance {
        &self.guidance
    }

    /// Towns and cities by the names people type, postal prefixes, and the words never read
    /// as a town in a text.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The SMS lexicon: keywords, topic and filler words, place names.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The resources for `region` (or the worldwide list), narrowed to `topics` when any are given,
    /// in the one order pages, SMS replies and `lookup` share (see [`listing_order`]), as
    /// they stand at `now`.
    ///
    /// A resource in `pairs.csv` brings its partner along when the partner serves the region too,
    /// even if the partner lacks the topic: a pair (English/French lines, adult/youth lines) is one
    /// answer, and half of it would mislead.
    pub fn listing(
        &self,
        region: Option<Region>,
        topics: &[Topic],
        now: DateTime<Utc>,
    ) -> Listing<'_> {
        let mut candidates: Vec<(Scope, usize)> = Vec::new();
        let mut add = |scope, list: Option<&Vec<usize>>| {
            for &i in list.into_iter().flatten() {
                if !candidates.iter().any(|(_, j)| *j == i) {
                    candidates.push((scope, i));
                }
            }
        };
        if let Some(region) = region {
            if let Region::Subdivision(..) = region {
                add(Scope::Subdivision, self.by_region.get(&region));
            }
            add(
                Scope::Country,
                self.by_region.get(&Region::Country(region.country())),
            );
        }
        add(Scope::Worldwide, Some(&self.worldwide));
        let mut shown: Vec<bool> = candidates
            .iter()
            .map(|(_, i)| self.resources[*i].has_any_topic(topics))
            .collect();
        for k in 0..candidates.len() {
            if !shown[k] {
                continue;
            }
            for partner in self.partners.get(&candidates[k].1).into_iter().flatten() {
                if let Some(p) = candidates.iter().position(|(_, i)| i == partner) {
                    shown[p] = true;
                }
            }
        }
        let mut resources: Vec<(Scope, &Resource)> = candidates
            .into_iter()
            .zip(shown)
            .filter(|(_, shown)| *shown)
            .map(|((scope, i), _)| (scope, &self.resources[i]))
            .collect();
        // A directory of lines is the nearest help only where the region has no line of its own
        // for what was asked; beside the region's own lines it would only be noise.
        if region.is_some()
            && resources
                .iter()
                .any(|(scope, r)| *scope != Scope::Worldwide && r.has_line())
        {
            resources.retain(|(_, r)| !r.directory);
        }
        listing_order(&mut resources, now);
        Listing {
            region,
            emergency: region.and_then(|r| self.emergency_for(r.country())),
            resources,
        }
    }

    /// The earliest moment after `now` at which a resource of `listing` opens or closes, which
    /// is when anything rendered from it (order, "open now") stops being true.
    pub fn next_change(listing: &Listing<'_>, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        listing
            .resources
            .iter()
            .filter_map(|(_, r)| r.hours.next_change(now))
            .min()
    }

    /// The ids a resource must be shown with (its partners in `pairs.csv`).
    pub fn partners_of(&self, id: &str) -> Vec<&str> {
        self.by_id
            .get(id)
            .and_then(|i| self.partners.get(i))
            .into_iter()
            .flatten()
            .map(|&j| self.resources[j].id.as_str())
            .collect()
    }

    /// The emergency number for a country, if known.
    pub fn emergency_for(&self, country: CountryCode) -> Option<EmergencyNumber<'_>> {
        match self.emergency.get(&country) {
            Some(e) => Some(EmergencyNumber::Listed(e)),
            None if eu_member(country) => Some(EmergencyNumber::Eu112),
            None => None,
        }
    }

    /// One resource by id.
    pub fn resource(&self, id: &str) -> Option<&Resource> {
        self.by_id.get(id).map(|&i| &self.resources[i])
    }

    /// Every resource, in file order.
    pub fn resources(&self) -> &[Resource] {
        &self.resources
    }

    /// Every emergency row.
    pub fn emergency_numbers(&self) -> impl Iterator<Item = &Emergency> {
        self.emergency.values()
    }

    /// Countries with any data (an emergency number or a resource), each with the subdivisions
    /// that have resources of their own, sorted by name.
    pub fn regions_with_data(&self) -> &[(CountryCode, Vec<Region>)] {
        &self.regions
    }
}

/// Puts a listing in PRODUCT.md's order: by `priority`, lower first (the maintainers' judgement
/// of urgency, so 988 comes before a state's referral line); at equal priority the more local
/// first (subdivision, country, worldwide); then by name. Then, keeping that order within each
/// part: lines (and directories of lines) open now or with unknown hours, then lines closed
/// right now, then the services that have only a website.
pub fn listing_order(resources: &mut [(Scope, &Resource)], now: DateTime<Utc>) {
    resources
        .sort_by(|(sa, a), (sb, b)| (a.priority, *sa, &a.name).cmp(&(b.priority, *sb, &b.name)));
    // Stable, and each schedule is evaluated once rather than at every comparison.
    resources.sort_by_cached_key(|(_, r)| (!(r.has_line() || r.directory), r.hours.is_closed(now)));
}

/// The picker's regions, computed once per snapshot: names are looked up in the ISO tables.
fn regions_with_data(
    emergency: &HashMap<CountryCode, Emergency>,
    by_region: &HashMap<Region, Vec<usize>>,
) -> Vec<(CountryCode, Vec<Region>)> {
    let mut map: BTreeMap<CountryCode, BTreeSet<Region>> = BTreeMap::new();
    for cc in emergency.keys() {
        map.entry(*cc).or_default();
    }
    for region in by_region.keys() {
        let subs = map.entry(region.country()).or_default();
        if let Region::Subdivision(..) = region {
            subs.insert(*region);
        }
    }
    let mut out: Vec<(CountryCode, Vec<Region>)> = map
        .into_iter()
        .map(|(cc, subs)| {
            let mut subs: Vec<Region> = subs.into_iter().collect();
            subs.sort_by_cached_key(|r| r.name());
            (cc, subs)
        })
        .collect();
    out.sort_by_cached_key(|(cc, _)| cc.name());
    out
}

/// Counts that describe the directory's coverage, printed by `lifelines check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Rows in `resources.csv`.
    pub resources: usize,
    /// Countries with a row in `emergency.csv`.
    pub emergency_countries: usize,
    /// Countries with at least one crisis or suicide line of their own (worldwide lines not counted).
    pub crisis_countries: usize,
    /// Resources that serve at least one subdivision specifically.
    pub subdivision_rows: usize,
    /// Emergency numbers to call, in all countries.
    pub emergency_calls: usize,
    /// Of those, the numbers whose source does not say which service they reach.
    pub emergency_unstated: usize,
}

impl Snapshot {
    /// Each country with a crisis or suicide line of its own, by code, with the first row (in
    /// file order) that earns it; a worldwide row earns none.
    pub fn crisis_countries(&self) -> BTreeMap<CountryCode, &str> {
        let mut out = BTreeMap::new();
        for r in self.resources.iter().filter(|r| {
            r.topics
                .iter()
                .any(|t| matches!(t, Topic::Crisis | Topic::Suicide))
        }) {
            for cc in r.area.countries() {
                out.entry(cc).or_insert(r.id.as_str());
            }
        }
        out
    }

    /// The lines whose number is in a national-only format ([`PhoneNumber::national_only_format`]),
    /// split by whether the data says if it can be called from abroad: (known, not known), ids.
    pub fn abroad_coverage(&self) -> (Vec<&str>, Vec<&str>) {
        self.resources
            .iter()
            .filter(|r| r.phone.as_ref().is_some_and(|p| p.national_only_format()))
            .map(|r| (r.abroad.is_some() || r.networks.is_some(), r.id.as_str()))
            .fold(
                (Vec::new(), Vec::new()),
                |(mut known, mut unknown), (k, id)| {
                    if k {
                        known.push(id);
                    } else {
                        unknown.push(id);
                    }
                    (known, unknown)
                },
            )
    }

    /// The coverage counts.
    pub fn summary(&self) -> Summary {
        let crisis = self.crisis_countries();
        let subdivision_rows = self
            .resources
            .iter()
            .filter(|r| match &r.area {
                Area::Regions(regions) => {
                    regions.iter().any(|g| matches!(g, Region::Subdivision(..)))
                }
                Area::Everywhere => false,
            })
            .count();
        let calls = || self.emergency.values().flat_map(|e| e.calls());
        Summary {
            resources: self.resources.len(),
            emergency_countries: self.emergency.len(),
            crisis_countries: crisis.len(),
            subdivision_rows,
            emergency_calls: calls().count(),
            emergency_unstated: calls().filter(|c| !c.is_stated()).count(),
        }
    }
}

impl Snapshot {
    /// How many emergency rows rest on each kind of source, in the vocabulary's order:
    /// "Emergency sources: 170 official, 4 first-party, 92 compiled, 122 other".
    pub fn emergency_sources(&self) -> String {
        let contacts = || self.emergency.values().flat_map(|e| e.contacts.iter());
        let counts: Vec<String> = crate::domain::SourceKind::ALL
            .iter()
            .map(|k| {
                let n = contacts().filter(|c| c.source_kind == *k).count();
                format!("{n} {}", k.as_str())
            })
            .collect();
        format!("Emergency sources: {}", counts.join(", "))
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} resources; {} countries with emergency numbers; {} countries with crisis lines; {} subdivision rows; {} emergency numbers, {} with their service unstated",
            self.resources,
            self.emergency_countries,
            self.crisis_countries,
            self.subdivision_rows,
            self.emergency_calls,
            self.emergency_unstated
        )
    }
}
