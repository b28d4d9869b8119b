//! One round trip: the first response of every region's page (with every topic choice it
//! offers), in every page language, is at most 14 KB with its stylesheet, brotli-compressed as
//! served; the embed widget stays under 8 KB. Nothing on them comes from another origin.
//! (`/data`, the table of every row's source, is a reference page and is not walked.)

use crate::helpers::{spawn_app, Page, TestApp};
use futures_util::stream::{self, StreamExt};

const FIRST_ROUND_TRIP: usize = 14 * 1024;
const EMBED: usize = 8 * 1024;

async fn br_size(app: &TestApp, path: &str) -> (usize, String) {
    let res = app.get_with(path, &[("accept-encoding", "br")]).await;
    let expected = if path.starts_with("/nope") { 404 } else { 200 };
    assert_eq!(res.status(), expected, "{path}");
    assert_eq!(res.headers()["content-encoding"], "br", "{path}");
    let bytes = res.bytes().await.unwrap();
    let mut html = String::new();
    std::io::Read::read_to_string(&mut brotli::Decompressor::new(&bytes[..], 4096), &mut html)
        .unwrap();
    (bytes.len(), html)
}

#[tokio::test]
async fn every_regions_page_in_every_language_fits_one_round_trip() {
    let app = spawn_app().await;
    let (css, _) = br_size(&app, "/static/site.css").await;
    let regions = app.page("/regions").await.attrs(".picker a", "href");
    assert!(regions.len() > 100, "{}", regions.len());
    let mut pages = vec![
        "/".to_string(),
        "/regions".into(),
        "/about".into(),
        "/privacy".into(),
        // Not /data: the table of every row's source is a reference page, not a first one,
        // and weighs more than one round trip.
        "/nope".into(),
    ];
    pages.extend(regions.iter().cloned());
    // Every page language, as the switcher offers them; fetched a few at a time.
    let languages = app.page("/us").await.attrs(".langs a", "hreflang");
    let languages: Vec<String> = std::iter::once("en".to_string()).chain(languages).collect();
    assert_eq!(languages.len(), 13, "{languages:?}");
    let with_lang = |p: &str, lang: &str| {
        let sep = if p.contains('?') { '&' } else { '?' };
        format!("{p}{sep}lang={lang}")
    };
    let firsts: Vec<String> = languages
        .iter()
        .flat_map(|lang| pages.iter().map(move |p| with_lang(p, lang)))
        .collect();
    let app = &app;
    let fetched: Vec<(usize, String, String)> = stream::iter(firsts)
        .map(|path| async move {
            let (size, html) = br_size(app, &path).await;
            (size, path, html)
        })
        .buffer_unordered(8)
        .collect()
        .await;
    let mut sizes: Vec<(usize, String)> = Vec::new();
    let mut choices: Vec<String> = Vec::new();
    for (size, path, html) in fetched {
        let page = Page::new(html);
        sizes.push((size, path.clone()));
        // Every topic choice the page offers is a page of its own.
        choices.extend(page.attrs(".choices a", "href"));
        for url in page
            .attrs("link, script, img", "href")
            .iter()
            .chain(page.attrs("script, img", "src").iter())
        {
            assert!(
                url.starts_with('/') && !url.starts_with("//"),
                "{path}: {url}"
            );
        }
    }
    choices.sort();
    choices.dedup();
    let chosen: Vec<(usize, String)> = stream::iter(choices)
        .map(|path| async move { (br_size(app, &path).await.0, path) })
        .buffer_unordered(8)
        .collect()
        .await;
    sizes.extend(chosen);
    let walked = sizes.len();
    let mut heaviest = (0, String::new());
    for (size, path) in sizes {
        assert!(
            size + css <= FIRST_ROUND_TRIP,
            "{path}: {size} B + {css} B of CSS over {FIRST_ROUND_TRIP} B"
        );
        if size > heaviest.0 {
            heaviest = (size, path);
        }
    }
    println!(
        "{walked} pages; the heaviest is {} ({} B + {css} B of CSS)",
        heaviest.1, heaviest.0
    );
    for path in regions.iter().filter(|p| !p.contains('?')) {
        let (size, _) = br_size(app, &format!("/embed{path}")).await;
        assert!(size + css <= EMBED, "/embed{path}: {size} B + {css} B");
    }
}
