//! What to do in the moment, as data: the guides and their steps (`guides.csv`,
//! `guidance.csv`), the overdose Good Samaritan laws by region (`laws.csv`), what to expect
//! from a line (`expect.csv`), and every sentence of them in each language
//! (`text-{lang}.csv`, one file per language, keyed by item and field).
//!
//! The rules: every step and law has a source; every UI language has every guide title, step,
//! SMS form of a step and law sentence (a missing translation is an error, never an English
//! fallback); a translation not yet reviewed by a native speaker is allowed and marked; what to
//! expect from a line needs English at least, and falls back to it.

use super::diagnostic::Diagnostic;
use super::load::{FileRead, RowCheck};
use super::table::Table;
use crate::domain::{Region, Topic, UiLanguage};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

/// The guides, one row each, in page order.
pub const GUIDES: &str = "guides.csv";
/// The steps of the guides.
pub const STEPS: &str = "guidance.csv";
/// Overdose Good Samaritan laws by region.
pub const LAWS: &str = "laws.csv";
/// What to expect when contacting a line.
pub const EXPECT: &str = "expect.csv";
/// What to do, per country, when a call to the emergency number cannot be spoken.
pub const SILENT: &str = "silent.csv";
/// The sentences in each UI language.
pub const TEXTS: [&str; 13] = [
    "text-en.csv",
    "text-es.csv",
    "text-fr.csv",
    "text-de.csv",
    "text-pt.csv",
    "text-it.csv",
    "text-nl.csv",
    "text-pl.csv",
    "text-uk.csv",
    "text-ja.csv",
    "text-zh-Hans.csv",
    "text-hi.csv",
    "text-ar.csv",
];

const GUIDE_COLUMNS: &[&str] = &["guide", "topic", "folded"];
const STEP_COLUMNS: &[&str] = &["guide", "step", "source", "verified_at", "sms", "notes"];
const STEP_REQUIRED: &[&str] = &["guide", "step", "source", "verified_at"];
const LAW_COLUMNS: &[&str] = &["region", "name", "source", "verified_at", "notes"];
const LAW_REQUIRED: &[&str] = &["region", "name", "source", "verified_at"];
const EXPECT_COLUMNS: &[&str] = &["resource", "aspect", "source", "verified_at", "notes"];
const SILENT_COLUMNS: &[&str] = &["country", "source", "verified_at", "notes"];
const SILENT_REQUIRED: &[&str] = &["country", "source", "verified_at"];
const EXPECT_REQUIRED: &[&str] = &["resource", "aspect", "source", "verified_at"];
const TEXT_COLUMNS: &[&str] = &["item", "field", "text", "by", "reviewed"];

/// What to expect from a line, one aspect per row.
pub const ASPECTS: [&str; 5] = ["answers", "emergency", "interpreters", "wait", "bill"];
/// The longest SMS form of a step, in characters.
pub const SHORT_MAX: usize = 70;
/// The most characters a line's name in another language may have.
pub const NAME_MAX: usize = 100;

/// One guide: steps for one situation, shown with one topic choice.
#[derive(Clone, Debug)]
pub struct Guide {
    /// `hard-trip`.
    pub id: String,
    /// The topic choice that shows it.
    pub topic: Topic,
    /// Shown folded beneath the guides above it.
    pub folded: bool,
    /// Its steps, in order.
    pub steps: Vec<GuideStep>,
}

/// One step of a guide, from a named public-health source.
#[derive(Clone, Debug)]
pub struct GuideStep {
    /// 1, 2, …
    pub number: u32,
    /// Where it comes from.
    pub source: String,
    /// When the source was last read.
    pub verified_at: NaiveDate,
    /// Its place in an SMS reply (1 or 2), if it goes into one.
    pub sms: Option<u8>,
}

/// An overdose Good Samaritan law.
#[derive(Clone, Debug)]
pub struct Law {
    /// The country or subdivision it covers.
    pub region: Region,
    /// Its name as enacted.
    pub name: String,
    /// The page that states what it covers and does not.
    pub source: String,
    /// When it was last read.
    pub verified_at: NaiveDate,
}

