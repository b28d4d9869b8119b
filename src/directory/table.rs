//! Reading one CSV file into rows whose cells know their `line:column`, for precise diagnostics.

use super::diagnostic::{Diagnostic, Severity};
use std::collections::HashMap;

/// A CSV file read whole, with its header checked against the columns the format allows.
pub struct Table {
    /// The file name as shown in diagnostics, e.g. `data/resources.csv`.
    pub file: String,
    /// The rows after the header.
    pub rows: Vec<Row>,
}

/// One record: its cells by column name, each with the position where the cell starts.
pub struct Row {
    /// The line the record starts on (1-based; the header is line 1).
    pub line: u64,
    cells: HashMap<&'static str, Cell>,
}

struct Cell {
    value: String,
    line: u64,
    column: u64,
}

impl Row {
    /// The trimmed cell, `None` when the column is absent or the cell empty.
    pub fn get(&self, column: &str) -> Option<&str> {
        self.cells
            .get(column)
            .map(|c| c.value.trim())
            .filter(|v| !v.is_empty())
    }

    /// Where the cell of `column` starts, or the record's start when the column is absent.
    pub fn position(&self, column: &str) -> (u64, u64) {
        self.cells
            .get(column)
            .map(|c| (c.line, c.column))
            .unwrap_or((self.line, 1))
    }

    /// An error about the cell of `column`, at its position in `file`: `column: message`.
    pub fn error(&self, file: &str, column: &str, message: impl std::fmt::Display) -> Diagnostic {
        let (line, col) = self.position(column);
        Diagnostic::error(file, line, col, format!("{column}: {message}"))
    }

    /// A warning about the cell of `column`, at its position in `file`: `column: message`.
    pub fn warning(&self, file: &str, column: &str, message: impl std::fmt::Display) -> Diagnostic {
        let (line, col) = self.position(column);
        Diagnostic::warning(file, line, col, format!("{column}: {message}"))
    }
}

impl Table {
    /// Parses `bytes` as CSV. Lines starting with `#` are comments, before the header (tables name
    /// their source there) or between records (word lists group their rows under them). Unknown or missing columns and malformed records become diagnostics;
    /// a malformed file yields no rows.
    pub fn parse(
        file: &str,
        bytes: &[u8],
        allowed: &[&'static str],
        required: &[&'static str],
        diags: &mut Vec<Diagnostic>,
    ) -> Table {
        let mut table = Table {
            file: file.to_string(),
            rows: Vec::new(),
        };
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => t.strip_prefix('\u{feff}').unwrap_or(t),
            Err(e) => {
                let (line, column) = line_col(bytes, e.valid_up_to());
                diags.push(Diagnostic::error(file, line, column, "not valid UTF-8"));
                return table;
            }
        };
        let mut reader = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .flexible(false)
            .from_reader(text.as_bytes());
        let headers = match reader.headers() {
            Ok(h) => h.clone(),
            Err(e) => {
                diags.push(csv_error(file, text, &e));
                return table;
            }
        };
        let header_start = header_offset(text);
        let header_line = text[..header_start].matches('\n').count() as u64 + 1;
        let header_cols = field_positions(text, header_start, header_line);
        let mut columns: Vec<Option<&'static str>> = Vec::new();
        let mut seen = Vec::new();
        for (i, h) in headers.iter().enumerate() {
            let (l, c) = header_cols.get(i).copied().unwrap_or((header_line, 1));
            match allowed.iter().find(|a| **a == h.trim()) {
                Some(name) if seen.contains(name) => {
                    diags.push(Diagnostic::error(
                        file,
                        l,
                        c,
                        format!("column {name:?} appears twice"),
                    ));
                    columns.push(None);
                }
                Some(name) => {
                    seen.push(*name);
                    columns.push(Some(*name));
                }
                None => {
                    diags.push(Diagnostic::error(
                        file,
                        l,
                        c,
                        format!("unknown column {:?} (allowed: {})", h, allowed.join(", ")),
                    ));
                    columns.push(None);
                }
            }
        }
        for r in required {
            if !seen.contains(r) {
                diags.push(Diagnostic::error(
                    file,
                    header_line,
                    1,
                    format!("missing required column {r:?}"),
                ));
            }
        }
        for record in reader.records() {
            let record = match record {
                Ok(r) => r,
                Err(e) => {
                    diags.push(csv_error(file, text, &e));
                    continue;
                }
            };
            let Some(pos) = record.position() else {
                continue;
            };
            let (start, first_line) = record_start(text, pos.byte() as usize, pos.line());
            let starts = field_positions(text, start, first_line);
            let mut cells = HashMap::new();
            for (i, value) in record.iter().enumerate() {
                if let Some(Some(name)) = columns.get(i) {
                    let (line, column) = starts.get(i).copied().unwrap_or((first_line, 1));
                    cells.insert(
                        *name,
                        Cell {
                            value: value.to_string(),
                            line,
                            column,
                        },
                    );
                }
            }
            table.rows.push(Row {
                line: first_line,
                cells,
            });
        }
        table
    }
}

/// Byte offset of the header record: the first line that is not a `#` comment.
fn header_offset(text: &str) -> usize {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if !line.starts_with('#') {
            return offset;
        }
        offset += line.len();
    }
    offset
}

