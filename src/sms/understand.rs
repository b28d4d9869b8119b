//! Reading an inbound text (SMS.md "Understanding the text"): keywords first, then places, then
//! topic words, then what the gateway and the sender's number tell.
//!
//! The text is normalised as [`crate::text`] says (case, accents and punctuation do not
//! matter; only the first 160 characters are read) and read against the snapshot's
//! [`Lexicon`], built from the word files in the data directory.
//!
//! Where a name or a code can mean several regions, these rules decide, in order:
//! 1. a subdivision of a country the text also names (`Georgia USA`, `Punjab India`);
//! 2. a subdivision of the sender's country (`Georgia` from a US number is the state);
//! 3. a country (`Georgia` from anywhere else is the country);
//! 4. two or three regions left: the reply asks which (`Punjab` from a UK number);
//!    more: the name is not read as a place.
//!
//! A code alone (`CA`, `NY`, `ON`, `NSW`) is read only when the text is that code, give or take
//! topic and filler words: first as a state or province of the sender's country when that is
//! the US, Canada or Australia (SMS.md: "from a US number it is a US state first"), then as an
//! ISO country code, then as a US state or Canadian province. `HI`, `OK`, `NO` and `SI` alone
//! are greetings and answers, not Hawaii, Oklahoma, Norway or Slovenia.
//!
//! Towns and cities come from the snapshot's [`Gazetteer`]: a town's name counts where no word
//! file entry of the same length or longer claims the words, and where several places share
//! it, the one in a region or country the text names (a code right after the name counts:
//! `paris tx`), else in the sender's country, else the most populous. An everyday or crisis
//! word (`nice`, `socorro`) is a town in a text only with its region or country named; in a
//! field that holds a place by definition ([`Reading::Field`]: the web form, the API's
//! `place`) it is a town like any other.
//!
//! Five digits are a US ZIP code from a `+1` or unknown sender only; from any other country
//! they are that country's postal code (see [`Gazetteer::postal`]).

use crate::directory::lookup::gazetteer::{Gazetteer, Town};
use crate::directory::lookup::lexicon::{Entry, Lexicon, PlaceHit, Reach};
use crate::directory::lookup::tables::Tables;
use crate::directory::lookup::vocab::Keyword;
use crate::domain::phone::calling_code;
use crate::domain::{CountryCode, Region, Topic, UiLanguage};
use crate::text::{normalize, words};

/// Who sent the text, as far as the number tells: its country, and for `+1` numbers the state,
/// province or country of its area code. The number itself is not kept.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sender {
    region: Option<Region>,
}

/// A sender number that is not E.164 (`+` and 7 to 15 digits, the first not 0).
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("the sender must be an E.164 number, e.g. +14155550100")]
pub struct NotE164;

impl Sender {
    /// A sender nothing is known about.
    pub fn unknown() -> Self {
        Sender::default()
    }

    /// Reads an E.164 number: the area code table places `+1` numbers, libphonenumber the rest.
    pub fn from_e164(number: &str, tables: &Tables) -> Result<Self, NotE164> {
        let digits = number.strip_prefix('+').ok_or(NotE164)?;
        if !(7..=15).contains(&digits.len())
            || !digits.bytes().all(|b| b.is_ascii_digit())
            || digits.starts_with('0')
        {
            return Err(NotE164);
        }
        if digits.len() == 11 && digits.starts_with('1') {
            if let Some(regions) = digits[1..4]
                .parse()
                .ok()
                .and_then(|npa| tables.area_code(npa))
            {
                return Ok(Sender {
                    region: Some(regions.settled()),
                });
            }
        }
        let parsed = crate::domain::phone::parse_guarded(number);
        // The country of the number's range when libphonenumber knows it; else the main country
        // of its calling code (a new or test range still tells the country).
        let country = parsed.and_then(|n| {
            let by_range = n.country().id().map(|id| id.as_ref().to_string());
            by_range
                .or_else(|| {
                    phonenumber::metadata::DATABASE
                        .region(&n.country().code())
                        .and_then(|ids| ids.first().map(|id| id.to_string()))
                })
                .and_then(|id| CountryCode::parse(&id))
        });
        Ok(Sender {
            region: country.map(Region::Country),
        })
    }

