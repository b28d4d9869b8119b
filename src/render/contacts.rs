//! A listing as vCard 4.0 contacts (RFC 6350), for a phone's address book: the emergency
//! number first, then each line with its call and text numbers.
//!
//! Written here rather than with a vCard crate: the one maintained writer (`vcard`) needs a
//! newer Rust than this crate promises, and what is written is five properties, their escaping
//! (§3.4) and line folding (§3.2).

use crate::domain::UiLanguage;
use crate::i18n::t;
use crate::view::{ListingView, ResourceView};
use std::fmt::Write;

/// The media type RFC 6350 §10.1 registers.
pub const CONTENT_TYPE: &str = "text/vcard; charset=utf-8";

/// Every contact of `listing`: the emergency number (when known) and each line.
pub fn vcards(listing: &ListingView, lang: UiLanguage) -> String {
    let mut out = String::new();
    if let Some(number) = &listing.emergency.number {
        let name = format!(
            "{} {number} ({})",
            t(lang, "emergency-label"),
            listing.title
        );
        card(
            &mut out,
            &format!("emergency-{number}"),
            &name,
            &[("voice", format!("tel:{number}"))],
            &[],
            None,
            &listing.emergency.call_text,
        );
    }
    for o in &listing.emergency.others {
        let name = format!(
            "{} {} ({}, {})",
            t(lang, "emergency-label"),
            o.number,
            o.label,
            listing.title
        );
        card(
            &mut out,
            &format!("emergency-{}", o.number),
            &name,
            &[("voice", format!("tel:{}", o.number))],
            &[],
            None,
            &format!("{}: {}", o.label, o.number),
        );
    }
    for r in &listing.resources {
        resource(&mut out, r);
    }
    out
}

fn resource(out: &mut String, r: &ResourceView) {
    let mut tels = Vec::new();
    if let Some(p) = &r.phone {
        tels.push(("voice", format!("tel:{}", p.dial)));
    }
    if let Some(s) = &r.sms {
        tels.push(("text", s.href.clone()));
    }
    let mut emails = Vec::new();
    for a in &r.access {
        match (a.kind, &a.href) {
            ("tty", Some(h)) => tels.push(("textphone", h.clone())),
            ("video", Some(h)) if h.starts_with("tel:") => tels.push(("video", h.clone())),
            ("email", Some(h)) => emails.extend(h.strip_prefix("mailto:").map(str::to_string)),
            _ => {}
        }
    }
    let mut note = r.description.clone();
    for detail in [
        r.phone.as_ref().map(|p| {
            p.label.clone()
                + &p.detail
                    .as_ref()
                    .map(|d| format!(", {d}"))
                    .unwrap_or_default()
        }),
        r.sms.as_ref().map(|s| s.label.clone()),
        Some(r.languages.clone()),
    ]
    .into_iter()
    .flatten()
    .chain(r.access.iter().map(|a| a.text.clone()))
    {
        note.push_str(". ");
        note.push_str(&detail);
    }
    card(out, &r.id, &r.name, &tels, &emails, Some(&r.website), &note);
}

fn card(
    out: &mut String,
    id: &str,
    name: &str,
    tels: &[(&str, String)],
    emails: &[String],
    url: Option<&str>,
    note: &str,
) {
    line(out, "BEGIN:VCARD");
    line(out, "VERSION:4.0");
    line(out, "PRODID:-//lifelines//contacts//EN");
    line(out, &format!("UID:urn:lifelines:{}", escape(id)));
    line(out, &format!("FN:{}", escape(name)));
    line(out, "KIND:org");
    for (kind, uri) in tels {
        line(out, &format!("TEL;VALUE=uri;TYPE={kind}:{uri}"));
    }
    for email in emails {
        line(out, &format!("EMAIL:{}", escape(email)));
    }
    if let Some(url) = url {
        line(out, &format!("URL:{url}"));
    }
    line(out, &format!("NOTE:{}", escape(note)));
    line(out, "CATEGORIES:lifelines");
    line(out, "END:VCARD");
}

/// A text value with `\`, `,`, `;` and newlines escaped (RFC 6350 §3.4).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes one content line, folded at 75 octets without splitting a character (§3.2).
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    let _ = write!(out, "\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_long_lines_fold_between_characters() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let mut out = String::new();
        let long = format!("NOTE:{}", "é".repeat(60));
        line(&mut out, &long);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, long);
    }
}
