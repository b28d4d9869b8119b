//! One round trip: the first response of every region's page (with every topic choice it
//! offers), in every language, is at most 14 KB with its stylesheet, brotli-compressed as
//! served; the embed widget stays under 8 KB. Nothing on them comes from another origin.
//! (`/data`, the table of every row's source, is a reference page and is not walked.)

use crate::helpers::{spawn_app, Page, TestApp};

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
    let mut walked = 0;
    let mut heaviest = (0, String::new());
    for lang in ["en", "es", "fr"] {
        for path in &pages {
            let with_lang = |p: &str| {
                let sep = if p.contains('?') { '&' } else { '?' };
                format!("{p}{sep}lang={lang}")
            };
            let (size, html) = br_size(&app, &with_lang(path)).await;
            let page = Page::new(html);
            let mut sizes = vec![(size, with_lang(path))];
            // Every topic choice the page offers is a page of its own.
            for choice in page.attrs(".choices a", "href") {
                let (size, _) = br_size(&app, &choice).await;
                sizes.push((size, choice));
            }
            for (size, path) in sizes {
                walked += 1;
                assert!(
                    size + css <= FIRST_ROUND_TRIP,
                    "{path}: {size} B + {css} B of CSS over {FIRST_ROUND_TRIP} B"
                );
                if size > heaviest.0 {
                    heaviest = (size, path);
                }
            }
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
    }
    println!(
        "{walked} pages; the heaviest is {} ({} B + {css} B of CSS)",
        heaviest.1, heaviest.0
    );
    for path in regions.iter().filter(|p| !p.contains('?')) {
        let (size, _) = br_size(&app, &format!("/embed{path}")).await;
        assert!(size + css <= EMBED, "/embed{path}: {size} B + {css} B");
    }
}
