//! The SMS gateway's core (SMS.md): understanding an inbound text and composing the reply,
//! knowing nothing of HTTP; plus the pieces the HTTP adapters share: Twilio's signature and rate
//! limits. The lookup tables and word files texts are read with are data, loaded and reloaded
//! with each snapshot (`directory::lookup`); how a text is normalised is `text`'s.
//!
//! A request flows: adapter (`routes::sms`) → [`Inbound`] → [`understand()`] → [`Understanding`]
//! → [`compose()`] over the current snapshot → [`Reply`]. Neither the text nor the sender's number
//! outlives the request: nothing here logs, stores or counts them (the rate limiter keeps only
//! a keyed hash of the number).

pub mod compose;
pub mod gsm7;
pub mod ratelimit;
pub mod signature;
pub mod understand;

#[cfg(test)]
mod tests;

pub use crate::directory::lookup::vocab::Keyword;
pub use crate::directory::lookup::Tables;
pub use compose::{compose, ComposeOptions, Reply, ReplyKind};
pub use ratelimit::{Exceeded, Limits, RateLimits};
pub use signature::AuthToken;
pub use understand::{
    find_place, understand, Inbound, NotE164, PlaceMatch, PlaceSource, Sender, Understanding,
};

use crate::config::{Settings, SmsSettings};
use crate::directory::Snapshot;
use anyhow::Context;
use chrono::{DateTime, Utc};

/// The most segments a reply may be configured to take (Twilio's recommended maximum).
pub const MAX_SEGMENTS: u8 = 10;

/// Understanding and composing with the options they need: one per server. The lookup tables
/// and the lexicon texts are read with are part of the data snapshot and reload with it.
#[derive(Debug)]
pub struct Service {
    options: ComposeOptions,
}

impl Service {
    /// A service composing with `options`.
    pub fn new(options: ComposeOptions) -> Self {
        Service { options }
    }

    /// The options replies are composed with.
    pub fn options(&self) -> &ComposeOptions {
        &self.options
    }

    /// Reads a sender's E.164 number into what it tells (country, area).
    pub fn sender(&self, snapshot: &Snapshot, number: &str) -> Result<Sender, NotE164> {
        Sender::from_e164(number, snapshot.tables())
    }

    /// Reads a text.
    pub fn understand(&self, snapshot: &Snapshot, inbound: &Inbound<'_>) -> Understanding {
        understand(
            inbound,
            snapshot.tables(),
            snapshot.lexicon(),
            snapshot.gazetteer(),
        )
    }

    /// Reads a place typed into a field (the web form, the API's `place`): the best matches,
    /// best first (see [`find_place`]); `country` is the country a bare postal code is read in.
    pub fn find(
        &self,
        snapshot: &Snapshot,
        text: &str,
        country: Option<crate::domain::CountryCode>,
    ) -> Vec<PlaceMatch> {
        find_place(
            text,
            country,
            snapshot.tables(),
            snapshot.lexicon(),
            snapshot.gazetteer(),
        )
    }

    /// Composes the reply to an understood text from `snapshot` as it stands at `now`.
    pub fn compose(&self, snapshot: &Snapshot, u: &Understanding, now: DateTime<Utc>) -> Reply {
        compose(snapshot, u, &self.options, now)
    }

    /// Reads a text and composes its reply from `snapshot` as it stands at `now`.
    pub fn reply(&self, snapshot: &Snapshot, inbound: &Inbound<'_>, now: DateTime<Utc>) -> Reply {
        compose(
            snapshot,
            &self.understand(snapshot, inbound),
            &self.options,
            now,
        )
    }
}

/// Everything the SMS routes share: the service, the rate limits, Twilio's credentials.
#[derive(Debug)]
pub struct Gateway {
    /// Understanding and composing.
    pub service: Service,
    /// Per-sender and per-peer limits.
    pub limits: RateLimits,
    /// Twilio's auth token, when signatures are checked.
    pub auth_token: Option<AuthToken>,
    /// The webhook URL Twilio signs, when configured; else derived per request from
    /// `public_url`.
    pub twilio_url: Option<String>,
}

impl Gateway {
    /// Builds the gateway from the settings. Fails on settings out of range.
    pub fn from_settings(settings: &Settings) -> anyhow::Result<Gateway> {
        let sms: &SmsSettings = &settings.sms;
        if !(1..=MAX_SEGMENTS).contains(&sms.segments) {
            anyhow::bail!(
                "sms.segments is {}; it must be 1 to {MAX_SEGMENTS}",
                sms.segments
            );
        }
        let twilio_url = sms.public_url.clone().or_else(|| {
            settings
                .public_url
                .as_deref()
                .map(|origin| format!("{}/sms/twilio", origin.trim_end_matches('/')))
        });
        let auth_token = sms.auth_token.as_ref().map(|t| AuthToken::new(t.expose()));
        if auth_token.is_some() && twilio_url.is_none() {
            anyhow::bail!(
                "sms.auth_token is set but Twilio's webhook URL is not: set sms.public_url \
                 (or public_url) so signatures can be checked"
            );
        }
        let options = ComposeOptions {
            segments: usize::from(sms.segments),
            program: sms.program_name.clone(),
            contact: sms.help_contact.clone(),
        };
        let limits = RateLimits::new(Limits {
            sender_burst: sms.sender_burst,
            sender_per_hour: sms.sender_per_hour,
            peer_burst: sms.peer_burst,
            peer_per_minute: sms.peer_per_minute,
        })
        .context("Failed to set up the SMS rate limits")?;
        Ok(Gateway {
            service: Service::new(options),
            limits,
            auth_token,
            twilio_url,
        })
    }
}
