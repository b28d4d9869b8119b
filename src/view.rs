//! View models: what a page shows, computed as a pure function of (snapshot, region, topics,
//! language, time), so pages can later be cached per snapshot. Nothing here knows HTTP.

use crate::directory::guidance::{Guidance, LawFor};
use crate::directory::{EmergencyNumber, Listing, Scope, Snapshot};
use crate::domain::{
    Channel, CountryCode, Emergency, PhoneNumber, Region, Registration, Resource, Service, Status,
    Topic, UiLanguage,
};
use crate::i18n::{self, t, t_args};
use chrono::{DateTime, Utc};

/// What every page shares: the language, the links to the page in the other languages, and
/// the footer's attribution.
pub struct Chrome {
    /// The UI language.
    pub lang: UiLanguage,
    /// The same page in each other page language: plain links, so they work without script.
    pub switcher: Vec<LanguageLink>,
    /// The GeoIP database's required attribution, when one is loaded.
    pub geo_attribution: Option<&'static crate::geo::Attribution>,
    /// "Translated by …; not yet reviewed by a native speaker", at the foot of a page in a
    /// language no native speaker has reviewed.
    pub translation_note: Option<String>,
}

/// `href` with `lang=` added to its query (before any `#fragment`).
fn with_lang(href: &str, lang: UiLanguage) -> String {
    let (path, fragment) = match href.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (href, None),
    };
    let sep = if path.contains('?') { '&' } else { '?' };
    match fragment {
        Some(f) => format!("{path}{sep}lang={}#{f}", lang.tag()),
        None => format!("{path}{sep}lang={}", lang.tag()),
    }
}

/// One entry of the language switcher.
pub struct LanguageLink {
    /// `es`: the link's `lang` and `hreflang`.
    pub tag: &'static str,
    /// The language's name in itself (`Español`), so a visitor who cannot read the page can
    /// still find their own.
    pub name: String,
    /// The page with `?lang=`.
    pub href: String,
}

impl Chrome {
    /// The chrome of a page at `path` (with its query, without `lang=`) in `lang`.
    pub fn new(
        lang: UiLanguage,
        path_and_query: &str,
        geo_attribution: Option<&'static crate::geo::Attribution>,
    ) -> Self {
        let switcher = UiLanguage::PAGES
            .into_iter()
            .filter(|l| *l != lang)
            .map(|l| LanguageLink {
                tag: l.tag(),
                name: t(l, "language-name"),
                href: with_lang(path_and_query, l),
            })
            .collect();
        let translation_note = (crate::i18n::translation(lang).review
            == crate::i18n::Review::Unreviewed)
            .then(|| t(lang, "guide-unreviewed"));
        Chrome {
            lang,
            switcher,
            geo_attribution,
            translation_note,
        }
    }

    /// A UI string.
    pub fn t(&self, key: &str) -> String {
        t(self.lang, key)
    }

    /// `href` (a path on this site) with the page's language, so a visitor reading Spanish or
    /// French keeps it from page to page. English links stay the canonical paths.
    pub fn link(&self, href: &str) -> String {
        if self.lang == UiLanguage::En {
            href.to_string()
        } else {
            with_lang(href, self.lang)
        }
    }

