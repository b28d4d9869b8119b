//! Composing the reply (SMS.md "Composing the reply"): the emergency number first, then the
//! region's top lines for the topic, then, if room is left, how to ask again; all within the
//! configured number of segments.
//!
//! A reply is built as lines, each with a rank. While the text does not fit, the line of lowest
//! rank goes, the last one first among equals: so resources drop from the end, whole, and the
//! emergency number is the last thing that could ever go. The order of resources is the
//! directory's own (`Snapshot::listing`). A pair that shows together (`pairs.csv`) goes together
//! or not at all: lines that belong to no pair go first, then whole pairs from the end. The HELP reply's crisis line is the first
//! crisis or suicide line that answers in the reply's language, else the first.

use super::gsm7;
use super::understand::{PlaceSource, TownChoice, Understanding};
use crate::directory::guidance::{Guide, GuideStep};
use crate::directory::lookup::vocab::Keyword;
use crate::directory::{EmergencyNumber, Listing, Scope, Snapshot};
use crate::domain::{
    Channel, CountryCode, PhoneNumber, Region, Resource, Service, Topic, UiLanguage,
};
use crate::i18n::{country_name, region_name, t, t_args};
use crate::view::services_text;
use chrono::{DateTime, Utc};
use std::cell::Cell;

/// What every reply is composed with, from the configuration.
#[derive(Clone, Debug)]
pub struct ComposeOptions {
    /// The most segments a reply may take (at least 1).
    pub segments: usize,
    /// The service's name in HELP, STOP and START replies, as carriers require.
    pub program: String,
    /// Where to get more help (a URL, e-mail or toll-free number), for the HELP reply.
    pub contact: Option<String>,
}

impl Default for ComposeOptions {
    fn default() -> Self {
        ComposeOptions {
            segments: 2,
            program: "lifelines".into(),
            contact: None,
        }
    }
}

/// What kind of reply was composed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplyKind {
    /// The emergency number and lines for a region (or the worldwide lines).
    Lines,
    /// The HELP reply.
    Help,
    /// The opt-out confirmation.
    Stop,
    /// The opt-in confirmation.
    Start,
    /// A question: the place named could be several regions.
    Which,
}

/// A composed reply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reply {
    /// The text to send, within the segment budget.
    pub text: String,
    /// What it is.
    pub kind: ReplyKind,
    /// Whether the text was understood ([`Understanding::told_anything`]).
    pub understood: bool,
    /// When it stops being true: the first moment a line it was composed from opens or
    /// closes; `None` while the snapshot lasts. Until then the same
    /// understanding gets the same reply, so replies can be kept per snapshot.
    pub valid_until: Option<DateTime<Utc>>,
}

/// Line ranks: higher stays longer.
const EMERGENCY: u8 = 100;
const NO_VOICE: u8 = 97;
const QUESTION: u8 = 95;
const CRISIS_LINE: u8 = 94;
const CARRIER: u8 = 90;
const FIRST_LINE: u8 = 87;
const NOTE: u8 = 85;
const HOW_TO_ASK: u8 = 80;
const STEP: u8 = 76;
const CONTACT: u8 = 70;
const OTHER_TOWN: u8 = 52;
const DIRECTORY: u8 = 60;
const RESOURCE: u8 = 50;
const ASK_AGAIN: u8 = 10;

struct Line {
    text: String,
    rank: u8,
    /// Lines of one pair share a group and are dropped together.
    group: Option<usize>,
}

fn line(text: String, rank: u8) -> Line {
    Line {
        text,
        rank,
        group: None,
    }
}

