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
    /// One English sentence.
    pub description: String,
    /// The description in Spanish.
    pub description_es: Option<String>,
    /// The description in French.
    pub description_fr: Option<String>,
    /// The day the contact details were last confirmed at `source`.
    pub verified_at: NaiveDate,
    /// Where they were confirmed.
    pub source: String,
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

/// A country's general emergency number.
#[derive(Clone, Debug)]
pub struct Emergency {
    /// The country.
    pub country: CountryCode,
    /// The number to dial, digits.
    pub number: String,
    /// Other numbers that also work.
    pub also: Vec<String>,
    /// When it was last confirmed.
    pub verified_at: NaiveDate,
    /// Where it was confirmed.
    pub source: String,
}
