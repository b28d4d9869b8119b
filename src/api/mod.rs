//! The partner API apart from HTTP: which answer a request names ([`Endpoint`]), the answers as
//! data ([`model`], [`hsds`]), the open data files ([`opendata`]) and the query parameters each
//! endpoint takes ([`params`]). Answers are pages of their own: `render` calls [`render`] with
//! the snapshot and the moment, so each is rendered once per snapshot, compressed and ETag'd
//! like any page. Nothing here imports actix.

pub mod changes;
pub mod hsds;
pub mod model;
pub mod opendata;
pub mod params;

use crate::directory::guidance::{LawFor, Text};
use crate::directory::{EmergencyNumber, Scope, Snapshot};
use crate::domain::Topics;
use crate::domain::{Hours, PhoneNumber, Region, Resource, UiLanguage};
use crate::rendered::Rendered;
use chrono::{DateTime, SecondsFormat, Utc};
use model::*;

/// The content type of every JSON answer.
pub const JSON: &str = "application/json";
/// The content type of an error.
pub const PROBLEM_JSON: &str = "application/problem+json";
/// The licence the data is offered under.
pub const DATA_LICENSE: &str = "CC-BY-4.0";
/// Where that licence is written.
pub const DATA_LICENSE_URL: &str = "https://creativecommons.org/licenses/by/4.0/";

/// One cacheable answer of the API, apart from its language (the page key's).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Endpoint {
    /// `/api/v1/regions`.
    Regions,
    /// `/api/v1/regions/{code}`, narrowed to topics.
    Region {
        /// The region.
        region: Region,
        /// The topics; empty for all.
        topics: Topics,
    },
    /// `/api/v1/resources/{id}`, for an id the snapshot has.
    Resource(String),
    /// `/api/v1/hsds/services`, one page (a page past the last as [`hsds::Paging::within`]
    /// makes it, so that every number past the end is one key).
    HsdsServices(hsds::Paging, hsds::Since),
    /// `/api/v1/hsds/services/{id}`: the service of the resource at this position in the
    /// snapshot's file order.
    HsdsService(usize),
    /// `/api/v1/hsds/organizations`, one page (past the last as for services).
    HsdsOrganizations(hsds::Paging),
    /// `/data/{name}`: one of the snapshot's own CSV files.
    DataFile(String),
    /// `/api/v1/changes`: what each release changed.
    Changes,
    /// `/data/changes.atom`: the same as an Atom feed.
    ChangesAtom,
}

/// Renders `endpoint` from `snapshot` at `now`, descriptions in `lang`. The HSDS answers come
/// from `hsds`, the snapshot's export (built on the first HSDS answer).
pub fn render(
    snapshot: &Snapshot,
    hsds: &hsds::ExportCell,
    endpoint: &Endpoint,
    lang: UiLanguage,
    now: DateTime<Utc>,
) -> Rendered {
    match endpoint {
        Endpoint::Regions => json(&regions(snapshot), None),
        Endpoint::Region { region, topics } => {
            let (answer, valid_until) = region_answer(snapshot, *region, topics, lang, now);
            json(&answer, valid_until)
        }
        Endpoint::Resource(id) => match snapshot.resource(id) {
            Some(r) => json(
                &resource(snapshot, r, None, lang, now),
                r.hours.next_change(now),
            ),
            None => json(&serde_json::Value::Null, None),
        },
        Endpoint::HsdsServices(paging, since) => json(
            &hsds.get(snapshot).service_page(snapshot, *paging, *since),
            None,
        ),
        Endpoint::Changes => json(&changes::list(snapshot), None),
        Endpoint::ChangesAtom => Rendered {
            body: changes::atom(snapshot),
            content_type: changes::ATOM,
            valid_until: None,
        },
        Endpoint::HsdsService(index) => match hsds.get(snapshot).service(snapshot, *index) {
            Some(service) => json(&service, None),
            None => json(&serde_json::Value::Null, None),
        },
        Endpoint::HsdsOrganizations(paging) => {
            json(&hsds.get(snapshot).organization_page(*paging), None)
        }
        Endpoint::DataFile(name) => Rendered {
            body: snapshot
                .file(name)
                .map(|b| String::from_utf8_lossy(b).into_owned())
                .unwrap_or_default(),
            content_type: opendata::CSV,
            valid_until: None,
        },
    }
}

