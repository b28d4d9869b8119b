//! `lifelines check`: every rule of DATA.md, reported at the exact file:line:column, through the
//! real binary.

use chrono::NaiveDate;
use std::path::Path;

const HEADER: &[&str] = &[
    "id",
    "name",
    "short_name",
    "regions",
    "topics",
    "phone",
    "phone_option",
    "sms",
    "sms_keyword",
    "chat_url",
    "website",
    "hours",
    "timezone",
    "languages",
    "priority",
    "description",
    "verified_at",
    "source",
];
const GOOD: &[&str] = &[
    "test-line",
    "Test Line",
    "Test",
    "US",
    "crisis",
    "+16234737433",
    "",
    "US:741741",
    "HOME",
    "",
    "https://example.org",
    "24/7",
    "",
    "en",
    "10",
    "A test line.",
    "2026-01-02",
    "https://example.org/source",
];
const EMERGENCY: &str =
    "country,number,service,channel,url,register,verified_at,source,source_kind\n\
     US,911,all,voice,,,2026-01-02,https://example.org/e,official\n";

fn csv_line(fields: &[&str]) -> String {
    fields
        .iter()
        .map(|f| {
            if f.contains([',', '"']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                f.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// The 1-based character column where field `index` starts in `line`.
fn column_of(fields: &[&str], index: usize) -> usize {
    let line = csv_line(&fields[..index]);
    if index == 0 {
        1
    } else {
        line.chars().count() + 2
    }
}

/// The smallest data directory: the given files and the carrier keywords every directory needs.
fn write_data(dir: &Path, resources: &str, emergency: &str, retired: Option<&str>) {
    std::fs::write(
        dir.join("sms-keywords.csv"),
        "keyword,kind,language\nhelp,help,en\nstop,stop,\nstart,start,\n",
    )
    .unwrap();
    std::fs::write(dir.join("resources.csv"), resources).unwrap();
    std::fs::write(dir.join("emergency.csv"), emergency).unwrap();
    if let Some(r) = retired {
        std::fs::write(dir.join("retired.csv"), r).unwrap();
    }
}

/// The day these tests judge freshness on; every fixture date is written relative to it.
const TODAY: &str = "2026-06-01";

fn today() -> NaiveDate {
    TODAY.parse().unwrap()
}

/// `TODAY` moved by `days` (negative: earlier), as `verified_at` writes it.
fn days_from_today(days: i64) -> String {
    (today() + chrono::Duration::days(days)).to_string()
}

/// `lifelines check` on `dir` as of [`TODAY`].
fn check(dir: &Path, strict: bool) -> (bool, String) {
    check_on(dir, strict, today())
}

fn check_on(dir: &Path, strict: bool, today: NaiveDate) -> (bool, String) {
    let mut cmd = crate::helpers::lifelines();
    cmd.arg("check").arg("--today").arg(today.to_string());
    if strict {
        cmd.arg("--strict");
    }
    let out = cmd.arg(dir).output().unwrap();
    (out.status.success(), String::from_utf8(out.stdout).unwrap())
}

/// The repository's data is checked as of the day after it was last confirmed: what a
/// maintainer's `check` says right after an edit, on any later calendar day.
fn check_repo(dir: &Path, strict: bool) -> (bool, String) {
    let newest = lifelines::directory::load::newest_verified(dir).expect("dated data");
    check_on(dir, strict, newest + chrono::Days::new(1))
}

fn resources_with(changes: &[(&str, &str)]) -> (String, Vec<String>) {
    let mut row: Vec<String> = GOOD.iter().map(|s| s.to_string()).collect();
    for (col, value) in changes {
        let i = HEADER.iter().position(|h| h == col).unwrap();
        row[i] = value.to_string();
    }
    let fields: Vec<&str> = row.iter().map(String::as_str).collect();
    (
        format!("{}\n{}\n", csv_line(HEADER), csv_line(&fields)),
        row,
    )
}

#[test]
fn the_repository_data_passes_strict_checking_and_prints_its_summary() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let (ok, out) = check_repo(&data, true);
    assert!(ok, "{out}");
    assert!(out.contains("countries with emergency numbers"), "{out}");
}

#[test]
fn a_clean_minimal_directory_passes() {
    let dir = tempfile::tempdir().unwrap();
    let (resources, _) = resources_with(&[]);
    write_data(dir.path(), &resources, EMERGENCY, None);
    let (ok, out) = check(dir.path(), true);
    assert!(ok, "{out}");
}

#[test]
fn an_optional_keyword_left_out_and_a_menu_option_are_accepted() {
    for change in [("sms_keyword", ""), ("phone_option", "1")] {
        let dir = tempfile::tempdir().unwrap();
        let (resources, _) = resources_with(&[change]);
        write_data(dir.path(), &resources, EMERGENCY, None);
        let (ok, out) = check(dir.path(), true);
        assert!(ok, "{change:?}:\n{out}");
    }
}

#[test]
fn a_drug_checking_or_psychedelic_peer_support_service_may_have_a_website_alone() {
    for topics in ["drug-checking", "psychedelic peer-support"] {
        let dir = tempfile::tempdir().unwrap();
        let (resources, _) = resources_with(&[
            ("phone", ""),
            ("sms", ""),
            ("sms_keyword", ""),
            ("topics", topics),
        ]);
        write_data(dir.path(), &resources, EMERGENCY, None);
        let (ok, out) = check(dir.path(), true);
        assert!(ok, "{topics}: {out}");
    }
}

#[test]
fn each_bad_cell_is_reported_at_its_file_line_and_column() {
    let long = "x".repeat(201);
    let cases: &[(&str, &str, &str)] = &[
        ("id", "Bad_Id", "must match [a-z0-9-]+"),
        ("id", "", "id: required"),
        ("name", "", "name: required"),
        ("short_name", "A name far longer than allowed", "at most 24"),
        ("regions", "XX", "not an ISO 3166-1 or 3166-2 code"),
        ("regions", "US-ZZ", "not an ISO 3166-1 or 3166-2 code"),
        ("regions", "us", "not an ISO 3166-1 or 3166-2 code"),
        ("regions", "* US", "cannot be combined"),
        ("topics", "crisis nonsense", "unknown topic \"nonsense\""),
        ("topics", "", "topics: required"),
        ("phone", "+1741741", "short code written as E.164"),
        ("phone", "+15550000", "short code written as E.164"),
        ("phone", "+1999123456789", "not a valid phone number"),
        ("phone", "988", "expected E.164"),
        ("phone", "GB:116123", "do not include GB"),
        ("sms", "XX:741741", "not an ISO 3166-1 country code"),
        ("chat_url", "javascript:alert(1)", "must be an https:// URL"),
        ("chat_url", "not a url", "is not a URL"),
        (
            "chat_url",
            "http://example.org/chat",
            "must be an https:// URL",
        ),
        ("website", "http://example.org", "must be an https:// URL"),
        ("hours", "sometimes", "not valid opening_hours syntax"),
        ("hours", "", "hours: required"),
        ("timezone", "Mars/Base", "not an IANA time zone"),
        ("languages", "en xx", "not a known BCP 47 language tag"),
        ("priority", "high", "not an integer"),
        ("description", &long, "at most 200"),
        ("verified_at", "2026-13-01", "not a YYYY-MM-DD date"),
        ("verified_at", "2999-01-01", "in the future"),
        ("source", "", "source: required"),
        ("source", "ftp://example.org", "must be an https:// URL"),
    ];
    for (column, value, message) in cases {
        let dir = tempfile::tempdir().unwrap();
        let (resources, row) = resources_with(&[(column, value)]);
        write_data(dir.path(), &resources, EMERGENCY, None);
        let (ok, out) = check(dir.path(), false);
        assert!(!ok, "{column}={value:?} passed:\n{out}");
        let fields: Vec<&str> = row.iter().map(String::as_str).collect();
        let col = column_of(&fields, HEADER.iter().position(|h| h == column).unwrap());
        let at = format!(
            "{}:2:{col}: error: {column}",
            dir.path().join("resources.csv").display()
        );
        assert!(
            out.lines()
                .any(|l| l.starts_with(&at) && l.contains(message)),
            "{column}={value:?}: expected {at} … {message}, got:\n{out}"
        );
    }
}

#[test]
fn rules_across_cells_are_reported_at_the_cell_that_breaks_them() {
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str);
    let cases: &[Case] = &[
        (
            &[("phone", ""), ("sms", ""), ("sms_keyword", "")],
            "phone",
            "at least one of phone, sms, chat_url",
        ),
        (
            &[
                ("phone", ""),
                ("sms", ""),
                ("sms_keyword", ""),
                ("topics", "drug-checking overdose"),
            ],
            "phone",
            "this row is also for overdose",
        ),
        (&[("sms", "")], "sms_keyword", "set without an sms number"),
        (
            &[("phone", ""), ("phone_option", "1")],
            "phone_option",
            "set without a phone number",
        ),
        (
            &[("hours", "Mo-Fr 10:00-18:00")],
            "timezone",
            "needs a timezone",
        ),
    ];
    for (changes, column, message) in cases {
        let dir = tempfile::tempdir().unwrap();
        let (resources, row) = resources_with(changes);
        write_data(dir.path(), &resources, EMERGENCY, None);
        let (ok, out) = check(dir.path(), false);
        assert!(!ok, "{changes:?} passed");
        let fields: Vec<&str> = row.iter().map(String::as_str).collect();
        let col = column_of(&fields, HEADER.iter().position(|h| h == column).unwrap());
        let at = format!("resources.csv:2:{col}: error: {column}: ");
        assert!(
            out.lines().any(|l| l.contains(&at) && l.contains(message)),
            "{changes:?}: expected {at}{message}, got:\n{out}"
        );
    }
}

#[test]
fn duplicates_are_reported_on_the_later_row() {
    let (resources, _) = resources_with(&[]);
    let second = csv_line(&[
        "test-line",
        "Test Line",
        "Test 2",
        "US",
        "crisis",
        "+16234737433",
        "",
        "US:741741",
        "home",
        "",
        "https://example.org",
        "24/7",
        "",
        "en",
        "10",
        "Another.",
        "2026-01-02",
        "https://example.org/s",
    ]);
    let dir = tempfile::tempdir().unwrap();
    write_data(
        dir.path(),
        &format!("{resources}{second}\n"),
        EMERGENCY,
        None,
    );
    let (ok, out) = check(dir.path(), false);
    assert!(!ok);
    let fields: Vec<&str> = second.split(',').collect();
    let col = |name: &str| column_of(&fields, HEADER.iter().position(|h| *h == name).unwrap());
    for (column, what) in [
        ("id", "\"test-line\" is used by an earlier row"),
        ("name", "\"Test Line\" is used by an earlier row"),
        (
            "phone",
            "+16234737433 is already used by \"test-line\" with the same phone_option",
        ),
        (
            "sms",
            "US:741741 is already used by \"test-line\" with the same sms_keyword",
        ),
    ] {
        let expected = format!("resources.csv:3:{}: error: {column}: {what}", col(column));
        assert!(out.contains(&expected), "{expected}:\n{out}");
    }
    // The same number with a different menu option or keyword is a different route.
    let other = second
        .replace("test-line,Test Line,", "test-line-2,Test Line 2,")
        .replace(
            "+16234737433,,US:741741,home",
            "+16234737433,1,US:741741,AYUDA",
        );
    write_data(
        dir.path(),
        &format!("{resources}{other}\n"),
        EMERGENCY,
        None,
    );
    let (ok, out) = check(dir.path(), false);
    assert!(ok, "{out}");
}

#[test]
fn header_problems_are_reported_on_line_one() {
    let dir = tempfile::tempdir().unwrap();
    let (resources, _) = resources_with(&[]);
    let renamed = resources.replacen("languages", "langauges", 1);
    write_data(dir.path(), &renamed, EMERGENCY, None);
    let (ok, out) = check(dir.path(), false);
    assert!(!ok);
    let col = column_of(
        HEADER,
        HEADER.iter().position(|h| *h == "languages").unwrap(),
    );
    assert!(
        out.contains(&format!(
            "resources.csv:1:{col}: error: unknown column \"langauges\""
        )),
        "{out}"
    );
    assert!(
        out.contains("resources.csv:1:1: error: missing required column \"languages\""),
        "{out}"
    );
}

#[test]
fn a_record_with_the_wrong_number_of_fields_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let (resources, _) = resources_with(&[]);
    write_data(
        dir.path(),
        &format!("{resources}only,three,fields\n"),
        EMERGENCY,
        None,
    );
    let (ok, out) = check(dir.path(), false);
    assert!(!ok);
    assert!(
        out.contains("resources.csv:3:1: error: this record has 3 fields, the header has 18"),
        "{out}"
    );
}

#[test]
fn emergency_rows_are_checked_too() {
    let (resources, _) = resources_with(&[]);
    // Each row after the header; columns: country,number,service,channel,url,register,
    // verified_at,source,source_kind.
    let cases = [
        (
            "XX,911,all,voice,,,2026-01-02,https://e.org,official",
            "emergency.csv:2:1: error: country: \"XX\" is not",
        ),
        (
            "us,911,all,voice,,,2026-01-02,https://e.org,official",
            "emergency.csv:2:1: error: country: \"us\" is not",
        ),
        (
            "GB,9-9-9,all,voice,,,2026-01-02,https://e.org,official",
            "emergency.csv:2:4: error: number: \"9-9-9\" must be 1 to 6 digits",
        ),
        (
            "GB,999,,voice,,,2026-01-02,https://e.org,official",
            "emergency.csv:2:8: error: service: required",
        ),
        (
            "GB,999,medics,voice,,,2026-01-02,https://e.org,official",
            "emergency.csv:2:8: error: service: \"medics\" is not a service",
        ),
        (
            "GB,999,unstated police,voice,,,2026-01-02,https://e.org,official",
            "emergency.csv:2:8: error: service: unstated stands alone",
        ),
        (
            "GB,999,all,fax,,,2026-01-02,https://e.org,official",
            "emergency.csv:2:12: error: channel: \"fax\" is not a channel",
        ),
        (
            "GB,,all,video,,,2026-01-02,https://e.org,official",
            "error: url: a video service or an app needs its https:// URL",
        ),
        (
            "GB,999,all,sms,,register,2026-01-02,https://e.org,official",
            "error: register: \"register\": write required, sms:WORD or an https:// URL",
        ),
        (
            "GB,999,all,voice,,,2026-01-02,https://e.org,hearsay",
            "error: source_kind: \"hearsay\" is not a kind of source",
        ),
        (
            "GB,999,all,voice,,,2026-01-02,,official",
            "error: source: required",
        ),
        (
            "GB,999,all,sms,,sms:register,2026-01-02,https://e.org,official",
            "emergency.csv:2:12: error: channel: GB has no number to call",
        ),
        (
            "US,911,police,voice,,,2026-01-02,https://e.org,official",
            "emergency.csv:3:4: error: number: US lists 911 by voice twice",
        ),
        // A source's kind must agree with its URL: a code-hosting site or an encyclopedia is a
        // compiled list whatever the column says.
        (
            "US,112,all,voice,,,2026-01-02,https://github.com/someone/numbers,official",
            "emergency.csv:3:66: error: source_kind: official but the source is a code-hosting site",
        ),
        (
            "US,112,all,voice,,,2026-01-02,https://en.wikipedia.org/wiki/112,first-party",
            "error: source_kind: first-party but the source is an encyclopedia",
        ),
    ];
    for (row, expected) in cases {
        let dir = tempfile::tempdir().unwrap();
        let emergency = if row.starts_with("US,") {
            format!("{EMERGENCY}{row}\n")
        } else {
            format!("country,number,service,channel,url,register,verified_at,source,source_kind\n{row}\n")
        };
        write_data(dir.path(), &resources, &emergency, None);
        let (ok, out) = check(dir.path(), false);
        assert!(!ok, "{row}");
        assert!(out.contains(expected), "{row}: expected {expected}:\n{out}");
    }
}

#[test]
fn a_compiled_list_may_be_cited_as_compiled_and_every_country_with_a_line_needs_a_number() {
    // Honest about a compiled source: accepted.
    let (resources, row) = resources_with(&[]);
    let dir = tempfile::tempdir().unwrap();
    let emergency = format!(
        "{EMERGENCY}US,112,all,voice,,,2026-01-02,https://github.com/someone/numbers,compiled\n"
    );
    write_data(dir.path(), &resources, &emergency, None);
    let (ok, out) = check(dir.path(), false);
    assert!(ok, "{out}");

    // A line in a country with no emergency number: the line's regions cell says so.
    let dir = tempfile::tempdir().unwrap();
    let only_gb = "country,number,service,channel,url,register,verified_at,source,source_kind\n\
                   GB,999,all,voice,,,2026-01-02,https://e.org,official\n";
    write_data(dir.path(), &resources, only_gb, None);
    let (ok, out) = check(dir.path(), false);
    assert!(!ok, "{out}");
    let fields: Vec<&str> = row.iter().map(String::as_str).collect();
    let column = column_of(
        &fields,
        HEADER.iter().position(|h| *h == "regions").unwrap(),
    );
    let at = format!(
        "resources.csv:2:{column}: error: regions: US has no emergency number in emergency.csv"
    );
    assert!(out.contains(&at), "expected {at}:\n{out}");

    // An EU member state needs no row of its own: 112 works there by EU law.
    let (resources, _) = resources_with(&[
        ("regions", "FR"),
        ("phone", "+33145394000"),
        ("sms", ""),
        ("sms_keyword", ""),
    ]);
    let dir = tempfile::tempdir().unwrap();
    write_data(dir.path(), &resources, only_gb, None);
    let (ok, out) = check(dir.path(), false);
    assert!(ok, "{out}");
}

#[test]
fn every_error_in_a_file_is_listed_not_just_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let (resources, _) = resources_with(&[
        ("regions", "XX"),
        ("topics", "nope"),
        ("website", "http://a.org"),
    ]);
    write_data(
        dir.path(),
        &resources,
        "country,number,service,channel,url,register,verified_at,source,source_kind\n\
         ZZ,1,all,voice,,,2026-01-02,https://e.org,official\n",
        None,
    );
    let (ok, out) = check(dir.path(), false);
    assert!(!ok);
    let errors = out.lines().filter(|l| l.contains(": error: ")).count();
    assert_eq!(errors, 4, "{out}");
    assert!(out.contains("4 errors"));
}

