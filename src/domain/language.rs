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
    /// German.
    De,
    /// Portuguese.
    Pt,
    /// Italian.
    It,
    /// Dutch.
    Nl,
    /// Polish.
    Pl,
    /// Ukrainian.
    Uk,
    /// Japanese.
    Ja,
    /// Chinese in simplified characters.
    Zh,
    /// Hindi.
    Hi,
    /// Arabic, written right to left.
    Ar,
}

/// Which way a language's lines run.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl UiLanguage {
    /// Every language with a translation file.
    pub const ALL: [UiLanguage; 13] = [
        UiLanguage::En,
        UiLanguage::Es,
        UiLanguage::Fr,
        UiLanguage::De,
        UiLanguage::Pt,
        UiLanguage::It,
        UiLanguage::Nl,
        UiLanguage::Pl,
        UiLanguage::Uk,
        UiLanguage::Ja,
        UiLanguage::Zh,
        UiLanguage::Hi,
        UiLanguage::Ar,
    ];

    /// Languages the pages are written in, offered by `?lang=` and the language switcher.
    pub const PAGES: [UiLanguage; 13] = UiLanguage::ALL;

    /// Languages the SMS replies are written in: those whose replies fit the segment budget
    /// (GSM-7, or close enough once accents are simplified). Others reply in English.
    pub const SMS: [UiLanguage; 3] = [UiLanguage::En, UiLanguage::Es, UiLanguage::Fr];

    /// The BCP 47 tag, as used in `?lang=` and `<html lang>`.
    pub fn tag(&self) -> &'static str {
        match self {
            UiLanguage::En => "en",
            UiLanguage::Es => "es",
            UiLanguage::Fr => "fr",
            UiLanguage::De => "de",
            UiLanguage::Pt => "pt",
            UiLanguage::It => "it",
            UiLanguage::Nl => "nl",
            UiLanguage::Pl => "pl",
            UiLanguage::Uk => "uk",
            UiLanguage::Ja => "ja",
            UiLanguage::Zh => "zh-Hans",
            UiLanguage::Hi => "hi",
            UiLanguage::Ar => "ar",
        }
    }

    /// Which way the language is written.
    pub fn direction(&self) -> Direction {
        match self {
            UiLanguage::Ar => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// Parses a tag among [`UiLanguage::ALL`]; unknown languages are `None`.
    pub fn parse(s: &str) -> Option<Self> {
        UiLanguage::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(s))
    }

    /// The UI language a reader of the BCP 47 tag `tag` reads (`de-AT` is German, `zh-CN`
    /// and `zh` simplified Chinese), or `None`. A reader of traditional characters
    /// (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`) is not sent to simplified ones.
    pub fn for_tag(tag: &str) -> Option<Self> {
        let mut parts = tag.split(['-', '_']);
        let primary = parts.next()?;
        if primary.eq_ignore_ascii_case("zh") {
            let traditional = parts.any(|p| {
                ["hant", "tw", "hk", "mo"]
                    .iter()
                    .any(|t| p.eq_ignore_ascii_case(t))
            });
            return (!traditional).then_some(UiLanguage::Zh);
        }
        UiLanguage::parse(tag).or_else(|| UiLanguage::parse(primary))
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

    #[test]
    fn a_reader_of_a_tag_gets_the_language_they_read() {
        let for_tag = UiLanguage::for_tag;
        assert_eq!(for_tag("de-AT"), Some(UiLanguage::De));
        assert_eq!(for_tag("pt-BR"), Some(UiLanguage::Pt));
        assert_eq!(for_tag("ar-EG"), Some(UiLanguage::Ar));
        assert_eq!(for_tag("zh"), Some(UiLanguage::Zh));
        assert_eq!(for_tag("zh-CN"), Some(UiLanguage::Zh));
        assert_eq!(for_tag("zh-Hans-SG"), Some(UiLanguage::Zh));
        assert_eq!(for_tag("zh-Hans"), Some(UiLanguage::Zh));
        for traditional in ["zh-TW", "zh-Hant", "zh-HK", "zh-Hant-MO"] {
            assert_eq!(for_tag(traditional), None, "{traditional}");
        }
        assert_eq!(for_tag("ko-KR"), None);
        assert_eq!(UiLanguage::Ar.direction(), Direction::Rtl);
        assert_eq!(UiLanguage::Ja.direction(), Direction::Ltr);
        for l in UiLanguage::ALL {
            assert_eq!(UiLanguage::parse(l.tag()), Some(l));
            assert_eq!(for_tag(l.tag()), Some(l));
        }
    }
}
