//! The words an inbound text is read with: carrier keywords, topic words, filler words, and
//! place names (ISO 3166 names from `rust_iso3166`, plus a small table of Spanish and French
//! names and common short forms).
//!
//! Every key is stored normalised the way the text is (see [`super::understand::words`]), so
//! `Québec`, `QUEBEC` and `quebec` are one key.

use super::understand::words;
use crate::domain::{CountryCode, Region, Topic, UiLanguage};
use std::collections::HashMap;
use std::sync::LazyLock;

use UiLanguage::{En, Es, Fr};

/// A carrier keyword, answered before anything else and never read as a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keyword {
    /// `HELP`, `INFO`, `AYUDA`, `AIDE`: how to use the line.
    Help,
    /// `STOP` and its synonyms: confirm that nothing more will be sent.
    Stop,
    /// `START`, `UNSTOP`: confirm the opt-in.
    Start,
}

/// The keywords, each alone as the whole text, with the language the word tells (if any).
/// `INFO`, `STOP` and `START` are used as-is in every language, so they tell none.
const KEYWORDS: &[(&str, Keyword, Option<UiLanguage>)] = &[
    ("help", Keyword::Help, Some(En)),
    ("info", Keyword::Help, None),
    ("ayuda", Keyword::Help, Some(Es)),
    ("aide", Keyword::Help, Some(Fr)),
    ("stop", Keyword::Stop, None),
    ("stopall", Keyword::Stop, None),
    ("unsubscribe", Keyword::Stop, Some(En)),
    ("cancel", Keyword::Stop, Some(En)),
    ("end", Keyword::Stop, Some(En)),
    ("quit", Keyword::Stop, Some(En)),
    ("arret", Keyword::Stop, Some(Fr)),
    // Twilio also treats these as opt-outs on its numbers; answering them the same way keeps
    // the reply and the carrier's state in agreement.
    ("revoke", Keyword::Stop, Some(En)),
    ("optout", Keyword::Stop, Some(En)),
    ("start", Keyword::Start, None),
    ("unstop", Keyword::Start, None),
];

/// The keyword a whole text is, if it is one: `"Stop."`, `" ARRÊT "`, `"stop all"`.
pub fn keyword(text_words: &[String]) -> Option<(Keyword, Option<UiLanguage>)> {
    let joined: String = text_words.concat();
    KEYWORDS
        .iter()
        .find(|(word, ..)| *word == joined)
        .map(|(_, k, lang)| (*k, *lang))
}

