//! The directory in Open Referral's Human Services Data Specification 3.0, so 211 systems and
//! other directories can ingest it: each resource is an HSDS `service`, with its `phones`
//! (`voice` to call, `text` to text), one `schedule`, its `service_areas` and `languages`, and
//! the `organization` that runs it.
//!
//! HSDS ids are UUIDs: each is a version-5 UUID of the resource's id (or the organization's
//! name), so it stays the same across snapshots and servers. HSDS gives a schedule's time zone
//! only as a UTC offset, which cannot follow daylight saving time; a schedule therefore carries
//! the OpenStreetMap `opening_hours` text in `description` and the IANA zone in `notes`, and no
//! `timezone` offset.

use crate::directory::Snapshot;
use crate::domain::{Area, Hours, PhoneNumber, Resource};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, OnceLock};
use utoipa::ToSchema;
use uuid::Uuid;

/// The namespace every exported id is derived in.
const NAMESPACE: Uuid = Uuid::from_u128(0x6c69_6665_6c69_4e65_8000_6873_6473_0003);

/// A stable UUID for `kind` (`service`, `phone-voice`…) of `key`.
pub fn uuid(kind: &str, key: &str) -> String {
    Uuid::new_v5(&NAMESPACE, format!("{kind}:{key}").as_bytes()).to_string()
}

/// The HSDS id of a resource.
pub fn service_id(r: &Resource) -> String {
    uuid("service", &r.id)
}

/// One page of a list: `?page=` from 1, `?per_page=` up to [`Paging::MAX_PER_PAGE`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Paging {
    /// The page, from 1.
    pub page: u32,
    /// Items per page.
    pub per_page: u32,
}

impl Paging {
    /// The most items a page holds.
    pub const MAX_PER_PAGE: u32 = 500;
    /// Items per page when `?per_page=` is not given.
    pub const DEFAULT_PER_PAGE: u32 = 50;

    /// The page to answer for `self` in a list of `total` items: itself up to the last page,
    /// and for any page past the last, the first page past it. Every number past the end thus
    /// names one and the same empty page (`empty: true`, as HSDS 3.0's paginated lists answer
    /// it), not a page of its own.
    pub fn within(self, total: usize) -> Paging {
        let pages = total.div_ceil(self.per_page.max(1) as usize).max(1);
        let past_last = u32::try_from(pages).unwrap_or(u32::MAX).saturating_add(1);
        Paging {
            page: self.page.clamp(1, past_last),
            per_page: self.per_page,
        }
    }
}

/// `?modified_after=`, as the first release it reaches: the answer changes only at a release,
/// so every time between two releases is one key (and one stored answer). `None` lists every
/// service.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Since(Option<usize>);

impl Since {
    /// The services changed on or after `after` (HSDS: "modified on or after this datetime").
    pub fn of(snapshot: &Snapshot, after: Option<chrono::DateTime<chrono::Utc>>) -> Since {
        let releases = snapshot.history().releases();
        Since(after.map(|t| {
            releases
                .iter()
                .position(|r| r.at >= t)
                .unwrap_or(releases.len())
        }))
    }

    /// Whether the resource `id` changed in or after that release. A resource no release names
    /// (data changed in place, or no history) counts as changed: a mirror fetches it again
    /// rather than miss it.
    pub fn includes(self, snapshot: &Snapshot, id: &str) -> bool {
        let Some(first) = self.0 else {
            return true;
        };
        let history = snapshot.history();
        match history.last_changed(id) {
            None => true,
            Some(at) => history.releases().get(first).is_some_and(|r| at >= r.at),
        }
    }

    /// How many services it lists.
    pub fn count(self, snapshot: &Snapshot) -> usize {
        snapshot
            .resources()
            .iter()
            .filter(|r| self.includes(snapshot, &r.id))
            .count()
    }
}

impl Default for Paging {
    fn default() -> Self {
        Paging {
            page: 1,
            per_page: Self::DEFAULT_PER_PAGE,
        }
    }
}