#[test]
fn rows_not_verified_for_a_year_warn_and_after_fifteen_months_fail() {
    let column = HEADER.iter().position(|h| *h == "verified_at").unwrap();
    let at = |row: &[String]| {
        let fields: Vec<&str> = row.iter().map(String::as_str).collect();
        column_of(&fields, column)
    };
    // 365 days old is still fresh; 366 warns, and fails only under --strict.
    for (days, warns) in [(-365, false), (-366, true), (-455, true)] {
        let dir = tempfile::tempdir().unwrap();
        let date = days_from_today(days);
        let (resources, row) = resources_with(&[("verified_at", &date)]);
        write_data(dir.path(), &resources, EMERGENCY, None);
        let (ok, out) = check(dir.path(), false);
        assert!(ok, "{days} days: {out}");
        let warning = format!(
            "resources.csv:2:{}: warning: verified_at: last verified {date}",
            at(&row)
        );
        assert_eq!(out.contains(&warning), warns, "{days} days: {out}");
        let (strict_ok, _) = check(dir.path(), true);
        assert_eq!(strict_ok, !warns, "{days} days, --strict");
    }
    // Over 455 days (15 months) is an error even without --strict; so is a day in the future.
    for (days, message) in [(-456, "more than 455 days ago"), (1, "is in the future")] {
        let dir = tempfile::tempdir().unwrap();
        let date = days_from_today(days);
        let (resources, row) = resources_with(&[("verified_at", &date)]);
        write_data(dir.path(), &resources, EMERGENCY, None);
        let (ok, out) = check(dir.path(), false);
        assert!(!ok, "{days} days: {out}");
        let error = format!("resources.csv:2:{}: error: verified_at: ", at(&row));
        assert!(
            out.lines()
                .any(|l| l.contains(&error) && l.contains(message)),
            "{days} days: {out}"
        );
    }
    // Without --today, the real date is used: a row verified today passes.
    let dir = tempfile::tempdir().unwrap();
    let date = {
        use lifelines::clock::Clock;
        lifelines::clock::SystemClock.now().date_naive().to_string()
    };
    let (resources, _) = resources_with(&[("verified_at", &date)]);
    write_data(dir.path(), &resources, EMERGENCY, None);
    let out = crate::helpers::lifelines()
        .arg("check")
        .arg("--strict")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
}

