//! Durations as people type and read them: `90m`, `2h`, `1d12h`; "in 5h 3m", "expired 2h ago".

use chrono::{DateTime, SecondsFormat, Utc};

use crate::error::{Error, Result};

/// Parses `45s`, `90m`, `2h`, `1d`, `1h30m` (units s, m, h, d, w; a bare number is seconds).
pub fn parse_duration(text: &str) -> Result<i64> {
    let bad = || {
        Error::usage(format!(
            "invalid duration '{text}': use a number with a unit, e.g. 90m, 2h, 1d, 1h30m (units: s, m, h, d, w)"
        ))
    };
    let s = text.trim();
    if s.is_empty() {
        return Err(bad());
    }
    if let Ok(secs) = s.parse::<i64>() {
        return if secs >= 0 { Ok(secs) } else { Err(bad()) };
    }
    let mut total: i64 = 0;
    let mut number = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let unit = match c {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            'd' => 86_400,
            'w' => 604_800,
            _ => return Err(bad()),
        };
        let n: i64 = number.parse().map_err(|_| bad())?;
        number.clear();
        total = n
            .checked_mul(unit)
            .and_then(|v| total.checked_add(v))
            .ok_or_else(bad)?;
    }
    if !number.is_empty() {
        return Err(bad());
    }
    Ok(total)
}

/// `5h 3m`, `2d 4h`, `45s`: the two largest units, for tables.
pub fn humanize(seconds: i64) -> String {
    let s = seconds.unsigned_abs();
    let (d, h, m, sec) = (s / 86_400, (s % 86_400) / 3600, (s % 3600) / 60, s % 60);
    if d > 0 {
        if h > 0 {
            format!("{d}d {h}h")
        } else {
            format!("{d}d")
        }
    } else if h > 0 {
        if m > 0 {
            format!("{h}h {m}m")
        } else {
            format!("{h}h")
        }
    } else if m > 0 {
        if sec > 0 && m < 10 {
            format!("{m}m {sec}s")
        } else {
            format!("{m}m")
        }
    } else {
        format!("{sec}s")
    }
}

/// "in 5h 3m" for a future instant, "expired 2h ago" for a past one.
pub fn relative_expiry(seconds_left: i64) -> String {
    if seconds_left > 0 {
        format!("in {}", humanize(seconds_left))
    } else {
        format!("expired {} ago", humanize(seconds_left))
    }
}

/// RFC 3339 UTC with seconds, e.g. `2026-11-29T15:16:23Z`; the bare number when out of range.
pub fn rfc3339(unix: i64) -> String {
    rfc3339_checked(unix).unwrap_or_else(|| unix.to_string())
}

/// RFC 3339 UTC, or None for a time no calendar date represents (a forged or broken claim).
pub fn rfc3339_checked(unix: i64) -> Option<String> {
    DateTime::<Utc>::from_timestamp(unix, 0).map(|t| t.to_rfc3339_opts(SecondsFormat::Secs, true))
}

pub fn now_unix() -> i64 {
    Utc::now().timestamp()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_units_and_combinations() {
        assert_eq!(parse_duration("90m").unwrap(), 5400);
        assert_eq!(parse_duration("2h").unwrap(), 7200);
        assert_eq!(parse_duration("1d12h").unwrap(), 129_600);
        assert_eq!(parse_duration("1h30m").unwrap(), 5400);
        assert_eq!(parse_duration("45").unwrap(), 45);
        assert_eq!(parse_duration("1w").unwrap(), 604_800);
    }

    #[test]
    fn rejects_garbage() {
        for bad in ["", "abc", "2x", "h", "-5", "5h3", "99999999999999999999d"] {
            assert!(parse_duration(bad).is_err(), "{bad} should fail");
        }
    }

    #[test]
    fn humanizes() {
        assert_eq!(humanize(5 * 3600 + 3 * 60), "5h 3m");
        assert_eq!(humanize(-7200), "2h");
        assert_eq!(humanize(2 * 86_400 + 4 * 3600 + 59), "2d 4h");
        assert_eq!(humanize(45), "45s");
        assert_eq!(relative_expiry(60), "in 1m");
        assert_eq!(relative_expiry(-7200), "expired 2h ago");
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
    }
}