/// Topic words and phrases in the three languages. A word used the same way in several of
/// them (`suicide` in English and French, `crisis` in English and Spanish) tells no language.
const TOPIC_WORDS: &[(&str, Topic, Option<UiLanguage>)] = &[
    // crisis
    ("crisis", Topic::Crisis, None),
    ("crise", Topic::Crisis, Some(Fr)),
    ("panic", Topic::Crisis, Some(En)),
    ("panic attack", Topic::Crisis, Some(En)),
    ("panico", Topic::Crisis, Some(Es)),
    ("panique", Topic::Crisis, Some(Fr)),
    // suicide
    ("suicide", Topic::Suicide, None),
    ("suicidal", Topic::Suicide, Some(En)),
    ("kill myself", Topic::Suicide, Some(En)),
    ("suicidio", Topic::Suicide, Some(Es)),
    ("suicida", Topic::Suicide, Some(Es)),
    ("suicidaire", Topic::Suicide, Some(Fr)),
    // psychedelic
    ("trip", Topic::Psychedelic, Some(En)),
    ("tripping", Topic::Psychedelic, Some(En)),
    ("bad trip", Topic::Psychedelic, Some(En)),
    ("psychedelic", Topic::Psychedelic, Some(En)),
    ("psychedelics", Topic::Psychedelic, Some(En)),
    ("shrooms", Topic::Psychedelic, Some(En)),
    ("mushrooms", Topic::Psychedelic, Some(En)),
    ("lsd", Topic::Psychedelic, None),
    ("acid", Topic::Psychedelic, Some(En)),
    ("dmt", Topic::Psychedelic, None),
    ("ayahuasca", Topic::Psychedelic, None),
    ("psilocybin", Topic::Psychedelic, Some(En)),
    ("viaje", Topic::Psychedelic, Some(Es)),
    ("mal viaje", Topic::Psychedelic, Some(Es)),
    ("psicodelico", Topic::Psychedelic, Some(Es)),
    ("psicodelicos", Topic::Psychedelic, Some(Es)),
    ("psicodelicas", Topic::Psychedelic, Some(Es)),
    ("hongos", Topic::Psychedelic, Some(Es)),
    ("psilocibina", Topic::Psychedelic, Some(Es)),
    ("psychedelique", Topic::Psychedelic, Some(Fr)),
    ("psychedeliques", Topic::Psychedelic, Some(Fr)),
    ("champignons", Topic::Psychedelic, Some(Fr)),
    ("bad tripe", Topic::Psychedelic, Some(Fr)),
    // overdose
    ("overdose", Topic::Overdose, None),
    ("overdosing", Topic::Overdose, Some(En)),
    ("od", Topic::Overdose, Some(En)),
    ("oding", Topic::Overdose, Some(En)),
    ("naloxone", Topic::Overdose, None),
    ("narcan", Topic::Overdose, None),
    ("sobredosis", Topic::Overdose, Some(Es)),
    ("surdose", Topic::Overdose, Some(Fr)),
    // substance use
    ("drugs", Topic::SubstanceUse, Some(En)),
    ("drug", Topic::SubstanceUse, Some(En)),
    ("addiction", Topic::SubstanceUse, None),
    ("addicted", Topic::SubstanceUse, Some(En)),
    ("alcohol", Topic::SubstanceUse, None),
    ("rehab", Topic::SubstanceUse, Some(En)),
    ("drogas", Topic::SubstanceUse, Some(Es)),
    ("droga", Topic::SubstanceUse, Some(Es)),
    ("adiccion", Topic::SubstanceUse, Some(Es)),
    ("meta", Topic::SubstanceUse, Some(Es)),
    ("drogue", Topic::SubstanceUse, Some(Fr)),
    ("drogues", Topic::SubstanceUse, Some(Fr)),
    ("alcool", Topic::SubstanceUse, Some(Fr)),
    ("dependance", Topic::SubstanceUse, Some(Fr)),
    // drug checking
    ("drug checking", Topic::DrugChecking, Some(En)),
    ("drug check", Topic::DrugChecking, Some(En)),
    ("drug testing", Topic::DrugChecking, Some(En)),
    ("test strips", Topic::DrugChecking, Some(En)),
    ("analisis de drogas", Topic::DrugChecking, Some(Es)),
    ("analyse de drogues", Topic::DrugChecking, Some(Fr)),
    // poison
    ("poison", Topic::Poison, None),
    ("poisoning", Topic::Poison, Some(En)),
    ("poisoned", Topic::Poison, Some(En)),
    ("veneno", Topic::Poison, Some(Es)),
    ("envenenamiento", Topic::Poison, Some(Es)),
    ("intoxicacion", Topic::Poison, Some(Es)),
    ("empoisonnement", Topic::Poison, Some(Fr)),
    ("intoxication", Topic::Poison, Some(Fr)),
    // mental health
    ("mental health", Topic::MentalHealth, Some(En)),
    ("anxiety", Topic::MentalHealth, Some(En)),
    ("depressed", Topic::MentalHealth, Some(En)),
    ("depression", Topic::MentalHealth, None),
    ("salud mental", Topic::MentalHealth, Some(Es)),
    ("ansiedad", Topic::MentalHealth, Some(Es)),
    ("depresion", Topic::MentalHealth, Some(Es)),
    ("sante mentale", Topic::MentalHealth, Some(Fr)),
    ("anxiete", Topic::MentalHealth, Some(Fr)),
    // peer support
    ("peer support", Topic::PeerSupport, Some(En)),
    ("peer", Topic::PeerSupport, Some(En)),
    ("apoyo entre pares", Topic::PeerSupport, Some(Es)),
    ("pairs aidants", Topic::PeerSupport, Some(Fr)),
    // LGBTQ+
    ("lgbt", Topic::Lgbtq, None),
    ("lgbtq", Topic::Lgbtq, None),
    ("lgbtqia", Topic::Lgbtq, None),
    ("lgbtq2s", Topic::Lgbtq, None),
    ("lgbti", Topic::Lgbtq, None),
    ("trans", Topic::Lgbtq, None),
    ("transgender", Topic::Lgbtq, Some(En)),
    ("gay", Topic::Lgbtq, None),
    ("queer", Topic::Lgbtq, None),
    // youth
    ("youth", Topic::Youth, Some(En)),
    ("teen", Topic::Youth, Some(En)),
    ("teens", Topic::Youth, Some(En)),
    ("kids", Topic::Youth, Some(En)),
    ("jovenes", Topic::Youth, Some(Es)),
    ("adolescente", Topic::Youth, Some(Es)),
    ("jeunes", Topic::Youth, Some(Fr)),
    ("jeunesse", Topic::Youth, Some(Fr)),
    ("ado", Topic::Youth, Some(Fr)),
    // veterans
    ("veteran", Topic::Veterans, Some(En)),
    ("veterans", Topic::Veterans, Some(En)),
    ("veterano", Topic::Veterans, Some(Es)),
    ("veteranos", Topic::Veterans, Some(Es)),
    ("anciens combattants", Topic::Veterans, Some(Fr)),
    ("veterans francais", Topic::Veterans, Some(Fr)),
    // domestic violence
    ("domestic violence", Topic::DomesticViolence, Some(En)),
    ("abuse", Topic::DomesticViolence, Some(En)),
    ("dv", Topic::DomesticViolence, Some(En)),
    ("violencia domestica", Topic::DomesticViolence, Some(Es)),
    ("maltrato", Topic::DomesticViolence, Some(Es)),
    ("violence conjugale", Topic::DomesticViolence, Some(Fr)),
    ("violence familiale", Topic::DomesticViolence, Some(Fr)),
    // sexual assault
    ("sexual assault", Topic::SexualAssault, Some(En)),
    ("rape", Topic::SexualAssault, Some(En)),
    ("raped", Topic::SexualAssault, Some(En)),
    ("agresion sexual", Topic::SexualAssault, Some(Es)),
    ("violacion", Topic::SexualAssault, Some(Es)),
    ("agression sexuelle", Topic::SexualAssault, Some(Fr)),
    ("viol", Topic::SexualAssault, Some(Fr)),
];

