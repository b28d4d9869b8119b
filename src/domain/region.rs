//! Regions: ISO 3166-1 countries and ISO 3166-2 subdivisions, validated against `rust_iso3166`.

use std::fmt;

/// An ISO 3166-1 alpha-2 country code that exists in the standard.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// Parses a two-letter code in any case; `None` if ISO 3166-1 has no such country.
    pub fn parse(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        if b.len() != 2 || !b.iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        let code = [b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase()];
        let code = CountryCode(code);
        rust_iso3166::from_alpha2(code.as_str()).map(|_| code)
    }

    /// The upper-case code, e.g. `US`.
    pub fn as_str(&self) -> &str {
        // Only ASCII letters are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// The name visitors know the country by, e.g. `United States`.
    ///
    /// ISO's short names are formal ("United Kingdom of Great Britain and Northern Ireland",
    /// "Korea (Republic of)"); a few common names override them and parenthetical
    /// qualifiers are dropped from the rest.
    pub fn name(&self) -> String {
        if let Some(common) = COMMON_NAMES
            .iter()
            .find(|(c, _)| *c == self.as_str())
            .map(|(_, n)| *n)
        {
            return common.to_string();
        }
        let iso = rust_iso3166::from_alpha2(self.as_str())
            .map(|c| c.name)
            .unwrap_or("Unknown");
        match iso.find(" (") {
            Some(i) => iso[..i].to_string(),
            None => iso.to_string(),
        }
    }

    /// The country's subdivisions in ISO 3166-2.
    pub fn subdivisions(&self) -> &'static [rust_iso3166::iso3166_2::Subdivision] {
        rust_iso3166::iso3166_2::SUBDIVISION_COUNTRY_MAP
            .get(self.as_str())
            .copied()
            .unwrap_or(&[])
    }
}

/// Common English names where ISO 3166's short name is formal or ambiguous.
const COMMON_NAMES: &[(&str, &str)] = &[
    ("BO", "Bolivia"),
    ("BS", "Bahamas"),
    ("CD", "Democratic Republic of the Congo"),
    ("FM", "Micronesia"),
    ("GB", "United Kingdom"),
    ("IR", "Iran"),
    ("KP", "North Korea"),
    ("KR", "South Korea"),
    ("LA", "Laos"),
    ("MD", "Moldova"),
    ("NL", "Netherlands"),
    ("PS", "Palestine"),
    ("RU", "Russia"),
    ("SY", "Syria"),
    ("TW", "Taiwan"),
    ("TZ", "Tanzania"),
    ("US", "United States"),
    ("VE", "Venezuela"),
    ("VN", "Vietnam"),
];

impl fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A region a visitor can be in: a country, or one of its ISO 3166-2 subdivisions.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Region {
    /// A whole country.
    Country(CountryCode),
    /// A subdivision; the code is the full ISO 3166-2 code (`US-CA`) from the ISO tables.
    Subdivision(CountryCode, &'static str),
}

impl Region {
    /// Parses `US`, `us`, `US-CA`, `us-ca`, `US/CA` or `us_ca`; `None` unless ISO 3166 has it.
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        let (cc, sub) = match s.find(['-', '/', '_']) {
            Some(i) => (&s[..i], Some(&s[i + 1..])),
            None => (s, None),
        };
        let country = CountryCode::parse(cc)?;
        match sub {
            None => Some(Region::Country(country)),
            Some(sub) => Self::subdivision(country, sub),
        }
    }

    /// The subdivision `sub` (the part after the hyphen, any case) of `country`.
    pub fn subdivision(country: CountryCode, sub: &str) -> Option<Self> {
        if sub.is_empty() || sub.len() > 3 || !sub.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return None;
        }
        let full = format!("{}-{}", country.as_str(), sub.to_ascii_uppercase());
        country
            .subdivisions()
            .iter()
            .find(|s| s.code == full)
            .map(|s| Region::Subdivision(country, s.code))
    }

    /// The country this region is in.
    pub fn country(&self) -> CountryCode {
        match *self {
            Region::Country(c) | Region::Subdivision(c, _) => c,
        }
    }

    /// The canonical code: `US` or `US-CA`.
    pub fn code(&self) -> &str {
        match self {
            Region::Country(c) => c.as_str(),
            Region::Subdivision(_, code) => code,
        }
    }

    /// The canonical, lower-case URL path: `/us` or `/us/ca`.
    pub fn path(&self) -> String {
        match self {
            Region::Country(c) => format!("/{}", c.as_str().to_ascii_lowercase()),
            Region::Subdivision(c, code) => format!(
                "/{}/{}",
                c.as_str().to_ascii_lowercase(),
                code[3..].to_ascii_lowercase()
            ),
        }
    }

    /// The region's own name: `California` or `United States`.
    pub fn name(&self) -> String {
        match self {
            Region::Country(c) => c.name(),
            Region::Subdivision(c, code) => c
                .subdivisions()
                .iter()
                .find(|s| s.code == *code)
                .map(|s| s.name.to_string())
                .unwrap_or_else(|| code.to_string()),
        }
    }

    /// The name with its country: `California, United States` or `United States`.
    pub fn full_name(&self) -> String {
        match self {
            Region::Country(c) => c.name(),
            Region::Subdivision(c, _) => format!("{}, {}", self.name(), c.name()),
        }
    }

    /// Whether a resource serving `self` serves a visitor in `other` (a country serves its subdivisions).
    pub fn covers(&self, other: &Region) -> bool {
        match self {
            Region::Country(c) => *c == other.country(),
            Region::Subdivision(..) => self == other,
        }
    }
}

impl fmt::Debug for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_in_any_case_and_separator() {
        for s in ["US-CA", "us-ca", "US/CA", "us_ca", " us-CA "] {
            assert_eq!(Region::parse(s).unwrap().code(), "US-CA", "{s}");
        }
        assert_eq!(Region::parse("gb-sct").unwrap().path(), "/gb/sct");
        assert_eq!(Region::parse("ca").unwrap().path(), "/ca");
    }

    #[test]
    fn rejects_codes_iso_does_not_have() {
        for s in ["XX", "US-ZZ", "", "U", "USA", "US-", "../etc", "US-CA-X"] {
            assert!(Region::parse(s).is_none(), "{s}");
        }
    }

    #[test]
    fn names_read_as_people_say_them() {
        assert_eq!(
            Region::parse("US-CA").unwrap().full_name(),
            "California, United States"
        );
        assert_eq!(Region::parse("GB").unwrap().name(), "United Kingdom");
        assert_eq!(Region::parse("BO").unwrap().name(), "Bolivia");
    }

    #[test]
    fn a_country_covers_its_subdivisions_but_not_the_reverse() {
        let us = Region::parse("US").unwrap();
        let ca = Region::parse("US-CA").unwrap();
        assert!(us.covers(&ca));
        assert!(!ca.covers(&us));
        assert!(!Region::parse("CA").unwrap().covers(&ca));
    }
}
