//! The query parameters each API endpoint takes. Unlike pages, the API refuses what it does not
//! know: a partner's typo (`?topics=`) must fail loudly, not answer an unfiltered list.

use super::hsds::Paging;
use crate::domain::Topics;
use crate::domain::{Region, Topic, UiLanguage};

/// A parameter that was wrong, what was wrong, and what it allows. Nothing in it is the
/// client's own words but a parameter name that reads as one (see [`nameable`]): a problem
/// answer must not repeat what a stranger put in a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParamError {
    /// The parameter's name; empty for an unknown one that is not [`nameable`].
    pub parameter: String,
    /// What was wrong, in a sentence.
    pub detail: String,
    /// What it allows.
    pub allowed: Vec<String>,
    /// The value is well formed but names nothing there is (a region code no region has):
    /// `404`, not `400`.
    pub unknown: bool,
}

/// The options of a `/api/v1/…` request.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Options {
    /// `?topic=`, repeatable.
    pub topics: Topics,
    /// `?lang=`.
    pub lang: UiLanguage,
    /// `?region=` (lookup only).
    pub region: Option<Region>,
    /// `?place=`, a place as a person types it (lookup only).
    pub place: Option<String>,
    /// `?page=` and `?per_page=` (HSDS lists only).
    pub paging: Paging,
    /// `?modified_after=` (HSDS services only): an RFC 3339 time.
    pub modified_after: Option<chrono::DateTime<chrono::Utc>>,
}

/// The parameters one endpoint accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accepts {
    /// `lang` only.
    Lang,
    /// `topic` and `lang`.
    TopicAndLang,
    /// `region`, `place` and `lang`.
    Lookup,
    /// `page` and `per_page`.
    Paging,
    /// `page`, `per_page` and `modified_after`.
    PagingSince,
    /// Nothing.
    Nothing,
}

impl Accepts {
    fn names(self) -> &'static [&'static str] {
        match self {
            Accepts::Lang => &["lang"],
            Accepts::TopicAndLang => &["topic", "lang"],
            Accepts::Lookup => &["region", "place", "lang"],
            Accepts::Paging => &["page", "per_page"],
            Accepts::PagingSince => &["page", "per_page", "modified_after"],
            Accepts::Nothing => &[],
        }
    }
}

fn strings(items: impl IntoIterator<Item = impl ToString>) -> Vec<String> {
    items.into_iter().map(|s| s.to_string()).collect()
}

/// The names of the UI languages the API answers in.
pub fn languages() -> Vec<String> {
    strings(UiLanguage::ALL.iter().map(|l| l.tag()))
}

/// Whether an unknown parameter's name may be repeated in a problem: a short run of letters,
/// `_`, `-`, `.`, `[` or `]` (`topics`, `utm_source`, `filter[topic]`), which names a typo
/// without being able to carry a sentence or a number.
pub fn nameable(name: &str) -> bool {
    (1..=24).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || b"_-.[]".contains(&b))
}

/// Parses `query` for an endpoint that accepts `accepts`.
pub fn parse(query: &str, accepts: Accepts) -> Result<Options, ParamError> {
    let mut out = Options::default();
    let mut topics = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
        if !accepts.names().contains(&&*key) {
            return Err(ParamError {
                detail: match accepts.names() {
                    [] => "an unknown query parameter: this endpoint takes none".to_string(),
                    names => format!(
                        "an unknown query parameter: this endpoint takes {}",
                        names.join(", ")
                    ),
                },
                parameter: if nameable(&key) {
                    key.into_owned()
                } else {
                    String::new()
                },
                allowed: strings(accepts.names()),
                unknown: false,
            });
        }
        if key != "topic" && seen.iter().any(|k| *k == key) {
            return Err(ParamError {
                parameter: key.to_string(),
                detail: format!("{key} may be given only once"),
                allowed: strings(accepts.names()),
                unknown: false,
            });
        }
        seen.push(key.to_string());
        match &*key {
            "topic" => topics.push(value.parse::<Topic>().map_err(|_| ParamError {
                parameter: "topic".into(),
                detail: "not a topic this API knows; allowed lists them".into(),
                allowed: strings(Topic::ALL.iter().map(|t| t.as_str())),
                unknown: false,
            })?),
            "lang" => {
                // Exactly as the document's enum lists them: `en`, not `EN` or `en-US`.
                out.lang = UiLanguage::ALL
                    .into_iter()
                    .find(|l| l.tag() == value)
                    .ok_or_else(|| ParamError {
                        parameter: "lang".into(),
                        detail: "not a language this API answers in; allowed lists them".into(),
                        allowed: languages(),
                        unknown: false,
                    })?
            }
            "region" => {
                out.region = Some(region(&value).map_err(|mut e| {
                    e.parameter = "region".into();
                    e
                })?)
            }
            "place" => {
                let chars = value.chars().count();
                if !(1..=PLACE_MAX_CHARS).contains(&chars) {
                    return Err(ParamError {
                        parameter: "place".into(),
                        detail: format!("place must be 1 to {PLACE_MAX_CHARS} characters"),
                        allowed: vec![format!("1..={PLACE_MAX_CHARS} characters")],
                        unknown: false,
                    });
                }
                out.place = Some(value.into_owned());
            }
            "page" | "per_page" => {
                let max = if key == "page" {
                    u32::MAX
                } else {
                    Paging::MAX_PER_PAGE
                };
                let n = value
                    .parse::<u32>()
                    .ok()
                    .filter(|n| (1..=max).contains(n))
                    .ok_or_else(|| ParamError {
                        parameter: key.to_string(),
                        detail: format!("{key} must be a whole number from 1 to {max}"),
                        allowed: vec![format!("1..={max}")],
                        unknown: false,
                    })?;
                if key == "page" {
                    out.paging.page = n;
                } else {
                    out.paging.per_page = n;
                }
            }
            "modified_after" => {
                out.modified_after = Some(
                    chrono::DateTime::parse_from_rfc3339(&value)
                        .map(|t| t.to_utc())
                        .map_err(|_| ParamError {
                            parameter: "modified_after".into(),
                            detail: "modified_after must be an RFC 3339 date-time, such as \
                                2026-12-06T00:00:00Z"
                                .into(),
                            allowed: vec!["an RFC 3339 date-time".into()],
                            unknown: false,
                        })?,
                )
            }
            _ => unreachable!("only accepted names reach here"),
        }
    }
    out.topics = Topics::new(topics);
    Ok(out)
}

