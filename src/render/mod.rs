//! Rendering, apart from HTTP: (snapshot, page key, now) becomes a body, its content type, and
//! the moment it stops being true. Nothing here imports actix; the clock is a parameter, never
//! read inside a view, so a page can be rendered once per snapshot and served many times.

use crate::directory::load::STALE_AFTER_DAYS;
use crate::directory::Snapshot;
use crate::domain::{with_topics, Region, Topics, UiLanguage};
use crate::rendered::Rendered;
use crate::view::{self, Chrome, ListingContext, ListingView};
use askama::Template;
use chrono::{DateTime, Days, Utc};

mod contacts;

/// The form a page takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Variant {
    /// The whole page, with header, footer and navigation.
    #[default]
    Full,
    /// A listing's lines as vCard contacts (`contacts.vcf`), to save before they are needed.
    Contacts,
    /// A listing's key numbers as a printable card with a QR code back to the page.
    Card,
    /// A listing as a compact widget for another site's `<iframe>`.
    Embed(Theme),
}

/// The colours an embed is drawn in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Theme {
    /// The visitor's system setting (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Dark text on light.
    Light,
    /// Light text on dark.
    Dark,
}

impl Theme {
    /// Parses `light`, `dark` or `auto`.
    pub fn parse(s: &str) -> Option<Theme> {
        match s {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    /// The class the stylesheet draws it with.
    pub fn class(&self) -> &'static str {
        match self {
            Theme::Auto => "theme-auto",
            Theme::Light => "theme-light",
            Theme::Dark => "theme-dark",
        }
    }
}

/// Which page, apart from its language and variant.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Page {
    /// A region's lines (`None`: the worldwide list), narrowed to topics.
    Listing {
        /// The region, or none for the worldwide list.
        region: Option<Region>,
        /// The topics it is narrowed to; empty for all.
        topics: Topics,
    },
    /// `/regions`: the picker.
    Regions,
    /// `/about`.
    About,
    /// `/privacy`.
    Privacy,
    /// `/report`: how to send a correction with evidence.
    Report,
    /// `/data`: every row with its source and last confirmation.
    Data,
    /// The 404 page: the worldwide lines and the picker.
    NotFound,
    /// An answer of the partner API, or an open data file (`crate::api`).
    Api(crate::api::Endpoint),
}

impl Page {
    /// The page's canonical path with its query (`/us/ca?topic=overdose`), without `lang=`.
    pub fn path(&self) -> String {
        match self {
            Page::Listing { region, topics } => {
                let base = region.map(|r| r.path()).unwrap_or_else(|| "/".into());
                with_topics(&base, topics)
            }
            Page::Regions => "/regions".into(),
            Page::About => "/about".into(),
            Page::Privacy => "/privacy".into(),
            Page::Report => "/report".into(),
            Page::Data => "/data".into(),
            Page::NotFound => "/".into(),
            // An API answer has no language switcher; its chrome is never shown.
            Page::Api(_) => "/api/v1".into(),
        }
    }
}

/// The canonical name of one rendered page: what it shows, in which language, in which form.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PageKey {
    /// What it shows.
    pub page: Page,
    /// The UI language.
    pub lang: UiLanguage,
    /// The form.
    pub variant: Variant,
}

impl PageKey {
    /// The full page of a region (or the worldwide list) narrowed to `topics`.
    pub fn listing(region: Option<Region>, topics: Topics, lang: UiLanguage) -> Self {
        PageKey {
            page: Page::Listing { region, topics },
            lang,
            variant: Variant::Full,
        }
    }

    /// A listing in another form: the contacts file or the card.
    pub fn listing_as(
        region: Option<Region>,
        topics: Topics,
        lang: UiLanguage,
        variant: Variant,
    ) -> Self {
        PageKey {
            page: Page::Listing { region, topics },
            lang,
            variant,
        }
    }

    /// A full page that is not a listing.
    pub fn other(page: Page, lang: UiLanguage) -> Self {
        PageKey {
            page,
            lang,
            variant: Variant::Full,
        }
    }
}

