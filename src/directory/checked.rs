//! What `lifelines verify --results FILE` found when it last re-read each row's source: read by
//! the server beside the data (never from inside the data directory, which holds only what
//! maintainers edit) and shown on `/data` and in the metrics. A results file that cannot be read
//! is a warning and is left out: it never stops the data from serving.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The results file as `verify` writes it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Results<R> {
    /// When the run ended.
    pub checked_at: DateTime<Utc>,
    /// One result per row checked.
    pub rows: Vec<R>,
}

/// One row's result, as the server reads it.
#[derive(Clone, Debug, Deserialize)]
pub struct RowResult {
    /// The row, as `verify` names it (`resource/988-lifeline`, `emergency/GB/999/voice`).
    pub id: String,
    /// Whether the source still showed everything.
    pub ok: bool,
    /// What was wrong.
    #[serde(default)]
    pub problems: Vec<ProblemRecord>,
}

/// A problem as the results file records it.
#[derive(Clone, Debug, Deserialize)]
pub struct ProblemRecord {
    /// `gone`, `moved`, `missing`, `unreachable`, `disallowed` or `too_large`.
    pub kind: String,
    /// For `missing`: the row's field.
    #[serde(default)]
    pub field: Option<String>,
    /// For `missing`: the value the page no longer shows.
    #[serde(default)]
    pub value: Option<String>,
}

/// The kinds of problem, in the order `/data` and the metrics name them.
pub const KINDS: &[&str] = &[
    "missing",
    "gone",
    "moved",
    "unreachable",
    "disallowed",
    "too_large",
];

/// The last machine check of every row, by id.
#[derive(Clone, Debug)]
pub struct Checked {
    /// When it ran.
    pub checked_at: DateTime<Utc>,
    rows: HashMap<String, RowResult>,
}

impl Checked {
    /// Parses a results file.
    pub fn parse(bytes: &[u8]) -> Result<Checked, String> {
        let results: Results<RowResult> =
            serde_json::from_slice(bytes).map_err(|e| format!("not a verify results file: {e}"))?;
        Ok(Checked {
            checked_at: results.checked_at,
            rows: results
                .rows
                .into_iter()
                .map(|r| (r.id.clone(), r))
                .collect(),
        })
    }

    /// The result for the resource `id`.
    pub fn resource(&self, id: &str) -> Option<&RowResult> {
        self.rows.get(&format!("resource/{id}"))
    }

    /// The result for the row `verify` names `id`.
    pub fn row(&self, id: &str) -> Option<&RowResult> {
        self.rows.get(id)
    }

    /// How many rows have a problem of each kind, in [`KINDS`] order.
    pub fn problem_counts(&self) -> Vec<(&'static str, usize)> {
        KINDS
            .iter()
            .map(|kind| {
                let n = self
                    .rows
                    .values()
                    .filter(|r| r.problems.iter().any(|p| p.kind == *kind))
                    .count();
                (*kind, n)
            })
            .collect()
    }
}