/// Composes the reply to an understood text.
pub fn compose(
    snapshot: &Snapshot,
    u: &Understanding,
    opts: &ComposeOptions,
    now: DateTime<Utc>,
) -> Reply {
    let lang = u.language;
    let program = opts.program.as_str();
    let at = At {
        now,
        until: Cell::new(None),
    };
    let (kind, lines) = match u.keyword {
        Some(Keyword::Stop) => (
            ReplyKind::Stop,
            vec![line(
                t_args(lang, "sms-stop", &[("program", program)]),
                EMERGENCY,
            )],
        ),
        Some(Keyword::Start) => (
            ReplyKind::Start,
            vec![line(
                t_args(lang, "sms-start", &[("program", program)]),
                EMERGENCY,
            )],
        ),
        Some(Keyword::Help) => (ReplyKind::Help, help(snapshot, u, opts, &at)),
        None if !u.choices.is_empty() => (ReplyKind::Which, which(snapshot, u, &at)),
        None => (ReplyKind::Lines, lines(snapshot, u, &at)),
    };
    Reply {
        text: fit(lines, opts.segments),
        kind,
        understood: u.told_anything(),
        valid_until: at.until.get(),
    }
}

/// The moment a reply is composed at, and the first moment a listing it read stops being true.
struct At {
    now: DateTime<Utc>,
    until: Cell<Option<DateTime<Utc>>>,
}

impl At {
    /// The listing of `region` for `topics` at this moment, noting when it stops being true.
    fn listing<'s>(
        &self,
        snapshot: &'s Snapshot,
        region: Option<Region>,
        topics: &[Topic],
    ) -> Listing<'s> {
        let listing = snapshot.listing(region, topics, self.now);
        let until = match (self.until.get(), Snapshot::next_change(&listing, self.now)) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        self.until.set(until);
        listing
    }
}

/// The first line: the place (named in the reply's language, as pages name it) and its
/// emergency number, or how to get emergency help anywhere. A town the text named leads its
/// region: `Denver, Colorado`.
fn emergency_line(listing: &Listing<'_>, lang: UiLanguage, town: Option<&TownChoice>) -> String {
    let Some(region) = listing.region else {
        return t(lang, "sms-help-danger");
    };
    let name = region_name(region, lang);
    // Some names are written inverted ("Madrid, Comunidad de"): the town is named already.
    let head = name.split([',', '(']).next().unwrap_or(&name).trim();
    let place = match town.filter(|t| t.region == region) {
        Some(t) if t.name != head => format!("{}, {name}", t.name),
        _ => name,
    };
    match &listing.emergency {
        Some(number) => t_args(
            lang,
            "sms-emergency",
            &[
                ("place", &place),
                ("number", &emergency_number(number, lang)),
            ],
        ),
        None => t_args(lang, "sms-place", &[("place", &place)]),
    }
}

/// The number to call, and where it does not reach every service, the numbers that reach the
/// ambulance, fire brigade or police it leaves out, each with its services:
/// `119 (ambulance and fire), 110 (police)`.
fn emergency_number(e: &EmergencyNumber<'_>, lang: UiLanguage) -> String {
    let e = match e {
        EmergencyNumber::Listed(e) => e,
        EmergencyNumber::Eu112 => return "112".into(),
    };
    let main = [Service::Ambulance, Service::Fire, Service::Police];
    let mut covered: Vec<Service> = Vec::new();
    let mut parts: Vec<String> = Vec::new();
    for call in e.calls() {
        let Some(number) = &call.number else { continue };
        // A number that reaches every service needs no label.
        if call.services.contains(&Service::All) || main.iter().all(|s| call.services.contains(s)) {
            if parts.is_empty() {
                return number.clone();
            }
            continue;
        }
        let adds = main
            .iter()
            .any(|s| call.services.contains(s) && !covered.contains(s));
        if !parts.is_empty() && !adds {
            continue;
        }
        covered.extend(call.services.iter().copied());
        parts.push(match services_text(&call.services, lang) {
            Some(services) => format!("{number} ({services})"),
            None => number.clone(),
        });
    }
    parts.join(", ")
}

