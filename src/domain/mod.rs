//! Domain types, parsed once at the edge: past them, code never re-checks a string.

pub mod hours;
pub mod language;
pub mod phone;
pub mod region;
pub mod resource;
pub mod topic;

pub use hours::{Hours, Status};
pub use language::{Direction, LanguageTag, UiLanguage};
pub use phone::PhoneNumber;
pub use region::{CountryCode, Region};
pub use resource::{
    parse_evidence, Abroad, Access, AccessWay, Area, Channel, Emergency, EmergencyContact,
    Evidence, Registration, Resource, Service, SignLanguage, SourceKind,
};
pub use topic::{with_topics, Topic, Topics};
