//! Rules that hold on the repository's real data.

use crate::helpers::{data_copy, repo_data, test_now};
use lifelines::directory::{load, Snapshot};
use lifelines::domain::{Region, Topic};

fn snapshot() -> Snapshot {
    let today = test_now().date_naive();
    Snapshot::new(load::load_dir(&repo_data(), today).expect("repo data is valid"))
}

#[test]
fn pairs_show_together_or_not_at_all_on_every_region_and_topic() {
    let snapshot = snapshot();
    let mut regions: Vec<Option<Region>> = vec![None];
    for (cc, subs) in snapshot.regions_with_data() {
        regions.push(Some(Region::Country(*cc)));
        regions.extend(subs.iter().copied().map(Some));
    }
    let mut filters: Vec<Vec<Topic>> = vec![vec![]];
    filters.extend(Topic::ALL.map(|t| vec![t]));
    let mut pairs_seen = 0;
    for region in &regions {
        for topics in &filters {
            let listing = snapshot.listing(*region, topics, test_now());
            let ids: Vec<&str> = listing
                .resources
                .iter()
                .map(|(_, r)| r.id.as_str())
                .collect();
            for id in &ids {
                for partner in snapshot.partners_of(id) {
                    pairs_seen += 1;
                    assert!(
                        ids.contains(&partner),
                        "{region:?} {topics:?}: {id} shown without {partner}"
                    );
                }
            }
        }
    }
    assert!(
        pairs_seen > 0,
        "the real data declares pairs that show somewhere"
    );
    // The youth line alone would be half of Canada's answer.
    let canada_youth = snapshot.listing(Region::parse("CA"), &[Topic::Youth], test_now());
    let ids: Vec<&str> = canada_youth
        .resources
        .iter()
        .map(|(_, r)| r.id.as_str())
        .collect();
    assert!(ids.contains(&"988-suicide-crisis-helpline-ca"), "{ids:?}");
}

