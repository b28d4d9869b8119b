//! The one place UI strings, names and times are put into a language: Fluent files in
//! `locales/` for the words, CLDR (through ICU4X) for what CLDR knows better than a table could:
//! a region's main language, country and language names, times and time-zone names.

use crate::domain::{CountryCode, LanguageTag, Region, UiLanguage};
use chrono::{DateTime, Datelike, Offset, Timelike, Utc};
use chrono_tz::Tz;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use icu_datetime::fieldsets::{self, zone::GenericLong};
use icu_datetime::input::{Date, Time, TimeZone, UtcOffset};
use icu_datetime::options::TimePrecision;
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu_experimental::displaynames::multi::{LanguageDisplayNames, RegionDisplayNames};
use icu_experimental::displaynames::DisplayNamesOptions;
use icu_locale::LocaleExpander;
use icu_time::zone::ZoneNameTimestamp;
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Fluent wraps arguments in Unicode isolation marks by default; they would show up as
        // stray characters in SMS replies and cost UCS-2 encoding.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static IDS: LazyLock<HashMap<UiLanguage, LanguageIdentifier>> = LazyLock::new(|| {
    UiLanguage::ALL
        .into_iter()
        .filter_map(|l| l.tag().parse().ok().map(|id| (l, id)))
        .collect()
});

fn id(lang: UiLanguage) -> &'static LanguageIdentifier {
    &IDS[&lang]
}

/// The string `key` in `lang`, falling back to English.
pub fn t(lang: UiLanguage, key: &str) -> String {
    LOCALES.lookup(id(lang), key)
}

