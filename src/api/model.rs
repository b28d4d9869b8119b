//! The partner API's answers (`/api/v1/…`): plain data with stable snake_case field names, each
//! type described in the OpenAPI document by its `ToSchema` derive, so the document and the
//! answers cannot drift apart.

use serde::Serialize;
use utoipa::ToSchema;

/// A region with data, as every answer names one.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RegionRef {
    /// ISO 3166-1 alpha-2 (`US`) or ISO 3166-2 (`US-CA`) code.
    #[schema(example = "US-CA")]
    pub code: String,
    /// The region's own name.
    #[schema(example = "California")]
    pub name: String,
    /// The name with its country.
    #[schema(example = "California, United States")]
    pub full_name: String,
    /// Whether it is a whole country or a subdivision of one.
    pub kind: RegionKind,
    /// The country it is in (its own code for a country).
    #[schema(example = "US")]
    pub country_code: String,
    /// The region's page on this site.
    #[schema(example = "/us/ca")]
    pub path: String,
    /// Its lines in this API.
    #[schema(example = "/api/v1/regions/US-CA")]
    pub api_url: String,
}

/// Country or subdivision.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RegionKind {
    /// An ISO 3166-1 country.
    Country,
    /// An ISO 3166-2 subdivision.
    Subdivision,
}

/// `GET /api/v1/regions`.
#[derive(Debug, Serialize, ToSchema)]
pub struct RegionList {
    /// Every country with data, each followed by its subdivisions that have lines of their own,
    /// sorted by name as the region picker lists them.
    pub regions: Vec<RegionRef>,
    /// The version of the data answered from.
    pub data_version: String,
}

/// `GET /api/v1/regions/{code}`: a region's lines in the page's order.
#[derive(Debug, Serialize, ToSchema)]
pub struct RegionAnswer {
    /// The region.
    pub region: RegionRef,
    /// The language descriptions are in (`en`, `es` or `fr`), as asked with `?lang=`.
    #[schema(example = "en")]
    pub lang: String,
    /// The topics the list is narrowed to (`?topic=`), sorted; empty for all.
    pub topics: Vec<String>,
    /// The country's emergency number, to show first; `null` where none is known.
    pub emergency: Option<EmergencyNumber>,
    /// The resources, in exactly the order the region's page lists them: by priority, the more
    /// local first, then by name; lines closed right now after the others; services with a
    /// website only last.
    pub resources: Vec<ResourceOut>,
    /// What to do right now, in the page's order: the guides of the topics asked (every guide
    /// when no topic is asked), each step with its source. `{emergency}` in the data is already
    /// replaced by the region's first emergency number.
    pub guides: Vec<GuideOut>,
    /// When a listed line next opens or closes, which is when this answer stops being true
    /// (RFC 3339); `null` when none will.
    #[schema(format = DateTime)]
    pub valid_until: Option<String>,
    /// The version of the data answered from.
    pub data_version: String,
}

/// A country's general emergency number.
#[derive(Debug, Serialize, ToSchema)]
pub struct EmergencyNumber {
    /// Digits to dial.
    #[schema(example = "911")]
    pub number: String,
    /// Other numbers that also work.
    pub also: Vec<String>,
    /// A ready-made `tel:` URI.
    #[schema(example = "tel:911")]
    pub uri: String,
    /// Whether the number is 112 because the country is an EU member state (no row of its own).
    pub eu_112: bool,
    /// The day it was last confirmed (`null` for the EU 112 rule).
    #[schema(format = Date)]
    pub verified_at: Option<String>,
    /// Where it was confirmed.
    pub source: Option<String>,
    /// Every number and other way to reach the emergency services, each with the services it
    /// reaches: calls first, in the order shown (medical help first, police last), then texts,
    /// textphone, relay, video and apps. Empty for the EU 112 rule.
    pub numbers: Vec<EmergencyContactOut>,
    /// What to do when a call cannot be spoken (the UK's Silent Solution: press 55 when
    /// asked), where a source describes it for the country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub silent: Option<SilentOut>,
}

/// What to do when a call to the emergency number cannot be spoken.
#[derive(Debug, Serialize, ToSchema)]
pub struct SilentOut {
    /// The sentence, in the language asked for.
    pub text: TextOut,
    /// The page it rests on.
    pub source: String,
    /// When that page was last read.
    #[schema(format = Date)]
    pub verified_at: String,
}

