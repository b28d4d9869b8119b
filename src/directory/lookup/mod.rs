//! The lookup tables and word files texts are read with: ZIP prefixes, area codes and postal
//! districts ([`tables`]), the SMS words ([`vocab`]), the lexicon built from them
//! ([`lexicon`]) and the gazetteer of towns ([`gazetteer`]). They are data like the directory's
//! rows: read, checked and reloaded with each snapshot. Reading a text with them is `sms`'s job.

pub mod gazetteer;
pub mod lexicon;
pub mod tables;
pub mod vocab;

pub use tables::Tables;
