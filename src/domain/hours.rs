//! Opening hours: OpenStreetMap `opening_hours` syntax in a time zone, or the two special values.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use opening_hours::OpeningHours;
use std::sync::Arc;

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
        /// The parsed schedule.
        parsed: Arc<OpeningHours>,
        /// The zone the schedule is written in.
        timezone: Tz,
    },
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
            } => Some(parsed.is_open(now.with_timezone(timezone).naive_local())),
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

    #[test]
    fn special_values_and_errors() {
        assert_eq!(
            Hours::parse("24/7", None).unwrap().is_open(Utc::now()),
            Some(true)
        );
        assert_eq!(
            Hours::parse("unknown", None).unwrap().is_open(Utc::now()),
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
