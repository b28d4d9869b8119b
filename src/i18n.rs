//! The one translation lookup every UI string goes through (Fluent files in `locales/`).

use crate::domain::UiLanguage;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Fluent wraps arguments in Unicode isolation marks by default; they would show up as
        // stray characters in SMS replies and cost UCS-2 encoding.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static IDS: LazyLock<HashMap<UiLanguage, LanguageIdentifier>> = LazyLock::new(|| {
    UiLanguage::ALL
        .into_iter()
        .filter_map(|l| l.tag().parse().ok().map(|id| (l, id)))
        .collect()
});

fn id(lang: UiLanguage) -> &'static LanguageIdentifier {
    &IDS[&lang]
}

/// The string `key` in `lang`, falling back to English.
pub fn t(lang: UiLanguage, key: &str) -> String {
    LOCALES.lookup(id(lang), key)
}

/// The string `key` in `lang` with its `{ $name }` placeholders filled.
pub fn t_args(lang: UiLanguage, key: &str, args: &[(&'static str, &str)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(k, v)| (Cow::Borrowed(*k), FluentValue::from(v.to_string())))
        .collect();
    LOCALES.lookup_with_args(id(lang), key, &args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Topic;

    #[test]
    fn every_topic_has_a_label_and_placeholders_fill_in() {
        for topic in Topic::ALL {
            let label = t(UiLanguage::En, &topic.label_key());
            assert!(
                !label.is_empty() && !label.starts_with("Unknown"),
                "{topic}: {label}"
            );
        }
        assert_eq!(
            t_args(UiLanguage::En, "call", &[("number", "988")]),
            "Call 988"
        );
    }
}