#[test]
fn a_number_on_the_retired_list_fails_the_check() {
    let retired_header = "number,country,option,keyword,reason,source\n";
    let cases = [
        (
            "+16234737433,US,,,closed in a test,https://e.org",
            "phone",
            true,
        ),
        (
            "US:741741,US,,HOME,keyword retired in a test,https://e.org",
            "sms",
            true,
        ),
        (
            "US:741741,US,,PRIDE,another keyword,https://e.org",
            "sms",
            false,
        ),
        (
            "+16234737433,US,3,,only option 3 retired,https://e.org",
            "phone",
            false,
        ),
    ];
    for (row, column, fails) in cases {
        let dir = tempfile::tempdir().unwrap();
        let (resources, _) = resources_with(&[]);
        write_data(
            dir.path(),
            &resources,
            EMERGENCY,
            Some(&format!("{retired_header}{row}\n")),
        );
        let (ok, out) = check(dir.path(), false);
        assert_eq!(!ok, fails, "{row}:\n{out}");
        if fails {
            assert!(
                out.contains(&format!("error: {column}: "))
                    && out.contains("is on the retired list"),
                "{out}"
            );
        }
    }
}

#[test]
fn the_counts_the_readme_states_are_what_check_prints() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let (_, out) = check_repo(&root.join("data"), false);
    let summary = out
        .lines()
        .find(|l| l.contains("countries with emergency numbers"))
        .unwrap();
    let stated = readme.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(stated.contains(summary), "README does not state: {summary}");
}

