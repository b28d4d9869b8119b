//! How an inbound text, and every key of the word files, is normalised: NFKD, combining marks
//! dropped, lower case, punctuation to spaces, and only the first [`MAX_CHARS`] characters read.
//! So `Québec`, `QUEBEC!` and `quebec` read the same, a key in `data/` is written the way a text
//! reads, and a 1,600-character body costs no more than a short one.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// How many characters of a text are read; the rest is ignored.
pub const MAX_CHARS: usize = 160;

/// Lower-cases `text`, removes accents and turns punctuation into spaces, reading at most
/// [`MAX_CHARS`] characters. Hyphens are kept, for codes like `US-CA` and `90210-1234`.
pub fn normalize(text: &str) -> String {
    text.chars()
        .take(MAX_CHARS)
        .nfkd()
        .flat_map(char::to_lowercase)
        .filter(|c| !is_combining_mark(*c))
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                ' '
            }
        })
        .collect()
}

/// The words of `text`, normalised and split at spaces and hyphens.
pub fn words(text: &str) -> Vec<String> {
    normalize(text)
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// A phrase as the lexicon keys it: its words joined by single spaces (`Colombie-Britannique`
/// is `colombie britannique`).
pub fn phrase(text: &str) -> String {
    words(text).join(" ")
}
