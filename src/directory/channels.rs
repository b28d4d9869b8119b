//! `channels.csv`: the ways to reach a line without a voice call to its number (TTY, relay,
//! sign-language video, WhatsApp, e-mail), one row per way, each with the operator's or a
//! government's page that states it.

use super::diagnostic::Diagnostic;
use super::load::RowCheck;
use super::table::Table;
use crate::domain::{Access, AccessWay, PhoneNumber, Resource, SignLanguage};
use chrono::NaiveDate;
use std::collections::HashSet;

/// The file, relative to the data directory (optional).
pub const CHANNELS: &str = "channels.csv";
/// Its columns.
pub const COLUMNS: &[&str] = &[
    "resource",
    "channel",
    "value",
    "via",
    "sign_language",
    "verified_at",
    "source",
    "notes",
];
const REQUIRED: &[&str] = &["resource", "channel", "verified_at", "source"];

/// Reads `channels.csv` into the resources it names, every rule checked at its cell.
pub fn read(
    file: &str,
    bytes: &[u8],
    resources: &mut [Resource],
    today: NaiveDate,
    diags: &mut Vec<Diagnostic>,
) {
    let table = Table::parse(file, bytes, COLUMNS, REQUIRED, diags);
    let mut seen = HashSet::new();
    for row in &table.rows {
        let mut c = RowCheck::new(&table, row, diags);
        let Some(id) = c.required("resource") else {
            continue;
        };
        let Some(index) = resources.iter().position(|r| r.id == id) else {
            c.error(
                "resource",
                format!("{id:?} is not a resource in resources.csv"),
            );
            continue;
        };
        let verified_at = c.date(today);
        let source = c.source();
        let value = c.get("value");
        let via = c.get("via");
        let sign = c.get("sign_language");
        let Some(channel) = c.required("channel") else {
            continue;
        };
        if via.is_some() && channel != "relay" {
            c.error(
                "via",
                "only a relay row names a relay service to dial first",
            );
        }
        if sign.is_some() && channel != "video" {
            c.error("sign_language", "only a video row names a sign language");
        }
        let phone = |c: &mut RowCheck<'_>| -> Option<PhoneNumber> {
            if value.is_none() {
                c.error("value", "required: the number");
            }
            c.parsed("value", PhoneNumber::parse)
        };
        let access = match channel {
            "tty" => phone(&mut c).map(Access::Tty),
            "whatsapp" => phone(&mut c).and_then(|n| {
                if !matches!(n, PhoneNumber::E164 { .. }) {
                    c.error("value", "a WhatsApp number is written in E.164 (+…)");
                    None
                } else {
                    Some(Access::WhatsApp(n))
                }
            }),
            "relay" => {
                if let Some(v) = via {
                    if !(1..=15).contains(&v.len()) || !v.bytes().all(|b| b.is_ascii_digit()) {
                        c.error(
                            "via",
                            format!("{v:?} is not the digits of a relay service's number"),
                        );
                    }
                }
                // The number to ask for: the row's own, else the line's phone.
                let number = match value {
                    Some(_) => c.parsed("value", PhoneNumber::parse),
                    None => {
                        let own = resources[index].phone.clone();
                        if own.is_none() {
                            c.error(
                                "value",
                                "required: the line has no phone to ask the relay for",
                            );
                        }
                        own
                    }
                };
                number.map(|number| Access::Relay {
                    via: via.map(str::to_string),
                    number,
                })
            }
            "video" => {
                let language = match sign {
                    None => {
                        c.error("sign_language", "required: the ISO 639-3 code of the sign language (ase, bfi, asf, fcs, isg, nzs)");
                        None
                    }
                    Some(code) => {
                        let found = SignLanguage::from_code(code);
                        if found.is_none() {
                            c.error(
                                "sign_language",
                                format!("{code:?} is not one of ase (ASL), bfi (BSL), asf (Auslan), fcs (LSQ), isg (ISL), nzs (NZSL)"),
                            );
                        }
                        found
                    }
                };
                let (url, number) = match value {
                    Some(v) if v.starts_with("https://") => (c.https_url("value"), None),
                    Some(_) => (None, c.parsed("value", PhoneNumber::parse)),
                    None => {
                        c.error(
                            "value",
                            "required: the page to start the video from, or the videophone number",
                        );
                        (None, None)
                    }
                };
                match (language, url.is_some() || number.is_some()) {
                    (Some(language), true) => Some(Access::Video {
                        language,
                        url,
                        number,
                    }),
                    _ => None,
                }
            }
            "email" => match value {
                Some(v) if email_like(v) => Some(Access::Email(v.to_string())),
                Some(v) => {
                    c.error("value", format!("{v:?} is not an e-mail address"));
                    None
                }
                None => {
                    c.error("value", "required: the address");
                    None
                }
            },
            other => {
                c.error(
                    "channel",
                    format!("{other:?} is not a channel: tty, relay, video, whatsapp or email"),
                );
                None
            }
        };
        let (Some(access), Some(verified_at), Some(source)) = (access, verified_at, source) else {
            continue;
        };
        if c.failed {
            continue;
        }
        if !seen.insert((
            id.to_string(),
            channel.to_string(),
            value.map(str::to_string),
            via.map(str::to_string),
        )) {
            c.error("value", "this way in is listed twice for the line");
            continue;
        }
        resources[index].access.push(AccessWay {
            access,
            verified_at,
            source,
        });
    }
}

/// An address as written: one `@`, something before it, a dotted domain after, no spaces.
fn email_like(v: &str) -> bool {
    match v.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !v.chars().any(char::is_whitespace)
        }
        None => false,
    }
}
