//! The index an inbound text is read with, built once per data snapshot from the word files
//! ([`super::vocab`]) and the ISO 3166 names of `rust_iso3166`: every place name, topic word and
//! filler word by its normalised key, and the carrier keywords.
//!
//! Every key is normalised the way the text is (see [`crate::text`]), so `Québec`, `QUEBEC`
//! and `quebec` are one key.

use super::vocab::{Keyword, Meaning, Vocab};
use crate::domain::{CountryCode, Region, Topic, UiLanguage};
use crate::text::phrase;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::LazyLock;

/// Countries whose subdivisions people name from anywhere ("california" from a UK phone):
/// their names match for every sender. Other countries' subdivisions match only for senders
/// in that country, or when the text names the country too, so a French département called
/// `Lot` or an Italian province called `Como` never captures an unrelated text.
const WELL_KNOWN: &[&str] = &["US", "CA", "AU", "MX", "IN", "PK"];

/// How widely a place name is recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// From any sender.
    Everywhere,
    /// Only from senders in the region's country, or with the country named in the text.
    InCountry,
}

/// One region a place name can mean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlaceHit {
    /// The region.
    pub region: Region,
    /// When the name counts.
    pub reach: Reach,
    /// Whether it came from the alias table (aliases win over ISO names).
    pub alias: bool,
}

/// What a word or phrase of the text is.
#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    /// A place name, with every region it can mean.
    Place(Vec<PlaceHit>, Option<UiLanguage>),
    /// A topic word.
    Topic(Topic, Option<UiLanguage>),
    /// A word for one situation: its guide's topic, and the guide.
    Guide(Topic, String, Option<UiLanguage>),
    /// A word that says the person cannot call or speak.
    NoVoice(Option<UiLanguage>),
    /// A word that carries neither.
    Filler(Option<UiLanguage>),
}

/// Every known word and phrase of one data snapshot.
pub struct Lexicon {
    entries: HashMap<String, Entry>,
    longest: usize,
    keywords: HashMap<String, (Keyword, Option<UiLanguage>)>,
    counts: Counts,
    missing: Vec<&'static str>,
}

/// How many rows each word file gave, for `lifelines check` to print.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Carrier keywords.
    pub keywords: usize,
    /// Topic words and phrases.
    pub topic_words: usize,
    /// Filler words and phrases.
    pub filler_words: usize,
    /// Words and phrases for not being able to call or speak.
    pub no_voice_words: usize,
    /// Place aliases.
    pub aliases: usize,
    /// ISO names that are not read as places.
    pub not_places: usize,
}

impl fmt::Display for Counts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} keywords, {} topic words, {} words for not being able to call, {} filler words, \
             {} place aliases, {} names that are not places",
            self.keywords,
            self.topic_words,
            self.no_voice_words,
            self.filler_words,
            self.aliases,
            self.not_places
        )
    }
}

impl Lexicon {
    /// Indexes the ISO 3166 names with `vocab`'s words: aliases win over the ISO names of their
    /// key, topic and filler words over any place name of theirs, and ISO names that are
    /// everyday words (or shorter than three letters) are left out.
    /// `guide_topic` gives the topic of a guide a word names (`None` for a guide the data does
    /// not have: the loader reports it, and the word is left out).
    pub fn new(vocab: &Vocab, guide_topic: impl Fn(&str) -> Option<Topic>) -> Lexicon {
        let not_places: HashSet<&str> = vocab.not_places.iter().map(String::as_str).collect();
        let mut places: HashMap<String, (Vec<PlaceHit>, Option<UiLanguage>)> = HashMap::new();
        let mut add = |key: &str, hit: PlaceHit, lang: Option<UiLanguage>| {
            if key.chars().count() < 3 && !hit.alias {
                return;
            }
            if !hit.alias && not_places.contains(key) {
                return;
            }
            let (hits, l) = places.entry(key.to_string()).or_default();
            if hit.alias && !hits.iter().all(|h| h.alias) {
                hits.retain(|h| h.alias);
            }
            if hits.iter().any(|h| h.alias) && !hit.alias {
                return;
            }
            if !hits.iter().any(|h| h.region == hit.region) {
                hits.push(hit);
            }
            *l = l.or(lang);
        };
        for (key, hit) in ISO_NAMES.iter() {
            add(key, *hit, None);
        }
        for (name, region, lang) in &vocab.aliases {
            let hit = PlaceHit {
                region: *region,
                reach: Reach::Everywhere,
                alias: true,
            };
            add(&phrase(name), hit, *lang);
        }
        let mut entries: HashMap<String, Entry> = places
            .into_iter()
            .map(|(k, (hits, lang))| (k, Entry::Place(hits, lang)))
            .collect();
        let mut counts = Counts {
            keywords: vocab.keywords.len(),
            aliases: vocab.aliases.len(),
            not_places: vocab.not_places.len(),
            ..Counts::default()
        };
        // Topic and filler words win over a place name of the same spelling.
        for (word, meaning, lang) in &vocab.words {
            let entry = match meaning {
                Meaning::Topic(topic) => {
                    counts.topic_words += 1;
                    Entry::Topic(*topic, *lang)
                }
                Meaning::Guide(guide) => {
                    let Some(topic) = guide_topic(guide) else {
                        continue;
                    };
                    counts.topic_words += 1;
                    Entry::Guide(topic, guide.clone(), *lang)
                }
                Meaning::NoVoice => {
                    counts.no_voice_words += 1;
                    Entry::NoVoice(*lang)
                }
                Meaning::Filler => {
                    counts.filler_words += 1;
                    Entry::Filler(*lang)
                }
            };
            entries.insert(phrase(word), entry);
        }
        let longest = entries
            .keys()
            .map(|k| k.split(' ').count())
            .max()
            .unwrap_or(1);
        let keywords = vocab
            .keywords
            .iter()
            .map(|(word, kind, lang)| (word.clone(), (*kind, *lang)))
            .collect();
        Lexicon {
            entries,
            longest,
            keywords,
            counts,
            missing: vocab.missing().to_vec(),
        }
    }