/// The repository's data with each word file's line `old` replaced by `new` (or `new` appended
/// when `old` is empty); returns the copy and, for each edit, the 1-based line it is on.
fn words_edited(edits: &[(&str, &str, &str)]) -> (tempfile::TempDir, Vec<usize>) {
    let dir = crate::helpers::data_copy();
    let mut lines_at = Vec::new();
    for (file, old, new) in edits {
        let path = dir.path().join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        let at = if old.is_empty() {
            lines.push(new.to_string());
            lines.len()
        } else {
            let i = lines
                .iter()
                .position(|l| l == old)
                .unwrap_or_else(|| panic!("{file} has no line {old:?}"));
            lines[i] = new.to_string();
            i + 1
        };
        std::fs::write(&path, lines.join("\n") + "\n").unwrap();
        lines_at.push(at);
    }
    (dir, lines_at)
}

/// Checks the edited copy and asserts each expected `file:line:column: error: message`.
fn assert_word_errors(edits: &[(&str, &str, &str)], expected: &[(usize, &str)]) {
    let (dir, lines) = words_edited(edits);
    let (ok, out) = check_repo(dir.path(), false);
    assert!(!ok, "the broken word files passed:\n{out}");
    for ((file, _, _), (line, (column, message))) in edits.iter().zip(lines.iter().zip(expected)) {
        let at = format!(
            "{}:{line}:{column}: error: {message}",
            dir.path().join(file).display()
        );
        assert!(out.lines().any(|l| l == at), "expected {at}, got:\n{out}");
    }
    let errors = out.lines().filter(|l| l.contains(": error: ")).count();
    assert_eq!(errors, edits.len(), "one error per edit:\n{out}");
}

