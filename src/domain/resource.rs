//! A resource (one row of `data/resources.csv`) and an emergency number (one row of `data/emergency.csv`).

use super::{CountryCode, Hours, LanguageTag, PhoneNumber, Region, Topic};
use chrono::NaiveDate;

/// Where a resource can help.
#[derive(Clone, Debug, PartialEq)]
pub enum Area {
    /// `*`: everywhere.
    Everywhere,
    /// The listed countries and subdivisions (a country includes its subdivisions).
    Regions(Vec<Region>),
}

impl Area {
    /// The countries this area names (empty for everywhere).
    pub fn countries(&self) -> impl Iterator<Item = CountryCode> + '_ {
        let regions: &[Region] = match self {
            Area::Everywhere => &[],
            Area::Regions(r) => r,
        };
        regions.iter().map(Region::country)
    }
}

/// A service someone can reach, validated.
#[derive(Clone, Debug)]
pub struct Resource {
    /// Stable slug used in URLs and the API.
    pub id: String,
    /// The service's own name.
    pub name: String,
    /// At most 24 characters, for SMS replies and the compact embed.
    pub short_name: String,
    /// Who runs it.
    pub organization: Option<String>,
    /// Where it helps.
    pub area: Area,
    /// What it is for.
    pub topics: Vec<Topic>,
    /// Number to call.
    pub phone: Option<PhoneNumber>,
    /// Menu choice after dialling.
    pub phone_option: Option<String>,
    /// Number to text.
    pub sms: Option<PhoneNumber>,
    /// What to text.
    pub sms_keyword: Option<String>,
    /// Web chat.
    pub chat_url: Option<String>,
    /// The service's website.
    pub website: String,
    /// App store or app page.
    pub app_url: Option<String>,
    /// When it answers.
    pub hours: Hours,
    /// Languages it answers in.
    pub languages: Vec<LanguageTag>,
    /// `free` or a short text.
    pub cost: Option<String>,
    /// Lower shows first.
    pub priority: i32,
    /// A directory of lines by country (`kind` `directory`): where a person anywhere finds a line.
    /// Shown where nothing nearer serves, and in every reply that could not tell the place.
    pub directory: bool,
    /// One English sentence; its translations are in the translatable text
    /// (`resource/ID` `description`).
    pub description: String,
    /// The day the contact details were last confirmed at `source`.
    pub verified_at: NaiveDate,
    /// Where they were confirmed.
    pub source: String,
    /// Ways in without a voice call to `phone` (TTY, relay, sign-language video, WhatsApp,
    /// e-mail), each with its own source.
    pub access: Vec<AccessWay>,
    /// Facts confirmed on a page other than `source`: which field, where, in which words.
    pub evidence: Vec<Evidence>,
    /// Whether `phone` can be called from outside its country, where the operator says.
    pub abroad: Option<Abroad>,
    /// The phone networks `phone` works from, where it works only from some ("Digicel").
    pub networks: Option<String>,
}

/// Whether a line's number can be called from outside its country, as its operator says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Abroad {
    /// It can, as written (in its international form).
    Yes,
    /// It cannot: only from inside the country.
    No,
    /// Not this number, but this one, which the operator gives for callers abroad.
    Call(PhoneNumber),
}

impl Abroad {
    /// Parses the `abroad` cell: `yes`, `no` or an E.164 number.
    pub fn parse(s: &str) -> Result<Self, String> {
        match s {
            "yes" => Ok(Abroad::Yes),
            "no" => Ok(Abroad::No),
            _ => match PhoneNumber::parse(s) {
                Ok(n @ PhoneNumber::E164 { .. }) => Ok(Abroad::Call(n)),
                Ok(_) => Err(format!(
                    "{s:?}: a number for callers abroad is written in E.164 (+…), not as a short code"
                )),
                Err(e) => Err(format!("expected yes, no or an E.164 number: {e}")),
            },
        }
    }
}

/// Where one field of a row was confirmed, when not at the row's `source`: the page and the
/// words on it that state the fact, so `verify` can check it there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evidence {
    /// The column the fact is in (`hours`, `sms_keyword`).
    pub field: String,
    /// The page.
    pub url: String,
    /// The words on the page, as written there.
    pub words: String,
}