    /// The keyword a whole text is, if it is one: `"Stop."`, `" ARRÊT "`, `"stop all"`.
    pub fn keyword(&self, text_words: &[String]) -> Option<(Keyword, Option<UiLanguage>)> {
        self.keywords.get(&text_words.concat()).copied()
    }

    /// How many rows each word file gave.
    pub fn counts(&self) -> Counts {
        self.counts
    }

    /// The word files that were absent.
    pub fn missing(&self) -> &[&'static str] {
        &self.missing
    }

    /// The longest known phrase at the start of `words`, and how many words it spans.
    pub fn longest_match(&self, words: &[String]) -> Option<(usize, &Entry)> {
        let max = self.longest.min(words.len());
        (1..=max).rev().find_map(|n| {
            self.entries
                .get(&words[..n].join(" "))
                .map(|entry| (n, entry))
        })
    }

    /// What one normalised phrase is, if known.
    pub fn get(&self, phrase: &str) -> Option<&Entry> {
        self.entries.get(phrase)
    }
}

/// Every ISO 3166 country and subdivision name in each form people type, normalised, with the
/// region it names. They come from the `rust_iso3166` crate, not from the data, so they are
/// normalised once per process: a snapshot's lexicon is then built in a few milliseconds.
static ISO_NAMES: LazyLock<Vec<(String, PlaceHit)>> = LazyLock::new(|| {
    let mut out = Vec::new();
    for c in rust_iso3166::ALL {
        let Some(cc) = CountryCode::parse(c.alpha2) else {
            continue;
        };
        let hit = PlaceHit {
            region: Region::Country(cc),
            reach: Reach::Everywhere,
            alias: false,
        };
        for name in name_forms(c.name).into_iter().chain([cc.name()]) {
            out.push((phrase(&name), hit));
        }
        for sub in cc.subdivisions() {
            let Some(region) = Region::parse(sub.code) else {
                continue;
            };
            let reach = if well_known(sub) {
                Reach::Everywhere
            } else {
                Reach::InCountry
            };
            let hit = PlaceHit {
                region,
                reach,
                alias: false,
            };
            for name in name_forms(sub.name) {
                out.push((phrase(&name), hit));
            }
        }
    }
    out
});

/// The forms of an ISO name people type: whole, without a parenthetical qualifier
/// ("Bolivia (Plurinational State of)"), and before an inverted part ("London, City of").
fn name_forms(name: &str) -> Vec<String> {
    let mut forms = vec![name.to_string()];
    if let Some(i) = name.find(" (") {
        forms.push(name[..i].to_string());
    }
    if let Some(i) = name.find(", ") {
        forms.push(name[..i].to_string());
    }
    forms
}

fn well_known(sub: &rust_iso3166::iso3166_2::Subdivision) -> bool {
    if WELL_KNOWN.contains(&sub.country_code) {
        return true;
    }
    // The United Kingdom's four nations, not its 200-odd council areas and boroughs.
    sub.country_code == "GB" && matches!(sub.subdivision_type, "Country" | "Province")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let vocab = Vocab::load(&data).expect("the repository's word files are valid");
        assert!(vocab.missing().is_empty());
        Lexicon::new(&vocab, |_| None)
    });

    fn place_codes(phrase: &str) -> Vec<String> {
        match LEXICON.get(phrase) {
            Some(Entry::Place(hits, _)) => hits.iter().map(|h| h.region.to_string()).collect(),
            other => panic!("{phrase}: {other:?}"),
        }
    }

    #[test]
    fn iso_names_are_indexed_in_every_form() {
        assert_eq!(place_codes("california"), ["US-CA"]);
        assert_eq!(place_codes("bolivia"), ["BO"]);
        assert_eq!(place_codes("new york"), ["US-NY"]);
        assert_eq!(place_codes("united kingdom"), ["GB"]);
        assert_eq!(place_codes("quebec"), ["CA-QC"]);
        let mut georgia = place_codes("georgia");
        georgia.sort();
        assert_eq!(georgia, ["GE", "US-GA"]);
        let mut punjab = place_codes("punjab");
        punjab.sort();
        assert_eq!(punjab, ["IN-PB", "PK-PB"]);
        // An alias replaces the ISO names of its key.
        assert_eq!(place_codes("mexico"), ["MX"]);
    }

    #[test]
    fn everyday_words_are_not_places() {
        for w in [
            "para", "como", "mon", "lot", "north", "bar", "help", "trip", "meta",
        ] {
            assert!(
                !matches!(LEXICON.get(w), Some(Entry::Place(hits, _)) if hits.iter().any(|h| h.reach == Reach::Everywhere)),
                "{w} must not be a place everywhere"
            );
        }
    }

    #[test]
    fn without_word_files_only_the_iso_names_are_known() {
        let lexicon = Lexicon::new(&Vocab::default(), |_| None);
        assert_eq!(lexicon.counts(), Counts::default());
        assert!(lexicon.keyword(&["stop".to_string()]).is_none());
        assert!(lexicon.get("trip").is_none());
        assert!(matches!(lexicon.get("california"), Some(Entry::Place(..))));
        // With no not-place list, a compass point is the ISO name it also is.
        assert!(matches!(lexicon.get("north"), Some(Entry::Place(..))));
    }
}