/// A page of services, as HSDS's `Page` schema describes it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ServicePage {
    /// How many services there are in all.
    pub total_items: u64,
    /// How many pages of `size` there are.
    pub total_pages: u64,
    /// This page's number, from 1.
    pub page_number: u64,
    /// How many services this page holds.
    pub size: u64,
    /// Whether this is the first page.
    pub first_page: bool,
    /// Whether this is the last page.
    pub last_page: bool,
    /// Whether this page is empty.
    pub empty: bool,
    /// The services, with their organization.
    pub contents: Vec<Service>,
}

/// A page of organizations, as HSDS's `Page` schema describes it.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrganizationPage {
    /// How many organizations there are in all.
    pub total_items: u64,
    /// How many pages there are.
    pub total_pages: u64,
    /// This page's number, from 1.
    pub page_number: u64,
    /// How many organizations this page holds.
    pub size: u64,
    /// Whether this is the first page.
    pub first_page: bool,
    /// Whether this is the last page.
    pub last_page: bool,
    /// Whether this page is empty.
    pub empty: bool,
    /// The organizations.
    pub contents: Vec<Organization>,
}

/// An HSDS `service`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Service {
    /// Version-5 UUID of the resource's id.
    #[schema(format = "uuid")]
    pub id: String,
    /// The organization that runs it.
    #[schema(format = "uuid")]
    pub organization_id: String,
    /// The service's own name.
    pub name: String,
    /// Its short name, when it differs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alternate_name: Option<String>,
    /// One sentence, in English.
    pub description: String,
    /// Its website.
    #[schema(format = "uri")]
    pub url: String,
    /// An e-mail address the operator offers for support, where the data has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(format = "email")]
    pub email: Option<String>,
    /// Always `active`: only services in use are listed.
    pub status: String,
    /// What it costs (`free`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fees_description: Option<String>,
    /// Interpreters, where the operator (or a government page about the line) says so: the one
    /// thing to expect from a line that HSDS has a field for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interpretation_services: Option<String>,
    /// The day the details were last confirmed (`verified_at`).
    #[schema(format = Date)]
    pub assured_date: String,
    /// When a data release last changed the service's row (from the data's history file);
    /// absent when no release names it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(format = DateTime)]
    pub last_modified: Option<String>,
    /// Numbers to call (`voice`) and to text (`text`).
    pub phones: Vec<HsdsPhone>,
    /// When it answers.
    pub schedules: Vec<Schedule>,
    /// Where it helps.
    pub service_areas: Vec<ServiceArea>,
    /// Languages it answers in.
    pub languages: Vec<Language>,
    /// The organization that runs it (in single-service answers and lists alike).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<Organization>,
}

/// An HSDS `organization`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Organization {
    /// Version-5 UUID of the organization's name.
    #[schema(format = "uuid")]
    pub id: String,
    /// Its name: the row's `organization`, or the service's name when the row names none.
    pub name: String,
    /// Which of the directory's services it runs.
    pub description: String,
    /// The website of its service, when it runs one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(format = "uri")]
    pub website: Option<String>,
}

/// An HSDS `phone`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct HsdsPhone {
    /// Stable UUID.
    #[schema(format = "uuid")]
    pub id: String,
    /// The service it reaches.
    #[schema(format = "uuid")]
    pub service_id: String,
    /// E.164, or a national short code's digits.
    pub number: String,
    /// `voice` or `text` (RFC 6350 types).
    #[serde(rename = "type")]
    pub kind: String,
    /// The menu choice or keyword, and where a short code works.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// An HSDS `schedule`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Schedule {
    /// Stable UUID.
    #[schema(format = "uuid")]
    pub id: String,
    /// The service it belongs to.
    #[schema(format = "uuid")]
    pub service_id: String,
    /// `opening_hours: <the OpenStreetMap opening_hours text>`, or 24/7.
    pub description: String,
    /// The IANA time zone the hours are in (HSDS's `timezone` is a fixed UTC offset, which
    /// cannot follow daylight saving time, so it is not given).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// An HSDS `service_area`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ServiceArea {
    /// Stable UUID.
    #[schema(format = "uuid")]
    pub id: String,
    /// The service.
    #[schema(format = "uuid")]
    pub service_id: String,
    /// The region's name (`California, United States`), or `Worldwide`.
    pub name: String,
    /// The ISO 3166 code, or `*` for everywhere.
    pub extent: String,
    /// `text`: the extent is a code, not a shape.
    pub extent_type: String,
    /// What the code is.
    pub description: String,
}