/// The lines for a region, or the worldwide reply.
///
/// A reply never says "no line here" unless the place was understood: with no place (or one
/// not understood) and nothing known of the sender, the reply is the worldwide one, which always
/// carries the directories of lines by country. "No suicide line found for X" is said only of a
/// region that was named or told and truly has no such line of its own, and then with the
/// nearest help that does serve it: the region's other lines, or where it has none at all, the
/// directories.
fn lines(snapshot: &Snapshot, u: &Understanding, at: &At) -> Vec<Line> {
    let lang = u.language;
    let viewer = u.region.map(|r| r.country());
    let mut out = Vec::new();
    let listing = at.listing(snapshot, u.region, &u.topics);
    let mut shown: Vec<&Resource> = listing.resources.iter().map(|(_, r)| *r).collect();
    match u.region {
        None => {
            // Only the worldwide lines for what was asked (TripSit is no suicide line), and
            // always the directories, where a person anywhere finds their country's lines.
            out.push(line(t(lang, "sms-worldwide"), EMERGENCY));
            add_directories(snapshot, &mut shown);
        }
        Some(region) => {
            out.push(line(
                emergency_line(&listing, lang, u.town.as_ref()),
                EMERGENCY,
            ));
            // One name, several places: how to reach the next most populous.
            if let Some((_, example)) = u.town.as_ref().and_then(|t| t.other.as_ref()) {
                let name = u.town.as_ref().map_or("", |t| t.name.as_str());
                out.push(line(
                    t_args(
                        lang,
                        "sms-town-other",
                        &[("name", name), ("example", example)],
                    ),
                    OTHER_TOWN,
                ));
            }
            let own_line = listing
                .resources
                .iter()
                .any(|(scope, r)| *scope != Scope::Worldwide && r.has_line());
            if !u.topics.is_empty() && !own_line {
                let topic = topic_label(u.topics[0], lang);
                out.push(line(
                    t_args(
                        lang,
                        "sms-topic-none",
                        &[("topic", &topic), ("place", &region_name(region, lang))],
                    ),
                    NOTE,
                ));
                let others = at.listing(snapshot, u.region, &[]);
                for (scope, r) in &others.resources {
                    if !shown.iter().any(|s| s.id == r.id) {
                        shown.push(r);
                    }
                    if *scope != Scope::Worldwide && r.has_line() {
                        // The region's own lines are the nearest help.
                        shown.retain(|s| !s.directory);
                    }
                }
                if !shown.iter().any(|r| !r.is_worldwide() && r.has_line()) {
                    add_directories(snapshot, &mut shown);
                }
            }
        }
    }
    // The two most important steps for the situation named, right after the emergency number.
    let steps = steps(snapshot, u, &listing, lang);
    let has_steps = !steps.is_empty();
    for (i, text) in steps.into_iter().enumerate() {
        out.insert(1 + i, line(text, STEP - i as u8));
    }
    if u.no_voice {
        // Someone who cannot call or speak: the emergency services' ways without a voice call
        // right after their number, and the lines that take texts or chat first.
        let (ways, notes) = no_voice_lines(snapshot, &listing, lang);
        if let Some(ways) = ways {
            out.insert(1, line(ways, NO_VOICE));
        }
        if let Some(notes) = notes {
            out.insert(2, line(notes, NOTE));
        }
        shown.sort_by_key(|r| !(r.sms.is_some() || r.chat_url.is_some()));
    }
    let resources = resource_lines(snapshot, &shown, lang, viewer);
    // With steps in the reply, the first line (and its pair) outranks them: a reply always
    // keeps a line to reach.
    let first_group = resources.first().map(|(_, group, _)| *group);
    for (i, (text, group, directory)) in resources.into_iter().enumerate() {
        let first = i == 0 || (group.is_some() && Some(group) == first_group);
        let rank = match ((has_steps || u.no_voice) && first, directory) {
            (true, _) => FIRST_LINE,
            (false, true) => DIRECTORY,
            (false, false) => RESOURCE,
        };
        out.push(Line { text, rank, group });
    }
    match (u.source, u.region) {
        (PlaceSource::Text, Some(_)) => out.push(line(t(lang, "sms-ask-other"), ASK_AGAIN)),
        (_, Some(region)) => out.push(line(
            t_args(
                lang,
                "sms-ask-guessed",
                &[("place", &region_name(region, lang))],
            ),
            ASK_AGAIN,
        )),
        (_, None) => {}
    }
    out
}

