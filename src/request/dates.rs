//! Reading the dates people type: `2026-12-01`, `today`, `tomorrow`, `+3d`,
//! `-1w`, `fri`, `friday`.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// Examples shown when a date cannot be read.
pub const DATE_EXAMPLES: &str = "2026-12-01, today, tomorrow, +3d, +2w or fri";

/// Parses `text` relative to `today`. Weekday names mean the next such day
/// (today counts when it is that day).
pub fn parse_date(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let t = text.trim().to_ascii_lowercase();
    if let Ok(d) = NaiveDate::parse_from_str(&t, "%Y-%m-%d") {
        return Some(d);
    }
    match t.as_str() {
        "today" => return Some(today),
        "tomorrow" => return today.checked_add_days(Days::new(1)),
        "yesterday" => return today.checked_sub_days(Days::new(1)),
        _ => {}
    }
    if let Some(d) = parse_offset(&t, today) {
        return Some(d);
    }
    let weekday = parse_weekday(&t)?;
    let ahead = (7 + weekday.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
    today.checked_add_days(Days::new(u64::from(ahead)))
}

fn parse_offset(t: &str, today: NaiveDate) -> Option<NaiveDate> {
    let (sign, rest) = match t.as_bytes().first()? {
        b'+' => (1i64, &t[1..]),
        b'-' => (-1i64, &t[1..]),
        _ => return None,
    };
    let unit_days = match rest.chars().last()? {
        'd' => 1,
        'w' => 7,
        _ => return None,
    };
    let amount: i64 = rest[..rest.len() - 1].parse().ok()?;
    let days = amount.checked_mul(unit_days)?.checked_mul(sign)?;
    if days >= 0 {
        today.checked_add_days(Days::new(days as u64))
    } else {
        today.checked_sub_days(Days::new(days.unsigned_abs()))
    }
}

fn parse_weekday(t: &str) -> Option<Weekday> {
    const NAMES: [(&str, Weekday); 7] = [
        ("monday", Weekday::Mon),
        ("tuesday", Weekday::Tue),
        ("wednesday", Weekday::Wed),
        ("thursday", Weekday::Thu),
        ("friday", Weekday::Fri),
        ("saturday", Weekday::Sat),
        ("sunday", Weekday::Sun),
    ];
    if t.len() < 3 {
        return None;
    }
    NAMES
        .iter()
        .find(|(name, _)| name.starts_with(t))
        .map(|(_, day)| *day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn reads_absolute_relative_and_weekday_dates() {
        let sunday = d("2026-11-29");
        assert_eq!(parse_date("2026-12-01", sunday), Some(d("2026-12-01")));
        assert_eq!(parse_date("tomorrow", sunday), Some(d("2026-11-30")));
        assert_eq!(parse_date("+3d", sunday), Some(d("2026-12-02")));
        assert_eq!(parse_date("+2w", sunday), Some(d("2026-12-13")));
        assert_eq!(parse_date("-1d", sunday), Some(d("2026-11-28")));
        assert_eq!(parse_date("fri", sunday), Some(d("2026-12-04")));
        assert_eq!(parse_date("Sunday", sunday), Some(sunday));
        assert_eq!(parse_date("someday", sunday), None);
        assert_eq!(parse_date("2026-02-30", sunday), None);
    }
}
