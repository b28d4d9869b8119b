//! What each data release changed, from the data's history file: as JSON
//! (`/api/v1/changes`) and as an Atom feed (`/data/changes.atom`, RFC 4287), newest first.

use crate::directory::history::{Change, Release};
use crate::directory::Snapshot;
use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;
use utoipa::ToSchema;

/// The content type of the feed.
pub const ATOM: &str = "application/atom+xml; charset=utf-8";

/// Every release's changes, newest release first.
#[derive(Serialize, ToSchema)]
pub struct ChangeList {
    /// The releases, newest first; empty when the data has no history file.
    pub releases: Vec<ReleaseChanges>,
}

/// One release and what it changed.
#[derive(Serialize, ToSchema)]
pub struct ReleaseChanges {
    /// The release's name.
    pub release: String,
    /// When it was made.
    #[schema(format = DateTime)]
    pub released_at: String,
    /// What it changed, in file order.
    pub changes: Vec<ItemChange>,
}

/// One change.
#[derive(Serialize, ToSchema)]
pub struct ItemChange {
    /// What changed: a resource id (`988-lifeline`, as `/api/v1/resources/{id}` takes it),
    /// an emergency way in (`emergency/GB/999/sms`) or a data file (`guidance.csv`).
    pub item: String,
    /// The column that changed (`phone`), for a changed resource or emergency row.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// `added`, `changed` or `retired`.
    pub change: Change,
}

fn time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The snapshot's releases, newest first.
pub fn list(snapshot: &Snapshot) -> ChangeList {
    ChangeList {
        releases: snapshot
            .history()
            .releases()
            .iter()
            .rev()
            .map(|r| ReleaseChanges {
                release: r.name.clone(),
                released_at: time(r.at),
                changes: r
                    .entries
                    .iter()
                    .map(|e| ItemChange {
                        item: e.item.clone(),
                        field: e.field.clone(),
                        change: e.change,
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// A release's changes as lines of text: `changed 988-lifeline phone`.
fn summary(release: &Release) -> String {
    release
        .entries
        .iter()
        .map(|e| match &e.field {
            Some(f) => format!("{} {} {f}", e.change.as_str(), e.item),
            None => format!("{} {}", e.change.as_str(), e.item),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn urn(key: &str) -> String {
    format!("urn:uuid:{}", crate::api::hsds::uuid("release", key))
}

/// The Atom feed of the snapshot's releases, one entry per release, newest first. Its links
/// are relative references (RFC 4287, 4.2.7.1), resolved against the feed's own address, so
/// one feed serves every host name.
pub fn atom(snapshot: &Snapshot) -> String {
    let releases = snapshot.history().releases();
    let updated = releases
        .last()
        .map(|r| r.at)
        .unwrap_or(DateTime::<Utc>::UNIX_EPOCH);
    let link = |href: String, rel: &str, kind: &str| {
        let mut l = atom_syndication::Link::default();
        l.set_href(href);
        l.set_rel(rel);
        l.set_mime_type(Some(kind.to_string()));
        l
    };
    let author = atom_syndication::PersonBuilder::default()
        .name("lifelines")
        .build();
    let entries = releases
        .iter()
        .rev()
        .map(|r| {
            let changed: std::collections::BTreeSet<&str> =
                r.entries.iter().map(|e| e.item.as_str()).collect();
            let title = format!(
                "Data release {}: {} {} changed",
                r.name,
                changed.len(),
                if changed.len() == 1 { "item" } else { "items" }
            );
            let content = atom_syndication::ContentBuilder::default()
                .value(Some(summary(r)))
                .content_type(Some("text".to_string()))
                .build();
            atom_syndication::EntryBuilder::default()
                .id(urn(&r.name))
                .title(title)
                .updated(r.at.fixed_offset())
                .published(Some(r.at.fixed_offset()))
                .content(Some(content))
                .links(vec![link(
                    "/api/v1/changes".to_string(),
                    "related",
                    crate::api::JSON,
                )])
                .build()
        })
        .collect::<Vec<_>>();
    atom_syndication::FeedBuilder::default()
        .id(urn("lifelines data changes"))
        .title("lifelines: changes to the data")
        .updated(updated.fixed_offset())
        .authors(vec![author])
        .links(vec![
            link("/data/changes.atom".to_string(), "self", ATOM),
            link("/data".to_string(), "alternate", "text/html"),
        ])
        .rights(Some(atom_syndication::Text::plain(format!(
            "{} ({})",
            crate::api::DATA_LICENSE,
            crate::api::DATA_LICENSE_URL
        ))))
        .entries(entries)
        .build()
        .to_string()
}
