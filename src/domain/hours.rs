//! Opening hours: OpenStreetMap `opening_hours` syntax in a time zone, or the two special values.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use opening_hours::localization::TzLocation;
use opening_hours::{Context, OpeningHours};
use std::sync::Arc;

/// A schedule evaluated in its own zone: the crate turns local times into instants itself, so
/// a change that falls in a DST gap or repeat is placed where the zone puts it.
type Zoned = OpeningHours<TzLocation<Tz>>;

/// When a service answers.
#[derive(Clone, Debug)]
pub enum Hours {
    /// Always open.
    Always,
    /// No source settles the hours; shown as "hours not confirmed", never as open.
    Unknown,
    /// A schedule in a time zone.
    Schedule {
        /// The `hours` cell as written, shown to visitors.
        text: String,
        /// The parsed schedule, bound to its zone.
        parsed: Arc<Zoned>,
        /// The zone the schedule is written in.
        timezone: Tz,
    },
}

/// Whether a service answers at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Open at all hours.
    Always,
    /// Open now; closes at `until` (none: the schedule never closes again).
    Open {
        /// When it closes.
        until: Option<DateTime<Utc>>,
    },
    /// Closed now; opens at `opens` (none: the schedule never opens again).
    Closed {
        /// When it opens.
        opens: Option<DateTime<Utc>>,
    },
    /// The hours are not confirmed.
    Unknown,
}

/// Why an `hours`/`timezone` pair was rejected.
#[derive(Debug, thiserror::Error)]
pub enum HoursError {
    /// The `hours` cell is not valid `opening_hours` syntax.
    #[error("not valid opening_hours syntax: {0}")]
    Syntax(String),
    /// A schedule without a time zone.
    #[error("a schedule needs a timezone (IANA name, e.g. America/Los_Angeles)")]
    MissingTimezone,
    /// The zone is not in the IANA database.
    #[error("{0:?} is not an IANA time zone")]
    Timezone(String),
}

impl Hours {
    /// Parses the `hours` and `timezone` cells together.
    pub fn parse(hours: &str, timezone: Option<&str>) -> Result<Self, HoursError> {
        let tz = timezone
            .map(|t| {
                t.parse::<Tz>()
                    .map_err(|_| HoursError::Timezone(t.to_string()))
            })
            .transpose()?;
        match hours {
            "24/7" => Ok(Hours::Always),
            "unknown" => Ok(Hours::Unknown),
            text => {
                let parsed = text.parse::<OpeningHours>().map_err(|e| {
                    HoursError::Syntax(e.to_string().lines().next().unwrap_or("").to_string())
                })?;
                let timezone = tz.ok_or(HoursError::MissingTimezone)?;
                let parsed =
                    parsed.with_context(Context::default().with_locale(TzLocation::new(timezone)));
                Ok(Hours::Schedule {
                    text: text.to_string(),
                    parsed: Arc::new(parsed),
                    timezone,
                })
            }
        }
    }

    /// Whether the service is open at `now`; `None` when the hours are not known.
    pub fn is_open(&self, now: DateTime<Utc>) -> Option<bool> {
        match self {
            Hours::Always => Some(true),
            Hours::Unknown => None,
            Hours::Schedule {
                parsed, timezone, ..
            } => Some(parsed.is_open(now.with_timezone(timezone))),
        }
    }

    /// Whether the service is known to be closed at `now` (unknown hours are not closed).
    pub fn is_closed(&self, now: DateTime<Utc>) -> bool {
        self.is_open(now) == Some(false)
    }

    /// The first moment after `now` at which the schedule changes between open and closed, from
    /// the schedule itself in its own zone; `None` for `24/7`, `unknown`, and a schedule that
    /// never changes again.
    pub fn next_change(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let Hours::Schedule {
            parsed, timezone, ..
        } = self
        else {
            return None;
        };
        let open = parsed.is_open(now.with_timezone(timezone));
        // The crate reports every rule boundary; skip those that keep the same state (two
        // adjacent ranges, a comment change) so a page is not rendered again for nothing.
        let mut at = now.with_timezone(timezone);
        for _ in 0..64 {
            at = parsed.next_change(at)?;
            if parsed.is_open(at) != open {
                return Some(at.with_timezone(&Utc));
            }
        }
        Some(at.with_timezone(&Utc))
    }

    /// The zone a schedule is written in; `None` for `24/7` and `unknown`.
    pub fn timezone(&self) -> Option<Tz> {
        match self {
            Hours::Schedule { timezone, .. } => Some(*timezone),
            _ => None,
        }
    }

