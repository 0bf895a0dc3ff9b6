//! Business time: working hours on working days, skipping weekends and the
//! team's holidays. Response targets ("1 business day") are measured in it.

use chrono::{DateTime, Datelike, Days, NaiveDate, TimeDelta, Timelike, Utc, Weekday};
use serde::{Deserialize, Serialize};

use crate::request::catalogue::HOURS_PER_BUSINESS_DAY;

/// When the team works: `[business_time]` in the config.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BusinessCalendar {
    /// First working hour (UTC), e.g. 14 for 9:00 Eastern standard time.
    #[serde(rename = "day_start_hour")]
    pub start_hour: u32,
    /// Hour the working day ends (UTC); must be after `start_hour`.
    #[serde(rename = "day_end_hour")]
    pub end_hour: u32,
    /// Days off besides weekends.
    pub holidays: Vec<NaiveDate>,
}

impl Default for BusinessCalendar {
    fn default() -> Self {
        Self {
            start_hour: 14,
            end_hour: 22,
            holidays: Vec::new(),
        }
    }
}

impl BusinessCalendar {
    /// Returns true on weekdays that are not holidays.
    pub fn is_business_day(&self, d: NaiveDate) -> bool {
        is_weekday(d) && !self.holidays.contains(&d)
    }

    fn day_hours(&self) -> f64 {
        f64::from(self.end_hour.saturating_sub(self.start_hour).max(1))
    }

    /// Working hours of day `d` that fall before the time of day `t` (0..=24h).
    fn worked_before(&self, d: NaiveDate, hours_into_day: f64) -> f64 {
        if !self.is_business_day(d) {
            return 0.0;
        }
        (hours_into_day.min(f64::from(self.end_hour)) - f64::from(self.start_hour)).max(0.0)
    }

    /// Returns the business hours between `from` and `to` (negative when `to`
    /// is earlier), scaled so a full working day counts as 8 hours.
    pub fn business_hours_between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> f64 {
        if to < from {
            return -self.business_hours_between(to, from);
        }
        let hours_of = |t: DateTime<Utc>| {
            f64::from(t.hour()) + f64::from(t.minute()) / 60.0 + f64::from(t.second()) / 3600.0
        };
        let (start_day, end_day) = (from.date_naive(), to.date_naive());
        let raw = if start_day == end_day {
            self.worked_before(end_day, hours_of(to))
                - self.worked_before(start_day, hours_of(from))
        } else {
            let first =
                self.worked_before(start_day, 24.0) - self.worked_before(start_day, hours_of(from));
            // Whole days strictly between the two: each business day counts in full.
            let between = self.business_days_between(start_day, end_day)
                - i64::from(self.is_business_day(end_day));
            let full_day =
                (24f64.min(f64::from(self.end_hour)) - f64::from(self.start_hour)).max(0.0);
            first + between as f64 * full_day + self.worked_before(end_day, hours_of(to))
        };
        raw * f64::from(HOURS_PER_BUSINESS_DAY) / self.day_hours()
    }

    /// Returns the business days from `from` to `to`: the number of business
    /// days after `from` up to and including `to` (negative when `to` is earlier).
    pub fn business_days_between(&self, from: NaiveDate, to: NaiveDate) -> i64 {
        if to < from {
            return -self.business_days_between(to, from);
        }
        // Whole weeks hold five weekdays each; only the remainder is walked,
        // so a year-old request costs the same as a new one.
        let span = (to - from).num_days();
        let mut count = span / 7 * 5;
        let mut d = to;
        for _ in 0..span % 7 {
            if is_weekday(d) {
                count += 1;
            }
            d = d - Days::new(1);
        }
        let holidays = self
            .holidays
            .iter()
            .enumerate()
            .filter(|(_, h)| from < **h && **h <= to && is_weekday(**h))
            // A holiday listed twice in the config is still one day off.
            .filter(|(i, h)| !self.holidays[..*i].contains(h))
            .count();
        count - holidays as i64
    }

    /// Returns the moment `hours` business hours after `start`.
    pub fn add_business_hours(&self, start: DateTime<Utc>, hours: f64) -> DateTime<Utc> {
        let per_hour = self.day_hours() / f64::from(HOURS_PER_BUSINESS_DAY);
        let mut left = hours * per_hour;
        let mut t = start;
        for _ in 0..3660 {
            let d = t.date_naive();
            let open = d
                .and_hms_opt(self.start_hour, 0, 0)
                .expect("valid hour")
                .and_utc();
            let close = d
                .and_hms_opt(self.end_hour.min(23), 59, 59)
                .expect("valid hour")
                .and_utc();
            let close = if self.end_hour >= 24 {
                close
            } else {
                d.and_hms_opt(self.end_hour, 0, 0)
                    .expect("valid hour")
                    .and_utc()
            };
            if self.is_business_day(d) && t < close {
                let from = t.max(open);
                let available = (close - from).num_seconds() as f64 / 3600.0;
                if left <= available {
                    return from + TimeDelta::seconds((left * 3600.0).round() as i64);
                }
                left -= available;
            }
            t = (d + Days::new(1))
                .and_hms_opt(0, 0, 0)
                .expect("midnight")
                .and_utc();
        }
        t
    }
}