    /// A sender known only by country (from a gateway's field or a request parameter).
    pub fn in_region(region: Region) -> Self {
        Sender {
            region: Some(region),
        }
    }

    /// The region the number belongs to, as precisely as it tells.
    pub fn region(&self) -> Option<Region> {
        self.region
    }
}

/// The region a gateway's own fields name (Twilio's `FromCountry` and `FromState`): the state
/// or province when it is a code ISO knows for that country, else the country.
pub fn gateway_region(country: Option<&str>, state: Option<&str>) -> Option<Region> {
    let country = CountryCode::parse(country?.trim())?;
    let sub = state
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .and_then(|s| match Region::parse(s) {
            Some(r @ Region::Subdivision(c, _)) if c == country => Some(r),
            _ => Region::subdivision(country, s),
        });
    Some(sub.unwrap_or(Region::Country(country)))
}

/// One inbound text with what is known about its sender.
#[derive(Clone, Copy, Debug)]
pub struct Inbound<'a> {
    /// The text as received.
    pub text: &'a str,
    /// What the sender's number tells.
    pub sender: Sender,
    /// What the gateway's own fields tell (`FromCountry`/`FromState`, `country=`).
    pub gateway: Option<Region>,
}

/// Where the region of an [`Understanding`] came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlaceSource {
    /// The text named it.
    Text,
    /// The gateway's fields.
    Gateway,
    /// The sender's number.
    Number,
    /// Nothing: the worldwide reply.
    None,
}

/// What a text asks for: everything a reply is composed from, apart from the data and the
/// moment, so one understanding keys one reply per snapshot.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Understanding {
    /// A carrier keyword, when the whole text is one.
    pub keyword: Option<Keyword>,
    /// The region to answer for; `None` for the worldwide reply.
    pub region: Option<Region>,
    /// Where `region` came from.
    pub source: PlaceSource,
    /// Topic words, in the order they appear.
    pub topics: Vec<Topic>,
    /// The guides named by words for one situation ("too hot": heat-water), in order.
    pub guides: Vec<String>,
    /// Whether the text says the person cannot call or speak ("deaf", "can't talk"): the reply
    /// leads with the lines that take texts or chat and the emergency services' ways without a
    /// voice call.
    pub no_voice: bool,
    /// The language to answer in: the person's words, else the sender's region's, else the
    /// region's, else English.
    pub language: UiLanguage,
    /// When the text named a place that could be several regions and nothing settled it,
    /// those regions, for the reply to ask which; empty otherwise.
    pub choices: Vec<Region>,
    /// The town or city the region was read from, when it was one.
    pub town: Option<TownChoice>,
}

/// A town read from a text, and where one name is several places, how to ask for another.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TownChoice {
    /// The town's name as the gazetteer writes it (`Paris`).
    pub name: String,
    /// The key it was read by (`paris`).
    pub key: String,
    /// Its region.
    pub region: Region,
    /// The most populous place of the same name in another region, with the text that
    /// reaches it (`PARIS TX`), when the text did not name the region itself.
    pub other: Option<(Region, String)>,
}

impl Understanding {
    /// Whether the text (or its sender) told anything: a keyword, a place, a topic, a choice
    /// of places or that the person cannot call. When not, the reply is the worldwide lines
    /// and how to ask.
    pub fn told_anything(&self) -> bool {
        self.keyword.is_some()
            || self.region.is_some()
            || !self.topics.is_empty()
            || !self.choices.is_empty()
            || self.no_voice
    }
}

/// Codes that stand alone as whole texts but are everyday words.
const NOT_CODES: &[&str] = &["hi", "ok", "no", "si"];

/// Countries whose people write their states and provinces as codes.
const CODED_SUBDIVISIONS: &[&str] = &["US", "CA", "AU"];

/// One piece of the text: a code read as a region, a known word or phrase, a town's name, or
/// an unknown word.
#[derive(Debug)]
enum Piece<'l> {
    Code(Region),
    /// A lexicon entry and the phrase it was matched from.
    Known(&'l Entry, String),
    /// A key of the gazetteer that no lexicon entry of the same length or longer claims.
    Town(String),
    Unknown(String),
}

