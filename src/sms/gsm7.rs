//! How long a reply is on the air: the GSM 03.38 (3GPP TS 23.038) default alphabet, its
//! extension table, and the segment arithmetic carriers bill by.
//!
//! A message is sent in GSM-7 when every character is in the default alphabet or its extension
//! table; an extension character is sent as an escape plus a septet, so it counts twice. One
//! character outside both (an emoji, a curly quote, `í`) sends the whole message as UCS-2, where
//! every UTF-16 code unit counts once and an emoji counts twice. A single segment carries 160
//! septets or 70 code units; a concatenated message loses room to its header and carries 153 or
//! 67 per segment, and no segment may split an escape pair or a surrogate pair.
//!
//! Why a table of our own: the `gsm7` crate packs septets but has no way to count them, and the
//! SMS-splitting crates on crates.io are ports that panic-unwrap on input; the table is 138
//! characters of a frozen standard, and a test checks it against the `gsm7` crate's encoder.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The default alphabet, in code order (0x1B, the escape to the extension table, is left out).
const BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/// The extension table: each costs two septets (escape + code).
const EXTENSION: &str = "\u{c}^{}\\[~]|€";

/// Septets per segment when the message fits in one.
const GSM7_SINGLE: usize = 160;
/// Septets per segment of a concatenated message.
const GSM7_MULTI: usize = 153;
/// UTF-16 code units per segment when the message fits in one.
const UCS2_SINGLE: usize = 70;
/// UTF-16 code units per segment of a concatenated message.
const UCS2_MULTI: usize = 67;

/// How a message is encoded on the air.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// Every character is in the GSM 03.38 default alphabet or its extension table.
    Gsm7,
    /// At least one character is not: UTF-16, two bytes per code unit.
    Ucs2,
}

/// The septets one character costs in GSM-7: 1 in the default alphabet, 2 in the extension
/// table, `None` when GSM-7 cannot carry it.
pub fn septets(c: char) -> Option<usize> {
    // Replies are nearly all ASCII: a table answers those without scanning the alphabet.
    if c.is_ascii() {
        return match ASCII_SEPTETS[c as usize] {
            0 => None,
            n => Some(usize::from(n)),
        };
    }
    if BASIC.contains(c) {
        Some(1)
    } else if EXTENSION.contains(c) {
        Some(2)
    } else {
        None
    }
}

/// Septets per ASCII character (0: not in GSM-7), from the two tables above: a byte under
/// 0x80 in UTF-8 is always a whole ASCII character.
const ASCII_SEPTETS: [u8; 128] = mark(mark([0; 128], EXTENSION, 2), BASIC, 1);

/// `table` with each ASCII character of `chars` set to `septets`.
const fn mark(mut table: [u8; 128], chars: &str, septets: u8) -> [u8; 128] {
    let bytes = chars.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] < 0x80 {
            table[bytes[i] as usize] = septets;
        }
        i += 1;
    }
    table
}

/// The encoding a message needs.
pub fn encoding(text: &str) -> Encoding {
    if text.chars().all(|c| septets(c).is_some()) {
        Encoding::Gsm7
    } else {
        Encoding::Ucs2
    }
}

/// The message's length in its encoding's units: septets for GSM-7, UTF-16 code units for UCS-2.
pub fn units(text: &str) -> usize {
    costs(text).1.iter().sum()
}

fn costs(text: &str) -> (Encoding, Vec<usize>) {
    let enc = encoding(text);
    let costs = text
        .chars()
        .map(|c| match enc {
            Encoding::Gsm7 => septets(c).unwrap_or(1),
            Encoding::Ucs2 => c.len_utf16(),
        })
        .collect();
    (enc, costs)
}

/// How many segments the message is sent in (an empty message still takes one).
pub fn segments(text: &str) -> usize {
    let (enc, costs) = costs(text);
    let (single, multi) = match enc {
        Encoding::Gsm7 => (GSM7_SINGLE, GSM7_MULTI),
        Encoding::Ucs2 => (UCS2_SINGLE, UCS2_MULTI),
    };
    if costs.iter().sum::<usize>() <= single {
        return 1;
    }
    // Characters are packed whole: an escape pair or a surrogate pair never straddles two parts.
    let (mut parts, mut used) = (1, 0);
    for cost in costs {
        if used + cost > multi {
            parts += 1;
            used = 0;
        }
        used += cost;
    }
    parts
}

/// The most units `n` segments carry in an encoding: 160/70 for one, 153/67 each for more.
pub fn capacity(encoding: Encoding, n: usize) -> usize {
    match (encoding, n) {
        (_, 0) => 0,
        (Encoding::Gsm7, 1) => GSM7_SINGLE,
        (Encoding::Ucs2, 1) => UCS2_SINGLE,
        (Encoding::Gsm7, n) => GSM7_MULTI * n,
        (Encoding::Ucs2, n) => UCS2_MULTI * n,
    }
}

/// Rewrites characters GSM-7 lacks into the nearest ones it has (`í` → `i`, `’` → `'`, `–` →
/// `-`), as gateways' "smart encoding" does, but only when that makes the whole text GSM-7.
///
/// A single `í` in a Spanish reply would otherwise halve the room for phone numbers; a reply
/// with a Korean service name stays UCS-2 anyway, so it keeps its accents.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        if septets(c).is_some() {
            folded.push(c);
        } else {
            folded.extend(fold_char(c));
        }
    }
    if encoding(&folded) == Encoding::Gsm7 {
        folded
    } else {
        text.to_string()
    }
}