/// One way to reach a country's emergency services.
#[derive(Debug, Serialize, ToSchema)]
pub struct EmergencyContactOut {
    /// Digits to dial or text (`null` for a video service or an app).
    #[schema(example = "119")]
    pub number: Option<String>,
    /// The services it reaches, as its source states them; `["unstated"]` when the source
    /// does not say.
    #[schema(value_type = Vec<String>, example = json!(["ambulance", "fire"]))]
    pub services: Vec<&'static str>,
    /// How it is reached: `voice`, `sms`, `tty`, `relay`, `video` or `app`.
    #[schema(example = "voice")]
    pub channel: &'static str,
    /// The page of a video service or an app.
    pub url: Option<String>,
    /// Registration needed first: `required`, `sms:WORD` (text WORD to the same number) or the
    /// page to register at; `null` when none is needed or the source does not say.
    pub register: Option<String>,
    /// A ready-made `tel:` (calls) or `sms:` (texts) URI.
    pub uri: Option<String>,
    /// The day it was last confirmed.
    #[schema(format = Date)]
    pub verified_at: String,
    /// Where it was confirmed.
    pub source: String,
    /// What kind of page the source is: `official`, `first-party`, `compiled` or `other`.
    pub source_kind: &'static str,
}

/// One resource.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResourceOut {
    /// Stable id.
    #[schema(example = "fireside-project")]
    pub id: String,
    /// The service's own name.
    pub name: String,
    /// At most 24 characters.
    pub short_name: String,
    /// Who runs it.
    pub organization: Option<String>,
    /// One sentence, in `lang` when translated, else in English.
    pub description: String,
    /// The language `description` is in.
    #[schema(example = "en")]
    pub description_lang: String,
    /// In a region's list: where the resource's area matched the region.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
    /// The regions it serves (ISO 3166 codes), or `["*"]` for everywhere.
    pub regions: Vec<String>,
    /// What it is for (DATA.md's topic vocabulary).
    pub topics: Vec<String>,
    /// How to reach it.
    pub contacts: Contacts,
    /// When it answers.
    pub hours: HoursOut,
    /// Languages it answers in (BCP 47 tags).
    pub languages: Vec<String>,
    /// `free` or a short text; `null` when not known.
    pub cost: Option<String>,
    /// Lower is listed first.
    pub priority: i32,
    /// The day the contact details were last confirmed at `source`.
    #[schema(format = Date, example = "2026-11-25")]
    pub verified_at: String,
    /// Where they were confirmed.
    pub source: String,
    /// This resource in this API.
    #[schema(example = "/api/v1/resources/fireside-project")]
    pub api_url: String,
    /// What to expect when contacting it, where the operator (or a government page about the
    /// line) says so; one note per aspect, empty where nothing is sourced.
    pub expect: Vec<ExpectOut>,
}

/// A sentence shown to visitors, in the language asked where it is translated.
#[derive(Debug, Serialize, ToSchema)]
pub struct TextOut {
    /// The sentence.
    pub text: String,
    /// The language it is in (`en`, `es` or `fr`).
    #[schema(example = "es")]
    pub lang: String,
    /// Who wrote or translated it.
    #[schema(example = "lifelines")]
    pub by: String,
    /// Whether a native speaker has reviewed it. The site marks a guide with an unreviewed
    /// sentence ("not yet reviewed by a native speaker"); a partner should too.
    pub reviewed: bool,
}

/// One thing to expect when contacting a line.
#[derive(Debug, Serialize, ToSchema)]
pub struct ExpectOut {
    /// What it is about: `answers` (who answers), `emergency` (when they may involve emergency
    /// services), `interpreters`, `wait` (a typical wait the operator states) or `bill` (whether
    /// it shows on a phone bill).
    #[schema(example = "answers")]
    pub aspect: String,
    /// The note, in `lang` where translated, else in English.
    pub text: TextOut,
    /// The operator's page, or a government page about the line.
    pub source: String,
    /// When the source was last read.
    #[schema(format = Date)]
    pub verified_at: String,
}

