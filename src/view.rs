//! View models: what a page shows, computed as a pure function of (snapshot, region, topics,
//! language, time), so pages can later be cached per snapshot. Nothing here knows HTTP.

use crate::directory::{EmergencyNumber, Listing, Scope, Snapshot};
use crate::domain::{CountryCode, Hours, PhoneNumber, Region, Resource, Topic, UiLanguage};
use crate::i18n::{t, t_args};
use chrono::{DateTime, Utc};

/// What every page shares: the language and the footer's attribution.
pub struct Chrome {
    /// The UI language.
    pub lang: UiLanguage,
    /// The GeoIP database's required attribution, when one is loaded.
    pub geo_attribution: Option<&'static str>,
}

impl Chrome {
    /// A UI string.
    pub fn t(&self, key: &str) -> String {
        t(self.lang, key)
    }
}

/// A region's list as a page shows it.
pub struct ListingView {
    /// `California, United States`, or the worldwide wording.
    pub title: String,
    /// "Showing help for …".
    pub showing: String,
    /// The emergency number (or what to do without one), shown first.
    pub emergency: EmergencyView,
    /// The topic filter links (only topics that some listed resource has).
    pub filters: Vec<FilterLink>,
    /// The lines (call, text or chat), in order.
    pub resources: Vec<ResourceView>,
    /// Services with a website only (drug checking, peer-support groups), in order, after the lines.
    pub services: Vec<ResourceView>,
    /// When a listed resource next opens or closes, and the view stops being true.
    pub valid_until: Option<DateTime<Utc>>,
}

/// The emergency block.
pub struct EmergencyView {
    /// Digits to dial, when the country's number is known.
    pub number: Option<String>,
    /// "In danger now? Call 911", or what to do when no number is known.
    pub call_text: String,
    /// Other numbers, or the EU 112 note.
    pub also_text: Option<String>,
}

/// One `?topic=` link.
pub struct FilterLink {
    /// Visible label.
    pub label: String,
    /// The link target.
    pub href: String,
    /// Whether this filter is the one applied.
    pub active: bool,
}

/// A `tel:` or `sms:` link.
pub struct ContactLink {
    /// What follows `tel:`.
    pub dial: String,
    /// The whole `sms:` URI (for text links).
    pub href: String,
    /// The button's text.
    pub label: String,
    /// "then press 1".
    pub detail: Option<String>,
}

/// One resource as shown.
pub struct ResourceView {
    /// Anchor and report id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Description in the UI language when translated.
    pub description: String,
    /// Call link.
    pub phone: Option<ContactLink>,
    /// Text link.
    pub sms: Option<ContactLink>,
    /// Chat.
    pub chat_url: Option<String>,
    /// App.
    pub app_url: Option<String>,
    /// Website.
    pub website: String,
    /// Whether it has a phone, text or chat line; without one the website is the way to reach it.
    pub has_line: bool,
    /// "Open now", "Closed now", "Open 24/7", "Hours not confirmed".
    pub status: String,
    /// CSS class for the status.
    pub status_class: &'static str,
    /// The schedule text, when there is one.
    pub hours: Option<String>,
    /// Topic labels, joined.
    pub topics: String,
    /// "Languages: English, Spanish".
    pub languages: String,
    /// "Cost: free".
    pub cost: Option<String>,
    /// Where to report a problem, with the id prefilled.
    pub report_href: String,
    /// Where it matched.
    pub scope: Scope,
}

/// Inputs that are the same for every listing of a request.
pub struct ListingContext<'a> {
    /// The UI language.
    pub lang: UiLanguage,
    /// The time "open now" is computed for.
    pub now: DateTime<Utc>,
    /// The configured report URL or mailto.
    pub report_url: &'a str,
    /// The path the topic filter links point at (`/us/ca`, `/`).
    pub base_path: &'a str,
}

/// Builds the view of `region`'s list (or the worldwide list).
pub fn listing_view(
    snapshot: &Snapshot,
    region: Option<Region>,
    topics: &[Topic],
    ctx: &ListingContext,
) -> ListingView {
    let lang = ctx.lang;
    let listing = snapshot.listing(region, topics, ctx.now);
    let title = match region {
        Some(r) => r.full_name(),
        None => t(lang, "worldwide"),
    };
    let showing = t_args(lang, "showing-help-for", &[("region", &title)]);
    let all = snapshot.listing(region, &[], ctx.now);
    let filters = filter_links(&all, topics, ctx);
    let viewer = region.map(|r| r.country());
    // The listing already puts lines first; split it where the website-only services begin.
    let (resources, services) = listing
        .resources
        .iter()
        .map(|(scope, r)| resource_view(r, *scope, viewer, ctx))
        .partition(|v| v.has_line);
    ListingView {
        showing,
        title,
        emergency: match (&listing.emergency, region) {
            (Some(e), _) => emergency_view(e, lang),
            (None, Some(_)) => EmergencyView {
                number: None,
                call_text: t(lang, "emergency-none"),
                also_text: None,
            },
            (None, None) => EmergencyView {
                number: None,
                call_text: t(lang, "emergency-worldwide"),
                also_text: None,
            },
        },
        filters,
        resources,
        services,
        valid_until: Snapshot::next_change(&listing, ctx.now),
    }
}

fn emergency_view(e: &EmergencyNumber, lang: UiLanguage) -> EmergencyView {
    match e {
        EmergencyNumber::Listed(e) => EmergencyView {
            number: Some(e.number.clone()),
            call_text: t_args(lang, "emergency-call", &[("number", &e.number)]),
            also_text: (!e.also.is_empty())
                .then(|| t_args(lang, "emergency-also", &[("numbers", &e.also.join(", "))])),
        },
        EmergencyNumber::Eu112 => EmergencyView {
            number: Some("112".into()),
            call_text: t_args(lang, "emergency-call", &[("number", "112")]),
            also_text: Some(t(lang, "emergency-eu112")),
        },
    }
}