/// A resource's ways in without a voice call, as the API gives them.
fn access(r: &Resource) -> Vec<AccessChannel> {
    use crate::domain::Access;
    r.access
        .iter()
        .map(|way| {
            let mut a = AccessChannel {
                kind: way.access.kind().to_string(),
                number: None,
                via: None,
                sign_language: None,
                url: None,
                email: None,
                uri: None,
                source: way.source.clone(),
                verified_at: way.verified_at.to_string(),
            };
            match &way.access {
                Access::Tty(n) | Access::WhatsApp(n) => {
                    a.number = Some(n.dial().to_string());
                    a.uri = Some(match &way.access {
                        Access::WhatsApp(_) => {
                            format!("https://wa.me/{}", n.dial().trim_start_matches('+'))
                        }
                        _ => crate::view::tel_uri(n),
                    });
                }
                Access::Relay { via, number } => {
                    a.number = Some(number.dial().to_string());
                    a.via = via.clone();
                    a.uri = via.as_ref().map(|v| format!("tel:{v}"));
                }
                Access::Video {
                    language,
                    url,
                    number,
                } => {
                    a.sign_language = Some(language.code().to_string());
                    a.url = url.clone();
                    a.number = number.as_ref().map(|n| n.dial().to_string());
                    a.uri = url
                        .clone()
                        .or_else(|| number.as_ref().map(crate::view::tel_uri));
                }
                Access::Email(address) => {
                    a.email = Some(address.clone());
                    a.uri = Some(format!("mailto:{address}"));
                }
            }
            a
        })
        .collect()
}

/// An answer as JSON. The answer types serialise infallibly (no maps with non-string keys).
fn json<T: serde::Serialize>(value: &T, valid_until: Option<DateTime<Utc>>) -> Rendered {
    Rendered {
        body: serde_json::to_string(value).unwrap_or_else(|_| "null".into()),
        content_type: JSON,
        valid_until,
    }
}

/// The region's name and full name in `lang`, as the pages name it (CLDR country names).
pub fn region_names(region: Region, lang: UiLanguage) -> (String, String) {
    (
        crate::i18n::region_name(region, lang),
        crate::i18n::full_region_name(region, lang),
    )
}

/// A region as answers name it.
pub fn region_ref(region: Region, lang: UiLanguage) -> RegionRef {
    let (name, full_name) = region_names(region, lang);
    RegionRef {
        code: region.code().to_string(),
        name,
        full_name,
        kind: match region {
            Region::Country(_) => RegionKind::Country,
            Region::Subdivision(..) => RegionKind::Subdivision,
        },
        country_code: region.country().as_str().to_string(),
        path: region.path(),
        api_url: format!("/api/v1/regions/{}", region.code()),
    }
}

/// Every region with data, in the picker's order.
pub fn regions(snapshot: &Snapshot) -> RegionList {
    let mut regions = Vec::new();
    for (cc, subs) in snapshot.regions_with_data() {
        regions.push(region_ref(Region::Country(*cc), UiLanguage::En));
        regions.extend(subs.iter().map(|r| region_ref(*r, UiLanguage::En)));
    }
    RegionList {
        regions,
        data_version: snapshot.version.clone(),
    }
}

/// A region's answer and the moment it stops being true.
pub fn region_answer(
    snapshot: &Snapshot,
    region: Region,
    topics: &Topics,
    lang: UiLanguage,
    now: DateTime<Utc>,
) -> (RegionAnswer, Option<DateTime<Utc>>) {
    let listing = snapshot.listing(Some(region), topics.as_slice(), now);
    let valid_until = Snapshot::next_change(&listing, now);
    let answer = RegionAnswer {
        region: region_ref(region, lang),
        lang: lang.tag().to_string(),
        topics: topics
            .as_slice()
            .iter()
            .map(|t| t.as_str().to_string())
            .collect(),
        emergency: listing
            .emergency
            .as_ref()
            .map(|e| emergency(e, snapshot, lang)),
        resources: listing
            .resources
            .iter()
            .map(|(scope, r)| resource(snapshot, r, Some(*scope), lang, now))
            .collect(),
        guides: guides(snapshot, &listing, region, topics.as_slice(), lang),
        valid_until: valid_until.map(rfc3339),
        data_version: snapshot.version.clone(),
    };
    (answer, valid_until)
}

fn emergency_contact(c: &crate::domain::EmergencyContact) -> model::EmergencyContactOut {
    use crate::domain::{Channel, Registration};
    model::EmergencyContactOut {
        number: c.number.clone(),
        services: c.services.iter().map(|s| s.as_str()).collect(),
        channel: c.channel.as_str(),
        url: c.url.clone(),
        register: c.register.as_ref().map(|r| match r {
            Registration::Required => "required".to_string(),
            Registration::Sms(word) => format!("sms:{word}"),
            Registration::Url(url) => url.clone(),
        }),
        uri: c.number.as_ref().and_then(|n| match c.channel {
            Channel::Voice | Channel::Tty | Channel::Relay => Some(format!("tel:{n}")),
            Channel::Sms => Some(format!("sms:{n}")),
            Channel::Video | Channel::App => None,
        }),
        verified_at: c.verified_at.to_string(),
        source: c.source.clone(),
        source_kind: c.source_kind.as_str(),
    }
}