/// Words that carry no place or topic. They matter twice: a code like `CA` counts only when
/// it stands alone but for these, and some of them tell the language. Words that are also
/// subdivision names (`para` is a Brazilian state, `como` an Italian province, `mon` a state of
/// Myanmar, `lot` and `cher` French départements) are here so that they are read as the words
/// they are; those regions stay reachable by their ISO codes.
const FILLER_WORDS: &[(&str, Option<UiLanguage>)] = &[
    // English
    ("help", Some(En)),
    ("help me", Some(En)),
    ("please", Some(En)),
    ("pls", Some(En)),
    ("plz", Some(En)),
    ("need", Some(En)),
    ("i need", Some(En)),
    ("hello", Some(En)),
    ("hi", None),
    ("hey", Some(En)),
    ("info", None),
    ("information", None),
    ("urgent", None),
    ("now", Some(En)),
    ("line", Some(En)),
    ("lines", Some(En)),
    ("number", Some(En)),
    ("numbers", Some(En)),
    ("hotline", Some(En)),
    ("friend", Some(En)),
    ("someone", Some(En)),
    ("i", None),
    ("im", Some(En)),
    ("am", None),
    ("me", None),
    ("my", Some(En)),
    ("in", None),
    ("at", None),
    ("near", Some(En)),
    ("for", Some(En)),
    ("from", Some(En)),
    ("the", Some(En)),
    ("and", Some(En)),
    ("is", None),
    ("to", None),
    ("of", None),
    ("a", None),
    ("an", None),
    ("lot", Some(En)),
    // Spanish
    ("ayuda", Some(Es)),
    ("ayudame", Some(Es)),
    ("ayudenme", Some(Es)),
    ("necesito", Some(Es)),
    ("necesito ayuda", Some(Es)),
    ("por favor", Some(Es)),
    ("hola", Some(Es)),
    ("estoy", Some(Es)),
    ("tengo", Some(Es)),
    ("amigo", Some(Es)),
    ("amiga", Some(Es)),
    ("linea", Some(Es)),
    ("lineas", Some(Es)),
    ("numero", None),
    ("para", Some(Es)),
    ("como", Some(Es)),
    ("con", Some(Es)),
    ("mi", Some(Es)),
    ("yo", Some(Es)),
    ("el", Some(Es)),
    ("los", Some(Es)),
    ("las", Some(Es)),
    ("del", Some(Es)),
    ("y", Some(Es)),
    ("en", None),
    ("de", None),
    ("la", None),
    ("un", None),
    ("una", Some(Es)),
    // French
    ("aide", Some(Fr)),
    ("aidez", Some(Fr)),
    ("aidez moi", Some(Fr)),
    ("besoin", Some(Fr)),
    ("besoin d aide", Some(Fr)),
    ("bonjour", Some(Fr)),
    ("salut", Some(Fr)),
    ("svp", Some(Fr)),
    ("s il vous plait", Some(Fr)),
    ("je", Some(Fr)),
    ("suis", Some(Fr)),
    ("moi", Some(Fr)),
    ("mon", Some(Fr)),
    ("ma", None),
    ("cher", Some(Fr)),
    ("ami", Some(Fr)),
    ("amie", Some(Fr)),
    ("ligne", Some(Fr)),
    ("au", Some(Fr)),
    ("aux", Some(Fr)),
    ("le", Some(Fr)),
    ("les", Some(Fr)),
    ("du", Some(Fr)),
    ("des", Some(Fr)),
    ("et", Some(Fr)),
    ("pour", Some(Fr)),
    ("une", Some(Fr)),
    ("j", None),
    ("d", None),
    ("s", None),
    ("m", None),
    ("l", None),
];