/// Steps for one situation, in the project's own words, each from a public-health source.
#[derive(Debug, Serialize, ToSchema)]
pub struct GuideOut {
    /// Stable id.
    #[schema(example = "hard-trip")]
    pub id: String,
    /// The topic whose choice shows it.
    #[schema(example = "psychedelic")]
    pub topic: String,
    /// Its title.
    pub title: TextOut,
    /// Whether the site shows it folded beneath the guides above it.
    pub folded: bool,
    /// The steps, in order.
    pub steps: Vec<StepOut>,
    /// For the overdose guide: the region's Good Samaritan law, or its country's; `null` where
    /// none is sourced (say nothing rather than guess).
    pub law: Option<LawOut>,
    /// For the overdose guide on a country whose laws differ by state or province: the
    /// subdivisions with a sourced law (see each region's own answer).
    pub laws_by_subdivision: Vec<RegionRef>,
}

/// One step of a guide.
#[derive(Debug, Serialize, ToSchema)]
pub struct StepOut {
    /// 1, 2, …
    pub number: u32,
    /// What to do.
    pub text: TextOut,
    /// Its SMS form (at most 70 characters), for the steps an SMS reply carries.
    pub sms_text: Option<TextOut>,
    /// The public-health page it comes from.
    pub source: String,
    /// When the source was last read.
    #[schema(format = Date)]
    pub verified_at: String,
}

/// An overdose Good Samaritan law: what it can protect and its limits. Laws differ and this is
/// not legal advice; never present it as a promise.
#[derive(Debug, Serialize, ToSchema)]
pub struct LawOut {
    /// The country or subdivision it covers (ISO 3166).
    #[schema(example = "US-CA")]
    pub region: String,
    /// Its name as enacted.
    pub name: String,
    /// What it can protect.
    pub covers: TextOut,
    /// What it does not cover.
    pub limits: TextOut,
    /// The page that states both.
    pub source: String,
    /// When the source was last read.
    #[schema(format = Date)]
    pub verified_at: String,
}

/// Where a listed resource's area matched the region asked for.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// It serves the subdivision specifically.
    Subdivision,
    /// It serves the whole country.
    Country,
    /// It serves everywhere.
    Worldwide,
}

/// The ways to reach a resource.
#[derive(Debug, Serialize, ToSchema)]
pub struct Contacts {
    /// The number to call.
    pub phone: Option<Phone>,
    /// The number to text.
    pub sms: Option<Sms>,
    /// Web chat.
    pub chat_url: Option<String>,
    /// App store or app page.
    pub app_url: Option<String>,
    /// The service's website.
    pub website: String,
    /// Ways in without a voice call to `phone`, each with its own source: a textphone (`tty`),
    /// a relay service (`relay`), sign-language video (`video`), `whatsapp` and `email`.
    pub access: Vec<AccessChannel>,
}

/// A way to reach a line without a voice call to its number.
#[derive(Debug, Serialize, ToSchema)]
pub struct AccessChannel {
    /// `tty`, `relay`, `video`, `whatsapp` or `email`.
    #[serde(rename = "type")]
    #[schema(rename = "type", pattern = "^(tty|relay|video|whatsapp|email)$")]
    pub kind: String,
    /// The number (E.164 or short code's digits) of a textphone, a videophone or WhatsApp; for
    /// `relay`, the number to ask the relay service for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// For `relay`: the relay service's number to dial first; absent: the caller's own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    /// For `video`: the sign language's ISO 639-3 code: `ase` (ASL), `bfi` (BSL), `asf`
    /// (Auslan), `fcs` (LSQ), `isg` (ISL), `nzs` (NZSL).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sign_language: Option<String>,
    /// For `video`: the page to start it from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// For `email`: the address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// What to tap (`tel:`, `mailto:`, `https:`), where there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// The page that states it.
    pub source: String,
    /// The day it was confirmed there.
    #[schema(format = Date)]
    pub verified_at: String,
}

/// A number to call.
#[derive(Debug, Serialize, ToSchema)]
pub struct Phone {
    /// What to dial: the E.164 number, or a national short code's digits.
    #[schema(example = "+16234737433")]
    pub dial: String,
    /// The E.164 form; `null` for a short code that works only inside its country.
    pub e164: Option<String>,
    /// The country the number belongs to (for a short code, the only one it works in).
    pub country_code: String,
    /// The number as written inside its own country.
    #[schema(example = "(623) 473-7433")]
    pub display: String,
    /// The menu choice to make once connected (`2` for "press 2").
    pub option: Option<String>,
    /// A ready-made `tel:` URI.
    #[schema(example = "tel:+16234737433")]
    pub uri: String,
    /// Whether the number can be called from outside its country, where the operator says:
    /// `yes`, `no` (only from the country's own phone networks), or `other_number` (call
    /// `abroad_number` instead); absent where the data does not say.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(pattern = "^(yes|no|other_number)$")]
    pub abroad: Option<String>,
    /// The E.164 number the operator gives for callers outside the country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub abroad_number: Option<String>,
    /// The phone networks the number works from, where it works only from some.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub networks: Option<String>,
}