/// How to reach the emergency services of the listing's country without a voice call (texts,
/// textphone, relay), each with what must be done first, as the page says it: `If you cannot
/// speak or hear: Text 999, register first: text REGISTER to 999; Relay call: 18000`; and the
/// rows' notes ("Not every area accepts texts yet"), a line of their own that gives way before
/// the first line to reach. `None` where no such way (or note) is on file; video services and
/// apps are links, left to the page.
fn no_voice_lines(
    snapshot: &Snapshot,
    listing: &Listing<'_>,
    lang: UiLanguage,
) -> (Option<String>, Option<String>) {
    let Some(EmergencyNumber::Listed(e)) = &listing.emergency else {
        return (None, None);
    };
    let mut ways = Vec::new();
    let mut notes = Vec::new();
    for way in crate::view::ways_view(e, snapshot.guidance(), lang) {
        if !matches!(way.channel, Channel::Sms | Channel::Tty | Channel::Relay) {
            continue;
        }
        ways.push(match way.register {
            Some(register) => format!("{}, {register}", way.label),
            None => way.label,
        });
        notes.extend(way.note);
    }
    let ways = (!ways.is_empty())
        .then(|| format!("{} {}", t(lang, "emergency-cannot-speak"), ways.join("; ")));
    let notes = (!notes.is_empty()).then(|| notes.join(" "));
    (ways, notes)
}

/// The SMS steps (at most two, in their SMS order) of the guide the text named ("too hot"), or
/// else of the first guide of its first topic that has any ("overdose", "bad trip"), with
/// `{emergency}` as the region's first number.
fn steps(
    snapshot: &Snapshot,
    u: &Understanding,
    listing: &Listing<'_>,
    lang: UiLanguage,
) -> Vec<String> {
    let guidance = snapshot.guidance();
    let has_sms = |g: &&Guide| g.steps.iter().any(|s| s.sms.is_some());
    let named = u
        .guides
        .iter()
        .find_map(|id| guidance.guides.iter().find(|g| &g.id == id));
    let guide = named.or_else(|| {
        let topic = u.topics.first()?;
        guidance
            .guides
            .iter()
            .filter(has_sms)
            .find(|g| g.topic == *topic)
    });
    let Some(guide) = guide else {
        return Vec::new();
    };
    let number = crate::view::number_in_steps(listing, lang);
    let mut steps: Vec<&GuideStep> = guide.steps.iter().filter(|s| s.sms.is_some()).collect();
    steps.sort_by_key(|s| s.sms);
    steps
        .into_iter()
        .filter_map(|s| {
            let item = format!("guide/{}/{}", guide.id, s.number);
            let text = guidance.text(lang, &item, "short")?;
            Some(text.text.replace("{emergency}", &number))
        })
        .collect()
}

/// Puts the directories of lines by country first, where they are not already shown.
fn add_directories<'a>(snapshot: &'a Snapshot, shown: &mut Vec<&'a Resource>) {
    let missing: Vec<&Resource> = snapshot
        .resources()
        .iter()
        .filter(|d| d.directory && !shown.iter().any(|s| s.id == d.id))
        .collect();
    shown.splice(0..0, missing);
}

