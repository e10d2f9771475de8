//! When to send a request again. GET/PUT/DELETE are idempotent and retry on 429/423 (honouring
//! Retry-After), on 502/503/504 and on connection failures, with exponential backoff and jitter.
//! A POST is only re-sent when it certainly was not processed: it never reached the server, or the
//! server refused it with 429/423. Anything else could register a duplicate data source.

use std::time::{Duration, Instant};

use ureq::http;

use super::Method;

#[derive(Clone, Debug)]
pub struct RetryPolicy {
    pub max_retries: u32,
    /// The whole request, retries and waits included, ends by then.
    pub total: Duration,
    pub base_backoff: Duration,
    pub max_backoff: Duration,
    /// A longer Retry-After is capped to this.
    pub max_retry_after: Duration,
    /// Every wait is multiplied by this: 1 in production, smaller only under `test_wait_scale`.
    pub wait_scale: f64,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 4,
            total: Duration::from_secs(120),
            base_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
            wait_scale: test_wait_scale(),
        }
    }
}

/// The variable the end-to-end tests set to shorten byods's own waits (retry backoff, Retry-After,
/// the login listener's deadline for a request head) so they exercise real retries without sitting
/// them out. Test-only: described for developers in the README, never in --help or man pages.
pub const TEST_WAIT_SCALE_VAR: &str = "BYODS_TEST_WAIT_SCALE";

/// The factor from `BYODS_TEST_WAIT_SCALE` (0.001 to 1), else 1. Only debug builds (what `cargo test`
/// builds) read it: a release binary never waits less than the server or the policy asks, whatever
/// its environment holds.
pub fn test_wait_scale() -> f64 {
    if !cfg!(debug_assertions) {
        return 1.0;
    }
    std::env::var(TEST_WAIT_SCALE_VAR)
        .ok()
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|f| (0.001..=1.0).contains(f))
        .unwrap_or(1.0)
}

impl RetryPolicy {
    /// The wait before the next attempt after an HTTP error status, or None to give up.
    pub fn after_status(
        &self,
        method: Method,
        status: u16,
        headers: &http::HeaderMap,
        attempt: u32,
        deadline: Instant,
    ) -> Option<Duration> {
        if attempt > self.max_retries {
            return None;
        }
        let wait = match status {
            429 | 423 => headers
                .get("retry-after")
                .and_then(|v| v.to_str().ok())
                .and_then(parse_retry_after)
                .map(|d| d.min(self.max_retry_after))
                .unwrap_or_else(|| self.backoff(attempt)),
            502..=504 if method != Method::Post => self.backoff(attempt),
            _ => return None,
        };
        fits(wait.mul_f64(self.wait_scale), deadline)
    }

    /// The wait after a transport failure, or None to give up.
    pub fn after_failure(
        &self,
        method: Method,
        may_have_been_sent: bool,
        attempt: u32,
        deadline: Instant,
    ) -> Option<Duration> {
        if attempt > self.max_retries || (method == Method::Post && may_have_been_sent) {
            return None;
        }
        fits(self.backoff(attempt).mul_f64(self.wait_scale), deadline)
    }

    /// base × 2^(attempt-1), capped, with ±50 % jitter so many clients don't retry in step.
    fn backoff(&self, attempt: u32) -> Duration {
        let exp = self
            .base_backoff
            .saturating_mul(1u32 << (attempt - 1).min(16))
            .min(self.max_backoff);
        let jitter = 0.5 + random_unit();
        exp.mul_f64(jitter)
    }
}

fn fits(wait: Duration, deadline: Instant) -> Option<Duration> {
    (Instant::now() + wait < deadline).then_some(wait)
}

fn random_unit() -> f64 {
    let mut bytes = [0u8; 4];
    let _ = ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut bytes);
    u32::from_le_bytes(bytes) as f64 / u32::MAX as f64
}

/// `Retry-After` as delta seconds or an HTTP date.
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let secs = when.timestamp() - chrono::Utc::now().timestamp();
    Some(Duration::from_secs(secs.max(0) as u64))
}

/// False only when the request certainly never left this machine.
pub fn may_have_been_sent(e: &ureq::Error) -> bool {
    use ureq::Timeout;
    !matches!(
        e,
        ureq::Error::HostNotFound
            | ureq::Error::ConnectionFailed
            | ureq::Error::Timeout(Timeout::Resolve | Timeout::Connect)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The production policy, whatever BYODS_TEST_WAIT_SCALE this test process inherited.
    fn production() -> RetryPolicy {
        RetryPolicy {
            wait_scale: 1.0,
            ..RetryPolicy::default()
        }
    }

    fn far() -> Instant {
        Instant::now() + Duration::from_secs(600)
    }

    #[test]
    fn retry_after_seconds_and_dates() {
        assert_eq!(parse_retry_after("3"), Some(Duration::from_secs(3)));
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon"), None);
    }

    #[test]
    fn retry_after_a_future_date_waits_until_then() {
        let when = chrono::Utc::now() + chrono::Duration::seconds(90);
        let date = when.format("%a, %d %b %Y %H:%M:%S GMT").to_string();
        let wait = parse_retry_after(&date).unwrap();
        // The date has whole seconds; the clock may tick once between formatting and parsing.
        assert!(
            (Duration::from_secs(88)..=Duration::from_secs(90)).contains(&wait),
            "{wait:?}"
        );
    }

    #[test]
    fn post_is_not_resent_after_it_may_have_arrived() {
        let p = production();
        let h = http::HeaderMap::new();
        assert!(p.after_status(Method::Post, 503, &h, 1, far()).is_none());
        assert!(p.after_status(Method::Put, 503, &h, 1, far()).is_some());
        assert!(p.after_status(Method::Post, 429, &h, 1, far()).is_some());
        assert!(p.after_failure(Method::Post, true, 1, far()).is_none());
        assert!(p.after_failure(Method::Post, false, 1, far()).is_some());
        assert!(p.after_status(Method::Get, 400, &h, 1, far()).is_none());
    }

    #[test]
    fn honours_caps_attempts_and_deadline() {
        let p = production();
        let mut h = http::HeaderMap::new();
        h.insert("retry-after", "3600".parse().unwrap());
        assert_eq!(
            p.after_status(Method::Get, 429, &h, 1, far()),
            Some(Duration::from_secs(60))
        );
        assert!(p.after_status(Method::Get, 429, &h, 5, far()).is_none());
        let soon = Instant::now() + Duration::from_secs(10);
        assert!(p.after_status(Method::Get, 429, &h, 1, soon).is_none());
        let b = p.backoff(3);
        assert!(
            b >= Duration::from_millis(500) && b <= Duration::from_millis(1500),
            "{b:?}"
        );
    }

    #[test]
    fn a_wait_scale_shortens_every_wait_and_only_that() {
        let p = RetryPolicy {
            wait_scale: 0.1,
            ..production()
        };
        let mut h = http::HeaderMap::new();
        h.insert("retry-after", "3600".parse().unwrap());
        // The cap applies first, then the scale.
        assert_eq!(
            p.after_status(Method::Get, 429, &h, 1, far()),
            Some(Duration::from_secs(6))
        );
        let wait = p.after_failure(Method::Get, false, 3, far()).unwrap();
        assert!(wait <= Duration::from_millis(150), "{wait:?}");
        // Which requests are retried does not change.
        assert!(p.after_status(Method::Post, 503, &h, 1, far()).is_none());
        assert!(p.after_status(Method::Get, 429, &h, 5, far()).is_none());
    }
}