#[test]
fn each_bad_word_is_reported_at_its_file_line_and_column() {
    let topics = "crisis, suicide, psychedelic, substance-use, overdose, drug-checking, poison, \
                  mental-health, peer-support, lgbtq, youth, veterans, domestic-violence, \
                  sexual-assault";
    let not_a_topic =
        format!("means: \"trips\" is not a topic ({topics}), guide:ID, no-voice or filler");
    assert_word_errors(
        &[
            ("sms-words.csv", "bad trip,psychedelic,", "Bad Trip!,psychedelic,"),
            ("sms-words.csv", "sobredosis,overdose,es", "sobredósis,overdose,es"),
            ("sms-words.csv", "tripping,psychedelic,en", "tripping,trips,en"),
            ("sms-words.csv", "crise,crisis,fr", "crise,crisis,FR"),
            ("sms-keywords.csv", "stopall,stop,", "stop all,stop,"),
            ("sms-keywords.csv", "revoke,stop,en", "revoke,halt,en"),
            ("sms-aliases.csv", "nyc,US-NY,", "nyc,US-ZZ,"),
            ("sms-aliases.csv", "tejas,US-TX,es", "tejas,us-tx,es"),
            ("sms-not-places.csv", "coast", "Coast"),
            ("sms-words.csv", "", "   ,filler,"),
            ("sms-words.csv", "too hot,guide:heat-water,en", "too hot,guide:sunburn,en"),
        ],
        &[
            (1, "word: \"Bad Trip!\" is not written the way a text is read: write it \"bad trip\""),
            (1, "word: \"sobredósis\" is not written the way a text is read: write it \"sobredosis\""),
            (10, &not_a_topic),
            (
                14,
                "language: \"FR\" is not en, es or fr (leave it empty when the word tells no language)",
            ),
            (
                1,
                "keyword: \"stop all\" is not written the way a text is read (a keyword is the whole \
                 text with its spaces removed): write it \"stopall\"",
            ),
            (8, "kind: \"halt\" is not help, stop or start"),
            (
                5,
                "region: \"US-ZZ\" is not an ISO 3166-1 or 3166-2 code (write it like US or US-CA)",
            ),
            (
                7,
                "region: \"us-tx\" is not an ISO 3166-1 or 3166-2 code (write it like US or US-CA)",
            ),
            (1, "name: \"Coast\" is not written the way a text is read: write it \"coast\""),
            (1, "word: required"),
            (9, "means: guide:sunburn is not a guide in guides.csv"),
        ],
    );
}