/// What to do when a call to a country's emergency number cannot be spoken (the UK's Silent
/// Solution: press 55 when asked), as an official or press source describes it; the words are
/// the translatable text `silent/CC`, field `text`.
#[derive(Clone, Debug)]
pub struct Silent {
    /// The country.
    pub country: crate::domain::CountryCode,
    /// The page that describes it.
    pub source: String,
    /// When it was last read.
    pub verified_at: NaiveDate,
}

/// One thing to expect from a line.
#[derive(Clone, Debug)]
pub struct Expectation {
    /// The resource id.
    pub resource: String,
    /// One of [`ASPECTS`].
    pub aspect: String,
    /// The operator's page, or a government page about the line.
    pub source: String,
    /// When it was last read.
    pub verified_at: NaiveDate,
}

/// One sentence in one language.
#[derive(Clone, Debug)]
pub struct Text {
    /// The sentence; `{emergency}` stands for the region's emergency number.
    pub text: String,
    /// Who wrote or translated it.
    pub by: String,
    /// Whether a native speaker has reviewed it.
    pub reviewed: bool,
}

/// The Good Samaritan law that applies to a region, as far as the data knows.
#[derive(Clone, Copy, Debug)]
pub enum LawFor<'a> {
    /// The region's own law, or its country's.
    Law(&'a Law),
    /// None for the whole country: its states' or provinces' laws differ; these are sourced.
    BySubdivision(&'a [Law]),
}

/// The guidance of a data directory, validated.
#[derive(Clone, Debug, Default)]
pub struct Guidance {
    /// The guides, in page order.
    pub guides: Vec<Guide>,
    /// The laws.
    pub laws: Vec<Law>,
    /// What to expect from lines, grouped by line and in [`ASPECTS`] order within each.
    pub expectations: Vec<Expectation>,
    /// What to do when a call cannot be spoken, by country.
    pub silent: Vec<Silent>,
    texts: HashMap<(UiLanguage, String, String), Text>,
    /// Where each line's expectations start and end in `expectations`.
    expect_index: HashMap<String, (usize, usize)>,
}

impl Guidance {
    /// The sentence of `item` and `field` in `lang`.
    pub fn text(&self, lang: UiLanguage, item: &str, field: &str) -> Option<&Text> {
        self.texts.get(&(lang, item.to_string(), field.to_string()))
    }

    /// The note on a way to reach the emergency services (`emergency/US/911/sms`) in `lang`.
    pub fn emergency_note(&self, lang: UiLanguage, item: &str) -> Option<&Text> {
        self.text(lang, item, "note")
    }

    /// The name of the line `id` in `lang`, where its operator gives one (English is the row's).
    pub fn name(&self, lang: UiLanguage, id: &str) -> Option<&Text> {
        self.text(lang, &format!("resource/{id}"), "name")
    }

    /// The description of the line `id` in `lang`, where translated (English is the row's own).
    pub fn description(&self, lang: UiLanguage, id: &str) -> Option<&Text> {
        self.text(lang, &format!("resource/{id}"), "description")
    }

    /// What `e` says in `lang` where translated, else in English, with the language it is in.
    pub fn expectation_text(
        &self,
        lang: UiLanguage,
        e: &Expectation,
    ) -> Option<(&Text, UiLanguage)> {
        let item = format!("expect/{}", e.resource);
        match self.text(lang, &item, &e.aspect) {
            Some(t) => Some((t, lang)),
            None => Some((self.text(UiLanguage::En, &item, &e.aspect)?, UiLanguage::En)),
        }
    }

    /// The guides shown with `topics`, in page order; every guide when `topics` is empty.
    pub fn guides_for<'a>(&'a self, topics: &'a [Topic]) -> impl Iterator<Item = &'a Guide> {
        self.guides
            .iter()
            .filter(move |g| topics.is_empty() || topics.contains(&g.topic))
    }

    /// What to do in `country` when a call cannot be spoken, with its words in `lang` (every
    /// language has them: `check` requires it).
    pub fn silent_for(
        &self,
        country: crate::domain::CountryCode,
        lang: UiLanguage,
    ) -> Option<(&Silent, &Text)> {
        let s = self.silent.iter().find(|s| s.country == country)?;
        let text = self.text(lang, &format!("silent/{}", country.as_str()), "text")?;
        Some((s, text))
    }

    /// The overdose Good Samaritan law of `region`, else of its country; for a country with
    /// none of its own but sourced laws in its subdivisions, those.
    pub fn law_for(&self, region: Region) -> Option<LawFor<'_>> {
        let country = Region::Country(region.country());
        let own = self.laws.iter().find(|l| l.region == region);
        if let Some(law) = own.or_else(|| self.laws.iter().find(|l| l.region == country)) {
            return Some(LawFor::Law(law));
        }
        if region != country {
            return None;
        }
        // The laws are sorted by region, so a country's subdivisions sit together.
        let subs = self.laws_by_region_of(region.country());
        (!subs.is_empty()).then_some(LawFor::BySubdivision(subs))
    }

    /// The subdivisions' laws of `country`, by code.
    fn laws_by_region_of(&self, country: crate::domain::CountryCode) -> &[Law] {
        let from = self
            .laws
            .partition_point(|l| (l.region.country(), l.region.code()) < (country, ""));
        let to = from
            + self.laws[from..]
                .iter()
                .take_while(|l| l.region.country() == country)
                .count();
        let subs = &self.laws[from..to];
        // A country row sorts first; only subdivisions are returned.
        let skip = subs
            .iter()
            .take_while(|l| matches!(l.region, Region::Country(_)))
            .count();
        &subs[skip..]
    }

    /// What to expect from the line `resource`, in [`ASPECTS`] order.
    pub fn expectations_of(&self, resource: &str) -> &[Expectation] {
        match self.expect_index.get(resource) {
            Some(&(from, to)) => &self.expectations[from..to],
            None => &[],
        }
    }

    /// What there is, and how much of it a native speaker has not yet read, for `check`'s
    /// summary: "5 guides, 26 steps, 23 laws, 22 things to expect; not yet reviewed by a
    /// native speaker: 80 es, 80 fr sentences".
    pub fn counts(&self) -> String {
        let steps: usize = self.guides.iter().map(|g| g.steps.len()).sum();
        let unreviewed: Vec<String> = UiLanguage::ALL
            .into_iter()
            .filter_map(|lang| {
                let n = self
                    .texts
                    .iter()
                    .filter(|((l, ..), t)| *l == lang && !t.reviewed)
                    .count();
                (n > 0).then(|| format!("{n} {}", lang.tag()))
            })
            .collect();
        format!(
            "{} guides, {steps} steps, {} laws, {} things to expect; not yet reviewed by a native speaker: {} sentences",
            self.guides.len(),
            self.laws.len(),
            self.expectations.len(),
            if unreviewed.is_empty() { "no".to_string() } else { unreviewed.join(", ") }
        )
    }

    /// Reads and validates the files; all are optional, but a file present is checked whole.
    pub fn read(
        mut read: impl FnMut(&'static str, &mut Vec<Diagnostic>) -> FileRead,
        resources: &HashSet<String>,
        emergency_ways: &HashSet<String>,
        today: NaiveDate,
        diags: &mut Vec<Diagnostic>,
    ) -> Guidance {
        let mut table = |name: &'static str, columns, required, diags: &mut Vec<Diagnostic>| {
            read(name, diags).map(|(f, b)| Table::parse(&f, &b, columns, required, diags))
        };
        let guides_t = table(GUIDES, GUIDE_COLUMNS, GUIDE_COLUMNS, diags);
        let steps_t = table(STEPS, STEP_COLUMNS, STEP_REQUIRED, diags);
        let laws_t = table(LAWS, LAW_COLUMNS, LAW_REQUIRED, diags);
        let expect_t = table(EXPECT, EXPECT_COLUMNS, EXPECT_REQUIRED, diags);
        let silent_t = table(SILENT, SILENT_COLUMNS, SILENT_REQUIRED, diags);
        let texts_t: Vec<(UiLanguage, Table)> = UiLanguage::ALL
            .into_iter()
            .zip(TEXTS)
            .filter_map(|(lang, name)| {
                table(name, TEXT_COLUMNS, TEXT_COLUMNS, diags).map(|t| (lang, t))
            })
            .collect();

        let mut out = Guidance::default();
        // The row each guide came from, to name it when its steps or title are missing.
        let mut guide_rows: Vec<(&Table, &super::table::Row)> = Vec::new();
        for row in guides_t
            .iter()
            .flat_map(|t| t.rows.iter().map(move |r| (t, r)))
        {
            let (t, row) = row;
            let mut c = RowCheck::new(t, row, diags);
            let id = c.required("guide").and_then(|v| {
                if !v.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
                    c.error("guide", format!("{v:?} must match [a-z-]+"));
                    None
                } else if out.guides.iter().any(|g| g.id == v) {
                    c.error("guide", format!("{v:?} is used by an earlier row"));
                    None
                } else {
                    Some(v.to_string())
                }
            });
            let topic = c.parsed("topic", |v| v.parse::<Topic>().map_err(|e| e.to_string()));
            let folded = c.parsed("folded", yes_no);
            if let (Some(id), Some(topic), Some(folded)) = (id, topic, folded) {
                out.guides.push(Guide {
                    id,
                    topic,
                    folded,
                    steps: Vec::new(),
                });
                guide_rows.push((t, row));
            }
        }
        // Where each item's structural row stands, to name it when a language lacks its text.
        let mut needs: Vec<(String, &'static str, &Table, &super::table::Row)> = Vec::new();
        for t in steps_t.iter() {
            for row in &t.rows {
                let mut c = RowCheck::new(t, row, diags);
                let guide = c.required("guide").and_then(|v| {
                    let i = out.guides.iter().position(|g| g.id == v);
                    if i.is_none() {
                        c.error("guide", format!("{v:?} is not in {GUIDES}"));
                    }
                    i
                });
                let number = c.parsed("step", |v| {
                    v.parse::<u32>()
                        .ok()
                        .filter(|n| *n > 0)
                        .ok_or(format!("{v:?} is not a step number (1, 2, …)"))
                });
                let sms = c.parsed("sms", |v| match v {
                    "1" => Ok(1),
                    "2" => Ok(2),
                    _ => Err(format!("{v:?}: write 1 or 2, or leave it empty")),
                });
                let source = c.source();
                let verified_at = c.date(today);
                if let (Some(g), Some(number)) = (guide, number) {
                    let expected = out.guides[g].steps.len() as u32 + 1;
                    if number != expected {
                        c.error(
                            "step",
                            format!("step {number} where step {expected} comes next"),
                        );
                    }
                    if sms.is_some() && out.guides[g].steps.iter().any(|s| s.sms == sms) {
                        c.error("sms", "two steps of one guide have the same place in SMS");
                    }
                }
                if let (Some(g), Some(number), Some(source), Some(verified_at), false) =
                    (guide, number, source, verified_at, c.failed)
                {
                    let item = format!("guide/{}/{number}", out.guides[g].id);
                    needs.push((item.clone(), "text", t, row));
                    if sms.is_some() {
                        needs.push((item, "short", t, row));
                    }
                    out.guides[g].steps.push(GuideStep {
                        number,
                        source,
                        verified_at,
                        sms,
                    });
                }
            }
        }
        for t in laws_t.iter() {
            for row in &t.rows {
                let mut c = RowCheck::new(t, row, diags);
                let region = c.parsed("region", |v| {
                    Region::parse(v).filter(|r| r.code() == v).ok_or(format!(
                        "{v:?} is not an ISO 3166 code written as US or US-CA"
                    ))
                });
                let name = c.required("name").map(str::to_string);
                let source = c.source();
                let verified_at = c.date(today);
                if let Some(r) = region {
                    if out.laws.iter().any(|l| l.region == r) {
                        c.error("region", format!("{} has an earlier row", r.code()));
                    }
                }
                if let (Some(region), Some(name), Some(source), Some(verified_at), false) =
                    (region, name, source, verified_at, c.failed)
                {
                    let item = format!("law/{}", region.code());
                    needs.push((item.clone(), "covers", t, row));
                    needs.push((item, "limits", t, row));
                    out.laws.push(Law {
                        region,
                        name,
                        source,
                        verified_at,
                    });
                }
            }
        }
        for t in silent_t.iter() {
            for row in &t.rows {
                let mut c = RowCheck::new(t, row, diags);
                let country = c.parsed("country", |v| {
                    crate::domain::CountryCode::parse(v)
                        .filter(|cc| cc.as_str() == v)
                        .ok_or(format!("{v:?} is not an ISO 3166-1 code written as GB"))
                });
                let source = c.source();
                let verified_at = c.date(today);
                if let Some(cc) = country {
                    if out.silent.iter().any(|s| s.country == cc) {
                        c.error("country", format!("{} has an earlier row", cc.as_str()));
                    }
                }
                if let (Some(country), Some(source), Some(verified_at), false) =
                    (country, source, verified_at, c.failed)
                {
                    needs.push((format!("silent/{}", country.as_str()), "text", t, row));
                    out.silent.push(Silent {
                        country,
                        source,
                        verified_at,
                    });
                }
            }
        }
        let mut expect_rows: Vec<(&Table, &super::table::Row)> = Vec::new();
        for t in expect_t.iter() {
            for row in &t.rows {
                let mut c = RowCheck::new(t, row, diags);
                let resource = c.required("resource").and_then(|v| {
                    let known = resources.contains(v);
                    if !known {
                        c.error("resource", format!("{v:?} is not a resource id"));
                    }
                    known.then(|| v.to_string())
                });
                let aspect = c.required("aspect").and_then(|v| {
                    let known = ASPECTS.contains(&v);
                    if !known {
                        c.error(
                            "aspect",
                            format!("{v:?} is not an aspect; known: {}", ASPECTS.join(" ")),
                        );
                    }
                    known.then(|| v.to_string())
                });
                let source = c.source();
                let verified_at = c.date(today);
                if let (Some(r), Some(a)) = (&resource, &aspect) {
                    if out
                        .expectations
                        .iter()
                        .any(|e| &e.resource == r && &e.aspect == a)
                    {
                        c.error("aspect", format!("{r} {a} has an earlier row"));
                    }
                }
                if let (Some(resource), Some(aspect), Some(source), Some(verified_at), false) =
                    (resource, aspect, source, verified_at, c.failed)
                {
                    expect_rows.push((t, row));
                    out.expectations.push(Expectation {
                        resource,
                        aspect,
                        source,
                        verified_at,
                    });
                }
            }
        }
        for (g, (t, row)) in out.guides.iter().zip(&guide_rows) {
            if g.steps.is_empty() {
                RowCheck::new(t, row, diags)
                    .error("guide", format!("{} has no steps in {STEPS}", g.id));
            }
        }

        // The sentences: every one belongs to a known item and field, once per language.
        let mut known: HashSet<(String, String)> = needs
            .iter()
            .map(|(item, field, ..)| (item.clone(), field.to_string()))
            .collect();
        for g in &out.guides {
            known.insert((format!("guide/{}", g.id), "title".into()));
        }
        for e in &out.expectations {
            known.insert((format!("expect/{}", e.resource), e.aspect.clone()));
        }
        // A line's description in other languages; its English is resources.csv's own.
        // Notes on a way to reach the emergency services (`emergency/US/911/sms`), where the
        // English has one: every language needs it.
        let mut english_notes: Vec<(String, &Table, &super::table::Row)> = Vec::new();
        let descriptions: HashSet<String> = resources
            .iter()
            .map(|id| format!("resource/{id}"))
            .collect();
        for (lang, t) in &texts_t {
            for row in &t.rows {
                let mut c = RowCheck::new(t, row, diags);
                let item = c.required("item");
                let field = c.required("field");
                let text = c.required("text");
                c.required("by");
                let reviewed = c.parsed("reviewed", yes_no);
                if let (Some(item), Some(field)) = (item, field) {
                    // A line's name in another language, as its operator writes it there
                    // ("Jeunesse, J'écoute"); English is the name column of resources.csv.
                    let name = field == "name" && descriptions.contains(item);
                    if name && *lang == UiLanguage::En {
                        c.error(
                            "item",
                            format!("{item}'s English name is the name column of resources.csv"),
                        );
                    }
                    if let (Some(text), true) = (text, name) {
                        let n = text.chars().count();
                        if n > NAME_MAX {
                            c.error(
                                "text",
                                format!("{n} characters; a line's name has at most {NAME_MAX}"),
                            );
                        }
                    }
                    let description =
                        (field == "description" || name) && descriptions.contains(item);
                    let way_note = field == "note" && emergency_ways.contains(item);
                    if way_note && *lang == UiLanguage::En {
                        english_notes.push((item.to_string(), t, row));
                    }
                    if description && !name && *lang == UiLanguage::En {
                        c.error(
                            "item",
                            format!("{item}'s English description is the description column of resources.csv"),
                        );
                    } else if !description
                        && !way_note
                        && !known.contains(&(item.to_string(), field.to_string()))
                    {
                        c.error(
                            "item",
                            format!(
                                "{item} {field} belongs to no guide, step, law or line in the data"
                            ),
                        );
                    } else if out
                        .texts
                        .contains_key(&(*lang, item.to_string(), field.to_string()))
                    {
                        c.error("item", format!("{item} {field} is written twice"));
                    }
                    if let (Some(text), true) = (text, description) {
                        let n = text.chars().count();
                        if n > 200 {
                            c.error(
                                "text",
                                format!("{n} characters; a description has at most 200"),
                            );
                        }
                    }
                    if let (Some(text), "short") = (text, field) {
                        let n = text.chars().count();
                        if n > SHORT_MAX {
                            c.error(
                                "text",
                                format!("{n} characters; an SMS step has at most {SHORT_MAX}"),
                            );
                        }
                    }
                }
                if let (Some(item), Some(field), Some(text), Some(reviewed), false) =
                    (item, field, text, reviewed, c.failed)
                {
                    out.texts.insert(
                        (*lang, item.to_string(), field.to_string()),
                        Text {
                            text: text.to_string(),
                            by: c.get("by").unwrap_or_default().to_string(),
                            reviewed,
                        },
                    );
                }
            }
        }

        // Every language has every sentence a visitor is shown, with the same placeholders.
        for (lang, name) in UiLanguage::ALL.into_iter().zip(TEXTS) {
            for (g, (t, row)) in out.guides.iter().zip(&guide_rows) {
                let item = format!("guide/{}", g.id);
                if out.text(lang, &item, "title").is_none() {
                    RowCheck::new(t, row, diags)
                        .error("guide", format!("{item} has no title in {name}"));
                }
            }
            for (item, t, row) in &english_notes {
                if out.text(lang, item, "note").is_none() {
                    RowCheck::new(t, row, diags).error(
                        "item",
                        format!("{item} has no note in {name}: every language needs it"),
                    );
                }
            }
            for (item, field, t, row) in &needs {
                let english = out.text(UiLanguage::En, item, field);
                match out.text(lang, item, field) {
                    None => RowCheck::new(t, row, diags).error(
                        "source",
                        format!("{item} has no {field} in {name}: every language needs it"),
                    ),
                    Some(text) => {
                        if english
                            .is_some_and(|en| placeholders(&text.text) != placeholders(&en.text))
                        {
                            RowCheck::new(t, row, diags).error(
                                "source",
                                format!("{item} {field} in {name} has other {{placeholders}} than in English"),
                            );
                        }
                    }
                }
            }
        }
        for (e, (t, row)) in out.expectations.iter().zip(&expect_rows) {
            let item = format!("expect/{}", e.resource);
            if out.text(UiLanguage::En, &item, &e.aspect).is_none() {
                RowCheck::new(t, row, diags).error(
                    "aspect",
                    format!("{item} {} has no English text in {}", e.aspect, TEXTS[0]),
                );
            }
        }
        // Laws by country then code, for a country's subdivisions to be one slice.
        out.laws.sort_by(|a, b| {
            (a.region.country(), a.region.code()).cmp(&(b.region.country(), b.region.code()))
        });
        // Grouped by line, in the aspects' order, for the listing to take its slice.
        let aspect = |e: &Expectation| ASPECTS.iter().position(|a| *a == e.aspect);
        out.expectations
            .sort_by(|a, b| (&a.resource, aspect(a)).cmp(&(&b.resource, aspect(b))));
        let mut from = 0;
        for group in out.expectations.chunk_by(|a, b| a.resource == b.resource) {
            let to = from + group.len();
            out.expect_index
                .insert(group[0].resource.clone(), (from, to));
            from = to;
        }
        out
    }
}

fn yes_no(v: &str) -> Result<bool, String> {
    match v {
        "yes" => Ok(true),
        "no" => Ok(false),
        _ => Err(format!("{v:?}: write yes or no")),
    }
}

/// The `{name}` placeholders of a sentence, sorted.
fn placeholders(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    out.sort_unstable();
    out
}