    /// Whether the service is open at `now`, and until when or from when.
    pub fn status(&self, now: DateTime<Utc>) -> Status {
        match self.is_open(now) {
            None => Status::Unknown,
            Some(true) if matches!(self, Hours::Always) => Status::Always,
            Some(true) => Status::Open {
                until: self.next_change(now),
            },
            Some(false) => Status::Closed {
                opens: self.next_change(now),
            },
        }
    }

    /// The schedule as written with its zone, e.g. `Mo-Fr 10:00-18:00 (America/Los_Angeles)`.
    pub fn schedule_text(&self) -> Option<String> {
        match self {
            Hours::Schedule { text, timezone, .. } => Some(format!("{text} ({timezone})")),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn schedules_are_evaluated_in_their_own_zone() {
        let h = Hours::parse("Mo-Fr 10:00-18:00", Some("America/Los_Angeles")).unwrap();
        // 2026-11-25 is a Wednesday; 18:30 UTC is 10:30 in Los Angeles.
        let open = Utc.with_ymd_and_hms(2026, 11, 25, 18, 30, 0).unwrap();
        let closed = Utc.with_ymd_and_hms(2026, 11, 25, 16, 30, 0).unwrap();
        assert_eq!(h.is_open(open), Some(true));
        assert_eq!(h.is_open(closed), Some(false));
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn the_next_change_is_found_in_the_schedules_own_zone() {
        // Closes at 18:00 Los Angeles time, which is 02:00 UTC the next day in November.
        let h = Hours::parse("Mo-Fr 10:00-18:00", Some("America/Los_Angeles")).unwrap();
        assert_eq!(
            h.next_change(utc("2026-11-25T18:30:00Z")),
            Some(utc("2026-11-26T02:00:00Z"))
        );
        // Closed on Friday evening: it opens again on Monday at 10:00.
        assert_eq!(
            h.next_change(utc("2026-11-28T03:00:00Z")),
            Some(utc("2026-11-30T18:00:00Z"))
        );
    }

    #[test]
    fn hours_that_span_midnight_in_a_half_hour_zone_change_at_the_minute() {
        // India is UTC+05:30: 15:30 local is 10:00 UTC, 00:30 local the next day is 19:00 UTC.
        let h = Hours::parse("Mo-Su 15:30-00:30", Some("Asia/Kolkata")).unwrap();
        let at = utc("2026-11-25T09:59:00Z");
        assert_eq!(h.is_open(at), Some(false));
        assert_eq!(h.next_change(at), Some(utc("2026-11-25T10:00:00Z")));
        let open = utc("2026-11-25T18:00:00Z");
        assert_eq!(h.is_open(open), Some(true));
        assert_eq!(h.next_change(open), Some(utc("2026-11-25T19:00:00Z")));
    }

    #[test]
    fn changes_across_both_daylight_saving_changes_keep_local_time() {
        let h = Hours::parse("Mo-Su 09:00-17:00", Some("America/New_York")).unwrap();
        // 2026-03-08 is the spring change (EST to EDT): 17:00 local is 21:00 UTC.
        assert_eq!(
            h.next_change(utc("2026-03-08T20:00:00Z")),
            Some(utc("2026-03-08T21:00:00Z"))
        );
        // The day before it was still EST: 17:00 local is 22:00 UTC.
        assert_eq!(
            h.next_change(utc("2026-03-07T20:00:00Z")),
            Some(utc("2026-03-07T22:00:00Z"))
        );
        // 2026-11-01 is the autumn change (EDT to EST): 09:00 local is 14:00 UTC.
        assert_eq!(
            h.next_change(utc("2026-11-01T05:00:00Z")),
            Some(utc("2026-11-01T14:00:00Z"))
        );
    }

    #[test]
    fn always_and_unknown_never_change() {
        let at = utc("2026-11-25T12:00:00Z");
        assert_eq!(Hours::parse("24/7", None).unwrap().next_change(at), None);
        assert_eq!(Hours::parse("unknown", None).unwrap().next_change(at), None);
    }

    #[test]
    fn special_values_and_errors() {
        assert_eq!(
            Hours::parse("24/7", None)
                .unwrap()
                .is_open(utc("2026-11-25T12:00:00Z")),
            Some(true)
        );
        assert_eq!(
            Hours::parse("unknown", None)
                .unwrap()
                .is_open(utc("2026-11-25T12:00:00Z")),
            None
        );
        assert!(matches!(
            Hours::parse("Mo-Fr 10:00-18:00", None),
            Err(HoursError::MissingTimezone)
        ));
        assert!(matches!(
            Hours::parse("sometimes", Some("UTC")),
            Err(HoursError::Syntax(_))
        ));
        assert!(matches!(
            Hours::parse("24/7", Some("Mars/Olympus")),
            Err(HoursError::Timezone(_))
        ));
    }
}