impl Resource {
    /// Whether the resource serves everywhere.
    pub fn is_worldwide(&self) -> bool {
        self.area == Area::Everywhere
    }

    /// Whether it can be called, texted or chatted with; the rest are services with a website only
    /// (drug checking, peer-support groups), which pages list apart and SMS replies leave out.
    pub fn has_line(&self) -> bool {
        self.phone.is_some() || self.sms.is_some() || self.chat_url.is_some()
    }

    /// Whether it is for any of `topics` (an empty filter matches everything).
    pub fn has_any_topic(&self, topics: &[Topic]) -> bool {
        topics.is_empty() || self.topics.iter().any(|t| topics.contains(t))
    }
}

/// A country's emergency numbers and other ways to reach the emergency services.
#[derive(Clone, Debug)]
pub struct Emergency {
    /// The country.
    pub country: CountryCode,
    /// The first number to call, digits: for medical help where one is known (see
    /// [`EmergencyContact::rank`]).
    pub number: String,
    /// The other numbers to call, in the order shown.
    pub also: Vec<String>,
    /// When the first number was last confirmed.
    pub verified_at: NaiveDate,
    /// Where it was confirmed.
    pub source: String,
    /// Every row of the country, calls in the order shown, then the other channels in file
    /// order.
    pub contacts: Vec<EmergencyContact>,
}

impl Emergency {
    /// Builds a country's entry from its rows (at least one a call), ordering the calls so that
    /// a number for medical help comes first and police comes last.
    pub fn new(country: CountryCode, mut contacts: Vec<EmergencyContact>) -> Option<Self> {
        // Stable: within a rank the file's order stands.
        contacts.sort_by_key(|c| (c.channel != Channel::Voice, c.rank()));
        let mut calls = contacts.iter().filter(|c| c.channel == Channel::Voice);
        let first = calls.next()?;
        Some(Emergency {
            country,
            number: first.number.clone()?,
            also: calls.filter_map(|c| c.number.clone()).collect(),
            verified_at: first.verified_at,
            source: first.source.clone(),
            contacts,
        })
    }

    /// The numbers to call, in the order shown.
    pub fn calls(&self) -> impl Iterator<Item = &EmergencyContact> {
        self.contacts.iter().filter(|c| c.channel == Channel::Voice)
    }
}

/// One row of `emergency.csv`: a number (or app, or video service) and what it reaches.
#[derive(Clone, Debug)]
pub struct EmergencyContact {
    /// Digits to dial or text; `None` for a video service or an app.
    pub number: Option<String>,
    /// The services it reaches, as its source states them.
    pub services: Vec<Service>,
    /// How it is reached.
    pub channel: Channel,
    /// The page of a video service or an app.
    pub url: Option<String>,
    /// Whether, and how, a person must register before using it.
    pub register: Option<Registration>,
    /// When it was last confirmed.
    pub verified_at: NaiveDate,
    /// Where it was confirmed.
    pub source: String,
    /// What kind of page the source is.
    pub source_kind: SourceKind,
}

impl EmergencyContact {
    /// Where it stands among a country's calls: medical help first (all services or an
    /// ambulance), then a number whose service is unstated, then the others, police last, so
    /// that fear of the police never stands between a person and an ambulance.
    pub fn rank(&self) -> u8 {
        let has = |s: Service| self.services.contains(&s);
        if has(Service::All) || has(Service::Ambulance) {
            0
        } else if has(Service::Unstated) {
            1
        } else if has(Service::Police) {
            3
        } else {
            2
        }
    }

    /// Whether its service is stated by its source.
    pub fn is_stated(&self) -> bool {
        !self.services.contains(&Service::Unstated)
    }
}

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vdoc])* $variant),+
        }

        impl $name {
            /// Every value, in the order the data documents them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value as the data writes it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// Reads the value as the data writes it.
            pub fn parse(v: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|x| x.as_str() == v)
            }

            /// The values, space-separated, for error messages.
            pub fn known() -> String {
                Self::ALL.iter().map(|x| x.as_str()).collect::<Vec<_>>().join(" ")
            }
        }
    };
}