#[test]
fn a_key_with_two_meanings_in_any_of_the_word_files_is_reported_where_it_is_given_again() {
    let (dir, _) = words_edited(&[]);
    let line_of = |file: &str, line: &str| {
        let text = std::fs::read_to_string(dir.path().join(file)).unwrap();
        text.lines().position(|l| l == line).unwrap() + 1
    };
    let trip = line_of("sms-words.csv", "trip,psychedelic,");
    let help = line_of("sms-words.csv", "help,filler,en");
    let nyc = line_of("sms-aliases.csv", "nyc,US-NY,");
    let london = line_of("sms-aliases.csv", "london,GB-ENG,");
    let lot = line_of("sms-words.csv", "lot,filler,en");
    let stop = line_of("sms-keywords.csv", "stop,stop,");
    let one_meaning = "a key can have only one meaning";
    assert_word_errors(
        &[
            ("sms-words.csv", "", "trip,overdose,en"),
            ("sms-words.csv", "", "help,crisis,en"),
            ("sms-aliases.csv", "", "nyc,US-NJ,"),
            ("sms-aliases.csv", "", "trip,US-CA,"),
            ("sms-not-places.csv", "", "london"),
            ("sms-not-places.csv", "", "lot"),
            ("sms-keywords.csv", "", "stop,start,"),
            ("sms-aliases.csv", "", "nyc,US-NY,"),
        ],
        &[
            (1, &format!("word: \"trip\" already means the topic psychedelic (at sms-words.csv:{trip}): {one_meaning}")),
            (1, &format!("word: \"help\" already means a filler word (at sms-words.csv:{help}): {one_meaning}")),
            (1, &format!("name: \"nyc\" already means the region US-NY (at sms-aliases.csv:{nyc}): {one_meaning}")),
            (1, &format!("name: \"trip\" already means the topic psychedelic (at sms-words.csv:{trip}): {one_meaning}")),
            (1, &format!("name: \"london\" already means the region GB-ENG (at sms-aliases.csv:{london}): {one_meaning}")),
            (1, &format!("name: \"lot\" already means a filler word (at sms-words.csv:{lot}): {one_meaning}")),
            (1, &format!("keyword: \"stop\" already means the keyword kind stop (at sms-keywords.csv:{stop}): {one_meaning}")),
            (1, &format!("name: \"nyc\" is listed twice (first at sms-aliases.csv:{nyc})")),
        ],
    );
}