fn help(snapshot: &Snapshot, u: &Understanding, opts: &ComposeOptions, at: &At) -> Vec<Line> {
    let lang = u.language;
    let viewer = u.region.map(|r| r.country());
    let listing = at.listing(snapshot, u.region, &[Topic::Crisis, Topic::Suicide]);
    let mut out = vec![line(emergency_line(&listing, lang, None), EMERGENCY)];
    // The crisis line: the first that can be called or texted, in the reply's language if any.
    let reachable: Vec<&Resource> = listing
        .resources
        .iter()
        .map(|(_, r)| *r)
        .filter(|r| r.phone.is_some() || r.sms.is_some())
        .collect();
    let speaks = |r: &&&Resource| {
        r.languages
            .iter()
            .any(|l| l.as_str().split('-').next() == Some(lang.tag()))
    };
    let crisis = reachable
        .iter()
        .find(speaks)
        .or(reachable.first())
        .and_then(|r| resource_line(r, lang, viewer));
    if let Some(crisis) = crisis {
        out.push(line(crisis, CRISIS_LINE));
    }
    out.push(line(
        t_args(lang, "sms-help-about", &[("program", &opts.program)]),
        CARRIER,
    ));
    out.push(line(t(lang, "sms-help-ask"), HOW_TO_ASK));
    out.push(line(t(lang, "sms-help-rates"), CARRIER));
    if let Some(contact) = &opts.contact {
        out.push(line(
            t_args(lang, "sms-help-contact", &[("contact", contact)]),
            CONTACT,
        ));
    }
    out
}

/// The question when a name could be several regions, led by each one's emergency number.
fn which(snapshot: &Snapshot, u: &Understanding, at: &At) -> Vec<Line> {
    let lang = u.language;
    let mut out = Vec::new();
    let mut countries: Vec<CountryCode> = Vec::new();
    for choice in &u.choices {
        if countries.contains(&choice.country()) {
            continue;
        }
        countries.push(choice.country());
        let listing = at.listing(snapshot, Some(Region::Country(choice.country())), &[]);
        out.push(line(emergency_line(&listing, lang, None), EMERGENCY));
    }
    let options: Vec<String> = u
        .choices
        .iter()
        .map(|r| match r {
            Region::Subdivision(c, code) => format!("{code} ({})", country_name(*c, lang)),
            Region::Country(c) => format!("{} ({})", c.as_str(), country_name(*c, lang)),
        })
        .collect();
    let name = u
        .choices
        .first()
        .map(|r| region_name(*r, lang))
        .unwrap_or_default();
    out.push(line(
        t_args(
            lang,
            "sms-which",
            &[("name", &name), ("options", &options.join(", "))],
        ),
        QUESTION,
    ));
    out
}

/// Each resource's line with its pair group (the position among `shown` of the first member
/// of its pair that is shown) and whether it is a directory of lines.
fn resource_lines(
    snapshot: &Snapshot,
    shown: &[&Resource],
    lang: UiLanguage,
    viewer: Option<CountryCode>,
) -> Vec<(String, Option<usize>, bool)> {
    let position = |id: &str| shown.iter().position(|r| r.id == id);
    let mut out: Vec<(String, Option<usize>, bool)> = Vec::new();
    for (i, r) in shown.iter().enumerate() {
        let partners: Vec<usize> = snapshot
            .partners_of(&r.id)
            .into_iter()
            .filter_map(position)
            .collect();
        let group = (!partners.is_empty()).then(|| partners.into_iter().fold(i, usize::min));
        if let Some(l) = resource_line(r, lang, viewer) {
            if !out.iter().any(|(text, ..)| *text == l) {
                out.push((l, group, r.directory));
            }
        }
    }
    out
}