/// The longest `place` the lookup reads, in characters (a text is read to 160; a place is
/// shorter).
pub const PLACE_MAX_CHARS: usize = 100;

/// What a region code in the API looks like: ISO 3166-1 alpha-2 (`US`) or ISO 3166-2 (`US-CA`),
/// any case. The OpenAPI document states it as this pattern; [`region`] checks the same shape.
pub const REGION_PATTERN: &str = "^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$";

/// Whether `code` has the shape [`REGION_PATTERN`] describes.
fn well_formed(code: &str) -> bool {
    let (cc, sub) = match code.split_once('-') {
        Some((cc, sub)) => (cc, Some(sub)),
        None => (code, None),
    };
    cc.len() == 2
        && cc.bytes().all(|b| b.is_ascii_alphabetic())
        && sub.is_none_or(|s| {
            (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// Parses a region code as the API writes it: `US` or `US-CA`, any case. A malformed code is a
/// `400`; a well-formed one that ISO 3166 does not have is `unknown` (`404`).
pub fn region(code: &str) -> Result<Region, ParamError> {
    let well_formed = well_formed(code);
    well_formed
        .then(|| Region::parse(code))
        .flatten()
        .ok_or_else(|| ParamError {
            parameter: "code".into(),
            detail: if well_formed {
                "no region has this code".into()
            } else {
                "not an ISO 3166-1 alpha-2 country code (US) or an ISO 3166-2 subdivision code \
                 (US-CA)"
                    .into()
            },
            allowed: strings(["ISO 3166-1 alpha-2 (US)", "ISO 3166-2 (US-CA)"]),
            unknown: well_formed,
        })
}

/// The constraints the handlers enforce on a parameter named `name`, as JSON Schema, from the
/// same constants they check against; `None` for a parameter that takes any string.
pub fn schema(name: &str) -> Option<serde_json::Value> {
    use serde_json::json;
    Some(match name {
        "topic" => json!({
            "type": "array",
            "items": {"type": "string", "enum": strings(Topic::ALL.iter().map(|t| t.as_str()))},
        }),
        "lang" => json!({"type": "string", "enum": languages()}),
        "code" | "region" => json!({"type": "string", "pattern": REGION_PATTERN}),
        "place" => json!({"type": "string", "minLength": 1, "maxLength": PLACE_MAX_CHARS}),
        "page" => json!({"type": "integer", "format": "int64", "minimum": 1, "maximum": u32::MAX}),
        "per_page" => json!({
            "type": "integer", "format": "int32", "minimum": 1, "maximum": Paging::MAX_PER_PAGE,
        }),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topics_are_canonical_and_unknown_names_are_refused() {
        let o = parse("topic=suicide&topic=crisis&lang=es", Accepts::TopicAndLang).unwrap();
        assert_eq!(o.topics, Topics::new([Topic::Crisis, Topic::Suicide]));
        assert_eq!(o.lang, UiLanguage::Es);
        let e = parse("topics=crisis", Accepts::TopicAndLang).unwrap_err();
        assert_eq!(e.parameter, "topics");
        assert_eq!(e.allowed, ["topic", "lang"]);
        let e = parse("topic=nope", Accepts::TopicAndLang).unwrap_err();
        assert_eq!(e.parameter, "topic");
        assert!(e.allowed.contains(&"psychedelic".to_string()));
        assert_eq!(
            parse("lang=ko", Accepts::Lang).unwrap_err().parameter,
            "lang"
        );
        assert_eq!(
            parse("lang=en&lang=fr", Accepts::Lang)
                .unwrap_err()
                .parameter,
            "lang"
        );
    }

    #[test]
    fn region_codes_are_iso_and_only_iso() {
        assert_eq!(region("us-ca").unwrap().code(), "US-CA");
        assert_eq!(region("GB-SCT").unwrap().code(), "GB-SCT");
        for bad in ["us/ca", "USA", "", "US-", "U1", "US-CAXX", "ÜS"] {
            assert!(!region(bad).unwrap_err().unknown, "{bad}");
        }
        for unknown in ["US-ZZ", "XX"] {
            assert!(region(unknown).unwrap_err().unknown, "{unknown}");
        }
        assert_eq!(
            parse("lang=EN", Accepts::Lang).unwrap_err().parameter,
            "lang"
        );
    }

    #[test]
    fn paging_is_bounded() {
        let o = parse("page=2&per_page=10", Accepts::Paging).unwrap();
        assert_eq!((o.paging.page, o.paging.per_page), (2, 10));
        assert!(parse("page=0", Accepts::Paging).is_err());
        assert!(parse("per_page=100000", Accepts::Paging).is_err());
        assert!(parse("page=x", Accepts::Paging).is_err());
    }
}