    /// A UI string with its placeholders filled.
    pub fn t_args(&self, key: &str, args: &[(&'static str, &str)]) -> String {
        t_args(self.lang, key, args)
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
    /// "What's happening": the most pressing topics some listed line has, as one-tap choices
    /// in plain words.
    pub choices: Vec<FilterLink>,
    /// The other topics' choices, folded under "something else" so the lines stay near the top.
    pub more_choices: Vec<FilterLink>,
    /// Whether the folded choices start open (one of them is the page's topic).
    pub more_open: bool,
    /// "Show every line", when the page is narrowed to a topic.
    pub all_lines: Option<FilterLink>,
    /// What to do right now, first after the emergency number, for the topic chosen (the
    /// hard-trip and heat guides, the overdose steps with the region's Good Samaritan law, the
    /// next minutes for someone thinking of suicide and, folded, for helping someone).
    pub guides: Vec<GuideView>,
    /// The lines (call, text or chat), in order.
    pub resources: Vec<ResourceView>,
    /// Services with a website only (drug checking, peer-support groups), in order, after the lines.
    pub services: Vec<ResourceView>,
    /// When a listed resource next opens or closes, and the view stops being true.
    pub valid_until: Option<DateTime<Utc>>,
    /// The region's contacts file and printable card (none for the worldwide list).
    pub take_along: Option<TakeAlong>,
}

/// Links to the forms of a region's list that a visitor can keep.
pub struct TakeAlong {
    /// `/us/ca/contacts.vcf?topic=…`.
    pub contacts: String,
    /// `/us/ca/card?topic=…`.
    pub card: String,
}

/// The emergency block.
pub struct EmergencyView {
    /// Digits to dial, when the country's number is known.
    pub number: Option<String>,
    /// "In danger now? Call 911", or what to do when no number is known.
    pub call_text: String,
    /// The further numbers, each with the services it reaches ("Police: 110"), medical help
    /// first and police last.
    pub others: Vec<NumberView>,
    /// Ways in without a voice call (text, textphone, relay, video, app), for people who
    /// cannot speak or hear.
    pub ways: Vec<WayView>,
    /// What to do when a call cannot be spoken ("On a mobile, … press 55"), with its source.
    pub silent: Option<SilentView>,
    /// The EU 112 note.
    pub also_text: Option<String>,
}

/// What to do when a call to the emergency number cannot be spoken.
pub struct SilentView {
    /// The sentence, in the page language.
    pub text: String,
    /// The page it rests on.
    pub source: String,
}

/// A way to reach the emergency services without a voice call.
pub struct WayView {
    /// How it is reached.
    pub channel: Channel,
    /// "Text 999", "Textphone (TTY): 106".
    pub label: String,
    /// `sms:999`, `tel:106`, or the service's page.
    pub href: Option<String>,
    /// "Only after registering", "Register first: text REGISTER to 999".
    pub register: Option<String>,
    /// Where registering is done: an `sms:` link with the word, or the page.
    pub register_href: Option<String>,
    /// The row's note ("Not every area accepts texts: call if you can").
    pub note: Option<String>,
}

/// A further emergency number and what it reaches.
pub struct NumberView {
    /// "Police", "Ambulance and fire", or "Also" where the source does not say.
    pub label: String,
    /// Digits to dial.
    pub number: String,
}

/// The services a number reaches, in `lang`: "ambulance and fire"; `None` when unstated.
pub fn services_text(services: &[Service], lang: UiLanguage) -> Option<String> {
    let names: Vec<String> = services
        .iter()
        .filter(|s| **s != Service::Unstated)
        .map(|s| t(lang, &format!("emergency-service-{}", s.as_str())))
        .collect();
    (!names.is_empty()).then(|| crate::i18n::and_list(lang, &names))
}

/// The first letter in upper case, for a label that starts a line.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// One guide as shown.
pub struct GuideView {
    /// The heading's id, `guide-hard-trip`.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Shown folded beneath the guides above it.
    pub folded: bool,
    /// The steps.
    pub steps: Vec<Step>,
    /// "Translated by …; not yet reviewed by a native speaker", in small type, where so.
    pub unreviewed: Option<String>,
    /// The region's Good Samaritan law, under the overdose steps.
    pub law: Option<LawView>,
}

/// A Good Samaritan law as shown: what it can protect, its limits and its source.
pub struct LawView {
    /// "In Canada, the … Act can protect you … It does not cover …".
    pub text: String,
    /// The law's name, for the source link.
    pub name: String,
    /// Where it is stated.
    pub source_url: String,
    /// For a country whose laws differ by state or province: the ones with a sourced law.
    pub places: Vec<FilterLink>,
}

/// One step of what to do, with the public-health source it comes from.
pub struct Step {
    /// What to do.
    pub text: String,
    /// Who says so: the source's host (`cdc.gov`).
    pub source_name: String,
    /// Where they say it.
    pub source_url: String,
}

/// What to expect when contacting a line, shown folded.
pub struct ExpectView {
    /// One note per aspect: who answers, when they involve emergency services, …
    pub notes: Vec<ExpectNote>,
    /// "Translated by …; not yet reviewed by a native speaker", where so.
    pub unreviewed: Option<String>,
}

/// One thing to expect, with its source.
pub struct ExpectNote {
    /// The sentence.
    pub text: String,
    /// `Some("en")` when it is the English sentence on a page in another language.
    pub lang: Option<&'static str>,
    /// The source's host.
    pub source_name: String,
    /// The source.
    pub source_url: String,
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
    /// `Some("en")` when the description is the English one on a page in another language.
    pub description_lang: Option<&'static str>,
    /// Call link.
    pub phone: Option<ContactLink>,
    /// Whether the number can be called from abroad, and from which networks, where the data
    /// says: "Only from phone networks in Germany", "From outside France: call +33 …".
    pub abroad: Vec<AccessView>,
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
    /// Whether it is listed among the lines: it has one, or it is a directory of lines (the
    /// nearest help where the region has none), which must not sink among the services.
    pub with_lines: bool,
    /// "Open 24/7", "Open now · until 11:00 PM (Pacific Time)", "Closed · opens …",
    /// "Hours not confirmed".
    pub status: String,
    /// CSS class for the status.
    pub status_class: &'static str,
    /// While it is closed: the line to use instead.
    pub instead: Option<String>,
    /// Topic labels, joined.
    pub topics: String,
    /// "Languages: English, Spanish".
    pub languages: String,
    /// "Cost: free".
    pub cost: Option<String>,
    /// `Some("en")` when the cost is in English words on a page in another language.
    pub cost_lang: Option<&'static str>,
    /// Where to report a problem, with the id prefilled.
    pub report_href: String,
    /// What to expect when contacting it, where the operator (or a government page about the
    /// line) says so.
    pub expect: Option<ExpectView>,
    /// Ways in without a voice call (TTY, relay, sign-language video, WhatsApp, e-mail).
    pub access: Vec<AccessView>,
    /// Where it matched.
    pub scope: Scope,
}

/// One way in without a voice call, as a listing shows it.
pub struct AccessView {
    /// `tty`, `relay`, `video`, `whatsapp` or `email`.
    pub kind: &'static str,
    /// "TTY: 1-800-487-4889", "ASL video", "Relay: dial 133 677, then ask for 13 11 14".
    pub text: String,
    /// Where a tap goes, if anywhere.
    pub href: Option<String>,
}

/// What the data says about calling `r`'s number from abroad or from some networks only, in
/// `lang`. The country is the number's own.
pub fn abroad_views(r: &Resource, lang: UiLanguage) -> Vec<AccessView> {
    use crate::domain::Abroad;
    let Some(phone) = &r.phone else {
        return Vec::new();
    };
    let country = i18n::country_name(phone.country(), lang);
    let mut out = Vec::new();
    match &r.abroad {
        None => {}
        Some(Abroad::No) => out.push(AccessView {
            kind: "abroad",
            text: t_args(lang, "abroad-no", &[("country", &country)]),
            href: None,
        }),
        Some(Abroad::Yes) => out.push(AccessView {
            kind: "abroad",
            text: t_args(
                lang,
                "abroad-yes",
                &[("country", &country), ("number", &phone.display_for(None))],
            ),
            href: None,
        }),
        Some(Abroad::Call(n)) => out.push(AccessView {
            kind: "abroad",
            text: t_args(
                lang,
                "abroad-call",
                &[("country", &country), ("number", &n.display_for(None))],
            ),
            href: Some(tel_uri(n)),
        }),
    }
    if let Some(networks) = &r.networks {
        out.push(AccessView {
            kind: "networks",
            text: t_args(lang, "networks-only", &[("networks", networks)]),
            href: None,
        });
    }
    out
}

/// The ways into `r` without a voice call, in the data's order, in `lang`, numbers as a
/// person in `viewer` reads them.
pub fn access_views(
    r: &Resource,
    viewer: Option<CountryCode>,
    lang: UiLanguage,
) -> Vec<AccessView> {
    use crate::domain::Access;
    r.access
        .iter()
        .map(|way| (way.access.kind(), &way.access))
        .map(|(kind, access)| match access {
            Access::Tty(n) => AccessView {
                kind,
                text: t_args(lang, "access-tty", &[("number", &n.display_for(viewer))]),
                href: Some(tel_uri(n)),
            },
            Access::Relay {
                via: Some(via),
                number,
            } => AccessView {
                kind,
                text: t_args(
                    lang,
                    "access-relay-via",
                    &[("via", via), ("number", &number.display_for(viewer))],
                ),
                href: Some(format!("tel:{via}")),
            },
            Access::Relay { via: None, number } => AccessView {
                kind,
                text: t_args(
                    lang,
                    "access-relay",
                    &[("number", &number.display_for(viewer))],
                ),
                href: None,
            },
            Access::Video {
                language,
                url,
                number,
            } => match (url, number) {
                (Some(url), _) => AccessView {
                    kind,
                    text: t_args(
                        lang,
                        "access-video",
                        &[("language", language.abbreviation())],
                    ),
                    href: Some(url.clone()),
                },
                (None, Some(n)) => AccessView {
                    kind,
                    text: t_args(
                        lang,
                        "access-videophone",
                        &[
                            ("language", language.abbreviation()),
                            ("number", &n.display_for(viewer)),
                        ],
                    ),
                    href: Some(tel_uri(n)),
                },
                (None, None) => AccessView {
                    kind,
                    text: t_args(
                        lang,
                        "access-video",
                        &[("language", language.abbreviation())],
                    ),
                    href: None,
                },
            },
            Access::WhatsApp(n) => AccessView {
                kind,
                text: t_args(
                    lang,
                    "access-whatsapp",
                    &[("number", &n.display_for(viewer))],
                ),
                href: Some(format!(
                    "https://wa.me/{}",
                    n.dial().trim_start_matches('+')
                )),
            },
            Access::Email(address) => AccessView {
                kind,
                text: t_args(lang, "access-email", &[("address", address)]),
                href: Some(format!("mailto:{address}")),
            },
        })
        .collect()
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
        Some(r) => i18n::full_region_name(r, lang),
        None => t(lang, "worldwide"),
    };
    let showing = t_args(lang, "showing-help-for", &[("region", &title)]);
    let all = snapshot.listing(region, &[], ctx.now);
    let (choices, more_choices, all_lines) = choices(&all, snapshot.guidance(), topics, ctx);
    let more_open = more_choices.iter().any(|c| c.active);
    let viewer = region.map(|r| r.country());
    // What a closed line points to instead: the first line on the page, open now, that gives
    // the same kind of help.
    let open_lines: Vec<&Resource> = listing
        .resources
        .iter()
        .map(|(_, r)| *r)
        .filter(|r| r.has_line() && r.hours.is_open(ctx.now) == Some(true))
        .collect();
    let guidance = snapshot.guidance();
    // The listing already puts lines first; split it where the website-only services begin.
    let (resources, services) = listing
        .resources
        .iter()
        .map(|(scope, r)| {
            let instead = instead_of(r, &open_lines);
            let mut view = resource_view(r, guidance, *scope, viewer, instead, ctx);
            view.expect = expect_view(guidance, &r.id, lang);
            view
        })
        .partition(|v| v.with_lines);
    let guides = guides(snapshot, &listing, region, topics, lang);
    ListingView {
        showing,
        title,
        emergency: match (&listing.emergency, region) {
            (Some(e), _) => emergency_view(e, snapshot.guidance(), lang),
            (None, Some(_)) => EmergencyView {
                number: None,
                call_text: t(lang, "emergency-none"),
                others: Vec::new(),
                ways: Vec::new(),
                silent: None,
                also_text: None,
            },
            (None, None) => EmergencyView {
                number: None,
                call_text: t(lang, "emergency-worldwide"),
                others: Vec::new(),
                ways: Vec::new(),
                silent: None,
                also_text: None,
            },
        },
        choices,
        more_choices,
        more_open,
        all_lines,
        guides,
        resources,
        services,
        valid_until: [
            Snapshot::next_change(&listing, ctx.now),
            next_local_midnight(&listing, ctx.now),
        ]
        .into_iter()
        .flatten()
        .min(),
        take_along: region.map(|r| {
            let topics = crate::domain::Topics::new(topics.iter().copied());
            TakeAlong {
                contacts: crate::domain::with_topics(
                    &format!("{}/contacts.vcf", r.path()),
                    &topics,
                ),
                card: crate::domain::with_topics(&format!("{}/card", r.path()), &topics),
            }
        }),
    }
}

/// The ways to reach the emergency services without a voice call: texts, textphone, relay,
/// video and apps, each with what must be done first and the row's note where it has one.
pub fn ways_view(e: &Emergency, guidance: &Guidance, lang: UiLanguage) -> Vec<WayView> {
    e.contacts
        .iter()
        .filter(|c| c.channel != Channel::Voice)
        .map(|c| {
            let number = c.number.clone().unwrap_or_default();
            let (label, href) = match c.channel {
                Channel::Sms => (
                    t_args(lang, "emergency-way-sms", &[("number", &number)]),
                    Some(format!("sms:{number}")),
                ),
                Channel::Tty => (
                    t_args(lang, "emergency-way-tty", &[("number", &number)]),
                    Some(format!("tel:{number}")),
                ),
                Channel::Relay => (
                    t_args(lang, "emergency-way-relay", &[("number", &number)]),
                    Some(format!("tel:{number}")),
                ),
                Channel::Video => (t(lang, "emergency-way-video"), c.url.clone()),
                Channel::App => (t(lang, "emergency-way-app"), c.url.clone()),
                Channel::Voice => (String::new(), None),
            };
            let (register, register_href) = match &c.register {
                None => (None, None),
                Some(Registration::Required) => (Some(t(lang, "emergency-register-first")), None),
                Some(Registration::Sms(word)) => (
                    Some(t_args(
                        lang,
                        "emergency-register-sms",
                        &[("word", &word.to_uppercase()), ("number", &number)],
                    )),
                    Some(format!("sms:{number}?body={}", word.to_uppercase())),
                ),
                Some(Registration::Url(url)) => {
                    (Some(t(lang, "emergency-register-url")), Some(url.clone()))
                }
            };
            WayView {
                channel: c.channel,
                label,
                href,
                register,
                register_href,
                note: guidance
                    .emergency_note(lang, &c.item(e.country))
                    .map(|n| n.text.clone()),
            }
        })
        .collect()
}

fn emergency_view(e: &EmergencyNumber, guidance: &Guidance, lang: UiLanguage) -> EmergencyView {
    match e {
        EmergencyNumber::Listed(e) => {
            let mut calls = e.calls();
            let first = calls.next().and_then(|c| services_text(&c.services, lang));
            EmergencyView {
                number: Some(e.number.clone()),
                call_text: match first {
                    Some(service) => t_args(
                        lang,
                        "emergency-call-service",
                        &[("number", &e.number), ("service", &service)],
                    ),
                    None => t_args(lang, "emergency-call", &[("number", &e.number)]),
                },
                others: calls
                    .filter_map(|c| {
                        Some(NumberView {
                            label: services_text(&c.services, lang)
                                .map(|s| capitalised(&s))
                                .unwrap_or_else(|| t(lang, "emergency-other")),
                            number: c.number.clone()?,
                        })
                    })
                    .collect(),
                ways: ways_view(e, guidance, lang),
                silent: guidance
                    .silent_for(e.country, lang)
                    .map(|(s, text)| SilentView {
                        text: i18n::isolate_numbers(lang, &text.text),
                        source: s.source.clone(),
                    }),
                also_text: None,
            }
        }
        EmergencyNumber::Eu112 => EmergencyView {
            number: Some("112".into()),
            call_text: t_args(lang, "emergency-call", &[("number", "112")]),
            others: Vec::new(),
            ways: Vec::new(),
            silent: None,
            also_text: Some(t(lang, "emergency-eu112")),
        },
    }
}

/// The choices shown first: what the directory exists for, in the words a person in trouble
/// would use. The others are folded.
const PRESSING: [Topic; 4] = [
    Topic::Psychedelic,
    Topic::Suicide,
    Topic::Overdose,
    Topic::SubstanceUse,
];

/// The topics some line of the page has, each in plain words ("I'm having a hard trip"): the
/// pressing ones, the others, and "every line" when the page is narrowed.
/// The topic choices: every topic with a line here, and every topic with a guide, so that what
/// to do right now is one tap away on every page, even where no line serves it.
fn choices(
    all: &Listing,
    guidance: &Guidance,
    active: &[Topic],
    ctx: &ListingContext,
) -> (Vec<FilterLink>, Vec<FilterLink>, Option<FilterLink>) {
    let present: Vec<Topic> = Topic::ALL
        .into_iter()
        .filter(|t| {
            all.resources.iter().any(|(_, r)| r.topics.contains(t))
                || guidance.guides.iter().any(|g| g.topic == *t)
        })
        .collect();
    if present.len() < 2 {
        return (Vec::new(), Vec::new(), None);
    }
    let link = |topic: Topic| FilterLink {
        label: t(ctx.lang, &format!("choice-{}", topic.as_str())),
        href: format!("{}?topic={}", ctx.base_path, topic.as_str()),
        active: active == [topic],
    };
    let first = PRESSING
        .into_iter()
        .filter(|t| present.contains(t))
        .map(link)
        .collect();
    let more = present
        .into_iter()
        .filter(|t| !PRESSING.contains(t))
        .map(link)
        .collect();
    let all_lines = (!active.is_empty()).then(|| FilterLink {
        label: t(ctx.lang, "filter-all"),
        href: ctx.base_path.to_string(),
        active: false,
    });
    (first, more, all_lines)
}

/// The guides for the topics chosen, in the data's order, each step with `{emergency}` as the
/// region's first number; the overdose guide carries the region's Good Samaritan law.
fn guides(
    snapshot: &Snapshot,
    listing: &Listing,
    region: Option<Region>,
    topics: &[Topic],
    lang: UiLanguage,
) -> Vec<GuideView> {
    if topics.is_empty() {
        return Vec::new();
    }
    let guidance = snapshot.guidance();
    let number = number_in_steps(listing, lang);
    let text = |item: &str, field: &str| guidance.text(lang, item, field);
    guidance
        .guides_for(topics)
        .map(|g| {
            let item = format!("guide/{}", g.id);
            let mut unreviewed = false;
            let mut said = |item: &str, field: &str| {
                let t = text(item, field)?;
                unreviewed |= !t.reviewed;
                Some(i18n::isolate_numbers(
                    lang,
                    &t.text.replace("{emergency}", &number),
                ))
            };
            let title = said(&item, "title").unwrap_or_default();
            let steps = g
                .steps
                .iter()
                .filter_map(|s| {
                    Some(Step {
                        text: said(&format!("{item}/{}", s.number), "text")?,
                        source_name: host(&s.source),
                        source_url: s.source.clone(),
                    })
                })
                .collect();
            let law = (g.topic == Topic::Overdose)
                .then(|| region.and_then(|r| law_view(guidance, r, lang)))
                .flatten();
            GuideView {
                id: format!("guide-{}", g.id),
                title,
                folded: g.folded,
                steps,
                unreviewed: unreviewed.then(|| t(lang, "guide-unreviewed")),
                law,
            }
        })
        .collect()
}

/// What `{emergency}` in a step becomes: the region's first number, or "your local emergency
/// number" where none is known. Pages, the API and SMS replies say the same.
pub fn number_in_steps(listing: &Listing, lang: UiLanguage) -> String {
    match &listing.emergency {
        Some(e) => e.first().to_string(),
        None => t(lang, "overdose-local-number"),
    }
}

/// The Good Samaritan law of the region, or of its country; for a country whose laws are its
/// states' or provinces', the sentence that says so and links to those with a sourced law.
fn law_view(guidance: &Guidance, region: Region, lang: UiLanguage) -> Option<LawView> {
    match guidance.law_for(region)? {
        LawFor::Law(law) => {
            let item = format!("law/{}", law.region.code());
            let covers = guidance.text(lang, &item, "covers")?;
            let limits = guidance.text(lang, &item, "limits")?;
            Some(LawView {
                text: i18n::isolate_numbers(lang, &format!("{} {}", covers.text, limits.text)),
                name: law.name.clone(),
                source_url: law.source.clone(),
                places: Vec::new(),
            })
        }
        LawFor::BySubdivision(laws) => {
            let mut places: Vec<FilterLink> = laws
                .iter()
                .map(|l| FilterLink {
                    label: i18n::region_name(l.region, lang),
                    href: format!("{}?topic=overdose", l.region.path()),
                    active: false,
                })
                .collect();
            places.sort_by_cached_key(|p| sort_key(&p.label));
            Some(LawView {
                text: t(lang, "law-by-subdivision"),
                name: String::new(),
                source_url: String::new(),
                places,
            })
        }
    }
}

/// A URL's host without `www.`, to name a source.
fn host(url: &str) -> String {
    url::Url::parse(url)
        .ok()
        .and_then(|u| {
            u.host_str()
                .map(|h| h.trim_start_matches("www.").to_string())
        })
        .unwrap_or_else(|| url.to_string())
}

/// The first midnight after `now` in the zone of any listed schedule: "until Wednesday 2:00 AM"
/// becomes "until 2:00 AM" then, so the page stops being true.
fn next_local_midnight(listing: &Listing, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    use chrono::TimeZone;
    listing
        .resources
        .iter()
        .filter_map(|(_, r)| r.hours.timezone())
        .filter_map(|tz| {
            let tomorrow = now.with_timezone(&tz).date_naive().succ_opt()?;
            // A zone whose midnight falls in a DST gap starts the day later: take the earliest
            // instant that day.
            (0..3).find_map(|h| {
                tz.from_local_datetime(&tomorrow.and_hms_opt(h, 0, 0)?)
                    .earliest()
                    .map(|t| t.with_timezone(&Utc))
            })
        })
        .min()
}

/// "Open now · until 11:00 PM (Pacific Time)" and its CSS class.
fn status_text(r: &Resource, ctx: &ListingContext) -> (String, &'static str) {
    let lang = ctx.lang;
    let moment = |at: DateTime<Utc>, key: &str, day_key: &str| {
        let tz = r.hours.timezone().unwrap_or(chrono_tz::UTC);
        let m = i18n::local_moment(at, ctx.now, tz, lang);
        // The hour as a number: Spanish says "a la 1:00" but "a las 2:00".
        let hour = [("hour", i64::from(m.hour))];
        match m.weekday {
            Some(day) => i18n::t_args_numbers(
                lang,
                day_key,
                &[("day", &day), ("time", &m.time), ("zone", &m.zone)],
                &hour,
            ),
            None => i18n::t_args_numbers(lang, key, &[("time", &m.time), ("zone", &m.zone)], &hour),
        }
    };
    match r.hours.status(ctx.now) {
        Status::Always => (t(lang, "hours-always"), "open"),
        Status::Open { until: Some(at) } => (moment(at, "open-until", "open-until-day"), "open"),
        Status::Open { until: None } => (t(lang, "open-now"), "open"),
        Status::Closed { opens: Some(at) } => {
            (moment(at, "closed-opens", "closed-opens-day"), "closed")
        }
        Status::Closed { opens: None } => (t(lang, "closed-now"), "closed"),
        Status::Unknown => (t(lang, "hours-unknown"), "unknown"),
    }
}

/// The open line a closed one points to: the first, in the page's order, that gives the same
/// kind of help ([`Topic::kinds_of_help`]) and is not only for people the closed line does not
/// single out, so an overdose line never points to a suicide line, nor an adults' line to a
/// youth line.
fn instead_of<'a>(closed: &Resource, open_lines: &[&'a Resource]) -> Option<&'a Resource> {
    let kinds = Topic::kinds_of_help(&closed.topics);
    open_lines.iter().copied().find(|r| {
        r.id != closed.id
            && r.topics.iter().any(|t| kinds.contains(t))
            && r.topics
                .iter()
                .all(|t| !t.is_audience() || closed.topics.contains(t))
    })
}

