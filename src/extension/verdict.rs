//! The two decisions of an extension, as pure functions on data source objects: did it work
//! (`judge`), and did another run already do it (`extended_by_another_run`). Kept apart from the
//! request flow in `extension.rs` so they can be tested without a server.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::datasource;
use crate::redact::fingerprint;

/// How far the new token's `exp` may fall short of `request start + lifetime` and still count as
/// valid for its full lifetime: `exp` and `iat` have one-second resolution, and this host's clock
/// may run ahead of Webex's. 60 s, the allowance `jwt verify --leeway` gives by default.
pub const TOLERANCE_SECONDS: i64 = 60;

/// The reason a data source is skipped when another run extended it after this one started.
pub const EXTENDED_BY_ANOTHER_RUN: &str = "extended by another run";

/// The outcome of one accepted PUT, judged from the data source as it now stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// A different JWS valid for (about) its full lifetime from the request's start.
    Extended,
    /// The data source holds no `jwsToken` at all.
    NoToken,
    /// The data source still holds the token it had before.
    SameToken,
    /// A different JWS, but it expires before `request start + lifetime − tolerance` (or its
    /// expiry is unknown).
    ShortToken {
        expires_at: Option<i64>,
        wanted: i64,
    },
}

impl Verdict {
    pub fn is_extended(&self) -> bool {
        *self == Verdict::Extended
    }

    /// What went wrong, for the report and the audit log.
    pub fn error(&self) -> Option<String> {
        let accepted = "Webex accepted the update (HTTP 2xx) but";
        match self {
            Verdict::Extended => None,
            Verdict::NoToken => Some(format!(
                "{accepted} the data source holds no jwsToken: the token was not extended"
            )),
            Verdict::SameToken => Some(format!(
                "{accepted} issued no newer token (the data source still holds the same jwsToken): \
                 the token was not extended"
            )),
            Verdict::ShortToken { expires_at, wanted } => Some(format!(
                "{accepted} issued no newer token valid for its full lifetime: the new token \
                 expires {}, expected no earlier than {} (request start + lifetime − {TOLERANCE_SECONDS}s)",
                expires_at.map_or("at an unknown time".into(), |e| format!(
                    "at {}",
                    crate::ui::timefmt::rfc3339(e)
                )),
                crate::ui::timefmt::rfc3339(*wanted)
            )),
        }
    }
}

fn token(ds: &Value) -> Option<&str> {
    ds.get("jwsToken")?.as_str().filter(|t| !t.is_empty())
}

/// Success is what the user needs, not "a later exp than before" (`exp` has one-second resolution,
/// so two extensions within a second cannot move it): `after` holds a JWS different from
/// `before`'s whose `exp` is at least `started_at + lifetime − TOLERANCE_SECONDS`. `started_at` is
/// the Unix second the PUT was sent; `lifetime_minutes` the lifetime it asked for.
pub fn judge(before: &Value, after: &Value, started_at: i64, lifetime_minutes: u32) -> Verdict {
    let Some(new) = token(after) else {
        return Verdict::NoToken;
    };
    if token(before) == Some(new) {
        return Verdict::SameToken;
    }
    let wanted = started_at
        .saturating_add(i64::from(lifetime_minutes) * 60)
        .saturating_sub(TOLERANCE_SECONDS);
    match datasource::expires_at(after) {
        Some(exp) if exp >= wanted => Verdict::Extended,
        expires_at => Verdict::ShortToken { expires_at, wanted },
    }
}

/// What a run that extended a data source leaves beside its lock (`<id>.extended`): when, to the
/// millisecond, and which token. Webex's `iat` and `updatedAt` have one-second resolution, too
/// coarse to tell "extended just after this run started" from "just before"; this stamp is not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Stamp {
    pub extended_at_ms: i64,
    /// `sha256:` fingerprint of the JWS, never the token itself.
    pub token: String,
}

impl Stamp {
    /// The stamp for `after`, the data source as an extension left it.
    pub fn new(after: &Value, extended_at_ms: i64) -> Option<Stamp> {
        Some(Stamp {
            extended_at_ms,
            token: fingerprint(token(after)?),
        })
    }
}

/// Whether another run extended the data source after this run started, judged from `reread`, its
/// state read under the lock. Any of: its token differs from the one this run `listed` (the listing
/// came after the run started); a run on this machine stamped the token Webex still holds at or
/// after `run_started_ms`; Webex issued the token (`iat`, else `updatedAt`) in a later second than
/// the run started. A run that came earlier, or an earlier `byods extend` in the same second,
/// matches none of them.
pub fn extended_by_another_run(
    listed: Option<&Value>,
    reread: &Value,
    run_started_ms: i64,
    stamp: Option<&Stamp>,
) -> bool {
    let Some(current) = token(reread) else {
        return false;
    };
    if listed
        .and_then(token)
        .is_some_and(|listed| listed != current)
    {
        return true;
    }
    if stamp.is_some_and(|s| s.extended_at_ms >= run_started_ms && s.token == fingerprint(current))
    {
        return true;
    }
    issued_at(reread).is_some_and(|t| t > run_started_ms.div_euclid(1000))
}