#[test]
fn a_keyword_may_also_be_an_ordinary_word_inside_a_sentence() {
    // HELP alone is the keyword; "help me" reads help as a filler word. The two lists are
    // separate, so the same key in both is not two meanings.
    let (dir, _) = words_edited(&[]);
    let keywords = std::fs::read_to_string(dir.path().join("sms-keywords.csv")).unwrap();
    let words = std::fs::read_to_string(dir.path().join("sms-words.csv")).unwrap();
    assert!(keywords.lines().any(|l| l == "help,help,en"));
    assert!(words.lines().any(|l| l == "help,filler,en"));
    let (ok, out) = check_repo(dir.path(), true);
    assert!(ok, "{out}");
    assert!(out.contains("SMS words: "), "{out}");
}

#[test]
fn data_without_a_stop_help_or_start_keyword_is_refused() {
    let dir = crate::helpers::data_copy();
    let path = dir.path().join("sms-keywords.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    let without_start: Vec<&str> = text.lines().filter(|l| !l.ends_with(",start,")).collect();
    std::fs::write(&path, without_start.join("\n") + "\n").unwrap();
    let (ok, out) = check_repo(dir.path(), false);
    assert!(!ok, "{out}");
    let at = format!("{}:1:1: error: no start keyword", path.display());
    assert!(out.lines().any(|l| l.starts_with(&at)), "{out}");
    std::fs::remove_file(&path).unwrap();
    let (ok, out) = check_repo(dir.path(), false);
    assert!(!ok);
    for kind in ["help", "stop", "start"] {
        assert!(out.contains(&format!("error: no {kind} keyword")), "{out}");
    }
}

/// The repository's data with `file`'s first line containing `find` changed by `edit`.
fn data_with(file: &str, find: &str, edit: impl Fn(&str) -> String) -> tempfile::TempDir {
    let dir = crate::helpers::data_copy();
    let path = dir.path().join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let mut done = false;
    let changed: Vec<String> = text
        .lines()
        .map(|l| {
            if !done && l.contains(find) {
                done = true;
                edit(l)
            } else {
                l.to_string()
            }
        })
        .collect();
    assert!(done, "{file} has no line with {find}");
    std::fs::write(&path, changed.join("\n") + "\n").unwrap();
    dir
}

#[test]
fn a_guidance_step_without_a_source_or_a_language_without_a_step_is_refused() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let (ok, out) = check_repo(&data, true);
    assert!(ok && out.contains("Guidance: 5 guides"), "{out}");
    // (file, the line to change, how, what check must say)
    type Case = (&'static str, &'static str, fn(&str) -> String, &'static str);
    let cases: [Case; 8] = [
        (
            "guidance.csv",
            "overdose,2,",
            |l| l.replacen(",https://", ",,https-was-here:", 1),
            "guidance.csv:",
        ),
        (
            "text-es.csv",
            "guide/overdose/2,text,",
            |_| String::new(),
            "guide/overdose/2 has no text in text-es.csv",
        ),
        (
            "text-fr.csv",
            "guide/overdose/2,text,",
            |l| l.replace("{emergency}", "le 911"),
            "has other {placeholders} than in English",
        ),
        (
            "laws.csv",
            "US-CA,",
            |l| l.replacen("US-CA,", "US-XX,", 1),
            "laws.csv:",
        ),
        // A line's description: English belongs to resources.csv, other languages to the
        // text files, for a line that exists, in at most 200 characters.
        (
            "text-en.csv",
            "guide/overdose/2,text,",
            |l| format!("{l}\nresource/988-lifeline,description,Call 988.,lifelines,yes"),
            "resource/988-lifeline's English description is the description column of resources.csv",
        ),
        (
            "text-es.csv",
            "guide/overdose/2,text,",
            |l| format!("{l}\nresource/no-such-line,description,Llama.,lifelines,no"),
            "resource/no-such-line description belongs to no guide, step, law or line in the data",
        ),
        // A note on a way to reach the emergency services is needed in every language.
        (
            "text-es.csv",
            "emergency/US/911/sms,note,",
            |_| String::new(),
            "emergency/US/911/sms has no note in text-es.csv: every language needs it",
        ),
        (
            "text-fr.csv",
            "guide/overdose/2,text,",
            |l| format!("{l}\nresource/988-lifeline,description,{},lifelines,no", "a".repeat(201)),
            "201 characters; a description has at most 200",
        ),
    ];
    for (file, find, edit, expected) in cases {
        let dir = data_with(file, find, edit);
        let (ok, out) = check_repo(dir.path(), false);
        assert!(!ok, "{file} {find}: passed\n{out}");
        assert!(
            out.contains(expected),
            "{file} {find}: expected {expected}:\n{out}"
        );
    }
}

#[test]
fn strict_check_names_each_country_counted_as_having_a_crisis_line_and_the_row_that_earns_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (_, out) = check_repo(&root.join("data"), true);
    let summary = out
        .lines()
        .find(|l| l.contains("countries with crisis lines"))
        .unwrap();
    let count: usize = summary
        .split("; ")
        .find_map(|part| part.strip_suffix(" countries with crisis lines"))
        .unwrap()
        .parse()
        .unwrap();
    let listed = out
        .lines()
        .find_map(|l| l.strip_prefix("Countries with a crisis line: "))
        .unwrap();
    let entries: Vec<&str> = listed.split(", ").collect();
    assert_eq!(entries.len(), count);
    assert!(entries.contains(&"VN ngay-mai-vn"), "{listed}");
    // A worldwide row earns no country.
    assert!(!listed.contains("tripsit"), "{listed}");
    // Without --strict, the summary alone.
    let (_, plain) = check_repo(&root.join("data"), false);
    assert!(!plain.contains("Countries with a crisis line:"));
}

