//! Phone and SMS numbers as DATA.md writes them: E.164, or a national short code `CC:digits`.

use super::region::CountryCode;
use std::fmt;

/// A number a person can call or text.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PhoneNumber {
    /// A full number in E.164, e.g. `+16234737433`, valid for `country` per libphonenumber.
    E164 {
        /// The E.164 digits with the leading `+`.
        e164: String,
        /// The country libphonenumber assigns the number to.
        country: CountryCode,
        /// The number as dialled within its own country, e.g. `(623) 473-7433`.
        national: String,
        /// The number as dialled from abroad, e.g. `+1 623-473-7433`.
        international: String,
    },
    /// A short code or national-only number, e.g. `US:988`: dialled as written, only in `country`.
    Short {
        /// The only country where the code works.
        country: CountryCode,
        /// The digits as dialled.
        digits: String,
    },
}

/// Why a phone cell was rejected.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum PhoneError {
    /// Neither `+digits` nor `CC:digits`.
    #[error("expected E.164 (+16234737433) or a short code written CC:digits (US:988), got {0:?}")]
    Format(String),
    /// The `CC` of a short code is not an ISO 3166-1 country.
    #[error("{0:?} is not an ISO 3166-1 country code")]
    Country(String),
    /// A short code with a wrong number of digits.
    #[error("short code {0:?} must have 2 to 8 digits")]
    ShortLength(String),
    /// libphonenumber says the number is not valid.
    #[error("{0} is not a valid phone number (libphonenumber)")]
    Invalid(String),
    /// A short code written with a `+`, as if it were E.164 (`+1741741`).
    #[error("{0} looks like a short code written as E.164; write it CC:digits")]
    ShortAsE164(String),
}

impl PhoneNumber {
    /// Parses a CSV cell.
    pub fn parse(s: &str) -> Result<Self, PhoneError> {
        if let Some(digits) = s.strip_prefix('+') {
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(PhoneError::Format(s.to_string()));
            }
            let Some((parsed, country)) = validate_e164(s, digits) else {
                if digits.len() <= 8 {
                    return Err(PhoneError::ShortAsE164(s.to_string()));
                }
                return Err(PhoneError::Invalid(s.to_string()));
            };
            use phonenumber::Mode;
            Ok(PhoneNumber::E164 {
                e164: s.to_string(),
                country,
                national: parsed.format().mode(Mode::National).to_string(),
                international: parsed.format().mode(Mode::International).to_string(),
            })
        } else if let Some((cc, digits)) = s.split_once(':') {
            let country = CountryCode::parse(cc)
                .filter(|_| cc.bytes().all(|b| b.is_ascii_uppercase()))
                .ok_or_else(|| PhoneError::Country(cc.to_string()))?;
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(PhoneError::Format(s.to_string()));
            }
            if !(2..=8).contains(&digits.len()) {
                return Err(PhoneError::ShortLength(s.to_string()));
            }
            Ok(PhoneNumber::Short {
                country,
                digits: digits.to_string(),
            })
        } else {
            Err(PhoneError::Format(s.to_string()))
        }
    }

    /// The country the number belongs to.
    pub fn country(&self) -> CountryCode {
        match self {
            PhoneNumber::E164 { country, .. } | PhoneNumber::Short { country, .. } => *country,
        }
    }

    /// What goes after `tel:` or `sms:`: the E.164 number, or the short code's digits.
    pub fn dial(&self) -> &str {
        match self {
            PhoneNumber::E164 { e164, .. } => e164,
            PhoneNumber::Short { digits, .. } => digits,
        }
    }

    /// Whether the number is written in a form that usually works only inside its country: a
    /// short code, or a toll-free or shared-cost number by libphonenumber (`0800`, `0808`,
    /// `1800`, `116 123`).
    pub fn national_only_format(&self) -> bool {
        use phonenumber::{metadata::DATABASE, Type};
        match self {
            PhoneNumber::Short { .. } => true,
            PhoneNumber::E164 { e164, .. } => {
                validate_e164(e164, &e164[1..]).is_some_and(|(p, _)| {
                    matches!(p.number_type(&DATABASE), Type::TollFree | Type::SharedCost)
                })
            }
        }
    }

    /// The number as a person in `viewer` should read it: national form at home, international abroad.
    ///
    /// "Home" is the number's calling code, not its country: libphonenumber assigns North American
    /// toll-free numbers to the US, but a Canadian dials 1-800 numbers the same way.
    pub fn display_for(&self, viewer: Option<CountryCode>) -> String {
        match self {
            PhoneNumber::E164 {
                country,
                national,
                international,
                ..
            } => {
                if viewer.and_then(calling_code) == calling_code(*country) {
                    national.clone()
                } else {
                    international.clone()
                }
            }
            PhoneNumber::Short { digits, .. } => group_short(digits),
        }
    }
}

/// Parses an international number with libphonenumber, `None` when it cannot.
///
/// libphonenumber has panicked on crafted input before (RUSTSEC-2024-0369); CSV cells and SMS
/// senders are outside input, and neither a reload nor a request may take the server down.
pub fn parse_guarded(number: &str) -> Option<phonenumber::PhoneNumber> {
    parse_guarded_in(None, number)
}

/// Parses a number as dialled in `region` (or international, with `None`); the crate panics on
/// some inputs, so a panic counts as "cannot".
fn parse_guarded_in(
    region: Option<phonenumber::country::Id>,
    number: &str,
) -> Option<phonenumber::PhoneNumber> {
    std::panic::catch_unwind(|| phonenumber::parse(region, number))
        .ok()
        .and_then(Result::ok)
}

