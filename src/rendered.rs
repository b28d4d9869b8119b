//! A rendered answer: what rendering a page (`render`) or an API answer (`api`) produces, and
//! what `publish` compresses and serves.

use chrono::{DateTime, Utc};

/// A rendered page.
#[derive(Debug)]
pub struct Rendered {
    /// The body.
    pub body: String,
    /// Its `Content-Type`.
    pub content_type: &'static str,
    /// When it stops being true (a line on it opens or closes, the day a row turns stale);
    /// `None` while the snapshot lasts.
    pub valid_until: Option<DateTime<Utc>>,
}
