//! The individual checks of `byods jwt verify` / `byods check`: signature, issuer, time claims and
//! the expected data source fields.

use serde::Serialize;
use serde_json::Value;

use super::decode::Decoded;
use super::verify::VerifyError;
use crate::ui::timefmt::{humanize, rfc3339};

pub const DEFAULT_LEEWAY: i64 = 60;
/// The largest clock skew `--leeway` may tolerate: 1 day. More would let a long-expired (or not
/// yet valid) token pass, which is no longer "skew".
pub const MAX_LEEWAY: i64 = 86_400;

/// What the token should say. `None` = not checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expectations {
    pub aud: Option<String>,
    pub sub: Option<String>,
    pub url: Option<String>,
    pub schema: Option<String>,
    pub org: Option<String>,
    /// Clock skew tolerated for `exp` and `iat`, in seconds.
    pub leeway: i64,
}

impl Default for Expectations {
    fn default() -> Self {
        Expectations {
            aud: None,
            sub: None,
            url: None,
            schema: None,
            org: None,
            leeway: DEFAULT_LEEWAY,
        }
    }
}

/// One check: `name` is one of `signature`, `issuer`, `exp`, `iat`, `nbf` (only when the token has
/// one), `aud`, `sub`, `url`, `schema`,
/// `org`. Serializes as `{"name":..,"ok":..,"detail":..}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    pub name: &'static str,
    pub ok: bool,
    pub detail: String,
}

impl Check {
    fn new(name: &'static str, ok: bool, detail: impl Into<String>) -> Self {
        Check {
            name,
            ok,
            detail: detail.into(),
        }
    }
}

/// The outcome of the signature step, as `run_checks` reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureStatus {
    /// Verified with the key of this kid.
    Verified(String),
    Failed(VerifyError),
    /// Not tried; the reason (e.g. "issuer not allowed").
    NotAttempted(String),
}

impl From<std::result::Result<String, VerifyError>> for SignatureStatus {
    fn from(r: std::result::Result<String, VerifyError>) -> Self {
        match r {
            Ok(kid) => SignatureStatus::Verified(kid),
            Err(e) => SignatureStatus::Failed(e),
        }
    }
}

/// Runs every check, in a fixed order: signature, issuer, exp, iat, then aud, sub, url, schema, org
/// for the expectations that are set.
pub fn run_checks(
    decoded: &Decoded,
    issuer_allowed: bool,
    sig: &SignatureStatus,
    expect: &Expectations,
    now: i64,
) -> Vec<Check> {
    let mut checks = Vec::new();
    checks.push(match sig {
        SignatureStatus::Verified(kid) => Check::new(
            "signature",
            true,
            format!("RS256 signature verified with key \"{kid}\""),
        ),
        SignatureStatus::Failed(e) => Check::new("signature", false, e.to_string()),
        SignatureStatus::NotAttempted(why) => {
            Check::new("signature", false, format!("not attempted: {why}"))
        }
    });
    checks.push(match decoded.issuer() {
        None => Check::new("issuer", false, "the token has no \"iss\" claim"),
        Some(iss) if issuer_allowed => Check::new(
            "issuer",
            true,
            format!("issuer \"{iss}\" is in the allow-list"),
        ),
        Some(iss) => Check::new(
            "issuer",
            false,
            format!("issuer \"{iss}\" is not in the allow-list"),
        ),
    });
    // A leeway beyond the bound is clamped here too (the CLI refuses it): library callers get the
    // same guarantee.
    let leeway = expect.leeway.clamp(0, MAX_LEEWAY);
    checks.push(check_exp(decoded, leeway, now));
    checks.push(check_iat(decoded, leeway, now));
    if decoded.claim("nbf").is_some() {
        checks.push(check_nbf(decoded, leeway, now));
    }
    if let Some(want) = &expect.aud {
        checks.push(check_aud(decoded, want));
    }
    if let Some(want) = &expect.sub {
        checks.push(check_exact("sub", "subject", decoded.claim("sub"), want));
    }
    if let Some(want) = &expect.url {
        checks.push(check_url(decoded.data_source_url(), want));
    }
    if let Some(want) = &expect.schema {
        checks.push(check_uuid("schema", "schema ID", decoded.schema_id(), want));
    }
    if let Some(want) = &expect.org {
        checks.push(check_uuid("org", "organization ID", decoded.org_id(), want));
    }
    checks
}

