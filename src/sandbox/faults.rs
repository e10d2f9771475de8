//! Injected failures. Deterministic on purpose (counters, no randomness) so tests can rely on them.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// What the sandbox does wrong on purpose. Set from `byods sandbox` flags or `POST /_sandbox/faults`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Faults {
    /// Added delay per API request.
    pub latency_ms: u64,
    /// Further delay for API writes (POST/PUT/DELETE) only, so a client can time out on a write
    /// while its reads get through. The write still happens after the delay.
    pub write_latency_ms: u64,
    /// Answer every Nth API request with 429.
    pub rate_limit_every: Option<u64>,
    /// `Retry-After` seconds sent with 429.
    pub retry_after: u64,
    /// Fraction of API requests answered with 503 (1.0 = all of them).
    pub error_rate: f64,
    /// Seconds; default 14 days.
    pub access_token_lifetime: Option<u64>,
    /// Seconds; default 90 days.
    pub refresh_token_lifetime: Option<u64>,
    /// Refresh issues a new refresh token and invalidates the old one.
    pub rotate_refresh_tokens: bool,
    /// Refresh responses leave `refresh_token` out.
    pub omit_refresh_token_on_refresh: bool,
    /// Paginate lists with `Link` headers.
    pub page_size: Option<usize>,
    /// `PUT /dataSources/{id}` keeps the old jwsToken.
    pub stale_jws_on_update: bool,
    /// Answer matching requests with a fixed status.
    pub fail: Vec<FailRule>,
    /// `false`: the service app token endpoint answers 403 (app not authorized in Control Hub).
    pub service_app_authorized: bool,
    /// The next N device-grant polls (`POST /device/token`) answer 400 `slow_down` (RFC 8628).
    pub device_slow_down: u32,
    /// List answers end with one more item shaped exactly like the spec's list example: no `id`,
    /// only `DataSource: ""`, `applicationId`, `createdAt`, `createdBy`, `orgId` and a `jwsToken`
    /// (signed for a data source that cannot be fetched).
    pub idless_list_item: bool,
    /// Answer in the shapes of the official spec's examples rather than the full objects: list
    /// items with odd and unknown keys, every second one sparse; PUT answers without `jwsToken`.
    pub spec_shapes: bool,
}

impl Default for Faults {
    fn default() -> Self {
        Faults {
            latency_ms: 0,
            write_latency_ms: 0,
            rate_limit_every: None,
            retry_after: 1,
            error_rate: 0.0,
            access_token_lifetime: None,
            refresh_token_lifetime: None,
            rotate_refresh_tokens: false,
            omit_refresh_token_on_refresh: false,
            page_size: None,
            stale_jws_on_update: false,
            fail: Vec::new(),
            service_app_authorized: true,
            device_slow_down: 0,
            idless_list_item: false,
            spec_shapes: false,
        }
    }
}

/// `{method, pathPrefix, status, times}`: requests whose method matches (empty or `*` = any) and whose
/// path starts with `pathPrefix` (with or without the leading `/v1`) get `status`, `times` times
/// (absent = forever). With `reset: true` or `stallMs` instead, the request is carried out and
/// its answer broken on the wire: the head and half the body, then a TCP reset, or a pause of
/// `stallMs` before the rest (past a client's timeout, the client sees a timeout mid-response).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct FailRule {
    pub method: String,
    pub path_prefix: String,
    pub status: u16,
    pub times: Option<u32>,
    pub reset: bool,
    pub stall_ms: Option<u64>,
}

impl FailRule {
    fn matches(&self, method: &str, path: &str) -> bool {
        let method_ok = self.method.is_empty()
            || self.method == "*"
            || self.method.eq_ignore_ascii_case(method);
        let bare = path.strip_prefix("/v1").unwrap_or(path);
        method_ok && (path.starts_with(&self.path_prefix) || bare.starts_with(&self.path_prefix))
    }
}

/// What the fault layer decided for one request.
#[derive(Debug, PartialEq)]
pub enum Injected {
    RateLimited {
        retry_after: u64,
    },
    Unavailable,
    Status(u16),
    /// Carry the request out, then reset the connection mid-response.
    Reset,
    /// Carry the request out, then pause this many milliseconds mid-response.
    Stall(u64),
    /// A device-grant poll answered `slow_down`.
    SlowDown,
}

/// Faults plus the counters that make them deterministic.
#[derive(Debug, Default)]
pub struct FaultState {
    pub faults: Faults,
    requests: u64,
    error_budget: f64,
}

impl FaultState {
    pub fn new(faults: Faults) -> Self {
        FaultState {
            faults,
            requests: 0,
            error_budget: 0.0,
        }
    }