/// `short_name: how to reach it`, in `lang`; `None` when the resource has no contact at all.
fn resource_line(r: &Resource, lang: UiLanguage, viewer: Option<CountryCode>) -> Option<String> {
    let shown = |n: &PhoneNumber| n.display_for(viewer);
    let call = r.phone.as_ref().map(|p| match &r.phone_option {
        Some(option) => t_args(
            lang,
            "sms-call-press",
            &[("number", &shown(p)), ("option", option)],
        ),
        None => shown(p),
    });
    let text = r.sms.as_ref().map(|s| match &r.sms_keyword {
        Some(keyword) => t_args(
            lang,
            "sms-text-keyword",
            &[("keyword", &keyword.to_uppercase()), ("number", &shown(s))],
        ),
        None => t_args(lang, "sms-text", &[("number", &shown(s))]),
    });
    let same_number = match (&r.phone, &r.sms) {
        (Some(p), Some(s)) => p == s && r.phone_option.is_none() && r.sms_keyword.is_none(),
        _ => false,
    };
    let how = match (call, text) {
        _ if same_number => t_args(
            lang,
            "sms-call-or-text",
            &[("number", &shown(r.phone.as_ref()?))],
        ),
        (Some(call), Some(text)) => format!("{call}; {text}"),
        (Some(call), None) => call,
        (None, Some(text)) => text,
        (None, None) => match (&r.chat_url, r.directory) {
            (Some(url), _) => t_args(lang, "sms-chat", &[("url", &bare(url))]),
            (None, true) => t_args(lang, "sms-web", &[("url", &bare(&r.website))]),
            (None, false) => return None,
        },
    };
    Some(t_args(
        lang,
        "sms-line",
        &[("name", &r.short_name), ("how", &how)],
    ))
}

/// A URL as people type it: no scheme, no trailing slash.
fn bare(url: &str) -> String {
    url.strip_prefix("https://")
        .unwrap_or(url)
        .trim_end_matches('/')
        .to_string()
}

fn topic_label(topic: Topic, lang: UiLanguage) -> String {
    t(lang, &format!("sms-topic-{}", topic.as_str()))
}

/// Joins the lines, dropping the lowest-ranked (the last among equals) until the text fits.
fn fit(mut lines: Vec<Line>, segments: usize) -> String {
    let segments = segments.max(1);
    // Folding is character by character, and a newline is GSM-7, so folding the joined text is
    // joining the folded lines, unless some line cannot be folded: then nothing is. Fold each
    // line once rather than the whole text on every try.
    let mut folded: Vec<Option<String>> = lines.iter().map(|l| fold_line(&l.text)).collect();
    loop {
        let text = if folded.iter().all(Option::is_some) {
            folded
                .iter()
                .flatten()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            lines
                .iter()
                .map(|l| l.text.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        };
        if gsm7::segments(&text) <= segments {
            return text;
        }
        if lines.len() <= 1 {
            return truncate(&text, segments);
        }
        let lowest = lines.iter().map(|l| l.rank).min().unwrap_or(0);
        let among: Vec<usize> = (0..lines.len())
            .filter(|&i| lines[i].rank == lowest)
            .collect();
        let pick = among
            .iter()
            .rev()
            .find(|&&i| lines[i].group.is_none())
            .or(among.last())
            .copied()
            .unwrap_or(lines.len() - 1);
        let keep: Vec<bool> = match lines[pick].group {
            Some(group) => lines.iter().map(|l| l.group != Some(group)).collect(),
            None => (0..lines.len()).map(|i| i != pick).collect(),
        };
        let mut k = keep.iter();
        lines.retain(|_| *k.next().unwrap_or(&true));
        let mut k = keep.iter();
        folded.retain(|_| *k.next().unwrap_or(&true));
    }
}

/// A line folded to GSM-7, or `None` when it cannot be.
fn fold_line(text: &str) -> Option<String> {
    let folded = gsm7::fold(text);
    (gsm7::encoding(&folded) == gsm7::Encoding::Gsm7).then_some(folded)
}

/// The last resort for a single line that cannot fit (a budget of one segment and a very long
/// configured program name): cut at the last space that fits.
fn truncate(text: &str, segments: usize) -> String {
    let mut out = text.to_string();
    while gsm7::segments(&out) > segments {
        let cut = out
            .trim_end()
            .rfind(' ')
            .unwrap_or(out.len().saturating_sub(1));
        let mut cut = cut.min(out.len().saturating_sub(1));
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
        out.truncate(cut);
    }
    out
}