fn check_exp(d: &Decoded, leeway: i64, now: i64) -> Check {
    let Some(exp) = d.exp() else {
        return Check::new(
            "exp",
            false,
            "the token has no numeric \"exp\" claim; Webex data source tokens always expire",
        );
    };
    let left = exp.saturating_sub(now);
    let at = rfc3339(exp);
    if left > 0 {
        Check::new("exp", true, format!("expires {at} (in {})", humanize(left)))
    } else if left + leeway > 0 {
        Check::new(
            "exp",
            true,
            format!(
                "expired {at} ({} ago) but within the {leeway}s leeway",
                humanize(left)
            ),
        )
    } else {
        Check::new(
            "exp",
            false,
            format!(
                "expired {at} ({} ago); Webex stops sending data once the token expires",
                humanize(left)
            ),
        )
    }
}

fn check_iat(d: &Decoded, leeway: i64, now: i64) -> Check {
    let Some(iat) = d.iat() else {
        return if d.claim("iat").is_some() {
            Check::new("iat", false, "\"iat\" is not a number")
        } else {
            Check::new("iat", true, "no \"iat\" claim (not checked)")
        };
    };
    let ahead = iat.saturating_sub(now);
    let at = rfc3339(iat);
    if let Some(exp) = d.exp().filter(|exp| iat > *exp) {
        return Check::new(
            "iat",
            false,
            format!(
                "issued {at}, after it expires ({}): the times are inconsistent",
                rfc3339(exp)
            ),
        );
    }
    if ahead <= 0 {
        Check::new(
            "iat",
            true,
            format!("issued {at} ({} ago)", humanize(ahead)),
        )
    } else if ahead <= leeway {
        Check::new(
            "iat",
            true,
            format!(
                "issued {at}, {} in the future but within the {leeway}s leeway",
                humanize(ahead)
            ),
        )
    } else {
        Check::new(
            "iat",
            false,
            format!(
                "issued in the future: {at} is {} ahead of now (leeway {leeway}s); check the clocks",
                humanize(ahead)
            ),
        )
    }
}

/// `nbf` (not before): a token is not valid until then, give or take the leeway.
fn check_nbf(d: &Decoded, leeway: i64, now: i64) -> Check {
    let Some(nbf) = d.claim("nbf").and_then(super::decode::json_seconds) else {
        return Check::new("nbf", false, "\"nbf\" is not a number");
    };
    let at = rfc3339(nbf);
    if let Some(exp) = d.exp().filter(|exp| nbf > *exp) {
        return Check::new(
            "nbf",
            false,
            format!(
                "not valid before {at}, which is after it expires ({}): the times are inconsistent",
                rfc3339(exp)
            ),
        );
    }
    let ahead = nbf.saturating_sub(now);
    if ahead <= 0 {
        Check::new("nbf", true, format!("valid since {at}"))
    } else if ahead <= leeway {
        Check::new(
            "nbf",
            true,
            format!(
                "valid from {at}, {} from now but within the {leeway}s leeway",
                humanize(ahead)
            ),
        )
    } else {
        Check::new(
            "nbf",
            false,
            format!(
                "not valid yet: valid from {at}, {} from now (leeway {leeway}s)",
                humanize(ahead)
            ),
        )
    }
}

fn show(v: Option<&Value>) -> String {
    match v {
        None => "nothing".into(),
        Some(Value::String(s)) => format!("\"{s}\""),
        Some(other) => other.to_string(),
    }
}

fn check_aud(d: &Decoded, want: &str) -> Check {
    let aud = d.claim("aud");
    let ok = match aud {
        Some(Value::String(s)) => s == want,
        Some(Value::Array(items)) => items.iter().any(|i| i.as_str() == Some(want)),
        _ => false,
    };
    if ok {
        Check::new("aud", true, format!("audience is \"{want}\""))
    } else {
        let mut detail = format!("audience is {}, expected \"{want}\"", show(aud));
        if aud
            .and_then(Value::as_str)
            .is_some_and(|s| s.eq_ignore_ascii_case(want))
        {
            detail.push_str(" (differs only by letter case)");
        }
        Check::new("aud", false, detail)
    }
}