fn is_weekday(d: NaiveDate) -> bool {
    !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Describes a span of business hours for people: "3h", "2 business days".
pub fn describe_hours(hours: f64) -> String {
    let h = hours.abs();
    let per_day = f64::from(HOURS_PER_BUSINESS_DAY);
    if h < 1.0 {
        format!("{}m", (h * 60.0).round() as i64)
    } else if h < per_day {
        format!("{}h", h.round() as i64)
    } else {
        let days = (h / per_day).round() as i64;
        format!("{days} business day{}", if days == 1 { "" } else { "s" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn cal() -> BusinessCalendar {
        BusinessCalendar {
            start_hour: 14,
            end_hour: 22,
            holidays: vec![NaiveDate::from_ymd_opt(2026, 12, 25).unwrap()],
        }
    }

    #[test]
    fn hours_within_a_day_and_across_a_weekend() {
        let c = cal();
        // Friday 20:00 → Monday 16:00 UTC: 2h Friday + 2h Monday.
        assert_eq!(
            c.business_hours_between(t("2026-11-27T20:00:00Z"), t("2026-11-30T16:00:00Z")),
            4.0
        );
        // Before opening and after closing count nothing.
        assert_eq!(
            c.business_hours_between(t("2026-11-30T02:00:00Z"), t("2026-11-30T13:00:00Z")),
            0.0
        );
        assert_eq!(
            c.business_hours_between(t("2026-11-30T14:00:00Z"), t("2026-11-30T23:00:00Z")),
            8.0
        );
    }

    #[test]
    fn holidays_are_skipped() {
        let c = cal();
        // Thursday 24 Dec 21:00 → Monday 28 Dec 15:00: 1h Thu, Fri 25 is a holiday, 1h Mon.
        assert_eq!(
            c.business_hours_between(t("2026-12-24T21:00:00Z"), t("2026-12-28T15:00:00Z")),
            2.0
        );
        assert_eq!(
            c.business_days_between(
                NaiveDate::from_ymd_opt(2026, 12, 24).unwrap(),
                NaiveDate::from_ymd_opt(2026, 12, 28).unwrap()
            ),
            1
        );
    }

    #[test]
    fn adding_business_hours_lands_on_the_next_working_day() {
        let c = cal();
        assert_eq!(
            c.add_business_hours(t("2026-11-27T20:00:00Z"), 8.0),
            t("2026-11-30T20:00:00Z")
        );
        assert_eq!(
            c.add_business_hours(t("2026-11-28T10:00:00Z"), 1.0),
            t("2026-11-30T15:00:00Z")
        );
    }

    /// The day-by-day definitions the week arithmetic must agree with.
    fn days_by_walking(c: &BusinessCalendar, from: NaiveDate, to: NaiveDate) -> i64 {
        let (lo, hi, sign) = if to < from {
            (to, from, -1)
        } else {
            (from, to, 1)
        };
        let mut count = 0;
        let mut d = lo;
        while d < hi {
            d = d + Days::new(1);
            count += i64::from(c.is_business_day(d));
        }
        sign * count
    }

    fn hours_by_walking(c: &BusinessCalendar, from: DateTime<Utc>, to: DateTime<Utc>) -> f64 {
        if to < from {
            return -hours_by_walking(c, to, from);
        }
        let h = |t: DateTime<Utc>| {
            f64::from(t.hour()) + f64::from(t.minute()) / 60.0 + f64::from(t.second()) / 3600.0
        };
        let (a, b) = (from.date_naive(), to.date_naive());
        let raw = if a == b {
            c.worked_before(b, h(to)) - c.worked_before(a, h(from))
        } else {
            let mut total = c.worked_before(a, 24.0) - c.worked_before(a, h(from));
            let mut d = a + Days::new(1);
            while d < b {
                total += c.worked_before(d, 24.0);
                d = d + Days::new(1);
            }
            total + c.worked_before(b, h(to))
        };
        raw * f64::from(HOURS_PER_BUSINESS_DAY) / c.day_hours()
    }

    proptest::proptest! {
        #[test]
        fn week_arithmetic_agrees_with_walking_day_by_day(
            a in 0i64..1000, b in 0i64..1000, ma in 0i64..1440, mb in 0i64..1440,
            start in 0u32..12, len in 1u32..13, holiday_offsets in proptest::collection::vec(0i64..60, 0..8),
        ) {
            let base = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
            // Holidays near both ends, some listed twice.
            let c = BusinessCalendar {
                start_hour: start,
                end_hour: (start + len).min(24),
                holidays: holiday_offsets
                    .iter()
                    .map(|o| base + Days::new((*o % 30 + if *o >= 30 { a.min(b) } else { 0 }) as u64))
                    .collect(),
            };
            let (da, db) = (base + Days::new(a as u64), base + Days::new(b as u64));
            proptest::prop_assert_eq!(c.business_days_between(da, db), days_by_walking(&c, da, db));
            let ta = da.and_hms_opt(0, 0, 0).unwrap().and_utc() + TimeDelta::minutes(ma);
            let tb = db.and_hms_opt(0, 0, 0).unwrap().and_utc() + TimeDelta::minutes(mb);
            let (fast, slow) = (c.business_hours_between(ta, tb), hours_by_walking(&c, ta, tb));
            proptest::prop_assert!((fast - slow).abs() < 1e-6, "{} vs {}", fast, slow);
        }
    }

    #[test]
    fn describes_spans() {
        assert_eq!(describe_hours(3.2), "3h");
        assert_eq!(describe_hours(16.0), "2 business days");
        assert_eq!(describe_hours(0.5), "30m");
    }
}