/// Spanish and French names, short forms and a few big cities, each with the region it names
/// and the language the name tells. An alias wins over the ISO names of the same key
/// (`Mexico` is the country, not the State of Mexico).
const ALIASES: &[(&str, &str, Option<UiLanguage>)] = &[
    // Countries: short forms.
    ("uk", "GB", None),
    ("u k", "GB", None),
    ("great britain", "GB", Some(En)),
    ("britain", "GB", Some(En)),
    ("usa", "US", None),
    ("u s a", "US", None),
    ("u s", "US", None),
    ("america", "US", Some(En)),
    ("united states", "US", Some(En)),
    ("mexico", "MX", None),
    ("korea", "KR", Some(En)),
    ("turkey", "TR", Some(En)),
    ("czech republic", "CZ", Some(En)),
    ("ivory coast", "CI", Some(En)),
    ("holland", "NL", Some(En)),
    ("vatican", "VA", Some(En)),
    ("cape verde", "CV", Some(En)),
    ("swaziland", "SZ", Some(En)),
    ("macedonia", "MK", Some(En)),
    ("brunei", "BN", Some(En)),
    ("congo", "CG", None),
    ("drc", "CD", None),
    ("puerto rico", "PR", None),
    // Countries in Spanish.
    ("eeuu", "US", Some(Es)),
    ("ee uu", "US", Some(Es)),
    ("estados unidos", "US", Some(Es)),
    ("reino unido", "GB", Some(Es)),
    ("espana", "ES", Some(Es)),
    ("alemania", "DE", Some(Es)),
    ("francia", "FR", Some(Es)),
    ("italia", "IT", None),
    ("irlanda", "IE", Some(Es)),
    ("suiza", "CH", Some(Es)),
    ("belgica", "BE", Some(Es)),
    ("paises bajos", "NL", Some(Es)),
    ("holanda", "NL", Some(Es)),
    ("suecia", "SE", Some(Es)),
    ("noruega", "NO", Some(Es)),
    ("dinamarca", "DK", Some(Es)),
    ("finlandia", "FI", Some(Es)),
    ("grecia", "GR", Some(Es)),
    ("polonia", "PL", Some(Es)),
    ("brasil", "BR", None),
    ("republica dominicana", "DO", Some(Es)),
    ("nueva zelanda", "NZ", Some(Es)),
    ("sudafrica", "ZA", Some(Es)),
    ("corea del sur", "KR", Some(Es)),
    ("japon", "JP", None),
    ("canada", "CA", None),
    ("peru", "PE", None),
    ("panama", "PA", None),
    // Countries in French.
    ("etats unis", "US", Some(Fr)),
    ("royaume uni", "GB", Some(Fr)),
    ("mexique", "MX", Some(Fr)),
    ("espagne", "ES", Some(Fr)),
    ("allemagne", "DE", Some(Fr)),
    ("italie", "IT", Some(Fr)),
    ("irlande", "IE", Some(Fr)),
    ("suisse", "CH", Some(Fr)),
    ("belgique", "BE", Some(Fr)),
    ("pays bas", "NL", Some(Fr)),
    ("suede", "SE", Some(Fr)),
    ("norvege", "NO", Some(Fr)),
    ("danemark", "DK", Some(Fr)),
    ("finlande", "FI", Some(Fr)),
    ("grece", "GR", Some(Fr)),
    ("pologne", "PL", Some(Fr)),
    ("autriche", "AT", Some(Fr)),
    ("bresil", "BR", Some(Fr)),
    ("argentine", "AR", Some(Fr)),
    ("colombie", "CO", Some(Fr)),
    ("perou", "PE", Some(Fr)),
    ("chili", "CL", Some(Fr)),
    ("equateur", "EC", Some(Fr)),
    ("republique dominicaine", "DO", Some(Fr)),
    ("australie", "AU", Some(Fr)),
    ("nouvelle zelande", "NZ", Some(Fr)),
    ("inde", "IN", Some(Fr)),
    ("afrique du sud", "ZA", Some(Fr)),
    ("coree du sud", "KR", Some(Fr)),
    ("singapour", "SG", Some(Fr)),
    ("chine", "CN", Some(Fr)),
    // The United Kingdom's nations.
    ("angleterre", "GB-ENG", Some(Fr)),
    ("inglaterra", "GB-ENG", Some(Es)),
    ("ecosse", "GB-SCT", Some(Fr)),
    ("escocia", "GB-SCT", Some(Es)),
    ("pays de galles", "GB-WLS", Some(Fr)),
    ("gales", "GB-WLS", Some(Es)),
    ("irlande du nord", "GB-NIR", Some(Fr)),
    ("irlanda del norte", "GB-NIR", Some(Es)),
    // US states and territories.
    ("nueva york", "US-NY", Some(Es)),
    ("nyc", "US-NY", None),
    ("washington dc", "US-DC", None),
    ("washington d c", "US-DC", None),
    ("dc", "US-DC", None),
    ("californie", "US-CA", Some(Fr)),
    ("floride", "US-FL", Some(Fr)),
    ("nouveau mexique", "US-NM", Some(Fr)),
    ("nuevo mexico", "US-NM", Some(Es)),
    ("caroline du nord", "US-NC", Some(Fr)),
    ("carolina del norte", "US-NC", Some(Es)),
    ("caroline du sud", "US-SC", Some(Fr)),
    ("carolina del sur", "US-SC", Some(Es)),
    ("virginie", "US-VA", Some(Fr)),
    ("virginie occidentale", "US-WV", Some(Fr)),
    ("virginia occidental", "US-WV", Some(Es)),
    ("pensilvania", "US-PA", Some(Es)),
    ("pennsylvanie", "US-PA", Some(Fr)),
    ("luisiana", "US-LA", Some(Es)),
    ("louisiane", "US-LA", Some(Fr)),
    ("hawai", "US-HI", None),
    ("nueva jersey", "US-NJ", Some(Es)),
    ("misuri", "US-MO", Some(Es)),
    ("tejas", "US-TX", Some(Es)),
    ("dakota del norte", "US-ND", Some(Es)),
    ("dakota du nord", "US-ND", Some(Fr)),
    ("dakota del sur", "US-SD", Some(Es)),
    ("dakota du sud", "US-SD", Some(Fr)),
    ("nuevo hampshire", "US-NH", Some(Es)),
    ("new hampshire", "US-NH", None),
    ("los angeles", "US-CA", None),
    ("san francisco", "US-CA", None),
    ("chicago", "US-IL", None),
    // Canadian provinces and territories.
    ("colombie britannique", "CA-BC", Some(Fr)),
    ("columbia britanica", "CA-BC", Some(Es)),
    ("terre neuve", "CA-NL", Some(Fr)),
    ("terre neuve et labrador", "CA-NL", Some(Fr)),
    ("terranova", "CA-NL", Some(Es)),
    ("newfoundland", "CA-NL", Some(En)),
    ("nouvelle ecosse", "CA-NS", Some(Fr)),
    ("nueva escocia", "CA-NS", Some(Es)),
    ("nouveau brunswick", "CA-NB", Some(Fr)),
    ("nuevo brunswick", "CA-NB", Some(Es)),
    ("ile du prince edouard", "CA-PE", Some(Fr)),
    ("isla del principe eduardo", "CA-PE", Some(Es)),
    ("pei", "CA-PE", None),
    ("territoires du nord ouest", "CA-NT", Some(Fr)),
    ("nwt", "CA-NT", None),
    ("toronto", "CA-ON", None),
    ("ottawa", "CA-ON", None),
    ("montreal", "CA-QC", None),
    ("vancouver", "CA-BC", None),
    // Cities people name instead of their region.
    ("london", "GB-ENG", None),
    ("londres", "GB-ENG", None),
    ("edinburgh", "GB-SCT", Some(En)),
    ("glasgow", "GB-SCT", None),
    ("cardiff", "GB-WLS", None),
    ("belfast", "GB-NIR", None),
    ("sydney", "AU-NSW", None),
    ("melbourne", "AU-VIC", None),
    ("bogota", "CO-DC", None),
];