#[test]
fn every_retired_number_planted_in_a_copy_fails_the_check_with_a_clear_message() {
    let retired = std::fs::read_to_string(repo_data().join("retired.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(retired.as_bytes());
    let mut planted = 0;
    for row in reader.records() {
        let row = row.unwrap();
        let (number, country, option, keyword) = (&row[0], &row[1], &row[2], &row[3]);
        let data = data_copy();
        let path = data.path().join("resources.csv");
        let mut csv = std::fs::read_to_string(&path).unwrap();
        // A new row using the retired number the way the deny list names it.
        let (phone, phone_option, sms, sms_keyword) = if keyword.is_empty() {
            (number, option, "", "")
        } else {
            ("", "", number, keyword)
        };
        csv.push_str(&format!(
            "planted-{planted},Planted {planted},Planted,,{country},crisis,{phone},{phone_option},{sms},{sms_keyword},,https://example.org,,24/7,,en,,50,Planted row.,2026-01-02,https://example.org,,,,,\n"
        ));
        std::fs::write(&path, csv).unwrap();
        let out = crate::helpers::lifelines()
            .args(["check", "--strict"])
            .arg(data.path())
            .output()
            .unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(!out.status.success(), "{number} passed");
        let line = stdout
            .lines()
            .find(|l| l.contains(": error: ") && l.contains(number))
            .unwrap_or_else(|| panic!("{number}: {stdout}"));
        assert!(
            line.contains("retired list")
                || line.contains("short code written as E.164")
                || line.contains("not a valid phone number"),
            "{number}: {line}"
        );
        planted += 1;
    }
    assert!(planted >= 8, "{planted} retired entries");
}

#[test]
fn a_pair_naming_an_unknown_id_is_an_error() {
    let data = data_copy();
    std::fs::write(
        data.path().join("pairs.csv"),
        "first,second,reason\n988-lifeline,no-such-line,test\nsamaritans-uk,988-lifeline,no common region\n",
    )
    .unwrap();
    let out = crate::helpers::lifelines()
        .arg("check")
        .arg(data.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("pairs.csv:2:14: error: second: no resource has the id \"no-such-line\""),
        "{stdout}"
    );
    assert!(stdout.contains("pairs.csv:3:15: error: second: samaritans-uk and 988-lifeline serve no region in common"), "{stdout}");
}

/// Every country and subdivision with data, each with no topic filter and with each single topic.
fn regions_and_filters(snapshot: &Snapshot) -> Vec<(Region, Vec<Topic>)> {
    let mut out = Vec::new();
    for (cc, subs) in snapshot.regions_with_data() {
        for region in std::iter::once(Region::Country(*cc)).chain(subs.iter().copied()) {
            for topics in std::iter::once(vec![]).chain(Topic::ALL.map(|t| vec![t])) {
                out.push((region, topics));
            }
        }
    }
    out
}

/// The reply to a text naming `region` and `topics`, within `segments`.
fn sms_reply(snapshot: &Snapshot, region: Region, topics: &[Topic], segments: usize) -> String {
    use lifelines::domain::UiLanguage;
    use lifelines::sms::{compose, ComposeOptions, PlaceSource, Understanding};
    let understanding = Understanding {
        keyword: None,
        region: Some(region),
        source: PlaceSource::Text,
        topics: topics.to_vec(),
        guides: vec![],
        no_voice: false,
        language: UiLanguage::En,
        choices: vec![],
        town: None,
    };
    let opts = ComposeOptions {
        segments,
        ..ComposeOptions::default()
    };
    compose(snapshot, &understanding, &opts, test_now()).text
}

#[test]
fn an_sms_reply_keeps_pairs_whole_whatever_the_budget() {
    let snapshot = snapshot();
    let mut checked = 0;
    for (region, topics) in regions_and_filters(&snapshot) {
        let listing = snapshot.listing(Some(region), &topics, test_now());
        for segments in 1..=3 {
            let reply = sms_reply(&snapshot, region, &topics, segments);
            for (_, r) in &listing.resources {
                for partner in snapshot.partners_of(&r.id) {
                    let Some((_, p)) = listing.resources.iter().find(|(_, p)| p.id == partner)
                    else {
                        continue;
                    };
                    let shows =
                        |short: &str| reply.lines().any(|l| l.starts_with(&format!("{short}:")));
                    checked += 1;
                    assert_eq!(
                        shows(&r.short_name),
                        shows(&p.short_name),
                        "{region:?} {topics:?} {segments} segments: {} without {}:\n{reply}",
                        r.id,
                        p.id
                    );
                }
            }
        }
    }
    assert!(checked > 0);
}

#[test]
fn services_without_a_line_never_appear_in_an_sms_reply() {
    let snapshot = snapshot();
    let mut listed = 0;
    for (region, topics) in regions_and_filters(&snapshot) {
        let listing = snapshot.listing(Some(region), &topics, test_now());
        let reply = sms_reply(&snapshot, region, &topics, 10);
        // A directory of lines is the one kind without a line that a reply names.
        for (_, r) in listing
            .resources
            .iter()
            .filter(|(_, r)| !r.has_line() && !r.directory)
        {
            listed += 1;
            assert!(
                !reply.contains(&r.short_name),
                "{region:?} {topics:?}: {} in\n{reply}",
                r.id
            );
        }
    }
    assert!(listed > 0, "the real data has services without a line");
}

#[test]
fn every_listing_puts_its_lines_before_the_services_with_only_a_website() {
    let snapshot = snapshot();
    let mut mixed = 0;
    for (region, topics) in regions_and_filters(&snapshot) {
        let listing = snapshot.listing(Some(region), &topics, test_now());
        let has_line: Vec<bool> = listing
            .resources
            .iter()
            .map(|(_, r)| r.has_line() || r.directory)
            .collect();
        assert!(
            has_line.windows(2).all(|w| w[0] || !w[1]),
            "{region:?} {topics:?}: a line follows a website-only service"
        );
        if has_line.contains(&true) && has_line.contains(&false) {
            mixed += 1;
        }
    }
    assert!(mixed > 0, "some listing has both lines and services");
}