vocabulary! {
    /// The emergency service a number reaches.
    Service {
        /// Every emergency service.
        All = "all",
        /// Ambulance (medical emergencies).
        Ambulance = "ambulance",
        /// Fire brigade.
        Fire = "fire",
        /// Police.
        Police = "police",
        /// Coast guard.
        CoastGuard = "coast-guard",
        /// Sea rescue.
        SeaRescue = "sea-rescue",
        /// Mountain rescue.
        MountainRescue = "mountain-rescue",
        /// The source does not say.
        Unstated = "unstated",
    }
}

vocabulary! {
    /// How an emergency service is reached.
    Channel {
        /// A call.
        Voice = "voice",
        /// A text message.
        Sms = "sms",
        /// A textphone.
        Tty = "tty",
        /// A relay service.
        Relay = "relay",
        /// Sign-language video.
        Video = "video",
        /// An official app.
        App = "app",
    }
}

vocabulary! {
    /// What kind of page a row rests on.
    SourceKind {
        /// A government, regulator or emergency service's own page.
        Official = "official",
        /// The operator's own page.
        FirstParty = "first-party",
        /// A page or repository listing many countries' numbers, an encyclopedia, an aggregator.
        Compiled = "compiled",
        /// Anything else (press, an NGO).
        Other = "other",
    }
}

impl EmergencyContact {
    /// How the translatable text names this way in: `emergency/US/911/sms` (the URL for a video
    /// service or an app).
    pub fn item(&self, country: CountryCode) -> String {
        let key = self
            .number
            .as_deref()
            .or(self.url.as_deref())
            .unwrap_or_default();
        format!(
            "emergency/{}/{key}/{}",
            country.as_str(),
            self.channel.as_str()
        )
    }
}

impl SourceKind {
    /// Why a URL is a compiled list whatever a row's `source_kind` says: a code-hosting site,
    /// an encyclopedia or travel wiki, or a site that lists many countries' numbers. `None` when
    /// the host says nothing either way.
    pub fn compiled_by_host(url: &str) -> Option<&'static str> {
        const HOSTS: &[(&str, &str)] = &[
            ("github.com", "a code-hosting site"),
            ("githubusercontent.com", "a code-hosting site"),
            ("gitlab.com", "a code-hosting site"),
            ("bitbucket.org", "a code-hosting site"),
            ("codeberg.org", "a code-hosting site"),
            ("wikipedia.org", "an encyclopedia"),
            ("wikivoyage.org", "a travel wiki"),
            ("wikidata.org", "an encyclopedia"),
            ("fandom.com", "a wiki"),
            ("progress.guide", "an aggregator of many countries' numbers"),
            ("findahelpline.com", "a directory of many countries' lines"),
            ("befrienders.org", "a directory of many countries' lines"),
            ("iasp.info", "a directory of many countries' lines"),
            ("emergencynumbers.org", "a list of many countries' numbers"),
            ("sos-emergency.org", "a list of many countries' numbers"),
            (
                "travel-emergency-numbers.com",
                "a list of many countries' numbers",
            ),
            ("emergency-numbers.org", "a list of many countries' numbers"),
        ];
        let host = url::Url::parse(url).ok()?.host_str()?.to_ascii_lowercase();
        HOSTS
            .iter()
            .find(|(h, _)| host == *h || host.ends_with(&format!(".{h}")))
            .map(|(_, why)| *why)
    }
}

/// What a person must do before an emergency channel works for them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Registration {
    /// Registration is required; the source gives no structured way.
    Required,
    /// Text this word to the same number to register.
    Sms(String),
    /// Register at this page.
    Url(String),
}

