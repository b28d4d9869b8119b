//! The word files an inbound text is read with, in the data directory beside the lookup tables:
//! carrier keywords, topic and filler words, place aliases, and ISO names that are not places.
//!
//! Each is a CSV file a maintainer edits in a pull request, validated like the directory's own
//! files (every problem reported at its `file:line:column`): keys written the way a text is read
//! (see [`crate::text`]), topics and languages from their vocabularies, alias regions that
//! ISO 3166 has, and no key with two meanings in any of the files. A file may be absent (a data
//! directory made only for the resource list); its words are then not known.

use crate::directory::load::{noting_absent, FileRead};
use crate::directory::table::{Row, Table};
use crate::directory::Diagnostic;
use crate::domain::{Region, Topic, UiLanguage};
use crate::text::{phrase, words, MAX_CHARS};
use std::collections::HashMap;
use std::fmt;
use std::path::Path;

/// Carrier keywords, relative to the data directory.
pub const KEYWORDS: &str = "sms-keywords.csv";
/// Topic and filler words.
pub const WORDS: &str = "sms-words.csv";
/// Place names the ISO 3166 names lack.
pub const ALIASES: &str = "sms-aliases.csv";
/// ISO 3166 names that are everyday words, never read as places.
pub const NOT_PLACES: &str = "sms-not-places.csv";

/// A carrier keyword, answered before anything else and never read as a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Keyword {
    /// `HELP`, `INFO`, `AYUDA`, `AIDE`: how to use the line.
    Help,
    /// `STOP` and its synonyms: confirm that nothing more will be sent.
    Stop,
    /// `START`, `UNSTOP`: confirm the opt-in.
    Start,
}

impl Keyword {
    /// The kinds, as the `kind` column writes them.
    const KINDS: [(&'static str, Keyword); 3] = [
        ("help", Keyword::Help),
        ("stop", Keyword::Stop),
        ("start", Keyword::Start),
    ];

    fn as_str(self) -> &'static str {
        Self::KINDS
            .iter()
            .find(|(_, k)| *k == self)
            .map_or("", |(s, _)| s)
    }
}

/// What a word of `sms-words.csv` means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Meaning {
    /// A topic word: the reply is narrowed to the topic.
    Topic(Topic),
    /// A word for one situation (`guide:heat-water`): the reply is narrowed to the guide's
    /// topic and carries that guide's SMS steps.
    Guide(String),
    /// A word that says the person cannot call or speak (`deaf`, `can't talk`): the reply puts
    /// the lines that take texts or chat first and says how to reach the emergency services
    /// without a voice call.
    NoVoice,
    /// A word that carries neither place nor topic.
    Filler,
}

/// The rows of the word files, validated, in file order.
#[derive(Debug, Default)]
pub struct Vocab {
    /// Keywords (normalised, spaces removed), their kind and the language they tell.
    pub keywords: Vec<(String, Keyword, Option<UiLanguage>)>,
    /// Topic and filler words and phrases, and the language they tell.
    pub words: Vec<(String, Meaning, Option<UiLanguage>)>,
    /// Where each `guide:` meaning is written (guide, file, line, column), for the loader to
    /// check against the guides once they are read.
    pub guide_refs: Vec<(String, String, u64, u64)>,
    /// Place aliases, the region each names, and the language it tells.
    pub aliases: Vec<(String, Region, Option<UiLanguage>)>,
    /// ISO names never read as places.
    pub not_places: Vec<String>,
    missing: Vec<&'static str>,
}

impl Vocab {
    /// Reads and validates the word files in `dir`; any error fails the load, with every
    /// diagnostic.
    pub fn load(dir: &Path) -> Result<Vocab, Vec<Diagnostic>> {
        crate::directory::load::read_alone(dir, |read, diags| Self::read(read, diags))
    }