/// libphonenumber's verdict on an E.164 number: the parsed number, valid and exactly `e164`, and
/// the country it belongs to.
///
/// The `phonenumber` crate (0.3.10) gets two kinds of valid numbers wrong when it parses them in
/// international form: it strips a national prefix after the country code (`+370 800 28888`
/// becomes `+370 028888`, invalid), and it cannot name the country of a number whose national part
/// starts with 0 when the calling code is shared (`+39 02 …`, Italy and Vatican City). When either
/// happens, the number is parsed again as it is dialled inside each country with that calling
/// code (national prefix first, when the country has one); it counts only if the crate then
/// calls it valid and it formats back to exactly `e164`.
fn validate_e164(e164: &str, digits: &str) -> Option<(phonenumber::PhoneNumber, CountryCode)> {
    use phonenumber::{metadata::DATABASE, Mode};
    let exact = |p: &phonenumber::PhoneNumber| {
        p.is_valid() && p.format().mode(Mode::E164).to_string() == e164
    };
    let first = parse_guarded(e164)?;
    if exact(&first) {
        if let Some(cc) = first
            .country()
            .id()
            .and_then(|id| CountryCode::parse(id.as_ref()))
        {
            return Some((first, cc));
        }
    }
    // Calling codes are prefix-free, so at most one of the first 1 to 3 digits is one.
    let (code, national) = (1..=3).filter(|n| *n < digits.len()).find_map(|n| {
        let code: u16 = digits[..n].parse().ok()?;
        DATABASE.by_code(&code).map(|_| (code, &digits[n..]))
    })?;
    let mut regions = DATABASE.by_code(&code)?;
    // The country whose leading digits the number starts with is the one it belongs to.
    regions.sort_by_key(|m| {
        std::cmp::Reverse(
            m.leading_digits()
                .and_then(|re| re.find(national))
                .is_some_and(|m| m.start() == 0),
        )
    });
    regions.into_iter().find_map(|meta| {
        let id: phonenumber::country::Id = meta.id().parse().ok()?;
        let country = CountryCode::parse(meta.id())?;
        let domestic = format!("{}{national}", meta.national_prefix().unwrap_or(""));
        let found = [domestic.as_str(), national]
            .into_iter()
            .filter_map(|n| parse_guarded_in(Some(id), n))
            .find(exact);
        found.map(|p| (p, country))
    })
}

/// The international calling code of a country (`1` for US and CA), per libphonenumber.
pub fn calling_code(country: CountryCode) -> Option<u16> {
    phonenumber::metadata::DATABASE
        .by_id(country.as_str())
        .map(|m| m.country_code())
}

/// Groups a short code the way it is usually printed: `116 123`, `13 11 14`, `988`.
fn group_short(digits: &str) -> String {
    match digits.len() {
        6 if digits.starts_with("116") => format!("{} {}", &digits[..3], &digits[3..]),
        6 if digits.starts_with("13") => {
            format!("{} {} {}", &digits[..2], &digits[2..4], &digits[4..])
        }
        _ => digits.to_string(),
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PhoneNumber::E164 { e164, .. } => f.write_str(e164),
            PhoneNumber::Short { country, digits } => write!(f, "{country}:{digits}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_numbers_are_validated_and_formatted() {
        let n = PhoneNumber::parse("+16234737433").unwrap();
        assert_eq!(n.country().as_str(), "US");
        assert_eq!(n.dial(), "+16234737433");
        assert_eq!(n.display_for(CountryCode::parse("US")), "(623) 473-7433");
        assert!(n.display_for(CountryCode::parse("GB")).starts_with("+1 "));
        let toll_free = PhoneNumber::parse("+18006686868").unwrap();
        assert_eq!(
            toll_free.display_for(CountryCode::parse("CA")),
            "(800) 668-6868"
        );
    }

    #[test]
    fn numbers_the_crate_misparses_in_international_form_are_read_as_dialled_at_home() {
        // Lithuania's national prefix is stripped after +370 by the crate's parser.
        let lt = PhoneNumber::parse("+37080028888").unwrap();
        assert_eq!(lt.country().as_str(), "LT");
        assert_eq!(lt.display_for(CountryCode::parse("LT")), "0 800 28 888");
        assert_eq!(lt.display_for(None), "+370 800 28 888");
        // Italian numbers keep their 0 after +39, which the crate cannot place in a country.
        let it = PhoneNumber::parse("+390223272327").unwrap();
        assert_eq!(it.country().as_str(), "IT");
        assert_eq!(it.display_for(CountryCode::parse("IT")), "02 2327 2327");
        // Vatican City shares +39; its numbers start 06 698.
        let va = PhoneNumber::parse("+390669812345").unwrap();
        assert_eq!(va.country().as_str(), "VA");
        // The retry never turns an invalid number valid.
        for bad in ["+370028888", "+3902", "+39022327232799999"] {
            assert!(PhoneNumber::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn short_codes_dial_as_written() {
        let n = PhoneNumber::parse("GB:116123").unwrap();
        assert_eq!(n.dial(), "116123");
        assert_eq!(n.display_for(None), "116 123");
        assert_eq!(n.to_string(), "GB:116123");
    }

    #[test]
    fn rejects_malformed_and_invalid_numbers() {
        for bad in [
            "+1741741", "741741", "+1800abc", "XX:988", "us:988", "US:", "US:1", "+",
        ] {
            assert!(PhoneNumber::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            PhoneNumber::parse("+1741741"),
            Err(PhoneError::ShortAsE164("+1741741".into()))
        );
    }
}
