//! Plain-text renderings for the command line: a region's list and check reports.

use crate::directory::{EmergencyNumber, Listing};
use crate::domain::Hours;
use std::fmt::Write;

/// A region's list as `lifelines lookup` prints it.
pub fn listing(listing: &Listing) -> String {
    let mut out = String::new();
    let viewer = listing.region.map(|r| r.country());
    let title = listing
        .region
        .map(|r| format!("{} ({})", r.full_name(), r.code()))
        .unwrap_or_else(|| "Worldwide".into());
    let _ = writeln!(out, "{title}");
    match &listing.emergency {
        Some(EmergencyNumber::Listed(e)) if e.also.is_empty() => {
            let _ = writeln!(out, "  Emergency: {}", e.number);
        }
        Some(EmergencyNumber::Listed(e)) => {
            let _ = writeln!(
                out,
                "  Emergency: {} (also {})",
                e.number,
                e.also.join(", ")
            );
        }
        Some(EmergencyNumber::Eu112) => {
            let _ = writeln!(out, "  Emergency: 112 (EU)");
        }
        None => {
            let _ = writeln!(out, "  Emergency: no confirmed number");
        }
    }
    for (scope, r) in &listing.resources {
        let _ = writeln!(out, "  {} [{:?}, priority {}]", r.name, scope, r.priority);
        if let Some(p) = &r.phone {
            let option = r
                .phone_option
                .as_ref()
                .map(|o| format!(", then press {o}"))
                .unwrap_or_default();
            let _ = writeln!(out, "    call {}{option}", p.display_for(viewer));
        }
        if let Some(s) = &r.sms {
            match &r.sms_keyword {
                Some(k) => {
                    let _ = writeln!(out, "    text {k} to {}", s.display_for(viewer));
                }
                None => {
                    let _ = writeln!(out, "    text {}", s.display_for(viewer));
                }
            }
        }
        if let Some(c) = &r.chat_url {
            let _ = writeln!(out, "    chat {c}");
        }
        if !r.has_line() {
            let _ = writeln!(out, "    no phone, text or chat line: {}", r.website);
        }
        let hours = match &r.hours {
            Hours::Always => "24/7".to_string(),
            Hours::Unknown => "hours not confirmed".to_string(),
            h => h.schedule_text().unwrap_or_default(),
        };
        let topics: Vec<&str> = r.topics.iter().map(|t| t.as_str()).collect();
        let _ = writeln!(out, "    {hours} · {}", topics.join(" "));
    }
    out
}