#[test]
fn check_reports_a_description_missing_in_a_language_the_line_answers_in_without_failing() {
    let data = crate::helpers::data_copy();
    crate::helpers::drop_lines(data.path(), "text-de.csv", "resource/telefonseelsorge-de,");
    let out = crate::helpers::lifelines()
        .args(["check", "--strict"])
        .arg(data.path())
        .output()
        .unwrap();
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{printed}");
    let missing = printed
        .lines()
        .find_map(|l| l.strip_prefix("Description missing in a language the line answers in: "))
        .unwrap_or_else(|| panic!("{printed}"));
    assert!(
        missing.split(", ").any(|m| m == "telefonseelsorge-de (de)"),
        "{missing}"
    );
    // The repository's own data has a description in each language its lines answer in.
    let (_, repo) = check_repo(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data"), true);
    assert!(
        !repo.contains("Description missing in a language the line answers in"),
        "{repo}"
    );
}

#[test]
fn a_lines_name_in_another_language_is_refused_in_english_and_when_too_long() {
    let data = crate::helpers::data_copy();
    let append = |file: &str, line: &str| {
        let path = data.path().join(file);
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push_str(line);
        std::fs::write(&path, text).unwrap();
    };
    append(
        "text-en.csv",
        "resource/kids-help-phone,name,Kids Help Phone Canada,lifelines,yes\n",
    );
    append(
        "text-de.csv",
        &format!(
            "resource/kids-help-phone,name,{},lifelines (not a native speaker),no\n",
            "x".repeat(101)
        ),
    );
    let (ok, out) = check_repo(data.path(), false);
    assert!(!ok);
    assert!(
        out.contains("resource/kids-help-phone's English name is the name column of resources.csv"),
        "{out}"
    );
    assert!(
        out.contains("101 characters; a line's name has at most 100"),
        "{out}"
    );
}