    /// Reads the word files through `read` (a file's shown path and bytes, or `None` when it is
    /// absent), adding every problem to `diags`: how the directory's one loader reads them, into
    /// the same snapshot and version hash as the rest of the data.
    pub fn read(
        read: impl FnMut(&'static str, &mut Vec<Diagnostic>) -> FileRead,
        diags: &mut Vec<Diagnostic>,
    ) -> Vocab {
        let mut vocab = Vocab::default();
        let mut missing = Vec::new();
        let mut read = noting_absent(read, &mut missing);
        let keywords = read(KEYWORDS, diags);
        let keywords_file = keywords
            .as_ref()
            .map_or_else(|| KEYWORDS.to_string(), |(file, _)| file.clone());
        let word_file = read(WORDS, diags);
        let aliases = read(ALIASES, diags);
        let not_places = read(NOT_PLACES, diags);
        drop(read);
        vocab.missing = missing;

        // One meaning per key across the words, the aliases and the names that are not places.
        let mut keys = Keys::default();
        let table = |found: Option<(String, Vec<u8>)>,
                     columns: &[&'static str],
                     required: usize,
                     diags: &mut Vec<Diagnostic>| {
            found.map(|(file, bytes)| {
                Table::parse(&file, &bytes, columns, &columns[..required], diags)
            })
        };
        if let Some(t) = table(keywords, &["keyword", "kind", "language"], 2, diags) {
            vocab.keywords = keyword_rows(&t, diags);
        }
        // Carriers require STOP, HELP and START to be answered: data without a word for each
        // is refused, whole, rather than served with a gateway that ignores an opt-out.
        for (name, kind) in Keyword::KINDS {
            if !vocab.keywords.iter().any(|(_, k, _)| k == &kind) {
                diags.push(Diagnostic::error(
                    &keywords_file,
                    1,
                    1,
                    format!(
                        "no {name} keyword: carriers require one (e.g. {})",
                        name.to_uppercase()
                    ),
                ));
            }
        }
        if let Some(t) = table(word_file, &["word", "means", "language"], 2, diags) {
            vocab.words = word_rows(&t, &mut keys, &mut vocab.guide_refs, diags);
        }
        if let Some(t) = table(aliases, &["name", "region", "language"], 2, diags) {
            vocab.aliases = alias_rows(&t, &mut keys, diags);
        }
        if let Some(t) = table(not_places, &["name"], 1, diags) {
            vocab.not_places = not_place_rows(&t, &mut keys, diags);
        }
        vocab
    }

    /// The word files that were absent.
    pub fn missing(&self) -> &[&'static str] {
        &self.missing
    }
}

/// The keywords: kept apart from the other keys, since a keyword is a whole text and the same
/// word inside a sentence (`help me`) is an ordinary word.
fn keyword_rows(
    table: &Table,
    diags: &mut Vec<Diagnostic>,
) -> Vec<(String, Keyword, Option<UiLanguage>)> {
    let mut out = Vec::new();
    let mut seen = Keys::default();
    for row in &table.rows {
        let mut c = Check::new(table, row, diags);
        let key = c.key(
            "keyword",
            |v| words(v).concat(),
            "a keyword is the whole text with its spaces removed",
        );
        let kind = c.required("kind").and_then(|v| {
            let kind = Keyword::KINDS
                .iter()
                .find(|(s, _)| *s == v)
                .map(|(_, k)| *k);
            if kind.is_none() {
                c.error("kind", format!("{v:?} is not help, stop or start"));
            }
            kind
        });
        let language = c.language();
        if let (Some(key), Some(kind), Some(language)) = (key, kind, language) {
            let meaning = format!("the keyword kind {}", kind.as_str());
            if seen.claim(&mut c, "keyword", &key, meaning) {
                out.push((key, kind, language));
            }
        }
    }

    out
}

fn word_rows(
    table: &Table,
    keys: &mut Keys,
    guide_refs: &mut Vec<(String, String, u64, u64)>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<(String, Meaning, Option<UiLanguage>)> {
    let mut out = Vec::new();
    for row in &table.rows {
        let mut c = Check::new(table, row, diags);
        let key = c.key("word", phrase, "");
        let meaning = c.required("means").and_then(|v| {
            let meaning = match v {
                "filler" => Some(Meaning::Filler),
                "no-voice" => Some(Meaning::NoVoice),
                _ if v.starts_with("guide:") => {
                    let id = &v["guide:".len()..];
                    (!id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
                        .then(|| Meaning::Guide(id.to_string()))
                }
                _ => v
                    .parse::<Topic>()
                    .ok()
                    .filter(|t| t.as_str() == v)
                    .map(Meaning::Topic),
            };
            if meaning.is_none() {
                let topics: Vec<&str> = Topic::ALL.iter().map(Topic::as_str).collect();
                c.error(
                    "means",
                    format!(
                        "{v:?} is not a topic ({}), guide:ID, no-voice or filler",
                        topics.join(", ")
                    ),
                );
            }
            meaning
        });
        let language = c.language();
        if let (Some(key), Some(meaning), Some(language)) = (key, meaning, language) {
            let described = match &meaning {
                Meaning::Topic(t) => format!("the topic {}", t.as_str()),
                Meaning::Guide(g) => format!("the guide {g}"),
                Meaning::NoVoice => "a word for not being able to call".to_string(),
                Meaning::Filler => "a filler word".to_string(),
            };
            if keys.claim(&mut c, "word", &key, described) {
                if let Meaning::Guide(id) = &meaning {
                    let (line, column) = row.position("means");
                    guide_refs.push((id.clone(), table.file.clone(), line, column));
                }
                out.push((key, meaning, language));
            }
        }
    }

    out
}

fn alias_rows(
    table: &Table,
    keys: &mut Keys,
    diags: &mut Vec<Diagnostic>,
) -> Vec<(String, Region, Option<UiLanguage>)> {
    let mut out = Vec::new();
    for row in &table.rows {
        let mut c = Check::new(table, row, diags);
        let key = c.key("name", phrase, "");
        let region = c.required("region").and_then(|code| {
            let canonical = code
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-');
            let region = Region::parse(code).filter(|r| canonical && r.code() == code);
            if region.is_none() {
                c.error(
                    "region",
                    format!(
                        "{code:?} is not an ISO 3166-1 or 3166-2 code (write it like US or US-CA)"
                    ),
                );
            }
            region
        });
        let language = c.language();
        if let (Some(key), Some(region), Some(language)) = (key, region, language) {
            if keys.claim(&mut c, "name", &key, format!("the region {region}")) {
                out.push((key, region, language));
            }
        }
    }

    out
}

fn not_place_rows(table: &Table, keys: &mut Keys, diags: &mut Vec<Diagnostic>) -> Vec<String> {
    let mut out = Vec::new();
    for row in &table.rows {
        let mut c = Check::new(table, row, diags);
        if let Some(key) = c.key("name", phrase, "") {
            if keys.claim(&mut c, "name", &key, "not a place".to_string()) {
                out.push(key);
            }
        }
    }

    out
}

/// Problems of one row, each reported at the cell it concerns.
struct Check<'a> {
    file: &'a str,
    row: &'a Row,
    diags: &'a mut Vec<Diagnostic>,
}

impl<'a> Check<'a> {
    fn new(table: &'a Table, row: &'a Row, diags: &'a mut Vec<Diagnostic>) -> Self {
        Check {
            file: &table.file,
            row,
            diags,
        }
    }

    fn error(&mut self, column: &str, message: impl fmt::Display) {
        self.diags.push(self.row.error(self.file, column, message));
    }

    fn required(&mut self, column: &str) -> Option<&'a str> {
        let v = self.row.get(column);
        if v.is_none() {
            self.error(column, "required");
        }
        v
    }

    /// The key in `column`, when it is already in the form `normal` gives it: the form a text
    /// is compared in. `why` says what that form is, when it is not plain to see.
    fn key(&mut self, column: &str, normal: fn(&str) -> String, why: &str) -> Option<String> {
        let v = self.required(column)?;
        let n = normal(v);
        let why = if why.is_empty() {
            String::new()
        } else {
            format!(" ({why})")
        };
        if v.chars().count() > MAX_CHARS {
            self.error(
                column,
                format!("is longer than the {MAX_CHARS} characters of a text that are read"),
            );
            None
        } else if n.is_empty() {
            self.error(column, format!("{v:?} has no letter or digit"));
            None
        } else if n != v {
            self.error(
                column,
                format!("{v:?} is not written the way a text is read{why}: write it {n:?}"),
            );
            None
        } else {
            Some(n)
        }
    }

    /// The `language` cell: `Some(None)` when empty, `None` when wrong.
    fn language(&mut self) -> Option<Option<UiLanguage>> {
        let Some(v) = self.row.get("language") else {
            return Some(None);
        };
        match UiLanguage::SMS.into_iter().find(|l| l.tag() == v) {
            Some(l) => Some(Some(l)),
            None => {
                self.error(
                    "language",
                    format!("{v:?} is not en, es or fr (leave it empty when the word tells no language)"),
                );
                None
            }
        }
    }
}

/// The keys read so far, with what each means and where it was read first.
#[derive(Default)]
struct Keys(HashMap<String, (String, String, u64)>);

impl Keys {
    /// Records that `key` means `meaning`; false (and an error at the key's cell) when an earlier
    /// row already gave it a meaning, the same or another.
    fn claim(&mut self, c: &mut Check<'_>, column: &str, key: &str, meaning: String) -> bool {
        let (line, _) = c.row.position(column);
        match self.0.get(key) {
            Some((earlier, file, first)) => {
                let at = format!("{}:{first}", shown_name(file));
                let message = if *earlier == meaning {
                    format!("{key:?} is listed twice (first at {at})")
                } else {
                    format!(
                        "{key:?} already means {earlier} (at {at}): a key can have only one meaning"
                    )
                };
                c.error(column, message);
                false
            }
            None => {
                self.0
                    .insert(key.to_string(), (meaning, c.file.to_string(), line));
                true
            }
        }
    }
}

/// A file as a message names it: its name without the data directory.
fn shown_name(file: &str) -> &str {
    Path::new(file)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(file)
}
