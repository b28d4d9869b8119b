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
        // Fluent wraps arguments in Unicode isolation marks (FSI, PDI) by default; they would
        // show up as stray characters in SMS replies and cost UCS-2 encoding, so only the
        // right-to-left languages keep them: there they lay out a number in a sentence left to
        // right ("0800 111 0 111" would otherwise read as "111 0 111 0800").
        customise: |bundle| {
            let rtl = bundle
                .locales
                .first()
                .and_then(|l| UiLanguage::for_tag(&l.to_string()))
                .is_some_and(|l| l.direction() == crate::domain::Direction::Rtl);
            bundle.set_use_isolating(rtl)
        },
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

/// How far a page language's strings have been read by a native speaker.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Review {
    /// The language the strings are written in.
    Original,
    /// A native speaker has read every string.
    Reviewed,
    /// A native-level review of the strings as they were then, since applied; strings added
    /// later not yet reviewed.
    Partly,
    /// Not yet reviewed by a native speaker.
    Unreviewed,
}

/// Who wrote a page language and how far it is reviewed, from `locales/languages.csv`.
#[derive(Clone, Debug)]
pub struct Translation {
    /// Who wrote or translated the strings.
    pub by: String,
    /// How far a native speaker has read them.
    pub review: Review,
}

static TRANSLATIONS: LazyLock<HashMap<UiLanguage, Translation>> = LazyLock::new(|| {
    let mut rows = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .from_reader(include_str!("../locales/languages.csv").as_bytes());
    rows.records()
        .filter_map(Result::ok)
        .filter_map(|row| {
            let lang = UiLanguage::parse(row.get(0)?)?;
            let review = match row.get(2)? {
                "original" => Review::Original,
                "yes" => Review::Reviewed,
                "partly" => Review::Partly,
                "no" => Review::Unreviewed,
                _ => return None,
            };
            let by = row.get(1)?.to_string();
            Some((lang, Translation { by, review }))
        })
        .collect()
});

/// Who wrote `lang`'s strings and how far they are reviewed (a test keeps every page language
/// in the file).
pub fn translation(lang: UiLanguage) -> Translation {
    TRANSLATIONS.get(&lang).cloned().unwrap_or(Translation {
        by: "lifelines".into(),
        review: Review::Unreviewed,
    })
}

/// `lang`'s own name and, in `reader`, who translated it and how far it is reviewed
/// ("Deutsch", "translated by lifelines; not yet reviewed by a native speaker").
pub fn translation_status(lang: UiLanguage, reader: UiLanguage) -> (String, String) {
    let tr = translation(lang);
    let key = match tr.review {
        Review::Original => "language-original",
        Review::Reviewed => "language-reviewed",
        Review::Partly => "language-partly",
        Review::Unreviewed => "language-unreviewed",
    };
    (
        t(lang, "language-name"),
        t_args(reader, key, &[("by", &tr.by)]),
    )
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
    // `zh-Hant-TW` is not simplified Chinese: the script goes along.
    let tag = match id.script {
        Some(script) => format!("{}-{}", id.language.as_str(), script.as_str()),
        None => id.language.as_str().to_string(),
    };
    UiLanguage::for_tag(&tag).filter(|l| UiLanguage::PAGES.contains(l))
}