/// Parses an `evidence` cell: entries `FIELD=URL|WORDS`, separated by `;`. The words are
/// quoted as the page writes them (no `;` or `|`); the URL is `https://`.
pub fn parse_evidence(cell: &str) -> Result<Vec<Evidence>, String> {
    cell.split(';')
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(|entry| {
            let (field, rest) = entry
                .split_once('=')
                .ok_or_else(|| format!("{entry:?}: write FIELD=URL|WORDS"))?;
            let (url, words) = rest
                .split_once('|')
                .ok_or_else(|| format!("{entry:?}: write FIELD=URL|WORDS"))?;
            let (field, url, words) = (field.trim(), url.trim(), words.trim());
            match url::Url::parse(url) {
                Ok(u) if u.scheme() == "https" && u.host().is_some() => {}
                _ => return Err(format!("{url:?} must be an https:// URL")),
            }
            if words.is_empty() || words.chars().count() > 300 {
                return Err(format!(
                    "{field}: quote the page's words (1 to 300 characters)"
                ));
            }
            Ok(Evidence {
                field: field.to_string(),
                url: url.to_string(),
                words: words.to_string(),
            })
        })
        .collect()
}

/// A sign language a line answers in by video, by the abbreviation the deaf community uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SignLanguage {
    /// American Sign Language (ISO 639-3 `ase`).
    Asl,
    /// British Sign Language (`bfi`).
    Bsl,
    /// Auslan (`asf`).
    Auslan,
    /// Langue des signes québécoise (`fcs`).
    Lsq,
    /// Irish Sign Language (`isg`).
    Isl,
    /// New Zealand Sign Language (`nzs`).
    Nzsl,
}

impl SignLanguage {
    /// Every sign language the data may name.
    pub const ALL: [SignLanguage; 6] = [
        SignLanguage::Asl,
        SignLanguage::Bsl,
        SignLanguage::Auslan,
        SignLanguage::Lsq,
        SignLanguage::Isl,
        SignLanguage::Nzsl,
    ];

    /// Its ISO 639-3 code, as the data writes it.
    pub fn code(self) -> &'static str {
        match self {
            SignLanguage::Asl => "ase",
            SignLanguage::Bsl => "bfi",
            SignLanguage::Auslan => "asf",
            SignLanguage::Lsq => "fcs",
            SignLanguage::Isl => "isg",
            SignLanguage::Nzsl => "nzs",
        }
    }

    /// The abbreviation its signers use, the same in every UI language (`ASL`, `BSL`).
    pub fn abbreviation(self) -> &'static str {
        match self {
            SignLanguage::Asl => "ASL",
            SignLanguage::Bsl => "BSL",
            SignLanguage::Auslan => "Auslan",
            SignLanguage::Lsq => "LSQ",
            SignLanguage::Isl => "ISL",
            SignLanguage::Nzsl => "NZSL",
        }
    }

    /// The sign language with ISO 639-3 code `code`.
    pub fn from_code(code: &str) -> Option<SignLanguage> {
        SignLanguage::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// A way to reach a line without a voice call to its number, for people who cannot hear or
/// speak on a call (`channels.csv`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Access {
    /// A textphone (TTY) number.
    Tty(PhoneNumber),
    /// Through a relay service: dial `via` (`None`: the caller's own relay service), then ask
    /// for `number`.
    Relay {
        /// The relay service's number (`711`, `133 677`).
        via: Option<String>,
        /// The number to ask the relay for.
        number: PhoneNumber,
    },
    /// A sign-language video service: a page with a button, or a videophone number.
    Video {
        /// The sign language.
        language: SignLanguage,
        /// The page to start it from.
        url: Option<String>,
        /// The number to call from a videophone.
        number: Option<PhoneNumber>,
    },
    /// A WhatsApp number.
    WhatsApp(PhoneNumber),
    /// An e-mail address.
    Email(String),
}

impl Access {
    /// Its type, as the data and the API name it.
    pub fn kind(&self) -> &'static str {
        match self {
            Access::Tty(_) => "tty",
            Access::Relay { .. } => "relay",
            Access::Video { .. } => "video",
            Access::WhatsApp(_) => "whatsapp",
            Access::Email(_) => "email",
        }
    }
}

/// One way in, with where it was confirmed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccessWay {
    /// The way.
    pub access: Access,
    /// The day it was confirmed at `source`.
    pub verified_at: NaiveDate,
    /// The operator's or a government's page that says so.
    pub source: String,
}
