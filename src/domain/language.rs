//! Languages: the BCP 47 tags a service answers in, and the UI languages.

use std::fmt;

/// A BCP 47 tag whose primary language ISO 639 knows, e.g. `en`, `fr-CA`, `ase`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct LanguageTag {
    tag: String,
    primary: isolang::Language,
}

/// A tag that is not well-formed BCP 47, or whose language ISO 639 does not list.
#[derive(Debug, thiserror::Error)]
#[error("{0:?} is not a known BCP 47 language tag")]
pub struct UnknownLanguage(pub String);

impl LanguageTag {
    /// Parses and checks a tag.
    pub fn parse(s: &str) -> Result<Self, UnknownLanguage> {
        let err = || UnknownLanguage(s.to_string());
        let tag = language_tags::LanguageTag::parse(s).map_err(|_| err())?;
        let primary = tag.primary_language();
        let lang = match primary.len() {
            2 => isolang::Language::from_639_1(primary),
            3 => isolang::Language::from_639_3(primary),
            _ => None,
        }
        .ok_or_else(err)?;
        Ok(LanguageTag {
            tag: s.to_string(),
            primary: lang,
        })
    }

    /// The tag as written.
    pub fn as_str(&self) -> &str {
        &self.tag
    }

    /// The language's English name, e.g. `French`.
    pub fn english_name(&self) -> &'static str {
        self.primary.to_name()
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.tag)
    }
}

/// A language the interface speaks: the pages and the SMS replies. English is the fallback
/// for any string a translation lacks (a test keeps them complete).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum UiLanguage {
    /// English, the default and the fallback for every missing string.
    #[default]
    En,
    /// Spanish.
    Es,
    /// French.
    Fr,
}

impl UiLanguage {
    /// Every language with a translation file.
    pub const ALL: [UiLanguage; 3] = [UiLanguage::En, UiLanguage::Es, UiLanguage::Fr];

    /// Languages the pages are written in, offered by `?lang=` and the language switcher.
    pub const PAGES: [UiLanguage; 3] = UiLanguage::ALL;

    /// The BCP 47 tag, as used in `?lang=` and `<html lang>`.
    pub fn tag(&self) -> &'static str {
        match self {
            UiLanguage::En => "en",
            UiLanguage::Es => "es",
            UiLanguage::Fr => "fr",
        }
    }

    /// Parses a tag among [`UiLanguage::ALL`]; unknown languages are `None`.
    pub fn parse(s: &str) -> Option<Self> {
        UiLanguage::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_tags_parse_and_unknown_do_not() {
        for ok in ["en", "es", "fr-CA", "ase", "zh-Hant"] {
            assert!(LanguageTag::parse(ok).is_ok(), "{ok}");
        }
        for bad in ["xx", "english", "", "e n"] {
            assert!(LanguageTag::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            LanguageTag::parse("fr-CA").unwrap().english_name(),
            "French"
        );
    }
}