/// What every page of a server shares and the data does not say: set once from the settings.
#[derive(Clone, Debug, Default)]
pub struct Site {
    /// Where "report a problem" links go.
    pub report_url: String,
    /// The GeoIP database's required attribution, when one is loaded.
    pub geo_attribution: Option<&'static crate::geo::Attribution>,
    /// The public origin (`https://help.example.org`), for the card's QR code.
    pub public_url: Option<String>,
}

/// Rendering failed (a template could not be written out).
#[derive(Debug, thiserror::Error)]
#[error("rendering failed: {0}")]
pub struct RenderError(#[from] askama::Error);

const HTML: &str = "text/html; charset=utf-8";

#[derive(Template)]
#[template(path = "pages/region.html")]
struct RegionPage {
    chrome: Chrome,
    listing: ListingView,
    /// The page's country, in which the place search reads a bare postal code.
    find_country: Option<String>,
}

#[derive(Template)]
#[template(path = "pages/card.html")]
struct CardPage {
    chrome: Chrome,
    /// "Numbers to keep: California, United States".
    heading: String,
    listing: ListingView,
    /// The page's address as printed under the code.
    url: String,
    /// The QR code, as inline SVG; none without a known origin.
    qr: Option<String>,
    /// How many lines fit on the A6 front: eight, or seven beside the ways to reach the
    /// emergency services without a call.
    lines: usize,
}

#[derive(Template)]
#[template(path = "pages/embed.html")]
struct EmbedPage {
    chrome: Chrome,
    listing: ListingView,
    theme: Theme,
    /// The full page, for the "full list" link.
    full: String,
}

#[derive(Template)]
#[template(path = "pages/regions.html")]
struct RegionsPage {
    chrome: Chrome,
    picker: Vec<view::CountryLink>,
    find_country: Option<String>,
}

/// The answer to the place search when it is not one region: the places a name can be, or
/// that nothing matched. Never what was typed.
#[derive(Template)]
#[template(path = "pages/find.html")]
struct FindPage {
    chrome: Chrome,
    heading: String,
    message: String,
    matches: Vec<view::RegionLink>,
    picker: Vec<view::CountryLink>,
    find_country: Option<String>,
}

#[derive(Template)]
#[template(path = "pages/text.html")]
struct TextPage {
    chrome: Chrome,
    heading: String,
    /// Each paragraph, with its anchor when another page links to it.
    paragraphs: Vec<(Option<&'static str>, String)>,
    /// A link after the paragraphs: its address and words.
    link: Option<(String, String)>,
    /// On `/about`: the page languages, each with its tag, direction, own name and who
    /// translated it.
    languages: Vec<LanguageStatus>,
}

/// A page language as `/about` lists it.
struct LanguageStatus {
    tag: &'static str,
    dir: &'static str,
    name: String,
    status: String,
}

/// The project's public issue form for corrections, when the crate names its repository
/// (`repository` in Cargo.toml): `/report` sends visitors there.
pub fn correction_form() -> Option<String> {
    let repo = env!("CARGO_PKG_REPOSITORY").trim_end_matches('/');
    (!repo.is_empty()).then(|| format!("{repo}/issues/new?template=correction.yml"))
}

/// One row of the data page.
struct DataRow {
    anchor: String,
    label: String,
    verified_at: chrono::NaiveDate,
    stale: bool,
    source: String,
    source_host: String,
    /// The day a data release last changed the row, if one did.
    changed: Option<chrono::NaiveDate>,
    /// What `verify` last found at the row's source: the day, and a problem in words (`None`:
    /// the source still showed everything).
    checked: Option<(chrono::NaiveDate, Option<String>)>,
    /// The source no longer showed one of the row's values: flagged for maintainers.
    flagged: bool,
}

#[derive(Template)]
#[template(path = "pages/data.html")]
struct DataPage {
    chrome: Chrome,
    rows: Vec<DataRow>,
    /// The data files and the HSDS package.
    files: Vec<String>,
    /// The sentence naming the newest release, when the data has a history.
    release: Option<String>,
    /// Whether the release archive is served.
    archive: bool,
    /// The public key the served release was verified with; `None`: served unsigned.
    public_key: Option<String>,
    /// When `verify` last re-read the sources, in words, if a results file is configured.
    checked_at: Option<String>,
}

#[derive(Template)]
#[template(path = "pages/not_found.html")]
struct ErrorPage {
    chrome: Chrome,
    heading: String,
    message: String,
    listing: ListingView,
    picker: Vec<view::CountryLink>,
    find_country: Option<String>,
}

/// The chrome of the page at `path` (with its query, without `lang=`) in `lang`.
pub fn chrome(site: &Site, lang: UiLanguage, path: &str) -> Chrome {
    Chrome::new(lang, path, site.geo_attribution)
}

/// Renders the page `key` names from `snapshot` as it stands at `now`; an HSDS answer comes
/// from `hsds`, the snapshot's export.
pub fn render(
    snapshot: &Snapshot,
    hsds: &crate::api::hsds::ExportCell,
    site: &Site,
    key: &PageKey,
    now: DateTime<Utc>,
) -> Result<Rendered, RenderError> {
    let lang = key.lang;
    let chrome = chrome(site, lang, &key.page.path());
    let html = |body: String, valid_until| Rendered {
        body,
        content_type: HTML,
        valid_until,
    };
    if let Page::Listing { region, topics } = &key.page {
        match key.variant {
            Variant::Full => {}
            Variant::Contacts => return Ok(contacts(snapshot, site, *region, topics, lang, now)),
            Variant::Card => {
                let origin = site.public_url.as_deref().map(|u| u.trim_end_matches('/'));
                return card(snapshot, site, *region, topics, lang, origin, now);
            }
            Variant::Embed(theme) => {
                let listing = listing_of(snapshot, site, *region, topics, lang, now);
                let valid_until = listing.valid_until;
                let full = chrome.link(&key.page.path());
                let page = EmbedPage {
                    chrome,
                    listing,
                    theme,
                    full,
                };
                return Ok(html(page.render()?, valid_until));
            }
        }
    }
    Ok(match &key.page {
        Page::Listing { region, topics } => {
            let listing = listing_of(snapshot, site, *region, topics, lang, now);
            let valid_until = listing.valid_until;
            let find_country = region.map(|r| r.country().as_str().to_string());
            let page = RegionPage {
                chrome,
                listing,
                find_country,
            };
            html(page.render()?, valid_until)
        }
        Page::Regions => html(
            RegionsPage {
                chrome,
                picker: view::picker(snapshot, lang),
                find_country: None,
            }
            .render()?,
            None,
        ),
        Page::About | Page::Privacy | Page::Report => {
            // Each paragraph's key, and the anchor other pages link it by.
            let (title, keys): (&str, &[(&str, Option<&'static str>)]) = match key.page {
                Page::About => (
                    "about-title",
                    &[
                        ("about-text", None),
                        ("about-geo", None),
                        ("about-places", None),
                    ],
                ),
                Page::Report => (
                    "report-title",
                    &[
                        ("report-intro", None),
                        ("report-what", None),
                        ("report-public", None),
                        ("report-where", None),
                    ],
                ),
                _ => (
                    "privacy-title",
                    &[
                        ("privacy-text", None),
                        ("privacy-history", Some("history")),
                        ("privacy-history-how", None),
                    ],
                ),
            };
            let mut paragraphs: Vec<(Option<&'static str>, String)> =
                keys.iter().map(|(k, id)| (*id, chrome.t(k))).collect();
            if let (Page::About, Some(attribution)) = (&key.page, chrome.geo_attribution) {
                paragraphs.push((None, attribution.to_string()));
            }
            let link = match key.page {
                Page::Report => Some(match correction_form() {
                    Some(form) => (form, chrome.t("report-form")),
                    None => ("/data".to_string(), chrome.t("report-sources")),
                }),
                _ => None,
            };
            let languages = match key.page {
                Page::About => UiLanguage::PAGES
                    .into_iter()
                    .map(|l| {
                        let (name, status) = crate::i18n::translation_status(l, lang);
                        LanguageStatus {
                            tag: l.tag(),
                            dir: l.direction().as_str(),
                            name,
                            status,
                        }
                    })
                    .collect(),
                _ => Vec::new(),
            };
            let page = TextPage {
                heading: chrome.t(title),
                paragraphs,
                link,
                languages,
                chrome,
            };
            html(page.render()?, None)
        }
        Page::Data => html(
            data_page(snapshot, chrome, now).render()?,
            // A row turns stale at a day's turn.
            now.date_naive()
                .checked_add_days(Days::new(1))
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(|d| d.and_utc()),
        ),
        Page::Api(endpoint) => crate::api::render(snapshot, hsds, endpoint, lang, now),
        Page::NotFound => {
            let message = chrome.t("not-found-text");
            let page = error_page(snapshot, site, chrome, now, "not-found-title", message);
            let valid_until = page.listing.valid_until;
            html(page.render()?, valid_until)
        }
    })
}

fn listing_of(
    snapshot: &Snapshot,
    site: &Site,
    region: Option<Region>,
    topics: &Topics,
    lang: UiLanguage,
    now: DateTime<Utc>,
) -> ListingView {
    let base = region.map(|r| r.path()).unwrap_or_else(|| "/".into());
    let ctx = ListingContext {
        lang,
        now,
        report_url: &site.report_url,
        base_path: &base,
    };
    view::listing_view(snapshot, region, topics.as_slice(), &ctx)
}

/// A listing's lines as vCard contacts. Every line is in it, so it lasts the snapshot.
fn contacts(
    snapshot: &Snapshot,
    site: &Site,
    region: Option<Region>,
    topics: &Topics,
    lang: UiLanguage,
    now: DateTime<Utc>,
) -> Rendered {
    let listing = listing_of(snapshot, site, region, topics, lang, now);
    Rendered {
        body: contacts::vcards(&listing, lang),
        content_type: contacts::CONTENT_TYPE,
        valid_until: None,
    }
}

/// The printable card of a listing. `origin` (`https://help.example.org`) makes its QR code;
/// without one the card prints the path alone. It holds the first lines in the page's order,
/// which changes as lines open and close, so it lasts as long as the page does.
#[allow(clippy::too_many_arguments)]
pub fn card(
    snapshot: &Snapshot,
    site: &Site,
    region: Option<Region>,
    topics: &Topics,
    lang: UiLanguage,
    origin: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Rendered, RenderError> {
    let base = region.map(|r| r.path()).unwrap_or_else(|| "/".into());
    let path = with_topics(&base, topics);
    let listing = listing_of(snapshot, site, region, topics, lang, now);
    let valid_until = listing.valid_until;
    let url = match origin {
        Some(o) => format!("{o}{path}"),
        None => path,
    };
    let qr = origin.and_then(|_| qr_svg(&url));
    let chrome = chrome(site, lang, &with_topics(&format!("{base}/card"), topics));
    let lines = if listing.emergency.ways.is_empty() {
        8
    } else {
        7
    };
    let page = CardPage {
        heading: chrome.t_args("card-title", &[("region", &listing.title)]),
        chrome,
        listing,
        url,
        qr,
        lines,
    };
    Ok(Rendered {
        body: page.render()?,
        content_type: HTML,
        valid_until,
    })
}

/// `url` as a QR code in inline SVG, sized by the stylesheet.
fn qr_svg(url: &str) -> Option<String> {
    let code = qrcode::QrCode::with_error_correction_level(url, qrcode::EcLevel::M).ok()?;
    Some(
        code.render::<qrcode::render::svg::Color>()
            .quiet_zone(true)
            .min_dimensions(160, 160)
            .build(),
    )
}

/// Renders the page for a bad request or a server error: the `heading` string, `message`
/// (fixed words saying what was wrong in general terms, never the request's), then the
/// worldwide lines and the picker. It is never stored.
pub fn bad_request(
    snapshot: &Snapshot,
    site: &Site,
    lang: UiLanguage,
    heading: &str,
    message: String,
    now: DateTime<Utc>,
) -> Result<Rendered, RenderError> {
    let chrome = chrome(site, lang, "/");
    let page = error_page(snapshot, site, chrome, now, heading, message);
    Ok(Rendered {
        body: page.render()?,
        content_type: HTML,
        valid_until: page.listing.valid_until,
    })
}

fn error_page(
    snapshot: &Snapshot,
    site: &Site,
    chrome: Chrome,
    now: DateTime<Utc>,
    heading: &str,
    message: String,
) -> ErrorPage {
    let ctx = ListingContext {
        lang: chrome.lang,
        now,
        report_url: &site.report_url,
        base_path: "/",
    };
    ErrorPage {
        listing: view::listing_view(snapshot, None, &[], &ctx),
        picker: view::picker(snapshot, chrome.lang),
        heading: chrome.t(heading),
        message,
        chrome,
        find_country: None,
    }
}

/// The place search's page when a typed place is not one region: `matches` (label, path),
/// most populous first, or none when nothing matched. Rendered for its request, never stored.
pub fn find_page(
    snapshot: &Snapshot,
    site: &Site,
    lang: UiLanguage,
    matches: Vec<(String, String)>,
) -> Result<Rendered, RenderError> {
    let chrome = chrome(site, lang, "/regions");
    let (heading, message) = if matches.is_empty() {
        ("find-none-title", "find-none")
    } else {
        ("find-several-title", "find-several")
    };
    let page = FindPage {
        heading: chrome.t(heading),
        message: chrome.t(message),
        matches: matches
            .into_iter()
            .map(|(name, href)| view::RegionLink { name, href })
            .collect(),
        picker: view::picker(snapshot, lang),
        find_country: None,
        chrome,
    };
    Ok(Rendered {
        body: page.render()?,
        content_type: HTML,
        valid_until: None,
    })
}

fn data_page(snapshot: &Snapshot, chrome: Chrome, now: DateTime<Utc>) -> DataPage {
    let today = now.date_naive();
    let history = snapshot.history();
    let lang = chrome.lang;
    let checked = snapshot.checked();
    // `verify` names a resource `resource/ID` and an emergency row as the history does.
    let result = |item: &str| {
        let checked = checked?;
        let r = if item.starts_with("emergency/") {
            checked.row(item)
        } else {
            checked.resource(item)
        }?;
        let problem = r.problems.first().map(|p| match (&*p.kind, &p.value) {
            ("missing", Some(value)) => {
                crate::i18n::t_args(lang, "data-check-missing", &[("value", value)])
            }
            (kind, _) => crate::i18n::t_args(lang, "data-check-problem", &[("kind", kind)]),
        });
        let flagged = r.problems.iter().any(|p| p.kind == "missing");
        Some(((checked.checked_at.date_naive(), problem), flagged))
    };
    let row = |anchor: String, label: String, verified_at, source: &str, item: &str| DataRow {
        changed: history.last_changed(item).map(|t| t.date_naive()),
        checked: result(item).map(|(c, _)| c),
        flagged: result(item).is_some_and(|(_, f)| f),
        anchor,
        label,
        verified_at,
        stale: (today - verified_at).num_days() > STALE_AFTER_DAYS,
        source_host: url::Url::parse(source)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_else(|| source.to_string()),
        source: source.to_string(),
    };
    let mut rows: Vec<DataRow> = snapshot
        .resources()
        .iter()
        .map(|r| {
            row(
                r.id.clone(),
                r.name.clone(),
                r.verified_at,
                &r.source,
                &r.id,
            )
        })
        .chain(snapshot.emergency_numbers().map(|e| {
            // The row of the number shown first; its other ways in change apart.
            let item = e
                .contacts
                .first()
                .map(|c| c.item(e.country))
                .unwrap_or_default();
            row(
                format!("emergency-{}", e.country.as_str().to_ascii_lowercase()),
                crate::i18n::t_args(
                    chrome.lang,
                    "data-emergency-row",
                    &[
                        (
                            "country",
                            &crate::i18n::country_name(e.country, chrome.lang),
                        ),
                        ("number", &e.number),
                    ],
                ),
                e.verified_at,
                &e.source,
                &item,
            )
        }))
        .collect();
    rows.sort_by(|a, b| (a.verified_at, &a.label).cmp(&(b.verified_at, &b.label)));
    let released = snapshot.released();
    DataPage {
        chrome,
        rows,
        files: crate::api::opendata::urls(snapshot),
        release: history.latest().map(|r| {
            crate::i18n::t_args(
                lang,
                "data-release",
                &[
                    ("release", &r.name),
                    ("date", &r.at.date_naive().to_string()),
                ],
            )
        }),
        archive: released.is_some(),
        public_key: released.and_then(|r| r.public_key.clone()),
        checked_at: checked.map(|c| {
            crate::i18n::t_args(
                lang,
                "data-checked-at",
                &[("date", &c.checked_at.date_naive().to_string())],
            )
        }),
    }
}