/// Where a record really starts, given where the csv crate says it does: the crate counts the
/// comment and blank lines it skipped before a record as part of it.
fn record_start(text: &str, mut start: usize, mut line: u64) -> (usize, u64) {
    while let Some(rest) = text.get(start..) {
        let skipped = rest.starts_with('#') || rest.starts_with('\n') || rest.starts_with("\r\n");
        match rest.find('\n') {
            Some(end) if skipped => {
                start += end + 1;
                line += 1;
            }
            _ => break,
        }
    }
    (start, line)
}

/// The `(line, column)` where each field of the record starting at byte `start` begins.
///
/// The csv crate reports where a record starts but not its fields, so this walks the record's
/// raw text with RFC 4180 quoting; columns count characters, as editors do.
fn field_positions(text: &str, start: usize, first_line: u64) -> Vec<(u64, u64)> {
    let mut out = vec![(first_line, 1)];
    let (mut line, mut col) = (first_line, 1u64);
    let mut in_quotes = false;
    let mut chars = text.get(start..).unwrap_or("").chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '"' if in_quotes && chars.peek() == Some(&'"') => {
                chars.next();
                col += 1;
            }
            '"' => in_quotes = !in_quotes,
            ',' if !in_quotes => {
                out.push((line, col + 1));
            }
            '\n' if in_quotes => {
                line += 1;
                col = 0;
            }
            '\n' | '\r' if !in_quotes => break,
            _ => {}
        }
        col += 1;
    }
    out
}

fn line_col(bytes: &[u8], offset: usize) -> (u64, u64) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|b| **b == b'\n').count() as u64 + 1;
    let col = before.iter().rev().take_while(|b| **b != b'\n').count() as u64 + 1;
    (line, col)
}

/// The column of byte `offset`, counted from the line's start alone: counting lines from the
/// file's start for each malformed record made a file with many of them quadratic (a 10 MB
/// file with a stray comma in every row took hours to check).
fn column_at(bytes: &[u8], offset: usize) -> u64 {
    let before = &bytes[..offset.min(bytes.len())];
    before.iter().rev().take_while(|b| **b != b'\n').count() as u64 + 1
}

fn csv_error(file: &str, text: &str, e: &csv::Error) -> Diagnostic {
    let (line, column) = match e.position() {
        Some(p) => (p.line(), column_at(text.as_bytes(), p.byte() as usize)),
        None => (1, 1),
    };
    let message = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("this record has {len} fields, the header has {expected_len}"),
        _ => format!("malformed CSV: {e}"),
    };
    Diagnostic {
        file: file.to_string(),
        line,
        column,
        severity: Severity::Error,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn many_malformed_records_are_each_placed_in_linear_time() {
        let rows = 40_000;
        let mut text = String::from("a,b\n");
        for i in 0..rows {
            text.push_str(&format!("{i},two,three\n"));
        }
        let started = std::time::Instant::now();
        let mut diags = Vec::new();
        Table::parse("t.csv", text.as_bytes(), &["a", "b"], &[], &mut diags);
        assert_eq!(diags.len(), rows);
        assert_eq!((diags[0].line, diags[0].column), (2, 1));
        assert_eq!(
            (diags[rows - 1].line, diags[rows - 1].column),
            (rows as u64 + 1, 1)
        );
        // Counting lines from the file's start for each took minutes here; this takes
        // milliseconds.
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }

    #[test]
    fn positions_follow_quotes_and_line_breaks() {
        let text = "a,\"b,\"\"c\",d\n";
        assert_eq!(field_positions(text, 0, 1), vec![(1, 1), (1, 3), (1, 11)]);
        let multi = "x,\"one\ntwo\",z\n";
        assert_eq!(field_positions(multi, 0, 4), vec![(4, 1), (4, 3), (5, 6)]);
    }

    #[test]
    fn rows_after_comment_and_blank_lines_are_placed_on_their_own_line() {
        let text = "# about\nword,means\none,a\n# group\n\ntwo,b\n# last\nthree,\"c\"\n";
        let mut diags = Vec::new();
        let table = Table::parse(
            "t.csv",
            text.as_bytes(),
            &["word", "means"],
            &[],
            &mut diags,
        );
        assert!(diags.is_empty(), "{diags:?}");
        let at: Vec<_> = table
            .rows
            .iter()
            .map(|r| {
                (
                    r.get("word").unwrap(),
                    r.position("word"),
                    r.position("means"),
                )
            })
            .collect();
        assert_eq!(
            at,
            vec![
                ("one", (3, 1), (3, 5)),
                ("two", (6, 1), (6, 5)),
                ("three", (8, 1), (8, 7)),
            ]
        );
    }
}
