//! lifelines: a crisis and harm-reduction resource directory. A visitor opens one page and sees
//! the lines that can help where they are.

pub mod api;
pub mod clock;
pub mod config;
pub mod directory;
pub mod domain;
pub mod error;
pub mod geo;
pub mod i18n;
pub mod metrics;
pub mod publish;
pub mod release;
pub mod reload;
pub mod render;
pub mod rendered;
pub mod routes;
pub mod sms;
pub mod startup;
pub mod telemetry;
pub mod terminal;
pub mod text;
pub mod verify;
pub mod view;

#[cfg(test)]
mod layers;