fn emergency(
    e: &EmergencyNumber<'_>,
    snapshot: &Snapshot,
    lang: UiLanguage,
) -> model::EmergencyNumber {
    match e {
        EmergencyNumber::Listed(e) => model::EmergencyNumber {
            number: e.number.clone(),
            also: e.also.clone(),
            uri: format!("tel:{}", e.number),
            eu_112: false,
            verified_at: Some(e.verified_at.to_string()),
            source: Some(e.source.clone()),
            numbers: e.contacts.iter().map(emergency_contact).collect(),
            silent: snapshot
                .guidance()
                .silent_for(e.country, lang)
                .map(|(s, text)| model::SilentOut {
                    text: text_out(text, lang, &e.number),
                    source: s.source.clone(),
                    verified_at: s.verified_at.to_string(),
                }),
        },
        EmergencyNumber::Eu112 => model::EmergencyNumber {
            number: "112".into(),
            also: Vec::new(),
            uri: "tel:112".into(),
            eu_112: true,
            verified_at: None,
            source: None,
            numbers: Vec::new(),
            silent: None,
        },
    }
}

/// A timestamp as answers write it: RFC 3339 in UTC, to the second.
pub fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The description in `lang` when translated, else in English, and the language it is in.
fn description(snapshot: &Snapshot, r: &Resource, lang: UiLanguage) -> (String, UiLanguage) {
    let translated = match lang {
        UiLanguage::En => None,
        _ => snapshot.guidance().description(lang, &r.id),
    };
    match translated {
        Some(d) => (d.text.clone(), lang),
        None => (r.description.clone(), UiLanguage::En),
    }
}

/// A sentence of the guidance in `lang`, `{emergency}` replaced by `number`.
fn text_out(text: &Text, lang: UiLanguage, number: &str) -> TextOut {
    TextOut {
        text: text.text.replace("{emergency}", number),
        lang: lang.tag().to_string(),
        by: text.by.clone(),
        reviewed: text.reviewed,
    }
}

/// The guides for `topics` (every one for none), as the page shows them, with the law.
fn guides(
    snapshot: &Snapshot,
    listing: &crate::directory::Listing,
    region: Region,
    topics: &[crate::domain::Topic],
    lang: UiLanguage,
) -> Vec<GuideOut> {
    let guidance = snapshot.guidance();
    let number = crate::view::number_in_steps(listing, lang);
    let said = |item: &str, field: &str| {
        guidance
            .text(lang, item, field)
            .map(|t| text_out(t, lang, &number))
    };
    guidance
        .guides_for(topics)
        .filter_map(|g| {
            let item = format!("guide/{}", g.id);
            let steps = g
                .steps
                .iter()
                .filter_map(|s| {
                    let item = format!("{item}/{}", s.number);
                    Some(StepOut {
                        number: s.number,
                        text: said(&item, "text")?,
                        sms_text: s.sms.and_then(|_| said(&item, "short")),
                        source: s.source.clone(),
                        verified_at: s.verified_at.to_string(),
                    })
                })
                .collect();
            let law = (g.topic == crate::domain::Topic::Overdose)
                .then(|| guidance.law_for(region))
                .flatten();
            let (law, laws_by_subdivision) = match law {
                Some(LawFor::Law(law)) => {
                    let item = format!("law/{}", law.region.code());
                    let out =
                        said(&item, "covers")
                            .zip(said(&item, "limits"))
                            .map(|(covers, limits)| LawOut {
                                region: law.region.code().to_string(),
                                name: law.name.clone(),
                                covers,
                                limits,
                                source: law.source.clone(),
                                verified_at: law.verified_at.to_string(),
                            });
                    (out, Vec::new())
                }
                Some(LawFor::BySubdivision(laws)) => (
                    None,
                    laws.iter().map(|l| region_ref(l.region, lang)).collect(),
                ),
                None => (None, Vec::new()),
            };
            Some(GuideOut {
                id: g.id.clone(),
                topic: g.topic.as_str().to_string(),
                title: said(&item, "title")?,
                folded: g.folded,
                steps,
                law,
                laws_by_subdivision,
            })
        })
        .collect()
}