/// An HSDS `language`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Language {
    /// Stable UUID.
    #[schema(format = "uuid")]
    pub id: String,
    /// The service.
    #[schema(format = "uuid")]
    pub service_id: String,
    /// The language's English name.
    pub name: String,
    /// The BCP 47 tag as the data writes it (ISO 639-1 where one exists).
    pub code: String,
}

/// The name of the organization that runs `r`: the row's `organization`, or the service's
/// own name when the row names none.
fn organization_name(r: &Resource) -> &str {
    r.organization.as_deref().unwrap_or(&r.name)
}

/// The HSDS export of one snapshot, built in one pass over its rows: every organization
/// (sorted by name, with the services it runs named), each resource's organization, and each
/// service id's resource. A page of services is then made from its own rows alone, an
/// organization is found by index and a service by its id in a hash map, so no request costs
/// more than the page it asks for.
#[derive(Debug)]
pub struct Export {
    organizations: Vec<Organization>,
    /// For each resource, in file order, the index of its organization.
    organization_of: Vec<usize>,
    /// Each service id's resource, by its index in file order.
    by_service_id: HashMap<String, usize>,
}

impl Export {
    /// Builds the export of `snapshot`.
    pub fn new(snapshot: &Snapshot) -> Self {
        let resources = snapshot.resources();
        let mut by_name: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, r) in resources.iter().enumerate() {
            by_name.entry(organization_name(r)).or_default().push(i);
        }
        let mut organization_of = vec![0; resources.len()];
        let organizations = by_name
            .into_iter()
            .enumerate()
            .map(|(o, (name, services))| {
                let names: Vec<&str> = services
                    .iter()
                    .map(|&i| resources[i].name.as_str())
                    .collect();
                for &i in &services {
                    organization_of[i] = o;
                }
                Organization {
                    id: uuid("organization", name),
                    name: name.to_string(),
                    description: format!("Runs {}.", names.join("; ")),
                    website: match services.as_slice() {
                        [only] => Some(resources[*only].website.clone()),
                        _ => None,
                    },
                }
            })
            .collect();
        let by_service_id = resources
            .iter()
            .enumerate()
            .map(|(i, r)| (service_id(r), i))
            .collect();
        Export {
            organizations,
            organization_of,
            by_service_id,
        }
    }

    /// Every organization, sorted by name.
    pub fn organizations(&self) -> &[Organization] {
        &self.organizations
    }

    /// The position in `snapshot.resources()` of the resource whose HSDS service id is `id`
    /// (any case).
    pub fn resource_index(&self, id: &str) -> Option<usize> {
        self.by_service_id.get(&id.to_ascii_lowercase()).copied()
    }

    /// The resource of `snapshot` at `index` as an HSDS service, its organization nested.
    /// `snapshot` must be the one this export was built from.
    pub fn service(&self, snapshot: &Snapshot, index: usize) -> Option<Service> {
        let r = snapshot.resources().get(index)?;
        let org = self
            .organization_of
            .get(index)
            .and_then(|&o| self.organizations.get(o))?;
        // HSDS has a field for one thing to expect: interpreters (in English, as the export is).
        let guidance = snapshot.guidance();
        let interpretation = guidance
            .expectations_of(&r.id)
            .iter()
            .find(|e| e.aspect == "interpreters")
            .and_then(|e| guidance.expectation_text(crate::domain::UiLanguage::En, e))
            .map(|(t, _)| t.text.clone());
        let mut service = service_of(org, r, interpretation);
        service.last_modified = snapshot
            .history()
            .last_changed(&r.id)
            .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
        Some(service)
    }

    /// One page of the services `since` lists, in file order.
    pub fn service_page(&self, snapshot: &Snapshot, paging: Paging, since: Since) -> ServicePage {
        let listed: Vec<usize> = (0..snapshot.resources().len())
            .filter(|&i| since.includes(snapshot, &snapshot.resources()[i].id))
            .collect();
        let (range, counts) = page_range(listed.len(), paging);
        ServicePage {
            total_items: counts.total_items,
            total_pages: counts.total_pages,
            page_number: counts.page_number,
            size: range.len() as u64,
            first_page: counts.first_page,
            last_page: counts.last_page,
            empty: range.is_empty(),
            contents: listed[range]
                .iter()
                .filter_map(|&i| self.service(snapshot, i))
                .collect(),
        }
    }

    /// One page of every organization, by name.
    pub fn organization_page(&self, paging: Paging) -> OrganizationPage {
        let (range, counts) = page_range(self.organizations.len(), paging);
        OrganizationPage {
            total_items: counts.total_items,
            total_pages: counts.total_pages,
            page_number: counts.page_number,
            size: range.len() as u64,
            first_page: counts.first_page,
            last_page: counts.last_page,
            empty: range.is_empty(),
            contents: self.organizations[range].to_vec(),
        }
    }
}