/// A number to text.
#[derive(Debug, Serialize, ToSchema)]
pub struct Sms {
    /// What to send the text to: the E.164 number, or a short code's digits.
    pub dial: String,
    /// The E.164 form; `null` for a short code.
    pub e164: Option<String>,
    /// The country the number belongs to.
    pub country_code: String,
    /// The number as written inside its own country.
    pub display: String,
    /// The word to send, when the service asks for one.
    pub keyword: Option<String>,
    /// A ready-made `sms:` URI, with the keyword prefilled as the message.
    #[schema(example = "sms:741741?body=HOME")]
    pub uri: String,
}

/// Hours as data, and whether the resource is open at the moment of the answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct HoursOut {
    /// `always` (24/7), `schedule`, or `unknown` (no source settles the hours).
    pub kind: HoursKind,
    /// The schedule in OpenStreetMap `opening_hours` syntax, or `24/7`, or `unknown`.
    #[schema(example = "Mo-Fr 10:00-18:00")]
    pub opening_hours: String,
    /// The IANA time zone the schedule is written in; `null` unless `kind` is `schedule`.
    #[schema(example = "America/Los_Angeles")]
    pub timezone: Option<String>,
    /// Whether it is open now; `null` when the hours are unknown.
    pub open_now: Option<bool>,
    /// When open: the moment it closes (RFC 3339); `null` when it never does.
    #[schema(format = DateTime)]
    pub until: Option<String>,
    /// When closed: the moment it opens again (RFC 3339).
    #[schema(format = DateTime)]
    pub opens_at: Option<String>,
}

/// The three forms of hours.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum HoursKind {
    /// Open 24/7.
    Always,
    /// An `opening_hours` schedule in a time zone.
    Schedule,
    /// Not confirmed: never shown as open.
    Unknown,
}

/// `GET /api/v1/lookup`: the caller's region, found as for `/`.
#[derive(Debug, Serialize, ToSchema)]
pub struct LookupAnswer {
    /// The region found; `null` when nothing placed the caller (use the worldwide list).
    pub region: Option<RegionRef>,
    /// How it was found.
    pub source: LookupSource,
    /// With `place`: every place it can mean, best first (`region` is the first); one when it
    /// settles on one region, several when the name is places in several regions and neither
    /// the text nor `region`'s country says which, none when nothing matched. Absent without
    /// `place`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matches: Option<Vec<PlaceMatchRef>>,
}

/// One place a typed place can mean.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlaceMatchRef {
    /// The region whose lines serve it.
    pub region: RegionRef,
    /// The town or city's name (GeoNames), when the place was one.
    #[schema(example = "Denver")]
    pub town: Option<String>,
    /// Its population (GeoNames), when the place was a town: how matches are ranked.
    #[schema(example = 729019)]
    pub population: Option<u32>,
}

/// How a lookup found the region.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LookupSource {
    /// `?region=` named it.
    Url,
    /// `?place=` named it, read as a text is (towns, postal codes, region names).
    Place,
    /// The CDN's geo header.
    CdnHeader,
    /// The GeoIP database placed the caller's address (the address is not kept).
    Geoip,
    /// Nothing matched.
    None,
}

/// An error, as RFC 9457 `application/problem+json`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Problem {
    /// A URI reference naming the kind of problem; `about:blank` means the status says it all.
    #[schema(example = "about:blank")]
    #[serde(rename = "type")]
    pub kind: String,
    /// The status's reason phrase.
    #[schema(example = "Bad Request")]
    pub title: String,
    /// The HTTP status.
    #[schema(example = 400)]
    pub status: u16,
    /// What was wrong, and what is allowed.
    pub detail: String,
    /// The query or path parameter that was wrong, when one was.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(example = "topic")]
    pub parameter: Option<String>,
    /// The values or names that parameter allows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed: Option<Vec<String>>,
}