/// When the data source's token was issued: the JWS `iat`, else `updatedAt`.
fn issued_at(ds: &Value) -> Option<i64> {
    if let Some(iat) = datasource::claims(ds)
        .as_ref()
        .and_then(|c| c.get("iat"))
        .and_then(crate::jws::json_seconds)
    {
        return Some(iat);
    }
    let text = ds.get("updatedAt")?.as_str()?;
    chrono::DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.timestamp())
}

/// Milliseconds since the Unix epoch, for run starts and stamps.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;
    use serde_json::json;

    /// A data source whose (unsigned) JWS has these claims: enough for `claims()`.
    fn ds(iat: i64, exp: i64, jti: &str) -> Value {
        let enc = |v: Value| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string().as_bytes())
        };
        let jws = format!(
            "{}.{}.c2ln",
            enc(json!({"alg": "RS256", "typ": "JWT"})),
            enc(json!({"iat": iat, "exp": exp, "jti": jti}))
        );
        json!({"id": "x", "jwsToken": jws, "tokenLifetimeMinutes": (exp - iat) / 60})
    }

    #[test]
    fn a_new_token_for_the_full_lifetime_is_an_extension_even_in_the_same_second() {
        let before = ds(1000, 4600, "a");
        // Extended again within the same second: same exp, different token.
        let after = ds(1000, 4600, "b");
        assert_eq!(judge(&before, &after, 1000, 60), Verdict::Extended);
        // The request started a little after the server's iat second (one-second resolution).
        assert_eq!(judge(&before, &after, 1001, 60), Verdict::Extended);
        // Clock skew up to the tolerance.
        assert_eq!(
            judge(&before, &after, 1000 + TOLERANCE_SECONDS, 60),
            Verdict::Extended
        );
    }

    #[test]
    fn same_missing_or_short_tokens_are_not_extensions() {
        let before = ds(1000, 4600, "a");
        assert_eq!(judge(&before, &before, 1000, 60), Verdict::SameToken);
        assert!(
            Verdict::SameToken
                .error()
                .unwrap()
                .contains("issued no newer token")
        );
        assert_eq!(
            judge(&before, &json!({"id": "x"}), 1000, 60),
            Verdict::NoToken
        );
        // A different token that expires well before request start + lifetime.
        let short = ds(1000, 2000, "b");
        let verdict = judge(&before, &short, 1000, 60);
        assert_eq!(
            verdict,
            Verdict::ShortToken {
                expires_at: Some(2000),
                wanted: 1000 + 3600 - TOLERANCE_SECONDS
            }
        );
        assert!(verdict.error().unwrap().contains("full lifetime"));
        // One second past the tolerance is too short.
        assert!(!judge(&before, &ds(1000, 4600, "b"), 1001 + TOLERANCE_SECONDS, 60).is_extended());
        // A shorter lifetime asked for: judged against that lifetime.
        assert!(judge(&before, &ds(1000, 1300, "b"), 1000, 5).is_extended());
    }

    #[test]
    fn another_run_is_recognised_by_listing_stamp_or_a_later_issue_second() {
        let started_ms = 1_000_500;
        let listed = ds(900, 4500, "a");
        // Unchanged since listed, issued before the run: ours to extend.
        assert!(!extended_by_another_run(
            Some(&listed),
            &listed,
            started_ms,
            None
        ));
        // Changed since this run listed it.
        let other = ds(1000, 4600, "b");
        assert!(extended_by_another_run(
            Some(&listed),
            &other,
            started_ms,
            None
        ));
        // No listing, issued in the run's start second: could be an earlier run in the same
        // second, so not another run...
        assert!(!extended_by_another_run(None, &other, started_ms, None));
        // ...unless a run on this machine stamped it after this run started.
        let stamp = Stamp::new(&other, started_ms + 200).unwrap();
        assert!(extended_by_another_run(
            None,
            &other,
            started_ms,
            Some(&stamp)
        ));
        // A stamp from before this run started, or of another token, does not count.
        let early = Stamp::new(&other, started_ms - 1).unwrap();
        assert!(!extended_by_another_run(
            None,
            &other,
            started_ms,
            Some(&early)
        ));
        let stale = Stamp::new(&listed, started_ms + 200).unwrap();
        assert!(!extended_by_another_run(
            None,
            &other,
            started_ms,
            Some(&stale)
        ));
        // Issued in a later second than the run started.
        assert!(extended_by_another_run(
            None,
            &ds(1001, 4601, "c"),
            started_ms,
            None
        ));
        // No token: nothing to go by.
        assert!(!extended_by_another_run(
            None,
            &json!({"id": "x"}),
            started_ms,
            None
        ));
        // updatedAt when the token has no iat.
        let mut no_iat =
            json!({"id": "x", "jwsToken": "not-a-jws", "updatedAt": "1970-01-01T00:16:41Z"});
        assert!(extended_by_another_run(None, &no_iat, started_ms, None));
        no_iat["updatedAt"] = json!("1970-01-01T00:16:40Z");
        assert!(!extended_by_another_run(None, &no_iat, started_ms, None));
    }

    #[test]
    fn stamps_hold_a_fingerprint_not_the_token() {
        let d = ds(1000, 4600, "a");
        let stamp = Stamp::new(&d, 5).unwrap();
        let text = serde_json::to_string(&stamp).unwrap();
        assert!(!text.contains(d["jwsToken"].as_str().unwrap()));
        assert!(text.contains("sha256:"));
        assert_eq!(serde_json::from_str::<Stamp>(&text).unwrap(), stamp);
    }
}