/// A snapshot's [`Export`], built the first time it is asked for and kept while the snapshot
/// serves: a publishing edition holds one beside its snapshot.
#[derive(Debug, Default)]
pub struct ExportCell(OnceLock<Arc<Export>>);

impl ExportCell {
    /// The export of `snapshot`, built now if it was not yet. Always pass the same snapshot.
    pub fn get(&self, snapshot: &Snapshot) -> &Arc<Export> {
        self.0.get_or_init(|| Arc::new(Export::new(snapshot)))
    }

    /// The export, if it was built already.
    pub fn ready(&self) -> Option<&Arc<Export>> {
        self.0.get()
    }
}

/// `r` as an HSDS service run by `org`.
fn service_of(org: &Organization, r: &Resource, interpretation: Option<String>) -> Service {
    let id = service_id(r);
    let mut phones = Vec::new();
    if let Some(p) = &r.phone {
        phones.push(HsdsPhone {
            id: uuid("phone-voice", &r.id),
            service_id: id.clone(),
            number: p.dial().to_string(),
            kind: "voice".into(),
            description: phone_description(
                p,
                r.phone_option.as_deref().map(|o| format!("then press {o}")),
            ),
        });
    }
    if let Some(p) = &r.sms {
        phones.push(HsdsPhone {
            id: uuid("phone-text", &r.id),
            service_id: id.clone(),
            number: p.dial().to_string(),
            kind: "text".into(),
            description: phone_description(
                p,
                r.sms_keyword.as_deref().map(|k| format!("text {k}")),
            ),
        });
    }
    // Ways in without a voice call that HSDS has a phone type for (RFC 6350's): a textphone,
    // a videophone, and a relay service with the number to ask for.
    for (n, way) in r.access.iter().enumerate() {
        let (number, kind, detail) = match &way.access {
            crate::domain::Access::Tty(p) => (p, "textphone", "textphone (TTY)".to_string()),
            crate::domain::Access::Video {
                language,
                number: Some(p),
                ..
            } => (
                p,
                "video",
                format!("{} by videophone", language.abbreviation()),
            ),
            crate::domain::Access::Relay { via, number } => (
                number,
                "textphone",
                match via {
                    Some(v) => {
                        format!("through a relay service: dial {v}, then ask for this number")
                    }
                    None => "through the caller's relay service".to_string(),
                },
            ),
            _ => continue,
        };
        phones.push(HsdsPhone {
            id: uuid("phone-access", &format!("{}:{n}", r.id)),
            service_id: id.clone(),
            number: number.dial().to_string(),
            kind: kind.into(),
            description: phone_description(number, Some(detail)),
        });
    }
    let schedule = |description: String, notes: Option<String>| Schedule {
        id: uuid("schedule", &r.id),
        service_id: id.clone(),
        description,
        notes,
    };
    let schedules = match &r.hours {
        Hours::Always => vec![schedule(
            "opening_hours: 24/7 (open all day, every day)".into(),
            None,
        )],
        Hours::Unknown => Vec::new(),
        Hours::Schedule { text, timezone, .. } => vec![schedule(
            format!("opening_hours: {text}"),
            Some(format!(
                "Times are local to the IANA time zone {timezone}, daylight saving time included."
            )),
        )],
    };
    let service_areas = match &r.area {
        Area::Everywhere => vec![ServiceArea {
            id: uuid("service-area", &format!("{}:*", r.id)),
            service_id: id.clone(),
            name: "Worldwide".into(),
            extent: "*".into(),
            extent_type: "text".into(),
            description: "Everywhere".into(),
        }],
        Area::Regions(regions) => regions
            .iter()
            .map(|g| ServiceArea {
                id: uuid("service-area", &format!("{}:{}", r.id, g.code())),
                service_id: id.clone(),
                name: g.full_name(),
                extent: g.code().to_string(),
                extent_type: "text".into(),
                description: match g {
                    crate::domain::Region::Country(_) => {
                        "ISO 3166-1 alpha-2 country code, every subdivision included".into()
                    }
                    crate::domain::Region::Subdivision(..) => "ISO 3166-2 subdivision code".into(),
                },
            })
            .collect(),
    };
    let languages = r
        .languages
        .iter()
        .map(|l| Language {
            id: uuid("language", &format!("{}:{}", r.id, l.as_str())),
            service_id: id.clone(),
            name: l.english_name().to_string(),
            code: l.as_str().to_string(),
        })
        .collect();
    Service {
        organization_id: org.id.clone(),
        name: r.name.clone(),
        alternate_name: (r.short_name != r.name).then(|| r.short_name.clone()),
        description: r.description.clone(),
        url: r.website.clone(),
        status: "active".into(),
        fees_description: r.cost.clone(),
        interpretation_services: interpretation,
        assured_date: r.verified_at.to_string(),
        last_modified: None,
        email: r.access.iter().find_map(|w| match &w.access {
            crate::domain::Access::Email(a) => Some(a.clone()),
            _ => None,
        }),
        phones,
        schedules,
        service_areas,
        languages,
        organization: Some(org.clone()),
        id,
    }
}

fn phone_description(p: &PhoneNumber, detail: Option<String>) -> Option<String> {
    let short = match p {
        PhoneNumber::Short { country, .. } => {
            Some(format!("short code, works only in {}", country.as_str()))
        }
        PhoneNumber::E164 { .. } => None,
    };
    let parts: Vec<String> = detail.into_iter().chain(short).collect();
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// What a page of a list says of itself, apart from its contents.
struct Counts {
    total_items: u64,
    total_pages: u64,
    page_number: u64,
    first_page: bool,
    last_page: bool,
}

/// The positions the page `paging` names among `total` items, and its counts as HSDS's `Page`
/// gives them.
fn page_range(total: usize, paging: Paging) -> (std::ops::Range<usize>, Counts) {
    let per = paging.per_page.max(1) as usize;
    let pages = total.div_ceil(per);
    let page = paging.page.max(1) as usize;
    let start = (page - 1).saturating_mul(per).min(total);
    let end = start.saturating_add(per).min(total);
    (
        start..end,
        Counts {
            total_items: total as u64,
            total_pages: pages as u64,
            page_number: page as u64,
            first_page: page == 1,
            last_page: page >= pages,
        },
    )
}