    /// Decides the fate of one API request. Fail rules win, then rate limiting, then 503s.
    pub fn judge(&mut self, method: &str, path: &str) -> Option<Injected> {
        self.requests += 1;
        if let Some(rule) = self
            .faults
            .fail
            .iter_mut()
            .find(|r| r.times != Some(0) && r.matches(method, path))
        {
            if let Some(t) = rule.times.as_mut() {
                *t -= 1;
            }
            return Some(match (rule.reset, rule.stall_ms) {
                (true, _) => Injected::Reset,
                (false, Some(ms)) => Injected::Stall(ms),
                (false, None) => Injected::Status(rule.status),
            });
        }
        if self.faults.device_slow_down > 0 && method == "POST" && path == "/v1/device/token" {
            self.faults.device_slow_down -= 1;
            return Some(Injected::SlowDown);
        }
        if let Some(n) = self.faults.rate_limit_every.filter(|n| *n > 0)
            && self.requests.is_multiple_of(n)
        {
            return Some(Injected::RateLimited {
                retry_after: self.faults.retry_after,
            });
        }
        let rate = self.faults.error_rate;
        if rate > 0.0 {
            // An accumulator instead of a PRNG: exactly `rate` of the requests fail, 1.0 means all.
            self.error_budget += rate.min(1.0);
            if self.error_budget >= 1.0 - 1e-9 {
                self.error_budget -= 1.0;
                return Some(Injected::Unavailable);
            }
        }
        None
    }

    /// Overlays the keys of `patch` on the current faults. Unknown keys are an error (typos).
    pub fn merge(&mut self, patch: &Value) -> Result<(), String> {
        let Value::Object(patch) = patch else {
            return Err("expected a JSON object of fault settings".into());
        };
        let mut current = serde_json::to_value(&self.faults).map_err(|e| e.to_string())?;
        let Value::Object(map) = &mut current else {
            return Err("internal: faults are not an object".into());
        };
        for (k, v) in patch {
            if !map.contains_key(k) {
                return Err(format!("unknown fault setting '{k}'"));
            }
            map.insert(k.clone(), v.clone());
        }
        let merged: Faults = serde_json::from_value(current).map_err(|e| {
            let keys: Vec<&str> = patch.keys().map(String::as_str).collect();
            format!("invalid fault settings ({}): {e}", keys.join(", "))
        })?;
        if !(0.0..=1.0).contains(&merged.error_rate) {
            return Err("errorRate must be between 0.0 and 1.0".into());
        }
        self.faults = merged;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_rate_is_exact_and_deterministic() {
        let mut fs = FaultState::new(Faults {
            error_rate: 0.25,
            ..Faults::default()
        });
        let hits = (0..100)
            .filter(|_| fs.judge("GET", "/v1/x") == Some(Injected::Unavailable))
            .count();
        assert_eq!(hits, 25);
    }

    #[test]
    fn fail_rule_counts_down_and_matches_without_v1() {
        let mut fs = FaultState::new(Faults::default());
        fs.merge(&serde_json::json!({"fail": [{"method": "PUT", "pathPrefix": "/dataSources", "status": 500, "times": 2}]}))
            .unwrap();
        assert_eq!(fs.judge("GET", "/v1/dataSources"), None);
        assert_eq!(
            fs.judge("PUT", "/v1/dataSources/x"),
            Some(Injected::Status(500))
        );
        assert_eq!(
            fs.judge("put", "/v1/dataSources/x"),
            Some(Injected::Status(500))
        );
        assert_eq!(fs.judge("PUT", "/v1/dataSources/x"), None);
    }

    #[test]
    fn reset_and_stall_rules_and_slow_down_count_down() {
        let mut fs = FaultState::new(Faults {
            device_slow_down: 2,
            ..Faults::default()
        });
        fs.merge(&serde_json::json!({"fail": [
            {"method": "GET", "pathPrefix": "/dataSources", "reset": true, "times": 1},
            {"method": "PUT", "pathPrefix": "/dataSources", "stallMs": 50, "times": 1}
        ]}))
        .unwrap();
        assert_eq!(fs.judge("GET", "/v1/dataSources"), Some(Injected::Reset));
        assert_eq!(fs.judge("GET", "/v1/dataSources"), None);
        assert_eq!(
            fs.judge("PUT", "/v1/dataSources/x"),
            Some(Injected::Stall(50))
        );
        assert_eq!(fs.judge("PUT", "/v1/dataSources/x"), None);
        assert_eq!(fs.judge("POST", "/v1/device/authorize"), None);
        assert_eq!(
            fs.judge("POST", "/v1/device/token"),
            Some(Injected::SlowDown)
        );
        assert_eq!(
            fs.judge("POST", "/v1/device/token"),
            Some(Injected::SlowDown)
        );
        assert_eq!(fs.judge("POST", "/v1/device/token"), None);
    }

    #[test]
    fn merge_rejects_unknown_keys_and_bad_rates() {
        let mut fs = FaultState::new(Faults::default());
        assert!(fs.merge(&serde_json::json!({"latencyMS": 3})).is_err());
        assert!(fs.merge(&serde_json::json!({"errorRate": 2.0})).is_err());
        fs.merge(&serde_json::json!({"pageSize": 2})).unwrap();
        assert_eq!(fs.faults.page_size, Some(2));
        assert!(fs.faults.service_app_authorized);
    }
}