/// The string `key` in `lang` with its `{ $name }` placeholders filled.
pub fn t_args(lang: UiLanguage, key: &str, args: &[(&'static str, &str)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(k, v)| (Cow::Borrowed(*k), FluentValue::from(v.to_string())))
        .collect();
    LOCALES.lookup_with_args(id(lang), key, &args)
}

/// As [`t_args`], with `numbers` passed as Fluent numbers, which a selector can match
/// (`[1] la`); a string `"1"` never matches a number key.
pub fn t_args_numbers(
    lang: UiLanguage,
    key: &str,
    args: &[(&'static str, &str)],
    numbers: &[(&'static str, i64)],
) -> String {
    let mut all: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(k, v)| (Cow::Borrowed(*k), FluentValue::from(v.to_string())))
        .collect();
    all.extend(
        numbers
            .iter()
            .map(|(k, n)| (Cow::Borrowed(*k), FluentValue::from(*n))),
    );
    LOCALES.lookup_with_args(id(lang), key, &all)
}

/// Arguments the code always passes to some strings, which a language may use or not: the
/// local `hour` (0–23) of a time, as a number, for the Spanish article ("a la 1:00", "a las
/// 2:00").
pub const OPTIONAL_ARGUMENTS: &[&str] = &["hour"];

static EXPANDER: LazyLock<LocaleExpander> = LazyLock::new(LocaleExpander::new_extended);

/// The region's main language among the page languages, from CLDR's likely subtags
/// (`und-MX` is `es-Latn-MX`); `None` where it is another language.
///
/// Likely subtags are per country. Two subdivisions speak another page language than their
/// country, and CLDR has no subdivision data to say so: Quebec (French) and Puerto Rico
/// (Spanish, also ISO's own country code `PR`, which CLDR does know).
pub fn region_language(region: Region) -> Option<UiLanguage> {
    let cc = region.country();
    let country = match region.code() {
        "CA-QC" => return Some(UiLanguage::Fr),
        "US-PR" => "PR",
        _ => cc.as_str(),
    };
    let mut id = icu_locale::LanguageIdentifier::try_from_str(&format!("und-{country}")).ok()?;
    EXPANDER.maximize(&mut id);
    UiLanguage::parse(id.language.as_str()).filter(|l| UiLanguage::PAGES.contains(l))
}

fn icu_locale(lang: UiLanguage) -> Option<icu_locale::Locale> {
    icu_locale::Locale::try_from_str(lang.tag()).ok()
}

/// One set of CLDR formatters per language, built once.
struct Cldr {
    regions: RegionDisplayNames,
    languages: LanguageDisplayNames,
    time: NoCalendarFormatter<fieldsets::T>,
    zone: NoCalendarFormatter<GenericLong>,
    weekday: FixedCalendarDateTimeFormatter<icu_calendar::Gregorian, fieldsets::E>,
}

static CLDR: LazyLock<HashMap<UiLanguage, Option<Cldr>>> = LazyLock::new(|| {
    UiLanguage::ALL
        .into_iter()
        .map(|lang| {
            let build = || -> Option<Cldr> {
                let locale = icu_locale(lang)?;
                Some(Cldr {
                    regions: RegionDisplayNames::try_new(
                        (&locale).into(),
                        DisplayNamesOptions::default(),
                    )
                    .ok()?,
                    languages: LanguageDisplayNames::try_new(
                        (&locale).into(),
                        DisplayNamesOptions::default(),
                    )
                    .ok()?,
                    time: NoCalendarFormatter::try_new(
                        (&locale).into(),
                        fieldsets::T::short().with_time_precision(TimePrecision::Minute),
                    )
                    .ok()?,
                    zone: NoCalendarFormatter::try_new((&locale).into(), GenericLong).ok()?,
                    weekday: FixedCalendarDateTimeFormatter::try_new(
                        (&locale).into(),
                        fieldsets::E::long(),
                    )
                    .ok()?,
                })
            };
            (lang, build())
        })
        .collect()
});

fn cldr(lang: UiLanguage) -> Option<&'static Cldr> {
    CLDR.get(&lang).and_then(Option::as_ref)
}

/// A country's name in `lang` (CLDR's, e.g. `Estados Unidos`), falling back to the English one
/// the rest of the program uses.
pub fn country_name(country: CountryCode, lang: UiLanguage) -> String {
    cldr(lang)
        .and_then(|c| {
            let region = icu_locale::subtags::Region::try_from_str(country.as_str()).ok()?;
            c.regions.of(region).map(str::to_string)
        })
        .unwrap_or_else(|| country.name())
}

/// The subdivision names of each language other than English: the project's own
/// (`subdivisions.csv`), then Debian iso-codes' translations (`subdivisions-iso-codes.csv`,
/// generated by `scripts/subdivision-names.py`), the first file winning.
///
/// CLDR has subdivision names in English only, and ICU4X none at all, so a table is the only
/// way to say `Québec` or `Nueva York`; ISO's own names stay the fallback.
const SUBDIVISION_FILES: &[(UiLanguage, [&str; 2])] = &[
    (
        UiLanguage::Es,
        [
            include_str!("../locales/es/subdivisions.csv"),
            include_str!("../locales/es/subdivisions-iso-codes.csv"),
        ],
    ),
    (
        UiLanguage::Fr,
        [
            include_str!("../locales/fr/subdivisions.csv"),
            include_str!("../locales/fr/subdivisions-iso-codes.csv"),
        ],
    ),
];

/// `(language, ISO 3166-2 code)` → name, from [`SUBDIVISION_FILES`].
static SUBDIVISION_NAMES: LazyLock<HashMap<(UiLanguage, String), String>> = LazyLock::new(|| {
    let mut names = HashMap::new();
    for (lang, files) in SUBDIVISION_FILES {
        for file in files {
            for (code, name) in subdivision_rows(file) {
                names.entry((*lang, code)).or_insert(name);
            }
        }
    }
    names
});

/// The `code,name` pairs of one subdivision-name file (`#` lines are comments).
fn subdivision_rows(file: &str) -> Vec<(String, String)> {
    csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .flexible(true)
        .from_reader(file.as_bytes())
        .records()
        .filter_map(Result::ok)
        .filter_map(|r| Some((r.get(0)?.to_string(), r.get(1)?.to_string())))
        .collect()
}

/// A region's own name in `lang`: the country's CLDR name; for a subdivision, its name in
/// `lang` where the project or iso-codes gives one, else its ISO 3166-2 name (the local one).
pub fn region_name(region: Region, lang: UiLanguage) -> String {
    match region {
        Region::Country(c) => country_name(c, lang),
        Region::Subdivision(_, code) => SUBDIVISION_NAMES
            .get(&(lang, code.to_string()))
            .cloned()
            .unwrap_or_else(|| region.name()),
    }
}

/// `California, Estados Unidos`.
pub fn full_region_name(region: Region, lang: UiLanguage) -> String {
    match region {
        Region::Country(c) => country_name(c, lang),
        Region::Subdivision(c, _) => {
            format!("{}, {}", region_name(region, lang), country_name(c, lang))
        }
    }
}

/// A language's name in `lang`, e.g. `español`.
pub fn language_name(tag: &LanguageTag, lang: UiLanguage) -> String {
    cldr(lang)
        .and_then(|c| {
            let primary = tag.as_str().split('-').next()?;
            let language = icu_locale::subtags::Language::try_from_str(primary).ok()?;
            c.languages.of(language).map(str::to_string)
        })
        .unwrap_or_else(|| tag.english_name().to_string())
}

/// A moment as a visitor of a line in `tz` reads it: the local time, the weekday when it is not
/// today there, and the zone's name (`11:00 PM`, `Pacific Time`, `Tuesday`).
pub struct LocalMoment {
    /// `11:00 PM`, `23:00`.
    pub time: String,
    /// The local hour, 0–23, for words that change with it (Spanish "la 1:00", "las 2:00").
    pub hour: u32,
    /// `Pacific Time`, `heure du Pacifique`.
    pub zone: String,
    /// `Tuesday`, when the moment is on another day than `now` in that zone.
    pub weekday: Option<String>,
}

/// Formats `at` in `tz` for `lang`, relative to `now` (for the weekday).
pub fn local_moment(
    at: DateTime<Utc>,
    now: DateTime<Utc>,
    tz: Tz,
    lang: UiLanguage,
) -> LocalMoment {
    let local = at.with_timezone(&tz);
    let fallback = || LocalMoment {
        time: local.format("%H:%M").to_string(),
        hour: local.hour(),
        zone: tz.name().to_string(),
        weekday: None,
    };
    let Some(c) = cldr(lang) else {
        return fallback();
    };
    let Ok(time) = Time::try_new(local.hour() as u8, local.minute() as u8, 0, 0) else {
        return fallback();
    };
    let offset = local.offset().fix().local_minus_utc();
    let zone = TimeZone::from_iana_id(tz.name())
        .with_offset(UtcOffset::try_from_seconds(offset).ok())
        .with_zone_name_timestamp(ZoneNameTimestamp::from_epoch_seconds(at.timestamp()));
    let weekday = (local.date_naive() != now.with_timezone(&tz).date_naive())
        .then(|| {
            Date::try_new_gregorian(local.year(), local.month() as u8, local.day() as u8)
                .ok()
                .map(|d| c.weekday.format(&d).to_string())
        })
        .flatten();
    LocalMoment {
        time: c.time.format(&time).to_string(),
        hour: local.hour(),
        zone: c.zone.format(&zone).to_string(),
        weekday,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Topic;
    use chrono::TimeZone as _;

    #[test]
    fn every_topic_has_a_label_and_placeholders_fill_in() {
        for topic in Topic::ALL {
            let label = t(UiLanguage::En, &topic.label_key());
            assert!(
                !label.is_empty() && !label.starts_with("Unknown"),
                "{topic}: {label}"
            );
        }
        assert_eq!(
            t_args(UiLanguage::En, "call", &[("number", "988")]),
            "Call 988"
        );
    }

    #[test]
    fn a_regions_main_language_comes_from_likely_subtags() {
        let lang = |code: &str| region_language(Region::parse(code).unwrap());
        assert_eq!(lang("MX"), Some(UiLanguage::Es));
        assert_eq!(lang("ES"), Some(UiLanguage::Es));
        assert_eq!(lang("AR"), Some(UiLanguage::Es));
        assert_eq!(lang("FR"), Some(UiLanguage::Fr));
        assert_eq!(lang("CA-QC"), Some(UiLanguage::Fr));
        assert_eq!(lang("US-PR"), Some(UiLanguage::Es));
        assert_eq!(lang("US"), Some(UiLanguage::En));
        // CLDR has no likely language for `und-CA`: English, the default, without saying so.
        assert_eq!(lang("CA-ON"), None);
        assert_eq!(lang("DE"), None);
    }

    #[test]
    fn names_come_in_the_page_language() {
        let us = CountryCode::parse("US").unwrap();
        assert_eq!(country_name(us, UiLanguage::Es), "Estados Unidos");
        assert_eq!(country_name(us, UiLanguage::Fr), "États-Unis");
        assert_eq!(
            full_region_name(Region::parse("US-CA").unwrap(), UiLanguage::Es),
            "California, Estados Unidos"
        );
        let name = |code: &str, lang| region_name(Region::parse(code).unwrap(), lang);
        // The project's own names, iso-codes' where it has none, ISO's where neither does.
        assert_eq!(name("CA-QC", UiLanguage::Fr), "Québec");
        assert_eq!(name("CA-PE", UiLanguage::Fr), "Île-du-Prince-Édouard");
        assert_eq!(name("GB-SCT", UiLanguage::Es), "Escocia");
        assert_eq!(name("US-NY", UiLanguage::Es), "Nueva York");
        assert_eq!(name("US-CA", UiLanguage::Fr), "Californie");
        assert_eq!(name("CA-QC", UiLanguage::En), "Quebec");
        assert_eq!(name("US-TX", UiLanguage::Es), "Texas");
        assert_eq!(
            full_region_name(Region::parse("CA-QC").unwrap(), UiLanguage::Fr),
            "Québec, Canada"
        );
        let es = LanguageTag::parse("es").unwrap();
        assert_eq!(language_name(&es, UiLanguage::Es), "español");
        assert_eq!(language_name(&es, UiLanguage::En), "Spanish");
    }

    #[test]
    fn spanish_says_la_for_one_oclock_and_las_for_the_other_hours() {
        let status = |key: &str, hour: i64, time: &str| {
            t_args_numbers(
                UiLanguage::Es,
                key,
                &[
                    ("time", time),
                    ("zone", "hora del Pacífico"),
                    ("day", "lunes"),
                ],
                &[("hour", hour)],
            )
        };
        assert_eq!(
            status("open-until", 1, "01:00"),
            "Abierto ahora · hasta la 01:00 (hora del Pacífico)"
        );
        assert_eq!(
            status("open-until", 13, "13:00"),
            "Abierto ahora · hasta las 13:00 (hora del Pacífico)"
        );
        assert_eq!(
            status("closed-opens-day", 1, "01:30"),
            "Cerrado · abre el lunes a la 01:30 (hora del Pacífico)"
        );
        assert_eq!(
            status("closed-opens", 0, "00:00"),
            "Cerrado · abre a las 00:00 (hora del Pacífico)"
        );
        // English and French have no such word: the hour is passed and unused.
        assert_eq!(
            t_args_numbers(
                UiLanguage::Fr,
                "open-until",
                &[("time", "01:00"), ("zone", "heure du Pacifique")],
                &[("hour", 1)],
            ),
            "Ouvert · jusqu’à 01:00 (heure du Pacifique)"
        );
    }

    #[test]
    fn times_read_in_the_lines_own_zone() {
        let la: Tz = "America/Los_Angeles".parse().unwrap();
        // 2026-07-01 06:00 UTC is 23:00 the day before in Los Angeles (PDT).
        let at = Utc.with_ymd_and_hms(2026, 7, 1, 6, 0, 0).unwrap();
        let now = Utc.with_ymd_and_hms(2026, 6, 30, 20, 0, 0).unwrap();
        let en = local_moment(at, now, la, UiLanguage::En);
        assert_eq!(en.time.replace('\u{202f}', " "), "11:00 PM");
        assert_eq!(en.zone, "Pacific Time");
        assert_eq!(en.weekday, None);
        let es = local_moment(at, now, la, UiLanguage::Es);
        assert_eq!(es.time, "23:00");
        let tomorrow = local_moment(at + chrono::Duration::hours(12), now, la, UiLanguage::En);
        assert_eq!(tomorrow.weekday.as_deref(), Some("Wednesday"));
    }
}

#[cfg(test)]
mod subdivision_files {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_row_names_a_subdivision_once_with_a_name() {
        for (lang, files) in SUBDIVISION_FILES {
            for (i, file) in files.iter().enumerate() {
                let rows = subdivision_rows(file);
                assert!(!rows.is_empty(), "{}: empty file", lang.tag());
                let mut seen = HashSet::new();
                for (code, name) in rows {
                    // The project's own names are for subdivisions the ISO tables used
                    // everywhere else know; iso-codes may be a release ahead of them (FR-GP),
                    // and such a name is simply never asked for.
                    let known = match i {
                        0 => matches!(Region::parse(&code), Some(Region::Subdivision(..))),
                        _ => code.split_once('-').is_some_and(|(cc, sub)| {
                            CountryCode::parse(cc).is_some()
                                && (1..=3).contains(&sub.len())
                                && sub.bytes().all(|b| b.is_ascii_alphanumeric())
                        }),
                    };
                    assert!(known, "{}: {code} is no ISO 3166-2 code", lang.tag());
                    assert!(
                        !name.trim().is_empty(),
                        "{}: {code} has no name",
                        lang.tag()
                    );
                    assert!(seen.insert(code.clone()), "{}: {code} twice", lang.tag());
                }
            }
        }
    }

    #[test]
    fn the_projects_own_names_say_who_wrote_them_and_whether_they_were_reviewed() {
        for (lang, [own, _]) in SUBDIVISION_FILES {
            let mut rows = csv::ReaderBuilder::new()
                .comment(Some(b'#'))
                .from_reader(own.as_bytes());
            let headers = rows.headers().unwrap().clone();
            assert_eq!(
                headers.iter().collect::<Vec<_>>(),
                ["code", "name", "by", "reviewed"]
            );
            for row in rows.records() {
                let row = row.unwrap();
                assert!(!row[2].is_empty(), "{}: {} has no by", lang.tag(), &row[0]);
                assert!(
                    ["yes", "no"].contains(&&row[3]),
                    "{}: {} reviewed is yes or no",
                    lang.tag(),
                    &row[0]
                );
            }
        }
    }
}

#[cfg(test)]
mod completeness {
    use super::*;
    use std::collections::BTreeSet;

    /// Each `key = value` entry of a Fluent file (its value may go on over indented lines, as
    /// a selector does), with the `$variables` its value uses.
    fn keys(ftl: &str) -> Vec<(String, BTreeSet<String>)> {
        let mut entries: Vec<(String, String)> = Vec::new();
        for l in ftl.lines().filter(|l| !l.starts_with('#')) {
            match (l.starts_with(' '), l.split_once(" = "), entries.last_mut()) {
                (true, _, Some((_, value))) => value.push_str(l),
                (false, Some((k, v)), _) => entries.push((k.trim().to_string(), v.to_string())),
                _ => {}
            }
        }
        entries
            .into_iter()
            .map(|(k, v)| {
                let vars = v
                    .split('$')
                    .skip(1)
                    .map(|rest| {
                        rest.chars()
                            .take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
                            .collect()
                    })
                    .collect();
                (k, vars)
            })
            .collect()
    }

    /// The placeholders a string must keep: its variables but those the code always passes
    /// and a language may leave unused ([`OPTIONAL_ARGUMENTS`]).
    fn required(vars: &BTreeSet<String>) -> BTreeSet<&String> {
        vars.iter()
            .filter(|v| !OPTIONAL_ARGUMENTS.contains(&v.as_str()))
            .collect()
    }

    const FILES: &[(&str, [&str; 3])] = &[
        (
            "main.ftl",
            [
                include_str!("../locales/en/main.ftl"),
                include_str!("../locales/es/main.ftl"),
                include_str!("../locales/fr/main.ftl"),
            ],
        ),
        (
            "sms.ftl",
            [
                include_str!("../locales/en/sms.ftl"),
                include_str!("../locales/es/sms.ftl"),
                include_str!("../locales/fr/sms.ftl"),
            ],
        ),
    ];

    #[test]
    fn every_string_is_in_every_language_once_with_the_same_placeholders() {
        for (file, [en, es, fr]) in FILES {
            let english = keys(en);
            for (tag, other) in [("es", es), ("fr", fr)] {
                let theirs = keys(other);
                let names: Vec<&String> = theirs.iter().map(|(k, _)| k).collect();
                let unique: BTreeSet<&String> = names.iter().copied().collect();
                assert_eq!(names.len(), unique.len(), "{tag}/{file}: a key twice");
                for (key, vars) in &english {
                    let found = theirs.iter().find(|(k, _)| k == key);
                    let Some((_, their_vars)) = found else {
                        panic!("{tag}/{file}: {key} is missing");
                    };
                    assert_eq!(
                        required(vars),
                        required(their_vars),
                        "{tag}/{file}: {key}'s placeholders"
                    );
                }
                for (key, _) in &theirs {
                    assert!(
                        english.iter().any(|(k, _)| k == key),
                        "{tag}/{file}: {key} is not in English"
                    );
                }
            }
        }
    }

    #[test]
    fn every_key_resolves_in_its_own_language_through_the_loader() {
        for (_, [en, ..]) in FILES {
            for (key, vars) in keys(en) {
                let mut args: HashMap<Cow<'static, str>, FluentValue> = vars
                    .into_iter()
                    .map(|v| (Cow::Owned(v), FluentValue::from("x")))
                    .collect();
                // As the code passes them, where a language uses them.
                for optional in OPTIONAL_ARGUMENTS {
                    args.insert(Cow::Borrowed(*optional), FluentValue::from(1));
                }
                for lang in UiLanguage::ALL {
                    let own = LOCALES.lookup_no_default_fallback(id(lang), &key, Some(&args));
                    assert!(own.is_some_and(|s| !s.is_empty()), "{}: {key}", lang.tag());
                }
            }
        }
    }
}