fn check_exact(name: &'static str, label: &str, got: Option<&Value>, want: &str) -> Check {
    match got {
        Some(Value::String(s)) if s == want => {
            Check::new(name, true, format!("{label} is \"{want}\""))
        }
        _ => {
            let mut detail = format!("{label} is {}, expected \"{want}\"", show(got));
            if got
                .and_then(Value::as_str)
                .is_some_and(|s| s.eq_ignore_ascii_case(want))
            {
                detail.push_str(" (differs only by letter case)");
            }
            Check::new(name, false, detail)
        }
    }
}

/// UUIDs compare case-insensitively.
fn check_uuid(name: &'static str, label: &str, got: Option<&str>, want: &str) -> Check {
    match got {
        Some(s) if s == want => Check::new(name, true, format!("{label} is {want}")),
        Some(s) if s.eq_ignore_ascii_case(want) => Check::new(
            name,
            true,
            format!("{label} is {s} (same UUID as {want}, different letter case)"),
        ),
        Some(s) => Check::new(name, false, format!("{label} is {s}, expected {want}")),
        None => Check::new(
            name,
            false,
            format!("the token has no {label}, expected {want}"),
        ),
    }
}

fn check_url(got: Option<&str>, want: &str) -> Check {
    let Some(got) = got else {
        return Check::new(
            "url",
            false,
            format!(
                "the token has no data source URL (com.cisco.datasource.url), expected \"{want}\""
            ),
        );
    };
    if got == want {
        return Check::new("url", true, format!("data source URL is \"{want}\""));
    }
    let mut detail = format!("data source URL is \"{got}\", expected \"{want}\"");
    if let Some(reasons) = url_near_miss(got, want) {
        detail.push_str(&format!(
            ": differs only by {}; Webex compares URLs exactly",
            reasons.join(" and ")
        ));
    }
    Check::new("url", false, detail)
}

struct UrlParts<'a> {
    scheme: &'a str,
    host: &'a str,
    port: Option<&'a str>,
    path: &'a str,
    rest: &'a str,
}

fn split_url(url: &str) -> Option<UrlParts<'_>> {
    let (scheme, after) = url.split_once("://")?;
    let auth_end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let (authority, tail) = after.split_at(auth_end);
    let hostport = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let (host, port) = match hostport.rfind(':') {
        Some(i) if !hostport[i..].contains(']') => (&hostport[..i], Some(&hostport[i + 1..])),
        _ => (hostport, None),
    };
    let path_end = tail.find(['?', '#']).unwrap_or(tail.len());
    let (path, rest) = tail.split_at(path_end);
    Some(UrlParts {
        scheme,
        host,
        port,
        path,
        rest,
    })
}

/// When two different URLs mean the same endpoint except for spelling (explicit default port,
/// trailing slash, letter case of scheme or host), the differences in words.
pub fn url_near_miss(a: &str, b: &str) -> Option<Vec<String>> {
    let (pa, pb) = (split_url(a)?, split_url(b)?);
    if !pa.scheme.eq_ignore_ascii_case(pb.scheme)
        || !pa.host.eq_ignore_ascii_case(pb.host)
        || pa.rest != pb.rest
    {
        return None;
    }
    let mut reasons = Vec::new();
    if pa.scheme != pb.scheme {
        reasons.push("the letter case of the scheme".to_string());
    }
    if pa.host != pb.host {
        reasons.push("the letter case of the host".to_string());
    }
    if pa.port != pb.port {
        let default = match pa.scheme.to_ascii_lowercase().as_str() {
            "https" | "wss" => "443",
            "http" | "ws" => "80",
            _ => return None,
        };
        let norm = |p: Option<&str>| match p {
            None | Some("") => default.to_string(),
            Some(p) => p.to_string(),
        };
        if norm(pa.port) != norm(pb.port) {
            return None;
        }
        reasons.push(format!("the explicit default port :{default}"));
    }
    if pa.path != pb.path {
        if pa.path.trim_end_matches('/') != pb.path.trim_end_matches('/') {
            return None;
        }
        reasons.push("a trailing slash".to_string());
    }
    if reasons.is_empty() {
        None
    } else {
        Some(reasons)
    }
}
