//! The topic vocabulary of DATA.md.

use std::fmt;
use std::str::FromStr;

/// What a resource is for; the closed vocabulary of `data/resources.csv`'s `topics` column.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    /// Any emotional crisis.
    Crisis,
    /// Suicide prevention.
    Suicide,
    /// Difficult psychedelic experiences and their aftermath.
    Psychedelic,
    /// Treatment and referral for substance use.
    SubstanceUse,
    /// Overdose prevention and response.
    Overdose,
    /// Testing drugs for what they contain.
    DrugChecking,
    /// Poisoning.
    Poison,
    /// Mental health in general.
    MentalHealth,
    /// Support from people with lived experience.
    PeerSupport,
    /// LGBTQ+ people.
    Lgbtq,
    /// Young people.
    Youth,
    /// Veterans.
    Veterans,
    /// Domestic violence.
    DomesticViolence,
    /// Sexual assault.
    SexualAssault,
}

impl Topic {
    /// Every topic, in the vocabulary's order.
    pub const ALL: [Topic; 14] = [
        Topic::Crisis,
        Topic::Suicide,
        Topic::Psychedelic,
        Topic::SubstanceUse,
        Topic::Overdose,
        Topic::DrugChecking,
        Topic::Poison,
        Topic::MentalHealth,
        Topic::PeerSupport,
        Topic::Lgbtq,
        Topic::Youth,
        Topic::Veterans,
        Topic::DomesticViolence,
        Topic::SexualAssault,
    ];

    /// Topics of services that may have no line at all, only a website: drug checking, and
    /// peer-support groups about psychedelic experiences. A row with any other topic must be
    /// reachable by phone, text or chat, so a forgotten number can never pass as "website only".
    pub const WEBSITE_ONLY: [Topic; 3] =
        [Topic::DrugChecking, Topic::Psychedelic, Topic::PeerSupport];

    /// The vocabulary word, as written in the CSV and in `?topic=`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Topic::Crisis => "crisis",
            Topic::Suicide => "suicide",
            Topic::Psychedelic => "psychedelic",
            Topic::SubstanceUse => "substance-use",
            Topic::Overdose => "overdose",
            Topic::DrugChecking => "drug-checking",
            Topic::Poison => "poison",
            Topic::MentalHealth => "mental-health",
            Topic::PeerSupport => "peer-support",
            Topic::Lgbtq => "lgbtq",
            Topic::Youth => "youth",
            Topic::Veterans => "veterans",
            Topic::DomesticViolence => "domestic-violence",
            Topic::SexualAssault => "sexual-assault",
        }
    }

    /// Whether the topic says only that a line helps in general (any crisis, mental health,
    /// support from peers) rather than with one kind of trouble.
    pub fn is_general(&self) -> bool {
        matches!(
            self,
            Topic::Crisis | Topic::MentalHealth | Topic::PeerSupport
        )
    }

    /// Whether the topic names who a line is for (young people, veterans, LGBTQ+ people)
    /// rather than what it helps with.
    pub fn is_audience(&self) -> bool {
        matches!(self, Topic::Youth | Topic::Veterans | Topic::Lgbtq)
    }

    /// The kinds of help a line with `topics` gives: its specific topics, or its general ones
    /// when it has no other. A line stands in for another only where they share one.
    pub fn kinds_of_help(topics: &[Topic]) -> Vec<Topic> {
        let specific: Vec<Topic> = topics.iter().copied().filter(|t| !t.is_general()).collect();
        if specific.is_empty() {
            topics.to_vec()
        } else {
            specific
        }
    }

    /// The key of the topic's visitor-facing label in the translation files.
    pub fn label_key(&self) -> String {
        format!("topic-{}", self.as_str())
    }
}

/// A word that is not in the topic vocabulary.
#[derive(Debug, thiserror::Error)]
#[error("unknown topic {0:?}")]
pub struct UnknownTopic(pub String);

impl FromStr for Topic {
    type Err = UnknownTopic;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Topic::ALL
            .into_iter()
            .find(|t| t.as_str() == s)
            .ok_or_else(|| UnknownTopic(s.to_string()))
    }
}

impl fmt::Display for Topic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A set of topics in canonical (sorted, deduplicated) order, so `?topic=a&topic=b` and
/// `?topic=b&topic=a&topic=a` name one page.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Topics(Vec<Topic>);

impl Topics {
    /// The canonical set of `topics`.
    pub fn new(topics: impl IntoIterator<Item = Topic>) -> Self {
        let mut v: Vec<Topic> = topics.into_iter().collect();
        v.sort();
        v.dedup();
        Topics(v)
    }

    /// The topics, sorted.
    pub fn as_slice(&self) -> &[Topic] {
        &self.0
    }

    /// Whether no topic narrows the page.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// `path` with `?topic=` for each topic.
pub fn with_topics(path: &str, topics: &Topics) -> String {
    let query: Vec<String> = topics
        .as_slice()
        .iter()
        .map(|t| format!("topic={}", t.as_str()))
        .collect();
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", query.join("&"))
    }
}