/// The region's main language among the SMS reply languages ([`region_language`] where the
/// replies are written in it).
pub fn sms_region_language(region: Region) -> Option<UiLanguage> {
    region_language(region).filter(|l| UiLanguage::SMS.contains(l))
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
    and: icu_list::ListFormatter,
    unit: icu_list::ListFormatter,
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
                    and: icu_list::ListFormatter::try_new_and(
                        (&locale).into(),
                        icu_list::options::ListFormatterOptions::default()
                            .with_length(icu_list::options::ListLength::Wide),
                    )
                    .ok()?,
                    unit: icu_list::ListFormatter::try_new_unit(
                        (&locale).into(),
                        icu_list::options::ListFormatterOptions::default()
                            .with_length(icu_list::options::ListLength::Wide),
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

/// `items` joined as `lang` writes "A, B and C" (CLDR's list patterns: "A, B y C", "A、B、C").
pub fn and_list(lang: UiLanguage, items: &[String]) -> String {
    match cldr(lang) {
        Some(c) => c.and.format_to_string(items.iter()),
        None => items.join(", "),
    }
}

/// `items` listed as `lang` writes a plain list ("A, B, C"; "A، B، C"; "A、B、C").
pub fn list(lang: UiLanguage, items: &[String]) -> String {
    match cldr(lang) {
        Some(c) => c.unit.format_to_string(items.iter()),
        None => items.join(", "),
    }
}

/// `text` with each number in it that has more than one group ("0800 888 0700", "+20 2
/// 2081-6831") isolated left to right (FSI … PDI) when `lang` is written right to left, where
/// the groups would otherwise be laid out in reverse order; unchanged otherwise.
pub fn isolate_numbers(lang: UiLanguage, text: &str) -> String {
    if lang.direction() != crate::domain::Direction::Rtl {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 12);
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit()
            || (chars[i] == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit));
        if !starts {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // The run: digits, with single spaces, hyphens or dots between them.
        let mut end = i + 1;
        let mut grouped = false;
        while end < chars.len() {
            if chars[end].is_ascii_digit() {
                end += 1;
            } else if matches!(chars[end], ' ' | '-' | '.' | '\u{a0}')
                && chars.get(end + 1).is_some_and(char::is_ascii_digit)
            {
                grouped = true;
                end += 1;
            } else {
                break;
            }
        }
        let run: String = chars[i..end].iter().collect();
        if grouped || chars[i] == '+' {
            out.push('\u{2068}');
            out.push_str(&run);
            out.push('\u{2069}');
        } else {
            out.push_str(&run);
        }
        i = end;
    }
    out
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
const SUBDIVISION_FILES: &[(UiLanguage, &[&str])] = &[
    (
        UiLanguage::Es,
        &[
            include_str!("../locales/es/subdivisions.csv"),
            include_str!("../locales/es/subdivisions-iso-codes.csv"),
        ],
    ),
    (
        UiLanguage::Fr,
        &[
            include_str!("../locales/fr/subdivisions.csv"),
            include_str!("../locales/fr/subdivisions-iso-codes.csv"),
        ],
    ),
    (
        UiLanguage::De,
        &[include_str!("../locales/de/subdivisions-iso-codes.csv")],
    ),
    (
        UiLanguage::Pt,
        &[include_str!("../locales/pt/subdivisions-iso-codes.csv")],
    ),
    (
        UiLanguage::It,
        &[include_str!("../locales/it/subdivisions-iso-codes.csv")],
    ),
    (
        UiLanguage::Nl,
        &[include_str!("../locales/nl/subdivisions-iso-codes.csv")],
    ),
    (
        UiLanguage::Pl,
        &[include_str!("../locales/pl/subdivisions-iso-codes.csv")],
    ),
    (
        UiLanguage::Uk,
        &[include_str!("../locales/uk/subdivisions-iso-codes.csv")],
    ),
    (
        UiLanguage::Ja,
        &[include_str!("../locales/ja/subdivisions-iso-codes.csv")],
    ),
    (
        UiLanguage::Zh,
        &[include_str!(
            "../locales/zh-Hans/subdivisions-iso-codes.csv"
        )],
    ),
];

/// `(language, ISO 3166-2 code)` → name, from [`SUBDIVISION_FILES`].
static SUBDIVISION_NAMES: LazyLock<HashMap<(UiLanguage, String), String>> = LazyLock::new(|| {
    let mut names = HashMap::new();
    for (lang, files) in SUBDIVISION_FILES {
        for file in *files {
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
    fn a_grouped_number_in_right_to_left_text_is_isolated_and_nothing_else_changes() {
        assert_eq!(
            isolate_numbers(UiLanguage::Ar, "اتصل 0800 888 0700 (أو 02 2081 6831) 24/7"),
            "اتصل \u{2068}0800 888 0700\u{2069} (أو \u{2068}02 2081 6831\u{2069}) 24/7"
        );
        assert_eq!(
            isolate_numbers(UiLanguage::Ar, "+201234"),
            "\u{2068}+201234\u{2069}"
        );
        assert_eq!(isolate_numbers(UiLanguage::Ar, "اتصل بـ123"), "اتصل بـ123");
        assert_eq!(
            isolate_numbers(UiLanguage::De, "0800 111 0 111"),
            "0800 111 0 111"
        );
        let ar = |items: &[&str]| {
            list(
                UiLanguage::Ar,
                &items.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            )
        };
        assert!(!ar(&["أ", "ب"]).contains(", "), "{}", ar(&["أ", "ب"]));
        assert_eq!(
            list(
                UiLanguage::En,
                &["Crisis".into(), "Suicide".into(), "Youth".into()]
            ),
            "Crisis, Suicide, Youth"
        );
        assert_eq!(
            and_list(UiLanguage::Es, &["ambulancia".into(), "incendios".into()]),
            "ambulancia e incendios"
        );
    }

    #[test]
    fn every_page_language_says_who_translated_it() {
        let mut rows = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .from_reader(include_str!("../locales/languages.csv").as_bytes());
        let tags: Vec<String> = rows.records().map(|r| r.unwrap()[0].to_string()).collect();
        assert_eq!(tags, UiLanguage::PAGES.map(|l| l.tag()));
        assert_eq!(
            TRANSLATIONS.len(),
            UiLanguage::PAGES.len(),
            "a row did not parse"
        );
        assert_eq!(translation(UiLanguage::En).review, Review::Original);
        let (name, status) = translation_status(UiLanguage::De, UiLanguage::En);
        assert_eq!(name, "Deutsch");
        assert_eq!(
            status,
            "translated by lifelines; not yet reviewed by a native speaker"
        );
    }

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
        assert_eq!(lang("DE"), Some(UiLanguage::De));
        assert_eq!(lang("BR"), Some(UiLanguage::Pt));
        assert_eq!(lang("EG"), Some(UiLanguage::Ar));
        assert_eq!(lang("JP"), Some(UiLanguage::Ja));
        assert_eq!(lang("UA"), Some(UiLanguage::Uk));
        assert_eq!(lang("CN"), Some(UiLanguage::Zh));
        // Traditional characters are not simplified ones, and Korean is no page language.
        assert_eq!(lang("TW"), None);
        assert_eq!(lang("HK"), None);
        assert_eq!(lang("KR"), None);
        // SMS replies are in English, Spanish and French only.
        let sms = |code: &str| sms_region_language(Region::parse(code).unwrap());
        assert_eq!(sms("DE"), None);
        assert_eq!(sms("MX"), Some(UiLanguage::Es));
        // CLDR has no likely language for `und-CA`: English, the default, without saying so.
        assert_eq!(lang("CA-ON"), None);
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
                    let own = files.len() == 2 && i == 0;
                    let known = match own {
                        true => matches!(Region::parse(&code), Some(Region::Subdivision(..))),
                        false => code.split_once('-').is_some_and(|(cc, sub)| {
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
        // A language's own names come first, where it has any beside iso-codes' ones.
        for (lang, own) in SUBDIVISION_FILES
            .iter()
            .filter(|(_, files)| files.len() == 2)
            .map(|(lang, files)| (lang, files[0]))
        {
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

    /// Every page language's interface strings, English first.
    const MAIN: &[(&str, &str)] = &[
        ("en", include_str!("../locales/en/main.ftl")),
        ("es", include_str!("../locales/es/main.ftl")),
        ("fr", include_str!("../locales/fr/main.ftl")),
        ("de", include_str!("../locales/de/main.ftl")),
        ("pt", include_str!("../locales/pt/main.ftl")),
        ("it", include_str!("../locales/it/main.ftl")),
        ("nl", include_str!("../locales/nl/main.ftl")),
        ("pl", include_str!("../locales/pl/main.ftl")),
        ("uk", include_str!("../locales/uk/main.ftl")),
        ("ja", include_str!("../locales/ja/main.ftl")),
        ("zh-Hans", include_str!("../locales/zh-Hans/main.ftl")),
        ("hi", include_str!("../locales/hi/main.ftl")),
        ("ar", include_str!("../locales/ar/main.ftl")),
    ];

    /// The SMS replies, in the SMS languages, English first.
    const SMS: &[(&str, &str)] = &[
        ("en", include_str!("../locales/en/sms.ftl")),
        ("es", include_str!("../locales/es/sms.ftl")),
        ("fr", include_str!("../locales/fr/sms.ftl")),
    ];

    const FILES: &[(&str, &[(&str, &str)])] = &[("main.ftl", MAIN), ("sms.ftl", SMS)];

    #[test]
    fn the_files_are_the_languages_the_code_knows() {
        fn tags(files: &[(&'static str, &str)]) -> Vec<&'static str> {
            files.iter().map(|(t, _)| *t).collect()
        }
        assert_eq!(tags(MAIN), UiLanguage::PAGES.map(|l| l.tag()));
        assert_eq!(tags(SMS), UiLanguage::SMS.map(|l| l.tag()));
    }

    #[test]
    fn every_string_is_in_every_language_once_with_the_same_placeholders() {
        for (file, languages) in FILES {
            let english = keys(languages[0].1);
            for (tag, other) in &languages[1..] {
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
        for (_, languages) in FILES {
            for (key, vars) in keys(languages[0].1) {
                let mut args: HashMap<Cow<'static, str>, FluentValue> = vars
                    .into_iter()
                    .map(|v| (Cow::Owned(v), FluentValue::from("x")))
                    .collect();
                // As the code passes them, where a language uses them.
                for optional in OPTIONAL_ARGUMENTS {
                    args.insert(Cow::Borrowed(*optional), FluentValue::from(1));
                }
                for lang in languages
                    .iter()
                    .filter_map(|(tag, _)| UiLanguage::parse(tag))
                {
                    let own = LOCALES.lookup_no_default_fallback(id(lang), &key, Some(&args));
                    assert!(own.is_some_and(|s| !s.is_empty()), "{}: {key}", lang.tag());
                }
            }
        }
    }
}