/// How a text is read: as an SMS, where an everyday word is never a town alone, or as a field
/// that holds a place by definition (the web form, the API's `place`), where it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// An inbound text.
    Text,
    /// A field whose whole content is a place.
    Field,
}

/// Reads one inbound text with a snapshot's lookup tables, lexicon and gazetteer.
pub fn understand(
    inbound: &Inbound<'_>,
    tables: &Tables,
    lexicon: &Lexicon,
    gazetteer: &Gazetteer,
) -> Understanding {
    understand_as(inbound, tables, lexicon, gazetteer, Reading::Text)
}

/// Reads one text as [`understand`] does, read as `reading` says.
pub fn understand_as(
    inbound: &Inbound<'_>,
    tables: &Tables,
    lexicon: &Lexicon,
    gazetteer: &Gazetteer,
    reading: Reading,
) -> Understanding {
    let normalized = normalize(inbound.text);
    let all_words: Vec<String> = words(inbound.text);
    let fallback = match (inbound.gateway, inbound.sender.region()) {
        (Some(g), _) => (Some(g), PlaceSource::Gateway),
        (None, Some(r)) => (Some(r), PlaceSource::Number),
        (None, None) => (None, PlaceSource::None),
    };
    let sender_country = fallback.0.map(|r| r.country());

    if let Some((keyword, lang)) = lexicon.keyword(&all_words) {
        let (region, source) = fallback;
        return Understanding {
            keyword: Some(keyword),
            region,
            source,
            topics: Vec::new(),
            guides: Vec::new(),
            no_voice: false,
            language: lang
                .or_else(|| region.and_then(crate::i18n::sms_region_language))
                .unwrap_or_default(),
            choices: Vec::new(),
            town: None,
        };
    }

    let pieces = pieces(&normalized, tables, lexicon, gazetteer, sender_country);
    let mut topics = Vec::new();
    let mut guides: Vec<String> = Vec::new();
    let mut no_voice = false;
    let mut votes: Vec<UiLanguage> = Vec::new();
    for piece in &pieces {
        if let Piece::Known(entry, _) = piece {
            let lang = match entry {
                Entry::Place(_, l) | Entry::Filler(l) => *l,
                Entry::NoVoice(l) => {
                    no_voice = true;
                    *l
                }
                Entry::Topic(t, l) => {
                    if !topics.contains(t) {
                        topics.push(*t);
                    }
                    *l
                }
                Entry::Guide(t, g, l) => {
                    if !topics.contains(t) {
                        topics.push(*t);
                    }
                    if !guides.contains(g) {
                        guides.push(g.clone());
                    }
                    *l
                }
            };
            votes.extend(lang);
        }
    }

    let (found, town) = place(&pieces, sender_country, gazetteer, reading);
    let (region, source, choices) = match found {
        Place::Found(region) => (Some(region), PlaceSource::Text, Vec::new()),
        Place::Ambiguous(choices) => (fallback.0, fallback.1, choices),
        Place::Nothing => (fallback.0, fallback.1, Vec::new()),
    };
    Understanding {
        keyword: None,
        region,
        source,
        topics,
        guides,
        no_voice,
        // Words shared by several languages ("bad trip", "ontario", "texas") tell none: then the
        // sender's region decides before the place named, as the likelier language of the one
        // reading (a Montreal number texting "ontario" reads French, a Mexican one "texas"
        // Spanish); with nothing known of the sender, the place's.
        language: majority(&votes)
            .or_else(|| fallback.0.and_then(crate::i18n::sms_region_language))
            .or_else(|| region.and_then(crate::i18n::sms_region_language))
            .unwrap_or_default(),
        choices,
        town,
    }
}

/// The language most words tell; a tie goes to the one told first.
fn majority(votes: &[UiLanguage]) -> Option<UiLanguage> {
    let count = |l: UiLanguage| votes.iter().filter(|v| **v == l).count();
    let best = votes.iter().map(|l| count(*l)).max()?;
    votes.iter().copied().find(|l| count(*l) == best)
}