/// What to expect from `r`, in `lang` where translated and else in English.
fn expect(snapshot: &Snapshot, r: &Resource, lang: UiLanguage) -> Vec<ExpectOut> {
    let guidance = snapshot.guidance();
    guidance
        .expectations_of(&r.id)
        .iter()
        .filter_map(|e| {
            let (text, text_lang) = guidance.expectation_text(lang, e)?;
            Some(ExpectOut {
                aspect: e.aspect.clone(),
                text: text_out(text, text_lang, ""),
                source: e.source.clone(),
                verified_at: e.verified_at.to_string(),
            })
        })
        .collect()
}

/// One resource as answers show it, at `now`.
pub fn resource(
    snapshot: &Snapshot,
    r: &Resource,
    scope: Option<Scope>,
    lang: UiLanguage,
    now: DateTime<Utc>,
) -> ResourceOut {
    let (description, description_lang) = description(snapshot, r, lang);
    ResourceOut {
        id: r.id.clone(),
        name: r.name.clone(),
        short_name: r.short_name.clone(),
        organization: r.organization.clone(),
        description,
        description_lang: description_lang.tag().to_string(),
        scope: scope.map(|s| match s {
            Scope::Subdivision => model::Scope::Subdivision,
            Scope::Country => model::Scope::Country,
            Scope::Worldwide => model::Scope::Worldwide,
        }),
        regions: match &r.area {
            crate::domain::Area::Everywhere => vec!["*".into()],
            crate::domain::Area::Regions(rs) => rs.iter().map(|g| g.code().to_string()).collect(),
        },
        topics: r.topics.iter().map(|t| t.as_str().to_string()).collect(),
        contacts: Contacts {
            phone: r.phone.as_ref().map(|p| {
                let (dial, e164, country_code, display) = number_parts(p);
                Phone {
                    dial,
                    e164,
                    country_code,
                    display,
                    option: r.phone_option.clone(),
                    uri: crate::view::tel_uri(p),
                    abroad: r.abroad.as_ref().map(|a| {
                        match a {
                            crate::domain::Abroad::Yes => "yes",
                            crate::domain::Abroad::No => "no",
                            crate::domain::Abroad::Call(_) => "other_number",
                        }
                        .to_string()
                    }),
                    abroad_number: match &r.abroad {
                        Some(crate::domain::Abroad::Call(n)) => Some(n.dial().to_string()),
                        _ => None,
                    },
                    networks: r.networks.clone(),
                }
            }),
            sms: r.sms.as_ref().map(|p| {
                let (dial, e164, country_code, display) = number_parts(p);
                Sms {
                    dial,
                    e164,
                    country_code,
                    display,
                    keyword: r.sms_keyword.clone(),
                    uri: crate::view::sms_uri(p, r.sms_keyword.as_deref()),
                }
            }),
            chat_url: r.chat_url.clone(),
            app_url: r.app_url.clone(),
            website: r.website.clone(),
            access: access(r),
        },
        hours: hours(&r.hours, now),
        languages: r.languages.iter().map(|l| l.as_str().to_string()).collect(),
        cost: r.cost.clone(),
        priority: r.priority,
        verified_at: r.verified_at.to_string(),
        source: r.source.clone(),
        api_url: format!("/api/v1/resources/{}", r.id),
        expect: expect(snapshot, r, lang),
    }
}

/// What to dial, the E.164 form if any, the number's country, and its national form.
fn number_parts(p: &PhoneNumber) -> (String, Option<String>, String, String) {
    match p {
        PhoneNumber::E164 {
            e164,
            country,
            national,
            ..
        } => (
            e164.clone(),
            Some(e164.clone()),
            country.as_str().to_string(),
            national.clone(),
        ),
        PhoneNumber::Short { country, digits } => (
            digits.clone(),
            None,
            country.as_str().to_string(),
            digits.clone(),
        ),
    }
}

/// Hours as data, and open now at `now`.
pub fn hours(h: &Hours, now: DateTime<Utc>) -> HoursOut {
    let open_now = h.is_open(now);
    let change = h.next_change(now).map(rfc3339);
    let (kind, opening_hours, timezone) = match h {
        Hours::Always => (HoursKind::Always, "24/7".to_string(), None),
        Hours::Unknown => (HoursKind::Unknown, "unknown".to_string(), None),
        Hours::Schedule { text, timezone, .. } => (
            HoursKind::Schedule,
            text.clone(),
            Some(timezone.name().to_string()),
        ),
    };
    HoursOut {
        kind,
        opening_hours,
        timezone,
        open_now,
        until: change.clone().filter(|_| open_now == Some(true)),
        opens_at: change.filter(|_| open_now == Some(false)),
    }
}