/// Subdivision names that are everyday words: read as places only through their ISO code.
const NOT_PLACE_NAMES: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "centro", "nord", "sud", "est", "ouest", "norte", "sur", "este", "oeste",
    "capital", "coast", "lakes", "unity", "littoral", "acre", "bar",
];

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
    /// A word that carries neither.
    Filler(Option<UiLanguage>),
}

/// Every known word and phrase, built once.
pub struct Lexicon {
    entries: HashMap<String, Entry>,
    longest: usize,
}

/// The lexicon.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

impl Lexicon {
    fn build() -> Lexicon {
        let mut places: HashMap<String, (Vec<PlaceHit>, Option<UiLanguage>)> = HashMap::new();
        let mut add = |name: &str, hit: PlaceHit, lang: Option<UiLanguage>| {
            let key = words(name).join(" ");
            if key.chars().count() < 3 && !hit.alias {
                return;
            }
            if !hit.alias && NOT_PLACE_NAMES.contains(&key.as_str()) {
                return;
            }
            let (hits, l) = places.entry(key).or_default();
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
                add(&name, hit, None);
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
                    add(&name, hit, None);
                }
            }
        }
        for (name, code, lang) in ALIASES {
            if let Some(region) = Region::parse(code) {
                let hit = PlaceHit {
                    region,
                    reach: Reach::Everywhere,
                    alias: true,
                };
                add(name, hit, *lang);
            }
        }
        let mut entries: HashMap<String, Entry> = places
            .into_iter()
            .map(|(k, (hits, lang))| (k, Entry::Place(hits, lang)))
            .collect();
        // Topic and filler words win over a place name of the same spelling.
        for (word, lang) in FILLER_WORDS {
            entries.insert(words(word).join(" "), Entry::Filler(*lang));
        }
        for (word, topic, lang) in TOPIC_WORDS {
            entries.insert(words(word).join(" "), Entry::Topic(*topic, *lang));
        }
        let longest = entries
            .keys()
            .map(|k| k.split(' ').count())
            .max()
            .unwrap_or(1);
        Lexicon { entries, longest }
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

    fn place_codes(phrase: &str) -> Vec<String> {
        match LEXICON.get(phrase) {
            Some(Entry::Place(hits, _)) => hits.iter().map(|h| h.region.to_string()).collect(),
            other => panic!("{phrase}: {other:?}"),
        }
    }

    #[test]
    fn every_alias_names_a_region_iso_has() {
        for (name, code, _) in ALIASES {
            assert!(Region::parse(code).is_some(), "{name} → {code}");
            assert_eq!(
                words(name).join(" "),
                *name,
                "alias keys are stored normalised"
            );
        }
        for (word, ..) in TOPIC_WORDS {
            assert_eq!(words(word).join(" "), *word);
        }
        for (word, _) in FILLER_WORDS {
            assert_eq!(words(word).join(" "), *word);
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
}