/// Splits the normalised text into codes, known phrases and town names (longest first) and
/// unknown words.
fn pieces<'l>(
    normalized: &str,
    tables: &Tables,
    lexicon: &'l Lexicon,
    gazetteer: &Gazetteer,
    sender: Option<CountryCode>,
) -> Vec<Piece<'l>> {
    let tokens: Vec<&str> = normalized
        .split_whitespace()
        .map(|t| t.trim_matches('-'))
        .filter(|t| !t.is_empty())
        .collect();
    let mut out = Vec::new();
    let mut pending: Vec<String> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let (code, used) = code_at(&tokens[i..], tables, gazetteer, sender);
        if let Some(region) = code {
            lex(lexicon, gazetteer, &mut pending, &mut out);
            out.push(Piece::Code(region));
            i += used;
            continue;
        }
        pending.extend(
            tokens[i]
                .split('-')
                .filter(|w| !w.is_empty())
                .map(str::to_string),
        );
        i += 1;
    }
    lex(lexicon, gazetteer, &mut pending, &mut out);
    out
}

/// Matches a run of plain words against the lexicon and the gazetteer, longest phrase first;
/// at equal length the lexicon wins (a topic, filler word, ISO name or alias). A town's key of
/// fewer than three letters is left to the codes (`NY`, `CA`).
fn lex<'l>(
    lexicon: &'l Lexicon,
    gazetteer: &Gazetteer,
    words: &mut Vec<String>,
    out: &mut Vec<Piece<'l>>,
) {
    let mut i = 0;
    while i < words.len() {
        let known = lexicon.longest_match(&words[i..]);
        let town = gazetteer
            .longest_match(&words[i..])
            .filter(|(n, key)| key.len() >= 3 && known.is_none_or(|(k, _)| *n > k));
        match (town, known) {
            (Some((n, key)), _) => {
                out.push(Piece::Town(key));
                i += n;
            }
            (None, Some((n, entry))) => {
                out.push(Piece::Known(entry, words[i..i + n].join(" ")));
                i += n;
            }
            (None, None) => {
                out.push(Piece::Unknown(words[i].clone()));
                i += 1;
            }
        }
    }
    words.clear();
}

/// A code at the start of `tokens`: an ISO 3166-2 code, a ZIP or postal code, or a Canadian
/// postal code. Returns the region and how many tokens it used.
///
/// Five digits are a US ZIP code from a sender in the US or the rest of the North American
/// Numbering Plan, or one nothing is known of; from anywhere else they are that country's
/// postal code: its subdivision where `postal-prefixes.csv` has the prefix, else the country.
fn code_at(
    tokens: &[&str],
    tables: &Tables,
    gazetteer: &Gazetteer,
    sender: Option<CountryCode>,
) -> (Option<Region>, usize) {
    let t = tokens[0];
    let b = t.as_bytes();
    // US-CA, gb-sct, ca-on: a full subdivision code.
    if b.len() >= 4 && b.len() <= 6 && b[2] == b'-' && b[..2].iter().all(u8::is_ascii_alphabetic) {
        if let Some(r @ Region::Subdivision(..)) = Region::parse(t) {
            return (Some(r), 1);
        }
    }
    // 90210 or 90210-1234.
    let zip = match b.len() {
        5 => b.iter().all(u8::is_ascii_digit),
        10 => {
            b[5] == b'-'
                && b[..5].iter().all(u8::is_ascii_digit)
                && b[6..].iter().all(u8::is_ascii_digit)
        }
        _ => false,
    };
    if zip {
        if let Some(country) = sender.filter(|c| b.len() == 5 && calling_code(*c) != Some(1)) {
            let region = gazetteer
                .postal(country, t)
                .unwrap_or(Region::Country(country));
            return (Some(region), 1);
        }
        return (tables.zip(&t[..5]).map(|r| r.settled()), 1);
    }
    // M5V 2T6, M5V2T6, or the district alone (M5V).
    let fsa = |s: &[u8]| {
        s.len() == 3
            && s[0].is_ascii_lowercase()
            && s[1].is_ascii_digit()
            && s[2].is_ascii_lowercase()
    };
    let ldu = |s: &[u8]| {
        s.len() == 3 && s[0].is_ascii_digit() && s[1].is_ascii_lowercase() && s[2].is_ascii_digit()
    };
    let postal = |letter: u8| {
        tables
            .postal_district(char::from(letter))
            .map(|r| r.settled())
    };
    if b.len() == 6 && fsa(&b[..3]) && ldu(&b[3..]) {
        return (postal(b[0]), 1);
    }
    if fsa(b) {
        if tokens.get(1).is_some_and(|n| ldu(n.as_bytes())) {
            return (postal(b[0]), 2);
        }
        return (postal(b[0]), 1);
    }
    (None, 0)
}