fn filter_links(all: &Listing, active: &[Topic], ctx: &ListingContext) -> Vec<FilterLink> {
    let present: Vec<Topic> = Topic::ALL
        .into_iter()
        .filter(|t| all.resources.iter().any(|(_, r)| r.topics.contains(t)))
        .collect();
    if present.len() < 2 {
        return Vec::new();
    }
    let mut links = vec![FilterLink {
        label: t(ctx.lang, "filter-all"),
        href: ctx.base_path.to_string(),
        active: active.is_empty(),
    }];
    links.extend(present.into_iter().map(|topic| FilterLink {
        label: t(ctx.lang, &topic.label_key()),
        href: format!("{}?topic={}", ctx.base_path, topic.as_str()),
        active: active == [topic],
    }));
    links
}

fn resource_view(
    r: &Resource,
    scope: Scope,
    viewer: Option<CountryCode>,
    ctx: &ListingContext,
) -> ResourceView {
    let lang = ctx.lang;
    let phone = r.phone.as_ref().map(|p| ContactLink {
        dial: p.dial().to_string(),
        href: tel_uri(p),
        label: t_args(lang, "call", &[("number", &p.display_for(viewer))]),
        detail: r
            .phone_option
            .as_ref()
            .map(|o| t_args(lang, "then-press", &[("option", o)])),
    });
    let sms = r
        .sms
        .as_ref()
        .map(|s| sms_link(s, r.sms_keyword.as_deref(), viewer, lang));
    let (status, status_class) = match r.hours.is_open(ctx.now) {
        Some(true) if matches!(r.hours, Hours::Always) => (t(lang, "hours-always"), "open"),
        Some(true) => (t(lang, "open-now"), "open"),
        Some(false) => (t(lang, "closed-now"), "closed"),
        None => (t(lang, "hours-unknown"), "unknown"),
    };
    let topics = r
        .topics
        .iter()
        .map(|t| crate::i18n::t(lang, &t.label_key()))
        .collect::<Vec<_>>()
        .join(", ");
    let languages = r
        .languages
        .iter()
        .map(|l| l.english_name())
        .collect::<Vec<_>>()
        .join(", ");
    ResourceView {
        id: r.id.clone(),
        name: r.name.clone(),
        description: r.description.clone(),
        phone,
        sms,
        chat_url: r.chat_url.clone(),
        app_url: r.app_url.clone(),
        website: r.website.clone(),
        has_line: r.has_line(),
        status,
        status_class,
        hours: r
            .hours
            .schedule_text()
            .map(|h| t_args(lang, "hours", &[("hours", &h)])),
        topics,
        languages: t_args(lang, "languages", &[("list", &languages)]),
        cost: r
            .cost
            .as_ref()
            .map(|c| t_args(lang, "cost", &[("cost", c)])),
        report_href: report_href(ctx.report_url, &r.id),
        scope,
    }
}

fn sms_link(
    number: &PhoneNumber,
    keyword: Option<&str>,
    viewer: Option<CountryCode>,
    lang: UiLanguage,
) -> ContactLink {
    let shown = number.display_for(viewer);
    let (href, label) = match keyword {
        Some(k) => (
            sms_uri(number, Some(k)),
            t_args(lang, "text-keyword", &[("keyword", k), ("number", &shown)]),
        ),
        None => (
            sms_uri(number, None),
            t_args(lang, "text-number", &[("number", &shown)]),
        ),
    };
    ContactLink {
        dial: number.dial().to_string(),
        href,
        label,
        detail: None,
    }
}

/// The `tel:` URI of a number, as pages link it.
pub fn tel_uri(number: &PhoneNumber) -> String {
    format!("tel:{}", number.dial())
}

/// The `sms:` URI of a number, with `keyword` prefilled as the message when there is one.
pub fn sms_uri(number: &PhoneNumber, keyword: Option<&str>) -> String {
    match keyword {
        // `?body=` is what both Android and iOS read to prefill the message.
        Some(k) => format!("sms:{}?body={}", number.dial(), encode(k)),
        None => format!("sms:{}", number.dial()),
    }
}

/// The report link for one resource: `mailto:` gets a subject, a URL gets `?resource=`.
pub fn report_href(report_url: &str, id: &str) -> String {
    let sep = if report_url.contains('?') { '&' } else { '?' };
    if report_url.starts_with("mailto:") {
        format!(
            "{report_url}{sep}subject={}",
            encode(&format!("Listing {id}"))
        )
    } else {
        format!("{report_url}{sep}resource={}", encode(id))
    }
}

fn encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
}

/// A country in the picker, with its subdivisions that have lines of their own.
pub struct CountryLink {
    /// Country name.
    pub name: String,
    /// `/us`.
    pub href: String,
    /// Subdivisions with their own lines.
    pub subdivisions: Vec<RegionLink>,
}

/// A subdivision in the picker.
pub struct RegionLink {
    /// Subdivision name.
    pub name: String,
    /// `/us/ca`.
    pub href: String,
}

/// Every country with data, as plain links.
pub fn picker(snapshot: &Snapshot) -> Vec<CountryLink> {
    snapshot
        .regions_with_data()
        .iter()
        .map(|(cc, subs)| CountryLink {
            name: cc.name(),
            href: Region::Country(*cc).path(),
            subdivisions: subs
                .iter()
                .map(|r| RegionLink {
                    name: r.name(),
                    href: r.path(),
                })
                .collect(),
        })
        .collect()
}