/// What a character GSM-7 lacks becomes.
fn fold_char(c: char) -> Vec<char> {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2032}' | '`' | '\u{b4}' => return vec!['\''],
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}' => return vec!['"'],
        '\u{2010}'..='\u{2015}' | '\u{2212}' => return vec!['-'],
        '\u{2026}' => return vec!['.', '.', '.'],
        '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{2009}' | '\u{200a}' => return vec![' '],
        '\t' => return vec![' '],
        _ => {}
    }
    // A letter with diacritics GSM-7 lacks becomes its base letter when that base is GSM-7
    // (NFKD also turns full-width and ligature forms into their plain letters).
    let decomposed: Vec<char> = c.nfkd().filter(|d| !is_combining_mark(*d)).collect();
    if !decomposed.is_empty() && decomposed.iter().all(|d| septets(*d).is_some()) {
        decomposed
    } else {
        vec![c]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ascii_table_agrees_with_the_alphabet() {
        for b in 0u8..128 {
            let c = char::from(b);
            let expected = if BASIC.contains(c) {
                Some(1)
            } else if EXTENSION.contains(c) {
                Some(2)
            } else {
                None
            };
            assert_eq!(septets(c), expected, "{c:?}");
        }
    }

    #[test]
    fn the_alphabet_has_the_standards_size() {
        // 128 codes, less the escape; the extension table as 3GPP TS 23.038 defines it.
        assert_eq!(BASIC.chars().count(), 127);
        assert_eq!(EXTENSION.chars().count(), 10);
        let mut all: Vec<char> = BASIC.chars().chain(EXTENSION.chars()).collect();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), 137, "no character is listed twice");
    }

    /// Our table against the `gsm7` crate's encoder: a character it cannot write is not GSM-7;
    /// written twice, a default character packs into 2 bytes (14 bits) and an extension one into
    /// 4 (28 bits).
    #[test]
    fn the_table_agrees_with_an_independent_encoder() {
        fn encoded_len(c: char) -> Option<usize> {
            let mut w = gsm7::Gsm7Writer::new(Vec::new());
            w.write_char(c).ok()?;
            w.write_char(c).ok()?;
            Some(w.into_writer().ok()?.len())
        }
        // The escape code itself is not text: the crate writes it raw, a message never holds it.
        let sample = (0u32..0x2200)
            .filter(|c| *c != 0x1b)
            .filter_map(char::from_u32);
        for c in sample {
            let theirs = match encoded_len(c) {
                None => None,
                Some(2) => Some(1),
                Some(4) => Some(2),
                Some(n) => panic!("unexpected length {n} for {c:?}"),
            };
            assert_eq!(septets(c), theirs, "{c:?} (U+{:04X})", c as u32);
        }
    }

    #[test]
    fn extension_characters_count_double() {
        assert_eq!(units("a{b}"), 6);
        assert_eq!(units("€5"), 3);
        assert_eq!(encoding("Prix: 5€ [max]"), Encoding::Gsm7);
    }

    #[test]
    fn one_character_outside_the_alphabet_makes_it_ucs2() {
        assert_eq!(encoding("Línea"), Encoding::Ucs2);
        assert_eq!(encoding("call 988 ❤"), Encoding::Ucs2);
        // An emoji outside the BMP is a surrogate pair: two code units.
        assert_eq!(units("a😀"), 3);
    }

    #[test]
    fn segments_follow_the_single_and_concatenated_limits() {
        assert_eq!(segments(""), 1);
        assert_eq!(segments(&"a".repeat(160)), 1);
        assert_eq!(segments(&"a".repeat(161)), 2);
        assert_eq!(segments(&"a".repeat(306)), 2);
        assert_eq!(segments(&"a".repeat(307)), 3);
        assert_eq!(segments(&"é".repeat(306)), 2);
        assert_eq!(segments(&"í".repeat(70)), 1);
        assert_eq!(segments(&"í".repeat(71)), 2);
        assert_eq!(segments(&"í".repeat(134)), 2);
        assert_eq!(segments(&"í".repeat(135)), 3);
        // 80 extension characters are 160 septets: still one segment.
        assert_eq!(segments(&"€".repeat(80)), 1);
        // An escape pair cannot straddle a boundary: 152 septets then one `€` needs a new part.
        let straddle = format!("{}€{}", "a".repeat(152), "a".repeat(152));
        assert_eq!(units(&straddle), 306);
        assert_eq!(segments(&straddle), 3);
        // Nor can a surrogate pair.
        let pair = format!("{}😀{}", "í".repeat(66), "í".repeat(66));
        assert_eq!(units(&pair), 134);
        assert_eq!(segments(&pair), 3);
        assert_eq!(capacity(Encoding::Gsm7, 2), 306);
        assert_eq!(capacity(Encoding::Ucs2, 2), 134);
        assert_eq!(capacity(Encoding::Ucs2, 1), 70);
    }

    #[test]
    fn folding_keeps_gsm7_when_it_can_and_the_original_when_it_cannot() {
        assert_eq!(fold("Línea de la Vida – llamá"), "Linea de la Vida - llama");
        assert_eq!(fold("Arrêt, ça va’"), "Arret, ca va'");
        // é, è, à, ñ, ü are in the alphabet already.
        assert_eq!(fold("Québec Niño Zürich à"), "Québec Niño Zürich à");
        // A Korean name keeps the message UCS-2, so nothing is folded.
        assert_eq!(fold("109 자살예방 – Línea"), "109 자살예방 – Línea");
        assert_eq!(fold("ＡＢＣ"), "ABC");
    }
}