/// What the text says about the place.
enum Place {
    Found(Region),
    Ambiguous(Vec<Region>),
    Nothing,
}

fn place(
    pieces: &[Piece<'_>],
    sender_country: Option<CountryCode>,
    gazetteer: &Gazetteer,
    reading: Reading,
) -> (Place, Option<TownChoice>) {
    // Countries each piece names, so another piece's name can be read against them.
    let named: Vec<Vec<CountryCode>> = pieces
        .iter()
        .map(|p| match p {
            Piece::Code(r) => vec![r.country()],
            Piece::Known(Entry::Place(hits, _), _) => hits
                .iter()
                .filter_map(|h| match h.region {
                    Region::Country(c) => Some(c),
                    Region::Subdivision(..) => None,
                })
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    // Every region each piece could name, for a town to be read against ("paris texas").
    let regions: Vec<Vec<Region>> = pieces
        .iter()
        .map(|p| match p {
            Piece::Code(r) => vec![*r],
            Piece::Known(Entry::Place(hits, _), _) => hits.iter().map(|h| h.region).collect(),
            _ => Vec::new(),
        })
        .collect();
    let mut found: Vec<Region> = Vec::new();
    let mut ambiguous: Option<Vec<Region>> = None;
    let mut town: Option<TownChoice> = None;
    for (i, piece) in pieces.iter().enumerate() {
        let others: Vec<CountryCode> = named
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .flat_map(|(_, c)| c.iter().copied())
            .collect();
        let other_regions: Vec<Region> = regions
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .flat_map(|(_, r)| r.iter().copied())
            .collect();
        let read = |key: &str| {
            read_town(
                key,
                pieces.get(i + 1),
                &other_regions,
                sender_country,
                gazetteer,
                reading,
            )
        };
        let mut take = |t: TownChoice, found: &mut Vec<Region>| {
            found.push(t.region);
            town.get_or_insert(t);
        };
        match piece {
            Piece::Code(r) => found.push(*r),
            Piece::Known(Entry::Place(hits, _), phrase) => {
                match (resolve(hits, &others, sender_country), read(phrase)) {
                    // The text names the town's own country, and the region's name is another
                    // country's ("Colima, Costa Rica"): the town.
                    (Place::Found(r), Some((t, true))) if t.region.country() != r.country() => {
                        take(t, &mut found)
                    }
                    // The name is a region at two levels, one of them the town's (Madrid: the
                    // community and the province): the town's, which lines are kept by.
                    (Place::Found(r), Some((t, _)))
                        if t.region != r
                            && t.region.country() == r.country()
                            && hits.iter().any(|h| h.region == t.region) =>
                    {
                        take(t, &mut found)
                    }
                    (Place::Found(r), _) => found.push(r),
                    (Place::Ambiguous(c), _) => {
                        ambiguous.get_or_insert(c);
                    }
                    // A region's name this sender does not reach by name ("madrid" from outside
                    // Spain) may still be a town's.
                    (Place::Nothing, Some((t, _))) => take(t, &mut found),
                    (Place::Nothing, None) => {}
                }
            }
            Piece::Town(key) => {
                if let Some((t, _)) = read(key) {
                    take(t, &mut found);
                }
            }
            _ => {}
        }
    }
    if let Some(first) = found.first().copied() {
        // A country and one of its subdivisions ("California USA"): the subdivision.
        let finer = found
            .iter()
            .copied()
            .find(|r| r.country() == first.country() && matches!(r, Region::Subdivision(..)));
        let region = finer.unwrap_or(first);
        return (Place::Found(region), town.filter(|t| t.region == region));
    }
    if let Some(choices) = ambiguous {
        return (Place::Ambiguous(choices), None);
    }
    let place = match code_alone(pieces) {
        Some(code) => code_region(&code, sender_country)
            .map(Place::Found)
            .unwrap_or(Place::Nothing),
        None => Place::Nothing,
    };
    (place, None)
}

/// Reads a town's name: the most populous place of that name in a region the text also names
/// (`paris texas`, `socorro nm`: a code right after the name counts), else in the sender's
/// country, else anywhere. An everyday or crisis word (`nice`, `socorro`) is a town only when
/// the text names its region or country. Also says whether the text named it so.
fn read_town(
    key: &str,
    next: Option<&Piece<'_>>,
    named: &[Region],
    sender: Option<CountryCode>,
    gazetteer: &Gazetteer,
    reading: Reading,
) -> Option<(TownChoice, bool)> {
    let towns = gazetteer.lookup(key);
    let next_code = match next {
        Some(Piece::Unknown(w) | Piece::Known(_, w) | Piece::Town(w))
            if (2..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase()) =>
        {
            Some(w.as_str())
        }
        _ => None,
    };
    let qualified = |t: &&&Town| {
        named.iter().any(|r| r.covers(&t.region))
            || next_code.is_some_and(|code| {
                Region::subdivision(t.region.country(), code) == Some(t.region)
                    || CountryCode::parse(code) == Some(t.region.country())
            })
    };
    let (pick, said) = match towns.iter().find(qualified) {
        Some(t) => (*t, true),
        None if reading == Reading::Text && gazetteer.is_common(key) => return None,
        None => {
            let local = sender.and_then(|c| towns.iter().find(|t| t.region.country() == c));
            (*local.or(towns.first())?, false)
        }
    };
    let other = if said {
        None
    } else {
        towns
            .iter()
            .find(|t| t.region != pick.region)
            .map(|t| (t.region, town_example(key, t)))
    };
    let choice = TownChoice {
        name: pick.name.to_string(),
        key: key.to_string(),
        region: pick.region,
        other,
    };
    Some((choice, said))
}

/// The text that reaches `town` by its name: `PARIS TX` (a state or province code where people
/// write them), else the country's code (`MADRID CO`).
fn town_example(key: &str, town: &Town) -> String {
    let country = town.region.country();
    let qualifier = match town.region {
        Region::Subdivision(_, code) if CODED_SUBDIVISIONS.contains(&country.as_str()) => {
            &code[3..]
        }
        _ => country.as_str(),
    };
    format!("{} {qualifier}", key.to_uppercase())
}

/// Applies the module's ambiguity rules to the regions one name can mean.
fn resolve(hits: &[PlaceHit], named: &[CountryCode], sender: Option<CountryCode>) -> Place {
    let candidates: Vec<Region> = hits
        .iter()
        .filter(|h| {
            h.reach == Reach::Everywhere
                || named.contains(&h.region.country())
                || Some(h.region.country()) == sender
        })
        .map(|h| h.region)
        .collect();
    let subdivision_in = |pred: &dyn Fn(CountryCode) -> bool| {
        candidates
            .iter()
            .copied()
            .find(|r| matches!(r, Region::Subdivision(..)) && pred(r.country()))
    };
    if let Some(r) = subdivision_in(&|c| named.contains(&c)) {
        return Place::Found(r);
    }
    if let Some(r) = subdivision_in(&|c| Some(c) == sender) {
        return Place::Found(r);
    }
    let countries: Vec<Region> = candidates
        .iter()
        .copied()
        .filter(|r| matches!(r, Region::Country(_)))
        .collect();
    match (countries.as_slice(), candidates.len()) {
        ([one], _) => Place::Found(*one),
        (_, 1) => Place::Found(candidates[0]),
        (_, 2..=3) => Place::Ambiguous(candidates),
        _ => Place::Nothing,
    }
}

/// The one short word that could be a code, when the text is that word give or take topic and
/// filler words.
fn code_alone(pieces: &[Piece<'_>]) -> Option<String> {
    let is_code = |w: &str| (2..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase());
    let unknown: Vec<&str> = pieces
        .iter()
        .filter_map(|p| match p {
            // A town's name that was not read as one (`act`, an everyday word) is a word.
            Piece::Unknown(w) | Piece::Town(w) => Some(w.as_str()),
            _ => None,
        })
        .collect();
    let candidate = match unknown.as_slice() {
        [one] => Some(one.to_string()),
        [] => {
            // The whole text is one filler word that is also a code: `IN`, `ME`, `DE`.
            let non_topic: Vec<&Piece<'_>> = pieces
                .iter()
                .filter(|p| {
                    !matches!(
                        p,
                        Piece::Known(Entry::Topic(..) | Entry::Guide(..) | Entry::NoVoice(..), _)
                    )
                })
                .collect();
            match non_topic.as_slice() {
                [Piece::Known(Entry::Filler(_), word)] => Some(word.clone()),
                _ => None,
            }
        }
        _ => None,
    }?;
    (is_code(&candidate) && !NOT_CODES.contains(&candidate.as_str())).then_some(candidate)
}

/// Reads a code alone by the sender's country (see the module's rules).
fn code_region(code: &str, sender: Option<CountryCode>) -> Option<Region> {
    if let Some(country) = sender.filter(|c| CODED_SUBDIVISIONS.contains(&c.as_str())) {
        if let Some(r) = Region::subdivision(country, code) {
            return Some(r);
        }
    }
    if code.len() != 2 {
        return None;
    }
    if let Some(c) = CountryCode::parse(code) {
        return Some(Region::Country(c));
    }
    ["US", "CA"]
        .into_iter()
        .filter_map(CountryCode::parse)
        .find_map(|c| Region::subdivision(c, code))
}

/// One place a typed place can mean: its region, and the town's name and population when it
/// was a town.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceMatch {
    /// The region whose lines serve it.
    pub region: Region,
    /// The town's name, when the place was a town.
    pub town: Option<String>,
    /// The town's population, when the place was a town.
    pub population: Option<u32>,
}

/// The most places [`find_place`] offers for one name.
pub const MAX_MATCHES: usize = 6;

/// Reads a place typed into a field (the web form, the API's `place`) with the same reader as
/// texts: codes, ZIP and postal codes (read in `country` when given, as a text from there),
/// area codes, region and town names in every language the word files have. Everyday words
/// are places here. Returns the best matches, best first: one when the place settles on one
/// region; several (most populous first, at most [`MAX_MATCHES`], each at least a tenth of the
/// most populous) when the name is places in several regions and neither `country` nor the
/// text says which; none when nothing matched.
pub fn find_place(
    text: &str,
    country: Option<CountryCode>,
    tables: &Tables,
    lexicon: &Lexicon,
    gazetteer: &Gazetteer,
) -> Vec<PlaceMatch> {
    let inbound = Inbound {
        text,
        sender: country
            .map(|c| Sender::in_region(Region::Country(c)))
            .unwrap_or_default(),
        gateway: None,
    };
    let u = understand_as(&inbound, tables, lexicon, gazetteer, Reading::Field);
    let plain = |region: Region| PlaceMatch {
        region,
        town: None,
        population: None,
    };
    if !u.choices.is_empty() {
        return u.choices.iter().copied().map(plain).collect();
    }
    let (Some(region), PlaceSource::Text) = (u.region, u.source) else {
        return Vec::new();
    };
    let Some(town) = u.town else {
        return vec![plain(region)];
    };
    let towns = gazetteer.lookup(&town.key);
    let chosen = towns
        .iter()
        .find(|t| t.region == town.region && *t.name == *town.name)
        .or(towns.first());
    let as_match = |t: &Town| PlaceMatch {
        region: t.region,
        town: Some(t.name.to_string()),
        population: Some(t.population),
    };
    let mut out: Vec<PlaceMatch> = chosen.into_iter().map(|t| as_match(t)).collect();
    // Several regions, and the country the form is on did not choose: every region, most
    // populous first.
    let chosen_by_country = country.is_some_and(|c| c == town.region.country());
    if town.other.is_some() && !chosen_by_country {
        // Only places of a size with the most populous: a tenth of it or more. Paris, Texas is
        // not offered beside Paris; Valencia in Spain is, beside Valencia in Venezuela.
        let top = towns.first().map_or(0, |t| u64::from(t.population));
        for t in &towns {
            let comparable = u64::from(t.population) * 10 >= top;
            if comparable && out.len() < MAX_MATCHES && !out.iter().any(|m| m.region == t.region) {
                out.push(as_match(t));
            }
        }
        out.sort_by_key(|m| std::cmp::Reverse(m.population));
    }
    out
}