/// What to expect from the line `id`, in `lang` where translated and else in English.
fn expect_view(guidance: &Guidance, id: &str, lang: UiLanguage) -> Option<ExpectView> {
    let expectations = guidance.expectations_of(id);
    if expectations.is_empty() {
        return None;
    }
    let mut unreviewed = false;
    let notes = expectations
        .iter()
        .filter_map(|e| {
            let (text, text_lang) = guidance.expectation_text(lang, e)?;
            let fallback = text_lang != lang;
            unreviewed |= !fallback && !text.reviewed;
            Some(ExpectNote {
                text: text.text.clone(),
                lang: fallback.then_some("en"),
                source_name: host(&e.source),
                source_url: e.source.clone(),
            })
        })
        .collect();
    Some(ExpectView {
        notes,
        unreviewed: unreviewed.then(|| t(lang, "guide-unreviewed")),
    })
}

fn resource_view(
    r: &Resource,
    guidance: &Guidance,
    scope: Scope,
    viewer: Option<CountryCode>,
    instead: Option<&Resource>,
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
    let (status, status_class) = status_text(r, ctx);
    let instead = (status_class == "closed").then(|| match instead {
        Some(other) => t_args(lang, "closed-instead", &[("name", &other.short_name)]),
        None => t(lang, "closed-instead-emergency"),
    });
    let topics = r
        .topics
        .iter()
        .map(|t| i18n::t(lang, &t.label_key()))
        .collect::<Vec<_>>();
    let topics = i18n::list(lang, &topics);
    let languages = r
        .languages
        .iter()
        .map(|l| i18n::language_name(l, lang))
        .collect::<Vec<_>>();
    let languages = i18n::list(lang, &languages);
    let translated = match lang {
        UiLanguage::En => None,
        _ => guidance.description(lang, &r.id),
    };
    let (description, description_lang) = match translated {
        Some(d) => (i18n::isolate_numbers(lang, &d.text), None),
        None => (
            r.description.clone(),
            (lang != UiLanguage::En).then_some("en"),
        ),
    };
    let (cost, cost_lang) = match r.cost.as_deref() {
        None => (None, None),
        Some("free") => (
            Some(t_args(lang, "cost", &[("cost", &t(lang, "cost-free"))])),
            None,
        ),
        Some(c) => (
            Some(t_args(lang, "cost", &[("cost", c)])),
            (lang != UiLanguage::En).then_some("en"),
        ),
    };
    ResourceView {
        id: r.id.clone(),
        // The operator's own name in the page language where the data has it ("Jeunesse,
        // J'écoute" on a French page), else the row's.
        name: match lang {
            UiLanguage::En => None,
            _ => guidance.name(lang, &r.id),
        }
        .map_or_else(|| r.name.clone(), |n| n.text.clone()),
        description,
        description_lang,
        phone,
        sms,
        chat_url: r.chat_url.clone(),
        app_url: r.app_url.clone(),
        website: r.website.clone(),
        has_line: r.has_line(),
        with_lines: r.has_line() || r.directory,
        status,
        status_class,
        instead,
        topics,
        languages: t_args(lang, "languages", &[("list", &languages)]),
        cost,
        cost_lang,
        report_href: report_href(ctx.report_url, &r.id),
        expect: None,
        access: access_views(r, viewer, lang),
        abroad: abroad_views(r, lang),
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

/// Every country with data, as plain links, named and sorted in `lang`.
pub fn picker(snapshot: &Snapshot, lang: UiLanguage) -> Vec<CountryLink> {
    let mut countries: Vec<CountryLink> = snapshot
        .regions_with_data()
        .iter()
        .map(|(cc, subs)| CountryLink {
            name: i18n::country_name(*cc, lang),
            href: Region::Country(*cc).path(),
            subdivisions: subs
                .iter()
                .map(|r| RegionLink {
                    name: i18n::region_name(*r, lang),
                    href: r.path(),
                })
                .collect(),
        })
        .collect();
    countries.sort_by_cached_key(|c| sort_key(&c.name));
    countries
}

/// A name as an alphabetical list orders it: accents, case and punctuation set aside
/// (`États-Unis` among the E's), folded as an inbound text is.
fn sort_key(name: &str) -> String {
    crate::text::normalize(name)
}
