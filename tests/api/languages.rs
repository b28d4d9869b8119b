//! The page in the visitor's language: every page language, right to left where the language
//! is written so, with none of the interface's own English words left on it.

use crate::helpers::{spawn_app, Page, TestApp};

/// The English interface strings' literal runs between placeholders that are sentences rather
/// than a name or a token (two words or more, ten characters or more): one of them on a page
/// in another language is an untranslated string.
fn english_phrases() -> Vec<String> {
    let en = include_str!("../../locales/en/main.ftl");
    let mut out = Vec::new();
    for line in en.lines().filter(|l| !l.starts_with('#')) {
        let Some((_, value)) = line.split_once(" = ") else {
            continue;
        };
        let mut depth = 0;
        let mut run = String::new();
        for c in value.chars().chain(['{']) {
            match c {
                '{' => {
                    depth += 1;
                    let phrase = run.trim().trim_end_matches(':').trim();
                    if phrase.split_whitespace().count() >= 2 && phrase.chars().count() >= 10 {
                        out.push(phrase.to_string());
                    }
                    run.clear();
                }
                '}' => depth -= 1,
                c if depth == 0 => run.push(c),
                _ => {}
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// `path` with no `Accept-Language`, as a browser that sends none (or a crawler) asks.
async fn bare(app: &TestApp, path: &str) -> Page {
    let res = app.get_with(path, &[]).await;
    assert_eq!(res.status(), 200, "{path}");
    Page::new(res.text().await.unwrap())
}

fn english_left(page: &Page, phrases: &[String]) -> Vec<String> {
    let text = page.text_outside_english();
    phrases
        .iter()
        .filter(|p| text.contains(p.as_str()))
        .cloned()
        .collect()
}

#[tokio::test]
async fn a_region_page_comes_in_the_regions_language_with_no_english_interface_words() {
    let app = spawn_app().await;
    let phrases = english_phrases();
    assert!(phrases.len() > 80, "{}", phrases.len());
    // The check itself finds English on an English page.
    let english = bare(&app, "/us").await.text();
    let found = phrases
        .iter()
        .filter(|p| english.contains(p.as_str()))
        .count();
    assert!(found > 10, "{found}");
    for (path, lang, dir) in [
        ("/de", "de", "ltr"),
        ("/br", "pt", "ltr"),
        ("/pl", "pl", "ltr"),
        ("/jp", "ja", "ltr"),
        ("/eg", "ar", "rtl"),
        ("/ua", "uk", "ltr"),
        ("/cn", "zh-Hans", "ltr"),
        ("/in", "hi", "ltr"),
        ("/it", "it", "ltr"),
        ("/nl", "nl", "ltr"),
    ] {
        let page = bare(&app, path).await;
        assert_eq!(page.attrs("html", "lang"), [lang], "{path}");
        assert_eq!(page.attrs("html", "dir"), [dir], "{path}");
        let left = english_left(&page, &phrases);
        assert!(left.is_empty(), "{path} in {lang} still says: {left:?}");
        // Every other page of the site, in the same language.
        for other in [
            "/about",
            "/privacy",
            "/regions",
            "/report",
            "/sms",
            "/partners",
        ] {
            let url = format!("{other}?lang={lang}");
            let page = bare(&app, &url).await;
            assert_eq!(page.attrs("html", "lang"), [lang], "{url}");
            let left = english_left(&page, &phrases);
            assert!(left.is_empty(), "{url} still says: {left:?}");
        }
        let card = bare(&app, &format!("{path}/card")).await;
        let left = english_left(&card, &phrases);
        assert!(left.is_empty(), "{path}/card still says: {left:?}");
    }
}

#[tokio::test]
async fn the_switcher_names_every_language_in_itself_and_about_says_who_translated_each() {
    let app = spawn_app().await;
    let page = bare(&app, "/de").await;
    assert_eq!(
        page.texts(".langs a"),
        [
            "English",
            "Español",
            "Français",
            "Português",
            "Italiano",
            "Nederlands",
            "Polski",
            "Українська",
            "日本語",
            "简体中文",
            "हिन्दी",
            "العربية"
        ]
    );
    assert_eq!(page.attrs(".langs a", "hreflang")[9], "zh-Hans");
    // A page in a language no native speaker has read says so at its foot.
    assert_eq!(
        page.attrs("footer .translation a", "href"),
        ["/about?lang=de#languages"]
    );
    assert!(bare(&app, "/us")
        .await
        .texts("footer .translation")
        .is_empty());
    let about = bare(&app, "/about").await;
    let listed = about.texts("ul.languages li");
    assert_eq!(listed.len(), 13, "{listed:?}");
    assert_eq!(listed[0], "English: the language the site is written in");
    assert_eq!(
        listed[12],
        "العربية: translated by lifelines; not yet reviewed by a native speaker"
    );
    assert_eq!(about.attrs("ul.languages span[dir=rtl]", "lang"), ["ar"]);
}

#[tokio::test]
async fn arabic_lays_out_a_number_in_a_sentence_left_to_right() {
    let app = spawn_app().await;
    let page = bare(&app, "/eg").await;
    let call = page.texts(".call-now a").join(" ");
    // The number is isolated (FSI … PDI), so "0800 …" keeps its order inside Arabic text.
    assert!(
        call.contains('\u{2068}') && call.contains('\u{2069}'),
        "{call:?}"
    );
    // Left-to-right pages carry no isolation marks (they would cost SMS segments, too).
    let de = bare(&app, "/de").await;
    assert!(!de.html.contains('\u{2068}'));
}

#[tokio::test]
async fn a_reader_of_traditional_chinese_or_an_unknown_language_is_not_sent_to_simplified() {
    let app = spawn_app().await;
    for (accept, lang) in [
        ("zh-CN,zh;q=0.9", "zh-Hans"),
        ("zh-TW,zh;q=0.9", "zh-Hans"),
        ("zh-TW", "en"),
        ("zh-Hant-HK", "en"),
        ("de-AT", "de"),
        ("ko-KR", "en"),
    ] {
        let res = app.get_with("/us", &[("accept-language", accept)]).await;
        let page = Page::new(res.text().await.unwrap());
        assert_eq!(page.attrs("html", "lang"), [lang], "{accept}");
    }
    // ?lang= takes a reader's tag as the header does.
    let page = bare(&app, "/us?lang=zh-CN").await;
    assert_eq!(page.attrs("html", "lang"), ["zh-Hans"]);
    assert_eq!(app.get("/us?lang=zh-TW").await.status(), 400);
}
